#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QLockFile;

namespace alongside::core {

class Database;

/** One step of the schema: brings a database from version toVersion - 1 to toVersion. */
struct MigrationStep
{
    int toVersion = 0;
    std::function<Status(Database&)> apply;
};

/**
 * Owns the one connection to an Alongside database file and the lock that keeps a second copy of
 * the app off it. Opening checks, in order, that the file is a SQLite database, that it is not in
 * use, that it is an Alongside database, that it is not from a newer version and that it passes
 * `PRAGMA quick_check`; only then does it change anything (pragmas, migrations). A refused file
 * is never written to.
 *
 * QtSql types stay out of this header: ui links core without QtSql, so it cannot run SQL.
 * Services reach the connection through connectionName() inside core.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::Database)

public:
    static constexpr int kCurrentSchemaVersion = 8;
    // PRAGMA application_id marks a SQLite file as ours: "Alng" in ASCII.
    static constexpr int kApplicationId = 0x416C6E67;

    enum class IfMissing
    {
        Fail,
        Create
    };
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    struct Options
    {
        IfMissing ifMissing = IfMissing::Fail;
        Access access = Access::ReadWrite;
        // Migrations to apply; empty means the standard schema. Tests pass their own.
        std::vector<MigrationStep> migrations;
        // Remove a lock left by a copy of Alongside on another computer (the user has confirmed
        // that it is not running there). Locks from this computer are checked automatically.
        bool takeOverLock = false;
    };

    /** Who holds a database's lock file, if anyone. */
    struct LockOwner
    {
        bool locked = false;
        bool thisComputer = false;
        QString host;
    };

    static LockOwner lockOwner(const QString& databasePath);

    static Result<std::unique_ptr<Database>> open(const QString& path, const Options& options);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }

    QString connectionName() const { return m_connectionName; }

    bool isReadOnly() const { return m_access == Access::ReadOnly; }

    int schemaVersion() const;

    /** True if open() created this file (or found it empty): there was nothing to back up yet. */
    bool wasCreated() const { return m_wasCreated; }

    /** The backup taken before the last migration of this file, or empty if none was needed. */
    QString preMigrationBackup() const { return m_preMigrationBackup; }

    /** Current transaction nesting depth; Transaction uses it for savepoint names. */
    int transactionDepth() const { return m_transactionDepth; }

    /** The lock file path used for a database path. */
    static QString lockFilePath(const QString& databasePath);

    /** Quick test of the first 16 bytes: is this a SQLite 3 file at all? */
    static bool looksLikeSqlite(const QString& path);

private:
    friend class Transaction;
    Database() = default;
    static Result<std::unique_ptr<Database>> openChecked(const QString& path, const Options& options);
    Status openConnection(bool create);
    Status checkIdentity(bool& isNew);
    Status migrate(const std::vector<MigrationStep>& steps);

    QString m_path;
    QString m_connectionName;
    Access m_access = Access::ReadWrite;
    std::unique_ptr<QLockFile> m_lock;
    QString m_preMigrationBackup;
    bool m_wasCreated = false;
    int m_transactionDepth = 0;
};

} // namespace alongside::core
