// Prints figures, times nothing as pass/fail: the supervision compliance table, the dashboard's
// overdue list, a year of records and one worker's history and wellbeing on a generated dataset.
// Baseline in the same run: the workforce list (the screen the coordinator already waits for).
// Usage: bench_supervision [small|medium|large] [runs]

#include "core/actor.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/services/demogenerator.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace alongside;
using namespace alongside::core;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

template<typename F> double millis(F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    DemoGenerator::Size size = DemoGenerator::Size::Medium;
    if (args.size() > 1 && !DemoGenerator::parseSize(args.at(1), &size)) {
        std::fprintf(stderr, "usage: bench_supervision [small|medium|large] [runs]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    const QDate asAt(2026, 11, 22);
    test::ScopedClock clock(QDateTime(asAt, QTime(12, 0), Qt::UTC));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.alongside"));
    Database::Options o;
    o.ifMissing = Database::IfMissing::Create;
    auto db = Database::open(path, o);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return 1;
    }
    const Actor actor = Actor::localUser();
    DemoGenerator::Options d;
    d.size = size;
    d.seed = 1;
    d.asAt = asAt;
    if (Status s = DemoGenerator::generate(*db.value(), actor, d); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }

    SupervisionService supervision(*db.value());
    WorkforceService workforce(*db.value());
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
        baseline.push_back(millis([&] { (void)workforce.list(actor); }));
        compliance.push_back(millis([&] { rows = int(supervision.compliance(actor, asAt, 7).value().rows.size()); }));
        overdue.push_back(millis([&] { late = int(supervision.overdue(actor, asAt).value().size()); }));
        year.push_back(
            millis([&] { entries = int(supervision.entries(actor, asAt.addYears(-1), asAt).value().size()); }));
        history.push_back(millis([&] { (void)supervision.history(actor, someone); }));
        wellbeing.push_back(millis([&] { (void)supervision.wellbeing(actor, someone); }));
    }
    const double base = std::max(median(baseline), 0.001);
    std::printf("dataset: %s; %d people expected to have supervision, %d overdue, %d records in the last year; "
                "%d runs (medians)\n",
        qPrintable(args.value(1, "medium")), rows, late, entries, runs);
    std::printf("workforce list (baseline):  %8.1f ms\n", median(baseline));
    std::printf(
        "compliance table:           %8.1f ms  (%.1fx baseline)\n", median(compliance), median(compliance) / base);
    std::printf("overdue list (dashboard):   %8.1f ms  (%.1fx baseline)\n", median(overdue), median(overdue) / base);
    std::printf("a year of records:          %8.1f ms  (%.1fx baseline)\n", median(year), median(year) / base);
    std::printf("one worker's history:       %8.1f ms\n", median(history));
    std::printf("one worker's wellbeing:     %8.1f ms\n", median(wellbeing));
    return 0;
}
