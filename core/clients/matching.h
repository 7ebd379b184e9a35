#pragma once

#include "core/actor.h"
#include "core/clients/clienttypes.h"
#include "core/result.h"

#include <QCoreApplication>

namespace alongside::core {

class Database;

/** What a person supported asks of a mentor (from their ClientProfile), as matching reads it. */
struct MatchRequest
{
    QString gender; // the person's own gender key (for information)
    QString ethnicity; // the person's own ethnicity key
    QStringList languages; // Demographics::languageList() of the person's languages
    QStringList availability; // slot keys
    bool needsHomeVisits = false;
    QString postcode;
    QString wantedGender; // empty: no preference
    QStringList wantedSharedAreas; // lived-experience area keys
    bool wantsSharedEthnicity = false;
    bool wantsSharedLanguage = false;
    QList<qint64> excludedMentorIds; // e.g. a mentor who already ended a match with this person
    QList<qint64> currentMentorIds; // mentors of the episode's proposed or active match
};

/** What matching knows of one possible mentor on the day. */
struct MentorFacts
{
    qint64 workerId = 0;
    QString name;
    // Hard gates.
    QString status; // worker status key on the day; only "active" passes
    QStringList missingTraining; // course titles missing or expired on the day
    bool dbsInDate = true;
    QString dbsDetail; // the sentence shown when not in date, e.g. "No DBS check recorded"; empty: a general one
    QDate supervisionDue; // null: no expected interval
    int capacity = 0; // most mentees at once (0: takes none)
    int currentMentees = 0; // active and proposed matches
    // Criteria.
    QString gender;
    QString ethnicity;
    QStringList languages;
    QStringList availability;
    bool homeVisits = false;
    QString postcode;
    QStringList livedExperienceAreas; // empty when the actor may not see them
};

/** One criterion met (or, with points 0, one the person asked for that this mentor does not meet). */
struct MatchReason
{
    QString key; // lived_experience, gender, ethnicity, language, availability, distance, home_visits, capacity
    int points = 0;
    QString text; // "Shares lived experience of anxiety", translated
};

struct MentorCandidate
{
    qint64 workerId = 0;
    QString name;
    int score = 0;
    int capacityLeft = 0;
    QList<MatchReason> reasons; // criteria met first, then preferences not met (points 0)
    QStringList exclusions; // why a hard gate shuts this mentor out; empty for eligible mentors
    /**
     * The reasons as one line per criterion, as stored with a proposed match. Lived experience is
     * left out: it is sensitive, and a stored match is read by roles that may not see it.
     */
    QString reasonsText() const;
};

struct MatchSuggestions
{
    QDate asOf;
    QList<MentorCandidate> ranked; // eligible, best first
    QList<MentorCandidate> excluded; // with the reasons, by name
    bool livedExperienceConsidered = true; // false when the actor may not see lived experience
};

/** One line of a mentor's caseload. */
struct CaseloadLine
{
    MentorMatch match;
    QString componentName;
    QDate lastSession; // last attended session in the episode
    int sessionsAttended = 0;
};

/** A mentor's caseload: current (proposed and active) matches first, then ended ones. */
struct Caseload
{
    qint64 mentorId = 0;
    QString mentorName;
    int capacity = 0;
    QList<CaseloadLine> lines;
    int current() const;
};

/**
 * Matching mentors with people supported (BRIEF §5). suggest() applies the hard gates (active,
 * trained for the role, DBS in date, supervision not overdue, capacity left) and ranks the mentors
 * who pass by the criteria the person asked for, each with its reasons. A match is then proposed,
 * started, ended with a reason, or re-matched (the old match ends "re-matched" and a new one is
 * proposed in the same episode). One episode never has two active matches.
 */
class MatchingService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::MatchingService)

public:
    // The points each criterion is worth (docs/ARCHITECTURE.md, "Matching"). What the person asks
    // for outright weighs most; closeness and free places break ties between otherwise equal mentors.
    static constexpr int kSharedAreaPoints = 3; // each lived-experience area asked for that the mentor shares
    static constexpr int kMaxSharedAreas = 2; // ... counted for at most two areas
    static constexpr int kWantedGenderPoints = 3; // the mentor is of the gender asked for
    static constexpr int kSharedEthnicityPoints = 2; // same Census high-level ethnic group, when asked for
    static constexpr int kSharedLanguagePoints = 3; // speaks one of the person's languages, when asked for
    static constexpr int kSlotPoints = 1; // each availability slot both have
    static constexpr int kMaxSlots = 3; // ... counted for at most three slots
    static constexpr int kSameDistrictPoints = 2; // same postcode district (M13)
    static constexpr int kSameAreaPoints = 1; // else the same postcode area (M)
    static constexpr int kHomeVisitPoints = 3; // home visits needed and offered
    static constexpr int kFreePlacePoints = 1; // each free place on the mentor's caseload
    static constexpr int kMaxFreePlaces = 2; // ... counted for at most two places

    explicit MatchingService(Database& db)
        : m_db(db)
    { }

    /** Ranked and excluded mentors for a mentoring episode on asOf (null: today). */
    Result<MatchSuggestions> suggest(const Actor& actor, qint64 episodeId, const QDate& asOf = {});

    /** The gates and ranking, without a database: the rules suggest() applies. */
    static MatchSuggestions rank(const MatchRequest& request, const QList<MentorFacts>& mentors, const QDate& asOf,
        bool livedExperienceConsidered = true);

    /** Matches of one episode, newest first. */
    Result<QList<MentorMatch>> matches(const Actor& actor, qint64 episodeId) const;
    Result<Caseload> caseload(const Actor& actor, qint64 mentorId) const;
    /** Workers who have held a peer role, for the caseload picker: id and name, by name. */
    Result<QList<MentorCandidate>> mentors(const Actor& actor) const;

    /** Proposes mentorId for the episode; refused if a hard gate shuts them out on `on`. */
    Result<qint64> propose(
        const Actor& actor, qint64 episodeId, qint64 mentorId, const QDate& on, const QString& reasons = {});
    /** A proposed match starts; refused if the episode already has an active match. */
    Status start(const Actor& actor, qint64 matchId, const QDate& on, const QDate& plannedEnd);
    Status end(const Actor& actor, qint64 matchId, const QDate& on, const QString& reason, const QString& note);
    /** Ends matchId as "re-matched" and proposes newMentorId, in one transaction; returns the new match. */
    Result<qint64> rematch(
        const Actor& actor, qint64 matchId, qint64 newMentorId, const QDate& on, const QString& reasons = {});
    /** Writes a match as it is (for undo and redo); validated like the steps above. */
    Result<qint64> saveMatch(const Actor& actor, const MentorMatch& match);
    Status removeMatch(const Actor& actor, qint64 id);

    static Status validate(const MentorMatch& match, const QDate& today);

private:
    Database& m_db;
};

} // namespace alongside::core
