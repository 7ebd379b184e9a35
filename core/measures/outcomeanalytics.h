#pragma once

#include "core/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Outcome analytics: pure functions over plain values, no database. The reports read scored
 * responses, hand them here and show what comes back. Every result carries its n (or numerator and
 * denominator) so a report can show it and suppress small numbers; nothing is suppressed here.
 *
 * The definitions follow the shared domain notes on outcome measures (MEASURES.md §5 for NHS
 * Talking Therapies; §1.5, §2.5, §3, §4 and §6.1 for the change thresholds). Thresholds are never
 * literals here: they come in a ChangeRule built from the measure's definition, which a charity may
 * edit in Settings.
 */
namespace alongside::core::outcomes {

/** One scored administration of a measure. */
struct ScoredResponse
{
    qint64 id = 0; // the response's own id: orders responses given on the same day (higher = later)
    qint64 clientId = 0;
    qint64 episodeId = 0;
    QString measureId; // e.g. "phq9"
    QDate on; // the day it was given
    double score = 0; // the score the measure's analyses use (SWEMWBS: the metric score)
    QString band; // the band key or label the score fell in; empty if the measure has no bands
};

/**
 * How to read a change in one measure's score. Every comparison is inclusive ("6 or more"), with a
 * tolerance of 1e-9 so that decimal scores (SWEMWBS metric) are not lost to rounding.
 *
 * - higherIsBetter: WEMWBS, SWEMWBS, WHO-5, ReQoL-10 true; PHQ-9, GAD-7, CORE-10 false.
 * - casenessCutoff: for a measure where higher is worse, a score AT OR ABOVE the cut-off is at
 *   caseness (clinical range): PHQ-9 10, GAD-7 8, CORE-10 11. For a measure where higher is better, a
 *   score AT OR BELOW it is: WEMWBS 44 (the low band 14–44), WHO-5 12 ("raw < 13"), ReQoL-10 23
 *   ("< 24"). Not set: the measure has no caseness and recovery is not computed.
 * - reliableChange: the smallest change, in points, counted as reliable: PHQ-9 6, GAD-7 4, CORE-10
 *   6, WEMWBS 8, SWEMWBS 3 (metric points). Not set: no reliable-change shares.
 * - meaningfulChange: the smallest change counted as meaningful: WEMWBS 3, SWEMWBS 1. Not set: no
 *   meaningful-change shares.
 * Improvement is a rise for a higher-is-better measure and a fall otherwise; deterioration the
 * opposite.
 */
struct ChangeRule
{
    bool higherIsBetter = false;
    std::optional<double> casenessCutoff;
    std::optional<double> reliableChange;
    std::optional<double> meaningfulChange;

    bool atCaseness(double score) const; // false when there is no cut-off
    double improvement(double first, double last) const; // positive = better, in points
    bool reliablyImproved(double first, double last) const;
    bool reliablyDeteriorated(double first, double last) const;
    bool meaningfullyImproved(double first, double last) const;
    bool meaningfullyDeteriorated(double first, double last) const;
};

/** A count out of a denominator. The percentage is undefined (nullopt) when the denominator is 0. */
struct Proportion
{
    int numerator = 0;
    int denominator = 0;
    std::optional<double> percent() const;
};

// --- Pairing ------------------------------------------------------------------------------------

/** The first and the last score of one measure in one episode. */
struct ScorePair
{
    qint64 clientId = 0;
    qint64 episodeId = 0;
    QString measureId;
    QDate firstOn;
    QDate lastOn;
    double first = 0;
    double last = 0;
    QString firstBand;
    QString lastBand;
    int administrations = 0; // responses in the episode for this measure, all of them

    double change() const { return last - first; } // raw difference, last minus first
};

/** An episode's measure with responses on a single day only: nothing to compare. */
struct UnpairedScore
{
    qint64 clientId = 0;
    qint64 episodeId = 0;
    QString measureId;
    QDate on;
    double score = 0;
    QString band;
    int administrations = 0; // more than 1 when the measure was given twice the same day
};

struct Pairing
{
    QList<ScorePair> pairs; // ordered by episode, then measure
    QList<UnpairedScore> unpaired; // likewise
    int responses = 0; // responses read (with a valid date)
    int undated = 0; // responses without a valid date: ignored
};

/**
 * Pairs the first and the last response of each measure in each episode (grouped by client, episode
 * and measure). The first is the earliest day's first response (lowest id), the last the latest
 * day's last (highest id). A pair needs two different days: responses all on one day (for example
 * entered twice, or one form given twice in a session) are one administration and go in unpaired,
 * scored by that day's first response. Responses without a valid date are ignored and counted.
 */
Pairing pairFirstLast(const QList<ScoredResponse>& responses);

/** Only the pairs of one measure. */
QList<ScorePair> pairsFor(const QList<ScorePair>& pairs, const QString& measureId);

// --- Band transitions ---------------------------------------------------------------------------

/** How many pairs moved from each band at the first score to each band at the last. */
struct BandTransitions
{
    QStringList bands; // the rows (first band) and columns (last band), in order
    QList<QList<int>> counts; // counts[row][column]
    QList<int> firstTotals; // per band: pairs whose first score is in it
    QList<int> lastTotals; // per band: pairs whose last score is in it
    int n = 0; // pairs counted
    int count(const QString& firstBand, const QString& lastBand) const;
    int firstTotal(const QString& band) const;
    int lastTotal(const QString& band) const;
};

/**
 * The matrix of first band by last band. bandOrder gives the rows and columns (from the measure's
 * definition, lowest first); a band seen in the pairs but not in bandOrder (including an empty one)
 * is added after them in the order first seen, so no pair is lost.
 */
BandTransitions bandTransitions(const QList<ScorePair>& pairs, const QStringList& bandOrder);

// --- Mean change --------------------------------------------------------------------------------

/**
 * The mean change (last minus first) with a confidence interval by the paired t method: mean of the
 * differences ± t(1 − α/2, n − 1) × SD / √n, SD the sample standard deviation (n − 1), t Student's t
 * quantile (Boost.Math). n < 2 gives no interval (hasInterval false, noIntervalReason says why);
 * n = 0 gives no mean either.
 */
struct MeanChange
{
    int n = 0;
    double confidence = 0.95;
    double meanFirst = 0;
    double meanLast = 0;
    double mean = 0; // mean of the differences
    double sd = 0; // sample SD of the differences (0 when n < 2)
    bool hasMean = false; // n >= 1
    bool hasInterval = false; // n >= 2
    double t = 0; // the t quantile used
    double lower = 0;
    double upper = 0;
    QString noIntervalReason; // translated; empty when there is an interval
};

MeanChange meanChange(const QList<ScorePair>& pairs, double confidence = 0.95);

// --- Change shares ------------------------------------------------------------------------------

/** What one pair's change means under a rule. */
struct PairChange
{
    double improvement = 0; // points, positive = better
    bool meaningfulImprovement = false;
    bool meaningfulDeterioration = false;
    bool reliableImprovement = false;
    bool reliableDeterioration = false;
    bool casenessAtStart = false;
    bool casenessAtEnd = false;
};

PairChange classifyChange(const ScorePair& pair, const ChangeRule& rule);

/**
 * Shares of pairs by kind of change, direction-aware. Each share's denominator is n (all pairs),
 * except recovery's: the pairs at caseness at the first score. Recovery here is the single-measure
 * form (at caseness at the start, not at the end), e.g. for CORE-10; NHS Talking Therapies
 * recovery over PHQ-9 and GAD-7 together is talkingTherapies(). A share whose threshold the rule
 * does not set is left empty (its has… flag false).
 */
struct ChangeShares
{
    int n = 0;
    bool hasMeaningful = false;
    Proportion meaningfulImprovement;
    Proportion meaningfulDeterioration;
    bool hasReliable = false;
    Proportion reliableImprovement;
    Proportion reliableDeterioration;
    Proportion noReliableChange;
    bool hasCaseness = false;
    Proportion recovery; // denominator: pairs at caseness at the start
    Proportion reliableRecovery; // recovered and reliably improved; same denominator
};

ChangeShares changeShares(const QList<ScorePair>& pairs, const ChangeRule& rule);

// --- NHS Talking Therapies ----------------------------------------------------------------------

/** One episode as NHS Talking Therapies outcomes read it. */
struct TalkingTherapiesEpisode
{
    qint64 clientId = 0;
    qint64 episodeId = 0;
    // The first and last depression (PHQ-9) and anxiety (GAD-7 or an ADSM) scores of the episode;
    // unset when the episode has no pair for that measure.
    std::optional<double> depressionFirst;
    std::optional<double> depressionLast;
    std::optional<double> anxietyFirst;
    std::optional<double> anxietyLast;
    int treatmentSessions = 0; // attended treatment appointments (assessment-only ones not counted)
};

/** The rules: one ChangeRule per measure (caseness and reliable change both required). */
struct TalkingTherapiesRule
{
    ChangeRule depression; // PHQ-9: higher is worse, caseness 10, reliable change 6
    ChangeRule anxiety; // GAD-7: higher is worse, caseness 8, reliable change 4
    int minimumTreatmentSessions = 2; // "at least two attended treatment appointments" (§5.2)
};

/** Why an episode is outside the Talking Therapies denominators. */
enum class TalkingTherapiesExclusion
{
    None, // finished a course of treatment with paired scores on both measures
    NotFinished, // fewer treatment sessions than a finished course needs
    NotPaired, // finished, but without a first and last score on both measures
};

/** One episode's classification, so a report can list the cases. */
struct TalkingTherapiesCase
{
    qint64 clientId = 0;
    qint64 episodeId = 0;
    TalkingTherapiesExclusion exclusion = TalkingTherapiesExclusion::None;
    // The rest is meaningful only when exclusion is None.
    bool atCasenessStart = false; // depression or anxiety at caseness at the first score
    bool atCasenessEnd = false;
    bool depressionReliablyImproved = false;
    bool depressionReliablyDeteriorated = false;
    bool anxietyReliablyImproved = false;
    bool anxietyReliablyDeteriorated = false;
    bool recovered = false; // at caseness at the start, below both cut-offs at the end
    bool reliablyImproved = false; // one measure reliably improved and neither reliably deteriorated
    bool reliablyDeteriorated = false; // either measure reliably deteriorated
    bool reliablyRecovered = false; // recovered and reliably improved
    bool noReliableChange = false; // neither reliably improved nor reliably deteriorated
};

/**
 * The NHS Talking Therapies outcomes (MEASURES.md §5), over the episodes that finished a course of
 * treatment (at least minimumTreatmentSessions) with a first and last score on both measures:
 * - recovery: recovered / (finished − not at caseness at the start);
 * - reliable improvement: reliably improved / finished (the not-at-caseness included);
 * - reliable deterioration: reliably deteriorated / finished;
 * - reliable recovery: reliably recovered / (finished − not at caseness at the start);
 * - no reliable change: / finished.
 * Episodes that did not finish, or finished without pairs on both measures, are counted and listed
 * but are in no denominator.
 */
struct TalkingTherapiesOutcomes
{
    int episodes = 0; // all episodes given
    int notFinished = 0;
    int finishedNotPaired = 0;
    int finished = 0; // finished with pairs on both measures: the denominator population
    int notAtCaseness = 0; // of finished, not at caseness at the start
    Proportion recovery;
    Proportion reliableImprovement;
    Proportion reliableDeterioration;
    Proportion reliableRecovery;
    Proportion noReliableChange;
    QList<TalkingTherapiesCase> cases; // one per episode given, in the order given
};

/** Fails (InvalidInput) when a rule lacks its caseness cut-off or reliable-change threshold. */
Result<TalkingTherapiesOutcomes> talkingTherapies(
    const QList<TalkingTherapiesEpisode>& episodes, const TalkingTherapiesRule& rule);

// --- Completion by sessions attended -------------------------------------------------------------

struct EpisodeSessions
{
    qint64 episodeId = 0;
    int sessionsAttended = 0;
};

/** One band of sessions attended, from..to inclusive (to unset: "or more"). */
struct CompletionBand
{
    int from = 0;
    std::optional<int> to;
    int episodes = 0; // episodes in the band
    Proportion paired; // denominator: episodes with at least one response; numerator: of those, with a pair
    QString label() const; // "1", "2–3", "13 or more" (translated)
};

struct Completion
{
    QList<CompletionBand> bands;
    int belowFirstBand = 0; // episodes with fewer sessions than the first band starts at
};

/**
 * How complete paired measurement is by sessions attended. bandStarts are the bands' first values,
 * ascending (e.g. {1, 2, 4, 7, 13} gives 1, 2–3, 4–6, 7–12, 13 or more). An episode has a pair when
 * any measure is paired in it (pairing from pairFirstLast). The episodes list is the population;
 * pairs of episodes not in it are ignored. Fails (InvalidInput) when bandStarts is empty or not
 * strictly ascending.
 */
Result<Completion> completionBySessions(
    const QList<EpisodeSessions>& episodes, const Pairing& pairing, const QList<int>& bandStarts);

// --- Yes / no / not applicable ------------------------------------------------------------------

enum class YesNoAnswer
{
    Yes,
    No,
    NotApplicable,
};

struct YesNoSummary
{
    int yes = 0;
    int no = 0;
    int notApplicable = 0;

    Proportion yesShare() const { return Proportion { yes, yes + no }; } // n.a. excluded
};

YesNoSummary summariseYesNo(const QList<YesNoAnswer>& answers);

} // namespace alongside::core::outcomes
