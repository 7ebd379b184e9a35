// Settings and dashboard services.

#include "core/db/database.h"
#include "core/services/dashboardservice.h"
#include "core/services/settingsservice.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using core::Actor;
using core::CharitySettings;
using core::DashboardService;
using core::SettingsService;

class TstServices : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void settingsDefaultsOnNewDatabase();
    void settingsRoundTrip();
    void settingsValidation_data();
    void settingsValidation();
    void refusedSettingsChangeNothing();
    void quarters_data();
    void quarters();
    void dashboardCountsFollowDefinitions();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;
};

void TstServices::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("s.alongside")));
    QVERIFY(m_db);
}

void TstServices::settingsDefaultsOnNewDatabase()
{
    auto s = SettingsService(*m_db).load(Actor::localUser());
    QVERIFY(s);
    QCOMPARE(s.value().charityName, QString());
    QCOMPARE(s.value().yearStartMonth, 4);
    QCOMPARE(s.value().suppressionThreshold, 5);
    QCOMPARE(s.value().backupsToKeep, CharitySettings::kDefaultBackupsToKeep);
    QVERIFY(!s.value().isDemoData);
    QCOMPARE(s.value().supervisionDueSoonDays, 7);
}

void TstServices::settingsRoundTrip()
{
    CharitySettings s;
    s.charityName = QStringLiteral("  Hillside Peers  ");
    s.logoPng = QByteArray("\x89PNG fake bytes", 15);
    s.yearStartMonth = 1;
    s.suppressionThreshold = 10;
    s.backupsToKeep = 30;
    s.supervisionDueSoonDays = 14;
    const auto saved = SettingsService(*m_db).save(Actor::localUser(), s);
    QVERIFY2(saved, qPrintable(saved.message() + saved.error().detail));
    auto loaded = SettingsService(*m_db).load(Actor::localUser());
    QVERIFY(loaded);
    QCOMPARE(loaded.value().charityName, QStringLiteral("Hillside Peers"));
    QCOMPARE(loaded.value().logoPng, s.logoPng);
    QCOMPARE(loaded.value().yearStartMonth, 1);
    QCOMPARE(loaded.value().suppressionThreshold, 10);
    QCOMPARE(loaded.value().backupsToKeep, 30);
    QCOMPARE(loaded.value().supervisionDueSoonDays, 14);
    // A damaged stored value falls back to the default rather than breaking the screens.
    QVERIFY(test::execSql(
        *m_db, QStringLiteral("UPDATE setting SET value = '500' WHERE key = 'supervision_due_soon_days'")));
    QCOMPARE(SettingsService(*m_db).load(Actor::localUser()).value().supervisionDueSoonDays,
        CharitySettings::kDefaultSupervisionDueSoonDays);
}

void TstServices::settingsValidation_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("messagePart");
    // field: 0 year start month, 1 suppression threshold, 2 backups to keep, 3 name length, 4 logo bytes,
    // 5 supervision "due soon" days
    QTest::newRow("January is a valid year start") << 0 << 1 << true << QString();
    QTest::newRow("December is a valid year start") << 0 << 12 << true << QString();
    QTest::newRow("Month 0 is refused") << 0 << 0 << false << QStringLiteral("January to December");
    QTest::newRow("Month 13 is refused") << 0 << 13 << false << QStringLiteral("January to December");
    QTest::newRow("Threshold of 1 is the lowest allowed") << 1 << 1 << true << QString();
    QTest::newRow("Threshold of 0 is refused") << 1 << 0 << false << QStringLiteral("between 1 and 50");
    QTest::newRow("Threshold of 51 is refused") << 1 << 51 << false << QStringLiteral("between 1 and 50");
    QTest::newRow("Keeping no backups is refused") << 2 << 0 << false << QStringLiteral("between 1 and 365");
    QTest::newRow("Keeping 365 backups is allowed") << 2 << 365 << true << QString();
    QTest::newRow("A 120-character name is allowed") << 3 << 120 << true << QString();
    QTest::newRow("A 121-character name is refused") << 3 << 121 << false << QStringLiteral("too long");
    QTest::newRow("A logo over 1 MB is refused") << 4 << (1024 * 1024 + 1) << false << QStringLiteral("too large");
    QTest::newRow("Supervision due soon within 1 day") << 5 << 1 << true << QString();
    QTest::newRow("Supervision due soon within 60 days") << 5 << 60 << true << QString();
    QTest::newRow("Supervision due soon within 0 days is refused")
        << 5 << 0 << false << QStringLiteral("between 1 and 60 days");
    QTest::newRow("Supervision due soon within 61 days is refused")
        << 5 << 61 << false << QStringLiteral("between 1 and 60 days");
}

void TstServices::settingsValidation()
{
    QFETCH(int, field);
    QFETCH(int, value);
    QFETCH(bool, accepted);
    QFETCH(QString, messagePart);
    CharitySettings s;
    switch (field) {
    case 0:
        s.yearStartMonth = value;
        break;
    case 1:
        s.suppressionThreshold = value;
        break;
    case 2:
        s.backupsToKeep = value;
        break;
    case 3:
        s.charityName = QString(value, QLatin1Char('x'));
        break;
    case 4:
        s.logoPng = QByteArray(value, 'x');
        break;
    case 5:
        s.supervisionDueSoonDays = value;
        break;
    }
    const core::Status status = SettingsService::validate(s);
    QCOMPARE(status.isOk(), accepted);
    if (!accepted) {
        QCOMPARE(status.error().code, core::Error::Code::InvalidInput);
        QVERIFY2(status.message().contains(messagePart), qPrintable(status.message()));
    }
}

void TstServices::refusedSettingsChangeNothing()
{
    CharitySettings good;
    good.charityName = QStringLiteral("Kept");
    QVERIFY(SettingsService(*m_db).save(Actor::localUser(), good));
    CharitySettings bad = good;
    bad.charityName = QStringLiteral("Changed");
    bad.suppressionThreshold = 0;
    QVERIFY(!SettingsService(*m_db).save(Actor::localUser(), bad));
    QCOMPARE(SettingsService(*m_db).load(Actor::localUser()).value().charityName, QStringLiteral("Kept"));
}

void TstServices::quarters_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("startMonth");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("label");
    QTest::newRow("April year: 22 November is in Q3, October to December")
        << QDate(2026, 11, 22) << 4 << QDate(2026, 10, 1) << QDate(2026, 12, 31) << QStringLiteral("Q3 2026/27");
    QTest::newRow("April year: 1 April starts Q1")
        << QDate(2026, 4, 1) << 4 << QDate(2026, 4, 1) << QDate(2026, 6, 30) << QStringLiteral("Q1 2026/27");
    QTest::newRow("April year: 31 March ends Q4 of the previous year")
        << QDate(2026, 3, 31) << 4 << QDate(2026, 1, 1) << QDate(2026, 3, 31) << QStringLiteral("Q4 2025/26");
    QTest::newRow("Calendar year: 22 November is Q4")
        << QDate(2026, 11, 22) << 1 << QDate(2026, 10, 1) << QDate(2026, 12, 31) << QStringLiteral("Q4 2026");
    QTest::newRow("September year: 15 February is Q2, December to February")
        << QDate(2027, 2, 15) << 9 << QDate(2026, 12, 1) << QDate(2027, 2, 28) << QStringLiteral("Q2 2026/27");
    QTest::newRow("September year: leap February ends on the 29th")
        << QDate(2028, 2, 10) << 9 << QDate(2027, 12, 1) << QDate(2028, 2, 29) << QStringLiteral("Q2 2027/28");
}

void TstServices::quarters()
{
    QFETCH(QDate, day);
    QFETCH(int, startMonth);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, label);
    const core::Period p = DashboardService::quarterContaining(day, startMonth);
    QCOMPARE(p.first, first);
    QCOMPARE(p.last, last);
    QCOMPARE(DashboardService::quarterLabel(day, startMonth), label);
}

void TstServices::dashboardCountsFollowDefinitions()
{
    test::ScopedClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
    const QStringList statements = {
        // Three workers: one active, one active then paused, one with a future "active" date.
        QStringLiteral(
            "INSERT INTO person (id, given_name, created_at, updated_at) VALUES "
            "(1,'A','x','x'),(2,'B','x','x'),(3,'C','x','x'),(4,'D','x','x'),(5,'E','x','x'),(6,'F','x','x')"),
        QStringLiteral("INSERT INTO worker (id, person_id, created_at) VALUES (1,1,'x'),(2,2,'x'),(3,3,'x')"),
        QStringLiteral("INSERT INTO worker_status (worker_id, status, since) VALUES "
                       "(1,'applicant','2025-01-01'),(1,'active','2025-03-01'),"
                       "(2,'active','2025-01-01'),(2,'paused','2026-10-01'),"
                       "(3,'applicant','2026-11-01'),(3,'active','2026-12-01')"),
        // Three people supported, one episode each.
        QStringLiteral("INSERT INTO client (id, person_id, created_at) VALUES (1,4,'x'),(2,5,'x'),(3,6,'x')"),
        QStringLiteral("INSERT INTO referral (id, client_id, referred_on, source_category) VALUES "
                       "(1,1,'2026-01-01','self'),(2,2,'2026-01-01','external'),(3,3,'2026-01-01','internal')"),
        QStringLiteral("INSERT INTO episode (id, referral_id, component_id, starts_on) VALUES "
                       "(1,1,1,'2026-01-05'),(2,2,1,'2026-01-05'),(3,3,1,'2026-01-05')"),
        // Client 1: two attended this month (counts once as a person). Client 2: attended in October
        // (this quarter, not this month) and a DNA this month. Client 3: only attended in September
        // (last quarter) and a cancelled session this month.
        QStringLiteral(
            "INSERT INTO session (episode_id, held_on, mode, attendance) VALUES "
            "(1,'2026-11-02','face_to_face','attended'),(1,'2026-11-20','telephone','attended'),"
            "(2,'2026-10-01','video','attended'),(2,'2026-11-10','face_to_face','did_not_attend'),"
            "(3,'2026-09-30','face_to_face','attended'),(3,'2026-11-11','face_to_face','cancelled_by_client'),"
            "(1,'2026-11-23','face_to_face','attended')"), // tomorrow: not yet counted
    };
    for (const QString& s : statements) {
        QVERIFY2(test::execSql(*m_db, s), qPrintable(s));
    }
    auto counts = DashboardService(*m_db).counts(Actor::localUser());
    QVERIFY2(counts, qPrintable(counts.message()));
    const core::DashboardCounts& c = counts.value();
    QCOMPARE(c.activeWorkers, 1);
    QCOMPARE(c.workersTotal, 3);
    QCOMPARE(c.peopleSupportedThisQuarter, 2);
    QCOMPARE(c.sessionsThisMonth, 2);
    QCOMPARE(c.peopleSupportedTotal, 3);
    QCOMPARE(c.quarter.first, QDate(2026, 10, 1));
    QCOMPARE(c.quarter.last, QDate(2026, 11, 22));
    QCOMPARE(c.month.first, QDate(2026, 11, 1));
    QCOMPARE(c.quarterLabel, QStringLiteral("Q3 2026/27"));
}

QTEST_GUILESS_MAIN(TstServices)
#include "tst_services.moc"
