#pragma once

// Internal to core: the word lists behind the demo-data generator. Everything here is fictional or
// generic; no list holds a real street, organisation or person. Items are UTF-8.

#include <span>

namespace alongside::core::demo {

using Words = std::span<const char* const>;

Words femaleGivenNames();
Words maleGivenNames();
Words neutralGivenNames(); // for people whose gender is "other" or not stated
Words familyNames();

/** Outward codes ("M14") that postcodes are built from; the inward part is generated. */
Words postcodeDistricts();

Words referralReasons();
Words followOnReasons(); // of an internal referral into the group after other support ended
Words selfReferralDetails();
Words externalReferralDetails(); // weighted by position: earlier entries are more common
Words internalReferralDetails();

Words sessionNotes();
// Supervision: summaries and agreed actions by theme, in the order schema version 5 seeds the
// themes (boundaries, self-disclosure, use of lived experience, caseload, risk or safeguarding,
// role clarity, own wellbeing, endings, working with staff).
constexpr int kSupervisionThemeCount = 9;
Words supervisionSummaries(int theme);
Words supervisionActions(int theme); // for the supervisee
Words supervisorActions(); // for the supervisor, whatever the theme
Words debriefSummaries();
Words supervisionPrivateNotes();
// The worker whose wellbeing dips: summaries for each phase (falling, low, the extra session asked
// for, recovering, recovered), the actions agreed, a private note.
Words dipSummaries(int phase);
Words dipActions();
const char* dipPrivateNote();

Words fundingSources(); // the last entry is core (unrestricted) funds, which have no end date
Words volunteerLeavingReasons();
Words paidLeavingReasons();
Words pauseReasons(); // the first entry, "Own health", is by far the most common

/** An emergency contact's relationship, whose given names suit it ('f', 'm' or 'a' for any), and
 * whether they are a relative (who often shares the family name). */
struct Relation
{
    const char* name;
    char gender;
    bool relative;
};

std::span<const Relation> emergencyRelationships();
Words availabilities();
Words availabilitySlots(); // the slot keys of each availabilities() entry, comma-separated
Words secondLanguages(); // most common first
Words accessNeeds();
Words sexualOrientations(); // Census 2021 answers, most common first
Words religions(); // Census 2021 answers, most common first
Words refereeRelationships();
Words volunteerActivities(); // "1:1 mentoring" first, the most common
Words disclosurePreferences(); // how a peer worker wants their lived experience used

// People supported.
Words gpPractices(); // fictional practice names
Words signpostedNotes(); // triage notes by outcome
Words declinedNotes();
Words notEligibleNotes();
Words riskNotes(); // short and non-graphic
Words preferenceNotes();
Words goalDescriptions(); // in the person's own words
Words contactMethods(); // consent to contact: how; the first is the most common
Words sharingServices(); // consent to share: with whom
Words storyNotes();
Words courseTopics(); // one per week of the six-week course, in order
Words groupTopics();
Words groupSessionNotes();

/** The training catalogue of a typical charity (domain brief §4). */
struct CourseSpec
{
    const char* title;
    const char* provider;
    double lengthDays;
    int credits; // 0: none
    int refreshMonths; // 0: never needs refreshing
    bool mandatory;
};

// Positions in trainingCourses(), so that the generator can say which course a completion is for.
enum Course
{
    VolunteerInduction,
    PeerSupportInternal,
    AccreditedPeerSupport,
    PeerSessions,
    TrainTheTrainer,
    SafeguardingRefresher,
    CourseCount
};

std::span<const CourseSpec> trainingCourses();

/** The charity name stored when the caller gives none. */
const char* defaultCharityName();

/** Someone outside the charity who supervises: a name and where they work. */
struct ExternalSupervisor
{
    const char* name;
    const char* organisation;
};

/** The first supervises the coordinator; the others are clinical supervisors at the partner NHS trust. */
std::span<const ExternalSupervisor> externalSupervisors();

enum ArrangementNote
{
    CoordinatorNote,
    PartnerTrustNote,
    LineManagementNote,
    ReallocatedNote,
    InterimNote,
    ArrangementNoteCount
};

/** The note kept with a supervision arrangement of that kind. */
const char* arrangementNote(ArrangementNote note);

} // namespace alongside::core::demo
