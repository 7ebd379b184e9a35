#pragma once

// Internal to core: what every service needs before it reads or writes anything. Never included by ui.

#include "core/actor.h"
#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/result.h"

#include <QDate>
#include <QString>

namespace alongside::core::service {

/** Today, from the one clock core reads. */
inline QDate today()
{
    return Clock::instance().today();
}

/** Now as the ISO-8601 UTC timestamp (with milliseconds) stored in *_at columns. */
inline QString nowStamp()
{
    return Clock::instance().now().toUTC().toString(Qt::ISODateWithMs);
}

/** Ok when actor may do action; otherwise the refusal, written to the audit log (entity and id). */
inline Status refuse(Database& db, const Actor& actor, Permissions::Action action, const QString& entity, qint64 id = 0)
{
    if (Status s = Permissions::require(actor, action); !s) {
        return AuditLog(db).refused(actor, s, entity, id ? QString::number(id) : QString());
    }
    return Status::ok();
}

} // namespace alongside::core::service
