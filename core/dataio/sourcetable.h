#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alongside::core::dataio {

/** How a CSV file's bytes were read. */
enum class Encoding
{
    Utf8, // UTF-8 without a byte-order mark (plain ASCII too)
    Utf8Bom, // UTF-8 starting with a byte-order mark (Excel's "CSV UTF-8")
    Windows1252, // not valid UTF-8: read as Windows-1252 (Excel's plain "CSV" on a UK PC)
};

enum class SourceFormat
{
    Csv,
    Xlsx,
};

/** One row of data as it stands in the file. */
struct SourceRow
{
    // The row number a spreadsheet program shows for this row (1 = the first), so that "Row 7" in a
    // message is row 7 in Excel or LibreOffice. XLSX: the sheet's row number. CSV: each record is one
    // row however many lines of text its quoted cells span (an address with a line break is still
    // one row), and blank lines count as the blank rows a spreadsheet shows.
    int line = 0;
    QStringList cells; // as many as the row has: may be fewer or more than the headers
};

/**
 * A spreadsheet read into text: the first non-blank row is the header; rows that are wholly blank
 * are left out (their row numbers are simply skipped). Cells are text exactly as the file holds
 * them, except that XLSX dates (numbers in a date format) arrive as ISO "yyyy-MM-dd" (with
 * " hh:mm" when there is a time of day), numbers in their shortest exact decimal form ("12",
 * "7.5"), and booleans as "TRUE"/"FALSE". Nothing is trimmed here.
 */
struct SourceTable
{
    SourceFormat format = SourceFormat::Csv;
    QString fileName; // the file's name without its folder, for messages; empty when read from memory
    Encoding encoding = Encoding::Utf8; // CSV
    QChar delimiter = QLatin1Char(','); // CSV: ',', ';' or '\t'
    QString sheetName; // XLSX: the sheet read
    QStringList sheetNames; // XLSX: every sheet in the workbook, in order
    int headerLine = 1; // the header's row number, counted as SourceRow::line is
    QStringList headers;
    QList<SourceRow> rows;
};

struct ReadOptions
{
    QString sheet; // XLSX: the sheet to read by name; empty: the first
    std::optional<QChar> delimiter; // CSV: use this instead of detecting one
    std::optional<Encoding> encoding; // CSV: use this instead of detecting one
};

/** The largest file read (bytes); a bigger one is refused with a message saying so. */
inline constexpr qint64 kMaxSourceBytes = 64LL * 1024 * 1024;

/**
 * Reads a CSV (.csv, .txt, .tsv) or an Excel workbook (.xlsx) by its content, not its name.
 * Refuses, with a message saying what is wrong and what to do (Error::Code::InvalidInput, or Io when
 * the file cannot be read): a missing or unreadable file, an empty file, an old .xls workbook
 * ("save it as .xlsx or CSV"), a damaged or password-protected workbook, a file that is not a
 * spreadsheet at all, one bigger than kMaxSourceBytes, and CSV whose quotes never close (naming the
 * row where the open quote starts, and its line of text when that differs).
 */
Result<SourceTable> readFile(const QString& path, const ReadOptions& options = {});

/** CSV from memory: encoding (BOM, UTF-8, else Windows-1252) and delimiter (, ; tab) detected. */
Result<SourceTable> readCsv(const QByteArray& data, const ReadOptions& options = {});

/** An .xlsx workbook from memory (libzip for the container, QXmlStreamReader for the parts). */
Result<SourceTable> readXlsx(const QByteArray& data, const ReadOptions& options = {});

/** "UTF-8", "UTF-8 with a byte-order mark", "Windows-1252 (Western European)", translated. */
QString encodingName(Encoding encoding);

/** "comma", "semicolon", "tab", translated. */
QString delimiterName(QChar delimiter);

} // namespace alongside::core::dataio
