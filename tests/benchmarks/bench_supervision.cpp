// Prints figures, times nothing as pass/fail: the supervision compliance table, the dashboard's
// overdue list, a year of records and one worker's history and wellbeing on a generated dataset.
// Baseline in the same run: the workforce list (the screen the coordinator already waits for).
// Usage: bench_supervision [small|medium|large] [runs]

#include "benchsupport.h"

#include "core/actor.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/services/demogenerator.h"
#include "core/supervision/supervisionservice.h"
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
    bench::DemoRun run(args, "bench_supervision");
    if (!run.ok()) {
        return run.exitCode();
    }
    const QDate asAt = run.asAt;
    const Actor actor = run.actor;
    const int runs = run.runs;
    Database* const db = run.db.get();

    SupervisionService supervision(*db);
    WorkforceService workforce(*db);
    auto table = supervision.compliance(actor, asAt, 7);
    if (!table || table.value().rows.isEmpty()) {
        std::fprintf(stderr, "no compliance rows: %s\n", qPrintable(table.message()));
        return 1;
    }
    const qint64 someone = table.value().rows.first().workerId;

    std::vector<double> compliance, overdue, year, history, wellbeing, baseline;
    int rows = 0;
    int late = 0;
    int entries = 0;
    for (int i = 0; i < runs; ++i) {
        baseline.push_back(bench::millis([&] { (void)workforce.list(actor); }));
        compliance.push_back(
            bench::millis([&] { rows = int(supervision.compliance(actor, asAt, 7).value().rows.size()); }));
        overdue.push_back(bench::millis([&] { late = int(supervision.overdue(actor, asAt).value().size()); }));
        year.push_back(
            bench::millis([&] { entries = int(supervision.entries(actor, asAt.addYears(-1), asAt).value().size()); }));
        history.push_back(bench::millis([&] { (void)supervision.history(actor, someone); }));
        wellbeing.push_back(bench::millis([&] { (void)supervision.wellbeing(actor, someone); }));
    }
    const double base = std::max(bench::median(baseline), 0.001);
    std::printf("dataset: %s; %d people expected to have supervision, %d overdue, %d records in the last year; "
                "%d runs (medians)\n",
        qPrintable(args.value(1, "medium")), rows, late, entries, runs);
    std::printf("workforce list (baseline):  %8.1f ms\n", bench::median(baseline));
    std::printf("compliance table:           %8.1f ms  (%.1fx baseline)\n", bench::median(compliance),
        bench::median(compliance) / base);
    std::printf("overdue list (dashboard):   %8.1f ms  (%.1fx baseline)\n", bench::median(overdue),
        bench::median(overdue) / base);
    std::printf(
        "a year of records:          %8.1f ms  (%.1fx baseline)\n", bench::median(year), bench::median(year) / base);
    std::printf("one worker's history:       %8.1f ms\n", bench::median(history));
    std::printf("one worker's wellbeing:     %8.1f ms\n", bench::median(wellbeing));
    return 0;
}
