#include "backupservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/db/backupmanager.h"
#include "core/db/database.h"

#include <QFileInfo>

namespace alongside::core {

Result<QString> BackupService::backUpNow(const Actor& actor)
{
    AuditLog log(m_db);
    if (Status s = Permissions::require(actor, Permissions::Action::BackUpNow); !s) {
        return log.refused(actor, s, QStringLiteral("database")).error();
    }
    // Write the entry first, so the backup holds the record of its own making.
    if (Status s
        = log.record(actor, { QString::fromLatin1(AuditLog::kBackup), QStringLiteral("database"), {}, {}, {} });
        !s) {
        return s.error();
    }
    return BackupManager(m_db.path()).createBackup(m_db, BackupManager::Kind::Manual);
}

Status BackupService::mayRestore(const Actor& actor)
{
    return Permissions::require(actor, Permissions::Action::RestoreBackup);
}

Status BackupService::recordRestore(const Actor& actor, const QString& backupFileName)
{
    return AuditLog(m_db).record(actor,
        { QString::fromLatin1(AuditLog::kRestore), QStringLiteral("database"), {}, {},
            QStringLiteral("from %1").arg(QFileInfo(backupFileName).fileName()) });
}

} // namespace alongside::core
