#pragma once

#include <QString>

namespace alongside::core {

/**
 * Who is acting. Every core service that reads or changes records takes one, so that accounts and
 * permissions can be added without changing every signature. Until accounts exist there is one
 * local user, who may do everything.
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

    /** The single local user of a database that has no accounts. */
    static Actor localUser() { return { QStringLiteral("local"), Role::Administrator }; }
};

} // namespace alongside::core
