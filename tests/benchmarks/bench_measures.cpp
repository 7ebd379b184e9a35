// Prints figures, times nothing as pass/fail: what the outcome reports will read on a generated
// dataset. Every WEMWBS and PHQ-9 response scored again with its own version and paired first to
// last, the band transitions and mean change, one person's responses (the Outcomes tab) and the
// exit questionnaire's yes / no answers. Baseline in the same run: a plain count of the responses'
// answers (reading the rows without scoring them).
// Usage: bench_measures [small|medium|large] [runs]

#include "benchsupport.h"

#include "core/actor.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/measures/measureservice.h"
#include "core/measures/outcomeanalytics.h"
#include "core/services/demogenerator.h"
#include "support/testsupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace alongside;
using namespace alongside::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bench::DemoRun run(args, "bench_measures");
    if (!run.ok()) {
        return run.exitCode();
    }
    const Actor actor = run.actor;
    const int runs = run.runs;
    Database* const db = run.db.get();
    MeasureService service(*db);
    auto wemwbsDef = service.currentDefinition(QStringLiteral("wemwbs"));
    if (!wemwbsDef) {
        std::fprintf(stderr, "%s\n", qPrintable(wemwbsDef.message()));
        return 1;
    }
    QStringList bandOrder;
    for (const ScoreBand& b : wemwbsDef.value().bands) {
        bandOrder << b.key;
    }
    auto firstWemwbs = service.scoredResponses(actor, QStringLiteral("wemwbs"));
    if (!firstWemwbs || firstWemwbs.value().isEmpty()) {
        std::fprintf(stderr, "no WEMWBS responses: %s\n", qPrintable(firstWemwbs.message()));
        return 1;
    }
    const qint64 someone = firstWemwbs.value().first().clientId;

    std::vector<double> baseline, wemwbs, phq9, analyse, person, exitAnswers;
    int responses = 0;
    int pairs = 0;
    int phq = 0;
    int yesNo = 0;
    for (int i = 0; i < runs; ++i) {
        baseline.push_back(bench::millis([&] {
            (void)test::scalar(*db,
                QStringLiteral("SELECT COUNT(*), SUM(a.value) FROM measure_response r JOIN measure_answer a ON "
                               "a.response_id = r.id WHERE r.measure_id = 'wemwbs'"));
        }));
        QList<outcomes::ScoredResponse> scored;
        wemwbs.push_back(
            bench::millis([&] { scored = service.scoredResponses(actor, QStringLiteral("wemwbs")).value(); }));
        responses = int(scored.size());
        analyse.push_back(bench::millis([&] {
            const outcomes::Pairing p = outcomes::pairFirstLast(scored);
            pairs = int(p.pairs.size());
            (void)outcomes::bandTransitions(p.pairs, bandOrder);
            (void)outcomes::meanChange(p.pairs);
            (void)outcomes::changeShares(p.pairs, MeasureService::changeRule(wemwbsDef.value()));
        }));
        phq9.push_back(
            bench::millis([&] { phq = int(service.scoredResponses(actor, QStringLiteral("phq9")).value().size()); }));
        person.push_back(bench::millis([&] { (void)service.responses(actor, someone); }));
        exitAnswers.push_back(
            bench::millis([&] { yesNo = int(service.yesNoAnswers(actor, QStringLiteral("exit"), 1).value().size()); }));
    }
    const double base = std::max(bench::median(baseline), 0.001);
    std::printf("dataset: %s; %d WEMWBS responses (%d first-last pairs), %d PHQ-9, %d answers to exit item 1; "
                "%d runs (medians)\n",
        qPrintable(args.value(1, "medium")), responses, pairs, phq, yesNo, runs);
    std::printf("count WEMWBS answers (baseline): %8.1f ms\n", bench::median(baseline));
    std::printf("WEMWBS scored with versions:     %8.1f ms  (%.1fx baseline)\n", bench::median(wemwbs),
        bench::median(wemwbs) / base);
    std::printf("pair, bands, mean change, shares:%8.1f ms  (%.1fx baseline)\n", bench::median(analyse),
        bench::median(analyse) / base);
    std::printf("PHQ-9 scored with versions:      %8.1f ms  (%.1fx baseline)\n", bench::median(phq9),
        bench::median(phq9) / base);
    std::printf("one person's responses:          %8.1f ms\n", bench::median(person));
    std::printf("exit item 1 yes / no answers:    %8.1f ms\n", bench::median(exitAnswers));
    return 0;
}
