// The role x action matrix, run against the services themselves: each row logs in as a role and
// tries the action through the core service a screen (or the command line) would call. The expected
// answers are written out here from the issue and BRIEF §1, independently of core/auth/permissions.cpp.

#include "core/audit/auditlog.h"
#include "core/auth/accountservice.h"
#include "core/auth/permissions.h"
#include "core/db/database.h"
#include "core/services/backupservice.h"
#include "core/services/dashboardservice.h"
#include "core/services/demogenerator.h"
#include "core/services/personservice.h"
#include "core/services/settingsservice.h"
#include "core/supervision/supervisionservice.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using core::Actor;
using Role = core::Actor::Role;
using core::Permissions;

namespace {

const QDate kToday(2026, 11, 22);
const QString kPassword = QStringLiteral("correct horse battery");

struct Expected
{
    const char* action;
    bool admin, coordinator, supervisor, trustee, readOnly;
    bool hasService; // false: no service does this yet; the row checks the table only
};

// The specification. Trustees: aggregate figures only. Supervisors: workers' records and their own
// supervision, not the people supported. Read-only: looks things up, changes nothing, no
// supervision or lived experience. Administrators alone: settings, accounts, audit log, restore.
const Expected kSpec[] = {
    { "view_dashboard", true, true, true, true, true, true },
    { "find_people", true, true, true, false, true, true },
    { "open_worker_records", true, true, true, false, true, true },
    { "open_client_records", true, true, false, false, true, true },
    { "view_all_supervision_summaries", true, true, false, false, false, true },
    { "view_own_supervision", true, true, true, false, false, true },
    { "change_settings", true, false, false, false, false, true },
    { "manage_accounts", true, false, false, false, false, true },
    { "view_audit_log", true, false, false, false, false, true },
    { "back_up_now", true, true, true, false, false, true },
    { "restore_backup", true, false, false, false, false, true },
    { "add_demo_data", true, false, false, false, false, true },
    { "run_aggregate_reports", true, true, true, true, true, false },
    { "edit_records", true, true, false, false, false, false },
    { "view_lived_experience", true, true, false, false, false, false },
    { "record_supervision", true, true, true, false, false, false },
    { "export_records", true, true, false, false, false, false },
    { "edit_catalogues", true, true, false, false, false, false },
    { "import_data", true, false, false, false, false, false },
    { "erase_records", true, false, false, false, false, false },
};

bool expectedFor(const Expected& e, Role role)
{
    switch (role) {
    case Role::Administrator:
        return e.admin;
    case Role::Coordinator:
        return e.coordinator;
    case Role::Supervisor:
        return e.supervisor;
    case Role::Trustee:
        return e.trustee;
    case Role::ReadOnly:
        return e.readOnly;
    }
    return false;
}

} // namespace

class TstPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void specCoversEveryAction();
    void matrix_data();
    void matrix();
    void privateNotesOnlyForThoseInTheSession_data();
    void privateNotesOnlyForThoseInTheSession();
    void supervisorSeesOnlyTheirOwnSupervision();
    void trusteeCannotOpenAPersonByAnyServiceRoute();
    void trusteeDashboardIsSuppressed();
    void refusalsAreAudited();

private:
    core::Status attempt(const Actor& actor, const QString& action);
    Actor logIn(Role role);

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    qint64 m_workerOnlyPerson = 0;
    qint64 m_clientOnlyPerson = 0;
    qint64 m_supervisorWorker = 0;
    qint64 m_theirEntry = 0; // an entry m_supervisorWorker supervised, with private notes
    qint64 m_otherEntry = 0; // an entry they had no part in, with private notes
};

void TstPermissions::initTestCase()
{
    core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Minimum);
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("p.alongside")));
    QVERIFY(m_db);
    core::DemoGenerator::Options o;
    o.asAt = kToday;
    QVERIFY(core::DemoGenerator::generate(*m_db, Actor::localUser(), o));

    m_workerOnlyPerson = test::scalar(*m_db,
        QStringLiteral("SELECT w.person_id FROM worker w WHERE NOT EXISTS "
                       "(SELECT 1 FROM client c WHERE c.person_id = w.person_id) ORDER BY w.id LIMIT 1"))
                             .toLongLong();
    m_clientOnlyPerson = test::scalar(*m_db,
        QStringLiteral("SELECT c.person_id FROM client c WHERE NOT EXISTS "
                       "(SELECT 1 FROM worker w WHERE w.person_id = c.person_id) ORDER BY c.id LIMIT 1"))
                             .toLongLong();
    // A supervisor with private notes in their own sessions, and notes elsewhere they had no part in.
    m_supervisorWorker = test::scalar(*m_db,
        QStringLiteral("SELECT s.supervisor_id FROM supervision_entry s WHERE s.private_notes <> '' "
                       "AND s.supervisor_id IS NOT NULL AND EXISTS (SELECT 1 FROM supervision_entry e "
                       "WHERE e.private_notes <> '' AND COALESCE(e.supervisor_id, 0) <> s.supervisor_id "
                       "AND NOT EXISTS (SELECT 1 FROM supervision_attendee a WHERE a.entry_id = e.id "
                       "AND a.worker_id = s.supervisor_id)) ORDER BY s.id LIMIT 1"))
                             .toLongLong();
    m_theirEntry = test::scalar(*m_db,
        QStringLiteral("SELECT id FROM supervision_entry WHERE supervisor_id = %1 AND private_notes <> '' LIMIT 1")
            .arg(m_supervisorWorker))
                       .toLongLong();
    m_otherEntry = test::scalar(*m_db,
        QStringLiteral("SELECT e.id FROM supervision_entry e WHERE COALESCE(e.supervisor_id, 0) <> %1 "
                       "AND e.private_notes <> '' AND NOT EXISTS (SELECT 1 FROM supervision_attendee a "
                       "WHERE a.entry_id = e.id AND a.worker_id = %1) LIMIT 1")
            .arg(m_supervisorWorker))
                       .toLongLong();
    QVERIFY(m_workerOnlyPerson > 0 && m_clientOnlyPerson > 0 && m_supervisorWorker > 0);
    QVERIFY(m_theirEntry > 0 && m_otherEntry > 0);

    core::AccountService accounts(*m_db);
    auto admin = accounts.createFirstAdministrator(
        { QStringLiteral("admin"), QStringLiteral("Ada Admin"), Role::Administrator, 0, kPassword });
    QVERIFY2(admin, qPrintable(admin.message()));
    for (Role role : { Role::Coordinator, Role::Supervisor, Role::Trustee, Role::ReadOnly }) {
        core::NewAccount a { Permissions::roleKey(role), QString(), role,
            role == Role::Supervisor ? m_supervisorWorker : 0, kPassword };
        auto id = accounts.create(admin.value(), a);
        QVERIFY2(id, qPrintable(id.message()));
        // They choose their own password at first login; keep it the same here.
        QVERIFY(accounts.changeOwnPassword(
            Actor { a.userName, role, id.value(), a.workerId, QString() }, kPassword, kPassword + QStringLiteral("!")));
    }
}

Actor TstPermissions::logIn(Role role)
{
    core::AccountService accounts(*m_db);
    const QString name = role == Role::Administrator ? QStringLiteral("admin") : Permissions::roleKey(role);
    auto actor = accounts.logIn(name, role == Role::Administrator ? kPassword : kPassword + QStringLiteral("!"));
    if (!actor) {
        QTest::qFail(
            qPrintable(QStringLiteral("cannot log in as %1: %2").arg(name, actor.message())), __FILE__, __LINE__);
        return {};
    }
    return actor.value();
}

core::Status TstPermissions::attempt(const Actor& actor, const QString& action)
{
    auto status = [](const auto& result) { return result.status(); };
    if (action == QLatin1String("view_dashboard")) {
        return status(core::DashboardService(*m_db).counts(actor));
    }
    if (action == QLatin1String("find_people")) {
        return status(core::PersonService(*m_db).find(actor, QStringLiteral("a")));
    }
    if (action == QLatin1String("open_worker_records")) {
        return status(core::PersonService(*m_db).open(actor, m_workerOnlyPerson));
    }
    if (action == QLatin1String("open_client_records")) {
        return status(core::PersonService(*m_db).open(actor, m_clientOnlyPerson));
    }
    if (action == QLatin1String("view_own_supervision") || action == QLatin1String("view_all_supervision_summaries")) {
        auto entries = core::SupervisionService(*m_db).entries(actor, kToday.addYears(-5), kToday);
        if (!entries || action == QLatin1String("view_own_supervision")) {
            return entries.status();
        }
        // "All": does the list hold entries this user had no part in?
        for (const auto& e : entries.value()) {
            if (!e.canReadPrivateNotes) {
                return core::Status::ok();
            }
        }
        return core::Error { core::Error::Code::PermissionDenied,
            Permissions::roleName(actor.role) + QStringLiteral(" sees only their own entries"), {} };
    }
    if (action == QLatin1String("change_settings")) {
        core::SettingsService settings(*m_db);
        auto s = settings.load(actor);
        if (!s) {
            return s.status();
        }
        return settings.save(actor, s.value());
    }
    if (action == QLatin1String("manage_accounts")) {
        return status(core::AccountService(*m_db).accounts(actor));
    }
    if (action == QLatin1String("view_audit_log")) {
        return status(core::AuditLog(*m_db).entries(actor, {}));
    }
    if (action == QLatin1String("back_up_now")) {
        return status(core::BackupService(*m_db).backUpNow(actor));
    }
    if (action == QLatin1String("restore_backup")) {
        return core::BackupService::mayRestore(actor);
    }
    if (action == QLatin1String("add_demo_data")) {
        // The database is full, so an allowed role gets "only to a new, empty database" instead.
        core::Status s = core::DemoGenerator::generate(*m_db, actor, {});
        if (!s && s.error().code == core::Error::Code::InvalidInput) {
            return core::Status::ok();
        }
        return s.isOk() ? core::Status(core::Error { core::Error::Code::Database, QStringLiteral("added twice"), {} })
                        : s;
    }
    return core::Error { core::Error::Code::InvalidInput, QStringLiteral("no service for ") + action, {} };
}

void TstPermissions::specCoversEveryAction()
{
    QStringList specified;
    for (const Expected& e : kSpec) {
        specified << QString::fromLatin1(e.action);
    }
    for (Permissions::Action a : Permissions::allActions()) {
        QVERIFY2(specified.contains(Permissions::key(a)), qPrintable(Permissions::key(a)));
    }
    QCOMPARE(specified.size(), Permissions::allActions().size());
}

void TstPermissions::matrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("hasService");
    for (const Expected& e : kSpec) {
        for (Role role : Permissions::allRoles()) {
            const bool allowed = expectedFor(e, role);
            const QString row
                = QStringLiteral("%1 %2 %3")
                      .arg(Permissions::roleKey(role), allowed ? QStringLiteral("may") : QStringLiteral("may not"),
                          QString::fromLatin1(e.action));
            QTest::newRow(qPrintable(row)) << int(role) << QString::fromLatin1(e.action) << allowed << e.hasService;
        }
    }
}

void TstPermissions::matrix()
{
    QFETCH(int, role);
    QFETCH(QString, action);
    QFETCH(bool, allowed);
    QFETCH(bool, hasService);
    const Actor actor = logIn(Role(role));
    QVERIFY(actor.accountId > 0);
    Permissions::Action a {};
    bool known = false;
    for (Permissions::Action candidate : Permissions::allActions()) {
        if (Permissions::key(candidate) == action) {
            a = candidate;
            known = true;
        }
    }
    QVERIFY(known);
    QCOMPARE(Permissions::allowed(Role(role), a), allowed);
    if (!hasService) {
        return;
    }
    const core::Status s = attempt(actor, action);
    if (allowed) {
        QVERIFY2(s, qPrintable(s.message()));
    } else {
        QVERIFY(!s);
        QCOMPARE(s.error().code, core::Error::Code::PermissionDenied);
        QVERIFY2(s.message().contains(Permissions::roleName(Role(role))), qPrintable(s.message()));
    }
}

void TstPermissions::privateNotesOnlyForThoseInTheSession_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("ownEntry");
    QTest::addColumn<bool>("allowed");
    for (Role role : Permissions::allRoles()) {
        // Only the supervisor account is linked to a worker who was in a session.
        QTest::newRow(qPrintable(Permissions::roleKey(role) + QStringLiteral(" and an entry they had no part in")))
            << int(role) << false << false;
        QTest::newRow(qPrintable(Permissions::roleKey(role) + QStringLiteral(" and the supervisor's own entry")))
            << int(role) << true << (role == Role::Supervisor);
    }
}

void TstPermissions::privateNotesOnlyForThoseInTheSession()
{
    QFETCH(int, role);
    QFETCH(bool, ownEntry);
    QFETCH(bool, allowed);
    const Actor actor = logIn(Role(role));
    auto notes = core::SupervisionService(*m_db).privateNotes(actor, ownEntry ? m_theirEntry : m_otherEntry);
    QCOMPARE(notes.isOk(), allowed);
    if (allowed) {
        QCOMPARE(notes.value(),
            test::scalar(
                *m_db, QStringLiteral("SELECT private_notes FROM supervision_entry WHERE id = %1").arg(m_theirEntry))
                .toString());
    } else {
        QCOMPARE(notes.error().code, core::Error::Code::PermissionDenied);
    }
}

void TstPermissions::supervisorSeesOnlyTheirOwnSupervision()
{
    const Actor supervisor = logIn(Role::Supervisor);
    auto mine = core::SupervisionService(*m_db).entries(supervisor, kToday.addYears(-5), kToday);
    QVERIFY(mine);
    QVERIFY(!mine.value().isEmpty());
    for (const auto& e : mine.value()) {
        QVERIFY(e.supervisorWorkerId == m_supervisorWorker || e.superviseeWorkerIds.contains(m_supervisorWorker));
        QVERIFY(e.canReadPrivateNotes);
    }
    const Actor coordinator = logIn(Role::Coordinator);
    auto all = core::SupervisionService(*m_db).entries(coordinator, kToday.addYears(-5), kToday);
    QVERIFY(all);
    QCOMPARE(all.value().size(),
        test::scalar(*m_db,
            QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE held_on BETWEEN '%1' AND '%2'")
                .arg(kToday.addYears(-5).toString(Qt::ISODate), kToday.toString(Qt::ISODate)))
            .toInt());
    for (const auto& e : all.value()) {
        QVERIFY(!e.canReadPrivateNotes); // the coordinator account is no one's supervisor or supervisee
    }
}

void TstPermissions::trusteeCannotOpenAPersonByAnyServiceRoute()
{
    const Actor trustee = logIn(Role::Trustee);
    core::PersonService people(*m_db);
    QCOMPARE(people.find(trustee, QString()).error().code, core::Error::Code::PermissionDenied);
    const QList<qint64> everyone = { m_workerOnlyPerson, m_clientOnlyPerson,
        test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM person")).toLongLong() };
    for (qint64 id : everyone) {
        auto opened = people.open(trustee, id);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, core::Error::Code::PermissionDenied);
    }
    QCOMPARE(core::SupervisionService(*m_db).entries(trustee, kToday.addYears(-5), kToday).error().code,
        core::Error::Code::PermissionDenied);
    QCOMPARE(core::AccountService(*m_db).linkableWorkers(trustee).error().code, core::Error::Code::PermissionDenied);
    QCOMPARE(core::AuditLog(*m_db).entries(trustee, {}).error().code, core::Error::Code::PermissionDenied);
}

void TstPermissions::trusteeDashboardIsSuppressed()
{
    auto admin = core::DashboardService(*m_db).counts(logIn(Role::Administrator));
    auto trustee = core::DashboardService(*m_db).counts(logIn(Role::Trustee));
    QVERIFY(admin && trustee);
    QCOMPARE(admin.value().suppressBelow, 0);
    QCOMPARE(trustee.value().suppressBelow, 5);
    QVERIFY(trustee.value().isSuppressed(4));
    QVERIFY(trustee.value().isSuppressed(1));
    QVERIFY(!trustee.value().isSuppressed(0));
    QVERIFY(!trustee.value().isSuppressed(5));
    QVERIFY(!admin.value().isSuppressed(1));
}

void TstPermissions::refusalsAreAudited()
{
    const Actor trustee = logIn(Role::Trustee);
    const qint64 before = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    QVERIFY(!core::PersonService(*m_db).open(trustee, m_clientOnlyPerson));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), before + 1);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT action || ' ' || user_name || ' ' || entity || ' ' || record_id "
                                "FROM audit_log ORDER BY seq DESC LIMIT 1"))
                 .toString(),
        QStringLiteral("refused trustee person %1").arg(m_clientOnlyPerson));
    const Actor coordinator = logIn(Role::Coordinator);
    QVERIFY(core::PersonService(*m_db).open(coordinator, m_clientOnlyPerson));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT action || ' ' || user_name || ' ' || fields FROM audit_log "
                                "ORDER BY seq DESC LIMIT 1"))
                 .toString(),
        QStringLiteral("view coordinator given_name,family_name,known_as,date_of_birth,email,phone,postcode,referral,"
                       "session"));
    auto verified = core::AuditLog(*m_db).verify();
    QVERIFY(verified);
    QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
}

QTEST_GUILESS_MAIN(TstPermissions)
#include "tst_permissions.moc"
