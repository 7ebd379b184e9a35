// The supervision compliance table as a model: its columns (those of SupervisionReport, so screen,
// print and CSV agree), its roles, sorting and the filters by state and search text, under
// QAbstractItemModelTester.

#include "core/models/supervisionmodel.h"
#include "core/supervision/supervisionreport.h"
#include "core/supervision/supervisionservice.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace alongside;
using namespace alongside::core;

namespace {

const QDate kToday(2026, 11, 22);

SupervisionStatus status(qint64 id, const QString& given, const QString& family, const QDate& nextDue)
{
    SupervisionStatus s;
    s.workerId = id;
    s.name = given + QLatin1Char(' ') + family;
    s.sortName = family + QStringLiteral(", ") + given;
    s.roles = { QStringLiteral("Volunteer peer mentor") };
    s.intervalDays = 30;
    s.lastHeldOn = nextDue.addDays(-30);
    s.lastKind = QString::fromLatin1(supervision::kReflective);
    s.countsFrom = s.lastHeldOn;
    s.nextDue = nextDue;
    s.state = SupervisionService::stateFor(nextDue, kToday, 7);
    s.overdueDays = s.state == SupervisionDueState::Overdue ? int(nextDue.daysTo(kToday)) : 0;
    return s;
}

/** Four people: overdue by 48 days, overdue by 3, due in 4 days, up to date. */
SupervisionCompliance table()
{
    SupervisionCompliance t;
    t.asOf = kToday;
    t.dueSoonDays = 7;
    SupervisionStatus ada = status(1, QStringLiteral("Ada"), QStringLiteral("Byrne"), kToday.addDays(-48));
    ada.supervisors = { QStringLiteral("Sam Hart (peer)"), QStringLiteral("Jo Field (external)") };
    ada.openActions = 2;
    ada.overdueActions = 1;
    SupervisionStatus cal = status(2, QStringLiteral("Cal"), QStringLiteral("Dunn"), kToday.addDays(-3));
    cal.supervisors = { QStringLiteral("Olu Green (non-peer)") };
    cal.roles = { QStringLiteral("Employed peer support worker") };
    SupervisionStatus dan = status(3, QStringLiteral("Dan"), QStringLiteral("Evans"), kToday.addDays(4));
    dan.supervisors = { QStringLiteral("Sam Hart (peer)") };
    dan.openActions = 1;
    SupervisionStatus uma = status(4, QStringLiteral("Uma"), QStringLiteral("Ahmed"), kToday.addDays(20));
    uma.lastHeldOn = QDate();
    uma.countsFrom = kToday.addDays(-10);
    t.rows = { uma, ada, cal, dan }; // by sortName, as the service gives them
    return t;
}

} // namespace

class TstSupervisionModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsAreTheReportsColumns();
    void rolesGiveStateAndIds();
    void sortsByWhatTheColumnMeans_data();
    void sortsByWhatTheColumnMeans();
    void filtersByStateAndText();
};

void TstSupervisionModel::columnsAreTheReportsColumns()
{
    SupervisionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const QStringList titles = SupervisionReport::columnTitles();
    QCOMPARE(model.columnCount(), int(titles.size()));
    model.setTable(table());
    QCOMPARE(model.rowCount(), 4);
    for (int c = 0; c < model.columnCount(); ++c) {
        QCOMPARE(model.headerData(c, Qt::Horizontal).toString(), titles.at(c));
    }
    // Every cell is the report's text: what is on screen is what prints and exports.
    for (int r = 0; r < model.rowCount(); ++r) {
        const QStringList texts = SupervisionReport::rowTexts(model.status(r));
        for (int c = 0; c < model.columnCount(); ++c) {
            QCOMPARE(model.index(r, c).data().toString(), texts.at(c));
        }
    }
    const int ada = model.rowOf(1);
    QCOMPARE(ada, 1);
    QCOMPARE(model.index(ada, SupervisionModel::Name).data().toString(), QStringLiteral("Ada Byrne"));
    // The state is in words in its own column, never colour alone.
    QVERIFY(model.index(ada, SupervisionModel::State).data().toString().contains(QStringLiteral("48")));
    QCOMPARE(model.index(ada, SupervisionModel::DaysOverdue).data().toString(), QStringLiteral("48"));
    QVERIFY(model.index(ada, SupervisionModel::Supervisors).data().toString().contains(QStringLiteral("Jo Field")));
    QCOMPARE(model.rowOf(99), -1);
    model.setTable({});
    QCOMPARE(model.rowCount(), 0);
}

void TstSupervisionModel::rolesGiveStateAndIds()
{
    SupervisionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table());
    QCOMPARE(model.index(1, 0).data(SupervisionModel::WorkerIdRole).toLongLong(), 1);
    QCOMPARE(model.index(1, SupervisionModel::State).data(SupervisionModel::StateRole).toInt(),
        int(SupervisionDueState::Overdue));
    QCOMPARE(model.index(3, SupervisionModel::State).data(SupervisionModel::StateRole).toInt(),
        int(SupervisionDueState::DueSoon));
    QCOMPARE(model.index(0, SupervisionModel::State).data(SupervisionModel::StateRole).toInt(),
        int(SupervisionDueState::UpToDate));
    // A screen reader hears whose row and which column each cell is.
    const QString spoken = model.index(1, SupervisionModel::NextDue).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(QStringLiteral("Ada Byrne, ")), qPrintable(spoken));
    QVERIFY(spoken.contains(SupervisionReport::columnTitles().at(SupervisionModel::NextDue)));
    QVERIFY(!model.index(1, SupervisionModel::State).data(Qt::ToolTipRole).toString().isEmpty());
}

void TstSupervisionModel::sortsByWhatTheColumnMeans_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("by family name") << int(SupervisionModel::Name) << int(Qt::AscendingOrder)
                                    << QList<qint64> { 4, 1, 2, 3 };
    QTest::newRow("state: most overdue first")
        << int(SupervisionModel::State) << int(Qt::AscendingOrder) << QList<qint64> { 1, 2, 3, 4 };
    QTest::newRow("next due, latest first")
        << int(SupervisionModel::NextDue) << int(Qt::DescendingOrder) << QList<qint64> { 4, 3, 2, 1 };
    QTest::newRow("last supervision: never first")
        << int(SupervisionModel::LastSupervision) << int(Qt::AscendingOrder) << QList<qint64> { 4, 1, 2, 3 };
    QTest::newRow("most days overdue first")
        << int(SupervisionModel::DaysOverdue) << int(Qt::DescendingOrder) << QList<qint64> { 1, 2 };
    QTest::newRow("most open actions first")
        << int(SupervisionModel::OpenActions) << int(Qt::DescendingOrder) << QList<qint64> { 1, 3 };
}

void TstSupervisionModel::sortsByWhatTheColumnMeans()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QList<qint64>, expected);
    SupervisionModel model;
    SupervisionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table());
    filter.sort(column, Qt::SortOrder(order));
    for (int r = 0; r < expected.size(); ++r) {
        QCOMPARE(filter.index(r, 0).data(SupervisionModel::WorkerIdRole).toLongLong(), expected.at(r));
    }
    // The table handed to print and CSV is in the order shown.
    const SupervisionCompliance shown = filter.shownTable();
    QCOMPARE(shown.rows.size(), 4);
    QCOMPARE(shown.asOf, kToday);
    QCOMPARE(shown.rows.first().workerId, expected.first());
}

void TstSupervisionModel::filtersByStateAndText()
{
    SupervisionModel model;
    SupervisionFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table());
    QCOMPARE(filter.rowCount(), 4);
    filter.setStateFilter(SupervisionDueState::Overdue);
    QCOMPARE(filter.rowCount(), 2);
    QCOMPARE(filter.shownTable().rows.size(), 2);
    for (const SupervisionStatus& s : filter.shownTable().rows) {
        QCOMPARE(s.state, SupervisionDueState::Overdue);
    }
    filter.setStateFilter(SupervisionDueState::DueSoon);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Dan Evans"));
    filter.setStateFilter(std::nullopt);
    // Search: names, roles and supervisors, ignoring case and surrounding spaces.
    filter.setSearchText(QStringLiteral("  sam hart "));
    QCOMPARE(filter.rowCount(), 2);
    filter.setSearchText(QStringLiteral("employed"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(SupervisionModel::WorkerIdRole).toLongLong(), 2);
    filter.setSearchText(QStringLiteral("ada"));
    filter.setStateFilter(SupervisionDueState::UpToDate);
    QCOMPARE(filter.rowCount(), 0);
    QVERIFY(filter.shownTable().rows.isEmpty());
    filter.setSearchText(QString());
    filter.setStateFilter(std::nullopt);
    QCOMPARE(filter.rowCount(), 4);
}

QTEST_GUILESS_MAIN(TstSupervisionModel)
#include "tst_supervisionmodel.moc"
