// Prints figures, times nothing as pass/fail: the quarterly report for the last full financial
// quarter on a generated dataset, built (core::report::build, suppressed as for trustees) and written
// as JSON, CSV, HTML, XLSX and PDF, each writer alone and everything together, and the report with
// its comparison columns (previous quarter, year to date). Baseline in the same run: the headline
// figures as plain aggregate SQL (COUNT / GROUP BY) through a QSqlDatabase connection of its own on
// the same file: referrals, people with at least one and two sessions, sessions by component and
// mode, the demographics of those who attended, WEMWBS responses, volunteer hours and meetings.
// Usage: bench_reports [small|medium|large] [runs]   (the PDF needs no display: offscreen platform)

#include "benchsupport.h"

#include "core/reports/formats.h"
#include "core/reports/reports.h"
#include "core/services/settingsservice.h"
#include "ui/reports/reportrender.h"

#include <QApplication>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <vector>

using namespace alongside;
using namespace alongside::core;

namespace {

// The headline figures of the quarterly report as plain SQL over [from, to]; returns the number of
// result rows read (so the work cannot be skipped) or -1 after printing what failed.
int aggregateSql(QSqlDatabase& c, const QString& from, const QString& to)
{
    struct Query
    {
        QString sql;
        QStringList binds;
    };

    const QStringList period { from, to };
    // People who attended at least one session in the period (the base of the demographics).
    const QString attenders
        = QStringLiteral("SELECT DISTINCT r.client_id FROM session s JOIN episode e ON e.id = s.episode_id "
                         "JOIN referral r ON r.id = e.referral_id "
                         "WHERE s.held_on BETWEEN ? AND ? AND s.attendance = 'attended'");
    const QString person = QStringLiteral(") a JOIN client c ON c.id = a.client_id JOIN person p ON p.id = c.person_id "
                                          "GROUP BY 1");
    const QList<Query> queries {
        // Reach: referrals and people referred.
        { QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT client_id) FROM referral WHERE referred_on BETWEEN ? AND ?"),
            period },
        // Reach: people with at least one and at least two sessions attended.
        { QStringLiteral("SELECT SUM(n >= 1), SUM(n >= 2) FROM (SELECT r.client_id, COUNT(*) AS n FROM session s "
                         "JOIN episode e ON e.id = s.episode_id JOIN referral r ON r.id = e.referral_id "
                         "WHERE s.held_on BETWEEN ? AND ? AND s.attendance = 'attended' GROUP BY r.client_id)"),
            period },
        // Reach: sessions by component and mode, with did-not-attend.
        { QStringLiteral("SELECT e.component_id, s.mode, SUM(s.attendance = 'attended'), "
                         "SUM(s.attendance = 'did_not_attend'), COUNT(*) FROM session s "
                         "JOIN episode e ON e.id = s.episode_id WHERE s.held_on BETWEEN ? AND ? GROUP BY 1, 2"),
            period },
        // Referral sources with sub-sources.
        { QStringLiteral("SELECT source_category, source_id, COUNT(*) FROM referral WHERE referred_on BETWEEN ? AND ? "
                         "GROUP BY 1, 2"),
            period },
        // Demographics of those who attended: gender, ethnicity, age band (16–25 … 66+) on the last day.
        { QStringLiteral("SELECT p.gender, COUNT(*) FROM (") + attenders + person, period },
        { QStringLiteral("SELECT p.ethnicity, COUNT(*) FROM (") + attenders + person, period },
        { QStringLiteral("SELECT CASE WHEN p.date_of_birth IS NULL THEN -1 ELSE "
                         "MIN(MAX((CAST(strftime('%Y', ?) AS INTEGER) - CAST(strftime('%Y', p.date_of_birth) AS "
                         "INTEGER) - (strftime('%m-%d', ?) < strftime('%m-%d', p.date_of_birth)) - 16) / 10, 0), 5) "
                         "END AS band, COUNT(*) FROM (")
                + attenders + person,
            { to, to, from, to } },
        // Wellbeing: WEMWBS and SWEMWBS responses in the period by band, and the people with a first
        // and a last WEMWBS by its end who answered one in it.
        { QStringLiteral("SELECT measure_id, band, COUNT(*), AVG(total) FROM measure_response "
                         "WHERE administered_on BETWEEN ? AND ? AND measure_id IN ('wemwbs', 'swemwbs') "
                         "GROUP BY 1, 2"),
            period },
        { QStringLiteral("SELECT COUNT(*) FROM (SELECT client_id FROM measure_response WHERE measure_id = 'wemwbs' "
                         "AND administered_on <= ? AND client_id IN (SELECT client_id FROM measure_response "
                         "WHERE measure_id = 'wemwbs' AND administered_on BETWEEN ? AND ?) "
                         "GROUP BY client_id HAVING COUNT(*) >= 2)"),
            { to, from, to } },
        // Workforce: volunteer hours and the people who gave them.
        { QStringLiteral("SELECT COUNT(DISTINCT worker_id), SUM(hours) FROM volunteer_hours "
                         "WHERE worked_on BETWEEN ? AND ?"),
            period },
        // Co-production: meetings held and attendance by group and standing.
        { QStringLiteral("SELECT m.group_id, a.standing, COUNT(DISTINCT m.id), COUNT(a.id) FROM meeting m "
                         "LEFT JOIN meeting_attendee a ON a.meeting_id = m.id WHERE m.held_on BETWEEN ? AND ? "
                         "GROUP BY 1, 2"),
            period },
    };
    int rows = 0;
    for (const Query& query : queries) {
        QSqlQuery q(c);
        q.setForwardOnly(true);
        if (!q.prepare(query.sql)) {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(query.sql), qPrintable(q.lastError().text()));
            return -1;
        }
        for (const QString& value : query.binds) {
            q.addBindValue(value);
        }
        if (!q.exec()) {
            std::fprintf(stderr, "%s\n%s\n", qPrintable(query.sql), qPrintable(q.lastError().text()));
            return -1;
        }
        while (q.next()) {
            ++rows;
        }
    }
    return rows;
}

struct Writer
{
    const char* name;
    report::Format format;
    std::vector<double> times;
    qint64 bytes = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF paints, but nothing is shown
    }
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bench::DemoRun run(args, "bench_reports");
    if (!run.ok()) {
        return run.exitCode();
    }
    Database* const db = run.db.get();
    auto settings = SettingsService(*db).load(run.actor);
    if (!settings) {
        std::fprintf(stderr, "%s\n", qPrintable(settings.message()));
        return 1;
    }
    const int ysm = settings.value().yearStartMonth;
    const report::Period lastFull = report::previousPeriod(report::quarterContaining(run.asAt, ysm), ysm);
    const report::Period quarter = report::makePeriod(lastFull.from, lastFull.to, ysm);
    report::Request request;
    request.reportId = QStringLiteral("quarterly");
    request.from = quarter.from;
    request.to = quarter.to;
    report::Request compared = request;
    compared.comparePrevious = true;
    compared.compareYearToDate = true;

    // The baseline's own connection, read-only, on the same file.
    QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-sql"));
    sql.setDatabaseName(db->path());
    sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!sql.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(sql.lastError().text()));
        return 1;
    }
    const QString from = quarter.from.toString(Qt::ISODate);
    const QString to = quarter.to.toString(Qt::ISODate);

    std::vector<Writer> writers { { "JSON", report::Format::Json, {} }, { "CSV", report::Format::Csv, {} },
        { "HTML", report::Format::Html, {} }, { "XLSX", report::Format::Xlsx, {} },
        { "PDF", report::Format::Pdf, {} } };
    auto write = [&](const report::Report& r, Writer& w, const QString& suffix) {
        const QString path = run.dir.filePath(QStringLiteral("quarterly") + suffix + report::formatSuffix(w.format));
        const Status s
            = w.format == report::Format::Pdf ? ui::reports::savePdf(r, path) : report::saveAs(r, w.format, path);
        if (!s) {
            std::fprintf(stderr, "%s: %s\n", w.name, qPrintable(s.error().message));
            return false;
        }
        w.bytes = QFileInfo(path).size();
        return true;
    };

    std::vector<double> baseline, build, buildCompared, together;
    int sqlRows = 0;
    int tables = 0;
    for (int i = 0; i < run.runs; ++i) {
        baseline.push_back(bench::millis([&] { sqlRows = aggregateSql(sql, from, to); }));
        if (sqlRows < 0) {
            return 1;
        }
        Result<report::Report> built = report::Report {};
        build.push_back(bench::millis([&] { built = report::build(*db, run.actor, request); }));
        if (!built) {
            std::fprintf(stderr, "%s\n", qPrintable(built.message()));
            return 1;
        }
        const report::Report r = built.value();
        tables = 0;
        for (const report::Section& s : r.sections) {
            for (const report::Block& b : s.blocks) {
                tables += b.kind == report::Block::Kind::Table ? 1 : 0;
            }
        }
        for (Writer& w : writers) {
            bool ok = true;
            w.times.push_back(bench::millis([&] { ok = write(r, w, QString()); }));
            if (!ok) {
                return 1;
            }
        }
        bool ok = true;
        together.push_back(bench::millis([&] {
            auto again = report::build(*db, run.actor, request);
            ok = bool(again);
            for (Writer& w : writers) {
                ok = ok && write(again.value(), w, QStringLiteral("-together"));
            }
        }));
        if (!ok) {
            return 1;
        }
        buildCompared.push_back(bench::millis([&] { built = report::build(*db, run.actor, compared); }));
        if (!built) {
            std::fprintf(stderr, "%s\n", qPrintable(built.message()));
            return 1;
        }
    }

    const double base = std::max(bench::median(baseline), 0.001);
    std::printf("dataset: %s; quarter %s to %s (%s); %d tables; %d runs (medians)\n",
        qPrintable(args.value(1, "medium")), qPrintable(from), qPrintable(to), qPrintable(quarter.label), tables,
        run.runs);
    std::printf("aggregate SQL alone (baseline, %d rows):  %9.1f ms\n", sqlRows, bench::median(baseline));
    std::printf("build the quarterly report:              %9.1f ms  (%.1fx baseline)\n", bench::median(build),
        bench::median(build) / base);
    for (const Writer& w : writers) {
        std::printf("write %-5s (%9lld bytes):           %9.1f ms  (%.2fx baseline)\n", w.name,
            static_cast<long long>(w.bytes), bench::median(w.times), bench::median(w.times) / base);
    }
    std::printf("build and write all five formats:        %9.1f ms  (%.1fx baseline)\n", bench::median(together),
        bench::median(together) / base);
    std::printf("build with previous quarter and YTD:     %9.1f ms  (%.1fx baseline)\n", bench::median(buildCompared),
        bench::median(buildCompared) / base);
    return 0;
}
