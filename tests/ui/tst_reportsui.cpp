// The Reports area over the demo charity: building off the GUI thread with progress and Cancel, the
// preview's pages, the period picker for an April year start, who is offered small numbers, that
// what leaves the screen is always suppressed, and that every list view exports exactly its
// visible rows and columns.
// With ALONGSIDE_SCREENSHOTS=DIR set, it saves PNGs of the page for a person to look at.

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/reports/csvfile.h"
#include "core/reports/reports.h"
#include "core/services/demogenerator.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/listexport.h"
#include "ui/common/prompts.h"
#include "ui/reports/periodpicker.h"
#include "ui/reports/reportspage.h"
#include "ui/workforce/workforcepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPrintPreviewWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace alongside;
using Role = core::Actor::Role;
using core::report::Format;

namespace {

const QDate kToday(2026, 11, 22);

core::Actor as(Role role)
{
    core::Actor a = core::Actor::localUser();
    a.role = role;
    a.userName = QStringLiteral("tester");
    return a;
}

/** Waits for the page's build to end; false if it does not within a minute. */
bool waitForBuild(ui::ReportsPage& page, QSignalSpy& spy)
{
    if (!page.isBuilding()) {
        return true;
    }
    return spy.wait(60000);
}

/** Like test::screenshot, but at once: lays out, and delivers nothing the worker has posted. */
void grabNow(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("ALONGSIDE_SCREENSHOTS");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TstReportsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void periodPickerForAnAprilYearStart();
    void periodPickerForACalendarYear();
    void buildsInAWorkerAndThePreviewHasPages();
    void cancelKeepsThePreviousPreview();
    void cancelStraightAwayOnAnEmptyPage();
    void smallNumbersAreOfferedOnlyWhereAllowed();
    void whatLeavesTheScreenIsSuppressed();
    void aBadPeriodSaysWhatToChange();
    void aListThatNamesPeopleIsForTheTeam();
    void keyboardAndNames();
    void listExportHoldsExactlyTheVisibleRows();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<core::Database> m_db;
};

void TstReportsUi::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("demo.alongside")));
    QVERIFY(m_db);
    core::DemoGenerator::Options options;
    options.asAt = kToday;
    QVERIFY(core::DemoGenerator::generate(*m_db, core::Actor::localUser(), options));
}

void TstReportsUi::cleanupTestCase()
{
    m_db.reset();
    m_clock.reset();
}

void TstReportsUi::init()
{
    ui::prompts::setTestMode(true);
    ui::prompts::takeShown();
}

void TstReportsUi::periodPickerForAnAprilYearStart()
{
    ui::PeriodPicker picker;
    picker.setup(4, kToday);
    // The last complete quarter of 22 Nov 2026 is Jul–Sep 2026, the second of the 2026-27 year.
    QCOMPARE(picker.kind(), ui::PeriodPicker::Kind::Quarter);
    QCOMPARE(picker.from(), QDate(2026, 7, 1));
    QCOMPARE(picker.to(), QDate(2026, 9, 30));
    QCOMPARE(picker.shortName(), QStringLiteral("Q2 2026-27"));
    QComboBox* q = picker.quarterCombo();
    QCOMPARE(q->currentIndex(), 1);
    // First the quarter in progress, then back in time, across the year boundary in April.
    QCOMPARE(q->itemData(0).toDate(), QDate(2026, 10, 1));
    QVERIFY2(q->itemText(0).startsWith(QStringLiteral("Q3 2026/27, Oct–Dec 2026")), qPrintable(q->itemText(0)));
    QVERIFY(q->itemText(0).contains(QStringLiteral("so far")));
    QVERIFY2(q->itemText(1).startsWith(QStringLiteral("Q2 2026/27, Jul–Sep 2026")), qPrintable(q->itemText(1)));
    QCOMPARE(q->itemData(2).toDate(), QDate(2026, 4, 1));
    QVERIFY2(q->itemText(2).startsWith(QStringLiteral("Q1 2026/27")), qPrintable(q->itemText(2)));
    QCOMPARE(q->itemData(3).toDate(), QDate(2026, 1, 1));
    QCOMPARE(q->itemData(3, Qt::UserRole + 1).toDate(), QDate(2026, 3, 31));
    QVERIFY2(q->itemText(3).startsWith(QStringLiteral("Q4 2025/26, Jan–Mar 2026")), qPrintable(q->itemText(3)));
    for (int i = 1; i < q->count(); ++i) {
        QCOMPARE(q->itemData(i, Qt::UserRole + 1).toDate().addDays(1), q->itemData(i - 1).toDate());
    }

    q->setCurrentIndex(2);
    QCOMPARE(picker.from(), QDate(2026, 4, 1));
    QCOMPARE(picker.to(), QDate(2026, 6, 30));
    QCOMPARE(picker.shortName(), QStringLiteral("Q1 2026-27"));

    // Financial years: the one in progress, then the last complete one chosen.
    picker.setKind(ui::PeriodPicker::Kind::FinancialYear);
    QCOMPARE(picker.from(), QDate(2025, 4, 1));
    QCOMPARE(picker.to(), QDate(2026, 3, 31));
    QCOMPARE(picker.shortName(), QStringLiteral("2025-26"));
    QCOMPARE(picker.yearCombo()->itemData(0).toDate(), QDate(2026, 4, 1));

    // Other dates, from the calendar.
    picker.setKind(ui::PeriodPicker::Kind::Custom);
    QVERIFY(picker.fromEdit()->calendarPopup());
    QVERIFY(picker.fromEdit()->isVisibleTo(&picker));
    QVERIFY(!picker.quarterCombo()->isVisibleTo(&picker));
    picker.fromEdit()->setDate(QDate(2026, 7, 1));
    picker.toEdit()->setDate(QDate(2026, 8, 14));
    QCOMPARE(picker.from(), QDate(2026, 7, 1));
    QCOMPARE(picker.to(), QDate(2026, 8, 14));
    QCOMPARE(picker.shortName(), QStringLiteral("2026-07-01 to 2026-08-14"));
}

void TstReportsUi::periodPickerForACalendarYear()
{
    ui::PeriodPicker picker;
    picker.setup(1, kToday);
    QCOMPARE(picker.from(), QDate(2026, 7, 1));
    QCOMPARE(picker.shortName(), QStringLiteral("Q3 2026"));
    picker.setKind(ui::PeriodPicker::Kind::FinancialYear);
    QCOMPARE(picker.from(), QDate(2025, 1, 1));
    QCOMPARE(picker.to(), QDate(2025, 12, 31));
    QCOMPARE(picker.shortName(), QStringLiteral("2025"));
}

void TstReportsUi::buildsInAWorkerAndThePreviewHasPages()
{
    ui::ReportsPage page;
    page.resize(790, 640); // the window's default size, less the navigation
    page.setContext(m_db.get(), as(Role::Coordinator));
    page.show();
    page.chooseReport(QStringLiteral("quarterly"));
    QCOMPARE(page.suggestedFileName(Format::Pdf), QStringLiteral("Quarterly report Q2 2026-27.pdf"));
    test::screenshot(&page, QStringLiteral("reports-1-before"));

    QSignalSpy finished(&page, &ui::ReportsPage::buildFinished);
    QThread* gui = QThread::currentThread();
    page.build();
    QVERIFY(page.isBuilding());
    QVERIFY(page.progressBar()->isVisible());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("reportBuild"))->isEnabled());
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("reportCancel"))->isEnabled());
    QThread* worker = page.findChild<QThread*>();
    QVERIFY(worker && worker != gui);
    grabNow(&page, QStringLiteral("reports-2-building"));
    QVERIFY(waitForBuild(page, finished));
    QVERIFY2(page.shownReport(), qPrintable(page.statusText()));
    QCOMPARE(page.shownReport()->id, QStringLiteral("quarterly"));
    QCOMPARE(page.shownReport()->period.from, QDate(2026, 7, 1));
    QVERIFY(page.shownReport()->suppressed);
    QVERIFY(page.previewPageCount() > 0);
    QVERIFY2(page.statusText().startsWith(QStringLiteral("Built")), qPrintable(page.statusText()));
    QVERIFY(!page.isBuilding());
    QVERIFY(!page.progressBar()->isVisible());
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("reportPrint"))->isEnabled());
    test::screenshot(&page, QStringLiteral("reports-3-preview"));

    // The run is in the audit log, without a name.
    core::AuditFilter filter;
    filter.action = QString::fromLatin1(core::AuditLog::kReport);
    auto entries = core::AuditLog(*m_db).entries(core::Actor::localUser(), filter);
    QVERIFY(entries);
    QVERIFY(!entries.value().isEmpty());
    QCOMPARE(entries.value().first().recordId, QStringLiteral("quarterly"));
    QVERIFY(entries.value().first().note.contains(QStringLiteral("2026-07-01 to 2026-09-30")));
}

void TstReportsUi::cancelKeepsThePreviousPreview()
{
    ui::ReportsPage page;
    page.setContext(m_db.get(), as(Role::Coordinator));
    page.chooseReport(QStringLiteral("quarterly"));
    QSignalSpy finished(&page, &ui::ReportsPage::buildFinished);
    page.build();
    QVERIFY(waitForBuild(page, finished));
    QVERIFY(page.shownReport());
    const QDate shownFrom = page.shownReport()->period.from;
    const int pages = page.previewPageCount();

    // Another quarter, cancelled at once: the quarter shown stays.
    page.periodPicker()->quarterCombo()->setCurrentIndex(2);
    page.build();
    page.cancel();
    QVERIFY(waitForBuild(page, finished));
    QVERIFY2(page.statusText().startsWith(QStringLiteral("Cancelled")), qPrintable(page.statusText()));
    QVERIFY(page.shownReport());
    QCOMPARE(page.shownReport()->period.from, shownFrom);
    QCOMPARE(page.previewPageCount(), pages);
    QVERIFY(!page.isBuilding());
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("reportBuild"))->isEnabled());
}

void TstReportsUi::cancelStraightAwayOnAnEmptyPage()
{
    auto page = std::make_unique<ui::ReportsPage>();
    page->setContext(m_db.get(), as(Role::Administrator));
    QSignalSpy finished(page.get(), &ui::ReportsPage::buildFinished);
    page->build();
    page->cancel();
    QVERIFY(waitForBuild(*page, finished));
    QCOMPARE(page->statusText(), QStringLiteral("Cancelled."));
    QVERIFY(!page->shownReport());
    // A page closed while building stops its worker first.
    page->build();
    QVERIFY(page->isBuilding());
    page.reset();
}

void TstReportsUi::smallNumbersAreOfferedOnlyWhereAllowed()
{
    ui::ReportsPage page;
    page.setContext(m_db.get(), as(Role::Trustee));
    page.show();
    page.chooseReport(QStringLiteral("quarterly"));
    QVERIFY(!page.smallNumbersBox()->isVisible());
    QVERIFY(page.request().suppress);
    // Lists that name people are not offered to trustees at all.
    QCOMPARE(page.reportCombo()->findData(QStringLiteral("compliance")), -1);
    QVERIFY(page.reportCombo()->findData(QStringLiteral("workforce-snapshot")) >= 0);

    page.setContext(m_db.get(), as(Role::Coordinator));
    page.chooseReport(QStringLiteral("quarterly"));
    QVERIFY(page.smallNumbersBox()->isVisible());
    page.smallNumbersBox()->setChecked(true);
    QVERIFY(!page.request().suppress);
    // A list that names people is never suppressed, so there is nothing to offer.
    page.chooseReport(QStringLiteral("compliance"));
    QVERIFY(!page.smallNumbersBox()->isVisible());
    QVERIFY(page.request().suppress);
    QVERIFY(page.request().asOf.isValid());
}

void TstReportsUi::whatLeavesTheScreenIsSuppressed()
{
    ui::ReportsPage page;
    page.resize(1280, 820);
    page.setContext(m_db.get(), as(Role::Coordinator));
    page.show();
    page.chooseReport(QStringLiteral("quarterly"));
    page.smallNumbersBox()->setChecked(true);
    QSignalSpy finished(&page, &ui::ReportsPage::buildFinished);
    page.build();
    QVERIFY(waitForBuild(page, finished));
    QVERIFY2(page.shownReport(), qPrintable(page.statusText()));
    QVERIFY(!page.shownReport()->suppressed);
    auto* banner = page.findChild<QWidget*>(QStringLiteral("reportUnsuppressedBanner"));
    QVERIFY(banner->isVisible());
    test::screenshot(&page, QStringLiteral("reports-4-unsuppressed"));

    // Saving builds a suppressed copy first; the preview stays as it was.
    const QString path = m_dir->filePath(QStringLiteral("q2.json"));
    QSignalSpy saved(&page, &ui::ReportsPage::saved);
    page.saveTo(Format::Json, path);
    QVERIFY(page.isBuilding());
    QVERIFY(saved.wait(60000));
    QCOMPARE(saved.first().first().toString(), path);
    const QJsonObject report
        = QJsonDocument::fromJson(test::fileBytes(path)).object().value(QStringLiteral("report")).toObject();
    QCOMPARE(report.value(QStringLiteral("id")).toString(), QStringLiteral("quarterly"));
    QCOMPARE(report.value(QStringLiteral("suppressed")).toBool(), true);
    QVERIFY(!page.shownReport()->suppressed);
    QVERIFY(banner->isVisible());

    // The next export reuses the suppressed copy: no second build.
    const QString csv = m_dir->filePath(QStringLiteral("q2.csv"));
    page.saveTo(Format::Csv, csv);
    QVERIFY(!page.isBuilding());
    QCOMPARE(saved.size(), 2);
    QVERIFY(QFile::exists(csv));
    QVERIFY(ui::prompts::takeShown().isEmpty());

    // Save as PDF… asks where, suggesting the report's name, and writes the suppressed copy.
    const QString pdf = m_dir->filePath(QStringLiteral("q2.pdf"));
    ui::prompts::queueFileName(pdf);
    page.saveAsPdf();
    QCOMPARE(saved.size(), 3);
    QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
    const QStringList asked = ui::prompts::takeShown();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().endsWith(QStringLiteral("/Quarterly report Q2 2026-27.pdf")), qPrintable(asked.first()));

    // A file that cannot be written says so in words, and nothing is half written.
    page.saveTo(Format::Csv, m_dir->filePath(QStringLiteral("no such folder/q2.csv")));
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("Could Not Save the Report")), qPrintable(shown.first()));
    QCOMPARE(saved.size(), 3);
}

void TstReportsUi::aBadPeriodSaysWhatToChange()
{
    ui::ReportsPage page;
    page.setContext(m_db.get(), as(Role::Coordinator));
    page.chooseReport(QStringLiteral("quarterly"));
    page.periodPicker()->setKind(ui::PeriodPicker::Kind::Custom);
    page.periodPicker()->fromEdit()->setDate(QDate(2026, 9, 30));
    page.periodPicker()->toEdit()->setDate(QDate(2026, 7, 1));
    QSignalSpy finished(&page, &ui::ReportsPage::buildFinished);
    page.build();
    QVERIFY(waitForBuild(page, finished));
    QVERIFY(!page.shownReport());
    QVERIFY2(page.statusText().contains(QStringLiteral("Swap the two dates")), qPrintable(page.statusText()));
}

void TstReportsUi::aListThatNamesPeopleIsForTheTeam()
{
    ui::ReportsPage page;
    page.resize(790, 640);
    page.setContext(m_db.get(), as(Role::Coordinator));
    page.show();
    page.chooseReport(QStringLiteral("compliance"));
    QSignalSpy finished(&page, &ui::ReportsPage::buildFinished);
    page.build();
    QVERIFY(waitForBuild(page, finished));
    QVERIFY2(page.shownReport(), qPrintable(page.statusText()));
    QVERIFY(page.shownReport()->namesPeople);
    QCOMPARE(page.shownReport()->asOf, kToday);
    QVERIFY(page.previewPageCount() > 0);
    QVERIFY(!page.findChild<QWidget*>(QStringLiteral("reportUnsuppressedBanner"))->isVisible());
    QVERIFY2(page.statusText().contains(QStringLiteral("names people")), qPrintable(page.statusText()));
    test::screenshot(&page, QStringLiteral("reports-5-compliance"));
}

void TstReportsUi::keyboardAndNames()
{
    ui::ReportsPage page;
    page.setContext(m_db.get(), as(Role::Coordinator));
    page.show();
    page.chooseReport(QStringLiteral("quarterly"));
    test::checkKeyboardAndNames(&page,
        { QStringLiteral("reportChoice"), QStringLiteral("reportPeriodKind"), QStringLiteral("reportQuarter"),
            QStringLiteral("reportComparePrevious"), QStringLiteral("reportCompareYtd"),
            QStringLiteral("reportShowSmallNumbers"), QStringLiteral("reportBuild"), QStringLiteral("reportCancel"),
            QStringLiteral("reportPrint"), QStringLiteral("reportPdf"), QStringLiteral("reportExport"),
            QStringLiteral("reportPreview"), QStringLiteral("reportFitWidth") });
    // Year to date is for a quarter only.
    page.periodPicker()->setKind(ui::PeriodPicker::Kind::FinancialYear);
    QVERIFY(!page.findChild<QCheckBox*>(QStringLiteral("reportCompareYtd"))->isEnabled());
    QVERIFY(!page.request().compareYearToDate);
    page.chooseReport(QStringLiteral("compliance"));
    test::checkKeyboardAndNames(&page, { QStringLiteral("reportAsOf") });
    QVERIFY(page.suggestedFileName(Format::Xlsx).endsWith(QStringLiteral("as at 2026-11-22.xlsx")));
}

void TstReportsUi::listExportHoldsExactlyTheVisibleRows()
{
    ui::WorkforcePage page;
    page.resize(1200, 700);
    page.setContext(m_db.get(), as(Role::Coordinator), nullptr);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("workersTable"));
    QVERIFY(table);
    const int everyone = table->model()->rowCount();
    QVERIFY(everyone > 5);
    // Filter by part of one name; sort by the second column, descending.
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    // (The first letter that leaves more than one row but not everyone.)
    QString part;
    for (const QString& letter : { QStringLiteral("y"), QStringLiteral("w"), QStringLiteral("k"), QStringLiteral("o"),
             QStringLiteral("i"), QStringLiteral("e") }) {
        search->setText(letter);
        if (table->model()->rowCount() > 1 && table->model()->rowCount() < everyone) {
            part = letter;
            break;
        }
    }
    QVERIFY(!part.isEmpty());
    const int shown = table->model()->rowCount();
    table->sortByColumn(1, Qt::DescendingOrder);
    table->setColumnHidden(2, true);

    auto* exporter = page.findChild<ui::ListExporter*>();
    QVERIFY(exporter);
    QVERIFY(exporter->exportButton()->isVisibleTo(&page));
    QVERIFY(exporter->printButton()->isVisibleTo(&page));
    const QString path = m_dir->filePath(QStringLiteral("workers.csv"));
    const core::Status saved = exporter->save(Format::Csv, path);
    QVERIFY2(saved, qPrintable(saved.message()));

    auto parsed = core::csv::parse(test::fileBytes(path));
    QVERIFY2(parsed, qPrintable(parsed.message()));
    const QList<QStringList> lines = parsed.value();
    QStringList headers;
    QList<int> columns;
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (!table->isColumnHidden(c)) {
            columns.append(c);
            headers.append(table->model()->headerData(c, Qt::Horizontal).toString());
        }
    }
    const int headerLine = int(lines.indexOf(headers));
    QVERIFY2(headerLine >= 0, qPrintable(headers.join(QLatin1Char(','))));
    QVERIFY(!headers.contains(table->model()->headerData(2, Qt::Horizontal).toString()));
    for (int r = 0; r < shown; ++r) {
        QStringList expected;
        for (int c : columns) {
            expected.append(table->model()->index(r, c).data().toString());
        }
        QCOMPARE(lines.value(headerLine + 1 + r), expected);
    }
    // Nothing after the rows but the note saying how the list was filtered and sorted.
    const QStringList after = lines.value(headerLine + 1 + shown);
    QCOMPARE(after.size(), 1);
    QVERIFY2(after.first().contains(QStringLiteral("\"%1\"").arg(part)), qPrintable(after.first()));
    QVERIFY2(after.first().contains(QStringLiteral("descending")), qPrintable(after.first()));

    // The export is in the audit log; a role that may not export does not get the buttons.
    core::AuditFilter filter;
    filter.action = QString::fromLatin1(core::AuditLog::kExport);
    filter.entity = QStringLiteral("worker_list");
    auto entries = core::AuditLog(*m_db).entries(core::Actor::localUser(), filter);
    QVERIFY(entries);
    QCOMPARE(entries.value().size(), 1);
    QCOMPARE(entries.value().first().note, QStringLiteral("csv, %1 rows").arg(shown));
    page.setContext(m_db.get(), as(Role::Supervisor), nullptr);
    QVERIFY(!exporter->exportButton()->isVisibleTo(&page));
    QVERIFY(!exporter->printButton()->isVisibleTo(&page));
}

QTEST_MAIN(TstReportsUi)
#include "tst_reportsui.moc"
