#include "core/db/sql.h"
#include "core/measures/measureservice.h"
#include "core/measures/outcomeanalytics.h"
#include "core/reports/quarterly/sections.h"
#include "core/reports/quarterly/tablesupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>
#include <optional>

// Sections 4 and 7 of the quarterly report: wellbeing (WEMWBS and SWEMWBS) and the NHS Talking
// Therapies comparison (PHQ-9 and GAD-7). Scores come from MeasureService::scoredResponses (the
// reported score, SWEMWBS on the metric scale); pairing, mean change and the Talking Therapies
// definitions come from core/measures/outcomeanalytics.h. Nothing here suppresses.

namespace alongside::core::report::quarterly {

namespace {

class Outcomes
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::quarterly::Outcomes)
};

// The Scottish Health Survey 2018, all adults 16+ (MEASURES.md §1.3): the only WEMWBS norm there
// with a standard deviation.
constexpr double kWemwbsPopulationMean = 49.4;
constexpr double kWemwbsPopulationSd = 8.96;
// The shipped SWEMWBS bands are "roughly the national 15th and 85th percentiles" (MEASURES.md,
// decisions): the population shares they stand for hold only while those cut-offs are in use.
constexpr double kSwemwbsLowMax = 19.25;
constexpr double kSwemwbsHighMin = 28.13;
constexpr double kTolerance = 1e-6;

// Bands of sessions attended for the completion table: 0, 1, 2–3, 4–6, 7–12, 13 or more.
const QList<int> kCompletionBands = { 0, 1, 2, 4, 7, 13 };

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

/** The index of the band a score falls in: the last band starting at or below it (a score in a gap goes lower). */
int bandIndex(double score, const QList<ScoreBand>& bands)
{
    int found = bands.isEmpty() ? -1 : 0;
    for (int i = 0; i < bands.size(); ++i) {
        if (bands.at(i).min <= score + kTolerance) {
            found = i;
        }
    }
    return found;
}

/**
 * The share of the general population expected in each band, or nothing when MEASURES.md gives no
 * distribution for these bands. WEMWBS: from a normal curve with the Scottish Health Survey 2018
 * mean and SD (whole-number scores, so each band runs half a point beyond its ends). SWEMWBS: 15%,
 * 70%, 15% while the shipped cut-offs are in use.
 */
std::optional<QList<double>> populationShares(const MeasureDefinition& d)
{
    const QList<ScoreBand>& bands = d.bands;
    if (bands.isEmpty()) {
        return std::nullopt;
    }
    if (d.id == QLatin1String("wemwbs")) {
        QList<double> shares;
        for (int i = 0; i < bands.size(); ++i) {
            const double upper = i + 1 < bands.size()
                ? normalCdf((bands.at(i).max + 0.5 - kWemwbsPopulationMean) / kWemwbsPopulationSd)
                : 1.0;
            const double lower
                = i > 0 ? normalCdf((bands.at(i).min - 0.5 - kWemwbsPopulationMean) / kWemwbsPopulationSd) : 0.0;
            shares.append(100.0 * (upper - lower));
        }
        return shares;
    }
    if (d.id == QLatin1String("swemwbs") && bands.size() == 3 && std::abs(bands.at(0).max - kSwemwbsLowMax) < kTolerance
        && std::abs(bands.at(2).min - kSwemwbsHighMin) < kTolerance) {
        return QList<double> { 15.0, 70.0, 15.0 };
    }
    return std::nullopt;
}

/** Every scored response of a measure up to the end of the period, in an episode. */
Result<QList<outcomes::ScoredResponse>> responsesTo(const Context& context, const QString& measureId)
{
    auto all = MeasureService(context.db).scoredResponses(context.actor, measureId, {}, context.period.to);
    if (!all) {
        return all.error();
    }
    QList<outcomes::ScoredResponse> inEpisodes;
    for (const outcomes::ScoredResponse& r : all.value()) {
        if (r.episodeId != 0) {
            inEpisodes.append(r);
        }
    }
    return inEpisodes;
}

/** Pairs whose last score was given in the period. */
QList<outcomes::ScorePair> endingIn(const Context& context, const QList<outcomes::ScorePair>& pairs)
{
    QList<outcomes::ScorePair> out;
    for (const outcomes::ScorePair& p : pairs) {
        if (context.period.contains(p.lastOn)) {
            out.append(p);
        }
    }
    return out;
}

/** Episodes that ended in the period, with the sessions attended in each. */
Result<QList<outcomes::EpisodeSessions>> episodesEnded(const Context& context)
{
    auto q = sql::query(context.db,
        QStringLiteral("SELECT e.id, (SELECT COUNT(*) FROM session s WHERE s.episode_id = e.id "
                       "AND s.attendance = 'attended') FROM episode e WHERE e.ended_on BETWEEN ? AND ? ORDER BY e.id"),
        { iso(context.period.from), iso(context.period.to) }, Outcomes::tr("read the episodes that ended"));
    if (!q) {
        return q.error();
    }
    QList<outcomes::EpisodeSessions> list;
    while (q.value().next()) {
        list.append(outcomes::EpisodeSessions { q.value().value(0).toLongLong(), q.value().value(1).toInt() });
    }
    return list;
}

struct Measure
{
    MeasureDefinition definition;
    QList<outcomes::ScoredResponse> responses;
    QList<outcomes::ScorePair> pairs; // last score in the period
    int decimals = 1;
};

Table bandTable(const Context& context, const Measure& m)
{
    const MeasureDefinition& d = m.definition;
    const int n = int(m.pairs.size());
    QList<int> first(d.bands.size(), 0);
    QList<int> last(d.bands.size(), 0);
    for (const outcomes::ScorePair& p : m.pairs) {
        const int f = bandIndex(p.first, d.bands);
        const int l = bandIndex(p.last, d.bands);
        if (f >= 0) {
            ++first[f];
        }
        if (l >= 0) {
            ++last[l];
        }
    }
    const std::optional<QList<double>> population = populationShares(d);

    Table t;
    t.id = QStringLiteral("wellbeing.%1.bands").arg(d.id);
    t.title = Outcomes::tr("%1: wellbeing band at the first and the last score").arg(d.shortTitle);
    t.periodKey = context.period.key;
    t.n = n;
    t.nLabel = Outcomes::tr("people with a first and a last %1 score in an episode, the last in the period")
                   .arg(d.shortTitle);
    t.columns = { keyedLabelColumn(QStringLiteral("band"), Outcomes::tr("Wellbeing band")),
        figureColumn(context, QStringLiteral("initial"), Outcomes::tr("First score: people"), CellKind::Count),
        percentColumn(context, QStringLiteral("initial_percent"), Outcomes::tr("First score: %"), 1),
        figureColumn(context, QStringLiteral("final"), Outcomes::tr("Last score: people"), CellKind::Count),
        percentColumn(context, QStringLiteral("final_percent"), Outcomes::tr("Last score: %"), 3) };
    if (population) {
        t.columns.append(figureColumn(
            context, QStringLiteral("population"), Outcomes::tr("General population %"), CellKind::Number));
    }
    for (int i = 0; i < d.bands.size(); ++i) {
        QList<Cell> cells { Cell::label(d.bands.at(i).label), Cell::count(first.at(i)), Cell::percent(first.at(i), n),
            Cell::count(last.at(i)), Cell::percent(last.at(i), n) };
        if (population) {
            cells.append(Cell::number(population->at(i), 1, -1, QStringLiteral("%")));
        }
        t.rows.append(row(d.bands.at(i).key, cells));
    }
    QList<Cell> totals { Cell::label(Outcomes::tr("Total")), Cell::count(n), Cell::percent(n, n), Cell::count(n),
        Cell::percent(n, n) };
    if (population) {
        totals.append(Cell::number(100.0, 1, -1, QStringLiteral("%")));
    }
    t.rows.append(row(QStringLiteral("total"), totals, RowKind::Total));
    t.sums = Sums::Down;

    QStringList bandText;
    for (const ScoreBand& b : d.bands) {
        bandText.append(b.label);
    }
    t.notes.append(Outcomes::tr("Pairs: the first and the last %1 score of each episode, where the last was given in "
                                "the period and on a later day than the first (the first may be from an earlier "
                                "period). An episode with a single score, or scores on one day only, is not counted.")
                       .arg(d.shortTitle));
    if (d.id == QLatin1String("swemwbs")) {
        t.notes.append(Outcomes::tr("SWEMWBS scores are on the metric scale (the raw total converted with Warwick's "
                                    "table)."));
    }
    t.notes.append(
        Outcomes::tr("Bands used (the measure's current settings): %1. The bands describe scores, not people.")
            .arg(bandText.join(QStringLiteral("; "))));
    if (d.id == QLatin1String("wemwbs") && population) {
        t.notes.append(Outcomes::tr("General population %: an estimate, not a published distribution. It is the share "
                                    "of a normal curve with the mean (%1) and standard deviation (%2) of adults in the "
                                    "Scottish Health Survey 2018 that falls in each band; real scores are not quite "
                                    "normal, so read it as a rough guide.")
                           .arg(QLocale().toString(kWemwbsPopulationMean, 'f', 1),
                               QLocale().toString(kWemwbsPopulationSd, 'f', 2)));
    } else if (population) {
        t.notes.append(Outcomes::tr("General population %: the shipped SWEMWBS bands are set at roughly the 15th and "
                                    "85th percentiles of adults in England (Health Survey for England), so about 15% "
                                    "of people score low, 70% average and 15% high (an approximation)."));
    } else {
        t.notes.append(Outcomes::tr("No general population column: the measure notes give no population distribution "
                                    "for the bands in use."));
    }
    return t;
}

Chart bandChart(const Table& t, const MeasureDefinition& d)
{
    Chart c;
    c.id = t.id + QStringLiteral(".chart");
    c.title = Outcomes::tr("%1: first and last scores by wellbeing band").arg(d.shortTitle);
    c.kind = Chart::Kind::GroupedBars;
    c.tableId = t.id;
    c.categoryColumn = 0;
    c.series = { ChartSeries { Outcomes::tr("First score"), t.columnIndex(QStringLiteral("initial_percent")) },
        ChartSeries { Outcomes::tr("Last score"), t.columnIndex(QStringLiteral("final_percent")) } };
    const int population = t.columnIndex(QStringLiteral("population"));
    if (population >= 0) {
        c.series.append(ChartSeries { Outcomes::tr("General population"), population });
    }
    c.valueAxisTitle = Outcomes::tr("% of people");
    c.percentAxis = true;
    c.nLabel = t.nLabel;
    return c;
}

Result<Measure> loadMeasure(const Context& context, const QString& id)
{
    Measure m;
    auto d = MeasureService(context.db).currentDefinition(id);
    if (!d) {
        return d.error();
    }
    m.definition = d.value();
    auto responses = responsesTo(context, id);
    if (!responses) {
        return responses.error();
    }
    m.responses = responses.value();
    m.pairs = endingIn(context, outcomes::pairFirstLast(m.responses).pairs);
    m.decimals = id == QLatin1String("swemwbs") ? 2 : 1;
    return m;
}

} // namespace

Result<Section> wellbeing(const Context& context)
{
    Section s;
    s.id = QStringLiteral("wellbeing");
    s.title = Outcomes::tr("Wellbeing");
    s.blocks.append(Block::paragraph(Outcomes::tr(
        "How people's wellbeing changed while we supported them, from the Warwick-Edinburgh Mental Wellbeing Scale "
        "(WEMWBS, 14 questions) and its short form (SWEMWBS, 7 questions). Higher scores mean better wellbeing. "
        "We compare each person's first score with their last.")));

    QList<Measure> measures;
    for (const QString& id : { QStringLiteral("wemwbs"), QStringLiteral("swemwbs") }) {
        auto m = loadMeasure(context, id);
        if (!m) {
            return m.error();
        }
        measures.append(m.value());
    }

    for (const Measure& m : measures) {
        const Table t = bandTable(context, m);
        s.blocks.append(Block::ofTable(t));
        s.blocks.append(Block::ofChart(bandChart(t, m.definition)));
    }

    // Mean change and individual change, one row per measure.
    Table change;
    change.id = QStringLiteral("wellbeing.change");
    change.title = Outcomes::tr("Change in wellbeing scores");
    change.periodKey = context.period.key;
    change.n = -1; // each measure's pairs are in its row: a combined n would give away a hidden one
    change.nLabel = Outcomes::tr("pairs of first and last scores are given for each measure");
    change.columns = { keyedLabelColumn(QStringLiteral("measure"), Outcomes::tr("Measure")),
        figureColumn(context, QStringLiteral("pairs"), Outcomes::tr("Pairs"), CellKind::Count),
        figureColumn(context, QStringLiteral("mean_initial"), Outcomes::tr("Mean first score"), CellKind::Number),
        figureColumn(context, QStringLiteral("mean_final"), Outcomes::tr("Mean last score"), CellKind::Number),
        figureColumn(context, QStringLiteral("mean_change"), Outcomes::tr("Mean change"), CellKind::Number),
        figureColumn(context, QStringLiteral("ci_lower"), Outcomes::tr("95% CI lower"), CellKind::Number),
        figureColumn(context, QStringLiteral("ci_upper"), Outcomes::tr("95% CI upper"), CellKind::Number),
        percentColumn(context, QStringLiteral("meaningful"), Outcomes::tr("Meaningful improvement %"), 1),
        percentColumn(context, QStringLiteral("reliable"), Outcomes::tr("Reliable improvement %"), 1) };
    change.sums = Sums::None;
    for (const Measure& m : measures) {
        const int n = int(m.pairs.size());
        const outcomes::ChangeRule rule = MeasureService::changeRule(m.definition);
        const outcomes::MeanChange mc = outcomes::meanChange(m.pairs, 0.95);
        const outcomes::ChangeShares shares = outcomes::changeShares(m.pairs, rule);
        const int dp = m.decimals;
        QList<Cell> cells { Cell::label(m.definition.shortTitle), Cell::count(n),
            mc.hasMean ? Cell::number(mc.meanFirst, dp, n) : Cell::none(),
            mc.hasMean ? Cell::number(mc.meanLast, dp, n) : Cell::none(),
            mc.hasMean ? Cell::number(mc.mean, dp, n) : Cell::none(),
            mc.hasInterval ? Cell::number(mc.lower, dp, n) : Cell::none(),
            mc.hasInterval ? Cell::number(mc.upper, dp, n) : Cell::none(),
            shares.hasMeaningful ? Cell::percent(shares.meaningfulImprovement.numerator, n) : Cell::none(),
            shares.hasReliable ? Cell::percent(shares.reliableImprovement.numerator, n) : Cell::none() };
        change.rows.append(row(m.definition.id, cells));
        const QLocale locale;
        change.notes.append(
            Outcomes::tr("%1: meaningful improvement is a rise of %2 points or more; reliable improvement a rise of %3 "
                         "points or more (the measure's current settings).")
                .arg(m.definition.shortTitle,
                    rule.meaningfulChange ? locale.toString(*rule.meaningfulChange) : Outcomes::tr("(not set)"),
                    rule.reliableChange ? locale.toString(*rule.reliableChange) : Outcomes::tr("(not set)")));
    }
    change.notes.prepend(Outcomes::tr(
        "Mean change is the average of each person's last score minus their first; a positive change is an "
        "improvement. The 95% confidence interval (paired t method) is the range the true average change is likely "
        "to lie in: if it does not include 0, the change is unlikely to be chance. Warwick advises at least 30 pairs "
        "before drawing conclusions about a group."));
    change.notes.append(Outcomes::tr("WEMWBS and SWEMWBS are on different scales (SWEMWBS metric scores run from 7 to "
                                     "35), so their figures are not comparable with each other."));
    s.blocks.append(Block::ofTable(change));

    // Completion of paired measures by sessions attended.
    auto ended = episodesEnded(context);
    if (!ended) {
        return ended.error();
    }
    QList<outcomes::ScoredResponse> both;
    for (const Measure& m : measures) {
        both.append(m.responses);
    }
    const outcomes::Pairing pairing = outcomes::pairFirstLast(both);
    auto completion = outcomes::completionBySessions(ended.value(), pairing, kCompletionBands);
    if (!completion) {
        return completion.error();
    }
    Table c;
    c.id = QStringLiteral("wellbeing.completion");
    c.title = Outcomes::tr("Completion of first and last wellbeing scores, by sessions attended");
    c.periodKey = context.period.key;
    c.n = int(ended.value().size());
    c.nLabel = Outcomes::tr("episodes that ended in the period");
    c.columns = { keyedLabelColumn(QStringLiteral("sessions"), Outcomes::tr("Sessions attended")),
        figureColumn(context, QStringLiteral("episodes"), Outcomes::tr("Episodes ended"), CellKind::Count),
        figureColumn(context, QStringLiteral("measured"), Outcomes::tr("With a wellbeing score"), CellKind::Count),
        figureColumn(context, QStringLiteral("paired"), Outcomes::tr("With a first and a last score"), CellKind::Count),
        percentColumn(context, QStringLiteral("percent"), Outcomes::tr("% paired"), 3) };
    int episodes = 0;
    int measured = 0;
    int paired = 0;
    for (const outcomes::CompletionBand& b : completion.value().bands) {
        episodes += b.episodes;
        measured += b.paired.denominator;
        paired += b.paired.numerator;
        const QString key = b.to ? QStringLiteral("sessions%1_%2").arg(b.from).arg(*b.to)
                                 : QStringLiteral("sessions%1plus").arg(b.from);
        c.rows.append(row(key,
            { Cell::label(b.label()), Cell::count(b.episodes), Cell::count(b.paired.denominator),
                Cell::count(b.paired.numerator), Cell::percent(b.paired.numerator, b.paired.denominator) }));
    }
    c.rows.append(row(QStringLiteral("total"),
        { Cell::label(Outcomes::tr("Total")), Cell::count(episodes), Cell::count(measured), Cell::count(paired),
            Cell::percent(paired, measured) },
        RowKind::Total));
    c.sums = Sums::Down;
    c.notes = { Outcomes::tr("Episodes (a person's time with one service) that ended in the period, by the sessions "
                             "they attended in the whole episode. \"With a wellbeing score\": at least one WEMWBS or "
                             "SWEMWBS score in the episode. \"With a first and a last score\": a WEMWBS or SWEMWBS "
                             "score on two different days. % paired is of those with a score.") };
    s.blocks.append(Block::ofTable(c));
    return s;
}

Result<Section> talkingTherapies(const Context& context)
{
    Section s;
    s.id = QStringLiteral("talking_therapies");
    s.title = Outcomes::tr("Comparison with NHS Talking Therapies");
    s.blocks.append(Block::paragraph(Outcomes::tr(
        "For people who completed the PHQ-9 (depression) and GAD-7 (anxiety) questionnaires, the recovery and "
        "improvement rates NHS Talking Therapies services report, worked out the same way so they can be "
        "compared. We are a peer-support service, not a therapy service: read the comparison as a guide.")));

    MeasureService measures(context.db);
    auto phq9 = measures.currentDefinition(QStringLiteral("phq9"));
    if (!phq9) {
        return phq9.error();
    }
    auto gad7 = measures.currentDefinition(QStringLiteral("gad7"));
    if (!gad7) {
        return gad7.error();
    }
    auto depression = responsesTo(context, QStringLiteral("phq9"));
    if (!depression) {
        return depression.error();
    }
    auto anxiety = responsesTo(context, QStringLiteral("gad7"));
    if (!anxiety) {
        return anxiety.error();
    }
    auto ended = episodesEnded(context);
    if (!ended) {
        return ended.error();
    }
    QList<outcomes::ScoredResponse> all = depression.value();
    all.append(anxiety.value());
    const outcomes::Pairing pairing = outcomes::pairFirstLast(all);
    QSet<qint64> scored;
    for (const outcomes::ScoredResponse& r : all) {
        scored.insert(r.episodeId);
    }
    QHash<qint64, outcomes::TalkingTherapiesEpisode> byEpisode;
    QList<qint64> order;
    for (const outcomes::EpisodeSessions& e : ended.value()) {
        if (!scored.contains(e.episodeId)) {
            continue; // never given either questionnaire: outside this comparison
        }
        outcomes::TalkingTherapiesEpisode t;
        t.episodeId = e.episodeId;
        t.treatmentSessions = e.sessionsAttended;
        byEpisode.insert(e.episodeId, t);
        order.append(e.episodeId);
    }
    for (const outcomes::ScorePair& p : pairing.pairs) {
        auto it = byEpisode.find(p.episodeId);
        if (it == byEpisode.end()) {
            continue;
        }
        it->clientId = p.clientId;
        if (p.measureId == QLatin1String("phq9")) {
            it->depressionFirst = p.first;
            it->depressionLast = p.last;
        } else {
            it->anxietyFirst = p.first;
            it->anxietyLast = p.last;
        }
    }
    QList<outcomes::TalkingTherapiesEpisode> episodes;
    for (qint64 id : order) {
        episodes.append(byEpisode.value(id));
    }
    outcomes::TalkingTherapiesRule rule;
    rule.depression = MeasureService::changeRule(phq9.value());
    rule.anxiety = MeasureService::changeRule(gad7.value());
    auto result = outcomes::talkingTherapies(episodes, rule);
    if (!result) {
        return result.error();
    }
    const outcomes::TalkingTherapiesOutcomes& o = result.value();
    const int atCaseness = o.finished - o.notAtCaseness;
    const QLocale locale;
    auto points = [&locale](const std::optional<double>& v) { return v ? locale.toString(*v) : QStringLiteral("–"); };

    Table pop;
    pop.id = QStringLiteral("talking_therapies.population");
    pop.title = Outcomes::tr("Who is counted");
    pop.periodKey = context.period.key;
    pop.n = o.episodes;
    pop.nLabel = Outcomes::tr("episodes that ended in the period with a PHQ-9 or GAD-7 score");
    pop.columns = { keyedLabelColumn(QStringLiteral("label"), QString()),
        figureColumn(context, QStringLiteral("count"), Outcomes::tr("Episodes"), CellKind::Count) };
    pop.rows = {
        row(QStringLiteral("not_finished"),
            { Cell::label(Outcomes::tr("Fewer than %1 sessions attended (not a finished course)")
                              .arg(rule.minimumTreatmentSessions)),
                Cell::count(o.notFinished) }),
        row(QStringLiteral("not_paired"),
            { Cell::label(Outcomes::tr("Finished, without a first and last score on both questionnaires")),
                Cell::count(o.finishedNotPaired) }),
        row(QStringLiteral("finished"),
            { Cell::label(Outcomes::tr("Finished a course, with first and last scores on both")),
                Cell::count(o.finished) }),
        row(QStringLiteral("at_caseness"),
            { Cell::label(Outcomes::tr("At caseness at the start")), Cell::count(atCaseness) }, RowKind::Breakdown),
        row(QStringLiteral("not_at_caseness"),
            { Cell::label(Outcomes::tr("Not at caseness at the start")), Cell::count(o.notAtCaseness) },
            RowKind::Breakdown),
        row(QStringLiteral("total"), { Cell::label(Outcomes::tr("Total")), Cell::count(o.episodes) }, RowKind::Total),
    };
    pop.sums = Sums::Down;
    pop.notes = {
        Outcomes::tr("Episodes (a person's time with one service) that ended in the period and had at least one PHQ-9 "
                     "or GAD-7 score. A finished course of treatment is at least %1 sessions attended; we do not "
                     "record which sessions were assessments, so every attended session counts.")
            .arg(rule.minimumTreatmentSessions),
        Outcomes::tr("At caseness: PHQ-9 %1 or more, or GAD-7 %2 or more, at the first score (the clinical range).")
            .arg(points(rule.depression.casenessCutoff), points(rule.anxiety.casenessCutoff)),
    };
    s.blocks.append(Block::ofTable(pop));

    Table t;
    t.id = QStringLiteral("talking_therapies.outcomes");
    t.title = Outcomes::tr("Recovery and improvement");
    t.periodKey = context.period.key;
    t.n = o.finished;
    t.nLabel = Outcomes::tr("episodes that finished a course with first and last PHQ-9 and GAD-7 scores");
    t.columns = { keyedLabelColumn(QStringLiteral("label"), Outcomes::tr("Outcome")),
        figureColumn(context, QStringLiteral("count"), Outcomes::tr("Episodes"), CellKind::Count),
        figureColumn(context, QStringLiteral("of"), Outcomes::tr("Out of"), CellKind::Count),
        percentColumn(context, QStringLiteral("percent"), Outcomes::tr("Rate"), 1) };
    auto outcomeRow = [](const QString& key, const QString& label, const outcomes::Proportion& p) {
        return row(key,
            { Cell::label(label), Cell::count(p.numerator), Cell::count(p.denominator),
                Cell::percent(p.numerator, p.denominator) });
    };
    t.rows = {
        outcomeRow(QStringLiteral("recovery"), Outcomes::tr("Recovery"), o.recovery),
        outcomeRow(QStringLiteral("reliable_improvement"), Outcomes::tr("Reliable improvement"), o.reliableImprovement),
        outcomeRow(QStringLiteral("reliable_recovery"), Outcomes::tr("Reliable recovery"), o.reliableRecovery),
        outcomeRow(
            QStringLiteral("reliable_deterioration"), Outcomes::tr("Reliable deterioration"), o.reliableDeterioration),
    };
    // "Out of" repeats the population table's figures: hidden there, hidden here.
    for (Row& r : t.rows) {
        const bool ofCaseness = r.key == QLatin1String("recovery") || r.key == QLatin1String("reliable_recovery");
        r.cells[2].sameAs = ofCaseness ? QStringLiteral("talking_therapies.population/at_caseness/count")
                                       : QStringLiteral("talking_therapies.population/finished/count");
    }
    t.sums = Sums::None;
    t.notes = {
        Outcomes::tr("Recovery: at caseness at the start and below both cut-offs at the end; out of the episodes at "
                     "caseness at the start."
                     " Reliable improvement: a fall of %1 or more on PHQ-9 or %2 or more on GAD-7, with no reliable "
                     "rise on the other; out of all finished episodes, including those not at caseness."
                     " Reliable recovery: both recovered and reliably improved; out of those at caseness at the start."
                     " Reliable deterioration: a rise of that size on either; out of all finished episodes.")
            .arg(points(rule.depression.reliableChange), points(rule.anxiety.reliableChange)),
        Outcomes::tr(
            "These follow the NHS Talking Therapies (formerly IAPT) definitions, applied to the first and last "
            "scores of each episode. They are IAPT-style figures, not official ones: anxiety is measured by "
            "GAD-7 only (NHS services use a disorder-specific measure where one applies), and an improvement "
            "counts only when the other measure has not reliably got worse. The national target is 50% recovery."),
    };
    s.blocks.append(Block::ofTable(t));
    return s;
}

} // namespace alongside::core::report::quarterly
