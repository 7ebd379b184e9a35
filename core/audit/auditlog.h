#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace alongside::core {

class Database;

/** Something that happened, as a service reports it. Never carries the values of sensitive fields. */
struct AuditEvent
{
    QString action; // one of AuditLog::k* below
    QString entity; // what kind of record: a table name ("person", "account") or "database"
    QString recordId; // which one; empty for events about the whole database
    QStringList fields; // the names of the fields changed or shown, never their values
    QString note; // a short, non-identifying remark ("role: coordinator -> trustee" is fine; names are not)
};

/** One stored entry, as read back. */
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    qint64 accountId = 0;
    QString userName;
    QString role;
    QString action;
    QString entity;
    QString recordId;
    QStringList fields;
    QString note;
    QByteArray prevHash; // hex SHA-256 of the entry before (64 zeros for the first)
    QByteArray hash; // hex SHA-256 of this entry's fields and prevHash
};

struct AuditFilter
{
    QDate from; // inclusive, local dates; null for no limit
    QDate to;
    QString userName; // exact, empty for everyone
    QString action; // a k* key, empty for all
    QString entity;
    QString recordId;
    int limit = 2000; // newest first
};

struct AuditVerification
{
    qint64 checked = 0; // entries read
    bool intact = true;
    qint64 firstBadSeq = 0; // the first entry that fails, when !intact
    QString problem; // what is wrong, translated
};

/**
 * The append-only, tamper-evident record of who did what. Each entry stores the SHA-256 of the
 * entry before it, and its own hash covers its sequence number, time, user, action, record,
 * field names, note and that previous hash; so changing, deleting, inserting or reordering an
 * entry breaks the chain from that point, and verify() says where. Triggers refuse UPDATE and
 * DELETE on the table. record() joins the caller's transaction, so a change and its audit entry
 * are saved together or not at all. (Someone able to rewrite the whole file could rewrite the
 * whole chain; older backups keep the chain as it was, which verifyAgainst() compares.)
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::AuditLog)

public:
    static constexpr const char* kCreate = "create";
    static constexpr const char* kUpdate = "update";
    static constexpr const char* kDelete = "delete";
    static constexpr const char* kView = "view";
    static constexpr const char* kExport = "export";
    static constexpr const char* kReport = "report";
    static constexpr const char* kLogIn = "log_in";
    static constexpr const char* kLogInFailed = "log_in_failed";
    static constexpr const char* kLogOut = "log_out";
    static constexpr const char* kLock = "lock";
    static constexpr const char* kRefused = "refused";
    static constexpr const char* kBackup = "backup";
    static constexpr const char* kRestore = "restore";
    static constexpr const char* kErase = "erase"; // a person and everything that was theirs deleted
    static constexpr const char* kAnonymise = "anonymise"; // a person's identifying details removed

    explicit AuditLog(Database& db)
        : m_db(db)
    { }

    /** Appends one entry for actor. Joins the open transaction, or makes its own. */
    Status record(const Actor& actor, const AuditEvent& event);

    /** Records that actor was refused (for the log), then returns refusal unchanged. */
    Status refused(const Actor& actor, const Status& refusal, const QString& entity, const QString& recordId = {});

    /** Entries matching filter, newest first. Administrators only. */
    Result<QList<AuditEntry>> entries(const Actor& actor, const AuditFilter& filter) const;

    /** The user names that appear in the log, for the viewer's filter. Administrators only. */
    Result<QStringList> userNames(const Actor& actor) const;

    /** Walks the whole chain from the first entry. Reads only hashes and entry fields. */
    Result<AuditVerification> verify() const;

    /**
     * Checks that every entry in an older copy (a backup) is still present, unchanged, in this log:
     * the backup's chain must be a prefix of this one. Finds entries removed from the end.
     */
    Result<AuditVerification> verifyAgainst(const QString& olderCopyPath) const;

    /** The hash an entry should have, from its fields and prevHash. */
    static QByteArray computeHash(const AuditEntry& entry);

    static QStringList actionKeys();

    /** "Opened a record", translated, for the viewer. */
    static QString describeAction(const QString& key);

    static QByteArray genesisHash() { return QByteArray(64, '0'); }

private:
    Database& m_db;
};

} // namespace alongside::core
