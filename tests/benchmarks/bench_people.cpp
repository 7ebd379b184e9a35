// Prints figures, times nothing as pass/fail: the people-supported list, the dashboard alerts and
// match suggestions on a generated dataset. Baseline in the same run: the workforce list (the
// same kind of query over the smaller table that the coordinator already waits for).
// Usage: bench_people [small|medium|large] [runs]

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
        std::fprintf(stderr, "usage: bench_people [small|medium|large] [runs]\n");
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

    ClientService clients(*db.value());
    MatchingService matching(*db.value());
    WorkforceService workforce(*db.value());
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
        baseline.push_back(millis([&] { workers = int(workforce.list(actor).value().size()); }));
        list.push_back(millis([&] { people = int(clients.list(actor).value().size()); }));
        alerts.push_back(millis([&] { (void)clients.alerts(actor, asAt, 3); }));
        suggest.push_back(millis([&] {
            for (qint64 id : episodes) {
                (void)matching.suggest(actor, id, asAt);
            }
        }) / std::max<double>(1.0, double(episodes.size())));
    }
    const double base = std::max(median(baseline), 0.001);
    std::printf("dataset: %s; %d people supported, %d workers; %d runs (medians)\n",
        qPrintable(args.value(1, "medium")), people, workers, runs);
    std::printf("workforce list (baseline): %8.1f ms\n", median(baseline));
    std::printf("people supported list:     %8.1f ms  (%.1fx baseline)\n", median(list), median(list) / base);
    std::printf("dashboard alerts:          %8.1f ms  (%.1fx baseline)\n", median(alerts), median(alerts) / base);
    std::printf("match suggestions:         %8.1f ms per episode over %d episodes  (%.1fx baseline)\n", median(suggest),
        int(episodes.size()), median(suggest) / base);
    return 0;
}
