#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace alongside::core {

/** Keys stored in the data model; names for people come from InvolvementService::standingName() etc. */
namespace involvement {
// A person's standing at a meeting, or a story's author type (meeting_attendee.standing, story.author_type).
inline constexpr const char* kSupported = "supported"; // a person supported (now or before)
inline constexpr const char* kVolunteer = "volunteer";
inline constexpr const char* kPaidPeer = "paid_peer"; // a paid (employed or sessional) peer worker
inline constexpr const char* kStaff = "staff"; // paid, not in a peer role
inline constexpr const char* kStakeholder = "stakeholder"; // a partner, commissioner, family member...
} // namespace involvement

/** A group that meets: the co-production group, a volunteers' peer support group... */
struct InvolvementGroup
{
    qint64 id = 0;
    QString name;
    QString purpose;
    int meetsEveryWeeks = 0; // 0: no set rhythm
    int position = 0;
    bool active = true;

    bool operator==(const InvolvementGroup&) const = default;
};

/**
 * Someone at a meeting: a person on file (personId) or a stakeholder who is not, recorded by name
 * and organisation (externalName). standing is what they were at the time (involvement::k*); a
 * stakeholder who is not on file is always kStakeholder.
 */
struct MeetingAttendee
{
    qint64 personId = 0; // 0: externalName names them
    QString externalName;
    QString organisation;
    QString standing = QString::fromLatin1(involvement::kStakeholder);
    // Read only, filled when read:
    QString name; // the person's display name, else externalName

    bool isExternal() const { return personId == 0; }

    bool operator==(const MeetingAttendee&) const = default;
};

/**
 * A decision made at a meeting and, once it happened, "what changed because of it": the change to
 * the service it led to, when, and optionally which service component.
 */
struct MeetingDecision
{
    qint64 id = 0;
    QString description;
    QString changeMade; // empty: nothing has changed yet
    QDate changedOn;
    qint64 componentId = 0; // 0: not one service component
    // Read only:
    QString componentName;

    bool hasChange() const { return !changeMade.trimmed().isEmpty(); }

    bool operator==(const MeetingDecision&) const = default;
};

/** An action agreed at a meeting; the owner is a person on file or, for anyone else, a name. */
struct MeetingAction
{
    qint64 id = 0;
    QString description;
    qint64 ownerPersonId = 0; // 0: ownerText names them (or no one)
    QString ownerText;
    QDate dueOn;
    QDate doneOn;
    // Read only:
    QString ownerName;

    bool isOpen() const { return !doneOn.isValid(); }

    bool isOverdueOn(const QDate& day) const { return isOpen() && dueOn.isValid() && dueOn < day; }

    bool operator==(const MeetingAction&) const = default;
};

/** A whole meeting record. */
struct Meeting
{
    qint64 id = 0;
    qint64 groupId = 0;
    QDate heldOn;
    int durationMinutes = 120;
    QString location;
    QStringList topics; // one line each
    QString notes;
    QList<MeetingAttendee> attendees;
    QList<MeetingDecision> decisions;
    QList<MeetingAction> actions;
    // Read only:
    QString groupName;
    QString recordedBy;

    bool operator==(const Meeting&) const = default;
};

/** A meeting as a list shows it. */
struct MeetingSummary
{
    qint64 id = 0;
    qint64 groupId = 0;
    QString groupName;
    QDate heldOn;
    int durationMinutes = 0;
    QStringList topics;
    QMap<QString, int> attendeesByStanding; // standing key -> people
    int attendees = 0;
    int decisions = 0;
    int changes = 0; // decisions with "what changed" filled in
    int openActions = 0;
};

/**
 * Attendance at one group's meetings in a period, for reports: how many meetings, how many
 * attendances by standing (a person at three meetings counts three times) and how many different
 * people by standing (a person counts once, under their standing at their latest meeting in the
 * period; stakeholders not on file count by name and organisation).
 */
struct AttendanceCounts
{
    qint64 groupId = 0;
    QString groupName;
    int meetings = 0;
    QMap<QString, int> attendances; // standing key -> attendances
    QMap<QString, int> people; // standing key -> distinct people

    int totalAttendances() const
    {
        int n = 0;
        for (int v : attendances) {
            n += v;
        }
        return n;
    }

    int totalPeople() const
    {
        int n = 0;
        for (int v : people) {
            n += v;
        }
        return n;
    }
};

/** A decision that changed the service, for reports: no names. */
struct ServiceChange
{
    qint64 decisionId = 0;
    QString groupName;
    QDate decidedOn; // the meeting's date
    QString decision;
    QString changeMade;
    QDate changedOn;
    QString componentName;
};

/** One thing on a person's involvement timeline. */
struct TimelineEvent
{
    enum class Kind
    {
        Referred,
        EpisodeStarted,
        EpisodeEnded,
        WorkerStatus, // enquiry, applied, training, active, paused, left
        RoleStarted,
        RoleEnded,
        Meeting,
        Story,
    };

    QDate on;
    Kind kind = Kind::Referred;
    QString standing; // involvement::k*: the part of the journey the event belongs to
    QString title; // "Referred", "Started Peer mentoring", "Co-production group meeting"
    QString detail; // "Self-referral: website", "as a volunteer", "3 sessions attended"
    qint64 recordId = 0; // the meeting, story, episode... it is about

    bool operator==(const TimelineEvent&) const = default;
};

/** One stage of the journey from being supported to volunteering to paid work. */
struct JourneyStage
{
    QString standing; // supported, volunteer, paid_peer, staff
    QDate from;
    QDate to; // null: continuing

    bool operator==(const JourneyStage&) const = default;
};

/** A person's involvement: the stages of their journey in order, and every event, oldest first. */
struct Journey
{
    qint64 personId = 0;
    QList<JourneyStage> stages;
    QList<TimelineEvent> events;
};

// ---- stories -----------------------------------------------------------------------------------

struct StoryTheme
{
    qint64 id = 0;
    QString name;
    int position = 0;
    bool active = true;

    bool operator==(const StoryTheme&) const = default;
};

/** A reporting period a story is chosen for. */
struct StoryPeriod
{
    QDate from;
    QDate to;

    bool overlaps(const QDate& start, const QDate& end) const { return from <= end && to >= start; }

    bool operator==(const StoryPeriod&) const = default;
};

/** Where a story's consent stands. */
enum class StoryConsentState
{
    None, // no consent linked (or the consent row was removed)
    Stands, // given, not withdrawn
    Withdrawn,
};

/**
 * A story or case study written by or with a person (supported or workforce). body is the words as
 * written (identifiable; never reported); anonymised is the version the writer prepared for reports.
 * It may be used in a report only while the linked consent (purpose "story", the same person) stands.
 */
struct Story
{
    qint64 id = 0;
    qint64 personId = 0;
    QString authorType = QString::fromLatin1(involvement::kSupported); // supported, volunteer, paid_peer, staff
    qint64 writtenWithWorkerId = 0; // a worker who helped write it; 0: none
    QString title;
    QDate writtenOn;
    QString body;
    QString anonymised;
    qint64 consentId = 0; // 0: none yet
    QList<qint64> themeIds;
    QList<StoryPeriod> chosenFor;
    // Read only:
    QString personName;
    QString writtenWithName;
    QStringList themeNames;
    StoryConsentState consentState = StoryConsentState::None;
    QDate consentGivenOn;
    QDate consentWithdrawnOn;
    QString recordedBy;

    bool operator==(const Story&) const = default;
};

/** A story as a list shows it (never the text). */
struct StorySummary
{
    qint64 id = 0;
    qint64 personId = 0;
    QString personName;
    QString authorType;
    QString title;
    QDate writtenOn;
    QStringList themeNames;
    StoryConsentState consentState = StoryConsentState::None;
    bool hasAnonymised = false;
    int identifiersLeft = 0; // in the title and anonymised text: names, dates of birth, contact details
    QList<StoryPeriod> chosenFor;
};

/** A story in a report: only what may leave the building. */
struct ReportStory
{
    qint64 id = 0;
    QString title;
    QString authorType;
    QDate writtenOn;
    QString text; // the anonymised version
    QStringList themeNames;
};

/**
 * The stories for a report period: those chosen for a period that overlaps it, whose consent stands
 * on the day the report is made, and whose anonymised text has no identifier left in it. The counts
 * say how many chosen stories were left out, and why, so the report can say so.
 */
struct ReportStories
{
    QList<ReportStory> stories;
    int withoutConsent = 0; // chosen, but consent withdrawn, removed or never linked
    int notAnonymised = 0; // chosen, consent stands, but no anonymised text or an identifier left in it or its title
};

/** Something in a story's anonymised text that could identify someone. */
struct IdentifierWarning
{
    enum class Kind
    {
        PersonName, // the writer's own name
        WorkerName, // the name of a worker of the charity
        OtherName, // the name of someone else on file (another person supported, say)
        DateOfBirth, // the writer's date of birth, in any common form
        Contact, // the writer's phone number, email address or postcode
    };

    Kind kind = Kind::PersonName;
    QString found; // the text as it appears
    int position = 0; // in the text checked
    int length = 0;
    QString message; // "“Priya” is the writer's name."

    bool operator==(const IdentifierWarning&) const = default;
};

} // namespace alongside::core
