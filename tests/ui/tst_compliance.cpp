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

#include <QComboBox>
#include <QLabel>
#include <QPrinter>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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

QTEST_MAIN(TstCompliance)
#include "tst_compliance.moc"
