#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace alongside::core {

class Database;

/**
 * The user-facing backup actions, with their permissions and audit entries. BackupManager does the
 * file work; the automatic daily backup needs no user and stays there. Restoring replaces the whole
 * file, so it is for administrators; its audit entry is written into the restored file once it is
 * open again (the file it replaced is kept, with its own log, in the backups folder).
 */
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::BackupService)

public:
    explicit BackupService(Database& db)
        : m_db(db)
    { }

    /** Makes a manual backup; returns its path. */
    Result<QString> backUpNow(const Actor& actor);

    /** Whether actor may restore a backup over the open database. */
    static Status mayRestore(const Actor& actor);

    /** Notes in the restored database who restored which backup. */
    Status recordRestore(const Actor& actor, const QString& backupFileName);

private:
    Database& m_db;
};

} // namespace alongside::core
