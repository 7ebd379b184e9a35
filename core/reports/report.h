#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

/**
 * The one report model. Core builds a Report (sections of tables, charts and paragraphs, each table
 * with its n, its period and its definitions); ui paints it on screen, in print and as PDF, and
 * core writes the same Report as CSV, XLSX, HTML and JSON. No renderer computes a number: whatever a
 * reader sees in any format came from here, after suppression.
 *
 * Charts hold no numbers of their own: a Chart names a table and the columns to draw, so a chart can
 * never show what the table has suppressed.
 */
namespace alongside::core::report {

/** A span of days, both ends included. */
struct Period
{
    QString key; // "current", "previous" or "ytd" (year to date); a column's periodKey refers to it
    QString label; // translated, e.g. "Jul–Sep 2026" or "Year to date (Apr–Sep 2026)"
    QDate from;
    QDate to;

    bool contains(const QDate& day) const { return day.isValid() && day >= from && day <= to; }

    int days() const { return from.isValid() && to.isValid() ? int(from.daysTo(to)) + 1 : 0; }
};

enum class CellKind
{
    Text, // a label or words
    Count, // a whole number of people, sessions, hours…: suppressed when below the threshold
    Percent, // a percentage of a count (see Cell::numerator/denominator), shown to one decimal
    Number // any other figure (mean, hours, money, a confidence limit), shown to Cell::decimals
};

/** Why a cell shows no figure. */
enum class Hidden
{
    No,
    Small, // primary suppression: a count below the threshold ("<5")
    Secondary, // suppressed so that a total or a percentage cannot reveal a small cell ("*")
    TooFew, // a statistic over fewer people than the threshold ("–" with a note)
    NotApplicable // nothing to show (a percentage of nothing, an interval from one pair): "–"
};

struct Cell
{
    CellKind kind = CellKind::Text;
    QString text; // Text cells; for others, set by format() after suppression
    double value = 0; // Count, Percent, Number
    int decimals = 0; // Number: decimals shown; Percent: 1
    QString unit; // Number: shown after the figure ("%", "hours"); "£" is shown before
    // Percent: the count it is a share of and the base. A percentage whose numerator is hidden is hidden.
    int numerator = 0;
    int denominator = 0;
    // Number or Percent: the people (or pairs) it is computed over; hidden as TooFew when 0 < base <
    // threshold. -1: not a statistic over people (a population norm, money), never hidden for size.
    int base = -1;
    // Count or Percent: true when the figure is not a number of people a reader could single someone
    // out by (hours, money, meetings, appointments): primary suppression skips it.
    bool notPeople = false;
    Hidden hidden = Hidden::No;
    // Another table's cell holding the same figure ("table id/row key/column key", current period):
    // when that one is hidden this one is too, so one table cannot give away what another hides.
    QString sameAs;

    static Cell label(const QString& text);
    static Cell count(int n);
    static Cell countOf(int n, bool notPeople); // e.g. meetings held, sessions delivered
    static Cell percent(int numerator, int denominator); // NotApplicable when denominator is 0
    static Cell number(double value, int decimals, int base = -1, const QString& unit = {});
    static Cell none(); // NotApplicable

    bool isFigure() const { return kind != CellKind::Text; }

    bool shown() const { return hidden == Hidden::No; }
};

/** How the counts of a table add up, which secondary suppression needs to know. */
enum class Sums
{
    None, // independent figures (people referred; people who attended twice…)
    Down, // in each count column, the rows add up to the row marked total (or to the table's n)
    Across, // in each row, the count columns of one period add up to the column marked total
    Both // a cross-tabulation with row and column totals
};

struct Column
{
    QString key; // stable within the table, e.g. "count", "percent", "n"
    QString title; // translated header
    CellKind kind = CellKind::Text;
    QString periodKey; // "" for label columns; otherwise the Period it belongs to
    bool total = false; // Sums::Across/Both: the column the others add up to
    int percentOf = -1; // Percent column: the index of the count column it is the share of
    // Number column whose figures add up like counts (hours, FTE, money): secondary suppression
    // protects them too, so that a total cannot give away a figure hidden for size.
    bool additive = false;
    // A text column that takes the width to spare (free text that wraps); without one, the first does.
    bool fill = false;
};

struct Row
{
    QString key; // stable within the table (a band key, a source id…), for goldens and comparison
    QList<Cell> cells; // one per column
    bool total = false; // Sums::Down/Both: the row the others add up to
    // 0 for a top-level row; 1 for a row that breaks down the nearest level-0 row above it (a
    // sub-source under its category): those rows add up to their parent, not to the total.
    int level = 0;
};

struct Table
{
    QString id; // stable across versions: "reach.summary", "demographics.gender"… (JSON and goldens)
    QString title;
    QString periodKey = QStringLiteral("current"); // the period the table's n is for
    int n = -1; // the table's base (people, pairs, sessions); -1 when it has none
    Hidden nHidden = Hidden::No; // set by suppress(): n itself is too small to show
    bool nIsPeople = true; // false when n counts meetings, sessions or hours: never hidden for size
    QString nLabel; // what n counts, e.g. "people who attended at least one session"
    QList<Column> columns;
    QList<Row> rows;
    Sums sums = Sums::None;
    bool comparable = true; // may take previous-period and year-to-date columns
    // As at the period's last day (people in post, compliance): year to date would repeat the
    // current column, so it takes only the previous period's.
    bool pointInTime = false;
    QStringList notes; // definitions and footnotes, translated
    QString emptyText; // shown instead of the table when it has no rows

    int columnIndex(const QString& key, const QString& periodKey = QStringLiteral("current")) const;
    int rowIndex(const QString& key) const;
    const Cell* cell(
        const QString& rowKey, const QString& columnKey, const QString& periodKey = QStringLiteral("current")) const;
};

struct ChartSeries
{
    QString name; // legend, translated
    int column = -1; // the table column it draws
};

struct Chart
{
    enum class Kind
    {
        GroupedBars, // a bar per series in each category
        Bars // one series
    };
    QString id;
    QString title;
    Kind kind = Kind::GroupedBars;
    QString tableId; // the table (in the same section) whose rows are the categories
    int categoryColumn = 0;
    QList<ChartSeries> series;
    QString valueAxisTitle; // e.g. "% of people"
    bool percentAxis = true; // 0–100 axis
    bool skipTotalRows = true;
    QString nLabel; // e.g. "n = 64 people with a first and last WEMWBS"
    QStringList notes;
};

struct Block
{
    enum class Kind
    {
        Paragraph, // heading (optional) and text
        Table,
        Chart,
        Story // a consented story: heading = title, text = anonymised text
    };
    Kind kind = Kind::Paragraph;
    QString heading;
    QString text;
    Table table;
    Chart chart;

    static Block paragraph(const QString& text, const QString& heading = {});
    static Block ofTable(Table table);
    static Block ofChart(Chart chart);
    static Block story(const QString& title, const QString& text);
};

struct Section
{
    QString id; // "reach", "referrals", "demographics", "wellbeing", "goals", "exit", "talking_therapies",
                // "workforce", "coproduction", "stories", or a list report's own
    QString title;
    QList<Block> blocks;

    const Table* table(const QString& id) const;
    Table* table(const QString& id);
};

struct Report
{
    static constexpr int kJsonVersion = 1; // bump only with a documented, breaking change

    QString id; // "quarterly", "compliance", "supervision-overdue", "caseloads", "match-outcomes",
                // "workforce-snapshot", or "list" for an exported list view
    QString title;
    QString subtitle; // e.g. "Quarterly report for trustees and funders"
    QString organisation; // the charity's name from Settings
    QByteArray logoPng; // from Settings; may be empty
    Period period; // key "current"
    QDate asOf; // for "as at" reports; invalid otherwise
    QList<Period> comparisons; // "previous", "ytd": extra columns in comparable tables
    QDateTime generatedAt; // local time
    QString generatedBy; // the account's display role, never a person's name, e.g. "Coordinator"
    int threshold = 5; // the suppression threshold in force
    bool suppressed = true; // false only for a coordinator's on-screen preview
    // True for an internal list that names people (compliance matrix, caseloads…): never suppressed,
    // never for trustees (its builder requires the permission that reading those names needs).
    bool namesPeople = false;
    bool anythingHidden = false; // set by suppress(): at least one cell was hidden for size
    QList<Section> sections;
    QStringList notes; // report-wide notes (definitions, suppression), translated

    const Period* periodFor(const QString& key) const;
    const Section* section(const QString& id) const;
    const Table* table(const QString& id) const; // searched in every section
};

/** What a report is asked for; the same for the screen, the command line and the benchmarks. */
struct Request
{
    QString reportId = QStringLiteral("quarterly");
    QDate from;
    QDate to;
    QDate asOf; // "as at" reports; defaults to `to`, then today
    bool comparePrevious = false;
    bool compareYearToDate = false;
    bool suppress = true; // only a role that may see small numbers can turn this off
};

/**
 * Reports progress while building: step of steps, and what it is doing (translated). Returns false
 * to cancel; the builder then stops at its next step and returns Error::Code::Cancelled.
 */
using Progress = std::function<bool(int step, int steps, const QString& doing)>;

} // namespace alongside::core::report
