#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace alongside::core {

class Database;

/**
 * Backups of one database file, kept in a folder beside it ("<name>-backups"). Each backup is a
 * complete, consistent copy made with SQLite's VACUUM INTO while the database is open, written
 * under a temporary name and renamed only once it has passed an integrity check, so a half-written
 * backup never looks like a real one. Daily backups rotate (the newest N are kept); manual backups
 * and those taken before an upgrade or a restore are never deleted automatically.
 */
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::BackupManager)

public:
    enum class Kind
    {
        Daily,
        Manual,
        BeforeUpgrade,
        BeforeRestore
    };

    struct Backup
    {
        QString path;
        QDateTime takenAt;
        Kind kind = Kind::Manual;
        qint64 size = 0;
    };

    explicit BackupManager(QString databasePath);

    QString databasePath() const { return m_databasePath; }

    /** The folder that holds this database's backups (it may not exist yet). */
    QString folder() const;

    /** Makes a backup of db in folder(); returns its path. */
    Result<QString> createBackup(Database& db, Kind kind) const;

    /** Makes a backup of db at outPath, which must not exist yet. */
    static Status backupTo(Database& db, const QString& outPath);

    /** The backups in folder(), newest first. */
    QList<Backup> backups() const;

    std::optional<Backup> newest() const;

    /** Makes today's daily backup if there is none yet, then keeps only the newest `keep` dailies. */
    Result<bool> ensureDailyBackup(Database& db, int keep) const;

    /** Deletes daily backups beyond the newest `keep`. */
    Status rotate(int keep) const;

    /**
     * Checks that a file is a complete Alongside database this version can open: SQLite header,
     * full integrity check, our application id, a known schema version.
     */
    static Status verify(const QString& backupPath);

    /**
     * Replaces the database file with a backup after verifying it. The database must be closed
     * (no Database object open on it). The file it replaces is kept in folder() as a
     * "before-restore" backup; its path is returned. On any failure the original file is put back.
     */
    Result<QString> restore(const QString& backupPath) const;

    static QString kindTag(Kind kind);

private:
    QString m_databasePath;
};

} // namespace alongside::core
