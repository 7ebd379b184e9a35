// CSV into a SourceTable: libcsv parses; this file finds the encoding and the delimiter, and numbers
// each record as a spreadsheet program shows it (one row per record, however many lines of text its
// quoted cells span; a blank line is a blank row) by giving libcsv the text one line at a time.

#include "core/dataio/readersupport.h"
#include "core/dataio/sourcetable.h"
#include "core/dataio/textdecode.h"

#include <array>
#include <csv.h>

namespace alongside::core::dataio {

namespace {

// libcsv's parser states (csv_parser::pstate) as libcsv.c names them: ROW_NOT_BEGUN between
// records, FIELD_BEGUN inside a field (a quoted one when csv_parser::quoted is set).
constexpr int kRowNotBegun = 0;
constexpr int kFieldBegun = 2;

// How many records (at most) the delimiter is guessed from.
constexpr int kSniffRecords = 20;

constexpr std::array<char, 3> kDelimiters { ',', ';', '\t' };

// Where the line that starts at `from` ends: after its "\n", "\r\n" or lone "\r" (a classic Mac
// file), or at the end of the text.
qsizetype lineEnd(const QByteArray& text, qsizetype from)
{
    const qsizetype size = text.size();
    const char* data = text.constData();
    for (qsizetype i = from; i < size; ++i) {
        if (data[i] == '\n') {
            return i + 1;
        }
        if (data[i] == '\r') {
            return (i + 1 < size && data[i + 1] == '\n') ? i + 2 : i + 1;
        }
    }
    return size;
}

// For each candidate, how many of the first records have the same number of delimiters (outside
// quotes) as the first record; the most consistent wins, comma on a tie. A candidate that does not
// appear in the first record cannot win.
char detectDelimiter(const QByteArray& text)
{
    std::array<QList<int>, kDelimiters.size()> counts;
    std::array<int, kDelimiters.size()> current {};
    bool inQuotes = false;
    bool blank = true;
    int records = 0;
    const qsizetype limit = std::min<qsizetype>(text.size(), 256 * 1024);
    for (qsizetype i = 0; i < limit && records < kSniffRecords; ++i) {
        const char c = text.at(i);
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice
            blank = false;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (!blank) {
                for (std::size_t d = 0; d < kDelimiters.size(); ++d) {
                    counts[d] << current[d];
                }
                ++records;
            }
            current = {};
            blank = true;
        } else if (!inQuotes) {
            for (std::size_t d = 0; d < kDelimiters.size(); ++d) {
                if (c == kDelimiters[d]) {
                    ++current[d];
                }
            }
            if (c != ' ') {
                blank = false;
            }
        }
    }
    if (!blank && records < kSniffRecords) {
        for (std::size_t d = 0; d < kDelimiters.size(); ++d) {
            counts[d] << current[d];
        }
    }
    char best = ',';
    int bestScore = 0;
    for (std::size_t d = 0; d < kDelimiters.size(); ++d) {
        if (counts[d].isEmpty() || counts[d].front() == 0) {
            continue;
        }
        const int score = int(counts[d].count(counts[d].front()));
        if (score > bestScore) {
            best = kDelimiters[d];
            bestScore = score;
        }
    }
    return best;
}

struct ParseState
{
    QList<SourceRow> rows;
    QStringList current;
    int recordLine = 1; // the spreadsheet row of the record being read (1 = the first)
    qsizetype cells = 0;
    bool tooManyCells = false;
};

void onField(void* data, std::size_t length, void* state)
{
    auto* s = static_cast<ParseState*>(state);
    if (++s->cells > reader::kMaxCells) {
        s->tooManyCells = true;
        return;
    }
    s->current << (data ? QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)) : QString());
}

void onRow(int, void* state)
{
    auto* s = static_cast<ParseState*>(state);
    if (reader::isBlankRow(s->current)) {
        s->cells -= s->current.size();
    } else {
        SourceRow row;
        row.line = s->recordLine;
        row.cells = std::move(s->current);
        s->rows << std::move(row);
    }
    s->current.clear();
}

// Nothing counts as padding: cells keep their spaces and tabs.
int noSpace(unsigned char)
{
    return 0;
}

// The line of text (1 = the first) on which the quote that never closes opened, reading as libcsv
// does (without CSV_STRICT) from the start of the record that did not end, which is on `line`: a
// quote opens a field only as its first character, and closes only when followed by the delimiter,
// a line break or the end.
int unclosedQuoteLine(const QByteArray& text, qsizetype from, int line, char delimiter)
{
    bool inQuotes = false;
    bool fieldStart = true;
    int openedOn = line;
    const qsizetype size = text.size();
    for (qsizetype i = from; i < size; ++i) {
        const char c = text.at(i);
        const bool lineBreak = c == '\n' || (c == '\r' && !(i + 1 < size && text.at(i + 1) == '\n'));
        if (inQuotes) {
            if (c == '"') {
                const char next = i + 1 < size ? text.at(i + 1) : '\n';
                if (next == '"') {
                    ++i;
                } else if (next == delimiter || next == '\n' || next == '\r') {
                    inQuotes = false;
                    fieldStart = false;
                }
            } else if (lineBreak) {
                ++line;
            }
            continue;
        }
        if (c == '"' && fieldStart) {
            inQuotes = true;
            openedOn = line;
            fieldStart = false;
        } else if (c == delimiter || c == '\r' || c == '\n') {
            fieldStart = true;
            if (lineBreak) {
                ++line;
            }
        } else {
            fieldStart = false;
        }
    }
    return openedOn;
}

} // namespace

Result<SourceTable> readCsv(const QByteArray& data, const ReadOptions& options)
{
    if (data.size() > kMaxSourceBytes) {
        return reader::tooBig(data.size());
    }
    if (data.isEmpty()) {
        return reader::refuse(SourceReader::tr("The file is empty: it has no rows. Check that you chose the right "
                                               "file, and that it was saved with its data."));
    }
    if (reader::isOleContainer(data)) {
        return reader::oleRefusal(data);
    }
    if (decode::hasUtf16Bom(data)) {
        return reader::refuse(SourceReader::tr("The file is saved as \"Unicode Text\" (UTF-16), which Alongside "
                                               "cannot read. Save it again from your spreadsheet as \"CSV UTF-8\" "
                                               "and import that file."));
    }
    if (data.contains('\0')) {
        return reader::refuse(SourceReader::tr("The file is not a text spreadsheet: it holds binary data. Choose a "
                                               "CSV file or an Excel workbook (.xlsx)."));
    }

    SourceTable table;
    table.format = SourceFormat::Csv;
    table.encoding = options.encoding ? *options.encoding : decode::detectEncoding(data);
    const QByteArray text = decode::toUtf8(data, table.encoding);

    char delimiter = ',';
    if (options.delimiter) {
        const char16_t given = options.delimiter->unicode();
        if (given == 0 || given > 0x7F || given == u'"' || given == u'\n' || given == u'\r') {
            return reader::refuse(SourceReader::tr("\"%1\" cannot separate the columns of a CSV file. Choose comma, "
                                                   "semicolon or tab.")
                                      .arg(*options.delimiter));
        }
        delimiter = char(given);
    } else {
        delimiter = detectDelimiter(text);
    }
    table.delimiter = QLatin1Char(delimiter);

    csv_parser parser;
    // Not CSV_STRICT: a stray quote inside a cell (O"Brien) is kept as it stands. csv_fini reports
    // an unclosed quote only in strict mode, so the parser's state is looked at before it.
    if (csv_init(&parser, CSV_APPEND_NULL) != 0) {
        return Error { Error::Code::Io, SourceReader::tr("There was not enough memory to read the file."), {} };
    }
    csv_set_delim(&parser, static_cast<unsigned char>(delimiter));
    csv_set_space_func(&parser, noSpace);

    ParseState state;
    qsizetype recordOffset = 0;
    int recordTextLine = 1; // the line of text the record being read starts on
    int line = 1;
    int spreadsheetRow = 0;
    bool ok = true;
    for (qsizetype pos = 0; pos < text.size() && ok && !state.tooManyCells; ++line) {
        const qsizetype end = lineEnd(text, pos);
        // A line that starts outside a record starts a new row, blank or not (a spreadsheet shows
        // blank rows); a line inside a quoted cell continues the row it is part of.
        if (parser.pstate == kRowNotBegun) {
            state.recordLine = ++spreadsheetRow;
            recordOffset = pos;
            recordTextLine = line;
        }
        const std::size_t length = std::size_t(end - pos);
        ok = csv_parse(&parser, text.constData() + pos, length, onField, onRow, &state) == length;
        pos = end;
    }
    const bool unclosedQuote = ok && parser.pstate == kFieldBegun && parser.quoted;
    ok = ok && !unclosedQuote && csv_fini(&parser, onField, onRow, &state) == 0;
    const int code = csv_error(&parser);
    csv_free(&parser);
    if (state.tooManyCells) {
        return reader::tooManyCells();
    }
    if (!ok) {
        if (unclosedQuote) {
            // The row is the one a spreadsheet shows (the rest of the file runs into it); the line
            // of text is named too when it differs, for whoever opens the file in a text editor.
            const int textLine = unclosedQuoteLine(text, recordOffset, recordTextLine, delimiter);
            const QString message = textLine == state.recordLine
                ? SourceReader::tr("The quote (\") that opens in row %1 is never closed, so the rest of the file "
                                   "would run into one cell. Add the closing quote, or save the file again from "
                                   "your spreadsheet as \"CSV UTF-8\".")
                      .arg(state.recordLine)
                : SourceReader::tr("The quote (\") that opens in row %1 (line %2 of the text) is never closed, so "
                                   "the rest of the file would run into one cell. Add the closing quote, or save "
                                   "the file again from your spreadsheet as \"CSV UTF-8\".")
                      .arg(state.recordLine)
                      .arg(textLine);
            return reader::refuse(message);
        }
        return Error { Error::Code::Io,
            SourceReader::tr("There was not enough memory to read the file. Split it into smaller files and "
                             "import each one."),
            QString::fromLatin1(csv_strerror(code)) };
    }
    if (state.rows.isEmpty()) {
        return reader::refuse(SourceReader::tr("The file has no rows: every line is blank. Check that you chose the "
                                               "right file, and that it was saved with its data."));
    }
    SourceRow header = state.rows.takeFirst();
    table.headerLine = header.line;
    table.headers = std::move(header.cells);
    table.rows = std::move(state.rows);
    return table;
}

} // namespace alongside::core::dataio
