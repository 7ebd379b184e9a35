#pragma once

#include "core/reports/report.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

/**
 * Writing a Report as a file. Every writer reads the same Report, after suppression and format():
 * a hidden cell is written as its hidden text ("<5", "*", "n<5", "–") and never as its value.
 * The PDF and print renderers are in ui (they paint); these are in core (they only write bytes).
 */
namespace alongside::core::report {

enum class Format
{
    Pdf, // ui only: see ui/reports/reportrender.h
    Html,
    Csv,
    Xlsx,
    Json
};

/** "pdf", "html", "csv", "xlsx", "json" (lower case), or nullopt. */
std::optional<Format> formatFromName(const QString& name);
QString formatName(Format format); // "pdf"…
QString formatSuffix(Format format); // ".pdf"…

/**
 * JSON, documented in docs/REPORT_JSON.md and stable: {"format": "alongside-report", "version": 1, …}.
 * Compact when indented is false. Keys in a fixed order so that goldens compare byte for byte.
 */
QByteArray toJson(const Report& report, bool indented = true);

/**
 * CSV (RFC 4180 through csv::write): one block per table, each headed by its section, title, period
 * and n, then the header row(s) and rows, then its notes; a blank line between tables.
 */
QByteArray toCsv(const Report& report);

/** A self-contained HTML page (inline CSS; the logo as a data: URL; charts as tables). */
QByteArray toHtml(const Report& report);

/**
 * XLSX through libxlsxwriter (Debian libxlsxwriter-dev): a "Report" sheet with every table (numbers
 * as numbers, hidden cells as text), the notes, and a sheet per section when there are several.
 */
Result<QByteArray> toXlsx(const Report& report);

/**
 * Writes report as format to filePath whole or not at all (a full disk never leaves half a file):
 * the error says what happened and what to do. Pdf is refused here (ui writes PDFs).
 */
Status saveAs(const Report& report, Format format, const QString& filePath);

} // namespace alongside::core::report
