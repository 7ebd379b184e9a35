// Supervision: when each worker is next due (role intervals, role changes, pauses, group sessions),
// saving whole records with their validation and permissions, private notes, undo, arrangements,
// themes, actions, the compliance table and the supervisor's view, wellbeing, every export path
// (none may carry private notes) and the upgrade from schema version 4. All with a fixed today.

#include "core/audit/auditlog.h"
#include "core/db/database.h"
#include "core/reports/csvfile.h"
#include "core/services/settingsservice.h"
#include "core/supervision/supervisionreport.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/compliance.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace alongside;
using namespace alongside::core;
using Role = Actor::Role;

namespace {

const QDate kToday(2026, 11, 22);

Actor as(Role role, qint64 workerId = 0, const QString& userName = QStringLiteral("tester"))
{
    Actor a = Actor::localUser();
    a.role = role;
    a.userName = userName;
    a.accountId = 0;
    a.workerId = workerId;
    return a;
}

/** "Volunteer peer mentor:2026-01-01:" (no end) or "...:2026-01-01:2026-10-31". */
struct RoleSpan
{
    QString role;
    QDate from;
    QDate to;
};

/** "active:2026-01-01". */
struct StatusAt
{
    QString status;
    QDate since;
};

const QString kVolunteer = QStringLiteral("Volunteer peer mentor"); // monthly (30 days)
const QString kEmployed = QStringLiteral("Employed peer support worker"); // fortnightly (14 days)
const QString kPartner = QStringLiteral("Partner staff"); // no supervision expected

} // namespace

Q_DECLARE_METATYPE(QList<RoleSpan>)
Q_DECLARE_METATYPE(QList<StatusAt>)
Q_DECLARE_METATYPE(alongside::core::SupervisionDueState)
Q_DECLARE_METATYPE(std::function<void(alongside::core::SupervisionEntry&)>)

using EntryChange = std::function<void(SupervisionEntry&)>;

class TstSupervision : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // When supervision is due.
    void dueDates_data();
    void dueDates();
    void groupSessionCountsForEachAttendee();
    void states_data();
    void states();
    void dueOnTheDayIsNotOverdue();

    // Saving whole records.
    void validation_data();
    void validation();
    void saveAndReadBack();
    void savingChangesOnlyWhatChangedAndAuditsFieldNames();

    // Private notes.
    void privateNotesRules();
    void privateNotesNeverExported();

    // Who may do what.
    void rolesThatMayNotRead_data();
    void rolesThatMayNotRead();
    void supervisorsWorkOnlyOnTheirOwnSessions();
    void coordinatorsSeeEveryoneButNotPrivateNotes();

    // Undo, arrangements, themes, actions.
    void removeAndUndoRecreatesWithTheSameIds();
    void arrangements();
    void arrangementValidation_data();
    void arrangementValidation();
    void themes();
    void actions();

    // The tables and the chart.
    void complianceRows();
    void superviseesView();
    void currentArrangementsForCoordinators();
    void summariesSayWhetherSignedOff();
    void wellbeingPoints();
    void reportTexts();
    void exportAndPrintAreAudited();

    // Upgrade.
    void upgradeFromVersion4KeepsWhatWasWritten();

private:
    qint64 addWorker(const QString& given, const QList<RoleSpan>& roles, const QList<StatusAt>& statuses,
        const QString& family = QStringLiteral("Worker"));
    qint64 addWorker(const QString& given, const QString& role, const QString& family = QStringLiteral("Worker"));
    qint64 themeId(const QString& name);
    SupervisionEntry oneToOne(const QDate& heldOn, qint64 supervisee, qint64 supervisor) const;
    qint64 save(const SupervisionEntry& e, const Actor& actor);
    qint64 session(const QDate& heldOn, const QList<qint64>& supervisees, qint64 supervisor = 0);
    int auditCount(const QString& action, const QString& entity, const QString& recordId = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<Database> m_db;
    Actor m_admin = Actor::localUser();
    // People every test starts with: a coordinator and a supervisor (both workers), and two supervisees.
    qint64 m_coordinator = 0;
    qint64 m_supervisor = 0;
    qint64 m_asha = 0;
    qint64 m_ben = 0;
};

void TstSupervision::init()
{
    m_clock.reset();
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("s.alongside")));
    QVERIFY(m_db);
    m_coordinator = addWorker(QStringLiteral("Cora"), QStringLiteral("Coordinator"), QStringLiteral("Coord"));
    m_supervisor = addWorker(QStringLiteral("Sam"), QStringLiteral("Peer supervisor"), QStringLiteral("Super"));
    m_asha = addWorker(QStringLiteral("Asha"), kVolunteer, QStringLiteral("Khan"));
    m_ben = addWorker(QStringLiteral("Ben"), kVolunteer, QStringLiteral("Adams"));
    QVERIFY(m_coordinator && m_supervisor && m_asha && m_ben);
}

void TstSupervision::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TstSupervision::addWorker(
    const QString& given, const QList<RoleSpan>& roles, const QList<StatusAt>& statuses, const QString& family)
{
    WorkforceService workforce(*m_db);
    WorkerProfile p;
    p.givenName = given;
    p.familyName = family;
    const StatusAt first
        = statuses.isEmpty() ? StatusAt { QStringLiteral("active"), QDate(2026, 1, 1) } : statuses.first();
    StatusChange change { 0, 0, first.status, first.since, {} };
    if (first.status == QLatin1String("paused") || first.status == QLatin1String("left")) {
        change.reason = QStringLiteral("own health");
    }
    auto id = workforce.createWorker(m_admin, p, change);
    if (!id) {
        qWarning() << "createWorker:" << id.error().message;
        return 0;
    }
    for (int i = 1; i < statuses.size(); ++i) {
        StatusChange c { 0, id.value(), statuses[i].status, statuses[i].since, {} };
        if (c.status == QLatin1String("paused") || c.status == QLatin1String("left")) {
            c.reason = QStringLiteral("own health");
        }
        if (auto s = workforce.saveStatus(m_admin, c); !s) {
            qWarning() << "saveStatus:" << s.error().message;
            return 0;
        }
    }
    for (const RoleSpan& span : roles) {
        RoleAssignment r;
        r.workerId = id.value();
        r.roleTypeId = test::scalar(*m_db, QStringLiteral("SELECT id FROM role_type WHERE name = '%1'").arg(span.role))
                           .toLongLong();
        r.startsOn = span.from;
        r.endsOn = span.to;
        if (auto s = workforce.saveRole(m_admin, r); !s) {
            qWarning() << "saveRole:" << s.error().message;
            return 0;
        }
    }
    return id.value();
}

qint64 TstSupervision::addWorker(const QString& given, const QString& role, const QString& family)
{
    return addWorker(given, { RoleSpan { role, QDate(2026, 1, 1), QDate() } },
        { StatusAt { QStringLiteral("active"), QDate(2026, 1, 1) } }, family);
}

qint64 TstSupervision::themeId(const QString& name)
{
    return test::scalar(*m_db, QStringLiteral("SELECT id FROM supervision_theme WHERE name = '%1'").arg(name))
        .toLongLong();
}

SupervisionEntry TstSupervision::oneToOne(const QDate& heldOn, qint64 supervisee, qint64 supervisor) const
{
    SupervisionEntry e;
    e.heldOn = heldOn;
    e.durationMinutes = 60;
    e.kind = QString::fromLatin1(supervision::kReflective);
    e.format = QString::fromLatin1(supervision::kInPerson);
    e.supervisorWorkerId = supervisor;
    e.supervisorKind = QString::fromLatin1(supervision::kPeer);
    SupervisionAttendee a;
    a.workerId = supervisee;
    e.attendees << a;
    return e;
}

qint64 TstSupervision::save(const SupervisionEntry& e, const Actor& actor)
{
    auto id = SupervisionService(*m_db).saveEntry(actor, e);
    if (!id) {
        qWarning() << "saveEntry:" << id.error().message;
        return 0;
    }
    return id.value();
}

qint64 TstSupervision::session(const QDate& heldOn, const QList<qint64>& supervisees, qint64 supervisor)
{
    SupervisionEntry e = oneToOne(heldOn, supervisees.first(), supervisor ? supervisor : m_supervisor);
    if (supervisees.size() > 1) {
        e.kind = QString::fromLatin1(supervision::kGroupReflective);
        for (int i = 1; i < supervisees.size(); ++i) {
            SupervisionAttendee a;
            a.workerId = supervisees[i];
            e.attendees << a;
        }
    }
    return save(e, m_admin);
}

int TstSupervision::auditCount(const QString& action, const QString& entity, const QString& recordId)
{
    QString sql
        = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1' AND entity = '%2'").arg(action, entity);
    if (!recordId.isEmpty()) {
        sql += QStringLiteral(" AND record_id = '%1'").arg(recordId);
    }
    return test::scalar(*m_db, sql).toInt();
}

// ---- when supervision is due ----------------------------------------------------------------------------

void TstSupervision::dueDates_data()
{
    QTest::addColumn<QList<RoleSpan>>("roles");
    QTest::addColumn<QList<StatusAt>>("statuses");
    QTest::addColumn<QList<QDate>>("sessions");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QDate>("due"); // null: not expected to have supervision (absent)

    const QDate jan(2026, 1, 1);
    const QList<StatusAt> active { { QStringLiteral("active"), jan } };
    const QList<QDate> nov5 { QDate(2026, 11, 5) };

    QTest::newRow("monthly role: 30 days after the last session")
        << QList<RoleSpan> { { kVolunteer, jan, {} } } << active << nov5 << kToday << QDate(2026, 12, 5);
    QTest::newRow("fortnightly role: 14 days after the last session")
        << QList<RoleSpan> { { kEmployed, jan, {} } } << active << nov5 << kToday << QDate(2026, 11, 19);
    QTest::newRow("two roles: the shorter interval counts")
        << QList<RoleSpan> { { kVolunteer, jan, {} }, { kEmployed, QDate(2026, 6, 1), {} } } << active << nov5 << kToday
        << QDate(2026, 11, 19);
    QTest::newRow("a role with no interval beside one with: the one with counts")
        << QList<RoleSpan> { { kPartner, jan, {} }, { kVolunteer, jan, {} } } << active << nov5 << kToday
        << QDate(2026, 12, 5);
    QTest::newRow("last session is the latest one before the day, whatever order they were logged")
        << QList<RoleSpan> { { kVolunteer, jan, {} } } << active
        << QList<QDate> { QDate(2026, 11, 1), QDate(2026, 10, 1), QDate(2026, 11, 10) } << kToday
        << QDate(2026, 12, 10);
    QTest::newRow("role change after the last session: the new interval from that session")
        << QList<RoleSpan> { { kVolunteer, jan, QDate(2026, 11, 10) }, { kEmployed, QDate(2026, 11, 11), {} } }
        << active << nov5 << kToday << QDate(2026, 11, 19);
    QTest::newRow("role change before the last session: the new interval from that session")
        << QList<RoleSpan> { { kEmployed, jan, QDate(2026, 10, 31) }, { kVolunteer, QDate(2026, 11, 1), {} } } << active
        << nov5 << kToday << QDate(2026, 12, 5);
    QTest::newRow("before a role change, the old role's interval")
        << QList<RoleSpan> { { kVolunteer, jan, QDate(2026, 11, 10) }, { kEmployed, QDate(2026, 11, 11), {} } }
        << active << nov5 << QDate(2026, 11, 8) << QDate(2026, 12, 5);
    QTest::newRow("taking on a role after a gap gives a full interval from its start")
        << QList<RoleSpan> { { kVolunteer, QDate(2025, 1, 1), QDate(2025, 12, 31) },
               { kPartner, QDate(2026, 1, 1), {} }, { kVolunteer, QDate(2026, 11, 1), {} } }
        << QList<StatusAt> { { QStringLiteral("active"), QDate(2025, 1, 1) } } << QList<QDate> { QDate(2025, 12, 15) }
        << kToday << QDate(2026, 12, 1);
    QTest::newRow("only a role with no interval: absent")
        << QList<RoleSpan> { { kPartner, jan, {} } } << active << nov5 << kToday << QDate();
    QTest::newRow("role ended before the day: absent")
        << QList<RoleSpan> { { kVolunteer, jan, QDate(2026, 10, 31) } } << active << nov5 << kToday << QDate();
    QTest::newRow("role not started by the day: absent")
        << QList<RoleSpan> { { kVolunteer, QDate(2026, 11, 23), {} } } << active << QList<QDate>() << kToday << QDate();
    QTest::newRow("paused: absent") << QList<RoleSpan> { { kVolunteer, jan, {} } }
                                    << QList<StatusAt> { { QStringLiteral("active"), jan },
                                           { QStringLiteral("paused"), QDate(2026, 10, 1) } }
                                    << QList<QDate> { QDate(2026, 9, 1) } << kToday << QDate();
    QTest::newRow("left: absent") << QList<RoleSpan> { { kVolunteer, jan,
        {} } } << QList<StatusAt> { { QStringLiteral("active"), jan }, { QStringLiteral("left"), QDate(2026, 10, 1) } }
                                  << QList<QDate> { QDate(2026, 9, 1) } << kToday << QDate();
    QTest::newRow("in training: absent") << QList<RoleSpan> { { kVolunteer, jan, {} } }
                                         << QList<StatusAt> { { QStringLiteral("in_training"), jan } } << QList<QDate>()
                                         << kToday << QDate();
    QTest::newRow("coming back from a pause gives a full interval from the return")
        << QList<RoleSpan> { { kVolunteer, jan, {} } }
        << QList<StatusAt> { { QStringLiteral("active"), jan }, { QStringLiteral("paused"), QDate(2026, 6, 1) },
               { QStringLiteral("active"), QDate(2026, 11, 10) } }
        << QList<QDate> { QDate(2026, 5, 20) } << kToday << QDate(2026, 12, 10);
    QTest::newRow("a session after coming back counts from that session")
        << QList<RoleSpan> { { kVolunteer, jan, {} } }
        << QList<StatusAt> { { QStringLiteral("active"), jan }, { QStringLiteral("paused"), QDate(2026, 6, 1) },
               { QStringLiteral("active"), QDate(2026, 11, 2) } }
        << QList<QDate> { QDate(2026, 5, 20), QDate(2026, 11, 12) } << kToday << QDate(2026, 12, 12);
    QTest::newRow("while paused, the day asked about before the pause still counts")
        << QList<RoleSpan> { { kVolunteer, jan, {} } }
        << QList<StatusAt> { { QStringLiteral("active"), jan }, { QStringLiteral("paused"), QDate(2026, 10, 1) } }
        << QList<QDate> { QDate(2026, 9, 1) } << QDate(2026, 9, 15) << QDate(2026, 10, 1);
    QTest::newRow("never supervised: from becoming active")
        << QList<RoleSpan> { { kVolunteer, jan, {} } }
        << QList<StatusAt> { { QStringLiteral("in_training"), jan }, { QStringLiteral("active"), QDate(2026, 11, 2) } }
        << QList<QDate>() << kToday << QDate(2026, 12, 2);
    QTest::newRow("never supervised: from taking on the role")
        << QList<RoleSpan> { { kVolunteer, QDate(2026, 11, 1), {} } } << active << QList<QDate>() << kToday
        << QDate(2026, 12, 1);
    QTest::newRow("a session after the day asked about is ignored")
        << QList<RoleSpan> { { kVolunteer, jan, {} } } << active
        << QList<QDate> { QDate(2026, 11, 5), QDate(2026, 11, 21) } << QDate(2026, 11, 20) << QDate(2026, 12, 5);
    QTest::newRow("a session on the day asked about counts")
        << QList<RoleSpan> { { kVolunteer, jan, {} } } << active
        << QList<QDate> { QDate(2026, 11, 5), QDate(2026, 11, 20) } << QDate(2026, 11, 20) << QDate(2026, 12, 20);
}

void TstSupervision::dueDates()
{
    QFETCH(QList<RoleSpan>, roles);
    QFETCH(QList<StatusAt>, statuses);
    QFETCH(QList<QDate>, sessions);
    QFETCH(QDate, asOf);
    QFETCH(QDate, due);
    const qint64 worker = addWorker(QStringLiteral("Dana"), roles, statuses, QStringLiteral("Due"));
    QVERIFY(worker);
    for (const QDate& day : sessions) {
        QVERIFY(session(day, { worker }));
    }
    auto result = SupervisionService::supervisionDue(*m_db, asOf);
    QVERIFY(result);
    if (due.isValid()) {
        QVERIFY(result.value().contains(worker));
        QCOMPARE(result.value().value(worker), due);
    } else {
        QVERIFY(!result.value().contains(worker));
    }
    // The compliance table says the same, with its state.
    auto table = SupervisionService(*m_db).compliance(m_admin, asOf, 7);
    QVERIFY(table);
    const auto row = std::find_if(table.value().rows.cbegin(), table.value().rows.cend(),
        [worker](const SupervisionStatus& s) { return s.workerId == worker; });
    QCOMPARE(row != table.value().rows.cend(), due.isValid());
    if (due.isValid()) {
        QCOMPARE(row->nextDue, due);
        QCOMPARE(row->state, SupervisionService::stateFor(due, asOf, 7));
        QCOMPARE(row->overdueDays, due < asOf ? int(due.daysTo(asOf)) : 0);
    }
}

void TstSupervision::groupSessionCountsForEachAttendee()
{
    const qint64 cara = addWorker(QStringLiteral("Cara"), kEmployed, QStringLiteral("Brown"));
    // Before: all three counted from 1 January, when they started.
    auto before = SupervisionService::supervisionDue(*m_db, kToday);
    QVERIFY(before);
    QCOMPARE(before.value().value(m_asha), QDate(2026, 1, 31));
    QCOMPARE(before.value().value(cara), QDate(2026, 1, 15));
    QVERIFY(session(QDate(2026, 11, 18), { m_asha, m_ben, cara }));
    auto after = SupervisionService::supervisionDue(*m_db, kToday);
    QVERIFY(after);
    QCOMPARE(after.value().value(m_asha), QDate(2026, 12, 18));
    QCOMPARE(after.value().value(m_ben), QDate(2026, 12, 18));
    QCOMPARE(after.value().value(cara), QDate(2026, 12, 2)); // fortnightly
    // The supervisor who led it is not supervised by leading it.
    QCOMPARE(after.value().value(m_supervisor), QDate(2026, 1, 31));
    auto table = SupervisionService(*m_db).compliance(m_admin, kToday, 7);
    QVERIFY(table);
    for (const SupervisionStatus& s : table.value().rows) {
        if (s.workerId == m_asha || s.workerId == m_ben || s.workerId == cara) {
            QCOMPARE(s.lastHeldOn, QDate(2026, 11, 18));
            QCOMPARE(s.lastKind, QStringLiteral("group_reflective"));
            QVERIFY(s.state != SupervisionDueState::Overdue);
        }
    }
}

void TstSupervision::states_data()
{
    QTest::addColumn<QDate>("nextDue");
    QTest::addColumn<int>("dueSoonDays");
    QTest::addColumn<SupervisionDueState>("state");

    QTest::newRow("due yesterday: overdue") << kToday.addDays(-1) << 7 << SupervisionDueState::Overdue;
    QTest::newRow("due a month ago: overdue") << kToday.addDays(-30) << 7 << SupervisionDueState::Overdue;
    QTest::newRow("due today: due soon, not overdue") << kToday << 7 << SupervisionDueState::DueSoon;
    QTest::newRow("due tomorrow: due soon") << kToday.addDays(1) << 7 << SupervisionDueState::DueSoon;
    QTest::newRow("due at the end of the window: due soon") << kToday.addDays(7) << 7 << SupervisionDueState::DueSoon;
    QTest::newRow("due the day after the window: up to date")
        << kToday.addDays(8) << 7 << SupervisionDueState::UpToDate;
    QTest::newRow("a wider window") << kToday.addDays(8) << 14 << SupervisionDueState::DueSoon;
    QTest::newRow("a one-day window") << kToday.addDays(2) << 1 << SupervisionDueState::UpToDate;
}

void TstSupervision::states()
{
    QFETCH(QDate, nextDue);
    QFETCH(int, dueSoonDays);
    QFETCH(SupervisionDueState, state);
    QCOMPARE(SupervisionService::stateFor(nextDue, kToday, dueSoonDays), state);
}

void TstSupervision::dueOnTheDayIsNotOverdue()
{
    // Monthly: a session on 23 October makes the next due today; one on 22 October, yesterday.
    QVERIFY(session(QDate(2026, 10, 23), { m_asha }));
    QVERIFY(session(QDate(2026, 10, 22), { m_ben }));
    auto table = SupervisionService(*m_db).compliance(m_admin, kToday, 7);
    QVERIFY(table);
    QHash<qint64, SupervisionStatus> byId;
    for (const SupervisionStatus& s : table.value().rows) {
        byId.insert(s.workerId, s);
    }
    QCOMPARE(byId.value(m_asha).nextDue, kToday);
    QCOMPARE(byId.value(m_asha).state, SupervisionDueState::DueSoon);
    QCOMPARE(byId.value(m_asha).overdueDays, 0);
    QCOMPARE(SupervisionReport::stateText(byId.value(m_asha), kToday), QStringLiteral("Due today"));
    QCOMPARE(byId.value(m_ben).nextDue, kToday.addDays(-1));
    QCOMPARE(byId.value(m_ben).state, SupervisionDueState::Overdue);
    QCOMPARE(byId.value(m_ben).overdueDays, 1);
    QCOMPARE(SupervisionReport::stateText(byId.value(m_ben), kToday), QStringLiteral("Overdue by 1 day"));
    // The dashboard's list holds Ben (and the two never supervised since January), not Asha.
    auto overdue = SupervisionService(*m_db).overdue(m_admin, kToday);
    QVERIFY(overdue);
    QStringList names;
    for (const SupervisionStatus& s : overdue.value()) {
        names << s.name;
    }
    QCOMPARE(
        names, QStringList({ QStringLiteral("Cora Coord"), QStringLiteral("Sam Super"), QStringLiteral("Ben Adams") }));
    QCOMPARE(overdue.value().last().overdueDays, 1);
}

// ---- saving whole records -------------------------------------------------------------------------------

void TstSupervision::validation_data()
{
    QTest::addColumn<EntryChange>("change");
    QTest::addColumn<QString>("messagePart"); // empty: accepted

    QTest::newRow("a plain record is accepted") << EntryChange([](SupervisionEntry&) {}) << QString();
    QTest::newRow("no date") << EntryChange([](SupervisionEntry& e) { e.heldOn = QDate(); })
                             << QStringLiteral("Enter the date");
    QTest::newRow("tomorrow") << EntryChange([](SupervisionEntry& e) { e.heldOn = kToday.addDays(1); })
                              << QStringLiteral("in the future");
    QTest::newRow("today is fine") << EntryChange([](SupervisionEntry& e) { e.heldOn = kToday; }) << QString();
    QTest::newRow("absurdly old") << EntryChange([](SupervisionEntry& e) { e.heldOn = QDate(1996, 11, 21); })
                                  << QStringLiteral("more than 20 years ago");
    QTest::newRow("no minutes") << EntryChange([](SupervisionEntry& e) { e.durationMinutes = 0; })
                                << QStringLiteral("between 1 and 600 minutes");
    QTest::newRow("601 minutes") << EntryChange([](SupervisionEntry& e) { e.durationMinutes = 601; })
                                 << QStringLiteral("between 1 and 600 minutes");
    QTest::newRow("600 minutes is fine") << EntryChange([](SupervisionEntry& e) { e.durationMinutes = 600; })
                                         << QString();
    QTest::newRow("unknown type") << EntryChange([](SupervisionEntry& e) { e.kind = QStringLiteral("chat"); })
                                  << QStringLiteral("type of session");
    QTest::newRow("unknown format") << EntryChange([](SupervisionEntry& e) { e.format = QString(); })
                                    << QStringLiteral("how the session was held");
    QTest::newRow("no one supervised") << EntryChange([](SupervisionEntry& e) { e.attendees.clear(); })
                                       << QStringLiteral("Add the person who was supervised");
    QTest::newRow("a group with no one") << EntryChange([](SupervisionEntry& e) {
        e.kind = QString::fromLatin1(supervision::kGroupReflective);
        e.attendees.clear();
    }) << QStringLiteral("Add the people who took part");
    QTest::newRow("one-to-one with two people") << EntryChange([this](SupervisionEntry& e) {
        e.attendees << SupervisionAttendee { m_ben, {}, {}, {}, {} };
    }) << QStringLiteral("is one-to-one");
    QTest::newRow("a debrief is one-to-one too") << EntryChange([this](SupervisionEntry& e) {
        e.kind = QString::fromLatin1(supervision::kDebrief);
        e.attendees << SupervisionAttendee { m_ben, {}, {}, {}, {} };
    }) << QStringLiteral("Debrief after an incident is one-to-one");
    QTest::newRow("a group of two is fine") << EntryChange([this](SupervisionEntry& e) {
        e.kind = QString::fromLatin1(supervision::kGroupReflective);
        e.attendees << SupervisionAttendee { m_ben, {}, {}, {}, {} };
    }) << QString();
    QTest::newRow("a group of one is fine")
        << EntryChange([](SupervisionEntry& e) { e.kind = QString::fromLatin1(supervision::kGroupReflective); })
        << QString();
    QTest::newRow("the same person twice") << EntryChange([this](SupervisionEntry& e) {
        e.kind = QString::fromLatin1(supervision::kGroupReflective);
        e.attendees << SupervisionAttendee { m_asha, QStringLiteral("Asha Khan"), {}, {}, {} };
    }) << QStringLiteral("Asha Khan is listed twice");
    QTest::newRow("the supervisor among the supervisees")
        << EntryChange([this](SupervisionEntry& e) { e.supervisorWorkerId = m_asha; })
        << QStringLiteral("cannot also be one of the people supervised");
    QTest::newRow("no supervisor at all") << EntryChange([](SupervisionEntry& e) {
        e.supervisorWorkerId = 0;
        e.supervisorKind = QString::fromLatin1(supervision::kExternal);
    }) << QStringLiteral("Choose the supervisor");
    QTest::newRow("external with a name") << EntryChange([](SupervisionEntry& e) {
        e.supervisorWorkerId = 0;
        e.externalSupervisor = QStringLiteral("Dr Lee, Calder Bridge Psychology");
        e.supervisorKind = QString::fromLatin1(supervision::kExternal);
    }) << QString();
    QTest::newRow("external named as a peer") << EntryChange([](SupervisionEntry& e) {
        e.supervisorWorkerId = 0;
        e.externalSupervisor = QStringLiteral("Dr Lee");
        e.supervisorKind = QString::fromLatin1(supervision::kPeer);
    }) << QStringLiteral("set the kind of supervisor to External");
    QTest::newRow("a worker named as external")
        << EntryChange([](SupervisionEntry& e) { e.supervisorKind = QString::fromLatin1(supervision::kExternal); })
        << QStringLiteral("peer or a non-peer");
    QTest::newRow("a worker and an outside name")
        << EntryChange([](SupervisionEntry& e) { e.externalSupervisor = QStringLiteral("Dr Lee"); })
        << QStringLiteral("not both");
    QTest::newRow("a non-peer supervisor is fine")
        << EntryChange([](SupervisionEntry& e) { e.supervisorKind = QString::fromLatin1(supervision::kNonPeer); })
        << QString();
    QTest::newRow("check-in of 11") << EntryChange([](SupervisionEntry& e) { e.attendees[0].wellbeingIn = 11; })
                                    << QStringLiteral("scores from 0 to 10");
    QTest::newRow("check-out of -1") << EntryChange([](SupervisionEntry& e) { e.attendees[0].wellbeingOut = -1; })
                                     << QStringLiteral("scores from 0 to 10");
    QTest::newRow("check-in 0 and check-out 10 are fine") << EntryChange([](SupervisionEntry& e) {
        e.attendees[0].wellbeingIn = 0;
        e.attendees[0].wellbeingOut = 10;
    }) << QString();
    QTest::newRow("supervisor signed before the session")
        << EntryChange([](SupervisionEntry& e) { e.supervisorSignedOn = e.heldOn.addDays(-1); })
        << QStringLiteral("The supervisor's sign-off is dated before the session");
    QTest::newRow("supervisor signed tomorrow")
        << EntryChange([](SupervisionEntry& e) { e.supervisorSignedOn = kToday.addDays(1); })
        << QStringLiteral("The supervisor's sign-off is dated in the future");
    QTest::newRow("supervisee signed before the session") << EntryChange([](SupervisionEntry& e) {
        e.attendees[0].name = QStringLiteral("Asha Khan");
        e.attendees[0].signedOn = e.heldOn.addDays(-2);
    }) << QStringLiteral("The sign-off by Asha Khan is dated before the session");
    QTest::newRow("supervisee signed tomorrow")
        << EntryChange([](SupervisionEntry& e) { e.attendees[0].signedOn = kToday.addDays(1); })
        << QStringLiteral("in the future");
    QTest::newRow("both signed on the day is fine") << EntryChange([](SupervisionEntry& e) {
        e.supervisorSignedOn = e.heldOn;
        e.attendees[0].signedOn = e.heldOn;
    }) << QString();
    QTest::newRow("an action with no description") << EntryChange([](SupervisionEntry& e) {
        SupervisionAction a;
        a.description = QStringLiteral("  ");
        e.actions << a;
    }) << QStringLiteral("Describe each agreed action");
    QTest::newRow("an action done before the session") << EntryChange([](SupervisionEntry& e) {
        SupervisionAction a;
        a.description = QStringLiteral("Read the boundaries guide");
        a.doneOn = e.heldOn.addDays(-1);
        e.actions << a;
    }) << QStringLiteral("marked done before the session");
    QTest::newRow("an action done tomorrow") << EntryChange([](SupervisionEntry& e) {
        SupervisionAction a;
        a.description = QStringLiteral("Read the boundaries guide");
        a.doneOn = kToday.addDays(1);
        e.actions << a;
    }) << QStringLiteral("done on a day in the future");
    QTest::newRow("an action due before the session") << EntryChange([](SupervisionEntry& e) {
        SupervisionAction a;
        a.description = QStringLiteral("Read the boundaries guide");
        a.dueOn = e.heldOn.addDays(-1);
        e.actions << a;
    }) << QStringLiteral("due before the session");
    QTest::newRow("an action due later, owned by someone outside, is fine") << EntryChange([](SupervisionEntry& e) {
        SupervisionAction a;
        a.description = QStringLiteral("Send the referral pathway");
        a.ownerText = QStringLiteral("Practice manager");
        a.dueOn = kToday.addDays(30);
        e.actions << a;
    }) << QString();
    QTest::newRow("a theme that does not exist")
        << EntryChange([](SupervisionEntry& e) { e.themeIds << 9999; }) << QStringLiteral("Choose the themes again");
    QTest::newRow("a supervisee with no record")
        << EntryChange([](SupervisionEntry& e) { e.attendees[0].workerId = 9999; })
        << QStringLiteral("no longer has a record");
    QTest::newRow("summary too long") << EntryChange([](SupervisionEntry& e) {
        e.summary = QString(4001, QLatin1Char('x'));
    }) << QStringLiteral("summary is too long");
}

void TstSupervision::validation()
{
    QFETCH(EntryChange, change);
    QFETCH(QString, messagePart);
    SupervisionEntry e = oneToOne(QDate(2026, 11, 10), m_asha, m_supervisor);
    e.themeIds << themeId(QStringLiteral("Boundaries"));
    change(e);
    const int before = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt();
    auto saved = SupervisionService(*m_db).saveEntry(m_admin, e);
    if (messagePart.isEmpty()) {
        QVERIFY2(saved, qPrintable(saved.message()));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt(), before + 1);
        return;
    }
    QVERIFY(!saved);
    QVERIFY2(saved.message().contains(messagePart), qPrintable(saved.message()));
    QVERIFY(saved.error().code == Error::Code::InvalidInput || saved.error().code == Error::Code::NotFound);
    // Nothing half-saved.
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt(), before);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_attendee")).toInt(), 0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_action")).toInt(), 0);
}

void TstSupervision::saveAndReadBack()
{
    SupervisionEntry e = oneToOne(QDate(2026, 11, 10), m_asha, m_supervisor);
    e.kind = QString::fromLatin1(supervision::kGroupReflective);
    e.attendees[0].wellbeingIn = 4;
    e.attendees[0].wellbeingOut = 6;
    e.attendees[0].signedOn = QDate(2026, 11, 11);
    e.attendees << SupervisionAttendee { m_ben, {}, 7, std::nullopt, {} };
    e.durationMinutes = 90;
    e.format = QString::fromLatin1(supervision::kVideo);
    e.themeIds = { themeId(QStringLiteral("Endings")), themeId(QStringLiteral("Boundaries")) };
    e.summary = QStringLiteral("  Talked about endings.  ");
    e.supervisorSignedOn = QDate(2026, 11, 10);
    SupervisionAction a;
    a.description = QStringLiteral("Plan the last session with a mentee");
    a.ownerWorkerId = m_asha;
    a.dueOn = QDate(2026, 11, 30);
    e.actions << a;
    const Actor sam = as(Role::Supervisor, m_supervisor);
    const qint64 id = save(e, sam);
    QVERIFY(id > 0);

    auto read = SupervisionService(*m_db).entry(sam, id);
    QVERIFY2(read, qPrintable(read.message()));
    const SupervisionEntry& r = read.value();
    QCOMPARE(r.id, id);
    QCOMPARE(r.heldOn, e.heldOn);
    QCOMPARE(r.durationMinutes, 90);
    QCOMPARE(r.kind, e.kind);
    QCOMPARE(r.format, e.format);
    QCOMPARE(r.supervisorWorkerId, m_supervisor);
    QCOMPARE(r.supervisorName, QStringLiteral("Sam Super"));
    QCOMPARE(r.supervisorKind, QStringLiteral("peer"));
    QCOMPARE(r.supervisorSignedOn, QDate(2026, 11, 10));
    QCOMPARE(r.summary, QStringLiteral("Talked about endings."));
    QCOMPARE(r.attendees.size(), 2);
    QCOMPARE(r.attendees[0].name, QStringLiteral("Ben Adams")); // by family name
    QCOMPARE(r.attendees[0].wellbeingIn, std::optional<int>(7));
    QCOMPARE(r.attendees[0].wellbeingOut, std::optional<int>());
    QCOMPARE(r.attendees[1].name, QStringLiteral("Asha Khan"));
    QCOMPARE(r.attendees[1].wellbeingIn, std::optional<int>(4));
    QCOMPARE(r.attendees[1].wellbeingOut, std::optional<int>(6));
    QCOMPARE(r.attendees[1].signedOn, QDate(2026, 11, 11));
    QVERIFY(!r.isSignedOff()); // Ben has not signed
    QCOMPARE(r.themeNames, QStringList({ QStringLiteral("Boundaries"), QStringLiteral("Endings") }));
    QCOMPARE(r.actions.size(), 1);
    QCOMPARE(r.actions[0].description, a.description);
    QCOMPARE(r.actions[0].ownerName, QStringLiteral("Asha Khan"));
    QCOMPARE(r.actions[0].dueOn, a.dueOn);
    QCOMPARE(r.actions[0].entryId, id);
    QVERIFY(r.actions[0].isOpen());
    QVERIFY(!r.hasPrivateNotes);
    QVERIFY(r.canReadPrivateNotes);
    QVERIFY(!r.privateNotes.has_value());

    // Summaries.
    auto list = SupervisionService(*m_db).entries(m_admin, QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY(list);
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(
        list.value()[0].superviseeNames, QStringList({ QStringLiteral("Ben Adams"), QStringLiteral("Asha Khan") }));
    QCOMPARE(list.value()[0].supervisorName, QStringLiteral("Sam Super"));
    QCOMPARE(list.value()[0].summary, QStringLiteral("Talked about endings."));
    QVERIFY(!list.value()[0].canReadPrivateNotes); // the administrator is no one in it
    auto history = SupervisionService(*m_db).history(m_admin, m_ben);
    QVERIFY(history);
    QCOMPARE(history.value().size(), 1);
    auto none = SupervisionService(*m_db).history(m_admin, m_supervisor);
    QVERIFY(none);
    QVERIFY(none.value().isEmpty()); // leading a session is not being supervised
}

void TstSupervision::savingChangesOnlyWhatChangedAndAuditsFieldNames()
{
    SupervisionEntry e = oneToOne(QDate(2026, 11, 10), m_asha, m_supervisor);
    e.summary = QStringLiteral("First summary");
    const qint64 id = save(e, m_admin);
    QVERIFY(id);
    QCOMPARE(auditCount(QStringLiteral("create"), QStringLiteral("supervision_entry"), QString::number(id)), 1);
    const QString created
        = test::scalar(*m_db, QStringLiteral("SELECT updated_at FROM supervision_entry WHERE id = %1").arg(id))
              .toString();
    QVERIFY(!created.isEmpty());

    // Saving the same again changes nothing and records nothing.
    e.id = id;
    QCOMPARE(save(e, m_admin), id);
    QCOMPARE(auditCount(QStringLiteral("update"), QStringLiteral("supervision_entry"), QString::number(id)), 0);

    m_clock->set(QDateTime(kToday, QTime(11, 0), Qt::UTC));
    e.summary = QStringLiteral("A secret-free second summary");
    e.attendees[0].wellbeingIn = 5;
    QCOMPARE(save(e, m_admin), id);
    QCOMPARE(auditCount(QStringLiteral("update"), QStringLiteral("supervision_entry"), QString::number(id)), 1);
    const QString fields = test::scalar(
        *m_db, QStringLiteral("SELECT fields FROM audit_log WHERE action = 'update' AND entity = 'supervision_entry'"))
                               .toString();
    QVERIFY2(fields.contains(QStringLiteral("summary")), qPrintable(fields));
    QVERIFY2(fields.contains(QStringLiteral("wellbeing_in")), qPrintable(fields));
    QVERIFY2(!fields.contains(QStringLiteral("held_on")), qPrintable(fields));
    // Names of fields only, never their values.
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE fields LIKE '%second%' OR "
                                "note LIKE '%second%'"))
                 .toInt(),
        0);
    QVERIFY(
        test::scalar(*m_db, QStringLiteral("SELECT updated_at FROM supervision_entry WHERE id = %1").arg(id)).toString()
        > created);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT created_at FROM supervision_entry WHERE id = %1").arg(id))
                 .toString(),
        created);
}

// ---- private notes ---------------------------------------------------------------------------------------

void TstSupervision::privateNotesRules()
{
    SupervisionService service(*m_db);
    const Actor sam = as(Role::Supervisor, m_supervisor, QStringLiteral("sam"));
    const Actor asha = as(Role::Supervisor, m_asha, QStringLiteral("asha"));
    const Actor cora = as(Role::Coordinator, m_coordinator, QStringLiteral("cora"));

    // The supervisor writes notes.
    SupervisionEntry e = oneToOne(QDate(2026, 11, 10), m_asha, m_supervisor);
    e.privateNotes = QStringLiteral("Talked about a hard week at home.");
    const qint64 id = save(e, sam);
    QVERIFY(id);
    QCOMPARE(service.privateNotes(sam, id).value(), QStringLiteral("Talked about a hard week at home."));
    QCOMPARE(service.privateNotes(asha, id).value(), QStringLiteral("Talked about a hard week at home."));
    auto refused = service.privateNotes(cora, id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QVERIFY(!service.privateNotes(m_admin, id)); // an administrator with no worker record is no one in it

    // A whole record: notes only for the parties, and only when asked for.
    auto mine = service.entry(sam, id, true);
    QVERIFY(mine);
    QCOMPARE(mine.value().privateNotes, std::optional<QString>(QStringLiteral("Talked about a hard week at home.")));
    QVERIFY(mine.value().hasPrivateNotes);
    auto notAsked = service.entry(sam, id, false);
    QVERIFY(notAsked);
    QVERIFY(!notAsked.value().privateNotes.has_value());
    auto theirs = service.entry(cora, id, true);
    QVERIFY(theirs);
    QVERIFY(!theirs.value().privateNotes.has_value());
    QVERIFY(theirs.value().hasPrivateNotes);
    QVERIFY(!theirs.value().canReadPrivateNotes);
    // Reading them is audited; reading without them is a plain view.
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND entity = "
                                "'supervision_entry' AND fields = 'private_notes'"))
                 .toInt(),
        3); // sam and asha through privateNotes(), sam through entry(…, true)

    // A coordinator may change the shareable parts; leaving the notes out leaves them as they are.
    SupervisionEntry edit = theirs.value();
    edit.summary = QStringLiteral("Shareable summary added by the coordinator");
    QCOMPARE(save(edit, cora), id);
    QCOMPARE(service.privateNotes(sam, id).value(), QStringLiteral("Talked about a hard week at home."));
    // But may not write them, nor empty them.
    edit.privateNotes = QStringLiteral("Overwritten");
    auto write = service.saveEntry(cora, edit);
    QVERIFY(!write);
    QCOMPARE(write.error().code, Error::Code::PermissionDenied);
    edit.privateNotes = QString();
    QVERIFY(!service.saveEntry(cora, edit));
    QCOMPARE(service.privateNotes(sam, id).value(), QStringLiteral("Talked about a hard week at home."));
    // Nor change who took part (that would change who can read them).
    edit.privateNotes = std::nullopt;
    edit.attendees[0].workerId = m_ben;
    auto parties = service.saveEntry(cora, edit);
    QVERIFY(!parties);
    QVERIFY2(parties.message().contains(QStringLiteral("private notes")), qPrintable(parties.message()));
    // Nor remove the record: no one else could put the notes back.
    const Status removal = service.removeEntry(cora, id);
    QVERIFY(!removal);
    QCOMPARE(removal.error().code, Error::Code::PermissionDenied);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt(), 1);

    // The supervisee may change them; an empty value clears them.
    SupervisionEntry byAsha = service.entry(asha, id, true).value();
    byAsha.privateNotes = QStringLiteral("Agreed to talk again next week.");
    QCOMPARE(save(byAsha, asha), id);
    QCOMPARE(service.privateNotes(sam, id).value(), QStringLiteral("Agreed to talk again next week."));
    byAsha.privateNotes = QString();
    QCOMPARE(save(byAsha, asha), id);
    QVERIFY(!service.entry(sam, id).value().hasPrivateNotes);
    QVERIFY(test::scalar(*m_db, QStringLiteral("SELECT private_notes FROM supervision_entry")).isNull());

    // A coordinator recording someone else's session with an empty notes field: nothing to refuse.
    SupervisionEntry other = oneToOne(QDate(2026, 11, 12), m_ben, m_supervisor);
    other.privateNotes = QString();
    QVERIFY(save(other, cora));
    // Without notes, a coordinator may remove a record.
    QVERIFY(service.removeEntry(cora, id));
}

void TstSupervision::privateNotesNeverExported()
{
    const QString marker = QStringLiteral("ZQX-private-7731");
    SupervisionService service(*m_db);
    const Actor sam = as(Role::Supervisor, m_supervisor, QStringLiteral("sam"));
    const Actor cora = as(Role::Coordinator, m_coordinator, QStringLiteral("cora"));
    const Actor admin = as(Role::Administrator, 0, QStringLiteral("admin"));
    SupervisionArrangement arrangement;
    arrangement.workerId = m_asha;
    arrangement.supervisorWorkerId = m_supervisor;
    arrangement.supervisorKind = QString::fromLatin1(supervision::kPeer);
    arrangement.startsOn = QDate(2026, 1, 1);
    QVERIFY(service.saveArrangement(admin, arrangement));
    arrangement.workerId = m_ben;
    QVERIFY(service.saveArrangement(admin, arrangement));

    // A one-to-one and a group session, both with notes; the one-to-one long ago, so Asha is overdue.
    SupervisionEntry one = oneToOne(QDate(2026, 9, 1), m_asha, m_supervisor);
    one.privateNotes = QStringLiteral("One to one: %1").arg(marker);
    one.summary = QStringLiteral("Shareable words");
    one.attendees[0].wellbeingIn = 3;
    one.attendees[0].wellbeingOut = 5;
    SupervisionAction action;
    action.description = QStringLiteral("Book a follow-up");
    action.ownerWorkerId = m_asha;
    action.dueOn = QDate(2026, 9, 15);
    one.actions << action;
    one.themeIds << themeId(QStringLiteral("Boundaries"));
    const qint64 oneId = save(one, sam);
    QVERIFY(oneId);
    SupervisionEntry group = oneToOne(QDate(2026, 11, 18), m_ben, m_supervisor);
    group.kind = QString::fromLatin1(supervision::kGroupReflective);
    group.attendees << SupervisionAttendee { m_coordinator, {}, 6, 7, {} };
    group.privateNotes = QStringLiteral("Group: %1").arg(marker);
    const qint64 groupId = save(group, sam);
    QVERIFY(groupId);
    // Edited too, so that updates are in the audit log.
    SupervisionEntry edit = service.entry(sam, oneId, true).value();
    edit.privateNotes = QStringLiteral("Edited: %1").arg(marker);
    QCOMPARE(save(edit, sam), oneId);
    // And read, by privateNotes() and by entry().
    QVERIFY(service.privateNotes(sam, oneId).value().contains(marker));
    QVERIFY(service.entry(sam, groupId, true).value().privateNotes->contains(marker));

    auto check = [&marker](const QString& text, const char* where) { QVERIFY2(!text.contains(marker), where); };
    auto checkBytes
        = [&marker](const QByteArray& bytes, const char* where) { QVERIFY2(!bytes.contains(marker.toUtf8()), where); };

    // The supervision compliance table: as CSV, written to a file, and every row on screen.
    auto table = service.compliance(admin, kToday, 7);
    QVERIFY(table);
    QVERIFY(table.value().rows.size() >= 4);
    checkBytes(SupervisionReport::toCsv(table.value()), "SupervisionReport::toCsv");
    SupervisionReport report(*m_db);
    const QString csvPath = m_dir->filePath(QStringLiteral("supervision.csv"));
    QVERIFY(report.exportCsv(admin, table.value(), csvPath));
    checkBytes(test::fileBytes(csvPath), "SupervisionReport::exportCsv");
    for (const SupervisionStatus& row : table.value().rows) {
        check(SupervisionReport::rowTexts(row).join(QLatin1Char('|')), "rowTexts");
        check(SupervisionReport::stateText(row, kToday), "stateText");
        check(row.supervisors.join(QLatin1Char('|')) + row.name + row.lastKind, "SupervisionStatus");
    }
    // The supervisor's view and the dashboard's list.
    auto mine = service.supervisees(sam, m_supervisor, kToday, 7);
    QVERIFY(mine);
    QCOMPARE(mine.value().rows.size(), 2);
    for (const SupervisionStatus& row : mine.value().rows) {
        check(SupervisionReport::rowTexts(row).join(QLatin1Char('|')), "supervisees");
    }
    auto overdue = service.overdue(cora, kToday);
    QVERIFY(overdue);
    QVERIFY(!overdue.value().isEmpty());
    for (const SupervisionStatus& row : overdue.value()) {
        check(SupervisionReport::rowTexts(row).join(QLatin1Char('|')), "overdue");
    }

    // A printed record: built from an entry that holds the notes, it still leaves them out.
    for (const qint64 id : { oneId, groupId }) {
        auto whole = service.entry(sam, id, true);
        QVERIFY(whole);
        QVERIFY(whole.value().privateNotes->contains(marker));
        const QList<ReportLine> lines = SupervisionReport::recordLines(whole.value());
        bool said = false;
        for (const ReportLine& line : lines) {
            check(line.label + line.value, "recordLines");
            said = said || line.label == QStringLiteral("Private notes");
        }
        QVERIFY(said); // the record says notes exist, and are never printed
        QVERIFY(report.recordPrint(sam, QStringLiteral("record"), id));
    }
    QVERIFY(report.recordPrint(admin, QStringLiteral("compliance table")));

    // Lists, for someone not in the sessions and for someone in them.
    for (const Actor& who : { cora, admin, sam }) {
        auto list = service.entries(who, QDate(2026, 1, 1), kToday);
        QVERIFY(list);
        for (const SupervisionSummary& e : list.value()) {
            check(e.summary + e.supervisorName + e.superviseeNames.join(QLatin1Char('|')) + e.kind, "entries");
        }
        for (const qint64 worker : { m_asha, m_ben, m_coordinator }) {
            auto history = service.history(who, worker);
            QVERIFY(history);
            for (const SupervisionSummary& e : history.value()) {
                check(e.summary + e.supervisorName + e.superviseeNames.join(QLatin1Char('|')), "history");
            }
        }
    }
    auto actions = service.openActions(admin, m_supervisor);
    QVERIFY(actions);
    QCOMPARE(actions.value().size(), 1);
    for (const SupervisionAction& a : actions.value()) {
        check(a.description + a.ownerName + a.superviseeNames.join(QLatin1Char('|')), "openActions");
    }
    // Opened by someone not in the session: the record has no notes in it at all.
    auto opened = service.entry(cora, oneId, true);
    QVERIFY(opened);
    QVERIFY(!opened.value().privateNotes.has_value());
    check(opened.value().summary, "entry for a non-party");

    // The workforce compliance matrix, as CSV and as a file.
    ComplianceService compliance(*m_db);
    auto matrix = compliance.matrix(admin, kToday, 30);
    QVERIFY(matrix);
    checkBytes(ComplianceService::toCsv(matrix.value()), "ComplianceService::toCsv");
    const QString matrixPath = m_dir->filePath(QStringLiteral("matrix.csv"));
    QVERIFY(compliance.exportCsv(admin, matrix.value(), matrixPath));
    checkBytes(test::fileBytes(matrixPath), "ComplianceService::exportCsv");

    // The audit log, as the viewer reads it and as stored.
    AuditFilter filter;
    filter.limit = 100000;
    auto log = AuditLog(*m_db).entries(admin, filter);
    QVERIFY(log);
    QVERIFY(log.value().size() > 10);
    for (const AuditEntry& e : log.value()) {
        check(e.action + e.entity + e.recordId + e.fields.join(QLatin1Char(',')) + e.note + e.userName, "audit log");
    }
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE (fields || note || record_id || entity) LIKE "
                                "'%%1%'")
                     .arg(marker))
                 .toInt(),
        0);
    // The notes are still there, for the people they belong to.
    QVERIFY(service.privateNotes(as(Role::Supervisor, m_asha), oneId).value().contains(marker));
}

// ---- who may do what ---------------------------------------------------------------------------------

void TstSupervision::rolesThatMayNotRead_data()
{
    QTest::addColumn<Actor::Role>("role");
    QTest::newRow("trustee") << Role::Trustee;
    QTest::newRow("read-only") << Role::ReadOnly;
}

void TstSupervision::rolesThatMayNotRead()
{
    QFETCH(Actor::Role, role);
    const qint64 id = session(QDate(2026, 11, 10), { m_asha });
    QVERIFY(id);
    // Even linked to a worker in the session, these roles see no supervision records.
    const Actor who = as(role, m_asha);
    SupervisionService service(*m_db);
    const int refusedBefore = auditCount(QStringLiteral("refused"), QStringLiteral("supervision_entry"));
    QCOMPARE(service.entries(who, QDate(2026, 1, 1), kToday).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.history(who, m_asha).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.entry(who, id).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.privateNotes(who, id).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.compliance(who, kToday, 7).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.supervisees(who, m_asha, kToday, 7).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.overdue(who, kToday).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.wellbeing(who, m_asha).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.openActions(who, m_asha).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.arrangements(who, m_asha).error().code, Error::Code::PermissionDenied);
    SupervisionEntry e = oneToOne(QDate(2026, 11, 11), m_asha, m_supervisor);
    QCOMPARE(service.saveEntry(who, e).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.removeEntry(who, id).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.saveTheme(who, SupervisionTheme { 0, QStringLiteral("New"), 0, true }).error().code,
        Error::Code::PermissionDenied);
    QVERIFY(auditCount(QStringLiteral("refused"), QStringLiteral("supervision_entry")) >= refusedBefore + 3);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt(), 1);
    // Printing the table needs ExportRecords.
    QCOMPARE(
        SupervisionReport(*m_db).recordPrint(who, QStringLiteral("table")).error().code, Error::Code::PermissionDenied);
    QCOMPARE(SupervisionReport(*m_db).recordPrint(who, QStringLiteral("record"), id).error().code,
        Error::Code::PermissionDenied);
}

void TstSupervision::supervisorsWorkOnlyOnTheirOwnSessions()
{
    SupervisionService service(*m_db);
    const qint64 other = addWorker(QStringLiteral("Olu"), QStringLiteral("Peer supervisor"), QStringLiteral("Other"));
    const Actor sam = as(Role::Supervisor, m_supervisor, QStringLiteral("sam"));
    const Actor asha = as(Role::Supervisor, m_asha, QStringLiteral("asha"));
    const Actor unlinked = as(Role::Supervisor, 0, QStringLiteral("nobody"));

    // Sam records his own session with Asha.
    const qint64 mine = save(oneToOne(QDate(2026, 11, 10), m_asha, m_supervisor), sam);
    QVERIFY(mine);
    // Another supervisor's session with Ben is not Sam's to record, change, open or remove.
    auto refusedAdd = service.saveEntry(sam, oneToOne(QDate(2026, 11, 11), m_ben, other));
    QVERIFY(!refusedAdd);
    QCOMPARE(refusedAdd.error().code, Error::Code::PermissionDenied);
    const qint64 theirs = save(oneToOne(QDate(2026, 11, 11), m_ben, other), m_admin);
    QVERIFY(theirs);
    SupervisionEntry change = oneToOne(QDate(2026, 11, 11), m_ben, other);
    change.id = theirs;
    change.summary = QStringLiteral("Changed by Sam");
    QCOMPARE(service.saveEntry(sam, change).error().code, Error::Code::PermissionDenied);
    // Not even by making himself the supervisor.
    change.supervisorWorkerId = m_supervisor;
    QCOMPARE(service.saveEntry(sam, change).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.entry(sam, theirs).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.removeEntry(sam, theirs).error().code, Error::Code::PermissionDenied);
    // Nor hand his own session to someone else (he would no longer be in it).
    SupervisionEntry away = service.entry(sam, mine).value();
    away.supervisorWorkerId = other;
    QCOMPARE(service.saveEntry(sam, away).error().code, Error::Code::PermissionDenied);
    // A supervisor with no worker record is in no session at all.
    QCOMPARE(service.saveEntry(unlinked, oneToOne(QDate(2026, 11, 12), m_asha, m_supervisor)).error().code,
        Error::Code::PermissionDenied);
    auto nothing = service.entries(unlinked, QDate(2026, 1, 1), kToday);
    QVERIFY(nothing);
    QVERIFY(nothing.value().isEmpty());

    // Lists hold only their own sessions, as supervisor or as supervisee.
    auto samList = service.entries(sam, QDate(2026, 1, 1), kToday);
    QVERIFY(samList);
    QCOMPARE(samList.value().size(), 1);
    QCOMPARE(samList.value()[0].id, mine);
    QVERIFY(samList.value()[0].canReadPrivateNotes);
    auto ashaList = service.history(asha, m_asha);
    QVERIFY(ashaList);
    QCOMPARE(ashaList.value().size(), 1);
    auto benHistory = service.history(sam, m_ben);
    QVERIFY(benHistory);
    QVERIFY(benHistory.value().isEmpty());

    // The supervisee may update her own session (a sign-off, say) and Sam may remove his.
    SupervisionEntry signedOff = service.entry(asha, mine).value();
    signedOff.attendees[0].signedOn = kToday;
    QCOMPARE(save(signedOff, asha), mine);
    QVERIFY(service.removeEntry(sam, mine));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt(), 1);

    // Questions about other supervisors are refused.
    QCOMPARE(service.supervisees(sam, other, kToday, 7).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.openActions(sam, other).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.superviseesOf(sam, other, kToday).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.compliance(sam, kToday, 7).error().code, Error::Code::PermissionDenied);
    QVERIFY(service.supervisees(sam, m_supervisor, kToday, 7));
    QVERIFY(service.openActions(sam, m_supervisor));
    // Arrangements are for coordinators to set.
    SupervisionArrangement a;
    a.workerId = m_asha;
    a.supervisorWorkerId = m_supervisor;
    a.startsOn = QDate(2026, 1, 1);
    QCOMPARE(service.saveArrangement(sam, a).error().code, Error::Code::PermissionDenied);
}

void TstSupervision::coordinatorsSeeEveryoneButNotPrivateNotes()
{
    SupervisionService service(*m_db);
    const Actor cora = as(Role::Coordinator, m_coordinator, QStringLiteral("cora"));
    SupervisionEntry e = oneToOne(QDate(2026, 11, 10), m_asha, m_supervisor);
    e.privateNotes = QStringLiteral("For Sam and Asha only");
    e.summary = QStringLiteral("Shareable");
    const qint64 id = save(e, as(Role::Supervisor, m_supervisor));
    QVERIFY(id);
    // Coordinators record sessions they were not in (without notes) and see every record's shareable parts.
    const qint64 byCora = save(oneToOne(QDate(2026, 11, 12), m_ben, m_supervisor), cora);
    QVERIFY(byCora);
    auto list = service.entries(cora, QDate(2026, 1, 1), kToday);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 2);
    const SupervisionSummary& withNotes = list.value()[1];
    QCOMPARE(withNotes.id, id);
    QVERIFY(withNotes.hasPrivateNotes);
    QVERIFY(!withNotes.canReadPrivateNotes);
    QCOMPARE(withNotes.summary, QStringLiteral("Shareable"));
    QCOMPARE(service.privateNotes(cora, id).error().code, Error::Code::PermissionDenied);
    QVERIFY(auditCount(QStringLiteral("refused"), QStringLiteral("supervision_entry"), QString::number(id)) >= 1);
    // Her own supervision is hers: as a supervisee she reads its notes.
    SupervisionEntry own = oneToOne(QDate(2026, 11, 14), m_coordinator, m_supervisor);
    own.privateNotes = QStringLiteral("Cora's own notes");
    const qint64 ownId = save(own, as(Role::Supervisor, m_supervisor));
    QCOMPARE(service.privateNotes(cora, ownId).value(), QStringLiteral("Cora's own notes"));
}

// ---- undo, arrangements, themes, actions -----------------------------------------------------------------

void TstSupervision::removeAndUndoRecreatesWithTheSameIds()
{
    SupervisionService service(*m_db);
    const Actor sam = as(Role::Supervisor, m_supervisor);
    SupervisionEntry e = oneToOne(QDate(2026, 11, 10), m_asha, m_supervisor);
    e.kind = QString::fromLatin1(supervision::kGroupReflective);
    e.attendees << SupervisionAttendee { m_ben, {}, 5, 6, QDate(2026, 11, 12) };
    e.attendees[0].wellbeingIn = 3;
    e.themeIds = { themeId(QStringLiteral("Caseload")) };
    e.privateNotes = QStringLiteral("Kept through undo");
    e.summary = QStringLiteral("Caseload review");
    SupervisionAction a1;
    a1.description = QStringLiteral("First action");
    a1.ownerWorkerId = m_asha;
    SupervisionAction a2;
    a2.description = QStringLiteral("Second action");
    a2.ownerText = QStringLiteral("Partner manager");
    a2.doneOn = QDate(2026, 11, 20);
    e.actions = { a1, a2 };
    const qint64 id = save(e, sam);
    QVERIFY(id);
    // The window's undo stack keeps what it read (with the notes, as a party) before removing.
    const SupervisionEntry kept = service.entry(sam, id, true).value();
    QCOMPARE(kept.actions.size(), 2);
    QVERIFY(service.removeEntry(sam, id));
    for (const char* table :
        { "supervision_entry", "supervision_attendee", "supervision_entry_theme", "supervision_action" }) {
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
    }
    QCOMPARE(auditCount(QStringLiteral("delete"), QStringLiteral("supervision_entry"), QString::number(id)), 1);
    QCOMPARE(auditCount(QStringLiteral("delete"), QStringLiteral("supervision_action")), 2);
    // Undo: the same id, the same actions' ids, everything as it was.
    QCOMPARE(save(kept, sam), id);
    const SupervisionEntry back = service.entry(sam, id, true).value();
    QCOMPARE(back.actions[0].id, kept.actions[0].id);
    QCOMPARE(back.actions[1].id, kept.actions[1].id);
    QCOMPARE(back, kept);
    // Removing a missing record says so.
    QVERIFY(service.removeEntry(sam, id));
    QCOMPARE(service.removeEntry(sam, id).error().code, Error::Code::NotFound);
    // Redo of an add (undo removed it, redo re-creates with its id) works for a coordinator too.
    const Actor cora = as(Role::Coordinator, m_coordinator);
    SupervisionEntry plain = oneToOne(QDate(2026, 11, 11), m_ben, m_supervisor);
    const qint64 plainId = save(plain, cora);
    QVERIFY(service.removeEntry(cora, plainId));
    plain.id = plainId;
    QCOMPARE(save(plain, cora), plainId);
}

void TstSupervision::arrangements()
{
    SupervisionService service(*m_db);
    const Actor cora = as(Role::Coordinator, m_coordinator);
    SupervisionArrangement host;
    host.workerId = m_asha;
    host.supervisorWorkerId = m_supervisor;
    host.supervisorKind = QString::fromLatin1(supervision::kPeer);
    host.startsOn = QDate(2026, 1, 1);
    auto hostId = service.saveArrangement(cora, host);
    QVERIFY2(hostId, qPrintable(hostId.message()));
    // A second supervisor at the same time, outside the charity.
    SupervisionArrangement partner;
    partner.workerId = m_asha;
    partner.externalSupervisor = QStringLiteral("  Dr Lee  ");
    partner.supervisorKind = QString::fromLatin1(supervision::kExternal);
    partner.organisation = QStringLiteral("Partner NHS trust");
    partner.startsOn = QDate(2026, 3, 1);
    auto partnerId = service.saveArrangement(cora, partner);
    QVERIFY(partnerId);
    // An old one that ended.
    SupervisionArrangement old;
    old.workerId = m_asha;
    old.supervisorWorkerId = m_coordinator;
    old.supervisorKind = QString::fromLatin1(supervision::kNonPeer);
    old.startsOn = QDate(2025, 1, 1);
    old.endsOn = QDate(2025, 12, 31);
    auto oldId = service.saveArrangement(cora, old);
    QVERIFY(oldId);

    auto list = service.arrangements(cora, m_asha);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 3);
    QCOMPARE(list.value()[0].id, partnerId.value()); // current ones first, newest first
    QCOMPARE(list.value()[0].supervisorName, QStringLiteral("Dr Lee"));
    QCOMPARE(list.value()[0].organisation, QStringLiteral("Partner NHS trust"));
    QCOMPARE(list.value()[1].id, hostId.value());
    QCOMPARE(list.value()[1].supervisorName, QStringLiteral("Sam Super"));
    QCOMPARE(list.value()[1].workerName, QStringLiteral("Asha Khan"));
    QCOMPARE(list.value()[2].id, oldId.value());
    QVERIFY(!list.value()[2].isCurrentOn(kToday));

    // Who Sam supervises now, and then.
    auto now = service.superviseesOf(cora, m_supervisor, kToday);
    QVERIFY(now);
    QCOMPARE(now.value().size(), 1);
    QCOMPARE(now.value()[0].workerId, m_asha);
    auto coraThen = service.superviseesOf(cora, m_coordinator, QDate(2025, 6, 1));
    QVERIFY(coraThen);
    QCOMPARE(coraThen.value().size(), 1);
    auto coraNow = service.superviseesOf(cora, m_coordinator, kToday);
    QVERIFY(coraNow);
    QVERIFY(coraNow.value().isEmpty());

    // The compliance table names both current supervisors.
    auto table = service.compliance(cora, kToday, 7);
    QVERIFY(table);
    for (const SupervisionStatus& row : table.value().rows) {
        if (row.workerId == m_asha) {
            QCOMPARE(row.supervisors,
                QStringList({ QStringLiteral("Sam Super (peer)"), QStringLiteral("Dr Lee (external)") }));
        }
    }

    // Supervisors read their own arrangements and their supervisees', not anyone else's.
    const Actor sam = as(Role::Supervisor, m_supervisor);
    QVERIFY(service.arrangements(sam, m_asha));
    QVERIFY(service.arrangements(sam, m_supervisor));
    QCOMPARE(service.arrangements(sam, m_ben).error().code, Error::Code::PermissionDenied);

    // Changing and ending one, then removing it and putting it back (undo).
    host.id = hostId.value();
    host.endsOn = QDate(2026, 11, 20);
    QCOMPARE(service.saveArrangement(cora, host).value(), hostId.value());
    QVERIFY(service.superviseesOf(cora, m_supervisor, kToday).value().isEmpty());
    QCOMPARE(auditCount(QStringLiteral("update"), QStringLiteral("supervision_arrangement")), 1);
    QVERIFY(service.removeArrangement(cora, hostId.value()));
    QCOMPARE(service.arrangements(cora, m_asha).value().size(), 2);
    QCOMPARE(service.saveArrangement(cora, host).value(), hostId.value());
    QCOMPARE(service.arrangements(cora, m_asha).value().size(), 3);
    QCOMPARE(service.removeArrangement(sam, hostId.value()).error().code, Error::Code::PermissionDenied);

    // Taking back the adding of a worker would silently delete arrangements (theirs, or those in which
    // they supervise someone): refused, as for sessions.
    const qint64 newcomer = addWorker(QStringLiteral("Nia"), kVolunteer, QStringLiteral("New"));
    const qint64 newSupervisor
        = addWorker(QStringLiteral("Nat"), QStringLiteral("Peer supervisor"), QStringLiteral("New"));
    SupervisionArrangement fresh;
    fresh.workerId = newcomer;
    fresh.supervisorWorkerId = newSupervisor;
    fresh.supervisorKind = QString::fromLatin1(supervision::kPeer);
    fresh.startsOn = QDate(2026, 11, 1);
    QVERIFY(service.saveArrangement(cora, fresh));
    QVERIFY(!WorkforceService(*m_db).removeWorker(m_admin, newcomer));
    QVERIFY(!WorkforceService(*m_db).removeWorker(m_admin, newSupervisor));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement WHERE worker_id = %1").arg(newcomer))
                 .toInt(),
        1);
    const qint64 spare = addWorker(QStringLiteral("Sol"), kVolunteer, QStringLiteral("Spare"));
    QVERIFY(WorkforceService(*m_db).removeWorker(m_admin, spare));
}

void TstSupervision::arrangementValidation_data()
{
    QTest::addColumn<int>("field"); // what to change; see the switch below
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("fine as it is") << 0 << QString();
    QTest::newRow("no one supervised") << 1 << QStringLiteral("Choose the person who is supervised");
    QTest::newRow("their own supervisor") << 2 << QStringLiteral("cannot be their own supervisor");
    QTest::newRow("no supervisor") << 3 << QStringLiteral("Choose the supervisor");
    QTest::newRow("ends before it starts") << 4 << QStringLiteral("ends before it starts");
    QTest::newRow("no start") << 5 << QStringLiteral("Enter the date");
    QTest::newRow("starts two years ahead") << 6 << QStringLiteral("more than a year ahead");
    QTest::newRow("an outside supervisor marked peer") << 7 << QStringLiteral("External");
    QTest::newRow("starts next month is fine") << 8 << QString();
}

void TstSupervision::arrangementValidation()
{
    QFETCH(int, field);
    QFETCH(QString, messagePart);
    SupervisionArrangement a;
    a.workerId = m_asha;
    a.supervisorWorkerId = m_supervisor;
    a.supervisorKind = QString::fromLatin1(supervision::kPeer);
    a.startsOn = QDate(2026, 1, 1);
    switch (field) {
    case 1:
        a.workerId = 0;
        break;
    case 2:
        a.supervisorWorkerId = m_asha;
        break;
    case 3:
        a.supervisorWorkerId = 0;
        a.supervisorKind = QString::fromLatin1(supervision::kExternal);
        break;
    case 4:
        a.endsOn = QDate(2025, 12, 31);
        break;
    case 5:
        a.startsOn = QDate();
        break;
    case 6:
        a.startsOn = kToday.addYears(2);
        break;
    case 7:
        a.supervisorWorkerId = 0;
        a.externalSupervisor = QStringLiteral("Dr Lee");
        break;
    case 8:
        a.startsOn = kToday.addMonths(1);
        break;
    }
    auto saved = SupervisionService(*m_db).saveArrangement(m_admin, a);
    QCOMPARE(saved.isOk(), messagePart.isEmpty());
    if (!messagePart.isEmpty()) {
        QVERIFY2(saved.message().contains(messagePart), qPrintable(saved.message()));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement")).toInt(), 0);
    }
}

void TstSupervision::themes()
{
    SupervisionService service(*m_db);
    const Actor cora = as(Role::Coordinator, m_coordinator);
    auto seeded = service.themes(cora);
    QVERIFY(seeded);
    QCOMPARE(seeded.value().size(), 9);
    QCOMPARE(seeded.value().first().name, QStringLiteral("Boundaries"));
    QCOMPARE(seeded.value().last().name, QStringLiteral("Working with staff"));
    // Every role may read the list (it holds no personal data).
    QVERIFY(service.themes(as(Role::Trustee)));

    // Adding goes to the end; names are unique whatever their case.
    auto added = service.saveTheme(cora, SupervisionTheme { 0, QStringLiteral("  Peer networks "), 0, true });
    QVERIFY2(added, qPrintable(added.message()));
    auto list = service.themes(cora);
    QCOMPARE(list.value().last().name, QStringLiteral("Peer networks"));
    QCOMPARE(list.value().last().position, 10);
    auto duplicate = service.saveTheme(cora, SupervisionTheme { 0, QStringLiteral("BOUNDARIES"), 0, true });
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.message().contains(QStringLiteral("already a theme called \"Boundaries\"")),
        qPrintable(duplicate.message()));
    QVERIFY(!service.saveTheme(cora, SupervisionTheme { 0, QStringLiteral("   "), 0, true }));
    // Renaming to its own name in another case is fine.
    QVERIFY(service.saveTheme(cora, SupervisionTheme { added.value(), QStringLiteral("Peer Networks"), 10, true }));

    // A theme in use cannot be removed, only retired; an unused one can.
    SupervisionEntry e = oneToOne(QDate(2026, 11, 10), m_asha, m_supervisor);
    e.themeIds = { added.value() };
    QVERIFY(save(e, cora));
    const Status inUse = service.removeTheme(cora, added.value());
    QVERIFY(!inUse);
    QVERIFY2(inUse.message().contains(QStringLiteral("used by 1 supervision record")), qPrintable(inUse.message()));
    QVERIFY2(inUse.message().contains(QStringLiteral("Retire it")), qPrintable(inUse.message()));
    QVERIFY(service.saveTheme(cora, SupervisionTheme { added.value(), QStringLiteral("Peer Networks"), 10, false }));
    QCOMPARE(service.themes(cora).value().size(), 9);
    QCOMPARE(service.themes(cora, true).value().size(), 10);
    QCOMPARE(service.entries(cora, QDate(2026, 11, 1), kToday).value().size(), 1); // the record keeps it
    QCOMPARE(service.entry(cora, test::scalar(*m_db, QStringLiteral("SELECT id FROM supervision_entry")).toLongLong())
                 .value()
                 .themeNames,
        QStringList { QStringLiteral("Peer Networks") });
    const qint64 endings = themeId(QStringLiteral("Endings"));
    QVERIFY(service.removeTheme(cora, endings));
    QCOMPARE(service.themes(cora, true).value().size(), 9);
    // Changing the list needs EditCatalogues.
    QCOMPARE(service.saveTheme(as(Role::Supervisor, m_supervisor), SupervisionTheme { 0, QStringLiteral("X"), 0, true })
                 .error()
                 .code,
        Error::Code::PermissionDenied);
    QCOMPARE(service.removeTheme(as(Role::Supervisor, m_supervisor), themeId(QStringLiteral("Caseload"))).error().code,
        Error::Code::PermissionDenied);
}

void TstSupervision::actions()
{
    SupervisionService service(*m_db);
    const Actor sam = as(Role::Supervisor, m_supervisor);
    const qint64 other = addWorker(QStringLiteral("Olu"), QStringLiteral("Peer supervisor"), QStringLiteral("Other"));
    // Asha's session with Sam: one action overdue, one due later, one undated, one done.
    SupervisionEntry e = oneToOne(QDate(2026, 11, 1), m_asha, m_supervisor);
    auto action = [](const QString& what, const QDate& due, const QDate& done = {}) {
        SupervisionAction a;
        a.description = what;
        a.dueOn = due;
        a.doneOn = done;
        return a;
    };
    e.actions = { action(QStringLiteral("Undated"), {}), action(QStringLiteral("Later"), QDate(2026, 12, 1)),
        action(QStringLiteral("Overdue"), QDate(2026, 11, 15)),
        action(QStringLiteral("Done"), QDate(2026, 11, 10), QDate(2026, 11, 9)) };
    e.actions[2].ownerWorkerId = m_asha;
    const qint64 id = save(e, sam);
    QVERIFY(id);
    // Ben's session with another supervisor, whose one action Sam owns.
    SupervisionEntry theirs = oneToOne(QDate(2026, 11, 2), m_ben, other);
    theirs.actions = { action(QStringLiteral("Sam to send the guide"), QDate(2026, 11, 20)) };
    theirs.actions[0].ownerWorkerId = m_supervisor;
    const qint64 theirsId = save(theirs, m_admin);
    QVERIFY(theirsId);

    auto open = service.openActions(sam, m_supervisor);
    QVERIFY(open);
    QStringList order;
    for (const SupervisionAction& a : open.value()) {
        order << a.description;
    }
    // Oldest due first, undated last; the done one is not open.
    QCOMPARE(order,
        QStringList({ QStringLiteral("Overdue"), QStringLiteral("Sam to send the guide"), QStringLiteral("Later"),
            QStringLiteral("Undated") }));
    QCOMPARE(open.value()[0].ownerName, QStringLiteral("Asha Khan"));
    QCOMPARE(open.value()[0].entryHeldOn, QDate(2026, 11, 1));
    QCOMPARE(open.value()[0].superviseeNames, QStringList { QStringLiteral("Asha Khan") });
    QCOMPARE(open.value()[1].superviseeNames, QStringList { QStringLiteral("Ben Adams") });
    QVERIFY(open.value()[0].isOverdueOn(kToday));
    QVERIFY(!open.value()[2].isOverdueOn(kToday));

    // The table counts the actions of sessions each person attended.
    auto table = service.compliance(m_admin, kToday, 7);
    QVERIFY(table);
    for (const SupervisionStatus& row : table.value().rows) {
        if (row.workerId == m_asha) {
            QCOMPARE(row.openActions, 3);
            QCOMPARE(row.overdueActions, 1);
        } else if (row.workerId == m_ben) {
            QCOMPARE(row.openActions, 1);
            QCOMPARE(row.overdueActions, 1);
        } else {
            QCOMPARE(row.openActions, 0); // leading a session, or owning an action, is not attending
        }
    }
    // As of a day before the overdue one fell due, none is overdue; before the session, none is open.
    auto earlier = service.compliance(m_admin, QDate(2026, 11, 14), 7);
    for (const SupervisionStatus& row : earlier.value().rows) {
        if (row.workerId == m_asha) {
            QCOMPARE(row.openActions, 3);
            QCOMPARE(row.overdueActions, 0);
        }
    }
    auto before = service.compliance(m_admin, QDate(2026, 10, 31), 7);
    for (const SupervisionStatus& row : before.value().rows) {
        QCOMPARE(row.openActions, 0);
    }
    // On 9 November the "Done" one was still open (done that day counts as done).
    auto ninth = service.compliance(m_admin, QDate(2026, 11, 8), 7);
    for (const SupervisionStatus& row : ninth.value().rows) {
        if (row.workerId == m_asha) {
            QCOMPARE(row.openActions, 4);
        }
    }

    // Marking done: validated, audited, and open again with a null date.
    const qint64 overdueId = open.value()[0].id;
    const Status tooEarly = service.setActionDone(sam, overdueId, QDate(2026, 10, 30));
    QVERIFY(!tooEarly);
    QVERIFY2(tooEarly.message().contains(QStringLiteral("1 November 2026")), qPrintable(tooEarly.message()));
    QVERIFY(!service.setActionDone(sam, overdueId, kToday.addDays(1)));
    QVERIFY(service.setActionDone(sam, overdueId, kToday));
    QCOMPARE(service.openActions(sam, m_supervisor).value().size(), 3);
    QCOMPARE(auditCount(QStringLiteral("update"), QStringLiteral("supervision_action"), QString::number(overdueId)), 1);
    QVERIFY(service.setActionDone(sam, overdueId, QDate()));
    QCOMPARE(service.openActions(sam, m_supervisor).value().size(), 4);
    // Sam was not in Ben's session, but the action is his: he may say it is done. Asha, a
    // supervisor too, was not in that session and does not own the action: refused.
    const qint64 guideId = open.value()[1].id;
    QCOMPARE(service.setActionDone(as(Role::Supervisor, m_asha), guideId, kToday).error().code,
        Error::Code::PermissionDenied);
    QVERIFY(service.setActionDone(sam, guideId, kToday));
    QVERIFY(service.setActionDone(sam, guideId, QDate()));
    QVERIFY(service.setActionDone(as(Role::Coordinator, m_coordinator), guideId, kToday));
    QCOMPARE(service.setActionDone(sam, 99999, kToday).error().code, Error::Code::NotFound);

    // Actions left out of a saved record are removed; a kept one keeps its id.
    SupervisionEntry again = service.entry(sam, id).value();
    const qint64 keptId = again.actions[1].id;
    again.actions = { again.actions[1] };
    QCOMPARE(save(again, sam), id);
    const SupervisionEntry after = service.entry(sam, id).value();
    QCOMPARE(after.actions.size(), 1);
    QCOMPARE(after.actions[0].id, keptId);
    // An action of another record cannot be moved in by its id.
    SupervisionEntry steal = after;
    steal.actions << service.entry(m_admin, theirsId).value().actions[0];
    auto stolen = service.saveEntry(m_admin, steal);
    QVERIFY(!stolen);
    QVERIFY2(stolen.message().contains(QStringLiteral("belongs to another")), qPrintable(stolen.message()));
}

// ---- the tables and the chart ---------------------------------------------------------------------------

void TstSupervision::complianceRows()
{
    SupervisionService service(*m_db);
    const qint64 partner = addWorker(QStringLiteral("Pat"), kPartner, QStringLiteral("Partner"));
    SupervisionArrangement a;
    a.workerId = m_asha;
    a.supervisorWorkerId = m_supervisor;
    a.supervisorKind = QString::fromLatin1(supervision::kPeer);
    a.startsOn = QDate(2026, 1, 1);
    QVERIFY(service.saveArrangement(m_admin, a));
    // Asha: a second role; check-ins at two sessions, the last without one.
    RoleAssignment trainer;
    trainer.workerId = m_asha;
    trainer.roleTypeId
        = test::scalar(*m_db, QStringLiteral("SELECT id FROM role_type WHERE name = 'Peer trainer'")).toLongLong();
    trainer.startsOn = QDate(2026, 6, 1);
    QVERIFY(WorkforceService(*m_db).saveRole(m_admin, trainer));
    SupervisionEntry first = oneToOne(QDate(2026, 10, 1), m_asha, m_supervisor);
    first.attendees[0].wellbeingIn = 4;
    QVERIFY(save(first, m_admin));
    SupervisionEntry second = oneToOne(QDate(2026, 11, 1), m_asha, m_supervisor);
    second.kind = QString::fromLatin1(supervision::kLineManagement);
    second.attendees[0].wellbeingIn = 8;
    QVERIFY(save(second, m_admin));
    SupervisionEntry third = oneToOne(QDate(2026, 11, 20), m_asha, m_supervisor);
    third.kind = QString::fromLatin1(supervision::kDebrief);
    QVERIFY(save(third, m_admin));

    auto table = service.compliance(m_admin, kToday, 7);
    QVERIFY(table);
    QCOMPARE(table.value().asOf, kToday);
    QCOMPARE(table.value().dueSoonDays, 7);
    QStringList sortNames;
    for (const SupervisionStatus& row : table.value().rows) {
        sortNames << row.sortName;
        QVERIFY(row.workerId != partner); // no supervision expected of partner staff
    }
    QCOMPARE(sortNames,
        QStringList({ QStringLiteral("Adams, Ben"), QStringLiteral("Coord, Cora"), QStringLiteral("Khan, Asha"),
            QStringLiteral("Super, Sam") }));
    const SupervisionStatus& asha = table.value().rows[2];
    QCOMPARE(asha.name, QStringLiteral("Asha Khan"));
    QCOMPARE(asha.roles, QStringList({ kVolunteer, QStringLiteral("Peer trainer") }));
    QCOMPARE(asha.intervalDays, 30);
    QCOMPARE(asha.lastHeldOn, QDate(2026, 11, 20));
    QCOMPARE(asha.lastKind, QStringLiteral("debrief"));
    QCOMPARE(asha.countsFrom, QDate(2026, 11, 20));
    QCOMPARE(asha.nextDue, QDate(2026, 12, 20));
    QCOMPARE(asha.state, SupervisionDueState::UpToDate);
    QCOMPARE(asha.overdueDays, 0);
    QCOMPARE(asha.supervisors, QStringList { QStringLiteral("Sam Super (peer)") });
    QCOMPARE(asha.lastWellbeingIn, std::optional<int>(8)); // the last session that had a check-in
    const SupervisionStatus& ben = table.value().rows[0];
    QVERIFY(!ben.lastHeldOn.isValid());
    QCOMPARE(ben.countsFrom, QDate(2026, 1, 1));
    QCOMPARE(ben.nextDue, QDate(2026, 1, 31));
    QCOMPARE(ben.state, SupervisionDueState::Overdue);
    QCOMPARE(ben.overdueDays, 295);
    QVERIFY(ben.supervisors.isEmpty());
    QVERIFY(!ben.lastWellbeingIn.has_value());
    QCOMPARE(table.value().count(SupervisionDueState::Overdue), 3);
    QCOMPARE(table.value().count(SupervisionDueState::UpToDate), 1);
    // As of the day before the last session, the one before counts.
    auto earlier = service.compliance(m_admin, QDate(2026, 11, 19), 7);
    QVERIFY(earlier);
    QCOMPARE(earlier.value().rows[2].lastHeldOn, QDate(2026, 11, 1));
    QCOMPARE(earlier.value().rows[2].nextDue, QDate(2026, 12, 1));
    QCOMPARE(earlier.value().rows[2].state, SupervisionDueState::UpToDate);
    auto wider = service.compliance(m_admin, QDate(2026, 11, 19), 14);
    QCOMPARE(wider.value().rows[2].state, SupervisionDueState::DueSoon);
}

void TstSupervision::superviseesView()
{
    SupervisionService service(*m_db);
    const Actor sam = as(Role::Supervisor, m_supervisor);
    const qint64 paused = addWorker(QStringLiteral("Paula"), { RoleSpan { kVolunteer, QDate(2026, 1, 1), {} } },
        { StatusAt { QStringLiteral("active"), QDate(2026, 1, 1) },
            StatusAt { QStringLiteral("paused"), QDate(2026, 9, 1) } },
        QStringLiteral("Paused"));
    for (const qint64 worker : { m_asha, m_ben, paused }) {
        SupervisionArrangement a;
        a.workerId = worker;
        a.supervisorWorkerId = m_supervisor;
        a.supervisorKind = QString::fromLatin1(supervision::kPeer);
        a.startsOn = QDate(2026, 1, 1);
        if (worker == m_ben) {
            a.endsOn = QDate(2026, 11, 1); // Ben has moved to another supervisor
        }
        QVERIFY(service.saveArrangement(m_admin, a));
    }
    QVERIFY(session(QDate(2026, 11, 20), { m_asha }));
    auto view = service.supervisees(sam, m_supervisor, kToday, 7);
    QVERIFY(view);
    QCOMPARE(view.value().rows.size(), 1); // Ben's arrangement ended; Paula is paused
    QCOMPARE(view.value().rows[0].workerId, m_asha);
    QCOMPARE(view.value().rows[0].nextDue, QDate(2026, 12, 20));
    auto before = service.supervisees(sam, m_supervisor, QDate(2026, 10, 1), 7);
    QVERIFY(before);
    QCOMPARE(before.value().rows.size(), 2);
    // The dashboard's overdue list for Sam is his supervisees only: Asha is not overdue.
    auto overdue = service.overdue(sam, kToday);
    QVERIFY(overdue);
    QVERIFY(overdue.value().isEmpty());
    auto overdueThen = service.overdue(sam, QDate(2026, 10, 1));
    QVERIFY(overdueThen);
    QCOMPARE(overdueThen.value().size(), 2);
    // A coordinator may look at Sam's view.
    QVERIFY(service.supervisees(as(Role::Coordinator, m_coordinator), m_supervisor, kToday, 7));
}

void TstSupervision::currentArrangementsForCoordinators()
{
    SupervisionService service(*m_db);
    const Actor cora = as(Role::Coordinator, m_coordinator);
    auto arrange = [&](qint64 worker, qint64 supervisor, const QString& external, const QDate& from, const QDate& to) {
        SupervisionArrangement a;
        a.workerId = worker;
        a.supervisorWorkerId = supervisor;
        a.externalSupervisor = external;
        a.supervisorKind = QString::fromLatin1(supervisor ? supervision::kPeer : supervision::kExternal);
        a.startsOn = from;
        a.endsOn = to;
        auto id = service.saveArrangement(cora, a);
        return id ? id.value() : qint64(0);
    };
    QVERIFY(arrange(m_ben, m_supervisor, {}, QDate(2026, 1, 1), {}));
    QVERIFY(arrange(m_asha, m_supervisor, {}, QDate(2026, 1, 1), {}));
    QVERIFY(arrange(m_asha, 0, QStringLiteral("Dr Lee"), QDate(2026, 3, 1), {}));
    QVERIFY(arrange(m_ben, m_coordinator, {}, QDate(2025, 1, 1), QDate(2025, 12, 31))); // ended
    QVERIFY(arrange(m_coordinator, m_supervisor, {}, QDate(2026, 12, 1), {})); // not yet begun

    auto now = service.currentArrangements(cora, kToday);
    QVERIFY2(now, qPrintable(now.message()));
    QCOMPARE(now.value().size(), 3);
    // By supervisor (people here before people outside), then supervisee by family name.
    QCOMPARE(now.value()[0].supervisorWorkerId, m_supervisor);
    QCOMPARE(now.value()[0].workerName, QStringLiteral("Ben Adams"));
    QCOMPARE(now.value()[1].workerName, QStringLiteral("Asha Khan"));
    QCOMPARE(now.value()[2].supervisorName, QStringLiteral("Dr Lee"));
    auto then = service.currentArrangements(cora, QDate(2025, 6, 1));
    QVERIFY(then);
    QCOMPARE(then.value().size(), 1);
    QCOMPARE(then.value()[0].supervisorWorkerId, m_coordinator);
    // Only for those who see everyone's supervision.
    QCOMPARE(service.currentArrangements(as(Role::Supervisor, m_supervisor), kToday).error().code,
        Error::Code::PermissionDenied);
    QCOMPARE(service.currentArrangements(as(Role::Trustee), kToday).error().code, Error::Code::PermissionDenied);
}

void TstSupervision::summariesSayWhetherSignedOff()
{
    SupervisionService service(*m_db);
    SupervisionEntry unsigned1 = oneToOne(QDate(2026, 11, 2), m_asha, m_supervisor);
    SupervisionEntry supervisorOnly = oneToOne(QDate(2026, 11, 3), m_asha, m_supervisor);
    supervisorOnly.supervisorSignedOn = QDate(2026, 11, 3);
    SupervisionEntry group = oneToOne(QDate(2026, 11, 4), m_asha, m_supervisor);
    group.kind = QString::fromLatin1(supervision::kGroupReflective);
    SupervisionAttendee ben;
    ben.workerId = m_ben;
    group.attendees << ben;
    group.supervisorSignedOn = QDate(2026, 11, 4);
    group.attendees[0].signedOn = QDate(2026, 11, 5); // Asha signed, Ben not yet
    SupervisionEntry all = oneToOne(QDate(2026, 11, 6), m_asha, m_supervisor);
    all.supervisorSignedOn = QDate(2026, 11, 6);
    all.attendees[0].signedOn = QDate(2026, 11, 7);
    for (const SupervisionEntry& e : { unsigned1, supervisorOnly, group, all }) {
        QVERIFY(save(e, m_admin));
    }
    auto history = service.history(m_admin, m_asha);
    QVERIFY(history);
    QCOMPARE(history.value().size(), 4);
    const QList<SupervisionSummary>& h = history.value(); // newest first
    QVERIFY(h[0].isSignedOff());
    QCOMPARE(h[0].supervisorSignedOn, QDate(2026, 11, 6));
    QCOMPARE(h[0].superviseesSigned, 1);
    QVERIFY(!h[1].isSignedOff());
    QCOMPARE(h[1].superviseeWorkerIds.size(), 2);
    QCOMPARE(h[1].superviseesSigned, 1);
    QVERIFY(!h[2].isSignedOff());
    QVERIFY(h[2].supervisorSignedOn.isValid());
    QCOMPARE(h[2].superviseesSigned, 0);
    QVERIFY(!h[3].isSignedOff());
    QVERIFY(!h[3].supervisorSignedOn.isValid());
}

void TstSupervision::wellbeingPoints()
{
    SupervisionService service(*m_db);
    const qint64 other = addWorker(QStringLiteral("Olu"), QStringLiteral("Peer supervisor"), QStringLiteral("Other"));
    const QList<std::pair<QDate, int>> scores
        = { { QDate(2026, 7, 1), 7 }, { QDate(2026, 8, 1), 5 }, { QDate(2026, 9, 1), 3 }, { QDate(2026, 10, 1), 6 } };
    for (const auto& [day, score] : scores) {
        SupervisionEntry e = oneToOne(day, m_asha, day.month() == 9 ? other : m_supervisor);
        e.attendees[0].wellbeingIn = score;
        e.attendees[0].wellbeingOut = score + 1;
        QVERIFY(save(e, m_admin));
    }
    QVERIFY(session(QDate(2026, 11, 1), { m_asha })); // no check-in: no point
    auto points = service.wellbeing(m_admin, m_asha);
    QVERIFY(points);
    QCOMPARE(points.value().size(), 4);
    QCOMPARE(points.value()[0].heldOn, QDate(2026, 7, 1)); // oldest first
    QCOMPARE(points.value()[2].in, std::optional<int>(3)); // the dip
    QCOMPARE(points.value()[2].out, std::optional<int>(4));
    QCOMPARE(points.value()[3].kind, QStringLiteral("reflective"));
    // Sam sees the points of his own sessions only; Asha sees all of hers.
    auto sams = service.wellbeing(as(Role::Supervisor, m_supervisor), m_asha);
    QVERIFY(sams);
    QCOMPARE(sams.value().size(), 3);
    auto ashas = service.wellbeing(as(Role::Supervisor, m_asha), m_asha);
    QVERIFY(ashas);
    QCOMPARE(ashas.value().size(), 4);
}

void TstSupervision::reportTexts()
{
    QCOMPARE(SupervisionReport::columnTitles().size(), SupervisionReport::rowTexts(SupervisionStatus()).size());
    SupervisionStatus row;
    row.name = QStringLiteral("Asha Khan");
    row.roles = { kVolunteer, QStringLiteral("Peer trainer") };
    row.supervisors = { QStringLiteral("Sam Super (peer)"), QStringLiteral("Dr Lee (external)") };
    row.lastHeldOn = QDate(2026, 10, 1);
    row.lastKind = QStringLiteral("group_reflective");
    row.nextDue = QDate(2026, 10, 31);
    row.state = SupervisionDueState::Overdue;
    row.overdueDays = 22;
    row.openActions = 2;
    row.overdueActions = 1;
    QCOMPARE(SupervisionReport::rowTexts(row),
        QStringList({ QStringLiteral("Asha Khan"), QStringLiteral("Volunteer peer mentor; Peer trainer"),
            QStringLiteral("Sam Super (peer); Dr Lee (external)"), QStringLiteral("1 Oct 2026"),
            QStringLiteral("Group reflective practice"), QStringLiteral("31 Oct 2026"),
            QStringLiteral("Overdue by 22 days"), QStringLiteral("22"), QStringLiteral("2"), QStringLiteral("1") }));
    QCOMPARE(SupervisionReport::stateText(row, kToday), QStringLiteral("Overdue by 22 days"));
    row.nextDue = kToday.addDays(3);
    row.state = SupervisionDueState::DueSoon;
    row.overdueDays = 0;
    QCOMPARE(SupervisionReport::stateText(row, kToday), QStringLiteral("Due in 3 days"));
    row.nextDue = kToday.addDays(1);
    QCOMPARE(SupervisionReport::stateText(row, kToday), QStringLiteral("Due in 1 day"));
    row.nextDue = kToday.addDays(20);
    row.state = SupervisionDueState::UpToDate;
    QCOMPARE(SupervisionReport::stateText(row, kToday), QStringLiteral("Up to date"));
    row.lastHeldOn = QDate();
    row.lastKind.clear();
    QCOMPARE(SupervisionReport::rowTexts(row)[3], QStringLiteral("Never"));

    // A record, line by line, in the order the header gives.
    SupervisionEntry e;
    e.heldOn = QDate(2026, 11, 3);
    e.durationMinutes = 90;
    e.kind = QString::fromLatin1(supervision::kGroupReflective);
    e.format = QString::fromLatin1(supervision::kVideo);
    e.supervisorName = QStringLiteral("Sam Super");
    e.supervisorKind = QString::fromLatin1(supervision::kPeer);
    e.attendees = { SupervisionAttendee { 1, QStringLiteral("Asha Khan"), 4, 6, QDate(2026, 11, 4) },
        SupervisionAttendee { 2, QStringLiteral("Ben Adams"), std::nullopt, std::nullopt, {} } };
    e.themeNames = { QStringLiteral("Boundaries"), QStringLiteral("Endings") };
    e.summary = QStringLiteral("Shared learning about endings.");
    SupervisionAction a;
    a.description = QStringLiteral("Read the endings guide");
    a.ownerName = QStringLiteral("Asha Khan");
    a.dueOn = QDate(2026, 11, 30);
    e.actions << a;
    e.supervisorSignedOn = QDate(2026, 11, 3);
    e.hasPrivateNotes = true;
    e.privateNotes = QStringLiteral("never shown");
    QStringList lines;
    for (const ReportLine& line : SupervisionReport::recordLines(e)) {
        lines << line.label + QStringLiteral(": ") + line.value;
    }
    QCOMPARE(lines,
        QStringList({ QStringLiteral("Date: 3 November 2026"), QStringLiteral("Duration: 90 minutes"),
            QStringLiteral("Type: Group reflective practice"), QStringLiteral("Format: Video call"),
            QStringLiteral("Supervisor: Sam Super (peer)"),
            QStringLiteral(
                "Person in the group: Asha Khan: wellbeing at check-in 4 out of 10, at check-out 6 out of 10"),
            QStringLiteral(
                "Person in the group: Ben Adams: wellbeing at check-in not recorded, at check-out not recorded"),
            QStringLiteral("Themes: Boundaries, Endings"),
            QStringLiteral("Shareable summary: Shared learning about endings."),
            QStringLiteral("Agreed action: Read the endings guide; owner: Asha Khan; due 30 November 2026; still open"),
            QStringLiteral("Signed off by the supervisor: 3 November 2026"),
            QStringLiteral("Signed off by Asha Khan: 4 November 2026"),
            QStringLiteral("Signed off by Ben Adams: Not yet"),
            QStringLiteral("Private notes: Kept in Alongside for the supervisor and the people supervised only; never "
                           "printed or exported.") }));
    // No notes, no line about them.
    e.hasPrivateNotes = false;
    QVERIFY(!SupervisionReport::recordLines(e).last().label.contains(QStringLiteral("Private")));
}

void TstSupervision::exportAndPrintAreAudited()
{
    QVERIFY(session(QDate(2026, 11, 10), { m_asha }));
    SupervisionService service(*m_db);
    SupervisionReport report(*m_db);
    auto table = service.compliance(m_admin, kToday, 7);
    QVERIFY(table);
    const QString path = m_dir->filePath(QStringLiteral("table.csv"));
    QVERIFY(report.exportCsv(m_admin, table.value(), path));
    auto parsed = csv::parse(test::fileBytes(path));
    QVERIFY(parsed);
    QCOMPARE(parsed.value().size(), table.value().rows.size() + 1);
    QCOMPARE(parsed.value()[0], SupervisionReport::columnTitles());
    QCOMPARE(parsed.value()[1], SupervisionReport::rowTexts(table.value().rows[0]));
    QCOMPARE(
        test::scalar(*m_db,
            QStringLiteral("SELECT note FROM audit_log WHERE action = 'export' AND entity = 'supervision_compliance'"))
            .toString(),
        QStringLiteral("csv, 4 people"));
    // A supervisor may not export or print the table, but may print a record they were in.
    const Actor sam = as(Role::Supervisor, m_supervisor);
    QCOMPARE(report.exportCsv(sam, table.value(), path).error().code, Error::Code::PermissionDenied);
    QCOMPARE(report.recordPrint(sam, QStringLiteral("compliance table")).error().code, Error::Code::PermissionDenied);
    const qint64 id = test::scalar(*m_db, QStringLiteral("SELECT id FROM supervision_entry")).toLongLong();
    QVERIFY(report.recordPrint(sam, QStringLiteral("record"), id));
    QCOMPARE(auditCount(QStringLiteral("export"), QStringLiteral("supervision_entry"), QString::number(id)), 1);
    const qint64 other = addWorker(QStringLiteral("Olu"), QStringLiteral("Peer supervisor"), QStringLiteral("Other"));
    QCOMPARE(report.recordPrint(as(Role::Supervisor, other), QStringLiteral("record"), id).error().code,
        Error::Code::PermissionDenied);
    QCOMPARE(report.recordPrint(sam, QStringLiteral("record"), 9999).error().code, Error::Code::NotFound);
    // An unwritable place gives a message that says what to do.
    const Status bad = report.exportCsv(m_admin, table.value(), m_dir->filePath(QStringLiteral("no/such/dir/t.csv")));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Code::Io);
}

// ---- upgrade ---------------------------------------------------------------------------------------------

void TstSupervision::upgradeFromVersion4KeepsWhatWasWritten()
{
    // The version 4 fixture holds 24 one-to-one and group entries for two workers (figures read
    // from the committed file with sqlite3): Emma Whitfield (worker 2), supervised by an outside
    // supervisor, and Helen O'Brien (worker 8), whose entries name no supervisor.
    QTemporaryDir dir;
    const QString path = test::copyFixture(dir, QStringLiteral("schema-v4.alongside"));
    auto upgraded = test::openOrCreate(path); // opening upgrades
    QVERIFY(upgraded);
    const Database& db = *upgraded;
    const QString external = QStringLiteral("External clinical supervisor (Calder Bridge Psychology)");

    // Nothing lost.
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt(), 24);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM supervision_attendee")).toInt(), 24);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT SUM(wellbeing_in) FROM supervision_attendee")).toInt(), 163);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT SUM(wellbeing_out) FROM supervision_attendee")).toInt(), 188);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(summary) FROM supervision_entry")).toInt(), 24);
    QCOMPARE(
        test::scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE external_supervisor = '%1'").arg(external))
            .toInt(),
        12);

    // Kinds of supervisor: the outside name is external; entries with no supervisor have none.
    QCOMPARE(
        test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE supervisor_kind = 'external'"))
            .toInt(),
        12);
    QCOMPARE(test::scalar(db,
                 QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE supervisor_kind IS NULL AND "
                                "supervisor_id IS NULL AND external_supervisor IS NULL"))
                 .toInt(),
        12);
    QCOMPARE(test::scalar(
                 db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE supervisor_signed_on IS NOT NULL"))
                 .toInt(),
        0);

    // Arrangements: Emma's outside supervisor from their first session; Helen had no one named.
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement")).toInt(), 1);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT worker_id FROM supervision_arrangement")).toLongLong(), 2);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT external_supervisor FROM supervision_arrangement")).toString(),
        external);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT supervisor_kind FROM supervision_arrangement")).toString(),
        QStringLiteral("external"));
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT starts_on FROM supervision_arrangement")).toString(),
        QStringLiteral("2025-11-27"));
    QVERIFY(test::scalar(db, QStringLiteral("SELECT ends_on FROM supervision_arrangement")).isNull());

    // Themes seeded, none yet on any entry; no actions.
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM supervision_theme WHERE active = 1")).toInt(), 9);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry_theme")).toInt(), 0);
    QCOMPARE(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM supervision_action")).toInt(), 0);

    // The service reads the upgraded records.
    SupervisionService service(*upgraded);
    auto list = service.entries(m_admin, QDate(2025, 1, 1), kToday);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 24);
    auto one = service.entry(m_admin, list.value().first().id);
    QVERIFY(one);
    QCOMPARE(one.value().attendees.size(), 1);
    auto table = service.compliance(m_admin, kToday, 7);
    QVERIFY(table);
    QCOMPARE(table.value().rows.size(), 2); // Emma Nguyen left in 2024
    QCOMPARE(table.value().rows[0].name, QStringLiteral("Helen O'Brien"));
    QCOMPARE(table.value().rows[0].lastHeldOn, QDate(2026, 10, 30));
    QCOMPARE(table.value().rows[0].nextDue, QDate(2026, 11, 29));
    QVERIFY(table.value().rows[0].supervisors.isEmpty());
    QCOMPARE(table.value().rows[1].name, QStringLiteral("Emma Whitfield"));
    QCOMPARE(table.value().rows[1].nextDue, QDate(2026, 12, 2));
    QCOMPARE(table.value().rows[1].supervisors, QStringList { external + QStringLiteral(" (external)") });
    // An old entry with no supervisor must be given one before it can be saved again.
    SupervisionEntry old = service
                               .entry(m_admin,
                                   test::scalar(db,
                                       QStringLiteral("SELECT MIN(id) FROM "
                                                      "supervision_entry WHERE supervisor_kind "
                                                      "IS NULL"))
                                       .toLongLong())
                               .value();
    auto refused = service.saveEntry(m_admin, old);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("Choose the supervisor")), qPrintable(refused.message()));
}

QTEST_GUILESS_MAIN(TstSupervision)
#include "tst_supervision.moc"
