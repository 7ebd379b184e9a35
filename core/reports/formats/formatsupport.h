#pragma once

#include "core/reports/report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/** What the report writers (JSON, CSV, HTML, XLSX) share. Internal to core/reports/formats. */
namespace alongside::core::report::formats {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::Formats)
};

/**
 * A copy of report ready to write: every figure has its display text (format() in the default
 * locale when the caller has not formatted it), and every hidden cell carries its hidden text and
 * no figure at all (value, numerator and denominator zeroed), so that no writer can leak one.
 */
Report prepared(const Report& report);

/** "small", "secondary", "too_few", "not_applicable", or "" when shown. */
QString hiddenName(Hidden hidden);

/** The period labels a table's figure columns belong to, its own period first. */
QStringList periodLabels(const Report& report, const Table& table);

/** A column's header, with its period's label when it belongs to another period than the table. */
QString columnHeader(const Report& report, const Table& table, const Column& column);

/** "n = 64 people who attended…", "n = <5 …", or "" when the table has no n. */
QString nLine(const Report& report, const Table& table);

/** "Generated 22 Nov 2026 09:30 by Coordinator" (empty parts left out). */
QString generatedLine(const Report& report);

/** The table a chart draws, looked for in section first and then in the whole report. */
const Table* chartTable(const Report& report, const Section& section, const Chart& chart);

} // namespace alongside::core::report::formats
