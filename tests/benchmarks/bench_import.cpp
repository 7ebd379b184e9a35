// Prints figures, times nothing as pass/fail: bringing a spreadsheet of people supported into the
// demo charity. Baseline in the same run: reading the CSV into rows (what any spreadsheet program
// does before anything is checked). Then the check (every value, every person looked up for
// duplicates), the dry run (check plus every record written through the services, then rolled
// back) and, once, the real import.
// Usage: bench_import [small|medium|large] [runs]   (1,000 / 5,000 / 20,000 rows)

#include "benchsupport.h"

#include "core/dataio/importer.h"
#include "core/dataio/sourcetable.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>
#include <vector>

using namespace alongside;
using namespace alongside::core;

namespace {

QString letters(int n)
{
    QString s;
    do {
        s.prepend(QChar(u'a' + n % 26));
        n /= 26;
    } while (n > 0);
    s[0] = s.at(0).toUpper();
    return s;
}

QByteArray peopleCsv(int rows)
{
    static const char* const given[] = { "Amira", "Ben", "Chloë", "Dylan", "Efua", "Finn", "Gráinne", "Hamza", "Isla",
        "Jamal", "Kasia", "Liam", "Maya", "Niall", "Oona", "Priya" };
    static const char* const genders[] = { "Female", "Male", "Non-binary", "Prefer not to say" };
    static const char* const sources[] = { "Self-referral", "External", "Internal" };
    QRandomGenerator random(7);
    QByteArray out("\xEF\xBB\xBFReference,Given name,Family name,Date of birth,Gender,Phone,Referred on,Referral type,"
                   "Reason for referral\r\n");
    for (int i = 0; i < rows; ++i) {
        const QDate born(1950 + random.bounded(55), 1 + random.bounded(12), 1 + random.bounded(28));
        const QDate referred = QDate(2025, 1, 1).addDays(random.bounded(600));
        out += QStringLiteral("B%1,%2,Import%3,%4,%5,07700 9%6,%7,%8,\"Low mood, and isolation\"\r\n")
                   .arg(i, 5, 10, QLatin1Char('0'))
                   .arg(QString::fromUtf8(given[i % 16]), letters(i), born.toString(QStringLiteral("dd/MM/yyyy")),
                       QString::fromLatin1(genders[i % 4]))
                   .arg(i % 100000, 5, 10, QLatin1Char('0'))
                   .arg(referred.toString(QStringLiteral("d/M/yyyy")), QString::fromLatin1(sources[i % 3]))
                   .toUtf8();
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bench::DemoRun run(args, "bench_import");
    if (!run.ok()) {
        return run.exitCode();
    }
    const int rows = run.size == DemoGenerator::Size::Small ? 1000
        : run.size == DemoGenerator::Size::Medium           ? 5000
                                                            : 20000;
    const QByteArray csv = peopleCsv(rows);

    dataio::Importer importer(*run.db);
    auto first = dataio::readCsv(csv);
    if (!first) {
        std::fprintf(stderr, "%s\n", qPrintable(first.message()));
        return 1;
    }
    auto fields = importer.fields(dataio::ImportKind::PeopleSupported);
    if (!fields) {
        std::fprintf(stderr, "%s\n", qPrintable(fields.message()));
        return 1;
    }
    dataio::ImportOptions options;
    options.kind = dataio::ImportKind::PeopleSupported;
    options.mapping = dataio::Importer::autoMatch(fields.value(), first.value().headers);

    std::vector<double> reading, checking, dryRuns;
    for (int i = 0; i < run.runs; ++i) {
        reading.push_back(bench::millis([&] { (void)dataio::readCsv(csv); }));
        checking.push_back(bench::millis([&] {
            auto checked = importer.check(run.actor, first.value(), options);
            if (!checked || !checked.value().canImport()) {
                std::fprintf(stderr, "the generated file did not check clean\n");
                std::exit(1);
            }
        }));
        dryRuns.push_back(bench::millis([&] {
            auto done = importer.run(run.actor, first.value(), options, true);
            if (!done) {
                std::fprintf(stderr, "%s\n", qPrintable(done.message()));
                std::exit(1);
            }
        }));
    }
    const double real = bench::millis([&] {
        auto done = importer.run(run.actor, first.value(), options, false);
        if (!done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.message()));
            std::exit(1);
        }
    });
    const double base = bench::median(reading);
    std::printf("dataset: demo charity (%s) + a CSV of %d people supported (%lld KB); %d runs (medians)\n",
        qPrintable(args.size() > 1 ? args.at(1) : QStringLiteral("medium")), rows, (long long)(csv.size() / 1024),
        run.runs);
    std::printf("read CSV (baseline):  %9.1f ms\n", base);
    std::printf("check:                %9.1f ms  (%.1fx baseline, %.0f rows/s)\n", bench::median(checking),
        bench::median(checking) / base, rows / (bench::median(checking) / 1000.0));
    std::printf("dry run:              %9.1f ms  (%.1fx baseline, %.0f rows/s)\n", bench::median(dryRuns),
        bench::median(dryRuns) / base, rows / (bench::median(dryRuns) / 1000.0));
    std::printf(
        "import (once):        %9.1f ms  (%.1fx baseline, %.0f rows/s)\n", real, real / base, rows / (real / 1000.0));
    return 0;
}
