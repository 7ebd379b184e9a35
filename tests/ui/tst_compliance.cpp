// The compliance matrix page and the dashboard's reminders over the demo charity: states told apart
// by words and icons, filters, CSV and PDF of exactly what is shown, and who may see names.
// With ALONGSIDE_SCREENSHOTS=DIR set, it saves PNGs (and the PDF) for a person to look at.

#include "core/auth/permissions.h"
#include "core/models/compliancemodel.h"
#include "core/services/demogenerator.h"
#include "core/workforce/compliance.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/compliance/compliancepage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/workforce/completiondialog.h"
#include "ui/workforce/newworkerdialog.h"
#include "ui/workforce/workerrecorddialog.h"
#include "ui/workforce/workforcepage.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace alongside;
using core::ComplianceState;
using Role = core::Actor::Role;

namespace {

const QDate kToday(2026, 11, 22);

core::Actor as(Role role)
{
    core::Actor a = core::Actor::localUser();
    a.role = role;
    a.userName = QStringLiteral("coordinator");
    return a;
}

} // namespace

class TstCompliance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void matrixShowsEveryStateInWordsAndIcons();
    void filtersNarrowTheRows();
    void csvAndPdfHoldWhatIsShown();
    void remindersOnTheDashboard();
    void addVolunteerRecordCourseAndTheMatrixChanges();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<core::Database> m_db;
};

void TstCompliance::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("demo.alongside")));
    QVERIFY(m_db);
    core::DemoGenerator::Options options;
    options.asAt = kToday;
    QVERIFY(core::DemoGenerator::generate(*m_db, core::Actor::localUser(), options));
}

void TstCompliance::cleanupTestCase()
{
    m_db.reset();
    m_clock.reset();
}

void TstCompliance::init()
{
    ui::prompts::setTestMode(true);
    ui::prompts::takeShown();
}

void TstCompliance::matrixShowsEveryStateInWordsAndIcons()
{
    ui::CompliancePage page;
    page.resize(1280, 760);
    page.setContext(m_db.get(), as(Role::Coordinator));
    page.show();
    QTableView* table = page.table();
    QVERIFY(table->model()->rowCount() > 5);
    QSet<int> states;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        for (int c = core::ComplianceModel::kFixedColumns; c < table->model()->columnCount(); ++c) {
            const QModelIndex i = table->model()->index(r, c);
            const auto state = ComplianceState(i.data(core::ComplianceModel::StateRole).toInt());
            states.insert(int(state));
            const QString text = i.data().toString();
            QVERIFY(!text.isEmpty());
            // Words and a shape, never colour alone.
            QVERIFY(text.startsWith(core::ComplianceService::stateName(state).left(4))
                || (state == ComplianceState::Done && text.startsWith(QStringLiteral("Done"))));
            if (state != ComplianceState::NotRequired) {
                QVERIFY(!i.data(Qt::DecorationRole).value<QIcon>().isNull());
            }
        }
    }
    QVERIFY(states.contains(int(ComplianceState::Done)));
    QVERIFY(states.contains(int(ComplianceState::Expired)));
    QVERIFY(states.contains(int(ComplianceState::ExpiringSoon)));
    QVERIFY(states.contains(int(ComplianceState::Missing)));
    test::screenshot(&page, QStringLiteral("compliance-matrix"));
}

void TstCompliance::filtersNarrowTheRows()
{
    ui::CompliancePage page;
    page.setContext(m_db.get(), as(Role::Coordinator));
    QTableView* table = page.table();
    const int all = table->model()->rowCount();
    page.showState(ComplianceState::Expired);
    const int expired = table->model()->rowCount();
    QVERIFY(expired > 0 && expired < all);
    for (int r = 0; r < expired; ++r) {
        bool has = false;
        for (int c = core::ComplianceModel::kFixedColumns; c < table->model()->columnCount(); ++c) {
            has = has
                || table->model()->index(r, c).data(core::ComplianceModel::StateRole).toInt()
                    == int(ComplianceState::Expired);
        }
        QVERIFY(has);
    }
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("complianceSummary"))
                ->text()
                .contains(QStringLiteral("Showing %1 of %2").arg(expired).arg(all)));
    page.showState(std::nullopt);
    QCOMPARE(table->model()->rowCount(), all);
    // A longer warning window turns more "done" into "expiring soon", never fewer.
    auto count = [&](ComplianceState s) {
        int n = 0;
        for (const core::ComplianceRow& row : page.shownMatrix().rows) {
            n += row.count(s);
        }
        return n;
    };
    const int soon30 = count(ComplianceState::ExpiringSoon);
    page.findChild<QSpinBox*>(QStringLiteral("complianceWarningDays"))->setValue(365);
    QVERIFY(count(ComplianceState::ExpiringSoon) > soon30);
}

void TstCompliance::csvAndPdfHoldWhatIsShown()
{
    ui::CompliancePage page;
    page.setContext(m_db.get(), as(Role::Coordinator));
    page.showState(ComplianceState::ExpiringSoon);
    const core::ComplianceMatrix shown = page.shownMatrix();
    QVERIFY(!shown.rows.isEmpty());

    const QString csvPath = m_dir->filePath(QStringLiteral("matrix.csv"));
    ui::prompts::queueFileName(csvPath);
    page.exportCsv();
    const QByteArray csv = test::fileBytes(csvPath);
    QCOMPARE(csv, core::ComplianceService::toCsv(shown));
    QCOMPARE(csv.count("\r\n"), shown.rows.size() + 1);
    QVERIFY(csv.contains(shown.rows.first().worker.name.toUtf8()));

    QString pdfPath = m_dir->filePath(QStringLiteral("matrix.pdf"));
    const QString shots = qEnvironmentVariable("ALONGSIDE_SCREENSHOTS");
    if (!shots.isEmpty()) {
        pdfPath = shots + QStringLiteral("/compliance-matrix.pdf");
    }
    page.showState(std::nullopt);
    ui::prompts::queueFileName(pdfPath);
    page.saveAsPdf();
    const QStringList shownPrompts = ui::prompts::takeShown();
    QVERIFY2(!shownPrompts.join(QLatin1Char('\n')).contains(QStringLiteral("Could Not")),
        qPrintable(shownPrompts.join(QLatin1Char('\n'))));
    QVERIFY(test::fileBytes(pdfPath).startsWith("%PDF"));
    QVERIFY(page.printableHtml().contains(shown.rows.first().worker.name.toHtmlEscaped()));
    QVERIFY(page.printableHtml().contains(QStringLiteral("Confidential")));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'compliance_matrix' AND "
                                "action = 'export'"))
                 .toInt(),
        2);

    // A read-only account may look but not take the names away.
    ui::CompliancePage readOnly;
    readOnly.setContext(m_db.get(), as(Role::ReadOnly));
    QVERIFY(readOnly.table()->model()->rowCount() > 0);
    QVERIFY(readOnly.findChild<QWidget*>(QStringLiteral("complianceExport"))->isHidden());
    QVERIFY(readOnly.findChild<QWidget*>(QStringLiteral("compliancePrint"))->isHidden());
}

void TstCompliance::remindersOnTheDashboard()
{
    ui::DashboardPage dashboard;
    dashboard.resize(1100, 900);
    dashboard.refresh(*m_db, as(Role::Coordinator));
    dashboard.show();
    QTreeWidget* list = dashboard.remindersList();
    auto reminders = core::ComplianceService(*m_db).reminders(as(Role::Coordinator), kToday, 30);
    QVERIFY(reminders);
    QVERIFY(!reminders.value().isEmpty());
    QCOMPARE(list->topLevelItemCount(), reminders.value().size());
    QVERIFY(list->topLevelItem(0)->text(0).startsWith(QStringLiteral("Expired")));
    QVERIFY(list->isVisibleTo(&dashboard));
    test::screenshot(&dashboard, QStringLiteral("dashboard-reminders"));

    // Trustees see aggregate figures only: no names, so no reminders.
    ui::DashboardPage trustee;
    trustee.refresh(*m_db, as(Role::Trustee));
    QVERIFY(trustee.findChild<QWidget*>(QStringLiteral("remindersBox"))->isHidden());
}

void TstCompliance::addVolunteerRecordCourseAndTheMatrixChanges()
{
    // The coordinator adds a volunteer through the form, sees them on the matrix with the induction
    // missing, records the induction on their record, and sees that cell (and only that) turn done.
    const core::Actor coordinator = as(Role::Coordinator);
    QUndoStack undo;
    ui::WorkforcePage people;
    people.setContext(m_db.get(), coordinator, &undo);
    people.show();
    ui::CompliancePage matrix;
    matrix.setContext(m_db.get(), coordinator);
    matrix.resize(1280, 500);
    matrix.show();

    auto rowOf = [&](const QString& name) {
        for (int r = 0; r < matrix.table()->model()->rowCount(); ++r) {
            if (matrix.table()->model()->index(r, 0).data().toString() == name) {
                return r;
            }
        }
        return -1;
    };
    auto column = [&](const QString& title) {
        for (int c = 0; c < matrix.table()->model()->columnCount(); ++c) {
            if (matrix.table()->model()->headerData(c, Qt::Horizontal).toString() == title) {
                return c;
            }
        }
        return -1;
    };
    auto state = [&](const QString& name, const QString& title) {
        return ComplianceState(
            matrix.table()->model()->index(rowOf(name), column(title)).data(core::ComplianceModel::StateRole).toInt());
    };
    const QString name = QStringLiteral("Nell Okafor");
    QCOMPARE(rowOf(name), -1);

    bool added = false;
    test::whenModal<ui::NewWorkerDialog>([&](ui::NewWorkerDialog* d) {
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("givenNameEdit")), QStringLiteral("Nell"));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("familyNameEdit")), QStringLiteral("Okafor"));
        auto* status = d->findChild<QComboBox*>(QStringLiteral("statusCombo"));
        status->setCurrentIndex(status->findText(QStringLiteral("Active")));
        auto* role = d->findChild<QComboBox*>(QStringLiteral("roleCombo"));
        role->setCurrentIndex(role->findText(QStringLiteral("Volunteer peer mentor")));
        QVERIFY(role->currentIndex() > 0);
        d->findChild<QAbstractButton*>(QStringLiteral("okButton"))->click();
        added = true;
    });
    QString recorded;
    ComplianceState beforeCourse = ComplianceState::NotRequired;
    test::whenModal<ui::WorkerRecordDialog>([&](ui::WorkerRecordDialog* record) {
        // Added and active, not yet trained: on the matrix with the induction missing.
        matrix.refresh();
        beforeCourse = state(name, QStringLiteral("Volunteer induction"));
        QTabWidget* tabs = record->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).remove(QLatin1Char('&')) == QLatin1String("Training")) {
                tabs->setCurrentIndex(i);
            }
        }
        test::whenModal<ui::CompletionDialog>([&](ui::CompletionDialog* d) {
            auto* course = d->findChild<QComboBox*>(QStringLiteral("courseCombo"));
            course->setCurrentIndex(course->findText(QStringLiteral("Volunteer induction")));
            QVERIFY(course->currentIndex() >= 0);
            d->findChild<QDateEdit*>(QStringLiteral("completedOnEdit"))->setDate(kToday.addDays(-1));
            d->findChild<QAbstractButton*>(QStringLiteral("okButton"))->click();
            recorded = course->currentText();
        });
        record->findChild<QAbstractButton*>(QStringLiteral("addCompletionButton"))->click();
        record->accept();
    });
    people.addWorker();
    QVERIFY(added);
    QCOMPARE(recorded, QStringLiteral("Volunteer induction"));
    QCOMPARE(beforeCourse, ComplianceState::Missing);

    // The induction is done now; the rest of a new volunteer's requirements are still missing.
    matrix.refresh();
    QVERIFY(rowOf(name) >= 0);
    QCOMPARE(state(name, QStringLiteral("Volunteer induction")), ComplianceState::Done);
    QCOMPARE(state(name, QStringLiteral("DBS check")), ComplianceState::Missing);
    QCOMPARE(state(name, QStringLiteral("Safeguarding refresher")), ComplianceState::Missing);

    // Undo the course (Ctrl+Z in the window): the cell goes back to missing.
    undo.undo();
    matrix.refresh();
    QCOMPARE(state(name, QStringLiteral("Volunteer induction")), ComplianceState::Missing);
    undo.redo();
    matrix.refresh();
    QCOMPARE(state(name, QStringLiteral("Volunteer induction")), ComplianceState::Done);
    matrix.findChild<QLineEdit*>(QStringLiteral("complianceSearch"))->setText(QStringLiteral("Okafor"));
    test::screenshot(&matrix, QStringLiteral("compliance-after-course"));
}

QTEST_MAIN(TstCompliance)
#include "tst_compliance.moc"
