// Reading spreadsheets for import (core/dataio/sourcetable.h): CSV edge cases as _data() rows, each
// with the exact cells and line numbers or the exact message; XLSX workbooks built here with
// libxlsxwriter (as Excel would write them) and by hand with libzip (parts libxlsxwriter never
// writes: inline strings, the 1904 date system, cells without references); and readFile choosing
// by content.

#include "core/dataio/sourcetable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <xlsxwriter.h>
#include <zip.h>

using namespace alongside::core;
using namespace alongside::core::dataio;

Q_DECLARE_METATYPE(alongside::core::dataio::Encoding)

namespace {

QString escaped(const QStringList& cells)
{
    QStringList out;
    for (QString cell : cells) {
        cell.replace(QLatin1Char('\r'), QLatin1String("\\r"));
        cell.replace(QLatin1Char('\n'), QLatin1String("\\n"));
        out << cell;
    }
    return out.join(QLatin1Char('|'));
}

// "line:cell|cell" for the header and then each row, one per line.
QString dump(const SourceTable& table)
{
    QStringList lines;
    lines << QStringLiteral("%1:%2").arg(table.headerLine).arg(escaped(table.headers));
    for (const SourceRow& row : table.rows) {
        lines << QStringLiteral("%1:%2").arg(row.line).arg(escaped(row.cells));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

bool writeBytes(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A workbook written by libxlsxwriter, as bytes.
QByteArray workbook(const std::function<void(lxw_workbook*)>& fill)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("book.xlsx")).toUtf8();
    lxw_workbook* wb = workbook_new(path.constData());
    if (!wb) {
        return {};
    }
    fill(wb);
    if (workbook_close(wb) != LXW_NO_ERROR) {
        return {};
    }
    return readBytes(QString::fromUtf8(path));
}

// A zip holding exactly these parts, written by libzip.
QByteArray zipOf(const QList<std::pair<QString, QByteArray>>& parts)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("parts.zip")).toUtf8();
    int error = 0;
    zip_t* z = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z) {
        return {};
    }
    for (const auto& [name, data] : parts) {
        zip_source_t* source = zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0);
        if (!source || zip_file_add(z, name.toUtf8().constData(), source, ZIP_FL_OVERWRITE) < 0) {
            zip_source_free(source);
            zip_discard(z);
            return {};
        }
    }
    if (zip_close(z) != 0) { // the parts are copied in here, while `parts` is still alive
        zip_discard(z);
        return {};
    }
    return readBytes(QString::fromUtf8(path));
}

const QByteArray kRootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                             "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                             "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                             "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

const QByteArray kWorkbookRels
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
      "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
      "styles\" Target=\"/xl/styles.xml\"/></Relationships>";

QByteArray handWorkbook(bool date1904, const QByteArray& sheetData, const QByteArray& styles)
{
    const QByteArray workbookXml = QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                              "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                                              "2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                                              "officeDocument/2006/relationships\">")
        + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
        + "<sheets><sheet name=\"Hand\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray sheetXml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                "<sheetData>"
        + sheetData + "</sheetData></worksheet>";
    return zipOf({ { QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>") },
        { QStringLiteral("_rels/.rels"), kRootRels }, { QStringLiteral("xl/workbook.xml"), workbookXml },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels },
        { QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml }, { QStringLiteral("xl/styles.xml"), styles } });
}

// Cell styles 0..8 for the hand-made sheets: 0 General, 1 built-in 14 (date), 2 "dd mmmm yyyy"
// with a locale tag, 3 "hh:mm", 4 "\"day\" 0" (a quoted d is not a date), 5 "[Red]0.00", 6
// "mmm-yy", 7 "[h]:mm:ss", 8 built-in 22 (date and time).
const QByteArray kHandStyles
    = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<numFmts count=\"6\"><numFmt numFmtId=\"164\" formatCode=\"[$-809]dd mmmm yyyy;@\"/>"
      "<numFmt numFmtId=\"165\" formatCode=\"hh:mm\"/><numFmt numFmtId=\"166\" formatCode=\"&quot;day&quot; 0\"/>"
      "<numFmt numFmtId=\"167\" formatCode=\"[Red]0.00\"/><numFmt numFmtId=\"168\" formatCode=\"mmm-yy\"/>"
      "<numFmt numFmtId=\"169\" formatCode=\"[h]:mm:ss\"/></numFmts>"
      "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
      "<cellXfs count=\"9\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/>"
      "<xf numFmtId=\"166\"/><xf numFmtId=\"167\"/><xf numFmtId=\"168\"/><xf numFmtId=\"169\"/>"
      "<xf numFmtId=\"22\"/></cellXfs></styleSheet>";

// Two sheets as an Excel user would make them: "People" with text, numbers, dates, a date-time,
// booleans, formulas, a rich string, gaps and a blank row; "Sessions" after it.
QByteArray peopleWorkbook()
{
    return workbook([](lxw_workbook* wb) {
        lxw_worksheet* people = workbook_add_worksheet(wb, "People");
        lxw_worksheet* sessions = workbook_add_worksheet(wb, "Sessions");
        lxw_format* date = workbook_add_format(wb);
        format_set_num_format(date, "dd/mm/yyyy");
        lxw_format* dateTime = workbook_add_format(wb);
        format_set_num_format(dateTime, "dd/mm/yyyy hh:mm");
        lxw_format* time = workbook_add_format(wb);
        format_set_num_format(time, "h:mm");
        lxw_format* money = workbook_add_format(wb);
        format_set_num_format(money, "\xC2\xA3#,##0.00");
        lxw_format* bold = workbook_add_format(wb);
        format_set_bold(bold);

        const char* headers[] = { "Name", "Born", "Visits", "Active", "Started", "Note", "Paid", "At" };
        for (lxw_col_t c = 0; c < 8; ++c) {
            worksheet_write_string(people, 0, c, headers[c], bold);
        }
        lxw_datetime born = { 1980, 5, 17, 0, 0, 0 };
        lxw_datetime started = { 2026, 11, 20, 14, 30, 0 };
        lxw_datetime at = { 1899, 12, 31, 9, 15, 0 };
        worksheet_write_string(people, 1, 0,
            "Zo\xC3\xAB O\xE2\x80\x99"
            "Brien",
            nullptr);
        worksheet_write_datetime(people, 1, 1, &born, date);
        worksheet_write_number(people, 1, 2, 12, nullptr);
        worksheet_write_boolean(people, 1, 3, 1, nullptr);
        worksheet_write_datetime(people, 1, 4, &started, dateTime);
        worksheet_write_string(people, 1, 5, "Likes walks, \"tea\"\nand cake", nullptr);
        worksheet_write_number(people, 1, 6, 0.1 + 0.2, money);
        worksheet_write_number(people, 1, 7, 9.25 / 24.0, time);
        (void)at;
        // Row 3 (index 2) is left blank; row 4 has gaps, a formula and a boolean false.
        worksheet_write_string(people, 3, 0, "Bob", nullptr);
        worksheet_write_number(people, 3, 2, 7.5, nullptr);
        worksheet_write_boolean(people, 3, 3, 0, nullptr);
        worksheet_write_formula_num(people, 3, 6, "=2+3", nullptr, 5);
        // Row 5: a formula with a text result, a rich string, a styled blank and a plain big number.
        lxw_format* italic = workbook_add_format(wb);
        format_set_italic(italic);
        lxw_rich_string_tuple part1 = { nullptr, const_cast<char*>("Very ") };
        lxw_rich_string_tuple part2 = { italic, const_cast<char*>("rich") };
        lxw_rich_string_tuple part3 = { nullptr, const_cast<char*>(" text") };
        lxw_rich_string_tuple* rich[] = { &part1, &part2, &part3, nullptr };
        worksheet_write_rich_string(people, 4, 0, rich, nullptr);
        worksheet_write_number(people, 4, 2, 7700900123.0, nullptr);
        worksheet_write_formula_str(people, 4, 5, "=\"a\"&\"b\"", nullptr, "ab");
        worksheet_write_blank(people, 4, 7, bold);
        // A row with only spaces is blank, too.
        worksheet_write_string(people, 5, 1, "   ", nullptr);

        worksheet_write_string(sessions, 2, 1, "Date", nullptr);
        worksheet_write_string(sessions, 2, 2, "Minutes", nullptr);
        lxw_datetime when = { 2026, 1, 5, 0, 0, 0 };
        worksheet_write_datetime(sessions, 3, 1, &when, date);
        worksheet_write_number(sessions, 3, 2, 45, nullptr);
    });
}

} // namespace

class TstSourceReader : public QObject
{
    Q_OBJECT

private slots:
    void csv_data();
    void csv();
    void csvOptions();
    void csvRefusals_data();
    void csvRefusals();
    void names();
    void xlsxWorkbook();
    void xlsxSheets_data();
    void xlsxSheets();
    void xlsxHandMade_data();
    void xlsxHandMade();
    void xlsxRefusals_data();
    void xlsxRefusals();
    void limits();
    void readFileByContent();
    void readFileRefusals();
};

void TstSourceReader::csv_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("delimiter");

    const QString comma = QStringLiteral(",");
    QTest::newRow("plain") << QByteArray("Name,Age\nAnn,30\nBob,41\n")
                           << QStringLiteral("1:Name|Age\n2:Ann|30\n3:Bob|41") << Encoding::Utf8 << comma;
    QTest::newRow("no final line break") << QByteArray("Name,Age\nAnn,30") << QStringLiteral("1:Name|Age\n2:Ann|30")
                                         << Encoding::Utf8 << comma;
    QTest::newRow("quoted comma") << QByteArray("Name,Note\n\"Smith, John\",\"a,b,c\"\nX,y\n")
                                  << QStringLiteral("1:Name|Note\n2:Smith, John|a,b,c\n3:X|y") << Encoding::Utf8
                                  << comma;
    QTest::newRow("quoted newline (LF)") << QByteArray("Name,Note\nA,\"one\ntwo\nthree\"\nB,c\n")
                                         << QStringLiteral("1:Name|Note\n2:A|one\\ntwo\\nthree\n3:B|c")
                                         << Encoding::Utf8 << comma;
    QTest::newRow("quoted newline (CRLF)")
        << QByteArray("Name,Note\r\n\"A\",\"one\r\ntwo\"\r\nB,c\r\n")
        << QStringLiteral("1:Name|Note\n2:A|one\\r\\ntwo\n3:B|c") << Encoding::Utf8 << comma;
    // Row numbers are the ones a spreadsheet shows: a record is one row however many lines of text
    // its quoted cells span, and blank lines are blank rows.
    QTest::newRow("rows as a spreadsheet numbers them")
        << QByteArray("Name,Address\nAnn,\"1 High St\nLeeds\"\n\nBob,\"2 Low Rd\r\nYork\nUK\"\nCy,x\n")
        << QStringLiteral("1:Name|Address\n2:Ann|1 High St\\nLeeds\n4:Bob|2 Low Rd\\r\\nYork\\nUK\n5:Cy|x")
        << Encoding::Utf8 << comma;
    QTest::newRow("blank lines inside a quoted cell")
        << QByteArray("a\n\"x\n\n\ny\"\n\nz\n") << QStringLiteral("1:a\n2:x\\n\\n\\ny\n4:z") << Encoding::Utf8 << comma;
    QTest::newRow("quoted newline in the header")
        << QByteArray("\"Date of\nbirth\",Name\n2001-01-01,Ann\n")
        << QStringLiteral("1:Date of\\nbirth|Name\n2:2001-01-01|Ann") << Encoding::Utf8 << comma;
    QTest::newRow("doubled quotes") << QByteArray("Name,Said\nAnn,\"She said \"\"hello\"\", then left\"\n")
                                    << QStringLiteral("1:Name|Said\n2:Ann|She said \"hello\", then left")
                                    << Encoding::Utf8 << comma;
    QTest::newRow("empty quoted cell") << QByteArray("a,b,c\n\"\",x,\"\"\n") << QStringLiteral("1:a|b|c\n2:|x|")
                                       << Encoding::Utf8 << comma;
    QTest::newRow("quote inside a plain cell")
        << QByteArray("Name\nO\"Brien\n") << QStringLiteral("1:Name\n2:O\"Brien") << Encoding::Utf8 << comma;
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBFName,Town\nAnn,Leeds\n")
                                     << QStringLiteral("1:Name|Town\n2:Ann|Leeds") << Encoding::Utf8Bom << comma;
    QTest::newRow("byte-order mark then a quote")
        << QByteArray("\xEF\xBB\xBF\"Name\",Town\n\"Ann\",Leeds\n") << QStringLiteral("1:Name|Town\n2:Ann|Leeds")
        << Encoding::Utf8Bom << comma;
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n\r\n3,4\r\n") << QStringLiteral("1:a|b\n2:1|2\n4:3|4")
                          << Encoding::Utf8 << comma;
    // Classic Mac Excel ("CSV (Macintosh)") ends lines with CR alone: each ends a row (outside quotes).
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r\r3,\"x\ry\"\r5,6")
                             << QStringLiteral("1:a|b\n2:1|2\n4:3|x\\ry\n5:5|6") << Encoding::Utf8 << comma;
    QTest::newRow("blank lines") << QByteArray("\n\nName,Age\n\n\nAnn,30\n\nBob,41\n\n")
                                 << QStringLiteral("3:Name|Age\n6:Ann|30\n8:Bob|41") << Encoding::Utf8 << comma;
    QTest::newRow("whitespace-only and empty-cell lines")
        << QByteArray("Name,Age\n   \n\t\n,,\n , \nAnn,30\n") << QStringLiteral("1:Name|Age\n6:Ann|30")
        << Encoding::Utf8 << comma;
    QTest::newRow("spaces kept") << QByteArray("Name , Age\n Ann ,30 \n") << QStringLiteral("1:Name | Age\n2: Ann |30 ")
                                 << Encoding::Utf8 << comma;
    QTest::newRow("trailing empty cell kept")
        << QByteArray("a,b,c\n1,,\n") << QStringLiteral("1:a|b|c\n2:1||") << Encoding::Utf8 << comma;
    QTest::newRow("ragged rows kept") << QByteArray("a,b,c\n1,2\n1,2,3,4\n5\n")
                                      << QStringLiteral("1:a|b|c\n2:1|2\n3:1|2|3|4\n4:5") << Encoding::Utf8 << comma;
    QTest::newRow("header only") << QByteArray("Name,Age\r\n") << QStringLiteral("1:Name|Age") << Encoding::Utf8
                                 << comma;
    QTest::newRow("one column") << QByteArray("Name\nAnn\nBob\n") << QStringLiteral("1:Name\n2:Ann\n3:Bob")
                                << Encoding::Utf8 << comma;
    QTest::newRow("semicolon") << QByteArray("Name;Amount;Note\nSmith;1,5;a, b\nJones;2,25;\n")
                               << QStringLiteral("1:Name|Amount|Note\n2:Smith|1,5|a, b\n3:Jones|2,25|")
                               << Encoding::Utf8 << QStringLiteral(";");
    QTest::newRow("semicolon, quoted") << QByteArray("\"Name\";\"Note\"\n\"Smith; J\";\"x;y\"\n")
                                       << QStringLiteral("1:Name|Note\n2:Smith; J|x;y") << Encoding::Utf8
                                       << QStringLiteral(";");
    QTest::newRow("tab") << QByteArray("Name\tNote\tAge\nAnn\tlikes tea, cake\t30\nBob\t\t41\n")
                         << QStringLiteral("1:Name|Note|Age\n2:Ann|likes tea, cake|30\n3:Bob||41") << Encoding::Utf8
                         << QStringLiteral("\t");
    QTest::newRow("comma wins a tie") << QByteArray("a,b;c\n1,2;3\n") << QStringLiteral("1:a|b;c\n2:1|2;3")
                                      << Encoding::Utf8 << comma;
    QTest::newRow("the most consistent wins")
        << QByteArray("Name;Note\nAnn;one, two, three\nBob;four\nCy;five, six\n")
        << QStringLiteral("1:Name|Note\n2:Ann|one, two, three\n3:Bob|four\n4:Cy|five, six") << Encoding::Utf8
        << QStringLiteral(";");
    QTest::newRow("Windows-1252") << QByteArray("Name,Note\nRen\xE9"
                                                "e O\x92"
                                                "Brien,\xA3"
                                                "5 \x96 paid\n\x80"
                                                "10,caf\xE9\n")
                                  << QStringLiteral("1:Name|Note\n2:Ren\u00E9e O\u2019Brien|\u00A3"
                                                    "5 \u2013 paid\n3:\u20AC10|caf\u00E9")
                                  << Encoding::Windows1252 << comma;
    QTest::newRow("UTF-8 names") << QByteArray("Name,Town\nZo\xC3\xAB \xC5\x81ukasz,\xE6\x9D\x8E\nSi\xC3\xA2n,"
                                               "\xF0\x9F\x98\x80\n")
                                 << QStringLiteral("1:Name|Town\n2:Zo\u00EB \u0141ukasz|\u674E\n3:Si\u00E2n|\U0001F600")
                                 << Encoding::Utf8 << comma;
    QTest::newRow("UTF-8 with one bad byte is Windows-1252")
        << QByteArray("Name\nZo\xC3\xAB\nRen\xE9\n") << QStringLiteral("1:Name\n2:Zo\u00C3\u00AB\n3:Ren\u00E9")
        << Encoding::Windows1252 << comma;
}

void TstSourceReader::csv()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QFETCH(Encoding, encoding);
    QFETCH(QString, delimiter);

    const Result<SourceTable> table = readCsv(input);
    QVERIFY2(table.isOk(), qPrintable(table.message()));
    QCOMPARE(dump(table.value()), expected);
    QCOMPARE(table.value().format, SourceFormat::Csv);
    QCOMPARE(table.value().encoding, encoding);
    QCOMPARE(QString(table.value().delimiter), delimiter);
    QVERIFY(table.value().fileName.isEmpty());
}

void TstSourceReader::csvOptions()
{
    // A forced delimiter wins over the detected one.
    ReadOptions semicolon;
    semicolon.delimiter = QLatin1Char(';');
    const QByteArray data("a,b;c\n1,2;3\n");
    const Result<SourceTable> forced = readCsv(data, semicolon);
    QVERIFY2(forced.isOk(), qPrintable(forced.message()));
    QCOMPARE(dump(forced.value()), QStringLiteral("1:a,b|c\n2:1,2|3"));
    QCOMPARE(forced.value().delimiter, QLatin1Char(';'));

    // A forced encoding wins too: these UTF-8 bytes read as Windows-1252 are the familiar mojibake.
    ReadOptions latin;
    latin.encoding = Encoding::Windows1252;
    const Result<SourceTable> mojibake = readCsv(QByteArray("Name\nZo\xC3\xAB\n"), latin);
    QVERIFY2(mojibake.isOk(), qPrintable(mojibake.message()));
    QCOMPARE(dump(mojibake.value()), QStringLiteral("1:Name\n2:Zo\u00C3\u00AB"));
    QCOMPARE(mojibake.value().encoding, Encoding::Windows1252);

    // UTF-8 forced on a file with a byte-order mark still drops the mark.
    ReadOptions utf8;
    utf8.encoding = Encoding::Utf8;
    const Result<SourceTable> bom = readCsv(QByteArray("\xEF\xBB\xBFName\nAnn\n"), utf8);
    QVERIFY2(bom.isOk(), qPrintable(bom.message()));
    QCOMPARE(bom.value().headers, QStringList { QStringLiteral("Name") });

    ReadOptions quote;
    quote.delimiter = QLatin1Char('"');
    const Result<SourceTable> refused = readCsv(data, quote);
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.message(),
        QStringLiteral("\"\"\" cannot separate the columns of a CSV file. Choose comma, semicolon or tab."));
}

void TstSourceReader::csvRefusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const QString unclosed = QStringLiteral("The quote (\") that opens in row %1 is never closed, so the rest of the "
                                            "file would run into one cell. Add the closing quote, or save the file "
                                            "again from your spreadsheet as \"CSV UTF-8\".");
    const QString unclosedLine = QStringLiteral("The quote (\") that opens in row %1 (line %2 of the text) is never "
                                                "closed, so the rest of the file would run into one cell. Add the "
                                                "closing quote, or save the file again from your spreadsheet as "
                                                "\"CSV UTF-8\".");
    QTest::newRow("unclosed quote") << QByteArray("Name,Note\nAnn,fine\nBob,\"never closed\nCy,x\nDi,y\n")
                                    << unclosed.arg(3);
    QTest::newRow("unclosed quote after blank lines") << QByteArray("Name,Note\n\n\n\"x\n") << unclosed.arg(4);
    QTest::newRow("unclosed quote later in a multi-line record")
        << QByteArray("a,b\n\"one\ntwo\",\"three\nfour\n") << unclosedLine.arg(2).arg(3);
    QTest::newRow("unclosed quote after a multi-line record")
        << QByteArray("a,b\n\"one\ntwo\",x\n\n\"open\nmore\n") << unclosedLine.arg(4).arg(5);
    QTest::newRow("unclosed quote, CRLF") << QByteArray("a,b\r\n1,2\r\n\r\n\"x\r\ny\r\n") << unclosed.arg(4);
    QTest::newRow("quote closed by text, never by a comma")
        << QByteArray("a,b\n\"Smith\" Jr,5\nx,y\n") << unclosed.arg(2);
    QTest::newRow("empty file") << QByteArray()
                                << QStringLiteral("The file is empty: it has no rows. Check that you chose the right "
                                                  "file, and that it was saved with its data.");
    const QString blank = QStringLiteral("The file has no rows: every line is blank. Check that you chose the right "
                                         "file, and that it was saved with its data.");
    QTest::newRow("only blank lines") << QByteArray("\n\r\n  \n,,,\n") << blank;
    QTest::newRow("only a byte-order mark") << QByteArray("\xEF\xBB\xBF") << blank;
    const QString binary = QStringLiteral("The file is not a text spreadsheet: it holds binary data. Choose a CSV "
                                          "file or an Excel workbook (.xlsx).");
    QTest::newRow("NUL bytes") << QByteArray("Name,Age\nAnn,3\0\0\0", 15) << binary;
    QTest::newRow("an image") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << binary;
    QTest::newRow("old .xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12)
                              << QStringLiteral("This is an old Excel workbook (.xls), which Alongside cannot read. "
                                                "Open it in Excel and save it as .xlsx or CSV from Excel (File > Save "
                                                "As), then import that file.");
    QTest::newRow("password-protected .xlsx")
        << (QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12)
               + QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0\0\0", 30))
        << QStringLiteral("The workbook is protected with a password, so Alongside cannot read it. Open it in Excel, "
                          "remove the password (File > Info > Protect Workbook > Encrypt with Password, and clear the "
                          "password), save it and try again.");
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEN\0a\0m\0e\0\r\0\n\0", 14)
                            << QStringLiteral("The file is saved as \"Unicode Text\" (UTF-16), which Alongside cannot "
                                              "read. Save it again from your spreadsheet as \"CSV UTF-8\" and import "
                                              "that file.");
}

void TstSourceReader::csvRefusals()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    const Result<SourceTable> table = readCsv(input);
    QVERIFY(!table.isOk());
    QCOMPARE(table.error().code, Error::Code::InvalidInput);
    QCOMPARE(table.message(), message);
}

void TstSourceReader::names()
{
    QCOMPARE(encodingName(Encoding::Utf8), QStringLiteral("UTF-8"));
    QCOMPARE(encodingName(Encoding::Utf8Bom), QStringLiteral("UTF-8 with a byte-order mark"));
    QCOMPARE(encodingName(Encoding::Windows1252), QStringLiteral("Windows-1252 (Western European)"));
    QCOMPARE(delimiterName(QLatin1Char(',')), QStringLiteral("comma"));
    QCOMPARE(delimiterName(QLatin1Char(';')), QStringLiteral("semicolon"));
    QCOMPARE(delimiterName(QLatin1Char('\t')), QStringLiteral("tab"));
}

void TstSourceReader::xlsxWorkbook()
{
    const QByteArray data = peopleWorkbook();
    QVERIFY(!data.isEmpty());
    const Result<SourceTable> table = readXlsx(data);
    QVERIFY2(table.isOk(), qPrintable(table.message()));
    QCOMPARE(table.value().format, SourceFormat::Xlsx);
    QCOMPARE(table.value().sheetName, QStringLiteral("People"));
    QCOMPARE(table.value().sheetNames, (QStringList { QStringLiteral("People"), QStringLiteral("Sessions") }));
    QCOMPARE(dump(table.value()),
        QStringLiteral(
            "1:Name|Born|Visits|Active|Started|Note|Paid|At\n"
            "2:Zo\u00EB O\u2019Brien|1980-05-17|12|TRUE|2026-11-20 14:30|Likes walks, \"tea\"\\nand cake|0.3|"
            "09:15\n"
            "4:Bob||7.5|FALSE|||5|\n"
            "5:Very rich text||7700900123|||ab||"));
}

void TstSourceReader::xlsxSheets_data()
{
    QTest::addColumn<QString>("sheet");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("message");

    // The table starts at B3: column A stays, empty, so that every cell keeps its column.
    QTest::newRow("by name") << QStringLiteral("Sessions") << QStringLiteral("3:|Date|Minutes\n4:|2026-01-05|45")
                             << QString();
    QTest::newRow("by name, any case") << QStringLiteral("sessions")
                                       << QStringLiteral("3:|Date|Minutes\n4:|2026-01-05|45") << QString();
    QTest::newRow("unknown name") << QStringLiteral("Volunteers") << QString()
                                  << QStringLiteral(
                                         "The workbook has no sheet called \u201CVolunteers\u201D. Its sheets "
                                         "are: \u201CPeople\u201D, \u201CSessions\u201D. Choose one of those.");
}

void TstSourceReader::xlsxSheets()
{
    QFETCH(QString, sheet);
    QFETCH(QString, expected);
    QFETCH(QString, message);

    ReadOptions options;
    options.sheet = sheet;
    const Result<SourceTable> table = readXlsx(peopleWorkbook(), options);
    if (!message.isEmpty()) {
        QVERIFY(!table.isOk());
        QCOMPARE(table.error().code, Error::Code::InvalidInput);
        QCOMPARE(table.message(), message);
        return;
    }
    QVERIFY2(table.isOk(), qPrintable(table.message()));
    QCOMPARE(table.value().sheetName, QStringLiteral("Sessions"));
    QCOMPARE(table.value().headerLine, 3);
    QCOMPARE(dump(table.value()), expected);
}

void TstSourceReader::xlsxHandMade_data()
{
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QString>("expected");

    QTest::newRow("inline strings, errors, no references")
        << false
        << QByteArray("<row><c t=\"inlineStr\"><is><t>Name</t></is></c><c t=\"inlineStr\"><is><r><t>Sco</t></r>"
                      "<r><t xml:space=\"preserve\">re </t></r><rPh><t>phonetic</t></rPh></is></c></row>"
                      "<row><c t=\"inlineStr\"><is><t>Line_x000D_break</t></is></c><c t=\"e\"><f>1/0</f>"
                      "<v>#DIV/0!</v></c></row>"
                      "<row r=\"7\"><c r=\"B7\" t=\"str\"><f>A1</f><v>Name</v></c></row>")
        << QStringLiteral("1:Name|Score \n2:Line\\rbreak|#DIV/0!\n7:|Name");
    QTest::newRow("1900 date system and its leap-year bug")
        << false
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>When</t></is></c></row>"
                      "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>1</v></c></row>"
                      "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>59</v></c></row>"
                      "<row r=\"4\"><c r=\"A4\" s=\"1\"><v>60</v></c></row>"
                      "<row r=\"5\"><c r=\"A5\" s=\"1\"><v>61</v></c></row>"
                      "<row r=\"6\"><c r=\"A6\" s=\"1\"><v>29358</v></c></row>"
                      "<row r=\"7\"><c r=\"A7\" s=\"8\"><v>46346.999999</v></c></row>"
                      "<row r=\"8\"><c r=\"A8\" s=\"8\"><v>46346.5</v></c></row>"
                      "<row r=\"9\"><c r=\"A9\" s=\"1\"><v>-3</v></c></row>")
        << QStringLiteral("1:When\n2:1900-01-01\n3:1900-02-28\n4:1900-02-29\n5:1900-03-01\n6:1980-05-17\n"
                          "7:2026-11-21 00:00\n8:2026-11-20 12:00\n9:-3");
    QTest::newRow("1904 date system") << true
                                      << QByteArray(
                                             "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>When</t></is></c></row>"
                                             "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>0</v></c></row>"
                                             "<row r=\"3\"><c r=\"A3\" s=\"1\"><v>44000</v></c></row>")
                                      << QStringLiteral("1:When\n2:1904-01-01\n3:2024-06-19");
    QTest::newRow("custom number formats")
        << false
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Value</t></is></c></row>"
                      "<row r=\"2\"><c r=\"A2\" s=\"2\"><v>29358</v></c></row>"
                      "<row r=\"3\"><c r=\"A3\" s=\"3\"><v>0.75</v></c></row>"
                      "<row r=\"4\"><c r=\"A4\" s=\"4\"><v>3</v></c></row>"
                      "<row r=\"5\"><c r=\"A5\" s=\"5\"><v>29358</v></c></row>"
                      "<row r=\"6\"><c r=\"A6\" s=\"6\"><v>29358</v></c></row>"
                      "<row r=\"7\"><c r=\"A7\" s=\"7\"><v>0.5003472222222222</v></c></row>"
                      "<row r=\"8\"><c r=\"A8\" s=\"0\"><v>1.5E-3</v></c></row>"
                      "<row r=\"9\"><c r=\"A9\" s=\"99\"><v>2</v></c></row>")
        << QStringLiteral("1:Value\n2:1980-05-17\n3:18:00\n4:3\n5:29358\n6:1980-05-17\n7:12:00:30\n8:0.0015\n9:2");
    QTest::newRow("booleans and ISO dates")
        << false
        << QByteArray("<row><c t=\"inlineStr\"><is><t>A</t></is></c><c t=\"inlineStr\"><is><t>B</t></is></c></row>"
                      "<row><c t=\"b\"><v>1</v></c><c t=\"d\"><v>2026-03-04T00:00:00</v></c></row>"
                      "<row><c t=\"b\"><v>0</v></c><c t=\"d\"><v>2026-03-04T10:05:00</v></c></row>")
        << QStringLiteral("1:A|B\n2:TRUE|2026-03-04\n3:FALSE|2026-03-04 10:05");
    QTest::newRow("rows padded to the header, longer rows kept")
        << false
        << QByteArray("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>a</t></is></c>"
                      "<c r=\"C2\" t=\"inlineStr\"><is><t>c</t></is></c></row>"
                      "<row r=\"3\"><c r=\"B3\"><v>1</v></c></row>"
                      "<row r=\"4\"><c r=\"E4\"><v>2</v></c></row>")
        << QStringLiteral("2:a||c\n3:|1|\n4:||||2");
}

void TstSourceReader::xlsxHandMade()
{
    QFETCH(bool, date1904);
    QFETCH(QByteArray, sheetData);
    QFETCH(QString, expected);

    const QByteArray data = handWorkbook(date1904, sheetData, kHandStyles);
    QVERIFY(!data.isEmpty());
    const Result<SourceTable> table = readXlsx(data);
    QVERIFY2(table.isOk(), qPrintable(table.message() + QLatin1Char(' ') + table.error().detail));
    QCOMPARE(table.value().sheetNames, QStringList { QStringLiteral("Hand") });
    QCOMPARE(dump(table.value()), expected);
}

void TstSourceReader::xlsxRefusals_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    const QString damaged = QStringLiteral("The workbook is damaged and cannot be read. Open it in Excel and save it "
                                           "again (or save it as CSV), then import that file.");
    const QByteArray good = peopleWorkbook();
    QTest::newRow("truncated") << good.left(good.size() / 2) << damaged;
    QTest::newRow("truncated near the end") << good.left(good.size() - 10) << damaged;
    QByteArray flipped = good;
    // The sheet's compressed data starts after its local header (30 bytes), name and extra field.
    const qsizetype header = good.lastIndexOf("PK\x03\x04", good.indexOf("xl/worksheets/sheet1.xml"));
    const auto u16 = [&good](qsizetype at) { return int(uchar(good.at(at))) | (int(uchar(good.at(at + 1))) << 8); };
    const qsizetype body = header + 30 + u16(header + 26) + u16(header + 28);
    flipped[body + 5] = char(flipped.at(body + 5) ^ 0x55);
    QTest::newRow("bytes flipped in a part") << flipped << damaged;
    // The zip's directory says the sheet unpacks to 300 MB: refused before anything is unpacked.
    QByteArray bomb = handWorkbook(false, "<row><c><v>1</v></c></row>", kHandStyles);
    const qsizetype entry = bomb.lastIndexOf("xl/worksheets/sheet1.xml") - 46;
    if (entry > 0 && bomb.mid(entry, 4) == "PK\x01\x02") {
        const quint32 claimed = 300u * 1024 * 1024;
        for (int b = 0; b < 4; ++b) {
            bomb[entry + 24 + b] = char((claimed >> (8 * b)) & 0xFF);
        }
    }
    QTest::newRow("a part that would unpack to 300 MB")
        << bomb
        << QStringLiteral("The workbook is too large to import: part of it would unpack to more than 256 MB. Split "
                          "the data into smaller workbooks and import each one.");
    QTest::newRow("a zip that is not a workbook")
        << zipOf({ { QStringLiteral("notes.txt"), QByteArray("hello") } })
        << QStringLiteral("The file is a zip archive, not an Excel workbook. Choose the .xlsx workbook itself, or a "
                          "CSV file.");
    QTest::newRow("an OpenDocument spreadsheet")
        << zipOf({ { QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.spreadsheet") },
               { QStringLiteral("content.xml"), QByteArray("<office:document-content/>") } })
        << QStringLiteral("This is an OpenDocument spreadsheet (.ods), which Alongside cannot read. Save it as .xlsx "
                          "or CSV (File > Save As) and import that file.");
    QTest::newRow("workbook without its sheet")
        << zipOf({ { QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>") },
               { QStringLiteral("_rels/.rels"), kRootRels },
               { QStringLiteral("xl/workbook.xml"),
                   QByteArray("<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                              "relationships\"><sheets><sheet name=\"S\" r:id=\"rId1\"/></sheets></workbook>") },
               { QStringLiteral("xl/_rels/workbook.xml.rels"), kWorkbookRels } })
        << damaged;
    QTest::newRow("bad XML in the sheet") << handWorkbook(false, "<row><c><v>1</v></row>", kHandStyles) << damaged;
    QTest::newRow("shared string that does not exist")
        << handWorkbook(false, "<row><c t=\"s\"><v>3</v></c></row>", kHandStyles) << damaged;
    QTest::newRow("cell beyond column XFD")
        << handWorkbook(false, "<row><c r=\"XFE1\"><v>1</v></c></row>", kHandStyles) << damaged;
    QTest::newRow("rows out of order") << handWorkbook(
        false, "<row r=\"5\"><c><v>1</v></c></row><row r=\"2\"><c><v>1</v></c></row>", kHandStyles)
                                       << damaged;
    QTest::newRow("empty sheet") << handWorkbook(false, "<row r=\"3\"><c r=\"A3\" s=\"1\"/></row>", kHandStyles)
                                 << QStringLiteral("The sheet \u201CHand\u201D has no rows. Choose the sheet that "
                                                   "holds the data, or check that you chose the right file.");
    QTest::newRow("not a zip at all") << QByteArray("Name,Age\n")
                                      << QStringLiteral("The file is not an Excel workbook (.xlsx). Choose a workbook "
                                                        "saved by Excel, or a CSV file.");
}

void TstSourceReader::xlsxRefusals()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    QVERIFY(!input.isEmpty());
    const Result<SourceTable> table = readXlsx(input);
    QVERIFY2(!table.isOk(), qPrintable(table.isOk() ? dump(table.value()) : QString()));
    QCOMPARE(table.error().code, Error::Code::InvalidInput);
    QCOMPARE(table.message(), message);
}

void TstSourceReader::limits()
{
    const QString tooMany = QStringLiteral("The file has more than 4,000,000 cells, more than Alongside can import at "
                                           "once. Split it into smaller files and import each one.");
    // CSV: a header and a row of 4,000,000 cells.
    QByteArray csv("a\n");
    csv += QByteArray(4'000'000, ',');
    csv += "x\n";
    const Result<SourceTable> wide = readCsv(csv);
    QVERIFY(!wide.isOk());
    QCOMPARE(wide.message(), tooMany);

    // XLSX: a header reaching column XFD makes every row 16,384 cells wide; 250 rows are too many.
    // A few hundred bytes of XML must not unpack into gigabytes of empty cells.
    QByteArray sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"XFD1\"><v>2</v></c></row>");
    for (int r = 2; r <= 251; ++r) {
        sheet += QByteArray("<row r=\"") + QByteArray::number(r) + "\"><c><v>3</v></c></row>";
    }
    const Result<SourceTable> bomb = readXlsx(handWorkbook(false, sheet, kHandStyles));
    QVERIFY(!bomb.isOk());
    QCOMPARE(bomb.message(), tooMany);

    // Ten such rows are within the limit, and every row is as wide as the header.
    sheet.truncate(sheet.indexOf("<row r=\"12\""));
    const Result<SourceTable> within = readXlsx(handWorkbook(false, sheet, kHandStyles));
    QVERIFY2(within.isOk(), qPrintable(within.message()));
    QCOMPARE(within.value().rows.size(), 10);
    QCOMPARE(within.value().rows.back().cells.size(), 16384);
    QCOMPARE(within.value().headers.back(), QStringLiteral("2"));
}

void TstSourceReader::readFileByContent()
{
    QTemporaryDir dir;
    // A workbook named .csv is still read as a workbook, and a CSV named .xlsx as CSV.
    const QString workbookPath = dir.filePath(QStringLiteral("people.csv"));
    QVERIFY(writeBytes(workbookPath, peopleWorkbook()));
    const Result<SourceTable> book = readFile(workbookPath);
    QVERIFY2(book.isOk(), qPrintable(book.message()));
    QCOMPARE(book.value().format, SourceFormat::Xlsx);
    QCOMPARE(book.value().fileName, QStringLiteral("people.csv"));
    QCOMPARE(book.value().headers.front(), QStringLiteral("Name"));

    const QString csvPath = dir.filePath(QStringLiteral("volunteers.xlsx"));
    QVERIFY(writeBytes(csvPath, QByteArray("Name;Age\r\nAnn;30\r\n")));
    const Result<SourceTable> csv = readFile(csvPath);
    QVERIFY2(csv.isOk(), qPrintable(csv.message()));
    QCOMPARE(csv.value().format, SourceFormat::Csv);
    QCOMPARE(csv.value().fileName, QStringLiteral("volunteers.xlsx"));
    QCOMPARE(dump(csv.value()), QStringLiteral("1:Name|Age\n2:Ann|30"));

    ReadOptions sessions;
    sessions.sheet = QStringLiteral("Sessions");
    const Result<SourceTable> second = readFile(workbookPath, sessions);
    QVERIFY2(second.isOk(), qPrintable(second.message()));
    QCOMPARE(second.value().sheetName, QStringLiteral("Sessions"));
}

void TstSourceReader::readFileRefusals()
{
    QTemporaryDir dir;
    const Result<SourceTable> missing = readFile(dir.filePath(QStringLiteral("nowhere.csv")));
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QCOMPARE(missing.message(),
        QStringLiteral("The file \"nowhere.csv\" does not exist. Check its name and folder, and choose it again."));

    const QString xlsPath = dir.filePath(QStringLiteral("old.xlsx"));
    QVERIFY(writeBytes(xlsPath, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12)));
    const Result<SourceTable> xls = readFile(xlsPath);
    QVERIFY(!xls.isOk());
    QVERIFY2(xls.message().contains(QStringLiteral("save it as .xlsx or CSV from Excel")), qPrintable(xls.message()));

    // A sparse file one byte over the limit: refused before anything is read.
    const QString bigPath = dir.filePath(QStringLiteral("big.csv"));
    QFile big(bigPath);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(kMaxSourceBytes + 1));
    big.close();
    const Result<SourceTable> tooBig = readFile(bigPath);
    QVERIFY(!tooBig.isOk());
    QCOMPARE(tooBig.error().code, Error::Code::InvalidInput);
    QCOMPARE(tooBig.message(),
        QStringLiteral("The file is 65 MB, more than the 64 MB Alongside can import at once. Split it into smaller "
                       "files and import each one."));

    const QString emptyPath = dir.filePath(QStringLiteral("empty.csv"));
    QVERIFY(writeBytes(emptyPath, QByteArray()));
    const Result<SourceTable> empty = readFile(emptyPath);
    QVERIFY(!empty.isOk());
    QVERIFY2(empty.message().contains(QStringLiteral("has no rows")), qPrintable(empty.message()));

    const Result<SourceTable> folder = readFile(dir.path());
    QVERIFY(!folder.isOk());
    QVERIFY2(folder.message().contains(QStringLiteral("is a folder")), qPrintable(folder.message()));
}

QTEST_GUILESS_MAIN(TstSourceReader)
#include "tst_sourcereader.moc"
