// Demo generator: volunteers and staff, their statuses and roles.

#include "core/db/sqldialect.h"
#include "core/services/demo/plan.h"

namespace alongside::core::demo {

// ---------------------------------------------------------------------------------------------
// Workforce

void Generator::planWorkforce()
{
    Rng rng(m_options.seed, 1);
    const int n = m_targets.workers;
    const Day a = m_asAt;

    auto share = [n](double fraction, int minimum) { return std::max(minimum, roundToInt(n * fraction)); };
    std::vector<Kind> kinds;
    kinds.push_back(Kind::Coordinator);
    for (int i = 0; i < share(1.0 / 40, 1); ++i) {
        kinds.push_back(Kind::PeerSupervisor);
    }
    for (int i = 0; i < share(0.07, 1); ++i) {
        kinds.push_back(Kind::EmployedPsw);
    }
    for (int i = 0; i < share(0.10, 1); ++i) {
        kinds.push_back(Kind::SessionalPsw);
    }
    for (int i = 0; i < share(0.02, 1); ++i) {
        kinds.push_back(Kind::PeerTrainer);
    }
    for (int i = 0; i < share(0.02, 1); ++i) {
        kinds.push_back(Kind::NonPeerStaff);
    }
    kinds.resize(std::size_t(std::min<int>(int(kinds.size()), n)));
    while (int(kinds.size()) < n) {
        kinds.push_back(Kind::Volunteer);
    }

    m_workers.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        Worker& w = m_workers[std::size_t(i)];
        w.order = i;
        w.kind = kinds[std::size_t(i)];
        switch (w.kind) {
        case Kind::Coordinator:
        case Kind::PeerSupervisor:
        case Kind::NonPeerStaff:
            w.fate = Fate::Active;
            break;
        case Kind::EmployedPsw:
        case Kind::PeerTrainer:
            w.fate = std::array { Fate::Active, Fate::Paused, Fate::Left }[std::size_t(rng.weighted({ 80, 5, 15 }))];
            break;
        case Kind::SessionalPsw:
            w.fate = std::array { Fate::Active, Fate::Paused, Fate::Left }[std::size_t(rng.weighted({ 72, 6, 22 }))];
            break;
        case Kind::Volunteer:
            w.fate = std::array { Fate::Active, Fate::Paused, Fate::Left, Fate::DroppedOut, Fate::Enquiry,
                Fate::Applicant, Fate::InTraining }[std::size_t(rng.weighted({ 60, 5, 17, 5, 4, 4, 5 }))];
            break;
        }

        // Work back from the stage reached so that nothing lies after "as at".
        switch (w.fate) {
        case Fate::Active:
            if (w.kind == Kind::Coordinator) {
                w.active = a - rng.range(1500, 1800);
            } else if (w.kind == Kind::PeerSupervisor) {
                w.active = a - rng.range(800, 1700);
            } else {
                w.active = a - rng.range(20, 1750);
            }
            break;
        case Fate::Paused:
            w.active = a - rng.range(200, 1500);
            w.stoppedOn = rng.range(w.active + 90, a - 5);
            break;
        case Fate::Left:
            w.active = a - rng.range(150, 1800);
            w.stoppedOn = std::min(w.active + rng.range(90, 1100), a - 1);
            break;
        case Fate::DroppedOut:
            w.enquiry = a - rng.range(120, 1100);
            w.applied = w.enquiry + rng.range(5, 20);
            if (rng.chance(0.5)) {
                w.training = w.applied + rng.range(14, 45);
            }
            w.stoppedOn = std::max(w.applied, w.training) + rng.range(7, 40);
            break;
        case Fate::Enquiry:
            w.enquiry = a - rng.range(0, 40);
            break;
        case Fate::Applicant:
            w.applied = a - rng.range(0, 45);
            w.enquiry = w.applied - rng.range(5, 20);
            break;
        case Fate::InTraining:
            w.training = a - rng.range(0, 40);
            w.applied = w.training - rng.range(14, 45);
            w.enquiry = w.applied - rng.range(5, 20);
            break;
        }
        if (w.active != 0) {
            w.training = w.active - rng.range(14, 45);
            w.applied = w.training - rng.range(14, 45);
            w.enquiry = w.applied - rng.range(5, 20);
        }

        if (w.kind == Kind::SessionalPsw && w.active != 0 && rng.chance(0.5)) {
            // Progression: began as a volunteer mentor, then took a sessional paid role.
            const Day end = std::min(w.stoppedOn, a);
            const int room = end - w.active - 30;
            if (room > 180) {
                w.promotedOn = w.active + rng.range(180, std::min(700, room));
            }
        }

        switch (w.kind) {
        case Kind::Volunteer:
            w.maxMentees = 2 + rng.weighted({ 40, 40, 20 });
            w.storeMaxMentees = true;
            break;
        case Kind::EmployedPsw:
            w.maxMentees = rng.range(3, 4);
            w.storeMaxMentees = true;
            break;
        case Kind::Coordinator:
            // Only a fallback mentor when nobody else is free.
            w.maxMentees = 2;
            w.storeMaxMentees = true;
            break;
        case Kind::SessionalPsw:
            w.maxMentees = 2;
            break;
        default:
            break;
        }
        if (w.active != 0 && (w.kind == Kind::Volunteer || w.kind == Kind::EmployedPsw)) {
            w.mentorFrom = w.active;
            w.mentorTo = w.stoppedOn;
        } else if (w.promotedOn != 0) {
            w.mentorFrom = w.active;
            w.mentorTo = w.promotedOn;
        }

        const Day dobDay = w.enquiry - rng.range(19, 68) * 365 - rng.range(0, 364);
        w.person = makePerson(rng, dobDay, { 62, 33, 3, 2 }, 1.0, 1.0, 1.0);
        w.wellbeing = 7.0 + 1.0 * rng.normal();
    }

    // Ids follow the order people first got in touch, as they would in a real database.
    std::sort(m_workers.begin(), m_workers.end(), [](const Worker& x, const Worker& y) {
        return x.enquiry != y.enquiry ? x.enquiry < y.enquiry : x.order < y.order;
    });
    std::vector<int> peerSupervisors;
    for (int i = 0; i < n; ++i) {
        Worker& w = m_workers[std::size_t(i)];
        w.id = m_base.worker + i + 1;
        w.personId = m_base.person + i + 1;
        if (w.kind == Kind::Coordinator) {
            m_coordinator = i;
        }
        if (w.kind == Kind::PeerSupervisor) {
            peerSupervisors.push_back(i);
        }
        if (w.mentorFrom != kNever && w.kind != Kind::Coordinator) {
            m_mentors.push_back(i);
        }
        if (w.active != 0
            && (w.kind == Kind::Volunteer || w.kind == Kind::EmployedPsw || w.kind == Kind::SessionalPsw)) {
            m_deliverers.push_back(i);
        }
        if (w.active != 0
            && (w.kind == Kind::SessionalPsw || w.kind == Kind::PeerTrainer || w.kind == Kind::EmployedPsw)) {
            m_facilitators.push_back(i);
        }
    }
    m_workers[std::size_t(m_coordinator)].mentorFrom = m_workers[std::size_t(m_coordinator)].active;

    // Supervision lines: volunteers and PSWs to a peer supervisor, peer supervisors to the
    // coordinator, the coordinator to an external supervisor.
    for (int i = 0; i < n; ++i) {
        Worker& w = m_workers[std::size_t(i)];
        if (w.kind == Kind::Coordinator) {
            w.supervisor = -1;
        } else if (w.kind == Kind::PeerSupervisor || peerSupervisors.empty()) {
            w.supervisor = m_coordinator;
        } else {
            w.supervisor = rng.pick(peerSupervisors);
        }
    }

    // A few current workers whose supervision has lapsed, for the overdue list.
    std::vector<int> overdueCandidates;
    for (int i = 0; i < n; ++i) {
        const Worker& w = m_workers[std::size_t(i)];
        if (w.fate == Fate::Active && w.kind != Kind::Coordinator && w.kind != Kind::PeerSupervisor
            && w.active <= a - 150) {
            overdueCandidates.push_back(i);
        }
    }
    const int overdue
        = std::min(int(overdueCandidates.size()), std::max(1, roundToInt(overdueCandidates.size() * 0.08)));
    rng.chooseFront(overdueCandidates, overdue);
    for (int k = 0; k < overdue; ++k) {
        m_workers[std::size_t(overdueCandidates[std::size_t(k)])].overdue = true;
    }
    for (Worker& w : m_workers) {
        if (w.active == 0) {
            continue;
        }
        const Day end = std::min(a, w.stoppedOn - 1);
        w.lastSupervision = w.overdue ? a - rng.range(62, 110) : end - rng.range(0, 24);
    }

    // Some volunteers were first supported by the charity themselves (client, then volunteer).
    std::vector<int> former;
    for (int i = 0; i < n; ++i) {
        const Worker& w = m_workers[std::size_t(i)];
        if (w.kind == Kind::Volunteer && w.active != 0 && w.enquiry >= a - 730 + 240 && w.enquiry <= a - 30) {
            former.push_back(i);
        }
    }
    const int formerCount = std::min(int(former.size()), std::min(m_targets.clients, roundToInt(n * 0.06)));
    rng.chooseFront(former, formerCount);
    former.resize(std::size_t(formerCount));
    std::sort(former.begin(), former.end());
    for (int i : former) {
        m_workers[std::size_t(i)].formerClient = true;
    }
}

Status Generator::writeWorkforce()
{
    Rng rng(m_options.seed, 2);
    const Day a = m_asAt;
    BatchInsert persons, workers, statuses, roles;
    if (Status s = preparePersonInsert(persons); !s) {
        return s;
    }
    if (Status s = workers.prepare(m_db, QStringLiteral("worker"),
            { QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("max_mentees"),
                QStringLiteral("created_at") });
        !s) {
        return s;
    }
    if (Status s = statuses.prepare(m_db, QStringLiteral("worker_status"),
            { QStringLiteral("id"), QStringLiteral("worker_id"), QStringLiteral("status"), QStringLiteral("since"),
                QStringLiteral("reason") });
        !s) {
        return s;
    }
    if (Status s = roles.prepare(m_db, QStringLiteral("worker_role"),
            { QStringLiteral("id"), QStringLiteral("worker_id"), QStringLiteral("role_type_id"),
                QStringLiteral("pay_basis"), QStringLiteral("hours_per_week"), QStringLiteral("funding_source"),
                QStringLiteral("funding_ends_on"), QStringLiteral("starts_on"), QStringLiteral("ends_on") });
        !s) {
        return s;
    }

    int statusId = m_base.workerStatus;
    int roleId = m_base.workerRole;
    const demo::Words funding = demo::fundingSources();
    const int coreFunds = int(funding.size()) - 1;

    auto addRole = [&](const Worker& w, int role, const char* payBasis, double hours, Day from, Day to,
                       bool fundingEnded) -> Status {
        QVariant source;
        QVariant fundingEnds;
        if (std::strcmp(payBasis, "unpaid") != 0) {
            const int f = w.kind == Kind::Coordinator ? coreFunds : int(rng.below(quint32(funding.size())));
            source = fromUtf8(funding[std::size_t(f)]);
            if (f != coreFunds) {
                Day ends = 0;
                if (fundingEnded) {
                    ends = to;
                } else if (to != kNever) {
                    ends = to + rng.range(0, 300);
                } else if (rng.chance(0.25)) {
                    ends = a + rng.range(14, 90); // short-term funding about to run out
                } else {
                    ends = a + rng.range(120, 730);
                }
                fundingEnds = m_dates.text(ends);
            }
        }
        return roles.row(++roleId, w.id, m_roleIds[std::size_t(role)], QString::fromLatin1(payBasis), hours, source,
            fundingEnds, m_dates.text(from), orNull(to != kNever, m_dates.text(to)));
    };

    for (std::size_t i = 0; i < m_workers.size(); ++i) {
        const Worker& w = m_workers[i];
        const int createdSecond = rng.range(9 * 3600, 17 * 3600);
        const QString created = m_dates.stamp(w.enquiry, createdSecond);
        if (Status s = insertPerson(persons, w.personId, w.person, created); !s) {
            return s;
        }
        if (Status s = workers.row(w.id, w.personId, orNull(w.storeMaxMentees, w.maxMentees), created); !s) {
            return s;
        }

        auto status = [&](const char* code, Day since, const QVariant& reason) {
            return statuses.row(++statusId, w.id, QString::fromLatin1(code), m_dates.text(since), reason);
        };
        if (Status s = status("enquiry", w.enquiry, {}); !s) {
            return s;
        }
        if (w.applied != 0) {
            if (Status s = status("applicant", w.applied, {}); !s) {
                return s;
            }
        }
        if (w.training != 0) {
            if (Status s = status("in_training", w.training, {}); !s) {
                return s;
            }
        }
        if (w.active != 0) {
            if (Status s = status("active", w.active, {}); !s) {
                return s;
            }
        }
        bool fundingEnded = false;
        if (w.fate == Fate::Paused) {
            const QString reason = fromUtf8(demo::pauseReasons()[std::size_t(rng.weighted({ 70, 18, 12 }))]);
            if (Status s = status("paused", w.stoppedOn, reason); !s) {
                return s;
            }
        } else if (w.fate == Fate::Left) {
            const bool paid = w.kind != Kind::Volunteer;
            const char* reason = rng.pick(paid ? demo::paidLeavingReasons() : demo::volunteerLeavingReasons());
            fundingEnded = std::strcmp(reason, "Funding ended") == 0;
            if (Status s = status("left", w.stoppedOn, fromUtf8(reason)); !s) {
                return s;
            }
        } else if (w.fate == Fate::DroppedOut) {
            const QString reason = w.training != 0 ? QStringLiteral("Did not complete training")
                                                   : QStringLiteral("Withdrew application");
            if (Status s = status("left", w.stoppedOn, reason); !s) {
                return s;
            }
        }

        if (w.active != 0) {
            const Day roleEnd = w.fate == Fate::Left ? w.stoppedOn : kNever;
            Status s;
            switch (w.kind) {
            case Kind::Coordinator:
                s = addRole(w, RoleCoordinator, "paid", rng.chance(0.7) ? 37.5 : 30.0, w.active, roleEnd, false);
                break;
            case Kind::PeerSupervisor:
                s = addRole(w, RolePeerSupervisor, "paid", rng.chance(0.5) ? 22.5 : 30.0, w.active, roleEnd, false);
                break;
            case Kind::EmployedPsw: {
                static const double kHours[] = { 15.0, 18.75, 22.5, 30.0, 37.5 };
                s = addRole(w, RoleEmployedPsw, "paid", kHours[rng.range(0, 4)], w.active, roleEnd, fundingEnded);
                break;
            }
            case Kind::SessionalPsw:
                if (w.promotedOn != 0) {
                    s = addRole(
                        w, RoleVolunteerMentor, "unpaid", rng.range(4, 12) * 0.5, w.active, w.promotedOn - 1, false);
                    if (!s) {
                        return s;
                    }
                }
                s = addRole(w, RoleSessionalPsw, "sessional", rng.range(8, 32) * 0.5,
                    w.promotedOn != 0 ? w.promotedOn : w.active, roleEnd, fundingEnded);
                break;
            case Kind::PeerTrainer:
                s = addRole(w, RolePeerTrainer, "sessional", rng.range(8, 16) * 0.5, w.active, roleEnd, fundingEnded);
                break;
            case Kind::NonPeerStaff: {
                static const double kHours[] = { 15.0, 22.5, 37.5 };
                s = addRole(w, RoleNonPeerStaff, "paid", kHours[rng.range(0, 2)], w.active, roleEnd, false);
                break;
            }
            case Kind::Volunteer:
                s = addRole(w, RoleVolunteerMentor, "unpaid", rng.range(4, 12) * 0.5, w.active, roleEnd, false);
                break;
            }
            if (!s) {
                return s;
            }
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    for (BatchInsert* insert : { &persons, &workers, &statuses, &roles }) {
        if (Status s = insert->finish(); !s) {
            return s;
        }
    }
    return Status::ok();
}

} // namespace alongside::core::demo
