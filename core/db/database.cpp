#include "database.h"

#include "core/db/backupmanager.h"
#include "core/db/schema.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QUuid>

namespace alongside::core {

namespace {

Error makeError(Error::Code code, QString message, QString detail = {})
{
    return Error { code, std::move(message), std::move(detail) };
}

} // namespace

bool Database::looksLikeSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return false;
    }
    static const QByteArray magic("SQLite format 3\0", 16);
    return f.read(16) == magic;
}

QString Database::lockFilePath(const QString& databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Options& options)
{
    const bool existed = QFileInfo::exists(path);
    auto result = openChecked(path, options);
    if (!result && !existed) {
        // Creating failed part-way (disk full, a failed migration): leave no half-made file behind.
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            QFile::remove(path + suffix);
        }
    }
    return result;
}

Result<std::unique_ptr<Database>> Database::openChecked(const QString& path, const Options& options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    bool create = false;

    if (info.isDir()) {
        return makeError(
            Error::Code::NotAlongside, tr("%1 is a folder, not a database file. Choose a file instead.").arg(shown));
    }
    if (!info.exists()) {
        if (options.ifMissing == IfMissing::Fail) {
            return makeError(Error::Code::NotFound,
                tr("There is no file at %1. Check the name and folder, or create a new database.").arg(shown));
        }
        if (!QDir().mkpath(info.absolutePath())) {
            return makeError(Error::Code::Io,
                tr("Alongside could not create the folder %1. Check that you may write there.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        create = true;
    } else if (!info.isReadable()) {
        return makeError(Error::Code::Io,
            tr("Alongside may not read %1. Check the file's permissions, or ask whoever manages the computer.")
                .arg(shown));
    } else if (info.size() > 0 && !looksLikeSqlite(path)) {
        return makeError(Error::Code::NotAlongside,
            tr("%1 is not an Alongside database: it is not a database file at all. Alongside has not "
               "changed it. Choose another file.")
                .arg(shown));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_access = options.access;

    // A second copy of Alongside writing the same file could silently lose changes: refuse it.
    if (options.access == Access::ReadWrite) {
        db->m_lock = std::make_unique<QLockFile>(lockFilePath(db->m_path));
        db->m_lock->setStaleLockTime(0); // stale only when the owning process is gone
        if (options.takeOverLock && !lockOwner(db->m_path).thisComputer) {
            db->m_lock->removeStaleLockFile();
        }
        if (!db->m_lock->tryLock(0)) {
            if (db->m_lock->error() == QLockFile::LockFailedError) {
                const LockOwner owner = lockOwner(db->m_path);
                if (owner.thisComputer || owner.host.isEmpty()) {
                    return makeError(Error::Code::Locked,
                        tr("Alongside already has %1 open on this computer. Switch to that window, or close it, "
                           "then try again. Two copies changing one file could lose work.")
                            .arg(shown));
                }
                return makeError(Error::Code::Locked,
                    tr("%1 is marked as open in Alongside on the computer \"%2\". If Alongside is running there, "
                       "close it there first: two copies changing one file could lose work. If that computer is "
                       "switched off, or the file was copied from it, it is safe to open the file here anyway.")
                        .arg(shown, owner.host),
                    QStringLiteral("lock held on %1").arg(owner.host));
            }
            return makeError(Error::Code::Io,
                tr("Alongside cannot use %1 because it may not write in that folder. Move the file to a "
                   "folder you may change, or ask whoever manages the computer.")
                    .arg(shown));
        }
    }

    if (Status s = db->openConnection(create); !s) {
        return s.error();
    }
    bool isNew = false;
    if (Status s = db->checkIdentity(isNew); !s) {
        return s.error();
    }
    db->m_wasCreated = isNew;
    if (isNew && options.ifMissing == IfMissing::Fail) {
        return makeError(Error::Code::NotAlongside,
            tr("%1 is an empty database, not an Alongside database. Alongside has not changed it.").arg(shown));
    }

    if (!isNew) {
        auto check = sql::scalar(*db, QStringLiteral("PRAGMA quick_check"));
        if (!check || check.value().toString() != QLatin1String("ok")) {
            return makeError(Error::Code::Damaged,
                tr("%1 is damaged: it failed Alongside's integrity check. Alongside has not changed it. "
                   "Restore the newest backup instead (File > Restore from Backup).")
                    .arg(shown),
                check ? check.value().toString() : check.error().detail);
        }
    }

    if (options.access == Access::ReadWrite) {
        // WAL keeps readers and the writer apart and survives a crash mid-write; FULL syncs every
        // commit to disk, which matters more here than speed.
        auto mode = sql::scalar(*db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode || mode.value().toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            return makeError(Error::Code::Io,
                tr("Alongside could not prepare %1 for safe writing. If the file is on a network drive, copy "
                   "it to this computer and open the copy.")
                    .arg(shown),
                mode ? mode.value().toString() : mode.error().detail);
        }
        if (Status s = sql::execute(*db, QStringLiteral("PRAGMA synchronous = FULL")); !s) {
            return s.error();
        }
    }
    if (Status s = sql::execute(*db, QStringLiteral("PRAGMA foreign_keys = ON")); !s) {
        return s.error();
    }
    // Deleted and overwritten content is zeroed in the file, so an erased or anonymised person's
    // details cannot be read back from free space (see ErasureService).
    if (Status s = sql::execute(*db, QStringLiteral("PRAGMA secure_delete = ON")); !s) {
        return s.error();
    }

    if (create) {
        // Health records: only the user may read the file (SQLite gives its journals the same mode).
        QFile::setPermissions(db->m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (options.access == Access::ReadWrite) {
        const auto& steps = options.migrations.empty() ? schema::standardMigrations() : options.migrations;
        const int target = steps.empty() ? 0 : steps.back().toVersion;
        const int version = db->schemaVersion();
        if (version < target) {
            if (!isNew) {
                auto backup = BackupManager(db->m_path).createBackup(*db, BackupManager::Kind::BeforeUpgrade);
                if (!backup) {
                    return makeError(Error::Code::Io,
                        tr("Alongside needs to update %1 to this version, but could not back it up first, so "
                           "it has not changed it. %2")
                            .arg(shown, backup.message()),
                        backup.error().detail);
                }
                db->m_preMigrationBackup = backup.value();
            }
            if (Status s = db->migrate(steps); !s) {
                return s.error();
            }
        }
    }
    return db;
}

Database::LockOwner Database::lockOwner(const QString& databasePath)
{
    LockOwner owner;
    QLockFile lock(lockFilePath(databasePath));
    qint64 pid = 0;
    QString app;
    owner.locked = lock.getLockInfo(&pid, &owner.host, &app);
    owner.thisComputer = owner.locked && owner.host == QSysInfo::machineHostName();
    return owner;
}

Database::~Database()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase c = QSqlDatabase::database(m_connectionName, false);
            c.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock) {
        m_lock->unlock();
    }
}

Status Database::openConnection(bool create)
{
    m_connectionName = QStringLiteral("alongside-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    c.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_access == Access::ReadOnly) {
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    c.setConnectOptions(connectOptions);
    if (!c.open()) {
        Error e = sql::errorFrom(c.lastError(), QStringLiteral("open"));
        if (create) {
            e.message = tr("Alongside could not create %1. Check that you may write in that folder and that "
                           "the disk is not full.")
                            .arg(QDir::toNativeSeparators(m_path));
        }
        return e;
    }
    return Status::ok();
}

Status Database::checkIdentity(bool& isNew)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    auto damaged = [&](const Error& e) {
        return Error { Error::Code::Damaged,
            tr("%1 cannot be read: it is damaged or it is not an Alongside database. Alongside has not "
               "changed it. If it is your usual database, restore the newest backup (File > Restore from "
               "Backup).")
                .arg(shown),
            e.detail };
    };
    auto appId = sql::scalar(*this, QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        return damaged(appId.error());
    }
    auto tables = sql::scalar(*this, QStringLiteral("SELECT COUNT(*) FROM sqlite_master"));
    if (!tables) {
        return damaged(tables.error());
    }
    const int version = schemaVersion();
    if (version < 0) {
        return damaged(Error {});
    }
    if (appId.value().toInt() == 0 && tables.value().toInt() == 0) {
        isNew = true;
        return Status::ok();
    }
    if (appId.value().toInt() != kApplicationId) {
        return Error { Error::Code::NotAlongside,
            tr("%1 is a database made by another program, not by Alongside. Alongside has not changed it. "
               "Choose an Alongside database, or create a new one.")
                .arg(shown),
            {} };
    }
    if (version > kCurrentSchemaVersion) {
        return Error { Error::Code::TooNew,
            tr("%1 was saved by a newer version of Alongside (database version %2; this version reads up "
               "to %3). Alongside has not changed it. Install the newer version of Alongside to open it.")
                .arg(shown)
                .arg(version)
                .arg(kCurrentSchemaVersion),
            {} };
    }
    return Status::ok();
}

int Database::schemaVersion() const
{
    auto v = sql::scalar(*this, QStringLiteral("PRAGMA user_version"));
    return v ? v.value().toInt() : -1;
}

Status Database::migrate(const std::vector<MigrationStep>& steps)
{
    for (const MigrationStep& step : steps) {
        const int version = schemaVersion();
        if (step.toVersion <= version) {
            continue;
        }
        // Each step and its version bump commit together: a failed step leaves the previous version.
        Transaction t(*this);
        if (!t.isActive()) {
            return t.beginStatus();
        }
        Status s = step.apply(*this);
        if (s && version == 0) {
            s = sql::execute(*this, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        }
        if (s) {
            s = sql::execute(*this, QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion));
        }
        if (s) {
            s = t.commit();
        }
        if (!s) {
            Error e = s.error();
            e.message = tr("Alongside could not update the database to version %1, so it left it as it was. %2")
                            .arg(step.toVersion)
                            .arg(e.message);
            return e;
        }
    }
    return Status::ok();
}

} // namespace alongside::core
