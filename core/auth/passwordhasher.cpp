#include "passwordhasher.h"

#include <atomic>
#include <sodium.h>

namespace alongside::core {

namespace {

std::atomic<PasswordHasher::Strength> g_strength { PasswordHasher::Strength::Interactive };

quint64 opsLimit()
{
    return g_strength == PasswordHasher::Strength::Minimum ? crypto_pwhash_OPSLIMIT_MIN
                                                           : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

quint64 memLimit()
{
    // The minimum is 8 KiB; Argon2id needs at least 8 KiB per lane, so that is the floor.
    return g_strength == PasswordHasher::Strength::Minimum ? crypto_pwhash_MEMLIMIT_MIN
                                                           : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

// The password as UTF-8 in a buffer that wipes itself.
class SecretBytes
{
public:
    explicit SecretBytes(const QString& text)
        : m_bytes(text.toUtf8())
    { }

    ~SecretBytes() { sodium_memzero(m_bytes.data(), static_cast<size_t>(m_bytes.size())); }

    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    const char* data() const { return m_bytes.constData(); }

    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

Error failed(const QString& message, const char* what)
{
    return Error { Error::Code::Io, message, QString::fromLatin1(what) };
}

} // namespace

bool PasswordHasher::initialise()
{
    return sodium_init() >= 0; // 1 means already initialised, which is fine
}

void PasswordHasher::setStrength(Strength strength)
{
    g_strength = strength;
}

Result<QByteArray> PasswordHasher::hash(const QString& password)
{
    if (!initialise()) {
        return failed(tr("Alongside could not start its password protection on this computer."), "sodium_init");
    }
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), opsLimit(), static_cast<size_t>(memLimit()),
            crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        // libsodium fails here only when it cannot allocate the memory Argon2id asks for.
        return failed(tr("There was not enough free memory to protect the password. Close other programs and try "
                         "again."),
            "crypto_pwhash_str_alg");
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QByteArray& stored, const QString& password)
{
    if (!initialise() || stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QByteArray& stored)
{
    if (!initialise()) {
        return false;
    }
    // 1: weaker parameters than asked for; -1: not an Argon2id string at all.
    return crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit(), static_cast<size_t>(memLimit())) != 0;
}

Result<PasswordHasher::KeyDerivation> PasswordHasher::newKeyDerivation()
{
    if (!initialise()) {
        return failed(tr("Alongside could not start its password protection on this computer."), "sodium_init");
    }
    KeyDerivation params;
    params.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(params.salt.data(), static_cast<size_t>(params.salt.size()));
    params.opsLimit = opsLimit();
    params.memLimit = memLimit();
    params.algorithm = crypto_pwhash_ALG_ARGON2ID13;
    return params;
}

Result<QByteArray> PasswordHasher::deriveKey(const QString& password, const KeyDerivation& params, int length)
{
    if (!initialise() || params.salt.size() != crypto_pwhash_SALTBYTES || length < int(crypto_pwhash_BYTES_MIN)
        || params.algorithm != crypto_pwhash_ALG_ARGON2ID13) {
        return failed(tr("The stored key settings for this account are not valid."), "deriveKey: bad parameters");
    }
    const SecretBytes secret(password);
    QByteArray key(length, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), static_cast<unsigned long long>(length),
            secret.data(), secret.size(), reinterpret_cast<const unsigned char*>(params.salt.constData()),
            params.opsLimit, static_cast<size_t>(params.memLimit), params.algorithm)
        != 0) {
        return failed(tr("There was not enough free memory to derive the key. Close other programs and try again."),
            "crypto_pwhash");
    }
    return key;
}

QString PasswordHasher::algorithmName(int algorithm)
{
    return algorithm == crypto_pwhash_ALG_ARGON2ID13 ? QStringLiteral("argon2id13") : QStringLiteral("unknown");
}

int PasswordHasher::algorithmFromName(const QString& name)
{
    return name == QLatin1String("argon2id13") ? crypto_pwhash_ALG_ARGON2ID13 : 0;
}

} // namespace alongside::core
