// Opening, creating, refusing and migrating database files; transactions and savepoints.

#include "core/audit/auditlog.h"
#include "core/db/backupmanager.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "support/testsupport.h"

#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using core::Database;
using core::Error;

class TstDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createsCurrentSchemaFromEmpty();
    void setsSafetyPragmas();
    void reopensWithDataIntact();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesMissingFileUnlessCreating();
    void refusesSecondWriterOnSameFile();
    void readOnlyOpenDoesNotTakeTheLock();
    void lockLeftByACrashedCopyIsTakenOver();
    void lockFromAnotherComputerNeedsConfirmation();
    void committedFixtureOfEveryVersionOpensAsCurrent_data();
    void committedFixtureOfEveryVersionOpensAsCurrent();
    void failedMigrationStepLeavesPreviousVersion();
    void failedCreationLeavesNoFile();
    void migrationBacksUpFirst();
    void transactionRollsBackWhenNotCommitted();
    void savepointRollsBackInnerOnly();
    void foreignKeysAreEnforced();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TstDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TstDatabase::createsCurrentSchemaFromEmpty()
{
    auto db = test::openOrCreate(m_dir->filePath(QStringLiteral("new.alongside")));
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::kCurrentSchemaVersion);
    QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA application_id")).toInt(), Database::kApplicationId);
    for (const QString& table : core::schema::tableNames()) {
        QVERIFY2(
            test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'").arg(table)).toInt()
                == 1,
            qPrintable(table));
    }
    QVERIFY(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM role_type")).toInt() >= 8);
    QVERIFY(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM service_component")).toInt() >= 4);
    QVERIFY(db->preMigrationBackup().isEmpty()); // nothing to back up in a new file
}

void TstDatabase::setsSafetyPragmas()
{
    auto db = test::openOrCreate(m_dir->filePath(QStringLiteral("p.alongside")));
    QVERIFY(db);
    QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(test::scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QVERIFY(test::scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
}

void TstDatabase::reopensWithDataIntact()
{
    const QString path = m_dir->filePath(QStringLiteral("r.alongside"));
    {
        auto db = test::openOrCreate(path);
        QVERIFY(db);
        QVERIFY(test::execSql(*db,
            QStringLiteral("INSERT INTO person (given_name, family_name, created_at, updated_at) "
                           "VALUES ('Ada', 'Example', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    }
    auto opened = Database::open(path, {});
    QVERIFY2(opened, qPrintable(opened.message()));
    QCOMPARE(test::scalar(*opened.value(), QStringLiteral("SELECT given_name FROM person")).toString(),
        QStringLiteral("Ada"));
}

void TstDatabase::refusesBadFiles_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("A text file is not a database at all")
        << QStringLiteral("not-a-database.alongside") << int(Error::Code::NotAlongside)
        << QStringLiteral("not a database file");
    QTest::newRow("Another program's SQLite database is refused")
        << QStringLiteral("foreign.sqlite") << int(Error::Code::NotAlongside) << QStringLiteral("another program");
    QTest::newRow("A truncated database is reported as damaged")
        << QStringLiteral("truncated.alongside") << int(Error::Code::Damaged) << QStringLiteral("damaged");
    QTest::newRow("A database with damaged pages fails the integrity check")
        << QStringLiteral("corrupt-pages.alongside") << int(Error::Code::Damaged) << QStringLiteral("integrity check");
    QTest::newRow("A database from a newer version is refused")
        << QStringLiteral("newer-version.alongside") << int(Error::Code::TooNew) << QStringLiteral("newer version");
    QTest::newRow("An empty SQLite database is not an Alongside database")
        << QStringLiteral("empty.sqlite") << int(Error::Code::NotAlongside) << QStringLiteral("empty database");
}

void TstDatabase::refusesBadFiles()
{
    QFETCH(QString, fixture);
    QFETCH(int, code);
    QFETCH(QString, messagePart);
    const QString path = test::copyFixture(*m_dir, fixture);
    QVERIFY(!path.isEmpty());
    const QByteArray before = test::fileBytes(path);
    auto opened = Database::open(path, {});
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().code), code);
    QVERIFY2(opened.message().contains(messagePart), qPrintable(opened.message()));
    QVERIFY2(opened.message().contains(QStringLiteral("not changed")) || code == int(Error::Code::NotAlongside),
        qPrintable(opened.message()));
    // Refused means untouched: same bytes, no WAL, no backup folder.
    QCOMPARE(test::fileBytes(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(core::BackupManager(path).folder()));
}

void TstDatabase::refusesMissingFileUnlessCreating()
{
    const QString path = m_dir->filePath(QStringLiteral("missing.alongside"));
    auto opened = Database::open(path, {});
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, Error::Code::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TstDatabase::refusesSecondWriterOnSameFile()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.alongside"));
    auto first = test::openOrCreate(path);
    QVERIFY(first);
    auto second = Database::open(path, {});
    QVERIFY(!second);
    QCOMPARE(second.error().code, Error::Code::Locked);
    QVERIFY2(second.message().contains(QStringLiteral("already has")), qPrintable(second.message()));
    first.reset();
    auto third = Database::open(path, {});
    QVERIFY2(third, qPrintable(third.message()));
}

void TstDatabase::lockLeftByACrashedCopyIsTakenOver()
{
    const QString path = m_dir->filePath(QStringLiteral("crashed.alongside"));
    QVERIFY(test::openOrCreate(path));
    // What a copy of Alongside that was killed leaves behind: a lock naming a process that is gone.
    QFile lock(Database::lockFilePath(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(std::numeric_limits<int>::max()) + "\nalongside\n"
        + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    auto opened = Database::open(path, {});
    QVERIFY2(opened, qPrintable(opened.message()));
}

void TstDatabase::lockFromAnotherComputerNeedsConfirmation()
{
    const QString path = m_dir->filePath(QStringLiteral("copied.alongside"));
    QVERIFY(test::openOrCreate(path));
    // The folder was copied from the old office PC while Alongside had the file open there.
    QFile lock(Database::lockFilePath(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4242\nalongside\nold-office-pc\n");
    lock.close();
    const Database::LockOwner owner = Database::lockOwner(path);
    QVERIFY(owner.locked);
    QVERIFY(!owner.thisComputer);
    QCOMPARE(owner.host, QStringLiteral("old-office-pc"));

    auto refused = Database::open(path, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Locked);
    QVERIFY2(refused.message().contains(QStringLiteral("old-office-pc")), qPrintable(refused.message()));
    QVERIFY2(refused.message().contains(QStringLiteral("open the file here anyway")), qPrintable(refused.message()));

    Database::Options options;
    options.takeOverLock = true;
    auto opened = Database::open(path, options);
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(Database::lockOwner(path).thisComputer);
}

void TstDatabase::readOnlyOpenDoesNotTakeTheLock()
{
    const QString path = m_dir->filePath(QStringLiteral("ro.alongside"));
    auto writer = test::openOrCreate(path);
    QVERIFY(writer);
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    auto reader = Database::open(path, options);
    QVERIFY2(reader, qPrintable(reader.message()));
    QVERIFY(reader.value()->isReadOnly());
    QVERIFY(!test::execSql(*reader.value(), QStringLiteral("DELETE FROM role_type")));
}

void TstDatabase::committedFixtureOfEveryVersionOpensAsCurrent_data()
{
    QTest::addColumn<QString>("fixture");
    for (int v = 1; v <= Database::kCurrentSchemaVersion; ++v) {
        QTest::newRow(qPrintable(QStringLiteral("version %1").arg(v))) << QStringLiteral("schema-v%1.alongside").arg(v);
    }
}

void TstDatabase::committedFixtureOfEveryVersionOpensAsCurrent()
{
    // Every schema version has a committed fixture that must open (migrating if needed) with its rows.
    QFETCH(QString, fixture);
    QVERIFY2(QFile::exists(test::fixture(fixture)), qPrintable(fixture + QStringLiteral(" is missing")));
    const QString path = test::copyFixture(*m_dir, fixture);
    auto opened = Database::open(path, {});
    QVERIFY2(opened, qPrintable(opened.message()));
    QCOMPARE(opened.value()->schemaVersion(), Database::kCurrentSchemaVersion);
    QVERIFY(test::scalar(*opened.value(), QStringLiteral("SELECT COUNT(*) FROM person")).toInt() > 0);
    QVERIFY(test::scalar(*opened.value(), QStringLiteral("SELECT COUNT(*) FROM session")).toInt() > 0);
    auto audit = core::AuditLog(*opened.value()).verify();
    QVERIFY(audit && audit.value().intact);
}

void TstDatabase::failedMigrationStepLeavesPreviousVersion()
{
    const QString path = m_dir->filePath(QStringLiteral("m.alongside"));
    QVERIFY(test::openOrCreate(path));

    Database::Options options;
    options.migrations = core::schema::standardMigrations();
    options.migrations.push_back(
        { Database::kCurrentSchemaVersion + 1, [](Database& db) {
             // Half a step: the first statement works, the second fails.
             if (core::Status s = core::sql::execute(db, QStringLiteral("CREATE TABLE extra (x INTEGER)")); !s) {
                 return s;
             }
             return core::sql::execute(db, QStringLiteral("THIS IS NOT SQL"));
         } });
    auto opened = Database::open(path, options);
    QVERIFY(!opened);
    QVERIFY2(opened.message().contains(QStringLiteral("left it as it was")), qPrintable(opened.message()));

    auto reopened = Database::open(path, {});
    QVERIFY2(reopened, qPrintable(reopened.message()));
    QCOMPARE(reopened.value()->schemaVersion(), Database::kCurrentSchemaVersion);
    QCOMPARE(test::scalar(*reopened.value(), QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'extra'"))
                 .toInt(),
        0);
}

void TstDatabase::failedCreationLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("half-made.alongside"));
    Database::Options options;
    options.ifMissing = Database::IfMissing::Create;
    options.migrations
        = { { 1, [](Database& db) { return core::sql::execute(db, QStringLiteral("NOT SQL AT ALL")); } } };
    auto opened = Database::open(path, options);
    QVERIFY(!opened);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(Database::lockFilePath(path)));
}

void TstDatabase::migrationBacksUpFirst()
{
    const QString path = m_dir->filePath(QStringLiteral("b.alongside"));
    QVERIFY(test::openOrCreate(path));
    Database::Options options;
    options.migrations = core::schema::standardMigrations();
    options.migrations.push_back({ Database::kCurrentSchemaVersion + 1,
        [](Database& db) { return core::sql::execute(db, QStringLiteral("CREATE TABLE added_next (x INTEGER)")); } });
    // A test-only next version: this build reads up to the current one, so only this open migrates.
    auto opened = Database::open(path, options);
    QVERIFY2(opened, qPrintable(opened.message()));
    QCOMPARE(opened.value()->schemaVersion(), Database::kCurrentSchemaVersion + 1);
    const QString backup = opened.value()->preMigrationBackup();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFile::exists(backup));
    QVERIFY(backup.contains(QStringLiteral("before-upgrade")));
    opened.value().reset();
    QVERIFY(core::BackupManager::verify(backup));
    Database::Options ro;
    ro.access = Database::Access::ReadOnly;
    auto old = Database::open(backup, ro);
    QVERIFY2(old, qPrintable(old.message()));
    QCOMPARE(old.value()->schemaVersion(), Database::kCurrentSchemaVersion);
}

void TstDatabase::transactionRollsBackWhenNotCommitted()
{
    auto db = test::openOrCreate(m_dir->filePath(QStringLiteral("t.alongside")));
    QVERIFY(db);
    const int before = test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM role_type")).toInt();
    {
        core::Transaction t(*db);
        QVERIFY(t.isActive());
        QVERIFY(test::execSql(*db, QStringLiteral("DELETE FROM role_type")));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM role_type")).toInt(), 0);
    } // no commit: an error path returning early
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM role_type")).toInt(), before);
    QCOMPARE(db->transactionDepth(), 0);
}

void TstDatabase::savepointRollsBackInnerOnly()
{
    auto db = test::openOrCreate(m_dir->filePath(QStringLiteral("s.alongside")));
    QVERIFY(db);
    {
        core::Transaction outer(*db);
        QVERIFY(test::execSql(*db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('a', '1')")));
        {
            core::Transaction inner(*db);
            QVERIFY(inner.isActive());
            QCOMPARE(db->transactionDepth(), 2);
            QVERIFY(test::execSql(*db, QStringLiteral("INSERT INTO setting (key, value) VALUES ('b', '2')")));
        }
        QVERIFY(outer.commit());
    }
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM setting WHERE key = 'a'")).toInt(), 1);
    QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM setting WHERE key = 'b'")).toInt(), 0);
}

void TstDatabase::foreignKeysAreEnforced()
{
    auto db = test::openOrCreate(m_dir->filePath(QStringLiteral("fk.alongside")));
    QVERIFY(db);
    QVERIFY(!test::execSql(*db, QStringLiteral("INSERT INTO worker (person_id, created_at) VALUES (999, 'x')")));
}

QTEST_GUILESS_MAIN(TstDatabase)
#include "tst_database.moc"
