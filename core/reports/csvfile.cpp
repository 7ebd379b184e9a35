#include "csvfile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

#include <csv.h>

namespace alongside::core::csv {

namespace {

class Csv
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::Csv)
};

QByteArray quoted(const QString& cell)
{
    QString text = cell;
    // A plain signed number ("-2.66", "+3%") is not a formula: it stays a number in a spreadsheet.
    static const QRegularExpression plainNumber(QStringLiteral("^[-+][0-9][0-9.,]*%?$"));
    if (!text.isEmpty() && !plainNumber.match(text).hasMatch()) {
        const QChar first = text.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
            text.prepend(QLatin1Char('\''));
        }
    }
    const QByteArray utf8 = text.toUtf8();
    QByteArray out(int(utf8.size()) * 2 + 2, Qt::Uninitialized);
    const std::size_t n = csv_write(out.data(), std::size_t(out.size()), utf8.constData(), std::size_t(utf8.size()));
    out.truncate(qsizetype(n));
    return out;
}

struct ParseState
{
    QList<QStringList> rows;
    QStringList current;
};

void onField(void* data, std::size_t length, void* state)
{
    auto* s = static_cast<ParseState*>(state);
    s->current << (data ? QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)) : QString());
}

void onRow(int, void* state)
{
    auto* s = static_cast<ParseState*>(state);
    s->rows << s->current;
    s->current.clear();
}

} // namespace

QByteArray write(const QList<QStringList>& rows)
{
    QByteArray out("\xEF\xBB\xBF");
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0) {
                out += ',';
            }
            out += quoted(row[i]);
        }
        out += "\r\n";
    }
    return out;
}

Result<QList<QStringList>> parse(const QByteArray& input)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        return Error { Error::Code::Io, Csv::tr("There was not enough memory to read the file."), {} };
    }
    ParseState state;
    const std::size_t done = csv_parse(&parser, data.constData(), std::size_t(data.size()), onField, onRow, &state);
    const bool ok = done == std::size_t(data.size()) && csv_fini(&parser, onField, onRow, &state) == 0;
    const int code = csv_error(&parser);
    csv_free(&parser);
    if (!ok) {
        const int line = int(data.left(qsizetype(done)).count('\n')) + 1;
        return Error { Error::Code::InvalidInput,
            Csv::tr("The file is not valid CSV near line %1 (%2). Check that quotes are paired, or save it again "
                    "from your spreadsheet as \"CSV UTF-8\".")
                .arg(line)
                .arg(QString::fromLatin1(csv_strerror(code))),
            {} };
    }
    if (QString::fromUtf8(data).contains(QChar::ReplacementCharacter)) {
        return Error { Error::Code::InvalidInput,
            Csv::tr("The file is not in UTF-8, so some letters would be garbled. Save it again from your spreadsheet "
                    "as \"CSV UTF-8\" and try again."),
            {} };
    }
    return state.rows;
}

Status saveFile(const QString& filePath, const QByteArray& data)
{
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error { Error::Code::Io,
            Csv::tr("The file could not be saved (%1). Check that the folder exists, that you may write to it and "
                    "that the disk is not full, then try again.")
                .arg(file.errorString()),
            filePath };
    }
    return Status::ok();
}

} // namespace alongside::core::csv
