// Demo data: exact sizes, the same data for the same seed, nothing written on refusal or cancel.

#include "core/actor.h"
#include "core/clients/clientservice.h"
#include "core/clients/demographics.h"
#include "core/db/database.h"
#include "core/involvement/involvementservice.h"
#include "core/involvement/storyservice.h"
#include "core/measures/measureservice.h"
#include "core/services/demogenerator.h"
#include "core/services/settingsservice.h"
#include "core/workforce/compliance.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace alongside;
using core::DemoGenerator;

class TstDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void smallHasTheAdvertisedCounts();
    void dataIsPlausible();
    void questionnairesAreScoredByTheEngine();
    void coproductionAndStories();
    void workforceIsRealistic_data();
    void workforceIsRealistic();
    void peopleSupportedAreRealistic_data();
    void peopleSupportedAreRealistic();
    void mentorsStayWithinCapacity_data();
    void mentorsStayWithinCapacity();
    void supervisionArrangementsAreConsistent_data();
    void supervisionArrangementsAreConsistent();
    void supervisionRecordsAreComplete_data();
    void supervisionRecordsAreComplete();
    void someWorkersAreOverdue_data();
    void someWorkersAreOverdue();
    void oneWorkersWellbeingDips_data();
    void oneWorkersWellbeingDips();
    void sameSeedSameData();
    void differentSeedDifferentData();
    void refusesDatabaseWithPeople();
    void cancelWritesNothing();
    void parsesSizes_data();
    void parsesSizes();

private:
    QByteArray generate(const QString& name, quint64 seed);
    std::unique_ptr<core::Database> generateSize(const QString& name, DemoGenerator::Size size, quint64 seed);
    /** The data set of that size made with seed 7: the small one of initTestCase, the others made once. */
    core::Database* sized(int size);
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_small;
    std::map<int, std::unique_ptr<core::Database>> m_sized;
};

namespace {
const QDate kAsAt(2026, 11, 22);

/** Every row of a query, each as a list of its values. */
QList<QVariantList> rows(const core::Database& db, const QString& sql)
{
    QList<QVariantList> out;
    QSqlQuery q(QSqlDatabase::database(db.connectionName(), false));
    if (!q.exec(sql)) {
        qWarning("%s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i) {
            row << q.value(i);
        }
        out << row;
    }
    return out;
}

double median(QList<int> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/**
 * Each worker expected to be supervised on "as at" (status active, holding a role with an
 * interval), with the days their supervision is overdue (0: not overdue), worked out in plain SQL:
 * the next due date counts the shortest interval of their roles from the latest of their last
 * session, the start of their active spell and the start of their roles.
 */
QString overdueDaysSql()
{
    return QStringLiteral(
        "WITH current AS (SELECT w.id FROM worker w WHERE (SELECT s.status FROM worker_status s WHERE s.worker_id = "
        "w.id AND s.since <= '%1' ORDER BY s.since DESC, s.id DESC LIMIT 1) = 'active'), "
        "intervals AS (SELECT r.worker_id, MIN(t.supervision_interval_days) AS days, MIN(r.starts_on) AS starts FROM "
        "worker_role r JOIN role_type t ON t.id = r.role_type_id WHERE r.starts_on <= '%1' AND (r.ends_on IS NULL OR "
        "r.ends_on >= '%1') AND t.supervision_interval_days IS NOT NULL GROUP BY r.worker_id), "
        "last AS (SELECT a.worker_id, MAX(e.held_on) AS held FROM supervision_attendee a JOIN supervision_entry e ON "
        "e.id = a.entry_id WHERE e.held_on <= '%1' GROUP BY a.worker_id), "
        "spell AS (SELECT worker_id, MAX(since) AS since FROM worker_status WHERE status = 'active' AND since <= '%1' "
        "GROUP BY worker_id), "
        "due AS (SELECT c.id, date(MAX(COALESCE(l.held, ''), p.since, i.starts), '+' || i.days || ' days') AS due "
        "FROM current c JOIN intervals i ON i.worker_id = c.id JOIN spell p ON p.worker_id = c.id LEFT JOIN last l "
        "ON l.worker_id = c.id) "
        "SELECT id, MAX(0, CAST(julianday('%1') - julianday(due) AS INTEGER)) FROM due ORDER BY id")
        .arg(kAsAt.toString(Qt::ISODate));
}
} // namespace

QByteArray TstDemo::generate(const QString& name, quint64 seed)
{
    auto db = test::openOrCreate(m_dir.filePath(name));
    if (!db) {
        return {};
    }
    DemoGenerator::Options o;
    o.seed = seed;
    o.asAt = kAsAt;
    if (core::Status s = DemoGenerator::generate(*db, core::Actor::localUser(), o); !s) {
        qWarning("%s", qPrintable(s.message()));
        return {};
    }
    return test::contentDigest(*db);
}

std::unique_ptr<core::Database> TstDemo::generateSize(const QString& name, DemoGenerator::Size size, quint64 seed)
{
    auto db = test::openOrCreate(m_dir.filePath(name));
    if (!db) {
        return {};
    }
    DemoGenerator::Options o;
    o.size = size;
    o.seed = seed;
    o.asAt = kAsAt;
    if (core::Status s = DemoGenerator::generate(*db, core::Actor::localUser(), o); !s) {
        qWarning("%s", qPrintable(s.message()));
        return {};
    }
    return db;
}

core::Database* TstDemo::sized(int size)
{
    if (DemoGenerator::Size(size) == DemoGenerator::Size::Small) {
        return m_small.get();
    }
    auto& db = m_sized[size];
    if (!db) {
        db = generateSize(QStringLiteral("size%1.alongside").arg(size), DemoGenerator::Size(size), 7);
    }
    return db.get();
}

void TstDemo::initTestCase()
{
    m_small = test::openOrCreate(m_dir.filePath(QStringLiteral("small.alongside")));
    QVERIFY(m_small);
    DemoGenerator::Options o;
    o.seed = 7;
    o.asAt = kAsAt;
    int calls = 0;
    double last = 0;
    bool monotonic = true;
    const core::Status s
        = DemoGenerator::generate(*m_small, core::Actor::localUser(), o, [&](const QString& phase, double f) {
              ++calls;
              monotonic = monotonic && f >= last - 1e-9 && !phase.isEmpty();
              last = f;
              return true;
          });
    QVERIFY2(s, qPrintable(s.message()));
    QVERIFY(calls > 3);
    QVERIFY(calls < 2000);
    QVERIFY(monotonic);
}

void TstDemo::smallHasTheAdvertisedCounts()
{
    const auto t = DemoGenerator::targets(DemoGenerator::Size::Small);
    QCOMPARE(test::scalar(*m_small, QStringLiteral("SELECT COUNT(*) FROM worker")).toInt(), t.workers);
    QCOMPARE(test::scalar(*m_small, QStringLiteral("SELECT COUNT(*) FROM client")).toInt(), t.clients);
    QCOMPARE(test::scalar(*m_small, QStringLiteral("SELECT COUNT(*) FROM session")).toInt(), t.sessions);
    QCOMPARE(
        test::scalar(*m_small, QStringLiteral("SELECT COUNT(*) FROM measure_response")).toInt(), t.measureResponses);
    const auto large = DemoGenerator::targets(DemoGenerator::Size::Large);
    QCOMPARE(large.workers, 2000);
    QCOMPARE(large.clients, 50000);
    QCOMPARE(large.sessions, 1000000);
    QCOMPARE(large.measureResponses, 200000);
}

void TstDemo::dataIsPlausible()
{
    const QString asAt = kAsAt.toString(Qt::ISODate);
    // No session in the future, before its referral, or after its episode ended.
    QCOMPARE(
        test::scalar(*m_small, QStringLiteral("SELECT COUNT(*) FROM session WHERE held_on > '%1'").arg(asAt)).toInt(),
        0);
    QCOMPARE(test::scalar(*m_small,
                 QStringLiteral("SELECT COUNT(*) FROM session s JOIN episode e ON e.id = s.episode_id "
                                "JOIN referral r ON r.id = e.referral_id WHERE s.held_on < r.referred_on "
                                "OR (e.ended_on IS NOT NULL AND s.held_on > e.ended_on)"))
                 .toInt(),
        0);
    // Item-level answers exist for every questionnaire, within each measure's range.
    QCOMPARE(test::scalar(*m_small,
                 QStringLiteral("SELECT COUNT(*) FROM measure_response r WHERE NOT EXISTS "
                                "(SELECT 1 FROM measure_answer a WHERE a.response_id = r.id)"))
                 .toInt(),
        0);
    QCOMPARE(test::scalar(*m_small,
                 QStringLiteral("SELECT COUNT(*) FROM measure_answer a JOIN measure_response r "
                                "ON r.id = a.response_id WHERE (r.measure_id IN ('wemwbs','swemwbs') "
                                "AND a.value NOT BETWEEN 1 AND 5) OR (r.measure_id IN "
                                "('phq9','gad7') AND a.value NOT BETWEEN 0 AND 3)"))
                 .toInt(),
        0);
    // A working dashboard: active workers, sessions this month, a charity name.
    QVERIFY(test::scalar(*m_small, QStringLiteral("SELECT COUNT(*) FROM session WHERE held_on >= '2026-11-01'")).toInt()
        > 0);
    QVERIFY(!test::scalar(*m_small, QStringLiteral("SELECT value FROM setting WHERE key = 'charity_name'"))
                 .toString()
                 .isEmpty());
    QCOMPARE(test::scalar(*m_small, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
    // The file says it is fictional.
    auto settings = core::SettingsService(*m_small).load(core::Actor::localUser());
    QVERIFY(settings);
    QVERIFY(settings.value().isDemoData);
}

void TstDemo::questionnairesAreScoredByTheEngine()
{
    auto count = [this](const QString& sql) { return test::scalar(*m_small, sql).toInt(); };
    // Every standard measure has a total, a reported score and a band, as the engine gives them.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE measure_id <> 'exit' AND "
                                  "(total IS NULL OR metric IS NULL OR band IS NULL)")),
        0);
    // WEMWBS in the earlier years, SWEMWBS in the later ones: no episode has both, and WEMWBS came first.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE measure_id = 'wemwbs'")) > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE measure_id = 'swemwbs'")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT client_id FROM measure_response WHERE measure_id IN "
                                  "('wemwbs', 'swemwbs') GROUP BY episode_id HAVING COUNT(DISTINCT measure_id) > 1)")),
        0);
    QVERIFY(test::scalar(*m_small,
                QStringLiteral("SELECT MIN(administered_on) FROM measure_response WHERE measure_id = 'wemwbs'"))
                .toString()
        < test::scalar(
            *m_small, QStringLiteral("SELECT MIN(administered_on) FROM measure_response WHERE measure_id = 'swemwbs'"))
              .toString());
    // PHQ-9 and GAD-7 pairs (first and last on different days) for a subset.
    const int clinicalPairs = count(
        QStringLiteral("SELECT COUNT(*) FROM (SELECT episode_id FROM measure_response WHERE measure_id = 'phq9' "
                       "GROUP BY episode_id HAVING COUNT(DISTINCT administered_on) > 1)"));
    QVERIFY(clinicalPairs > 10);
    QVERIFY(clinicalPairs < count(QStringLiteral("SELECT COUNT(*) FROM episode")) / 2);
    // Every risk answer (PHQ-9 item 9 above 0) is flagged, and someone saw the prompt.
    const int riskAnswers = count(QStringLiteral("SELECT COUNT(*) FROM measure_response r JOIN measure_answer a ON "
                                                 "a.response_id = r.id WHERE r.measure_id = 'phq9' AND a.item_no = 9 "
                                                 "AND a.value > 0"));
    QVERIFY(riskAnswers > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE risk_flagged = 1")), riskAnswers);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE risk_flagged = 1 AND "
                                  "(risk_acknowledged_by IS NULL OR risk_acknowledged_at IS NULL)")),
        0);
    // The charity's own exit questionnaire: stored as a custom definition, answered with yes, no,
    // "not applicable" (9) and some comments.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM measure_definition WHERE measure_id = 'exit' AND "
                                  "source = 'custom'")),
        1);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE measure_id = 'exit'")) > 10);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM measure_answer a JOIN measure_response r ON r.id = "
                                 "a.response_id WHERE r.measure_id = 'exit' AND a.value = 9"))
        > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM measure_answer a JOIN measure_response r ON r.id = "
                                 "a.response_id WHERE r.measure_id = 'exit' AND a.text_value <> ''"))
        > 0);

    // Read back through MeasureService, each response is scored again with its own version, and
    // gives what the demo stored.
    core::MeasureService service(*m_small);
    int checked = 0;
    for (const QVariantList& client :
        rows(*m_small, QStringLiteral("SELECT DISTINCT client_id FROM measure_response ORDER BY client_id LIMIT 40"))) {
        auto responses = service.responses(core::Actor::localUser(), client.value(0).toLongLong());
        QVERIFY2(responses, qPrintable(responses.message()));
        for (const core::MeasureResponse& r : responses.value()) {
            QVERIFY2(r.result.complete, qPrintable(r.result.reason));
            const QVariant stored
                = test::scalar(*m_small, QStringLiteral("SELECT metric FROM measure_response WHERE id = %1").arg(r.id));
            if (r.measureId == QLatin1String("exit")) {
                QVERIFY(stored.isNull());
                QVERIFY(!r.result.score);
            } else {
                QVERIFY(r.result.score);
                QCOMPARE(stored.toDouble(), *r.result.score);
            }
            ++checked;
        }
    }
    QVERIFY(checked > 40);
}

void TstDemo::coproductionAndStories()
{
    auto count = [this](const QString& sql) { return test::scalar(*m_small, sql).toInt(); };
    // The co-production group meets every eight weeks with mixed attendance.
    const int coproduction = count(QStringLiteral(
        "SELECT COUNT(*) FROM meeting m JOIN involvement_group g ON g.id = m.group_id WHERE g.position = 1"));
    QVERIFY2(coproduction >= 24 && coproduction <= 27, qPrintable(QString::number(coproduction)));
    const auto mixed = [&](int kinds) {
        return count(QStringLiteral("SELECT COUNT(*) FROM (SELECT m.id FROM meeting m JOIN involvement_group g ON "
                                    "g.id = m.group_id JOIN meeting_attendee a ON a.meeting_id = m.id WHERE "
                                    "g.position = 1 GROUP BY m.id HAVING COUNT(DISTINCT a.standing) >= %1)")
                         .arg(kinds));
    };
    QCOMPARE(mixed(2), coproduction);
    QVERIFY(mixed(3) * 10 >= coproduction * 8);
    for (const char* standing : { "supported", "volunteer", "paid_peer", "staff", "stakeholder" }) {
        QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM meeting_attendee WHERE standing = '%1'")
                           .arg(QLatin1String(standing)))
                > 0,
            standing);
    }
    // Stakeholders not on file have a name and organisation; everyone else is on file.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM meeting_attendee WHERE person_id IS NULL AND (standing <> "
                                  "'stakeholder' OR organisation IS NULL)")),
        0);
    // A few decisions changed the service; some actions are still open.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM meeting_decision WHERE change_made IS NOT NULL")) >= 5);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM meeting_action WHERE done_on IS NULL")) > 0);
    // The standings written agree with what the service would suggest for people in the workforce.
    const core::Actor coordinator = core::Actor::localUser();
    core::InvolvementService involvement(*m_small);
    QSqlQuery q(QSqlDatabase::database(m_small->connectionName()));
    QVERIFY(q.exec(QStringLiteral("SELECT a.person_id, m.held_on, a.standing FROM meeting_attendee a JOIN meeting m "
                                  "ON m.id = a.meeting_id WHERE a.standing IN ('volunteer', 'paid_peer', 'staff')")));
    int checked = 0;
    while (q.next()) {
        auto s = involvement.standingOn(
            coordinator, q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate));
        QVERIFY(s);
        QCOMPARE(s.value(), q.value(2).toString());
        ++checked;
    }
    QVERIFY(checked > 50);

    // Stories with and without consent, some withdrawn, some chosen for a quarter's report.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM story WHERE consent_id IS NOT NULL")) >= 5);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM story WHERE consent_id IS NULL")) >= 1);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM story WHERE author_type <> 'supported'")) >= 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM story s JOIN consent c ON c.id = s.consent_id WHERE "
                                  "c.person_id <> s.person_id OR c.purpose <> 'story'")),
        0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM story_period")) >= 1);
    // The report data takes only chosen stories whose consent stands, never the words as written.
    int reported = 0;
    core::StoryService stories(*m_small);
    for (int back = 0; back < 8; ++back) {
        const QDate from = QDate(kAsAt.year(), 1, 1).addMonths(-3 * back);
        auto r = stories.reportStories(coordinator, from, from.addMonths(3).addDays(-1), kAsAt);
        QVERIFY(r);
        for (const core::ReportStory& story : r.value().stories) {
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM story s JOIN consent c ON c.id = s.consent_id WHERE "
                                          "s.id = %1 AND c.withdrawn_on IS NULL")
                               .arg(story.id)),
                1);
            QVERIFY(!story.text.isEmpty());
        }
        reported += int(r.value().stories.size());
    }
    QVERIFY(reported >= 1);
}

void TstDemo::workforceIsRealistic_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("small") << int(DemoGenerator::Size::Small);
    QTest::newRow("medium") << int(DemoGenerator::Size::Medium);
    QTest::newRow("large") << int(DemoGenerator::Size::Large);
}

void TstDemo::workforceIsRealistic()
{
    QFETCH(int, size);
    core::Database* db = sized(size);
    QVERIFY(db);
    const core::Actor actor = core::Actor::localUser();
    const QString asAt = kAsAt.toString(Qt::ISODate);
    auto count = [db](const QString& sql) { return test::scalar(*db, sql).toInt(); };

    // The compliance matrix has something to act on: rechecks and refreshers expiring within the
    // 30-day window and expired, and missing DBS checks and references.
    auto matrix = core::ComplianceService(*db).matrix(actor, kAsAt, 30);
    QVERIFY2(matrix, qPrintable(matrix.message()));
    const core::ComplianceMatrix& m = matrix.value();
    QVERIFY(!m.rows.isEmpty());
    auto column = [&m](const QString& keyOrTitle) {
        for (int i = 0; i < m.columns.size(); ++i) {
            if (m.columns[i].key == keyOrTitle || m.columns[i].title == keyOrTitle) {
                return i;
            }
        }
        return -1;
    };
    auto cells = [&m](int col, core::ComplianceState state) {
        int n = 0;
        for (const core::ComplianceRow& row : m.rows) {
            for (int i = 0; i < row.cells.size(); ++i) {
                n += (col < 0 || i == col) && row.cells[i].state == state ? 1 : 0;
            }
        }
        return n;
    };
    QVERIFY(cells(-1, core::ComplianceState::ExpiringSoon) > 0);
    QVERIFY(cells(-1, core::ComplianceState::Expired) > 0);
    QVERIFY(cells(-1, core::ComplianceState::Missing) > 0);
    const int dbs = column(QStringLiteral("dbs"));
    const int references = column(QStringLiteral("references"));
    const int safeguarding = column(QStringLiteral("Safeguarding refresher"));
    const int peerTraining = column(QStringLiteral("Peer support training (internal)"));
    QVERIFY(dbs >= 0 && references >= 0 && safeguarding >= 0 && peerTraining >= 0);
    QVERIFY(cells(dbs, core::ComplianceState::ExpiringSoon) > 0);
    QVERIFY(cells(dbs, core::ComplianceState::Expired) > 0);
    QVERIFY(cells(dbs, core::ComplianceState::Missing) > 0);
    QVERIFY(cells(dbs, core::ComplianceState::Done) > cells(dbs, core::ComplianceState::Expired));
    QVERIFY(cells(references, core::ComplianceState::Missing) > 0);
    QVERIFY(cells(references, core::ComplianceState::Done) > cells(references, core::ComplianceState::Missing));
    QVERIFY(cells(safeguarding, core::ComplianceState::ExpiringSoon) > 0);
    QVERIFY(cells(safeguarding, core::ComplianceState::Expired) > 0);
    QVERIFY(cells(peerTraining, core::ComplianceState::Done) > cells(peerTraining, core::ComplianceState::Missing));

    // Some people paused, some left, each with a reason.
    auto people = core::WorkforceService(*db).list(actor, kAsAt);
    QVERIFY2(people, qPrintable(people.message()));
    int paused = 0;
    int left = 0;
    for (const core::WorkerSummary& w : people.value()) {
        paused += w.status == QLatin1String("paused") ? 1 : 0;
        left += w.status == QLatin1String("left") ? 1 : 0;
    }
    QVERIFY(paused > 0);
    QVERIFY(left > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM worker_status WHERE status IN ('paused', 'left') AND "
                                  "(reason IS NULL OR reason = '')")),
        0);

    // DBS rechecks after issue; certificate numbers of twelve digits.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM dbs_check")) > 0);
    QCOMPARE(count(QStringLiteral(
                 "SELECT COUNT(*) FROM dbs_check WHERE recheck_due_on IS NOT NULL AND recheck_due_on <= issued_on")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM dbs_check WHERE length(certificate_number) <> 12 OR "
                                  "certificate_number GLOB '*[^0-9]*' OR issued_on > '%1'")
                       .arg(asAt)),
        0);

    // Nothing logged or completed after "today"; hours only while in an unpaid role.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM volunteer_hours")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM volunteer_hours WHERE worked_on > '%1'").arg(asAt)), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM training_completion WHERE completed_on > '%1'").arg(asAt)), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM volunteer_hours h WHERE hours <= 0 OR hours > 4 OR NOT "
                                  "EXISTS (SELECT 1 FROM worker_role r WHERE r.worker_id = h.worker_id AND "
                                  "r.pay_basis = 'unpaid' AND r.starts_on <= h.worked_on AND (r.ends_on IS NULL "
                                  "OR r.ends_on >= h.worked_on))")),
        0);

    // Lived experience only for people who hold or held a peer role, with known areas.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM worker_lived_experience")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM worker_lived_experience e WHERE NOT EXISTS (SELECT 1 FROM "
                                  "worker_role r JOIN role_type t ON t.id = r.role_type_id WHERE r.worker_id = "
                                  "e.worker_id AND t.is_peer = 1)")),
        0);
    {
        const QStringList known = core::WorkforceService::livedExperienceAreaKeys();
        QSqlQuery q(QSqlDatabase::database(db->connectionName(), false));
        QVERIFY(q.exec(QStringLiteral("SELECT areas FROM worker_lived_experience")));
        while (q.next()) {
            const QStringList areas = q.value(0).toString().split(QLatin1Char(','));
            QVERIFY(!areas.isEmpty() && areas.size() <= 3);
            for (const QString& area : areas) {
                QVERIFY2(known.contains(area), qPrintable(area));
            }
        }
    }

    // Recruitment steps in order, none in the future; two references for everyone who applied.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM worker_step a JOIN recruitment_step sa ON sa.id = a.step_id "
                                  "JOIN worker_step b ON b.worker_id = a.worker_id JOIN recruitment_step sb ON "
                                  "sb.id = b.step_id WHERE sa.position < sb.position AND a.done_on > b.done_on")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM worker_step WHERE done_on > '%1'").arg(asAt)), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM worker w WHERE (SELECT COUNT(*) FROM worker_step s WHERE "
                                  "s.worker_id = w.id) = 0")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM worker w WHERE EXISTS (SELECT 1 FROM worker_status s WHERE "
                                  "s.worker_id = w.id AND s.status = 'applicant') AND (SELECT COUNT(*) FROM "
                                  "worker_reference r WHERE r.worker_id = w.id) <> 2")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM worker_reference WHERE received_on > '%1'").arg(asAt)), 0);
    QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TstDemo::peopleSupportedAreRealistic_data()
{
    workforceIsRealistic_data();
}

void TstDemo::peopleSupportedAreRealistic()
{
    QFETCH(int, size);
    core::Database* db = sized(size);
    QVERIFY(db);
    const QString asAt = kAsAt.toString(Qt::ISODate);
    auto count = [db](const QString& sql) { return test::scalar(*db, sql).toInt(); };
    auto values = [db](const QString& sql) {
        QStringList out;
        QSqlQuery q(QSqlDatabase::database(db->connectionName(), false));
        if (!q.exec(sql)) {
            qWarning("%s", qPrintable(q.lastError().text()));
        }
        while (q.next()) {
            out << q.value(0).toString();
        }
        return out;
    };
    const int clients = count(QStringLiteral("SELECT COUNT(*) FROM client"));
    const int referrals = count(QStringLiteral("SELECT COUNT(*) FROM referral"));
    QVERIFY(clients > 0);

    // Referrals over the last two years; sub-sources from the catalogue of the referral's category,
    // free-text detail rare.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM referral WHERE referred_on > '%1' OR referred_on < '%2'")
                       .arg(asAt, kAsAt.addDays(-731).toString(Qt::ISODate))),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM referral r JOIN referral_source s ON s.id = r.source_id "
                                  "WHERE s.category <> r.source_category")),
        0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM referral WHERE source_id IS NOT NULL")) > referrals * 3 / 4);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM referral WHERE source_detail IS NOT NULL")) < referrals / 10);

    // Triage: keyed outcomes a few days after referral, mostly accepted; some signposted, declined or
    // not eligible; a few recent ones not yet triaged. Accepted referrals, and only they, have an episode.
    const QStringList outcomes = values(QStringLiteral("SELECT DISTINCT triage_outcome FROM referral "
                                                       "WHERE triage_outcome IS NOT NULL ORDER BY 1"));
    QCOMPARE(outcomes,
        QStringList({ QStringLiteral("accepted"), QStringLiteral("declined"), QStringLiteral("not_eligible"),
            QStringLiteral("signposted") }));
    const int accepted = count(QStringLiteral("SELECT COUNT(*) FROM referral WHERE triage_outcome = 'accepted'"));
    QVERIFY2(accepted > referrals * 8 / 10 && accepted < referrals * 96 / 100, qPrintable(QString::number(accepted)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM referral WHERE (triage_outcome IS NULL) <> (triage_on IS "
                                  "NULL) OR triage_on < referred_on OR triage_on > date(referred_on, '+14 days') "
                                  "OR triage_on > '%1'")
                       .arg(asAt)),
        0);
    const int untriaged = count(QStringLiteral("SELECT COUNT(*) FROM referral WHERE triage_outcome IS NULL"));
    QVERIFY(untriaged > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM referral WHERE triage_outcome IS NULL AND referred_on < "
                                  "'%1'")
                       .arg(kAsAt.addDays(-14).toString(Qt::ISODate))),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM referral r WHERE (r.triage_outcome IS 'accepted') <> "
                                  "EXISTS (SELECT 1 FROM episode e WHERE e.referral_id = r.id)")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM episode e JOIN referral r ON r.id = e.referral_id "
                                  "WHERE e.starts_on < r.triage_on")),
        0);
    // A few people came back: a second referral into the group after other support ended well.
    QVERIFY(referrals > clients);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM referral r JOIN referral p ON p.client_id = r.client_id AND "
                                  "p.id < r.id JOIN episode e ON e.referral_id = p.id WHERE e.ended_on IS NULL OR "
                                  "e.ended_on > r.referred_on")),
        0);

    // Episodes and matches end with keyed reasons; never two current matches in one episode; re-matches
    // go to another mentor.
    QCOMPARE(values(QStringLiteral("SELECT DISTINCT ending_reason FROM episode WHERE ended_on IS NOT NULL "
                                   "ORDER BY 1")),
        QStringList({ QStringLiteral("disengaged"), QStringLiteral("moved_away"), QStringLiteral("planned"),
            QStringLiteral("referred_on") }));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM episode WHERE (ended_on IS NULL) <> (ending_reason IS "
                                  "NULL) OR ended_on > '%1' OR starts_on > '%1'")
                       .arg(asAt)),
        0);
    const QStringList matchEndings = values(QStringLiteral("SELECT DISTINCT ending_reason FROM mentor_match "
                                                           "WHERE status = 'ended' ORDER BY 1"));
    for (const char* key : { "disengaged", "mentor_unavailable", "planned", "rematched" }) {
        QVERIFY2(matchEndings.contains(QLatin1String(key)), key);
    }
    for (const QString& key : matchEndings) {
        QVERIFY2(QStringList({ QStringLiteral("planned"), QStringLiteral("disengaged"), QStringLiteral("moved_away"),
                                 QStringLiteral("referred_on"), QStringLiteral("rematched"),
                                 QStringLiteral("mentor_unavailable") })
                     .contains(key),
            qPrintable(key));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mentor_match WHERE (status = 'ended') <> (ended_on IS NOT "
                                  "NULL) OR (status = 'ended') <> (ending_reason IS NOT NULL) OR (status = "
                                  "'proposed') <> (started_on IS NULL) OR started_on < proposed_on OR ended_on < "
                                  "started_on OR ended_on > '%1' OR proposed_on > '%1' OR reasons = ''")
                       .arg(asAt)),
        0);
    // Most matches say why the mentor was suggested (what the person asked for, times, closeness).
    const int matches = count(QStringLiteral("SELECT COUNT(*) FROM mentor_match"));
    QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM mentor_match WHERE reasons IS NOT NULL")) > matches / 2,
        qPrintable(QString::number(matches)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mentor_match WHERE reasons LIKE '%places free%' OR reasons "
                                  "LIKE '%place free%' OR reasons LIKE '%lived experience%'")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT episode_id FROM mentor_match WHERE status IN "
                                  "('proposed', 'active') GROUP BY episode_id HAVING COUNT(*) > 1)")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mentor_match a JOIN mentor_match b ON b.episode_id = "
                                  "a.episode_id AND b.id > a.id WHERE b.proposed_on < a.ended_on OR "
                                  "a.ended_on IS NULL OR (a.ending_reason = 'rematched' AND b.mentor_id = "
                                  "a.mentor_id)")),
        0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM mentor_match a WHERE a.ending_reason = 'rematched' AND "
                                 "EXISTS (SELECT 1 FROM mentor_match b WHERE b.episode_id = a.episode_id AND b.id > "
                                 "a.id)"))
        > 0);
    // A match's episode is open over it, and its mentor is the one who holds the 1:1 sessions of its days.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mentor_match m JOIN episode e ON e.id = m.episode_id WHERE "
                                  "m.proposed_on < e.starts_on OR (e.ended_on IS NOT NULL AND (m.ended_on IS NULL "
                                  "OR m.ended_on > e.ended_on))")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM session s JOIN episode e ON e.id = s.episode_id JOIN "
                                  "service_component c ON c.id = e.component_id AND c.kind = 'mentoring' WHERE NOT "
                                  "EXISTS (SELECT 1 FROM mentor_match m WHERE m.episode_id = e.id AND m.mentor_id = "
                                  "s.worker_id AND m.started_on <= s.held_on AND (m.ended_on IS NULL OR m.ended_on "
                                  ">= s.held_on))")),
        0);

    // Sessions: roughly 10-20% did not attend, a few per cent cancelled; connect at most four, the course
    // at most six; one line per person per group meeting, each 1:1 session on its own.
    const double sessions = count(QStringLiteral("SELECT COUNT(*) FROM session"));
    auto share = [&](const char* attendance) {
        return count(QStringLiteral("SELECT COUNT(*) FROM session WHERE attendance = '%1'")
                         .arg(QLatin1String(attendance)))
            / sessions;
    };
    QVERIFY2(share("did_not_attend") >= 0.10 && share("did_not_attend") <= 0.20,
        qPrintable(QString::number(share("did_not_attend"))));
    QVERIFY(share("cancelled_by_client") >= 0.01 && share("cancelled_by_client") <= 0.08);
    QVERIFY(share("cancelled_by_service") >= 0.01 && share("cancelled_by_service") <= 0.08);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT e.id FROM episode e JOIN service_component c ON "
                                  "c.id = e.component_id JOIN session s ON s.episode_id = e.id GROUP BY e.id HAVING "
                                  "(MAX(c.kind) = 'connect' AND COUNT(*) > 4) OR (MAX(c.kind) = 'course' AND "
                                  "COUNT(*) > 6))")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM session s JOIN episode e ON e.id = s.episode_id JOIN "
                                  "service_component c ON c.id = e.component_id LEFT JOIN group_session g ON g.id = "
                                  "s.group_session_id WHERE (c.kind IN ('course', 'group')) <> (g.id IS NOT NULL) OR "
                                  "g.component_id <> e.component_id OR g.held_on <> s.held_on")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM session WHERE group_session_id IS NOT NULL "
                                  "GROUP BY group_session_id, episode_id HAVING COUNT(*) > 1)")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM session GROUP BY group_session_id HAVING "
                                  "group_session_id IS NOT NULL AND COUNT(*) > 12)")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM group_session g WHERE topic IS NULL OR worker_id IS NULL OR "
                                  "NOT EXISTS (SELECT 1 FROM session s WHERE s.group_session_id = g.id)")),
        0);

    // Demographics as keys; mostly English with a realistic share of a second language; matching
    // preferences from the code lists.
    const QStringList genders = core::Demographics::genderKeys();
    for (const QString& g : values(QStringLiteral("SELECT DISTINCT gender FROM person"))) {
        QVERIFY2(genders.contains(g), qPrintable(g));
    }
    const QStringList ethnicities = core::Demographics::ethnicityKeys();
    for (const QString& e : values(QStringLiteral("SELECT DISTINCT ethnicity FROM person"))) {
        QVERIFY2(ethnicities.contains(e), qPrintable(e));
    }
    const int englishOnly = count(QStringLiteral("SELECT COUNT(*) FROM client WHERE languages = 'English'"));
    QVERIFY(englishOnly > clients * 7 / 10 && englishOnly < clients * 98 / 100);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM client WHERE languages IS NULL OR (wants_shared_language = 1 "
                                  "AND languages = 'English')")),
        0);
    const QStringList slotKeys = core::Demographics::slotKeys();
    for (const QString& list : values(QStringLiteral("SELECT availability FROM client WHERE availability IS NOT NULL "
                                                     "UNION SELECT available_slots FROM worker WHERE available_slots "
                                                     "IS NOT NULL"))) {
        for (const QString& slot : list.split(QLatin1Char(','))) {
            QVERIFY2(slotKeys.contains(slot), qPrintable(list));
        }
    }
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM worker WHERE available_slots IS NOT NULL")) > 0);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM worker WHERE home_visits = 1")) > 0);
    for (const QString& g : values(QStringLiteral("SELECT DISTINCT wanted_gender FROM client WHERE wanted_gender IS "
                                                  "NOT NULL"))) {
        QVERIFY2(genders.contains(g) && g != QLatin1String("not_stated"), qPrintable(g));
    }
    const QStringList areaKeys = core::WorkforceService::livedExperienceAreaKeys();
    for (const QString& list : values(QStringLiteral("SELECT wanted_shared_areas FROM client WHERE "
                                                     "wanted_shared_areas IS NOT NULL"))) {
        for (const QString& area : list.split(QLatin1Char(','))) {
            QVERIFY2(areaKeys.contains(area), qPrintable(list));
        }
    }
    for (const char* column : { "availability", "wanted_gender", "wanted_shared_areas", "preference_note" }) {
        QVERIFY2(
            count(QStringLiteral("SELECT COUNT(*) FROM client WHERE %1 IS NOT NULL").arg(QLatin1String(column))) > 0,
            column);
    }
    for (const char* column : { "needs_home_visits", "wants_shared_ethnicity", "wants_shared_language" }) {
        const int yes = count(QStringLiteral("SELECT COUNT(*) FROM client WHERE %1 = 1").arg(QLatin1String(column)));
        QVERIFY2(yes > 0 && yes < clients / 5, column);
    }
    const int risk = count(QStringLiteral("SELECT COUNT(*) FROM client WHERE risk_note IS NOT NULL"));
    QVERIFY2(risk > 0 && risk < clients / 8, qPrintable(QString::number(risk)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM client WHERE (risk_note IS NULL) <> (risk_updated_on IS "
                                  "NULL) OR risk_updated_on > '%1'")
                       .arg(asAt)),
        0);

    // Consent: to the service for everyone with an episode, from their first referral; evaluation and
    // contact for most; a few withdrawn; each recorded by someone.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM client c WHERE EXISTS (SELECT 1 FROM referral r JOIN episode "
                                  "e ON e.referral_id = r.id WHERE r.client_id = c.id) AND NOT EXISTS (SELECT 1 FROM "
                                  "consent k WHERE k.person_id = c.person_id AND k.purpose = 'service' AND "
                                  "k.given_on = (SELECT MIN(referred_on) FROM referral r WHERE r.client_id = c.id))")),
        0);
    for (const char* purpose : { "evaluation", "contact" }) {
        QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM consent WHERE purpose = '%1'").arg(QLatin1String(purpose)))
                > clients * 7 / 10,
            purpose);
    }
    for (const char* purpose : { "sharing", "story" }) {
        QVERIFY2(
            count(QStringLiteral("SELECT COUNT(*) FROM consent WHERE purpose = '%1'").arg(QLatin1String(purpose))) > 0,
            purpose);
    }
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM consent WHERE withdrawn_on IS NOT NULL")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM consent WHERE recorded_by IS NULL OR recorded_by = '' OR "
                                  "given_on > '%1' OR withdrawn_on > '%1' OR (purpose IN ('contact', 'sharing') AND "
                                  "detail IS NULL)")
                       .arg(asAt)),
        0);

    // Through the service: everyone on the list, some waiting, some open, some closed; the dashboard
    // has a few people to point out, not a flood.
    const core::Actor actor = core::Actor::localUser();
    core::ClientService service(*db);
    auto list = service.list(actor, kAsAt);
    QVERIFY2(list, qPrintable(list.message()));
    QCOMPARE(int(list.value().size()), clients);
    QHash<QString, int> statuses;
    for (const core::ClientSummary& c : list.value()) {
        ++statuses[c.status];
    }
    for (const char* status : { "waiting", "open", "closed" }) {
        QVERIFY2(statuses.value(QLatin1String(status)) > 0, status);
    }
    auto alerts = service.alerts(actor, kAsAt, core::CharitySettings::kDefaultNoSessionWeeks);
    QVERIFY2(alerts, qPrintable(alerts.message()));
    int quiet = 0;
    int ending = 0;
    for (const core::ClientAlert& alert : alerts.value()) {
        quiet += alert.kind == core::ClientAlert::Kind::NoRecentSession ? 1 : 0;
        ending += alert.kind == core::ClientAlert::Kind::PlannedEndSoon ? 1 : 0;
    }
    QVERIFY2(quiet > 0 && ending > 0, qPrintable(QStringLiteral("%1 %2").arg(quiet).arg(ending)));
    QVERIFY2(quiet + ending < statuses.value(QStringLiteral("open")) / 4,
        qPrintable(QStringLiteral("%1 %2 of %3").arg(quiet).arg(ending).arg(statuses.value(QStringLiteral("open")))));

    // Goals: for most people in mentoring or connect, set a week or two in; planned endings achieve more
    // of theirs than those who stopped coming.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM goal g JOIN episode e ON e.id = g.episode_id JOIN "
                                  "service_component c ON c.id = e.component_id WHERE c.kind NOT IN ('mentoring', "
                                  "'connect') OR g.set_on < e.starts_on OR g.set_on > '%1' OR (e.ended_on IS NOT NULL "
                                  "AND (g.set_on > e.ended_on OR g.achieved_on > e.ended_on)) OR (g.achieved_on IS NOT "
                                  "NULL) <> (g.progress = 100)")
                       .arg(asAt)),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM goal GROUP BY episode_id HAVING COUNT(*) > 4 "
                                  "OR COUNT(DISTINCT description) < COUNT(*))")),
        0);
    auto achievingMostGoals = [&](const char* ending) {
        return test::scalar(*db,
            QStringLiteral("SELECT AVG(achieved * 2 > goals) FROM (SELECT COUNT(*) AS goals, COUNT(g.achieved_on) "
                           "AS achieved FROM goal g JOIN episode e ON e.id = g.episode_id WHERE e.ending_reason = "
                           "'%1' GROUP BY g.episode_id)")
                .arg(QLatin1String(ending)))
            .toDouble();
    };
    QVERIFY2(achievingMostGoals("planned") > 0.5, qPrintable(QString::number(achievingMostGoals("planned"))));
    QVERIFY(achievingMostGoals("disengaged") < achievingMostGoals("planned") / 2);
    QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TstDemo::mentorsStayWithinCapacity_data()
{
    workforceIsRealistic_data();
}

void TstDemo::mentorsStayWithinCapacity()
{
    // On no day does a mentor hold more active and proposed matches than their maximum (the charity's
    // default where none is set). A match counts from its proposal to the day it ends, both included;
    // a mentor's count only rises on the day of a proposal, so checking those days checks every day.
    QFETCH(int, size);
    core::Database* db = sized(size);
    QVERIFY(db);
    const QString overloaded = QStringLiteral(
        "SELECT COUNT(*) FROM (SELECT p.mentor_id, p.day, COUNT(*) AS load FROM (SELECT DISTINCT mentor_id, "
        "proposed_on AS day FROM mentor_match) p JOIN mentor_match m ON m.mentor_id = p.mentor_id AND "
        "m.proposed_on <= p.day AND (m.ended_on IS NULL OR m.ended_on >= p.day) GROUP BY p.mentor_id, p.day) l "
        "JOIN worker w ON w.id = l.mentor_id WHERE l.load > COALESCE(w.max_mentees, %1)")
                                   .arg(core::CharitySettings::kDefaultMaxMentees);
    QCOMPARE(test::scalar(*db, overloaded).toInt(), 0);
    // Some mentors take the charity's default maximum.
    QVERIFY(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM mentor_match WHERE status = 'active'")).toInt() > 0);
    QVERIFY(test::scalar(*db,
                QStringLiteral("SELECT COUNT(*) FROM worker w WHERE w.max_mentees IS NULL AND EXISTS (SELECT 1 FROM "
                               "mentor_match m WHERE m.mentor_id = w.id)"))
                .toInt()
        > 0);
    // Mentors are active from the proposal to the end of each match.
    QCOMPARE(test::scalar(*db,
                 QStringLiteral("SELECT COUNT(*) FROM mentor_match m WHERE (SELECT s.status FROM worker_status s "
                                "WHERE s.worker_id = m.mentor_id AND s.since <= m.proposed_on ORDER BY s.since DESC, "
                                "s.id DESC LIMIT 1) IS NOT 'active' OR EXISTS (SELECT 1 FROM worker_status s WHERE "
                                "s.worker_id = m.mentor_id AND s.status IN ('paused', 'left') AND s.since > "
                                "m.proposed_on AND s.since <= COALESCE(m.ended_on, '%1'))")
                     .arg(kAsAt.toString(Qt::ISODate)))
                 .toInt(),
        0);
}

void TstDemo::supervisionArrangementsAreConsistent_data()
{
    workforceIsRealistic_data();
}

void TstDemo::supervisionArrangementsAreConsistent()
{
    QFETCH(int, size);
    core::Database* db = sized(size);
    QVERIFY(db);
    const QString asAt = kAsAt.toString(Qt::ISODate);
    auto count = [db](const QString& sql) { return test::scalar(*db, sql).toInt(); };

    // No one supervises themselves; an outside supervisor has a name and is "external"; a worker
    // who supervises is a peer when their role on the first day was a peer role, else a non-peer.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement WHERE supervisor_id = worker_id OR "
                                  "ends_on < starts_on OR starts_on > '%1'")
                       .arg(asAt)),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement WHERE (supervisor_id IS NULL) <> "
                                  "(supervisor_kind = 'external') OR (supervisor_id IS NULL AND "
                                  "TRIM(COALESCE(external_supervisor, '')) = '')")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement x WHERE x.supervisor_id IS NOT NULL "
                                  "AND x.supervisor_kind <> CASE WHEN EXISTS (SELECT 1 FROM worker_role r JOIN "
                                  "role_type t ON t.id = r.role_type_id WHERE r.worker_id = x.supervisor_id AND "
                                  "t.is_peer = 1 AND r.starts_on <= x.starts_on AND (r.ends_on IS NULL OR r.ends_on >= "
                                  "x.starts_on)) THEN 'peer' ELSE 'non_peer' END")),
        0);
    // A supervisor was active when the arrangement began; arrangements start when the worker became
    // active or later, and those of people who left had ended by then.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement x WHERE x.supervisor_id IS NOT NULL "
                                  "AND (SELECT s.status FROM worker_status s WHERE s.worker_id = x.supervisor_id AND "
                                  "s.since <= x.starts_on ORDER BY s.since DESC, s.id DESC LIMIT 1) IS NOT 'active'")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement x WHERE x.starts_on < (SELECT "
                                  "MIN(s.since) FROM worker_status s WHERE s.worker_id = x.worker_id AND s.status = "
                                  "'active') OR NOT EXISTS (SELECT 1 FROM worker_status s WHERE s.worker_id = "
                                  "x.worker_id AND s.status = 'active')")),
        0);
    const int leavers = count(QStringLiteral("SELECT COUNT(DISTINCT x.worker_id) FROM supervision_arrangement x JOIN "
                                             "worker_status s ON s.worker_id = x.worker_id AND s.status = 'left'"));
    QVERIFY(leavers > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement x JOIN worker_status s ON s.worker_id "
                                  "= x.worker_id AND s.status = 'left' WHERE x.ends_on IS NULL OR x.ends_on >= "
                                  "s.since")),
        0);

    // Everyone expected to be supervised today has a current supervisor.
    const QString current
        = QStringLiteral("x.starts_on <= '%1' AND (x.ends_on IS NULL OR x.ends_on >= '%1')").arg(asAt);
    const QList<QVariantList> expected = rows(*db, overdueDaysSql());
    QVERIFY(expected.size() > 10);
    for (const QVariantList& row : expected) {
        QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement x WHERE x.worker_id = %1 AND %2")
                           .arg(row[0].toLongLong())
                           .arg(current))
                > 0,
            qPrintable(row[0].toString()));
    }
    // At most one main supervisor at a time: overlapping arrangements are a second supervisor
    // alongside, either outside (with where they work) or a non-peer line manager.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement x JOIN supervision_arrangement y ON "
                                  "y.worker_id = x.worker_id AND y.id > x.id AND x.starts_on <= COALESCE(y.ends_on, "
                                  "'9999') AND y.starts_on <= COALESCE(x.ends_on, '9999') WHERE y.supervisor_kind = "
                                  "'peer' AND x.supervisor_kind = 'peer'")),
        0);
    // Some have two supervisors now, among them clinical supervision at a partner organisation; the
    // coordinator has an outside supervisor.
    const int twoNow = count(QStringLiteral("SELECT COUNT(DISTINCT x.worker_id) FROM supervision_arrangement x JOIN "
                                            "supervision_arrangement y ON y.worker_id = x.worker_id AND y.id <> x.id "
                                            "WHERE %1 AND y.starts_on <= '%2' AND (y.ends_on IS NULL OR y.ends_on >= "
                                            "'%2')")
                                 .arg(current, asAt));
    QVERIFY(twoNow > 0 && twoNow < expected.size() / 3);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement x WHERE %1 AND x.supervisor_kind = "
                                 "'external' AND x.organisation IS NOT NULL AND EXISTS (SELECT 1 FROM "
                                 "supervision_arrangement y WHERE y.worker_id = x.worker_id AND y.id <> x.id AND "
                                 "y.supervisor_id IS NOT NULL)")
                      .arg(current))
        > 0);
    QVERIFY(
        count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement WHERE supervisor_kind = 'non_peer'")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement x JOIN worker_role r ON r.worker_id = "
                                  "x.worker_id JOIN role_type t ON t.id = r.role_type_id WHERE t.name = 'Coordinator' "
                                  "AND r.ends_on IS NULL AND %1 AND x.supervisor_kind = 'external'")
                       .arg(current)),
        1);
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry e JOIN supervision_attendee a ON a.entry_id = "
                                 "e.id JOIN worker_role r ON r.worker_id = a.worker_id JOIN role_type t ON t.id = "
                                 "r.role_type_id WHERE t.name = 'Coordinator' AND e.supervisor_kind = 'external' AND "
                                 "e.held_on > '%1'")
                      .arg(kAsAt.addDays(-60).toString(Qt::ISODate)))
        > 0);
    // Some changed supervisor: an arrangement ended while they stayed.
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement x WHERE x.ends_on IS NOT NULL AND NOT "
                                 "EXISTS (SELECT 1 FROM worker_status s WHERE s.worker_id = x.worker_id AND s.status "
                                 "IN ('left', 'paused'))"))
        > 0);

    // Each session's supervisor is, on that day, a supervisor of everyone in it, of the same kind.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry e JOIN supervision_attendee a ON a.entry_id "
                                  "= e.id WHERE e.supervisor_kind IS NULL OR NOT EXISTS (SELECT 1 FROM "
                                  "supervision_arrangement x WHERE x.worker_id = a.worker_id AND x.starts_on <= "
                                  "e.held_on AND (x.ends_on IS NULL OR x.ends_on >= e.held_on) AND x.supervisor_id IS "
                                  "e.supervisor_id AND x.external_supervisor IS e.external_supervisor AND "
                                  "x.supervisor_kind = e.supervisor_kind)")),
        0);
    for (const char* kind : { "peer", "non_peer", "external" }) {
        QVERIFY2(count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE supervisor_kind = '%1'")
                           .arg(QLatin1String(kind)))
                > 0,
            kind);
    }
}

void TstDemo::supervisionRecordsAreComplete_data()
{
    workforceIsRealistic_data();
}

void TstDemo::supervisionRecordsAreComplete()
{
    QFETCH(int, size);
    core::Database* db = sized(size);
    QVERIFY(db);
    const QString asAt = kAsAt.toString(Qt::ISODate);
    auto count = [db](const QString& sql) { return test::scalar(*db, sql).toInt(); };
    const int entries = count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry"));
    QVERIFY(entries > 0);

    // Sessions only while everyone in them was active, none after "as at".
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE held_on > '%1'").arg(asAt)), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry e JOIN supervision_attendee a ON a.entry_id "
                                  "= e.id WHERE (SELECT s.status FROM worker_status s WHERE s.worker_id = a.worker_id "
                                  "AND s.since <= e.held_on ORDER BY s.since DESC, s.id DESC LIMIT 1) IS NOT 'active' "
                                  "OR e.supervisor_id = a.worker_id OR a.wellbeing_in NOT BETWEEN 0 AND 10 OR "
                                  "a.wellbeing_out NOT BETWEEN 0 AND 10")),
        0);

    // One to three themes on every session from the seeded list; debriefs are about a risk or
    // safeguarding concern; boundaries, caseload and own wellbeing come up most.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry e WHERE (SELECT COUNT(*) FROM "
                                  "supervision_entry_theme t WHERE t.entry_id = e.id) NOT BETWEEN 1 AND 3")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry e WHERE e.kind = 'debrief' AND NOT EXISTS "
                                  "(SELECT 1 FROM supervision_entry_theme et JOIN supervision_theme t ON t.id = "
                                  "et.theme_id WHERE et.entry_id = e.id AND t.name = 'Risk or safeguarding concern')")),
        0);
    const QList<QVariantList> themes = rows(*db,
        QStringLiteral("SELECT t.name FROM supervision_entry_theme et JOIN supervision_theme t ON t.id = "
                       "et.theme_id GROUP BY t.id ORDER BY COUNT(*) DESC, t.id LIMIT 4"));
    QStringList common;
    for (const QVariantList& row : themes) {
        common << row[0].toString();
    }
    for (const char* theme : { "Boundaries", "Caseload", "Own wellbeing and triggers" }) {
        QVERIFY2(common.contains(QLatin1String(theme)), qPrintable(common.join(QStringLiteral(", "))));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT theme_id) FROM supervision_entry_theme")),
        count(QStringLiteral("SELECT COUNT(*) FROM supervision_theme")));

    // Agreed actions in about two sessions in five, owned by someone in the session (a worker, or the
    // outside supervisor by name), due one to four weeks on, done after the session and not after
    // "as at". Most done, some late, a few open; of those, some overdue, but not many.
    const int withActions = count(QStringLiteral("SELECT COUNT(DISTINCT entry_id) FROM supervision_action"));
    QVERIFY2(withActions > entries / 4 && withActions < entries * 55 / 100,
        qPrintable(QStringLiteral("%1 of %2").arg(withActions).arg(entries)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_action x JOIN supervision_entry e ON e.id = "
                                  "x.entry_id WHERE TRIM(x.description) = '' OR julianday(x.due_on) - "
                                  "julianday(e.held_on) NOT BETWEEN 7 AND 28 OR x.done_on <= e.held_on OR x.done_on > "
                                  "'%1'")
                       .arg(asAt)),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_action x JOIN supervision_entry e ON e.id = "
                                  "x.entry_id WHERE CASE WHEN x.owner_id IS NULL THEN x.owner_text IS NOT "
                                  "e.external_supervisor ELSE x.owner_id IS NOT e.supervisor_id AND NOT EXISTS (SELECT "
                                  "1 FROM supervision_attendee a WHERE a.entry_id = e.id AND a.worker_id = x.owner_id) "
                                  "END")),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_action x JOIN worker_status s ON s.worker_id = "
                                  "x.owner_id AND s.status = 'left' WHERE x.done_on IS NULL OR x.done_on >= s.since")),
        0);
    const int actions = count(QStringLiteral("SELECT COUNT(*) FROM supervision_action"));
    const int done = count(QStringLiteral("SELECT COUNT(*) FROM supervision_action WHERE done_on IS NOT NULL"));
    const int late = count(QStringLiteral("SELECT COUNT(*) FROM supervision_action WHERE done_on > due_on"));
    const int overdue = count(
        QStringLiteral("SELECT COUNT(*) FROM supervision_action WHERE done_on IS NULL AND due_on < '%1'").arg(asAt));
    if (DemoGenerator::Size(size) != DemoGenerator::Size::Small) {
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM supervision_action WHERE owner_id IS NULL")) > 0);
    }
    QVERIFY2(done > actions * 8 / 10 && late > 0 && late < done / 3 && overdue > 0 && overdue < actions / 10,
        qPrintable(
            QStringLiteral("%1 actions, %2 done, %3 late, %4 overdue").arg(actions).arg(done).arg(late).arg(overdue)));

    // Signed off by the supervisor and the supervisee within a week for nearly all sessions more than
    // two weeks old; recent ones often not yet. Never before the session or after "as at".
    const QString older = kAsAt.addDays(-14).toString(Qt::ISODate);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE supervisor_signed_on < held_on OR "
                             "supervisor_signed_on > '%1' OR julianday(supervisor_signed_on) - julianday(held_on) > "
                             "7")
                  .arg(asAt)),
        0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_attendee a JOIN supervision_entry e ON e.id = "
                                  "a.entry_id WHERE a.signed_on < e.held_on OR a.signed_on > '%1' OR "
                                  "julianday(a.signed_on) - julianday(e.held_on) > 7")
                       .arg(asAt)),
        0);
    const int old = count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE held_on < '%1'").arg(older));
    const int oldSigned = count(
        QStringLiteral("SELECT COUNT(*) FROM supervision_entry e WHERE e.held_on < '%1' AND e.supervisor_signed_on IS "
                       "NOT NULL AND NOT EXISTS (SELECT 1 FROM supervision_attendee a WHERE a.entry_id = e.id AND "
                       "a.signed_on IS NULL)")
            .arg(older));
    QVERIFY2(
        oldSigned > old * 8 / 10 && oldSigned < old, qPrintable(QStringLiteral("%1 of %2").arg(oldSigned).arg(old)));
    const int recent = count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE held_on >= '%1'").arg(older));
    const int recentUnsigned
        = count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE held_on >= '%1' AND supervisor_signed_on "
                               "IS NULL")
                    .arg(older));
    QVERIFY2(recent > 0 && recentUnsigned > recent / 5 && recentUnsigned < recent,
        qPrintable(QStringLiteral("%1 of %2").arg(recentUnsigned).arg(recent)));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE updated_at < created_at")), 0);
    QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());
}

void TstDemo::someWorkersAreOverdue_data()
{
    workforceIsRealistic_data();
}

void TstDemo::someWorkersAreOverdue()
{
    // A handful of people whose supervision is overdue today, by anything from a few days to a couple
    // of months; everyone else is up to date.
    QFETCH(int, size);
    core::Database* db = sized(size);
    QVERIFY(db);
    const QList<QVariantList> due = rows(*db, overdueDaysSql());
    QVERIFY(!due.isEmpty());
    QList<int> overdue;
    for (const QVariantList& row : due) {
        if (row[1].toInt() > 0) {
            overdue << row[1].toInt();
        }
    }
    std::sort(overdue.begin(), overdue.end());
    const QString detail = QStringLiteral("%1 of %2 overdue").arg(overdue.size()).arg(due.size());
    QVERIFY2(overdue.size() >= 2, qPrintable(detail));
    if (DemoGenerator::Size(size) != DemoGenerator::Size::Small) {
        QVERIFY2(overdue.size() >= due.size() * 5 / 100 && overdue.size() <= due.size() / 10, qPrintable(detail));
        QVERIFY2(overdue.first() <= 14 && overdue.last() >= 30 && overdue.last() <= 70, qPrintable(detail));
    }
}

void TstDemo::oneWorkersWellbeingDips_data()
{
    workforceIsRealistic_data();
}

void TstDemo::oneWorkersWellbeingDips()
{
    // Someone active today whose check-ins fall from their usual level to at least three points
    // lower within the last year, stay low for a while and then come back part of the way, seen more
    // often while it lasts, with an extra session about their own wellbeing.
    QFETCH(int, size);
    core::Database* db = sized(size);
    QVERIFY(db);
    const QDate yearAgo = kAsAt.addDays(-365);
    const QList<QVariantList> checkIns = rows(*db,
        QStringLiteral("SELECT a.worker_id, e.held_on, a.wellbeing_in, e.kind, EXISTS (SELECT 1 FROM "
                       "supervision_entry_theme et JOIN supervision_theme t ON t.id = et.theme_id WHERE et.entry_id = "
                       "e.id AND t.name = 'Own wellbeing and triggers') FROM supervision_attendee a JOIN "
                       "supervision_entry e ON e.id = a.entry_id WHERE a.wellbeing_in IS NOT NULL AND (SELECT "
                       "s.status FROM worker_status s WHERE s.worker_id = a.worker_id ORDER BY s.since DESC, s.id "
                       "DESC LIMIT 1) = 'active' ORDER BY a.worker_id, e.held_on, e.id"));
    QVERIFY(!checkIns.isEmpty());

    struct Point
    {
        QDate day;
        int in = 0;
        QString kind;
        bool wellbeingTheme = false;
    };

    QMap<qint64, QList<Point>> byWorker;
    for (const QVariantList& row : checkIns) {
        byWorker[row[0].toLongLong()] << Point { row[1].toDate(), row[2].toInt(), row[3].toString(), row[4].toBool() };
    }
    QStringList dipped;
    for (auto it = byWorker.cbegin(); it != byWorker.cend(); ++it) {
        const QList<Point>& points = it.value();
        // The lowest check-in of the last year, and the usual level well before it.
        int lowest = -1;
        for (int i = 0; i < points.size(); ++i) {
            if (points[i].day >= yearAgo && (lowest < 0 || points[i].in < points[lowest].in)) {
                lowest = i;
            }
        }
        if (lowest < 0) {
            continue;
        }
        const QDate low = points[lowest].day;
        QList<int> before;
        QList<int> around;
        int during = 0;
        int earlier = 0;
        bool extraSession = false;
        QList<int> after;
        for (const Point& p : points) {
            if (p.day < low.addDays(-75)) {
                before << p.in;
            }
            if (p.day >= low.addDays(-21) && p.day <= low.addDays(21)) {
                around << p.in;
            }
            if (p.day >= low.addDays(-45) && p.day <= low.addDays(45)) {
                ++during;
                extraSession = extraSession
                    || ((p.kind == QLatin1String("ad_hoc") || p.kind == QLatin1String("debrief")) && p.wellbeingTheme);
            } else if (p.day >= low.addDays(-180) && p.day < low.addDays(-90)) {
                ++earlier;
            }
            if (p.day > low.addDays(45)) {
                after << p.in;
            }
        }
        if (before.size() < 4 || around.size() < 3 || after.size() < 2) {
            continue;
        }
        // Not one bad day: the weeks around the lowest are low too.
        const double usual = median(before);
        if (usual - points[lowest].in >= 3 && usual - median(around) >= 3 && after.last() >= points[lowest].in + 2
            && during > earlier && extraSession) {
            dipped << QString::number(it.key());
        }
    }
    QVERIFY2(!dipped.isEmpty(), "no worker's wellbeing dips and recovers");
    // It stands out: not a pattern that many show by chance.
    QVERIFY2(dipped.size() <= 2, qPrintable(dipped.join(QStringLiteral(", "))));
}

void TstDemo::sameSeedSameData()
{
    const QByteArray a = generate(QStringLiteral("a.alongside"), 42);
    const QByteArray b = generate(QStringLiteral("b.alongside"), 42);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
}

void TstDemo::differentSeedDifferentData()
{
    const QByteArray a = generate(QStringLiteral("c.alongside"), 1);
    const QByteArray b = generate(QStringLiteral("d.alongside"), 2);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(a != b);
}

void TstDemo::refusesDatabaseWithPeople()
{
    const QByteArray before = test::contentDigest(*m_small);
    const core::Status s = DemoGenerator::generate(*m_small, core::Actor::localUser(), {});
    QVERIFY(!s);
    QCOMPARE(s.error().code, core::Error::Code::InvalidInput);
    QCOMPARE(test::contentDigest(*m_small), before);
}

void TstDemo::cancelWritesNothing()
{
    auto db = test::openOrCreate(m_dir.filePath(QStringLiteral("cancel.alongside")));
    QVERIFY(db);
    const QByteArray before = test::contentDigest(*db);
    int calls = 0;
    const core::Status s = DemoGenerator::generate(
        *db, core::Actor::localUser(), {}, [&](const QString&, double) { return ++calls < 3; });
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QStringLiteral("cancelled")), qPrintable(s.message()));
    QCOMPARE(test::contentDigest(*db), before);
    QCOMPARE(db->transactionDepth(), 0);
}

void TstDemo::parsesSizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("size");
    QTest::newRow("small") << QStringLiteral("small") << true << int(DemoGenerator::Size::Small);
    QTest::newRow("Capitals are accepted") << QStringLiteral("LARGE") << true << int(DemoGenerator::Size::Large);
    QTest::newRow("medium") << QStringLiteral("medium") << true << int(DemoGenerator::Size::Medium);
    QTest::newRow("An unknown size is refused") << QStringLiteral("huge") << false << 0;
    QTest::newRow("An empty size is refused") << QString() << false << 0;
}

void TstDemo::parsesSizes()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, size);
    DemoGenerator::Size parsed = DemoGenerator::Size::Small;
    QCOMPARE(DemoGenerator::parseSize(text, &parsed), ok);
    if (ok) {
        QCOMPARE(int(parsed), size);
    }
}

QTEST_GUILESS_MAIN(TstDemo)
#include "tst_demo.moc"
