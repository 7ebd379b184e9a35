// The report model on its own (core/reports/reportmodel.cpp): standard periods and their labels,
// small-number suppression (primary, secondary until stable, percentages, statistics over too few
// people), display text, and comparison columns. Every table is built by hand and every expected
// answer worked out on paper.

#include "core/reports/report.h"
#include "core/reports/reports.h"

#include <QTest>

using namespace alongside::core::report;

namespace {

Column labelColumn(const QString& title = QStringLiteral("Item"))
{
    Column c;
    c.key = QStringLiteral("label");
    c.title = title;
    c.kind = CellKind::Text;
    c.periodKey.clear();
    return c;
}

Column figureColumn(const QString& key, CellKind kind, bool total = false, int percentOf = -1)
{
    Column c;
    c.key = key;
    c.title = key;
    c.kind = kind;
    c.periodKey = QStringLiteral("current");
    c.total = total;
    c.percentOf = percentOf;
    return c;
}

Row row(const QString& key, const QList<Cell>& figures, int level = 0, bool total = false)
{
    Row r;
    r.key = key;
    r.level = level;
    r.total = total;
    r.cells.append(Cell::label(key));
    r.cells.append(figures);
    return r;
}

// A "Down" table of counts: label, count; rows (key, count) then a total row.
Table countsDown(const QList<QPair<QString, int>>& rows, int total, int level1From = -1)
{
    Table t;
    t.id = QStringLiteral("t");
    t.title = QStringLiteral("T");
    t.sums = Sums::Down;
    t.columns = { labelColumn(), figureColumn(QStringLiteral("count"), CellKind::Count) };
    for (int i = 0; i < rows.size(); ++i) {
        t.rows.append(row(rows.at(i).first, { Cell::count(rows.at(i).second) }, level1From >= 0 && i >= level1From));
    }
    t.rows.append(row(QStringLiteral("total"), { Cell::count(total) }, 0, true));
    return t;
}

Report reportWith(const QList<Table>& tables)
{
    Report r;
    r.id = QStringLiteral("test");
    r.title = QStringLiteral("Test");
    Section s;
    s.id = QStringLiteral("s");
    s.title = QStringLiteral("S");
    for (const Table& t : tables) {
        s.blocks.append(Block::ofTable(t));
    }
    r.sections.append(s);
    return r;
}

Hidden hiddenAt(const Report& r, const QString& rowKey, const QString& column = QStringLiteral("count"),
    const QString& period = QStringLiteral("current"), const QString& table = QStringLiteral("t"))
{
    const Table* t = r.table(table);
    if (!t) {
        qWarning("no table %s", qPrintable(table));
        return Hidden::NotApplicable;
    }
    const Cell* c = t->cell(rowKey, column, period);
    if (!c) {
        qWarning("no cell %s/%s/%s", qPrintable(rowKey), qPrintable(column), qPrintable(period));
        return Hidden::NotApplicable;
    }
    return c->hidden;
}

} // namespace

class TstReportModel : public QObject
{
    Q_OBJECT

private slots:
    void quarters_data();
    void quarters();
    void financialYears();
    void previousPeriods_data();
    void previousPeriods();
    void yearToDate();
    void periodHelpers();

    void primarySuppression();
    void zeroIsShown();
    void secondaryDown();
    void secondaryDownSkipsZero();
    void secondaryAcrossByPeriod();
    void secondaryBothIteratesUntilStable();
    void levelOneRowsAddUpToTheirParent();
    void subRowsOfAHiddenParent();
    void percentHiddenWithItsCount();
    void percentHiddenWhenTotalHidden();
    void statisticsOverTooFew();
    void noteWhenNothingHidden();
    void formatTexts();

    void comparisonsAppendColumns();
    void comparisonRowOnlyInPreviousGoesBeforeTotal();
    void comparisonsSkipTablesNotComparable();
};

void TstReportModel::quarters_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("yearStart");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("label");
    QTest::newRow("April start, Aug") << QDate(2026, 8, 14) << 4 << QDate(2026, 7, 1) << QDate(2026, 9, 30)
                                      << QStringLiteral("Q2 2026/27, Jul–Sep 2026");
    QTest::newRow("April start, 1 Apr") << QDate(2026, 4, 1) << 4 << QDate(2026, 4, 1) << QDate(2026, 6, 30)
                                        << QStringLiteral("Q1 2026/27, Apr–Jun 2026");
    QTest::newRow("April start, Feb") << QDate(2026, 2, 10) << 4 << QDate(2026, 1, 1) << QDate(2026, 3, 31)
                                      << QStringLiteral("Q4 2025/26, Jan–Mar 2026");
    QTest::newRow("April start, 31 Mar") << QDate(2026, 3, 31) << 4 << QDate(2026, 1, 1) << QDate(2026, 3, 31)
                                         << QStringLiteral("Q4 2025/26, Jan–Mar 2026");
    QTest::newRow("January start, Feb") << QDate(2026, 2, 10) << 1 << QDate(2026, 1, 1) << QDate(2026, 3, 31)
                                        << QStringLiteral("Q1 2026, Jan–Mar 2026");
    QTest::newRow("January start, 31 Dec") << QDate(2026, 12, 31) << 1 << QDate(2026, 10, 1) << QDate(2026, 12, 31)
                                           << QStringLiteral("Q4 2026, Oct–Dec 2026");
    QTest::newRow("April start, 29 Feb") << QDate(2028, 2, 29) << 4 << QDate(2028, 1, 1) << QDate(2028, 3, 31)
                                         << QStringLiteral("Q4 2027/28, Jan–Mar 2028");
}

void TstReportModel::quarters()
{
    QFETCH(QDate, day);
    QFETCH(int, yearStart);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, label);
    const Period p = quarterContaining(day, yearStart);
    QCOMPARE(p.key, QStringLiteral("current"));
    QCOMPARE(p.from, from);
    QCOMPARE(p.to, to);
    QCOMPARE(p.label, label);
    QVERIFY(p.contains(day));
}

void TstReportModel::financialYears()
{
    Period p = financialYearContaining(QDate(2026, 3, 31), 4);
    QCOMPARE(p.from, QDate(2025, 4, 1));
    QCOMPARE(p.to, QDate(2026, 3, 31));
    QCOMPARE(p.label, QStringLiteral("Financial year 2025/26, Apr 2025 – Mar 2026"));
    p = financialYearContaining(QDate(2026, 4, 1), 4);
    QCOMPARE(p.from, QDate(2026, 4, 1));
    QCOMPARE(p.label, QStringLiteral("Financial year 2026/27, Apr 2026 – Mar 2027"));
    p = financialYearContaining(QDate(2026, 6, 1), 1);
    QCOMPARE(p.from, QDate(2026, 1, 1));
    QCOMPARE(p.to, QDate(2026, 12, 31));
    QCOMPARE(p.label, QStringLiteral("Financial year 2026, Jan–Dec 2026"));
    // The year 2099/00 keeps two digits.
    QCOMPARE(financialYearContaining(QDate(2099, 5, 1), 4).label,
        QStringLiteral("Financial year 2099/00, Apr 2099 – Mar 2100"));
}

void TstReportModel::previousPeriods_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("prevFrom");
    QTest::addColumn<QDate>("prevTo");
    QTest::addColumn<QString>("label");
    QTest::newRow("quarter") << QDate(2026, 7, 1) << QDate(2026, 9, 30) << QDate(2026, 4, 1) << QDate(2026, 6, 30)
                             << QStringLiteral("Previous period (Q1 2026/27, Apr–Jun 2026)");
    QTest::newRow("quarter over a year end")
        << QDate(2026, 4, 1) << QDate(2026, 6, 30) << QDate(2026, 1, 1) << QDate(2026, 3, 31)
        << QStringLiteral("Previous period (Q4 2025/26, Jan–Mar 2026)");
    QTest::newRow("financial year") << QDate(2026, 4, 1) << QDate(2027, 3, 31) << QDate(2025, 4, 1)
                                    << QDate(2026, 3, 31)
                                    << QStringLiteral("Previous period (Financial year 2025/26, Apr 2025 – Mar 2026)");
    QTest::newRow("two months") << QDate(2026, 7, 1) << QDate(2026, 8, 31) << QDate(2026, 5, 1) << QDate(2026, 6, 30)
                                << QStringLiteral("Previous period (May–Jun 2026)");
    QTest::newRow("ten days") << QDate(2026, 7, 10) << QDate(2026, 7, 19) << QDate(2026, 6, 30) << QDate(2026, 7, 9)
                              << QStringLiteral("Previous period (30 Jun 2026 – 9 Jul 2026)");
    QTest::newRow("one day") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << QDate(2026, 2, 28) << QDate(2026, 2, 28)
                             << QStringLiteral("Previous period (28 Feb 2026 – 28 Feb 2026)");
}

void TstReportModel::previousPeriods()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, prevFrom);
    QFETCH(QDate, prevTo);
    QFETCH(QString, label);
    const Period p = previousPeriod(makePeriod(from, to, 4), 4);
    QCOMPARE(p.key, QStringLiteral("previous"));
    QCOMPARE(p.from, prevFrom);
    QCOMPARE(p.to, prevTo);
    QCOMPARE(p.label, label);
    QCOMPARE(p.to.addDays(1), from);
}

void TstReportModel::yearToDate()
{
    Period p = alongside::core::report::yearToDate(quarterContaining(QDate(2026, 8, 1), 4), 4);
    QCOMPARE(p.key, QStringLiteral("ytd"));
    QCOMPARE(p.from, QDate(2026, 4, 1));
    QCOMPARE(p.to, QDate(2026, 9, 30));
    QCOMPARE(p.label, QStringLiteral("Year to date (Apr–Sep 2026)"));
    // A custom period ending mid-month; a January year start.
    p = alongside::core::report::yearToDate(makePeriod(QDate(2026, 8, 1), QDate(2026, 8, 14), 1), 1);
    QCOMPARE(p.from, QDate(2026, 1, 1));
    QCOMPARE(p.to, QDate(2026, 8, 14));
    QCOMPARE(p.label, QStringLiteral("Year to date (1 Jan 2026 – 14 Aug 2026)"));
    // The year to date of the first quarter of a year is that quarter.
    p = alongside::core::report::yearToDate(quarterContaining(QDate(2026, 2, 1), 4), 4);
    QCOMPARE(p.from, QDate(2026, 1, 1).addMonths(-9));
    QCOMPARE(p.to, QDate(2026, 3, 31));
}

void TstReportModel::periodHelpers()
{
    const Period p = makePeriod(QDate(2026, 7, 1), QDate(2026, 9, 30), 4);
    QCOMPARE(p.days(), 92);
    QVERIFY(p.contains(QDate(2026, 7, 1)));
    QVERIFY(p.contains(QDate(2026, 9, 30)));
    QVERIFY(!p.contains(QDate(2026, 10, 1)));
    QVERIFY(!p.contains(QDate()));
    QCOMPARE(makePeriod(QDate(2026, 7, 1), QDate(2026, 7, 31), 4).label, QStringLiteral("Jul 2026"));
    QCOMPARE(makePeriod(QDate(2025, 11, 1), QDate(2026, 2, 28), 4).label, QStringLiteral("Nov 2025 – Feb 2026"));
    // Three whole months that are not a quarter of the year are not called one.
    QCOMPARE(makePeriod(QDate(2026, 5, 1), QDate(2026, 7, 31), 4).label, QStringLiteral("May–Jul 2026"));
}

void TstReportModel::primarySuppression()
{
    Table t;
    t.id = QStringLiteral("t");
    t.n = 3;
    t.columns = { labelColumn(), figureColumn(QStringLiteral("count"), CellKind::Count) };
    t.rows = { row(QStringLiteral("a"), { Cell::count(3) }), row(QStringLiteral("b"), { Cell::count(7) }),
        row(QStringLiteral("c"), { Cell::countOf(2, true) }), row(QStringLiteral("d"), { Cell::count(4) }),
        row(QStringLiteral("e"), { Cell::count(5) }) };
    Report r = reportWith({ t });
    suppress(r, 5);
    QCOMPARE(hiddenAt(r, QStringLiteral("a")), Hidden::Small);
    QCOMPARE(hiddenAt(r, QStringLiteral("b")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("c")), Hidden::No); // not people: meetings, hours…
    QCOMPARE(hiddenAt(r, QStringLiteral("d")), Hidden::Small);
    QCOMPARE(hiddenAt(r, QStringLiteral("e")), Hidden::No); // the threshold itself is shown
    QCOMPARE(r.table(QStringLiteral("t"))->nHidden, Hidden::Small);
    QVERIFY(r.anythingHidden);
    QVERIFY(r.suppressed);
    QCOMPARE(r.threshold, 5);
    QCOMPARE(r.notes.size(), 1);
    QVERIFY(r.notes.first().contains(QStringLiteral("fewer than 5 people")));
    QVERIFY(r.notes.first().contains(QStringLiteral("\"<5\"")));

    // Another threshold.
    Report r10 = reportWith({ t });
    suppress(r10, 10);
    QCOMPARE(hiddenAt(r10, QStringLiteral("b")), Hidden::Small);
    QCOMPARE(hiddenAt(r10, QStringLiteral("e")), Hidden::Small);
    QCOMPARE(hiddenText(Hidden::Small, 10), QStringLiteral("<10"));
}

void TstReportModel::zeroIsShown()
{
    Table t = countsDown({ { QStringLiteral("a"), 0 }, { QStringLiteral("b"), 12 } }, 12);
    t.columns.append(figureColumn(QStringLiteral("percent"), CellKind::Percent, false, 1));
    t.rows[0].cells.append(Cell::percent(0, 12));
    t.rows[1].cells.append(Cell::percent(12, 12));
    t.rows[2].cells.append(Cell::percent(12, 12));
    Report r = reportWith({ t });
    suppress(r, 5);
    QCOMPARE(hiddenAt(r, QStringLiteral("a")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("a"), QStringLiteral("percent")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("b")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("total")), Hidden::No);
    QVERIFY(!r.anythingHidden);
}

void TstReportModel::secondaryDown()
{
    Report r = reportWith(
        { countsDown({ { QStringLiteral("a"), 3 }, { QStringLiteral("b"), 10 }, { QStringLiteral("c"), 20 } }, 33) });
    suppress(r, 5);
    QCOMPARE(hiddenAt(r, QStringLiteral("a")), Hidden::Small);
    QCOMPARE(hiddenAt(r, QStringLiteral("b")), Hidden::Secondary); // the smallest other
    QCOMPARE(hiddenAt(r, QStringLiteral("c")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("total")), Hidden::No);

    // Two small cells protect each other: nothing more is hidden.
    Report two = reportWith(
        { countsDown({ { QStringLiteral("a"), 3 }, { QStringLiteral("b"), 2 }, { QStringLiteral("c"), 20 } }, 25) });
    suppress(two, 5);
    QCOMPARE(hiddenAt(two, QStringLiteral("a")), Hidden::Small);
    QCOMPARE(hiddenAt(two, QStringLiteral("b")), Hidden::Small);
    QCOMPARE(hiddenAt(two, QStringLiteral("c")), Hidden::No);

    // Sums::None: independent figures are not secondarily suppressed.
    Table none = countsDown({ { QStringLiteral("a"), 3 }, { QStringLiteral("b"), 10 } }, 13);
    none.sums = Sums::None;
    Report independent = reportWith({ none });
    suppress(independent, 5);
    QCOMPARE(hiddenAt(independent, QStringLiteral("b")), Hidden::No);
}

void TstReportModel::secondaryDownSkipsZero()
{
    // A zero would not protect the small cell (0 is known to be 0), so the next non-zero one is hidden.
    Report r = reportWith(
        { countsDown({ { QStringLiteral("a"), 3 }, { QStringLiteral("b"), 0 }, { QStringLiteral("c"), 20 } }, 23) });
    suppress(r, 5);
    QCOMPARE(hiddenAt(r, QStringLiteral("a")), Hidden::Small);
    QCOMPARE(hiddenAt(r, QStringLiteral("b")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("c")), Hidden::Secondary);

    // When the small cell is the only non-zero one, the total goes instead.
    Report alone = reportWith({ countsDown({ { QStringLiteral("a"), 4 }, { QStringLiteral("b"), 0 } }, 9) });
    suppress(alone, 5);
    QCOMPARE(hiddenAt(alone, QStringLiteral("a")), Hidden::Small);
    QCOMPARE(hiddenAt(alone, QStringLiteral("b")), Hidden::No);
    QCOMPARE(hiddenAt(alone, QStringLiteral("total")), Hidden::Secondary);
}

void TstReportModel::secondaryAcrossByPeriod()
{
    Table t;
    t.id = QStringLiteral("t");
    t.sums = Sums::Across;
    Column yesPrev = figureColumn(QStringLiteral("yes"), CellKind::Count);
    yesPrev.periodKey = QStringLiteral("previous");
    Column noPrev = figureColumn(QStringLiteral("no"), CellKind::Count);
    noPrev.periodKey = QStringLiteral("previous");
    Column totalPrev = figureColumn(QStringLiteral("total"), CellKind::Count, true);
    totalPrev.periodKey = QStringLiteral("previous");
    t.columns = { labelColumn(), figureColumn(QStringLiteral("yes"), CellKind::Count),
        figureColumn(QStringLiteral("no"), CellKind::Count),
        figureColumn(QStringLiteral("total"), CellKind::Count, true), yesPrev, noPrev, totalPrev };
    t.rows = {
        row(QStringLiteral("q1"),
            { Cell::count(3), Cell::count(12), Cell::count(15), Cell::count(6), Cell::count(9), Cell::count(15) }),
        row(QStringLiteral("q2"),
            { Cell::count(8), Cell::count(9), Cell::count(17), Cell::count(2), Cell::count(30), Cell::count(32) })
    };
    Report r = reportWith({ t });
    suppress(r, 5);
    QCOMPARE(hiddenAt(r, QStringLiteral("q1"), QStringLiteral("yes")), Hidden::Small);
    QCOMPARE(hiddenAt(r, QStringLiteral("q1"), QStringLiteral("no")), Hidden::Secondary);
    QCOMPARE(hiddenAt(r, QStringLiteral("q1"), QStringLiteral("total")), Hidden::No);
    // The previous period's columns are a group of their own: nothing small there in q1.
    QCOMPARE(hiddenAt(r, QStringLiteral("q1"), QStringLiteral("yes"), QStringLiteral("previous")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("q1"), QStringLiteral("no"), QStringLiteral("previous")), Hidden::No);
    // q2: the previous period's small cell takes its own row's partner there, not in the current period.
    QCOMPARE(hiddenAt(r, QStringLiteral("q2"), QStringLiteral("yes"), QStringLiteral("previous")), Hidden::Small);
    QCOMPARE(hiddenAt(r, QStringLiteral("q2"), QStringLiteral("no"), QStringLiteral("previous")), Hidden::Secondary);
    QCOMPARE(hiddenAt(r, QStringLiteral("q2"), QStringLiteral("yes")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("q2"), QStringLiteral("no")), Hidden::No);
    // Across sums only: columns are not protected downwards.
    QCOMPARE(hiddenAt(r, QStringLiteral("q2"), QStringLiteral("total")), Hidden::No);
}

void TstReportModel::secondaryBothIteratesUntilStable()
{
    // A 3×3 cross-tabulation with row and column totals. Worked by hand: the first pass hides c1 of r3
    // (down), c3 of r1 and c2 of r3 (across); only a second pass can see that column c2 then has one
    // hidden cell and hide c2 of r1, and so on until every row and column has none or at least two.
    Table t;
    t.id = QStringLiteral("t");
    t.sums = Sums::Both;
    t.columns = { labelColumn(), figureColumn(QStringLiteral("c1"), CellKind::Count),
        figureColumn(QStringLiteral("c2"), CellKind::Count), figureColumn(QStringLiteral("c3"), CellKind::Count),
        figureColumn(QStringLiteral("total"), CellKind::Count, true) };
    const QList<QList<int>> grid = { { 2, 20, 9 }, { 10, 40, 30 }, { 8, 30, 50 } };
    QList<int> columnTotals = { 0, 0, 0, 0 };
    for (int i = 0; i < grid.size(); ++i) {
        QList<Cell> cells;
        int sum = 0;
        for (int c = 0; c < 3; ++c) {
            cells.append(Cell::count(grid[i][c]));
            sum += grid[i][c];
            columnTotals[c] += grid[i][c];
        }
        columnTotals[3] += sum;
        cells.append(Cell::count(sum));
        t.rows.append(row(QStringLiteral("r%1").arg(i + 1), cells));
    }
    t.rows.append(row(QStringLiteral("total"),
        { Cell::count(columnTotals[0]), Cell::count(columnTotals[1]), Cell::count(columnTotals[2]),
            Cell::count(columnTotals[3]) },
        0, true));
    Report r = reportWith({ t });
    suppress(r, 5);
    const Table& s = *r.table(QStringLiteral("t"));
    QCOMPARE(s.rows[0].cells[1].hidden, Hidden::Small);
    QCOMPARE(s.rows[2].cells[1].hidden, Hidden::Secondary);
    QCOMPARE(s.rows[0].cells[3].hidden, Hidden::Secondary);
    QCOMPARE(s.rows[2].cells[2].hidden, Hidden::Secondary);
    QCOMPARE(s.rows[0].cells[2].hidden, Hidden::Secondary); // only found on the second pass
    // Stable: no row and no column of the body has exactly one hidden cell.
    for (int i = 0; i < 3; ++i) {
        int inRow = 0;
        int inColumn = 0;
        for (int k = 0; k < 3; ++k) {
            inRow += s.rows[i].cells[k + 1].shown() ? 0 : 1;
            inColumn += s.rows[k].cells[i + 1].shown() ? 0 : 1;
        }
        QVERIFY2(inRow != 1, qPrintable(QStringLiteral("row %1").arg(i + 1)));
        QVERIFY2(inColumn != 1, qPrintable(QStringLiteral("column %1").arg(i + 1)));
    }
    // The totals stay.
    for (const Row& rw : s.rows) {
        QVERIFY(rw.cells[4].shown());
    }
    for (const Cell& c : s.rows[3].cells) {
        QVERIFY(c.shown());
    }
}

void TstReportModel::levelOneRowsAddUpToTheirParent()
{
    // self 12; gp 20 = gp.a 3 + gp.b 17; total 32.
    Table t = countsDown({ { QStringLiteral("self"), 12 }, { QStringLiteral("gp"), 20 }, { QStringLiteral("gp.a"), 3 },
                             { QStringLiteral("gp.b"), 17 } },
        32, 2);
    QCOMPARE(t.rows[2].level, 1);
    Report r = reportWith({ t });
    suppress(r, 5);
    QCOMPARE(hiddenAt(r, QStringLiteral("gp.a")), Hidden::Small);
    QCOMPARE(hiddenAt(r, QStringLiteral("gp.b")), Hidden::Secondary); // its sibling, not "self"
    QCOMPARE(hiddenAt(r, QStringLiteral("self")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("gp")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("total")), Hidden::No);

    // A small sub-row that is its parent's only non-zero one: the parent goes, and then a sibling of the
    // parent at level 0 protects it.
    Report only = reportWith(
        { countsDown({ { QStringLiteral("self"), 12 }, { QStringLiteral("gp"), 7 }, { QStringLiteral("gp.a"), 3 },
                         { QStringLiteral("gp.b"), 0 }, { QStringLiteral("web"), 30 } },
            49, 2) });
    // countsDown marks every row from index 2 as level 1; "web" is a level-0 row again.
    only.sections[0].blocks[0].table.rows[4].level = 0;
    suppress(only, 5);
    QCOMPARE(hiddenAt(only, QStringLiteral("gp.a")), Hidden::Small);
    QCOMPARE(hiddenAt(only, QStringLiteral("gp.b")), Hidden::No);
    QCOMPARE(hiddenAt(only, QStringLiteral("gp")), Hidden::Secondary);
    QCOMPARE(hiddenAt(only, QStringLiteral("self")), Hidden::Secondary);
    QCOMPARE(hiddenAt(only, QStringLiteral("web")), Hidden::No);
    QCOMPARE(hiddenAt(only, QStringLiteral("total")), Hidden::No);
}

void TstReportModel::subRowsOfAHiddenParent()
{
    // self 2 (small) is protected by hiding gp, its only sibling. gp's sub-rows add up to gp, so if
    // both stayed shown they would give gp back (25 + 15), and with the total, self. One of them has
    // to go as well: the smaller, 15.
    Report r = reportWith({ countsDown({ { QStringLiteral("self"), 2 }, { QStringLiteral("gp"), 40 },
                                           { QStringLiteral("gp.a"), 25 }, { QStringLiteral("gp.b"), 15 } },
        42, 2) });
    suppress(r, 5);
    QCOMPARE(hiddenAt(r, QStringLiteral("self")), Hidden::Small);
    QCOMPARE(hiddenAt(r, QStringLiteral("gp")), Hidden::Secondary);
    QCOMPARE(hiddenAt(r, QStringLiteral("gp.b")), Hidden::Secondary);
    QCOMPARE(hiddenAt(r, QStringLiteral("gp.a")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("total")), Hidden::No);
}

void TstReportModel::percentHiddenWithItsCount()
{
    Table t = countsDown({ { QStringLiteral("a"), 3 }, { QStringLiteral("b"), 37 } }, 40);
    t.columns.append(figureColumn(QStringLiteral("percent"), CellKind::Percent, false, 1));
    t.rows[0].cells.append(Cell::percent(3, 40));
    t.rows[1].cells.append(Cell::percent(37, 40));
    t.rows[2].cells.append(Cell::percent(40, 40));
    Report r = reportWith({ t });
    suppress(r, 5);
    QCOMPARE(hiddenAt(r, QStringLiteral("a")), Hidden::Small);
    QCOMPARE(hiddenAt(r, QStringLiteral("a"), QStringLiteral("percent")), Hidden::Secondary);
    QCOMPARE(hiddenAt(r, QStringLiteral("b")), Hidden::Secondary);
    QCOMPARE(hiddenAt(r, QStringLiteral("b"), QStringLiteral("percent")), Hidden::Secondary);
    QCOMPARE(hiddenAt(r, QStringLiteral("total"), QStringLiteral("percent")), Hidden::No);
}

void TstReportModel::percentHiddenWhenTotalHidden()
{
    // a 4 (small), b 0, total 9 (people with no answer are in the total): the total is hidden so that
    // it cannot reveal a, and then b's percentage (0 of 9) would tell the total, so it goes too.
    Table t = countsDown({ { QStringLiteral("a"), 4 }, { QStringLiteral("b"), 0 } }, 9);
    t.columns.append(figureColumn(QStringLiteral("percent"), CellKind::Percent, false, 1));
    t.rows[0].cells.append(Cell::percent(4, 9));
    t.rows[1].cells.append(Cell::percent(0, 9));
    t.rows[2].cells.append(Cell::percent(9, 9));
    Report r = reportWith({ t });
    suppress(r, 5);
    QCOMPARE(hiddenAt(r, QStringLiteral("total")), Hidden::Secondary);
    QCOMPARE(hiddenAt(r, QStringLiteral("a"), QStringLiteral("percent")), Hidden::Secondary);
    QCOMPARE(hiddenAt(r, QStringLiteral("b")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("b"), QStringLiteral("percent")), Hidden::Secondary);
}

void TstReportModel::statisticsOverTooFew()
{
    Table t;
    t.id = QStringLiteral("t");
    t.columns = { labelColumn(), figureColumn(QStringLiteral("value"), CellKind::Number) };
    t.rows = { row(QStringLiteral("mean3"), { Cell::number(4.2, 1, 3) }),
        row(QStringLiteral("mean5"), { Cell::number(4.2, 1, 5) }),
        row(QStringLiteral("norm"), { Cell::number(51.0, 1, -1) }),
        row(QStringLiteral("nobody"), { Cell::number(0, 1, 0) }), row(QStringLiteral("pct4"), { Cell::percent(4, 4) }),
        row(QStringLiteral("none"), { Cell::none() }) };
    Report r = reportWith({ t });
    suppress(r, 5);
    QCOMPARE(hiddenAt(r, QStringLiteral("mean3"), QStringLiteral("value")), Hidden::TooFew);
    QCOMPARE(hiddenAt(r, QStringLiteral("mean5"), QStringLiteral("value")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("norm"), QStringLiteral("value")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("nobody"), QStringLiteral("value")), Hidden::No);
    QCOMPARE(hiddenAt(r, QStringLiteral("pct4"), QStringLiteral("value")), Hidden::TooFew);
    QCOMPARE(hiddenAt(r, QStringLiteral("none"), QStringLiteral("value")), Hidden::NotApplicable);
    QVERIFY(r.anythingHidden);
}

void TstReportModel::noteWhenNothingHidden()
{
    Report r = reportWith({ countsDown({ { QStringLiteral("a"), 30 } }, 30) });
    suppress(r, 5);
    QVERIFY(!r.anythingHidden);
    QCOMPARE(r.notes.size(), 1);
    QVERIFY(r.notes.first().endsWith(QStringLiteral("Nothing in this report needed suppressing.")));
    // Threshold 1 (suppression off in Settings): nothing hidden and no note.
    Report off = reportWith({ countsDown({ { QStringLiteral("a"), 1 } }, 1) });
    suppress(off, 1);
    QVERIFY(!off.anythingHidden);
    QVERIFY(off.notes.isEmpty());
}

void TstReportModel::formatTexts()
{
    Table t;
    t.id = QStringLiteral("t");
    t.columns = { labelColumn(), figureColumn(QStringLiteral("value"), CellKind::Number) };
    t.rows
        = { row(QStringLiteral("count"), { Cell::count(1234) }), row(QStringLiteral("pct"), { Cell::percent(10, 80) }),
              row(QStringLiteral("money"), { Cell::number(12.5, 2, -1, QStringLiteral("£")) }),
              row(QStringLiteral("hours"), { Cell::number(3.5, 1, -1, QStringLiteral("hours")) }),
              row(QStringLiteral("share"), { Cell::number(45.24, 1, -1, QStringLiteral("%")) }),
              row(QStringLiteral("small"), { Cell::count(2) }),
              row(QStringLiteral("mean"), { Cell::number(2.5, 1, 2) }), row(QStringLiteral("none"), { Cell::none() }) };
    Report r = reportWith({ t });
    suppress(r, 5);
    format(r, QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Table& f = *r.table(QStringLiteral("t"));
    QCOMPARE(f.cell(QStringLiteral("count"), QStringLiteral("value"))->text, QStringLiteral("1,234"));
    QCOMPARE(f.cell(QStringLiteral("pct"), QStringLiteral("value"))->text, QStringLiteral("12.5%"));
    QCOMPARE(f.cell(QStringLiteral("money"), QStringLiteral("value"))->text, QStringLiteral("£12.50"));
    QCOMPARE(f.cell(QStringLiteral("hours"), QStringLiteral("value"))->text, QStringLiteral("3.5 hours"));
    QCOMPARE(f.cell(QStringLiteral("share"), QStringLiteral("value"))->text, QStringLiteral("45.2%"));
    QCOMPARE(f.cell(QStringLiteral("small"), QStringLiteral("value"))->text, QStringLiteral("<5"));
    QCOMPARE(f.cell(QStringLiteral("mean"), QStringLiteral("value"))->text, QStringLiteral("n<5"));
    QCOMPARE(f.cell(QStringLiteral("none"), QStringLiteral("value"))->text, QStringLiteral("–"));
    QCOMPARE(f.cell(QStringLiteral("count"), QStringLiteral("label"))->text, QStringLiteral("count"));
    QCOMPARE(hiddenText(Hidden::Secondary, 5), QStringLiteral("*"));
    QCOMPARE(hiddenText(Hidden::No, 5), QString());
}

namespace {

// label, count, percent (of count) for period "current", rows as given then a total.
Table comparable(const QList<QPair<QString, int>>& rows)
{
    int total = 0;
    for (const auto& r : rows) {
        total += r.second;
    }
    Table t = countsDown(rows, total);
    t.columns.append(figureColumn(QStringLiteral("percent"), CellKind::Percent, false, 1));
    for (Row& r : t.rows) {
        r.cells.append(Cell::percent(int(r.cells[1].value), total));
    }
    return t;
}

Report periodReport(const Period& p, const QList<Table>& tables)
{
    Report r = reportWith(tables);
    r.period = p;
    return r;
}

} // namespace

void TstReportModel::comparisonsAppendColumns()
{
    const Period current = quarterContaining(QDate(2026, 8, 1), 4);
    Period previous = previousPeriod(current, 4);
    Report now = periodReport(current, { comparable({ { QStringLiteral("a"), 6 }, { QStringLiteral("b"), 10 } }) });
    Report before = periodReport(previous, { comparable({ { QStringLiteral("b"), 8 }, { QStringLiteral("a"), 2 } }) });
    Period ytdPeriod = alongside::core::report::yearToDate(current, 4);
    Report ytd = periodReport(ytdPeriod, { comparable({ { QStringLiteral("a"), 8 }, { QStringLiteral("b"), 18 } }) });
    addComparisons(now, { before, ytd });

    QCOMPARE(now.comparisons.size(), 2);
    QCOMPARE(now.comparisons[0].key, QStringLiteral("previous"));
    QCOMPARE(now.comparisons[1].key, QStringLiteral("ytd"));
    const Table& t = *now.table(QStringLiteral("t"));
    QCOMPARE(t.columns.size(), 7);
    QCOMPARE(t.columns[3].key, QStringLiteral("count"));
    QCOMPARE(t.columns[3].periodKey, QStringLiteral("previous"));
    QCOMPARE(t.columns[4].periodKey, QStringLiteral("previous"));
    QCOMPARE(t.columns[4].percentOf, 3);
    QCOMPARE(t.columns[5].periodKey, QStringLiteral("ytd"));
    QCOMPARE(t.columns[6].percentOf, 5);
    QCOMPARE(t.columnIndex(QStringLiteral("count"), QStringLiteral("ytd")), 5);
    // Rows matched by key, not position: the previous table listed b first.
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.cell(QStringLiteral("a"), QStringLiteral("count"), QStringLiteral("previous"))->value, 2.0);
    QCOMPARE(t.cell(QStringLiteral("b"), QStringLiteral("count"), QStringLiteral("previous"))->value, 8.0);
    QCOMPARE(t.cell(QStringLiteral("a"), QStringLiteral("count"), QStringLiteral("current"))->value, 6.0);
    QCOMPARE(t.cell(QStringLiteral("total"), QStringLiteral("count"), QStringLiteral("ytd"))->value, 26.0);
    QCOMPARE(t.cell(QStringLiteral("a"), QStringLiteral("percent"), QStringLiteral("previous"))->value, 20.0);
    for (const Row& r : t.rows) {
        QCOMPARE(r.cells.size(), t.columns.size());
    }
    // Suppression: a's previous 2 is small, and its partner in that column (b, 8) goes with it. The
    // year to date is exactly the previous quarter and this one, so year to date minus this quarter
    // would give both back: this quarter's a and b are hidden too.
    suppress(now, 5);
    QCOMPARE(hiddenAt(now, QStringLiteral("a"), QStringLiteral("count"), QStringLiteral("previous")), Hidden::Small);
    QCOMPARE(
        hiddenAt(now, QStringLiteral("b"), QStringLiteral("count"), QStringLiteral("previous")), Hidden::Secondary);
    QCOMPARE(
        hiddenAt(now, QStringLiteral("b"), QStringLiteral("percent"), QStringLiteral("previous")), Hidden::Secondary);
    QCOMPARE(hiddenAt(now, QStringLiteral("a"), QStringLiteral("count")), Hidden::Secondary);
    QCOMPARE(hiddenAt(now, QStringLiteral("b"), QStringLiteral("count")), Hidden::Secondary);
    QCOMPARE(hiddenAt(now, QStringLiteral("a"), QStringLiteral("count"), QStringLiteral("ytd")), Hidden::No);
}

void TstReportModel::comparisonRowOnlyInPreviousGoesBeforeTotal()
{
    const Period current = quarterContaining(QDate(2026, 8, 1), 4);
    Report now = periodReport(current, { comparable({ { QStringLiteral("a"), 6 }, { QStringLiteral("b"), 10 } }) });
    Report before = periodReport(
        previousPeriod(current, 4), { comparable({ { QStringLiteral("a"), 5 }, { QStringLiteral("c"), 7 } }) });
    before.sections[0].blocks[0].table.rows[1].cells[0] = Cell::label(QStringLiteral("Source C"));
    addComparisons(now, { before });
    const Table& t = *now.table(QStringLiteral("t"));
    QStringList keys;
    for (const Row& r : t.rows) {
        keys.append(r.key);
        QCOMPARE(r.cells.size(), 5);
    }
    QCOMPARE(
        keys, QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("total") }));
    const Row& c = t.rows[2];
    QCOMPARE(c.cells[0].text, QStringLiteral("Source C")); // its label comes from the previous table
    QCOMPARE(c.cells[1].kind, CellKind::Count); // none this period: a count of 0
    QCOMPARE(c.cells[1].value, 0.0);
    QVERIFY(c.cells[1].shown());
    QCOMPARE(c.cells[2].hidden, Hidden::NotApplicable);
    QCOMPARE(c.cells[3].value, 7.0);
    QVERIFY(!c.total);
    // b was not in the previous period: its previous cells show "–".
    QCOMPARE(t.rows[1].cells[3].hidden, Hidden::NotApplicable);
}

void TstReportModel::comparisonsSkipTablesNotComparable()
{
    const Period current = quarterContaining(QDate(2026, 8, 1), 4);
    Table fixed = comparable({ { QStringLiteral("a"), 6 } });
    fixed.comparable = false;
    Table missing = comparable({ { QStringLiteral("a"), 6 } });
    missing.id = QStringLiteral("only-now");
    Report now = periodReport(current, { fixed, missing });
    Report before = periodReport(previousPeriod(current, 4), { comparable({ { QStringLiteral("a"), 5 } }) });
    addComparisons(now, { before });
    QCOMPARE(now.table(QStringLiteral("t"))->columns.size(), 3);
    QCOMPARE(now.table(QStringLiteral("only-now"))->columns.size(), 3); // no such table in the other report
    QCOMPARE(now.comparisons.size(), 1);
}

QTEST_GUILESS_MAIN(TstReportModel)
#include "tst_reportmodel.moc"
