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

    void handComputedFigures()
    {
        // The fixture's design (tests/support/reportfixture.cpp), worked out by hand: if a golden
        // is ever rewritten with a wrong figure, this still fails.
        const Report& r = m_raw;
        auto v = [&r](const char* table, const char* row, const char* column) {
            return value(r, QString::fromLatin1(table), QString::fromLatin1(row), QString::fromLatin1(column));
        };
        // Reach: A01–A10, N01 and N04 referred in Q2; A01–A14 attended; A01–A10 twice; 24 sessions;
        // DNA 2 of 26 appointments (cancellations left out).
        QCOMPARE(v("reach.summary", "referred", "count"), 12.0);
        QCOMPARE(v("reach.summary", "attended_one", "count"), 14.0);
        QCOMPARE(v("reach.summary", "attended_two", "count"), 10.0);
        QCOMPARE(v("reach.summary", "sessions", "count"), 24.0);
        QCOMPARE(v("reach.summary", "did_not_attend", "count"), 2.0);
        QVERIFY(qAbs(v("reach.summary", "did_not_attend", "percent") - 100.0 * 2 / 26) < 1e-9);
        // Demographics: A01 turns 26 on 1 Jul 2026 (26–35); A12–A13 are 50; A14 has no date of birth.
        QCOMPARE(v("demographics.gender", "female", "count"), 8.0);
        QCOMPARE(v("demographics.gender", "male", "count"), 5.0);
        QCOMPARE(v("demographics.gender", "other", "count"), 1.0);
        QCOMPARE(v("demographics.age", "age26_35", "count"), 6.0);
        QCOMPARE(v("demographics.age", "age36_45", "count"), 5.0);
        QCOMPARE(v("demographics.age", "age46_55", "count"), 2.0);
        QCOMPARE(v("demographics.age", "not_specified", "count"), 1.0);
        // WEMWBS: first 38 40 42 45 50 55 30 60, last 50 47 44 45 58 62 41 57.
        QCOMPARE(v("wellbeing.wemwbs.bands", "low", "initial"), 4.0);
        QCOMPARE(v("wellbeing.wemwbs.bands", "low", "final"), 2.0);
        QCOMPARE(v("wellbeing.wemwbs.bands", "average", "final"), 5.0);
        QCOMPARE(v("wellbeing.change", "wemwbs", "pairs"), 8.0);
        QCOMPARE(v("wellbeing.change", "wemwbs", "mean_change"), 5.5);
        // SD of the changes √(198/7); t(0.975, 7) = 2.3646: 5.5 ± 4.446.
        QVERIFY(qAbs(v("wellbeing.change", "wemwbs", "ci_lower") - 1.0539) < 1e-3);
        QVERIFY(qAbs(v("wellbeing.change", "wemwbs", "ci_upper") - 9.9461) < 1e-3);
        QCOMPARE(v("wellbeing.change", "wemwbs", "meaningful"), 62.5); // +12 +7 +8 +7 +11 of 8
        QCOMPARE(v("wellbeing.change", "wemwbs", "reliable"), 37.5); // +12 +8 +11 of 8
        QCOMPARE(v("wellbeing.change", "swemwbs", "pairs"), 4.0); // A11, A12 first scored in Q1
        QCOMPARE(v("wellbeing.completion", "sessions2_3", "paired"), 6.0);
        // Talking Therapies: A03 not at caseness; A01, A02, A05 recover; A01, A05 reliably.
        QCOMPARE(v("talking_therapies.population", "at_caseness", "count"), 4.0);
        QCOMPARE(v("talking_therapies.population", "not_at_caseness", "count"), 1.0);
        QCOMPARE(v("talking_therapies.outcomes", "recovery", "count"), 3.0);
        QCOMPARE(v("talking_therapies.outcomes", "reliable_improvement", "count"), 2.0);
        QCOMPARE(v("talking_therapies.outcomes", "reliable_recovery", "count"), 2.0);
        // Goals: A01 2/2 and A03 1/1 achieved more than half; A04's 1 of 2 is exactly half.
        QCOMPARE(v("goals.summary", "with_goals", "count"), 6.0);
        QCOMPARE(v("goals.summary", "achieved_more_than_half", "count"), 2.0);
        // Exit: item 2 is yes 4, no 1, n/a 1; % yes leaves n/a out.
        QCOMPARE(v("exit.items", "item.2", "yes"), 4.0);
        QCOMPARE(v("exit.items", "item.2", "not_applicable"), 1.0);
        QCOMPARE(v("exit.items", "item.2", "percent_yes"), 80.0);
        // Workforce: V01–V07 and P01 active on 30 Sep; V07 started, V08 left; 20.5 hours.
        QCOMPARE(v("workforce.active", "total", "total"), 8.0);
        QCOMPARE(v("workforce.movement", "starters", "count"), 1.0);
        QCOMPARE(v("workforce.movement", "leavers", "count"), 1.0);
        QCOMPARE(v("workforce.hours", "hours", "value"), 20.5);
        QCOMPARE(v("workforce.progression", "volunteer_to_paid", "count"), 1.0);
        // Suppressed: gender "Other" 1 is small, so "Male" 5 (the smallest other) is hidden too.
        const Table* gender = m_suppressed.table(QStringLiteral("demographics.gender"));
        QVERIFY(gender);
        QCOMPARE(gender->cell(QStringLiteral("other"), QStringLiteral("count"))->hidden, Hidden::Small);
        QCOMPARE(gender->cell(QStringLiteral("male"), QStringLiteral("count"))->hidden, Hidden::Secondary);
        QCOMPARE(gender->cell(QStringLiteral("male"), QStringLiteral("percent"))->hidden, Hidden::Secondary);
        QCOMPARE(gender->cell(QStringLiteral("female"), QStringLiteral("count"))->hidden, Hidden::No);
    }

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
