#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace alongside::core {
class Database;
}

namespace alongside::core::dataio {

/** One table as written: its file, its columns and how many rows it holds. */
struct ExportedTable
{
    QString name; // the table ("person")
    QString fileName; // "person.csv"
    QStringList columns; // the header row, in the table's column order
    QStringList withheld; // columns whose cells were left empty (sensitive, private notes, credentials)
    qint64 rows = 0;
};

/** What a full export wrote. */
struct FullExportResult
{
    QString folder; // the finished folder
    QList<ExportedTable> tables;
    int certificates = 0; // files written under certificates/
    QDateTime generatedAt; // UTC
    bool includesSensitive = false;
};

/** Reports progress (done of total steps, what it is doing, translated); return false to cancel. */
using FullExportProgress = std::function<bool(int done, int total, const QString& doing)>;

/**
 * The whole database as a folder of CSV files, one per table of schema::tableNames(), for a
 * charity that leaves Alongside, an auditor or an archive. Each file has the column names as its
 * header, NULL as an empty cell and dates as stored (ISO 8601). Training certificates are written
 * as files under certificates/ and the cell names the file. README.txt says what the folder is,
 * who made it and when, how many rows each table holds, and that it holds special-category data
 * that must be kept safe and deleted when no longer needed; manifest.json says the same for programs.
 *
 * The sensitive fields (schema::sensitiveFields()) are left empty unless includeSensitive is asked
 * for; supervision private notes are ALWAYS left empty (only the parties may read them), and so are
 * account passwords' hashes and salts (credentials are not records).
 *
 * Everything is written into a hidden sibling folder which is renamed into place at the end: a full
 * disk, an error or a cancel leaves nothing behind. Administrators only (ExportRecords and
 * ChangeSettings); audit-logged with the row count of each table, never a value.
 */
class FullExport
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::dataio::FullExport)

public:
    explicit FullExport(Database& db)
        : m_db(db)
    { }

    /** Ok when actor may make a full export (for screens deciding what to show). */
    static Status mayExport(const Actor& actor);

    /** "Alongside export 2026-11-22": a folder name to suggest. */
    static QString suggestedFolderName();

    /**
     * Writes the export to folder, which must not exist yet (its parent must). On any failure the
     * partial folder is removed and the error says what happened; cancelling gives Error::Code::Cancelled.
     */
    Result<FullExportResult> run(
        const Actor& actor, const QString& folder, bool includeSensitive, const FullExportProgress& progress = {});

    /** Columns never written, whatever is asked: table -> columns. */
    static QList<QPair<QString, QString>> neverExported();

private:
    Database& m_db;
};

} // namespace alongside::core::dataio
