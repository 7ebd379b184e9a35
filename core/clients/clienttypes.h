#pragma once

// People supported (BRIEF §2, §5): the plain data that ClientService and MatchingService read and
// write. Keys are stable English identifiers stored in the database; screens show the translated
// names that ClientService gives for them.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alongside::core {

/** One entry of the configurable list of referral sub-sources (GP, website, ...). */
struct ReferralSource
{
    qint64 id = 0;
    QString category; // self, internal, external
    QString name; // required, unique within its category
    int position = 0;
    bool active = true;
    bool operator==(const ReferralSource&) const = default;
};

/** One entry of the configurable list of service components (1:1 peer mentoring, a course, ...). */
struct ServiceComponent
{
    qint64 id = 0;
    QString name; // required, unique
    QString kind; // mentoring, connect, course, group, other
    bool active = true;
    bool operator==(const ServiceComponent&) const = default;
};

/** One row of the list of people supported, as of a day. */
struct ClientSummary
{
    qint64 clientId = 0;
    qint64 personId = 0;
    QString name; // "Given Family (known as)"
    QString sortName; // "Family, Given"
    QString status; // waiting (no episode yet), open (an episode open on the day), closed
    QDate referredOn; // the latest referral
    QString sourceCategory; // of the latest referral
    qint64 sourceId = 0;
    QString sourceName; // the sub-source's name, empty if none
    QStringList services; // components of the episodes open on the day (of the latest one if none is)
    QList<qint64> componentIds;
    QStringList mentors; // mentors of the active matches
    QList<qint64> mentorIds;
    QDate lastSession; // the last attended session
    int sessionsAttended = 0;
    bool hasRiskNote = false;
};

/** The details of a person supported: contact, optional demographics, risk note and preferences. */
struct ClientProfile
{
    qint64 clientId = 0; // 0 for someone new
    qint64 personId = 0; // set to make someone already on file (e.g. a volunteer) a person supported
    QString givenName; // required
    QString familyName;
    QString knownAs;
    QDate dateOfBirth; // null: not stated
    QString email;
    QString phone;
    QString address;
    QString postcode;
    QString reference; // the charity's own ID from its old records; unique when not empty
    QDate anonymisedOn; // read only: set when ErasureService anonymised the record; null otherwise
    // Demographics (Demographics:: keys). Empty: not asked; "not_stated": asked and not given.
    QString gender;
    QString ethnicity;
    // Shown at the top of the record whenever it is not empty.
    QString riskNote;
    QDate riskUpdatedOn;
    // What matching takes into account.
    QString languages; // comma-separated, e.g. "English, Urdu"
    QStringList availability; // Demographics::slotKeys(), e.g. "mon_day"
    bool needsHomeVisits = false;
    QString wantedGender; // empty: no preference; otherwise a gender key
    QStringList wantedSharedAreas; // lived-experience area keys the person would like a mentor to share
    bool wantsSharedEthnicity = false;
    bool wantsSharedLanguage = false;
    QString preferenceNote;
    bool operator==(const ClientProfile&) const = default;
};

struct Referral
{
    qint64 id = 0;
    qint64 clientId = 0;
    QDate referredOn; // required, not in the future
    QString sourceCategory = QStringLiteral("self"); // self, internal, external
    qint64 sourceId = 0; // 0: no sub-source; otherwise one of sourceCategory's
    QString sourceName; // read only
    QString sourceDetail; // free text, e.g. the practice
    QString reason;
    QString triageOutcome; // empty (not yet), accepted, signposted, declined, not_eligible, waiting
    QDate triageOn;
    QString triageNote;
    bool operator==(const Referral&) const = default;
};

/** A spell of support in one service component, under one referral. */
struct Episode
{
    qint64 id = 0;
    qint64 referralId = 0;
    qint64 componentId = 0;
    QString componentName; // read only
    QString componentKind; // read only
    QDate startsOn; // required; not before the referral, not in the future
    QDate plannedEndOn;
    QDate endedOn; // null while open
    QString endingReason; // required once ended: ClientService::endingReasonKeys()
    QString endingNote;

    bool isOpenOn(const QDate& day) const { return startsOn <= day && (endedOn.isNull() || endedOn >= day); }

    bool operator==(const Episode&) const = default;
};

struct Session
{
    qint64 id = 0;
    qint64 episodeId = 0;
    QDate heldOn; // not before the referral, not in the future, within the episode
    std::optional<int> durationMinutes;
    QString mode = QStringLiteral("face_to_face"); // face_to_face, telephone, video, home_visit, group
    QString attendance = QStringLiteral("attended"); // attended, did_not_attend, cancelled_by_client,
                                                     // cancelled_by_service
    qint64 workerId = 0; // 0: none recorded
    QString workerName; // read only
    QString note;
    qint64 groupSessionId = 0; // read only: set for a line of a group register
    bool operator==(const Session&) const = default;
};

/** One line of a group session's attendance register. */
struct RegisterLine
{
    qint64 episodeId = 0;
    QString clientName; // read only
    QString attendance = QStringLiteral("attended");
    bool operator==(const RegisterLine&) const = default;
};

/** A meeting of a course or group, with one attendance line per person in it. */
struct GroupSession
{
    qint64 id = 0;
    qint64 componentId = 0;
    QDate heldOn;
    std::optional<int> durationMinutes;
    qint64 workerId = 0;
    QString topic;
    QString note;
    QList<RegisterLine> lines;
    bool operator==(const GroupSession&) const = default;
};

struct Goal
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 episodeId = 0; // 0: not tied to an episode
    QString description; // in the person's own words; required
    QDate setOn;
    int progress = 0; // per cent, 0-100
    QDate achievedOn; // set: achieved (progress is then 100)
    bool operator==(const Goal&) const = default;
};

/** Consent for one purpose, dated and withdrawable (BRIEF §9). Kept per person, for anyone on file. */
struct Consent
{
    qint64 id = 0;
    qint64 personId = 0;
    QString purpose; // service, evaluation, sharing, contact, story
    QDate givenOn;
    QString detail; // sharing: the named services; contact: the methods
    QDate withdrawnOn; // null while it stands
    QString recordedBy; // read only: the user who recorded it
    QString note;

    bool standsOn(const QDate& day) const { return givenOn <= day && (withdrawnOn.isNull() || withdrawnOn > day); }

    bool operator==(const Consent&) const = default;
};

/** A match of a mentor with a person in a mentoring episode: proposed, then active, then ended. */
struct MentorMatch
{
    qint64 id = 0;
    qint64 episodeId = 0;
    qint64 mentorId = 0; // worker id
    QString mentorName; // read only
    qint64 clientId = 0; // read only
    QString clientName; // read only
    QString status = QStringLiteral("proposed"); // proposed, active, ended
    QDate proposedOn;
    QDate startedOn; // set once active
    QDate plannedEndOn;
    QDate endedOn;
    QString endingReason; // required once ended: ClientService::matchEndingReasonKeys()
    QString endingNote;
    QString reasons; // why this mentor was suggested, as shown when the match was proposed
    bool operator==(const MentorMatch&) const = default;
};

/** Something on the dashboard that needs a coordinator's attention. */
struct ClientAlert
{
    enum class Kind
    {
        NoRecentSession, // an open mentoring or connect episode with no session logged for N weeks
        PlannedEndSoon, // an active match or episode that ends within two weeks
    };
    Kind kind = Kind::NoRecentSession;
    qint64 clientId = 0;
    QString clientName;
    QString mentorName; // empty if none
    QDate date; // the last session (or the episode's start) / the planned end
};

} // namespace alongside::core
