// The full export of the database to a folder of CSV files (issue 10, item 2): every table with the
// right row count, values that survive a round trip through csv::parse (commas, quotes, newlines,
// accents), certificates written as files, the sensitive fields left empty unless asked for and the
// supervision private notes always, administrators only, audit-logged, and nothing left behind
// when the target cannot be written or the export is cancelled.

#include "core/audit/auditlog.h"
#include "core/dataio/fullexport.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/reports/csvfile.h"
#include "core/services/demogenerator.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace alongside;
using namespace alongside::core;
using dataio::FullExport;

namespace {

const QDate kToday(2026, 11, 22);

Actor as(Actor::Role role)
{
    Actor a = Actor::localUser();
    a.role = role;
    a.userName = QStringLiteral("tester");
    return a;
}

const QString kTrickyName = QStringLiteral("Zoë, \"Jo\"");
const QString kTrickyAddress = QStringLiteral("1 Rue de l'Été,\r\nSaint-Étienne\n=SUM(A1)");

QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    auto parsed = csv::parse(f.readAll());
    return parsed ? parsed.value() : QList<QStringList>();
}

} // namespace

class TstFullExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTableWithItsRows();
    void valuesRoundTrip();
    void certificatesAreFiles();
    void readmeAndManifest();
    void sensitiveFields_data();
    void sensitiveFields();
    void refusedForCoordinator_data();
    void refusedForCoordinator();
    void existingTargetRefused();
    void unwritableTargetLeavesNothing();
    void cancelLeavesNothing();

private:
    QString exportTo(const QString& name, bool sensitive);

    test::ScopedClock m_clock { QDateTime(kToday, QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_trickyPerson = 0;
    qint64 m_completion = 0;
    QString m_export; // made once, without sensitive fields
};

void TstFullExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("demo.alongside")));
    QVERIFY(m_db);
    DemoGenerator::Options o;
    o.asAt = kToday;
    o.seed = 3;
    QVERIFY(DemoGenerator::generate(*m_db, Actor::localUser(), o));
    m_trickyPerson = test::scalar(*m_db, QStringLiteral("SELECT MIN(id) FROM person")).toLongLong();
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("UPDATE person SET given_name = '%1', address = '%2' WHERE id = %3")
            .arg(QString(kTrickyName).replace(QLatin1Char('\''), QStringLiteral("''")),
                QString(kTrickyAddress).replace(QLatin1Char('\''), QStringLiteral("''")))
            .arg(m_trickyPerson)));
    m_completion = test::scalar(*m_db, QStringLiteral("SELECT MIN(id) FROM training_completion")).toLongLong();
    QVERIFY(m_completion > 0);
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("UPDATE training_completion SET certificate = X'255044462D312E340A00FF', "
                       "certificate_name = 'Safeguarding cert (2026).pdf' WHERE id = %1")
            .arg(m_completion)));
    QVERIFY(test::execSql(*m_db, QStringLiteral("UPDATE supervision_entry SET private_notes = 'PRIVATE-NOTE-' || id")));
    QVERIFY(test::execSql(*m_db, QStringLiteral("UPDATE client SET risk_note = 'RISK-NOTE-' || id")));
    m_export = exportTo(QStringLiteral("plain"), false);
    QVERIFY(!m_export.isEmpty());
}

QString TstFullExport::exportTo(const QString& name, bool sensitive)
{
    const QString folder = m_dir.filePath(name);
    auto done = FullExport(*m_db).run(Actor::localUser(), folder, sensitive);
    if (!done) {
        qWarning("%s", qPrintable(done.message()));
        return {};
    }
    return done.value().folder;
}

void TstFullExport::everyTableWithItsRows()
{
    const QStringList tables = schema::tableNames();
    QVERIFY(tables.size() > 40);
    for (const QString& table : tables) {
        const QString path = QDir(m_export).filePath(table + QStringLiteral(".csv"));
        QVERIFY2(QFile::exists(path), qPrintable(table));
        const QList<QStringList> rows = readCsv(path);
        QVERIFY2(!rows.isEmpty(), qPrintable(table)); // at least the header
        const qint64 count = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(table)).toLongLong();
        // The export itself added one audit entry after the snapshot was taken... inside it: same count.
        QCOMPARE(qint64(rows.size() - 1) + (table == QLatin1String("audit_log") ? 1 : 0), count);
        // The header is the table's columns.
        QStringList columns;
        const QString info = QStringLiteral("SELECT group_concat(name, ',') FROM pragma_table_info('%1')").arg(table);
        columns = test::scalar(*m_db, info).toString().split(QLatin1Char(','));
        QCOMPARE(rows.constFirst(), columns);
        for (const QStringList& row : rows) {
            QCOMPARE(row.size(), columns.size());
        }
    }
    // Nothing but the tables, README, manifest and the certificates.
    const QStringList entries = QDir(m_export).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(entries.size(), tables.size() + 3);
}

void TstFullExport::valuesRoundTrip()
{
    const QList<QStringList> rows = readCsv(QDir(m_export).filePath(QStringLiteral("person.csv")));
    const QStringList header = rows.constFirst();
    const int id = int(header.indexOf(QStringLiteral("id")));
    const int given = int(header.indexOf(QStringLiteral("given_name")));
    const int address = int(header.indexOf(QStringLiteral("address")));
    const int birth = int(header.indexOf(QStringLiteral("date_of_birth")));
    const int anonymised = int(header.indexOf(QStringLiteral("anonymised_on")));
    bool found = false;
    for (const QStringList& row : rows.mid(1)) {
        if (row.at(id).toLongLong() != m_trickyPerson) {
            continue;
        }
        found = true;
        QCOMPARE(row.at(given), kTrickyName);
        // A formula-looking line inside a cell is only defused when the cell starts with it.
        QCOMPARE(row.at(address), kTrickyAddress);
        const QString storedBirth
            = test::scalar(*m_db, QStringLiteral("SELECT date_of_birth FROM person WHERE id = %1").arg(m_trickyPerson))
                  .toString();
        QCOMPARE(row.at(birth), storedBirth); // dates as stored
        QCOMPARE(row.at(anonymised), QString()); // NULL as empty
    }
    QVERIFY(found);
    // Numbers as stored: a REAL keeps its decimals.
    const QList<QStringList> hours = readCsv(QDir(m_export).filePath(QStringLiteral("volunteer_hours.csv")));
    const int h = int(hours.constFirst().indexOf(QStringLiteral("hours")));
    const double stored
        = test::scalar(*m_db, QStringLiteral("SELECT hours FROM volunteer_hours WHERE id = %1").arg(hours.at(1).at(0)))
              .toDouble();
    QCOMPARE(hours.at(1).at(h).toDouble(), stored);
}

void TstFullExport::certificatesAreFiles()
{
    const QList<QStringList> rows = readCsv(QDir(m_export).filePath(QStringLiteral("training_completion.csv")));
    const int id = int(rows.constFirst().indexOf(QStringLiteral("id")));
    const int certificate = int(rows.constFirst().indexOf(QStringLiteral("certificate")));
    QString cell;
    for (const QStringList& row : rows.mid(1)) {
        if (row.at(id).toLongLong() == m_completion) {
            cell = row.at(certificate);
        } else {
            QCOMPARE(row.at(certificate), QString());
        }
    }
    QCOMPARE(cell, QStringLiteral("certificates/%1-Safeguarding_cert_2026_.pdf").arg(m_completion));
    QFile file(QDir(m_export).filePath(cell));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray::fromHex("255044462D312E340A00FF"));
}

void TstFullExport::readmeAndManifest()
{
    QFile readme(QDir(m_export).filePath(QStringLiteral("README.txt")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    QVERIFY(text.contains(QStringLiteral("SPECIAL-CATEGORY")));
    QVERIFY(text.contains(QStringLiteral("delete it")));
    QVERIFY(text.contains(QStringLiteral("Schema version: %1").arg(Database::kCurrentSchemaVersion)));
    QVERIFY(text.contains(QStringLiteral("Made by: local")));
    QVERIFY(text.contains(QStringLiteral("2026-11-22T10:00:00Z")));
    const qint64 sessions = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM session")).toLongLong();
    QVERIFY(
        text.contains(QRegularExpression(QStringLiteral("session\\.csv\\s+%1\\n").arg(QLocale().toString(sessions)))));

    QFile manifestFile(QDir(m_export).filePath(QStringLiteral("manifest.json")));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    QCOMPARE(manifest.value(QStringLiteral("schemaVersion")).toInt(), Database::kCurrentSchemaVersion);
    QCOMPARE(manifest.value(QStringLiteral("generatedAt")).toString(), QStringLiteral("2026-11-22T10:00:00Z"));
    QCOMPARE(manifest.value(QStringLiteral("includesSensitive")).toBool(), false);
    QCOMPARE(manifest.value(QStringLiteral("certificates")).toInt(), 1);
    const QJsonArray tables = manifest.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), schema::tableNames().size());
    for (const QJsonValue& v : tables) {
        const QJsonObject t = v.toObject();
        const QString name = t.value(QStringLiteral("name")).toString();
        QVERIFY(schema::tableNames().contains(name));
        QCOMPARE(qint64(t.value(QStringLiteral("rows")).toDouble()),
            qint64(readCsv(QDir(m_export).filePath(name + QStringLiteral(".csv"))).size() - 1));
        QVERIFY(!t.value(QStringLiteral("columns")).toArray().isEmpty());
    }

    // The audit entry names the tables and counts, never a value.
    AuditFilter filter;
    filter.action = QString::fromLatin1(AuditLog::kExport);
    filter.entity = QStringLiteral("database");
    auto entries = AuditLog(*m_db).entries(Actor::localUser(), filter);
    QVERIFY(entries);
    QVERIFY(!entries.value().isEmpty());
    const QString note = entries.value().constFirst().note;
    QVERIFY2(note.contains(QStringLiteral("session %1").arg(sessions)), qPrintable(note));
    QVERIFY(!note.contains(QStringLiteral("Zoë")));
}

void TstFullExport::sensitiveFields_data()
{
    QTest::addColumn<bool>("include");
    QTest::newRow("left out by default") << false;
    QTest::newRow("included when asked") << true;
}

void TstFullExport::sensitiveFields()
{
    QFETCH(bool, include);
    const QString folder = include ? exportTo(QStringLiteral("sensitive"), true) : m_export;
    QVERIFY(!folder.isEmpty());
    for (const schema::SensitiveField& f : schema::sensitiveFields()) {
        const QList<QStringList> rows = readCsv(QDir(folder).filePath(f.table + QStringLiteral(".csv")));
        const int c = int(rows.constFirst().indexOf(f.column));
        QVERIFY(c >= 0);
        int filled = 0;
        for (const QStringList& row : rows.mid(1)) {
            filled += row.at(c).isEmpty() ? 0 : 1;
        }
        const bool alwaysOut
            = f.table == QLatin1String("supervision_entry") && f.column == QLatin1String("private_notes");
        const qint64 stored = test::scalar(
            *m_db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IS NOT NULL AND %2 <> ''").arg(f.table, f.column))
                                  .toLongLong();
        QVERIFY2(stored > 0, qPrintable(f.table + QLatin1Char('.') + f.column));
        QCOMPARE(qint64(filled), include && !alwaysOut ? stored : 0);
    }
    // Private notes are nowhere in the folder, in any file.
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        QFile f(QDir(folder).filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("PRIVATE-NOTE-"), qPrintable(name));
    }
    // Nor are passwords' hashes.
    const QList<QStringList> accounts = readCsv(QDir(folder).filePath(QStringLiteral("account.csv")));
    QVERIFY(accounts.constFirst().contains(QStringLiteral("password_hash")));
}

void TstFullExport::refusedForCoordinator_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("coordinator") << int(Actor::Role::Coordinator);
    QTest::newRow("supervisor") << int(Actor::Role::Supervisor);
    QTest::newRow("trustee") << int(Actor::Role::Trustee);
    QTest::newRow("read only") << int(Actor::Role::ReadOnly);
}

void TstFullExport::refusedForCoordinator()
{
    QFETCH(int, role);
    const QString folder = m_dir.filePath(QStringLiteral("refused"));
    QVERIFY(!FullExport::mayExport(as(Actor::Role(role))));
    auto done = FullExport(*m_db).run(as(Actor::Role(role)), folder, false);
    QVERIFY(!done);
    QCOMPARE(done.error().code, Error::Code::PermissionDenied);
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(FullExport::mayExport(as(Actor::Role::Administrator)));
}

void TstFullExport::existingTargetRefused()
{
    auto done = FullExport(*m_db).run(Actor::localUser(), m_export, false);
    QVERIFY(!done);
    QCOMPARE(done.error().code, Error::Code::InvalidInput);
    QVERIFY(done.message().contains(QStringLiteral("already exists")));
}

void TstFullExport::unwritableTargetLeavesNothing()
{
    QString parent;
    QTemporaryDir locked;
    if (geteuid() == 0) {
        parent = QStringLiteral("/proc"); // no one, not even root, makes folders there
    } else {
        parent = locked.path();
        QVERIFY(QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    const QStringList before = QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    auto done = FullExport(*m_db).run(Actor::localUser(), parent + QStringLiteral("/alongside-export"), false);
    QVERIFY(!done);
    QCOMPARE(done.error().code, Error::Code::Io);
    QVERIFY2(done.message().contains(QStringLiteral("Nothing was written")), qPrintable(done.message()));
    QVERIFY(!QFileInfo::exists(parent + QStringLiteral("/alongside-export")));
    if (parent != QLatin1String("/proc")) {
        QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

void TstFullExport::cancelLeavesNothing()
{
    QTemporaryDir parent;
    const QString folder = parent.filePath(QStringLiteral("export"));
    int calls = 0;
    const qint64 auditBefore = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    auto done = FullExport(*m_db).run(Actor::localUser(), folder, false, [&](int done, int total, const QString&) {
        ++calls;
        return done < total / 2; // stop half way, with files already written
    });
    QVERIFY(!done);
    QCOMPARE(done.error().code, Error::Code::Cancelled);
    QVERIFY(calls > 2);
    QVERIFY(!QFileInfo::exists(folder));
    QVERIFY(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    // No export happened, so none is logged.
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), auditBefore);
}

QTEST_GUILESS_MAIN(TstFullExport)
#include "tst_fullexport.moc"
