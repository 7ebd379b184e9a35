// Demo generator: co-production and stories (issue 8). The co-production group meets every eight
// weeks with people supported, volunteers, paid peer workers, staff and outside stakeholders; some
// of its decisions change the service. Volunteers meet monthly in their own peer support group.
// People who ended well and gave consent to use a story wrote one; a few wrote one but never gave
// consent; some volunteers who were once supported wrote about becoming a volunteer.

#include "core/involvement/involvementtypes.h"
#include "core/services/demo/plan.h"

#include <QHash>

namespace alongside::core::demo {

namespace {

const char* const kTopics[] = {
    "Waiting times for a mentor",
    "An evening group for people in work",
    "What the exit questionnaires said",
    "Volunteer training dates",
    "The welcome pack",
    "Getting to the venue",
    "Online sessions",
    "The wellbeing course: what to change",
    "Funding and the next bid",
    "Summer celebration event",
    "How we use people's stories",
    "Support for carers",
};

const char* const kGroupTopics[] = {
    "Check-in: how everyone is doing",
    "Endings with mentees",
    "Looking after ourselves in the role",
    "Sharing what worked this month",
    "Boundaries and self-disclosure",
};

struct DecisionText
{
    const char* decision;
    const char* change;
    int component; // a ComponentIndex, -1: none
};

const DecisionText kDecisions[] = {
    { "Start an evening peer support group for people who work in the day",
        "Evening group runs on the first Thursday of each month", Group },
    { "Rewrite the welcome letter in plainer words with a photo of the venue",
        "New welcome letter sent to everyone referred", -1 },
    { "Offer a telephone call while people wait for a mentor", "Waiting-list calls every fortnight", Mentoring },
    { "Add a session on sleep to the wellbeing course", "Week 4 of the course now covers sleep", Course },
    { "Ask people supported to sit on volunteer interview panels", "Two people supported joined the interview panel",
        -1 },
    { "Move the drop-in to the ground-floor room", "Drop-in moved to the accessible room", Group },
    { "Send a text reminder the day before each session", "Text reminders started", Mentoring },
    { "Pay people supported for their time at co-production meetings", "Shopping vouchers for each meeting", -1 },
};

const char* const kActions[] = {
    "Write up the notes and send them round",
    "Book the room for the next meeting",
    "Draft the new leaflet",
    "Find out what the GP practice needs from us",
    "Ask the volunteers what times suit them",
    "Cost the idea for the next funding bid",
};

struct Stakeholder
{
    const char* name;
    const char* organisation;
};

const Stakeholder kStakeholders[] = {
    { "Dr Nia Okafor", "Castle Street GP practice" },
    { "Tom Reilly", "Community mental health team" },
    { "Sandra Kaur", "City council commissioning" },
    { "Liam Doyle", "Carers' centre" },
    { "Hannah Price", "Northside Housing" },
};

struct StoryText
{
    const char* title;
    const char* body; // %1: the writer's first name, %2: who supported them
    const char* anonymised;
    int themes[3]; // StoryTheme positions (1-based), 0: none
};

const StoryText kStories[] = {
    { "Leaving the house again",
        "My name is %1. When I was referred I hadn't been out for weeks. %2 met me at the café near my flat "
        "every Tuesday, and we walked a bit further each time. Now I go to the group on my own.",
        "When I was referred I hadn't been out for weeks. My mentor met me at a café every week, and we walked "
        "a bit further each time. Now I go to the group on my own.",
        { 1, 3, 0 } },
    { "Someone who gets it",
        "I'm %1 and I'd seen lots of professionals. %2 was the first person who said \"me too\". That changed "
        "everything: I stopped feeling like the only one.",
        "I'd seen lots of professionals. My peer mentor was the first person who said \"me too\". That changed "
        "everything: I stopped feeling like the only one.",
        { 2, 1, 0 } },
    { "Learning to cope with the bad days",
        "%2 helped me, %1, make a plan for the bad days: who to ring, what to do with my hands, where to go. I "
        "still have bad days but they don't last a week any more.",
        "My mentor helped me make a plan for the bad days: who to ring, what to do with my hands, where to go. "
        "I still have bad days but they don't last a week any more.",
        { 4, 3, 0 } },
    { "A reason to get up",
        "Before, there was no reason to get up. Now, on Wednesdays, there's the group and %2. I'm %1 and I "
        "bring the biscuits.",
        "Before, there was no reason to get up. Now there's the group every week, and I bring the biscuits.",
        { 7, 2, 0 } },
    { "Small steps",
        "%1 here. Six months ago I couldn't fill in a form. With %2 I did one thing a week. Last month I "
        "phoned the college myself.",
        "Six months ago I couldn't fill in a form. With my mentor I did one thing a week. Last month I phoned "
        "the college myself.",
        { 3, 8, 1 } },
};

const StoryText kVolunteerStories[] = {
    { "From the group to volunteering",
        "I'm %1. I came to the group when things were at their worst. %2 asked if I'd thought about "
        "volunteering. Now I mentor people myself, and it's the best part of my week.",
        "I came to the group when things were at their worst. A worker asked if I'd thought about volunteering. "
        "Now I mentor people myself, and it's the best part of my week.",
        { 5, 6, 7 } },
    { "Giving something back",
        "Being supported gave me, %1, hope. Training as a volunteer with %2 gave me a purpose. I know what it's "
        "like to sit in that chair.",
        "Being supported gave me hope. Training as a volunteer gave me a purpose. I know what it's like to sit "
        "in that chair.",
        { 5, 1, 7 } },
};

/** The first day of the financial quarter (the year starting in April) that holds d, and its last day. */
std::pair<Day, Day> quarterOf(Day d)
{
    const QDate date = QDate::fromJulianDay(d);
    const int offset = (date.month() - 4 + 12) % 12; // months since April
    const QDate first = QDate(date.year(), date.month(), 1).addMonths(-(offset % 3));
    return { Day(first.toJulianDay()), Day(first.addMonths(3).addDays(-1).toJulianDay()) };
}

} // namespace

Status Generator::planAndWriteInvolvement()
{
    Rng rng(m_options.seed, 21);
    const Day a = m_asAt;

    // Groups and themes by position, as seeded by schema version 7 (created if a charity removed them).
    auto readIds = [&](const QString& table, int wanted, std::vector<qint64>* ids) -> Status {
        auto q = sql::query(m_db, QStringLiteral("SELECT id FROM %1 ORDER BY position, id").arg(table), {},
            QStringLiteral("demo data: read %1").arg(table));
        if (!q) {
            return q.status();
        }
        while (q.value().next()) {
            ids->push_back(q.value().value(0).toLongLong());
        }
        while (int(ids->size()) < wanted) {
            const QString name = QStringLiteral("Demo %1 %2").arg(table).arg(ids->size() + 1);
            auto insert = sql::query(m_db, QStringLiteral("INSERT INTO %1 (name, position) VALUES (?, ?)").arg(table),
                { name, int(ids->size()) + 1 }, QStringLiteral("demo data: add to %1").arg(table));
            if (!insert) {
                return insert.status();
            }
            ids->push_back(insert.value().lastInsertId().toLongLong());
        }
        return Status::ok();
    };
    std::vector<qint64> groups;
    std::vector<qint64> themes;
    if (Status s = readIds(QStringLiteral("involvement_group"), 2, &groups); !s) {
        return s;
    }
    if (Status s = readIds(QStringLiteral("story_theme"), 8, &themes); !s) {
        return s;
    }
    auto base = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM meeting"));
    if (!base) {
        return base.error();
    }
    qint64 meetingId = base.value().toLongLong();

    // What each worker was on a day: standing key, or empty when not active.
    auto standingOf = [&](const Worker& w, Day d) -> QString {
        if (!w.isActiveOn(d)) {
            return QString();
        }
        switch (w.kind) {
        case Kind::Volunteer:
            return QString::fromLatin1(involvement::kVolunteer);
        case Kind::SessionalPsw:
            return QString::fromLatin1(
                w.promotedOn != 0 && d < w.promotedOn ? involvement::kVolunteer : involvement::kPaidPeer);
        case Kind::NonPeerStaff:
            return QString::fromLatin1(involvement::kStaff);
        default:
            return QString::fromLatin1(involvement::kPaidPeer);
        }
    };

    BatchInsert meetings;
    BatchInsert attendees;
    BatchInsert decisions;
    BatchInsert actions;
    if (Status s = meetings.prepare(m_db, QStringLiteral("meeting"),
            { QStringLiteral("id"), QStringLiteral("group_id"), QStringLiteral("held_on"),
                QStringLiteral("duration_minutes"), QStringLiteral("location"), QStringLiteral("topics"),
                QStringLiteral("notes"), QStringLiteral("recorded_by"), QStringLiteral("created_at"),
                QStringLiteral("updated_at") });
        !s) {
        return s;
    }
    if (Status s = attendees.prepare(m_db, QStringLiteral("meeting_attendee"),
            { QStringLiteral("meeting_id"), QStringLiteral("person_id"), QStringLiteral("external_name"),
                QStringLiteral("organisation"), QStringLiteral("standing") });
        !s) {
        return s;
    }
    if (Status s = decisions.prepare(m_db, QStringLiteral("meeting_decision"),
            { QStringLiteral("meeting_id"), QStringLiteral("position"), QStringLiteral("description"),
                QStringLiteral("change_made"), QStringLiteral("changed_on"), QStringLiteral("component_id") });
        !s) {
        return s;
    }
    if (Status s = actions.prepare(m_db, QStringLiteral("meeting_action"),
            { QStringLiteral("meeting_id"), QStringLiteral("position"), QStringLiteral("description"),
                QStringLiteral("owner_person_id"), QStringLiteral("owner_text"), QStringLiteral("due_on"),
                QStringLiteral("done_on") });
        !s) {
        return s;
    }

    // Sample k of the candidates (reservoir-free: shuffle the front).
    auto take = [&](std::vector<int>& pool, int k) {
        rng.chooseFront(pool, k);
        pool.resize(std::size_t(std::min<int>(k, int(pool.size()))));
    };
    int decisionCursor = int(rng.below(quint32(std::size(kDecisions))));

    auto writeMeeting = [&](bool coproduction, Day day) -> Status {
        std::vector<int> clients;
        std::vector<int> volunteers;
        std::vector<int> paid;
        std::vector<int> staff;
        if (coproduction) {
            // People supported now or within the last year, on file before the day.
            for (int i = 0; i < int(m_clients.size()); ++i) {
                const Client& c = m_clients[std::size_t(i)];
                if (c.followOn || !c.hasEpisode() || c.start > day || (c.ended != 0 && c.ended < day - 365)) {
                    continue;
                }
                if (c.worker >= 0 && !standingOf(m_workers[std::size_t(c.worker)], day).isEmpty()) {
                    continue; // attends in their workforce role
                }
                clients.push_back(i);
            }
        }
        for (int i = 0; i < int(m_workers.size()); ++i) {
            const QString s = standingOf(m_workers[std::size_t(i)], day);
            if (s == QLatin1String(involvement::kVolunteer)) {
                volunteers.push_back(i);
            } else if (s == QLatin1String(involvement::kPaidPeer)) {
                paid.push_back(i);
            } else if (s == QLatin1String(involvement::kStaff)) {
                staff.push_back(i);
            }
        }
        take(clients, rng.range(3, 7));
        take(volunteers, coproduction ? rng.range(2, 4) : rng.range(3, 8));
        take(paid, coproduction ? rng.range(1, 2) : 1);
        take(staff, coproduction ? rng.range(0, 1) : 0);
        const int outsiders = coproduction ? rng.weighted({ 20, 45, 35 }) : 0;
        if (clients.size() + volunteers.size() + paid.size() + staff.size() + std::size_t(outsiders) == 0) {
            return Status::ok();
        }

        ++meetingId;
        const QString recordedBy = staffName(rng, day);
        QStringList topics;
        if (coproduction) {
            const int n = rng.range(2, 3);
            for (int i = 0; i < n; ++i) {
                const QString t = fromUtf8(rng.pick(demo::Words(kTopics)));
                if (!topics.contains(t)) {
                    topics << t;
                }
            }
        } else {
            topics << fromUtf8(kGroupTopics[0]) << fromUtf8(rng.pick(demo::Words(kGroupTopics)));
            topics.removeDuplicates();
        }
        const QString stamp = m_dates.stamp(day, 15 * 3600 + rng.range(0, 7200));
        if (Status s
            = meetings.row(meetingId, coproduction ? groups[0] : groups[1], m_dates.text(day), coproduction ? 120 : 90,
                coproduction ? QStringLiteral("Community room, Bridge Street") : QStringLiteral("Quiet room"),
                topics.join(u'\n'), QVariant(), recordedBy, stamp, stamp);
            !s) {
            return s;
        }
        std::vector<int> onFileOwners; // person ids of paid attendees, who take actions
        for (int i : clients) {
            if (Status s = attendees.row(meetingId, m_clients[std::size_t(i)].personId, QVariant(), QVariant(),
                    QString::fromLatin1(involvement::kSupported));
                !s) {
                return s;
            }
        }
        for (const std::vector<int>* list : { &volunteers, &paid, &staff }) {
            for (int i : *list) {
                const Worker& w = m_workers[std::size_t(i)];
                if (Status s = attendees.row(meetingId, w.personId, QVariant(), QVariant(), standingOf(w, day)); !s) {
                    return s;
                }
                if (list != &volunteers) {
                    onFileOwners.push_back(w.personId);
                }
            }
        }
        std::vector<int> outsideIndex = { 0, 1, 2, 3, 4 };
        rng.chooseFront(outsideIndex, outsiders);
        for (int k = 0; k < outsiders; ++k) {
            const Stakeholder& s = kStakeholders[outsideIndex[std::size_t(k)]];
            if (Status st = attendees.row(meetingId, QVariant(), fromUtf8(s.name), fromUtf8(s.organisation),
                    QString::fromLatin1(involvement::kStakeholder));
                !st) {
                return st;
            }
        }
        if (!coproduction) {
            return Status::ok();
        }
        // Decisions: most meetings make one; a change follows some weeks later when it has happened.
        const int decisionCount = rng.weighted({ 25, 55, 20 });
        for (int k = 0; k < decisionCount; ++k) {
            const DecisionText& d = kDecisions[std::size_t(decisionCursor++ % int(std::size(kDecisions)))];
            const Day changed = day + rng.range(14, 70);
            const bool happened = changed <= a && rng.chance(0.75);
            if (Status s = decisions.row(meetingId, k + 1, fromUtf8(d.decision), orNull(happened, fromUtf8(d.change)),
                    orNull(happened, m_dates.text(changed)),
                    orNull(happened && d.component >= 0, m_componentIds[std::size_t(std::max(0, d.component))]));
                !s) {
                return s;
            }
        }
        const int actionCount = rng.range(1, 3);
        for (int k = 0; k < actionCount; ++k) {
            const Day due = day + rng.range(14, 42);
            const bool done = due + 14 <= a || (due <= a && rng.chance(0.5));
            const bool outsider = onFileOwners.empty() || (outsiders > 0 && rng.chance(0.2));
            const qint64 owner = outsider ? 0 : onFileOwners[rng.below(quint32(onFileOwners.size()))];
            const QString ownerText = outsider
                ? fromUtf8(outsiders > 0 ? kStakeholders[outsideIndex[0]].name : "The coordinator")
                : QString();
            if (Status s = actions.row(meetingId, k + 1, fromUtf8(rng.pick(demo::Words(kActions))),
                    orNull(owner > 0, owner), orNull(!ownerText.isEmpty(), ownerText), m_dates.text(due),
                    orNull(done, m_dates.text(std::min(a, due - rng.range(0, 10)))));
                !s) {
                return s;
            }
        }
        return Status::ok();
    };

    // The co-production group: every eight weeks, on a Wednesday, for the last four years, the
    // latest a few days ago (so its actions are still open).
    Day last = a - 3;
    while (weekday(last) != 3) {
        --last;
    }
    Day first = last;
    while (first - 56 >= a - 4 * 365) {
        first -= 56;
    }
    for (Day d = first; d <= last; d += 56) {
        if (Status s = writeMeeting(true, d); !s) {
            return s;
        }
    }
    // The volunteers' group: the second Monday of each month for the last two years.
    for (int m = 24; m >= 1; --m) {
        const QDate month = QDate::fromJulianDay(a).addMonths(-m);
        Day d = Day(QDate(month.year(), month.month(), 8).toJulianDay());
        while (weekday(d) != 1) {
            ++d;
        }
        if (Status s = writeMeeting(false, d); !s) {
            return s;
        }
    }
    for (BatchInsert* b : { &meetings, &attendees, &decisions, &actions }) {
        if (Status s = b->finish(); !s) {
            return s;
        }
    }

    // ---- stories -------------------------------------------------------------------------------
    QHash<int, int> clientByPerson;
    for (int i = 0; i < int(m_clients.size()); ++i) {
        if (!m_clients[std::size_t(i)].followOn) {
            clientByPerson.insert(m_clients[std::size_t(i)].personId, i);
        }
    }
    QHash<int, int> mentorOf; // client index -> worker index of their first mentor
    for (const MatchPlan& m : m_matches) {
        if (!mentorOf.contains(m.client)) {
            mentorOf.insert(m.client, m.mentor);
        }
    }

    struct StoryPlan
    {
        int personId;
        QString authorType;
        int writtenWith; // worker index, -1: none
        const StoryText* text;
        QString given;
        QString helper;
        Day written;
        qint64 consentId;
        bool withdrawn;
    };

    std::vector<StoryPlan> stories;
    auto consents = sql::query(m_db,
        QStringLiteral("SELECT id, person_id, given_on, withdrawn_on FROM consent WHERE purpose = 'story' ORDER BY id"),
        {}, QStringLiteral("demo data: read story consent"));
    if (!consents) {
        return consents.status();
    }
    QSqlQuery& cr = consents.value();
    auto helperName = [&](int client) -> std::pair<int, QString> {
        const int mentor = mentorOf.value(client, -1);
        if (mentor >= 0) {
            return { mentor, m_workers[std::size_t(mentor)].person.given };
        }
        return { -1, QStringLiteral("my peer worker") };
    };
    while (cr.next()) {
        const auto it = clientByPerson.constFind(cr.value(1).toInt());
        if (it == clientByPerson.cend()) {
            continue; // not one of this run's people
        }
        const Client& c = m_clients[std::size_t(*it)];
        const Day given = Day(QDate::fromString(cr.value(2).toString(), Qt::ISODate).toJulianDay());
        const auto helper = helperName(*it);
        stories.push_back({ c.personId, QString::fromLatin1(involvement::kSupported), helper.first,
            &kStories[rng.below(quint32(std::size(kStories)))], c.person.given, helper.second, given,
            cr.value(0).toLongLong(), !cr.value(3).isNull() });
    }
    // A few wrote a story but never gave consent to use it.
    for (int i = 0; i < int(m_clients.size()); ++i) {
        const Client& c = m_clients[std::size_t(i)];
        if (c.followOn || c.ended == 0 || c.ending != PlannedEnding || !rng.chance(0.02)) {
            continue;
        }
        const auto helper = helperName(i);
        stories.push_back({ c.personId, QString::fromLatin1(involvement::kSupported), helper.first,
            &kStories[rng.below(quint32(std::size(kStories)))], c.person.given, helper.second, c.ended, 0, false });
    }
    // Volunteers who were once supported, about becoming a volunteer, with their own consent.
    BatchInsert consentInsert;
    if (Status s = consentInsert.prepare(m_db, QStringLiteral("consent"),
            { QStringLiteral("person_id"), QStringLiteral("purpose"), QStringLiteral("given_on"),
                QStringLiteral("recorded_by"), QStringLiteral("note") });
        !s) {
        return s;
    }
    std::vector<std::size_t> needConsent;
    for (const Worker& w : m_workers) {
        if (!w.formerClient || !w.reachedActive() || w.active + 60 > a) {
            continue;
        }
        const Day written = rng.range(w.active + 60, std::min(a, w.active + 400));
        stories.push_back({ w.personId,
            standingOf(w, written).isEmpty() ? QString::fromLatin1(involvement::kVolunteer) : standingOf(w, written),
            m_coordinator, &kVolunteerStories[rng.below(quint32(std::size(kVolunteerStories)))], w.person.given,
            m_workers[std::size_t(m_coordinator)].person.given, written, 0, false });
        needConsent.push_back(stories.size() - 1);
        if (Status s = consentInsert.row(w.personId, QStringLiteral("story"), m_dates.text(written),
                staffName(rng, written), QStringLiteral("Story about becoming a volunteer"));
            !s) {
            return s;
        }
    }
    if (Status s = consentInsert.finish(); !s) {
        return s;
    }
    for (std::size_t index : needConsent) {
        auto id
            = sql::scalar(m_db, QStringLiteral("SELECT MAX(id) FROM consent WHERE person_id = ? AND purpose = 'story'"),
                { stories[index].personId });
        if (!id) {
            return id.error();
        }
        stories[index].consentId = id.value().toLongLong();
    }

    auto storyBase = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM story"));
    if (!storyBase) {
        return storyBase.error();
    }
    qint64 storyId = storyBase.value().toLongLong();
    BatchInsert storyInsert;
    BatchInsert themeInsert;
    BatchInsert periodInsert;
    if (Status s = storyInsert.prepare(m_db, QStringLiteral("story"),
            { QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("author_type"),
                QStringLiteral("written_with_id"), QStringLiteral("title"), QStringLiteral("written_on"),
                QStringLiteral("body"), QStringLiteral("anonymised"), QStringLiteral("consent_id"),
                QStringLiteral("recorded_by"), QStringLiteral("created_at"), QStringLiteral("updated_at") });
        !s) {
        return s;
    }
    if (Status s = themeInsert.prepare(
            m_db, QStringLiteral("story_theme_link"), { QStringLiteral("story_id"), QStringLiteral("theme_id") });
        !s) {
        return s;
    }
    if (Status s = periodInsert.prepare(m_db, QStringLiteral("story_period"),
            { QStringLiteral("story_id"), QStringLiteral("period_start"), QStringLiteral("period_end"),
                QStringLiteral("chosen_by"), QStringLiteral("chosen_on") });
        !s) {
        return s;
    }
    std::sort(stories.begin(), stories.end(), [](const StoryPlan& x, const StoryPlan& y) {
        return x.written != y.written ? x.written < y.written : x.personId < y.personId;
    });
    for (const StoryPlan& p : stories) {
        ++storyId;
        const QString body = fromUtf8(p.text->body).arg(p.given, p.helper);
        // Most have an anonymised version; now and then the writer's name slipped through.
        QVariant anonymised;
        if (p.consentId != 0 && rng.chance(0.9)) {
            anonymised = rng.chance(0.12) ? QVariant(p.given + QStringLiteral(": ") + fromUtf8(p.text->anonymised))
                                          : QVariant(fromUtf8(p.text->anonymised));
        }
        const QString stamp = m_dates.stamp(p.written, 11 * 3600 + rng.range(0, 14400));
        if (Status s = storyInsert.row(storyId, p.personId, p.authorType,
                orNull(p.writtenWith >= 0, workerId(p.writtenWith)), fromUtf8(p.text->title), m_dates.text(p.written),
                body, anonymised, orNull(p.consentId != 0, p.consentId), staffName(rng, p.written), stamp, stamp);
            !s) {
            return s;
        }
        for (int t : p.text->themes) {
            if (t > 0) {
                if (Status s = themeInsert.row(storyId, themes[std::size_t(t - 1)]); !s) {
                    return s;
                }
            }
        }
        // Chosen for the quarter's report when written in the last two years and usable.
        if (!anonymised.isNull() && !p.withdrawn && p.written > a - 730 && rng.chance(0.6)) {
            const auto [from, to] = quarterOf(p.written);
            const Day chosen = std::min(a, to + rng.range(1, 20));
            if (Status s = periodInsert.row(
                    storyId, m_dates.text(from), m_dates.text(to), staffName(rng, chosen), m_dates.text(chosen));
                !s) {
                return s;
            }
        }
    }
    for (BatchInsert* b : { &storyInsert, &themeInsert, &periodInsert }) {
        if (Status s = b->finish(); !s) {
            return s;
        }
    }
    return Status::ok();
}

} // namespace alongside::core::demo
