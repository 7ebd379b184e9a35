#pragma once

// What the benchmark programs share: medians, a millisecond timer, the command line and a demo
// charity made in a temporary file. Header only; benchmarks are never pass/fail tests.

#include "core/actor.h"
#include "core/db/database.h"
#include "core/services/demogenerator.h"
#include "support/testsupport.h"

#include <QDate>
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace alongside::bench {

inline double median(std::vector<double> v)
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

/** Reads "[small|medium|large] [runs]"; prints the usage of program and returns false if the size is unknown. */
inline bool parseArguments(const QStringList& args, const char* program, core::DemoGenerator::Size* size, int* runs)
{
    *size = core::DemoGenerator::Size::Medium;
    if (args.size() > 1 && !core::DemoGenerator::parseSize(args.at(1), size)) {
        std::fprintf(stderr, "usage: %s [small|medium|large] [runs]\n", program);
        return false;
    }
    *runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    return true;
}

/** A new database at path filled with the demo charity (seed 1) as at asAt; null, after printing why, on failure. */
inline std::unique_ptr<core::Database> demoDatabase(
    const QString& path, core::DemoGenerator::Size size, const QDate& asAt, const core::Actor& actor)
{
    core::Database::Options o;
    o.ifMissing = core::Database::IfMissing::Create;
    auto db = core::Database::open(path, o);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.message()));
        return nullptr;
    }
    core::DemoGenerator::Options d;
    d.size = size;
    d.seed = 1;
    d.asAt = asAt;
    if (core::Status s = core::DemoGenerator::generate(*db.value(), actor, d); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return nullptr;
    }
    return db.takeValue();
}

/**
 * What every benchmark starts with: its command line read, the clock set to the "as at" day, and
 * the demo charity generated in a temporary file. ok() is false (after printing why) when the
 * command line was wrong (exitCode() 2) or the charity could not be made (1).
 */
class DemoRun
{
public:
    DemoRun(const QStringList& args, const char* program)
        : clock(QDateTime(asAt, QTime(12, 0), Qt::UTC))
    {
        if (!parseArguments(args, program, &size, &runs)) {
            m_exitCode = 2;
            return;
        }
        db = demoDatabase(dir.filePath(QStringLiteral("bench.alongside")), size, asAt, actor);
        m_exitCode = db ? 0 : 1;
    }

    bool ok() const { return m_exitCode == 0; }

    int exitCode() const { return m_exitCode; }

    const QDate asAt { 2026, 11, 22 };
    const core::Actor actor = core::Actor::localUser();
    core::DemoGenerator::Size size = core::DemoGenerator::Size::Medium;
    int runs = 5;
    test::ScopedClock clock;
    QTemporaryDir dir;
    std::unique_ptr<core::Database> db;

private:
    int m_exitCode = 0;
};

} // namespace alongside::bench
