// Co-production and stories (issue 8): meetings saved whole with validation, undo and permissions;
// attendance counts by standing per period; service changes; standings and journeys (and what a
// supervisor may not see); stories resting on consent, so that a withdrawn or removed consent takes
// the story out of the report data; and the identifier check on anonymised text.

#include "core/clients/clientservice.h"
#include "core/clients/clienttypes.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/involvement/identifiers.h"
#include "core/involvement/involvementservice.h"
#include "core/involvement/storyservice.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace alongside;
using namespace alongside::core;
using Role = Actor::Role;

namespace {

const QDate kToday(2026, 11, 22);

Actor as(Role role, const QString& userName = QStringLiteral("tester"))
{
    Actor a = Actor::localUser();
    a.role = role;
    a.userName = userName;
    a.accountId = 0;
    return a;
}

MeetingAttendee onFile(qint64 personId, const char* standing)
{
    MeetingAttendee a;
    a.personId = personId;
    a.standing = QString::fromLatin1(standing);
    return a;
}

MeetingAttendee outsider(const QString& name, const QString& organisation)
{
    MeetingAttendee a;
    a.externalName = name;
    a.organisation = organisation;
    a.standing = QString::fromLatin1(involvement::kStakeholder);
    return a;
}

} // namespace

Q_DECLARE_METATYPE(alongside::core::IdentifierWarning::Kind)

class TstInvolvement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void schemaSeedsGroupsAndThemes();
    void meetingRoundTripKeepsIds();
    void removedMeetingComesBackWithItsId();
    void validation_data();
    void validation();
    void permissions();
    void attendanceByStandingPerPeriod();
    void serviceChangesInPeriod();
    void standingOnADay();
    void journeyFromSupportedToPaid();
    void supervisorDoesNotSeeSupportedPast();

    void storyRoundTrip();
    void storyRestsOnItsWritersStoryConsent();
    void withdrawnConsentRemovesStoryFromReport();
    void reportLeavesOutStoriesStillIdentifying();

    void identifiers_data();
    void identifiers();
    void identifierPositionsAndMessages();
    void checkAnonymisedUsesTheDatabase();

private:
    qint64 person(const QString& given, const QString& family, const QString& dob = {});
    qint64 client(qint64 personId, const QDate& referred, const QDate& episodeEnded = {});
    qint64 worker(qint64 personId, const QString& payBasis, bool peer, const QDate& from, const QDate& to = {});
    qint64 group(const QString& name);
    Meeting meetingOn(const QDate& day, qint64 groupId, const QList<MeetingAttendee>& attendees);
    qint64 storyConsent(qint64 personId, const QDate& given, const QDate& withdrawn = {});

    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_coordinator = as(Role::Coordinator, QStringLiteral("coord"));
    int m_roleTypes = 0;
};

void TstInvolvement::init()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("i.alongside")));
    QVERIFY(m_db);
    m_roleTypes = 0;
}

void TstInvolvement::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_clock.reset();
}

qint64 TstInvolvement::person(const QString& given, const QString& family, const QString& dob)
{
    const QString sql
        = QStringLiteral("INSERT INTO person (given_name, family_name, date_of_birth, created_at, "
                         "updated_at) VALUES ('%1', '%2', %3, 'x', 'x')")
              .arg(given, family, dob.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(dob));
    if (!test::execSql(*m_db, sql)) {
        return 0;
    }
    return test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM person")).toLongLong();
}

qint64 TstInvolvement::client(qint64 personId, const QDate& referred, const QDate& episodeEnded)
{
    const QString p = QString::number(personId);
    const bool ok
        = test::execSql(*m_db, QStringLiteral("INSERT INTO client (person_id, created_at) VALUES (%1, 'x')").arg(p))
        && test::execSql(*m_db,
            QStringLiteral("INSERT INTO referral (client_id, referred_on, source_category) SELECT id, '%1', 'self' "
                           "FROM client WHERE person_id = %2")
                .arg(referred.toString(Qt::ISODate), p))
        && test::execSql(*m_db,
            QStringLiteral("INSERT INTO episode (referral_id, component_id, starts_on, ended_on, ending_reason) "
                           "SELECT MAX(r.id), (SELECT MIN(id) FROM service_component), '%1', %2, %3 FROM referral r "
                           "JOIN client c ON c.id = r.client_id WHERE c.person_id = %4")
                .arg(referred.toString(Qt::ISODate),
                    episodeEnded.isValid() ? QStringLiteral("'%1'").arg(episodeEnded.toString(Qt::ISODate))
                                           : QStringLiteral("NULL"),
                    episodeEnded.isValid() ? QStringLiteral("'planned'") : QStringLiteral("NULL"), p));
    return ok ? test::scalar(*m_db, QStringLiteral("SELECT id FROM client WHERE person_id = %1").arg(p)).toLongLong()
              : 0;
}

qint64 TstInvolvement::worker(qint64 personId, const QString& payBasis, bool peer, const QDate& from, const QDate& to)
{
    const QString p = QString::number(personId);
    ++m_roleTypes;
    const QString roleName = QStringLiteral("Test role %1").arg(m_roleTypes);
    const bool ok = test::execSql(*m_db,
                        QStringLiteral("INSERT INTO worker (person_id, created_at) SELECT %1, 'x' WHERE NOT EXISTS "
                                       "(SELECT 1 FROM worker WHERE person_id = %1)")
                            .arg(p))
        && test::execSql(*m_db,
            QStringLiteral("INSERT INTO role_type (name, is_peer, default_pay_basis) VALUES ('%1', %2, '%3')")
                .arg(roleName, peer ? QStringLiteral("1") : QStringLiteral("0"), payBasis))
        && test::execSql(*m_db,
            QStringLiteral("INSERT INTO worker_role (worker_id, role_type_id, pay_basis, starts_on, ends_on) "
                           "SELECT w.id, t.id, '%1', '%2', %3 FROM worker w, role_type t WHERE w.person_id = %4 "
                           "AND t.name = '%5'")
                .arg(payBasis, from.toString(Qt::ISODate),
                    to.isValid() ? QStringLiteral("'%1'").arg(to.toString(Qt::ISODate)) : QStringLiteral("NULL"), p,
                    roleName))
        && test::execSql(*m_db,
            QStringLiteral("INSERT INTO worker_status (worker_id, status, since) SELECT id, 'active', '%1' FROM worker "
                           "WHERE person_id = %2")
                .arg(from.toString(Qt::ISODate), p));
    return ok ? test::scalar(*m_db, QStringLiteral("SELECT id FROM worker WHERE person_id = %1").arg(p)).toLongLong()
              : 0;
}

qint64 TstInvolvement::group(const QString& name)
{
    return test::scalar(*m_db,
        QStringLiteral("SELECT id FROM involvement_group WHERE name = '%1'")
            .arg(QString(name).replace(u'\'', QStringLiteral("''"))))
        .toLongLong();
}

Meeting TstInvolvement::meetingOn(const QDate& day, qint64 groupId, const QList<MeetingAttendee>& attendees)
{
    Meeting m;
    m.groupId = groupId;
    m.heldOn = day;
    m.durationMinutes = 90;
    m.attendees = attendees;
    return m;
}

qint64 TstInvolvement::storyConsent(qint64 personId, const QDate& given, const QDate& withdrawn)
{
    Consent c;
    c.personId = personId;
    c.purpose = QStringLiteral("story");
    c.givenOn = given;
    c.withdrawnOn = withdrawn;
    auto id = ClientService(*m_db).saveConsent(m_coordinator, c);
    return id ? id.value() : 0;
}

void TstInvolvement::schemaSeedsGroupsAndThemes()
{
    InvolvementService service(*m_db);
    auto groups = service.groups(m_coordinator);
    QVERIFY2(groups, qPrintable(groups.error().message));
    QCOMPARE(groups.value().size(), 2);
    QCOMPARE(groups.value().first().name, QStringLiteral("Co-production group"));
    QCOMPARE(groups.value().first().meetsEveryWeeks, 8);
    auto themes = StoryService(*m_db).themes(m_coordinator);
    QVERIFY(themes);
    QStringList names;
    for (const StoryTheme& t : themes.value()) {
        names << t.name;
    }
    QVERIFY(names.contains(QStringLiteral("Hope")));
    QVERIFY(names.contains(QStringLiteral("Becoming a volunteer")));
}

void TstInvolvement::meetingRoundTripKeepsIds()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const qint64 bo = person(QStringLiteral("Bo"), QStringLiteral("Ray"));
    InvolvementService service(*m_db);
    Meeting m = meetingOn(QDate(2026, 10, 1), group(QStringLiteral("Co-production group")),
        { onFile(ann, involvement::kSupported), onFile(bo, involvement::kVolunteer),
            outsider(QStringLiteral("Dr Okoro"), QStringLiteral("Primary care team")) });
    m.topics = { QStringLiteral("Waiting list"), QStringLiteral("  "), QStringLiteral("Evening group") };
    m.location = QStringLiteral("Community room");
    m.decisions = { MeetingDecision { 0, QStringLiteral("Run an evening group"),
        QStringLiteral("Evening group started"), QDate(2026, 11, 3), 0, {} } };
    m.actions = { MeetingAction { 0, QStringLiteral("Book the room"), bo, {}, QDate(2026, 10, 15), {}, {} },
        MeetingAction { 0, QStringLiteral("Ask the GP practice"), 0, QStringLiteral("Dr Okoro"), {}, {}, {} } };
    auto id = service.saveMeeting(m_coordinator, m);
    QVERIFY2(id, qPrintable(id.error().message));

    auto read = service.meeting(m_coordinator, id.value());
    QVERIFY(read);
    const Meeting& r = read.value();
    QCOMPARE(r.topics, QStringList({ QStringLiteral("Waiting list"), QStringLiteral("Evening group") }));
    QCOMPARE(r.attendees.size(), 3);
    QCOMPARE(r.attendees[0].name, QStringLiteral("Ann Lee"));
    QCOMPARE(r.attendees[2].name, QStringLiteral("Dr Okoro"));
    QCOMPARE(r.attendees[2].organisation, QStringLiteral("Primary care team"));
    QCOMPARE(r.decisions.size(), 1);
    QVERIFY(r.decisions[0].hasChange());
    QCOMPARE(r.actions.size(), 2);
    QCOMPARE(r.actions[0].ownerName, QStringLiteral("Bo Ray"));
    QCOMPARE(r.actions[1].ownerName, QStringLiteral("Dr Okoro"));
    QCOMPARE(r.recordedBy, m_coordinator.shownName());

    // Saved again with one action done and the other removed: ids stay.
    Meeting changed = r;
    changed.actions.removeLast();
    changed.actions[0].doneOn = QDate(2026, 10, 10);
    QVERIFY(service.saveMeeting(m_coordinator, changed));
    auto again = service.meeting(m_coordinator, id.value());
    QVERIFY(again);
    QCOMPARE(again.value().actions.size(), 1);
    QCOMPARE(again.value().actions[0].id, r.actions[0].id);
    QCOMPARE(again.value().decisions[0].id, r.decisions[0].id);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT fields FROM audit_log WHERE entity = 'meeting' AND action = "
                                "'update' ORDER BY seq DESC LIMIT 1"))
                 .toString(),
        QStringLiteral("actions"));

    auto list = service.meetings(m_coordinator, 0, QDate(2026, 1, 1), kToday);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 1);
    QCOMPARE(list.value()[0].attendees, 3);
    QCOMPARE(list.value()[0].attendeesByStanding.value(QStringLiteral("stakeholder")), 1);
    QCOMPARE(list.value()[0].changes, 1);
    QCOMPARE(list.value()[0].openActions, 0);
}

void TstInvolvement::removedMeetingComesBackWithItsId()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    InvolvementService service(*m_db);
    Meeting m = meetingOn(
        QDate(2026, 10, 1), group(QStringLiteral("Co-production group")), { onFile(ann, involvement::kSupported) });
    m.actions = { MeetingAction { 0, QStringLiteral("Write up"), ann, {}, {}, {}, {} } };
    auto id = service.saveMeeting(m_coordinator, m);
    QVERIFY(id);
    auto before = service.meeting(m_coordinator, id.value());
    QVERIFY(before);
    QVERIFY(service.removeMeeting(m_coordinator, id.value()));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM meeting_attendee")).toInt(), 0);
    auto restored = service.saveMeeting(m_coordinator, before.value());
    QVERIFY(restored);
    QCOMPARE(restored.value(), id.value());
    auto after = service.meeting(m_coordinator, id.value());
    QVERIFY(after);
    QCOMPARE(after.value(), before.value());
    const Status gone = service.removeMeeting(m_coordinator, 9999);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Error::Code::NotFound);
}

void TstInvolvement::validation_data()
{
    QTest::addColumn<std::function<void(Meeting&)>>("change");
    QTest::addColumn<QString>("message");
    QTest::newRow("future") << std::function<void(Meeting&)>([](Meeting& m) { m.heldOn = kToday.addDays(1); })
                            << QStringLiteral("in the future");
    QTest::newRow("no group") << std::function<void(Meeting&)>([](Meeting& m) { m.groupId = 0; })
                              << QStringLiteral("Choose the group");
    QTest::newRow("nobody") << std::function<void(Meeting&)>([](Meeting& m) { m.attendees.clear(); })
                            << QStringLiteral("at least one");
    QTest::newRow("outsider as volunteer") << std::function<void(Meeting&)>([](Meeting& m) {
        m.attendees << outsider(QStringLiteral("Kim"), {});
        m.attendees.last().standing = QStringLiteral("volunteer");
    }) << QStringLiteral("only as a stakeholder");
    QTest::newRow("outsider twice") << std::function<void(Meeting&)>([](Meeting& m) {
        m.attendees << outsider(QStringLiteral("Kim"), QStringLiteral("GP"))
                    << outsider(QStringLiteral("kim"), QStringLiteral("gp"));
    }) << QStringLiteral("twice");
    QTest::newRow("person twice") << std::function<void(Meeting&)>([](Meeting& m) {
        m.attendees << m.attendees.first();
    }) << QStringLiteral("twice");
    QTest::newRow("unknown standing") << std::function<void(Meeting&)>([](Meeting& m) {
        m.attendees.first().standing = QStringLiteral("trustee");
    }) << QStringLiteral("Choose what each person attended as");
    QTest::newRow("change dated without words") << std::function<void(Meeting&)>([](Meeting& m) {
        m.decisions << MeetingDecision { 0, QStringLiteral("Decide"), {}, QDate(2026, 11, 1), 0, {} };
    }) << QStringLiteral("no words saying what changed");
    QTest::newRow("change before meeting") << std::function<void(Meeting&)>([](Meeting& m) {
        m.decisions << MeetingDecision { 0, QStringLiteral("Decide"), QStringLiteral("Done"), QDate(2026, 9, 1), 0,
            {} };
    }) << QStringLiteral("before the meeting");
    QTest::newRow("empty action") << std::function<void(Meeting&)>([](Meeting& m) {
        m.actions << MeetingAction { 0, QStringLiteral("  "), 0, {}, {}, {}, {} };
    }) << QStringLiteral("Each action");
    QTest::newRow("too long") << std::function<void(Meeting&)>([](Meeting& m) { m.durationMinutes = 2000; })
                              << QStringLiteral("24 hours");
}

void TstInvolvement::validation()
{
    QFETCH(std::function<void(Meeting&)>, change);
    QFETCH(QString, message);
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    Meeting m = meetingOn(
        QDate(2026, 10, 1), group(QStringLiteral("Co-production group")), { onFile(ann, involvement::kSupported) });
    QVERIFY(InvolvementService::validate(m, kToday));
    change(m);
    auto saved = InvolvementService(*m_db).saveMeeting(m_coordinator, m);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::InvalidInput);
    QVERIFY2(saved.error().message.contains(message), qPrintable(saved.error().message));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM meeting")).toInt(), 0);
}

void TstInvolvement::permissions()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    InvolvementService service(*m_db);
    const Meeting m = meetingOn(
        QDate(2026, 10, 1), group(QStringLiteral("Co-production group")), { onFile(ann, involvement::kSupported) });
    for (Role role : { Role::Supervisor, Role::Trustee, Role::ReadOnly }) {
        auto saved = service.saveMeeting(as(role), m);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::PermissionDenied);
    }
    auto id = service.saveMeeting(m_coordinator, m);
    QVERIFY(id);
    // Meetings name people supported: not for supervisors or trustees; read-only accounts may read.
    for (Role role : { Role::Supervisor, Role::Trustee }) {
        QVERIFY(!service.meetings(as(role), 0, {}, {}));
        QVERIFY(!service.meeting(as(role), id.value()));
        QVERIFY(!StoryService(*m_db).stories(as(role)));
    }
    QVERIFY(service.meetings(as(Role::ReadOnly), 0, {}, {}));
    // Counts carry no names: every role that runs reports gets them.
    for (Role role : { Role::Trustee, Role::Supervisor, Role::ReadOnly }) {
        QVERIFY(service.attendance(as(role), QDate(2026, 1, 1), kToday));
        QVERIFY(StoryService(*m_db).reportStories(as(role), QDate(2026, 1, 1), kToday, kToday));
    }
    QVERIFY(!service.saveGroup(as(Role::ReadOnly), InvolvementGroup { 0, QStringLiteral("X"), {}, 0, 0, true }));
    const Status removeUsed = service.removeGroup(m_coordinator, m.groupId);
    QVERIFY(!removeUsed);
    QVERIFY(removeUsed.error().message.contains(QStringLiteral("retire")));
}

void TstInvolvement::attendanceByStandingPerPeriod()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const qint64 bo = person(QStringLiteral("Bo"), QStringLiteral("Ray"));
    const qint64 cy = person(QStringLiteral("Cy"), QStringLiteral("Dee"));
    const qint64 dee = person(QStringLiteral("Dee"), QStringLiteral("Fox"));
    const qint64 coproduction = group(QStringLiteral("Co-production group"));
    const qint64 volunteers = group(QStringLiteral("Volunteers' peer support group"));
    InvolvementService service(*m_db);
    const QList<Meeting> meetings = {
        // Quarter 2 (July to September): the first and last days count.
        meetingOn(QDate(2026, 7, 1), coproduction,
            { onFile(ann, involvement::kSupported), onFile(bo, involvement::kVolunteer),
                onFile(cy, involvement::kStaff), outsider(QStringLiteral("Dr Okoro"), QStringLiteral("GP")) }),
        meetingOn(QDate(2026, 9, 30), coproduction,
            { onFile(ann, involvement::kVolunteer), onFile(dee, involvement::kPaidPeer),
                outsider(QStringLiteral("dr okoro"), QStringLiteral("gp")),
                outsider(QStringLiteral("Mo Ali"), QStringLiteral("Council")) }),
        meetingOn(QDate(2026, 8, 12), volunteers, { onFile(bo, involvement::kVolunteer) }),
        // Outside the quarter on either side.
        meetingOn(QDate(2026, 6, 30), coproduction, { onFile(ann, involvement::kSupported) }),
        meetingOn(QDate(2026, 10, 1), coproduction, { onFile(cy, involvement::kStaff) }),
    };
    for (const Meeting& m : meetings) {
        auto id = service.saveMeeting(m_coordinator, m);
        QVERIFY2(id, qPrintable(id.error().message));
    }
    auto counts = service.attendance(as(Role::Trustee), QDate(2026, 7, 1), QDate(2026, 9, 30));
    QVERIFY2(counts, qPrintable(counts.error().message));
    QCOMPARE(counts.value().size(), 2);
    const AttendanceCounts& c = counts.value()[0];
    QCOMPARE(c.groupName, QStringLiteral("Co-production group"));
    QCOMPARE(c.meetings, 2);
    QCOMPARE(c.attendances.value(QStringLiteral("supported")), 1);
    QCOMPARE(c.attendances.value(QStringLiteral("volunteer")), 2);
    QCOMPARE(c.attendances.value(QStringLiteral("staff")), 1);
    QCOMPARE(c.attendances.value(QStringLiteral("paid_peer")), 1);
    QCOMPARE(c.attendances.value(QStringLiteral("stakeholder")), 3);
    QCOMPARE(c.totalAttendances(), 8);
    // People: Ann once, under her latest standing (volunteer); Dr Okoro once whatever the case.
    QCOMPARE(c.people.value(QStringLiteral("supported")), 0);
    QCOMPARE(c.people.value(QStringLiteral("volunteer")), 2);
    QCOMPARE(c.people.value(QStringLiteral("staff")), 1);
    QCOMPARE(c.people.value(QStringLiteral("paid_peer")), 1);
    QCOMPARE(c.people.value(QStringLiteral("stakeholder")), 2);
    QCOMPARE(c.totalPeople(), 6);
    const AttendanceCounts& v = counts.value()[1];
    QCOMPARE(v.meetings, 1);
    QCOMPARE(v.attendances.value(QStringLiteral("volunteer")), 1);
    QCOMPARE(v.people.value(QStringLiteral("volunteer")), 1);

    // The next quarter sees only the October meeting.
    auto next = service.attendance(as(Role::Trustee), QDate(2026, 10, 1), QDate(2026, 12, 31));
    QVERIFY(next);
    QCOMPARE(next.value()[0].meetings, 1);
    QCOMPARE(next.value()[0].totalAttendances(), 1);
    QCOMPARE(next.value()[1].meetings, 0);
}

void TstInvolvement::serviceChangesInPeriod()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    InvolvementService service(*m_db);
    Meeting m = meetingOn(
        QDate(2026, 6, 10), group(QStringLiteral("Co-production group")), { onFile(ann, involvement::kSupported) });
    m.decisions = {
        MeetingDecision { 0, QStringLiteral("Evening group"), QStringLiteral("Evening group runs monthly"),
            QDate(2026, 8, 1), 0, {} },
        MeetingDecision { 0, QStringLiteral("Leaflet"), {}, {}, 0, {} }, // no change yet
        MeetingDecision { 0, QStringLiteral("Text reminders"), QStringLiteral("Reminders sent the day before"),
            QDate(2026, 10, 5), 0, {} },
    };
    QVERIFY(service.saveMeeting(m_coordinator, m));
    auto changes = service.serviceChanges(as(Role::Trustee), QDate(2026, 7, 1), QDate(2026, 9, 30));
    QVERIFY(changes);
    QCOMPARE(changes.value().size(), 1);
    QCOMPARE(changes.value()[0].changeMade, QStringLiteral("Evening group runs monthly"));
    QCOMPARE(changes.value()[0].decidedOn, QDate(2026, 6, 10));
    QCOMPARE(changes.value()[0].groupName, QStringLiteral("Co-production group"));
}

void TstInvolvement::standingOnADay()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    QVERIFY(client(ann, QDate(2024, 3, 1), QDate(2024, 9, 1)));
    QVERIFY(worker(ann, QStringLiteral("unpaid"), true, QDate(2025, 1, 6), QDate(2026, 2, 28)));
    QVERIFY(worker(ann, QStringLiteral("sessional"), true, QDate(2026, 3, 1)));
    const qint64 manager = person(QStringLiteral("Meg"), QStringLiteral("Ward"));
    QVERIFY(worker(manager, QStringLiteral("paid"), false, QDate(2020, 1, 1)));
    const qint64 stranger = person(QStringLiteral("Sol"), QStringLiteral("Hart"));
    InvolvementService service(*m_db);
    const auto standing = [&](qint64 p, const QDate& d) {
        auto s = service.standingOn(m_coordinator, p, d);
        return s ? s.value() : s.error().message;
    };
    QCOMPARE(standing(ann, QDate(2024, 1, 1)), QStringLiteral("stakeholder"));
    QCOMPARE(standing(ann, QDate(2024, 5, 1)), QStringLiteral("supported"));
    QCOMPARE(standing(ann, QDate(2024, 12, 1)), QStringLiteral("supported")); // supported before, no role yet
    QCOMPARE(standing(ann, QDate(2025, 6, 1)), QStringLiteral("volunteer"));
    QCOMPARE(standing(ann, QDate(2026, 5, 1)), QStringLiteral("paid_peer"));
    QCOMPARE(standing(manager, QDate(2026, 5, 1)), QStringLiteral("staff"));
    QCOMPARE(standing(stranger, QDate(2026, 5, 1)), QStringLiteral("stakeholder"));
    QVERIFY(!service.standingOn(as(Role::Supervisor), ann, QDate(2026, 5, 1)));
}

void TstInvolvement::journeyFromSupportedToPaid()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    QVERIFY(client(ann, QDate(2024, 3, 1), QDate(2024, 9, 1)));
    QVERIFY(worker(ann, QStringLiteral("unpaid"), true, QDate(2025, 1, 6), QDate(2026, 2, 28)));
    QVERIFY(worker(ann, QStringLiteral("sessional"), true, QDate(2026, 3, 1)));
    InvolvementService service(*m_db);
    QVERIFY(service.saveMeeting(m_coordinator,
        meetingOn(QDate(2025, 4, 2), group(QStringLiteral("Co-production group")),
            { onFile(ann, involvement::kVolunteer) })));
    Story s;
    s.personId = ann;
    s.authorType = QStringLiteral("volunteer");
    s.title = QStringLiteral("Finding my feet");
    s.writtenOn = QDate(2025, 6, 1);
    s.body = QStringLiteral("Words");
    QVERIFY(StoryService(*m_db).saveStory(m_coordinator, s));

    auto j = service.journey(m_coordinator, ann);
    QVERIFY2(j, qPrintable(j.error().message));
    const QList<JourneyStage> stages = j.value().stages;
    QCOMPARE(stages.size(), 3);
    QCOMPARE(stages[0], (JourneyStage { QStringLiteral("supported"), QDate(2024, 3, 1), QDate(2024, 9, 1) }));
    QCOMPARE(stages[1], (JourneyStage { QStringLiteral("volunteer"), QDate(2025, 1, 6), QDate(2026, 2, 28) }));
    QCOMPARE(stages[2], (JourneyStage { QStringLiteral("paid_peer"), QDate(2026, 3, 1), QDate() }));
    QStringList titles;
    for (const TimelineEvent& e : j.value().events) {
        titles << e.on.toString(Qt::ISODate) + u' ' + e.title;
    }
    QCOMPARE(titles.first(), QStringLiteral("2024-03-01 Referred"));
    QVERIFY(titles.contains(QStringLiteral("2025-04-02 Co-production group meeting")));
    QVERIFY(titles.contains(QStringLiteral("2025-06-01 Wrote \u201CFinding my feet\u201D")));
    for (int i = 1; i < j.value().events.size(); ++i) {
        QVERIFY(j.value().events[i - 1].on <= j.value().events[i].on);
    }
    // Each workforce status belongs to the role held that day, not to the first role.
    QStringList statuses;
    for (const TimelineEvent& e : j.value().events) {
        if (e.kind == TimelineEvent::Kind::WorkerStatus) {
            statuses << e.on.toString(Qt::ISODate) + u' ' + e.standing;
        }
    }
    QCOMPARE(statuses, QStringList({ QStringLiteral("2025-01-06 volunteer"), QStringLiteral("2026-03-01 paid_peer") }));
}

void TstInvolvement::supervisorDoesNotSeeSupportedPast()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    QVERIFY(client(ann, QDate(2024, 3, 1), QDate(2024, 9, 1)));
    QVERIFY(worker(ann, QStringLiteral("unpaid"), true, QDate(2025, 1, 6)));
    InvolvementService service(*m_db);
    const qint64 coproduction = group(QStringLiteral("Co-production group"));
    QVERIFY(
        service.saveMeeting(m_coordinator, meetingOn(QDate(2024, 6, 1), coproduction, { onFile(ann, "supported") })));
    QVERIFY(
        service.saveMeeting(m_coordinator, meetingOn(QDate(2025, 6, 1), coproduction, { onFile(ann, "volunteer") })));
    auto j = service.journey(as(Role::Supervisor), ann);
    QVERIFY2(j, qPrintable(j.error().message));
    QCOMPARE(j.value().stages.size(), 1);
    QCOMPARE(j.value().stages[0].standing, QStringLiteral("volunteer"));
    for (const TimelineEvent& e : j.value().events) {
        QVERIFY2(e.standing != QLatin1String("supported"), qPrintable(e.title));
        QVERIFY(e.kind != TimelineEvent::Kind::Referred && e.kind != TimelineEvent::Kind::EpisodeStarted);
    }
    QCOMPARE(std::count_if(j.value().events.cbegin(), j.value().events.cend(),
                 [](const TimelineEvent& e) { return e.kind == TimelineEvent::Kind::Meeting; }),
        1);
    // Someone who is only supported is not the supervisor's to see at all; trustees see no one.
    const qint64 bo = person(QStringLiteral("Bo"), QStringLiteral("Ray"));
    QVERIFY(client(bo, QDate(2026, 1, 1)));
    QVERIFY(!service.journey(as(Role::Supervisor), bo));
    QVERIFY(!service.journey(as(Role::Trustee), ann));
}

void TstInvolvement::storyRoundTrip()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const qint64 consent = storyConsent(ann, QDate(2026, 1, 5));
    QVERIFY(consent);
    StoryService service(*m_db);
    auto themes = service.themes(m_coordinator);
    QVERIFY(themes);
    Story s;
    s.personId = ann;
    s.title = QStringLiteral("A door opened");
    s.writtenOn = QDate(2026, 2, 1);
    s.body = QStringLiteral("Ann's own words.");
    s.anonymised = QStringLiteral("The writer's words.");
    s.consentId = consent;
    s.themeIds = { themes.value()[0].id, themes.value()[2].id };
    s.chosenFor = { StoryPeriod { QDate(2026, 1, 1), QDate(2026, 3, 31) } };
    auto id = service.saveStory(m_coordinator, s);
    QVERIFY2(id, qPrintable(id.error().message));
    auto read = service.story(m_coordinator, id.value());
    QVERIFY(read);
    QCOMPARE(read.value().title, s.title);
    QCOMPARE(read.value().themeIds.size(), 2);
    QCOMPARE(read.value().themeNames.first(), themes.value()[0].name);
    QCOMPARE(read.value().chosenFor, s.chosenFor);
    QCOMPARE(read.value().consentState, StoryConsentState::Stands);
    QCOMPARE(read.value().personName, QStringLiteral("Ann Lee"));
    auto list = service.stories(m_coordinator);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 1);
    QVERIFY(list.value()[0].hasAnonymised);
    QCOMPARE(list.value()[0].themeNames.size(), 2);
    // Removed and brought back (undo) with the same id, themes and periods.
    QVERIFY(service.removeStory(m_coordinator, id.value()));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM story_theme_link")).toInt(), 0);
    auto back = service.saveStory(m_coordinator, read.value());
    QVERIFY(back);
    QCOMPARE(back.value(), id.value());
    auto again = service.story(m_coordinator, id.value());
    QVERIFY(again);
    QCOMPARE(again.value().chosenFor, s.chosenFor);
    QCOMPARE(again.value().themeIds.size(), 2);
    // The words as written are never reported.
    bool listed = false;
    for (const auto& f : schema::sensitiveFields()) {
        listed = listed || (f.table == QLatin1String("story") && f.column == QLatin1String("body"));
    }
    QVERIFY(listed);
}

void TstInvolvement::storyRestsOnItsWritersStoryConsent()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const qint64 bo = person(QStringLiteral("Bo"), QStringLiteral("Ray"));
    const qint64 bosConsent = storyConsent(bo, QDate(2026, 1, 5));
    Consent service;
    service.personId = ann;
    service.purpose = QStringLiteral("service");
    service.givenOn = QDate(2026, 1, 1);
    auto serviceConsent = ClientService(*m_db).saveConsent(m_coordinator, service);
    QVERIFY(serviceConsent);
    Story s;
    s.personId = ann;
    s.title = QStringLiteral("T");
    s.writtenOn = QDate(2026, 2, 1);
    s.body = QStringLiteral("B");
    for (qint64 wrong : { bosConsent, serviceConsent.value() }) {
        s.consentId = wrong;
        auto saved = StoryService(*m_db).saveStory(m_coordinator, s);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(QStringLiteral("own consent")), qPrintable(saved.error().message));
    }
    s.consentId = 0;
    s.chosenFor = { StoryPeriod { QDate(2026, 1, 1), QDate(2026, 3, 31) } };
    auto noText = StoryService(*m_db).saveStory(m_coordinator, s);
    QVERIFY(!noText);
    QVERIFY(noText.error().message.contains(QStringLiteral("anonymised")));
    s.writtenOn = kToday.addDays(1);
    QVERIFY(!StoryService(*m_db).saveStory(m_coordinator, s));
}

void TstInvolvement::withdrawnConsentRemovesStoryFromReport()
{
    const qint64 ann = person(QStringLiteral("Ann"), QStringLiteral("Lee"));
    const qint64 bo = person(QStringLiteral("Bo"), QStringLiteral("Ray"));
    const qint64 annConsent = storyConsent(ann, QDate(2026, 1, 5));
    const qint64 boConsent = storyConsent(bo, QDate(2026, 1, 5));
    StoryService service(*m_db);
    const auto add = [&](qint64 p, qint64 consent, const QString& title) {
        Story s;
        s.personId = p;
        s.title = title;
        s.writtenOn = QDate(2026, 2, 1);
        s.body = QStringLiteral("As written.");
        s.anonymised = QStringLiteral("The writer found hope and connection.");
        s.consentId = consent;
        s.chosenFor = { StoryPeriod { QDate(2026, 7, 1), QDate(2026, 9, 30) } };
        auto id = service.saveStory(m_coordinator, s);
        return id ? id.value() : 0;
    };
    QVERIFY(add(ann, annConsent, QStringLiteral("A door opened")));
    QVERIFY(add(bo, boConsent, QStringLiteral("Small steps")));
    QVERIFY(add(bo, 0, QStringLiteral("Never consented")));
    const Actor trustee = as(Role::Trustee);
    auto before = service.reportStories(trustee, QDate(2026, 7, 1), QDate(2026, 9, 30), kToday);
    QVERIFY2(before, qPrintable(before.error().message));
    QCOMPARE(before.value().stories.size(), 2);
    QCOMPARE(before.value().withoutConsent, 1);
    QCOMPARE(before.value().stories[0].text, QStringLiteral("The writer found hope and connection."));

    // Ann withdraws her consent: her story leaves every report made from then on.
    Consent withdrawn;
    auto consents = ClientService(*m_db).consents(m_coordinator, ann);
    QVERIFY(consents);
    withdrawn = consents.value().first();
    withdrawn.withdrawnOn = kToday;
    QVERIFY(ClientService(*m_db).saveConsent(m_coordinator, withdrawn));
    auto after = service.reportStories(trustee, QDate(2026, 7, 1), QDate(2026, 9, 30), kToday);
    QVERIFY(after);
    QCOMPARE(after.value().stories.size(), 1);
    QCOMPARE(after.value().stories[0].title, QStringLiteral("Small steps"));
    QCOMPARE(after.value().withoutConsent, 2);
    // A report made before the withdrawal still had it (the day before).
    auto earlier = service.reportStories(trustee, QDate(2026, 7, 1), QDate(2026, 9, 30), kToday.addDays(-1));
    QVERIFY(earlier);
    QCOMPARE(earlier.value().stories.size(), 2);

    // Bo's consent row is removed altogether: his story goes too.
    QVERIFY(ClientService(*m_db).removeConsent(m_coordinator, boConsent));
    auto none = service.reportStories(trustee, QDate(2026, 7, 1), QDate(2026, 9, 30), kToday);
    QVERIFY(none);
    QCOMPARE(none.value().stories.size(), 0);
    QCOMPARE(none.value().withoutConsent, 3);
    // A period that does not overlap the chosen one has nothing.
    auto other = service.reportStories(trustee, QDate(2026, 10, 1), QDate(2026, 12, 31), kToday);
    QVERIFY(other);
    QCOMPARE(other.value().withoutConsent + other.value().stories.size(), 0);
}

void TstInvolvement::reportLeavesOutStoriesStillIdentifying()
{
    const qint64 ann = person(QStringLiteral("Priya"), QStringLiteral("Shah"), QStringLiteral("1985-07-03"));
    const qint64 mentor = person(QStringLiteral("Gareth"), QStringLiteral("Evans"));
    QVERIFY(worker(mentor, QStringLiteral("unpaid"), true, QDate(2025, 1, 1)));
    const qint64 consent = storyConsent(ann, QDate(2026, 1, 5));
    Story s;
    s.personId = ann;
    s.title = QStringLiteral("T");
    s.writtenOn = QDate(2026, 2, 1);
    s.body = QStringLiteral("B");
    s.consentId = consent;
    s.anonymised = QStringLiteral("My mentor Gareth helped me.");
    s.chosenFor = { StoryPeriod { QDate(2026, 1, 1), QDate(2026, 3, 31) } };
    StoryService service(*m_db);
    auto id = service.saveStory(m_coordinator, s);
    QVERIFY(id);
    auto r = service.reportStories(as(Role::Trustee), QDate(2026, 1, 1), QDate(2026, 3, 31), kToday);
    QVERIFY(r);
    QCOMPARE(r.value().stories.size(), 0);
    QCOMPARE(r.value().notAnonymised, 1);
    s.id = id.value();
    s.anonymised = QStringLiteral("My mentor helped me.");
    QVERIFY(service.saveStory(m_coordinator, s));
    r = service.reportStories(as(Role::Trustee), QDate(2026, 1, 1), QDate(2026, 3, 31), kToday);
    QVERIFY(r);
    QCOMPARE(r.value().stories.size(), 1);
    QCOMPARE(r.value().notAnonymised, 0);
    // The title is printed too: a name in it holds the story back, as does anyone else on file.
    for (const QString& title : { QStringLiteral("Priya's story"), QStringLiteral("Meeting Tomasz") }) {
        s.title = QStringLiteral("T");
        s.anonymised = QStringLiteral("My mentor helped me.");
        if (title.startsWith(u'P')) {
            s.title = title;
        } else {
            QVERIFY(person(QStringLiteral("Tomasz"), QStringLiteral("Nowak")));
            s.anonymised = QStringLiteral("My mentor and Tomasz helped me.");
        }
        QVERIFY(service.saveStory(m_coordinator, s));
        r = service.reportStories(as(Role::Trustee), QDate(2026, 1, 1), QDate(2026, 3, 31), kToday);
        QVERIFY(r);
        QCOMPARE(r.value().stories.size(), 0);
        QCOMPARE(r.value().notAnonymised, 1);
        auto listed = service.stories(m_coordinator);
        QVERIFY(listed);
        QVERIFY(listed.value().first().identifiersLeft > 0);
    }
}

void TstInvolvement::identifiers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");
    QTest::addColumn<QList<IdentifierWarning::Kind>>("kinds");
    using K = IdentifierWarning::Kind;
    const QList<K> none;
    QTest::newRow("ordinary words") << QStringLiteral("It gave me hope, connection and confidence to cope.")
                                    << QStringList() << none;
    QTest::newRow("own name") << QStringLiteral("I'm Priya and this is my story.") << QStringList { "Priya" }
                              << QList<K> { K::PersonName };
    QTest::newRow("own name, any case and accents")
        << QStringLiteral("people call me PRIYA or Priyä") << QStringList { "PRIYA", "Priyä" }
        << QList<K> { K::PersonName, K::PersonName };
    QTest::newRow("possessive family name")
        << QStringLiteral("the Shah's house") << QStringList { "Shah" } << QList<K> { K::PersonName };
    QTest::newRow("known as") << QStringLiteral("Everyone says Pree is brave.") << QStringList { "Pree" }
                              << QList<K> { K::PersonName };
    QTest::newRow("name inside a word is not a name")
        << QStringLiteral("Priyanka and Shahid came too.") << QStringList() << none;
    QTest::newRow("worker's name") << QStringLiteral("My mentor Gareth listened.") << QStringList { "Gareth" }
                                   << QList<K> { K::WorkerName };
    QTest::newRow("worker's full name") << QStringLiteral("Gareth Evans listened.") << QStringList { "Gareth Evans" }
                                        << QList<K> { K::WorkerName };
    QTest::newRow("everyday-word name as a word")
        << QStringLiteral("There is hope. Hope is a habit now.") << QStringList() << none;
    QTest::newRow("everyday-word name as a name")
        << QStringLiteral("I met Hope every Tuesday.") << QStringList { "Hope" } << QList<K> { K::WorkerName };
    QTest::newRow("someone else on file")
        << QStringLiteral("Tomasz from the group came too.") << QStringList { "Tomasz" } << QList<K> { K::OtherName };
    QTest::newRow("dob uk") << QStringLiteral("born 03/07/1985 in Leeds") << QStringList { "03/07/1985" }
                            << QList<K> { K::DateOfBirth };
    QTest::newRow("dob short") << QStringLiteral("born 3-7-85") << QStringList { "3-7-85" }
                               << QList<K> { K::DateOfBirth };
    QTest::newRow("dob iso") << QStringLiteral("dob 1985-07-03.") << QStringList { "1985-07-03" }
                             << QList<K> { K::DateOfBirth };
    QTest::newRow("dob words") << QStringLiteral("on the 3rd of July 1985 I was born")
                               << QStringList { "3rd of July 1985" } << QList<K> { K::DateOfBirth };
    QTest::newRow("dob american") << QStringLiteral("July 3rd, 1985.") << QStringList { "July 3rd, 1985" }
                                  << QList<K> { K::DateOfBirth };
    QTest::newRow("birthday") << QStringLiteral("my birthday, 3 Jul, is hard") << QStringList { "3 Jul" }
                              << QList<K> { K::DateOfBirth };
    QTest::newRow("other dates pass") << QStringLiteral("On 13/07/1985 and 3 June, and in 1985.") << QStringList()
                                      << none;
    QTest::newRow("phone") << QStringLiteral("ring me on 07700 900 123 any time") << QStringList { "07700 900 123" }
                           << QList<K> { K::Contact };
    QTest::newRow("phone international") << QStringLiteral("+44 7700 900123") << QStringList { "+44 7700 900123" }
                                         << QList<K> { K::Contact };
    QTest::newRow("email") << QStringLiteral("write to PRIYA.S@example.org") << QStringList { "PRIYA.S@example.org" }
                           << QList<K> { K::Contact };
    QTest::newRow("postcode") << QStringLiteral("living in m14bt now") << QStringList { "m14bt" }
                              << QList<K> { K::Contact };
    QTest::newRow("empty") << QString() << QStringList() << none;
}

void TstInvolvement::identifiers()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    QFETCH(QList<IdentifierWarning::Kind>, kinds);
    identifiers::Sources sources;
    sources.personNames = { QStringLiteral("Priya"), QStringLiteral("Shah"), QStringLiteral("Pree") };
    sources.workerNames = { QStringLiteral("Gareth"), QStringLiteral("Evans"), QStringLiteral("Gareth Evans"),
        QStringLiteral("Hope"), QStringLiteral("Priya") };
    sources.otherNames = { QStringLiteral("Tomasz"), QStringLiteral("Nowak") };
    sources.dateOfBirth = QDate(1985, 7, 3);
    sources.contacts
        = { QStringLiteral("07700 900123"), QStringLiteral("priya.s@example.org"), QStringLiteral("M1 4BT") };
    const QList<IdentifierWarning> warnings = identifiers::find(text, sources);
    QStringList got;
    QList<IdentifierWarning::Kind> gotKinds;
    for (const IdentifierWarning& w : warnings) {
        got << w.found;
        gotKinds << w.kind;
        QCOMPARE(text.mid(w.position, w.length), w.found);
        QVERIFY(w.message.contains(w.found));
    }
    QCOMPARE(got, found);
    QCOMPARE(gotKinds, kinds);
}

void TstInvolvement::identifierPositionsAndMessages()
{
    identifiers::Sources sources;
    sources.personNames = { QStringLiteral("Mary Ann"), QStringLiteral("Ann") };
    const auto w = identifiers::find(QStringLiteral("Mary Ann wrote this; Ann again."), sources);
    QCOMPARE(w.size(), 2);
    QCOMPARE(w[0].found, QStringLiteral("Mary Ann"));
    QCOMPARE(w[0].position, 0);
    QCOMPARE(w[1].found, QStringLiteral("Ann"));
    QCOMPARE(w[1].position, 21);
    QVERIFY(w[0].message.contains(QStringLiteral("writer's name")));
    QVERIFY(identifiers::isEverydayWord(QStringLiteral("Will")));
    // The writer's own name is flagged even where an everyday word would start a sentence.
    identifiers::Sources grace;
    grace.personNames = { QStringLiteral("Grace") };
    grace.workerNames = { QStringLiteral("Hope") };
    const auto g = identifiers::find(QStringLiteral("Grace here. Hope listened. By grace alone."), grace);
    QCOMPARE(g.size(), 1);
    QCOMPARE(g[0].found, QStringLiteral("Grace"));
    QVERIFY(!identifiers::isEverydayWord(QStringLiteral("Priya")));
}

void TstInvolvement::checkAnonymisedUsesTheDatabase()
{
    const qint64 ann = person(QStringLiteral("Priya"), QStringLiteral("Shah"), QStringLiteral("1985-07-03"));
    const qint64 mentor = person(QStringLiteral("Gareth"), QStringLiteral("Evans"));
    QVERIFY(worker(mentor, QStringLiteral("unpaid"), true, QDate(2025, 1, 1)));
    StoryService service(*m_db);
    auto w = service.checkAnonymised(
        m_coordinator, ann, 0, QStringLiteral("Priya met Gareth on 3 July 1985 and found hope and connection."));
    QVERIFY2(w, qPrintable(w.error().message));
    QCOMPARE(w.value().size(), 3);
    QCOMPARE(w.value()[0].kind, IdentifierWarning::Kind::PersonName);
    QCOMPARE(w.value()[1].kind, IdentifierWarning::Kind::WorkerName);
    QCOMPARE(w.value()[2].kind, IdentifierWarning::Kind::DateOfBirth);
    auto clean = service.checkAnonymised(m_coordinator, ann, 0, QStringLiteral("The writer found hope."));
    QVERIFY(clean);
    QVERIFY(clean.value().isEmpty());
    QVERIFY(!service.checkAnonymised(as(Role::Trustee), ann, 0, QStringLiteral("x")));
}

QTEST_GUILESS_MAIN(TstInvolvement)
#include "tst_involvement.moc"
