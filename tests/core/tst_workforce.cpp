// The workforce: profiles, statuses, roles, checks, hours, training and the compliance rules, with a
// settable clock; the models under QAbstractItemModelTester; CSV that never carries sensitive fields.

#include "core/audit/auditlog.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/models/compliancemodel.h"
#include "core/models/workerlistmodel.h"
#include "core/reports/csvfile.h"
#include "core/services/settingsservice.h"
#include "core/workforce/compliance.h"
#include "core/workforce/trainingservice.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using namespace alongside::core;
using Role = Actor::Role;

Q_DECLARE_METATYPE(alongside::core::ComplianceState)

namespace {

const QDate kToday(2026, 11, 22);

Actor as(Role role)
{
    Actor a = Actor::localUser();
    a.role = role;
    a.userName = QStringLiteral("tester");
    return a;
}

} // namespace

class TstWorkforce : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createAndReadProfile();
    void availabilitySlotsAndHomeVisits();
    void profileValidation_data();
    void profileValidation();
    void possibleDuplicateByNameAndBirthDate();
    void statusRoleAndChecksValidation_data();
    void statusRoleAndChecksValidation();
    void changesAreAuditedByFieldName();
    void removedRowsComeBackWithTheirIds();
    void removeWorkerOnlyWhileNothingRefersToThem();
    void monthlyHoursAndTheirValue();
    void livedExperienceNeedsPermissionAndIsSensitive();

    void stateForExpiry_data();
    void stateForExpiry();
    void courseRefreshIntervals_data();
    void courseRefreshIntervals();
    void dbsRecheckAndLevel_data();
    void dbsRecheckAndLevel();
    void referencesCountOnlySatisfactoryOnesReceived();
    void roleChangesChangeTheRequirements();
    void whoIsOnTheMatrix_data();
    void whoIsOnTheMatrix();
    void remindersListExpiredAndExpiring();
    void cohortIsAllOrNothing();
    void completionValidation_data();
    void completionValidation();
    void certificatesAreStoredInTheDatabase();
    void competenceImport();
    void csvExportNeverCarriesSensitiveFields();
    void csvQuotesAndDefusesFormulas();

    void modelsPassTheTester();

private:
    qint64 addWorker(const QString& given, const QString& family, const QString& status = QStringLiteral("active"),
        const QDate& dob = {});
    qint64 roleId(const QString& name);
    qint64 courseId(const QString& title);
    void giveRole(qint64 workerId, qint64 roleTypeId, const QDate& from, const QDate& to = {});
    ComplianceCell cell(qint64 workerId, const QString& columnKey, const QDate& asOf, int warningDays = 30);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<Database> m_db;
    Actor m_admin = as(Role::Administrator);
};

void TstWorkforce::init()
{
    m_clock.reset();
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("w.alongside")));
    QVERIFY(m_db);
}

void TstWorkforce::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TstWorkforce::addWorker(const QString& given, const QString& family, const QString& status, const QDate& dob)
{
    WorkerProfile p;
    p.givenName = given;
    p.familyName = family;
    p.dateOfBirth = dob;
    StatusChange s { 0, 0, status, QDate(2020, 1, 1),
        status == QLatin1String("left") ? QStringLiteral("moved") : QString() };
    if (status == QLatin1String("paused")) {
        s.reason = QStringLiteral("own health");
    }
    auto id = WorkforceService(*m_db).createWorker(m_admin, p, s);
    if (!id) {
        qWarning() << id.error().message << id.error().detail;
        return 0;
    }
    return id.value();
}

qint64 TstWorkforce::roleId(const QString& name)
{
    return test::scalar(*m_db, QStringLiteral("SELECT id FROM role_type WHERE name = '%1'").arg(name)).toLongLong();
}

qint64 TstWorkforce::courseId(const QString& title)
{
    return test::scalar(*m_db, QStringLiteral("SELECT id FROM training_course WHERE title = '%1'").arg(title))
        .toLongLong();
}

void TstWorkforce::giveRole(qint64 workerId, qint64 roleTypeId, const QDate& from, const QDate& to)
{
    RoleAssignment r;
    r.workerId = workerId;
    r.roleTypeId = roleTypeId;
    r.startsOn = from;
    r.endsOn = to;
    auto id = WorkforceService(*m_db).saveRole(m_admin, r);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
}

ComplianceCell TstWorkforce::cell(qint64 workerId, const QString& columnKey, const QDate& asOf, int warningDays)
{
    auto m = ComplianceService(*m_db).matrix(m_admin, asOf, warningDays);
    if (!m) {
        qWarning() << m.error().message;
        return {};
    }
    int column = -1;
    for (int i = 0; i < m.value().columns.size(); ++i) {
        if (m.value().columns[i].key == columnKey) {
            column = i;
        }
    }
    for (const ComplianceRow& row : m.value().rows) {
        if (row.worker.workerId == workerId && column >= 0) {
            return row.cells[column];
        }
    }
    ComplianceCell absent;
    absent.detail = QStringLiteral("not on the matrix");
    return absent;
}

// ---- records -----------------------------------------------------------------------------------

void TstWorkforce::createAndReadProfile()
{
    WorkforceService service(*m_db);
    WorkerProfile p;
    p.givenName = QStringLiteral("Asha");
    p.familyName = QStringLiteral("Patel");
    p.dateOfBirth = QDate(1990, 5, 4);
    p.email = QStringLiteral("asha@example.org");
    p.emergencyContactName = QStringLiteral("Ravi Patel");
    p.languages = QStringLiteral("English, Gujarati");
    p.disability = QString::fromLatin1(WorkerProfile::kPreferNotToSay);
    p.maxMentees = 3;
    auto id = service.createWorker(m_admin, p, { 0, 0, QStringLiteral("applicant"), kToday, {} });
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    auto read = service.profile(m_admin, id.value());
    QVERIFY(read);
    p.workerId = id.value();
    p.personId = read.value().personId;
    QCOMPARE(read.value(), p);

    auto list = service.list(m_admin);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value().first().status, QStringLiteral("applicant"));
    QCOMPARE(list.value().first().name, QStringLiteral("Asha Patel"));

    QVERIFY(!service.list(as(Role::Trustee)));
    QVERIFY(!service.createWorker(as(Role::ReadOnly), p, { 0, 0, QStringLiteral("active"), kToday, {} }));
    QVERIFY(!service.updateProfile(as(Role::Supervisor), read.value()));
}

void TstWorkforce::availabilitySlotsAndHomeVisits()
{
    WorkforceService service(*m_db);
    WorkerProfile p;
    p.givenName = QStringLiteral("Bilal");
    p.familyName = QStringLiteral("Hussain");
    p.availableSlots = { QStringLiteral("sat_day"), QStringLiteral("mon_eve"), QStringLiteral("mon_eve") };
    p.homeVisits = true;
    auto id = service.createWorker(m_admin, p, { 0, 0, QStringLiteral("active"), kToday, {} });
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    // Stored once each, in the order of the week.
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT available_slots FROM worker WHERE id = %1").arg(id.value()))
                 .toString(),
        QStringLiteral("mon_eve,sat_day"));
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT home_visits FROM worker WHERE id = %1").arg(id.value())).toInt(), 1);
    auto read = service.profile(m_admin, id.value());
    QVERIFY(read);
    QCOMPARE(read.value().availableSlots, QStringList({ QStringLiteral("mon_eve"), QStringLiteral("sat_day") }));
    QVERIFY(read.value().homeVisits);

    // Changed and cleared through updateProfile; the audit entry names the columns.
    WorkerProfile changed = read.value();
    changed.availableSlots = { QStringLiteral("sun_day") };
    changed.homeVisits = false;
    QVERIFY(service.updateProfile(m_admin, changed));
    read = service.profile(m_admin, id.value());
    QCOMPARE(read.value().availableSlots, QStringList { QStringLiteral("sun_day") });
    QVERIFY(!read.value().homeVisits);
    QVERIFY(
        test::scalar(*m_db,
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'worker' AND fields LIKE '%available_slots%' "
                           "AND fields LIKE '%home_visits%'"))
            .toInt()
        >= 1);
    changed.availableSlots.clear();
    QVERIFY(service.updateProfile(m_admin, changed));
    QVERIFY(test::scalar(*m_db, QStringLiteral("SELECT available_slots FROM worker WHERE id = %1").arg(id.value()))
                .isNull());
    QVERIFY(service.profile(m_admin, id.value()).value().availableSlots.isEmpty());

    // A time that is not one of the fourteen is refused with a message, and nothing changes.
    changed.availableSlots = { QStringLiteral("mon_night") };
    const Status refused = service.updateProfile(m_admin, changed);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("mon_night")), qPrintable(refused.error().message));
    QVERIFY(service.profile(m_admin, id.value()).value().availableSlots.isEmpty());
}

void TstWorkforce::profileValidation_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QDate>("dob");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("ok");
    QTest::newRow("fine") << "Sam" << QDate(1980, 1, 1) << "sam@example.org" << true;
    QTest::newRow("no first name") << "  " << QDate() << "" << false;
    QTest::newRow("born tomorrow") << "Sam" << kToday.addDays(1) << "" << false;
    QTest::newRow("born today") << "Sam" << kToday << "" << true;
    QTest::newRow("111 years ago") << "Sam" << kToday.addYears(-111) << "" << false;
    QTest::newRow("email without @") << "Sam" << QDate() << "sam.example.org" << false;
}

void TstWorkforce::profileValidation()
{
    QFETCH(QString, given);
    QFETCH(QDate, dob);
    QFETCH(QString, email);
    QFETCH(bool, ok);
    WorkerProfile p;
    p.givenName = given;
    p.dateOfBirth = dob;
    p.email = email;
    const Status s = WorkforceService::validate(p);
    QCOMPARE(bool(s), ok);
    if (!ok) {
        QVERIFY(!s.error().message.isEmpty());
    }
}

void TstWorkforce::possibleDuplicateByNameAndBirthDate()
{
    addWorker(QStringLiteral("Jo"), QStringLiteral("Bloggs"), QStringLiteral("active"), QDate(1985, 3, 2));
    WorkforceService service(*m_db);
    WorkerProfile p;
    p.givenName = QStringLiteral(" jo ");
    p.familyName = QStringLiteral("BLOGGS");
    p.dateOfBirth = QDate(1985, 3, 2);
    auto d = service.possibleDuplicates(m_admin, p);
    QVERIFY(d);
    QCOMPARE(d.value().size(), 1);
    QCOMPARE(d.value().first().name, QStringLiteral("Jo Bloggs"));
    p.dateOfBirth = QDate(1985, 3, 3);
    QCOMPARE(service.possibleDuplicates(m_admin, p).value().size(), 0);
    p.dateOfBirth = QDate(); // no date to tell them apart: the name alone is a possible duplicate
    QCOMPARE(service.possibleDuplicates(m_admin, p).value().size(), 1);
}

void TstWorkforce::statusRoleAndChecksValidation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("second");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    // kind 0 status(since, -, status), 1 role(start, end), 2 DBS(issue, recheck), 3 reference(requested,
    // received), 4 hours(date, -, hours), 5 step(done)
    QTest::newRow("status today") << 0 << kToday << QDate() << "active" << true;
    QTest::newRow("status in the future") << 0 << kToday.addDays(1) << QDate() << "active" << false;
    QTest::newRow("left without reason") << 0 << kToday << QDate() << "left" << false;
    QTest::newRow("unknown status") << 0 << kToday << QDate() << "retired" << false;
    QTest::newRow("role ends before it starts") << 1 << kToday << kToday.addDays(-1) << "" << false;
    QTest::newRow("role of one day") << 1 << kToday << kToday << "" << true;
    QTest::newRow("dbs recheck before issue") << 2 << QDate(2025, 1, 1) << QDate(2024, 12, 31) << "" << false;
    QTest::newRow("dbs recheck on issue day") << 2 << QDate(2025, 1, 1) << QDate(2025, 1, 1) << "" << false;
    QTest::newRow("dbs issued in the future") << 2 << kToday.addDays(1) << QDate() << "" << false;
    QTest::newRow("dbs fine") << 2 << QDate(2025, 1, 1) << QDate(2028, 1, 1) << "" << true;
    QTest::newRow("dbs certificate with letters") << 2 << QDate(2025, 1, 1) << QDate() << "0012A" << false;
    QTest::newRow("reference received before requested") << 3 << kToday << kToday.addDays(-3) << "" << false;
    QTest::newRow("reference received in the future") << 3 << kToday << kToday.addDays(3) << "" << false;
    QTest::newRow("hours in the future") << 4 << kToday.addDays(1) << QDate() << "2" << false;
    QTest::newRow("25 hours") << 4 << kToday << QDate() << "25" << false;
    QTest::newRow("no hours") << 4 << kToday << QDate() << "0" << false;
    QTest::newRow("half an hour") << 4 << kToday << QDate() << "0.5" << true;
    QTest::newRow("step done tomorrow") << 5 << kToday.addDays(1) << QDate() << "" << false;
}

void TstWorkforce::statusRoleAndChecksValidation()
{
    QFETCH(int, kind);
    QFETCH(QDate, first);
    QFETCH(QDate, second);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const qint64 w = addWorker(QStringLiteral("Val"), QStringLiteral("Idate"));
    WorkforceService service(*m_db);
    Status s;
    switch (kind) {
    case 0: {
        auto r = service.saveStatus(m_admin, { 0, w, text, first, {} });
        s = r ? Status::ok() : Status(r.error());
        break;
    }
    case 1: {
        RoleAssignment a;
        a.workerId = w;
        a.roleTypeId = roleId(QStringLiteral("Volunteer peer mentor"));
        a.startsOn = first;
        a.endsOn = second;
        auto r = service.saveRole(m_admin, a);
        s = r ? Status::ok() : Status(r.error());
        break;
    }
    case 2: {
        DbsCheck c;
        c.workerId = w;
        c.issuedOn = first;
        c.recheckDueOn = second;
        c.certificateNumber = text;
        auto r = service.saveDbsCheck(m_admin, c);
        s = r ? Status::ok() : Status(r.error());
        break;
    }
    case 3: {
        Reference ref;
        ref.workerId = w;
        ref.refereeName = QStringLiteral("A Referee");
        ref.requestedOn = first;
        ref.receivedOn = second;
        auto r = service.saveReference(m_admin, ref);
        s = r ? Status::ok() : Status(r.error());
        break;
    }
    case 4: {
        auto r = service.saveHours(m_admin, { 0, w, first, text.toDouble(), QStringLiteral("drop-in") });
        s = r ? Status::ok() : Status(r.error());
        break;
    }
    case 5: {
        auto steps = service.steps(m_admin);
        QVERIFY(steps && !steps.value().isEmpty());
        auto r = service.saveStepRecord(m_admin, { 0, w, steps.value().first().id, first, {}, {} });
        s = r ? Status::ok() : Status(r.error());
        break;
    }
    }
    QCOMPARE(bool(s), ok);
    if (!ok) {
        QCOMPARE(s.error().code, Error::Code::InvalidInput);
        QVERIFY(!s.error().message.isEmpty());
    }
}

void TstWorkforce::changesAreAuditedByFieldName()
{
    const qint64 w = addWorker(QStringLiteral("Audit"), QStringLiteral("Me"));
    WorkforceService service(*m_db);
    auto p = service.profile(m_admin, w);
    QVERIFY(p);
    WorkerProfile changed = p.value();
    changed.phone = QStringLiteral("07700 900123");
    changed.religion = QStringLiteral("Quaker");
    const int before = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    QVERIFY(service.updateProfile(m_admin, changed));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT fields FROM audit_log WHERE entity = 'person' ORDER BY seq DESC "
                                "LIMIT 1"))
                 .toString(),
        QStringLiteral("phone"));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT fields FROM audit_log WHERE entity = 'worker' ORDER BY seq DESC "
                                "LIMIT 1"))
                 .toString(),
        QStringLiteral("religion"));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), before + 2);
    // Saving the same again records nothing, and no value ever reaches the log.
    QVERIFY(service.updateProfile(m_admin, changed));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), before + 2);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE fields || note LIKE '%Quaker%' "
                                "OR fields || note LIKE '%07700%'"))
                 .toInt(),
        0);
}

void TstWorkforce::removedRowsComeBackWithTheirIds()
{
    const qint64 w = addWorker(QStringLiteral("Undo"), QStringLiteral("Able"));
    WorkforceService service(*m_db);
    DbsCheck c;
    c.workerId = w;
    c.issuedOn = QDate(2025, 2, 3);
    c.certificateNumber = QStringLiteral("001234567890");
    auto id = service.saveDbsCheck(m_admin, c);
    QVERIFY(id);
    auto saved = service.dbsChecks(m_admin, w);
    QVERIFY(saved && saved.value().size() == 1);
    QVERIFY(service.removeDbsCheck(m_admin, id.value()));
    QCOMPARE(service.dbsChecks(m_admin, w).value().size(), 0);
    QCOMPARE(service.removeDbsCheck(m_admin, id.value()).error().code, Error::Code::NotFound);
    auto again = service.saveDbsCheck(m_admin, saved.value().first());
    QVERIFY(again);
    QCOMPARE(again.value(), id.value());
    QCOMPARE(service.dbsChecks(m_admin, w).value(), saved.value());
}

void TstWorkforce::removeWorkerOnlyWhileNothingRefersToThem()
{
    const qint64 w = addWorker(QStringLiteral("Short"), QStringLiteral("Stay"));
    WorkforceService service(*m_db);
    QVERIFY(service.saveHours(m_admin, { 0, w, kToday, 2, {} }));
    QVERIFY(service.removeWorker(m_admin, w));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM volunteer_hours")).toInt(), 0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 0);

    const qint64 supervised = addWorker(QStringLiteral("Long"), QStringLiteral("Serving"));
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO supervision_entry (id, held_on, kind, created_at) VALUES (1, '2026-01-01', "
                       "'reflective', '2026-01-01')")));
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO supervision_attendee (entry_id, worker_id) VALUES (1, %1)").arg(supervised)));
    const Status refused = service.removeWorker(m_admin, supervised);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("Left")));
}

void TstWorkforce::monthlyHoursAndTheirValue()
{
    const qint64 a = addWorker(QStringLiteral("Hour"), QStringLiteral("Glass"));
    const qint64 b = addWorker(QStringLiteral("Minute"), QStringLiteral("Hand"));
    WorkforceService service(*m_db);
    QVERIFY(service.saveHours(m_admin, { 0, a, QDate(2026, 10, 1), 2.5, {} }));
    QVERIFY(service.saveHours(m_admin, { 0, a, QDate(2026, 10, 31), 1.5, {} }));
    QVERIFY(service.saveHours(m_admin, { 0, b, QDate(2026, 10, 15), 3, {} }));
    QVERIFY(service.saveHours(m_admin, { 0, a, QDate(2026, 11, 1), 4, {} }));
    auto settings = SettingsService(*m_db).load(m_admin).value();
    settings.hourlyRatePence = 1000;
    QVERIFY(SettingsService(*m_db).save(m_admin, settings));
    auto mine = service.monthlyHours(m_admin, a, QDate(2026, 1, 1), kToday);
    QVERIFY(mine);
    QCOMPARE(mine.value().size(), 2);
    QCOMPARE(mine.value()[0].month, 10);
    QCOMPARE(mine.value()[0].hours, 4.0);
    QCOMPARE(mine.value()[0].entries, 2);
    QCOMPARE(mine.value()[0].valuePence, qint64(4000));
    QCOMPARE(mine.value()[1].month, 11);
    auto everyone = service.monthlyHours(m_admin, 0, QDate(2026, 10, 1), QDate(2026, 10, 31));
    QVERIFY(everyone);
    QCOMPARE(everyone.value().size(), 1);
    QCOMPARE(everyone.value()[0].hours, 7.0);
    QCOMPARE(everyone.value()[0].valuePence, qint64(7000));
}

void TstWorkforce::livedExperienceNeedsPermissionAndIsSensitive()
{
    const qint64 w = addWorker(QStringLiteral("Lived"), QStringLiteral("Experience"));
    WorkforceService service(*m_db);
    LivedExperience le { w, QDate(2026, 1, 5), { QStringLiteral("anxiety"), QStringLiteral("carer") },
        QStringLiteral("Happy to share with mentees"), {} };
    QVERIFY(service.saveLivedExperience(m_admin, le));
    auto read = service.livedExperience(m_admin, w);
    QVERIFY(read && read.value());
    QCOMPARE(*read.value(), le);
    for (Role role : { Role::Supervisor, Role::ReadOnly, Role::Trustee }) {
        auto refused = service.livedExperience(as(role), w);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QVERIFY(!service.saveLivedExperience(as(role), le));
    }
    QVERIFY(!service.saveLivedExperience(m_admin, { w, {}, {}, {}, {} })); // no consent, no record
    QVERIFY(!service.saveLivedExperience(m_admin, { w, kToday, { QStringLiteral("astrology") }, {}, {} }));

    bool marked = false;
    for (const schema::SensitiveField& f : schema::sensitiveFields()) {
        marked = marked || (f.table == QLatin1String("worker_lived_experience") && f.column == QLatin1String("areas"));
    }
    QVERIFY(marked);
    QVERIFY(service.removeLivedExperience(m_admin, w)); // consent withdrawn
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM worker_lived_experience")).toInt(), 0);
}

// ---- compliance --------------------------------------------------------------------------------

void TstWorkforce::stateForExpiry_data()
{
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<int>("warning");
    QTest::addColumn<ComplianceState>("state");
    QTest::newRow("never expires") << QDate() << 30 << ComplianceState::Done;
    QTest::newRow("lapses today") << kToday << 30 << ComplianceState::Expired;
    QTest::newRow("lapsed yesterday") << kToday.addDays(-1) << 30 << ComplianceState::Expired;
    QTest::newRow("lapses tomorrow") << kToday.addDays(1) << 30 << ComplianceState::ExpiringSoon;
    QTest::newRow("lapses in 30 days") << kToday.addDays(30) << 30 << ComplianceState::ExpiringSoon;
    QTest::newRow("lapses in 31 days") << kToday.addDays(31) << 30 << ComplianceState::Done;
    QTest::newRow("no warning window") << kToday.addDays(1) << 0 << ComplianceState::Done;
    QTest::newRow("90-day window") << kToday.addDays(90) << 90 << ComplianceState::ExpiringSoon;
}

void TstWorkforce::stateForExpiry()
{
    QFETCH(QDate, expires);
    QFETCH(int, warning);
    QFETCH(ComplianceState, state);
    QCOMPARE(ComplianceService::stateFor(expires, kToday, warning), state);
}

void TstWorkforce::courseRefreshIntervals_data()
{
    QTest::addColumn<QDate>("completed");
    QTest::addColumn<QDate>("entered");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<ComplianceState>("state");
    QTest::addColumn<QDate>("expires");
    // The safeguarding refresher is mandatory for every role and lapses after 36 months.
    QTest::newRow("fresh") << QDate(2026, 1, 10) << QDate() << kToday << ComplianceState::Done << QDate(2029, 1, 10);
    QTest::newRow("lapses in 30 days") << QDate(2023, 12, 22) << QDate() << kToday << ComplianceState::ExpiringSoon
                                       << QDate(2026, 12, 22);
    QTest::newRow("lapses in 31 days") << QDate(2023, 12, 23) << QDate() << kToday << ComplianceState::Done
                                       << QDate(2026, 12, 23);
    QTest::newRow("lapses today") << QDate(2023, 11, 22) << QDate() << kToday << ComplianceState::Expired
                                  << QDate(2026, 11, 22);
    QTest::newRow("certificate date wins")
        << QDate(2026, 1, 10) << QDate(2026, 12, 1) << kToday << ComplianceState::ExpiringSoon << QDate(2026, 12, 1);
    QTest::newRow("done after the day asked about")
        << QDate(2026, 1, 10) << QDate() << QDate(2025, 6, 1) << ComplianceState::Missing << QDate();
    QTest::newRow("leap day") << QDate(2024, 2, 29) << QDate() << QDate(2027, 2, 27) << ComplianceState::ExpiringSoon
                              << QDate(2027, 2, 28);
}

void TstWorkforce::courseRefreshIntervals()
{
    QFETCH(QDate, completed);
    QFETCH(QDate, entered);
    QFETCH(QDate, asOf);
    QFETCH(ComplianceState, state);
    QFETCH(QDate, expires);
    const qint64 w = addWorker(QStringLiteral("Safe"), QStringLiteral("Guard"));
    giveRole(w, roleId(QStringLiteral("Volunteer peer mentor")), QDate(2020, 1, 1));
    const qint64 course = courseId(QStringLiteral("Safeguarding refresher"));
    Completion c;
    c.courseId = course;
    c.workerId = w;
    c.completedOn = completed;
    c.expiresOn = entered;
    auto id = TrainingService(*m_db).saveCompletion(m_admin, c);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    const ComplianceCell got = cell(w, QStringLiteral("course:%1").arg(course), asOf);
    QCOMPARE(got.state, state);
    QCOMPARE(got.expiresOn, expires);
}

void TstWorkforce::dbsRecheckAndLevel_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QDate>("issued");
    QTest::addColumn<QDate>("recheck");
    QTest::addColumn<int>("recheckMonths");
    QTest::addColumn<ComplianceState>("state");
    QTest::newRow("recent enhanced") << "enhanced" << QDate(2025, 6, 1) << QDate() << 36 << ComplianceState::Done;
    QTest::newRow("barred list counts as enhanced")
        << "enhanced_barred" << QDate(2025, 6, 1) << QDate() << 36 << ComplianceState::Done;
    QTest::newRow("three years old today")
        << "enhanced" << QDate(2023, 11, 22) << QDate() << 36 << ComplianceState::Expired;
    QTest::newRow("recheck entered, soon")
        << "enhanced" << QDate(2025, 6, 1) << kToday.addDays(10) << 36 << ComplianceState::ExpiringSoon;
    QTest::newRow("no routine recheck") << "enhanced" << QDate(2015, 1, 1) << QDate() << 0 << ComplianceState::Done;
    QTest::newRow("basic is not enough") << "basic" << QDate(2026, 1, 1) << QDate() << 36 << ComplianceState::Missing;
}

void TstWorkforce::dbsRecheckAndLevel()
{
    QFETCH(QString, level);
    QFETCH(QDate, issued);
    QFETCH(QDate, recheck);
    QFETCH(int, recheckMonths);
    QFETCH(ComplianceState, state);
    auto settings = SettingsService(*m_db).load(m_admin).value();
    settings.dbsRecheckMonths = recheckMonths;
    QVERIFY(SettingsService(*m_db).save(m_admin, settings));
    const qint64 w = addWorker(QStringLiteral("Dee"), QStringLiteral("Bess"));
    giveRole(w, roleId(QStringLiteral("Volunteer peer mentor")), QDate(2020, 1, 1));
    DbsCheck c;
    c.workerId = w;
    c.level = level;
    c.issuedOn = issued;
    c.recheckDueOn = recheck;
    QVERIFY(WorkforceService(*m_db).saveDbsCheck(m_admin, c));
    QCOMPARE(cell(w, QStringLiteral("dbs"), kToday).state, state);
    // Partner staff need no DBS check: the cell says so.
    const qint64 partner = addWorker(QStringLiteral("Part"), QStringLiteral("Ner"));
    giveRole(partner, roleId(QStringLiteral("Partner staff")), QDate(2020, 1, 1));
    QCOMPARE(cell(partner, QStringLiteral("dbs"), kToday).state, ComplianceState::NotRequired);
}

void TstWorkforce::referencesCountOnlySatisfactoryOnesReceived()
{
    const qint64 w = addWorker(QStringLiteral("Ref"), QStringLiteral("Erence"));
    giveRole(w, roleId(QStringLiteral("Volunteer peer mentor")), QDate(2020, 1, 1));
    WorkforceService service(*m_db);
    QCOMPARE(cell(w, QStringLiteral("references"), kToday).state, ComplianceState::Missing);
    Reference r;
    r.workerId = w;
    r.refereeName = QStringLiteral("One");
    r.requestedOn = QDate(2026, 1, 1);
    r.receivedOn = QDate(2026, 1, 10);
    r.satisfactory = true;
    QVERIFY(service.saveReference(m_admin, r));
    r.refereeName = QStringLiteral("Two");
    r.satisfactory = false;
    auto second = service.saveReference(m_admin, r);
    QVERIFY(second);
    ComplianceCell c = cell(w, QStringLiteral("references"), kToday);
    QCOMPARE(c.state, ComplianceState::Missing);
    QVERIFY(c.detail.contains(QStringLiteral("1 of 2")));
    r.id = second.value();
    r.satisfactory = true;
    QVERIFY(service.saveReference(m_admin, r));
    QCOMPARE(cell(w, QStringLiteral("references"), kToday).state, ComplianceState::Done);
    QCOMPARE(cell(w, QStringLiteral("references"), QDate(2026, 1, 9)).state, ComplianceState::Missing);
}

void TstWorkforce::roleChangesChangeTheRequirements()
{
    // Peer support training is mandatory for peer roles only: a move from partner staff to a peer
    // role makes it needed from the day the new role starts.
    const qint64 w = addWorker(QStringLiteral("Role"), QStringLiteral("Change"));
    giveRole(w, roleId(QStringLiteral("Partner staff")), QDate(2020, 1, 1), QDate(2026, 6, 30));
    giveRole(w, roleId(QStringLiteral("Volunteer peer mentor")), QDate(2026, 7, 1));
    const QString peerTraining
        = QStringLiteral("course:%1").arg(courseId(QStringLiteral("Peer support training (internal)")));
    QCOMPARE(cell(w, peerTraining, QDate(2026, 6, 30)).state, ComplianceState::NotRequired);
    QCOMPARE(cell(w, QStringLiteral("dbs"), QDate(2026, 6, 30)).state, ComplianceState::NotRequired);
    QCOMPARE(cell(w, peerTraining, QDate(2026, 7, 1)).state, ComplianceState::Missing);
    QCOMPARE(cell(w, QStringLiteral("dbs"), QDate(2026, 7, 1)).state, ComplianceState::Missing);
    // Making a course mandatory for a role puts it on that role's rows.
    TrainingService training(*m_db);
    auto courses = training.courses(m_admin);
    QVERIFY(courses);
    Course trainer;
    for (const Course& c : courses.value()) {
        if (c.title == QLatin1String("Train the trainer")) {
            trainer = c;
        }
    }
    QVERIFY(trainer.id > 0);
    const QString trainerKey = QStringLiteral("course:%1").arg(trainer.id);
    QCOMPARE(cell(w, trainerKey, kToday).detail, QStringLiteral("not on the matrix"));
    trainer.mandatoryRoleIds = { roleId(QStringLiteral("Volunteer peer mentor")) };
    QVERIFY(training.saveCourse(m_admin, trainer));
    QCOMPARE(cell(w, trainerKey, kToday).state, ComplianceState::Missing);
}

void TstWorkforce::whoIsOnTheMatrix_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("withRole");
    QTest::addColumn<bool>("listed");
    QTest::newRow("active") << "active" << true << true;
    QTest::newRow("paused") << "paused" << true << true;
    QTest::newRow("in training") << "in_training" << true << true;
    QTest::newRow("applicant") << "applicant" << true << true;
    QTest::newRow("enquiry") << "enquiry" << true << false;
    QTest::newRow("left") << "left" << true << false;
    QTest::newRow("active without a role") << "active" << false << false;
}

void TstWorkforce::whoIsOnTheMatrix()
{
    QFETCH(QString, status);
    QFETCH(bool, withRole);
    QFETCH(bool, listed);
    const qint64 w = addWorker(QStringLiteral("Who"), QStringLiteral("Is"), status);
    if (withRole) {
        giveRole(w, roleId(QStringLiteral("Volunteer peer mentor")), QDate(2020, 1, 1));
    }
    auto m = ComplianceService(*m_db).matrix(m_admin, kToday, 30);
    QVERIFY(m);
    QCOMPARE(m.value().rows.size(), listed ? 1 : 0);
    QVERIFY(!ComplianceService(*m_db).matrix(as(Role::Trustee), kToday, 30));
}

void TstWorkforce::remindersListExpiredAndExpiring()
{
    const qint64 w = addWorker(QStringLiteral("Remind"), QStringLiteral("Me"));
    giveRole(w, roleId(QStringLiteral("Volunteer peer mentor")), QDate(2020, 1, 1));
    DbsCheck c;
    c.workerId = w;
    c.issuedOn = QDate(2023, 12, 1); // rechecks 1 Dec 2026: within 30 days
    QVERIFY(WorkforceService(*m_db).saveDbsCheck(m_admin, c));
    Completion sg;
    sg.workerId = w;
    sg.courseId = courseId(QStringLiteral("Safeguarding refresher"));
    sg.completedOn = QDate(2023, 6, 1); // lapsed 1 Jun 2026
    QVERIFY(TrainingService(*m_db).saveCompletion(m_admin, sg));
    auto r = ComplianceService(*m_db).reminders(m_admin, kToday, 30);
    QVERIFY(r);
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value()[0].state, ComplianceState::Expired);
    QCOMPARE(r.value()[0].expiresOn, QDate(2026, 6, 1));
    QCOMPARE(r.value()[1].state, ComplianceState::ExpiringSoon);
    QCOMPARE(r.value()[1].expiresOn, QDate(2026, 12, 1));
    QCOMPARE(r.value()[1].workerName, QStringLiteral("Remind Me"));
}

void TstWorkforce::cohortIsAllOrNothing()
{
    const qint64 a = addWorker(QStringLiteral("Co"), QStringLiteral("Hort"));
    const qint64 b = addWorker(QStringLiteral("Class"), QStringLiteral("Mate"));
    TrainingService training(*m_db);
    Completion common;
    common.courseId = courseId(QStringLiteral("Volunteer induction"));
    common.completedOn = QDate(2026, 11, 1);
    auto ids = training.recordCohort(m_admin, common, { a, b });
    QVERIFY(ids);
    QCOMPARE(ids.value().size(), 2);
    QCOMPARE(training.completions(m_admin, 0, common.courseId).value().size(), 2);
    // One unknown person: nobody is recorded.
    auto failed = training.recordCohort(m_admin, common, { a, 999999 });
    QVERIFY(!failed);
    QCOMPARE(training.completions(m_admin, 0, common.courseId).value().size(), 2);
    QVERIFY(!training.recordCohort(m_admin, common, {}));
}

void TstWorkforce::completionValidation_data()
{
    QTest::addColumn<QDate>("completed");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<bool>("ok");
    QTest::newRow("today") << kToday << QDate() << true;
    QTest::newRow("in the future") << kToday.addDays(1) << QDate() << false;
    QTest::newRow("expiry before completion") << QDate(2026, 1, 1) << QDate(2025, 12, 31) << false;
    QTest::newRow("expiry on completion day") << QDate(2026, 1, 1) << QDate(2026, 1, 1) << false;
    QTest::newRow("no date") << QDate() << QDate() << false;
}

void TstWorkforce::completionValidation()
{
    QFETCH(QDate, completed);
    QFETCH(QDate, expires);
    QFETCH(bool, ok);
    Completion c;
    c.courseId = 1;
    c.workerId = 1;
    c.completedOn = completed;
    c.expiresOn = expires;
    QCOMPARE(bool(TrainingService::validate(c)), ok);
}

void TstWorkforce::certificatesAreStoredInTheDatabase()
{
    const qint64 w = addWorker(QStringLiteral("Cert"), QStringLiteral("Ificate"));
    TrainingService training(*m_db);
    Completion c;
    c.workerId = w;
    c.courseId = courseId(QStringLiteral("Train the trainer"));
    c.completedOn = QDate(2026, 3, 3);
    c.certificateName = QStringLiteral("certificate.pdf");
    c.certificate = QByteArray("%PDF-1.4 pretend certificate\x00\x01\x02", 32);
    auto id = training.saveCompletion(m_admin, c);
    QVERIFY(id);
    auto listed = training.completions(m_admin, w);
    QVERIFY(listed && listed.value().size() == 1);
    QVERIFY(listed.value().first().hasCertificate);
    QVERIFY(listed.value().first().certificate.isEmpty()); // lists never carry the bytes
    // Editing the note keeps the stored file.
    Completion edited = listed.value().first();
    edited.note = QStringLiteral("passed with merit");
    QVERIFY(training.saveCompletion(m_admin, edited));
    auto bytes = training.certificate(m_admin, id.value());
    QVERIFY(bytes);
    QCOMPARE(bytes.value(), c.certificate);
    c.certificate = QByteArray(int(TrainingService::kMaxCertificateBytes) + 1, 'x');
    QVERIFY(!training.saveCompletion(m_admin, c));
}

void TstWorkforce::competenceImport()
{
    TrainingService training(*m_db);
    const QByteArray good = "Domain,Competence\r\nValues and principles,\"Hope, recovery and self-determination\"\r\n"
                            "Core skills,Active listening\r\n\r\n";
    auto added = training.importCompetences(m_admin, good);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
    QCOMPARE(added.value(), 2);
    QCOMPARE(training.importCompetences(m_admin, good).value(), 0); // nothing twice
    auto list = training.competences(m_admin);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value()[1].title, QStringLiteral("Hope, recovery and self-determination"));

    auto missingCell = training.importCompetences(m_admin, "Core skills,Empathy\nOnly a domain\n");
    QVERIFY(!missingCell);
    QVERIFY(missingCell.error().message.contains(QStringLiteral("Line 2")));
    QCOMPARE(training.competences(m_admin).value().size(), 2);
    auto badQuotes = training.importCompetences(m_admin, "Core skills,\"unclosed\n");
    QVERIFY(!badQuotes);
    QCOMPARE(badQuotes.error().code, Error::Code::InvalidInput);
    QVERIFY(!training.importCompetences(as(Role::Supervisor), good));
}

void TstWorkforce::csvExportNeverCarriesSensitiveFields()
{
    const qint64 w = addWorker(QStringLiteral("Private"), QStringLiteral("Person"));
    giveRole(w, roleId(QStringLiteral("Volunteer peer mentor")), QDate(2020, 1, 1));
    QVERIFY(WorkforceService(*m_db).saveLivedExperience(m_admin,
        { w, QDate(2026, 1, 1), { QStringLiteral("bipolar") }, QStringLiteral("SECRET-DISCLOSURE"),
            QStringLiteral("SECRET-NOTE") }));
    ComplianceService compliance(*m_db);
    auto m = compliance.matrix(m_admin, kToday, 30);
    QVERIFY(m);
    const QString path = m_dir->filePath(QStringLiteral("matrix.csv"));
    QVERIFY(compliance.exportCsv(m_admin, m.value(), path));
    const QString text = QString::fromUtf8(test::fileBytes(path));
    QVERIFY(text.contains(QStringLiteral("Private Person")));
    QVERIFY(!text.contains(QStringLiteral("SECRET")));
    QVERIFY(!text.contains(QStringLiteral("Bipolar"), Qt::CaseInsensitive));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export'")).toInt(), 1);
    QVERIFY(!compliance.exportCsv(as(Role::ReadOnly), m.value(), path));
    // A folder that does not exist is a message, not a crash.
    const Status nowhere = compliance.exportCsv(m_admin, m.value(), m_dir->filePath(QStringLiteral("no/such/x.csv")));
    QVERIFY(!nowhere);
    QCOMPARE(nowhere.error().code, Error::Code::Io);
}

void TstWorkforce::csvQuotesAndDefusesFormulas()
{
    const QByteArray out = csv::write({ { QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
        QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("Zoë") } });
    QVERIFY(out.startsWith("\xEF\xBB\xBF"));
    auto back = csv::parse(out);
    QVERIFY(back);
    QCOMPARE(back.value().size(), 1);
    QCOMPARE(back.value()[0],
        QStringList({ QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("'=HYPERLINK(\"x\")"),
            QStringLiteral("Zoë") }));
    QVERIFY(!csv::parse(QByteArray("\"open,field\n")));
    QVERIFY(!csv::parse(QByteArray("caf\xe9,latin1\n")));
}

void TstWorkforce::modelsPassTheTester()
{
    for (int i = 0; i < 5; ++i) {
        const qint64 w = addWorker(QStringLiteral("Model%1").arg(i), QStringLiteral("Row"),
            i % 2 ? QStringLiteral("active") : QStringLiteral("paused"));
        giveRole(w, roleId(i < 3 ? QStringLiteral("Volunteer peer mentor") : QStringLiteral("Peer trainer")),
            QDate(2020, 1, 1));
    }
    WorkerListModel list;
    WorkerFilterModel filter;
    filter.setSourceModel(&list);
    QAbstractItemModelTester t1(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setWorkers(WorkforceService(*m_db).list(m_admin).value());
    QCOMPARE(filter.rowCount(), 5);
    filter.setStatusFilter(QStringLiteral("paused"));
    QCOMPARE(filter.rowCount(), 3);
    filter.setRoleFilter(roleId(QStringLiteral("Peer trainer")));
    QCOMPARE(filter.rowCount(), 1);
    filter.setStatusFilter({});
    filter.setRoleFilter(0);
    filter.setSearchText(QStringLiteral("model3"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearchText({});
    filter.sort(WorkerListModel::Name, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Model4 Row"));

    ComplianceModel matrix;
    ComplianceFilterModel matrixFilter;
    matrixFilter.setSourceModel(&matrix);
    QAbstractItemModelTester t3(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&matrixFilter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    matrix.setMatrix(ComplianceService(*m_db).matrix(m_admin, kToday, 30).value());
    QCOMPARE(matrix.rowCount(), 5);
    QVERIFY(matrix.columnCount() > ComplianceModel::kFixedColumns + 2);
    const QModelIndex dbsCell = matrix.index(0, ComplianceModel::kFixedColumns);
    QCOMPARE(dbsCell.data(ComplianceModel::StateRole).toInt(), int(ComplianceState::Missing));
    QVERIFY(dbsCell.data().toString().startsWith(QStringLiteral("Missing")));
    QVERIFY(dbsCell.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("DBS")));
    matrixFilter.setStateFilter(ComplianceState::Done);
    QCOMPARE(matrixFilter.rowCount(), 0);
    matrixFilter.setStateFilter(ComplianceState::Missing);
    QCOMPARE(matrixFilter.rowCount(), 5);
    matrixFilter.setRoleFilter(roleId(QStringLiteral("Peer trainer")));
    QCOMPARE(matrixFilter.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TstWorkforce)
#include "tst_workforce.moc"
