#pragma once

#include "core/actor.h"
#include "core/reports/report.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace alongside::core {
class Database;
}

/**
 * Building reports: the catalogue, the one entry point (build), the standard periods, suppression
 * and comparison columns. Every report needs Permissions::RunAggregateReports and reads no names.
 */
namespace alongside::core::report {

struct ReportInfo
{
    QString id; // "quarterly", "compliance", "supervision-overdue", "caseloads", "match-outcomes",
                // "workforce-snapshot"
    QString title; // translated
    QString description; // translated, one sentence
    bool usesPeriod = false; // from–to
    bool usesAsOf = false; // "as at" a day
    bool hasComparisons = false; // previous period and year to date
    // An internal list that names people (Report::namesPeople): never suppressed, and so never offered
    // an unsuppressed preview or shown to a role that must see suppressed figures.
    bool namesPeople = false;
};

/** Every report the app and the command line can build, in menu order. */
QList<ReportInfo> catalogue();
std::optional<ReportInfo> info(const QString& reportId);

/**
 * Builds the report request.reportId asks for, reading db as actor. Suppression follows
 * request.suppress, except that a role which must see suppressed figures (Permissions::mustSuppress)
 * always gets them. Bad dates (missing, to before from, a range longer than 5 years, a from-date in
 * the future) give InvalidInput saying what to change; an unknown report id InvalidInput naming the
 * ones there are; cancelling through progress gives Error::Code::Cancelled.
 *
 * Safe to call from a worker thread when db was opened in that thread (Database::open with
 * Access::ReadOnly opens a second connection with no lock). All reading happens inside one read
 * transaction, so every figure comes from the same moment even while someone else is saving.
 */
Result<Report> build(Database& db, const Actor& actor, const Request& request, const Progress& progress = {});

// --- Periods ------------------------------------------------------------------------------------

/** The financial quarter (quarters start in yearStartMonth) containing day. Key "current". */
Period quarterContaining(const QDate& day, int yearStartMonth);
/** The financial year containing day. */
Period financialYearContaining(const QDate& day, int yearStartMonth);
/** A period with from–to and a label made for it ("Jul–Sep 2026", "1 Jul 2026 – 14 Aug 2026"). */
Period makePeriod(
    const QDate& from, const QDate& to, int yearStartMonth, const QString& key = QStringLiteral("current"));
/**
 * The period of the same shape just before p: the previous quarter for a quarter, the previous
 * financial year for a year, otherwise the same number of days ending the day before p.from.
 * Key "previous".
 */
Period previousPeriod(const Period& p, int yearStartMonth);
/** From the start of p.to's financial year to p.to. Key "ytd". */
Period yearToDate(const Period& p, int yearStartMonth);

// --- Suppression and presentation ---------------------------------------------------------------

/**
 * Small-number suppression over every table of report, in place:
 *  1. primary: a Count (of people, not notPeople) with 0 < value < threshold is Hidden::Small;
 *  2. a Number or Percent over 0 < base < threshold people is Hidden::TooFew;
 *  3. secondary, repeated until nothing changes: in every group of counts that add up to a shown
 *     total (Table::sums; level-1 rows to their parent; each period's columns apart), a group with
 *     exactly one hidden cell hides its smallest other non-zero cell as well (Hidden::Secondary),
 *     or the total when there is no other;
 *  4. a Percent whose numerator cell is hidden (its count column, same row) is hidden too.
 * Zero is shown: it singles no one out. Sets report.threshold, report.suppressed and
 * report.anythingHidden and adds the note that says what was done.
 */
void suppress(Report& report, int threshold);

/** Fills every figure's Cell::text for display in locale ("<5", "*", "–" for hidden cells). */
void format(Report& report, const QLocale& locale = QLocale());

/** The text a hidden cell shows, e.g. "<5". */
QString hiddenText(Hidden hidden, int threshold);

/**
 * Adds the comparable tables' figure columns of each comparison report (same table id, rows matched
 * by key; a row the current table lacks is added with empty current cells) to current, and lists
 * their periods in current.comparisons. Tables with more than kMaxComparedFigures figure columns are
 * left as they are. Charts keep drawing the current period.
 */
void addComparisons(Report& current, const QList<Report>& comparisons);

/** Tables with more figure columns than this show the current period only (A4 width). */
inline constexpr int kMaxComparedFigures = 3;

/** A list view's rows as a one-table report ("list"), for CSV, XLSX and printing as filtered. */
Report listReport(const QString& title, const QStringList& headers, const QList<QStringList>& rows,
    const QString& filterDescription, const QString& organisation);

} // namespace alongside::core::report
