// Prints figures, times nothing as pass/fail: the people-supported list, the dashboard alerts and
// match suggestions on a generated dataset. Baseline in the same run: the workforce list (the
// same kind of query over the smaller table that the coordinator already waits for).
// Usage: bench_people [small|medium|large] [runs]

#include "benchsupport.h"

#include "core/actor.h"
#include "core/clients/clientservice.h"
#include "core/clients/matching.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/services/demogenerator.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace alongside;
using namespace alongside::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bench::DemoRun run(args, "bench_people");
    if (!run.ok()) {
        return run.exitCode();
    }
    const QDate asAt = run.asAt;
    const Actor actor = run.actor;
    const int runs = run.runs;
    Database* const db = run.db.get();

    ClientService clients(*db);
    MatchingService matching(*db);
    WorkforceService workforce(*db);
    auto everyone = clients.list(actor);
    if (!everyone) {
        std::fprintf(stderr, "%s\n", qPrintable(everyone.error().message));
        return 1;
    }
    // Episodes to match: open mentoring episodes (up to 20), as a coordinator would on a busy day.
    QList<qint64> episodes;
    for (const ClientSummary& c : everyone.value()) {
        if (episodes.size() >= 20 || c.status != QLatin1String("open")) {
            continue;
        }
        auto eps = clients.episodes(actor, c.clientId);
        if (eps) {
            for (const Episode& e : eps.value()) {
                if (e.componentKind == QLatin1String("mentoring") && e.isOpenOn(asAt) && episodes.size() < 20) {
                    episodes << e.id;
                }
            }
        }
    }

    std::vector<double> list, alerts, suggest, baseline;
    int people = 0;
    int workers = 0;
    for (int i = 0; i < runs; ++i) {
        baseline.push_back(bench::millis([&] { workers = int(workforce.list(actor).value().size()); }));
        list.push_back(bench::millis([&] { people = int(clients.list(actor).value().size()); }));
        alerts.push_back(bench::millis([&] { (void)clients.alerts(actor, asAt, 3); }));
        suggest.push_back(bench::millis([&] {
            for (qint64 id : episodes) {
                (void)matching.suggest(actor, id, asAt);
            }
        }) / std::max<double>(1.0, double(episodes.size())));
    }
    const double base = std::max(bench::median(baseline), 0.001);
    std::printf("dataset: %s; %d people supported, %d workers; %d runs (medians)\n",
        qPrintable(args.value(1, "medium")), people, workers, runs);
    std::printf("workforce list (baseline): %8.1f ms\n", bench::median(baseline));
    std::printf(
        "people supported list:     %8.1f ms  (%.1fx baseline)\n", bench::median(list), bench::median(list) / base);
    std::printf(
        "dashboard alerts:          %8.1f ms  (%.1fx baseline)\n", bench::median(alerts), bench::median(alerts) / base);
    std::printf("match suggestions:         %8.1f ms per episode over %d episodes  (%.1fx baseline)\n",
        bench::median(suggest), int(episodes.size()), bench::median(suggest) / base);
    return 0;
}
