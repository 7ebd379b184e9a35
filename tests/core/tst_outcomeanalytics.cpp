// Outcome analytics as pure functions: pairing first and last scores, band transitions, the paired-t
// interval of the mean change, change shares, NHS Talking Therapies outcomes (MEASURES.md §5),
// completion by sessions attended and yes/no/n.a. shares. Every expected answer is worked by hand.

#include "core/measures/outcomeanalytics.h"

#include <QTest>

using namespace alongside::core;
using namespace alongside::core::outcomes;

Q_DECLARE_METATYPE(alongside::core::outcomes::ChangeRule)
Q_DECLARE_METATYPE(alongside::core::outcomes::TalkingTherapiesExclusion)

namespace {

ScoredResponse response(qint64 id, qint64 client, qint64 episode, const QString& measure, const QDate& on, double score,
    const QString& band = {})
{
    ScoredResponse r;
    r.id = id;
    r.clientId = client;
    r.episodeId = episode;
    r.measureId = measure;
    r.on = on;
    r.score = score;
    r.band = band;
    return r;
}

ScorePair pair(
    double first, double last, const QString& firstBand = {}, const QString& lastBand = {}, qint64 episode = 1)
{
    ScorePair p;
    p.episodeId = episode;
    p.measureId = QStringLiteral("m");
    p.firstOn = QDate(2026, 1, 1);
    p.lastOn = QDate(2026, 3, 1);
    p.first = first;
    p.last = last;
    p.firstBand = firstBand;
    p.lastBand = lastBand;
    p.administrations = 2;
    return p;
}

ChangeRule rule(bool higherIsBetter, std::optional<double> caseness, std::optional<double> reliable,
    std::optional<double> meaningful = std::nullopt)
{
    ChangeRule r;
    r.higherIsBetter = higherIsBetter;
    r.casenessCutoff = caseness;
    r.reliableChange = reliable;
    r.meaningfulChange = meaningful;
    return r;
}

// PHQ-9 and GAD-7 as MEASURES.md §3, §4 and §5 give them: caseness PHQ-9 >= 10, GAD-7 >= 8;
// reliable change PHQ-9 6, GAD-7 4; a finished course is at least two treatment sessions.
TalkingTherapiesRule nhsRule()
{
    TalkingTherapiesRule r;
    r.depression = rule(false, 10, 6);
    r.anxiety = rule(false, 8, 4);
    r.minimumTreatmentSessions = 2;
    return r;
}

// -1 stands for "no pair on this measure".
TalkingTherapiesEpisode episode(qint64 id, int sessions, double d0, double d1, double a0, double a1)
{
    TalkingTherapiesEpisode e;
    e.clientId = 100 + id;
    e.episodeId = id;
    e.treatmentSessions = sessions;
    const auto score = [](double v) { return v < 0 ? std::optional<double>() : std::optional<double>(v); };
    e.depressionFirst = score(d0);
    e.depressionLast = score(d1);
    e.anxietyFirst = score(a0);
    e.anxietyLast = score(a1);
    return e;
}

ScorePair episodePair(qint64 episode)
{
    return pair(10, 5, {}, {}, episode);
}

UnpairedScore episodeUnpaired(qint64 episode)
{
    UnpairedScore u;
    u.episodeId = episode;
    u.measureId = QStringLiteral("gad7");
    u.on = QDate(2026, 1, 1);
    u.score = 9;
    u.administrations = 1;
    return u;
}

EpisodeSessions sessions(qint64 episode, int attended)
{
    EpisodeSessions e;
    e.episodeId = episode;
    e.sessionsAttended = attended;
    return e;
}

} // namespace

class TstOutcomeAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void pairsFirstAndLastPerEpisodeAndMeasure();
    void sameDayResponsesAreOneAdministration();
    void bandTransitionMatrixAndMarginals();
    void meanChangeIntervalByPairedT();
    void meanChangeNeedsTwoPairsForAnInterval();
    void changeRuleBoundaries_data();
    void changeRuleBoundaries();
    void changeSharesAreDirectionAware();
    void changeSharesWithoutThresholdsAreEmpty();
    void talkingTherapiesCase_data();
    void talkingTherapiesCase();
    void talkingTherapiesRatesAndDenominators();
    void talkingTherapiesNeedsCompleteRules();
    void completionBySessionBands();
    void completionRefusesBadBands();
    void yesNoExcludesNotApplicable();
};

void TstOutcomeAnalytics::pairsFirstAndLastPerEpisodeAndMeasure()
{
    const QString phq = QStringLiteral("phq9");
    const QString gad = QStringLiteral("gad7");
    const QList<ScoredResponse> responses = {
        // Episode 3 (client 11) first in the list and out of order: sorting must not depend on input order.
        response(9, 11, 3, phq, QDate(2026, 2, 1), 8, QStringLiteral("mild")),
        response(7, 11, 3, phq, QDate(2026, 1, 1), 10, QStringLiteral("moderate")),
        response(8, 11, 3, phq, QDate(2026, 2, 1), 6, QStringLiteral("mild")),
        // Episode 1 (client 10): three PHQ-9 (first 15, last 7) and a single GAD-7.
        response(2, 10, 1, phq, QDate(2026, 2, 5), 12, QStringLiteral("moderate")),
        response(1, 10, 1, phq, QDate(2026, 1, 5), 15, QStringLiteral("moderately severe")),
        response(3, 10, 1, phq, QDate(2026, 3, 5), 7, QStringLiteral("mild")),
        response(4, 10, 1, gad, QDate(2026, 1, 5), 9, QStringLiteral("mild")),
        // Episode 2 (the same client as episode 3): one PHQ-9, kept apart from episode 3's.
        response(5, 11, 2, phq, QDate(2025, 6, 1), 20, QStringLiteral("severe")),
        // No date: ignored, but counted.
        response(6, 11, 2, phq, QDate(), 3),
    };
    const Pairing p = pairFirstLast(responses);
    QCOMPARE(p.responses, 8);
    QCOMPARE(p.undated, 1);

    QCOMPARE(p.pairs.size(), 2);
    const ScorePair& one = p.pairs.at(0);
    QCOMPARE(one.episodeId, 1);
    QCOMPARE(one.clientId, 10);
    QCOMPARE(one.measureId, phq);
    QCOMPARE(one.firstOn, QDate(2026, 1, 5));
    QCOMPARE(one.lastOn, QDate(2026, 3, 5));
    QCOMPARE(one.first, 15.0);
    QCOMPARE(one.last, 7.0);
    QCOMPARE(one.change(), -8.0);
    QCOMPARE(one.firstBand, QStringLiteral("moderately severe"));
    QCOMPARE(one.lastBand, QStringLiteral("mild"));
    QCOMPARE(one.administrations, 3);

    // Two responses on the last day: the later one (higher id 9) is the last score.
    const ScorePair& three = p.pairs.at(1);
    QCOMPARE(three.episodeId, 3);
    QCOMPARE(three.first, 10.0);
    QCOMPARE(three.last, 8.0);
    QCOMPARE(three.administrations, 3);

    QCOMPARE(p.unpaired.size(), 2);
    QCOMPARE(p.unpaired.at(0).episodeId, 1);
    QCOMPARE(p.unpaired.at(0).measureId, gad);
    QCOMPARE(p.unpaired.at(0).score, 9.0);
    QCOMPARE(p.unpaired.at(1).episodeId, 2);
    QCOMPARE(p.unpaired.at(1).score, 20.0);
    QCOMPARE(p.unpaired.at(1).administrations, 1);

    QCOMPARE(pairsFor(p.pairs, phq).size(), 2);
    QCOMPARE(pairsFor(p.pairs, gad).size(), 0);
    QVERIFY(pairFirstLast({}).pairs.isEmpty());
}

void TstOutcomeAnalytics::sameDayResponsesAreOneAdministration()
{
    const QString phq = QStringLiteral("phq9");
    const QDate day(2026, 4, 1);
    const Pairing p = pairFirstLast({ response(6, 1, 1, phq, day, 18), response(5, 1, 1, phq, day, 20) });
    QVERIFY(p.pairs.isEmpty());
    QCOMPARE(p.unpaired.size(), 1);
    QCOMPARE(p.unpaired.at(0).score, 20.0); // the day's first (lower id)
    QCOMPARE(p.unpaired.at(0).administrations, 2);

    // A third response a day later makes a pair from the first day's first to the new one.
    const Pairing q = pairFirstLast({ response(6, 1, 1, phq, day, 18), response(5, 1, 1, phq, day, 20),
        response(7, 1, 1, phq, day.addDays(1), 11) });
    QCOMPARE(q.pairs.size(), 1);
    QCOMPARE(q.pairs.at(0).first, 20.0);
    QCOMPARE(q.pairs.at(0).last, 11.0);
    QVERIFY(q.unpaired.isEmpty());
}

void TstOutcomeAnalytics::bandTransitionMatrixAndMarginals()
{
    const QString minimal = QStringLiteral("minimal");
    const QString mild = QStringLiteral("mild");
    const QString moderate = QStringLiteral("moderate");
    const QString modSevere = QStringLiteral("moderately severe");
    const QString severe = QStringLiteral("severe");
    const QList<ScorePair> pairs = {
        pair(12, 7, moderate, mild),
        pair(14, 6, moderate, mild),
        pair(22, 13, severe, moderate),
        pair(6, 8, mild, mild),
        pair(9, 11, mild, moderate),
        pair(0, 7, QString(), mild),
    };
    const BandTransitions t = bandTransitions(pairs, { minimal, mild, moderate, modSevere, severe });
    QCOMPARE(t.n, 6);
    // The bands given, then the empty band seen in the pairs.
    QCOMPARE(t.bands, QStringList({ minimal, mild, moderate, modSevere, severe, QString() }));
    QCOMPARE(t.count(moderate, mild), 2);
    QCOMPARE(t.count(severe, moderate), 1);
    QCOMPARE(t.count(mild, mild), 1);
    QCOMPARE(t.count(mild, moderate), 1);
    QCOMPARE(t.count(QString(), mild), 1);
    QCOMPARE(t.count(mild, moderate) + t.count(moderate, mild), 3);
    QCOMPARE(t.count(minimal, minimal), 0);
    QCOMPARE(t.count(QStringLiteral("not a band"), mild), 0);
    QCOMPARE(t.firstTotals, QList<int>({ 0, 2, 2, 0, 1, 1 }));
    QCOMPARE(t.lastTotals, QList<int>({ 0, 4, 2, 0, 0, 0 }));
    QCOMPARE(t.firstTotal(moderate), 2);
    QCOMPARE(t.lastTotal(mild), 4);
    int total = 0;
    for (const QList<int>& row : t.counts) {
        QCOMPARE(row.size(), t.bands.size());
        for (int c : row) {
            total += c;
        }
    }
    QCOMPARE(total, 6);

    const BandTransitions none = bandTransitions({}, { mild, moderate });
    QCOMPARE(none.n, 0);
    QCOMPARE(none.firstTotals, QList<int>({ 0, 0 }));
}

void TstOutcomeAnalytics::meanChangeIntervalByPairedT()
{
    // Differences 1, 2, 3, 4, 5: mean 3, SD sqrt(2.5) = 1.581139, t(0.975, 4) = 2.776445,
    // half-width 2.776445 × 1.581139 / sqrt(5) = 1.963243.
    QList<ScorePair> pairs;
    for (int d = 1; d <= 5; ++d) {
        pairs.append(pair(10, 10 + d));
    }
    const MeanChange m = meanChange(pairs);
    QCOMPARE(m.n, 5);
    QVERIFY(m.hasMean);
    QVERIFY(m.hasInterval);
    QVERIFY(m.noIntervalReason.isEmpty());
    QCOMPARE(m.meanFirst, 10.0);
    QCOMPARE(m.meanLast, 13.0);
    QCOMPARE(m.mean, 3.0);
    QVERIFY(qAbs(m.sd - 1.581139) < 1e-6);
    QVERIFY(qAbs(m.t - 2.776445) < 1e-6);
    QVERIFY(qAbs(m.lower - (3 - 1.963243)) < 1e-5);
    QVERIFY(qAbs(m.upper - (3 + 1.963243)) < 1e-5);

    // 90%: t(0.95, 4) = 2.131847, half-width 2.131847 × 0.707107 = 1.507443.
    const MeanChange m90 = meanChange(pairs, 0.90);
    QVERIFY(qAbs(m90.t - 2.131847) < 1e-6);
    QVERIFY(qAbs(m90.upper - m90.lower - 2 * 1.507443) < 1e-5);

    // Two pairs, differences 0 and 2: mean 1, SD sqrt(2), t(0.975, 1) = 12.706205, half-width
    // 12.706205 × sqrt(2) / sqrt(2).
    const MeanChange two = meanChange({ pair(5, 5), pair(5, 7) });
    QVERIFY(two.hasInterval);
    QCOMPARE(two.mean, 1.0);
    QVERIFY(qAbs(two.lower - (1 - 12.706205)) < 1e-5);
    QVERIFY(qAbs(two.upper - (1 + 12.706205)) < 1e-5);

    // Falls are negative: a higher-is-worse measure that improved has a negative mean change.
    const MeanChange fall = meanChange({ pair(20, 10), pair(18, 10), pair(16, 10) });
    QCOMPARE(fall.mean, -8.0);
    QVERIFY(fall.upper < 0);
}

void TstOutcomeAnalytics::meanChangeNeedsTwoPairsForAnInterval()
{
    const MeanChange one = meanChange({ pair(20, 14) });
    QCOMPARE(one.n, 1);
    QVERIFY(one.hasMean);
    QCOMPARE(one.mean, -6.0);
    QVERIFY(!one.hasInterval);
    QVERIFY(one.noIntervalReason.contains(QStringLiteral("at least two")));

    const MeanChange none = meanChange({});
    QCOMPARE(none.n, 0);
    QVERIFY(!none.hasMean);
    QVERIFY(!none.hasInterval);
    QVERIFY(!none.noIntervalReason.isEmpty());

    const MeanChange badLevel = meanChange({ pair(1, 2), pair(1, 3) }, 1.5);
    QVERIFY(badLevel.hasMean);
    QVERIFY(!badLevel.hasInterval);
    QVERIFY(!badLevel.noIntervalReason.isEmpty());
}

void TstOutcomeAnalytics::changeRuleBoundaries_data()
{
    QTest::addColumn<ChangeRule>("rule");
    QTest::addColumn<double>("first");
    QTest::addColumn<double>("last");
    QTest::addColumn<bool>("casenessFirst");
    QTest::addColumn<bool>("reliableImprovement");
    QTest::addColumn<bool>("reliableDeterioration");
    QTest::addColumn<bool>("meaningfulImprovement");

    const ChangeRule phq = rule(false, 10, 6);
    const ChangeRule gad = rule(false, 8, 4);
    const ChangeRule core10 = rule(false, 11, 6);
    const ChangeRule wemwbs = rule(true, 44, 8, 3);
    const ChangeRule swemwbs = rule(true, std::nullopt, 3, 1);
    QTest::newRow("PHQ-9 10 is caseness, fall of 6 is reliable")
        << phq << 10.0 << 4.0 << true << true << false << false;
    QTest::newRow("PHQ-9 9 is not caseness, fall of 5 is not") << phq << 9.0 << 4.0 << false << false << false << false;
    QTest::newRow("PHQ-9 rise of 6 is deterioration") << phq << 4.0 << 10.0 << false << false << true << false;
    QTest::newRow("GAD-7 8 is caseness, fall of 4 is reliable") << gad << 8.0 << 4.0 << true << true << false << false;
    QTest::newRow("GAD-7 7 is not caseness, fall of 3 is not") << gad << 7.0 << 4.0 << false << false << false << false;
    QTest::newRow("GAD-7 rise of 4 is deterioration") << gad << 3.0 << 7.0 << false << false << true << false;
    QTest::newRow("CORE-10 11 is clinical") << core10 << 11.0 << 5.0 << true << true << false << false;
    QTest::newRow("CORE-10 10 is not") << core10 << 10.0 << 5.0 << false << false << false << false;
    QTest::newRow("WEMWBS 44 is low, rise of 8 reliable") << wemwbs << 44.0 << 52.0 << true << true << false << true;
    QTest::newRow("WEMWBS 45 is not low, rise of 3 meaningful")
        << wemwbs << 45.0 << 48.0 << false << false << false << true;
    QTest::newRow("WEMWBS rise of 2 is neither") << wemwbs << 45.0 << 47.0 << false << false << false << false;
    QTest::newRow("WEMWBS fall of 8 is deterioration") << wemwbs << 52.0 << 44.0 << false << false << true << false;
    QTest::newRow("SWEMWBS has no caseness") << swemwbs << 7.0 << 7.0 << false << false << false << false;
    QTest::newRow("SWEMWBS 7.03 to 10.03 is 3 despite rounding")
        << swemwbs << 7.03 << 10.03 << false << true << false << true;
    QTest::newRow("SWEMWBS 18.59 to 21.54 is 2.95, not reliable")
        << swemwbs << 18.59 << 21.54 << false << false << false << true;
}

void TstOutcomeAnalytics::changeRuleBoundaries()
{
    QFETCH(ChangeRule, rule);
    QFETCH(double, first);
    QFETCH(double, last);
    QFETCH(bool, casenessFirst);
    QFETCH(bool, reliableImprovement);
    QFETCH(bool, reliableDeterioration);
    QFETCH(bool, meaningfulImprovement);
    const PairChange c = classifyChange(pair(first, last), rule);
    QCOMPARE(c.casenessAtStart, casenessFirst);
    QCOMPARE(c.reliableImprovement, reliableImprovement);
    QCOMPARE(c.reliableDeterioration, reliableDeterioration);
    QCOMPARE(c.meaningfulImprovement, meaningfulImprovement);
    QCOMPARE(rule.atCaseness(first), casenessFirst);
}

void TstOutcomeAnalytics::changeSharesAreDirectionAware()
{
    // WEMWBS: higher is better; low (caseness) at 44 or below; reliable 8, meaningful 3.
    const ChangeRule wemwbs = rule(true, 44, 8, 3);
    const QList<ScorePair> pairs = {
        pair(40, 48), // +8: meaningful and reliable improvement; low to not low: recovered, reliably
        pair(44, 47), // +3: meaningful only; low to not low: recovered, not reliably
        pair(50, 47), // -3: meaningful deterioration
        pair(52, 44), // -8: reliable (and meaningful) deterioration
        pair(45, 47), // +2: no change of note
    };
    const ChangeShares s = changeShares(pairs, wemwbs);
    QCOMPARE(s.n, 5);
    QVERIFY(s.hasMeaningful && s.hasReliable && s.hasCaseness);
    QCOMPARE(s.meaningfulImprovement.numerator, 2);
    QCOMPARE(s.meaningfulImprovement.denominator, 5);
    QCOMPARE(*s.meaningfulImprovement.percent(), 40.0);
    QCOMPARE(s.meaningfulDeterioration.numerator, 2);
    QCOMPARE(s.reliableImprovement.numerator, 1);
    QCOMPARE(s.reliableImprovement.denominator, 5);
    QCOMPARE(s.reliableDeterioration.numerator, 1);
    QCOMPARE(s.noReliableChange.numerator, 3);
    QCOMPARE(s.recovery.numerator, 2);
    QCOMPARE(s.recovery.denominator, 2);
    QCOMPARE(s.reliableRecovery.numerator, 1);
    QCOMPARE(s.reliableRecovery.denominator, 2);
    QCOMPARE(*s.reliableRecovery.percent(), 50.0);

    // The same numbers read as higher-is-worse swap improvement and deterioration.
    ChangeRule worse = wemwbs;
    worse.higherIsBetter = false;
    worse.casenessCutoff.reset();
    const ChangeShares w = changeShares(pairs, worse);
    QCOMPARE(w.reliableImprovement.numerator, 1); // 52 -> 44
    QCOMPARE(w.reliableDeterioration.numerator, 1); // 40 -> 48
    QCOMPARE(w.meaningfulImprovement.numerator, 2); // 50 -> 47, 52 -> 44
}

void TstOutcomeAnalytics::changeSharesWithoutThresholdsAreEmpty()
{
    const ChangeShares s = changeShares({ pair(5, 1), pair(1, 5) }, rule(false, std::nullopt, std::nullopt));
    QCOMPARE(s.n, 2);
    QVERIFY(!s.hasMeaningful);
    QVERIFY(!s.hasReliable);
    QVERIFY(!s.hasCaseness);
    QCOMPARE(s.reliableImprovement.denominator, 0);
    QVERIFY(!s.reliableImprovement.percent().has_value());
    QCOMPARE(s.recovery.denominator, 0);
    QVERIFY(!s.recovery.percent().has_value());
}

void TstOutcomeAnalytics::talkingTherapiesCase_data()
{
    QTest::addColumn<int>("sessions");
    QTest::addColumn<double>("phqFirst");
    QTest::addColumn<double>("phqLast");
    QTest::addColumn<double>("gadFirst");
    QTest::addColumn<double>("gadLast");
    QTest::addColumn<TalkingTherapiesExclusion>("exclusion");
    QTest::addColumn<bool>("caseness");
    QTest::addColumn<bool>("recovered");
    QTest::addColumn<bool>("improved");
    QTest::addColumn<bool>("deteriorated");
    QTest::addColumn<bool>("reliablyRecovered");

    const auto in = TalkingTherapiesExclusion::None;
    // clang-format off
    QTest::newRow("both improve, below both cut-offs: reliable recovery")
        << 2 << 15.0 << 5.0 << 10.0 << 4.0 << in << true << true << true << false << true;
    QTest::newRow("not at caseness at the start, reliable improvement still counts")
        << 6 << 9.0 << 3.0 << 7.0 << 2.0 << in << false << false << true << false << false;
    QTest::newRow("PHQ-9 improves reliably, GAD-7 deteriorates reliably: not improvement")
        << 5 << 18.0 << 10.0 << 5.0 << 9.0 << in << true << false << false << true << false;
    QTest::newRow("GAD-7 improves reliably, PHQ-9 deteriorates reliably: not improvement")
        << 5 << 4.0 << 10.0 << 12.0 << 4.0 << in << true << false << false << true << false;
    QTest::newRow("recovered without reliable improvement is not reliable recovery")
        << 4 << 11.0 << 8.0 << 9.0 << 6.0 << in << true << true << false << false << false;
    QTest::newRow("reliable improvement but still at caseness is not reliable recovery")
        << 8 << 20.0 << 12.0 << 6.0 << 6.0 << in << true << false << true << false << false;
    QTest::newRow("one session is not a finished course")
        << 1 << 20.0 << 5.0 << 15.0 << 3.0 << TalkingTherapiesExclusion::NotFinished << false << false << false << false << false;
    QTest::newRow("no treatment sessions is not a finished course")
        << 0 << 20.0 << 5.0 << 15.0 << 3.0 << TalkingTherapiesExclusion::NotFinished << false << false << false << false << false;
    QTest::newRow("finished without a GAD-7 pair")
        << 3 << 20.0 << 5.0 << 15.0 << -1.0 << TalkingTherapiesExclusion::NotPaired << false << false << false << false << false;
    QTest::newRow("finished without a PHQ-9 pair")
        << 3 << -1.0 << -1.0 << 15.0 << 3.0 << TalkingTherapiesExclusion::NotPaired << false << false << false << false << false;
    QTest::newRow("PHQ-9 exactly 10 at the start is caseness")
        << 2 << 10.0 << 9.0 << 0.0 << 0.0 << in << true << true << false << false << false;
    QTest::newRow("PHQ-9 9 and GAD-7 7 at the start is not caseness")
        << 2 << 9.0 << 9.0 << 7.0 << 7.0 << in << false << false << false << false << false;
    QTest::newRow("GAD-7 exactly 8 at the start is caseness")
        << 2 << 0.0 << 0.0 << 8.0 << 7.0 << in << true << true << false << false << false;
    QTest::newRow("PHQ-9 exactly 10 at the end is not recovered")
        << 2 << 14.0 << 10.0 << 5.0 << 5.0 << in << true << false << false << false << false;
    QTest::newRow("GAD-7 exactly 8 at the end is not recovered")
        << 2 << 5.0 << 5.0 << 12.0 << 8.0 << in << true << false << true << false << false;
    QTest::newRow("PHQ-9 fall of exactly 6 is reliable")
        << 2 << 16.0 << 10.0 << 3.0 << 3.0 << in << true << false << true << false << false;
    QTest::newRow("PHQ-9 fall of 5 is not reliable")
        << 2 << 15.0 << 10.0 << 3.0 << 3.0 << in << true << false << false << false << false;
    QTest::newRow("GAD-7 fall of exactly 4 to below caseness is reliable recovery")
        << 2 << 3.0 << 3.0 << 11.0 << 7.0 << in << true << true << true << false << true;
    QTest::newRow("GAD-7 fall of 3 is not reliable")
        << 2 << 3.0 << 3.0 << 10.0 << 7.0 << in << true << true << false << false << false;
    QTest::newRow("PHQ-9 rise of exactly 6 is deterioration")
        << 2 << 4.0 << 10.0 << 3.0 << 3.0 << in << false << false << false << true << false;
    QTest::newRow("PHQ-9 rise of 5 is not")
        << 2 << 4.0 << 9.0 << 3.0 << 3.0 << in << false << false << false << false << false;
    QTest::newRow("GAD-7 rise of exactly 4 is deterioration")
        << 2 << 3.0 << 3.0 << 3.0 << 7.0 << in << false << false << false << true << false;
    QTest::newRow("GAD-7 rise of 3 is not")
        << 2 << 3.0 << 3.0 << 3.0 << 6.0 << in << false << false << false << false << false;
    // clang-format on
}

void TstOutcomeAnalytics::talkingTherapiesCase()
{
    QFETCH(int, sessions);
    QFETCH(double, phqFirst);
    QFETCH(double, phqLast);
    QFETCH(double, gadFirst);
    QFETCH(double, gadLast);
    QFETCH(TalkingTherapiesExclusion, exclusion);
    QFETCH(bool, caseness);
    QFETCH(bool, recovered);
    QFETCH(bool, improved);
    QFETCH(bool, deteriorated);
    QFETCH(bool, reliablyRecovered);

    const Result<TalkingTherapiesOutcomes> result
        = talkingTherapies({ episode(7, sessions, phqFirst, phqLast, gadFirst, gadLast) }, nhsRule());
    QVERIFY2(result.isOk(), qPrintable(result.message()));
    const TalkingTherapiesOutcomes& o = result.value();
    QCOMPARE(o.cases.size(), 1);
    const TalkingTherapiesCase& c = o.cases.at(0);
    QCOMPARE(c.episodeId, 7);
    QCOMPARE(c.clientId, 107);
    QCOMPARE(c.exclusion, exclusion);
    QCOMPARE(c.atCasenessStart, caseness);
    QCOMPARE(c.recovered, recovered);
    QCOMPARE(c.reliablyImproved, improved);
    QCOMPARE(c.reliablyDeteriorated, deteriorated);
    QCOMPARE(c.reliablyRecovered, reliablyRecovered);
    QVERIFY(!(c.reliablyImproved && c.reliablyDeteriorated));

    // The denominators this one case is in.
    const bool finished = exclusion == TalkingTherapiesExclusion::None;
    QCOMPARE(o.finished, finished ? 1 : 0);
    QCOMPARE(o.notFinished, exclusion == TalkingTherapiesExclusion::NotFinished ? 1 : 0);
    QCOMPARE(o.finishedNotPaired, exclusion == TalkingTherapiesExclusion::NotPaired ? 1 : 0);
    QCOMPARE(o.recovery.denominator, finished && caseness ? 1 : 0);
    QCOMPARE(o.reliableRecovery.denominator, finished && caseness ? 1 : 0);
    QCOMPARE(o.reliableImprovement.denominator, finished ? 1 : 0);
    QCOMPARE(o.reliableDeterioration.denominator, finished ? 1 : 0);
    QCOMPARE(o.recovery.numerator, recovered ? 1 : 0);
    QCOMPARE(o.reliableImprovement.numerator, improved ? 1 : 0);
    QCOMPARE(o.reliableDeterioration.numerator, deteriorated ? 1 : 0);
    QCOMPARE(o.noReliableChange.numerator, finished && !improved && !deteriorated ? 1 : 0);
}

void TstOutcomeAnalytics::talkingTherapiesRatesAndDenominators()
{
    const QList<TalkingTherapiesEpisode> episodes = {
        episode(1, 2, 15, 5, 10, 4), // recovered, reliably improved: reliable recovery
        episode(2, 6, 9, 3, 7, 2), // not at caseness; reliably improved
        episode(3, 5, 18, 10, 5, 9), // reliable deterioration (GAD-7), not improvement
        episode(4, 4, 11, 8, 9, 6), // recovered, no reliable change
        episode(5, 1, 20, 5, 15, 3), // one session: not finished
        episode(6, 3, 20, 5, 15, -1), // finished, no GAD-7 pair
    };
    const Result<TalkingTherapiesOutcomes> result = talkingTherapies(episodes, nhsRule());
    QVERIFY2(result.isOk(), qPrintable(result.message()));
    const TalkingTherapiesOutcomes& o = result.value();
    QCOMPARE(o.episodes, 6);
    QCOMPARE(o.notFinished, 1);
    QCOMPARE(o.finishedNotPaired, 1);
    QCOMPARE(o.finished, 4);
    QCOMPARE(o.notAtCaseness, 1);
    // Recovery: 2 / (4 - 1).
    QCOMPARE(o.recovery.numerator, 2);
    QCOMPARE(o.recovery.denominator, 3);
    QVERIFY(qAbs(*o.recovery.percent() - 66.666667) < 1e-4);
    // Reliable improvement: 2 / 4, the not-at-caseness episode 2 included.
    QCOMPARE(o.reliableImprovement.numerator, 2);
    QCOMPARE(o.reliableImprovement.denominator, 4);
    QCOMPARE(*o.reliableImprovement.percent(), 50.0);
    QCOMPARE(o.reliableDeterioration.numerator, 1);
    QCOMPARE(o.reliableDeterioration.denominator, 4);
    QCOMPARE(o.reliableRecovery.numerator, 1);
    QCOMPARE(o.reliableRecovery.denominator, 3);
    QCOMPARE(o.noReliableChange.numerator, 1);
    QCOMPARE(o.noReliableChange.denominator, 4);
    QCOMPARE(o.cases.size(), 6);
    QCOMPARE(o.cases.at(4).exclusion, TalkingTherapiesExclusion::NotFinished);
    QCOMPARE(o.cases.at(5).exclusion, TalkingTherapiesExclusion::NotPaired);

    // A course needing three sessions drops episode 1 (two sessions) from every denominator.
    TalkingTherapiesRule three = nhsRule();
    three.minimumTreatmentSessions = 3;
    const Result<TalkingTherapiesOutcomes> stricter = talkingTherapies(episodes, three);
    QVERIFY(stricter.isOk());
    QCOMPARE(stricter.value().finished, 3);
    QCOMPARE(stricter.value().recovery.numerator, 1);
    QCOMPARE(stricter.value().recovery.denominator, 2);

    // MEASURES.md §5.3's worked example: 23,291 / (48,111 - 2,957) = 51.6%.
    Proportion december;
    december.numerator = 23291;
    december.denominator = 48111 - 2957;
    QCOMPARE(qRound(*december.percent() * 10), 516);

    const Result<TalkingTherapiesOutcomes> empty = talkingTherapies({}, nhsRule());
    QVERIFY(empty.isOk());
    QVERIFY(!empty.value().recovery.percent().has_value());
}

void TstOutcomeAnalytics::talkingTherapiesNeedsCompleteRules()
{
    TalkingTherapiesRule noCaseness = nhsRule();
    noCaseness.anxiety.casenessCutoff.reset();
    const Result<TalkingTherapiesOutcomes> a = talkingTherapies({ episode(1, 2, 15, 5, 10, 4) }, noCaseness);
    QVERIFY(!a.isOk());
    QCOMPARE(a.error().code, Error::Code::InvalidInput);
    QVERIFY(a.message().contains(QStringLiteral("caseness")));

    TalkingTherapiesRule noReliable = nhsRule();
    noReliable.depression.reliableChange.reset();
    QVERIFY(!talkingTherapies({}, noReliable).isOk());

    TalkingTherapiesRule noSessions = nhsRule();
    noSessions.minimumTreatmentSessions = 0;
    QVERIFY(!talkingTherapies({}, noSessions).isOk());
}

void TstOutcomeAnalytics::completionBySessionBands()
{
    Pairing pairing;
    pairing.pairs = { episodePair(3), episodePair(5), episodePair(6), episodePair(8), episodePair(99) };
    pairing.unpaired = { episodeUnpaired(1), episodeUnpaired(4), episodeUnpaired(5), episodeUnpaired(7) };
    const QList<EpisodeSessions> episodes = {
        sessions(1, 1), // one measure, no pair
        sessions(2, 1), // no measures: in the band, not in the denominator
        sessions(3, 3), // paired
        sessions(4, 2), // unpaired
        sessions(5, 6), // a pair on one measure, not on another: has a pair
        sessions(6, 12), // paired
        sessions(7, 13), // unpaired
        sessions(8, 20), // paired
        sessions(9, 0), // below the first band
    };
    const Result<Completion> result = completionBySessions(episodes, pairing, { 1, 2, 4, 7, 13 });
    QVERIFY2(result.isOk(), qPrintable(result.message()));
    const Completion& c = result.value();
    QCOMPARE(c.belowFirstBand, 1);
    QCOMPARE(c.bands.size(), 5);
    QStringList labels;
    for (const CompletionBand& b : c.bands) {
        labels << b.label();
    }
    QCOMPARE(labels,
        QStringList({ QStringLiteral("1"), QStringLiteral("2–3"), QStringLiteral("4–6"), QStringLiteral("7–12"),
            QStringLiteral("13 or more") }));
    QCOMPARE(c.bands.at(0).episodes, 2);
    QCOMPARE(c.bands.at(0).paired.numerator, 0);
    QCOMPARE(c.bands.at(0).paired.denominator, 1);
    QCOMPARE(c.bands.at(1).episodes, 2);
    QCOMPARE(c.bands.at(1).paired.numerator, 1);
    QCOMPARE(c.bands.at(1).paired.denominator, 2);
    QCOMPARE(*c.bands.at(1).paired.percent(), 50.0);
    QCOMPARE(c.bands.at(2).paired.numerator, 1);
    QCOMPARE(c.bands.at(2).paired.denominator, 1);
    QCOMPARE(c.bands.at(3).paired.numerator, 1);
    QCOMPARE(c.bands.at(3).paired.denominator, 1);
    QCOMPARE(c.bands.at(4).from, 13);
    QVERIFY(!c.bands.at(4).to.has_value());
    QCOMPARE(c.bands.at(4).episodes, 2);
    QCOMPARE(c.bands.at(4).paired.numerator, 1);
    QCOMPARE(c.bands.at(4).paired.denominator, 2);
}

void TstOutcomeAnalytics::completionRefusesBadBands()
{
    const Result<Completion> none = completionBySessions({}, Pairing(), {});
    QVERIFY(!none.isOk());
    QCOMPARE(none.error().code, Error::Code::InvalidInput);
    const Result<Completion> repeated = completionBySessions({}, Pairing(), { 1, 3, 3 });
    QVERIFY(!repeated.isOk());
    QVERIFY(repeated.message().contains(QStringLiteral("3 follows 3")));
    const Result<Completion> single = completionBySessions({ sessions(1, 40) }, Pairing(), { 2 });
    QVERIFY(single.isOk());
    QCOMPARE(single.value().bands.at(0).label(), QStringLiteral("2 or more"));
    QCOMPARE(single.value().bands.at(0).episodes, 1);
    QCOMPARE(single.value().bands.at(0).paired.denominator, 0);
}

void TstOutcomeAnalytics::yesNoExcludesNotApplicable()
{
    using A = YesNoAnswer;
    const YesNoSummary s = summariseYesNo({ A::Yes, A::Yes, A::No, A::NotApplicable, A::NotApplicable, A::Yes });
    QCOMPARE(s.yes, 3);
    QCOMPARE(s.no, 1);
    QCOMPARE(s.notApplicable, 2);
    QCOMPARE(s.yesShare().numerator, 3);
    QCOMPARE(s.yesShare().denominator, 4);
    QCOMPARE(*s.yesShare().percent(), 75.0);

    const YesNoSummary allNa = summariseYesNo({ A::NotApplicable, A::NotApplicable });
    QCOMPARE(allNa.yesShare().denominator, 0);
    QVERIFY(!allNa.yesShare().percent().has_value());
    QCOMPARE(summariseYesNo({}).yesShare().denominator, 0);
}

QTEST_GUILESS_MAIN(TstOutcomeAnalytics)
#include "tst_outcomeanalytics.moc"
