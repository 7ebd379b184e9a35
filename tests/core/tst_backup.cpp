// Backups: made while open, verified, rotated, restored without losing the replaced file.

#include "core/db/backupmanager.h"
#include "core/db/database.h"
#include "support/testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using core::BackupManager;
using core::Database;

class TstBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void backupIsCompleteAndChecked();
    void backupToExistingFileIsRefused();
    void backupToUnwritablePlaceFailsCleanly();
    void restoreRoundTripKeepsReplacedFile();
    void restoreRefusesDamagedBackup();
    void restoreRefusesWhileOpen();
    void dailyBackupOncePerDayAndRotates();
    void manualBackupsAreNotRotated();
    void newestSkipsReplacedFiles();
    void backupsFoundWhateverTheName_data();
    void backupsFoundWhateverTheName();
    void restoringAFileWithItsJournalKeepsEverything();
    void filesArePrivateToTheUser();

private:
    QString addPerson(Database& db, const QString& name);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TstBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("charity.alongside"));
}

QString TstBackup::addPerson(Database& db, const QString& name)
{
    const bool ok = test::execSql(db,
        QStringLiteral("INSERT INTO person (given_name, created_at, updated_at) VALUES ('%1', 'x', 'x')").arg(name));
    return ok ? name : QString();
}

void TstBackup::backupIsCompleteAndChecked()
{
    auto db = test::openOrCreate(m_path);
    QVERIFY(db);
    QVERIFY(!addPerson(*db, QStringLiteral("Bea")).isEmpty());
    const QString out = m_dir->filePath(QStringLiteral("copy.alongside"));
    QVERIFY(BackupManager::backupTo(*db, out));
    QVERIFY(QFile::exists(out));
    QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    QVERIFY(BackupManager::verify(out));
    db.reset();
    auto copy = Database::open(out, {});
    QVERIFY2(copy, qPrintable(copy.message()));
    QCOMPARE(
        test::scalar(*copy.value(), QStringLiteral("SELECT given_name FROM person")).toString(), QStringLiteral("Bea"));
}

void TstBackup::backupToExistingFileIsRefused()
{
    auto db = test::openOrCreate(m_path);
    QVERIFY(db);
    const QString out = m_dir->filePath(QStringLiteral("exists.alongside"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keep me");
    f.close();
    const core::Status s = BackupManager::backupTo(*db, out);
    QVERIFY(!s);
    QVERIFY2(s.message().contains(QStringLiteral("already exists")), qPrintable(s.message()));
    QCOMPARE(test::fileBytes(out), QByteArray("keep me"));
}

void TstBackup::backupToUnwritablePlaceFailsCleanly()
{
    auto db = test::openOrCreate(m_path);
    QVERIFY(db);
    // A path below a regular file can never be created: the same failure as a missing drive.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const core::Status s = BackupManager::backupTo(*db, blocker + QStringLiteral("/sub/copy.alongside"));
    QVERIFY(!s);
    QCOMPARE(s.error().code, core::Error::Code::Io);
    QVERIFY(!s.message().isEmpty());
    QVERIFY(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM role_type")).toInt() > 0); // still usable
}

void TstBackup::restoreRoundTripKeepsReplacedFile()
{
    auto db = test::openOrCreate(m_path);
    QVERIFY(db);
    addPerson(*db, QStringLiteral("Before"));
    const BackupManager backups(m_path);
    auto made = backups.createBackup(*db, BackupManager::Kind::Manual);
    QVERIFY2(made, qPrintable(made.message()));
    addPerson(*db, QStringLiteral("After"));
    db.reset();

    auto kept = backups.restore(made.value());
    QVERIFY2(kept, qPrintable(kept.message()));
    QVERIFY(QFile::exists(kept.value()));
    QVERIFY(kept.value().contains(QStringLiteral("before-restore")));

    auto restored = Database::open(m_path, {});
    QVERIFY2(restored, qPrintable(restored.message()));
    QCOMPARE(test::scalar(*restored.value(), QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 1);
    restored.value().reset();

    // The replaced file still holds what was recorded after the backup.
    auto replaced = Database::open(kept.value(), {});
    QVERIFY2(replaced, qPrintable(replaced.message()));
    QCOMPARE(test::scalar(*replaced.value(), QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 2);
}

void TstBackup::restoreRefusesDamagedBackup()
{
    auto db = test::openOrCreate(m_path);
    QVERIFY(db);
    addPerson(*db, QStringLiteral("Safe"));
    db.reset();
    const QByteArray before = test::fileBytes(m_path);
    const QString damaged = test::copyFixture(*m_dir, QStringLiteral("truncated.alongside"));
    auto result = BackupManager(m_path).restore(damaged);
    QVERIFY(!result);
    QCOMPARE(result.error().code, core::Error::Code::Damaged);
    QCOMPARE(test::fileBytes(m_path), before);
}

void TstBackup::restoreRefusesWhileOpen()
{
    auto db = test::openOrCreate(m_path);
    QVERIFY(db);
    auto made = BackupManager(m_path).createBackup(*db, BackupManager::Kind::Manual);
    QVERIFY(made);
    auto result = BackupManager(m_path).restore(made.value());
    QVERIFY(!result);
    QCOMPARE(result.error().code, core::Error::Code::Locked);
}

void TstBackup::dailyBackupOncePerDayAndRotates()
{
    test::ScopedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
    auto db = test::openOrCreate(m_path);
    QVERIFY(db);
    const BackupManager backups(m_path);
    auto first = backups.ensureDailyBackup(*db, 3);
    QVERIFY(first);
    QVERIFY(first.value());
    clock.set(QDateTime(QDate(2026, 11, 1), QTime(17, 0)));
    auto again = backups.ensureDailyBackup(*db, 3);
    QVERIFY(again);
    QVERIFY(!again.value()); // one a day
    for (int day = 2; day <= 6; ++day) {
        clock.set(QDateTime(QDate(2026, 11, day), QTime(9, 0)));
        QVERIFY(backups.ensureDailyBackup(*db, 3).value());
    }
    const auto all = backups.backups();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.first().takenAt.date(), QDate(2026, 11, 6));
    QCOMPARE(all.last().takenAt.date(), QDate(2026, 11, 4));
}

void TstBackup::manualBackupsAreNotRotated()
{
    test::ScopedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
    auto db = test::openOrCreate(m_path);
    QVERIFY(db);
    const BackupManager backups(m_path);
    QVERIFY(backups.createBackup(*db, BackupManager::Kind::Manual));
    for (int day = 2; day <= 5; ++day) {
        clock.set(QDateTime(QDate(2026, 11, day), QTime(9, 0)));
        QVERIFY(backups.ensureDailyBackup(*db, 1));
    }
    int manual = 0;
    int daily = 0;
    const auto all = backups.backups();
    for (const auto& b : all) {
        manual += b.kind == BackupManager::Kind::Manual;
        daily += b.kind == BackupManager::Kind::Daily;
    }
    QCOMPARE(manual, 1);
    QCOMPARE(daily, 1);
}

void TstBackup::newestSkipsReplacedFiles()
{
    test::ScopedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
    auto db = test::openOrCreate(m_path);
    QVERIFY(db);
    const BackupManager backups(m_path);
    auto made = backups.createBackup(*db, BackupManager::Kind::Manual);
    QVERIFY(made);
    db.reset();
    clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
    QVERIFY(backups.restore(made.value()));
    QCOMPARE(backups.backups().first().kind, BackupManager::Kind::BeforeRestore);
    QCOMPARE(backups.newest()->path, made.value());
}

void TstBackup::backupsFoundWhateverTheName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("Square brackets are not a wildcard") << QStringLiteral("Riverside [old]");
    QTest::newRow("An apostrophe in the name") << QStringLiteral("O'Brien's group");
    QTest::newRow("Welsh letters and a symbol") << QStringLiteral("Grŵp Cymorth ✓");
    QTest::newRow("Star and question mark") << QStringLiteral("star*?");
    QTest::newRow("A name that another database's backups start with") << QStringLiteral("charity");
}

void TstBackup::backupsFoundWhateverTheName()
{
    QFETCH(QString, name);
    test::ScopedClock clock(QDateTime(QDate(2026, 11, 1), QTime(9, 0)));
    const QString path = m_dir->filePath(name + QStringLiteral(".alongside"));
    auto db = test::openOrCreate(path);
    QVERIFY(db);
    // A database whose name starts the same way must not have its backups counted as ours.
    auto other = test::openOrCreate(m_dir->filePath(name + QStringLiteral("_old.alongside")));
    QVERIFY(other);
    QVERIFY(BackupManager(other->path()).createBackup(*other, BackupManager::Kind::Manual));

    const BackupManager backups(path);
    QVERIFY(backups.createBackup(*db, BackupManager::Kind::Manual));
    QVERIFY(backups.ensureDailyBackup(*db, 1).value());
    QVERIFY(!backups.ensureDailyBackup(*db, 1).value()); // found today's, so no second one
    QCOMPARE(backups.backups().size(), 2);
    clock.set(QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
    QVERIFY(backups.ensureDailyBackup(*db, 1).value());
    QCOMPARE(backups.backups().size(), 2); // rotated: one daily and the manual one
    QVERIFY(backups.newest().has_value());
}

void TstBackup::restoringAFileWithItsJournalKeepsEverything()
{
    // A file kept with its -wal beside it (as a restore after a crash keeps it) holds rows that are
    // only in the journal; restoring it must bring them back.
    const QString source = m_dir->filePath(QStringLiteral("source.alongside"));
    const QString kept = m_dir->filePath(QStringLiteral("kept.alongside"));
    {
        auto db = test::openOrCreate(source);
        QVERIFY(db);
        addPerson(*db, QStringLiteral("In the journal"));
        QVERIFY(QFileInfo(source + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(source, kept));
        QVERIFY(QFile::copy(source + QStringLiteral("-wal"), kept + QStringLiteral("-wal")));
    }
    auto target = test::openOrCreate(m_path);
    QVERIFY(target);
    target.reset();
    auto result = BackupManager(m_path).restore(kept);
    QVERIFY2(result, qPrintable(result.message()));
    auto restored = Database::open(m_path, {});
    QVERIFY2(restored, qPrintable(restored.message()));
    QCOMPARE(test::scalar(*restored.value(), QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), 1);
}

void TstBackup::filesArePrivateToTheUser()
{
    auto db = test::openOrCreate(m_path);
    QVERIFY(db);
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others
        = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    QCOMPARE(QFile::permissions(m_path) & (owner | others), owner);
    const BackupManager backups(m_path);
    auto made = backups.createBackup(*db, BackupManager::Kind::Manual);
    QVERIFY(made);
    QCOMPARE(QFile::permissions(made.value()) & (owner | others), owner);
    QCOMPARE(QFile::permissions(backups.folder()) & (others | QFileDevice::ExeGroup | QFileDevice::ExeOther),
        QFileDevice::Permissions());
}

QTEST_GUILESS_MAIN(TstBackup)
#include "tst_backup.moc"
