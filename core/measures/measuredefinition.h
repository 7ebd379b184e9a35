#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace alongside::core {

/** How a person answers one item. */
enum class ItemKind
{
    Likert, // one of a list of numbered options
    YesNoNa, // yes / no / not applicable; the "not applicable" option is not scored
    FreeText, // written answer, never scored (stored in measure_answer.text_value)
};

/** One answer a person can choose for an item: the number stored and the words shown beside it. */
struct ResponseOption
{
    int value = 0;
    QString label;
    bool scored = true; // false for "not applicable": the item then counts as neither answered nor missing
};

/**
 * A band describes a score, never a person: "Moderate", not "moderately depressed". min and max are
 * inclusive. Where a score can fall between two bands (a prorated total such as 10.6 between 0-10
 * and 11-14), it belongs to the lower band, because published cut-offs are "x or more".
 */
struct ScoreBand
{
    QString key;
    QString label;
    double min = 0;
    double max = 0;
};

/** An answer above `above` raises a risk flag whatever the total (e.g. PHQ-9 item 9 above 0). */
struct RiskRule
{
    int above = 0;
    QString label; // what the flag says, e.g. "Risk item answered above 0: talk about safety now"
};

struct MeasureItem
{
    int number = 0; // 1-based, as on the paper form
    QString text; // neutral label ("Item 3") for copyrighted instruments
    ItemKind kind = ItemKind::Likert;
    QList<ResponseOption> options; // empty for free text
    bool reverse = false; // scored as (lowest + highest - answer)
    std::optional<RiskRule> risk;
    QList<ScoreBand> bands; // for measures reported item by item (ONS4); empty otherwise
    bool higherIsBetter = true; // for item bands only

    int minValue() const;
    int maxValue() const;

    bool isScored() const { return kind != ItemKind::FreeText; }
};

enum class ScoringMethod
{
    Sum, // score = total of item scores
    Mean, // score = total / items answered
    SumTimesFactor, // score = total x factor (WHO-5: raw x 4 = percentage)
    Lookup, // score = table[total] (SWEMWBS raw -> metric)
    None, // no total: items are reported one by one (ONS4)
};

/** What happens when items are left unanswered. */
struct MissingRule
{
    enum class Kind
    {
        NoneAllowed, // no score unless every scored item is answered
        Prorate, // up to maxMissing items missing: total = sum x items / answered
    };
    Kind kind = Kind::NoneAllowed;
    int maxMissing = 0;
};

struct LookupEntry
{
    int raw = 0;
    double score = 0;
};

/** When a score is in the clinical range ("at caseness"), as the source states it. */
struct Caseness
{
    enum class When
    {
        AtOrAbove,
        Above,
        AtOrBelow,
        Below,
    };
    When when = When::AtOrAbove;
    double value = 0;
    QString label; // e.g. "In the clinical range (10 or more)"

    bool test(double score) const;
};

/** Change thresholds between a first and a last score, in points of the reported score. */
struct ChangeThresholds
{
    std::optional<double> reliable; // reliable change index
    std::optional<double> meaningful; // smallest change that matters (e.g. 1 SEM)
};

struct MeasureSource
{
    QString id; // the source id in shared/domain/MEASURES.md, e.g. "S26"
    QString citation;
    QString url;
};

/**
 * One questionnaire, as data: its items and answers, how it is scored, its bands, caseness cut-off,
 * change thresholds, risk items, licence and copyright line. The generic MeasureEngine scores any
 * definition, so adding a measure needs a JSON file and no C++ change (MeasureLoader reads and checks
 * it). Invariants once loaded: items are numbered 1..n in order; every scored item has options;
 * bands are ascending, do not overlap and cover every score the measure can produce.
 */
struct MeasureDefinition
{
    QString id; // stable key stored in measure_response.measure_id, e.g. "phq9"
    int version = 1; // stored in measure_response.definition_version
    QString title;
    QString shortTitle;
    QString recallPeriod; // e.g. "the last 2 weeks"
    QString licence; // what the charity must know or hold before using it
    QString copyright; // the line that must be shown with the form; empty if none is required
    QString itemNote; // e.g. where the item wording is (the charity's licensed paper form)
    QString notes; // caveats for the info panel, e.g. "these bands are unverified"
    QList<MeasureSource> sources;
    QList<MeasureItem> items;

    ScoringMethod method = ScoringMethod::Sum;
    double factor = 1; // SumTimesFactor only
    QList<LookupEntry> lookup; // Lookup only: one entry for every possible raw total
    MissingRule missing;
    double scoreMin = 0; // the range of the reported score
    double scoreMax = 0;
    bool higherIsBetter = true;
    QList<ScoreBand> bands;
    QList<ScoreBand> detailBands; // a finer split inside the bands (WEMWBS 14-40 / 41-44); optional
    std::optional<Caseness> caseness;
    std::optional<int> casenessAnyItemAtMost; // WHO-5: any single item 0-1 is also a prompt
    ChangeThresholds change;
    QString sourceFile; // where it was loaded from, for messages

    int scoredItemCount() const;
    double rawMin() const; // lowest possible total of item scores
    double rawMax() const;

    bool hasTotal() const { return method != ScoringMethod::None; }

    QList<int> riskItemNumbers() const;
};

} // namespace alongside::core
