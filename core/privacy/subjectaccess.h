#pragma once

#include "core/actor.h"
#include "core/reports/report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace alongside::core {
class Database;
}

namespace alongside::core::privacy {

/** One value of a record, with the column's readable title. */
struct PackField
{
    QString column; // as stored ("held_on")
    QString title; // "Date", translated; the raw name when Alongside has no title for it
    QVariant value; // as stored; null for no value. A blob is described, never held here
    QString label; // for a reference to a list (a course, a role): the item's name
};

/** How a row belongs in the pack. */
enum class PackRowKind
{
    Own, // the person's own record: every column
    Shared, // a record of something they took part in (a supervision session, a meeting, a group)
    Mention, // someone else's record that names them as a worker: dates and kinds only
};

struct PackRow
{
    PackRowKind kind = PackRowKind::Own;
    QString table; // as stored ("session")
    QString tableTitle; // "Sessions", translated; the raw name for a table Alongside has no title for
    qint64 rowId = 0; // SQLite rowid (the id for tables that have one)
    QString via; // how it is linked to the person: "session.worker_id → worker"
    QList<PackField> fields;
    QStringList withheld; // Mention and Shared rows: the columns left out (someone else's data)
};

/** A file held in a record (a training certificate), written beside the PDF. */
struct PackFile
{
    QString table;
    qint64 rowId = 0;
    QString column;
    QString name; // the name it was stored under
    QString fileName; // the name it is written under, unique in the pack
    QByteArray data;
};

/** Someone opened, changed or exported one of the person's records. */
struct PackAuditEntry
{
    QDateTime at; // UTC
    QString userName;
    QString role;
    QString action; // key ("view")
    QString actionText; // "Opened a record", translated
    QString entity;
    QString recordId;
    QStringList fields;
};

/** Everything Alongside holds about one person, for a subject access request. */
struct SubjectAccessPack
{
    static constexpr int kFormatVersion = 1;

    qint64 personId = 0;
    QString reference; // the charity's own reference, if any
    QString name; // as the record has it (the pack is for the person themselves)
    QDateTime generatedAt; // UTC
    QString generatedBy; // user name of whoever gathered it
    int schemaVersion = 0;
    QList<PackRow> rows;
    QList<PackFile> files;
    QList<PackAuditEntry> audit;
    QStringList notes; // what the pack holds and what it leaves out, translated

    /** Rows of table (any kind). */
    QList<const PackRow*> rowsOf(const QString& table) const;
};

/**
 * Subject access: everything held about one person (a person supported, a worker, or both). The
 * person's own data is found by walking the foreign keys of every table (PRAGMA foreign_key_list)
 * from their person row, so a table added later cannot be forgotten: a row linked to them through
 * ON DELETE CASCADE references is theirs and is given whole (sensitive fields and their supervision
 * private notes included: it is their data). A row linked any other way (a session they delivered, a
 * match where they are the mentor, supervision they gave, an action they own, a story written with
 * them, an account linked to them) belongs to someone else's record: it is listed with its dates and
 * kinds only, the other person's words and identity withheld. The records of what they took part in
 * (a supervision session, a meeting, a group session) are given too. So is every audit log entry about
 * their records: who looked at or changed them, and when.
 */
class SubjectAccess
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::privacy::SubjectAccess)

public:
    explicit SubjectAccess(Database& db)
        : m_db(db)
    { }

    /** Gathers the pack. Needs ExportRecords; audit-logged (export, person, "subject access"). */
    Result<SubjectAccessPack> gather(const Actor& actor, qint64 personId);

    /** The pack as JSON (docs/DATA_FORMATS.md, "Subject access pack"). Blobs are named, not embedded. */
    static QByteArray toJson(const SubjectAccessPack& pack);

    /** The pack as a readable report, in sections by area, for the PDF. */
    static report::Report toReport(const SubjectAccessPack& pack);

    /** "2026-11-22 subject access P0042" (the reference, else "person 17"): no name in the file name. */
    static QString baseFileName(const SubjectAccessPack& pack);

    /**
     * Writes <base>.json and the pack's files (under "<base> files/") into folder; the PDF is painted
     * by ui. Returns the JSON's path. Each file appears whole or not at all.
     */
    static Result<QString> writeJsonAndFiles(const SubjectAccessPack& pack, const QString& folder);

    /** "Sessions"; the raw name when there is no title for the table. */
    static QString tableTitle(const QString& table);

    /** "Date held"; the raw name when there is no title for the column. */
    static QString columnTitle(const QString& table, const QString& column);

private:
    Database& m_db;
};

} // namespace alongside::core::privacy
