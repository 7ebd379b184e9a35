#include "accountservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QRegularExpression>

#include <algorithm>

namespace alongside::core {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ssZ");

QString nowText()
{
    return Clock::instance().now().toUTC().toString(kTimeFormat);
}

QDateTime timeFrom(const QVariant& v)
{
    if (v.isNull()) {
        return {};
    }
    QDateTime t = QDateTime::fromString(v.toString(), kTimeFormat);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QString normalised(const QString& userName)
{
    return userName.trimmed().toLower();
}

// A null QString binds as SQL NULL; these columns are NOT NULL text.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

Error notLoggedIn(QString message, QString detail = {})
{
    return Error { Error::Code::NotLoggedIn, std::move(message), std::move(detail) };
}

// A hash of a password nobody knows, checked when the user name does not exist, so that an unknown
// name takes as long to refuse as a wrong password.
const QByteArray& decoyHash()
{
    static const QByteArray decoy = [] {
        auto h = PasswordHasher::hash(QStringLiteral("decoy password that is never used"));
        return h ? h.value() : QByteArray();
    }();
    return decoy;
}

struct StoredAccount
{
    qint64 id = 0;
    QString userName;
    QString displayName;
    Actor::Role role = Actor::Role::ReadOnly;
    qint64 workerId = 0;
    QByteArray passwordHash;
    bool disabled = false;
    int failedAttempts = 0;
    QDateTime lockedUntil;
};

const QString kStoredColumns = QStringLiteral(
    "id, user_name, display_name, role, worker_id, password_hash, disabled, failed_attempts, locked_until");

std::optional<StoredAccount> storedFrom(QSqlQuery& q)
{
    if (!q.next()) {
        return std::nullopt;
    }
    StoredAccount a;
    a.id = q.value(0).toLongLong();
    a.userName = q.value(1).toString();
    a.displayName = q.value(2).toString();
    if (!Permissions::roleFromKey(q.value(3).toString(), &a.role)) {
        a.role = Actor::Role::ReadOnly; // a hand-edited role gets the least access
    }
    a.workerId = q.value(4).toLongLong();
    a.passwordHash = q.value(5).toString().toLatin1();
    a.disabled = q.value(6).toInt() != 0;
    a.failedAttempts = q.value(7).toInt();
    a.lockedUntil = timeFrom(q.value(8));
    return a;
}

Actor actorFrom(const StoredAccount& a)
{
    return Actor { a.userName, a.role, a.id, a.workerId, a.displayName };
}

// Someone who is not (yet) anyone: failed logins with a user name that does not exist. The name
// typed is not recorded: it is sometimes a password typed into the wrong box.
Actor nobody()
{
    return Actor { QString(), Actor::Role::ReadOnly, 0, 0, QString() };
}

Result<std::optional<StoredAccount>> findStored(Database& db, const QString& column, const QVariant& value)
{
    auto q = sql::prepare(db, QStringLiteral("SELECT %1 FROM account WHERE %2 = ?").arg(kStoredColumns, column));
    if (!q) {
        return q.error();
    }
    q.value().addBindValue(value);
    if (Status s = sql::exec(q.value(), QStringLiteral("read accounts")); !s) {
        return s.error();
    }
    return storedFrom(q.value());
}

Status run(Database& db, const QString& text, const QVariantList& bind, const QString& what)
{
    auto q = sql::prepare(db, text);
    if (!q) {
        return q.status();
    }
    for (const QVariant& v : bind) {
        q.value().addBindValue(v);
    }
    return sql::exec(q.value(), what);
}

// An account that must exist for the change asked for (another administrator may have just removed it).
Result<StoredAccount> existingAccount(Database& db, qint64 accountId)
{
    auto found = findStored(db, QStringLiteral("id"), accountId);
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return invalidInput(AccountService::tr("That account no longer exists."));
    }
    return *found.value();
}

int lockSecondsAfter(int failedAttempts)
{
    const int over = failedAttempts - AccountService::kFreeAttempts; // 0 for the first lock
    if (over < 0) {
        return 0;
    }
    const qint64 seconds = qint64(AccountService::kFirstLockSeconds) << std::min(over, 10);
    return int(std::min<qint64>(seconds, AccountService::kMaxLockSeconds));
}

// A clock time rather than "in N seconds": no plural forms to get wrong, and still right after a wait.
QString waitText(const QDateTime& until)
{
    return AccountService::tr("Try again after %1")
        .arg(until.toLocalTime().time().toString(QStringLiteral("HH:mm:ss")));
}

} // namespace

Result<bool> AccountService::hasAccounts() const
{
    auto n = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM account"));
    if (!n) {
        return n.error();
    }
    return n.value().toLongLong() > 0;
}

QString AccountService::passwordRules()
{
    return tr("Use at least %1 characters. Three or four random words are easy to remember and hard to guess.")
        .arg(kMinPasswordLength);
}

Status AccountService::checkUserName(const QString& userName)
{
    const QString name = normalised(userName);
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    if (name.isEmpty()) {
        return invalidInput(tr("Enter a user name."));
    }
    if (name.size() > kMaxUserNameLength) {
        return invalidInput(tr("The user name is too long: use at most %1 characters.").arg(kMaxUserNameLength));
    }
    if (!allowed.match(name).hasMatch()) {
        return invalidInput(tr("A user name can use only letters a to z, digits, dots, dashes and underscores, and no "
                               "spaces (for example sam.jones)."));
    }
    return Status::ok();
}

Status AccountService::checkPassword(const QString& userName, const QString& password)
{
    if (password.size() < kMinPasswordLength) {
        return invalidInput(tr("The password is too short. %1").arg(passwordRules()));
    }
    if (password.size() > kMaxPasswordLength) {
        return invalidInput(tr("The password is too long: use at most %1 characters.").arg(kMaxPasswordLength));
    }
    if (!userName.trimmed().isEmpty() && password.trimmed().compare(userName.trimmed(), Qt::CaseInsensitive) == 0) {
        return invalidInput(tr("The password must not be the user name."));
    }
    return Status::ok();
}

Result<qint64> AccountService::insert(const NewAccount& account, bool mustChange)
{
    if (Status s = checkUserName(account.userName); !s) {
        return s.error();
    }
    if (Status s = checkPassword(account.userName, account.password); !s) {
        return s.error();
    }
    const QString name = normalised(account.userName);
    auto existing = findStored(m_db, QStringLiteral("user_name"), name);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return invalidInput(tr("There is already an account called %1. Choose another user name.").arg(name));
    }
    auto hash = PasswordHasher::hash(account.password);
    if (!hash) {
        return hash.error();
    }
    auto kdf = PasswordHasher::newKeyDerivation();
    if (!kdf) {
        return kdf.error();
    }
    const QString now = nowText();
    if (Status s = run(m_db,
            QStringLiteral("INSERT INTO account (user_name, display_name, role, worker_id, password_hash, "
                           "kdf_algorithm, kdf_salt, kdf_ops_limit, kdf_mem_limit, must_change_password, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { name, text(account.displayName.trimmed()), Permissions::roleKey(account.role),
                account.workerId > 0 ? QVariant(account.workerId) : QVariant(), QString::fromLatin1(hash.value()),
                PasswordHasher::algorithmName(kdf.value().algorithm), kdf.value().salt, qint64(kdf.value().opsLimit),
                qint64(kdf.value().memLimit), mustChange ? 1 : 0, now, now },
            QStringLiteral("create an account"));
        !s) {
        return s.error();
    }
    auto id = sql::scalar(m_db, QStringLiteral("SELECT id FROM account WHERE user_name = ?"), { name });
    if (!id) {
        return id.error();
    }
    return id.value().toLongLong();
}

Result<Actor> AccountService::createFirstAdministrator(const NewAccount& account)
{
    Transaction t(m_db);
    if (!t.isActive()) {
        return t.beginStatus().error();
    }
    auto has = hasAccounts();
    if (!has) {
        return has.error();
    }
    if (has.value()) {
        return Error { Error::Code::PermissionDenied,
            tr("This database already has accounts: log in, and ask an administrator for an account if you need one."),
            QStringLiteral("first administrator refused: accounts exist") };
    }
    NewAccount admin = account;
    admin.role = Actor::Role::Administrator;
    auto id = insert(admin, false);
    if (!id) {
        return id.error();
    }
    auto stored = findStored(m_db, QStringLiteral("id"), id.value());
    if (!stored || !stored.value()) {
        return stored ? Error { Error::Code::Database, tr("The new account could not be read back."), {} }
                      : stored.error();
    }
    const Actor actor = actorFrom(*stored.value());
    AuditLog log(m_db);
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kCreate), QStringLiteral("account"), QString::number(id.value()),
                { QStringLiteral("user_name"), QStringLiteral("display_name"), QStringLiteral("role"),
                    QStringLiteral("password") },
                QStringLiteral("first administrator") });
        !s) {
        return s.error();
    }
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kLogIn), QStringLiteral("account"), QString::number(id.value()), {}, {} });
        !s) {
        return s.error();
    }
    if (Status s = t.commit(); !s) {
        return s.error();
    }
    return actor;
}

Result<Actor> AccountService::logIn(const QString& userName, const QString& password)
{
    static const QString wrong
        = tr("The user name or password is not right. Check that Caps Lock is off and try again.");
    Transaction t(m_db);
    if (!t.isActive()) {
        return t.beginStatus().error();
    }
    AuditLog log(m_db);
    auto found = findStored(m_db, QStringLiteral("user_name"), normalised(userName));
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        PasswordHasher::verify(decoyHash(), password);
        log.record(nobody(),
            { QString::fromLatin1(AuditLog::kLogInFailed), QStringLiteral("account"), {}, {},
                QStringLiteral("unknown user name") });
        t.commit();
        return notLoggedIn(wrong);
    }
    StoredAccount a = *found.value();
    const Actor actor = actorFrom(a);
    const QString id = QString::number(a.id);
    const QDateTime now = Clock::instance().now();
    if (a.lockedUntil.isValid() && now < a.lockedUntil) {
        // Do not even check the password: that is what makes guessing slow.
        log.record(actor,
            { QString::fromLatin1(AuditLog::kLogInFailed), QStringLiteral("account"), id, {},
                QStringLiteral("waiting after wrong passwords") });
        t.commit();
        return notLoggedIn(tr("There have been too many wrong passwords for %1. %2, or ask an administrator to reset "
                              "the password.")
                               .arg(a.userName, waitText(a.lockedUntil)));
    }
    if (!PasswordHasher::verify(a.passwordHash, password)) {
        const int failed = a.failedAttempts + 1;
        const int wait = lockSecondsAfter(failed);
        const QDateTime until = wait > 0 ? now.addSecs(wait) : QDateTime();
        run(m_db, QStringLiteral("UPDATE account SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
            { failed, until.isValid() ? QVariant(until.toUTC().toString(kTimeFormat)) : QVariant(), a.id },
            QStringLiteral("count a failed login"));
        log.record(actor,
            { QString::fromLatin1(AuditLog::kLogInFailed), QStringLiteral("account"), id, {},
                QStringLiteral("wrong password (%1 in a row)").arg(failed) });
        if (Status s = t.commit(); !s) {
            return s.error();
        }
        return notLoggedIn(until.isValid() ? wrong + QLatin1Char(' ') + waitText(until) + QLatin1Char('.') : wrong);
    }
    if (a.disabled) {
        log.record(actor,
            { QString::fromLatin1(AuditLog::kLogInFailed), QStringLiteral("account"), id, {},
                QStringLiteral("disabled") });
        t.commit();
        return notLoggedIn(tr("The account %1 has been turned off. Ask your Alongside administrator.").arg(a.userName));
    }
    QVariantList bind { nowText() };
    QString update = QStringLiteral("UPDATE account SET failed_attempts = 0, locked_until = NULL, last_login_at = ?");
    if (PasswordHasher::needsRehash(a.passwordHash)) {
        // Parameters were raised since this password was set: store it at today's strength.
        if (auto rehashed = PasswordHasher::hash(password); rehashed) {
            update += QStringLiteral(", password_hash = ?");
            bind << QString::fromLatin1(rehashed.value());
        }
    }
    bind << a.id;
    if (Status s = run(m_db, update + QStringLiteral(" WHERE id = ?"), bind, QStringLiteral("record a login")); !s) {
        return s.error();
    }
    if (Status s = log.record(actor, { QString::fromLatin1(AuditLog::kLogIn), QStringLiteral("account"), id, {}, {} });
        !s) {
        return s.error();
    }
    if (Status s = t.commit(); !s) {
        return s.error();
    }
    return actor;
}

Result<Actor> AccountService::unlock(const Actor& actor, const QString& password)
{
    auto again = logIn(actor.userName, password);
    if (again && again.value().accountId != actor.accountId) {
        return notLoggedIn(tr("The user name or password is not right."));
    }
    return again;
}

Status AccountService::recordLogOut(const Actor& actor, bool locked)
{
    return AuditLog(m_db).record(actor,
        { QString::fromLatin1(locked ? AuditLog::kLock : AuditLog::kLogOut), QStringLiteral("account"),
            QString::number(actor.accountId), {}, {} });
}

Result<QList<Account>> AccountService::accounts(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Permissions::Action::ManageAccounts); !s) {
        return s.error();
    }
    auto q = sql::prepare(m_db,
        QStringLiteral("SELECT a.id, a.user_name, a.display_name, a.role, a.worker_id, a.disabled, "
                       "a.must_change_password, a.last_login_at, a.created_at, "
                       "p.given_name || ' ' || p.family_name FROM account a "
                       "LEFT JOIN worker w ON w.id = a.worker_id LEFT JOIN person p ON p.id = w.person_id "
                       "ORDER BY a.user_name"));
    if (!q) {
        return q.error();
    }
    if (Status s = sql::exec(q.value(), QStringLiteral("read accounts")); !s) {
        return s.error();
    }
    QList<Account> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Account a;
        a.id = r.value(0).toLongLong();
        a.userName = r.value(1).toString();
        a.displayName = r.value(2).toString();
        if (!Permissions::roleFromKey(r.value(3).toString(), &a.role)) {
            a.role = Actor::Role::ReadOnly;
        }
        a.workerId = r.value(4).toLongLong();
        a.disabled = r.value(5).toInt() != 0;
        a.mustChangePassword = r.value(6).toInt() != 0;
        a.lastLoginAt = timeFrom(r.value(7));
        a.createdAt = timeFrom(r.value(8));
        a.workerName = r.value(9).toString().trimmed();
        out << a;
    }
    return out;
}

Result<qint64> AccountService::create(const Actor& actor, const NewAccount& account)
{
    AuditLog log(m_db);
    if (Status s = Permissions::require(actor, Permissions::Action::ManageAccounts); !s) {
        return log.refused(actor, s, QStringLiteral("account")).error();
    }
    Transaction t(m_db);
    if (!t.isActive()) {
        return t.beginStatus().error();
    }
    auto id = insert(account, true);
    if (!id) {
        return id.error();
    }
    QStringList fields { QStringLiteral("user_name"), QStringLiteral("display_name"), QStringLiteral("role"),
        QStringLiteral("password") };
    if (account.workerId > 0) {
        fields << QStringLiteral("worker_id");
    }
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kCreate), QStringLiteral("account"), QString::number(id.value()), fields,
                QStringLiteral("role: %1").arg(Permissions::roleKey(account.role)) });
        !s) {
        return s.error();
    }
    if (Status s = t.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Status AccountService::requireAnotherAdministrator(qint64 accountId, const QString& what) const
{
    auto others = sql::scalar(m_db,
        QStringLiteral("SELECT COUNT(*) FROM account WHERE role = 'administrator' AND disabled = 0 AND id <> ?"),
        { accountId });
    if (!others) {
        return others.status();
    }
    if (others.value().toLongLong() == 0) {
        return invalidInput(tr("%1 would leave no one able to manage accounts. Make another account an administrator "
                               "first.")
                                .arg(what));
    }
    return Status::ok();
}

Status AccountService::update(
    const Actor& actor, qint64 accountId, const QString& displayName, Actor::Role role, qint64 workerId)
{
    AuditLog log(m_db);
    if (Status s = Permissions::require(actor, Permissions::Action::ManageAccounts); !s) {
        return log.refused(actor, s, QStringLiteral("account"), QString::number(accountId));
    }
    Transaction t(m_db);
    if (!t.isActive()) {
        return t.beginStatus();
    }
    auto found = existingAccount(m_db, accountId);
    if (!found) {
        return found.status();
    }
    const StoredAccount& a = found.value();
    if (a.role == Actor::Role::Administrator && role != Actor::Role::Administrator && !a.disabled) {
        if (Status s = requireAnotherAdministrator(accountId, tr("Changing this role")); !s) {
            return s;
        }
    }
    QStringList fields;
    QString note;
    if (a.displayName != displayName.trimmed()) {
        fields << QStringLiteral("display_name");
    }
    if (a.role != role) {
        fields << QStringLiteral("role");
        note = QStringLiteral("role: %1 -> %2").arg(Permissions::roleKey(a.role), Permissions::roleKey(role));
    }
    if (a.workerId != workerId) {
        fields << QStringLiteral("worker_id");
    }
    if (fields.isEmpty()) {
        return Status::ok();
    }
    if (Status s = run(m_db,
            QStringLiteral("UPDATE account SET display_name = ?, role = ?, worker_id = ?, updated_at = ? WHERE id = ?"),
            { text(displayName.trimmed()), Permissions::roleKey(role), workerId > 0 ? QVariant(workerId) : QVariant(),
                nowText(), accountId },
            QStringLiteral("change an account"));
        !s) {
        return s;
    }
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kUpdate), QStringLiteral("account"), QString::number(accountId), fields,
                note });
        !s) {
        return s;
    }
    return t.commit();
}

Status AccountService::setDisabled(const Actor& actor, qint64 accountId, bool disabled)
{
    AuditLog log(m_db);
    if (Status s = Permissions::require(actor, Permissions::Action::ManageAccounts); !s) {
        return log.refused(actor, s, QStringLiteral("account"), QString::number(accountId));
    }
    if (disabled && accountId == actor.accountId) {
        return invalidInput(tr("You cannot turn off your own account while you are using it."));
    }
    Transaction t(m_db);
    if (!t.isActive()) {
        return t.beginStatus();
    }
    auto found = existingAccount(m_db, accountId);
    if (!found) {
        return found.status();
    }
    if (found.value().disabled == disabled) {
        return Status::ok();
    }
    if (disabled && found.value().role == Actor::Role::Administrator) {
        if (Status s = requireAnotherAdministrator(accountId, tr("Turning off this account")); !s) {
            return s;
        }
    }
    if (Status s = run(m_db, QStringLiteral("UPDATE account SET disabled = ?, updated_at = ? WHERE id = ?"),
            { disabled ? 1 : 0, nowText(), accountId }, QStringLiteral("turn an account on or off"));
        !s) {
        return s;
    }
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kUpdate), QStringLiteral("account"), QString::number(accountId),
                { QStringLiteral("disabled") },
                disabled ? QStringLiteral("turned off") : QStringLiteral("turned on") });
        !s) {
        return s;
    }
    return t.commit();
}

Status AccountService::resetPassword(const Actor& actor, qint64 accountId, const QString& temporaryPassword)
{
    AuditLog log(m_db);
    if (Status s = Permissions::require(actor, Permissions::Action::ManageAccounts); !s) {
        return log.refused(actor, s, QStringLiteral("account"), QString::number(accountId));
    }
    Transaction t(m_db);
    if (!t.isActive()) {
        return t.beginStatus();
    }
    auto found = existingAccount(m_db, accountId);
    if (!found) {
        return found.status();
    }
    if (Status s = checkPassword(found.value().userName, temporaryPassword); !s) {
        return s;
    }
    auto hash = PasswordHasher::hash(temporaryPassword);
    auto kdf = PasswordHasher::newKeyDerivation();
    if (!hash || !kdf) {
        return !hash ? hash.status() : kdf.status();
    }
    // The user chooses their own password at the next login; the administrator's is temporary.
    if (Status s = run(m_db,
            QStringLiteral("UPDATE account SET password_hash = ?, kdf_salt = ?, kdf_ops_limit = ?, kdf_mem_limit = ?, "
                           "must_change_password = ?, failed_attempts = 0, locked_until = NULL, updated_at = ? "
                           "WHERE id = ?"),
            { QString::fromLatin1(hash.value()), kdf.value().salt, qint64(kdf.value().opsLimit),
                qint64(kdf.value().memLimit), accountId == actor.accountId ? 0 : 1, nowText(), accountId },
            QStringLiteral("reset a password"));
        !s) {
        return s;
    }
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kUpdate), QStringLiteral("account"), QString::number(accountId),
                { QStringLiteral("password") }, QStringLiteral("reset by an administrator") });
        !s) {
        return s;
    }
    return t.commit();
}

Status AccountService::changeOwnPassword(const Actor& actor, const QString& currentPassword, const QString& newPassword)
{
    if (actor.accountId <= 0) {
        return invalidInput(tr("This database has no accounts yet, so there is no password to change."));
    }
    Transaction t(m_db);
    if (!t.isActive()) {
        return t.beginStatus();
    }
    auto found = findStored(m_db, QStringLiteral("id"), actor.accountId);
    if (!found) {
        return found.status();
    }
    if (!found.value() || found.value()->disabled) {
        return notLoggedIn(tr("Your account is no longer active. Ask your Alongside administrator."));
    }
    if (!PasswordHasher::verify(found.value()->passwordHash, currentPassword)) {
        return invalidInput(tr("The current password is not right."));
    }
    if (Status s = checkPassword(actor.userName, newPassword); !s) {
        return s;
    }
    if (newPassword == currentPassword) {
        return invalidInput(tr("Choose a new password that is different from the current one."));
    }
    auto hash = PasswordHasher::hash(newPassword);
    auto kdf = PasswordHasher::newKeyDerivation();
    if (!hash || !kdf) {
        return !hash ? hash.status() : kdf.status();
    }
    if (Status s = run(m_db,
            QStringLiteral("UPDATE account SET password_hash = ?, kdf_salt = ?, kdf_ops_limit = ?, kdf_mem_limit = ?, "
                           "must_change_password = 0, updated_at = ? WHERE id = ?"),
            { QString::fromLatin1(hash.value()), kdf.value().salt, qint64(kdf.value().opsLimit),
                qint64(kdf.value().memLimit), nowText(), actor.accountId },
            QStringLiteral("change a password"));
        !s) {
        return s;
    }
    if (Status s = AuditLog(m_db).record(actor,
            { QString::fromLatin1(AuditLog::kUpdate), QStringLiteral("account"), QString::number(actor.accountId),
                { QStringLiteral("password") }, QStringLiteral("changed by its owner") });
        !s) {
        return s;
    }
    return t.commit();
}

Result<bool> AccountService::mustChangePassword(const Actor& actor) const
{
    if (actor.accountId <= 0) {
        return false;
    }
    auto v = sql::scalar(
        m_db, QStringLiteral("SELECT must_change_password FROM account WHERE id = ?"), { actor.accountId });
    if (!v) {
        return v.error();
    }
    return v.value().toInt() != 0;
}

Result<QList<LinkableWorker>> AccountService::linkableWorkers(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Permissions::Action::ManageAccounts); !s) {
        return s.error();
    }
    auto q = sql::prepare(m_db,
        QStringLiteral("SELECT w.id, p.given_name || ' ' || p.family_name FROM worker w "
                       "JOIN person p ON p.id = w.person_id ORDER BY p.family_name, p.given_name, w.id"));
    if (!q) {
        return q.error();
    }
    if (Status s = sql::exec(q.value(), QStringLiteral("read workers")); !s) {
        return s.error();
    }
    QList<LinkableWorker> out;
    while (q.value().next()) {
        out << LinkableWorker { q.value().value(0).toLongLong(), q.value().value(1).toString().trimmed() };
    }
    return out;
}

Result<PasswordHasher::KeyDerivation> AccountService::keyDerivation(qint64 accountId) const
{
    auto q = sql::prepare(
        m_db, QStringLiteral("SELECT kdf_algorithm, kdf_salt, kdf_ops_limit, kdf_mem_limit FROM account WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    q.value().addBindValue(accountId);
    if (Status s = sql::exec(q.value(), QStringLiteral("read accounts")); !s) {
        return s.error();
    }
    if (!q.value().next()) {
        return invalidInput(tr("That account no longer exists."));
    }
    PasswordHasher::KeyDerivation k;
    k.algorithm = PasswordHasher::algorithmFromName(q.value().value(0).toString());
    k.salt = q.value().value(1).toByteArray();
    k.opsLimit = quint64(q.value().value(2).toLongLong());
    k.memLimit = quint64(q.value().value(3).toLongLong());
    return k;
}

} // namespace alongside::core
