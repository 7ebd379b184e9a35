// The command line, run as a user would: the real executable, its output and exit codes.

#include "core/audit/auditlog.h"
#include "core/auth/accountservice.h"
#include "core/auth/passwordhasher.h"
#include "core/db/backupmanager.h"
#include "core/db/database.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace alongside;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// maxFileBytes > 0 runs the command as on a nearly full disk: no file may grow past that size.
// A non-empty environment replaces the test's own (to run with no display, say).
Run run(const QStringList& args, rlim_t maxFileBytes = 0, const QByteArray& input = {},
    const QProcessEnvironment& environment = {})
{
    QProcess p;
    if (!environment.isEmpty()) {
        p.setProcessEnvironment(environment);
    }
    if (maxFileBytes > 0) {
        p.setChildProcessModifier([maxFileBytes] {
            std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails like ENOSPC, not a crash
            const rlimit limit { maxFileBytes, maxFileBytes };
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    p.start(QStringLiteral(ALONGSIDE_EXE), args);
    if (p.waitForStarted()) {
        p.write(input); // the password, for commands that ask for one
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(240000)) {
        p.kill();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

} // namespace

class TstCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badArguments_data();
    void badArguments();
    void helpAndVersion_data();
    void helpAndVersion();
    void demoCreatesAHealthyDatabase();
    void demoRefusesADatabaseWithRecords();
    void demoRefusesAFileInUse();
    void checkRefusesBadFiles_data();
    void checkRefusesBadFiles();
    void backupWritesACheckedCopyWhileOpen();
    void backupRefusesToOverwrite();
    void backupOnAFullDiskSaysSoAndLeavesNothing();
    void demoOnAFullDiskSaysSoAndLeavesNothing();
    void auditVerifyOnAFileWithoutAccounts();
    void auditVerifyNeedsAnAdministratorsLogin();
    void auditVerifyFindsTampering();
    void demoNeedsALoginOnAFileWithAccounts();
    void reportWritesEachFormat_data();
    void reportWritesEachFormat();
    void reportWritesEachReport_data();
    void reportWritesEachReport();
    void reportAddsComparisonColumns();
    void reportRefusesBadArguments_data();
    void reportRefusesBadArguments();
    void reportOnADatabaseThatDoesNotExist();
    void reportOnAFullDiskSaysSoAndLeavesNothing();
    void reportListsTheReports();
    void reportWorksWhileTheAppHasTheFileOpen();
    void reportNeedsALoginOnAFileWithAccounts();
    void exportWritesAFolder();
    void exportRefusesAnExistingFolder();
    void exportIncludesSensitiveOnlyWhenAsked();
    void exportIsNamedAsACommand();
    void importBringsInAValidFile();
    void importRefusesAFileWithABadLastRow();
    void importDryRunLeavesTheDatabaseUnchanged();
    void importListsEveryProblemOfAMessyFile();
    void importStopsAtPossibleDuplicatesUnlessTold();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TstCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(ALONGSIDE_EXE)));
    m_demo = m_dir.filePath(QStringLiteral("demo.alongside"));
    const Run r = run({ QStringLiteral("demo"), QStringLiteral("--db"), m_demo, QStringLiteral("--seed"),
        QStringLiteral("3"), QStringLiteral("--as-at"), QStringLiteral("2026-11-22") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TstCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errorPart");
    const QString db = QStringLiteral("--db");
    const QString f = QStringLiteral("x.alongside");
    QTest::newRow("An unknown command") << QStringList { QStringLiteral("frobnicate") }
                                        << QStringLiteral("not a command");
    QTest::newRow("demo without --db") << QStringList { QStringLiteral("demo") } << QStringLiteral("needs --db");
    QTest::newRow("demo with an unknown size") << QStringList { QStringLiteral("demo"), db, f, QStringLiteral("--size"),
        QStringLiteral("huge") } << QStringLiteral("small, medium or large");
    QTest::newRow("demo with a seed that is not a number") << QStringList { QStringLiteral("demo"), db, f,
        QStringLiteral("--seed"), QStringLiteral("abc") } << QStringLiteral("whole number");
    QTest::newRow("demo with a date that is not a date")
        << QStringList { QStringLiteral("demo"), db, f, QStringLiteral("--as-at"), QStringLiteral("31/02/2026") }
        << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("demo with an unknown option")
        << QStringList { QStringLiteral("demo"), db, f, QStringLiteral("--colour") } << QStringLiteral("colour");
    QTest::newRow("check without --db") << QStringList { QStringLiteral("check") } << QStringLiteral("needs --db");
    QTest::newRow("check with a stray argument")
        << QStringList { QStringLiteral("check"), db, f, QStringLiteral("extra") } << QStringLiteral("unexpected");
    QTest::newRow("backup without --out")
        << QStringList { QStringLiteral("backup"), db, f } << QStringLiteral("--out BACKUP");
    QTest::newRow("import with an unknown kind") << QStringList { QStringLiteral("import"), db, f,
        QStringLiteral("--kind"), QStringLiteral("peeple"), QStringLiteral("people.csv") }
                                                 << QStringLiteral("no kind of record called \"peeple\"");
    QTest::newRow("import without --kind") << QStringList { QStringLiteral("import"), db, f, QStringLiteral("p.csv") }
                                           << QStringLiteral("needs --kind KIND");
    QTest::newRow("import without the spreadsheet")
        << QStringList { QStringLiteral("import"), db, f, QStringLiteral("--kind"), QStringLiteral("people") }
        << QStringLiteral("needs the spreadsheet");
    QTest::newRow("import with an unknown duplicate choice") << QStringList { QStringLiteral("import"), db, f,
        QStringLiteral("--kind"), QStringLiteral("people"), QStringLiteral("--on-duplicate"), QStringLiteral("merge"),
        QStringLiteral("p.csv") } << QStringLiteral("ask, new, existing or skip");
    QTest::newRow("import of scores without the questionnaire") << QStringList { QStringLiteral("import"), db, f,
        QStringLiteral("--kind"), QStringLiteral("measures"), QStringLiteral("p.csv") }
                                                                << QStringLiteral("needs --measure ID");
}

void TstCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errorPart);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(errorPart), qPrintable(r.err));
    QVERIFY(!QFile::exists(QStringLiteral("x.alongside")));
}

void TstCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("outPart");
    QTest::newRow("--help lists the commands and exit codes")
        << QStringList { QStringLiteral("--help") } << QStringLiteral("Exit codes:");
    QTest::newRow("--version gives the version")
        << QStringList { QStringLiteral("--version") } << QStringLiteral("Alongside " ALONGSIDE_VERSION);
    QTest::newRow("demo --help explains the sizes")
        << QStringList { QStringLiteral("demo"), QStringLiteral("--help") } << QStringLiteral("1,000,000 sessions");
    QTest::newRow("check --help") << QStringList { QStringLiteral("check"), QStringLiteral("--help") }
                                  << QStringLiteral("without changing it");
    QTest::newRow("backup --help") << QStringList { QStringLiteral("backup"), QStringLiteral("--help") }
                                   << QStringLiteral("Safe while Alongside has FILE open");
    QTest::newRow("--help lists report") << QStringList { QStringLiteral("--help") }
                                         << QStringLiteral("report   write a report");
    QTest::newRow("--help lists import") << QStringList { QStringLiteral("--help") }
                                         << QStringLiteral("import   bring a spreadsheet");
    QTest::newRow("import --help names the kinds")
        << QStringList { QStringLiteral("import"), QStringLiteral("--help") }
        << QStringLiteral("volunteers, people, referrals, sessions, measures, training, supervision");
    QTest::newRow("report --help names the reports and formats")
        << QStringList { QStringLiteral("report"), QStringLiteral("--help") }
        << QStringLiteral("quarterly, compliance, supervision-overdue, caseloads, match-outcomes, workforce-snapshot");
}

void TstCli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, outPart);
    const Run r = run(args);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(outPart), qPrintable(r.out));
}

void TstCli::demoCreatesAHealthyDatabase()
{
    const Run r = run({ QStringLiteral("check"), QStringLiteral("--db"), m_demo });
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Result: healthy.")));
    QVERIFY(r.out.contains(QStringLiteral("Integrity: ok")));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("session\\s+5000"))), qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("client\\s+300"))), qPrintable(r.out));
}

void TstCli::demoRefusesADatabaseWithRecords()
{
    const QByteArray before = test::fileBytes(m_demo);
    const Run r = run({ QStringLiteral("demo"), QStringLiteral("--db"), m_demo });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already")), qPrintable(r.err));
    QCOMPARE(test::fileBytes(m_demo), before);
}

void TstCli::demoRefusesAFileInUse()
{
    const QString path = m_dir.filePath(QStringLiteral("busy.alongside"));
    auto held = test::openOrCreate(path);
    QVERIFY(held);
    const Run r = run({ QStringLiteral("demo"), QStringLiteral("--db"), path });
    QCOMPARE(r.code, 6);
    QVERIFY2(r.err.contains(QStringLiteral("already has")), qPrintable(r.err));
}

void TstCli::checkRefusesBadFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("A missing file") << QString() << 3 << QStringLiteral("There is no file");
    QTest::newRow("A text file") << QStringLiteral("not-a-database.alongside") << 4 << QStringLiteral("not a database");
    QTest::newRow("Another program's database")
        << QStringLiteral("foreign.sqlite") << 4 << QStringLiteral("another program");
    QTest::newRow("A newer version's database")
        << QStringLiteral("newer-version.alongside") << 4 << QStringLiteral("newer version");
    QTest::newRow("A database with damaged pages")
        << QStringLiteral("corrupt-pages.alongside") << 5 << QStringLiteral("integrity check");
    QTest::newRow("A truncated database") << QStringLiteral("truncated.alongside") << 5 << QStringLiteral("damaged");
}

void TstCli::checkRefusesBadFiles()
{
    QFETCH(QString, fixture);
    QFETCH(int, code);
    QFETCH(QString, errorPart);
    const QString path = fixture.isEmpty() ? m_dir.filePath(QStringLiteral("nothing-here.alongside"))
                                           : test::copyFixture(m_dir, fixture);
    const Run r = run({ QStringLiteral("check"), QStringLiteral("--db"), path });
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(errorPart), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TstCli::backupWritesACheckedCopyWhileOpen()
{
    // The app holds the file open (and locked) while a scheduled backup runs.
    Run r;
    {
        auto held = core::Database::open(m_demo, {});
        QVERIFY2(held, qPrintable(held.message()));
        const QString out = m_dir.filePath(QStringLiteral("nightly.alongside"));
        r = run({ QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(core::BackupManager::verify(out));
    }
    const QString out = m_dir.filePath(QStringLiteral("nightly.alongside"));
    const Run check = run({ QStringLiteral("check"), QStringLiteral("--db"), out });
    QCOMPARE(check.code, 0);
    QVERIFY(check.out.contains(QRegularExpression(QStringLiteral("session\\s+5000"))));
}

void TstCli::backupRefusesToOverwrite()
{
    const QString out = m_dir.filePath(QStringLiteral("taken.alongside"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    const Run r = run({ QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), out });
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("already exists")), qPrintable(r.err));
    QCOMPARE(test::fileBytes(out), QByteArray("precious"));
    const Run missing
        = run({ QStringLiteral("backup"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("no.alongside")),
            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("o.alongside")) });
    QCOMPARE(missing.code, 3);
}

void TstCli::backupOnAFullDiskSaysSoAndLeavesNothing()
{
    const QByteArray before = test::fileBytes(m_demo);
    const QString out = m_dir.filePath(QStringLiteral("nearly-no-space-backup.alongside"));
    const Run r
        = run({ QStringLiteral("backup"), QStringLiteral("--db"), m_demo, QStringLiteral("--out"), out }, 64 * 1024);
    QCOMPARE(r.code, 1);
    // A real full disk gives SQLite's "full" code; a file-size limit gives an I/O error. Both say so.
    QVERIFY2(r.err.contains(QStringLiteral("not enough free disk space"))
            || r.err.contains(QStringLiteral("disk may be full")),
        qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    QCOMPARE(test::fileBytes(m_demo), before);
}

void TstCli::demoOnAFullDiskSaysSoAndLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("nearly-no-space-demo.alongside"));
    const Run r = run({ QStringLiteral("demo"), QStringLiteral("--db"), path }, 512 * 1024);
    QCOMPARE(r.code, 1);
    // A real full disk gives SQLite's "full" code; a file-size limit gives an I/O error. Both say so.
    QVERIFY2(r.err.contains(QStringLiteral("disk is full")) || r.err.contains(QStringLiteral("disk may be full")),
        qPrintable(r.err));
    QVERIFY(!QFile::exists(path)); // the half-made file is not left behind
}

void TstCli::auditVerifyOnAFileWithoutAccounts()
{
    const Run r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_demo });
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY(r.out.contains(QStringLiteral("Audit entries checked: 1")));
    QVERIFY(r.out.contains(QStringLiteral("Result: intact.")));
    const Run again = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_demo });
    QVERIFY(again.out.contains(QStringLiteral("Audit entries checked: 2"))); // the first check was logged
}

namespace {

const QString kAdminPassword = QStringLiteral("cli admin password");
const QString kTrusteePassword = QStringLiteral("cli trustee password");

// A copy of the demo file with an administrator and a trustee.
QString withAccounts(const QTemporaryDir& dir, const QString& demo, const QString& name)
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(demo, path)) {
        return {};
    }
    core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Minimum);
    auto db = test::openOrCreate(path);
    core::AccountService accounts(*db);
    auto admin = accounts.createFirstAdministrator(
        { QStringLiteral("ada"), QString(), core::Actor::Role::Administrator, 0, kAdminPassword });
    auto trustee = accounts.create(
        admin.value(), { QStringLiteral("tess"), QString(), core::Actor::Role::Trustee, 0, kTrusteePassword });
    return admin && trustee ? path : QString();
}

} // namespace

void TstCli::auditVerifyNeedsAnAdministratorsLogin()
{
    const QString path = withAccounts(m_dir, m_demo, QStringLiteral("accounts.alongside"));
    QVERIFY(!path.isEmpty());
    const QStringList verify { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path };
    const Run noUser = run(verify);
    QCOMPARE(noUser.code, 7);
    QVERIFY2(noUser.err.contains(QStringLiteral("--user NAME")), qPrintable(noUser.err));
    const Run wrong = run(verify + QStringList { QStringLiteral("--user"), QStringLiteral("ada") }, 0,
        QByteArrayLiteral("not the password\n"));
    QCOMPARE(wrong.code, 7);
    QVERIFY(wrong.err.contains(QStringLiteral("not right")));
    const Run trustee = run(
        verify + QStringList { QStringLiteral("--user"), QStringLiteral("tess") }, 0, kTrusteePassword.toUtf8() + '\n');
    QCOMPARE(trustee.code, 7);
    QVERIFY2(trustee.err.contains(QStringLiteral("cannot see the audit log")), qPrintable(trustee.err));
    const Run admin = run(
        verify + QStringList { QStringLiteral("--user"), QStringLiteral("ada") }, 0, kAdminPassword.toUtf8() + '\n');
    QVERIFY2(admin.code == 0, qPrintable(admin.err + admin.out));
    QVERIFY(admin.out.contains(QStringLiteral("Result: intact.")));
    for (const Run& r : { noUser, wrong, trustee, admin }) {
        QVERIFY(!r.out.contains(kAdminPassword) && !r.err.contains(kAdminPassword));
        QVERIFY(!r.out.contains(kTrusteePassword) && !r.err.contains(kTrusteePassword));
    }
}

void TstCli::auditVerifyFindsTampering()
{
    const QString path = withAccounts(m_dir, m_demo, QStringLiteral("tampered.alongside"));
    QVERIFY(!path.isEmpty());
    const QString older = m_dir.filePath(QStringLiteral("older-copy.alongside"));
    QFile::remove(older);
    {
        auto db = test::openOrCreate(path);
        QVERIFY(core::BackupManager::backupTo(*db, older));
        // Someone with another tool removes the newest entries: the chain left is intact in itself.
        QVERIFY(test::execSql(*db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(test::execSql(*db, QStringLiteral("DELETE FROM audit_log WHERE seq >= 4")));
    }
    const QStringList verify { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path,
        QStringLiteral("--user"), QStringLiteral("ada") };
    const Run inItself = run(verify, 0, kAdminPassword.toUtf8() + '\n');
    QVERIFY2(inItself.code == 0, qPrintable(inItself.err + inItself.out));
    const Run against
        = run(verify + QStringList { QStringLiteral("--against"), older }, 0, kAdminPassword.toUtf8() + '\n');
    QCOMPARE(against.code, 5);
    // Entry 4 is gone, or (after the check above logged itself) is another entry in its place.
    QVERIFY2(against.out.contains(QStringLiteral("TAMPERED WITH. Entry 4 "))
            && against.out.contains(QStringLiteral("older copy")),
        qPrintable(against.out));
    {
        auto db = test::openOrCreate(path);
        QVERIFY(test::execSql(*db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(test::execSql(*db, QStringLiteral("UPDATE audit_log SET user_name = 'someone' WHERE seq = 2")));
    }
    const Run edited = run(verify, 0, kAdminPassword.toUtf8() + '\n');
    QCOMPARE(edited.code, 5);
    QVERIFY2(edited.out.contains(QStringLiteral("TAMPERED WITH. Entry 2 has been changed")), qPrintable(edited.out));
}

void TstCli::demoNeedsALoginOnAFileWithAccounts()
{
    const QString path = m_dir.filePath(QStringLiteral("empty-with-admin.alongside"));
    {
        auto db = test::openOrCreate(path);
        core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Minimum);
        QVERIFY(core::AccountService(*db).createFirstAdministrator(
            { QStringLiteral("ada"), QString(), core::Actor::Role::Administrator, 0, kAdminPassword }));
    }
    const Run r = run({ QStringLiteral("demo"), QStringLiteral("--db"), path });
    QCOMPARE(r.code, 7);
    QCOMPARE(test::scalar(*test::openOrCreate(path), QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 0);
    const Run ok
        = run({ QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("ada") },
            0, kAdminPassword.toUtf8() + '\n');
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
}

namespace {

// The demo is made as at 2026-11-22: its last full financial quarter.
const QString kFrom = QStringLiteral("2026-07-01");
const QString kTo = QStringLiteral("2026-09-30");

QStringList quarterly(const QString& db, const QString& format, const QString& out)
{
    return { QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--db"), db,
        QStringLiteral("--from"), kFrom, QStringLiteral("--to"), kTo, QStringLiteral("--format"), format,
        QStringLiteral("--out"), out };
}

// The environment of a scheduled job on a server: no display, no platform chosen.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

} // namespace

void TstCli::reportWritesEachFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("PDF") << QStringLiteral("pdf") << QByteArray("%PDF-");
    QTest::newRow("HTML") << QStringLiteral("html") << QByteArray("<!DOCTYPE html");
    QTest::newRow("CSV, with a byte order mark for Excel") << QStringLiteral("csv") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("XLSX (a zip)") << QStringLiteral("xlsx") << QByteArray("PK\x03\x04");
    QTest::newRow("JSON") << QStringLiteral("json") << QByteArray("{");
}

void TstCli::reportWritesEachFormat()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    const QString out = m_dir.filePath(QStringLiteral("quarterly.") + format);
    QFile::remove(out);
    // As a scheduled job on a server would run it: no display (a PDF still gets its fonts).
    const Run r = run(quarterly(m_demo, format, out), 0, {}, headless());
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Wrote \"Quarterly report\"")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(out)), qPrintable(r.out));
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1); // one line
    QVERIFY(r.err.isEmpty());
    const QByteArray bytes = test::fileBytes(out);
    QVERIFY2(bytes.startsWith(magic), bytes.left(16).toHex().constData());
    QVERIFY(bytes.size() > 1000);
    if (format == QLatin1String("pdf")) {
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
    if (format == QLatin1String("json")) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(doc.object().value(QStringLiteral("format")).toString(), QStringLiteral("alongside-report"));
        QVERIFY(bytes.contains("\"quarterly\""));
        // Always suppressed: the command line writes files that leave the building.
        const QJsonObject report = doc.object().value(QStringLiteral("report")).toObject();
        QCOMPARE(report.value(QStringLiteral("id")).toString(), QStringLiteral("quarterly"));
        QCOMPARE(report.value(QStringLiteral("suppressed")).toBool(false), true);
        QVERIFY(report.value(QStringLiteral("threshold")).toInt() >= 2);
        QVERIFY(bytes.contains(kFrom.toLatin1()) && bytes.contains(kTo.toLatin1()));
    }
}

void TstCli::reportWritesEachReport_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("dates");
    const QStringList asAt { QStringLiteral("--as-at"), QStringLiteral("2026-10-31") };
    QTest::newRow("compliance") << QStringLiteral("compliance") << asAt;
    QTest::newRow("supervision-overdue") << QStringLiteral("supervision-overdue") << asAt;
    QTest::newRow("caseloads") << QStringLiteral("caseloads") << asAt;
    QTest::newRow("match-outcomes") << QStringLiteral("match-outcomes")
                                    << QStringList { QStringLiteral("--from"), kFrom, QStringLiteral("--to"), kTo };
    QTest::newRow("workforce-snapshot") << QStringLiteral("workforce-snapshot") << asAt;
    QTest::newRow("workforce-snapshot as at today") << QStringLiteral("workforce-snapshot") << QStringList {};
}

void TstCli::reportWritesEachReport()
{
    QFETCH(QString, name);
    QFETCH(QStringList, dates);
    for (const QString& format : { QStringLiteral("json"), QStringLiteral("csv") }) {
        const QString out = m_dir.filePath(name + QStringLiteral(".") + format);
        QFile::remove(out);
        const Run r = run(QStringList { QStringLiteral("report"), name, QStringLiteral("--db"), m_demo,
                              QStringLiteral("--format"), format, QStringLiteral("--out"), out }
            + dates);
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.startsWith(QStringLiteral("Wrote ")), qPrintable(r.out));
        const QByteArray bytes = test::fileBytes(out);
        if (format == QLatin1String("json")) {
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(doc.object().value(QStringLiteral("format")).toString(), QStringLiteral("alongside-report"));
            QVERIFY2(bytes.contains(QByteArray("\"" + name.toLatin1() + "\"")), bytes.left(400).constData());
            if (dates.contains(QStringLiteral("--as-at"))) {
                QVERIFY(bytes.contains("2026-10-31"));
            }
        } else {
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        }
    }
}

void TstCli::reportAddsComparisonColumns()
{
    const QString plain = m_dir.filePath(QStringLiteral("plain.json"));
    const QString compared = m_dir.filePath(QStringLiteral("compared.json"));
    const Run a = run(quarterly(m_demo, QStringLiteral("json"), plain));
    QVERIFY2(a.code == 0, qPrintable(a.err));
    const Run b = run(quarterly(m_demo, QStringLiteral("json"), compared)
        + QStringList { QStringLiteral("--compare"), QStringLiteral("previous,ytd") });
    QVERIFY2(b.code == 0, qPrintable(b.err));
    const QByteArray without = test::fileBytes(plain);
    const QByteArray with = test::fileBytes(compared);
    QVERIFY(with.size() > without.size());
    QVERIFY(!without.contains("\"previous\"") && !without.contains("\"ytd\""));
    QVERIFY(with.contains("\"previous\"") && with.contains("\"ytd\""));
    QVERIFY(with.contains("2026-04-01") && with.contains("2026-06-30")); // the previous quarter and the year to date
}

void TstCli::reportRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("errorPart");
    const QString rep = QStringLiteral("report");
    const QString q = QStringLiteral("quarterly");
    const QString db = QStringLiteral("--db");
    const QString f = m_demo;
    const QString fmt = QStringLiteral("--format");
    const QString out = QStringLiteral("--out");
    const QString o = m_dir.filePath(QStringLiteral("refused.pdf"));
    const QString from = QStringLiteral("--from");
    const QString to = QStringLiteral("--to");
    const QString pdf = QStringLiteral("pdf");
    auto quarter = [&](const QString& a, const QString& b) {
        return QStringList { rep, q, db, f, from, a, to, b, fmt, pdf, out, o };
    };
    QTest::newRow("No report name") << QStringList { rep, db, f, fmt, pdf, out, o } << QStringLiteral("needs the name");
    QTest::newRow("An unknown report name") << QStringList { rep, QStringLiteral("quartely"), db, f, from, kFrom, to,
        kTo, fmt, pdf, out, o } << QStringLiteral("no report called \"quartely\"");
    QTest::newRow("An unknown format") << QStringList { rep, q, db, f, from, kFrom, to, kTo, fmt,
        QStringLiteral("docx"), out, o }
                                       << QStringLiteral("not \"docx\"");
    QTest::newRow("No format") << QStringList { rep, q, db, f, from, kFrom, to, kTo, out, o }
                               << QStringLiteral("needs --format");
    QTest::newRow("No --out") << QStringList { rep, q, db, f, from, kFrom, to, kTo, fmt, pdf }
                              << QStringLiteral("needs --out PATH");
    QTest::newRow("--out in a folder that does not exist") << QStringList { rep, q, db, f, from, kFrom, to, kTo, fmt,
        pdf, out, m_dir.filePath(QStringLiteral("no-such-folder/q.pdf")) }
                                                           << QStringLiteral("does not exist");
    QTest::newRow("--out is a folder") << QStringList { rep, q, db, f, from, kFrom, to, kTo, fmt, pdf, out,
        m_dir.path() } << QStringLiteral("is a folder");
    QTest::newRow("No --db") << QStringList { rep, q, from, kFrom, to, kTo, fmt, pdf, out, o }
                             << QStringLiteral("needs --db");
    QTest::newRow("No dates") << QStringList { rep, q, db, f, fmt, pdf, out, o }
                              << QStringLiteral("needs --from DATE and --to DATE");
    QTest::newRow("A day that does not exist")
        << quarter(QStringLiteral("2026-02-30"), kTo) << QStringLiteral("--from must be a date written as YYYY-MM-DD");
    QTest::newRow("A British date") << quarter(kFrom, QStringLiteral("30/09/2026"))
                                    << QStringLiteral("--to must be a date written as YYYY-MM-DD, not \"30/09/2026\"");
    QTest::newRow("A date and a time") << quarter(QStringLiteral("2026-07-01T00:00"), kTo)
                                       << QStringLiteral("--from must be a date");
    QTest::newRow("--to before --from") << quarter(kTo, kFrom) << QStringLiteral("--to 2026-07-01 is before --from");
    QTest::newRow("A period in the future")
        << quarter(QStringLiteral("2099-01-01"), QStringLiteral("2099-03-31")) << QStringLiteral("in the future");
    QTest::newRow("A period of ten years")
        << quarter(QStringLiteral("2016-01-01"), QStringLiteral("2026-01-01")) << QStringLiteral("longer than");
    QTest::newRow("--as-at on a report over a period") << QStringList { rep, q, db, f, QStringLiteral("--as-at"), kTo,
        fmt, pdf, out, o } << QStringLiteral("instead of --as-at");
    QTest::newRow("A period on an \"as at\" report") << QStringList { rep, QStringLiteral("caseloads"), db, f, from,
        kFrom, to, kTo, fmt, pdf, out, o } << QStringLiteral("instead of --from and --to");
    QTest::newRow("A bad --as-at") << QStringList { rep, QStringLiteral("caseloads"), db, f, QStringLiteral("--as-at"),
        QStringLiteral("yesterday"), fmt, pdf, out, o }
                                   << QStringLiteral("--as-at must be a date");
    QTest::newRow("--compare on a report without comparisons") << QStringList { rep, QStringLiteral("caseloads"), db, f,
        QStringLiteral("--compare"), QStringLiteral("previous"), fmt, pdf, out, o }
                                                               << QStringLiteral("no comparison columns");
    QTest::newRow("An unknown comparison")
        << quarter(kFrom, kTo) + QStringList { QStringLiteral("--compare"), QStringLiteral("lastyear") }
        << QStringLiteral("not \"lastyear\"");
    QTest::newRow("An unknown option") << quarter(kFrom, kTo) + QStringList { QStringLiteral("--unsuppressed") }
                                       << QStringLiteral("unsuppressed");
}

void TstCli::reportRefusesBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, errorPart);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(errorPart), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("alongside report --help")));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("refused.pdf"))));
}

void TstCli::reportOnADatabaseThatDoesNotExist()
{
    const QString out = m_dir.filePath(QStringLiteral("never.pdf"));
    const Run r = run(quarterly(m_dir.filePath(QStringLiteral("no-such.alongside")), QStringLiteral("pdf"), out));
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QStringLiteral("There is no file")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("no-such.alongside"))));
    const Run text = run(
        quarterly(test::copyFixture(m_dir, QStringLiteral("not-a-database.alongside")), QStringLiteral("json"), out));
    QCOMPARE(text.code, 4);
    QVERIFY(!QFile::exists(out));
}

void TstCli::reportOnAFullDiskSaysSoAndLeavesNothing()
{
    const QByteArray before = test::fileBytes(m_demo);
    const QString out = m_dir.filePath(QStringLiteral("nearly-no-space.pdf"));
    const Run r = run(quarterly(m_demo, QStringLiteral("pdf"), out), 64 * 1024);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("disk")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFile::exists(out)); // whole or not at all
    QCOMPARE(test::fileBytes(m_demo), before);
}

void TstCli::reportListsTheReports()
{
    const Run r = run({ QStringLiteral("report"), QStringLiteral("--list") });
    QCOMPARE(r.code, 0);
    for (const char* id :
        { "quarterly", "compliance", "supervision-overdue", "caseloads", "match-outcomes", "workforce-snapshot" }) {
        QVERIFY2(r.out.contains(QStringLiteral("  ") + QLatin1String(id) + QLatin1Char(' ')), id);
    }
    QVERIFY(r.out.contains(QStringLiteral("Quarterly report")));
    QVERIFY(r.out.contains(QStringLiteral("[--compare previous,ytd]")));
    QVERIFY(r.out.contains(QStringLiteral("[--as-at DATE]")));
}

void TstCli::reportWorksWhileTheAppHasTheFileOpen()
{
    auto held = core::Database::open(m_demo, {});
    QVERIFY2(held, qPrintable(held.message()));
    const QString out = m_dir.filePath(QStringLiteral("while-open.html"));
    const Run r = run(quarterly(m_demo, QStringLiteral("html"), out));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(test::fileBytes(out).startsWith("<!DOCTYPE html"));
}

void TstCli::reportNeedsALoginOnAFileWithAccounts()
{
    const QString path = withAccounts(m_dir, m_demo, QStringLiteral("report-accounts.alongside"));
    QVERIFY(!path.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("trustees.json"));
    QFile::remove(out);
    const Run noUser = run(quarterly(path, QStringLiteral("json"), out));
    QCOMPARE(noUser.code, 7);
    QVERIFY2(noUser.err.contains(QStringLiteral("--user NAME")), qPrintable(noUser.err));
    const QStringList asTess = quarterly(path, QStringLiteral("json"), out)
        + QStringList { QStringLiteral("--user"), QStringLiteral("tess") };
    const Run wrong = run(asTess, 0, QByteArrayLiteral("not the password\n"));
    QCOMPARE(wrong.code, 7);
    QVERIFY(!QFile::exists(out));
    // A trustee may have the quarterly report (suppressed) …
    const Run trustee = run(asTess, 0, kTrusteePassword.toUtf8() + '\n');
    QVERIFY2(trustee.code == 0, qPrintable(trustee.err));
    QVERIFY(test::fileBytes(out).startsWith("{"));
    // … but not a list that names people.
    const QString names = m_dir.filePath(QStringLiteral("caseloads-by-login.csv"));
    const Run caseloads = run({ QStringLiteral("report"), QStringLiteral("caseloads"), QStringLiteral("--db"), path,
                                  QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), names,
                                  QStringLiteral("--user"), QStringLiteral("tess") },
        0, kTrusteePassword.toUtf8() + '\n');
    QCOMPARE(caseloads.code, 7);
    QVERIFY(!QFile::exists(names));
    const Run admin = run({ QStringLiteral("report"), QStringLiteral("caseloads"), QStringLiteral("--db"), path,
                              QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), names,
                              QStringLiteral("--user"), QStringLiteral("ada") },
        0, kAdminPassword.toUtf8() + '\n');
    QVERIFY2(admin.code == 0, qPrintable(admin.err));
    QVERIFY(QFile::exists(names));
    // Who wrote which report is in the audit log.
    auto db = test::openOrCreate(path);
    QCOMPARE(test::scalar(*db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND entity = 'report' AND "
                                "record_id IN ('quarterly', 'caseloads')"))
                 .toInt(),
        2);
    for (const Run& r : { noUser, wrong, trustee, caseloads, admin }) {
        QVERIFY(!r.out.contains(kTrusteePassword) && !r.err.contains(kTrusteePassword));
        QVERIFY(!r.out.contains(kAdminPassword) && !r.err.contains(kAdminPassword));
    }
}

QStringList exportArgs(const QString& db, const QString& folder)
{
    return { QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), folder };
}

void TstCli::exportWritesAFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("export-all"));
    const Run r = run(exportArgs(m_demo, folder));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QDir::toNativeSeparators(folder)), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("special-category data")));
    for (const char* file :
        { "person.csv", "client.csv", "session.csv", "worker.csv", "README.txt", "manifest.json" }) {
        QVERIFY2(QFile::exists(QDir(folder).filePath(QString::fromLatin1(file))), file);
    }
    // Every person is in person.csv: the header and a line each.
    auto db = test::openOrCreate(m_demo);
    const qint64 people = test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM person")).toLongLong();
    QVERIFY(people > 10);
    const QByteArray csv = test::fileBytes(QDir(folder).filePath(QStringLiteral("person.csv")));
    QCOMPARE(qint64(csv.count('\n')), people + 1);
    const QJsonObject manifest
        = QJsonDocument::fromJson(test::fileBytes(QDir(folder).filePath(QStringLiteral("manifest.json")))).object();
    QVERIFY(!manifest.isEmpty());
    // Nothing half-written is left beside it.
    QCOMPARE(
        QDir(m_dir.path()).entryList({ QStringLiteral(".*export-all*") }, QDir::AllEntries | QDir::Hidden).size(), 0);
}

void TstCli::exportRefusesAnExistingFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("export-twice"));
    const Run first = run(exportArgs(m_demo, folder));
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const QByteArray before = test::fileBytes(QDir(folder).filePath(QStringLiteral("person.csv")));
    const Run second = run(exportArgs(m_demo, folder));
    QCOMPARE(second.code, 1);
    QVERIFY2(second.err.contains(QStringLiteral("already exists")), qPrintable(second.err));
    QVERIFY(second.out.isEmpty());
    QCOMPARE(test::fileBytes(QDir(folder).filePath(QStringLiteral("person.csv"))), before);
    // Without --out it is a usage error.
    const Run noOut = run({ QStringLiteral("export"), QStringLiteral("--db"), m_demo });
    QCOMPARE(noOut.code, 2);
    QVERIFY(noOut.err.contains(QStringLiteral("--out FOLDER")));
}

void TstCli::exportIncludesSensitiveOnlyWhenAsked()
{
    auto db = test::openOrCreate(m_demo);
    const QString risk
        = test::scalar(*db, QStringLiteral("SELECT risk_note FROM client WHERE length(risk_note) > 20 LIMIT 1"))
              .toString();
    QVERIFY2(!risk.isEmpty(), "the demo has a risk note");
    db.reset();
    const QString plain = m_dir.filePath(QStringLiteral("export-plain"));
    const Run without = run(exportArgs(m_demo, plain));
    QVERIFY2(without.code == 0, qPrintable(without.err));
    const QString sensitive = m_dir.filePath(QStringLiteral("export-sensitive"));
    const Run with = run(exportArgs(m_demo, sensitive) + QStringList { QStringLiteral("--include-sensitive") });
    QVERIFY2(with.code == 0, qPrintable(with.err));
    // The first line of the note is enough: a CSV cell keeps the note's own quoting and line breaks.
    const QByteArray needle = risk.section(QLatin1Char('\n'), 0, 0).toUtf8();
    QVERIFY(!test::fileBytes(QDir(plain).filePath(QStringLiteral("client.csv"))).contains(needle));
    QVERIFY(test::fileBytes(QDir(sensitive).filePath(QStringLiteral("client.csv"))).contains(needle));
    QVERIFY(QString::fromUtf8(test::fileBytes(QDir(sensitive).filePath(QStringLiteral("README.txt"))))
                .contains(QStringLiteral("sensitive"), Qt::CaseInsensitive));
}

void TstCli::exportIsNamedAsACommand()
{
    const Run wrong = run({ QStringLiteral("exprt") });
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("export")), qPrintable(wrong.err));
    const Run help = run({ QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("  export ")));
    const Run exportHelp = run({ QStringLiteral("export"), QStringLiteral("--help") });
    QCOMPARE(exportHelp.code, 0);
    QVERIFY(exportHelp.out.contains(QStringLiteral("--include-sensitive")));
}

// --- import ---

namespace {

// Three people supported, each with a first referral; badLastRow gives the last a two-digit year.
QString writePeople(const QTemporaryDir& dir, const QString& name, bool badLastRow)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return {};
    }
    f.write("\xEF\xBB\xBF"
            "Client ID,First name,Surname,DOB,Referral date,Referral source\r\n"
            "C-1,Zo\xC3\xAB,Adeyemi,14/02/1988,03/01/2025,GP\r\n"
            "C-2,Si\xC3\xA2n,Pritchard,1979-07-03,9/1/2025,Website\r\n");
    f.write(
        badLastRow ? "C-3,Grace,Mensah,12/04/87,03/02/2025,GP\r\n" : "C-3,Grace,Mensah,12/04/1987,03/02/2025,GP\r\n");
    return path;
}

QString newDatabase(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    auto db = test::openOrCreate(path);
    return db ? path : QString();
}

} // namespace

void TstCli::importBringsInAValidFile()
{
    const QString db = newDatabase(m_dir, QStringLiteral("import-ok.alongside"));
    const QString csv = writePeople(m_dir, QStringLiteral("people-ok.csv"), false);
    const Run r = run({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("people"), csv });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Imported 3 rows: 3 people supported, 3 referrals.")), qPrintable(r.out));
    auto opened = test::openOrCreate(db);
    QCOMPARE(test::scalar(*opened, QStringLiteral("SELECT COUNT(*) FROM client")).toInt(), 3);
    QCOMPARE(test::scalar(*opened, QStringLiteral("SELECT COUNT(*) FROM referral")).toInt(), 3);
    QCOMPARE(
        test::scalar(*opened,
            QStringLiteral("SELECT given_name FROM person WHERE reference = 'C-2' AND date_of_birth = '1979-07-03'"))
            .toString(),
        QStringLiteral("Siân"));
}

void TstCli::importRefusesAFileWithABadLastRow()
{
    const QString db = newDatabase(m_dir, QStringLiteral("import-bad.alongside"));
    const QString csv = writePeople(m_dir, QStringLiteral("people-bad.csv"), true);
    QByteArray before;
    {
        auto opened = test::openOrCreate(db);
        before = test::contentDigest(*opened);
    }
    const Run r = run({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("people"), csv });
    QCOMPARE(r.code, 8);
    QVERIFY2(r.err.contains(QStringLiteral(
                 "row 4, DOB: \"12/04/87\" has a two-digit year: write the year in full, e.g. 12/04/1987.")),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    auto opened = test::openOrCreate(db);
    QCOMPARE(test::contentDigest(*opened), before);
    QCOMPARE(test::scalar(*opened, QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 0);
}

void TstCli::importDryRunLeavesTheDatabaseUnchanged()
{
    const QString db = newDatabase(m_dir, QStringLiteral("import-dry.alongside"));
    const QString csv = writePeople(m_dir, QStringLiteral("people-dry.csv"), false);
    QByteArray before;
    {
        auto opened = test::openOrCreate(db);
        before = test::contentDigest(*opened);
    }
    const Run r = run({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("people"), QStringLiteral("--dry-run"), csv });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Dry run: 3 rows would be imported, creating 3 people supported, 3 "
                                           "referrals. Nothing was saved.")),
        qPrintable(r.out));
    auto opened = test::openOrCreate(db);
    QCOMPARE(test::contentDigest(*opened), before);
}

void TstCli::importListsEveryProblemOfAMessyFile()
{
    const QString db = newDatabase(m_dir, QStringLiteral("import-messy.alongside"));
    const Run r = run(
        { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("people"),
            QStringLiteral(ALONGSIDE_TEST_DATA "/../../resources/import-samples/messy-people-supported.csv") });
    QCOMPARE(r.code, 8);
    QStringList rowNumbers;
    for (const QString& line : r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        static const QRegularExpression rowNo(QStringLiteral("^row (\\d+)[,:]"));
        if (const auto m = rowNo.match(line); m.hasMatch()) {
            rowNumbers.append(m.captured(1));
        }
    }
    // The five bad rows, then the possible duplicate (see scripts/make-import-samples.py), numbered
    // as a spreadsheet shows them: row 2's address has a line break, and is still one row.
    QCOMPARE(rowNumbers, (QStringList { "9", "12", "16", "20", "24", "27" }));
    QVERIFY2(r.err.contains(QStringLiteral("row 12, DOB: \"05/23/1990\" is not a UK date")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("row 16, Referral category: \"Police\"")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("row 27: Aoife Byrne")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(
                 "27 rows read, 21 ready; 5 problems and 1 possible duplicate to decide on (--on-duplicate)")),
        qPrintable(r.err));
}

void TstCli::importStopsAtPossibleDuplicatesUnlessTold()
{
    const QString db = newDatabase(m_dir, QStringLiteral("import-dup.alongside"));
    const QString csv = writePeople(m_dir, QStringLiteral("people-dup.csv"), false);
    const QStringList args = { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("people"), csv };
    QCOMPARE(run(args).code, 0);
    // The same file again: each row is someone now on file.
    const Run again = run(args);
    QCOMPARE(again.code, 8);
    QVERIFY2(again.err.contains(QStringLiteral("3 possible duplicates to decide on")), qPrintable(again.err));
    const Run skipped = run(args + QStringList { QStringLiteral("--on-duplicate"), QStringLiteral("skip") });
    QVERIFY2(skipped.code == 0, qPrintable(skipped.err));
    QVERIFY2(skipped.out.contains(QStringLiteral("Left out as possible duplicates: 3 rows.")), qPrintable(skipped.out));
    auto opened = test::openOrCreate(db);
    QCOMPARE(test::scalar(*opened, QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 3);
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
