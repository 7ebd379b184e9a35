#include "reportfixture.h"

#include "peoplesetup.h"
#include "testsupport.h"

#include "core/actor.h"
#include "core/clients/clientservice.h"
#include "core/involvement/involvementservice.h"
#include "core/involvement/storyservice.h"
#include "core/measures/measureloader.h"
#include "core/measures/measureservice.h"
#include "core/services/settingsservice.h"
#include "core/workforce/workforceservice.h"

#include <QDebug>

namespace alongside::test {

using namespace core;

namespace {

const char kExit[] = R"({
  "format": 1, "id": "exit", "version": 1,
  "title": "Leaving peer support: your views", "shortTitle": "Exit questionnaire",
  "recallPeriod": "your time with us", "licence": "Written by the charity for its own use.",
  "options": [ { "value": 1, "label": "Yes" }, { "value": 0, "label": "No" },
               { "value": 9, "label": "Not applicable", "scored": false } ],
  "items": [
    { "number": 1, "text": "I felt listened to and respected", "kind": "yesNoNa" },
    { "number": 2, "text": "My peer mentor came when we had agreed", "kind": "yesNoNa" },
    { "number": 3, "text": "I feel more able to manage day to day than when I started", "kind": "yesNoNa" },
    { "number": 4, "text": "I know where to go for support now", "kind": "yesNoNa" },
    { "number": 5, "text": "I would recommend peer support here to a friend", "kind": "yesNoNa" },
    { "number": 6, "text": "Is there anything else you would like to tell us?", "kind": "freeText" }
  ],
  "scoring": { "method": "none", "missing": { "rule": "prorate", "maxMissing": 4 } }
})";

#define CHECK_OK(expr)                                                                                                 \
    do {                                                                                                               \
        auto _r = (expr);                                                                                              \
        if (!_r) {                                                                                                     \
            qWarning() << "report fixture:" << #expr << _r.error().message << _r.error().detail;                       \
            return _r.error();                                                                                         \
        }                                                                                                              \
    } while (false)

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

/** items answers between lo and hi adding up to total, filled from the first item. */
QList<std::optional<int>> spread(int total, int items, int lo, int hi, int fixedZeroFrom = -1)
{
    QList<std::optional<int>> answers;
    int left = total - lo * items;
    for (int i = 0; i < items; ++i) {
        int v = lo;
        if (fixedZeroFrom < 0 || i < fixedZeroFrom) {
            const int add = std::min(hi - lo, std::max(0, left));
            v += add;
            left -= add;
        }
        answers.append(v);
    }
    return answers;
}

struct Person
{
    QString given;
    QString gender;
    QString ethnicity;
    QDate born;
    QDate referred;
    QString category;
    QString source;
    QString componentKind;
};

struct Built
{
    qint64 client = 0;
    qint64 episode = 0;
    qint64 person = 0;
};

class Fixture
{
public:
    explicit Fixture(Database& db)
        : m_db(db)
        , m_clients(db)
        , m_measures(db)
        , m_workforce(db)
    { }

    Status run();

private:
    Result<Built> client(const Person& p, const QDate& episodeStarts);
    Status session(const Built& b, const QDate& on, const QString& mode = QStringLiteral("face_to_face"),
        const QString& attendance = QStringLiteral("attended"));
    Status measure(const Built& b, const QString& id, const QDate& on, QList<std::optional<int>> answers);
    Status goal(const Built& b, const QDate& set, bool achieved);
    Result<qint64> worker(const QString& given, const QString& role, const QString& pay, const QDate& starts,
        const QString& gender, const QString& ethnicity, const QDate& born, qint64 personId = 0);
    qint64 sourceId(const QString& category, const QString& name);
    qint64 componentId(const QString& kind);

    Database& m_db;
    Actor m_actor = Actor::localUser();
    ClientService m_clients;
    MeasureService m_measures;
    WorkforceService m_workforce;
};

qint64 Fixture::sourceId(const QString& category, const QString& name)
{
    return test::scalar(m_db,
        QStringLiteral("SELECT id FROM referral_source WHERE category = '%1' AND name = '%2'").arg(category, name))
        .toLongLong();
}

qint64 Fixture::componentId(const QString& kind)
{
    return test::scalar(m_db, QStringLiteral("SELECT MIN(id) FROM service_component WHERE kind = '%1'").arg(kind))
        .toLongLong();
}

Result<Built> Fixture::client(const Person& p, const QDate& episodeStarts)
{
    ClientProfile profile;
    profile.givenName = p.given;
    profile.familyName = QStringLiteral("Fixture");
    profile.gender = p.gender;
    profile.ethnicity = p.ethnicity;
    profile.dateOfBirth = p.born;
    Referral r;
    r.referredOn = p.referred;
    r.sourceCategory = p.category;
    r.sourceId = p.source.isEmpty() ? 0 : sourceId(p.category, p.source);
    r.triageOutcome = QStringLiteral("accepted");
    r.triageOn = p.referred;
    auto id = m_clients.createClient(m_actor, profile, r);
    if (!id) {
        return id.error();
    }
    Built b;
    b.client = id.value();
    b.person
        = test::scalar(m_db, QStringLiteral("SELECT person_id FROM client WHERE id = %1").arg(b.client)).toLongLong();
    if (episodeStarts.isValid()) {
        Episode e;
        e.referralId
            = test::scalar(m_db, QStringLiteral("SELECT MAX(id) FROM referral WHERE client_id = %1").arg(b.client))
                  .toLongLong();
        e.componentId = componentId(p.componentKind.isEmpty() ? QStringLiteral("mentoring") : p.componentKind);
        e.startsOn = episodeStarts;
        auto ep = m_clients.saveEpisode(m_actor, e);
        if (!ep) {
            return ep.error();
        }
        b.episode = ep.value();
    }
    return b;
}

Status Fixture::session(const Built& b, const QDate& on, const QString& mode, const QString& attendance)
{
    Session s;
    s.episodeId = b.episode;
    s.heldOn = on;
    s.mode = mode;
    s.attendance = attendance;
    s.durationMinutes = 60;
    auto r = m_clients.saveSession(m_actor, s);
    return r ? Status::ok() : Status(r.error());
}

Status Fixture::measure(const Built& b, const QString& id, const QDate& on, QList<std::optional<int>> answers)
{
    MeasureResponseInput in;
    in.clientId = b.client;
    in.episodeId = b.episode;
    in.measureId = id;
    in.administeredOn = on;
    in.answers = std::move(answers);
    auto r = m_measures.record(m_actor, in);
    return r ? Status::ok() : Status(r.error());
}

Status Fixture::goal(const Built& b, const QDate& set, bool achieved)
{
    Goal g;
    g.clientId = b.client;
    g.episodeId = b.episode;
    g.description = QStringLiteral("A goal in my own words");
    g.setOn = set;
    g.progress = achieved ? 100 : 40;
    if (achieved) {
        g.achievedOn = set.addDays(50);
    }
    auto r = m_clients.saveGoal(m_actor, g);
    return r ? Status::ok() : Status(r.error());
}

Result<qint64> Fixture::worker(const QString& given, const QString& role, const QString& pay, const QDate& starts,
    const QString& gender, const QString& ethnicity, const QDate& born, qint64 personId)
{
    WorkerProfile p;
    p.personId = personId;
    p.givenName = given;
    p.familyName = QStringLiteral("Worker");
    p.gender = gender;
    p.ethnicity = ethnicity;
    p.dateOfBirth = born;
    auto id = m_workforce.createWorker(m_actor, p, StatusChange { 0, 0, QStringLiteral("active"), starts, {} });
    if (!id) {
        return id.error();
    }
    RoleAssignment ra;
    ra.workerId = id.value();
    ra.roleTypeId
        = test::scalar(m_db, QStringLiteral("SELECT id FROM role_type WHERE name = '%1'").arg(role)).toLongLong();
    ra.payBasis = pay;
    ra.startsOn = starts;
    if (pay != QLatin1String("unpaid")) {
        ra.hoursPerWeek = 22.5;
    }
    auto r = m_workforce.saveRole(m_actor, ra);
    if (!r) {
        return r.error();
    }
    return id.value();
}

Status Fixture::run()
{
    // The charity.
    {
        SettingsService settings(m_db);
        auto cs = settings.load(m_actor);
        CHECK_OK(cs);
        CharitySettings s = cs.value();
        s.charityName = QStringLiteral("Riverside Peer Support");
        CHECK_OK(settings.save(m_actor, s));
    }
    auto exit = MeasureLoader::fromJson(QByteArray(kExit), QStringLiteral("exit questionnaire"));
    CHECK_OK(exit);
    CHECK_OK(m_measures.saveCustom(m_actor, exit.value()));

    const QString white = QStringLiteral("13");
    const QString indian = QStringLiteral("3");
    const QString african = QStringLiteral("6");
    const QString notStated = QStringLiteral("not_stated");

    // Fourteen people who attended in Q2 (A01–A14). Gender: 8 female, 5 male, 1 other (one small
    // cell: secondary suppression). Ethnicity: 9 White, 3 Asian, 1 Black, 1 not stated. Age on 1 Jul
    // 2026: A01 turns 26 that day; 6 aged 26–35, 5 aged 36–45, 2 aged 46–55, 1 not specified.
    QList<Built> a;
    for (int i = 1; i <= 14; ++i) {
        Person p;
        p.given = QStringLiteral("A%1").arg(i, 2, 10, QLatin1Char('0'));
        p.gender = i <= 8 ? QStringLiteral("female") : (i <= 13 ? QStringLiteral("male") : QStringLiteral("other"));
        p.ethnicity = i <= 9 ? white : (i <= 12 ? indian : (i == 13 ? african : notStated));
        p.born = i == 1 ? d(2000, 7, 1)
                        : (i <= 6 ? d(1995, 1, 15) : (i <= 11 ? d(1985, 5, 5) : (i <= 13 ? d(1975, 7, 2) : QDate())));
        // A01–A10 referred in Q2; A11–A14 in May (Q1).
        p.referred = i <= 10 ? d(2026, 7, i) : d(2026, 5, 10 + i);
        if (i <= 5) {
            p.category = QStringLiteral("self");
            p.source = QStringLiteral("Website");
        } else if (i <= 7) {
            p.category = QStringLiteral("self");
            p.source = QStringLiteral("Word of mouth");
        } else if (i <= 9) {
            p.category = QStringLiteral("internal");
            p.source = QStringLiteral("Peer support group");
        } else {
            p.category = QStringLiteral("external");
            p.source = QStringLiteral("GP");
        }
        p.componentKind = i <= 12 ? QStringLiteral("mentoring") : QStringLiteral("course");
        auto b = client(p, p.referred.addDays(1));
        CHECK_OK(b);
        a.append(b.value());
    }
    for (int i = 0; i < 14; ++i) {
        const Built& b = a.at(i);
        const int n = i + 1;
        const QString first = n <= 7 ? QStringLiteral("face_to_face") : QStringLiteral("telephone");
        const QString second = n <= 7 ? QStringLiteral("face_to_face") : QStringLiteral("video");
        if (n >= 11) {
            CHECK_OK(session(b, d(2026, 6, 1), first)); // Q1: they started before the quarter
        }
        CHECK_OK(session(b, d(2026, 7, 20), first));
        if (n <= 10) {
            CHECK_OK(session(b, d(2026, 9, 10), second)); // A01–A10: two sessions in Q2
        }
        if (n == 3) {
            CHECK_OK(session(b, d(2026, 8, 12), first, QStringLiteral("did_not_attend")));
        }
        if (n == 4) {
            CHECK_OK(session(b, d(2026, 8, 13), first, QStringLiteral("cancelled_by_client")));
        }
    }

    // People referred who did not attend in Q2.
    {
        Person n1 { QStringLiteral("N01"), QStringLiteral("female"), white, d(1990, 1, 1), d(2026, 9, 30),
            QStringLiteral("external"), QStringLiteral("GP"), {} };
        CHECK_OK(client(n1, {})); // referred on the last day of the quarter, not yet seen
        Person n2 { QStringLiteral("N02"), QStringLiteral("male"), white, d(1990, 1, 1), d(2026, 6, 29),
            QStringLiteral("self"), QStringLiteral("Website"), QStringLiteral("mentoring") };
        auto b2 = client(n2, d(2026, 6, 30));
        CHECK_OK(b2);
        CHECK_OK(session(b2.value(), d(2026, 6, 30))); // the last day of Q1: not in Q2
        Person n3 { QStringLiteral("N03"), QStringLiteral("female"), white, d(1990, 1, 1), d(2026, 10, 1),
            QStringLiteral("self"), QStringLiteral("Website"), QStringLiteral("mentoring") };
        auto b3 = client(n3, d(2026, 10, 1));
        CHECK_OK(b3);
        CHECK_OK(session(b3.value(), d(2026, 10, 2))); // the first day after the quarter
        Person n4 { QStringLiteral("N04"), QStringLiteral("male"), indian, d(1990, 1, 1), d(2026, 7, 10),
            QStringLiteral("external"), QStringLiteral("GP"), QStringLiteral("mentoring") };
        auto b4 = client(n4, d(2026, 7, 11));
        CHECK_OK(b4);
        CHECK_OK(session(b4.value(), d(2026, 7, 21), QStringLiteral("face_to_face"),
            QStringLiteral("did_not_attend"))); // referred, booked, never came
    }

    // WEMWBS pairs (A01–A08, July → September): changes +12, +7, +2, 0, +8, +7, +11, −3.
    const int wFirst[] = { 38, 40, 42, 45, 50, 55, 30, 60 };
    const int wLast[] = { 50, 47, 44, 45, 58, 62, 41, 57 };
    for (int i = 0; i < 8; ++i) {
        CHECK_OK(measure(a.at(i), QStringLiteral("wemwbs"), d(2026, 7, 20), spread(wFirst[i], 14, 1, 5)));
        CHECK_OK(measure(a.at(i), QStringLiteral("wemwbs"), d(2026, 9, 10), spread(wLast[i], 14, 1, 5)));
    }
    // SWEMWBS (raw 7–35): A09, A10 paired in Q2; A11, A12 first in Q1 (June), last in Q2; A13 once.
    const int sFirst[] = { 18, 20, 15, 25 };
    const int sLast[] = { 24, 21, 22, 23 };
    for (int i = 0; i < 4; ++i) {
        const QDate firstOn = i < 2 ? d(2026, 7, 20) : d(2026, 6, 1);
        const QDate lastOn = i < 2 ? d(2026, 9, 10) : d(2026, 7, 20);
        CHECK_OK(measure(a.at(8 + i), QStringLiteral("swemwbs"), firstOn, spread(sFirst[i], 7, 1, 5)));
        CHECK_OK(measure(a.at(8 + i), QStringLiteral("swemwbs"), lastOn, spread(sLast[i], 7, 1, 5)));
    }
    CHECK_OK(measure(a.at(12), QStringLiteral("swemwbs"), d(2026, 7, 20), spread(19, 7, 1, 5)));

    // PHQ-9 / GAD-7 pairs (A01–A05). A01 recovers reliably; A02 recovers without reliable change;
    // A03 is not at caseness at the start; A04 stays at caseness; A05 recovers reliably.
    const int phqFirst[] = { 14, 12, 7, 20, 10 };
    const int phqLast[] = { 6, 9, 5, 18, 3 };
    const int gadFirst[] = { 12, 7, 6, 15, 9 };
    const int gadLast[] = { 5, 6, 4, 16, 2 };
    for (int i = 0; i < 5; ++i) {
        CHECK_OK(measure(a.at(i), QStringLiteral("phq9"), d(2026, 7, 20), spread(phqFirst[i], 9, 0, 3, 8)));
        CHECK_OK(measure(a.at(i), QStringLiteral("phq9"), d(2026, 9, 10), spread(phqLast[i], 9, 0, 3, 8)));
        CHECK_OK(measure(a.at(i), QStringLiteral("gad7"), d(2026, 7, 20), spread(gadFirst[i], 7, 0, 3)));
        CHECK_OK(measure(a.at(i), QStringLiteral("gad7"), d(2026, 9, 10), spread(gadLast[i], 7, 0, 3)));
    }

    // The exit questionnaire (A01–A06, on their last session): 1 yes, 0 no, 9 not applicable.
    const int exitAnswers[6][5] = {
        { 1, 1, 1, 1, 1 },
        { 1, 1, 1, 9, 1 },
        { 1, 0, 1, 9, 1 },
        { 1, 9, 0, 9, 1 },
        { 1, 1, 1, 1, 1 },
        { 1, 1, 1, 1, 1 },
    };
    for (int i = 0; i < 6; ++i) {
        QList<std::optional<int>> answers;
        for (int k = 0; k < 5; ++k) {
            answers.append(exitAnswers[i][k]);
        }
        answers.append(std::nullopt);
        CHECK_OK(measure(a.at(i), QStringLiteral("exit"), d(2026, 9, 10), answers));
    }

    // Goals: A01 2 of 2 achieved; A02 1 of 3; A03 1 of 1; A04 1 of 2 (exactly half: not more than
    // half); A05 and A06 0 of 1.
    const int goalsSet[] = { 2, 3, 1, 2, 1, 1 };
    const int goalsAchieved[] = { 2, 1, 1, 1, 0, 0 };
    for (int i = 0; i < 6; ++i) {
        for (int g = 0; g < goalsSet[i]; ++g) {
            CHECK_OK(goal(a.at(i), d(2026, 7, 20), g < goalsAchieved[i]));
        }
    }

    // A01–A06 finish their support on 25 Sep (after the exit questionnaire): completion and NHS
    // Talking Therapies count episodes that ended in the period. A07–A14 are still being supported.
    for (int i = 0; i < 6; ++i) {
        auto episode = m_clients.episode(m_actor, a.at(i).episode);
        CHECK_OK(episode);
        Episode e = episode.value();
        e.endedOn = d(2026, 9, 25);
        e.endingReason = QStringLiteral("planned");
        CHECK_OK(m_clients.saveEpisode(m_actor, e));
    }

    // The workforce. Six long-standing volunteer mentors; a volunteer who started in August; one who
    // left in September; a paid peer worker who was once supported and then volunteered.
    QList<qint64> volunteers;
    for (int i = 1; i <= 6; ++i) {
        MentorSetup m;
        m.given = QStringLiteral("V%1").arg(i, 2, 10, QLatin1Char('0'));
        m.gender = i <= 4 ? QStringLiteral("female") : QStringLiteral("male");
        m.ethnicity = i <= 5 ? white : indian;
        m.skipCourses = i == 6 ? QStringList { QStringLiteral("Safeguarding refresher") } : QStringList();
        m.supervisedUntil = i == 5 ? d(2026, 6, 5) : d(2026, 10, 5);
        const qint64 w = addMentor(m_db, m_actor, m);
        if (w == 0) {
            return Error { Error::Code::Database, QStringLiteral("addMentor failed"), {} };
        }
        volunteers.append(w);
    }
    auto starter = worker(QStringLiteral("V07"), QStringLiteral("Volunteer peer mentor"), QStringLiteral("unpaid"),
        d(2026, 8, 1), QStringLiteral("female"), african, d(1998, 3, 3));
    CHECK_OK(starter);
    auto leaver = worker(QStringLiteral("V08"), QStringLiteral("Volunteer peer mentor"), QStringLiteral("unpaid"),
        d(2025, 2, 1), QStringLiteral("male"), white, d(1970, 3, 3));
    CHECK_OK(leaver);
    CHECK_OK(m_workforce.saveStatus(m_actor,
        StatusChange { 0, leaver.value(), QStringLiteral("left"), d(2026, 9, 15), QStringLiteral("moved away") }));
    {
        // P01: supported in 2024, a volunteer from 2025, a paid peer worker from August 2026.
        Person p { QStringLiteral("P01"), QStringLiteral("female"), white, d(1988, 2, 2), d(2024, 1, 10),
            QStringLiteral("self"), QStringLiteral("Website"), QStringLiteral("mentoring") };
        auto b = client(p, d(2024, 1, 11));
        CHECK_OK(b);
        CHECK_OK(session(b.value(), d(2024, 2, 1)));
        Episode e = m_clients.episode(m_actor, b.value().episode).value();
        e.endedOn = d(2024, 6, 30);
        e.endingReason = QStringLiteral("planned");
        CHECK_OK(m_clients.saveEpisode(m_actor, e));
        auto w = worker(QStringLiteral("P01"), QStringLiteral("Volunteer peer mentor"), QStringLiteral("unpaid"),
            d(2025, 1, 6), QStringLiteral("female"), white, d(1988, 2, 2), b.value().person);
        CHECK_OK(w);
        auto roles = m_workforce.roles(m_actor, w.value());
        CHECK_OK(roles);
        RoleAssignment old = roles.value().first();
        old.endsOn = d(2026, 7, 31);
        CHECK_OK(m_workforce.saveRole(m_actor, old));
        RoleAssignment paid;
        paid.workerId = w.value();
        paid.roleTypeId
            = test::scalar(m_db, QStringLiteral("SELECT id FROM role_type WHERE name = 'Employed peer support worker'"))
                  .toLongLong();
        paid.payBasis = QStringLiteral("paid");
        paid.hoursPerWeek = 22.5;
        paid.startsOn = d(2026, 8, 1);
        CHECK_OK(m_workforce.saveRole(m_actor, paid));
    }

    // Volunteer hours: 10 + 6.5 + 4 in Q2, 3 in Q1.
    const struct
    {
        int worker;
        QDate on;
        double hours;
    } hours[] = {
        { 0, d(2026, 7, 3), 4 },
        { 0, d(2026, 8, 3), 3 },
        { 0, d(2026, 9, 3), 3 },
        { 1, d(2026, 7, 4), 6.5 },
        { 1, d(2026, 6, 20), 3 },
    };

    for (const auto& h : hours) {
        HoursEntry e;
        e.workerId = volunteers.at(h.worker);
        e.workedOn = h.on;
        e.hours = h.hours;
        e.activity = QStringLiteral("Mentoring");
        CHECK_OK(m_workforce.saveHours(m_actor, e));
    }
    {
        HoursEntry e;
        e.workerId = starter.value();
        e.workedOn = d(2026, 8, 20);
        e.hours = 4;
        e.activity = QStringLiteral("Group support");
        CHECK_OK(m_workforce.saveHours(m_actor, e));
    }

    // Co-production: one meeting in Q2 with each standing, one in Q1.
    {
        InvolvementService involvement(m_db);
        auto groups = involvement.groups(m_actor);
        CHECK_OK(groups);
        const qint64 group = groups.value().first().id;
        Meeting m;
        m.groupId = group;
        m.heldOn = d(2026, 8, 12);
        m.topics = { QStringLiteral("Waiting times") };
        const qint64 p01
            = test::scalar(m_db, QStringLiteral("SELECT id FROM person WHERE given_name = 'P01'")).toLongLong();
        for (const auto& [personId, standing] : {
                 std::pair<qint64, const char*> { a.at(0).person, involvement::kSupported },
                 std::pair<qint64, const char*> { a.at(1).person, involvement::kSupported },
                 std::pair<qint64, const char*> {
                     test::scalar(
                         m_db, QStringLiteral("SELECT person_id FROM worker WHERE id = %1").arg(volunteers.at(0)))
                         .toLongLong(),
                     involvement::kVolunteer },
                 std::pair<qint64, const char*> { p01, involvement::kPaidPeer },
             }) {
            MeetingAttendee at;
            at.personId = personId;
            at.standing = QString::fromLatin1(standing);
            m.attendees.append(at);
        }
        MeetingAttendee outside;
        outside.externalName = QStringLiteral("A commissioner");
        outside.organisation = QStringLiteral("The council");
        m.attendees.append(outside);
        MeetingDecision decision;
        decision.description = QStringLiteral("Offer evening sessions");
        decision.changeMade = QStringLiteral("Evening sessions started");
        decision.changedOn = d(2026, 9, 1);
        m.decisions.append(decision);
        MeetingDecision pending;
        pending.description = QStringLiteral("Look at a new leaflet");
        m.decisions.append(pending);
        CHECK_OK(involvement.saveMeeting(m_actor, m));
        Meeting earlier;
        earlier.groupId = group;
        earlier.heldOn = d(2026, 6, 10);
        earlier.attendees.append(m.attendees.first());
        CHECK_OK(involvement.saveMeeting(m_actor, earlier));
    }

    // Stories: A01's, chosen for Q2 with consent standing; A02's, consent withdrawn in September.
    {
        StoryService stories(m_db);
        for (int i = 0; i < 2; ++i) {
            Consent c;
            c.personId = a.at(i).person;
            c.purpose = QStringLiteral("story");
            c.givenOn = d(2026, 7, 20);
            auto consent = m_clients.saveConsent(m_actor, c);
            CHECK_OK(consent);
            Story s;
            s.personId = a.at(i).person;
            s.title = i == 0 ? QStringLiteral("Finding my feet again") : QStringLiteral("A second chance");
            s.writtenOn = d(2026, 9, 10);
            s.body = QStringLiteral("Words as written.");
            s.anonymised = i == 0 ? QStringLiteral("When I first came I could not leave the house. Now I walk to the "
                                                   "group every week and help set out the chairs.")
                                  : QStringLiteral("This story was withdrawn.");
            s.consentId = consent.value();
            s.chosenFor.append(StoryPeriod { d(2026, 7, 1), d(2026, 9, 30) });
            CHECK_OK(stories.saveStory(m_actor, s));
            if (i == 1) {
                c.id = consent.value();
                c.withdrawnOn = d(2026, 9, 20);
                CHECK_OK(m_clients.saveConsent(m_actor, c));
            }
        }
    }
    return Status::ok();
}

} // namespace

QDateTime reportFixtureNow()
{
    return QDateTime(QDate(2026, 10, 20), QTime(12, 0), Qt::UTC);
}

Status buildReportFixture(Database& db)
{
    return Fixture(db).run();
}

} // namespace alongside::test
