// People supported: referrals, episodes, sessions, group registers, goals and consent, with a settable
// clock; the rules that keep report counts exact; dashboard alerts; demographics code lists; and the
// upgrade of older files to schema version 4.

#include "core/clients/clientservice.h"
#include "core/clients/demographics.h"
#include "core/db/database.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using namespace alongside::core;
using Role = Actor::Role;

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

class TstClients : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void referAndReadBack();
    void formerVolunteerBecomesAPersonSupported();
    void referralRules_data();
    void referralRules();
    void episodeRules_data();
    void episodeRules();
    void sessionRules_data();
    void sessionRules();
    void episodeDatesMustKeepItsSessions();
    void endingAnEpisodeEndsItsMatch();
    void groupRegisterIsOneSessionPerPerson();
    void goalsAndConsent();
    void listStatusMentorAndLastSession();
    void alertsForQuietEpisodesAndPlannedEnds();
    void permissionsAreEnforced();
    void removedRowsComeBackWithTheirIds();
    void removeClientOnlyBeforeSessions();
    void catalogues();

    void ethnicityCodes_data();
    void ethnicityCodes();
    void ageBands_data();
    void ageBands();
    void postcodes_data();
    void postcodes();

    void upgradeFromVersion3KeepsWhatWasWritten();

private:
    qint64 refer(const QString& given, const QDate& on, const QString& family = QStringLiteral("Tester"));
    qint64 referralOf(qint64 clientId);
    qint64 componentId(const QString& kind);
    qint64 startEpisode(qint64 clientId, const QString& kind, const QDate& on, const QDate& plannedEnd = {});
    qint64 addWorker(const QString& given);
    Session session(qint64 episodeId, const QDate& on, const QString& attendance = QStringLiteral("attended"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<Database> m_db;
    Actor m_admin = as(Role::Administrator);
};

void TstClients::init()
{
    m_clock.reset();
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("c.alongside")));
    QVERIFY(m_db);
}

void TstClients::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TstClients::refer(const QString& given, const QDate& on, const QString& family)
{
    ClientProfile p;
    p.givenName = given;
    p.familyName = family;
    Referral r;
    r.referredOn = on;
    r.sourceCategory = QStringLiteral("self");
    auto id = ClientService(*m_db).createClient(m_admin, p, r);
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return id.value();
}

qint64 TstClients::referralOf(qint64 clientId)
{
    return test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM referral WHERE client_id = %1").arg(clientId))
        .toLongLong();
}

qint64 TstClients::componentId(const QString& kind)
{
    return test::scalar(*m_db, QStringLiteral("SELECT MIN(id) FROM service_component WHERE kind = '%1'").arg(kind))
        .toLongLong();
}

qint64 TstClients::startEpisode(qint64 clientId, const QString& kind, const QDate& on, const QDate& plannedEnd)
{
    Episode e;
    e.referralId = referralOf(clientId);
    e.componentId = componentId(kind);
    e.startsOn = on;
    e.plannedEndOn = plannedEnd;
    auto id = ClientService(*m_db).saveEpisode(m_admin, e);
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return id.value();
}

qint64 TstClients::addWorker(const QString& given)
{
    WorkerProfile p;
    p.givenName = given;
    p.familyName = QStringLiteral("Mentor");
    auto id = WorkforceService(*m_db).createWorker(
        m_admin, p, StatusChange { 0, 0, QStringLiteral("active"), kToday.addYears(-1), {} });
    return id ? id.value() : 0;
}

Session TstClients::session(qint64 episodeId, const QDate& on, const QString& attendance)
{
    Session s;
    s.episodeId = episodeId;
    s.heldOn = on;
    s.durationMinutes = 60;
    s.attendance = attendance;
    return s;
}

void TstClients::referAndReadBack()
{
    ClientService service(*m_db);
    ClientProfile p;
    p.givenName = QStringLiteral("Amira");
    p.familyName = QStringLiteral("Hussain");
    p.dateOfBirth = QDate(1990, 5, 1);
    p.gender = QStringLiteral("female");
    p.ethnicity = QStringLiteral("4");
    p.postcode = QStringLiteral("m13 9pl");
    p.riskNote = QStringLiteral("Talk to the coordinator before any home visit.");
    p.riskUpdatedOn = kToday;
    p.languages = QStringLiteral("English, Urdu");
    p.availability = { QStringLiteral("tue_eve"), QStringLiteral("thu_day") };
    p.needsHomeVisits = true;
    p.wantedGender = QStringLiteral("female");
    p.wantedSharedAreas = { QStringLiteral("anxiety") };
    p.wantsSharedLanguage = true;
    auto sources = service.referralSources(m_admin);
    QVERIFY(sources);
    qint64 gp = 0;
    for (const ReferralSource& s : sources.value()) {
        gp = s.name == QLatin1String("GP") ? s.id : gp;
    }
    QVERIFY(gp);
    Referral r;
    r.referredOn = kToday.addDays(-3);
    r.sourceCategory = QStringLiteral("external");
    r.sourceId = gp;
    r.reason = QStringLiteral("Low mood");
    r.triageOutcome = QStringLiteral("accepted");
    r.triageOn = kToday.addDays(-1);
    auto id = service.createClient(m_admin, p, r);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));

    auto read = service.profile(m_admin, id.value());
    QVERIFY(read);
    ClientProfile expected = p;
    expected.clientId = id.value();
    expected.personId = read.value().personId;
    expected.postcode = QStringLiteral("M13 9PL");
    QCOMPARE(read.value(), expected);
    QCOMPARE(test::scalar(
                 *m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND entity = 'client'"))
                 .toInt(),
        1);

    auto referrals = service.referrals(m_admin, id.value());
    QVERIFY(referrals);
    QCOMPARE(referrals.value().size(), 1);
    QCOMPARE(referrals.value().first().sourceName, QStringLiteral("GP"));
    QCOMPARE(referrals.value().first().triageOutcome, QStringLiteral("accepted"));

    // A sub-source from another category is refused.
    Referral wrong = referrals.value().first();
    wrong.sourceCategory = QStringLiteral("self");
    auto refused = service.saveReferral(m_admin, wrong);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("not one of the")));
}

void TstClients::formerVolunteerBecomesAPersonSupported()
{
    const qint64 worker = addWorker(QStringLiteral("Jo"));
    const qint64 personId
        = test::scalar(*m_db, QStringLiteral("SELECT person_id FROM worker WHERE id = %1").arg(worker)).toLongLong();
    ClientService service(*m_db);
    ClientProfile p;
    p.personId = personId;
    p.givenName = QStringLiteral("Jo");
    p.familyName = QStringLiteral("Mentor");
    ClientProfile lookup;
    lookup.givenName = QStringLiteral("jo");
    lookup.familyName = QStringLiteral("MENTOR");
    auto dupes = service.possibleDuplicates(m_admin, lookup);
    QVERIFY(dupes);
    QCOMPARE(dupes.value().size(), 1);
    QVERIFY(dupes.value().first().isWorker);
    Referral r;
    r.referredOn = kToday;
    auto id = service.createClient(m_admin, p, r);
    QVERIFY(id);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 1);
    // A second "new" client for the same person is refused with a way forward.
    auto twice = service.createClient(m_admin, p, r);
    QVERIFY(!twice);
    QVERIFY(twice.error().message.contains(QStringLiteral("already a person supported")));
    // Taking the referral back keeps the volunteer.
    QVERIFY(service.removeClient(m_admin, id.value()));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM worker")).toInt(), 1);
}

void TstClients::referralRules_data()
{
    QTest::addColumn<QDate>("referred");
    QTest::addColumn<QString>("triage");
    QTest::addColumn<QDate>("triageOn");
    QTest::addColumn<QString>("message"); // empty: accepted

    QTest::newRow("today") << kToday << QString() << QDate() << QString();
    QTest::newRow("future") << kToday.addDays(1) << QString() << QDate() << QStringLiteral("in the future");
    QTest::newRow("no date") << QDate() << QString() << QDate() << QStringLiteral("Enter the date of the referral");
    QTest::newRow("unknown triage") << kToday << QStringLiteral("maybe") << QDate() << QStringLiteral("triage outcome");
    QTest::newRow("triage before referral")
        << kToday << QStringLiteral("accepted") << kToday.addDays(-1) << QStringLiteral("before the referral date");
    QTest::newRow("triage in future") << kToday << QStringLiteral("accepted") << kToday.addDays(2)
                                      << QStringLiteral("in the future");
}

void TstClients::referralRules()
{
    QFETCH(QDate, referred);
    QFETCH(QString, triage);
    QFETCH(QDate, triageOn);
    QFETCH(QString, message);
    Referral r;
    r.referredOn = referred;
    r.triageOutcome = triage;
    r.triageOn = triageOn;
    ClientProfile kit;
    kit.givenName = QStringLiteral("Kit");
    auto id = ClientService(*m_db).createClient(m_admin, kit, r);
    if (message.isEmpty()) {
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    } else {
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 0);
    }
}

void TstClients::episodeRules_data()
{
    QTest::addColumn<int>("startOffset"); // days from the referral
    QTest::addColumn<int>("plannedOffset"); // days from the start; 0: none
    QTest::addColumn<int>("endOffset"); // days from the start; -1: open
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");

    // The referral is 100 days before today.
    QTest::newRow("starts on the referral day") << 0 << 150 << -1 << QString() << QString();
    QTest::newRow("starts before the referral") << -1 << 0 << -1 << QString() << QStringLiteral("before the referral");
    QTest::newRow("starts in the future") << 101 << 0 << -1 << QString() << QStringLiteral("in the future");
    QTest::newRow("planned end before start") << 5 << -2 << -1 << QString() << QStringLiteral("planned end is before");
    QTest::newRow("ended with a reason") << 5 << 0 << 30 << QStringLiteral("planned") << QString();
    QTest::newRow("ended without a reason") << 5 << 0 << 30 << QString() << QStringLiteral("Choose why");
    QTest::newRow("reason without an end")
        << 5 << 0 << -1 << QStringLiteral("planned") << QStringLiteral("needs an end date");
    QTest::newRow("ends in the future") << 5 << 0 << 200 << QStringLiteral("planned")
                                        << QStringLiteral("in the future");
    QTest::newRow("unknown reason") << 5 << 0 << 10 << QStringLiteral("bored") << QStringLiteral("Choose why");
}

void TstClients::episodeRules()
{
    QFETCH(int, startOffset);
    QFETCH(int, plannedOffset);
    QFETCH(int, endOffset);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const QDate referred = kToday.addDays(-100);
    const qint64 client = refer(QStringLiteral("Lee"), referred);
    QVERIFY(client);
    Episode e;
    e.referralId = referralOf(client);
    e.componentId = componentId(QStringLiteral("mentoring"));
    e.startsOn = referred.addDays(startOffset);
    e.plannedEndOn = plannedOffset ? e.startsOn.addDays(plannedOffset) : QDate();
    e.endedOn = endOffset >= 0 ? e.startsOn.addDays(endOffset) : QDate();
    e.endingReason = reason;
    auto id = ClientService(*m_db).saveEpisode(m_admin, e);
    if (message.isEmpty()) {
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    } else {
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM episode")).toInt(), 0);
    }
}

void TstClients::sessionRules_data()
{
    QTest::addColumn<int>("offset"); // days from today
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("message");

    // Referred 60 days ago; the episode runs from 50 days ago to 10 days ago.
    QTest::newRow("in the episode") << -20 << 60 << QStringLiteral("telephone") << QString();
    QTest::newRow("first day of the episode") << -50 << 60 << QStringLiteral("video") << QString();
    QTest::newRow("last day of the episode") << -10 << 60 << QStringLiteral("home_visit") << QString();
    QTest::newRow("in the future") << 1 << 60 << QStringLiteral("face_to_face") << QStringLiteral("in the future");
    QTest::newRow("before the referral") << -61 << 60 << QStringLiteral("face_to_face")
                                         << QStringLiteral("before this person was referred");
    QTest::newRow("before the episode") << -55 << 60 << QStringLiteral("face_to_face") << QStringLiteral("before the");
    QTest::newRow("after the episode") << -5 << 60 << QStringLiteral("face_to_face") << QStringLiteral("after the");
    QTest::newRow("too long") << -20 << 601 << QStringLiteral("face_to_face") << QStringLiteral("minutes");
    QTest::newRow("negative") << -20 << -1 << QStringLiteral("face_to_face") << QStringLiteral("minutes");
    QTest::newRow("unknown mode") << -20 << 60 << QStringLiteral("carrier pigeon") << QStringLiteral("how the session");
}

void TstClients::sessionRules()
{
    QFETCH(int, offset);
    QFETCH(int, minutes);
    QFETCH(QString, mode);
    QFETCH(QString, message);
    const qint64 client = refer(QStringLiteral("Sam"), kToday.addDays(-60));
    Episode e;
    e.referralId = referralOf(client);
    e.componentId = componentId(QStringLiteral("connect"));
    e.startsOn = kToday.addDays(-50);
    e.endedOn = kToday.addDays(-10);
    e.endingReason = QStringLiteral("planned");
    auto episode = ClientService(*m_db).saveEpisode(m_admin, e);
    QVERIFY(episode);
    Session s = session(episode.value(), kToday.addDays(offset));
    s.durationMinutes = minutes;
    s.mode = mode;
    auto id = ClientService(*m_db).saveSession(m_admin, s);
    if (message.isEmpty()) {
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto sessions = ClientService(*m_db).sessions(m_admin, client);
        QVERIFY(sessions);
        QCOMPARE(sessions.value().size(), 1);
        Session expected = s;
        expected.id = id.value();
        QCOMPARE(sessions.value().first(), expected);
    } else {
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(message), qPrintable(id.error().message));
        QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM session")).toInt(), 0);
    }
}

void TstClients::episodeDatesMustKeepItsSessions()
{
    ClientService service(*m_db);
    const qint64 client = refer(QStringLiteral("Ray"), kToday.addDays(-60));
    const qint64 episode = startEpisode(client, QStringLiteral("connect"), kToday.addDays(-50));
    QVERIFY(service.saveSession(m_admin, session(episode, kToday.addDays(-40))));
    QVERIFY(service.saveSession(m_admin, session(episode, kToday.addDays(-20))));
    auto e = service.episode(m_admin, episode);
    QVERIFY(e);
    Episode later = e.value();
    later.startsOn = kToday.addDays(-30);
    auto refused = service.saveEpisode(m_admin, later);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("before the new start date")));
    Episode ended = e.value();
    ended.endedOn = kToday.addDays(-25);
    ended.endingReason = QStringLiteral("planned");
    refused = service.saveEpisode(m_admin, ended);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("after the new end date")));
    ended.endedOn = kToday.addDays(-20);
    QVERIFY(service.saveEpisode(m_admin, ended));
    // The referral cannot move after the support it led to.
    auto referrals = service.referrals(m_admin, client);
    QVERIFY(referrals);
    Referral r = referrals.value().first();
    r.referredOn = kToday.addDays(-45);
    auto moved = service.saveReferral(m_admin, r);
    QVERIFY(!moved);
    QVERIFY(moved.error().message.contains(QStringLiteral("a referral comes first")));
}

void TstClients::endingAnEpisodeEndsItsMatch()
{
    ClientService service(*m_db);
    const qint64 client = refer(QStringLiteral("Ash"), kToday.addDays(-90));
    const qint64 episode = startEpisode(client, QStringLiteral("mentoring"), kToday.addDays(-80));
    const qint64 mentor = addWorker(QStringLiteral("Nat"));
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO mentor_match (episode_id, mentor_id, status, proposed_on, started_on) VALUES "
                       "(%1, %2, 'active', '%3', '%3')")
            .arg(episode)
            .arg(mentor)
            .arg(kToday.addDays(-75).toString(Qt::ISODate))));
    // The unique index: never two active matches in one episode.
    QVERIFY(!test::execSql(*m_db,
        QStringLiteral("INSERT INTO mentor_match (episode_id, mentor_id, status, proposed_on, started_on) VALUES "
                       "(%1, %2, 'active', '%3', '%3')")
            .arg(episode)
            .arg(mentor)
            .arg(kToday.addDays(-70).toString(Qt::ISODate))));
    auto e = service.episode(m_admin, episode);
    QVERIFY(e);
    Episode ended = e.value();
    ended.endedOn = kToday.addDays(-2);
    ended.endingReason = QStringLiteral("moved_away");
    QVERIFY(service.saveEpisode(m_admin, ended));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT status || ' ' || ended_on || ' ' || ending_reason FROM "
                                "mentor_match"))
                 .toString(),
        QStringLiteral("ended %1 moved_away").arg(ended.endedOn.toString(Qt::ISODate)));
}

void TstClients::groupRegisterIsOneSessionPerPerson()
{
    ClientService service(*m_db);
    const qint64 group = componentId(QStringLiteral("group"));
    QList<qint64> episodes;
    for (const char* name : { "Ada", "Bea", "Cy" }) {
        const qint64 c = refer(QString::fromLatin1(name), kToday.addDays(-30));
        episodes << startEpisode(c, QStringLiteral("group"), kToday.addDays(-20));
    }
    const qint64 late = refer(QStringLiteral("Dee"), kToday.addDays(-3));
    startEpisode(late, QStringLiteral("group"), kToday.addDays(-1));
    auto members = service.registerFor(m_admin, group, kToday.addDays(-7));
    QVERIFY(members);
    QCOMPARE(members.value().size(), 3); // Dee joined after that day

    GroupSession g;
    g.componentId = group;
    g.heldOn = kToday.addDays(-7);
    g.durationMinutes = 90;
    g.topic = QStringLiteral("Sleep");
    g.lines = members.value();
    g.lines[1].attendance = QStringLiteral("did_not_attend");
    auto id = service.saveGroupSession(m_admin, g);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM session WHERE group_session_id = %1 AND mode = "
                                "'group'")
                     .arg(id.value()))
                 .toInt(),
        3);
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM session WHERE attendance = 'did_not_attend'")).toInt(),
        1);

    // Editing the register: one person taken off, attendance changed; no duplicate rows.
    g.id = id.value();
    g.lines.removeLast();
    g.lines[1].attendance = QStringLiteral("attended");
    QVERIFY(service.saveGroupSession(m_admin, g));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM session")).toInt(), 2);
    auto read = service.groupSessions(m_admin, group, kToday.addDays(-30), kToday);
    QVERIFY(read);
    QCOMPARE(read.value().size(), 1);
    QCOMPARE(read.value().first().lines.size(), 2);
    QCOMPARE(read.value().first().topic, QStringLiteral("Sleep"));

    // Someone who is not in the group, a future date and an empty register are refused; nothing changes.
    const QByteArray before = test::contentDigest(*m_db);
    GroupSession wrong = g;
    wrong.id = 0;
    const qint64 outsider = refer(QStringLiteral("Eve"), kToday.addDays(-30));
    const qint64 connect = startEpisode(outsider, QStringLiteral("connect"), kToday.addDays(-20));
    const QByteArray withOutsider = test::contentDigest(*m_db);
    wrong.lines << RegisterLine { connect, QStringLiteral("Eve"), QStringLiteral("attended") };
    auto refused = service.saveGroupSession(m_admin, wrong);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("not in this course or group")));
    QCOMPARE(test::contentDigest(*m_db), withOutsider);
    wrong.lines.removeLast();
    wrong.heldOn = kToday.addDays(1);
    QVERIFY(!service.saveGroupSession(m_admin, wrong));
    wrong.heldOn = kToday;
    wrong.lines.clear();
    QVERIFY(!service.saveGroupSession(m_admin, wrong));
    Q_UNUSED(before)

    QVERIFY(service.removeGroupSession(m_admin, id.value()));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM session")).toInt(), 0);
}

void TstClients::goalsAndConsent()
{
    ClientService service(*m_db);
    const qint64 client = refer(QStringLiteral("Mo"), kToday.addDays(-40));
    const qint64 episode = startEpisode(client, QStringLiteral("mentoring"), kToday.addDays(-30));
    Goal g { 0, client, episode, QStringLiteral("Go to the allotment every week"), kToday.addDays(-20), 40, {} };
    auto id = service.saveGoal(m_admin, g);
    QVERIFY(id);
    g.id = id.value();
    g.achievedOn = kToday.addDays(-1);
    QVERIFY(service.saveGoal(m_admin, g));
    auto goals = service.goals(m_admin, client);
    QVERIFY(goals);
    QCOMPARE(goals.value().first().progress, 100); // achieved means fully met
    Goal bad = g;
    bad.progress = 101;
    bad.achievedOn = {};
    QVERIFY(!service.saveGoal(m_admin, bad));
    bad.progress = 50;
    bad.achievedOn = bad.setOn.addDays(-1);
    QVERIFY(!service.saveGoal(m_admin, bad));
    bad.achievedOn = {};
    bad.description = QStringLiteral("   ");
    QVERIFY(!service.saveGoal(m_admin, bad));

    const qint64 person
        = test::scalar(*m_db, QStringLiteral("SELECT person_id FROM client WHERE id = %1").arg(client)).toLongLong();
    Consent sharing { 0, person, QStringLiteral("sharing"), kToday.addDays(-30), {}, {}, {}, {} };
    auto refused = service.saveConsent(m_admin, sharing);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("Name the services")));
    sharing.detail = QStringLiteral("The community mental health team");
    auto c = service.saveConsent(m_admin, sharing);
    QVERIFY(c);
    sharing.id = c.value();
    sharing.withdrawnOn = kToday;
    Actor other = m_admin;
    other.userName = QStringLiteral("someone.else");
    QVERIFY(service.saveConsent(other, sharing));
    auto consents = service.consents(m_admin, person);
    QVERIFY(consents);
    QCOMPARE(consents.value().size(), 1);
    QCOMPARE(consents.value().first().recordedBy, QStringLiteral("tester")); // kept from the first save
    QVERIFY(consents.value().first().standsOn(kToday.addDays(-1)));
    QVERIFY(!consents.value().first().standsOn(kToday));
    sharing.withdrawnOn = sharing.givenOn.addDays(-1);
    QVERIFY(!service.saveConsent(m_admin, sharing));
}

void TstClients::listStatusMentorAndLastSession()
{
    ClientService service(*m_db);
    const qint64 waiting = refer(QStringLiteral("Wai"), kToday.addDays(-5));
    const qint64 open = refer(QStringLiteral("Ope"), kToday.addDays(-60));
    const qint64 closed = refer(QStringLiteral("Clo"), kToday.addDays(-200));
    const qint64 declined = refer(QStringLiteral("Dec"), kToday.addDays(-10));
    auto r = service.referrals(m_admin, declined);
    QVERIFY(r);
    Referral d = r.value().first();
    d.triageOutcome = QStringLiteral("declined");
    QVERIFY(service.saveReferral(m_admin, d));

    const qint64 openEpisode = startEpisode(open, QStringLiteral("mentoring"), kToday.addDays(-50));
    const qint64 mentor = addWorker(QStringLiteral("Kim"));
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO mentor_match (episode_id, mentor_id, status, proposed_on, started_on) VALUES "
                       "(%1, %2, 'active', '%3', '%3')")
            .arg(openEpisode)
            .arg(mentor)
            .arg(kToday.addDays(-45).toString(Qt::ISODate))));
    QVERIFY(service.saveSession(m_admin, session(openEpisode, kToday.addDays(-40))));
    QVERIFY(service.saveSession(m_admin, session(openEpisode, kToday.addDays(-33))));
    QVERIFY(service.saveSession(m_admin, session(openEpisode, kToday.addDays(-26), QStringLiteral("did_not_attend"))));
    const qint64 closedEpisode = startEpisode(closed, QStringLiteral("connect"), kToday.addDays(-190));
    auto e = service.episode(m_admin, closedEpisode);
    QVERIFY(e);
    Episode ended = e.value();
    ended.endedOn = kToday.addDays(-150);
    ended.endingReason = QStringLiteral("planned");
    QVERIFY(service.saveEpisode(m_admin, ended));

    auto list = service.list(m_admin);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 4);
    QHash<qint64, ClientSummary> byId;
    for (const ClientSummary& c : list.value()) {
        byId.insert(c.clientId, c);
    }
    QCOMPARE(byId[waiting].status, QStringLiteral("waiting"));
    QCOMPARE(byId[declined].status, QStringLiteral("closed"));
    QCOMPARE(byId[open].status, QStringLiteral("open"));
    QCOMPARE(byId[open].mentors, QStringList { QStringLiteral("Kim Mentor") });
    QCOMPARE(byId[open].sessionsAttended, 2);
    QCOMPARE(byId[open].lastSession, kToday.addDays(-33));
    QCOMPARE(byId[closed].status, QStringLiteral("closed"));
    QCOMPARE(byId[closed].services.size(), 1); // the last service, for the filter
    // As of a day in the past, the closed episode was open.
    auto then = service.list(m_admin, kToday.addDays(-160));
    QVERIFY(then);
    for (const ClientSummary& c : then.value()) {
        if (c.clientId == closed) {
            QCOMPARE(c.status, QStringLiteral("open"));
        }
    }
}

void TstClients::alertsForQuietEpisodesAndPlannedEnds()
{
    ClientService service(*m_db);
    const qint64 mentor = addWorker(QStringLiteral("Pat"));
    auto matchActive = [&](qint64 episode, const QDate& from, const QDate& plannedEnd) {
        QVERIFY(test::execSql(*m_db,
            QStringLiteral("INSERT INTO mentor_match (episode_id, mentor_id, status, proposed_on, started_on, "
                           "planned_end_on) VALUES (%1, %2, 'active', '%3', '%3', %4)")
                .arg(episode)
                .arg(mentor)
                .arg(from.toString(Qt::ISODate))
                .arg(plannedEnd.isValid() ? QStringLiteral("'%1'").arg(plannedEnd.toString(Qt::ISODate))
                                          : QStringLiteral("NULL"))));
    };
    // Quiet for four weeks: alert. Quiet for two: none. Ends in 10 days: alert. Ends in 20: none.
    const qint64 quiet = refer(QStringLiteral("Quiet"), kToday.addDays(-100));
    const qint64 qe = startEpisode(quiet, QStringLiteral("mentoring"), kToday.addDays(-90));
    matchActive(qe, kToday.addDays(-85), {});
    QVERIFY(service.saveSession(m_admin, session(qe, kToday.addDays(-28))));
    const qint64 recent = refer(QStringLiteral("Recent"), kToday.addDays(-100));
    const qint64 re = startEpisode(recent, QStringLiteral("mentoring"), kToday.addDays(-90));
    matchActive(re, kToday.addDays(-85), kToday.addDays(20));
    QVERIFY(service.saveSession(m_admin, session(re, kToday.addDays(-14))));
    const qint64 ending = refer(QStringLiteral("Ending"), kToday.addDays(-100));
    const qint64 ee = startEpisode(ending, QStringLiteral("mentoring"), kToday.addDays(-90));
    matchActive(ee, kToday.addDays(-85), kToday.addDays(10));
    QVERIFY(service.saveSession(m_admin, session(ee, kToday.addDays(-3))));
    // Waiting for a mentor: no session alert (there is nobody to meet yet).
    const qint64 unmatched = refer(QStringLiteral("Unmatched"), kToday.addDays(-100));
    startEpisode(unmatched, QStringLiteral("mentoring"), kToday.addDays(-90));

    auto alerts = service.alerts(m_admin, kToday, 3);
    QVERIFY(alerts);
    QCOMPARE(alerts.value().size(), 2);
    QCOMPARE(alerts.value()[0].kind, ClientAlert::Kind::NoRecentSession);
    QCOMPARE(alerts.value()[0].clientId, quiet);
    QCOMPARE(alerts.value()[0].date, kToday.addDays(-28));
    QCOMPARE(alerts.value()[0].mentorName, QStringLiteral("Pat Mentor"));
    QCOMPARE(alerts.value()[1].kind, ClientAlert::Kind::PlannedEndSoon);
    QCOMPARE(alerts.value()[1].clientId, ending);
    QCOMPARE(alerts.value()[1].date, kToday.addDays(10));
    // A longer setting: the four-week gap no longer alerts.
    auto patient = service.alerts(m_admin, kToday, 5);
    QVERIFY(patient);
    QCOMPARE(patient.value().size(), 1);
}

void TstClients::permissionsAreEnforced()
{
    const qint64 client = refer(QStringLiteral("Val"), kToday.addDays(-5));
    ClientService service(*m_db);
    for (Role role : { Role::Trustee, Role::Supervisor }) {
        QVERIFY(!service.list(as(role)));
        auto refused = service.profile(as(role), client);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    }
    QVERIFY(service.list(as(Role::ReadOnly)));
    Goal g { 0, client, 0, QStringLiteral("Sleep better"), kToday, 0, {} };
    auto refused = service.saveGoal(as(Role::ReadOnly), g);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
    QVERIFY(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused'")).toInt() >= 3);
    QVERIFY(service.saveGoal(as(Role::Coordinator), g));
}

void TstClients::removedRowsComeBackWithTheirIds()
{
    ClientService service(*m_db);
    const qint64 client = refer(QStringLiteral("Uma"), kToday.addDays(-30));
    const qint64 episode = startEpisode(client, QStringLiteral("connect"), kToday.addDays(-20));
    Session s = session(episode, kToday.addDays(-10));
    s.note = QStringLiteral("Talked about the week.");
    auto id = service.saveSession(m_admin, s);
    QVERIFY(id);
    s.id = id.value();
    QVERIFY(service.removeSession(m_admin, s.id));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM session")).toInt(), 0);
    auto back = service.saveSession(m_admin, s); // redo / undo of the removal
    QVERIFY(back);
    QCOMPARE(back.value(), s.id);
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT note FROM session WHERE id = %1").arg(s.id)).toString(), s.note);
}

void TstClients::removeClientOnlyBeforeSessions()
{
    ClientService service(*m_db);
    const qint64 client = refer(QStringLiteral("Wyn"), kToday.addDays(-30));
    const qint64 episode = startEpisode(client, QStringLiteral("connect"), kToday.addDays(-20));
    auto s = service.saveSession(m_admin, session(episode, kToday.addDays(-10)));
    QVERIFY(s);
    auto refused = service.removeClient(m_admin, client);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("already has sessions")));
    QVERIFY(!service.removeEpisode(m_admin, episode));
    QVERIFY(service.removeSession(m_admin, s.value()));
    QVERIFY(service.removeEpisode(m_admin, episode));
    QVERIFY(service.removeClient(m_admin, client));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM referral")).toInt(), 0);
}

void TstClients::catalogues()
{
    ClientService service(*m_db);
    auto added = service.saveComponent(
        m_admin, ServiceComponent { 0, QStringLiteral("Walking group"), QStringLiteral("group"), true });
    QVERIFY(added);
    auto clash = service.saveComponent(
        m_admin, ServiceComponent { 0, QStringLiteral("walking GROUP"), QStringLiteral("group"), true });
    QVERIFY(!clash);
    QVERIFY(!service.saveComponent(
        as(Role::ReadOnly), ServiceComponent { 0, QStringLiteral("Art group"), QStringLiteral("group"), true }));
    auto source = service.saveReferralSource(
        m_admin, ReferralSource { 0, QStringLiteral("external"), QStringLiteral("Job centre"), 20, true });
    QVERIFY(source);
    auto sources = service.referralSources(m_admin);
    QVERIFY(sources);
    QCOMPARE(sources.value().last().name, QStringLiteral("Job centre"));
    QCOMPARE(sources.value().first().category, QStringLiteral("self"));
    // A mentoring service with matches cannot become a group.
    const qint64 client = refer(QStringLiteral("Zed"), kToday.addDays(-30));
    const qint64 episode = startEpisode(client, QStringLiteral("mentoring"), kToday.addDays(-20));
    const qint64 mentor = addWorker(QStringLiteral("Lou"));
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO mentor_match (episode_id, mentor_id, status, proposed_on) VALUES (%1, %2, "
                       "'proposed', '%3')")
            .arg(episode)
            .arg(mentor)
            .arg(kToday.toString(Qt::ISODate))));
    ServiceComponent mentoring { componentId(QStringLiteral("mentoring")), QStringLiteral("1:1 peer mentoring"),
        QStringLiteral("group"), true };
    QVERIFY(!service.saveComponent(m_admin, mentoring));
}

void TstClients::ethnicityCodes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("group");
    QTest::addColumn<QString>("nhs");
    QTest::newRow("Bangladeshi") << QStringLiteral("1") << 1 << QStringLiteral("K");
    QTest::newRow("Chinese: Asian in 2021, Other for the NHS") << QStringLiteral("2") << 1 << QStringLiteral("R");
    QTest::newRow("African") << QStringLiteral("6") << 2 << QStringLiteral("N");
    QTest::newRow("Caribbean") << QStringLiteral("7") << 2 << QStringLiteral("M");
    QTest::newRow("White and Black Caribbean") << QStringLiteral("11") << 3 << QStringLiteral("D");
    QTest::newRow("British") << QStringLiteral("13") << 4 << QStringLiteral("A");
    QTest::newRow("Roma") << QStringLiteral("16") << 4 << QStringLiteral("C");
    QTest::newRow("Arab") << QStringLiteral("18") << 5 << QStringLiteral("S");
    QTest::newRow("not stated") << QStringLiteral("not_stated") << 0 << QStringLiteral("Z");
    QTest::newRow("not asked") << QString() << 0 << QStringLiteral("99");
}

void TstClients::ethnicityCodes()
{
    QFETCH(QString, key);
    QFETCH(int, group);
    QFETCH(QString, nhs);
    QCOMPARE(Demographics::ethnicGroup(key), group);
    QCOMPARE(Demographics::nhsEthnicCategory(key), nhs);
    QCOMPARE(Demographics::ethnicityKeys().size(), 20);
}

void TstClients::ageBands_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("band");
    QTest::newRow("16 today") << kToday.addYears(-16) << 0;
    QTest::newRow("15, a day short of 16") << kToday.addYears(-16).addDays(1) << -1;
    QTest::newRow("25") << kToday.addYears(-26).addDays(1) << 0;
    QTest::newRow("26") << kToday.addYears(-26) << 1;
    QTest::newRow("65") << kToday.addYears(-66).addDays(1) << 4;
    QTest::newRow("66") << kToday.addYears(-66) << 5;
    QTest::newRow("90") << kToday.addYears(-90) << 5;
    QTest::newRow("not given") << QDate() << -1;
}

void TstClients::ageBands()
{
    QFETCH(QDate, birth);
    QFETCH(int, band);
    QCOMPARE(Demographics::ageBandIndex(birth, kToday, Demographics::standardAgeBands()), band);
}

void TstClients::postcodes_data()
{
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("area");
    QTest::newRow("city") << QStringLiteral("M13 9PL") << QStringLiteral("M13") << QStringLiteral("M");
    QTest::newRow("no space") << QStringLiteral("sk42ab") << QStringLiteral("SK4") << QStringLiteral("SK");
    QTest::newRow("London") << QStringLiteral("EC1A 1BB") << QStringLiteral("EC1A") << QStringLiteral("EC");
    QTest::newRow("outward only") << QStringLiteral("M20") << QStringLiteral("M20") << QStringLiteral("M");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TstClients::postcodes()
{
    QFETCH(QString, postcode);
    QFETCH(QString, district);
    QFETCH(QString, area);
    QCOMPARE(Demographics::postcodeDistrict(postcode), district);
    QCOMPARE(Demographics::postcodeArea(postcode), area);
}

void TstClients::upgradeFromVersion3KeepsWhatWasWritten()
{
    QTemporaryDir dir;
    const QString path = test::copyFixture(dir, QStringLiteral("schema-v3.alongside"));
    auto before = test::openOrCreate(path); // opening upgrades
    QVERIFY(before);
    const Database& db = *before;
    // Every referral's old free-text sub-source is now a catalogue entry of the same category.
    QCOMPARE(
        test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM referral WHERE source_detail IS NOT NULL")).toInt(), 0);
    QVERIFY(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM referral WHERE source_id IS NOT NULL")).toInt() > 0);
    QCOMPARE(test::scalar(db,
                 QStringLiteral("SELECT COUNT(*) FROM referral r JOIN referral_source s ON s.id = "
                                "r.source_id WHERE s.category <> r.source_category"))
                 .toInt(),
        0);
    // Outcomes are keys now; nothing that did not map was dropped.
    QCOMPARE(test::scalar(db,
                 QStringLiteral("SELECT COUNT(*) FROM episode WHERE ended_on IS NOT NULL AND "
                                "ending_reason NOT IN ('planned', 'disengaged', 'moved_away', "
                                "'referred_on', 'other')"))
                 .toInt(),
        0);
    QCOMPARE(test::scalar(db,
                 QStringLiteral("SELECT COUNT(*) FROM episode WHERE ending_reason = 'other' AND "
                                "ending_note IS NULL"))
                 .toInt(),
        0);
    QCOMPARE(test::scalar(db,
                 QStringLiteral("SELECT COUNT(*) FROM referral WHERE triage_outcome IS NOT NULL AND "
                                "triage_outcome NOT IN ('accepted', 'signposted', 'declined', "
                                "'not_eligible', 'waiting')"))
                 .toInt(),
        0);
    QVERIFY(test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM referral WHERE triage_outcome = 'accepted'")).toInt()
        > 0);
    QCOMPARE(test::scalar(db,
                 QStringLiteral("SELECT COUNT(*) FROM (SELECT episode_id FROM mentor_match WHERE status "
                                "= 'active' GROUP BY episode_id HAVING COUNT(*) > 1)"))
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TstClients)
#include "tst_clients.moc"
