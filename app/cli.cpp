#include "cli.h"

#include "core/actor.h"
#include "core/audit/auditlog.h"
#include "core/auth/accountservice.h"
#include "core/auth/permissions.h"
#include "core/dataio/fullexport.h"
#include "core/dataio/importer.h"
#include "core/dataio/sourcetable.h"
#include "core/db/backupmanager.h"
#include "core/db/database.h"
#include "core/db/healthcheck.h"
#include "core/reports/formats.h"
#include "core/reports/reports.h"
#include "core/services/demogenerator.h"
#include "ui/reports/reportrender.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace alongside::app {

namespace {

using core::Database;
using core::Error;

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(alongside::app::Cli)
};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int exitCodeFor(const Error& e)
{
    switch (e.code) {
    case Error::Code::None:
        return ExitOk;
    case Error::Code::NotFound:
        return ExitNotFound;
    case Error::Code::NotAlongside:
    case Error::Code::TooNew:
        return ExitNotAlongside;
    case Error::Code::Damaged:
        return ExitDamaged;
    case Error::Code::Locked:
        return ExitInUse;
    case Error::Code::InvalidInput:
    case Error::Code::DiskFull:
    case Error::Code::Io:
    case Error::Code::Database:
    case Error::Code::Cancelled:
        return ExitFailed;
    case Error::Code::PermissionDenied:
    case Error::Code::NotLoggedIn:
        return ExitRefused;
    }
    return ExitFailed;
}

int fail(const Error& e)
{
    err() << Cli::tr("alongside: %1").arg(e.message) << Qt::endl;
    if (!e.detail.isEmpty()) {
        err() << Cli::tr("Details for whoever supports your Alongside: %1").arg(e.detail) << Qt::endl;
    }
    return exitCodeFor(e);
}

int usage(const QString& message, const QString& subcommand)
{
    err() << Cli::tr("alongside: %1").arg(message) << Qt::endl;
    err() << Cli::tr("Run \"alongside %1 --help\" to see how to use it.").arg(subcommand).trimmed() << Qt::endl;
    return ExitUsage;
}

QString exitCodeHelp()
{
    return Cli::tr("Exit codes:\n"
                   "  0  success\n"
                   "  1  the operation failed (for example the disk is full)\n"
                   "  2  the command line was wrong\n"
                   "  3  the database file does not exist\n"
                   "  4  the file is not an Alongside database, or is from a newer version\n"
                   "  5  the database is damaged\n"
                   "  6  another copy of Alongside has the file open\n"
                   "  7  wrong user name or password, or the account may not do this\n"
                   "  8  import: the file has problems; nothing was imported\n");
}

QString mainHelp()
{
    return Cli::tr("Usage: alongside [--db FILE]\n"
                   "       alongside COMMAND [options]\n"
                   "\n"
                   "Without a command, Alongside opens its window (on FILE if --db is given).\n"
                   "\n"
                   "Commands:\n"
                   "  demo     create a fictional charity's data in a new database\n"
                   "  check    check a database file and count its records\n"
                   "  backup   copy a database to a backup file, safely, even while it is open\n"
                   "  audit    check that the audit log has not been tampered with (audit verify)\n"
                   "  report   write a report (quarterly and others) as PDF, HTML, CSV, XLSX or JSON\n"
                   "  export   write everything in a database to a folder of CSV files (administrators)\n"
                   "  import   bring a spreadsheet (CSV or XLSX) of records in, all or nothing\n"
                   "\n"
                   "check and backup read no one's records, so they need no login. On a database\n"
                   "with accounts, demo, audit, report, import and export ask for --user NAME and that\n"
                   "account's password, from the terminal (not shown) or from the first line of standard input.\n"
                   "\n"
                   "Options:\n"
                   "  -h, --help     show this help (or a command's help: alongside COMMAND --help)\n"
                   "  -v, --version  show the version\n"
                   "\n")
        + exitCodeHelp();
}

// Parses a subcommand's options; returns -1 to go on, or an exit code.
int parse(QCommandLineParser& parser, const QStringList& args, const QString& subcommand, const QString& help)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") }, Cli::tr("Show this help."));
    parser.addOption(helpOption);
    if (!parser.parse(args)) {
        return usage(parser.errorText(), subcommand);
    }
    if (parser.isSet(helpOption)) {
        out() << help << Qt::endl << exitCodeHelp();
        out().flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(Cli::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()), subcommand);
    }
    return -1;
}

// Reads a password without showing it: from the terminal with echo off, or the first line of a pipe.
QString readPassword(const QString& userName)
{
    std::string line;
    if (isatty(STDIN_FILENO)) {
        err() << Cli::tr("Password for %1: ").arg(userName);
        err().flush();
        termios saved {};
        const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        std::getline(std::cin, line);
        if (canHide) {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        }
        err() << Qt::endl;
    } else {
        std::getline(std::cin, line);
    }
    const QString password = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

// Who is running the command: the local user of a file without accounts, else a logged-in account.
core::Result<core::Actor> authenticate(Database& db, const QString& userName, const QString& subcommand)
{
    core::AccountService accounts(db);
    auto has = accounts.hasAccounts();
    if (!has) {
        return has.error();
    }
    if (!has.value()) {
        return core::Actor::localUser();
    }
    if (userName.isEmpty()) {
        return Error { Error::Code::NotLoggedIn,
            Cli::tr("This database has accounts: run \"alongside %1\" with --user NAME, and give that account's "
                    "password when asked.")
                .arg(subcommand),
            {} };
    }
    return accounts.logIn(userName, readPassword(userName));
}

QString humanSize(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

int runDemo(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The new database file."), QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"), Cli::tr("small, medium or large."), QStringLiteral("SIZE"), QStringLiteral("small"));
    const QCommandLineOption seed(
        QStringLiteral("seed"), Cli::tr("Random seed."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption asAt(
        QStringLiteral("as-at"), Cli::tr("The date the data ends (default today)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption user(
        QStringLiteral("user"), Cli::tr("An administrator's user name (files with accounts)."), QStringLiteral("NAME"));
    parser.addOptions({ db, size, seed, asAt, user });
    const QString help
        = Cli::tr("Usage: alongside demo --db FILE [--size small|medium|large] [--seed N] [--as-at DATE]\n"
                  "                     [--user NAME]\n"
                  "\n"
                  "Creates a fictional charity's data in FILE, which must be new or empty.\n"
                  "small: about 30 volunteers and staff, 300 people supported, 5,000 sessions.\n"
                  "medium: 300, 5,000 and 100,000. large: 2,000, 50,000 and 1,000,000 sessions\n"
                  "with 200,000 questionnaires. The same seed and date give the same data.\n");
    if (int code = parse(parser, args, QStringLiteral("demo"), help); code >= 0) {
        return code;
    }
    if (!parser.isSet(db)) {
        return usage(Cli::tr("demo needs --db FILE"), QStringLiteral("demo"));
    }
    core::DemoGenerator::Options options;
    if (!core::DemoGenerator::parseSize(parser.value(size), &options.size)) {
        return usage(Cli::tr("--size must be small, medium or large, not \"%1\"").arg(parser.value(size)),
            QStringLiteral("demo"));
    }
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        return usage(
            Cli::tr("--seed must be a whole number, not \"%1\"").arg(parser.value(seed)), QStringLiteral("demo"));
    }
    if (parser.isSet(asAt)) {
        options.asAt = QDate::fromString(parser.value(asAt), Qt::ISODate);
        if (!options.asAt.isValid()) {
            return usage(Cli::tr("--as-at must be a date written as YYYY-MM-DD, not \"%1\"").arg(parser.value(asAt)),
                QStringLiteral("demo"));
        }
    }

    const QString path = parser.value(db);
    const bool existed = QFileInfo::exists(path);
    Database::Options dbOptions;
    dbOptions.ifMissing = Database::IfMissing::Create;
    auto opened = Database::open(path, dbOptions);
    if (!opened) {
        return fail(opened.error());
    }
    auto actor = authenticate(*opened.value(), parser.value(user), QStringLiteral("demo"));
    if (!actor) {
        return fail(actor.error());
    }
    const bool tty = isatty(fileno(stderr));
    int lastShown = -1;
    QString lastPhase;
    QElapsedTimer timer;
    timer.start();
    auto progress = [&](const QString& phase, double fraction) {
        const int percent = static_cast<int>(fraction * 100.0);
        if (tty) {
            if (percent != lastShown || phase != lastPhase) {
                err() << QStringLiteral("\r%1 %2%").arg(phase).arg(percent, 3) << QStringLiteral("   ");
                err().flush();
            }
        } else if (phase != lastPhase || percent / 10 != lastShown / 10) {
            err() << QStringLiteral("%1 %2%").arg(phase).arg(percent) << Qt::endl;
        }
        lastShown = percent;
        lastPhase = phase;
        return true;
    };
    const core::Status status = core::DemoGenerator::generate(*opened.value(), actor.value(), options, progress);
    if (tty) {
        err() << Qt::endl;
    }
    const qint64 elapsed = timer.elapsed();
    opened.value().reset(); // close, so the file size includes everything
    if (!status) {
        if (!existed) {
            QFile::remove(path);
        }
        return fail(status.error());
    }
    const auto t = core::DemoGenerator::targets(options.size);
    out() << Cli::tr("Created demo data in %1: %2 volunteers and staff, %3 people supported, %4 sessions, %5 "
                     "questionnaires.")
                 .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                 .arg(t.workers)
                 .arg(t.clients)
                 .arg(t.sessions)
                 .arg(t.measureResponses)
          << Qt::endl;
    out()
        << Cli::tr("Time: %1 s. File size: %2.").arg(elapsed / 1000.0, 0, 'f', 1).arg(humanSize(QFileInfo(path).size()))
        << Qt::endl;
    return ExitOk;
}

int runCheck(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), QStringLiteral("FILE"));
    parser.addOption(db);
    const QString help = Cli::tr("Usage: alongside check --db FILE\n"
                                 "\n"
                                 "Checks FILE without changing it: that it is an Alongside database, its version,\n"
                                 "a full integrity check, and how many records each table holds.\n");
    if (int code = parse(parser, args, QStringLiteral("check"), help); code >= 0) {
        return code;
    }
    if (!parser.isSet(db)) {
        return usage(Cli::tr("check needs --db FILE"), QStringLiteral("check"));
    }
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto opened = Database::open(parser.value(db), options);
    if (!opened) {
        return fail(opened.error());
    }
    auto report = core::HealthCheck::run(*opened.value());
    if (!report) {
        return fail(report.error());
    }
    const core::HealthReport& r = report.value();
    out() << Cli::tr("File: %1").arg(QDir::toNativeSeparators(opened.value()->path())) << Qt::endl;
    out() << Cli::tr("Size: %1").arg(humanSize(r.fileSize)) << Qt::endl;
    out() << Cli::tr("Database version: %1 (this Alongside uses version %2)")
                 .arg(r.schemaVersion)
                 .arg(Database::kCurrentSchemaVersion)
          << Qt::endl;
    if (r.needsUpgrade) {
        out() << Cli::tr("This file is from an earlier version of Alongside. It will be backed up and updated when "
                         "Alongside next opens it.")
              << Qt::endl;
    }
    out() << Cli::tr("Integrity: %1").arg(r.integrity) << Qt::endl;
    out() << Cli::tr("Broken links between records: %1").arg(r.foreignKeyProblems) << Qt::endl;
    out() << Cli::tr("Records:") << Qt::endl;
    for (const auto& [table, rows] : r.rowCounts) {
        out() << QStringLiteral("  %1 %2").arg(table, -22).arg(rows, 10) << Qt::endl;
    }
    if (!r.healthy) {
        out() << Cli::tr("Result: PROBLEMS FOUND. Restore the newest backup, or contact whoever supports your "
                         "Alongside.")
              << Qt::endl;
        return ExitDamaged;
    }
    out() << Cli::tr("Result: healthy.") << Qt::endl;
    return ExitOk;
}

int runBackup(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), QStringLiteral("FILE"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), Cli::tr("The backup file to write."), QStringLiteral("FILE"));
    parser.addOptions({ db, outFile });
    const QString help = Cli::tr("Usage: alongside backup --db FILE --out BACKUP\n"
                                 "\n"
                                 "Writes a complete, checked copy of FILE to BACKUP (which must not exist yet).\n"
                                 "Safe while Alongside has FILE open.\n");
    if (int code = parse(parser, args, QStringLiteral("backup"), help); code >= 0) {
        return code;
    }
    if (!parser.isSet(db) || !parser.isSet(outFile)) {
        return usage(Cli::tr("backup needs --db FILE and --out BACKUP"), QStringLiteral("backup"));
    }
    Database::Options options;
    options.access = Database::Access::ReadOnly; // a reader: works while the app has the file open
    auto opened = Database::open(parser.value(db), options);
    if (!opened) {
        return fail(opened.error());
    }
    if (core::Status s = core::BackupManager::backupTo(*opened.value(), parser.value(outFile)); !s) {
        return fail(s.error());
    }
    out() << Cli::tr("Backed up %1 to %2 and checked the copy.")
                 .arg(QDir::toNativeSeparators(opened.value()->path()),
                     QDir::toNativeSeparators(QFileInfo(parser.value(outFile)).absoluteFilePath()))
          << Qt::endl;
    return ExitOk;
}

int runAudit(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), QStringLiteral("FILE"));
    const QCommandLineOption user(
        QStringLiteral("user"), Cli::tr("An administrator's user name (files with accounts)."), QStringLiteral("NAME"));
    const QCommandLineOption against(QStringLiteral("against"),
        Cli::tr("An older copy (a backup) whose log must still be here, unchanged."), QStringLiteral("BACKUP"));
    parser.addOptions({ db, user, against });
    parser.addPositionalArgument(QStringLiteral("verify"), Cli::tr("What to do."));
    const QString help = Cli::tr("Usage: alongside audit verify --db FILE [--user NAME] [--against BACKUP]\n"
                                 "\n"
                                 "Walks FILE's audit log from its first entry and checks that no entry has been\n"
                                 "changed, deleted, added or reordered since it was written. With --against, also\n"
                                 "checks that every entry of an older copy (a backup) is still present, unchanged,\n"
                                 "which finds entries removed from the end. Needs an administrator's login on a\n"
                                 "database with accounts; Alongside must not have FILE open.\n");
    QStringList rest = args;
    if (rest.value(1) != QLatin1String("verify")) {
        if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            out() << help << Qt::endl << exitCodeHelp();
            return ExitOk;
        }
        return usage(Cli::tr("the only audit command is \"audit verify\""), QStringLiteral("audit"));
    }
    rest.removeAt(1);
    if (int code = parse(parser, rest, QStringLiteral("audit"), help); code >= 0) {
        return code;
    }
    if (!parser.isSet(db)) {
        return usage(Cli::tr("audit verify needs --db FILE"), QStringLiteral("audit"));
    }
    auto opened = Database::open(parser.value(db), Database::Options {});
    if (!opened) {
        return fail(opened.error());
    }
    auto actor = authenticate(*opened.value(), parser.value(user), QStringLiteral("audit verify"));
    if (!actor) {
        return fail(actor.error());
    }
    if (core::Status s = core::Permissions::require(actor.value(), core::Permissions::Action::ViewAuditLog); !s) {
        return fail(s.error());
    }
    core::AuditLog log(*opened.value());
    auto result = log.verify();
    if (!result) {
        return fail(result.error());
    }
    const core::AuditVerification& v = result.value();
    out() << Cli::tr("File: %1").arg(QDir::toNativeSeparators(opened.value()->path())) << Qt::endl;
    out() << Cli::tr("Audit entries checked: %1").arg(v.checked) << Qt::endl;
    bool intact = v.intact;
    if (!v.intact) {
        out() << Cli::tr("Result: THE AUDIT LOG HAS BEEN TAMPERED WITH. %1").arg(v.problem) << Qt::endl;
    }
    if (intact && parser.isSet(against)) {
        auto older = log.verifyAgainst(parser.value(against));
        if (!older) {
            return fail(older.error());
        }
        out() << Cli::tr("Entries of the older copy found unchanged: %1")
                     .arg(older.value().intact ? older.value().checked : older.value().checked - 1)
              << Qt::endl;
        if (!older.value().intact) {
            intact = false;
            out() << Cli::tr("Result: THE AUDIT LOG HAS BEEN TAMPERED WITH. %1").arg(older.value().problem) << Qt::endl;
        }
    }
    // Running the check is itself worth a line in the log.
    log.record(actor.value(),
        { QString::fromLatin1(core::AuditLog::kReport), QStringLiteral("audit_log"), {}, {},
            intact ? QStringLiteral("verified: intact") : QStringLiteral("verified: broken") });
    if (!intact) {
        out() << Cli::tr("Keep this file and its backups as they are, and tell whoever is responsible for data "
                         "protection at your charity.")
              << Qt::endl;
        return ExitDamaged;
    }
    out() << Cli::tr("Result: intact.") << Qt::endl;
    return ExitOk;
}

// --- export -------------------------------------------------------------------------------------

int runExport(const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), QStringLiteral("FILE"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), Cli::tr("The new folder to write (must not exist)."), QStringLiteral("FOLDER"));
    const QCommandLineOption sensitive(QStringLiteral("include-sensitive"),
        Cli::tr("Also write the sensitive fields (lived experience, risk notes, stories as written)."));
    const QCommandLineOption user(
        QStringLiteral("user"), Cli::tr("An administrator's user name (files with accounts)."), QStringLiteral("NAME"));
    parser.addOptions({ db, outOption, sensitive, user });
    const QString help = Cli::tr("Usage: alongside export --db FILE --out FOLDER [--include-sensitive] [--user NAME]\n"
                                 "\n"
                                 "Writes everything in FILE to a new FOLDER: one CSV file per table (column names\n"
                                 "in the first row), training certificates as files, README.txt and manifest.json.\n"
                                 "Sensitive fields are left empty unless --include-sensitive is given; supervision\n"
                                 "private notes and passwords are never written. The folder appears whole or not at\n"
                                 "all. It holds special-category data: keep it safe and delete it when done.\n"
                                 "Needs an administrator's login on a database with accounts.\n");
    if (int code = parse(parser, args, QStringLiteral("export"), help); code >= 0) {
        return code;
    }
    if (!parser.isSet(db) || !parser.isSet(outOption)) {
        return usage(Cli::tr("export needs --db FILE and --out FOLDER"), QStringLiteral("export"));
    }
    auto opened = Database::open(parser.value(db), Database::Options {});
    if (!opened) {
        return fail(opened.error());
    }
    auto actor = authenticate(*opened.value(), parser.value(user), QStringLiteral("export"));
    if (!actor) {
        return fail(actor.error());
    }
    auto done = core::dataio::FullExport(*opened.value())
                    .run(actor.value(), parser.value(outOption), parser.isSet(sensitive));
    if (!done) {
        return fail(done.error());
    }
    qint64 rows = 0;
    for (const core::dataio::ExportedTable& t : done.value().tables) {
        rows += t.rows;
    }
    out() << Cli::tr("Wrote %1 tables (%2 rows) and %3 certificate files to %4.")
                 .arg(done.value().tables.size())
                 .arg(rows)
                 .arg(done.value().certificates)
                 .arg(QDir::toNativeSeparators(done.value().folder))
          << Qt::endl;
    out() << Cli::tr("It holds special-category data: keep it safe and delete it when it is no longer needed.")
          << Qt::endl;
    return ExitOk;
}

// --- report ---------------------------------------------------------------------------------------

QString reportNames()
{
    QStringList ids;
    for (const core::report::ReportInfo& i : core::report::catalogue()) {
        ids.append(i.id);
    }
    return ids.join(QStringLiteral(", "));
}

QString reportList()
{
    QString text = Cli::tr("Reports (alongside report NAME …):") + QLatin1Char('\n');
    for (const core::report::ReportInfo& i : core::report::catalogue()) {
        QString dates = i.usesPeriod ? Cli::tr("--from DATE --to DATE") : Cli::tr("[--as-at DATE]");
        if (i.hasComparisons) {
            dates += QLatin1Char(' ') + Cli::tr("[--compare previous,ytd]");
        }
        text += QStringLiteral("  %1 %2\n").arg(i.id, -20).arg(i.title);
        text += QStringLiteral("  %1 %2\n").arg(QString(), -20).arg(i.description);
        text += QStringLiteral("  %1 %2\n").arg(QString(), -20).arg(dates);
    }
    return text;
}

// A day written as YYYY-MM-DD (and nothing else); invalid otherwise.
QDate isoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return shape.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
}

int runReport(const QStringList& args)
{
    using core::report::Format;
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), QStringLiteral("FILE"));
    const QCommandLineOption from(
        QStringLiteral("from"), Cli::tr("The first day of the period."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(
        QStringLiteral("to"), Cli::tr("The last day of the period."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption asAt(QStringLiteral("as-at"),
        Cli::tr("The day an \"as at\" report is for (default today)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption format(
        QStringLiteral("format"), Cli::tr("pdf, html, csv, xlsx or json."), QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), Cli::tr("The file to write."), QStringLiteral("PATH"));
    const QCommandLineOption compare(QStringLiteral("compare"),
        Cli::tr("Add columns for the previous period, the year to date, or both."), QStringLiteral("previous,ytd"));
    const QCommandLineOption user(
        QStringLiteral("user"), Cli::tr("Your user name (files with accounts)."), QStringLiteral("NAME"));
    const QCommandLineOption list(QStringLiteral("list"), Cli::tr("List the reports and what each one shows."));
    parser.addOptions({ db, from, to, asAt, format, outFile, compare, user, list });
    const QString help
        = Cli::tr("Usage: alongside report NAME --db FILE --from DATE --to DATE --format FORMAT --out PATH\n"
                  "                       [--compare previous,ytd] [--user NAME]\n"
                  "       alongside report NAME --db FILE [--as-at DATE] --format FORMAT --out PATH\n"
                  "                       [--user NAME]\n"
                  "       alongside report --list\n"
                  "\n"
                  "Writes the report NAME to PATH as pdf, html, csv, xlsx or json (FORMAT), with\n"
                  "small numbers suppressed at the threshold in Settings, as for anything that leaves\n"
                  "the building. NAME is one of these (--list says what each shows):\n"
                  "  %1\n"
                  "\n"
                  "Reports over a period need --from and --to, its first and last day (for example\n"
                  "--from 2026-07-01 --to 2026-09-30). The others are \"as at\" a day: --as-at, or\n"
                  "today if left out. The quarterly report adds columns for the previous period and\n"
                  "the year to date with --compare previous,ytd. Dates are written YYYY-MM-DD.\n"
                  "\n"
                  "On a database without accounts, report reads FILE without changing it and works\n"
                  "while Alongside has it open. On a database with accounts it needs --user NAME and\n"
                  "that account's password; the login and the report are recorded in the audit log,\n"
                  "so Alongside must not have FILE open. PATH is replaced if it exists. The JSON is\n"
                  "described in docs/REPORT_JSON.md.\n")
              .arg(reportNames());
    // The report's name comes first, as with "audit verify"; QCommandLineParser sees only the options.
    QStringList rest = args;
    QString name;
    if (rest.size() > 1 && !rest.at(1).startsWith(QLatin1Char('-'))) {
        name = rest.takeAt(1);
    }
    if (int code = parse(parser, rest, command, help); code >= 0) {
        return code;
    }
    if (parser.isSet(list)) {
        out() << reportList();
        return ExitOk;
    }
    if (name.isEmpty()) {
        return usage(Cli::tr("report needs the name of a report: %1").arg(reportNames()), command);
    }
    const auto info = core::report::info(name);
    if (!info) {
        return usage(
            Cli::tr("there is no report called \"%1\". The reports are: %2").arg(name, reportNames()), command);
    }
    if (!parser.isSet(db)) {
        return usage(Cli::tr("report needs --db FILE"), command);
    }
    if (!parser.isSet(format)) {
        return usage(Cli::tr("report needs --format pdf, html, csv, xlsx or json"), command);
    }
    const auto fmt = core::report::formatFromName(parser.value(format));
    if (!fmt) {
        return usage(
            Cli::tr("--format must be pdf, html, csv, xlsx or json, not \"%1\"").arg(parser.value(format)), command);
    }
    if (parser.value(outFile).isEmpty()) {
        return usage(Cli::tr("report needs --out PATH, the file to write"), command);
    }
    const QFileInfo target(parser.value(outFile));
    const QString shownTarget = QDir::toNativeSeparators(target.absoluteFilePath());
    if (target.isDir()) {
        return usage(Cli::tr("--out %1 is a folder: give the name of the file to write in it, for example %2")
                         .arg(shownTarget,
                             QDir::toNativeSeparators(
                                 QDir(target.absoluteFilePath()).filePath(name + core::report::formatSuffix(*fmt)))),
            command);
    }
    if (!target.absoluteDir().exists()) {
        return usage(Cli::tr("--out: the folder %1 does not exist. Create it first, or choose another folder")
                         .arg(QDir::toNativeSeparators(target.absolutePath())),
            command);
    }

    core::report::Request request;
    request.reportId = name;
    request.suppress = true; // always: a file written here leaves the building
    if (info->usesPeriod) {
        if (parser.isSet(asAt)) {
            return usage(
                Cli::tr("%1 covers a period: give --from DATE and --to DATE instead of --as-at").arg(name), command);
        }
        if (!parser.isSet(from) || !parser.isSet(to)) {
            return usage(Cli::tr("%1 needs --from DATE and --to DATE, the first and last day of the period (for "
                                 "example --from 2026-07-01 --to 2026-09-30)")
                             .arg(name),
                command);
        }
        request.from = isoDate(parser.value(from));
        if (!request.from.isValid()) {
            return usage(
                Cli::tr("--from must be a date written as YYYY-MM-DD, not \"%1\"").arg(parser.value(from)), command);
        }
        request.to = isoDate(parser.value(to));
        if (!request.to.isValid()) {
            return usage(
                Cli::tr("--to must be a date written as YYYY-MM-DD, not \"%1\"").arg(parser.value(to)), command);
        }
        if (request.to < request.from) {
            return usage(Cli::tr("--to %1 is before --from %2: the period must end on or after the day it starts")
                             .arg(parser.value(to), parser.value(from)),
                command);
        }
    } else {
        if (parser.isSet(from) || parser.isSet(to)) {
            return usage(
                Cli::tr("%1 is as at a day: give --as-at DATE (or leave it out for today) instead of --from and --to")
                    .arg(name),
                command);
        }
        if (parser.isSet(asAt)) {
            request.asOf = isoDate(parser.value(asAt));
            if (!request.asOf.isValid()) {
                return usage(
                    Cli::tr("--as-at must be a date written as YYYY-MM-DD, not \"%1\"").arg(parser.value(asAt)),
                    command);
            }
        }
    }
    if (parser.isSet(compare)) {
        if (!info->hasComparisons) {
            return usage(Cli::tr("%1 has no comparison columns: leave out --compare").arg(name), command);
        }
        const QStringList parts = parser.value(compare).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (parts.isEmpty()) {
            return usage(Cli::tr("--compare takes previous, ytd or previous,ytd"), command);
        }
        for (const QString& part : parts) {
            const QString p = part.trimmed();
            if (p == QLatin1String("previous")) {
                request.comparePrevious = true;
            } else if (p == QLatin1String("ytd")) {
                request.compareYearToDate = true;
            } else {
                return usage(
                    Cli::tr("--compare takes previous, ytd or previous,ytd, not \"%1\"").arg(parser.value(compare)),
                    command);
            }
        }
    }
    if (*fmt == Format::Pdf && !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return fail(Error { Error::Code::Io,
            Cli::tr("Alongside could not start the drawing it needs for a PDF. Write HTML instead, or contact "
                    "whoever supports your Alongside."),
            QStringLiteral("no QGuiApplication") });
    }

    // A reader: works while the app has the file open. Logging in to a file with accounts writes
    // (wrong passwords count towards the wait; the login is in the audit log), so that needs the file.
    const QString path = parser.value(db);
    Database::Options readOnly;
    readOnly.access = Database::Access::ReadOnly;
    auto opened = Database::open(path, readOnly);
    if (!opened) {
        return fail(opened.error());
    }
    auto has = core::AccountService(*opened.value()).hasAccounts();
    if (!has) {
        return fail(has.error());
    }
    const bool withAccounts = has.value();
    if (withAccounts && !parser.value(user).isEmpty()) {
        opened.value().reset();
        opened = Database::open(path, Database::Options {});
        if (!opened) {
            Error e = opened.error();
            if (e.code == Error::Code::Locked) {
                e.message += QLatin1Char(' ')
                    + Cli::tr("On a database with accounts, report logs you in and records the report in the audit "
                              "log, which it cannot do while Alongside has the file open.");
            }
            return fail(e);
        }
    }
    Database& database = *opened.value();
    auto actor = authenticate(database, parser.value(user), command + QLatin1Char(' ') + name);
    if (!actor) {
        return fail(actor.error());
    }

    const bool tty = isatty(fileno(stderr));
    auto progress = [&](int step, int steps, const QString& doing) {
        if (tty) {
            const int percent = steps > 0 ? 100 * std::clamp(step, 0, steps) / steps : 0;
            err() << QStringLiteral("\r%1 %2%").arg(doing).arg(percent, 3) << QStringLiteral("\x1b[K");
            err().flush();
        }
        return true;
    };
    auto built = core::report::build(database, actor.value(), request, progress);
    if (tty) {
        err() << QStringLiteral("\r\x1b[K");
        err().flush();
    }
    if (!built) {
        // What build() refuses as input is about the dates or name given here (a period in the future,
        // longer than five years): the command line was wrong.
        if (built.error().code == Error::Code::InvalidInput) {
            return usage(built.error().message, command);
        }
        return fail(built.error());
    }
    const core::report::Report& report = built.value();
    core::AuditLog log(database);
    if (report.namesPeople) {
        if (core::Status s = core::Permissions::require(actor.value(), core::Permissions::Action::ExportRecords); !s) {
            if (withAccounts) {
                log.refused(actor.value(), s, QStringLiteral("report"), name);
            }
            return fail(s.error());
        }
    }
    const core::Status saved = *fmt == Format::Pdf ? ui::reports::savePdf(report, target.absoluteFilePath())
                                                   : core::report::saveAs(report, *fmt, target.absoluteFilePath());
    if (!saved) {
        return fail(saved.error());
    }
    if (withAccounts) {
        // The file may leave the building: who wrote which report, for which period, in which format.
        const QString period = report.asOf.isValid()
            ? QStringLiteral("as at %1").arg(report.asOf.toString(Qt::ISODate))
            : QStringLiteral("%1 to %2").arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate));
        if (core::Status s = log.record(actor.value(),
                { QString::fromLatin1(core::AuditLog::kExport), QStringLiteral("report"), name, {},
                    QStringLiteral("%1, %2, command line").arg(core::report::formatName(*fmt), period) });
            !s) {
            return fail(s.error());
        }
    }
    out() << Cli::tr("Wrote \"%1\" (%2) as %3 to %4 (%5).")
                 .arg(report.title, report.period.label, core::report::formatName(*fmt).toUpper(), shownTarget,
                     humanSize(QFileInfo(target.absoluteFilePath()).size()))
          << Qt::endl;
    return ExitOk;
}

// --- import ---------------------------------------------------------------------------------------

QString importKindKeys()
{
    QStringList keys;
    for (const core::dataio::ImportKindInfo& i : core::dataio::importKinds()) {
        keys.append(i.key);
    }
    return keys.join(QStringLiteral(", "));
}

QString importRowsText(int n)
{
    return n == 1 ? Cli::tr("1 row") : Cli::tr("%1 rows").arg(n);
}

int runImport(const QStringList& args)
{
    namespace dataio = core::dataio;
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), Cli::tr("The database file."), QStringLiteral("FILE"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"), Cli::tr("What the file holds."), QStringLiteral("KIND"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), Cli::tr("Do everything, then put the database back as it was."));
    const QCommandLineOption measure(
        QStringLiteral("measure"), Cli::tr("measures: the questionnaire the scores are for."), QStringLiteral("ID"));
    const QCommandLineOption sheet(
        QStringLiteral("sheet"), Cli::tr("XLSX: the sheet to read (default the first)."), QStringLiteral("NAME"));
    const QCommandLineOption onDuplicate(QStringLiteral("on-duplicate"),
        Cli::tr("What to do with rows that may be someone already on file."), QStringLiteral("CHOICE"),
        QStringLiteral("ask"));
    const QCommandLineOption user(
        QStringLiteral("user"), Cli::tr("An administrator's user name (files with accounts)."), QStringLiteral("NAME"));
    const QCommandLineOption helpOption({ QStringLiteral("h"), QStringLiteral("help") }, Cli::tr("Show this help."));
    parser.addOptions({ db, kindOption, dryRun, measure, sheet, onDuplicate, user, helpOption });
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QString help
        = Cli::tr("Usage: alongside import --db FILE --kind KIND SPREADSHEET [--dry-run] [--measure ID]\n"
                  "                       [--sheet NAME] [--on-duplicate ask|new|existing|skip] [--user NAME]\n"
                  "\n"
                  "Brings the rows of SPREADSHEET (CSV or Excel .xlsx, headings in the first row)\n"
                  "into FILE, all or nothing. KIND is what the file holds, one of:\n"
                  "  %1\n"
                  "Columns are matched to what Alongside keeps by their headings (see\n"
                  "docs/DATA_FORMATS.md). Every row is checked first; any problem is written to\n"
                  "standard error as \"row 7, Date of birth: ...\" and nothing is imported (exit 8).\n"
                  "\n"
                  "A row that may be someone already on file (or an earlier row) stops the import\n"
                  "too, unless --on-duplicate says what to do with such rows: new (add them as new\n"
                  "people), existing (add the row to the person on file) or skip (leave them out).\n"
                  "--dry-run does everything and then puts the database back: nothing is saved.\n"
                  "measures needs --measure ID, the questionnaire (for example wemwbs).\n"
                  "Needs an administrator's login on a database with accounts; Alongside must not\n"
                  "have FILE open.\n")
              .arg(importKindKeys());
    if (!parser.parse(args)) {
        return usage(parser.errorText(), command);
    }
    if (parser.isSet(helpOption)) {
        out() << help << Qt::endl << exitCodeHelp();
        out().flush();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return usage(Cli::tr("import takes one spreadsheet, not \"%1\" as well").arg(positional.at(1)), command);
    }
    if (!parser.isSet(db)) {
        return usage(Cli::tr("import needs --db FILE"), command);
    }
    if (!parser.isSet(kindOption)) {
        return usage(Cli::tr("import needs --kind KIND, one of: %1").arg(importKindKeys()), command);
    }
    const auto kind = dataio::kindFromKey(parser.value(kindOption));
    if (!kind) {
        return usage(Cli::tr("there is no kind of record called \"%1\". The kinds are: %2")
                         .arg(parser.value(kindOption), importKindKeys()),
            command);
    }
    if (positional.isEmpty()) {
        return usage(Cli::tr("import needs the spreadsheet to read, after the options"), command);
    }
    if (*kind == dataio::ImportKind::MeasureResponses && parser.value(measure).isEmpty()) {
        return usage(Cli::tr("--kind measures needs --measure ID, the questionnaire the scores are for"), command);
    }
    dataio::ImportOptions options;
    options.kind = *kind;
    options.measureId = parser.value(measure);
    const QString choice = parser.value(onDuplicate);
    if (choice == QLatin1String("ask")) {
        options.duplicateDefault = dataio::DuplicateChoice::Ask;
    } else if (choice == QLatin1String("new")) {
        options.duplicateDefault = dataio::DuplicateChoice::AddNew;
    } else if (choice == QLatin1String("existing")) {
        options.duplicateDefault = dataio::DuplicateChoice::UseExisting;
    } else if (choice == QLatin1String("skip")) {
        options.duplicateDefault = dataio::DuplicateChoice::Skip;
    } else {
        return usage(Cli::tr("--on-duplicate must be ask, new, existing or skip, not \"%1\"").arg(choice), command);
    }

    auto opened = Database::open(parser.value(db), Database::Options {});
    if (!opened) {
        return fail(opened.error());
    }
    Database& database = *opened.value();
    auto actor = authenticate(database, parser.value(user), command);
    if (!actor) {
        return fail(actor.error());
    }
    if (core::Status s = core::Permissions::require(actor.value(), core::Permissions::Action::ImportData); !s) {
        return fail(s.error());
    }

    dataio::ReadOptions readOptions;
    readOptions.sheet = parser.value(sheet);
    auto read = dataio::readFile(positional.constFirst(), readOptions);
    if (!read) {
        err() << Cli::tr("alongside: %1").arg(read.error().message) << Qt::endl;
        return read.error().code == Error::Code::InvalidInput ? int(ExitBadData) : exitCodeFor(read.error());
    }
    const dataio::SourceTable& table = read.value();

    dataio::Importer importer(database);
    auto fields = importer.fields(options.kind, options.measureId);
    if (!fields) {
        if (fields.error().code == Error::Code::InvalidInput) {
            return usage(fields.error().message, command);
        }
        return fail(fields.error());
    }
    options.mapping = dataio::Importer::autoMatch(fields.value(), table.headers);
    QStringList unused;
    for (int c = 0; c < table.headers.size(); ++c) {
        if (!options.mapping.values().contains(c) && !table.headers.at(c).trimmed().isEmpty()) {
            unused.append(QStringLiteral("\"%1\"").arg(table.headers.at(c).trimmed()));
        }
    }
    if (!unused.isEmpty()) {
        err() << Cli::tr("Columns left out (Alongside keeps nothing like them): %1")
                     .arg(unused.join(QStringLiteral(", ")))
              << Qt::endl;
    }

    const bool tty = isatty(fileno(stderr));
    auto progress = [&](int done, int total) {
        if (tty && total > 0) {
            err()
                << QStringLiteral("\r%1 %2%").arg(Cli::tr("Importing")).arg(100 * std::clamp(done, 0, total) / total, 3)
                << QStringLiteral("\x1b[K");
            err().flush();
        }
        return true;
    };
    auto endProgress = [&] {
        if (tty) {
            err() << QStringLiteral("\r\x1b[K");
            err().flush();
        }
    };

    auto checked = importer.check(actor.value(), table, options, progress);
    endProgress();
    if (!checked) {
        return fail(checked.error());
    }
    const dataio::ImportCheck& check = checked.value();
    for (const dataio::ImportProblem& p : check.problems) {
        if (p.line <= 0) {
            err() << p.message << Qt::endl;
        } else if (p.column.isEmpty()) {
            err() << Cli::tr("row %1: %2").arg(p.line).arg(p.message) << Qt::endl;
        } else {
            err() << Cli::tr("row %1, %2: %3").arg(p.line).arg(p.column, p.message) << Qt::endl;
        }
    }
    int undecided = 0;
    for (const dataio::PossibleDuplicate& d : check.duplicates) {
        const dataio::DuplicateChoice c = options.duplicateChoices.value(d.line, options.duplicateDefault);
        if (c != dataio::DuplicateChoice::Ask) {
            continue;
        }
        ++undecided;
        err()
            << Cli::tr("row %1: %2 may be the same person as %3: %4").arg(d.line).arg(d.incoming, d.existing, d.reason)
            << Qt::endl;
    }
    if (!check.problems.isEmpty() || undecided > 0) {
        QStringList what;
        if (!check.problems.isEmpty()) {
            what.append(
                check.problems.size() == 1 ? Cli::tr("1 problem") : Cli::tr("%1 problems").arg(check.problems.size()));
        }
        if (undecided > 0) {
            what.append(undecided == 1
                    ? Cli::tr("1 possible duplicate to decide on (--on-duplicate)")
                    : Cli::tr("%1 possible duplicates to decide on (--on-duplicate)").arg(undecided));
        }
        err() << Cli::tr("%1 read, %2 ready; %3. Nothing was imported.")
                     .arg(importRowsText(check.rowsRead))
                     .arg(check.rowsReady - undecided) // a row waiting for a decision is not ready
                     .arg(what.join(Cli::tr(" and ")))
              << Qt::endl;
        return ExitBadData;
    }

    auto done = importer.run(actor.value(), table, options, parser.isSet(dryRun), progress);
    endProgress();
    if (!done) {
        if (done.error().code == Error::Code::InvalidInput) {
            err() << Cli::tr("alongside: %1").arg(done.error().message) << Qt::endl;
            return ExitBadData;
        }
        return fail(done.error());
    }
    const dataio::ImportResult& r = done.value();
    QStringList parts;
    for (const auto& [what, count] : r.created) {
        parts.append(QStringLiteral("%1 %2").arg(count).arg(what));
    }
    const QString created = parts.isEmpty() ? Cli::tr("nothing new") : parts.join(QStringLiteral(", "));
    if (r.dryRun) {
        out() << Cli::tr("Dry run: %1 would be imported, creating %2. Nothing was saved.")
                     .arg(importRowsText(r.rowsImported), created)
              << Qt::endl;
    } else {
        out() << Cli::tr("Imported %1: %2.").arg(importRowsText(r.rowsImported), created) << Qt::endl;
    }
    if (r.rowsSkipped > 0) {
        out() << Cli::tr("Left out as possible duplicates: %1.").arg(importRowsText(r.rowsSkipped)) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

bool commandLineNeedsGui(int argc, char* argv[])
{
    return argc >= 2 && QByteArray(argv[1]) == "report";
}

void useOffscreenPlatformUnlessChosen()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // The command paints pages but never shows a window: it must not need a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Qt warns when a scheduled job has no XDG_RUNTIME_DIR; the command needs none, and its
        // standard error is for messages a person can act on.
        static QtMessageHandler previous = nullptr;
        previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& text) {
            if (!text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set"))) {
                previous(type, context, text);
            }
        });
    }
#endif
}

bool wantsCommandLine(int argc, char* argv[])
{
    if (argc < 2) {
        return false;
    }
    const QByteArray first(argv[1]);
    static const QList<QByteArray> words = { "demo", "check", "backup", "audit", "report", "export", "import", "--help",
        "-h", "-help", "--version", "-v", "-version", "help" };
    return words.contains(first) || (!first.startsWith('-') && !first.isEmpty());
}

int runCommandLine(const QStringList& arguments)
{
    const QString command = arguments.value(1);
    // QCommandLineParser wants the program name first; keep it and drop the subcommand.
    QStringList rest = arguments;
    if (rest.size() > 1) {
        rest.removeAt(1);
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("-help")
        || command == QLatin1String("help")) {
        out() << mainHelp();
        return ExitOk;
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")
        || command == QLatin1String("-version")) {
        out() << QStringLiteral("Alongside %1").arg(QCoreApplication::applicationVersion()) << Qt::endl;
        return ExitOk;
    }
    if (command == QLatin1String("demo")) {
        return runDemo(rest);
    }
    if (command == QLatin1String("check")) {
        return runCheck(rest);
    }
    if (command == QLatin1String("backup")) {
        return runBackup(rest);
    }
    if (command == QLatin1String("audit")) {
        return runAudit(rest);
    }
    if (command == QLatin1String("report")) {
        return runReport(rest);
    }
    if (command == QLatin1String("export")) {
        return runExport(rest);
    }
    if (command == QLatin1String("import")) {
        return runImport(rest);
    }
    err() << Cli::tr(
        "alongside: \"%1\" is not a command. Commands are demo, check, backup, audit, report, import and export.")
                 .arg(command)
          << Qt::endl;
    err() << Cli::tr("Run \"alongside --help\" to see how to use it.") << Qt::endl;
    return ExitUsage;
}

} // namespace alongside::app
