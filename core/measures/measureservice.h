#pragma once

#include "core/actor.h"
#include "core/measures/measuredefinition.h"
#include "core/measures/measureengine.h"
#include "core/measures/measureloader.h"
#include "core/measures/outcomeanalytics.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alongside::core {

class Database;

/** One version of a measure Alongside knows, with where it came from. */
struct KnownMeasure
{
    MeasureDefinition definition;
    QString source; // "shipped" (resources), "custom" (a charity's own) or "adjusted" (changed bands of a shipped one)
    bool current = false; // the highest version of its id: the one new responses are scored with
    QDateTime createdAt; // stored versions only
    QString createdBy; // stored versions only
};

/** The bands and thresholds a charity may change on a measure; the rest of the definition is kept. */
struct MeasureAdjustment
{
    QList<ScoreBand> bands;
    std::optional<Caseness> caseness;
    ChangeThresholds change;

    /** The adjustable parts of a definition as they are, for a form to start from. */
    static MeasureAdjustment of(const MeasureDefinition& definition)
    {
        MeasureAdjustment a;
        a.bands = definition.bands;
        a.caseness = definition.caseness;
        a.change = definition.change;
        return a;
    }
};

/** The person entering a response saw the risk prompt. */
struct RiskAcknowledgement
{
    QString by; // empty: the acting user's name
    QDateTime at; // invalid: now
};

/** A set of answers to record. */
struct MeasureResponseInput
{
    qint64 id = 0; // 0 for a new response; the id of a removed one re-creates it (undo)
    qint64 clientId = 0;
    qint64 episodeId = 0; // 0: not in an episode
    QString measureId;
    int definitionVersion = 0; // 0: the current version; set when re-creating a removed response
    QDate administeredOn;
    QList<std::optional<int>> answers; // one per item in definition order; free-text items std::nullopt
    QStringList textAnswers; // by item index, for free-text items; may be shorter than the items
    std::optional<RiskAcknowledgement> riskAcknowledgement;
    // A total with no item answers, for records that kept only the total (a charity's old
    // spreadsheet): answers and textAnswers then stay empty. It is the total as the form adds it up
    // (from items x lowest answer to items x highest answer), except for a measure scored by a
    // conversion table (SWEMWBS), where it is the converted (metric) score. See scoreTotal().
    std::optional<double> enteredTotal;
    // Answers copied from another record (an import) where nobody has yet seen a risk answer: a risk
    // item above its threshold is then kept flagged with no acknowledgement, so the person's record
    // shows it as not yet seen, instead of being refused for want of an acknowledgement.
    bool riskNotYetSeen = false;
};

/** A recorded response as read back, scored again with the version that scored it. */
struct MeasureResponse
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 episodeId = 0;
    QString measureId;
    int definitionVersion = 0;
    QString shortTitle; // of that version; the measure id if the version is unknown
    QDate administeredOn;
    QDateTime enteredAt;
    QList<std::optional<int>> answers;
    QStringList textAnswers;
    ScoreResult result; // complete is false (with a reason) if the version cannot be found
    // Recorded from its total alone (MeasureResponseInput::enteredTotal): no item answers are on
    // file, so it counts for scores, bands and change but for no item-level figure, and its risk
    // items could not be checked.
    bool totalOnly = false;
    std::optional<double> enteredTotal; // totalOnly: the total as entered (SWEMWBS: the metric score)
    bool prorated = false;
    bool riskFlagged = false; // as recorded: a risk item was above its threshold
    QString riskAcknowledgedBy;
    QDateTime riskAcknowledgedAt;
    // Change since the first scored response of the same measure in the same episode (the earliest
    // day, then the lowest id); empty for that first one, and outside an episode.
    std::optional<ChangeResult> changeSinceFirst;
    qint64 firstResponseId = 0;
};

/**
 * Outcome measures for people supported: the definitions (shipped ones plus a charity's own and
 * adjusted versions kept in the database) and the responses. A stored definition is never changed:
 * every save makes a new version, and each response keeps the version that scored it, so an old
 * result keeps its meaning. Reading responses needs OpenClientRecords; recording and removing them
 * EditRecords; saving or adjusting a definition EditCatalogues. Definitions hold no personal data
 * and every role may read them.
 */
class MeasureService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::MeasureService)

public:
    explicit MeasureService(Database& db)
        : m_db(db)
    { }

    /** Every version of every measure, by id then version; the highest version of an id is current. */
    Result<QList<KnownMeasure>> definitions(const Actor& actor) const;
    /** One version of a measure (shipped or stored). */
    Result<MeasureDefinition> definition(const QString& measureId, int version) const;
    /** The current version of a measure. */
    Result<MeasureDefinition> currentDefinition(const QString& measureId) const;

    /**
     * Stores a charity's own questionnaire as a new version (the version in definition is ignored:
     * the next one is given). Checked exactly as a definition file is. Refused for a shipped id
     * (adjust() changes a shipped measure). Returns the version stored.
     */
    Result<int> saveCustom(const Actor& actor, MeasureDefinition definition);
    /** Stores a new version of a measure with changed bands, caseness and change thresholds. */
    Result<int> adjust(const Actor& actor, const QString& measureId, const MeasureAdjustment& adjustment);

    /**
     * Checks and stores one response with its answers and what the engine gives (total, reported
     * score, band, whether it was prorated, the risk flag) in one transaction, audited by field
     * names only. Refused when the date is in the future, the client or episode does not exist or
     * does not match, or the engine cannot score the answers (its reason is the message). A risk
     * item above its threshold needs riskAcknowledgement: without it the response is refused with
     * the risk prompt as the message. A response with a risk answer that cannot be scored only
     * because too many items are unanswered is kept without a score (so the risk answer is on
     * file); answers that are not options are always refused. With enteredTotal the response is
     * stored as a total only (scoreTotal() gives its score and band; no answer rows). Returns the
     * response's id.
     */
    Result<qint64> record(const Actor& actor, const MeasureResponseInput& input);
    /**
     * What a total entered without item answers gives, for record() and for checking a file before
     * an import: the score, band, detail band and caseness from the definition (risk items and any
     * cut-off on single items cannot be applied). The total must lie in the range the items can
     * add up to (SWEMWBS: be one of the metric scores of its conversion table); otherwise the
     * result is not complete and reason says what to enter instead. A measure with no total (ONS4)
     * is refused.
     */
    static ScoreResult scoreTotal(const MeasureDefinition& definition, double total);

    /** A person's responses, oldest first (by day, then id), each scored with its own version. */
    Result<QList<MeasureResponse>> responses(const Actor& actor, qint64 clientId) const;
    /** Removes a response and its answers (record() with its id re-creates it, for undo). */
    Status removeResponse(const Actor& actor, qint64 id);

    // --- For reports (RunAggregateReports) ------------------------------------------------------

    /**
     * Every scored response of one measure given from `from` to `to` (inclusive; an invalid date
     * leaves that end open), as the outcome analytics read them: the reported score (SWEMWBS: the
     * metric) and band key that the version that scored it gave, as stored by record(); a response
     * stored without them (before schema version 6) is scored again with its version. Responses
     * that cannot be scored (a version no longer known, a measure with no total) are left out and
     * counted in *unscored when it is given. Ordered by day, then id.
     */
    Result<QList<outcomes::ScoredResponse>> scoredResponses(const Actor& actor, const QString& measureId,
        const QDate& from = {}, const QDate& to = {}, int* unscored = nullptr) const;

    /**
     * Every answer to one yes / no / not applicable item of a measure given from `from` to `to`,
     * for outcomes::summariseYesNo (which leaves "not applicable" out of the share). Unanswered
     * items give nothing. Fails when the item is not a yes / no / not applicable item in the
     * current version.
     */
    Result<QList<outcomes::YesNoAnswer>> yesNoAnswers(const Actor& actor, const QString& measureId, int itemNumber,
        const QDate& from = {}, const QDate& to = {}) const;

    /** What an answer to a yes / no / not applicable item means; empty for another kind of item or a value that is not
     * an option. */
    static std::optional<outcomes::YesNoAnswer> yesNoOf(const MeasureItem& item, int value);

    /**
     * How the analytics read a change in this measure, from its definition: direction, caseness
     * cut-off, reliable and meaningful change. The analytics count a score at or beyond the
     * cut-off (at or above when lower is better, at or below when higher is better); a strict
     * cut-off ("below 52") is moved by a millionth of a point to say the same, and a cut-off that
     * runs against the measure's direction is left unset (no recovery is computed).
     */
    static outcomes::ChangeRule changeRule(const MeasureDefinition& definition);

private:
    Result<QList<KnownMeasure>> stored() const;
    Result<int> store(const Actor& actor, MeasureDefinition definition, const QString& source);

    Database& m_db;
    MeasureLibrary m_library;
};

} // namespace alongside::core
