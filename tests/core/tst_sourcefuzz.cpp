// Random and damaged input never crashes or hangs the import readers (core/dataio/sourcetable.h):
// each case gives a table or an error with a message. A fixed seed makes every failure
// reproducible; a failing case prints its seed and case number.

#include "core/dataio/sourcetable.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zip.h>

using namespace alongside::core;
using namespace alongside::core::dataio;

namespace {

constexpr quint32 kSeed = 20261122;

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What every answer must be: an error with a message, or a table that keeps the promises of
// sourcetable.h (rows after the header, in line order, none of them blank).
QString problemWith(const Result<SourceTable>& result)
{
    if (!result.isOk()) {
        if (result.error().code == Error::Code::None) {
            return QStringLiteral("an error without a code");
        }
        return result.message().isEmpty() ? QStringLiteral("an error without a message") : QString();
    }
    const SourceTable& table = result.value();
    int last = table.headerLine;
    if (last < 1) {
        return QStringLiteral("header line %1").arg(last);
    }
    for (const SourceRow& row : table.rows) {
        if (row.line <= last) {
            return QStringLiteral("row line %1 after %2").arg(row.line).arg(last);
        }
        last = row.line;
        bool blank = true;
        for (const QString& cell : row.cells) {
            blank = blank && cell.trimmed().isEmpty();
        }
        if (blank) {
            return QStringLiteral("blank row kept at line %1").arg(row.line);
        }
    }
    return {};
}

QByteArray smallWorkbook(const QString& folder)
{
    const QByteArray path = (folder + QStringLiteral("/small.xlsx")).toUtf8();
    lxw_workbook* wb = workbook_new(path.constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "People");
    workbook_add_worksheet(wb, "Second");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    worksheet_write_string(ws, 0, 0, "Name", nullptr);
    worksheet_write_string(ws, 0, 1, "Born", nullptr);
    worksheet_write_string(ws, 0, 2, "Score", nullptr);
    lxw_datetime born = { 1990, 2, 3, 0, 0, 0 };
    worksheet_write_string(ws, 1, 0, "Ann", nullptr);
    worksheet_write_datetime(ws, 1, 1, &born, date);
    worksheet_write_number(ws, 1, 2, 7.5, nullptr);
    worksheet_write_boolean(ws, 3, 0, 1, nullptr);
    worksheet_write_formula_num(ws, 3, 2, "=1+1", nullptr, 2);
    if (workbook_close(wb) != LXW_NO_ERROR) {
        return {};
    }
    return readBytes(QString::fromUtf8(path));
}

// The parts of a zip, unpacked, so that they can be damaged and packed again.
QList<std::pair<QByteArray, QByteArray>> unpack(const QByteArray& data)
{
    QList<std::pair<QByteArray, QByteArray>> parts;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error);
    zip_t* z = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    zip_error_fini(&error);
    if (!z) {
        zip_source_free(source);
        return parts;
    }
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        zip_stat_t st;
        zip_file_t* f = zip_fopen_index(z, zip_uint64_t(i), 0);
        if (!f || zip_stat_index(z, zip_uint64_t(i), 0, &st) != 0) {
            continue;
        }
        QByteArray bytes(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t n = zip_fread(f, bytes.data(), st.size);
        zip_fclose(f);
        if (n == zip_int64_t(st.size)) {
            parts << std::make_pair(QByteArray(st.name), bytes);
        }
    }
    zip_discard(z);
    return parts;
}

QByteArray pack(const QString& folder, const QList<std::pair<QByteArray, QByteArray>>& parts)
{
    const QByteArray path = (folder + QStringLiteral("/packed.zip")).toUtf8();
    int error = 0;
    zip_t* z = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z) {
        return {};
    }
    for (const auto& [name, bytes] : parts) {
        zip_source_t* s = zip_source_buffer(z, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        if (!s || zip_file_add(z, name.constData(), s, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(s);
        }
    }
    if (zip_close(z) != 0) {
        zip_discard(z);
        return {};
    }
    return readBytes(QString::fromUtf8(path));
}

void flipBytes(QByteArray& data, QRandomGenerator& random, int flips)
{
    for (int f = 0; f < flips && !data.isEmpty(); ++f) {
        const qsizetype at = random.bounded(int(data.size()));
        data[at] = char(uchar(data.at(at)) ^ uchar(1 + random.bounded(255)));
    }
}

} // namespace

class TstSourceFuzz : public QObject
{
    Q_OBJECT

private slots:
    void randomBytes();
    void csvLikeText();
    void csvTruncations();
    void csvRowNumbers();
    void xlsxTruncations();
    void xlsxByteFlips();
    void xlsxDamagedParts();
};

#define CHECK_CASE(result, i, seed)                                                                                    \
    do {                                                                                                               \
        const QString problem = problemWith(result);                                                                   \
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("seed %1, case %2: %3").arg(seed).arg(i).arg(problem))); \
    } while (false)

void TstSourceFuzz::randomBytes()
{
    QRandomGenerator random(kSeed);
    for (int i = 0; i < 1000; ++i) {
        QByteArray data(random.bounded(400), Qt::Uninitialized);
        for (char& c : data) {
            c = char(random.bounded(256));
        }
        if (i % 4 == 1) {
            data.prepend("PK\x03\x04"); // a zip's start, so libzip gets random bytes too
        } else if (i % 4 == 2) {
            data.replace('\0', 'x'); // no NUL, so the CSV parser gets the bytes
        }
        CHECK_CASE(readCsv(data), i, kSeed);
        CHECK_CASE(readXlsx(data), i, kSeed);
    }
}

void TstSourceFuzz::csvLikeText()
{
    static const QList<QByteArray> alphabet { "\"", "\"", ",", ";", "\t", "\n", "\r", "\r\n", " ", "a", "Bb", "1",
        "\xEF\xBB\xBF", "\xE9", "\x92", "\xC3\xA9", "\xC3", "\xE2\x80", "\"\"" };
    const quint32 seed = kSeed + 1;
    QRandomGenerator random(seed);
    for (int i = 0; i < 2000; ++i) {
        QByteArray data;
        const int length = random.bounded(1, 120);
        for (int k = 0; k < length; ++k) {
            data += alphabet.at(random.bounded(int(alphabet.size())));
        }
        CHECK_CASE(readCsv(data), i, seed);
        ReadOptions options;
        options.delimiter = QLatin1Char(i % 2 ? ';' : '\t');
        options.encoding = i % 3 ? Encoding::Utf8 : Encoding::Windows1252;
        CHECK_CASE(readCsv(data, options), i, seed);
    }
}

void TstSourceFuzz::csvTruncations()
{
    const QByteArray csv("\xEF\xBB\xBF"
                         "Name,Note,Born\r\n\"Smith, Ann\",\"She said \"\"hi\"\"\r\nthen left\",01/02/1990\r\n"
                         "\r\nRen\xC3\xA9,,\r\n\"Open\",x,\"y\"\r\n");
    for (qsizetype cut = 0; cut <= csv.size(); ++cut) {
        CHECK_CASE(readCsv(csv.left(cut)), cut, 0);
    }
    // Every cut inside the quoted note (after its opening quote, before its closing one) leaves an
    // unclosed quote, reported in row 2 where it opens; except a cut just after one of the doubled
    // quotes, which then closes the cell.
    const qsizetype open = csv.indexOf("\"She");
    const qsizetype close = csv.indexOf(",01/02");
    for (qsizetype cut = open + 1; cut < close - 1; ++cut) {
        if (cut > open + 1 && csv.at(cut - 1) == '"') {
            continue;
        }
        const Result<SourceTable> table = readCsv(csv.left(cut));
        QVERIFY2(!table.isOk(), qPrintable(QStringLiteral("cut %1").arg(cut)));
        QVERIFY2(table.message().contains(QStringLiteral("opens in row 2 ")), qPrintable(table.message()));
    }
}

// Random CSV built from a model of the rows a spreadsheet would show (blank rows, quoted cells with
// line breaks, commas and doubled quotes, LF or CRLF): every row read has the model's cells and the
// model's row number.
void TstSourceFuzz::csvRowNumbers()
{
    static const QList<QByteArray> inQuotes { "a", "Bb", " ", ",", "\n", "\r\n", "\"\"", "\n\n", "1" };
    const quint32 seed = kSeed + 2;
    QRandomGenerator random(seed);
    for (int i = 0; i < 500; ++i) {
        const QByteArray end = i % 2 ? "\r\n" : "\n";
        QByteArray data;
        QStringList expected; // "row:cell|cell"
        const int records = random.bounded(1, 12);
        for (int row = 1; row <= records; ++row) {
            if (row > 1 && random.bounded(4) == 0) {
                data += end; // a blank row
                continue;
            }
            QStringList cells;
            const int columns = random.bounded(1, 4);
            for (int c = 0; c < columns; ++c) {
                QByteArray cell = c == 0 ? QByteArray("x") : QByteArray(); // never a wholly blank row
                const bool quoted = random.bounded(2) == 0;
                const int parts = random.bounded(0, 5);
                for (int k = 0; k < parts; ++k) {
                    cell += quoted ? inQuotes.at(random.bounded(int(inQuotes.size()))) : QByteArray("ab");
                }
                if (c > 0) {
                    data += ',';
                }
                if (quoted) {
                    data += '"' + cell + '"';
                    cell.replace("\"\"", "\"");
                } else {
                    data += cell;
                }
                cells << QString::fromUtf8(cell);
            }
            data += end;
            expected << QStringLiteral("%1:%2").arg(row).arg(cells.join(QLatin1Char('|')));
        }
        const Result<SourceTable> table = readCsv(data);
        QVERIFY2(
            table.isOk(), qPrintable(QStringLiteral("seed %1, case %2: %3").arg(seed).arg(i).arg(table.message())));
        QStringList got;
        got << QStringLiteral("%1:%2").arg(table.value().headerLine).arg(table.value().headers.join(QLatin1Char('|')));
        for (const SourceRow& row : table.value().rows) {
            got << QStringLiteral("%1:%2").arg(row.line).arg(row.cells.join(QLatin1Char('|')));
        }
        QVERIFY2(got == expected,
            qPrintable(
                QStringLiteral("seed %1, case %2:\n%3\ngave\n%4\nnot\n%5")
                    .arg(seed)
                    .arg(i)
                    .arg(QString::fromUtf8(data), got.join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')))));
    }
}

void TstSourceFuzz::xlsxTruncations()
{
    QTemporaryDir dir;
    const QByteArray book = smallWorkbook(dir.path());
    QVERIFY(!book.isEmpty());
    const Result<SourceTable> whole = readXlsx(book);
    QVERIFY2(whole.isOk(), qPrintable(whole.message()));
    QCOMPARE(whole.value().rows.size(), 2);
    QElapsedTimer timer;
    timer.start();
    int failures = 0;
    for (qsizetype cut = 0; cut < book.size(); ++cut) {
        const Result<SourceTable> table = readXlsx(book.left(cut));
        CHECK_CASE(table, cut, 0);
        failures += table.isOk() ? 0 : 1;
    }
    // Without its central directory (at the end) a zip cannot be opened: every cut is refused.
    QCOMPARE(failures, int(book.size()));
    qInfo("%lld truncations in %lld ms", qlonglong(book.size()), qlonglong(timer.elapsed()));
}

void TstSourceFuzz::xlsxByteFlips()
{
    QTemporaryDir dir;
    const QByteArray book = smallWorkbook(dir.path());
    QVERIFY(!book.isEmpty());
    const quint32 seed = kSeed + 2;
    QRandomGenerator random(seed);
    for (int i = 0; i < 1000; ++i) {
        QByteArray data = book;
        flipBytes(data, random, 1 + random.bounded(4));
        CHECK_CASE(readXlsx(data), i, seed);
    }
}

// The zip is sound but the XML inside is damaged (CRCs match), so the XML readers meet the damage.
void TstSourceFuzz::xlsxDamagedParts()
{
    QTemporaryDir dir;
    const QList<std::pair<QByteArray, QByteArray>> parts = unpack(smallWorkbook(dir.path()));
    QVERIFY(parts.size() > 5);
    const quint32 seed = kSeed + 3;
    QRandomGenerator random(seed);
    int tables = 0;
    for (int i = 0; i < 400; ++i) {
        QList<std::pair<QByteArray, QByteArray>> damaged = parts;
        auto& part = damaged[random.bounded(int(damaged.size()))];
        if (i % 3 == 0) {
            part.second.truncate(random.bounded(int(part.second.size()) + 1));
        } else {
            flipBytes(part.second, random, 1 + random.bounded(3));
        }
        const Result<SourceTable> table = readXlsx(pack(dir.path(), damaged));
        CHECK_CASE(table, i, seed);
        tables += table.isOk() ? 1 : 0;
    }
    // Damage in parts that are not read (docProps, themes) still leaves a table: some succeed.
    QVERIFY(tables > 0);
}

QTEST_GUILESS_MAIN(TstSourceFuzz)
#include "tst_sourcefuzz.moc"
