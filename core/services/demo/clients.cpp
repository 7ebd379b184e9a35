// Demo generator: people supported, referrals, episodes, mentor matches and sessions.

#include "core/db/sqldialect.h"
#include "core/services/demo/plan.h"

namespace alongside::core::demo {

// ---------------------------------------------------------------------------------------------
// People supported: referrals, episodes and mentor matches

void Generator::planEpisode(Rng& rng, Client& c)
{
    const Day a = m_asAt;
    // Courses start every six weeks on a Tuesday; the group meets on Thursdays.
    const Day anchor = a - 800 - ((a - 800) % 7) + 1; // a Tuesday
    auto nextWeekday = [](Day from, int day) { return from + ((day - weekday(from)) % 7 + 7) % 7; };

    if (c.component == Course) {
        const Day earliest = c.referred + 3;
        const Day start = anchor + (earliest - anchor + 41) / 42 * 42;
        if (start > a) {
            c.component = Connect;
        } else {
            c.start = start;
            c.plannedEnd = start + 35;
            c.ending = rng.weighted({ 80, 20 }) == 0 ? PlannedEnding : Disengaged;
            const Day end = c.ending == PlannedEnding ? c.plannedEnd : start + 7 * rng.range(1, 4);
            c.ended = end < a ? end : 0;
        }
    }
    if (c.component == Group) {
        const Day start = nextWeekday(c.referred + 3, 4);
        if (start > a) {
            c.component = Connect;
        } else {
            c.start = start;
            const Day end = start + 7 * (rng.range(4, 40) - 1);
            c.ending = std::array { PlannedEnding, Disengaged, MovedAway,
                ReferredOn }[std::size_t(rng.weighted({ 45, 35, 8, 12 }))];
            c.ended = end < a ? end : 0;
        }
    }
    if (c.component == Connect) {
        c.start = std::min(c.referred + rng.range(2, 14), a);
        c.plannedEnd = c.start + 42;
        const Day end = c.start + rng.range(7, 49);
        c.ending = std::array { PlannedEnding, ReferredOn, Disengaged }[std::size_t(rng.weighted({ 70, 20, 10 }))];
        c.ended = end < a ? end : 0;
    }
    if (c.component == Mentoring) {
        c.start = std::min(c.referred + rng.range(5, 21), a);
        c.plannedEnd = c.start + rng.range(140, 170);
        c.ending = std::array { PlannedEnding, Disengaged, MovedAway,
            ReferredOn }[std::size_t(rng.weighted({ 65, 20, 5, 10 }))];
        Day end = 0;
        switch (c.ending) {
        case PlannedEnding:
            end = c.plannedEnd + rng.range(-14, 21);
            break;
        case Disengaged:
            end = c.start + rng.range(14, 120);
            break;
        default:
            end = c.start + rng.range(30, 150);
            break;
        }
        c.ended = end < a ? end : 0;
        c.proposed = c.ended == 0 && c.start >= a - 10 && rng.chance(0.5);
        c.proposedOn = std::max(c.referred, c.start - rng.range(1, 7));
    }
}

void Generator::planClients()
{
    Rng rng(m_options.seed, 3);
    const Day a = m_asAt;
    const int n = m_targets.clients;
    m_clients.resize(std::size_t(n));

    std::vector<int> former;
    for (int i = 0; i < int(m_workers.size()); ++i) {
        if (m_workers[std::size_t(i)].formerClient) {
            former.push_back(i);
        }
    }

    for (int i = 0; i < n; ++i) {
        Client& c = m_clients[std::size_t(i)];
        c.order = i;
        if (i < int(former.size())) {
            // Supported through mentoring first, then came back to volunteer.
            const Worker& w = m_workers[std::size_t(former[std::size_t(i)])];
            c.worker = former[std::size_t(i)];
            c.referred = std::max(a - 730, w.enquiry - rng.range(200, 240));
            c.component = Mentoring;
            c.start = c.referred + rng.range(5, 14);
            c.plannedEnd = c.start + rng.range(140, 170);
            c.ending = PlannedEnding;
            c.ended = std::min(c.plannedEnd + rng.range(-10, 10), w.enquiry - 7);
            c.proposedOn = std::max(c.referred, c.start - rng.range(1, 7));
        } else {
            // Referrals grow over the two years: density rises from 0.5 to 1.5 times the average.
            double x = rng.unit();
            if (rng.chance(0.5)) {
                x = std::max(x, rng.unit());
            }
            c.referred = a - 730 + int(x * 728.0);
            c.component = rng.weighted({ 60, 20, 12, 8 });
            planEpisode(rng, c);
            const int ageBand = rng.weighted({ 18, 22, 20, 18, 12, 10 });
            static const int kAgeFrom[] = { 16, 26, 36, 46, 56, 66 };
            static const int kAgeTo[] = { 25, 35, 45, 55, 65, 85 };
            const int age = rng.range(kAgeFrom[ageBand], kAgeTo[ageBand]);
            Day dob = c.referred - age * 365 - age / 4 - rng.range(0, 364);
            if (rng.chance(0.03)) {
                dob = 0;
            }
            c.person = makePerson(rng, dob, { 55, 40, 2, 3 }, 0.55, 0.85, 0.9);
        }

        c.source = rng.weighted({ 45, 15, 40 });
        if (c.worker >= 0) {
            c.source = 0;
        }
        switch (c.source) {
        case 0:
            c.sourceDetail = rng.chance(0.7) ? fromUtf8(rng.pick(demo::selfReferralDetails())) : QString();
            break;
        case 1:
            c.sourceDetail = fromUtf8(rng.pick(demo::internalReferralDetails()));
            break;
        default:
            c.sourceDetail
                = fromUtf8(demo::externalReferralDetails()[std::size_t(rng.weighted({ 35, 25, 15, 10, 10, 5 }))]);
            break;
        }
        c.reason = rng.chance(0.75) ? int(rng.below(quint32(demo::referralReasons().size()))) : -1;
        c.primaryMode = c.component == Connect ? rng.weighted({ 30, 40, 10, 20 }) : rng.weighted({ 55, 20, 15, 10 });
        c.clinical = rng.chance(c.source == 2 ? 0.6 : c.source == 1 ? 0.5 : 0.4);
        c.level = rng.normal();
        c.improvement = 0.42 + 0.35 * rng.normal();
        c.clinicalImprovement = 0.40 + 0.35 * rng.normal();
    }

    // Ids follow referral dates.
    std::sort(m_clients.begin(), m_clients.end(), [](const Client& x, const Client& y) {
        return x.referred != y.referred ? x.referred < y.referred : x.order < y.order;
    });
    int nextPerson = m_base.person + int(m_workers.size());
    for (int i = 0; i < n; ++i) {
        Client& c = m_clients[std::size_t(i)];
        c.id = m_base.client + i + 1;
        c.referralId = m_base.referral + i + 1;
        c.episodeId = m_base.episode + i + 1;
        c.personId = c.worker >= 0 ? m_workers[std::size_t(c.worker)].personId : ++nextPerson;
    }
    assignMentors(rng);
}

int Generator::pickWorker(Rng& rng, const std::vector<int>& pool, Day from, Day to)
{
    // Someone active over the whole of [from, to]; a few random tries, then a scan, then the coordinator.
    auto fits = [&](int i) {
        const Worker& w = m_workers[std::size_t(i)];
        return w.isActiveOn(from) && (to == kNever ? w.stoppedOn == kNever : w.stoppedOn > to);
    };
    if (pool.empty()) {
        return m_coordinator;
    }
    for (int attempt = 0; attempt < 24; ++attempt) {
        const int i = rng.pick(pool);
        if (fits(i)) {
            return i;
        }
    }
    const int offset = int(rng.below(quint32(pool.size())));
    for (std::size_t k = 0; k < pool.size(); ++k) {
        const int i = pool[(std::size_t(offset) + k) % pool.size()];
        if (fits(i)) {
            return i;
        }
    }
    return m_coordinator;
}

int Generator::facilitator(Rng& rng, int component, Day day)
{
    // The same person runs a given course or group meeting for everyone who attends it.
    const qint64 key = qint64(component) * 100000000LL + day;
    const auto found = m_facilitatorByDay.find(key);
    if (found != m_facilitatorByDay.end()) {
        return found->second;
    }
    const int worker = pickWorker(rng, m_facilitators, day, day);
    m_facilitatorByDay.emplace(key, worker);
    return worker;
}

void Generator::assignMentors(Rng& rng)
{
    std::vector<int> order;
    for (int i = 0; i < int(m_clients.size()); ++i) {
        if (m_clients[std::size_t(i)].component == Mentoring) {
            order.push_back(i);
        }
    }
    std::sort(order.begin(), order.end(), [this](int x, int y) {
        const Day sx = m_clients[std::size_t(x)].start;
        const Day sy = m_clients[std::size_t(y)].start;
        return sx != sy ? sx < sy : x < y;
    });
    // Matches are made in date order, honouring the hard gates: active for the whole match and
    // (where anyone is free) within max_mentees.
    for (int ci : order) {
        Client& c = m_clients[std::size_t(ci)];
        const Day end = c.ended != 0 ? c.ended : kNever;
        int chosen = -1;
        int freeSeen = 0;
        int tiedSeen = 0;
        double bestRatio = 1e9;
        for (int mi : m_mentors) {
            Worker& w = m_workers[std::size_t(mi)];
            if (w.mentorFrom > c.proposedOn || (end == kNever ? w.mentorTo != kNever : w.mentorTo <= end)) {
                continue;
            }
            std::erase_if(w.matchEnds, [&](Day e) { return e <= c.start; });
            const int load = int(w.matchEnds.size());
            if (load < w.maxMentees) {
                // Reservoir sampling: uniform among mentors with room.
                ++freeSeen;
                if (rng.below(quint32(freeSeen)) == 0) {
                    chosen = mi;
                }
            } else if (freeSeen == 0) {
                const double ratio = double(load) / double(std::max(1, w.maxMentees));
                if (ratio < bestRatio) {
                    bestRatio = ratio;
                    tiedSeen = 1;
                    chosen = mi;
                } else if (ratio == bestRatio && rng.below(quint32(++tiedSeen)) == 0) {
                    chosen = mi;
                }
            }
        }
        if (chosen < 0) {
            chosen = m_coordinator;
        }
        c.mentor = chosen;
        m_workers[std::size_t(chosen)].matchEnds.push_back(end);
    }

    for (Client& c : m_clients) {
        if (c.component == Connect) {
            c.keyWorker = pickWorker(rng, m_deliverers, c.start, c.ended != 0 ? c.ended : kNever);
        }
    }
}

Status Generator::writeClients()
{
    Rng rng(m_options.seed, 4);
    BatchInsert persons, clients, referrals, episodes, matches;
    if (Status s = preparePersonInsert(persons); !s) {
        return s;
    }
    if (Status s = clients.prepare(m_db, QStringLiteral("client"),
            { QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("created_at") });
        !s) {
        return s;
    }
    if (Status s = referrals.prepare(m_db, QStringLiteral("referral"),
            { QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("referred_on"),
                QStringLiteral("source_category"), QStringLiteral("source_detail"), QStringLiteral("reason"),
                QStringLiteral("triage_outcome") });
        !s) {
        return s;
    }
    if (Status s = episodes.prepare(m_db, QStringLiteral("episode"),
            { QStringLiteral("id"), QStringLiteral("referral_id"), QStringLiteral("component_id"),
                QStringLiteral("starts_on"), QStringLiteral("planned_end_on"), QStringLiteral("ended_on"),
                QStringLiteral("ending_reason") });
        !s) {
        return s;
    }
    if (Status s = matches.prepare(m_db, QStringLiteral("mentor_match"),
            { QStringLiteral("id"), QStringLiteral("episode_id"), QStringLiteral("mentor_id"), QStringLiteral("status"),
                QStringLiteral("proposed_on"), QStringLiteral("started_on"), QStringLiteral("planned_end_on"),
                QStringLiteral("ended_on"), QStringLiteral("ending_reason") });
        !s) {
        return s;
    }

    const QString accepted = QStringLiteral("Accepted");
    int matchId = m_base.match;
    for (std::size_t i = 0; i < m_clients.size(); ++i) {
        const Client& c = m_clients[i];
        const QString created = m_dates.stamp(c.referred, rng.range(9 * 3600, 17 * 3600));
        if (c.worker < 0) {
            if (Status s = insertPerson(persons, c.personId, c.person, created); !s) {
                return s;
            }
        }
        if (Status s = clients.row(c.id, c.personId, created); !s) {
            return s;
        }
        if (Status s = referrals.row(c.referralId, c.id, m_dates.text(c.referred),
                QString::fromLatin1(kSourceCategories[c.source]), orNull(!c.sourceDetail.isEmpty(), c.sourceDetail),
                c.reason >= 0 ? QVariant(fromUtf8(demo::referralReasons()[std::size_t(c.reason)])) : QVariant(),
                accepted);
            !s) {
            return s;
        }
        const bool ended = c.ended != 0;
        const QVariant endedOn = orNull(ended, m_dates.text(c.ended));
        const QVariant endingReason = ended ? QVariant(fromUtf8(kEndingReasons[c.ending])) : QVariant();
        const QVariant plannedEnd = orNull(c.plannedEnd != 0, m_dates.text(c.plannedEnd));
        if (Status s = episodes.row(c.episodeId, c.referralId, m_componentIds[std::size_t(c.component)],
                m_dates.text(c.start), plannedEnd, endedOn, endingReason);
            !s) {
            return s;
        }
        if (c.component == Mentoring) {
            const char* status = c.proposed ? "proposed" : ended ? "ended" : "active";
            if (Status s = matches.row(++matchId, c.episodeId, workerId(c.mentor), QString::fromLatin1(status),
                    m_dates.text(c.proposedOn), orNull(!c.proposed, m_dates.text(c.start)), plannedEnd, endedOn,
                    endingReason);
                !s) {
                return s;
            }
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    for (BatchInsert* insert : { &persons, &clients, &referrals, &episodes, &matches }) {
        if (Status s = insert->finish(); !s) {
            return s;
        }
    }
    return Status::ok();
}

// ---------------------------------------------------------------------------------------------
// Sessions

Status Generator::planAndWriteSessions()
{
    Rng rng(m_options.seed, 5);
    const Day a = m_asAt;
    const int target = m_targets.sessions;

    // How many sessions each episode would naturally have, and the most it can plausibly hold.
    double naturalTotal = 0.0;
    for (Client& c : m_clients) {
        c.lastSessionDay
            = c.ended != 0 ? c.ended : (c.component >= Course ? a : std::max(c.start, a - rng.range(0, 6)));
        const int span = c.lastSessionDay - c.start;
        switch (c.component) {
        case Mentoring:
            if (c.proposed) {
                c.minSessions = c.capSessions = 0;
                c.naturalSessions = 0.0;
            } else {
                c.minSessions = 1;
                c.capSessions = std::min(60, span / 3 + 1);
                c.naturalSessions = (span / 7 + 1) * (c.ending == Disengaged ? 0.7 : 0.95);
            }
            break;
        case Connect:
            c.minSessions = 1;
            c.capSessions = std::min(4, span / 3 + 1);
            c.naturalSessions = std::min(c.capSessions, rng.range(1, 4));
            break;
        case Course:
            c.weeksAvailable = std::min(6, span / 7 + 1);
            c.minSessions = 1;
            c.capSessions = c.weeksAvailable;
            c.naturalSessions = c.weeksAvailable;
            break;
        default:
            c.weeksAvailable = span / 7 + 1;
            c.minSessions = 1;
            c.capSessions = std::min(60, c.weeksAvailable);
            c.naturalSessions = std::max(1.0, 0.75 * c.weeksAvailable);
            break;
        }
        naturalTotal += c.naturalSessions;
    }

    // Scale to the exact target, then nudge one session at a time (in a shuffled order) to fix rounding.
    const double factor = naturalTotal > 0.0 ? double(target) / naturalTotal : 1.0;
    qint64 planned = 0;
    for (Client& c : m_clients) {
        c.sessions = clampInt(roundToInt(c.naturalSessions * factor), c.minSessions, c.capSessions);
        planned += c.sessions;
    }
    std::vector<int> order(m_clients.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = int(i);
    }
    rng.shuffle(order);
    bool relaxed = false;
    while (planned != target) {
        bool changed = false;
        for (int i : order) {
            Client& c = m_clients[std::size_t(i)];
            if (planned < target && c.sessions < c.capSessions) {
                ++c.sessions;
                ++planned;
                changed = true;
            } else if (planned > target && c.sessions > c.minSessions) {
                --c.sessions;
                --planned;
                changed = true;
            }
            if (planned == target) {
                break;
            }
        }
        if (!changed) {
            if (relaxed) {
                return Error { Error::Code::InvalidInput,
                    DemoGenerator::tr("The demo data could not be made at the requested size."),
                    QStringLiteral("session targets unreachable") };
            }
            // Only reachable with an unusual "as at" date: allow up to 60 sessions anywhere.
            relaxed = true;
            for (Client& c : m_clients) {
                if (!c.proposed) {
                    c.capSessions = 60;
                }
            }
        }
    }

    // Place the sessions.
    static const int kMentoringMinutes[] = { 45, 50, 55, 60, 60, 60, 60, 65, 75, 90 };
    const demo::Words notes = demo::sessionNotes();
    m_sessions.clear();
    m_sessions.reserve(std::size_t(target));
    for (int ci = 0; ci < int(m_clients.size()); ++ci) {
        Client& c = m_clients[std::size_t(ci)];
        c.firstSession = int(m_sessions.size());
        const int n = c.sessions;
        Day previous = c.start - 1;
        for (int k = 0; k < n; ++k) {
            SessionPlan s;
            s.client = ci;
            if (c.component == Course || c.component == Group) {
                const int week = c.component == Course ? k : int(qint64(k) * c.weeksAvailable / n);
                s.day = std::min(c.start + 7 * week, c.lastSessionDay);
                s.mode = GroupMode;
                s.worker = facilitator(rng, c.component, s.day);
            } else {
                const int span = c.lastSessionDay - c.start;
                Day d = n == 1 ? c.start : c.start + int(qint64(k) * span / (n - 1));
                const Day upper = c.lastSessionDay - (n - 1 - k);
                if (span >= 2 * n && k > 0 && k < n - 1) {
                    d += rng.range(-1, 1);
                }
                // Few sessions fall at weekends.
                if (weekday(d) == 7 && d + 1 <= upper) {
                    d += 1;
                } else if (weekday(d) == 6 && d - 1 > previous && d - 1 >= c.start) {
                    d -= 1;
                }
                d = std::max(d, previous + 1);
                if (!relaxed) {
                    d = std::min(d, upper);
                }
                s.day = std::min(std::max(d, c.start), c.lastSessionDay);
                if (c.component == Mentoring) {
                    s.worker = c.mentor;
                    s.mode = qint8(rng.chance(0.7) ? c.primaryMode : rng.weighted({ 55, 20, 15, 10 }));
                } else {
                    s.worker = c.keyWorker;
                    s.mode = qint8(rng.chance(0.6) ? c.primaryMode : rng.weighted({ 30, 40, 10, 20 }));
                }
            }
            previous = s.day;
            s.attendance = qint8(rng.weighted({ 80, 12, 5, 3 }));
            if (c.ended != 0 && c.ending == Disengaged && n >= 3 && k >= n - 2) {
                s.attendance = qint8(rng.chance(0.7) ? DidNotAttend : CancelledByClient);
            }
            if (s.attendance == Attended) {
                if (s.mode == GroupMode) {
                    s.duration = 90;
                } else if (c.component == Connect) {
                    s.duration = qint16(std::array { 45, 60, 60, 75 }[std::size_t(rng.range(0, 3))]);
                } else {
                    s.duration = qint16(kMentoringMinutes[rng.range(0, 9)]);
                }
                if (rng.chance(0.08)) {
                    s.note = qint16(rng.below(quint32(notes.size())));
                }
            }
            m_sessions.push_back(s);
        }
    }

    // Written in date order, so that ids rise with held_on as they would in real use.
    std::vector<int> byDate(m_sessions.size());
    for (std::size_t i = 0; i < byDate.size(); ++i) {
        byDate[i] = int(i);
    }
    std::sort(byDate.begin(), byDate.end(), [this](int x, int y) {
        const SessionPlan& sx = m_sessions[std::size_t(x)];
        const SessionPlan& sy = m_sessions[std::size_t(y)];
        return sx.day != sy.day ? sx.day < sy.day : x < y;
    });

    BatchInsert insert;
    if (Status s = insert.prepare(m_db, QStringLiteral("session"),
            { QStringLiteral("id"), QStringLiteral("episode_id"), QStringLiteral("held_on"),
                QStringLiteral("duration_minutes"), QStringLiteral("mode"), QStringLiteral("attendance"),
                QStringLiteral("worker_id"), QStringLiteral("note") });
        !s) {
        return s;
    }
    QString modes[5];
    QString attendance[4];
    for (int i = 0; i < 5; ++i) {
        modes[i] = QString::fromLatin1(kModes[i]);
    }
    for (int i = 0; i < 4; ++i) {
        attendance[i] = QString::fromLatin1(kAttendance[i]);
    }
    std::vector<QString> noteText;
    for (const char* note : notes) {
        noteText.push_back(fromUtf8(note));
    }
    int id = m_base.session;
    for (std::size_t i = 0; i < byDate.size(); ++i) {
        const SessionPlan& s = m_sessions[std::size_t(byDate[i])];
        if (Status st = insert.row(++id, m_clients[std::size_t(s.client)].episodeId, m_dates.text(s.day),
                orNull(s.duration > 0, int(s.duration)), modes[s.mode], attendance[s.attendance],
                orNull(s.worker >= 0, workerId(s.worker)),
                s.note >= 0 ? QVariant(noteText[std::size_t(s.note)]) : QVariant());
            !st) {
            return st;
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    return insert.finish();
}

} // namespace alongside::core::demo
