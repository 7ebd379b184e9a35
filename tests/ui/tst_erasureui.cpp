// The screens of erasure and anonymisation: the confirmation asks for the name (or the word) before
// OK is possible and says why when nothing can be done; Erase… in a person's record closes it; the
// Retention section of Settings saves the three periods; the review lists the people past retention
// and anonymises the ones ticked, all together.

#include "core/privacy/retention.h"
#include "core/services/demogenerator.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/people/clientrecorddialog.h"
#include "ui/privacy/erasuredialog.h"
#include "ui/privacy/retentionreviewdialog.h"
#include "ui/settings/settingsdialog.h"
#include "ui/workforce/workerrecorddialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace alongside;

class TstErasureUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void anonymiseAsksForTheName();
    void eraseRefusedSaysWhy();
    void eraseFromTheRecordClosesIt();
    void anonymiseFromAWorkerRecordKeepsItOpen();
    void retentionSettings();
    void reviewAnonymisesTheTicked();

private:
    qint64 firstPerson(const QString& where) const;

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::Actor m_admin = core::Actor::localUser();
};

void TstErasureUi::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("erasure.alongside")));
    QVERIFY(m_db);
    core::DemoGenerator::Options options;
    options.asAt = QDate(2026, 11, 22);
    const core::Status demo = core::DemoGenerator::generate(*m_db, m_admin, options);
    QVERIFY2(demo, qPrintable(demo.message()));
}

void TstErasureUi::cleanupTestCase()
{
    m_db.reset();
    m_clock.reset();
}

qint64 TstErasureUi::firstPerson(const QString& where) const
{
    return test::scalar(*m_db,
        QStringLiteral("SELECT MIN(p.id) FROM person p LEFT JOIN client c ON c.person_id = p.id "
                       "LEFT JOIN worker w ON w.person_id = p.id WHERE p.anonymised_on IS NULL AND %1")
            .arg(where))
        .toLongLong();
}

void TstErasureUi::anonymiseAsksForTheName()
{
    const qint64 person = firstPerson(QStringLiteral("c.id IS NOT NULL AND w.id IS NULL"));
    QVERIFY(person > 0);
    const QString name = test::scalar(
        *m_db, QStringLiteral("SELECT given_name || ' ' || family_name FROM person WHERE id = %1").arg(person))
                             .toString();
    ui::ErasureDialog dialog(*m_db, m_admin, person, ui::ErasureDialog::Mode::Anonymise);
    dialog.show();
    QVERIFY(dialog.okButton());
    QVERIFY(!dialog.okButton()->isEnabled());
    test::checkKeyboardAndNames(
        &dialog, { QStringLiteral("erasureReasonCombo"), QStringLiteral("erasureConfirmEdit") });
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("someone else"));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.confirmEdit()->clear();
    QTest::keyClicks(dialog.confirmEdit(), name.toUpper());
    QVERIFY(dialog.okButton()->isEnabled());
    dialog.confirmEdit()->setText(QStringLiteral("anonymise"));
    QVERIFY(dialog.okButton()->isEnabled());
    test::chooseData(dialog.reasonCombo(), int(core::ErasureReason::PersonAsked));
    test::screenshot(&dialog, QStringLiteral("anonymise-confirmation"));
    QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT given_name FROM person WHERE id = %1").arg(person)).toString(),
        QStringLiteral("Anonymised"));
    QCOMPARE(
        test::scalar(*m_db,
            QStringLiteral("SELECT note FROM audit_log WHERE action = 'anonymise' AND record_id = '%1'").arg(person))
            .toString(),
        QStringLiteral("reason: person_asked"));
}

void TstErasureUi::eraseRefusedSaysWhy()
{
    // A mentor with matches: erasing would take other people's matches with them.
    const qint64 mentor = test::scalar(*m_db,
        QStringLiteral("SELECT MIN(w.person_id) FROM worker w JOIN mentor_match m ON m.mentor_id = w.id "
                       "JOIN person p ON p.id = w.person_id WHERE p.anonymised_on IS NULL"))
                              .toLongLong();
    QVERIFY(mentor > 0);
    ui::ErasureDialog dialog(*m_db, m_admin, mentor, ui::ErasureDialog::Mode::Erase);
    dialog.show();
    QVERIFY(!dialog.okButton());
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("erasureError"));
    QVERIFY(error && error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Anonymise this person instead")), qPrintable(error->text()));
    test::screenshot(&dialog, QStringLiteral("erase-refused"));

    // The erase confirmation of someone it can erase, for a person to look at.
    const qint64 person = firstPerson(
        QStringLiteral("c.id IS NOT NULL AND w.id IS NULL AND p.id NOT IN (SELECT person_id FROM story)"));
    ui::ErasureDialog erase(*m_db, m_admin, person, ui::ErasureDialog::Mode::Erase);
    erase.show();
    QVERIFY(erase.okButton());
    test::screenshot(&erase, QStringLiteral("erase-confirmation"));
}

void TstErasureUi::eraseFromTheRecordClosesIt()
{
    const qint64 client = test::scalar(*m_db,
        QStringLiteral("SELECT MIN(c.id) FROM client c JOIN person p ON p.id = c.person_id "
                       "WHERE p.anonymised_on IS NULL AND p.id NOT IN (SELECT person_id FROM worker)"))
                              .toLongLong();
    const qint64 person
        = test::scalar(*m_db, QStringLiteral("SELECT person_id FROM client WHERE id = %1").arg(client)).toLongLong();
    QUndoStack undo;
    ui::ClientRecordDialog record(*m_db, m_admin, &undo, client);
    record.show();
    QVERIFY(record.findChild<QPushButton*>(QStringLiteral("anonymiseButton")));
    test::screenshot(&record, QStringLiteral("client-record"));
    test::whenModal<ui::ErasureDialog>([](ui::ErasureDialog* d) {
        d->confirmEdit()->setText(QStringLiteral("ERASE"));
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    test::click(&record, "eraseButton");
    QVERIFY(!record.isVisible());
    QVERIFY(record.madeChanges());
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = %1").arg(person)).toInt(), 0);

    // A coordinator sees neither button.
    core::Actor coordinator = m_admin;
    coordinator.role = core::Actor::Role::Coordinator;
    const qint64 other = test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM client")).toLongLong();
    ui::ClientRecordDialog plain(*m_db, coordinator, &undo, other);
    QVERIFY(!plain.findChild<QPushButton*>(QStringLiteral("eraseButton")));
    QVERIFY(!plain.findChild<QPushButton*>(QStringLiteral("anonymiseButton")));
}

void TstErasureUi::anonymiseFromAWorkerRecordKeepsItOpen()
{
    const qint64 worker = test::scalar(*m_db,
        QStringLiteral("SELECT MIN(w.id) FROM worker w JOIN person p ON p.id = w.person_id WHERE p.anonymised_on IS "
                       "NULL AND w.id NOT IN (SELECT worker_id FROM account WHERE worker_id IS NOT NULL)"))
                              .toLongLong();
    QVERIFY(worker > 0);
    QUndoStack undo;
    ui::WorkerRecordDialog record(*m_db, m_admin, &undo, worker);
    record.show();
    test::whenModal<ui::ErasureDialog>([](ui::ErasureDialog* d) {
        d->confirmEdit()->setText(QStringLiteral("ANONYMISE"));
        QTest::mouseClick(d->okButton(), Qt::LeftButton);
    });
    test::click(&record, "anonymiseButton");
    QVERIFY(record.isVisible());
    QVERIFY(record.madeChanges());
    auto* name = record.findChild<QLabel*>(QStringLiteral("nameLabel"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Anonymised"));
    test::screenshot(&record, QStringLiteral("worker-record-anonymised"));
}

void TstErasureUi::retentionSettings()
{
    ui::SettingsDialog dialog(*m_db, m_admin);
    dialog.show();
    auto* supported = dialog.findChild<QSpinBox*>(QStringLiteral("retentionSupportedSpin"));
    auto* worker = dialog.findChild<QSpinBox*>(QStringLiteral("retentionWorkerSpin"));
    auto* applicant = dialog.findChild<QSpinBox*>(QStringLiteral("retentionApplicantSpin"));
    QVERIFY(supported && worker && applicant);
    test::checkKeyboardAndNames(&dialog,
        { QStringLiteral("retentionSupportedSpin"), QStringLiteral("retentionWorkerSpin"),
            QStringLiteral("retentionApplicantSpin") });
    QCOMPARE(supported->value(), 6);
    QCOMPARE(supported->text(), QStringLiteral("6 years"));
    worker->setValue(0);
    QCOMPARE(worker->text(), QStringLiteral("Never"));
    supported->setValue(1);
    QCOMPARE(supported->text(), QStringLiteral("1 year"));
    applicant->setValue(3);
    if (auto* scroll = dialog.findChild<QScrollArea*>(QStringLiteral("settingsScrollArea"))) {
        scroll->ensureWidgetVisible(applicant, 0, 200);
    }
    test::screenshot(&dialog, QStringLiteral("settings-retention"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto saved = core::RetentionService(*m_db).load(m_admin);
    QVERIFY(saved);
    QCOMPARE(saved.value().supportedYears, 1);
    QCOMPARE(saved.value().workerYears, 0);
    QCOMPARE(saved.value().applicantMonths, 3);
}

void TstErasureUi::reviewAnonymisesTheTicked()
{
    core::RetentionSettings rs;
    rs.supportedYears = 1;
    rs.workerYears = 1;
    rs.applicantMonths = 1;
    QVERIFY(core::RetentionService(*m_db).save(m_admin, rs));
    ui::RetentionReviewDialog dialog(*m_db, m_admin);
    dialog.show();
    QTreeWidget* list = dialog.list();
    const int rows = list->topLevelItemCount();
    QVERIFY2(rows >= 2, qPrintable(QString::number(rows)));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("anonymiseSelectedButton"))->isEnabled());
    test::click(&dialog, "selectAllButton");
    QCOMPARE(dialog.checkedIds().size(), rows);
    list->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(dialog.checkedIds().size(), rows - 1);
    test::screenshot(&dialog, QStringLiteral("retention-review"));

    const QList<qint64> ticked = dialog.checkedIds();
    ui::prompts::queueAnswer(true);
    test::click(&dialog, "anonymiseSelectedButton");
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.constFirst().startsWith(QStringLiteral("Anonymise Records: Anonymise ")), qPrintable(shown.first()));
    QVERIFY(dialog.madeChanges());
    QCOMPARE(list->topLevelItemCount(), 1);
    QStringList idList;
    for (qint64 id : ticked) {
        idList << QString::number(id);
    }
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM person WHERE anonymised_on IS NOT NULL AND id IN (%1)")
                     .arg(idList.join(QLatin1Char(','))))
                 .toInt(),
        int(ticked.size()));
    test::screenshot(&dialog, QStringLiteral("retention-review-after"));
}

QTEST_MAIN(TstErasureUi)
#include "tst_erasureui.moc"
