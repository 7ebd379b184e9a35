// Demo generator: supervision and training records.

#include "core/db/sqldialect.h"
#include "core/services/demo/plan.h"
#include "core/services/settingsservice.h"

namespace alongside::core::demo {

// ---------------------------------------------------------------------------------------------
// Supervision and training

Status Generator::planAndWriteSupervision()
{
    Rng rng(m_options.seed, 7);
    const Day a = m_asAt;
    const Day windowStart = a - 365;
    std::vector<SupervisionPlan> entries;
    std::vector<AttendeePlan> attendees;
    const demo::Words summaries = demo::supervisionSummaries();
    const demo::Words privateNotes = demo::supervisionPrivateNotes();

    auto firstDay = [windowStart](const Worker& w) { return std::max(windowStart, w.active + 14); };
    auto wellbeing = [&rng](const Worker& w, Day d) {
        // The literature's dip at about four months in role.
        const double dip = (d - w.active >= 90 && d - w.active <= 150) ? 1.5 : 0.0;
        const int in = clampInt(roundToInt(w.wellbeing + rng.normal() - dip), 0, 10);
        return AttendeePlan { 0, in, clampInt(in + rng.range(0, 2), 0, 10) };
    };
    auto addEntry = [&](Day day, int kind, int supervisor, int duration) -> SupervisionPlan& {
        SupervisionPlan e;
        e.day = day;
        e.kind = kind;
        e.supervisor = supervisor;
        e.duration = duration;
        e.format = kind == GroupReflective ? rng.weighted({ 80, 20, 0 }) : rng.weighted({ 65, 25, 10 });
        e.summary = int(rng.below(quint32(summaries.size())));
        e.privateNote = rng.chance(0.06) ? int(rng.below(quint32(privateNotes.size()))) : -1;
        e.firstAttendee = int(attendees.size());
        e.order = int(entries.size());
        entries.push_back(e);
        return entries.back();
    };

    // Group reflective practice: most months, each supervisor meets 3-6 of their supervisees on the
    // second Wednesday.
    std::vector<std::vector<int>> supervisees(m_workers.size());
    for (int i = 0; i < int(m_workers.size()); ++i) {
        const Worker& w = m_workers[std::size_t(i)];
        if (w.active != 0 && w.supervisor >= 0 && w.kind != Kind::PeerSupervisor) {
            supervisees[std::size_t(w.supervisor)].push_back(i);
        }
    }
    const QDate asAtDate = QDate::fromJulianDay(a);
    for (int s = 0; s < int(m_workers.size()); ++s) {
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
                if (w.isActiveOn(day) && day >= firstDay(w) && day <= w.lastSupervision) {
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
            SupervisionPlan& e = addEntry(day, GroupReflective, s, 90);
            e.attendees = k;
            for (int wi : eligible) {
                Worker& w = m_workers[std::size_t(wi)];
                AttendeePlan at = wellbeing(w, day);
                at.worker = wi;
                attendees.push_back(at);
                w.groupDays.push_back(day);
            }
        }
    }

    // One-to-one supervision, walking back from each worker's most recent one; a group meeting
    // near the date takes its place.
    for (int wi = 0; wi < int(m_workers.size()); ++wi) {
        const Worker& w = m_workers[std::size_t(wi)];
        if (w.active == 0) {
            continue;
        }
        const bool fortnightly = w.kind == Kind::EmployedPsw;
        for (Day d = w.lastSupervision; d >= firstDay(w); d -= fortnightly ? rng.range(12, 16) : rng.range(25, 35)) {
            if (!w.isActiveOn(d)) {
                continue;
            }
            const bool nearGroup
                = std::any_of(w.groupDays.begin(), w.groupDays.end(), [d](Day g) { return std::abs(g - d) <= 10; });
            if (nearGroup) {
                continue;
            }
            Day day = d;
            if (weekday(day) == 6) {
                day -= 1;
            } else if (weekday(day) == 7) {
                day -= 2;
            }
            int kind = Reflective;
            int duration = rng.chance(0.5) ? 45 : 60;
            const bool manages
                = w.kind == Kind::EmployedPsw || w.kind == Kind::PeerSupervisor || w.kind == Kind::NonPeerStaff;
            if (w.kind != Kind::Coordinator) {
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
            addEntry(day, kind, w.supervisor, duration).attendees = 1;
            AttendeePlan at = wellbeing(w, day);
            at.worker = wi;
            attendees.push_back(at);
        }
    }

    std::sort(entries.begin(), entries.end(), [](const SupervisionPlan& x, const SupervisionPlan& y) {
        return x.day != y.day ? x.day < y.day : x.order < y.order;
    });

    BatchInsert entryInsert, attendeeInsert;
    if (Status s = entryInsert.prepare(m_db, QStringLiteral("supervision_entry"),
            { QStringLiteral("id"), QStringLiteral("held_on"), QStringLiteral("duration_minutes"),
                QStringLiteral("kind"), QStringLiteral("format"), QStringLiteral("supervisor_id"),
                QStringLiteral("external_supervisor"), QStringLiteral("summary"), QStringLiteral("private_notes"),
                QStringLiteral("created_at") });
        !s) {
        return s;
    }
    if (Status s = attendeeInsert.prepare(m_db, QStringLiteral("supervision_attendee"),
            { QStringLiteral("entry_id"), QStringLiteral("worker_id"), QStringLiteral("wellbeing_in"),
                QStringLiteral("wellbeing_out") });
        !s) {
        return s;
    }
    m_supervisionRows = qint64(entries.size());
    const QString external = fromUtf8(demo::externalSupervisorName());
    int id = m_base.supervision;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const SupervisionPlan& e = entries[i];
        ++id;
        const Day created = std::min(a, e.day + rng.weighted({ 60, 30, 10 }));
        if (Status s
            = entryInsert.row(id, m_dates.text(e.day), e.duration, QString::fromLatin1(kSupervisionKinds[e.kind]),
                QString::fromLatin1(kSupervisionFormats[e.format]), orNull(e.supervisor >= 0, workerId(e.supervisor)),
                orNull(e.supervisor < 0, external), fromUtf8(summaries[std::size_t(e.summary)]),
                e.privateNote >= 0 ? QVariant(fromUtf8(privateNotes[std::size_t(e.privateNote)])) : QVariant(),
                m_dates.stamp(created, rng.range(9 * 3600, 18 * 3600)));
            !s) {
            return s;
        }
        for (int k = 0; k < e.attendees; ++k) {
            const AttendeePlan& at = attendees[std::size_t(e.firstAttendee + k)];
            if (Status s = attendeeInsert.row(id, workerId(at.worker), at.wellbeingIn, at.wellbeingOut); !s) {
                return s;
            }
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    if (Status s = entryInsert.finish(); !s) {
        return s;
    }
    return attendeeInsert.finish();
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
