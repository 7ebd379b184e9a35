// Painting a Report on A4 pages: the PDF is written whole, its page count, fonts and text are checked
// with poppler's tools, a long table repeats its header and never splits a row, and the same report
// takes the same pages at 72 and 1200 dpi. With ALONGSIDE_SCREENSHOTS=DIR set, it leaves its PDFs
// there for a person to look at (pdftoppm -r 60 -png).

#include "core/reports/report.h"
#include "core/reports/reports.h"
#include "support/uitest.h"
#include "ui/reports/reportrender.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using namespace alongside::core::report;

namespace {

const int kYearStart = 4; // April

QByteArray logoPng()
{
    QImage image(240, 90, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0x2a, 0x7a, 0x8c));
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(5, 5, 80, 80));
    p.setBrush(QColor(0xe0, 0x8a, 0x2c));
    p.drawEllipse(QRectF(55, 5, 80, 80));
    p.setPen(QColor(0x1d, 0x4e, 0x6b));
    QFont f = p.font();
    f.setPixelSize(34);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRectF(140, 0, 100, 90), Qt::AlignVCenter, QStringLiteral("RPS"));
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

Column column(const QString& key, const QString& title, CellKind kind, const QString& periodKey = {})
{
    Column c;
    c.key = key;
    c.title = title;
    c.kind = kind;
    c.periodKey = periodKey;
    return c;
}

Row row(const QString& key, const QList<Cell>& cells, int level = 0, bool total = false)
{
    Row r;
    r.key = key;
    r.cells = cells;
    r.level = level;
    r.total = total;
    return r;
}

/** Referral sources with the current period, the previous quarter and the year to date side by side. */
Table referralSources()
{
    Table t;
    t.id = QStringLiteral("referrals.sources");
    t.title = QStringLiteral("Referral sources");
    t.n = 124;
    t.nLabel = QStringLiteral("people referred");
    t.sums = Sums::Down;
    t.columns = { column(QStringLiteral("source"), QStringLiteral("Source"), CellKind::Text) };
    for (const QString& period : { QStringLiteral("current"), QStringLiteral("previous"), QStringLiteral("ytd") }) {
        t.columns.append(column(QStringLiteral("count"), QStringLiteral("People"), CellKind::Count, period));
        Column pc = column(QStringLiteral("percent"), QStringLiteral("% of people"), CellKind::Percent, period);
        pc.percentOf = int(t.columns.size()) - 1;
        t.columns.append(pc);
    }

    struct Line
    {
        const char* key;
        const char* label;
        int level;
        int counts[3];
    };

    const Line lines[] = {
        { "self", "Self-referral", 0, { 52, 40, 92 } },
        { "internal", "Internal (another of our services)", 0, { 30, 28, 58 } },
        { "internal.groups", "From a peer support group", 1, { 27, 25, 52 } },
        { "internal.helpline", "From the helpline", 1, { 3, 3, 6 } },
        { "external", "External organisations", 0, { 42, 37, 79 } },
        { "external.gp", "GP or primary care mental health team", 1, { 25, 20, 45 } },
        { "external.cmht", "Community mental health team", 1, { 13, 15, 28 } },
        { "external.housing", "Housing association", 1, { 4, 2, 6 } },
    };
    const int totals[3] = { 124, 105, 229 };
    for (const Line& l : lines) {
        QList<Cell> cells { Cell::label(QString::fromUtf8(l.label)) };
        for (int p = 0; p < 3; ++p) {
            cells.append(Cell::count(l.counts[p]));
            cells.append(Cell::percent(l.counts[p], totals[p]));
        }
        t.rows.append(row(QString::fromUtf8(l.key), cells, l.level));
    }
    QList<Cell> total { Cell::label(QStringLiteral("Total")) };
    for (int p = 0; p < 3; ++p) {
        total.append(Cell::count(totals[p]));
        total.append(Cell::percent(totals[p], totals[p]));
    }
    t.rows.append(row(QStringLiteral("total"), total, 0, true));
    t.notes = { QStringLiteral("A person referred more than once in the period is counted once, by their first "
                               "referral."),
        QStringLiteral("Sub-sources add up to their source, not to the total.") };
    return t;
}

/** Wellbeing bands at the start and the end, beside the population: the chart's table. */
Table wellbeingBands(bool allHidden)
{
    Table t;
    t.id = allHidden ? QStringLiteral("wellbeing.swemwbs") : QStringLiteral("wellbeing.wemwbs");
    t.title
        = allHidden ? QStringLiteral("SWEMWBS bands, first and last") : QStringLiteral("WEMWBS bands, first and last");
    t.n = allHidden ? 3 : 64;
    t.nLabel = QStringLiteral("people with a first and a last score");
    t.comparable = false;
    t.columns = { column(QStringLiteral("band"), QStringLiteral("Wellbeing"), CellKind::Text),
        column(QStringLiteral("first"), QStringLiteral("First score"), CellKind::Count, QStringLiteral("current")),
        column(QStringLiteral("firstPercent"), QStringLiteral("First %"), CellKind::Percent, QStringLiteral("current")),
        column(QStringLiteral("last"), QStringLiteral("Last score"), CellKind::Count, QStringLiteral("current")),
        column(QStringLiteral("lastPercent"), QStringLiteral("Last %"), CellKind::Percent, QStringLiteral("current")),
        column(QStringLiteral("population"), QStringLiteral("Population %"), CellKind::Number,
            QStringLiteral("current")) };
    t.columns[2].percentOf = 1;
    t.columns[4].percentOf = 3;
    const int n = t.n;
    const int first[3] = { allHidden ? 2 : 38, allHidden ? 1 : 23, allHidden ? 0 : 3 };
    const int last[3] = { allHidden ? 1 : 14, allHidden ? 2 : 40, allHidden ? 0 : 10 };
    const double population[3] = { 15.0, 70.0, 15.0 };
    const char* labels[3] = { "Low wellbeing", "Average wellbeing", "High wellbeing" };
    for (int b = 0; b < 3; ++b) {
        t.rows.append(row(QString::number(b),
            { Cell::label(QString::fromUtf8(labels[b])), Cell::count(first[b]), Cell::percent(first[b], n),
                Cell::count(last[b]), Cell::percent(last[b], n),
                Cell::number(population[b], 1, -1, QStringLiteral("%")) }));
    }
    if (allHidden) {
        // Too few pairs: nothing about them is shown, the population either (it is a comparison).
        for (Row& r : t.rows) {
            r.cells[5] = Cell::none();
        }
    }
    return t;
}

Chart bandsChart(const Table& t)
{
    Chart c;
    c.id = t.id + QStringLiteral(".chart");
    c.title = t.title + QStringLiteral(" beside the population");
    c.tableId = t.id;
    c.series = { ChartSeries { QStringLiteral("First score"), 2 }, ChartSeries { QStringLiteral("Last score"), 4 },
        ChartSeries { QStringLiteral("Population"), 5 } };
    c.valueAxisTitle = QStringLiteral("% of people");
    c.nLabel = QStringLiteral("n = %1 people with a first and a last score").arg(t.n);
    c.notes = { QStringLiteral("Bands: low below 41, average 41–59, high 60 and above.") };
    return c;
}

/** 120 rows: enough to run over three pages. */
Table longTable()
{
    Table t;
    t.id = QStringLiteral("groups.attendance");
    t.title = QStringLiteral("Attendance by group session");
    t.n = 1200;
    t.nLabel = QStringLiteral("sessions attended");
    t.comparable = false;
    t.columns = { column(QStringLiteral("session"), QStringLiteral("Session"), CellKind::Text),
        column(QStringLiteral("attended"), QStringLiteral("People who attended"), CellKind::Count,
            QStringLiteral("current")),
        column(
            QStringLiteral("hours"), QStringLiteral("Volunteer hours"), CellKind::Number, QStringLiteral("current")) };
    for (int i = 1; i <= 120; ++i) {
        // Every seventh label is long enough to wrap in its cell.
        const QString label = i % 7 == 0 ? QStringLiteral("Row label %1: a longer description of a session that ran "
                                                          "in the community hall with the walking group afterwards")
                                               .arg(i, 3, 10, QLatin1Char('0'))
                                         : QStringLiteral("Row label %1").arg(i, 3, 10, QLatin1Char('0'));
        t.rows.append(row(QString::number(i),
            { Cell::label(label), Cell::count(i % 11 == 0 ? 3 : 5 + i % 13), Cell::number(2.5 * (i % 5 + 1), 1) }));
    }
    t.notes = { QStringLiteral("Hours are recorded by the session lead.") };
    return t;
}

/** Twelve figure columns: the font shrinks, then the headers wrap. */
Table wideTable()
{
    Table t;
    t.id = QStringLiteral("workforce.monthly");
    t.title = QStringLiteral("Volunteers active by month");
    t.n = 38;
    t.nLabel = QStringLiteral("volunteers active at some time in the year");
    t.comparable = false;
    t.columns = { column(QStringLiteral("role"), QStringLiteral("Role"), CellKind::Text) };
    const QStringList months = { QStringLiteral("April 2026"), QStringLiteral("May 2026"), QStringLiteral("June 2026"),
        QStringLiteral("July 2026"), QStringLiteral("August 2026"), QStringLiteral("September 2026"),
        QStringLiteral("October 2026"), QStringLiteral("November 2026"), QStringLiteral("December 2026"),
        QStringLiteral("January 2027"), QStringLiteral("February 2027"), QStringLiteral("March 2027") };
    for (const QString& m : months) {
        t.columns.append(column(m, QStringLiteral("Active in ") + m, CellKind::Count, QStringLiteral("current")));
    }
    for (const QString& role : { QStringLiteral("Peer support volunteer"), QStringLiteral("Group facilitator"),
             QStringLiteral("Befriender (telephone and video calls)") }) {
        QList<Cell> cells { Cell::label(role) };
        for (int m = 0; m < months.size(); ++m) {
            cells.append(Cell::count(4 + (m * 7 + int(role.size())) % 12));
        }
        t.rows.append(row(role, cells));
    }
    return t;
}

Report makeReport(bool suppressed)
{
    Report r;
    r.id = QStringLiteral("quarterly");
    r.title = QStringLiteral("Quarterly report");
    r.subtitle = QStringLiteral("Quarterly report for trustees and funders");
    r.organisation = QStringLiteral("Riverside Peer Support");
    r.logoPng = logoPng();
    r.period = makePeriod(QDate(2026, 7, 1), QDate(2026, 9, 30), kYearStart);
    r.comparisons = { previousPeriod(r.period, kYearStart), yearToDate(r.period, kYearStart) };
    r.generatedAt = QDateTime(QDate(2026, 11, 22), QTime(10, 30));
    r.generatedBy = QStringLiteral("Coordinator");

    Section referrals;
    referrals.id = QStringLiteral("referrals");
    referrals.title = QStringLiteral("Referral sources");
    referrals.blocks.append(Block::paragraph(
        QStringLiteral("Where the people referred to us in the quarter heard of us. Most came on their own or from "
                       "one of our groups; GPs remain the largest outside source.")));
    referrals.blocks.append(Block::ofTable(referralSources()));
    r.sections.append(referrals);

    Section wellbeing;
    wellbeing.id = QStringLiteral("wellbeing");
    wellbeing.title = QStringLiteral("Wellbeing outcomes");
    const Table bands = wellbeingBands(false);
    wellbeing.blocks.append(Block::ofTable(bands));
    wellbeing.blocks.append(Block::ofChart(bandsChart(bands)));
    const Table few = wellbeingBands(true);
    wellbeing.blocks.append(Block::ofTable(few));
    wellbeing.blocks.append(Block::ofChart(bandsChart(few)));
    r.sections.append(wellbeing);

    Section workforce;
    workforce.id = QStringLiteral("workforce");
    workforce.title = QStringLiteral("Workforce");
    workforce.blocks.append(Block::ofTable(wideTable()));
    workforce.blocks.append(Block::ofTable(longTable()));
    r.sections.append(workforce);

    Section stories;
    stories.id = QStringLiteral("stories");
    stories.title = QStringLiteral("Stories");
    stories.blocks.append(Block::story(QStringLiteral("Finding my feet again"),
        QStringLiteral("When I first came to the group I hardly spoke. Someone who had been where I was sat with me "
                       "every week and never pushed. Six months on I help set up the room, and last month I led the "
                       "walk for the first time.\nI would not have believed it a year ago.")));
    r.sections.append(stories);

    if (suppressed) {
        suppress(r, 5);
    } else {
        r.suppressed = false;
        r.threshold = 5;
    }
    format(r, QLocale(QLocale::English, QLocale::UnitedKingdom));
    return r;
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdffonts")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), { path }));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageText(const QString& path, int page)
{
    return run(QStringLiteral("pdftotext"),
        { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), path,
            QStringLiteral("-") });
}

/** Pages a report takes on a PDF writer at resolution dpi. */
int pagesAt(const Report& report, int dpi)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(dpi);
    return ui::reports::paint(report, &writer);
}

/** The height, in points, of the tallest box pdftotext finds for word on page 1. */
double wordHeight(const QString& path, const QString& word)
{
    const QString boxes = run(QStringLiteral("pdftotext"),
        { QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
            path, QStringLiteral("-") });
    const QRegularExpression box(QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" "
                                                "yMax=\"([\\d.]+)\">%1</word>")
                                     .arg(QRegularExpression::escape(word)));
    double tallest = -1;
    for (QRegularExpressionMatchIterator i = box.globalMatch(boxes); i.hasNext();) {
        const QRegularExpressionMatch m = i.next();
        tallest = std::max(tallest, m.captured(2).toDouble() - m.captured(1).toDouble());
    }
    return tallest;
}

} // namespace

class TstReportRender : public QObject
{
    Q_OBJECT

private slots:

    void init() { QVERIFY(m_dir.isValid()); }

    void writesWholePdf()
    {
        const Report report = makeReport(true);
        const QString path = pdfPath(QStringLiteral("quarterly.pdf"));
        const core::Status saved = ui::reports::savePdf(report, path);
        QVERIFY2(saved.isOk(), qPrintable(saved.message()));
        QVERIFY(QFileInfo(path).size() > 1000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        // No temporary file left beside it.
        QCOMPARE(
            QDir(QFileInfo(path).absolutePath()).entryList({ QStringLiteral("quarterly.pdf*") }, QDir::Files).size(),
            1);
    }

    void samePagesAtAnyResolution()
    {
        const Report report = makeReport(true);
        const int at300 = pagesAt(report, 300);
        QVERIFY2(at300 >= 5, qPrintable(QString::number(at300)));
        QCOMPARE(pagesAt(report, 72), at300);
        QCOMPARE(pagesAt(report, 1200), at300);
    }

    void pagesFontsAndText()
    {
        if (!havePoppler()) {
            QSKIP("poppler-utils (pdfinfo, pdffonts, pdftotext) is not installed");
        }
        const Report report = makeReport(true);
        const QString path = pdfPath(QStringLiteral("quarterly-text.pdf"));
        QVERIFY(ui::reports::savePdf(report, path).isOk());
        const int pages = pdfPages(path);
        QCOMPARE(pages, pagesAt(report, 300));
        const QString info = run(QStringLiteral("pdfinfo"), { path });
        QVERIFY(info.contains(QStringLiteral("(A4)")));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Quarterly report\n"))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Alongside\n"))));

        const QString fonts = run(QStringLiteral("pdffonts"), { path });
        const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!fontLines.isEmpty(), qPrintable(fonts));
        static const QRegularExpression embedded(
            QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        for (const QString& line : fontLines) {
            const QRegularExpressionMatch m = embedded.match(line);
            QVERIFY2(m.hasMatch() && m.captured(1) == QStringLiteral("yes"), qPrintable(line));
        }

        const QString all = run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        for (const QString& expected :
            { QStringLiteral("Referral sources"), QStringLiteral("WEMWBS bands, first and last"),
                QStringLiteral("Volunteers active by month"), QStringLiteral("Attendance by group session"),
                QStringLiteral("Riverside Peer Support"), QStringLiteral("Page 1 of %1").arg(pages),
                QStringLiteral("Page %1 of %1").arg(pages), QStringLiteral("Made on 22 Nov 2026 by Coordinator"),
                QStringLiteral("Small numbers are suppressed: counts below 5"), QStringLiteral("Jul–Sep 2026"),
                QStringLiteral("n = 124 people referred"), QStringLiteral("Not shown: too few people"),
                QStringLiteral("Finding my feet again"), QStringLiteral("About these figures") }) {
            QVERIFY2(all.contains(expected), qPrintable(expected));
        }
        QVERIFY(!all.contains(QStringLiteral("NOT suppressed")));
        // The comparison periods head their columns.
        QVERIFY(all.contains(report.comparisons.at(0).label));
        QVERIFY(all.contains(report.comparisons.at(1).label));

        // The long table: every row once, on one page; pages after its first repeat the header.
        QList<QString> texts;
        for (int p = 1; p <= pages; ++p) {
            texts.append(pageText(path, p));
        }
        int firstPage = -1;
        int lastPage = -1;
        for (int i = 1; i <= 120; ++i) {
            const QString label = QStringLiteral("Row label %1").arg(i, 3, 10, QLatin1Char('0'));
            QCOMPARE(all.count(label), 1);
            int on = -1;
            for (int p = 0; p < pages; ++p) {
                if (texts.at(p).contains(label)) {
                    QCOMPARE(on, -1);
                    on = p;
                }
            }
            QVERIFY(on >= 0);
            firstPage = firstPage < 0 ? on : firstPage;
            lastPage = on;
        }
        QVERIFY2(lastPage > firstPage + 1, "the long table should run over at least three pages");
        QVERIFY(!texts.at(firstPage).contains(QStringLiteral("(continued)")));
        for (int p = firstPage + 1; p <= lastPage; ++p) {
            QVERIFY(texts.at(p).contains(QStringLiteral("Attendance by group session (continued)")));
            QVERIFY(texts.at(p).contains(QStringLiteral("People who attended")));
            QVERIFY(texts.at(p).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)));
        }
        // The last row is on a later page than the first, and its label is in the text.
        QVERIFY(texts.at(lastPage).contains(QStringLiteral("Row label 120")));
        // A hidden cell shows its "<5" in the table.
        QVERIFY(texts.at(firstPage).contains(QStringLiteral("<5")));
        // A table's title shows even when it is the section's, unless it would follow the heading directly.
        QCOMPARE(all.count(QStringLiteral("Workforce")), 1);
        QCOMPARE(all.count(QStringLiteral("Referral sources")), 2);
    }

    void textSizesInPointsAtAnyResolution()
    {
        if (!havePoppler()) {
            QSKIP("poppler-utils is not installed");
        }
        const Report report = makeReport(true);
        for (int dpi : { 72, 96, 300, 1200 }) {
            const QString path = pdfPath(QStringLiteral("at-%1-dpi.pdf").arg(dpi));
            {
                QPdfWriter writer(path);
                writer.setPageSize(QPageSize(QPageSize::A4));
                writer.setResolution(dpi);
                QVERIFY(ui::reports::paint(report, &writer) > 0);
            }
            const QString info = run(QStringLiteral("pdfinfo"), { path });
            QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
            // The title is set in 22 points and the footer in 8: a word's box is its size and a little more.
            const double title = wordHeight(path, QStringLiteral("Quarterly"));
            const double footer = wordHeight(path, QStringLiteral("Page"));
            QVERIFY2(title > 21 && title < 28, qPrintable(QStringLiteral("%1 dpi: %2").arg(dpi).arg(title)));
            QVERIFY2(footer > 7.5 && footer < 10.5, qPrintable(QStringLiteral("%1 dpi: %2").arg(dpi).arg(footer)));
        }
    }

    void unsuppressedSaysSo()
    {
        if (!havePoppler()) {
            QSKIP("poppler-utils is not installed");
        }
        const QString path = pdfPath(QStringLiteral("unsuppressed.pdf"));
        QVERIFY(ui::reports::savePdf(makeReport(false), path).isOk());
        const QString first = pageText(path, 1);
        QVERIFY(first.contains(QStringLiteral("NOT suppressed — do not share")));
        QVERIFY(!first.contains(QStringLiteral("Small numbers are suppressed")));
    }

    void namesPeopleSaysConfidential()
    {
        if (!havePoppler()) {
            QSKIP("poppler-utils is not installed");
        }
        Report report = makeReport(false);
        report.namesPeople = true;
        const QString path = pdfPath(QStringLiteral("names.pdf"));
        QVERIFY(ui::reports::savePdf(report, path).isOk());
        const QString first = pageText(path, 1);
        QVERIFY(first.contains(QStringLiteral("CONFIDENTIAL")));
        QVERIFY(!first.contains(QStringLiteral("NOT suppressed")));
    }

    void listReportPrints()
    {
        if (!havePoppler()) {
            QSKIP("poppler-utils is not installed");
        }
        QList<QStringList> rows;
        for (int i = 0; i < 60; ++i) {
            rows.append({ QStringLiteral("Person %1").arg(i), QStringLiteral("Volunteer"), QStringLiteral("Active"),
                QStringLiteral("Safeguarding level 1, Confidentiality and data protection, Lone working") });
        }
        Report report = listReport(QStringLiteral("Workforce"),
            { QStringLiteral("Name"), QStringLiteral("Role"), QStringLiteral("Status"),
                QStringLiteral("Training done") },
            rows, QStringLiteral("Filtered: volunteers, active"), QStringLiteral("Riverside Peer Support"));
        const QString path = pdfPath(QStringLiteral("list.pdf"));
        QVERIFY(ui::reports::savePdf(report, path).isOk());
        QVERIFY(pdfPages(path) >= 1);
        const QString all = run(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY(all.contains(QStringLiteral("Person 59")));
        QVERIFY(all.contains(QStringLiteral("Filtered: volunteers, active")));
        // A list has no figures to suppress, so neither the suppression line nor the warning.
        QVERIFY(!all.contains(QStringLiteral("NOT suppressed")));
        QVERIFY(!all.contains(QStringLiteral("Small numbers are suppressed")));
        // Report, section and table share one title: the title block says it, then only each page's header
        // and the table's "(continued)" on the pages after the first.
        const int pages = pdfPages(path);
        QVERIFY(pages >= 2);
        QCOMPARE(all.count(QStringLiteral("Workforce")), 1 + pages + (pages - 1));
    }

    void previewShowsEveryPage()
    {
        const Report report = makeReport(true);
        int shown = -1;
        test::whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog* dialog) {
            auto* preview = dialog->findChild<QPrintPreviewWidget*>();
            QVERIFY(preview);
            QCOMPARE(dialog->printer()->pageLayout().pageSize().id(), QPageSize::A4);
            shown = preview->pageCount();
            const QString shots = qEnvironmentVariable("ALONGSIDE_SCREENSHOTS");
            if (!shots.isEmpty()) {
                dialog->resize(900, 1000);
                preview->fitToWidth();
                QTest::qWait(50);
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("preview.png")));
            }
            dialog->reject();
        });
        ui::reports::printWithPreview(report, nullptr);
        QCOMPARE(shown, pagesAt(report, 300));
    }

    void unwritablePathFails()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        const core::Status saved = ui::reports::savePdf(makeReport(true), path);
        QVERIFY(!saved.isOk());
        QCOMPARE(saved.error().code, core::Error::Code::Io);
        QVERIFY2(saved.message().contains(QStringLiteral("report.pdf"))
                && saved.message().contains(QStringLiteral("Choose a folder")),
            qPrintable(saved.message()));
        QVERIFY(!QFileInfo::exists(path));
    }

    void failedSaveKeepsTheOldFile()
    {
        // A folder where the file should be: it cannot be replaced, and nothing else is touched.
        const QString path = m_dir.filePath(QStringLiteral("taken.pdf"));
        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("taken.pdf")));
        const core::Status saved = ui::reports::savePdf(makeReport(true), path);
        QVERIFY(!saved.isOk());
        QVERIFY(QFileInfo(path).isDir());
    }

private:
    QString pdfPath(const QString& name)
    {
        const QString shots = qEnvironmentVariable("ALONGSIDE_SCREENSHOTS");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            return QDir(shots).filePath(name);
        }
        return m_dir.filePath(name);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TstReportRender)
#include "tst_reportrender.moc"
