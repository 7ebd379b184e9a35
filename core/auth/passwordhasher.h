#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace alongside::core {

/**
 * Argon2id through libsodium's crypto_pwhash. Two uses, each with its own salt:
 *  - hash()/verify(): the login check. The stored string is libsodium's "$argon2id$v=19$m=...,t=...,p=1$salt$hash",
 *    so its parameters travel with it and can be raised later (needsRehash()).
 *  - KeyDerivation: a second salt and parameters kept per account, so that a later version can make
 *    logging in also derive the key that unwraps an encryption key for the database file.
 * Password bytes are wiped from the buffers this class makes once they have been used.
 */
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::PasswordHasher)

public:
    enum class Strength
    {
        Interactive, // libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE: 64 MiB, about 0.1 s on an office PC
        Minimum // tests only: the smallest parameters libsodium accepts, so suites stay fast
    };

    struct KeyDerivation
    {
        QByteArray salt; // crypto_pwhash_SALTBYTES random bytes
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        int algorithm = 0; // crypto_pwhash_ALG_ARGON2ID13
    };

    /** False only if libsodium cannot start (no source of randomness); nothing can be hashed then. */
    static bool initialise();

    /** The strength new hashes use. Tests set Minimum; the app never changes it. */
    static void setStrength(Strength strength);

    static Result<QByteArray> hash(const QString& password);

    static bool verify(const QByteArray& stored, const QString& password);

    /** True when stored was made with weaker parameters than the current strength. */
    static bool needsRehash(const QByteArray& stored);

    /** A fresh random salt and the current parameters, for key derivation. */
    static Result<KeyDerivation> newKeyDerivation();

    /** Derives `length` bytes from the password with the stored salt and parameters. */
    static Result<QByteArray> deriveKey(const QString& password, const KeyDerivation& params, int length);

    static QString algorithmName(int algorithm);

    /** The libsodium algorithm number for a stored name; 0 (unknown) for anything else. */
    static int algorithmFromName(const QString& name);
};

} // namespace alongside::core
