// Demo generator: supervision and training records.

#include "core/db/sqldialect.h"
#include "core/services/demo/plan.h"
#include "core/services/settingsservice.h"

namespace alongside::core::demo {

namespace {

/** Up to count distinct indices drawn with the given weights (a weight of 0 is never drawn). */
std::vector<int> drawDistinct(Rng& rng, std::array<int, ThemeCount> weights, int count)
{
    std::vector<int> out;
    for (int k = 0; k < count; ++k) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        if (total <= 0) {
            break;
        }
        int r = int(rng.below(quint32(total)));
        for (int i = 0; i < ThemeCount; ++i) {
            if (r < weights[std::size_t(i)]) {
                out.push_back(i);
                weights[std::size_t(i)] = 0;
                break;
            }
            r -= weights[std::size_t(i)];
        }
    }
    return out;
}

/** Moves a day that falls at a weekend back to the Friday before. */
Day weekdayOnOrBefore(Day d)
{
    return weekday(d) == 6 ? d - 1 : weekday(d) == 7 ? d - 2 : d;
}

/** Moves a day that falls at a weekend on to the Monday after. */
Day weekdayOnOrAfter(Day d)
{
    return weekday(d) == 6 ? d + 2 : weekday(d) == 7 ? d + 1 : d;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Who supervises whom, from when; who is overdue; whose wellbeing dips

void Generator::planSupervisionLines()
{
    Rng rng(m_options.seed, 19);
    const Day a = m_asAt;
    const int n = int(m_workers.size());
    std::vector<int> peerSupervisors;
    std::vector<int> nonPeerStaff;
    std::vector<int> employed;
    for (int i = 0; i < n; ++i) {
        const Worker& w = m_workers[std::size_t(i)];
        if (w.kind == Kind::PeerSupervisor) {
            peerSupervisors.push_back(i);
        } else if (w.kind == Kind::NonPeerStaff && w.active != 0) {
            nonPeerStaff.push_back(i);
        } else if (w.kind == Kind::EmployedPsw && w.active != 0) {
            employed.push_back(i);
        }
    }

    // Second supervisors, for some employed peer support workers (current ones first): clinical
    // supervision at the partner NHS trust for about a third, line management by a non-peer member
    // of staff for about a quarter.
    struct Second
    {
        int supervisor = -1; // worker index, -1: external
        int external = 0;
        Day from = 0;
        Day to = kNever;
        int note = -1;
    };

    std::vector<Second> second(m_workers.size());
    std::vector<char> hasSecond(m_workers.size(), 0);
    rng.shuffle(employed);
    std::stable_partition(
        employed.begin(), employed.end(), [this](int i) { return m_workers[std::size_t(i)].fate == Fate::Active; });
    const int count = int(employed.size());
    const int partner = count == 0 ? 0 : std::max(1, roundToInt(count * 0.35));
    const int managed = nonPeerStaff.empty() ? 0 : std::min(count - partner, std::max(1, roundToInt(count * 0.25)));
    const int partnerSupervisors = int(demo::externalSupervisors().size()) - 1;
    for (int k = 0; k < partner + managed; ++k) {
        const int wi = employed[std::size_t(k)];
        const Worker& w = m_workers[std::size_t(wi)];
        const Day last = w.lastActiveDay(a);
        const Day end = w.fate == Fate::Left ? w.stoppedOn - 1 : kNever;
        Second s;
        if (k < partner) {
            s.external = rng.range(1, partnerSupervisors);
            s.from = std::max(w.active + rng.range(0, 60), a - rng.range(90, 900));
            if (s.from > last) {
                s.from = w.active;
            }
            s.to = end;
            // Now and then the partnership's supervision stopped while they stayed.
            if (end == kNever && s.from + 120 <= a - 30 && rng.chance(0.15)) {
                s.to = rng.range(s.from + 90, a - 30);
            }
            s.note = demo::PartnerTrustNote;
        } else {
            s.supervisor = rng.pick(nonPeerStaff);
            s.from = std::max(w.active, m_workers[std::size_t(s.supervisor)].active) + rng.range(0, 30);
            if (s.from > last) {
                continue;
            }
            s.to = end;
            s.note = demo::LineManagementNote;
        }
        second[std::size_t(wi)] = s;
        hasSecond[std::size_t(wi)] = 1;
    }

    // Main supervisors over time. Someone whose supervisor came later was supervised by whoever was
    // in post when they began (outside supervision when nobody was); some long-serving workers moved
    // between peer supervisors when numbers were evened out.
    m_arrangements.clear();
    for (int wi = 0; wi < n; ++wi) {
        Worker& w = m_workers[std::size_t(wi)];
        w.firstArrangement = int(m_arrangements.size());
        w.arrangementCount = 0;
        if (w.active == 0) {
            continue;
        }
        const Day last = w.lastActiveDay(a);
        const Day end = w.fate == Fate::Left ? w.stoppedOn - 1 : kNever;
        auto add = [&](int supervisor, int external, Day from, Day to, bool isSecond, int note) {
            ArrangementPlan p;
            p.worker = wi;
            p.supervisor = supervisor;
            p.external = external;
            p.from = from;
            p.to = to;
            p.second = isSecond;
            p.note = note;
            m_arrangements.push_back(p);
            ++w.arrangementCount;
        };
        if (w.kind == Kind::Coordinator) {
            add(-1, 0, w.active, end, false, demo::CoordinatorNote);
        } else {
            int current = w.supervisor;
            int first = current;
            Day change = w.active;
            int note = -1;
            auto inPostBefore = [&](bool peerSupervisorsOnly) {
                std::vector<int> out;
                for (int s : peerSupervisors) {
                    if (s != wi && s != current && m_workers[std::size_t(s)].active <= w.active) {
                        out.push_back(s);
                    }
                }
                const Worker& c = m_workers[std::size_t(m_coordinator)];
                if (!peerSupervisorsOnly && m_coordinator != wi && m_coordinator != current && c.active <= w.active) {
                    out.push_back(m_coordinator);
                }
                return out;
            };
            if (current >= 0 && m_workers[std::size_t(current)].active > w.active) {
                const std::vector<int> before = inPostBefore(false);
                first = before.empty() ? -1 : rng.pick(before);
                change = m_workers[std::size_t(current)].active;
            } else if (current >= 0 && m_workers[std::size_t(current)].kind == Kind::PeerSupervisor
                && last - w.active > 240 && rng.chance(0.2)) {
                const std::vector<int> before = inPostBefore(true);
                if (!before.empty()) {
                    first = rng.pick(before);
                    change = rng.range(w.active + 90, last - 60);
                    note = demo::ReallocatedNote;
                }
            }
            if (change > last) {
                // They stopped before the change: the first supervisor was their only one.
                current = first;
                change = w.active;
                note = -1;
                w.supervisor = first;
            }
            if (change > w.active) {
                add(first, 0, w.active, change - 1, false, first < 0 ? demo::InterimNote : -1);
            }
            add(current, 0, change, end, false, note);
        }
        if (hasSecond[std::size_t(wi)]) {
            const Second& s = second[std::size_t(wi)];
            add(s.supervisor, s.external, s.from, s.to, true, s.note);
        }
    }

    // A few current workers whose supervision has lapsed, for the overdue list: a few days to a
    // couple of months past their role's interval. Everyone else had their last session within it.
    std::vector<int> overdueCandidates;
    for (int i = 0; i < n; ++i) {
        const Worker& w = m_workers[std::size_t(i)];
        if (w.fate == Fate::Active && w.kind != Kind::Coordinator && w.kind != Kind::PeerSupervisor
            && w.active <= a - 150) {
            overdueCandidates.push_back(i);
        }
    }
    const int overdue
        = std::min(int(overdueCandidates.size()), std::max(2, roundToInt(overdueCandidates.size() * 0.08)));
    rng.chooseFront(overdueCandidates, overdue);
    for (int k = 0; k < overdue; ++k) {
        m_workers[std::size_t(overdueCandidates[std::size_t(k)])].overdue = true;
    }
    for (Worker& w : m_workers) {
        if (w.active == 0) {
            continue;
        }
        const int interval = w.supervisionDays();
        if (w.overdue) {
            static const int kLow[] = { 3, 11, 31 };
            static const int kHigh[] = { 10, 30, 65 };
            const int band = rng.weighted({ 35, 35, 30 });
            w.lastSupervision = a - interval - rng.range(kLow[band], kHigh[band]);
        } else {
            // Within the interval, allowing for a session at a weekend moving to the Friday before.
            const Day last = w.lastActiveDay(a);
            w.lastSupervision = last - rng.range(0, interval - 4);
            if (w.active + 7 <= last) {
                w.lastSupervision = std::max(w.lastSupervision, w.active + 7);
            }
        }
    }

    // One worker's wellbeing dips over a couple of months within the last year and partly recovers:
    // an employed peer support worker if there is one who has been in post a while, else a sessional
    // worker or a volunteer.
    m_dipWorker = -1;
    for (Kind kind : { Kind::EmployedPsw, Kind::SessionalPsw, Kind::Volunteer }) {
        std::vector<int> candidates;
        for (int i = 0; i < n; ++i) {
            const Worker& w = m_workers[std::size_t(i)];
            if (w.kind == kind && w.fate == Fate::Active && !w.overdue && w.active <= a - 500) {
                candidates.push_back(i);
            }
        }
        if (!candidates.empty()) {
            m_dipWorker = rng.pick(candidates);
            break;
        }
    }
    if (m_dipWorker >= 0) {
        m_dip.start = a - rng.range(200, 230);
        m_dip.low = m_dip.start + 49;
        m_dip.lowEnd = m_dip.low + 21;
        m_dip.recovered = m_dip.lowEnd + 63;
        m_dip.extra = weekdayOnOrAfter(m_dip.low + 2);
        m_workers[std::size_t(m_dipWorker)].wellbeing = 7.6;
    }
}

const ArrangementPlan* Generator::arrangementOn(int worker, Day day, bool second) const
{
    const Worker& w = m_workers[std::size_t(worker)];
    for (int k = 0; k < w.arrangementCount; ++k) {
        const ArrangementPlan& p = m_arrangements[std::size_t(w.firstArrangement + k)];
        if (p.second == second && p.covers(day)) {
            return &p;
        }
    }
    return nullptr;
}

int Generator::supervisorKind(int supervisor) const
{
    if (supervisor < 0) {
        return ExternalSupervisorKind;
    }
    return m_workers[std::size_t(supervisor)].isPeer() ? PeerSupervisorKind : NonPeerSupervisorKind;
}

Status Generator::writeArrangements()
{
    // In the order they were recorded: by start date.
    std::vector<int> order(m_arrangements.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = int(i);
    }
    std::stable_sort(order.begin(), order.end(),
        [this](int x, int y) { return m_arrangements[std::size_t(x)].from < m_arrangements[std::size_t(y)].from; });
    BatchInsert insert;
    if (Status s = insert.prepare(m_db, QStringLiteral("supervision_arrangement"),
            { QStringLiteral("id"), QStringLiteral("worker_id"), QStringLiteral("supervisor_id"),
                QStringLiteral("external_supervisor"), QStringLiteral("supervisor_kind"),
                QStringLiteral("organisation"), QStringLiteral("starts_on"), QStringLiteral("ends_on"),
                QStringLiteral("note") });
        !s) {
        return s;
    }
    const auto externals = demo::externalSupervisors();
    int id = m_base.arrangement;
    for (int i : order) {
        const ArrangementPlan& p = m_arrangements[std::size_t(i)];
        const bool external = p.supervisor < 0;
        const demo::ExternalSupervisor& x = externals[std::size_t(p.external)];
        if (Status s = insert.row(++id, workerId(p.worker), orNull(!external, workerId(p.supervisor)),
                orNull(external, fromUtf8(x.name)), QString::fromLatin1(kSupervisorKinds[supervisorKind(p.supervisor)]),
                orNull(external, fromUtf8(x.organisation)), m_dates.text(p.from),
                orNull(p.to != kNever, m_dates.text(p.to)),
                p.note >= 0 ? QVariant(fromUtf8(demo::arrangementNote(demo::ArrangementNote(p.note)))) : QVariant());
            !s) {
            return s;
        }
    }
    return insert.finish();
}

// ---------------------------------------------------------------------------------------------
// Supervision and training

Status Generator::planAndWriteSupervision()
{
    if (Status s = writeArrangements(); !s) {
        return s;
    }
    Rng rng(m_options.seed, 7);
    const Day a = m_asAt;
    const Day windowStart = a - 365;
    std::vector<SupervisionPlan> entries;
    std::vector<AttendeePlan> attendees;
    const demo::Words privateNotes = demo::supervisionPrivateNotes();

    // The dip worker's hard time (DipPlan). Supervision is weekly while it is at its worst and
    // fortnightly as it eases, with an extra session asked for when it is at its lowest.
    const Day dipStart = m_dip.start;
    const Day dipLow = m_dip.low;
    const Day dipLowEnd = m_dip.lowEnd;
    const Day dipRecovered = m_dip.recovered;
    const Day dipExtra = m_dip.extra;
    auto dipLevel = [&](Day d) {
        const double before = 7.6;
        const double low = 3.0;
        const double after = 6.0;
        if (d < dipStart) {
            return before;
        }
        if (d < dipLow) {
            return before + (low - before) * double(d - dipStart) / double(dipLow - dipStart);
        }
        if (d < dipLowEnd) {
            return low;
        }
        if (d < dipRecovered) {
            return low + (after - low) * double(d - dipLowEnd) / double(dipRecovered - dipLowEnd);
        }
        return std::min(6.6, after + 0.6 * double(d - dipRecovered) / 90.0);
    };
    auto inDip = [&](int wi, Day d) { return wi == m_dipWorker && d >= dipStart + 14 && d < dipRecovered; };

    auto firstDay = [windowStart](const Worker& w) { return std::max(windowStart, w.active + 7); };
    auto wellbeing = [&](int wi, Day d) {
        const Worker& w = m_workers[std::size_t(wi)];
        AttendeePlan at;
        at.worker = wi;
        if (wi == m_dipWorker) {
            at.wellbeingIn = clampInt(roundToInt(dipLevel(d) + 0.5 * rng.normal()), 0, 10);
            at.wellbeingOut = clampInt(at.wellbeingIn + rng.range(inDip(wi, d) ? 1 : 0, 2), 0, 10);
            return at;
        }
        // The literature's dip at about four months in role.
        const double dip = (d - w.active >= 90 && d - w.active <= 150) ? 1.5 : 0.0;
        at.wellbeingIn = clampInt(roundToInt(w.wellbeing + rng.normal() - dip), 0, 10);
        at.wellbeingOut = clampInt(at.wellbeingIn + rng.range(0, 2), 0, 10);
        return at;
    };
    auto addEntry = [&](Day day, int kind, int supervisor, int external, int duration) -> SupervisionPlan& {
        SupervisionPlan e;
        e.day = day;
        e.kind = kind;
        e.supervisor = supervisor;
        e.external = external;
        e.duration = duration;
        e.format = kind == GroupReflective ? rng.weighted({ 80, 20, 0 }) : rng.weighted({ 65, 25, 10 });
        e.privateNote = rng.chance(0.06) ? int(rng.below(quint32(privateNotes.size()))) : -1;
        e.firstAttendee = int(attendees.size());
        e.order = int(entries.size());
        entries.push_back(e);
        return entries.back();
    };
    auto dipPhase = [&](int wi, Day day, int kind) {
        if (wi != m_dipWorker || day < dipStart || day >= dipRecovered + 21) {
            return -1;
        }
        if (kind == AdHoc && day == dipExtra) {
            return int(DipExtraSession);
        }
        // The first session after the lowest weeks is still a low one.
        return int(day < dipLow       ? DipFalling
                : day < dipLowEnd + 7 ? DipLow
                : day < dipRecovered  ? DipRecovering
                                      : DipRecovered);
    };
    auto addOneToOne = [&](int wi, Day day, int kind, int supervisor, int external, int duration) {
        SupervisionPlan& e = addEntry(day, kind, supervisor, external, duration);
        e.attendees = 1;
        e.dipPhase = dipPhase(wi, day, kind);
        attendees.push_back(wellbeing(wi, day));
    };

    // Group reflective practice: most months, each supervisor meets 3-6 of the workers they then
    // supervise on the second Wednesday.
    const int n = int(m_workers.size());
    std::vector<std::vector<int>> supervisees(m_workers.size());
    for (const ArrangementPlan& p : m_arrangements) {
        const Worker& w = m_workers[std::size_t(p.worker)];
        if (p.second || p.supervisor < 0 || p.to < windowStart || w.kind == Kind::PeerSupervisor
            || w.kind == Kind::NonPeerStaff) {
            continue;
        }
        std::vector<int>& list = supervisees[std::size_t(p.supervisor)];
        if (list.empty() || list.back() != p.worker) {
            list.push_back(p.worker);
        }
    }
    const QDate asAtDate = QDate::fromJulianDay(a);
    for (int s = 0; s < n; ++s) {
        if (supervisees[std::size_t(s)].size() < 3) {
            continue;
        }
        for (int back = 12; back >= 0; --back) {
            const QDate month = QDate(asAtDate.year(), asAtDate.month(), 1).addMonths(-back);
            const Day first = Day(month.toJulianDay());
            const Day day = first + (3 - weekday(first) + 7) % 7 + 7; // second Wednesday
            if (day > a || day < windowStart || !rng.chance(0.6)) {
                continue;
            }
            std::vector<int> eligible;
            for (int wi : supervisees[std::size_t(s)]) {
                const Worker& w = m_workers[std::size_t(wi)];
                const ArrangementPlan* p = arrangementOn(wi, day, false);
                if (w.isActiveOn(day) && day >= firstDay(w) && day <= w.lastSupervision && p && p->supervisor == s) {
                    eligible.push_back(wi);
                }
            }
            if (eligible.size() < 3) {
                continue;
            }
            const int k = rng.range(3, std::min(6, int(eligible.size())));
            rng.chooseFront(eligible, k);
            eligible.resize(std::size_t(k));
            std::sort(eligible.begin(), eligible.end());
            SupervisionPlan& e = addEntry(day, GroupReflective, s, 0, 90);
            e.attendees = k;
            for (int wi : eligible) {
                attendees.push_back(wellbeing(wi, day));
                m_workers[std::size_t(wi)].groupDays.push_back(day);
            }
        }
    }

    // One-to-one supervision, walking back from each worker's most recent one; a group meeting
    // near the date takes its place (except for the most recent, which the due date counts from).
    // Line management is with the line manager where someone has one besides their supervisor.
    for (int wi = 0; wi < n; ++wi) {
        const Worker& w = m_workers[std::size_t(wi)];
        if (w.active == 0) {
            continue;
        }
        const bool fortnightly = w.supervisionDays() <= 14;
        bool latest = true;
        for (Day d = w.lastSupervision; d >= firstDay(w);) {
            const Day day = weekdayOnOrBefore(d);
            const bool weekly = wi == m_dipWorker && d >= dipStart + 14 && d < dipLowEnd + 21;
            const bool closer = fortnightly || (wi == m_dipWorker && d >= dipStart && d < dipRecovered);
            const Day step = weekly ? rng.range(6, 8) : closer ? rng.range(12, 16) : rng.range(25, 35);
            const bool nearGroup
                = std::any_of(w.groupDays.begin(), w.groupDays.end(), [d](Day g) { return std::abs(g - d) <= 10; });
            const bool nearExtra = wi == m_dipWorker && std::abs(day - dipExtra) <= 2;
            const ArrangementPlan* main = arrangementOn(wi, day, false);
            d = day - step;
            if (!w.isActiveOn(day) || !main || (!latest && (nearGroup || nearExtra))) {
                continue;
            }
            latest = false;
            int kind = Reflective;
            int duration = rng.chance(0.5) ? 45 : 60;
            const bool dipSession = wi == m_dipWorker && day >= dipStart && day < dipRecovered;
            const bool manages
                = w.kind == Kind::EmployedPsw || w.kind == Kind::PeerSupervisor || w.kind == Kind::NonPeerStaff;
            if (w.kind != Kind::Coordinator && !dipSession) {
                const double lineShare = w.kind == Kind::NonPeerStaff ? 0.7 : manages ? 0.3 : 0.0;
                const double r = rng.unit();
                if (r < lineShare) {
                    kind = LineManagement;
                    duration = rng.chance(0.5) ? 30 : 45;
                } else if (r > 0.97) {
                    kind = AdHoc;
                    duration = rng.range(4, 6) * 5;
                } else if (r > 0.955) {
                    kind = Debrief;
                    duration = 30;
                }
            }
            int supervisor = main->supervisor;
            int external = main->external;
            if (kind == LineManagement) {
                const ArrangementPlan* manager = arrangementOn(wi, day, true);
                if (manager && manager->supervisor >= 0) {
                    supervisor = manager->supervisor;
                    external = 0;
                }
            }
            addOneToOne(wi, day, kind, supervisor, external, duration);
        }
    }

    // The dip worker's extra session, asked for when things were hardest.
    if (m_dipWorker >= 0 && dipExtra <= a) {
        if (const ArrangementPlan* main = arrangementOn(m_dipWorker, dipExtra, false)) {
            addOneToOne(m_dipWorker, dipExtra, AdHoc, main->supervisor, main->external, 40);
        }
    }

    // Clinical supervision at the partner trust, about every six weeks while it lasts; never after a
    // lapsed worker's last session.
    for (const ArrangementPlan& p : m_arrangements) {
        if (!p.second || p.supervisor >= 0) {
            continue;
        }
        const Worker& w = m_workers[std::size_t(p.worker)];
        Day last = std::min(p.to, w.lastActiveDay(a));
        if (w.overdue) {
            last = std::min(last, w.lastSupervision);
        }
        const Day first = std::max(p.from + 14, firstDay(w));
        for (Day d = last - rng.range(0, 20); d >= first; d -= rng.range(35, 49)) {
            const Day day = weekdayOnOrBefore(d);
            if (w.isActiveOn(day) && day >= p.from) {
                addOneToOne(p.worker, day, Reflective, -1, p.external, 60);
            }
        }
    }

    std::sort(entries.begin(), entries.end(), [](const SupervisionPlan& x, const SupervisionPlan& y) {
        return x.day != y.day ? x.day < y.day : x.order < y.order;
    });
    return writeSupervision(entries, attendees);
}

Status Generator::writeSupervision(
    const std::vector<SupervisionPlan>& entries, const std::vector<AttendeePlan>& attendees)
{
    // Themes, actions and sign-offs have a stream of their own: they do not reshuffle the sessions.
    Rng rng(m_options.seed, 20);
    const Day a = m_asAt;
    const demo::Words privateNotes = demo::supervisionPrivateNotes();
    const auto externals = demo::externalSupervisors();

    BatchInsert entryInsert, attendeeInsert, themeInsert, actionInsert;
    if (Status s = entryInsert.prepare(m_db, QStringLiteral("supervision_entry"),
            { QStringLiteral("id"), QStringLiteral("held_on"), QStringLiteral("duration_minutes"),
                QStringLiteral("kind"), QStringLiteral("format"), QStringLiteral("supervisor_id"),
                QStringLiteral("external_supervisor"), QStringLiteral("supervisor_kind"), QStringLiteral("summary"),
                QStringLiteral("private_notes"), QStringLiteral("supervisor_signed_on"), QStringLiteral("created_at"),
                QStringLiteral("updated_at") });
        !s) {
        return s;
    }
    if (Status s = attendeeInsert.prepare(m_db, QStringLiteral("supervision_attendee"),
            { QStringLiteral("entry_id"), QStringLiteral("worker_id"), QStringLiteral("wellbeing_in"),
                QStringLiteral("wellbeing_out"), QStringLiteral("signed_on") });
        !s) {
        return s;
    }
    if (Status s = themeInsert.prepare(m_db, QStringLiteral("supervision_entry_theme"),
            { QStringLiteral("entry_id"), QStringLiteral("theme_id") });
        !s) {
        return s;
    }
    if (Status s = actionInsert.prepare(m_db, QStringLiteral("supervision_action"),
            { QStringLiteral("id"), QStringLiteral("entry_id"), QStringLiteral("description"),
                QStringLiteral("owner_id"), QStringLiteral("owner_text"), QStringLiteral("due_on"),
                QStringLiteral("done_on") });
        !s) {
        return s;
    }

    // How often each theme comes up, by type of session (boundaries, self-disclosure, lived
    // experience, caseload, risk, role clarity, own wellbeing, endings, working with staff).
    using Weights = std::array<int, ThemeCount>;
    const Weights reflective = { 20, 7, 12, 16, 5, 6, 16, 10, 8 };
    const Weights lineManagement = { 6, 1, 2, 28, 4, 18, 12, 6, 23 };
    const Weights group = { 20, 12, 18, 6, 5, 8, 12, 12, 7 };
    const Weights debrief = { 8, 2, 2, 4, 0, 4, 24, 4, 6 }; // after the risk theme itself
    const Weights adHoc = { 10, 3, 2, 10, 25, 4, 30, 8, 8 };
    const Weights coordinator = { 4, 2, 4, 22, 14, 8, 20, 4, 22 };
    const Weights clinical = { 14, 6, 14, 8, 16, 8, 16, 8, 10 };

    // A sign-off: most within a week of the session, none after "as at" or after the person stopped;
    // recent sessions often not signed yet.
    auto signOff = [&](Day held, Day limit, double chanceOld, double chanceRecent) -> Day {
        const bool recent = a - held <= 14;
        if (!rng.chance(recent ? chanceRecent : chanceOld)) {
            return 0;
        }
        static const int kLow[] = { 0, 1, 4 };
        static const int kHigh[] = { 0, 3, 7 };
        const int band = rng.weighted({ 40, 35, 25 });
        const Day day = held + rng.range(kLow[band], kHigh[band]);
        if (day <= limit) {
            return day;
        }
        return recent && limit == a ? 0 : std::max(held, limit);
    };

    int id = m_base.supervision;
    int actionId = m_base.action;
    bool dipActionsGiven[4] = { false, false, false, false };
    int dipSummariesUsed[5] = { 0, 0, 0, 0, 0 };
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const SupervisionPlan& e = entries[i];
        ++id;
        const AttendeePlan* first = &attendees[std::size_t(e.firstAttendee)];
        const Worker& supervisee = m_workers[std::size_t(first->worker)];

        // Themes: one to three; debriefs are about a risk or safeguarding concern, and the dip
        // worker's sessions in their hard time about their own wellbeing.
        Weights weights = reflective;
        if (e.kind == GroupReflective) {
            weights = group;
        } else if (e.kind == LineManagement) {
            weights = lineManagement;
        } else if (e.kind == Debrief) {
            weights = debrief;
        } else if (e.kind == AdHoc) {
            weights = adHoc;
        } else if (supervisee.kind == Kind::Coordinator) {
            weights = coordinator;
        } else if (e.supervisor < 0) {
            weights = clinical;
        }
        int forced = -1;
        if (e.dipPhase >= 0) {
            forced = ThemeOwnWellbeing;
        } else if (e.kind == Debrief) {
            forced = ThemeRisk;
        }
        int count = 1 + rng.weighted({ 45, 40, 15 });
        std::vector<int> themes;
        if (forced >= 0) {
            themes.push_back(forced);
            weights[std::size_t(forced)] = 0;
            --count;
        }
        for (int t : drawDistinct(rng, weights, count)) {
            themes.push_back(t);
        }
        for (int t : themes) {
            if (Status s = themeInsert.row(id, m_themeIds[std::size_t(t)]); !s) {
                return s;
            }
        }

        QString summary;
        if (e.dipPhase >= 0) {
            // In turn, so that the weekly sessions do not all read alike.
            const demo::Words words = demo::dipSummaries(e.dipPhase);
            summary = fromUtf8(words[std::size_t(dipSummariesUsed[e.dipPhase]++) % words.size()]);
        } else if (e.kind == Debrief) {
            summary = fromUtf8(rng.pick(demo::debriefSummaries()));
        } else {
            summary = fromUtf8(rng.pick(demo::supervisionSummaries(themes.front())));
        }
        QVariant privateNote;
        if (e.dipPhase == DipExtraSession) {
            privateNote = fromUtf8(demo::dipPrivateNote());
        } else if (e.privateNote >= 0) {
            privateNote = fromUtf8(privateNotes[std::size_t(e.privateNote)]);
        }

        // Agreed actions: in about two sessions in five, mostly for the supervisee, due in one to four
        // weeks. Most are done in time, some late; a few are still open, fewer of them the older they are.
        struct Action
        {
            QString description;
            int owner = -1; // worker index, -1: the external supervisor
            Day due = 0;
        };

        std::vector<Action> actions;
        const int supervisorOwner = e.supervisor; // -1: external, named by text
        if (e.dipPhase >= 0) {
            auto dipAction = [&](int k, int owner, int weeks) {
                if (!dipActionsGiven[k]) {
                    dipActionsGiven[k] = true;
                    actions.push_back({ fromUtf8(demo::dipActions()[std::size_t(k)]), owner, e.day + 7 * weeks });
                }
            };
            if (e.dipPhase == DipExtraSession) {
                dipAction(0, supervisorOwner, 4);
                dipAction(1, first->worker, 1);
            } else if (e.dipPhase == DipLow) {
                dipAction(2, first->worker, 1);
            } else if (e.dipPhase == DipRecovering) {
                dipAction(3, supervisorOwner, 2);
            }
        } else {
            double chance = 0.4;
            switch (e.kind) {
            case LineManagement:
                chance = 0.45;
                break;
            case GroupReflective:
                chance = 0.25;
                break;
            case Debrief:
                chance = 0.7;
                break;
            case AdHoc:
                chance = 0.5;
                break;
            default:
                chance = 0.4;
                break;
            }
            // Outside supervisors more often take something away themselves (reading, a contact).
            const double supervisorOwns = e.supervisor < 0 ? 0.4 : 0.2;
            if (rng.chance(chance)) {
                const int k = rng.chance(0.3) ? 2 : 1;
                QString previous;
                for (int j = 0; j < k; ++j) {
                    Action act;
                    const bool forSupervisor = rng.chance(supervisorOwns);
                    act.owner = forSupervisor
                        ? supervisorOwner
                        : attendees[std::size_t(e.firstAttendee + int(rng.below(quint32(e.attendees))))].worker;
                    const demo::Words words = forSupervisor
                        ? demo::supervisorActions()
                        : demo::supervisionActions(themes[rng.below(quint32(themes.size()))]);
                    std::size_t w = rng.below(quint32(words.size()));
                    if (fromUtf8(words[w]) == previous) {
                        w = (w + 1) % words.size();
                    }
                    act.description = fromUtf8(words[w]);
                    previous = act.description;
                    act.due = e.day + 7 * rng.range(1, 4);
                    actions.push_back(act);
                }
            }
        }
        Day latestChange = 0;
        for (const Action& act : actions) {
            Day done = 0;
            if (act.due < a) {
                const bool recent = a - act.due <= 42;
                const int outcome = recent ? rng.weighted({ 75, 15, 10 }) : rng.weighted({ 80, 18, 2 });
                if (outcome == 0) {
                    done = rng.range(e.day + 1, act.due);
                } else if (outcome == 1) {
                    done = std::min(a, act.due + rng.range(1, 21));
                }
            } else if (e.day < a && rng.chance(0.35)) {
                done = rng.range(e.day + 1, a);
            }
            if (act.owner >= 0) {
                // Nothing done after someone stopped; whoever left finished theirs first.
                const Worker& owner = m_workers[std::size_t(act.owner)];
                const Day limit = owner.lastActiveDay(a);
                if (done > limit || (done == 0 && owner.fate == Fate::Left)) {
                    if (limit <= e.day) {
                        continue;
                    }
                    done = rng.range(e.day + 1, std::min(limit, act.due));
                }
            }
            latestChange = std::max(latestChange, done);
            if (Status s
                = actionInsert.row(++actionId, id, act.description, orNull(act.owner >= 0, workerId(act.owner)),
                    orNull(act.owner < 0, fromUtf8(externals[std::size_t(e.external)].name)), m_dates.text(act.due),
                    orNull(done != 0, m_dates.text(done)));
                !s) {
                return s;
            }
        }

        const Day created = std::min(a, e.day + rng.weighted({ 60, 30, 10 }));
        const Day supervisorSigned = signOff(e.day, a, 0.96, 0.5);
        latestChange = std::max(latestChange, supervisorSigned);
        for (int k = 0; k < e.attendees; ++k) {
            const AttendeePlan& at = attendees[std::size_t(e.firstAttendee + k)];
            const Day signedOn = signOff(e.day, m_workers[std::size_t(at.worker)].lastActiveDay(a), 0.93, 0.4);
            latestChange = std::max(latestChange, signedOn);
            if (Status s = attendeeInsert.row(id, workerId(at.worker), at.wellbeingIn, at.wellbeingOut,
                    orNull(signedOn != 0, m_dates.text(signedOn)));
                !s) {
                return s;
            }
        }
        const int createdSecond = rng.range(9 * 3600, 17 * 3600);
        const int updatedSecond = rng.range(9 * 3600, 18 * 3600);
        const QVariant updated = orNull(latestChange > created, m_dates.stamp(latestChange, updatedSecond));
        const bool external = e.supervisor < 0;
        if (Status s
            = entryInsert.row(id, m_dates.text(e.day), e.duration, QString::fromLatin1(kSupervisionKinds[e.kind]),
                QString::fromLatin1(kSupervisionFormats[e.format]), orNull(!external, workerId(e.supervisor)),
                orNull(external, fromUtf8(externals[std::size_t(e.external)].name)),
                QString::fromLatin1(kSupervisorKinds[supervisorKind(e.supervisor)]), summary, privateNote,
                orNull(supervisorSigned != 0, m_dates.text(supervisorSigned)), m_dates.stamp(created, createdSecond),
                updated);
            !s) {
            return s;
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    m_supervisionRows = qint64(entries.size());
    for (BatchInsert* insert : { &entryInsert, &attendeeInsert, &themeInsert, &actionInsert }) {
        if (Status s = insert->finish(); !s) {
            return s;
        }
    }
    return Status::ok();
}

Status Generator::planAndWriteTraining()
{
    Rng rng(m_options.seed, 8);
    const Day a = m_asAt;
    std::vector<CompletionPlan> plan;
    const auto courses = demo::trainingCourses();

    // Safeguarding state of current workers on the compliance matrix: 0 in date, 1 expiring within the
    // warning window (30 days), 2 expired, 3 never done. Dealt out rather than drawn, so every size shows
    // each state. Long-serving people lapse on their own refresher; when there are too few of them,
    // someone newer lapses on a certificate they brought from a previous role.
    const int warning = CharitySettings::kDefaultExpiryWarningDays;
    std::vector<int> safeguarding(m_workers.size(), 0);
    std::vector<char> broughtIn(m_workers.size(), 0);
    {
        std::vector<int> longServing;
        std::vector<int> others;
        for (int wi = 0; wi < int(m_workers.size()); ++wi) {
            const Worker& w = m_workers[std::size_t(wi)];
            if (w.fate == Fate::Active) {
                (w.training <= a - 1140 ? longServing : others).push_back(wi);
            }
        }
        const int current = int(longServing.size() + others.size());
        rng.shuffle(longServing);
        rng.shuffle(others);
        const int lapsing = std::max(1, roundToInt(current * 0.1));
        int k = 0;
        int o = 0;
        for (int state = 1; state <= 2; ++state) {
            for (int j = 0; j < lapsing; ++j) {
                if (k < int(longServing.size())) {
                    safeguarding[std::size_t(longServing[std::size_t(k++)])] = state;
                } else if (o < int(others.size())) {
                    const int wi = others[std::size_t(o++)];
                    safeguarding[std::size_t(wi)] = state;
                    broughtIn[std::size_t(wi)] = 1;
                }
            }
        }
        const int missing = roundToInt(current * 0.03);
        for (int j = 0; j < missing && o < int(others.size()); ++j) {
            safeguarding[std::size_t(others[std::size_t(o++)])] = 3;
        }
    }

    for (int wi = 0; wi < int(m_workers.size()); ++wi) {
        const Worker& w = m_workers[std::size_t(wi)];
        if (w.training == 0) {
            continue;
        }
        // Nothing after "as at", and nothing after someone stopped.
        const Day limit = std::min(a, w.stoppedOn - 1);
        auto add = [&](int course, Day day) {
            if (day > limit || day < w.enquiry) {
                return false;
            }
            const int refresh = courses[std::size_t(course)].refreshMonths;
            plan.push_back({ day, wi, course, refresh > 0 ? addMonths(day, refresh) : 0, false });
            return true;
        };
        const Day induction = w.training + rng.range(0, 10);
        if (!add(demo::VolunteerInduction, induction)) {
            continue;
        }
        const bool peer = w.kind != Kind::NonPeerStaff;
        if (peer && w.active != 0) {
            const Day day = w.active > w.training + 8 ? rng.range(w.training + 7, w.active - 1) : w.active;
            add(demo::PeerSupportInternal, std::max(day, induction));
        }
        // Safeguarding every three years. For current workers, work back from the latest completion.
        const Day firstSafeguarding = induction + rng.range(0, 30);
        if (w.fate == Fate::Active) {
            const int state = safeguarding[std::size_t(wi)];
            if (state != 3) {
                Day latest = a - rng.range(0, 33 * 30);
                if (state == 1) {
                    latest = monthsBefore(a + rng.range(1, warning), 36, a + 1, a + warning);
                } else if (state == 2) {
                    latest = monthsBefore(a - rng.range(10, 300), 36, a - 300, a - 1);
                }
                if (broughtIn[std::size_t(wi)]) {
                    // The only certificate: from a previous role, recorded when they began training.
                    plan.push_back({ latest, wi, demo::SafeguardingRefresher, addMonths(latest, 36), true });
                    latest = kNever;
                }
                latest = std::max(latest, firstSafeguarding);
                std::vector<Day> days;
                if (latest != kNever) {
                    days.push_back(latest);
                    for (Day d = addMonths(latest, -36) + rng.range(0, 60); d >= firstSafeguarding;
                         d = addMonths(d, -36) + rng.range(0, 60)) {
                        days.push_back(d);
                    }
                }
                for (auto it = days.rbegin(); it != days.rend(); ++it) {
                    add(demo::SafeguardingRefresher, *it);
                }
            }
        } else if (w.active != 0 || w.fate == Fate::InTraining) {
            Day day = firstSafeguarding;
            while (add(demo::SafeguardingRefresher, day)) {
                if (rng.chance(0.2)) {
                    break;
                }
                day = plan.back().expires - rng.range(0, 60);
            }
        }
        if (w.active == 0) {
            continue;
        }
        double accredited = 0.0;
        double sessions = 0.0;
        double trainer = 0.0;
        switch (w.kind) {
        case Kind::Coordinator:
            accredited = 1.0;
            trainer = 0.5;
            break;
        case Kind::PeerSupervisor:
            accredited = 0.8;
            trainer = 0.5;
            break;
        case Kind::EmployedPsw:
            accredited = 0.6;
            sessions = 0.3;
            break;
        case Kind::SessionalPsw:
            accredited = 0.4;
            sessions = 0.5;
            trainer = 0.1;
            break;
        case Kind::PeerTrainer:
            accredited = 0.5;
            trainer = 1.0;
            break;
        case Kind::Volunteer:
            accredited = 0.08;
            sessions = 0.4;
            break;
        case Kind::NonPeerStaff:
            break;
        }
        if (rng.chance(accredited)) {
            add(demo::AccreditedPeerSupport, w.active + rng.range(60, 700));
        }
        if (rng.chance(sessions)) {
            add(demo::PeerSessions, w.active + rng.range(20, 400));
        }
        if (rng.chance(trainer)) {
            add(demo::TrainTheTrainer, w.active + rng.range(100, 900));
        }
    }

    std::sort(plan.begin(), plan.end(), [](const CompletionPlan& x, const CompletionPlan& y) {
        if (x.day != y.day) {
            return x.day < y.day;
        }
        return x.worker != y.worker ? x.worker < y.worker : x.course < y.course;
    });
    BatchInsert insert;
    if (Status s = insert.prepare(m_db, QStringLiteral("training_completion"),
            { QStringLiteral("id"), QStringLiteral("course_id"), QStringLiteral("worker_id"),
                QStringLiteral("completed_on"), QStringLiteral("expires_on"), QStringLiteral("provider"),
                QStringLiteral("credits"), QStringLiteral("note"), QStringLiteral("recorded_by") });
        !s) {
        return s;
    }
    m_completionRows = qint64(plan.size());
    Rng recorder(m_options.seed, 15); // its own stream: who recorded it does not reshuffle the rest
    const QString previousEmployer = QStringLiteral("Previous employer");
    const QString certificateSeen = QStringLiteral("Certificate seen and copied at induction");
    int id = m_base.completion;
    for (const CompletionPlan& c : plan) {
        const int credits = courses[std::size_t(c.course)].credits;
        const Day recordedOn = c.previousEmployer ? m_workers[std::size_t(c.worker)].training : c.day;
        if (Status s = insert.row(++id, m_courseIds[std::size_t(c.course)], workerId(c.worker), m_dates.text(c.day),
                orNull(c.expires != 0, m_dates.text(c.expires)), orNull(c.previousEmployer, previousEmployer),
                orNull(credits > 0, credits), orNull(c.previousEmployer, certificateSeen),
                staffName(recorder, recordedOn));
            !s) {
            return s;
        }
    }
    return insert.finish();
}

} // namespace alongside::core::demo
