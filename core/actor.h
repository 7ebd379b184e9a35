#pragma once

#include <QString>

namespace alongside::core {

/**
 * Who is acting. Every core service that reads or changes records takes one and checks it against
 * Permissions before touching the data. An Actor comes from AccountService::logIn (or, for a file
 * that has no accounts yet, is the local administrator); the UI and the command line never make
 * one up for a database that has accounts.
 */
struct Actor
{
    enum class Role
    {
        Administrator,
        Coordinator,
        Supervisor,
        Trustee,
        ReadOnly
    };

    QString userName;
    Role role = Role::Administrator;
    qint64 accountId = 0; // 0 for the local user of a file without accounts
    qint64 workerId = 0; // the worker record this account belongs to, if any (supervision rules)
    QString displayName;

    /** The single local user of a database that has no accounts. */
    static Actor localUser() { return { QStringLiteral("local"), Role::Administrator, 0, 0, QString() }; }

    QString shownName() const { return displayName.isEmpty() ? userName : displayName; }
};

} // namespace alongside::core
