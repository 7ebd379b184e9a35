// Demo data: exact sizes, the same data for the same seed, nothing written on refusal or cancel.

#include "core/actor.h"
#include "core/db/database.h"
#include "core/services/demogenerator.h"
#include "core/services/settingsservice.h"
#include "support/testsupport.h"

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
    void sameSeedSameData();
    void differentSeedDifferentData();
    void refusesDatabaseWithPeople();
    void cancelWritesNothing();
    void parsesSizes_data();
    void parsesSizes();

private:
    QByteArray generate(const QString& name, quint64 seed);
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
