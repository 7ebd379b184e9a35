// The audit trail: entries for changes and openings, field names without values, append-only
// triggers, and a hash chain that finds an edited, deleted, inserted or reordered entry.

#include "core/audit/auditlog.h"
#include "core/auth/accountservice.h"
#include "core/db/backupmanager.h"
#include "core/db/database.h"
#include "core/services/settingsservice.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using core::AuditLog;

class TstAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void freshChainIsIntact();
    void entriesHoldFieldNamesNotValues();
    void theTableRefusesUpdateAndDelete();
    void tamperingIsFound_data();
    void tamperingIsFound();
    void removingTheNewestEntriesIsFoundAgainstABackup();
    void filters();
    void onlyAdministratorsReadTheLog();

private:
    void addEntries(int n);

    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;
    core::Actor m_admin;
};

void TstAudit::initTestCase()
{
    core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Minimum);
}

void TstAudit::init()
{
    m_db.reset();
    m_clock.reset(); // before the next one: a ScopedClock restores the system clock when it goes
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("a.alongside")));
    QVERIFY(m_db);
    auto admin = core::AccountService(*m_db).createFirstAdministrator(
        { QStringLiteral("ada"), QString(), core::Actor::Role::Administrator, 0, QStringLiteral("a long password") });
    QVERIFY2(admin, qPrintable(admin.message() + admin.error().detail));
    m_admin = admin.value();
}

void TstAudit::addEntries(int n)
{
    AuditLog log(*m_db);
    for (int i = 0; i < n; ++i) {
        m_clock->set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).addSecs(3600 * i));
        QVERIFY(log.record(m_admin,
            { QString::fromLatin1(AuditLog::kView), QStringLiteral("person"), QString::number(100 + i),
                { QStringLiteral("given_name") }, {} }));
    }
}

void TstAudit::freshChainIsIntact()
{
    addEntries(10);
    auto v = AuditLog(*m_db).verify();
    QVERIFY(v);
    QVERIFY2(v.value().intact, qPrintable(v.value().problem));
    QCOMPARE(v.value().checked, 12); // the account's creation and first login, then ten
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq = 1")).toString(),
        QString::fromLatin1(AuditLog::genesisHash()));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT prev_hash FROM audit_log WHERE seq = 5")).toString(),
        test::scalar(*m_db, QStringLiteral("SELECT hash FROM audit_log WHERE seq = 4")).toString());
}

void TstAudit::entriesHoldFieldNamesNotValues()
{
    core::SettingsService settings(*m_db);
    auto s = settings.load(m_admin);
    QVERIFY(s);
    s.value().charityName = QStringLiteral("Very Distinctive Charity Name");
    s.value().suppressionThreshold = 10;
    QVERIFY(settings.save(m_admin, s.value()));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT action || ' ' || entity || ' ' || fields FROM audit_log ORDER BY seq DESC"))
                 .toString(),
        QStringLiteral("update setting charity_name,suppression_threshold"));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE note LIKE '%Distinctive%' OR fields LIKE "
                                "'%Distinctive%'"))
                 .toInt(),
        0);
    // Saving without a change writes no entry.
    const int before = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    QVERIFY(settings.save(m_admin, s.value()));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), before);
}

void TstAudit::theTableRefusesUpdateAndDelete()
{
    addEntries(3);
    QVERIFY(!test::execSql(*m_db, QStringLiteral("UPDATE audit_log SET note = 'x' WHERE seq = 2")));
    QVERIFY(!test::execSql(*m_db, QStringLiteral("DELETE FROM audit_log WHERE seq = 2")));
    QVERIFY(!test::execSql(*m_db, QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), 5);
}

void TstAudit::tamperingIsFound_data()
{
    QTest::addColumn<QString>("tampering");
    QTest::addColumn<qint64>("firstBad");
    QTest::addColumn<QString>("problem");
    // Each drops the triggers first, as someone editing the file with another tool could.
    QTest::newRow("an edited record id") << QStringLiteral("UPDATE audit_log SET record_id = '999' WHERE seq = 6")
                                         << qint64(6) << QStringLiteral("changed");
    QTest::newRow("an edited user name") << QStringLiteral("UPDATE audit_log SET user_name = 'bob' WHERE seq = 3")
                                         << qint64(3) << QStringLiteral("changed");
    QTest::newRow("an edited time, hash recomputed by hand is still caught by the next entry")
        << QStringLiteral("UPDATE audit_log SET at = '2026-01-01T00:00:00.000Z', hash = '%1' WHERE seq = 7")
        << qint64(7) << QStringLiteral("changed");
    QTest::newRow("a deleted entry") << QStringLiteral("DELETE FROM audit_log WHERE seq = 5") << qint64(6)
                                     << QStringLiteral("missing");
    QTest::newRow("a deleted entry with later ones renumbered")
        << QStringLiteral("DELETE FROM audit_log WHERE seq = 5; UPDATE audit_log SET seq = seq - 1 WHERE seq > 5")
        << qint64(5) << QStringLiteral("changed");
    QTest::newRow("two entries swapped") << QStringLiteral(
        "UPDATE audit_log SET seq = 1008 WHERE seq = 8; UPDATE audit_log SET seq = 8 WHERE seq = 9; "
        "UPDATE audit_log SET seq = 9 WHERE seq = 1008")
                                         << qint64(8) << QStringLiteral("changed");
    QTest::newRow("an inserted entry copied from another") << QStringLiteral(
        "UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 10; UPDATE audit_log SET seq = seq - 999 "
        "WHERE seq >= 1000; INSERT INTO audit_log SELECT 10, at, "
        "account_id, user_name, role, action, entity, record_id, fields, note, prev_hash, hash "
        "FROM audit_log WHERE seq = 4") << qint64(10) << QStringLiteral("changed");
}

void TstAudit::tamperingIsFound()
{
    QFETCH(QString, tampering);
    QFETCH(qint64, firstBad);
    QFETCH(QString, problem);
    addEntries(10);
    QVERIFY(AuditLog(*m_db).verify().value().intact);
    QVERIFY(test::execSql(*m_db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(test::execSql(*m_db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    if (tampering.contains(QStringLiteral("%1"))) {
        // A forger recomputes the edited entry's own hash; the chain still breaks at the next one.
        auto entries = AuditLog(*m_db).entries(m_admin, {});
        core::AuditEntry e;
        for (const auto& candidate : entries.value()) {
            if (candidate.seq == firstBad) {
                e = candidate;
            }
        }
        e.at = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        tampering = tampering.arg(QString::fromLatin1(AuditLog::computeHash(e)));
        firstBad += 1;
        problem = QStringLiteral("does not follow");
    }
    for (const QString& statement : tampering.split(QStringLiteral("; "))) {
        QVERIFY2(test::execSql(*m_db, statement), qPrintable(statement));
    }
    auto v = AuditLog(*m_db).verify();
    QVERIFY(v);
    QVERIFY(!v.value().intact);
    QCOMPARE(v.value().firstBadSeq, firstBad);
    QVERIFY2(v.value().problem.contains(problem), qPrintable(v.value().problem));
}

void TstAudit::removingTheNewestEntriesIsFoundAgainstABackup()
{
    addEntries(5);
    const QString backup = m_dir->filePath(QStringLiteral("older.alongside"));
    QVERIFY(core::BackupManager::backupTo(*m_db, backup));
    addEntries(2);
    QVERIFY(AuditLog(*m_db).verifyAgainst(backup).value().intact);
    QVERIFY(test::execSql(*m_db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
    QVERIFY(test::execSql(*m_db, QStringLiteral("DELETE FROM audit_log WHERE seq >= 6")));
    // The chain that is left is intact in itself...
    QVERIFY(AuditLog(*m_db).verify().value().intact);
    // ...but the backup holds entries it no longer has.
    auto against = AuditLog(*m_db).verifyAgainst(backup);
    QVERIFY(against);
    QVERIFY(!against.value().intact);
    QCOMPARE(against.value().firstBadSeq, 6);
}

void TstAudit::filters()
{
    addEntries(5); // 10:00 to 14:00 on 20 November
    AuditLog log(*m_db);
    core::AuditFilter f;
    f.action = QString::fromLatin1(AuditLog::kView);
    auto views = log.entries(m_admin, f);
    QVERIFY(views);
    QCOMPARE(views.value().size(), 5);
    QCOMPARE(views.value().first().recordId, QStringLiteral("104")); // newest first
    QCOMPARE(views.value().first().fields, QStringList { QStringLiteral("given_name") });
    QCOMPARE(views.value().first().at, QDateTime(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC));
    f.recordId = QStringLiteral("102");
    QCOMPARE(log.entries(m_admin, f).value().size(), 1);
    f = {};
    f.from = QDate(2026, 11, 21);
    QCOMPARE(log.entries(m_admin, f).value().size(), 0);
    f.from = QDate(2026, 11, 20);
    f.to = QDate(2026, 11, 20);
    QCOMPARE(log.entries(m_admin, f).value().size(), 7);
    f.userName = QStringLiteral("someone else");
    QCOMPARE(log.entries(m_admin, f).value().size(), 0);
    QCOMPARE(log.userNames(m_admin).value(), QStringList { QStringLiteral("ada") });
}

void TstAudit::onlyAdministratorsReadTheLog()
{
    for (auto role : { core::Actor::Role::Coordinator, core::Actor::Role::Supervisor, core::Actor::Role::Trustee,
             core::Actor::Role::ReadOnly }) {
        const core::Actor someone { QStringLiteral("x"), role, 99, 0, QString() };
        QCOMPARE(AuditLog(*m_db).entries(someone, {}).error().code, core::Error::Code::PermissionDenied);
        QCOMPARE(AuditLog(*m_db).userNames(someone).error().code, core::Error::Code::PermissionDenied);
    }
}

QTEST_GUILESS_MAIN(TstAudit)
#include "tst_audit.moc"
