// Demo data: exact sizes, the same data for the same seed, nothing written on refusal or cancel.

#include "core/actor.h"
#include "core/db/database.h"
#include "core/services/demogenerator.h"
#include "core/services/settingsservice.h"
#include "core/workforce/compliance.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using core::DemoGenerator;

class TstDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void smallHasTheAdvertisedCounts();
    void dataIsPlausible();
    void workforceIsRealistic_data();
    void workforceIsRealistic();
    void sameSeedSameData();
    void differentSeedDifferentData();
    void refusesDatabaseWithPeople();
    void cancelWritesNothing();
    void parsesSizes_data();
    void parsesSizes();

private:
    QByteArray generate(const QString& name, quint64 seed);
    std::unique_ptr<core::Database> generateSize(const QString& name, DemoGenerator::Size size, quint64 seed);
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_small;
};

namespace {
const QDate kAsAt(2026, 11, 22);
}

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
    std::unique_ptr<core::Database> generated;
    core::Database* db = m_small.get();
    if (DemoGenerator::Size(size) != DemoGenerator::Size::Small) {
        generated = generateSize(QStringLiteral("size%1.alongside").arg(size), DemoGenerator::Size(size), 7);
        QVERIFY(generated);
        db = generated.get();
    }
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
