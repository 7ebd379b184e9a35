#pragma once

#include "core/actor.h"
#include "core/auth/passwordhasher.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace alongside::core {

class Database;

/** An account as administrators see it. Never holds a password or its hash. */
struct Account
{
    qint64 id = 0;
    QString userName; // lower-case, unique
    QString displayName;
    Actor::Role role = Actor::Role::ReadOnly;
    qint64 workerId = 0; // linked worker record, 0 if none
    QString workerName; // the linked worker's name, for the accounts list
    bool disabled = false;
    bool mustChangePassword = false;
    QDateTime lastLoginAt; // UTC, null if never
    QDateTime createdAt;
};

/** What an administrator fills in for a new account. */
struct NewAccount
{
    QString userName;
    QString displayName;
    Actor::Role role = Actor::Role::Coordinator;
    qint64 workerId = 0;
    QString password; // the first password; the user must change it when they first log in
};

/** A worker record an account can be linked to (for supervision rules). */
struct LinkableWorker
{
    qint64 workerId = 0;
    QString name;
};

/**
 * Accounts and logging in. Passwords are hashed with Argon2id (PasswordHasher) and never stored,
 * logged or returned. Each account also keeps its own key-derivation salt and parameters for a
 * later encrypted file format. Invariants: there is always at least one enabled administrator once
 * any account exists; repeated wrong passwords lock an account for a growing time (throttling).
 * Every change is written to the audit log in the same transaction.
 */
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::AccountService)

public:
    static constexpr int kMinPasswordLength = 10;
    static constexpr int kMaxPasswordLength = 256;
    static constexpr int kMaxUserNameLength = 40;
    static constexpr int kFreeAttempts = 5; // wrong passwords allowed before the account waits
    static constexpr int kFirstLockSeconds = 30; // then 30 s, doubling each time, at most kMaxLockSeconds
    static constexpr int kMaxLockSeconds = 15 * 60;

    explicit AccountService(Database& db)
        : m_db(db)
    { }

    /** False for a file made before accounts, or a new one: it needs its first administrator. */
    Result<bool> hasAccounts() const;

    /** Creates the first administrator; refused once any account exists. Returns them logged in. */
    Result<Actor> createFirstAdministrator(const NewAccount& account);

    /** Checks a user name and password. The error never says which of the two was wrong. */
    Result<Actor> logIn(const QString& userName, const QString& password);

    /** Checks a password again for an account that is logged in (unlocking after Lock). */
    Result<Actor> unlock(const Actor& actor, const QString& password);

    /** Records that the user logged out or locked the screen. */
    Status recordLogOut(const Actor& actor, bool locked);

    Result<QList<Account>> accounts(const Actor& actor) const;

    Result<qint64> create(const Actor& actor, const NewAccount& account);

    /** Changes display name, role and linked worker. */
    Status update(const Actor& actor, qint64 accountId, const QString& displayName, Actor::Role role, qint64 workerId);

    Status setDisabled(const Actor& actor, qint64 accountId, bool disabled);

    /** Sets a temporary password that the user must change when they next log in; clears any wait. */
    Status resetPassword(const Actor& actor, qint64 accountId, const QString& temporaryPassword);

    Status changeOwnPassword(const Actor& actor, const QString& currentPassword, const QString& newPassword);

    /** True if the account must choose a new password before doing anything else. */
    Result<bool> mustChangePassword(const Actor& actor) const;

    /** Worker records that accounts can be linked to, by name. Administrators only. */
    Result<QList<LinkableWorker>> linkableWorkers(const Actor& actor) const;

    /** The stored key-derivation salt and parameters of an account (for encryption at rest). */
    Result<PasswordHasher::KeyDerivation> keyDerivation(qint64 accountId) const;

    /** The password rules, as one message; Ok when the password is acceptable. */
    static Status checkPassword(const QString& userName, const QString& password);

    static Status checkUserName(const QString& userName);

    static QString passwordRules();

private:
    Result<qint64> insert(const NewAccount& account, bool mustChange);
    Status requireAnotherAdministrator(qint64 accountId, const QString& what) const;

    Database& m_db;
};

} // namespace alongside::core
