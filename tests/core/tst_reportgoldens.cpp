// Golden tests of the quarterly report: the committed fixture (tests/data/report-fixture.alongside,
// made by tests/support/reportfixture.cpp) → the report for Q2 2026/27 → JSON and CSV per section,
// compared byte for byte with tests/data/goldens/quarterly/<variant>/<section>.{json,csv}.
//
// Two variants: "raw" (not suppressed, no comparisons: every definition's own figure) and
// "suppressed" (threshold 5, with previous-period and year-to-date columns: what leaves the building).
// A missing golden fails. To write them after a deliberate change:
//   ALONGSIDE_UPDATE_GOLDENS=1 build/dev/tests/tst_reportgoldens
// then read every changed line in `git diff` before committing.

#include "core/actor.h"
#include "core/db/database.h"
#include "core/reports/formats.h"
#include "core/reports/reports.h"
#include "support/reportfixture.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using namespace alongside::core;
using namespace alongside::core::report;

namespace {

const QStringList kSections = { QStringLiteral("reach"), QStringLiteral("referrals"), QStringLiteral("demographics"),
    QStringLiteral("wellbeing"), QStringLiteral("goals"), QStringLiteral("exit"), QStringLiteral("talking_therapies"),
    QStringLiteral("workforce"), QStringLiteral("coproduction"), QStringLiteral("stories") };

QString goldenDir()
{
    return QStringLiteral(ALONGSIDE_TEST_DATA "/goldens/quarterly");
}

bool updating()
{
    return qEnvironmentVariableIsSet("ALONGSIDE_UPDATE_GOLDENS");
}

} // namespace

class TestReportGoldens : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<Database> m_db;
    Report m_raw;
    Report m_suppressed;

    Report build(bool suppressIt)
    {
        Request r;
        r.reportId = QStringLiteral("quarterly");
        r.from = QDate(2026, 7, 1);
        r.to = QDate(2026, 9, 30);
        r.suppress = suppressIt;
        r.comparePrevious = suppressIt;
        r.compareYearToDate = suppressIt;
        auto built = report::build(*m_db, Actor::localUser(), r);
        if (!built) {
            qWarning() << built.error().message;
            return {};
        }
        return built.value();
    }

    static Report only(const Report& report, const QString& sectionId)
    {
        Report one = report;
        one.sections.clear();
        if (const Section* s = report.section(sectionId)) {
            one.sections.append(*s);
        }
        return one;
    }

    static void compare(const QByteArray& actual, const QString& path)
    {
        if (updating()) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile f(path);
            QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
            f.write(actual);
            return;
        }
        QFile f(path);
        QVERIFY2(f.exists(),
            qPrintable(QStringLiteral("No golden file %1. Run with ALONGSIDE_UPDATE_GOLDENS=1 to write it, then "
                                      "check every figure in it by hand.")
                           .arg(path)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray expected = f.readAll();
        if (actual != expected) {
            // Show the first line that differs.
            const QList<QByteArray> a = actual.split('\n');
            const QList<QByteArray> e = expected.split('\n');
            for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
                const QByteArray al = i < a.size() ? a.at(i) : QByteArray("<end>");
                const QByteArray el = i < e.size() ? e.at(i) : QByteArray("<end>");
                if (al != el) {
                    QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  expected: %3\n  actual:   %4")
                                         .arg(path)
                                         .arg(i + 1)
                                         .arg(QString::fromUtf8(el), QString::fromUtf8(al))));
                }
            }
        }
    }

    void goldens(const Report& report, const QString& variant)
    {
        for (const QString& id : kSections) {
            QVERIFY2(report.section(id), qPrintable(QStringLiteral("section %1 is missing").arg(id)));
            const Report one = only(report, id);
            compare(toJson(one), goldenDir() + QStringLiteral("/%1/%2.json").arg(variant, id));
            compare(toCsv(one), goldenDir() + QStringLiteral("/%1/%2.csv").arg(variant, id));
        }
    }

    static double value(const Report& r, const QString& table, const QString& row, const QString& column,
        const QString& period = QStringLiteral("current"))
    {
        const Table* t = r.table(table);
        if (!t) {
            qWarning() << "no table" << table;
            return -1;
        }
        const Cell* c = t->cell(row, column, period);
        if (!c) {
            qWarning() << "no cell" << table << row << column;
            return -1;
        }
        return c->value;
    }

private slots:

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clock = std::make_unique<test::ScopedClock>(test::reportFixtureNow());
        const QString path = test::copyFixture(m_dir, QStringLiteral("report-fixture.alongside"));
        auto db = Database::open(path, { Database::IfMissing::Fail, Database::Access::ReadOnly, {}, false });
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        m_db = db.takeValue();
        m_raw = build(false);
        m_suppressed = build(true);
        QCOMPARE(m_raw.id, QStringLiteral("quarterly"));
        QCOMPARE(m_suppressed.id, QStringLiteral("quarterly"));
    }

    void rawGoldens() { goldens(m_raw, QStringLiteral("raw")); }

    void suppressedGoldens() { goldens(m_suppressed, QStringLiteral("suppressed")); }

    void suppressionLeavesNoSmallFigure()
    {
        // Every shown count of people in the suppressed report is 0 or at least the threshold.
        QVERIFY(m_suppressed.suppressed);
        QVERIFY(m_suppressed.anythingHidden);
        int checked = 0;
        for (const Section& s : m_suppressed.sections) {
            for (const Block& b : s.blocks) {
                if (b.kind != Block::Kind::Table) {
                    continue;
                }
                for (const Row& row : b.table.rows) {
                    for (const Cell& c : row.cells) {
                        if (c.kind == CellKind::Count && !c.notPeople && c.shown()) {
                            QVERIFY2(c.value == 0 || c.value >= m_suppressed.threshold,
                                qPrintable(QStringLiteral("%1 / %2 shows %3").arg(b.table.id, row.key).arg(c.value)));
                            ++checked;
                        }
                    }
                }
            }
        }
        QVERIFY(checked > 10);
        // The hidden values never reach the JSON.
        const QByteArray json = toJson(m_suppressed);
        QVERIFY(json.contains("\"small\""));
    }

    void noNamesLeaveTheBuilding()
    {
        // The fixture's people are called A01–A14, N01–N04, V01–V08 and P01, all with family name
        // "Fixture" or "Worker".
        for (const Report* r : { &m_raw, &m_suppressed }) {
            const QByteArray all = toJson(*r) + toCsv(*r) + toHtml(*r);
            QVERIFY(!all.contains("Fixture"));
            QVERIFY(!all.contains("V01 Worker") && !all.contains("P01 Worker") && !all.contains("V07 Worker"));
            QVERIFY(!all.contains("Words as written"));
            QVERIFY(!all.contains("This story was withdrawn"));
            QVERIFY(!all.contains("A commissioner"));
        }
    }
};

QTEST_GUILESS_MAIN(TestReportGoldens)
#include "tst_reportgoldens.moc"
