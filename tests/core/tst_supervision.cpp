// Supervision: when each worker is next due (role intervals, role changes, pauses, group sessions),
// saving whole records with their validation and permissions, private notes, undo, arrangements,
// themes, actions, the compliance table and the supervisor's view, wellbeing, every export path
// (none may carry private notes) and the upgrade from schema version 4. All with a fixed today.

#include "core/audit/auditlog.h"
#include "core/db/database.h"
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

QTEST_GUILESS_MAIN(TstSupervision)
#include "tst_supervision.moc"
