// Accounts: the first administrator, logging in, throttling, disabling, resets, password rules,
// stored key-derivation parameters, and that no password is ever stored or logged.

#include "core/audit/auditlog.h"
#include "core/auth/accountservice.h"
#include "core/auth/passwordhasher.h"
#include "core/auth/permissions.h"
#include "core/db/backupmanager.h"
#include "core/db/database.h"
#include "core/services/backupservice.h"
#include "support/testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using core::AccountService;
using core::Actor;
using Role = core::Actor::Role;

namespace {

const QString kAdminPassword = QStringLiteral("Purple-Otter-Kettle-42");

QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_messages << message;
}

} // namespace

class TstAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newFileHasNoAccounts();
    void firstAdministratorOnlyOnce();
    void logInAcceptsOnlyTheRightPassword();
    void unknownAndWrongGetTheSameAnswer();
    void userNamesIgnoreCase();
    void repeatedWrongPasswordsMakeTheAccountWait();
    void disabledAccountsCannotLogIn();
    void thereIsAlwaysAnAdministrator();
    void resetPasswordMustBeChangedAtNextLogin();
    void changingOwnPasswordNeedsTheCurrentOne();
    void passwordRules_data();
    void passwordRules();
    void userNameRules_data();
    void userNameRules();
    void keyDerivationParametersAreStoredPerAccount();
    void passwordsAreNeverStoredOrLogged();

private:
    Actor admin();

    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;
};

void TstAccounts::initTestCase()
{
    core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Minimum);
}

void TstAccounts::init()
{
    m_db.reset();
    m_clock.reset(); // before the next one: a ScopedClock restores the system clock when it goes
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("a.alongside")));
    QVERIFY(m_db);
}

Actor TstAccounts::admin()
{
    auto a = AccountService(*m_db).createFirstAdministrator(
        { QStringLiteral("ada"), QStringLiteral("Ada Lovelace"), Role::Administrator, 0, kAdminPassword });
    if (!a) {
        QTest::qFail(qPrintable(a.message()), __FILE__, __LINE__);
        return {};
    }
    return a.value();
}

void TstAccounts::newFileHasNoAccounts()
{
    auto has = AccountService(*m_db).hasAccounts();
    QVERIFY(has);
    QVERIFY(!has.value());
}

void TstAccounts::firstAdministratorOnlyOnce()
{
    const Actor a = admin();
    QCOMPARE(a.role, Role::Administrator);
    QCOMPARE(a.userName, QStringLiteral("ada"));
    QVERIFY(a.accountId > 0);
    QVERIFY(AccountService(*m_db).hasAccounts().value());
    // Asking for a coordinator still makes an administrator: the first account must be able to manage.
    auto second = AccountService(*m_db).createFirstAdministrator(
        { QStringLiteral("mallory"), QString(), Role::Administrator, 0, QStringLiteral("another long password") });
    QVERIFY(!second);
    QCOMPARE(second.error().code, core::Error::Code::PermissionDenied);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM account")).toInt(), 1);
}

void TstAccounts::logInAcceptsOnlyTheRightPassword()
{
    const Actor a = admin();
    AccountService accounts(*m_db);
    auto ok = accounts.logIn(QStringLiteral("ada"), kAdminPassword);
    QVERIFY2(ok, qPrintable(ok.message()));
    QCOMPARE(ok.value().accountId, a.accountId);
    QCOMPARE(ok.value().displayName, QStringLiteral("Ada Lovelace"));
    auto wrong = accounts.logIn(QStringLiteral("ada"), kAdminPassword + QStringLiteral("x"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, core::Error::Code::NotLoggedIn);
    QVERIFY(!accounts.logIn(QStringLiteral("ada"), QString()));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_log ORDER BY seq)"))
                 .toString(),
        QStringLiteral("create log_in log_in log_in_failed log_in_failed"));
}

void TstAccounts::unknownAndWrongGetTheSameAnswer()
{
    admin();
    AccountService accounts(*m_db);
    auto unknown = accounts.logIn(QStringLiteral("nobody"), QStringLiteral("whatever it is"));
    auto wrong = accounts.logIn(QStringLiteral("ada"), QStringLiteral("whatever it is"));
    QVERIFY(!unknown && !wrong);
    QCOMPARE(unknown.message(), wrong.message());
    // The name typed is not kept for unknown users: it is sometimes a password in the wrong box.
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = 'nobody'")).toInt(), 0);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT role || ':' || note FROM audit_log WHERE action = 'log_in_failed' "
                                "ORDER BY seq LIMIT 1"))
                 .toString(),
        QStringLiteral("none:unknown user name"));
}

void TstAccounts::userNamesIgnoreCase()
{
    const Actor a = admin();
    AccountService accounts(*m_db);
    QVERIFY(accounts.logIn(QStringLiteral("  ADA "), kAdminPassword));
    auto dup
        = accounts.create(a, { QStringLiteral("Ada"), QString(), Role::Trustee, 0, QStringLiteral("a long password") });
    QVERIFY(!dup);
    QVERIFY(dup.message().contains(QStringLiteral("already an account")));
}

void TstAccounts::repeatedWrongPasswordsMakeTheAccountWait()
{
    admin();
    AccountService accounts(*m_db);
    for (int i = 0; i < AccountService::kFreeAttempts - 1; ++i) {
        auto r = accounts.logIn(QStringLiteral("ada"), QStringLiteral("wrong password %1").arg(i));
        QVERIFY(!r);
        QVERIFY2(!r.message().contains(QStringLiteral("Try again after")), qPrintable(r.message()));
    }
    auto fifth = accounts.logIn(QStringLiteral("ada"), QStringLiteral("wrong again"));
    QVERIFY2(fifth.message().contains(QStringLiteral("Try again after 09:00:30")), qPrintable(fifth.message()));
    // While it waits, even the right password is not checked.
    auto waiting = accounts.logIn(QStringLiteral("ada"), kAdminPassword);
    QVERIFY(!waiting);
    QVERIFY2(waiting.message().contains(QStringLiteral("too many wrong passwords")), qPrintable(waiting.message()));
    m_clock->set(QDateTime(QDate(2026, 11, 22), QTime(9, 0, 31), Qt::UTC));
    // Another wrong one doubles the wait.
    auto sixth = accounts.logIn(QStringLiteral("ada"), QStringLiteral("still wrong"));
    QVERIFY2(sixth.message().contains(QStringLiteral("Try again after 09:01:31")), qPrintable(sixth.message()));
    m_clock->set(QDateTime(QDate(2026, 11, 22), QTime(9, 1, 32), Qt::UTC));
    QVERIFY(accounts.logIn(QStringLiteral("ada"), kAdminPassword));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT failed_attempts FROM account")).toInt(), 0);
    QVERIFY(test::scalar(*m_db, QStringLiteral("SELECT locked_until FROM account")).isNull());
}

void TstAccounts::disabledAccountsCannotLogIn()
{
    const Actor a = admin();
    AccountService accounts(*m_db);
    auto id = accounts.create(a,
        { QStringLiteral("sam"), QStringLiteral("Sam"), Role::Coordinator, 0, QStringLiteral("temporary password") });
    QVERIFY2(id, qPrintable(id.message()));
    QVERIFY(accounts.logIn(QStringLiteral("sam"), QStringLiteral("temporary password")));
    QVERIFY(accounts.setDisabled(a, id.value(), true));
    auto refused = accounts.logIn(QStringLiteral("sam"), QStringLiteral("temporary password"));
    QVERIFY(!refused);
    QVERIFY(refused.message().contains(QStringLiteral("turned off")));
    QVERIFY(accounts.setDisabled(a, id.value(), false));
    QVERIFY(accounts.logIn(QStringLiteral("sam"), QStringLiteral("temporary password")));
    // A coordinator cannot manage accounts.
    const Actor sam { QStringLiteral("sam"), Role::Coordinator, id.value(), 0, QString() };
    QCOMPARE(accounts.setDisabled(sam, a.accountId, true).error().code, core::Error::Code::PermissionDenied);
}

void TstAccounts::thereIsAlwaysAnAdministrator()
{
    const Actor a = admin();
    AccountService accounts(*m_db);
    QVERIFY(!accounts.setDisabled(a, a.accountId, true)); // not yourself
    QVERIFY(!accounts.update(a, a.accountId, a.displayName, Role::Coordinator, 0)); // not the last one
    auto id = accounts.create(
        a, { QStringLiteral("bea"), QString(), Role::Administrator, 0, QStringLiteral("temporary password") });
    QVERIFY2(id, qPrintable(id.message() + id.error().detail));
    QVERIFY(accounts.update(a, a.accountId, a.displayName, Role::Coordinator, 0));
    const Actor bea { QStringLiteral("bea"), Role::Administrator, id.value(), 0, QString() };
    QVERIFY(!accounts.setDisabled(bea, bea.accountId, true));
    QVERIFY(!accounts.update(bea, bea.accountId, QString(), Role::Trustee, 0));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT note FROM audit_log WHERE action = 'update' ORDER BY seq DESC"))
                 .toString(),
        QStringLiteral("role: administrator -> coordinator"));
}

void TstAccounts::resetPasswordMustBeChangedAtNextLogin()
{
    const Actor a = admin();
    AccountService accounts(*m_db);
    auto id = accounts.create(
        a, { QStringLiteral("tom"), QString(), Role::Trustee, 0, QStringLiteral("first temporary one") });
    QVERIFY2(id, qPrintable(id.message() + id.error().detail));
    auto tom = accounts.logIn(QStringLiteral("tom"), QStringLiteral("first temporary one"));
    QVERIFY(tom);
    QVERIFY(accounts.mustChangePassword(tom.value()).value());
    QVERIFY(accounts.changeOwnPassword(
        tom.value(), QStringLiteral("first temporary one"), QStringLiteral("my own choice")));
    QVERIFY(!accounts.mustChangePassword(tom.value()).value());
    QVERIFY(accounts.resetPassword(a, id.value(), QStringLiteral("second temporary one")));
    QVERIFY(!accounts.logIn(QStringLiteral("tom"), QStringLiteral("my own choice")));
    tom = accounts.logIn(QStringLiteral("tom"), QStringLiteral("second temporary one"));
    QVERIFY(tom);
    QVERIFY(accounts.mustChangePassword(tom.value()).value());
}

void TstAccounts::changingOwnPasswordNeedsTheCurrentOne()
{
    const Actor a = admin();
    AccountService accounts(*m_db);
    QVERIFY(!accounts.changeOwnPassword(a, QStringLiteral("not the password"), QStringLiteral("a new password here")));
    QVERIFY(!accounts.changeOwnPassword(a, kAdminPassword, kAdminPassword));
    QVERIFY(!accounts.changeOwnPassword(a, kAdminPassword, QStringLiteral("short")));
    QVERIFY(accounts.changeOwnPassword(a, kAdminPassword, QStringLiteral("a new password here")));
    QVERIFY(!accounts.logIn(QStringLiteral("ada"), kAdminPassword));
    QVERIFY(accounts.logIn(QStringLiteral("ada"), QStringLiteral("a new password here")));
    QVERIFY(!accounts.changeOwnPassword(Actor::localUser(), QString(), QStringLiteral("a new password here")));
}

void TstAccounts::passwordRules_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("nine characters are too few") << QStringLiteral("123456789") << false;
    QTest::newRow("ten characters are enough") << QStringLiteral("1234567890") << true;
    QTest::newRow("three random words are fine") << QStringLiteral("lamp river orange") << true;
    QTest::newRow("the user name with a dot added is allowed") << QStringLiteral("sam.jones.") << true;
    QTest::newRow("the user name itself is refused") << QStringLiteral("Sam.Jones1") << false;
    QTest::newRow("257 characters are too many") << QString(257, QLatin1Char('a')) << false;
    QTest::newRow("non-ASCII characters are fine") << QStringLiteral("ŵyn bach ar y bryn") << true;
}

void TstAccounts::passwordRules()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QCOMPARE(AccountService::checkPassword(QStringLiteral("sam.jones1"), password).isOk(), accepted);
}

void TstAccounts::userNameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("letters and a dot") << QStringLiteral("sam.jones") << true;
    QTest::newRow("capitals are folded to lower case") << QStringLiteral("Sam") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("a space inside") << QStringLiteral("sam jones") << false;
    QTest::newRow("starting with a dot") << QStringLiteral(".sam") << false;
    QTest::newRow("41 characters") << QString(41, QLatin1Char('a')) << false;
    QTest::newRow("an at sign") << QStringLiteral("sam@example.org") << false;
}

void TstAccounts::userNameRules()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE(AccountService::checkUserName(name).isOk(), accepted);
}

void TstAccounts::keyDerivationParametersAreStoredPerAccount()
{
    // The real strength here, once: the stored parameters must be libsodium's interactive ones.
    core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Interactive);
    const Actor a = admin();
    core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Minimum);
    AccountService accounts(*m_db);
    auto id = accounts.create(
        a, { QStringLiteral("kim"), QString(), Role::Supervisor, 0, QStringLiteral("kim's first password") });
    QVERIFY2(id, qPrintable(id.message() + id.error().detail));
    auto mine = accounts.keyDerivation(a.accountId);
    auto kims = accounts.keyDerivation(id.value());
    QVERIFY(mine && kims);
    QCOMPARE(mine.value().salt.size(), 16);
    QCOMPARE(mine.value().memLimit, quint64(64 * 1024 * 1024));
    QCOMPARE(mine.value().opsLimit, quint64(2));
    QCOMPARE(core::PasswordHasher::algorithmName(mine.value().algorithm), QStringLiteral("argon2id13"));
    QVERIFY(mine.value().salt != kims.value().salt);
    QVERIFY(test::scalar(*m_db, QStringLiteral("SELECT password_hash FROM account WHERE user_name = 'ada'"))
                .toString()
                .startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));

    // Same password and stored parameters give the same key; another salt gives another key.
    auto k1 = core::PasswordHasher::deriveKey(kAdminPassword, mine.value(), 32);
    auto k2 = core::PasswordHasher::deriveKey(kAdminPassword, mine.value(), 32);
    auto wrong = core::PasswordHasher::deriveKey(QStringLiteral("not it"), mine.value(), 32);
    QVERIFY(k1 && k2 && wrong);
    QCOMPARE(k1.value().size(), 32);
    QCOMPARE(k1.value(), k2.value());
    QVERIFY(k1.value() != wrong.value());
    core::PasswordHasher::KeyDerivation other = mine.value();
    other.salt[0] = char(other.salt[0] ^ 1);
    QVERIFY(core::PasswordHasher::deriveKey(kAdminPassword, other, 32).value() != k1.value());

    // Logging in with a stronger current setting than stored rehashes the password.
    core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Interactive);
    QVERIFY(accounts.logIn(QStringLiteral("kim"), QStringLiteral("kim's first password")));
    core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Minimum);
    QVERIFY(test::scalar(*m_db, QStringLiteral("SELECT password_hash FROM account WHERE user_name = 'kim'"))
                .toString()
                .contains(QStringLiteral("m=65536,t=2")));
}

void TstAccounts::passwordsAreNeverStoredOrLogged()
{
    const QStringList secrets
        = { kAdminPassword, QStringLiteral("Zebra-Quartz-Lantern-77"), QStringLiteral("Wrong-Guess-Banana-99"),
              QStringLiteral("Reset-Temporary-Cobalt-5"), QStringLiteral("Chosen-By-Owner-Tulip-8") };
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    {
        const Actor a = admin();
        AccountService accounts(*m_db);
        auto id = accounts.create(a, { QStringLiteral("zed"), QString(), Role::Coordinator, 0, secrets[1] });
        QVERIFY2(id, qPrintable(id.message() + id.error().detail));
        QVERIFY(!accounts.logIn(QStringLiteral("zed"), secrets[2]));
        QVERIFY(!accounts.logIn(secrets[2], secrets[2])); // a password typed as the user name
        QVERIFY(accounts.resetPassword(a, id.value(), secrets[3]));
        auto zed = accounts.logIn(QStringLiteral("zed"), secrets[3]);
        QVERIFY(zed);
        QVERIFY(accounts.changeOwnPassword(zed.value(), secrets[3], secrets[4]));
        QVERIFY(!accounts.changeOwnPassword(zed.value(), secrets[2], secrets[4]));
        QVERIFY(core::BackupService(*m_db).backUpNow(a));
    }
    m_db.reset(); // close: everything is in the file (and any -wal) now
    qInstallMessageHandler(previous);

    QByteArray everything;
    QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        everything += test::fileBytes(it.next());
        ++files;
    }
    QVERIFY(files >= 2); // the database and its backup
    QVERIFY(everything.contains("$argon2id$"));
    const QByteArray logged = g_messages.join(u'\n').toUtf8();
    for (const QString& secret : secrets) {
        const QByteArray utf8 = secret.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
        QVERIFY2(!everything.contains(utf8), qPrintable(secret));
        QVERIFY2(!everything.contains(utf16), qPrintable(secret));
        QVERIFY2(!logged.contains(utf8), qPrintable(secret));
    }
}

QTEST_GUILESS_MAIN(TstAccounts)
#include "tst_accounts.moc"
