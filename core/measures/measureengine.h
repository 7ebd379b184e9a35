#pragma once

#include "core/measures/measuredefinition.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace alongside::core {

/** The band one item's answer falls in, for measures reported item by item (ONS4). */
struct ItemBandResult
{
    int itemNumber = 0;
    int value = 0;
    QString bandKey;
    QString bandLabel;
};

/** A risk item answered above its threshold. Reported even when the questionnaire cannot be scored. */
struct RiskFlag
{
    int itemNumber = 0;
    int value = 0;
    QString label;
};

/**
 * The scored result of one set of answers. When refused, reason says why in plain words and no
 * score, band or caseness is given; risk flags are still reported, because a risk answer must never
 * be hidden by a missing item elsewhere.
 */
struct ScoreResult
{
    bool complete = false;
    QString reason; // why it was refused; empty when complete
    int answered = 0; // scored items answered ("not applicable" counts as neither)
    int missing = 0;
    double rawTotal = 0; // the sum of item scores as answered (after reverse scoring)
    bool prorated = false;
    double total = 0; // rawTotal, or prorated to all items
    std::optional<double> score; // the reported score: total, mean, total x factor or looked-up metric
    QString bandKey;
    QString bandLabel;
    QString detailBandKey;
    QString detailBandLabel;
    std::optional<bool> caseness; // empty when the measure has no cut-off or no score
    QList<RiskFlag> risks;
    QList<ItemBandResult> itemBands;
};

/** Change between a first and a last score, judged by the definition's thresholds and direction. */
struct ChangeResult
{
    bool applicable = false;
    QString reason; // why no change can be given; empty when applicable
    double difference = 0; // last - first, in points of the reported score
    bool reliableImprovement = false;
    bool reliableDeterioration = false;
    bool meaningfulImprovement = false;
    bool meaningfulDeterioration = false;
};

/**
 * The one generic scoring engine. Pure functions of a definition and answers: no database, no
 * clock, no thresholds of its own. answers holds one entry per item in definition order (free-text
 * items take std::nullopt; their words are stored elsewhere); each value is the option the person
 * chose as written on the form, before reverse scoring.
 */
class MeasureEngine
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::MeasureEngine)

public:
    static ScoreResult score(const MeasureDefinition& definition, const QList<std::optional<int>>& answers);
    static ChangeResult change(const MeasureDefinition& definition, const ScoreResult& first, const ScoreResult& last);

    /** The band a score falls in (the lower band when it falls between two); nullptr if none. */
    static const ScoreBand* bandFor(const QList<ScoreBand>& bands, double score);
};

} // namespace alongside::core
