// Demo generator: people supported, referrals, episodes, mentor matches, sessions, goals and consent.

#include "core/clients/demographics.h"
#include "core/clients/matching.h"
#include "core/db/sqldialect.h"
#include "core/services/demo/plan.h"
#include "core/workforce/workforceservice.h"

#include <bit>
#include <cstring>

namespace alongside::core::demo {

namespace {

constexpr int kMaxClassSize = 12; // courses: one intake splits into classes of at most this many
constexpr int kMaxGroupSize = 12; // the peer support group: one group meets with at most this many
constexpr int kCourseMinutes = 120;
constexpr int kGroupMinutes = 90;

int wordIndex(Words words, const char* word)
{
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (std::strcmp(words[i], word) == 0) {
            return int(i);
        }
    }
    return -1;
}

/** The Census 2021 high-level group of a planned ethnicity (0: not stated). */
int ethnicGroupOf(int ethnicity)
{
    return ethnicity == 0 ? 0 : Demographics::ethnicGroup(QString::number(ethnicity));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// People supported: referrals, triage, episodes and what they ask of a mentor

double Generator::mentoringShare(int referrals) const
{
    // Mentoring is offered to as many people as the mentors can take on: about four places in five
    // filled when referrals peak at the end of the two years (half as many again as the average;
    // a match holds a place for about 140 days, from the proposal to its end).
    const Day a = m_asAt;
    int places = 0;
    for (int mi : m_mentors) {
        const Worker& w = m_workers[std::size_t(mi)];
        if (w.mentorFrom <= a && w.mentorTo > a) {
            places += w.maxMentees;
        }
    }
    const double perReferral = 1.5 / 730.0 * 140.0 * 0.88; // 0.88: the share of referrals accepted
    const double share = 0.8 * places / std::max(1.0, referrals * perReferral);
    return std::clamp(share, 0.12, 0.6);
}

void Generator::planEpisode(Rng& rng, Client& c)
{
    const Day a = m_asAt;
    const Day from = c.triageOn; // accepted on this day
    // Courses start every six weeks on a Tuesday; the group meets on Thursdays.
    const Day anchor = a - 800 - ((a - 800) % 7) + 1; // a Tuesday
    auto nextWeekday = [](Day day, int wanted) { return day + ((wanted - weekday(day)) % 7 + 7) % 7; };

    if (c.component == Course) {
        const Day earliest = from + 3;
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
        const Day start = nextWeekday(from + 3, 4);
        if (start > a) {
            c.component = Connect;
        } else {
            c.start = start;
            // Most come for some weeks or months; regulars stay a year or more.
            const int weeks = rng.chance(0.35) ? rng.range(30, 100) : rng.range(4, 30);
            const Day end = start + 7 * (weeks - 1);
            c.ending = std::array { PlannedEnding, Disengaged, MovedAway,
                ReferredOn }[std::size_t(rng.weighted({ 45, 35, 8, 12 }))];
            c.ended = end < a ? end : 0;
        }
    }
    if (c.component == Connect) {
        c.start = std::min(from + rng.range(1, 10), a);
        c.plannedEnd = c.start + 42;
        const Day end = c.start + rng.range(7, 49);
        c.ending = std::array { PlannedEnding, ReferredOn, Disengaged }[std::size_t(rng.weighted({ 70, 20, 10 }))];
        c.ended = end < a ? end : 0;
    }
    if (c.component == Mentoring) {
        // The episode starts when the person is taken on for mentoring; the dates of the matches
        // (and so the end) follow from when a mentor has room (assignMentors).
        c.start = std::min(from + rng.range(0, 7), a);
        c.plannedDays = rng.range(140, 170);
        c.ending = std::array { PlannedEnding, Disengaged, MovedAway,
            ReferredOn }[std::size_t(rng.weighted({ 65, 20, 5, 10 }))];
        switch (c.ending) {
        case PlannedEnding:
            c.runDays = c.plannedDays + rng.range(-14, 21);
            break;
        case Disengaged:
            c.runDays = rng.range(14, 120);
            break;
        default:
            c.runDays = rng.range(30, 150);
            break;
        }
    }
}

void Generator::planPreferences(Rng& rng, Client& c)
{
    const Day a = m_asAt;
    const demo::Words languages = demo::secondLanguages();
    const int ageThen = c.person.dob != 0 ? (c.referred - c.person.dob) / 365 : 40;

    // Languages: a second language mostly where the ethnic group makes one likely.
    if (c.worker >= 0) {
        const Worker& w = m_workers[std::size_t(c.worker)];
        c.secondLanguage = w.secondLanguage;
    } else {
        struct Likely
        {
            int ethnicity; // ONS code
            double chance;
            const char* first;
            const char* second; // nullptr: none
        };

        static const Likely kLikely[] = { { 1, 0.55, "Bengali", nullptr }, { 2, 0.5, "Cantonese", nullptr },
            { 3, 0.35, "Punjabi", nullptr }, { 4, 0.6, "Urdu", "Punjabi" }, { 6, 0.4, "Somali", nullptr },
            { 17, 0.5, "Polish", "Romanian" }, { 18, 0.75, "Arabic", nullptr }, { 19, 0.3, "Kurdish", nullptr } };
        const Likely* likely = nullptr;
        for (const Likely& l : kLikely) {
            if (l.ethnicity == c.person.ethnicity) {
                likely = &l;
            }
        }
        if (likely && rng.chance(likely->chance)) {
            const char* language = likely->second && rng.chance(0.3) ? likely->second : likely->first;
            c.secondLanguage = wordIndex(languages, language);
        } else if (rng.chance(0.02)) {
            static const char* const kAnyone[] = { "British Sign Language", "Spanish", "Welsh" };
            c.secondLanguage = wordIndex(languages, rng.pick(Words(kAnyone)));
        }
    }
    c.postcodeDistrict = Demographics::postcodeDistrict(c.person.postcode);
    c.postcodeArea = Demographics::postcodeArea(c.person.postcode);
    c.languages = c.secondLanguage >= 0
        ? QStringLiteral("English, ") + fromUtf8(languages[std::size_t(c.secondLanguage)])
        : QStringLiteral("English");

    const bool oneToOne = c.hasEpisode() && (c.component == Mentoring || c.component == Connect);
    // When they can meet: mostly weekday daytimes.
    if (rng.chance(c.component == Mentoring ? 0.9 : oneToOne ? 0.7 : 0.3)) {
        const int count = 1 + rng.weighted({ 25, 35, 25, 15 });
        for (int k = 0; k < count; ++k) {
            const int slot = rng.weighted({ 6, 4, 6, 4, 6, 4, 6, 4, 6, 4, 2, 1, 2, 1 });
            c.slotMask |= quint16(1u << slot);
        }
    }
    c.needsHomeVisits = oneToOne && rng.chance(ageThen >= 66 ? 0.15 : 0.04);
    if (c.needsHomeVisits) {
        c.primaryMode = HomeVisit;
    }

    // What they would like a mentor to share: asked when mentoring is offered.
    if (c.hasEpisode() && c.component == Mentoring) {
        if (rng.chance(0.25)) {
            const int own = c.person.gender;
            if (own == Female || own == Male) {
                c.wantedGender = rng.chance(0.9) ? own : (own == Female ? Male : Female);
            } else if (own != GenderNotStated) {
                c.wantedGender = std::array { Female, NonBinary, Male }[std::size_t(rng.weighted({ 50, 40, 10 }))];
            }
        }
        if (rng.chance(0.3)) {
            const QStringList keys = WorkforceService::livedExperienceAreaKeys();
            std::vector<int> weights;
            int total = 0;
            for (const QString& key : keys) {
                weights.push_back(key == QLatin1String("other") ? 0 : livedExperienceWeight(key));
                total += weights.back();
            }
            const int count = rng.chance(0.7) ? 1 : 2;
            for (int k = 0; k < count && total > 0; ++k) {
                int r = int(rng.below(quint32(total)));
                for (std::size_t i = 0; i < weights.size(); ++i) {
                    if (r < weights[i]) {
                        c.wantedAreas |= 1u << i;
                        break;
                    }
                    r -= weights[i];
                }
            }
        }
        const int group = ethnicGroupOf(c.person.ethnicity);
        c.wantsSharedEthnicity = group != 0 && rng.chance(group == 4 ? 0.01 : 0.15);
        c.wantsSharedLanguage = c.secondLanguage >= 0 && rng.chance(0.4);
        if (rng.chance(0.12)) {
            c.preferenceNote = int(rng.below(quint32(demo::preferenceNotes().size())));
        }
    }

    // A short risk note for a few, written at triage or later.
    if (rng.chance(oneToOne ? 0.08 : 0.03)) {
        c.riskNote = int(rng.below(quint32(demo::riskNotes().size())));
        const Day from = c.triageOn != 0 ? c.triageOn : c.referred;
        c.riskUpdated = std::min(a, from + (rng.chance(0.6) ? 0 : rng.range(1, 120)));
    }
}

void Generator::planClients()
{
    Rng rng(m_options.seed, 3);
    Rng prefs(m_options.seed, 18); // its own stream: preferences do not reshuffle the rest
    const Day a = m_asAt;
    const int n = m_targets.clients;
    m_clients.resize(std::size_t(n));

    std::vector<int> former;
    for (int i = 0; i < int(m_workers.size()); ++i) {
        if (m_workers[std::size_t(i)].formerClient) {
            former.push_back(i);
        }
    }
    const double mentoring = mentoringShare(n - int(former.size()));

    for (int i = 0; i < n; ++i) {
        Client& c = m_clients[std::size_t(i)];
        c.order = i;
        if (i < int(former.size())) {
            // Supported through mentoring first, then came back to volunteer.
            const Worker& w = m_workers[std::size_t(former[std::size_t(i)])];
            c.worker = former[std::size_t(i)];
            c.person = w.person;
            c.referred = std::max(a - 730, w.enquiry - rng.range(200, 240));
            c.triageOn = c.referred + rng.range(1, 5);
            c.component = Mentoring;
            c.start = c.triageOn + rng.range(0, 5);
            c.plannedDays = rng.range(140, 170);
            c.ending = PlannedEnding;
            c.runDays = c.plannedDays + rng.range(-10, 10);
        } else {
            // Referrals grow over the two years: density rises from 0.5 to 1.5 times the average.
            double x = rng.unit();
            if (rng.chance(0.5)) {
                x = std::max(x, rng.unit());
            }
            c.referred = a - 730 + int(x * 728.0);
            c.component = rng.chance(mentoring) ? Mentoring : 1 + rng.weighted({ 25, 20, 55 });
            // Triage within days; a few are signposted elsewhere, decline or are not eligible, and the
            // most recent may not have been triaged yet.
            c.triageOn = c.referred + 1 + rng.weighted({ 20, 25, 20, 12, 8, 5, 4, 3, 2, 1 });
            if (c.triageOn > a) {
                c.triage = NotTriaged;
                c.triageOn = 0;
            } else {
                c.triage = rng.weighted({ 88, 5, 3, 4 });
                const demo::Words notes = c.triage == Signposted ? demo::signpostedNotes()
                    : c.triage == Declined                       ? demo::declinedNotes()
                                                                 : demo::notEligibleNotes();
                if (c.triage != Accepted && rng.chance(0.85)) {
                    c.triageNote = int(rng.below(quint32(notes.size())));
                }
            }
            if (c.hasEpisode()) {
                planEpisode(rng, c);
            }
            const int ageBand = rng.weighted({ 18, 22, 20, 18, 12, 10 });
            static const int kAgeFrom[] = { 16, 26, 36, 46, 56, 66 };
            static const int kAgeTo[] = { 25, 35, 45, 55, 65, 85 };
            const int age = rng.range(kAgeFrom[ageBand], kAgeTo[ageBand]);
            Day dob = c.referred - age * 365 - age / 4 - rng.range(0, 364);
            if (rng.chance(0.03)) {
                dob = 0;
            }
            c.person = makePerson(rng, dob, { 55, 40, 2, 1, 2 }, 0.55, 0.85, 0.9);
        }

        c.source = rng.weighted({ 45, 15, 40 });
        if (c.worker >= 0) {
            c.source = SelfReferral;
        }
        switch (c.source) {
        case SelfReferral:
            c.sourceEntry = rng.chance(0.7) ? int(rng.below(quint32(demo::selfReferralDetails().size()))) : -1;
            break;
        case InternalReferral:
            c.sourceEntry = int(rng.below(quint32(demo::internalReferralDetails().size())));
            break;
        default:
            c.sourceEntry = rng.weighted({ 35, 25, 15, 10, 10, 5 });
            // Now and then the referral names the practice.
            if (std::strcmp(demo::externalReferralDetails()[std::size_t(c.sourceEntry)], "GP") == 0
                && rng.chance(0.25)) {
                c.sourceDetail = fromUtf8(rng.pick(demo::gpPractices()));
            }
            break;
        }
        c.reason = rng.chance(0.75) ? int(rng.below(quint32(demo::referralReasons().size()))) : -1;
        c.primaryMode = c.component == Connect ? rng.weighted({ 30, 40, 10, 20 }) : rng.weighted({ 55, 20, 15, 10 });
        c.clinical = rng.chance(c.source == ExternalReferral ? 0.6 : c.source == InternalReferral ? 0.5 : 0.4);
        c.level = rng.normal();
        c.improvement = 0.42 + 0.35 * rng.normal();
        c.clinicalImprovement = 0.40 + 0.35 * rng.normal();
        planPreferences(prefs, c);
    }

    // Ids follow referral dates.
    auto byDate = [](const Client& x, const Client& y) {
        return x.referred != y.referred ? x.referred < y.referred : x.order < y.order;
    };
    std::sort(m_clients.begin(), m_clients.end(), byDate);
    // Every size shows a referral or two still waiting for triage: the latest, if the draw gave none.
    {
        int untriaged = 0;
        for (const Client& c : m_clients) {
            untriaged += c.triage == NotTriaged ? 1 : 0;
        }
        for (int i = n - 1; i >= 0 && untriaged < 2; --i) {
            Client& c = m_clients[std::size_t(i)];
            if (c.referred < a - 7) {
                break;
            }
            if (c.worker < 0 && c.triage != NotTriaged) {
                c.triage = NotTriaged;
                c.triageOn = c.start = c.plannedEnd = c.ended = 0;
                c.triageNote = -1;
                ++untriaged;
            }
        }
    }
    int nextPerson = m_base.person + int(m_workers.size());
    for (int i = 0; i < n; ++i) {
        Client& c = m_clients[std::size_t(i)];
        c.id = m_base.client + i + 1;
        c.personId = c.worker >= 0 ? m_workers[std::size_t(c.worker)].personId : ++nextPerson;
    }
    assignMentors(rng);
    for (Client& c : m_clients) {
        if (c.hasEpisode() && c.component == Connect) {
            c.keyWorker = pickWorker(rng, m_deliverers, c.start, c.ended != 0 ? c.ended : kNever);
        }
    }
    addFollowOns(rng);
    std::sort(m_clients.begin(), m_clients.end(), byDate);
    int nextEpisode = m_base.episode;
    for (int i = 0; i < int(m_clients.size()); ++i) {
        Client& c = m_clients[std::size_t(i)];
        c.referralId = m_base.referral + i + 1;
        c.episodeId = c.hasEpisode() ? ++nextEpisode : 0;
    }
    assignCircles();
}

void Generator::addFollowOns(Rng& rng)
{
    // Many who end 1:1 support or the course well want to keep in touch with peers: the service that
    // supported them refers them on to the peer support group (a second referral, internal).
    const Day a = m_asAt;
    const int internal = wordIndex(demo::internalReferralDetails(), "Another service of the charity");
    const std::size_t primaries = m_clients.size();
    for (std::size_t i = 0; i < primaries; ++i) {
        const Client& c = m_clients[i];
        if (!c.hasEpisode() || c.ended == 0 || c.ending != PlannedEnding || c.component == Group || c.worker >= 0
            || !rng.chance(c.component == Connect ? 0.25 : 0.35)) {
            continue;
        }
        Client f = c;
        f.order = int(primaries + i);
        f.followOn = true;
        f.referred = c.ended + rng.range(0, 14);
        f.triageOn = f.referred + rng.range(0, 3);
        if (f.triageOn > a) {
            continue;
        }
        f.source = InternalReferral;
        f.sourceEntry = internal;
        f.sourceDetail.clear();
        f.reason = -1;
        f.triage = Accepted;
        f.triageNote = -1;
        f.component = Group;
        f.plannedEnd = f.ended = 0;
        f.keyWorker = -1;
        f.firstMatch = f.matchCount = 0;
        f.waiting = false;
        f.level = c.level + 0.8 * c.improvement; // starts where the first support left them
        planEpisode(rng, f);
        if (f.component != Group) {
            continue; // the group does not meet again before "as at"
        }
        m_clients.push_back(f);
    }
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

int Generator::facilitator(Rng& rng, int circle, Day day)
{
    // The same person runs a given class or group meeting for everyone who attends it.
    const qint64 key = qint64(circle) * 100000000LL + day;
    const auto found = m_facilitatorByDay.find(key);
    if (found != m_facilitatorByDay.end()) {
        return found->second;
    }
    const int worker = pickWorker(rng, m_facilitators, day, day);
    m_facilitatorByDay.emplace(key, worker);
    return worker;
}

void Generator::assignCircles()
{
    // Courses: each intake splits into classes of at most kMaxClassSize, run side by side.
    std::map<Day, std::vector<int>> intakes; // ordered: deterministic
    for (int i = 0; i < int(m_clients.size()); ++i) {
        const Client& c = m_clients[std::size_t(i)];
        if (c.hasEpisode() && c.component == Course) {
            intakes[c.start].push_back(i);
        }
    }
    int circles = 0;
    for (const auto& [day, members] : intakes) {
        const int classes = (int(members.size()) + kMaxClassSize - 1) / kMaxClassSize;
        for (std::size_t k = 0; k < members.size(); ++k) {
            m_clients[std::size_t(members[k])].circle = circles + int(k) % classes;
        }
        circles += classes;
    }

    // The peer support group: a newcomer joins the first group with room, or a new group starts.
    std::vector<int> joiners;
    for (int i = 0; i < int(m_clients.size()); ++i) {
        const Client& c = m_clients[std::size_t(i)];
        if (c.hasEpisode() && c.component == Group) {
            joiners.push_back(i);
        }
    }
    std::stable_sort(joiners.begin(), joiners.end(),
        [this](int x, int y) { return m_clients[std::size_t(x)].start < m_clients[std::size_t(y)].start; });
    std::vector<std::vector<Day>> groups; // the last day of each member
    std::vector<int> groupCircle;
    for (int i : joiners) {
        Client& c = m_clients[std::size_t(i)];
        std::size_t chosen = groups.size();
        for (std::size_t g = 0; g < groups.size(); ++g) {
            std::erase_if(groups[g], [&c](Day last) { return last < c.start; });
            if (int(groups[g].size()) < kMaxGroupSize) {
                chosen = g;
                break;
            }
        }
        if (chosen == groups.size()) {
            groups.emplace_back();
            groupCircle.push_back(circles++);
        }
        groups[chosen].push_back(c.ended != 0 ? c.ended : kNever);
        c.circle = groupCircle[chosen];
    }
}

QString Generator::matchReasons(const Client& c, const Worker& w, int currentMentees, Day day) const
{
    // Why the coordinator proposed this mentor: the reasons matching gives, as stored with a match.
    const QStringList areaKeys = WorkforceService::livedExperienceAreaKeys();
    auto areas = [&areaKeys](quint32 bits) {
        QStringList keys;
        for (int i = 0; i < int(areaKeys.size()); ++i) {
            if (bits & (1u << i)) {
                keys << areaKeys.at(i);
            }
        }
        return keys;
    };
    auto ethnicity = [](int code) { return code == 0 ? QStringLiteral("not_stated") : QString::number(code); };
    MatchRequest request;
    request.gender = QString::fromLatin1(kGenderCodes[c.person.gender]);
    request.ethnicity = ethnicity(c.person.ethnicity);
    request.languages = Demographics::languageList(c.languages);
    request.availability = slotText(c.slotMask).split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.needsHomeVisits = c.needsHomeVisits;
    request.postcode = c.person.postcode;
    request.wantedGender = c.wantedGender >= 0 ? QString::fromLatin1(kGenderCodes[c.wantedGender]) : QString();
    request.wantedSharedAreas = areas(c.wantedAreas);
    request.wantsSharedEthnicity = c.wantsSharedEthnicity;
    request.wantsSharedLanguage = c.wantsSharedLanguage;
    MentorFacts mentor;
    mentor.workerId = w.id;
    mentor.name = w.person.given + QLatin1Char(' ') + w.person.family;
    mentor.status = QStringLiteral("active");
    mentor.capacity = w.maxMentees;
    mentor.currentMentees = currentMentees;
    mentor.gender = QString::fromLatin1(kGenderCodes[w.person.gender]);
    mentor.ethnicity = ethnicity(w.person.ethnicity);
    mentor.languages = Demographics::languageList(w.languages);
    mentor.availability = slotText(w.slotMask).split(QLatin1Char(','), Qt::SkipEmptyParts);
    mentor.homeVisits = w.homeVisits;
    mentor.postcode = w.person.postcode;
    mentor.livedExperienceAreas = areas(w.areas);
    const MatchSuggestions ranked = MatchingService::rank(request, { mentor }, QDate::fromJulianDay(day));
    return ranked.ranked.isEmpty() ? QString() : ranked.ranked.first().reasonsText();
}

void Generator::assignMentors(Rng& rng)
{
    // Matches are made day by day in date order, within the hard gates: the mentor is active from the
    // proposal to the end of the match, and holds no more active and proposed matches than their
    // maximum (counted up to and including the day a match ends). Someone for whom nobody has room
    // waits; a few matches end early because the mentor stopped ("mentor_unavailable") or the two did
    // not get on ("rematched"), and the person waits for a new mentor.
    const Day a = m_asAt;

    struct Entry
    {
        int client;
        Day since; // waiting since
        int runDays; // still to go, from the next match's start
        int plannedDays;
        bool first;
    };

    std::vector<int> arrivals;
    for (int i = 0; i < int(m_clients.size()); ++i) {
        const Client& c = m_clients[std::size_t(i)];
        if (c.hasEpisode() && c.component == Mentoring) {
            arrivals.push_back(i);
        }
    }
    std::vector<int> ethnicGroups(m_workers.size());
    for (std::size_t i = 0; i < m_workers.size(); ++i) {
        ethnicGroups[i] = ethnicGroupOf(m_workers[i].person.ethnicity);
    }
    // Mentors are ranked as matching ranks them (MatchingService's points), and a shared second
    // language counts as the coordinator would count it; ties are broken at random.
    using M = MatchingService;
    auto score = [&](const Client& c, int clientGroup, int mi) {
        const Worker& w = m_workers[std::size_t(mi)];
        int points = 0;
        if (c.wantedGender >= 0 && w.person.gender == c.wantedGender) {
            points += M::kWantedGenderPoints;
        }
        points += M::kSharedAreaPoints * std::min(M::kMaxSharedAreas, std::popcount(c.wantedAreas & w.areas));
        if (c.wantsSharedLanguage && w.secondLanguage == c.secondLanguage) {
            points += M::kSharedLanguagePoints;
        }
        if (c.wantsSharedEthnicity && clientGroup != 0 && ethnicGroups[std::size_t(mi)] == clientGroup) {
            points += M::kSharedEthnicityPoints;
        }
        if (c.needsHomeVisits && w.homeVisits) {
            points += M::kHomeVisitPoints;
        }
        points += M::kSlotPoints * std::min(M::kMaxSlots, std::popcount(unsigned(c.slotMask & w.slotMask)));
        if (!c.postcodeDistrict.isEmpty() && c.postcodeDistrict == w.postcodeDistrict) {
            points += M::kSameDistrictPoints;
        } else if (!c.postcodeArea.isEmpty() && c.postcodeArea == w.postcodeArea) {
            points += M::kSameAreaPoints;
        }
        const int room = w.maxMentees - int(w.matchEnds.size());
        points += M::kFreePlacePoints * std::min(M::kMaxFreePlaces, room);
        return points;
    };

    std::vector<std::vector<MatchPlan>> matches(m_clients.size());
    std::map<std::pair<Day, int>, Entry> later; // ordered by day, then by when they were added
    int laterCount = 0;
    std::vector<Entry> queue;
    std::vector<int> free;

    // Tries to match e's person on day d with one of the mentors who have room; false if none suits.
    auto place = [&](const Entry& e, Day d) {
        Client& c = m_clients[std::size_t(e.client)];
        const Day start = d + rng.range(2, 10); // the introductory meeting
        Day end = start + e.runDays;
        if (c.worker >= 0) {
            // Former clients finished before they came back to volunteer.
            end = std::max(start, std::min(end, m_workers[std::size_t(c.worker)].enquiry - 7));
        }
        const bool open = end > a;
        const Day needUntil = open ? a : end;
        const int clientGroup = ethnicGroupOf(c.person.ethnicity);
        int chosen = -1;
        int best = -1;
        int ties = 0;
        for (int mi : free) {
            const Worker& w = m_workers[std::size_t(mi)];
            // Nobody knows yet that a mentor will stop, but a match needs a month or so to be worth making.
            // Nobody is offered again to someone whose match with them ended.
            if (w.mentorTo <= needUntil && w.mentorTo - 1 < start + 28) {
                continue;
            }
            const std::vector<MatchPlan>& earlier = matches[std::size_t(e.client)];
            if (std::any_of(earlier.begin(), earlier.end(), [mi](const MatchPlan& m) { return m.mentor == mi; })) {
                continue;
            }
            const int points = score(c, clientGroup, mi);
            if (points > best) {
                best = points;
                chosen = mi;
                ties = 1;
            } else if (points == best && rng.below(quint32(++ties)) == 0) {
                chosen = mi;
            }
        }
        if (chosen < 0) {
            return false;
        }
        Worker& w = m_workers[std::size_t(chosen)];
        MatchPlan m;
        m.client = e.client;
        m.mentor = chosen;
        m.proposed = d;
        m.reasons = matchReasons(c, w, int(w.matchEnds.size()), d);
        if (start <= a) {
            m.started = start;
            m.plannedEnd = start + e.plannedDays;
            if (w.mentorTo <= needUntil) {
                m.ended = w.mentorTo - 1;
                m.ending = MentorUnavailable;
            } else if (e.first && e.runDays > 70 && start + 56 < std::min(a, end) && rng.chance(0.05)) {
                m.ended = start + rng.range(21, 56);
                m.ending = Rematched;
            } else {
                m.ended = open ? 0 : end;
                m.ending = c.ending;
            }
            if (m.ending == MentorUnavailable || m.ending == Rematched) {
                // A re-match is proposed from the day the match ends.
                const int runDays = std::max(7, end - m.ended);
                const int plannedDays = std::max(runDays, start + e.plannedDays - m.ended);
                later.emplace(
                    std::make_pair(m.ended, laterCount++), Entry { e.client, m.ended, runDays, plannedDays, false });
            }
        }
        w.matchEnds.push_back(m.ended != 0 ? m.ended : kNever);
        if (int(w.matchEnds.size()) >= w.maxMentees) {
            std::erase(free, chosen);
        }
        matches[std::size_t(e.client)].push_back(m);
        return true;
    };

    // Finding and asking a mentor takes the coordinator a few days to a fortnight.
    std::vector<Day> ready(m_clients.size(), 0);
    for (int i : arrivals) {
        ready[std::size_t(i)] = m_clients[std::size_t(i)].start + rng.range(1, 14);
    }
    std::stable_sort(arrivals.begin(), arrivals.end(),
        [&ready](int x, int y) { return ready[std::size_t(x)] < ready[std::size_t(y)]; });

    std::size_t next = 0;
    const Day first = arrivals.empty() ? a + 1 : ready[std::size_t(arrivals.front())];
    for (Day d = first; d <= a; ++d) {
        while (next < arrivals.size() && ready[std::size_t(arrivals[next])] <= d) {
            const Client& c = m_clients[std::size_t(arrivals[next])];
            queue.push_back({ arrivals[next], c.start, c.runDays, c.plannedDays, true });
            ++next;
        }
        while (!later.empty() && later.begin()->first.first <= d) {
            queue.push_back(later.begin()->second);
            later.erase(later.begin());
        }
        if (queue.empty()) {
            continue;
        }
        free.clear();
        for (int mi : m_mentors) {
            Worker& w = m_workers[std::size_t(mi)];
            // The hard gates: active, DBS check in date, supervision not overdue; and the dip worker
            // takes no one new while they have paused new matches.
            if (w.mentorFrom > d || w.mentorTo <= d || d >= w.dbsLapsed
                || (w.overdue && d > w.lastSupervision + w.supervisionDays())
                || (mi == m_dipWorker && d >= m_dip.extra && d < m_dip.recovered)) {
                continue;
            }
            std::erase_if(w.matchEnds, [d](Day last) { return last < d; });
            if (int(w.matchEnds.size()) < w.maxMentees) {
                free.push_back(mi);
            }
        }
        std::size_t kept = 0;
        for (std::size_t k = 0; k < queue.size(); ++k) {
            const Entry e = queue[k];
            if (!free.empty() && place(e, d)) {
                continue;
            }
            // After a long wait the coordinator offers other support instead, and the episode ends.
            if (d - e.since > (e.first ? 120 : 60)) {
                Client& c = m_clients[std::size_t(e.client)];
                c.ended = d;
                c.ending = ReferredOn;
                continue;
            }
            queue[kept++] = e;
        }
        queue.resize(kept);
    }
    for (const Entry& e : queue) {
        m_clients[std::size_t(e.client)].waiting = true;
    }
    for (; next < arrivals.size(); ++next) {
        m_clients[std::size_t(arrivals[next])].waiting = true;
    }
    for (const auto& [key, e] : later) {
        m_clients[std::size_t(e.client)].waiting = true;
    }

    // The episodes follow from their matches; matches are stored in the order of their people.
    m_matches.clear();
    for (int i = 0; i < int(m_clients.size()); ++i) {
        Client& c = m_clients[std::size_t(i)];
        const std::vector<MatchPlan>& own = matches[std::size_t(i)];
        c.firstMatch = int(m_matches.size());
        c.matchCount = int(own.size());
        m_matches.insert(m_matches.end(), own.begin(), own.end());
        if (!c.hasEpisode() || c.component != Mentoring) {
            continue;
        }
        if (!own.empty() && own.front().started != 0) {
            c.plannedEnd = own.front().started + c.plannedDays;
        }
        if (c.ended != 0) {
            continue; // ended while waiting
        }
        if (!own.empty() && own.back().ended != 0 && own.back().ending == c.ending && !c.waiting) {
            c.ended = own.back().ended;
        }
    }
}

Status Generator::writeClients()
{
    Rng rng(m_options.seed, 4);
    const Day a = m_asAt;
    BatchInsert persons, clients, referrals, episodes, matches;
    if (Status s = preparePersonInsert(persons); !s) {
        return s;
    }
    if (Status s = clients.prepare(m_db, QStringLiteral("client"),
            { QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("risk_note"),
                QStringLiteral("risk_updated_on"), QStringLiteral("languages"), QStringLiteral("availability"),
                QStringLiteral("needs_home_visits"), QStringLiteral("wanted_gender"),
                QStringLiteral("wanted_shared_areas"), QStringLiteral("wants_shared_ethnicity"),
                QStringLiteral("wants_shared_language"), QStringLiteral("preference_note"),
                QStringLiteral("created_at"), QStringLiteral("updated_at") });
        !s) {
        return s;
    }
    if (Status s = referrals.prepare(m_db, QStringLiteral("referral"),
            { QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("referred_on"),
                QStringLiteral("source_category"), QStringLiteral("source_id"), QStringLiteral("source_detail"),
                QStringLiteral("reason"), QStringLiteral("triage_outcome"), QStringLiteral("triage_on"),
                QStringLiteral("triage_note") });
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
                QStringLiteral("ended_on"), QStringLiteral("ending_reason"), QStringLiteral("reasons") });
        !s) {
        return s;
    }

    const QStringList areaKeys = WorkforceService::livedExperienceAreaKeys();
    int matchId = m_base.match;
    for (std::size_t i = 0; i < m_clients.size(); ++i) {
        const Client& c = m_clients[i];
        const QString created = m_dates.stamp(c.referred, rng.range(9 * 3600, 17 * 3600));
        if (c.worker < 0 && !c.followOn) {
            if (Status s = insertPerson(persons, c.personId, c.person, created); !s) {
                return s;
            }
        }
        QStringList wanted;
        for (int k = 0; k < int(areaKeys.size()); ++k) {
            if (c.wantedAreas & (1u << k)) {
                wanted << areaKeys.at(k);
            }
        }
        const QString updated = c.riskNote >= 0 && c.riskUpdated > c.referred
            ? m_dates.stamp(c.riskUpdated, rng.range(9 * 3600, 17 * 3600))
            : created;
        if (!c.followOn) {
            if (Status s = clients.row(c.id, c.personId,
                    c.riskNote >= 0 ? QVariant(fromUtf8(demo::riskNotes()[std::size_t(c.riskNote)])) : QVariant(),
                    orNull(c.riskNote >= 0, m_dates.text(c.riskUpdated)), c.languages,
                    orNull(c.slotMask != 0, slotText(c.slotMask)), c.needsHomeVisits ? 1 : 0,
                    orNull(c.wantedGender >= 0, QString::fromLatin1(kGenderCodes[std::max(0, c.wantedGender)])),
                    orNull(!wanted.isEmpty(), wanted.join(QLatin1Char(','))), c.wantsSharedEthnicity ? 1 : 0,
                    c.wantsSharedLanguage ? 1 : 0,
                    c.preferenceNote >= 0 ? QVariant(fromUtf8(demo::preferenceNotes()[std::size_t(c.preferenceNote)]))
                                          : QVariant(),
                    created, updated);
                !s) {
                return s;
            }
        }

        QVariant triageNote;
        if (c.triageNote >= 0) {
            const demo::Words notes = c.triage == Signposted ? demo::signpostedNotes()
                : c.triage == Declined                       ? demo::declinedNotes()
                                                             : demo::notEligibleNotes();
            triageNote = fromUtf8(notes[std::size_t(c.triageNote)]);
        }
        if (Status s = referrals.row(c.referralId, c.id, m_dates.text(c.referred),
                QString::fromLatin1(kSourceCategories[c.source]),
                c.sourceEntry >= 0 ? QVariant(m_sourceIds[std::size_t(c.source)][std::size_t(c.sourceEntry)])
                                   : QVariant(),
                orNull(!c.sourceDetail.isEmpty(), c.sourceDetail),
                c.reason >= 0    ? QVariant(fromUtf8(demo::referralReasons()[std::size_t(c.reason)]))
                    : c.followOn ? QVariant(fromUtf8(rng.pick(demo::followOnReasons())))
                                 : QVariant(),
                c.triage != NotTriaged ? QVariant(QString::fromLatin1(kTriageOutcomes[c.triage])) : QVariant(),
                orNull(c.triage != NotTriaged, m_dates.text(c.triageOn)), triageNote);
            !s) {
            return s;
        }
        if (c.hasEpisode()) {
            const bool ended = c.ended != 0;
            if (Status s = episodes.row(c.episodeId, c.referralId, m_componentIds[std::size_t(c.component)],
                    m_dates.text(c.start), orNull(c.plannedEnd != 0, m_dates.text(c.plannedEnd)),
                    orNull(ended, m_dates.text(c.ended)),
                    ended ? QVariant(QString::fromLatin1(kEndingReasons[c.ending])) : QVariant());
                !s) {
                return s;
            }
        }
        for (int k = 0; k < c.matchCount; ++k) {
            const MatchPlan& m = m_matches[std::size_t(c.firstMatch + k)];
            const char* status = m.started == 0 ? "proposed" : m.ended != 0 ? "ended" : "active";
            if (Status s = matches.row(++matchId, c.episodeId, workerId(m.mentor), QString::fromLatin1(status),
                    m_dates.text(m.proposed), orNull(m.started != 0, m_dates.text(m.started)),
                    orNull(m.started != 0, m_dates.text(m.plannedEnd)), orNull(m.ended != 0, m_dates.text(m.ended)),
                    m.ended != 0 ? QVariant(QString::fromLatin1(kEndingReasons[m.ending])) : QVariant(),
                    orNull(!m.reasons.isEmpty(), m.reasons));
                !s) {
                return s;
            }
        }
        Q_ASSERT(c.ended == 0 || c.ended <= a);
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

    // The stretches of time in which a person's 1:1 sessions fall, each with its worker: the started
    // matches for mentoring, the episode for connect.
    struct Stretch
    {
        Day from;
        Day to;
        int worker;
    };

    std::vector<std::vector<Stretch>> stretches(m_clients.size());
    // Days since the last session of open 1:1 support: mostly this week; for a few, quiet for some
    // weeks (holidays, illness), which the dashboard points out.
    auto recent = [](Rng& r) { return r.chance(0.12) ? r.range(22, 50) : r.range(0, 6); };
    std::vector<int> stretchDays(m_clients.size(), 0);

    // How many sessions each episode would naturally have, and the most it can plausibly hold.
    double naturalTotal = 0.0;
    for (std::size_t ci = 0; ci < m_clients.size(); ++ci) {
        Client& c = m_clients[ci];
        c.minSessions = c.capSessions = 0;
        c.naturalSessions = 0.0;
        if (!c.hasEpisode()) {
            continue;
        }
        c.lastSessionDay = c.ended != 0 ? c.ended : (c.component >= Course ? a : std::max(c.start, a - recent(rng)));
        const int span = c.lastSessionDay - c.start;
        switch (c.component) {
        case Mentoring: {
            std::vector<Stretch>& own = stretches[ci];
            for (int k = 0; k < c.matchCount; ++k) {
                const MatchPlan& m = m_matches[std::size_t(c.firstMatch + k)];
                if (m.started == 0) {
                    continue;
                }
                const Day to = m.ended != 0 ? m.ended : std::max(m.started, a - recent(rng));
                own.push_back({ m.started, to, m.mentor });
            }
            int days = 0;
            for (const Stretch& s : own) {
                c.naturalSessions += ((s.to - s.from) / 7 + 1) * (c.ending == Disengaged && c.ended != 0 ? 0.7 : 0.95);
                days += s.to - s.from;
            }
            if (!own.empty()) {
                c.lastSessionDay = own.back().to;
                c.minSessions = 1;
                c.capSessions = std::min(60, days / 3 + int(own.size()));
                stretchDays[ci] = days;
            }
            break;
        }
        case Connect:
            stretches[ci].push_back({ c.start, c.lastSessionDay, c.keyWorker });
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
            // The larger sizes have more people per mentor than any real charity: their mentoring
            // sessions may come every other day. Connect, courses and groups keep their limits (one
            // session a meeting).
            relaxed = true;
            for (std::size_t ci = 0; ci < m_clients.size(); ++ci) {
                Client& c = m_clients[ci];
                if (c.component == Mentoring && c.capSessions > 0) {
                    c.capSessions = std::max(c.capSessions, stretchDays[ci] / 2 + 1);
                }
            }
        }
    }

    // Place the sessions.
    static const int kMentoringMinutes[] = { 45, 50, 55, 60, 60, 60, 60, 65, 75, 90 };
    const demo::Words notes = demo::sessionNotes();
    m_sessions.clear();
    m_sessions.reserve(std::size_t(target));
    std::map<qint64, int> meetingIndex; // (circle, day) -> meeting; ordered: deterministic
    m_meetings.clear();
    for (int ci = 0; ci < int(m_clients.size()); ++ci) {
        Client& c = m_clients[std::size_t(ci)];
        c.firstSession = int(m_sessions.size());
        const int n = c.sessions;
        const std::vector<Stretch>& own = stretches[std::size_t(ci)];
        int total = 0; // days in the stretches
        for (const Stretch& s : own) {
            total += s.to - s.from + 1;
        }
        Day previous = c.start - 1;
        for (int k = 0; k < n; ++k) {
            SessionPlan s;
            s.client = ci;
            if (c.component == Course || c.component == Group) {
                const int week = c.component == Course ? k : int(qint64(k) * c.weeksAvailable / n);
                s.day = std::min(c.start + 7 * week, c.lastSessionDay);
                s.mode = GroupMode;
                s.worker = facilitator(rng, c.circle, s.day);
                const qint64 key = qint64(c.circle) * 100000000LL + s.day;
                auto found = meetingIndex.find(key);
                if (found == meetingIndex.end()) {
                    found = meetingIndex.emplace(key, int(m_meetings.size())).first;
                    m_meetings.push_back({ s.day, c.circle, c.component, s.worker, (s.day - c.start) / 7 });
                }
                s.meeting = found->second;
            } else {
                // Evenly through the stretches, a day either way, few at weekends, never two on one day
                // where there is room.
                const qint64 position = n == 1 ? 0 : qint64(k) * (total - 1) / (n - 1);
                std::size_t which = 0;
                qint64 offset = position;
                while (which + 1 < own.size() && offset >= own[which].to - own[which].from + 1) {
                    offset -= own[which].to - own[which].from + 1;
                    ++which;
                }
                const Stretch& stretch = own[which];
                Day d = stretch.from + Day(offset);
                if (total >= 2 * n && k > 0 && k < n - 1) {
                    d += rng.range(-1, 1);
                }
                if (weekday(d) == 7 && d + 1 <= stretch.to) {
                    d += 1;
                } else if (weekday(d) == 6 && d - 1 > previous && d - 1 >= stretch.from) {
                    d -= 1;
                }
                if (d <= previous) {
                    d = previous + 1;
                }
                s.day = std::clamp(d, stretch.from, stretch.to);
                s.worker = stretch.worker;
                if (c.component == Mentoring) {
                    s.mode = qint8(rng.chance(0.7) ? c.primaryMode : rng.weighted({ 55, 20, 15, 10 }));
                } else {
                    s.mode = qint8(rng.chance(0.6) ? c.primaryMode : rng.weighted({ 30, 40, 10, 20 }));
                }
            }
            previous = s.day;
            s.attendance = qint8(rng.weighted({ 80, 12, 5, 3 }));
            if (c.ended != 0 && c.ending == Disengaged && n >= 3 && k >= n - 2) {
                s.attendance = qint8(rng.chance(0.7) ? DidNotAttend : CancelledByClient);
            }
            if (s.attendance == Attended) {
                if (c.component == Course) {
                    s.duration = kCourseMinutes;
                } else if (c.component == Group) {
                    s.duration = kGroupMinutes;
                } else if (c.component == Connect) {
                    s.duration = qint16(std::array { 45, 60, 60, 75 }[std::size_t(rng.range(0, 3))]);
                } else {
                    s.duration = qint16(kMentoringMinutes[rng.range(0, 9)]);
                }
                if (s.mode != GroupMode && rng.chance(0.08)) {
                    s.note = qint16(rng.below(quint32(notes.size())));
                }
            }
            m_sessions.push_back(s);
        }
    }

    // Group meetings in date order, so that their ids rise with held_on too.
    std::vector<int> meetingOrder(m_meetings.size());
    for (std::size_t i = 0; i < meetingOrder.size(); ++i) {
        meetingOrder[i] = int(i);
    }
    std::sort(meetingOrder.begin(), meetingOrder.end(), [this](int x, int y) {
        const MeetingPlan& mx = m_meetings[std::size_t(x)];
        const MeetingPlan& my = m_meetings[std::size_t(y)];
        return mx.day != my.day ? mx.day < my.day : mx.circle < my.circle;
    });
    std::vector<int> meetingId(m_meetings.size());
    BatchInsert meetings;
    if (Status s = meetings.prepare(m_db, QStringLiteral("group_session"),
            { QStringLiteral("id"), QStringLiteral("component_id"), QStringLiteral("held_on"),
                QStringLiteral("duration_minutes"), QStringLiteral("worker_id"), QStringLiteral("topic"),
                QStringLiteral("note") });
        !s) {
        return s;
    }
    const demo::Words courseTopics = demo::courseTopics();
    const demo::Words groupTopics = demo::groupTopics();
    const demo::Words meetingNotes = demo::groupSessionNotes();
    for (std::size_t k = 0; k < meetingOrder.size(); ++k) {
        const MeetingPlan& m = m_meetings[std::size_t(meetingOrder[k])];
        const int id = m_base.groupSession + int(k) + 1;
        meetingId[std::size_t(meetingOrder[k])] = id;
        const bool course = m.component == Course;
        const QString topic = course
            ? fromUtf8(courseTopics[std::size_t(clampInt(m.week, 0, int(courseTopics.size()) - 1))])
            : fromUtf8(rng.pick(groupTopics));
        const QVariant note = !course && rng.chance(0.05) ? QVariant(fromUtf8(rng.pick(meetingNotes))) : QVariant();
        if (Status s = meetings.row(id, m_componentIds[std::size_t(m.component)], m_dates.text(m.day),
                course ? kCourseMinutes : kGroupMinutes, orNull(m.worker >= 0, workerId(m.worker)), topic, note);
            !s) {
            return s;
        }
    }
    if (Status s = meetings.finish(); !s) {
        return s;
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
                QStringLiteral("worker_id"), QStringLiteral("note"), QStringLiteral("group_session_id") });
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
                s.note >= 0 ? QVariant(noteText[std::size_t(s.note)]) : QVariant(),
                orNull(s.meeting >= 0, meetingId[std::size_t(std::max(0, s.meeting))]));
            !st) {
            return st;
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    return insert.finish();
}

// ---------------------------------------------------------------------------------------------
// Goals and consent

Status Generator::writeGoals()
{
    // Most people in mentoring or connect write down one to four goals a week or two in, in their own
    // words; many achieve most of them by a planned ending, fewer when they stopped coming.
    Rng rng(m_options.seed, 16);
    const Day a = m_asAt;
    const demo::Words descriptions = demo::goalDescriptions();

    struct GoalPlan
    {
        Day set;
        int order;
        int client;
        int description;
        int progress;
        Day achieved;
    };

    std::vector<GoalPlan> goals;
    std::vector<int> pool(descriptions.size());
    for (int ci = 0; ci < int(m_clients.size()); ++ci) {
        const Client& c = m_clients[std::size_t(ci)];
        if (!c.hasEpisode() || (c.component != Mentoring && c.component != Connect)) {
            continue;
        }
        Day first = 0;
        for (int k = 0; k < c.sessions; ++k) {
            const SessionPlan& s = m_sessions[std::size_t(c.firstSession + k)];
            if (s.attendance == Attended) {
                first = s.day;
                break;
            }
        }
        const bool mentoring = c.component == Mentoring;
        if (first == 0 || !rng.chance(mentoring ? 0.85 : 0.6)) {
            continue;
        }
        const Day set = first + (mentoring ? rng.range(7, 14) : rng.range(0, 7));
        const Day last = c.ended != 0 ? c.ended : a;
        if (set > last) {
            continue; // too soon: no goals written down yet
        }
        const int count = mentoring ? 1 + rng.weighted({ 20, 40, 30, 10 }) : 1 + rng.weighted({ 55, 35, 10 });
        for (std::size_t k = 0; k < pool.size(); ++k) {
            pool[k] = int(k);
        }
        rng.chooseFront(pool, count);
        double chance = 0.0;
        if (c.ended != 0) {
            chance = c.ending == PlannedEnding ? 0.7 : c.ending == Disengaged ? 0.15 : 0.35;
        } else {
            chance = 0.55 * std::min(1.0, (a - set) / 120.0);
        }
        const double elapsed = c.ended != 0 ? 1.0 : std::min(1.0, (a - set) / 150.0);
        for (int k = 0; k < count; ++k) {
            GoalPlan g { set, int(goals.size()), ci, pool[std::size_t(k)], 0, 0 };
            if (rng.chance(chance)) {
                g.achieved = rng.range(std::min(set + 14, last), last);
                g.progress = 100;
            } else if (c.ended != 0 && c.ending == PlannedEnding) {
                g.progress = 10 * rng.range(3, 9);
            } else if (c.ended != 0 && c.ending == Disengaged) {
                g.progress = 10 * rng.range(0, 4);
            } else {
                g.progress = clampInt(10 * roundToInt(elapsed * rng.range(1, 9)), 0, 90);
            }
            goals.push_back(g);
        }
    }
    std::sort(goals.begin(), goals.end(),
        [](const GoalPlan& x, const GoalPlan& y) { return x.set != y.set ? x.set < y.set : x.order < y.order; });
    BatchInsert insert;
    if (Status s = insert.prepare(m_db, QStringLiteral("goal"),
            { QStringLiteral("client_id"), QStringLiteral("episode_id"), QStringLiteral("description"),
                QStringLiteral("set_on"), QStringLiteral("progress"), QStringLiteral("achieved_on") });
        !s) {
        return s;
    }
    for (const GoalPlan& g : goals) {
        const Client& c = m_clients[std::size_t(g.client)];
        if (Status s = insert.row(c.id, c.episodeId, fromUtf8(descriptions[std::size_t(g.description)]),
                m_dates.text(g.set), g.progress, orNull(g.achieved != 0, m_dates.text(g.achieved)));
            !s) {
            return s;
        }
    }
    return insert.finish();
}

Status Generator::writeConsent()
{
    // Consent per purpose (BRIEF §9): to the service for everyone taken on, recorded at referral;
    // evaluation and contact for most; sharing with a named service for some; a story for a few who
    // ended well. A few withdraw one later.
    Rng rng(m_options.seed, 17);
    const Day a = m_asAt;

    enum Purpose
    {
        Service,
        Evaluation,
        Sharing,
        Contact,
        Story
    };

    static const char* const kPurposes[] = { "service", "evaluation", "sharing", "contact", "story" };

    struct ConsentPlan
    {
        Day given;
        int order;
        int personId;
        int purpose;
        QString detail;
        Day withdrawn;
        QString note;
    };

    std::vector<ConsentPlan> consents;
    auto add = [&](const Client& c, int purpose, Day given, const QString& detail, double withdrawChance,
                   const QString& note = {}) {
        given = std::min(given, a);
        const Day withdrawn = given < a && rng.chance(withdrawChance) ? rng.range(given + 1, a) : 0;
        consents.push_back({ given, int(consents.size()), c.personId, purpose, detail, withdrawn, note });
    };
    const demo::Words methods = demo::contactMethods();
    for (const Client& c : m_clients) {
        if (c.followOn) {
            continue; // consent is per person: given with the first referral
        }
        if (c.hasEpisode()) {
            add(c, Service, c.referred, {}, 0.0);
        }
        if (rng.chance(0.9)) {
            // How to get in touch follows from the details they gave.
            const bool phone = !c.person.phone.isEmpty();
            const bool email = !c.person.email.isEmpty();
            int method = 5; // letters
            if (phone && email) {
                method = std::array { 0, 2, 3, 1 }[std::size_t(rng.weighted({ 50, 30, 5, 15 }))];
            } else if (phone) {
                method = std::array { 0, 1, 4 }[std::size_t(rng.weighted({ 60, 25, 15 }))];
            } else if (email) {
                method = 3;
            }
            add(c, Contact, c.referred, fromUtf8(methods[std::size_t(method)]), 0.02);
        }
        if (!c.hasEpisode()) {
            continue;
        }
        if (rng.chance(0.85)) {
            add(c, Evaluation, c.start, {}, 0.03);
        }
        if (rng.chance(0.25)) {
            QString detail;
            if (c.source == ExternalReferral
                && std::strcmp(demo::externalReferralDetails()[std::size_t(std::max(0, c.sourceEntry))], "GP") == 0) {
                detail = c.sourceDetail.isEmpty() ? QStringLiteral("GP practice") : c.sourceDetail;
            } else {
                detail = fromUtf8(rng.pick(demo::sharingServices()));
            }
            if (rng.chance(0.2)) {
                const QString more = fromUtf8(rng.pick(demo::sharingServices()));
                if (more != detail) {
                    detail += QStringLiteral("; ") + more;
                }
            }
            add(c, Sharing, std::max(c.referred, c.triageOn), detail, 0.03);
        }
        if (c.ended != 0 && c.ending == PlannedEnding && rng.chance(0.08)) {
            add(c, Story, c.ended, {}, 0.1, fromUtf8(rng.pick(demo::storyNotes())));
        }
    }
    std::sort(consents.begin(), consents.end(), [](const ConsentPlan& x, const ConsentPlan& y) {
        return x.given != y.given ? x.given < y.given : x.order < y.order;
    });
    BatchInsert insert;
    if (Status s = insert.prepare(m_db, QStringLiteral("consent"),
            { QStringLiteral("person_id"), QStringLiteral("purpose"), QStringLiteral("given_on"),
                QStringLiteral("detail"), QStringLiteral("withdrawn_on"), QStringLiteral("recorded_by"),
                QStringLiteral("note") });
        !s) {
        return s;
    }
    for (const ConsentPlan& p : consents) {
        if (Status s = insert.row(p.personId, QString::fromLatin1(kPurposes[p.purpose]), m_dates.text(p.given),
                orNull(!p.detail.isEmpty(), p.detail), orNull(p.withdrawn != 0, m_dates.text(p.withdrawn)),
                staffName(rng, p.given), orNull(!p.note.isEmpty(), p.note));
            !s) {
            return s;
        }
    }
    return insert.finish();
}

} // namespace alongside::core::demo
