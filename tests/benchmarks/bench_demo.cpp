// Prints figures, times nothing as pass/fail: demo generation, a full check, and opening, for a
// generated dataset, and a checked backup. Baseline in the same run: copying the finished file (pure I/O of the same
// bytes). Usage: bench_demo [small|medium|large] [runs]

#include "benchsupport.h"

#include "core/actor.h"
#include "core/db/backupmanager.h"
#include "core/db/database.h"
#include "core/db/healthcheck.h"
#include "core/services/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace alongside;
using namespace alongside::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    DemoGenerator::Size size = DemoGenerator::Size::Small;
    if (args.size() > 1 && !DemoGenerator::parseSize(args.at(1), &size)) {
        std::fprintf(stderr, "usage: bench_demo [small|medium|large] [runs]\n");
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    std::vector<double> generate, open, check, backup, copy;
    qint64 bytes = 0;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.alongside"));
        QElapsedTimer t;
        {
            Database::Options o;
            o.ifMissing = Database::IfMissing::Create;
            auto db = Database::open(path, o);
            if (!db) {
                std::fprintf(stderr, "%s\n", qPrintable(db.message()));
                return 1;
            }
            DemoGenerator::Options d;
            d.size = size;
            d.seed = 1;
            d.asAt = QDate(2026, 11, 22);
            t.start();
            if (Status s = DemoGenerator::generate(*db.value(), Actor::localUser(), d); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.message()));
                return 1;
            }
            generate.push_back(t.elapsed() / 1000.0);
        }
        bytes = QFileInfo(path).size();
        t.start();
        auto db = Database::open(path, {});
        open.push_back(t.elapsed() / 1000.0);
        t.start();
        auto report = HealthCheck::run(*db.value());
        check.push_back(t.elapsed() / 1000.0);
        t.start();
        if (Status s = BackupManager::backupTo(*db.value(), path + QStringLiteral(".backup")); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.message()));
            return 1;
        }
        backup.push_back(t.elapsed() / 1000.0);
        db.value().reset();
        t.start();
        QFile::copy(path, path + QStringLiteral(".copy"));
        copy.push_back(t.elapsed() / 1000.0);
    }
    const auto targets = DemoGenerator::targets(size);
    std::printf("dataset: %d workers, %d people supported, %d sessions, %d questionnaires; file %.1f MiB\n",
        targets.workers, targets.clients, targets.sessions, targets.measureResponses, bytes / 1048576.0);
    std::printf("runs: %d (medians)\n", runs);
    std::printf("generate demo data: %8.2f s\n", bench::median(generate));
    std::printf("open (quick_check): %8.2f s\n", bench::median(open));
    std::printf("full check:         %8.2f s\n", bench::median(check));
    std::printf("checked backup:     %8.2f s\n", bench::median(backup));
    std::printf("baseline file copy: %8.2f s\n", bench::median(copy));
    const double base = std::max(bench::median(copy), 0.001);
    std::printf("ratios to copy: generate %.1fx, open %.1fx, check %.1fx, backup %.1fx\n",
        bench::median(generate) / base, bench::median(open) / base, bench::median(check) / base,
        bench::median(backup) / base);
    return 0;
}
