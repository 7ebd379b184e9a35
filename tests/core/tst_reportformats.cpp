// The report writers (core/reports/formats): JSON, CSV, HTML and XLSX from one hand-built Report
// with hidden cells, comparison columns, a level-1 row, labels with quotes, commas, accents and a
// formula-looking start, a paragraph, a chart and a story; and saving as a file. Every format must
// carry every table and never a hidden figure.

#include "core/reports/csvfile.h"
#include "core/reports/formats.h"
#include "core/reports/report.h"
#include "core/reports/reports.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

#include <zlib.h>

using namespace alongside::core;
using namespace alongside::core::report;

namespace {

const QString kOrganisation = QStringLiteral("Café Ünity's \"Peer\" <Support> & Co");
const QString kFormulaLabel = QStringLiteral("=SUM(A1)+1");
const QString kGpLabel = QStringLiteral("GP, surgery or \"practice\"");
const QString kSubLabel = QStringLiteral("Zoë's own GP, Ærø");
const QString kSubLabel2 = QStringLiteral("Dr O'Brien's list");
// Figures that suppression hides below: none of them may appear in any format.
const QStringList kHiddenFigures
    = { QStringLiteral("4321"), QStringLiteral("4,321"), QStringLiteral("8765"), QStringLiteral("8,765"),
          QStringLiteral("3765"), QStringLiteral("3,765"), QStringLiteral("7.65"), QStringLiteral("7.7") };
// An XLSX holds no text for numbers but has column widths such as 27.7109375, so "7.7" is left out there.
const qsizetype kHiddenRawFigures = kHiddenFigures.size() - 1;

Column column(const QString& key, const QString& title, CellKind kind, const QString& period, int percentOf = -1)
{
    Column c;
    c.key = key;
    c.title = title;
    c.kind = kind;
    c.periodKey = period;
    c.percentOf = percentOf;
    return c;
}

Row row(const QString& key, const QString& label, const QList<Cell>& figures, int level = 0, bool total = false)
{
    Row r;
    r.key = key;
    r.level = level;
    r.total = total;
    r.cells.append(Cell::label(label));
    r.cells.append(figures);
    return r;
}

// Where referrals came from: self, gp (with two level-1 sub-rows), total.
Table sources(int self, int subA, int subB)
{
    const int gp = subA + subB;
    const int total = self + gp;
    Table t;
    t.id = QStringLiteral("referrals.sources");
    t.title = QStringLiteral("Where referrals came from");
    t.n = total;
    t.nLabel = QStringLiteral("people referred");
    t.sums = Sums::Down;
    t.columns = { column(QStringLiteral("source"), QStringLiteral("Source"), CellKind::Text, {}),
        column(QStringLiteral("count"), QStringLiteral("People"), CellKind::Count, QStringLiteral("current")),
        column(QStringLiteral("percent"), QStringLiteral("%"), CellKind::Percent, QStringLiteral("current"), 1) };
    t.rows = { row(QStringLiteral("self"), kFormulaLabel, { Cell::count(self), Cell::percent(self, total) }),
        row(QStringLiteral("gp"), kGpLabel, { Cell::count(gp), Cell::percent(gp, total) }),
        row(QStringLiteral("gp.a"), kSubLabel, { Cell::count(subA), Cell::percent(subA, total) }, 1),
        row(QStringLiteral("gp.b"), kSubLabel2, { Cell::count(subB), Cell::percent(subB, total) }, 1),
        row(QStringLiteral("total"), QStringLiteral("Total"), { Cell::count(total), Cell::percent(total, total) }, 0,
            true) };
    t.notes = { QStringLiteral("A person referred twice is counted once.") };
    return t;
}

Report sample()
{
    const Period current = quarterContaining(QDate(2026, 8, 1), 4);
    Report r;
    r.id = QStringLiteral("quarterly");
    r.title = QStringLiteral("Quarterly report");
    r.subtitle = QStringLiteral("For trustees and funders");
    r.organisation = kOrganisation;
    r.logoPng = QByteArray("\x89PNG\r\n\x1a\nlogo", 12);
    r.period = current;
    r.generatedAt = QDateTime(QDate(2026, 10, 3), QTime(9, 30), QTimeZone::utc());
    r.generatedBy = QStringLiteral("Coordinator");

    Section referrals;
    referrals.id = QStringLiteral("referrals");
    referrals.title = QStringLiteral("Referral sources");
    referrals.blocks.append(Block::ofTable(sources(12, 3, 4321)));
    Chart chart;
    chart.id = QStringLiteral("referrals.chart");
    chart.title = QStringLiteral("Referrals by source");
    chart.kind = Chart::Kind::Bars;
    chart.tableId = QStringLiteral("referrals.sources");
    chart.series = { ChartSeries { QStringLiteral("Share of people"), 2 } };
    chart.valueAxisTitle = QStringLiteral("% of people");
    chart.nLabel = QStringLiteral("n = 4,336 people referred");
    referrals.blocks.append(Block::ofChart(chart));
    r.sections.append(referrals);

    Section wellbeing;
    wellbeing.id = QStringLiteral("wellbeing");
    wellbeing.title = QStringLiteral("Wellbeing");
    Table change;
    change.id = QStringLiteral("wellbeing.change");
    change.title = QStringLiteral("Mean change");
    change.n = 3;
    change.nLabel = QStringLiteral("people with a first and last score");
    change.comparable = false;
    change.columns = { column(QStringLiteral("measure"), QStringLiteral("Measure"), CellKind::Text, {}),
        column(QStringLiteral("mean"), QStringLiteral("Mean change"), CellKind::Number, QStringLiteral("current")) };
    change.rows = { row(QStringLiteral("wemwbs"), QStringLiteral("WEMWBS"), { Cell::number(7.654321, 1, 3) }),
        row(QStringLiteral("swemwbs"), QStringLiteral("SWEMWBS"), { Cell::number(2.5, 1, 40) }) };
    wellbeing.blocks.append(Block::paragraph(
        QStringLiteral("Scores <b>are</b> 'mapped' & compared.\n\nSecond paragraph."), QStringLiteral("About these")));
    wellbeing.blocks.append(Block::ofTable(change));
    r.sections.append(wellbeing);

    Section stories;
    stories.id = QStringLiteral("stories");
    stories.title = QStringLiteral("Stories: in [their] own words / quotes?");
    stories.blocks.append(Block::story(QStringLiteral("Finding my feet"),
        QStringLiteral("I didn't think I'd go back. Now I \"run\" the group — <every> week.")));
    r.sections.append(stories);

    Report previous;
    previous.period = previousPeriod(current, 4);
    Section prevSection;
    prevSection.id = QStringLiteral("referrals");
    prevSection.blocks.append(Block::ofTable(sources(2, 5000, 3765)));
    previous.sections.append(prevSection);

    addComparisons(r, { previous });
    suppress(r, 5);
    format(r, QLocale(QLocale::English, QLocale::UnitedKingdom));
    return r;
}

void checkNoHiddenFigure(const QByteArray& data, const char* format, bool xlsx = false)
{
    for (const QString& figure : kHiddenFigures.mid(0, xlsx ? kHiddenRawFigures : kHiddenFigures.size())) {
        QVERIFY2(!data.contains(figure.toUtf8()),
            qPrintable(QStringLiteral("%1 contains the hidden figure %2").arg(QLatin1String(format), figure)));
    }
}

// --- A minimal zip reader, to look inside the XLSX without any tool ---

quint32 u32(const QByteArray& d, qsizetype at)
{
    return qFromLittleEndian<quint32>(d.constData() + at);
}

quint16 u16(const QByteArray& d, qsizetype at)
{
    return qFromLittleEndian<quint16>(d.constData() + at);
}

QByteArray inflateRaw(const QByteArray& in, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    z_stream s {};
    if (inflateInit2(&s, -MAX_WBITS) != Z_OK) {
        return {};
    }
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.constData()));
    s.avail_in = uInt(in.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = uInt(out.size());
    const int rc = inflate(&s, Z_FINISH);
    inflateEnd(&s);
    return rc == Z_STREAM_END ? out : QByteArray();
}

// Every entry of a zip archive by name, uncompressed; empty when the central directory is not valid.
QMap<QString, QByteArray> unzip(const QByteArray& zip)
{
    QMap<QString, QByteArray> entries;
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0 || end + 22 > zip.size()) {
        return entries;
    }
    const int count = u16(zip, end + 10);
    qsizetype at = u32(zip, end + 16);
    for (int i = 0; i < count; ++i) {
        if (at + 46 > zip.size() || zip.mid(at, 4) != QByteArray("PK\x01\x02", 4)) {
            return {};
        }
        const int method = u16(zip, at + 10);
        const quint32 packed = u32(zip, at + 20);
        const quint32 size = u32(zip, at + 24);
        const int nameLength = u16(zip, at + 28);
        const int extra = u16(zip, at + 30);
        const int comment = u16(zip, at + 32);
        const quint32 local = u32(zip, at + 42);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        if (zip.mid(local, 4) != QByteArray("PK\x03\x04", 4)) {
            return {};
        }
        const qsizetype data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        const QByteArray raw = zip.mid(data, packed);
        entries.insert(name, method == 0 ? raw : inflateRaw(raw, size));
        at += 46 + nameLength + extra + comment;
    }
    return entries;
}

QJsonObject tableObject(const QJsonObject& report, int section, int block)
{
    return report[QStringLiteral("sections")][section][QStringLiteral("blocks")][block][QStringLiteral("table")]
        .toObject();
}

} // namespace

class TstReportFormats : public QObject
{
    Q_OBJECT

private slots:
    void names();
    void jsonStructure();
    void jsonExactForASmallReport();
    void jsonNeverHoldsAHiddenFigure();
    void csvParsesBack();
    void htmlEscapesAndHasEveryTable();
    void xlsxIsAWorkbook();
    void xlsxSheetNames();
    void saveAsWritesWholeFiles();
    void saveAsFailsWithAMessage();
};

void TstReportFormats::names()
{
    QCOMPARE(formatFromName(QStringLiteral("PDF")), std::optional<Format>(Format::Pdf));
    QCOMPARE(formatFromName(QStringLiteral("json")), std::optional<Format>(Format::Json));
    QCOMPARE(formatFromName(QStringLiteral("xlsx")), std::optional<Format>(Format::Xlsx));
    QVERIFY(!formatFromName(QStringLiteral("docx")).has_value());
    QVERIFY(!formatFromName(QString()).has_value());
    QCOMPARE(formatName(Format::Csv), QStringLiteral("csv"));
    QCOMPARE(formatSuffix(Format::Html), QStringLiteral(".html"));
}

void TstReportFormats::jsonStructure()
{
    const Report r = sample();
    const QByteArray json = toJson(r);
    QVERIFY(json.startsWith("{\n  \"format\": \"alongside-report\",\n  \"version\": 1,\n  \"report\": {\n"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc[QStringLiteral("format")].toString(), QStringLiteral("alongside-report"));
    QCOMPARE(doc[QStringLiteral("version")].toInt(), 1);
    const QJsonObject report = doc[QStringLiteral("report")].toObject();
    QCOMPARE(report[QStringLiteral("id")].toString(), QStringLiteral("quarterly"));
    QCOMPARE(report[QStringLiteral("organisation")].toString(), kOrganisation);
    QCOMPARE(report[QStringLiteral("hasLogo")].toBool(), true);
    QVERIFY(!report.contains(QStringLiteral("logoPng")));
    QCOMPARE(report[QStringLiteral("period")][QStringLiteral("from")].toString(), QStringLiteral("2026-07-01"));
    QCOMPARE(report[QStringLiteral("period")][QStringLiteral("to")].toString(), QStringLiteral("2026-09-30"));
    QCOMPARE(report[QStringLiteral("period")][QStringLiteral("label")].toString(),
        QStringLiteral("Q2 2026/27, Jul–Sep 2026"));
    const QJsonArray comparisons = report[QStringLiteral("comparisons")].toArray();
    QCOMPARE(comparisons.size(), 1);
    QCOMPARE(comparisons[0][QStringLiteral("key")].toString(), QStringLiteral("previous"));
    QCOMPARE(comparisons[0][QStringLiteral("from")].toString(), QStringLiteral("2026-04-01"));
    QVERIFY(report[QStringLiteral("asOf")].isNull());
    QCOMPARE(report[QStringLiteral("generatedAt")].toString(), QStringLiteral("2026-10-03T09:30:00Z"));
    QCOMPARE(report[QStringLiteral("threshold")].toInt(), 5);
    QCOMPARE(report[QStringLiteral("suppressed")].toBool(), true);
    QCOMPARE(report[QStringLiteral("anythingHidden")].toBool(), true);
    QCOMPARE(report[QStringLiteral("notes")].toArray().size(), 1);

    const QJsonObject t = tableObject(report, 0, 0);
    QCOMPARE(t[QStringLiteral("id")].toString(), QStringLiteral("referrals.sources"));
    QCOMPARE(t[QStringLiteral("periodKey")].toString(), QStringLiteral("current"));
    QCOMPARE(t[QStringLiteral("n")].toInt(), 4336);
    QVERIFY(t[QStringLiteral("nHidden")].isNull());
    QCOMPARE(t[QStringLiteral("nLabel")].toString(), QStringLiteral("people referred"));
    QCOMPARE(t[QStringLiteral("sums")].toString(), QStringLiteral("down"));
    const QJsonArray columns = t[QStringLiteral("columns")].toArray();
    QCOMPARE(columns.size(), 5);
    QVERIFY(columns[0][QStringLiteral("periodKey")].isNull());
    QCOMPARE(columns[0][QStringLiteral("kind")].toString(), QStringLiteral("text"));
    QCOMPARE(columns[2][QStringLiteral("kind")].toString(), QStringLiteral("percent"));
    QCOMPARE(columns[2][QStringLiteral("percentOf")].toInt(), 1);
    QCOMPARE(columns[3][QStringLiteral("periodKey")].toString(), QStringLiteral("previous"));
    QCOMPARE(columns[4][QStringLiteral("percentOf")].toInt(), 3);
    QCOMPARE(columns[1][QStringLiteral("total")].toBool(), false);
    const QJsonArray rows = t[QStringLiteral("rows")].toArray();
    QCOMPARE(rows.size(), 5);
    const QJsonObject self = rows[0].toObject();
    QCOMPARE(self[QStringLiteral("key")].toString(), QStringLiteral("self"));
    QCOMPARE(self[QStringLiteral("level")].toInt(), 0);
    QCOMPARE(self[QStringLiteral("cells")][0][QStringLiteral("text")].toString(), kFormulaLabel);
    QVERIFY(self[QStringLiteral("cells")][0][QStringLiteral("value")].isNull());
    QCOMPARE(self[QStringLiteral("cells")][1][QStringLiteral("text")].toString(), QStringLiteral("12"));
    QCOMPARE(self[QStringLiteral("cells")][1][QStringLiteral("value")].toDouble(), 12.0);
    QVERIFY(self[QStringLiteral("cells")][1][QStringLiteral("hidden")].isNull());
    QCOMPARE(self[QStringLiteral("cells")][2][QStringLiteral("text")].toString(), QStringLiteral("0.3%"));
    QCOMPARE(self[QStringLiteral("cells")][2][QStringLiteral("value")].toDouble(), 1200.0 / 4336);
    // The previous period's self-referrals (2) are small.
    QCOMPARE(self[QStringLiteral("cells")][3].toObject(),
        QJsonObject({ { QStringLiteral("text"), QStringLiteral("<5") }, { QStringLiteral("value"), QJsonValue() },
            { QStringLiteral("hidden"), QStringLiteral("small") } }));
    const QJsonObject subB = rows[3].toObject();
    QCOMPARE(subB[QStringLiteral("level")].toInt(), 1);
    QCOMPARE(subB[QStringLiteral("cells")][0][QStringLiteral("text")].toString(), kSubLabel2);
    QCOMPARE(subB[QStringLiteral("cells")][1].toObject(),
        QJsonObject({ { QStringLiteral("text"), QStringLiteral("*") }, { QStringLiteral("value"), QJsonValue() },
            { QStringLiteral("hidden"), QStringLiteral("secondary") } }));
    QCOMPARE(rows[4][QStringLiteral("total")].toBool(), true);
    QCOMPARE(t[QStringLiteral("notes")].toArray().first().toString(),
        QStringLiteral("A person referred twice is counted once."));

    const QJsonObject chartBlock = report[QStringLiteral("sections")][0][QStringLiteral("blocks")][1].toObject();
    QCOMPARE(chartBlock[QStringLiteral("type")].toString(), QStringLiteral("chart"));
    const QJsonObject chart = chartBlock[QStringLiteral("chart")].toObject();
    QCOMPARE(chart[QStringLiteral("tableId")].toString(), QStringLiteral("referrals.sources"));
    QCOMPARE(chart[QStringLiteral("kind")].toString(), QStringLiteral("bars"));
    QCOMPARE(chart[QStringLiteral("series")][0][QStringLiteral("column")].toInt(), 2);
    QCOMPARE(chart[QStringLiteral("series")][0][QStringLiteral("columnKey")].toString(), QStringLiteral("percent"));
    QCOMPARE(chart[QStringLiteral("series")][0][QStringLiteral("periodKey")].toString(), QStringLiteral("current"));

    const QJsonArray wellbeing = report[QStringLiteral("sections")][1][QStringLiteral("blocks")].toArray();
    QCOMPARE(wellbeing[0][QStringLiteral("type")].toString(), QStringLiteral("paragraph"));
    QCOMPARE(wellbeing[0][QStringLiteral("heading")].toString(), QStringLiteral("About these"));
    const QJsonObject change = tableObject(report, 1, 1);
    QVERIFY(change[QStringLiteral("n")].isNull());
    QCOMPARE(change[QStringLiteral("nHidden")].toString(), QStringLiteral("small"));
    QCOMPARE(change[QStringLiteral("rows")][0][QStringLiteral("cells")][1].toObject(),
        QJsonObject({ { QStringLiteral("text"), QStringLiteral("n<5") }, { QStringLiteral("value"), QJsonValue() },
            { QStringLiteral("hidden"), QStringLiteral("too_few") } }));
    QCOMPARE(change[QStringLiteral("rows")][1][QStringLiteral("cells")][1][QStringLiteral("value")].toDouble(), 2.5);

    const QJsonObject story = report[QStringLiteral("sections")][2][QStringLiteral("blocks")][0].toObject();
    QCOMPARE(story[QStringLiteral("type")].toString(), QStringLiteral("story"));
    QCOMPARE(story[QStringLiteral("title")].toString(), QStringLiteral("Finding my feet"));
    QVERIFY(story[QStringLiteral("text")].toString().contains(QStringLiteral("\"run\" the group — <every> week")));

    // Compact is the same document on one line; writing twice gives the same bytes.
    const QByteArray compact = toJson(r, false);
    QVERIFY(!compact.contains('\n'));
    QCOMPARE(QJsonDocument::fromJson(compact), doc);
    QCOMPARE(toJson(r), json);
}

void TstReportFormats::jsonExactForASmallReport()
{
    // The whole schema, byte for byte, for the smallest report with one of everything a table has.
    Report r;
    r.id = QStringLiteral("x");
    r.title = QStringLiteral("T");
    r.period = makePeriod(QDate(2026, 7, 1), QDate(2026, 7, 31), 4);
    r.threshold = 5;
    Section s;
    s.id = QStringLiteral("s");
    s.title = QStringLiteral("S");
    Table t;
    t.id = QStringLiteral("s.t");
    t.title = QStringLiteral("Tab");
    t.n = 10;
    t.nLabel = QStringLiteral("people");
    t.columns = { column(QStringLiteral("l"), QStringLiteral("L"), CellKind::Text, {}),
        column(QStringLiteral("c"), QStringLiteral("C"), CellKind::Count, QStringLiteral("current")) };
    t.rows = { row(QStringLiteral("a"), QStringLiteral("A"), { Cell::count(10) }),
        row(QStringLiteral("b"), QStringLiteral("B"), { Cell::count(2) }) };
    s.blocks.append(Block::ofTable(t));
    r.sections.append(s);
    suppress(r, 5);
    r.notes.clear();
    format(r, QLocale::c());
    const QByteArray expected = R"({"format":"alongside-report","version":1,"report":{"id":"x","title":"T",)"
                                R"("subtitle":"","organisation":"","hasLogo":false,"period":{"key":"current",)"
                                R"("label":"Jul 2026","from":"2026-07-01","to":"2026-07-31"},"comparisons":[],)"
                                R"("asOf":null,"generatedAt":null,"generatedBy":"","threshold":5,"suppressed":true,)"
                                R"("namesPeople":false,"anythingHidden":true,"notes":[],"sections":[{"id":"s",)"
                                R"("title":"S","blocks":[{"type":"table","table":{"id":"s.t","title":"Tab",)"
                                R"("periodKey":"current","n":10,"nHidden":null,"nLabel":"people","sums":"none",)"
                                R"("columns":[{"key":"l","title":"L","kind":"text","periodKey":null,"total":false,)"
                                R"("percentOf":null},{"key":"c","title":"C","kind":"count","periodKey":"current",)"
                                R"("total":false,"percentOf":null}],"rows":[{"key":"a","level":0,"total":false,)"
                                R"("cells":[{"text":"A","value":null,"hidden":null},{"text":"10","value":10,)"
                                R"("hidden":null}]},{"key":"b","level":0,"total":false,"cells":[{"text":"B",)"
                                R"("value":null,"hidden":null},{"text":"<5","value":null,"hidden":"small"}]}],)"
                                R"("notes":[],"emptyText":""}}]}]}})";
    QCOMPARE(toJson(r, false), expected);
}

void TstReportFormats::jsonNeverHoldsAHiddenFigure()
{
    const QByteArray json = toJson(sample());
    checkNoHiddenFigure(json, "JSON");
    const QJsonObject report = QJsonDocument::fromJson(json)[QStringLiteral("report")].toObject();
    int hidden = 0;
    for (const QJsonValue& section : report[QStringLiteral("sections")].toArray()) {
        for (const QJsonValue& block : section[QStringLiteral("blocks")].toArray()) {
            for (const QJsonValue& row : block[QStringLiteral("table")][QStringLiteral("rows")].toArray()) {
                for (const QJsonValue& cell : row[QStringLiteral("cells")].toArray()) {
                    if (!cell[QStringLiteral("hidden")].isNull()) {
                        ++hidden;
                        QVERIFY(cell[QStringLiteral("value")].isNull());
                    }
                }
            }
        }
    }
    // gp.a (count, %), gp.b (count, %), previous self, gp and gp.b (count, %), the WEMWBS mean.
    QCOMPARE(hidden, 11);

    // Even a report whose hidden cells still hold text that gives the figure away (not formatted
    // after suppression) is written with the hidden text.
    Report careless = sample();
    Table* t = careless.sections[0].table(QStringLiteral("referrals.sources"));
    t->rows[3].cells[1].text = QStringLiteral("4321");
    t->rows[3].cells[2].text = QStringLiteral("99.65%");
    checkNoHiddenFigure(toJson(careless), "JSON");
    QVERIFY(!toJson(careless).contains("99.65"));
    checkNoHiddenFigure(toCsv(careless), "CSV");
    checkNoHiddenFigure(toHtml(careless), "HTML");
}

void TstReportFormats::csvParsesBack()
{
    const QByteArray data = toCsv(sample());
    QVERIFY(data.startsWith("\xEF\xBB\xBF"));
    checkNoHiddenFigure(data, "CSV");
    Result<QList<QStringList>> parsed = csv::parse(data);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.message()));
    const QList<QStringList> rows = parsed.value();
    QCOMPARE(rows.first(), QStringList { QStringLiteral("Quarterly report") });
    QVERIFY(rows.contains(QStringList { kOrganisation }));
    QVERIFY(rows.contains(QStringList { QStringLiteral("Period: Q2 2026/27, Jul–Sep 2026") }));

    const qsizetype at = rows.indexOf(QStringList { QStringLiteral("Where referrals came from") });
    QVERIFY(at > 0);
    QCOMPARE(rows[at - 1], QStringList { QStringLiteral("Referral sources") });
    const QString previous = QStringLiteral("Previous period (Q1 2026/27, Apr–Jun 2026)");
    QCOMPARE(rows[at + 1], QStringList { QStringLiteral("Period: Q2 2026/27, Jul–Sep 2026; ") + previous });
    QCOMPARE(rows[at + 2], QStringList { QStringLiteral("n = 4,336 people referred") });
    QCOMPARE(rows[at + 3],
        QStringList({ QStringLiteral("Source"), QStringLiteral("People"), QStringLiteral("%"),
            QStringLiteral("People (%1)").arg(previous), QStringLiteral("% (%1)").arg(previous) }));
    // The formula-looking label comes back with the apostrophe that stops a spreadsheet running it.
    QCOMPARE(rows[at + 4],
        QStringList({ QLatin1Char('\'') + kFormulaLabel, QStringLiteral("12"), QStringLiteral("0.3%"),
            QStringLiteral("<5"), QStringLiteral("*") }));
    QCOMPARE(rows[at + 5],
        QStringList(
            { kGpLabel, QStringLiteral("4,324"), QStringLiteral("99.7%"), QStringLiteral("*"), QStringLiteral("*") }));
    QCOMPARE(rows[at + 6],
        QStringList({ QStringLiteral("  ") + kSubLabel, QStringLiteral("<5"), QStringLiteral("*"),
            QStringLiteral("5,000"), QStringLiteral("57.0%") }));
    QCOMPARE(rows[at + 7],
        QStringList({ QStringLiteral("  ") + kSubLabel2, QStringLiteral("*"), QStringLiteral("*"), QStringLiteral("*"),
            QStringLiteral("*") }));
    QCOMPARE(rows[at + 8],
        QStringList({ QStringLiteral("Total"), QStringLiteral("4,336"), QStringLiteral("100.0%"),
            QStringLiteral("8,767"), QStringLiteral("100.0%") }));
    QCOMPARE(rows[at + 9], QStringList { QStringLiteral("Note: A person referred twice is counted once.") });

    const qsizetype change = rows.indexOf(QStringList { QStringLiteral("Mean change") });
    QVERIFY(change > at);
    QCOMPARE(rows[change + 2], QStringList { QStringLiteral("n = <5 people with a first and last score") });
    QCOMPARE(rows[change + 4], QStringList({ QStringLiteral("WEMWBS"), QStringLiteral("n<5") }));
    QCOMPARE(rows[change + 5], QStringList({ QStringLiteral("SWEMWBS"), QStringLiteral("2.5") }));
    QVERIFY(
        rows.contains(QStringList { QStringLiteral("Scores <b>are</b> 'mapped' & compared.\n\nSecond paragraph.") }));

    const qsizetype story = rows.indexOf(QStringList { QStringLiteral("Story: Finding my feet") });
    QVERIFY(story > change);
    QCOMPARE(rows[story + 1],
        QStringList { QStringLiteral("I didn't think I'd go back. Now I \"run\" the group — <every> week.") });
    QCOMPARE(rows[rows.size() - 2], QStringList { QStringLiteral("Notes") });
    QVERIFY(rows.last().first().startsWith(QStringLiteral("Small numbers are suppressed")));
}

void TstReportFormats::htmlEscapesAndHasEveryTable()
{
    const Report r = sample();
    const QByteArray html = toHtml(r);
    const QString page = QString::fromUtf8(html);
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    checkNoHiddenFigure(html, "HTML");
    QVERIFY(page.contains(QStringLiteral("Café Ünity&#39;s &quot;Peer&quot; &lt;Support&gt; &amp; Co")));
    QVERIFY(!page.contains(QStringLiteral("<Support>")));
    QVERIFY(!page.contains(QStringLiteral("<every>")));
    QVERIFY(!page.contains(QStringLiteral("<b>are</b>")));
    QVERIFY(page.contains(QStringLiteral("Scores &lt;b&gt;are&lt;/b&gt; &#39;mapped&#39; &amp; compared.")));
    QVERIFY(page.contains(QStringLiteral("&lt;every&gt; week")));
    QVERIFY(
        page.contains(QStringLiteral("<img src=\"data:image/png;base64,") + QString::fromLatin1(r.logoPng.toBase64())));
    QVERIFY(page.contains(QStringLiteral("<table id=\"referrals.sources\">")));
    QVERIFY(page.contains(QStringLiteral("<table id=\"wellbeing.change\">")));
    QCOMPARE(page.count(QStringLiteral("<table")), 3); // two tables and the chart's figures
    QCOMPARE(page.count(QStringLiteral("<caption>")), 3);
    QVERIFY(page.contains(QStringLiteral("<caption>Where referrals came from")));
    QVERIFY(page.contains(QStringLiteral("<caption>Referrals by source")));
    QVERIFY(page.contains(QStringLiteral("This chart is drawn in the PDF")));
    QVERIFY(page.contains(QStringLiteral("<th scope=\"col\">Source</th>")));
    QVERIFY(page.contains(QStringLiteral("<th scope=\"row\">Zoë&#39;s own GP, Ærø</th>")));
    QVERIFY(page.contains(QStringLiteral("<tr class=\"sub\">")));
    QVERIFY(page.contains(QStringLiteral("<tr class=\"total\">")));
    QVERIFY(page.contains(QStringLiteral("<td class=\"figure hidden\">&lt;5</td>")));
    QVERIFY(page.contains(QStringLiteral("n = &lt;5 people with a first and last score")));
    QVERIFY(page.contains(QStringLiteral("<h3>Finding my feet</h3>")));
    QVERIFY(page.contains(QStringLiteral("Small numbers are suppressed")));
    QVERIFY(!page.contains(QStringLiteral("<script")));
    QVERIFY(!page.contains(QStringLiteral("http")));
    // The chart's table shows the chart's series, hidden cells as hidden.
    const qsizetype chart = page.indexOf(QStringLiteral("<caption>Referrals by source"));
    const QString chartTable = page.mid(chart, page.indexOf(QStringLiteral("</table>"), chart) - chart);
    QVERIFY(chartTable.contains(QStringLiteral("<th scope=\"col\" class=\"figure\">Share of people</th>")));
    QVERIFY(chartTable.contains(QStringLiteral("99.7%")));
    QVERIFY(!chartTable.contains(QStringLiteral(">Total<"))); // total rows are not drawn
}

void TstReportFormats::xlsxIsAWorkbook()
{
    Result<QByteArray> xlsx = toXlsx(sample());
    QVERIFY2(xlsx.isOk(), qPrintable(xlsx.message()));
    const QByteArray data = xlsx.value();
    QVERIFY(data.startsWith(QByteArray("PK\x03\x04", 4)));
    const QMap<QString, QByteArray> entries = unzip(data);
    QVERIFY2(entries.contains(QStringLiteral("xl/workbook.xml")), qPrintable(entries.keys().join(u' ')));
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(entries.contains(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i)));
    }
    QVERIFY(!entries.contains(QStringLiteral("xl/worksheets/sheet5.xml")));
    const QString workbook = QString::fromUtf8(entries.value(QStringLiteral("xl/workbook.xml")));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Report\"")));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Referral sources\"")));
    QVERIFY(workbook.contains(QStringLiteral("name=\"Wellbeing\"")));
    QVERIFY2(workbook.contains(QStringLiteral("name=\"Stories in their own words quot\"")), qPrintable(workbook));
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        checkNoHiddenFigure(it.value(), qPrintable(it.key()), true);
    }
    const QString strings = QString::fromUtf8(entries.value(QStringLiteral("xl/sharedStrings.xml")));
    QVERIFY(strings.contains(QStringLiteral("&lt;5")));
    QVERIFY(strings.contains(QStringLiteral("n&lt;5")));
    QVERIFY(strings.contains(QStringLiteral("<t>*</t>")));
    QVERIFY(strings.contains(QStringLiteral("Zoë's own GP, Ærø")));
    QVERIFY(strings.contains(kFormulaLabel)); // a string, never a formula
    QVERIFY(strings.contains(QStringLiteral("People (Previous period (Q1 2026/27, Apr–Jun 2026))")));
    QVERIFY(strings.contains(QStringLiteral("A person referred twice is counted once.")));
    // Numbers are numbers: the self-referral count and its share (12 of 4,336) as a fraction shown as 0.0%.
    const QString sheet = QString::fromUtf8(entries.value(QStringLiteral("xl/worksheets/sheet2.xml")));
    QVERIFY(!sheet.contains(QStringLiteral("<f>")));
    QVERIFY(sheet.contains(QStringLiteral("<v>12</v>")));
    QVERIFY(sheet.contains(QStringLiteral("<v>4336</v>")));
    QVERIFY2(sheet.contains(QStringLiteral("<v>0.00276")), qPrintable(sheet.left(3000)));
    QVERIFY(sheet.contains(QStringLiteral("<cols>")));
    const QString styles = QString::fromUtf8(entries.value(QStringLiteral("xl/styles.xml")));
    QVERIFY(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));
    QVERIFY(styles.contains(QStringLiteral("formatCode=\"#,##0\"")));
    QVERIFY(styles.contains(QStringLiteral("<b/>")));
    // The same report gives the same workbook.
    Result<QByteArray> again = toXlsx(sample());
    QVERIFY(again.isOk());
    QCOMPARE(again.value(), data);
}

void TstReportFormats::xlsxSheetNames()
{
    // One section: a single sheet. Several: "Report" and one per section, names made valid and unique.
    Report list = listReport(QStringLiteral("People"), { QStringLiteral("Name"), QStringLiteral("Role") },
        { { QStringLiteral("Ann"), QStringLiteral("Mentor") } }, QStringLiteral("Active only"), QStringLiteral("Org"));
    Result<QByteArray> one = toXlsx(list);
    QVERIFY(one.isOk());
    QMap<QString, QByteArray> entries = unzip(one.value());
    QVERIFY(entries.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    QVERIFY(!entries.contains(QStringLiteral("xl/worksheets/sheet2.xml")));

    Report r;
    r.title = QStringLiteral("Names");
    for (const QString& title : { QStringLiteral("A/B"), QStringLiteral("A\\B"), QStringLiteral("report"),
             QStringLiteral("'Quoted'"), QString(40, QLatin1Char('x')), QString(40, QLatin1Char('x')) }) {
        Section s;
        s.id = QStringLiteral("s");
        s.title = title;
        s.blocks.append(Block::paragraph(QStringLiteral("text")));
        r.sections.append(s);
    }
    Result<QByteArray> many = toXlsx(r);
    QVERIFY2(many.isOk(), qPrintable(many.message()));
    entries = unzip(many.value());
    const QString workbook = QString::fromUtf8(entries.value(QStringLiteral("xl/workbook.xml")));
    for (const QString& name : QStringList { QStringLiteral("Report"), QStringLiteral("A B"), QStringLiteral("A B (2)"),
             QStringLiteral("report (2)"), QStringLiteral("Quoted"), QString(31, QLatin1Char('x')),
             QString(27, QLatin1Char('x')) + QStringLiteral(" (2)") }) {
        QVERIFY2(workbook.contains(QStringLiteral("name=\"%1\"").arg(name)), qPrintable(name + u'\n' + workbook));
    }
}

void TstReportFormats::saveAsWritesWholeFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Report r = sample();
    const QString json = dir.filePath(QStringLiteral("report.json"));
    QVERIFY(saveAs(r, Format::Json, json).isOk());
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), toJson(r));
    file.close();
    for (Format f : { Format::Csv, Format::Html, Format::Xlsx }) {
        const QString path = dir.filePath(QStringLiteral("report") + formatSuffix(f));
        const Status saved = saveAs(r, f, path);
        QVERIFY2(saved.isOk(), qPrintable(saved.message()));
        QFile out(path);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.size() > 100);
    }
    if (qEnvironmentVariableIsSet("REPORTFORMATS_KEEP")) {
        for (const QString& f : QDir(dir.path()).entryList(QDir::Files)) {
            QFile::copy(dir.filePath(f), qEnvironmentVariable("REPORTFORMATS_KEEP") + u'/' + f);
        }
    }
    // Nothing but the four files: no temporary file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 4);
}

void TstReportFormats::saveAsFailsWithAMessage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Report r = sample();
    Status pdf = saveAs(r, Format::Pdf, dir.filePath(QStringLiteral("r.pdf")));
    QVERIFY(!pdf.isOk());
    QVERIFY(pdf.message().contains(QStringLiteral("PDF")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.pdf"))));

    Status missing = saveAs(r, Format::Csv, dir.filePath(QStringLiteral("no such folder/r.csv")));
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().code, Error::Code::Io);
    QVERIFY2(missing.message().contains(QStringLiteral("does not exist")), qPrintable(missing.message()));
    QVERIFY(missing.message().contains(QStringLiteral("Choose a folder you may write to")));

    // A folder where the file should be (root may write anywhere, so this stands in for "unwritable").
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.json")));
    Status folder = saveAs(r, Format::Json, dir.filePath(QStringLiteral("taken.json")));
    QVERIFY(!folder.isOk());
    QVERIFY2(folder.message().contains(QStringLiteral("try again")), qPrintable(folder.message()));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("taken.json"))).isDir());
}

QTEST_GUILESS_MAIN(TstReportFormats)
#include "tst_reportformats.moc"
