#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "core/supervision/supervisiontypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace alongside::core {

class Database;

/** A labelled line of a printed record: "Date" / "3 November 2026". */
struct ReportLine
{
    QString label;
    QString value;

    bool operator==(const ReportLine&) const = default;
};

/**
 * What supervision records look like outside Alongside: the compliance table as CSV and print,
 * and a single record as print. Every path here is built from the shareable parts only: a
 * SupervisionEntry's privateNotes are never read by any function in this class, whatever the
 * entry holds (tests check each path with notes present).
 */
class SupervisionReport
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::SupervisionReport)

public:
    explicit SupervisionReport(Database& db)
        : m_db(db)
    { }

    /** The compliance table as CSV with a header row: the same rows and columns as the screen. */
    static QByteArray toCsv(const SupervisionCompliance& table);
    /** Writes toCsv() to filePath (ExportRecords; audited with the row count, not names). */
    Status exportCsv(const Actor& actor, const SupervisionCompliance& table, const QString& filePath);

    /** Column titles and cell texts of the table, shared by the screen, print and CSV. */
    static QStringList columnTitles();
    static QStringList rowTexts(const SupervisionStatus& row);
    /** "Overdue by 12 days", "Due in 3 days", "Due today", "Up to date". */
    static QString stateText(const SupervisionStatus& row, const QDate& asOf);

    /**
     * A single record for printing, in order: date, duration, type, format, supervisor (with
     * kind), supervisees with check-in and check-out, themes, shareable summary, actions (owner,
     * due, done), sign-offs. Never the private notes: a last line says they are kept in Alongside
     * and never printed, when the record has any.
     */
    static QList<ReportLine> recordLines(const SupervisionEntry& entry);

    /**
     * Records that the table (entryId 0: ExportRecords) or one record (anyone who may see that
     * record) was printed. Audited.
     */
    Status recordPrint(const Actor& actor, const QString& what, qint64 entryId = 0);

private:
    Database& m_db;
};

} // namespace alongside::core
