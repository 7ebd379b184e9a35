// Demo generator: volunteers and staff, their statuses and roles.

#include "core/clients/demographics.h"
#include "core/db/sqldialect.h"
#include "core/services/demo/plan.h"
#include "core/services/settingsservice.h"
#include "core/workforce/workforceservice.h"
#include "core/workforce/workforcetypes.h"

#include <cstring>

namespace alongside::core::demo {

namespace {

QString dramaPhone(Rng& rng)
{
    // Ofcom's range for drama: 07700 900000 to 900999 is never allocated to a real phone.
    return QStringLiteral("07700 900") + QString::number(rng.range(0, 999)).rightJustified(3, QLatin1Char('0'));
}

QString givenName(Rng& rng, char gender)
{
    if (gender == 'a') {
        gender = rng.chance(0.5) ? 'f' : 'm';
    }
    return fromUtf8(rng.pick(gender == 'f' ? demo::femaleGivenNames() : demo::maleGivenNames()));
}

/** An equality-monitoring answer: weights for each answer, then one for "prefer not to say". */
QVariant equalityAnswer(Rng& rng, Words answers, std::initializer_list<int> weights)
{
    Q_ASSERT(weights.size() == answers.size() + 1);
    if (rng.chance(0.03)) {
        return QVariant(); // that question left unanswered
    }
    const std::size_t k = std::size_t(rng.weighted(weights));
    return k < answers.size() ? fromUtf8(answers[k]) : QString::fromLatin1(WorkerProfile::kPreferNotToSay);
}

struct Profile
{
    QVariant contactName;
    QVariant contactRelationship;
    QVariant contactPhone;
    QVariant availability;
    quint16 slotMask = 0; // what the availability means, as Demographics::slotKeys() bits
    int secondLanguage = -1;
    QVariant languages;
    QVariant accessNeeds;
    QVariant disability;
    QVariant orientation;
    QVariant religion;
};

Profile makeProfile(Rng& rng, const Worker& w)
{
    // Someone who has only enquired has given a name and contact details; the rest comes with the
    // application form, equality monitoring included (a few forms predate the monitoring questions).
    Profile p;
    if (w.applied == 0) {
        return p;
    }
    if (rng.chance(0.95)) {
        const auto relations = demo::emergencyRelationships();
        Q_ASSERT(relations.size() == 11);
        const Relation& r = relations[std::size_t(rng.weighted({ 22, 12, 10, 16, 6, 10, 5, 6, 4, 7, 2 }))];
        const QString surname
            = r.relative && rng.chance(0.75) ? w.person.family : fromUtf8(rng.pick(demo::familyNames()));
        p.contactName = QString(givenName(rng, r.gender) + QLatin1Char(' ') + surname);
        p.contactRelationship = fromUtf8(r.name);
        p.contactPhone = dramaPhone(rng);
    }
    if (rng.chance(0.9)) {
        const std::size_t k = rng.below(quint32(demo::availabilities().size()));
        p.availability = fromUtf8(demo::availabilities()[k]);
        p.slotMask = slotBits(QString::fromLatin1(demo::availabilitySlots()[k]));
    }
    if (rng.chance(0.84)) {
        p.languages = QStringLiteral("English");
    } else {
        const demo::Words second = demo::secondLanguages();
        // Earlier entries are more common: the lower of two draws.
        const std::size_t k = std::min(rng.below(quint32(second.size())), rng.below(quint32(second.size())));
        p.languages = QString(QStringLiteral("English, ") + fromUtf8(second[k]));
        p.secondLanguage = int(k);
    }
    if (rng.chance(0.1)) {
        p.accessNeeds = fromUtf8(rng.pick(demo::accessNeeds()));
    }
    if (rng.chance(0.08)) {
        return p; // no equality monitoring on this form
    }
    static const char* const kYesNo[] = { "Yes", "No" };
    p.disability = equalityAnswer(rng, kYesNo,
        w.isPeer() ? std::initializer_list<int> { 30, 56, 14 } : std::initializer_list<int> { 12, 76, 12 });
    p.orientation = equalityAnswer(rng, demo::sexualOrientations(), { 70, 7, 7, 2, 14 });
    p.religion = equalityAnswer(rng, demo::religions(), { 38, 32, 12, 1, 1, 1, 1, 2, 12 });
    return p;
}

} // namespace

int livedExperienceWeight(const QString& key)
{
    // How common each area is among peer workers (and among what people supported ask a mentor to
    // share); areas not listed here are rare.
    static const std::pair<const char*, int> kWeights[] = { { "anxiety", 30 }, { "depression", 30 }, { "bipolar", 6 },
        { "psychosis", 6 }, { "personality_disorder", 6 }, { "eating_disorder", 5 }, { "trauma", 14 },
        { "self_harm", 8 }, { "suicidal_feelings", 8 }, { "substance_use", 6 }, { "bereavement", 8 }, { "carer", 8 },
        { "neurodivergence", 8 }, { "other", 3 } };
    for (const auto& [name, weight] : kWeights) {
        if (key == QLatin1String(name)) {
            return weight;
        }
    }
    return 2;
}

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
    }

    // Every size shows a few people paused and a few who left: turn active volunteers and peer support
    // workers into them where the draw came up short.
    {
        std::vector<int> convertible;
        int paused = 0;
        int left = 0;
        for (int i = 0; i < n; ++i) {
            const Worker& w = m_workers[std::size_t(i)];
            paused += w.fate == Fate::Paused ? 1 : 0;
            left += w.fate == Fate::Left ? 1 : 0;
            if (w.fate == Fate::Active
                && (w.kind == Kind::Volunteer || w.kind == Kind::EmployedPsw || w.kind == Kind::SessionalPsw)) {
                convertible.push_back(i);
            }
        }
        const int wantPaused = std::max(2, roundToInt(n * 0.03)) - paused;
        const int wantLeft = std::max(2, roundToInt(n * 0.08)) - left;
        rng.shuffle(convertible);
        std::size_t next = 0;
        for (int k = 0; k < wantPaused && next < convertible.size(); ++k) {
            m_workers[std::size_t(convertible[next++])].fate = Fate::Paused;
        }
        for (int k = 0; k < wantLeft && next < convertible.size(); ++k) {
            m_workers[std::size_t(convertible[next++])].fate = Fate::Left;
        }
    }

    for (int i = 0; i < n; ++i) {
        Worker& w = m_workers[std::size_t(i)];

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
            // Most agree a number of mentees; the rest take the charity's default.
            w.maxMentees = 2 + rng.weighted({ 40, 40, 20 });
            w.storeMaxMentees = rng.chance(0.8);
            if (!w.storeMaxMentees) {
                w.maxMentees = CharitySettings::kDefaultMaxMentees;
            }
            break;
        case Kind::EmployedPsw:
            // A caseload as part of a paid role.
            w.maxMentees = rng.range(5, 8);
            w.storeMaxMentees = true;
            break;
        case Kind::Coordinator:
            // Only a fallback mentor when nobody else is free.
            w.maxMentees = 2;
            w.storeMaxMentees = true;
            break;
        case Kind::SessionalPsw:
            // Paid by the session, for 1:1 work among other things.
            w.maxMentees = rng.range(2, 4);
            w.storeMaxMentees = true;
            break;
        default:
            break;
        }
        if (w.active != 0
            && (w.kind == Kind::Volunteer || w.kind == Kind::EmployedPsw || w.kind == Kind::SessionalPsw)) {
            w.mentorFrom = w.active;
            w.mentorTo = w.stoppedOn;
        }

        const Day dobDay = w.enquiry - rng.range(19, 68) * 365 - rng.range(0, 364);
        w.person = makePerson(rng, dobDay, { 62, 33, 2, 1, 2 }, 1.0, 1.0, 1.0);
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
        if (w.kind == Kind::Coordinator || w.kind == Kind::PeerSupervisor || w.kind == Kind::NonPeerStaff) {
            m_staff.push_back(i);
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

    // Supervision lines today: volunteers and PSWs to a peer supervisor, peer supervisors and
    // non-peer staff to the coordinator, the coordinator to an external supervisor. Who supervised
    // them before, second supervisors and when supervision lapsed: planSupervisionLines().
    for (int i = 0; i < n; ++i) {
        Worker& w = m_workers[std::size_t(i)];
        if (w.kind == Kind::Coordinator) {
            w.supervisor = -1;
        } else if (w.kind == Kind::PeerSupervisor || w.kind == Kind::NonPeerStaff || peerSupervisors.empty()) {
            w.supervisor = m_coordinator;
        } else {
            w.supervisor = rng.pick(peerSupervisors);
        }
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
    Rng profileRng(m_options.seed, 9);
    const Day a = m_asAt;
    BatchInsert persons, workers, statuses, roles;
    if (Status s = preparePersonInsert(persons); !s) {
        return s;
    }
    if (Status s = workers.prepare(m_db, QStringLiteral("worker"),
            { QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("max_mentees"),
                QStringLiteral("emergency_contact_name"), QStringLiteral("emergency_contact_relationship"),
                QStringLiteral("emergency_contact_phone"), QStringLiteral("availability"), QStringLiteral("languages"),
                QStringLiteral("access_needs"), QStringLiteral("disability"), QStringLiteral("sexual_orientation"),
                QStringLiteral("religion"), QStringLiteral("available_slots"), QStringLiteral("home_visits"),
                QStringLiteral("created_at"), QStringLiteral("updated_at") });
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
        Worker& w = m_workers[i];
        const int createdSecond = rng.range(9 * 3600, 17 * 3600);
        const QString created = m_dates.stamp(w.enquiry, createdSecond);
        if (Status s = insertPerson(persons, w.personId, w.person, created); !s) {
            return s;
        }
        // Profiles have a stream of their own, so that they do not reshuffle the rest of the workforce.
        const Profile p = makeProfile(profileRng, w);
        w.postcodeDistrict = Demographics::postcodeDistrict(w.person.postcode);
        w.postcodeArea = Demographics::postcodeArea(w.person.postcode);
        // Mentors say when they can meet and whether they do home visits; matching compares them.
        const bool mentor = w.mentorFrom != kNever && w.kind != Kind::Coordinator;
        w.slotMask = mentor ? p.slotMask : 0;
        w.homeVisits = mentor && profileRng.chance(w.kind == Kind::EmployedPsw ? 0.6 : 0.25);
        w.secondLanguage = p.secondLanguage;
        w.languages = p.languages.toString();
        Day lastChange = std::max({ w.enquiry, w.applied, w.training, w.active });
        if (w.stoppedOn != kNever) {
            lastChange = std::max(lastChange, std::min(w.stoppedOn, a));
        }
        const QString updated
            = lastChange == w.enquiry ? created : m_dates.stamp(lastChange, profileRng.range(9 * 3600, 17 * 3600));
        if (Status s = workers.row(w.id, w.personId, orNull(w.storeMaxMentees, w.maxMentees), p.contactName,
                p.contactRelationship, p.contactPhone, p.availability, p.languages, p.accessNeeds, p.disability,
                p.orientation, p.religion, orNull(w.slotMask != 0, slotText(w.slotMask)), w.homeVisits ? 1 : 0, created,
                updated);
            !s) {
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

QString Generator::staffName(Rng& rng, Day day) const
{
    // Whoever of the coordinator, peer supervisors and non-peer staff was in post that day; the
    // coordinator when nobody was (early records, typed in later).
    int chosen = -1;
    int seen = 0;
    for (int i : m_staff) {
        if (m_workers[std::size_t(i)].isActiveOn(day) && rng.below(quint32(++seen)) == 0) {
            chosen = i;
        }
    }
    const Person& p = m_workers[std::size_t(chosen >= 0 ? chosen : m_coordinator)].person;
    return p.given + QLatin1Char(' ') + p.family;
}

Status Generator::writeRecruitment()
{
    // Recruitment steps up to the stage each person reached, and their references.
    Rng rng(m_options.seed, 10);
    Rng refRng(m_options.seed, 11);
    const Day a = m_asAt;
    BatchInsert steps, references;
    if (Status s = steps.prepare(m_db, QStringLiteral("worker_step"),
            { QStringLiteral("worker_id"), QStringLiteral("step_id"), QStringLiteral("done_on"),
                QStringLiteral("done_by"), QStringLiteral("note") });
        !s) {
        return s;
    }
    if (Status s = references.prepare(m_db, QStringLiteral("worker_reference"),
            { QStringLiteral("worker_id"), QStringLiteral("referee_name"), QStringLiteral("relationship"),
                QStringLiteral("contact"), QStringLiteral("requested_on"), QStringLiteral("received_on"),
                QStringLiteral("satisfactory"), QStringLiteral("note") });
        !s) {
        return s;
    }

    // A few people on today's compliance matrix whose second reference never came back, so that the
    // matrix shows "Missing": dealt out rather than drawn, so every size has some.
    std::vector<char> oneReference(m_workers.size(), 0);
    {
        std::vector<int> current;
        for (int i = 0; i < int(m_workers.size()); ++i) {
            const Worker& w = m_workers[std::size_t(i)];
            if (w.fate == Fate::Active && w.kind != Kind::Coordinator) {
                current.push_back(i);
            }
        }
        // Mostly people who started within the last year, while the gap is still being chased.
        refRng.shuffle(current);
        std::stable_partition(
            current.begin(), current.end(), [this, a](int i) { return m_workers[std::size_t(i)].active >= a - 365; });
        const int k = std::min(int(current.size()), std::max(1, roundToInt(current.size() * 0.04)));
        for (int j = 0; j < k; ++j) {
            oneReference[std::size_t(current[std::size_t(j)])] = 1;
        }
    }

    const QString byPhone = QStringLiteral("By phone");
    for (std::size_t i = 0; i < m_workers.size(); ++i) {
        const Worker& w = m_workers[i];
        // The day each step was done, 0 for steps not done; in order, none after "as at" or after
        // someone stopped, all by the first active day.
        std::array<Day, StepCount> done {};
        const Day limit = std::min(a, w.stoppedOn - 1);
        done[StepEnquiry] = w.enquiry;
        if (w.applied != 0) {
            done[StepApplication] = w.applied;
        }
        if (w.active != 0) {
            done[StepInterview] = rng.range(w.applied + 3, std::min(w.applied + 14, w.training - 1));
            done[StepCodeOfConduct] = rng.range(w.training, w.training + 7);
            done[StepLoneWorking] = rng.range(done[StepCodeOfConduct], w.active - 1);
            done[StepEquipment] = rng.range(std::max(done[StepLoneWorking], w.active - 7), w.active);
        } else if (w.training != 0) {
            done[StepInterview] = rng.range(w.applied + 3, std::min(w.applied + 14, w.training - 1));
            if (rng.chance(0.75)) {
                done[StepCodeOfConduct] = rng.range(w.training, w.training + 7);
                if (rng.chance(0.4)) {
                    done[StepLoneWorking] = done[StepCodeOfConduct] + rng.range(0, 14);
                }
            }
        } else if (w.applied != 0 && rng.chance(0.5)) {
            done[StepInterview] = w.applied + rng.range(3, 14);
        }
        for (int step = 0; step < StepCount; ++step) {
            const Day day = done[std::size_t(step)];
            if (day == 0 || day > limit) {
                break; // never the enquiry, which opens the record
            }
            const QVariant note = step == StepInterview && rng.chance(0.2) ? QVariant(byPhone) : QVariant();
            if (Status s = steps.row(w.id, m_stepIds[std::size_t(step)], m_dates.text(day), staffName(rng, day), note);
                !s) {
                return s;
            }
        }

        // Two references for everyone past the application stage, asked for when they applied and back
        // before they started. Applicants are still waiting for one of theirs.
        if (w.applied == 0) {
            continue;
        }
        for (int r = 0; r < 2; ++r) {
            const char gender = rng.chance(0.5) ? 'f' : 'm';
            const QString given = givenName(refRng, gender);
            const QString family = fromUtf8(refRng.pick(demo::familyNames()));
            QString contact;
            if (refRng.chance(0.6)) {
                contact = asciiLower(given) + QLatin1Char('.') + asciiLower(family) + QStringLiteral("@example.net");
            } else {
                contact = dramaPhone(refRng);
            }
            const Day requested = std::min(a, w.applied + refRng.range(0, 7));
            Day received = requested + refRng.range(3, 21);
            if (w.active != 0) {
                received = std::min(received, w.active - 1);
            }
            const bool waiting = (w.training == 0 && (r == 1 || refRng.chance(0.5))) || (r == 1 && oneReference[i])
                || received > std::min(a, w.stoppedOn);
            QVariant note;
            if (waiting && w.fate == Fate::Active) {
                note = refRng.chance(0.5) ? QStringLiteral("Chased twice; no reply yet")
                                          : QStringLiteral("Referee has moved on; asked for another");
            }
            if (Status s = references.row(w.id, given + QLatin1Char(' ') + family,
                    fromUtf8(refRng.pick(demo::refereeRelationships())), contact, m_dates.text(requested),
                    waiting ? QVariant() : QVariant(m_dates.text(received)), waiting ? QVariant() : QVariant(1), note);
                !s) {
                return s;
            }
        }
    }
    for (BatchInsert* insert : { &steps, &references }) {
        if (Status s = insert->finish(); !s) {
            return s;
        }
    }
    return Status::ok();
}

Status Generator::writeDbsChecks()
{
    // An enhanced DBS check for everyone in a peer role, and for most of those in training for one.
    // Rechecks fall due 36 months after issue unless recheck_due_on says otherwise; people on the
    // Update Service have the date of their next online status check recorded instead.
    Rng rng(m_options.seed, 12);
    const Day a = m_asAt;
    const int months = CharitySettings::kDefaultDbsRecheckMonths;
    const int warning = CharitySettings::kDefaultExpiryWarningDays;

    // States of the people on today's matrix, dealt out so that every size shows each: 0 in date,
    // 1 recheck due within the warning window (30 days), 2 recheck overdue, 3 no check at the level needed.
    enum
    {
        InDate,
        DueSoon,
        Overdue,
        NoCheck
    };

    std::vector<char> state(m_workers.size(), InDate);
    {
        std::vector<int> current;
        for (int i = 0; i < int(m_workers.size()); ++i) {
            const Worker& w = m_workers[std::size_t(i)];
            if (w.onMatrix() && w.isPeer()) {
                current.push_back(i);
            }
        }
        rng.shuffle(current);
        const int n = int(current.size());
        // No check: people who started within the last year come first (started under a risk
        // assessment while the certificate is awaited, or it was never recorded).
        std::vector<int> recentFirst = current;
        std::stable_partition(recentFirst.begin(), recentFirst.end(),
            [this, a](int i) { return m_workers[std::size_t(i)].active >= a - 365; });
        const int missing = std::min(n, std::max(1, roundToInt(n * 0.03)));
        for (int j = 0; j < missing; ++j) {
            state[std::size_t(recentFirst[std::size_t(j)])] = NoCheck;
        }
        const int counts[] = { 0, std::max(1, roundToInt(n * 0.05)), std::max(1, roundToInt(n * 0.04)) };
        int k = 0;
        for (int st = DueSoon; st <= Overdue; ++st) {
            for (int j = 0; j < counts[st]; ++j) {
                while (k < n && state[std::size_t(current[std::size_t(k)])] != InDate) {
                    ++k;
                }
                if (k < n) {
                    state[std::size_t(current[std::size_t(k++)])] = char(st);
                }
            }
        }
    }

    struct Check
    {
        Day issued = 0;
        int worker = 0;
        int level = 0; // 0 enhanced, 1 enhanced with barred list, 2 standard
        bool updateService = false;
        Day recheck = 0; // 0: the default
        int note = -1;
        int order = 0; // tie-break for sorting
    };

    static const char* const kLevels[] = { "enhanced", "enhanced_barred", "standard" };
    static const char* const kNotes[] = { "Next status check on the Update Service",
        "Portable certificate from a previous role; status checked on the Update Service",
        "Standard check from a previous role; enhanced check applied for" };
    std::vector<Check> checks;

    for (int wi = 0; wi < int(m_workers.size()); ++wi) {
        const Worker& w = m_workers[std::size_t(wi)];
        if (!w.isPeer() || (w.active == 0 && w.fate != Fate::InTraining)) {
            continue;
        }
        const Day last = std::min(a, w.stoppedOn - 1); // nothing issued after this
        const Day firstFrom = w.applied + 10;
        const Day firstTo = w.active != 0 ? w.active - 1 : a;
        const int level = rng.weighted({ 85, 15 });
        const bool updateService = rng.chance(0.4);
        if (w.active == 0) {
            // In training: most certificates are back, some still awaited.
            if (firstFrom <= firstTo && rng.chance(0.7)) {
                checks.push_back({ rng.range(firstFrom, firstTo), wi, level, updateService, 0, -1 });
            }
            continue;
        }
        const int st = state[std::size_t(wi)];
        // Matching offers nobody whose check is not in date (a hard gate).
        if (st == NoCheck) {
            m_workers[std::size_t(wi)].dbsLapsed = w.active;
        }
        if (st == NoCheck) {
            if (rng.chance(0.4)) {
                checks.push_back({ firstFrom - rng.range(100, 700), wi, 2, false, 0, 2 });
            }
            continue;
        }
        if (st == DueSoon || st == Overdue) {
            const Day lo = st == DueSoon ? a + 1 : a - 150;
            const Day hi = st == DueSoon ? a + warning : a - 1;
            const Day target = rng.range(lo, hi);
            if (st == Overdue) {
                m_workers[std::size_t(wi)].dbsLapsed = target;
            }
            // A first certificate three years old when its recheck falls in the window, if the dates allow;
            // otherwise an Update Service status check falling due or overdue.
            const Day issued = monthsBefore(target, months, lo, hi);
            if (!updateService && issued >= firstFrom && issued <= firstTo) {
                checks.push_back({ issued, wi, level, false, 0, -1 });
            } else if (firstFrom < target) {
                checks.push_back({ rng.range(firstFrom, std::min(firstTo, target - 1)), wi, level, true, target, 0 });
            } else {
                checks.push_back({ w.enquiry - rng.range(60, 700), wi, level, true, target, 1 });
            }
            continue;
        }
        // In date (or, for those who left or paused, as it stood when they stopped): a new certificate
        // a little before each recheck, or status checks on the Update Service.
        Day issued = rng.range(firstFrom, firstTo);
        if (updateService) {
            Day recheck = 0;
            if (addMonths(issued, months) <= a + warning && w.onMatrix()) {
                recheck = a + rng.range(warning + 1, 365);
            }
            checks.push_back({ issued, wi, level, true, recheck, recheck != 0 ? 0 : -1 });
            continue;
        }
        checks.push_back({ issued, wi, level, false, 0, -1 });
        while (addMonths(issued, months) <= a + warning) {
            const Day renewal = addMonths(issued, months) - rng.range(30, 90);
            if (renewal > last) {
                break;
            }
            issued = renewal;
            checks.push_back({ issued, wi, level, false, 0, -1 });
        }
    }

    for (std::size_t i = 0; i < checks.size(); ++i) {
        checks[i].order = int(i);
    }
    std::sort(checks.begin(), checks.end(),
        [](const Check& x, const Check& y) { return x.issued != y.issued ? x.issued < y.issued : x.order < y.order; });
    BatchInsert insert;
    if (Status s = insert.prepare(m_db, QStringLiteral("dbs_check"),
            { QStringLiteral("worker_id"), QStringLiteral("level"), QStringLiteral("certificate_number"),
                QStringLiteral("issued_on"), QStringLiteral("update_service"), QStringLiteral("recheck_due_on"),
                QStringLiteral("note") });
        !s) {
        return s;
    }
    for (const Check& c : checks) {
        // Twelve digits, entirely made up.
        const QString certificate = QStringLiteral("00")
            + QString::number(rng.range(0, 99999)).rightJustified(5, QLatin1Char('0'))
            + QString::number(rng.range(0, 99999)).rightJustified(5, QLatin1Char('0'));
        if (Status s = insert.row(workerId(c.worker), QString::fromLatin1(kLevels[c.level]), certificate,
                m_dates.text(c.issued), c.updateService ? 1 : 0, orNull(c.recheck != 0, m_dates.text(c.recheck)),
                c.note >= 0 ? QVariant(fromUtf8(kNotes[c.note])) : QVariant());
            !s) {
            return s;
        }
    }
    return insert.finish();
}

Status Generator::writeLivedExperience()
{
    // Most peer workers agree to record the lived experience they bring; nobody else has a record.
    Rng rng(m_options.seed, 13);
    const QStringList keys = WorkforceService::livedExperienceAreaKeys();
    std::vector<int> weights;
    int total = 0;
    for (const QString& key : keys) {
        weights.push_back(livedExperienceWeight(key));
        total += weights.back();
    }
    auto drawArea = [&]() {
        int r = int(rng.below(quint32(total)));
        for (std::size_t k = 0; k < weights.size(); ++k) {
            if (r < weights[k]) {
                return int(k);
            }
            r -= weights[k];
        }
        return int(weights.size()) - 1;
    };
    static const char* const kNotes[] = { "Talked through in induction; review at supervision",
        "Wants to use it mainly in group work", "Recorded at interview" };

    BatchInsert insert;
    if (Status s = insert.prepare(m_db, QStringLiteral("worker_lived_experience"),
            { QStringLiteral("worker_id"), QStringLiteral("consent_on"), QStringLiteral("areas"),
                QStringLiteral("disclosure"), QStringLiteral("note"), QStringLiteral("updated_at") });
        !s) {
        return s;
    }
    for (Worker& w : m_workers) {
        if (w.active == 0 || !w.isPeer() || keys.isEmpty() || !rng.chance(0.85)) {
            continue;
        }
        const Day consent = rng.range(w.applied, w.active);
        const int count = 1 + rng.weighted({ 45, 40, 15 });
        std::vector<int> chosen;
        for (int attempt = 0; attempt < 20 && int(chosen.size()) < count; ++attempt) {
            const int k = drawArea();
            if (std::find(chosen.begin(), chosen.end(), k) == chosen.end()) {
                chosen.push_back(k);
            }
        }
        std::sort(chosen.begin(), chosen.end());
        QStringList areas;
        for (int k : chosen) {
            areas << keys.at(k);
            w.areas |= 1u << k;
        }
        const QVariant note = rng.chance(0.15) ? QVariant(fromUtf8(rng.pick(Words(kNotes)))) : QVariant();
        if (Status s = insert.row(w.id, m_dates.text(consent), areas.join(QLatin1Char(',')),
                fromUtf8(rng.pick(demo::disclosurePreferences())), note,
                m_dates.stamp(consent, rng.range(9 * 3600, 17 * 3600)));
            !s) {
            return s;
        }
    }
    return insert.finish();
}

Status Generator::writeVolunteerHours()
{
    // Volunteers log their hours roughly weekly while in an unpaid role: from their first active day
    // until they paused, left or (sessional workers who began as volunteers) took the paid role.
    Rng rng(m_options.seed, 14);
    const Day a = m_asAt;

    struct Entry
    {
        Day day;
        int order; // tie-break for sorting
        int worker;
        int halfHours;
        int activity;
    };

    const demo::Words activities = demo::volunteerActivities();
    constexpr int kTraining = 3; // in volunteerActivities()
    Q_ASSERT(activities.size() == 5 && std::strcmp(activities[kTraining], "Training") == 0);

    std::vector<Entry> entries;
    for (int wi = 0; wi < int(m_workers.size()); ++wi) {
        const Worker& w = m_workers[std::size_t(wi)];
        Day end = 0; // exclusive
        if (w.kind == Kind::Volunteer && w.active != 0) {
            end = w.stoppedOn;
        } else if (w.kind == Kind::SessionalPsw && w.promotedOn != 0) {
            end = std::min(w.promotedOn, w.stoppedOn);
        }
        end = std::min(end, a + 1);
        const double regular = 0.6 + 0.35 * rng.unit(); // how reliably this person logs a week
        for (Day week = w.active; week < end; week += 7) {
            if (!rng.chance(regular)) {
                continue;
            }
            const int sessions = rng.chance(0.15) ? 2 : 1;
            for (int k = 0; k < sessions; ++k) {
                const Day day = week + rng.range(0, 6);
                if (day >= end) {
                    continue;
                }
                // The first weeks are mostly shadowing and training.
                const int activity
                    = day < w.active + 28 && rng.chance(0.5) ? kTraining : rng.weighted({ 50, 18, 14, 8, 10 });
                entries.push_back({ day, int(entries.size()), wi, rng.range(2, 8), activity });
            }
        }
    }
    std::sort(entries.begin(), entries.end(),
        [](const Entry& x, const Entry& y) { return x.day != y.day ? x.day < y.day : x.order < y.order; });
    BatchInsert insert;
    if (Status s = insert.prepare(m_db, QStringLiteral("volunteer_hours"),
            { QStringLiteral("worker_id"), QStringLiteral("worked_on"), QStringLiteral("hours"),
                QStringLiteral("activity") });
        !s) {
        return s;
    }
    QStringList activityText;
    for (const char* activity : activities) {
        activityText << fromUtf8(activity);
    }
    for (const Entry& e : entries) {
        if (Status s
            = insert.row(workerId(e.worker), m_dates.text(e.day), e.halfHours * 0.5, activityText.at(e.activity));
            !s) {
            return s;
        }
    }
    return insert.finish();
}

} // namespace alongside::core::demo
