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
#include <QHeaderView>
#include <QImage>
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
    void anonymisedClientRecordIsReadOnly();
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
    // Plain text under a bold heading: nothing the person did wrong, so not in the problem colour.
    auto* why = dialog.findChild<QLabel*>(QStringLiteral("erasureRefusal"));
    QVERIFY(why && why->isVisible());
    QVERIFY2(why->text().contains(QStringLiteral("Anonymise this person instead")), qPrintable(why->text()));
    QCOMPARE(why->palette().color(QPalette::WindowText), dialog.palette().color(QPalette::WindowText));
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("erasureError"))->isVisible());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("erasureTitle"))->font().bold());
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
    // Once anonymised: Anonymise… is off (saying when), and the details cannot be typed back.
    const QString on = QLocale().toString(QDate(2026, 11, 22), QLocale::LongFormat);
    auto* anonymise = record.findChild<QPushButton*>(QStringLiteral("anonymiseButton"));
    QVERIFY(!anonymise->isEnabled());
    QCOMPARE(anonymise->toolTip(), QStringLiteral("Already anonymised on %1").arg(on));
    auto* line = record.findChild<QLabel*>(QStringLiteral("anonymisedLabel"));
    QVERIFY(line && line->isVisible());
    QVERIFY2(
        line->text().startsWith(QStringLiteral("This record was anonymised on %1").arg(on)), qPrintable(line->text()));
    QVERIFY(record.findChild<QLineEdit*>(QStringLiteral("givenNameEdit"))->isReadOnly());
    QVERIFY(!record.findChild<QPushButton*>(QStringLiteral("saveProfileButton"))->isVisible());
    QVERIFY(!record.findChild<QComboBox*>(QStringLiteral("genderCombo"))->isEnabled());
    test::screenshot(&record, QStringLiteral("worker-record-anonymised"));
}

void TstErasureUi::anonymisedClientRecordIsReadOnly()
{
    // Anonymised by anonymiseAsksForTheName, and opened again.
    const qint64 client = test::scalar(*m_db,
        QStringLiteral("SELECT MIN(c.id) FROM client c JOIN person p ON p.id = c.person_id "
                       "WHERE p.anonymised_on IS NOT NULL"))
                              .toLongLong();
    QVERIFY(client > 0);
    QUndoStack undo;
    ui::ClientRecordDialog record(*m_db, m_admin, &undo, client);
    record.show();
    auto* anonymise = record.findChild<QPushButton*>(QStringLiteral("anonymiseButton"));
    QVERIFY(anonymise && !anonymise->isEnabled());
    QVERIFY(anonymise->toolTip().startsWith(QStringLiteral("Already anonymised on ")));
    // Erasing it stays possible.
    QVERIFY(record.findChild<QPushButton*>(QStringLiteral("eraseButton"))->isEnabled());
    auto* line = record.findChild<QLabel*>(QStringLiteral("anonymisedLabel"));
    QVERIFY(line && line->isVisible());
    for (const char* name : { "givenNameEdit", "emailEdit" }) {
        auto* edit = record.findChild<QLineEdit*>(QLatin1String(name));
        QVERIFY2(edit && edit->isReadOnly(), name);
    }
    QVERIFY(!record.findChild<QPushButton*>(QStringLiteral("saveDetailsButton"))->isVisible());
    test::screenshot(&record, QStringLiteral("client-record-anonymised"));

    // A coordinator sees the same line and cannot type in the details either.
    core::Actor coordinator = m_admin;
    coordinator.role = core::Actor::Role::Coordinator;
    ui::ClientRecordDialog plain(*m_db, coordinator, &undo, client);
    plain.show();
    QVERIFY(plain.findChild<QLabel*>(QStringLiteral("anonymisedLabel")));
    QVERIFY(plain.findChild<QLineEdit*>(QStringLiteral("givenNameEdit"))->isReadOnly());
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
    applicant->setValue(12);
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
    QCOMPARE(saved.value().applicantMonths, 12);
}

void TstErasureUi::reviewAnonymisesTheTicked()
{
    core::RetentionSettings rs;
    rs.supportedYears = 1;
    rs.workerYears = 1;
    rs.applicantMonths = 6;
    QVERIFY(core::RetentionService(*m_db).save(m_admin, rs));
    // One person with a reference from the charity's old records, and the rest without.
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("UPDATE person SET reference = 'OLD-0042' WHERE id = (SELECT MIN(p.id) FROM person p JOIN "
                       "client c ON c.person_id = p.id WHERE p.anonymised_on IS NULL)")));
    ui::RetentionReviewDialog dialog(*m_db, m_admin);
    dialog.show();
    QTreeWidget* list = dialog.list();
    const int rows = list->topLevelItemCount();
    QVERIFY2(rows >= 2, qPrintable(QString::number(rows)));
    // Nothing is ticked until someone ticks it.
    QVERIFY(dialog.checkedIds().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("anonymiseSelectedButton"))->isEnabled());
    // Largest first, and the arrow says so: it points down (wide at the top, a point at the bottom).
    const int past = 5;
    QCOMPARE(list->headerItem()->text(past), QStringLiteral("Past retention by"));
    QCOMPARE(list->header()->sortIndicatorSection(), past);
    QCOMPARE(list->header()->sortIndicatorOrder(), Qt::DescendingOrder);
    QVERIFY(list->topLevelItem(0)->data(past, Qt::UserRole + 1).toInt()
        >= list->topLevelItem(rows - 1)->data(past, Qt::UserRole + 1).toInt());
    {
        const QImage header = list->header()->grab().toImage();
        const int right = list->header()->sectionViewportPosition(past) + list->header()->sectionSize(past);
        const QColor text = list->header()->palette().color(QPalette::ButtonText);
        QList<int> widths; // dark pixels in each row of the arrow, top to bottom
        for (int y = 0; y < header.height(); ++y) {
            int dark = 0;
            for (int x = right - 24; x < right - 1; ++x) {
                if (qGray(header.pixel(x, y)) < (qGray(text.rgb()) + 255) / 2) {
                    ++dark;
                }
            }
            if (dark > 0) {
                widths << dark;
            }
        }
        QVERIFY2(widths.size() >= 2, "no sort arrow drawn");
        QVERIFY2(widths.constFirst() > widths.constLast(), qPrintable(QStringLiteral("arrow rows %1").arg([&widths] {
            QStringList out;
            for (int w : widths) {
                out << QString::number(w);
            }
            return out.join(QLatin1Char(','));
        }())));
    }
    // The reference column shows a reference or a dash; the record number has its own column.
    bool sawDash = false;
    for (int i = 0; i < rows; ++i) {
        const QTreeWidgetItem* row = list->topLevelItem(i);
        QVERIFY2(!row->text(1).startsWith(QStringLiteral("Record")), qPrintable(row->text(1)));
        QCOMPARE(row->text(2), QString::number(row->data(0, Qt::UserRole + 2).toLongLong()));
        sawDash = sawDash || row->text(1) == QStringLiteral("—");
    }
    QVERIFY(sawDash);
    test::screenshot(&dialog, QStringLiteral("retention-review-start"));
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
    const QString who = QStringLiteral("%1 people").arg(ticked.size());
    QVERIFY2(
        shown.constFirst().startsWith(QStringLiteral("Anonymise %1 People: Anonymise %2, as past the retention period?")
                                          .arg(ticked.size())
                                          .arg(who)),
        qPrintable(shown.first()));
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
