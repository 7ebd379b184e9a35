#include "core/measures/outcomeanalytics.h"

#include "core/measures/studentt.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace alongside::core::outcomes {

namespace {

// Decimal scores (SWEMWBS metric) differ by amounts like 3.0000000000000004: a change that is a
// threshold on paper must meet it here.
constexpr double kTolerance = 1e-9;

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("alongside::core::outcomes", text, nullptr, n);
}

bool atLeast(double value, double threshold)
{
    return value >= threshold - kTolerance;
}

} // namespace

bool ChangeRule::atCaseness(double score) const
{
    if (!casenessCutoff) {
        return false;
    }
    return higherIsBetter ? atLeast(*casenessCutoff, score) : atLeast(score, *casenessCutoff);
}

double ChangeRule::improvement(double first, double last) const
{
    return higherIsBetter ? last - first : first - last;
}

bool ChangeRule::reliablyImproved(double first, double last) const
{
    return reliableChange && atLeast(improvement(first, last), *reliableChange);
}

bool ChangeRule::reliablyDeteriorated(double first, double last) const
{
    return reliableChange && atLeast(-improvement(first, last), *reliableChange);
}

bool ChangeRule::meaningfullyImproved(double first, double last) const
{
    return meaningfulChange && atLeast(improvement(first, last), *meaningfulChange);
}

bool ChangeRule::meaningfullyDeteriorated(double first, double last) const
{
    return meaningfulChange && atLeast(-improvement(first, last), *meaningfulChange);
}

std::optional<double> Proportion::percent() const
{
    if (denominator <= 0) {
        return std::nullopt;
    }
    return 100.0 * numerator / denominator;
}

// --- Pairing ------------------------------------------------------------------------------------

Pairing pairFirstLast(const QList<ScoredResponse>& responses)
{
    Pairing out;
    using Key = std::tuple<qint64, qint64, QString>; // episode, client, measure
    QMap<Key, QList<const ScoredResponse*>> groups;
    for (const ScoredResponse& r : responses) {
        if (!r.on.isValid()) {
            ++out.undated;
            continue;
        }
        ++out.responses;
        groups[Key(r.episodeId, r.clientId, r.measureId)].append(&r);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        QList<const ScoredResponse*> list = it.value();
        // Stable: responses with the same day and id keep the order given.
        std::stable_sort(list.begin(), list.end(), [](const ScoredResponse* a, const ScoredResponse* b) {
            return a->on != b->on ? a->on < b->on : a->id < b->id;
        });
        const ScoredResponse& first = *list.constFirst();
        const ScoredResponse& last = *list.constLast();
        if (first.on == last.on) {
            UnpairedScore u;
            u.clientId = first.clientId;
            u.episodeId = first.episodeId;
            u.measureId = first.measureId;
            u.on = first.on;
            u.score = first.score;
            u.band = first.band;
            u.administrations = int(list.size());
            out.unpaired.append(u);
            continue;
        }
        ScorePair p;
        p.clientId = first.clientId;
        p.episodeId = first.episodeId;
        p.measureId = first.measureId;
        p.firstOn = first.on;
        p.lastOn = last.on;
        p.first = first.score;
        p.last = last.score;
        p.firstBand = first.band;
        p.lastBand = last.band;
        p.administrations = int(list.size());
        out.pairs.append(p);
    }
    return out;
}

QList<ScorePair> pairsFor(const QList<ScorePair>& pairs, const QString& measureId)
{
    QList<ScorePair> out;
    for (const ScorePair& p : pairs) {
        if (p.measureId == measureId) {
            out.append(p);
        }
    }
    return out;
}

// --- Band transitions ---------------------------------------------------------------------------

int BandTransitions::count(const QString& firstBand, const QString& lastBand) const
{
    const qsizetype row = bands.indexOf(firstBand);
    const qsizetype column = bands.indexOf(lastBand);
    return row < 0 || column < 0 ? 0 : counts.at(row).at(column);
}

int BandTransitions::firstTotal(const QString& band) const
{
    const qsizetype i = bands.indexOf(band);
    return i < 0 ? 0 : firstTotals.at(i);
}

int BandTransitions::lastTotal(const QString& band) const
{
    const qsizetype i = bands.indexOf(band);
    return i < 0 ? 0 : lastTotals.at(i);
}

BandTransitions bandTransitions(const QList<ScorePair>& pairs, const QStringList& bandOrder)
{
    BandTransitions out;
    out.bands = bandOrder;
    out.bands.removeDuplicates();
    for (const ScorePair& p : pairs) {
        for (const QString& band : { p.firstBand, p.lastBand }) {
            if (!out.bands.contains(band)) {
                out.bands.append(band);
            }
        }
    }
    const qsizetype size = out.bands.size();
    out.counts = QList<QList<int>>(size, QList<int>(size, 0));
    out.firstTotals = QList<int>(size, 0);
    out.lastTotals = QList<int>(size, 0);
    for (const ScorePair& p : pairs) {
        const qsizetype row = out.bands.indexOf(p.firstBand);
        const qsizetype column = out.bands.indexOf(p.lastBand);
        ++out.counts[row][column];
        ++out.firstTotals[row];
        ++out.lastTotals[column];
        ++out.n;
    }
    return out;
}

// --- Mean change --------------------------------------------------------------------------------

MeanChange meanChange(const QList<ScorePair>& pairs, double confidence)
{
    MeanChange out;
    out.confidence = confidence;
    out.n = int(pairs.size());
    if (out.n == 0) {
        out.noIntervalReason = tr("There are no pairs of first and last scores, so there is no mean change.");
        return out;
    }
    double sumFirst = 0;
    double sumLast = 0;
    double sum = 0;
    for (const ScorePair& p : pairs) {
        sumFirst += p.first;
        sumLast += p.last;
        sum += p.change();
    }
    out.meanFirst = sumFirst / out.n;
    out.meanLast = sumLast / out.n;
    out.mean = sum / out.n;
    out.hasMean = true;
    if (out.n < 2) {
        out.noIntervalReason = tr("A confidence interval needs at least two pairs of scores; there is %n.", out.n);
        return out;
    }
    if (!(confidence > 0 && confidence < 1)) {
        out.noIntervalReason = tr("The confidence level must be between 0 and 1.");
        return out;
    }
    double squares = 0;
    for (const ScorePair& p : pairs) {
        const double d = p.change() - out.mean;
        squares += d * d;
    }
    out.sd = std::sqrt(squares / (out.n - 1));
    out.t = stats::studentTUpperQuantile((1 - confidence) / 2, double(out.n - 1));
    const double half = out.t * out.sd / std::sqrt(double(out.n));
    out.lower = out.mean - half;
    out.upper = out.mean + half;
    out.hasInterval = true;
    return out;
}

// --- Change shares ------------------------------------------------------------------------------

PairChange classifyChange(const ScorePair& pair, const ChangeRule& rule)
{
    PairChange c;
    c.improvement = rule.improvement(pair.first, pair.last);
    c.meaningfulImprovement = rule.meaningfullyImproved(pair.first, pair.last);
    c.meaningfulDeterioration = rule.meaningfullyDeteriorated(pair.first, pair.last);
    c.reliableImprovement = rule.reliablyImproved(pair.first, pair.last);
    c.reliableDeterioration = rule.reliablyDeteriorated(pair.first, pair.last);
    c.casenessAtStart = rule.atCaseness(pair.first);
    c.casenessAtEnd = rule.atCaseness(pair.last);
    return c;
}

ChangeShares changeShares(const QList<ScorePair>& pairs, const ChangeRule& rule)
{
    ChangeShares out;
    out.n = int(pairs.size());
    out.hasMeaningful = rule.meaningfulChange.has_value();
    out.hasReliable = rule.reliableChange.has_value();
    out.hasCaseness = rule.casenessCutoff.has_value();
    for (const ScorePair& p : pairs) {
        const PairChange c = classifyChange(p, rule);
        if (out.hasMeaningful) {
            ++out.meaningfulImprovement.denominator;
            ++out.meaningfulDeterioration.denominator;
            out.meaningfulImprovement.numerator += c.meaningfulImprovement ? 1 : 0;
            out.meaningfulDeterioration.numerator += c.meaningfulDeterioration ? 1 : 0;
        }
        if (out.hasReliable) {
            ++out.reliableImprovement.denominator;
            ++out.reliableDeterioration.denominator;
            ++out.noReliableChange.denominator;
            out.reliableImprovement.numerator += c.reliableImprovement ? 1 : 0;
            out.reliableDeterioration.numerator += c.reliableDeterioration ? 1 : 0;
            out.noReliableChange.numerator += !c.reliableImprovement && !c.reliableDeterioration ? 1 : 0;
        }
        if (out.hasCaseness && c.casenessAtStart) {
            ++out.recovery.denominator;
            const bool recovered = !c.casenessAtEnd;
            out.recovery.numerator += recovered ? 1 : 0;
            if (out.hasReliable) {
                ++out.reliableRecovery.denominator;
                out.reliableRecovery.numerator += recovered && c.reliableImprovement ? 1 : 0;
            }
        }
    }
    return out;
}

// --- NHS Talking Therapies ----------------------------------------------------------------------

Result<TalkingTherapiesOutcomes> talkingTherapies(
    const QList<TalkingTherapiesEpisode>& episodes, const TalkingTherapiesRule& rule)
{
    const auto complete = [](const ChangeRule& r) { return r.casenessCutoff && r.reliableChange; };
    if (!complete(rule.depression) || !complete(rule.anxiety)) {
        return invalidInput(tr("NHS Talking Therapies outcomes need a caseness cut-off and a reliable-change "
                               "threshold for both the depression and the anxiety measure. Set them in the "
                               "measures' settings."));
    }
    if (rule.minimumTreatmentSessions < 1) {
        return invalidInput(tr("A finished course of treatment must need at least one treatment session."));
    }
    TalkingTherapiesOutcomes out;
    out.episodes = int(episodes.size());
    for (const TalkingTherapiesEpisode& e : episodes) {
        TalkingTherapiesCase c;
        c.clientId = e.clientId;
        c.episodeId = e.episodeId;
        if (e.treatmentSessions < rule.minimumTreatmentSessions) {
            c.exclusion = TalkingTherapiesExclusion::NotFinished;
            ++out.notFinished;
            out.cases.append(c);
            continue;
        }
        if (!e.depressionFirst || !e.depressionLast || !e.anxietyFirst || !e.anxietyLast) {
            c.exclusion = TalkingTherapiesExclusion::NotPaired;
            ++out.finishedNotPaired;
            out.cases.append(c);
            continue;
        }
        const ChangeRule& dep = rule.depression;
        const ChangeRule& anx = rule.anxiety;
        const double d0 = *e.depressionFirst;
        const double d1 = *e.depressionLast;
        const double a0 = *e.anxietyFirst;
        const double a1 = *e.anxietyLast;
        c.atCasenessStart = dep.atCaseness(d0) || anx.atCaseness(a0);
        c.atCasenessEnd = dep.atCaseness(d1) || anx.atCaseness(a1);
        c.depressionReliablyImproved = dep.reliablyImproved(d0, d1);
        c.depressionReliablyDeteriorated = dep.reliablyDeteriorated(d0, d1);
        c.anxietyReliablyImproved = anx.reliablyImproved(a0, a1);
        c.anxietyReliablyDeteriorated = anx.reliablyDeteriorated(a0, a1);
        c.recovered = c.atCasenessStart && !c.atCasenessEnd;
        c.reliablyDeteriorated = c.depressionReliablyDeteriorated || c.anxietyReliablyDeteriorated;
        c.reliablyImproved = (c.depressionReliablyImproved || c.anxietyReliablyImproved) && !c.reliablyDeteriorated;
        c.reliablyRecovered = c.recovered && c.reliablyImproved;
        c.noReliableChange = !c.reliablyImproved && !c.reliablyDeteriorated;

        ++out.finished;
        if (!c.atCasenessStart) {
            ++out.notAtCaseness;
        }
        out.recovery.numerator += c.recovered ? 1 : 0;
        out.reliableImprovement.numerator += c.reliablyImproved ? 1 : 0;
        out.reliableDeterioration.numerator += c.reliablyDeteriorated ? 1 : 0;
        out.reliableRecovery.numerator += c.reliablyRecovered ? 1 : 0;
        out.noReliableChange.numerator += c.noReliableChange ? 1 : 0;
        out.cases.append(c);
    }
    out.recovery.denominator = out.finished - out.notAtCaseness;
    out.reliableRecovery.denominator = out.finished - out.notAtCaseness;
    out.reliableImprovement.denominator = out.finished;
    out.reliableDeterioration.denominator = out.finished;
    out.noReliableChange.denominator = out.finished;
    return out;
}

// --- Completion by sessions attended -------------------------------------------------------------

QString CompletionBand::label() const
{
    if (!to) {
        return tr("%1 or more").arg(from);
    }
    if (*to == from) {
        return QString::number(from);
    }
    return tr("%1–%2").arg(from).arg(*to);
}

Result<Completion> completionBySessions(
    const QList<EpisodeSessions>& episodes, const Pairing& pairing, const QList<int>& bandStarts)
{
    if (bandStarts.isEmpty()) {
        return invalidInput(tr("Give at least one band of sessions attended, for example 1, 2, 4, 7 and 13."));
    }
    for (qsizetype i = 1; i < bandStarts.size(); ++i) {
        if (bandStarts.at(i) <= bandStarts.at(i - 1)) {
            return invalidInput(tr("The bands of sessions attended must start at increasing numbers (%1 follows %2).")
                                    .arg(bandStarts.at(i))
                                    .arg(bandStarts.at(i - 1)));
        }
    }
    QSet<qint64> measured;
    QSet<qint64> paired;
    for (const ScorePair& p : pairing.pairs) {
        measured.insert(p.episodeId);
        paired.insert(p.episodeId);
    }
    for (const UnpairedScore& u : pairing.unpaired) {
        measured.insert(u.episodeId);
    }
    Completion out;
    for (qsizetype i = 0; i < bandStarts.size(); ++i) {
        CompletionBand band;
        band.from = bandStarts.at(i);
        if (i + 1 < bandStarts.size()) {
            band.to = bandStarts.at(i + 1) - 1;
        }
        out.bands.append(band);
    }
    for (const EpisodeSessions& e : episodes) {
        if (e.sessionsAttended < bandStarts.constFirst()) {
            ++out.belowFirstBand;
            continue;
        }
        qsizetype i = bandStarts.size() - 1;
        while (bandStarts.at(i) > e.sessionsAttended) {
            --i;
        }
        CompletionBand& band = out.bands[i];
        ++band.episodes;
        if (measured.contains(e.episodeId)) {
            ++band.paired.denominator;
            band.paired.numerator += paired.contains(e.episodeId) ? 1 : 0;
        }
    }
    return out;
}

// --- Yes / no / not applicable ------------------------------------------------------------------

YesNoSummary summariseYesNo(const QList<YesNoAnswer>& answers)
{
    YesNoSummary out;
    for (YesNoAnswer a : answers) {
        switch (a) {
        case YesNoAnswer::Yes:
            ++out.yes;
            break;
        case YesNoAnswer::No:
            ++out.no;
            break;
        case YesNoAnswer::NotApplicable:
            ++out.notApplicable;
            break;
        }
    }
    return out;
}

} // namespace alongside::core::outcomes
