#include "core/measures/measureengine.h"

#include <QLocale>

#include <cmath>

namespace alongside::core {

namespace {

// Scores such as SWEMWBS metric differences are decimals; compare thresholds with a little slack so
// that 22.35 - 19.35 counts as a change of 3.
constexpr double kSlack = 1e-9;

const ResponseOption* findOption(const MeasureItem& item, int value)
{
    for (const ResponseOption& o : item.options) {
        if (o.value == value) {
            return &o;
        }
    }
    return nullptr;
}

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

// Spelled out rather than %n: without a translation loaded, English would read "1 items".
QString items(int n)
{
    return n == 1 ? MeasureEngine::tr("1 item") : MeasureEngine::tr("%1 items").arg(n);
}

} // namespace

const ScoreBand* MeasureEngine::bandFor(const QList<ScoreBand>& bands, double score)
{
    const ScoreBand* found = nullptr;
    for (const ScoreBand& b : bands) {
        if (score + kSlack >= b.min) {
            found = &b; // bands are ascending: the last one whose minimum is reached
        }
    }
    if (found == nullptr || score > bands.last().max + kSlack) {
        return nullptr;
    }
    return found;
}

ScoreResult MeasureEngine::score(const MeasureDefinition& definition, const QList<std::optional<int>>& answers)
{
    ScoreResult r;
    if (answers.size() != definition.items.size()) {
        r.reason = tr("%1 has %2, but %3 answers were given.")
                       .arg(definition.shortTitle, items(int(definition.items.size())))
                       .arg(answers.size());
        return r;
    }

    // Check every answer first, and collect risk flags before any decision about missing items.
    QStringList wrong;
    int scored = 0;
    for (int i = 0; i < definition.items.size(); ++i) {
        const MeasureItem& item = definition.items[i];
        const std::optional<int>& answer = answers[i];
        if (!item.isScored()) {
            if (answer) {
                wrong << tr("item %1 is a written answer and takes no number").arg(item.number);
            }
            continue;
        }
        if (!answer) {
            ++r.missing;
            ++scored;
            continue;
        }
        const ResponseOption* option = findOption(item, *answer);
        if (option == nullptr) {
            wrong << tr("item %1 was given %2, but its answers run from %3 to %4")
                         .arg(item.number)
                         .arg(*answer)
                         .arg(item.minValue())
                         .arg(item.maxValue());
            continue;
        }
        if (item.risk && *answer > item.risk->above) {
            r.risks.append(RiskFlag { item.number, *answer, item.risk->label });
        }
        if (!option->scored) {
            continue; // "not applicable": neither answered nor missing
        }
        ++scored;
        ++r.answered;
        const int value = item.reverse ? item.minValue() + item.maxValue() - *answer : *answer;
        r.rawTotal += value;
        if (!item.bands.isEmpty()) {
            if (const ScoreBand* band = bandFor(item.bands, *answer)) {
                r.itemBands.append(ItemBandResult { item.number, *answer, band->key, band->label });
            }
        }
    }
    if (!wrong.isEmpty()) {
        r.reason = tr("%1 cannot be scored: %2. Check the answers against the paper form.")
                       .arg(definition.shortTitle, wrong.join(QStringLiteral("; ")));
        r.itemBands.clear();
        return r;
    }

    const int allowed = definition.missing.kind == MissingRule::Kind::Prorate ? definition.missing.maxMissing : 0;
    if (r.missing > allowed) {
        r.reason = allowed == 0 ? tr("%1 cannot be scored: %2 not answered, and its scoring rules need every item.")
                                      .arg(definition.shortTitle, items(r.missing))
                                : tr("%1 cannot be scored: %2 not answered, and its scoring rules allow at most %3.")
                                      .arg(definition.shortTitle, items(r.missing))
                                      .arg(allowed);
        return r;
    }
    if (scored > 0 && r.answered == 0 && definition.hasTotal()) {
        r.reason = tr("%1 cannot be scored: no item was answered.").arg(definition.shortTitle);
        return r;
    }

    r.complete = true;
    r.total = r.rawTotal;
    if (r.missing > 0 && r.answered > 0) {
        // Prorated as the CamCOPS CORE-10 implementation does: total x items / items answered.
        r.total = r.rawTotal * (r.answered + r.missing) / r.answered;
        r.prorated = true;
    }

    switch (definition.method) {
    case ScoringMethod::None:
        return r;
    case ScoringMethod::Sum:
        r.score = r.total;
        break;
    case ScoringMethod::Mean:
        r.score = r.answered > 0 ? r.rawTotal / r.answered : 0;
        break;
    case ScoringMethod::SumTimesFactor:
        r.score = r.total * definition.factor;
        break;
    case ScoringMethod::Lookup: {
        // The loader forbids prorating with a lookup table, so the total is a whole number here.
        const int raw = int(std::lround(r.total));
        for (const LookupEntry& e : definition.lookup) {
            if (e.raw == raw) {
                r.score = e.score;
            }
        }
        if (!r.score) {
            r.complete = false;
            r.reason = tr("%1 cannot be scored: its conversion table has no entry for a total of %2.")
                           .arg(definition.shortTitle, number(r.total));
            return r;
        }
        break;
    }
    }

    if (const ScoreBand* band = bandFor(definition.bands, *r.score)) {
        r.bandKey = band->key;
        r.bandLabel = band->label;
    }
    if (const ScoreBand* band = bandFor(definition.detailBands, *r.score)) {
        r.detailBandKey = band->key;
        r.detailBandLabel = band->label;
    }
    if (definition.caseness) {
        bool atCaseness = definition.caseness->test(*r.score);
        if (definition.casenessAnyItemAtMost) {
            for (int i = 0; i < definition.items.size(); ++i) {
                if (definition.items[i].isScored() && answers[i] && *answers[i] <= *definition.casenessAnyItemAtMost) {
                    atCaseness = true;
                }
            }
        }
        r.caseness = atCaseness;
    }
    return r;
}

ChangeResult MeasureEngine::change(
    const MeasureDefinition& definition, const ScoreResult& first, const ScoreResult& last)
{
    ChangeResult c;
    if (!definition.hasTotal()) {
        c.reason = tr("%1 has no total score, so change is shown item by item.").arg(definition.shortTitle);
        return c;
    }
    if (!first.complete || !first.score || !last.complete || !last.score) {
        c.reason = tr("Change needs a complete first and last %1.").arg(definition.shortTitle);
        return c;
    }
    c.applicable = true;
    c.difference = *last.score - *first.score;
    const double better = definition.higherIsBetter ? c.difference : -c.difference;
    if (definition.change.reliable) {
        c.reliableImprovement = better + kSlack >= *definition.change.reliable;
        c.reliableDeterioration = -better + kSlack >= *definition.change.reliable;
    }
    if (definition.change.meaningful) {
        c.meaningfulImprovement = better + kSlack >= *definition.change.meaningful;
        c.meaningfulDeterioration = -better + kSlack >= *definition.change.meaningful;
    }
    return c;
}

} // namespace alongside::core
