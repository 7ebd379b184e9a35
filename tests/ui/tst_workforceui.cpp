// The workforce screens as a coordinator drives them: the list of people who deliver support
// (search, filters, count), adding a person (with the duplicate warning), the record's tabs, a
// training completion, undo of a profile edit, and what a supervisor may not see. With
// ALONGSIDE_SCREENSHOTS=DIR set, it also saves PNGs of the list and of every tab of a record.

#include "core/workforce/trainingservice.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/workforce/completiondialog.h"
#include "ui/workforce/formdialog.h"
#include "ui/workforce/newworkerdialog.h"
#include "ui/workforce/workerrecorddialog.h"
#include "ui/workforce/workforcepage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace alongside;
using Role = core::Actor::Role;
using test::screenshot;
using test::whenModal;

namespace {

const QDate kToday(2026, 11, 22);

core::Actor as(Role role)
{
    core::Actor a = core::Actor::localUser();
    a.role = role;
    a.userName = QStringLiteral("tester");
    return a;
}

template<typename W> W* child(QWidget* parent, const char* name)
{
    return parent->findChild<W*>(QString::fromLatin1(name));
}

void click(QWidget* parent, const char* button)
{
    auto* b = child<QPushButton>(parent, button);
    QVERIFY2(b, button);
    QVERIFY2(b->isVisible() && b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

int tabIndex(QTabWidget* tabs, const QString& text)
{
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(QLatin1Char('&')) == text) {
            return i;
        }
    }
    return -1;
}

} // namespace

class TstWorkforceUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listSearchesAndFilters();
    void addsAWorkerThroughTheDialog();
    void warnsOfAPossibleDuplicate();
    void recordTabsShowTheirRows();
    void completionAddedOnTheTrainingTab();
    void undoRestoresAnEditedProfile();
    void supervisorSeesNoLivedExperienceAndNoEditing();
    void emptyStateOffersToAdd();

private:
    qint64 addWorker(const QString& given, const QString& family, const QString& status, const QDate& dob = {});

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::Actor m_admin = as(Role::Administrator);
    QUndoStack m_undo;
    qint64 m_asha = 0;
};

qint64 TstWorkforceUi::addWorker(const QString& given, const QString& family, const QString& status, const QDate& dob)
{
    core::WorkerProfile p;
    p.givenName = given;
    p.familyName = family;
    p.dateOfBirth = dob;
    p.email = given.toLower() + QStringLiteral("@example.org");
    p.phone = QStringLiteral("07700 900%1").arg(given.size() * 37 % 1000, 3, 10, QLatin1Char('0'));
    core::StatusChange s { 0, 0, status, QDate(2025, 3, 1), QString() };
    if (status == QLatin1String("paused") || status == QLatin1String("left")) {
        s.reason = QStringLiteral("moved away");
    }
    auto id = core::WorkforceService(*m_db).createWorker(m_admin, p, s);
    if (!id) {
        qWarning() << id.message();
        return 0;
    }
    return id.value();
}

void TstWorkforceUi::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("workforce.alongside")));
    QVERIFY(m_db);

    core::WorkforceService service(*m_db);
    auto types = service.roleTypes(m_admin);
    QVERIFY(types && !types.value().isEmpty());
    const QStringList given { QStringLiteral("Asha"), QStringLiteral("Ben"), QStringLiteral("Chloe"),
        QStringLiteral("Dev"), QStringLiteral("Efua"), QStringLiteral("Finn"), QStringLiteral("Grace"),
        QStringLiteral("Hamid"), QStringLiteral("Isla"), QStringLiteral("Jonah"), QStringLiteral("Kemi"),
        QStringLiteral("Liam"), QStringLiteral("Maya"), QStringLiteral("Noor"), QStringLiteral("Owen"),
        QStringLiteral("Priya"), QStringLiteral("Quinn"), QStringLiteral("Rosa"), QStringLiteral("Sami"),
        QStringLiteral("Tomasz") };
    const QStringList family { QStringLiteral("Patel"), QStringLiteral("Okafor"), QStringLiteral("Williams"),
        QStringLiteral("Sharma"), QStringLiteral("Mensah"), QStringLiteral("O'Brien"), QStringLiteral("Taylor"),
        QStringLiteral("Rahimi"), QStringLiteral("MacLeod"), QStringLiteral("Green") };
    const QStringList statuses = core::WorkforceService::statusKeys();
    for (int i = 0; i < given.size(); ++i) {
        const qint64 id = addWorker(
            given[i], family[i % family.size()], statuses[i % statuses.size()], QDate(1960 + i * 2, 1 + i % 12, 1 + i));
        QVERIFY(id > 0);
        if (i == 0) {
            m_asha = id;
        }
        core::RoleAssignment r;
        r.workerId = id;
        r.roleTypeId = types.value().at(i % types.value().size()).id;
        r.payBasis = types.value().at(i % types.value().size()).defaultPayBasis;
        r.startsOn = QDate(2025, 4, 1);
        QVERIFY(service.saveRole(m_admin, r));
    }
    // Some of Asha's record, so that every tab has rows to show.
    core::Reference ref;
    ref.workerId = m_asha;
    ref.refereeName = QStringLiteral("Margaret Holt");
    ref.relationship = QStringLiteral("Former manager");
    ref.requestedOn = QDate(2025, 2, 1);
    ref.receivedOn = QDate(2025, 2, 20);
    ref.satisfactory = true;
    QVERIFY(service.saveReference(m_admin, ref));
    core::DbsCheck dbs;
    dbs.workerId = m_asha;
    dbs.certificateNumber = QStringLiteral("001234567890");
    dbs.issuedOn = QDate(2025, 3, 10);
    dbs.updateService = true;
    QVERIFY(service.saveDbsCheck(m_admin, dbs));
    for (int i = 0; i < 8; ++i) {
        core::HoursEntry e { 0, m_asha, kToday.addDays(-9 * i - 1), 2.5, QStringLiteral("Drop-in group") };
        QVERIFY(service.saveHours(m_admin, e));
    }
    auto steps = service.steps(m_admin);
    QVERIFY(steps && !steps.value().isEmpty());
    core::StepRecord done { 0, m_asha, steps.value().first().id, QDate(2025, 1, 15), QString(), QString() };
    QVERIFY(service.saveStepRecord(m_admin, done));
}

void TstWorkforceUi::cleanupTestCase()
{
    m_undo.clear();
    m_db.reset();
    m_clock.reset();
}

void TstWorkforceUi::listSearchesAndFilters()
{
    ui::WorkforcePage page;
    page.setContext(m_db.get(), m_admin, &m_undo);
    page.resize(1000, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = child<QTableView>(&page, "workersTable");
    auto* count = child<QLabel>(&page, "countLabel");
    QVERIFY(table && count);
    // The list opens on the people working now; everyone is one choice away.
    const int current = table->model()->rowCount();
    QVERIFY(current < 20);
    auto* statusFilter = child<QComboBox>(&page, "statusFilter");
    QCOMPARE(statusFilter->currentIndex(), 0);
    QCOMPARE(count->text(), QStringLiteral("%1 of 20 people").arg(current));
    statusFilter->setCurrentIndex(statusFilter->findText(QStringLiteral("All statuses")));
    QCOMPARE(table->model()->rowCount(), 20);
    QCOMPARE(count->text(), QStringLiteral("20 people"));
    QVERIFY(child<QPushButton>(&page, "addWorkerButton")->isVisible());
    // Sorted by family name: Asha Patel is not first, Tomasz Green (Green) is before Asha (Patel).
    QVERIFY(table->model()->index(0, 0).data().toString() != QStringLiteral("Asha Patel"));
    screenshot(&page, QStringLiteral("workforce-list"));

    auto* search = child<QLineEdit>(&page, "searchEdit");
    QTest::keyClicks(search, QStringLiteral("patel"));
    QCOMPARE(table->model()->rowCount(), 2); // Asha Patel, Kemi Patel
    QCOMPARE(count->text(), QStringLiteral("2 of 20 people"));
    screenshot(&page, QStringLiteral("workforce-list-search"));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 20);

    auto* status = child<QComboBox>(&page, "statusFilter");
    status->setCurrentIndex(status->findData(QStringLiteral("active")));
    QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 20);
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        QCOMPARE(table->model()->index(r, 1).data().toString(), core::WorkforceService::statusName("active"));
    }
    status->setCurrentIndex(0);
    auto* role = child<QComboBox>(&page, "roleFilter");
    QVERIFY(role->count() > 1);
    role->setCurrentIndex(1);
    QVERIFY(table->model()->rowCount() > 0 && table->model()->rowCount() < 20);
    role->setCurrentIndex(0);

    // Enter on a row opens that record.
    bool opened = false;
    whenModal<ui::WorkerRecordDialog>([&](ui::WorkerRecordDialog* d) {
        opened = true;
        d->reject();
    });
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(opened);
}

void TstWorkforceUi::addsAWorkerThroughTheDialog()
{
    ui::WorkforcePage page;
    page.setContext(m_db.get(), m_admin, &m_undo);
    page.show();
    bool filled = false;
    bool recordOpened = false;
    whenModal<ui::NewWorkerDialog>([&](ui::NewWorkerDialog* d) {
        QTest::keyClicks(child<QLineEdit>(d, "givenNameEdit"), QStringLiteral("Zara"));
        QTest::keyClicks(child<QLineEdit>(d, "familyNameEdit"), QStringLiteral("Ahmed"));
        QTest::keyClicks(child<QLineEdit>(d, "emailEdit"), QStringLiteral("zara@example.org"));
        auto* role = child<QComboBox>(d, "roleCombo");
        role->setCurrentIndex(1);
        screenshot(d, QStringLiteral("workforce-new-worker"));
        filled = true;
        click(d, "okButton");
    });
    whenModal<ui::WorkerRecordDialog>([&](ui::WorkerRecordDialog* d) {
        recordOpened = true;
        QVERIFY(child<QLabel>(d, "nameLabel")->text().contains(QStringLiteral("Zara Ahmed")));
        d->reject();
    });
    const int before = m_undo.count();
    const int rowsBefore = child<QTableView>(&page, "workersTable")->model()->rowCount();
    page.addWorker();
    QVERIFY(filled);
    QVERIFY(recordOpened);
    QCOMPARE(m_undo.count(), before + 1);
    auto* table = child<QTableView>(&page, "workersTable");
    QCOMPARE(table->model()->rowCount(), rowsBefore + 1);
    auto list = core::WorkforceService(*m_db).list(m_admin);
    QVERIFY(list);
    bool found = false;
    for (const core::WorkerSummary& w : list.value()) {
        if (w.name == QStringLiteral("Zara Ahmed")) {
            found = true;
            QCOMPARE(w.status, QStringLiteral("enquiry"));
            QCOMPARE(w.roles.size(), 1);
        }
    }
    QVERIFY(found);

    // Undo takes the adding back; redo brings the same person back.
    m_undo.undo();
    QCOMPARE(table->model()->rowCount(), rowsBefore);
    m_undo.redo();
    QCOMPARE(table->model()->rowCount(), rowsBefore + 1);
}

void TstWorkforceUi::warnsOfAPossibleDuplicate()
{
    const int before = core::WorkforceService(*m_db).list(m_admin).value().size();
    ui::NewWorkerDialog dialog(*m_db, m_admin, &m_undo);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "givenNameEdit"), QStringLiteral("Asha"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "familyNameEdit"), QStringLiteral("Patel"));
    auto* birth = child<ui::OptionalDateEdit>(&dialog, "dateOfBirthEdit");
    birth->setDate(QDate(1960, 1, 1));
    ui::prompts::takeShown();
    ui::prompts::queueAnswer(false);
    click(&dialog, "okButton");
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().startsWith(QStringLiteral("Possible duplicate")));
    QVERIFY(shown.first().contains(QStringLiteral("Asha Patel")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(core::WorkforceService(*m_db).list(m_admin).value().size(), before);

    // A missing first name is shown under the form, and nothing is asked.
    child<QLineEdit>(&dialog, "givenNameEdit")->clear();
    click(&dialog, "okButton");
    QVERIFY(ui::prompts::takeShown().isEmpty());
    auto* problem = child<QLabel>(&dialog, "problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().startsWith(QStringLiteral("Problem:")));
    screenshot(&dialog, QStringLiteral("workforce-new-worker-problem"));
}

void TstWorkforceUi::recordTabsShowTheirRows()
{
    ui::WorkerRecordDialog dialog(*m_db, m_admin, &m_undo, m_asha);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTabWidget* tabs = dialog.tabs();
    QCOMPARE(tabs->count(), 8); // with "Involvement and Journey"
    QVERIFY(child<QLabel>(&dialog, "nameLabel")->text().contains(QStringLiteral("Asha Patel")));
    QCOMPARE(child<QTreeWidget>(&dialog, "statusTable")->topLevelItemCount(), 1);
    QCOMPARE(child<QTreeWidget>(&dialog, "roleTable")->topLevelItemCount(), 1);
    QCOMPARE(child<QTreeWidget>(&dialog, "referenceTable")->topLevelItemCount(), 1);
    QCOMPARE(child<QTreeWidget>(&dialog, "dbsTable")->topLevelItemCount(), 1);
    QCOMPARE(child<QTreeWidget>(&dialog, "hoursTable")->topLevelItemCount(), 8);
    QCOMPARE(child<QTreeWidget>(&dialog, "monthTable")->topLevelItemCount(), 13); // 12 months and the total
    QVERIFY(child<QTreeWidget>(&dialog, "stepTable")->topLevelItemCount() > 0);
    const QStringList names { QStringLiteral("profile"), QStringLiteral("status"), QStringLiteral("checks"),
        QStringLiteral("hours"), QStringLiteral("training"), QStringLiteral("supervision"),
        QStringLiteral("lived-experience") };
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        screenshot(&dialog, QStringLiteral("workforce-record-%1").arg(names.value(i)));
    }

    // Changing status through the form: a pause without a reason is refused in words.
    tabs->setCurrentIndex(1);
    bool refused = false;
    whenModal<ui::FormDialog>([&](ui::FormDialog* d) {
        auto* status = child<QComboBox>(d, "statusCombo");
        status->setCurrentIndex(status->findData(QStringLiteral("paused")));
        click(d, "okButton");
        auto* problem = child<QLabel>(d, "problemLabel");
        refused = d->isVisible() && problem->isVisible() && problem->text().contains(QStringLiteral("reason"));
        screenshot(d, QStringLiteral("workforce-change-status-problem"));
        QTest::keyClicks(child<QLineEdit>(d, "reasonEdit"), QStringLiteral("own health"));
        click(d, "okButton");
    });
    click(&dialog, "changeStatusButton");
    QVERIFY(refused);
    QCOMPARE(child<QTreeWidget>(&dialog, "statusTable")->topLevelItemCount(), 2);
    QVERIFY(child<QLabel>(&dialog, "summaryLabel")->text().contains(core::WorkforceService::statusName("paused")));
    m_undo.undo();
    QCOMPARE(child<QTreeWidget>(&dialog, "statusTable")->topLevelItemCount(), 1);
}

void TstWorkforceUi::completionAddedOnTheTrainingTab()
{
    ui::WorkerRecordDialog dialog(*m_db, m_admin, &m_undo, m_asha);
    dialog.show();
    dialog.tabs()->setCurrentIndex(tabIndex(dialog.tabs(), QStringLiteral("Training")));
    auto* table = child<QTreeWidget>(&dialog, "completionTable");
    QCOMPARE(table->topLevelItemCount(), 0);
    QString futureProblem;
    QString course;
    whenModal<ui::CompletionDialog>([&](ui::CompletionDialog* d) {
        auto* combo = child<QComboBox>(d, "courseCombo");
        QVERIFY(combo->count() > 0);
        course = combo->currentText();
        auto* completed = child<QDateEdit>(d, "completedOnEdit");
        completed->setDate(kToday.addDays(3));
        click(d, "okButton");
        futureProblem = child<QLabel>(d, "problemLabel")->text();
        screenshot(d, QStringLiteral("workforce-completion-problem"));
        completed->setDate(kToday.addDays(-30));
        click(d, "okButton");
    });
    click(&dialog, "addCompletionButton");
    QVERIFY(futureProblem.contains(QStringLiteral("future")));
    QCOMPARE(table->topLevelItemCount(), 1);
    QCOMPARE(table->topLevelItem(0)->text(0), course);
    screenshot(&dialog, QStringLiteral("workforce-record-training-with-row"));
    auto completions = core::TrainingService(*m_db).completions(m_admin, m_asha);
    QVERIFY(completions);
    QCOMPARE(completions.value().size(), 1);
}

void TstWorkforceUi::undoRestoresAnEditedProfile()
{
    ui::WorkerRecordDialog dialog(*m_db, m_admin, &m_undo, m_asha);
    dialog.show();
    auto* email = child<QLineEdit>(&dialog, "emailEdit");
    const QString old = email->text();
    QCOMPARE(old, QStringLiteral("asha@example.org"));
    email->clear();
    QTest::keyClicks(email, QStringLiteral("asha.patel@example.org"));
    click(&dialog, "saveProfileButton");
    QCOMPARE(
        core::WorkforceService(*m_db).profile(m_admin, m_asha).value().email, QStringLiteral("asha.patel@example.org"));

    // Ctrl+Z in the record undoes through the window's stack; the form shows the old value again.
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.tabs()->setFocus();
    QTest::keyClick(dialog.tabs(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(core::WorkforceService(*m_db).profile(m_admin, m_asha).value().email, old);
    QCOMPARE(email->text(), old);
    child<QAbstractButton>(&dialog, "redoButton")->click();
    QCOMPARE(email->text(), QStringLiteral("asha.patel@example.org"));
    m_undo.undo();
    QCOMPARE(email->text(), old);

    // An invalid email stays in the form with the service's reason shown.
    email->setText(QStringLiteral("not-an-address"));
    click(&dialog, "saveProfileButton");
    auto* message = child<QLabel>(&dialog, "messageLabel");
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QStringLiteral("@")));
    QCOMPARE(core::WorkforceService(*m_db).profile(m_admin, m_asha).value().email, old);
}

void TstWorkforceUi::supervisorSeesNoLivedExperienceAndNoEditing()
{
    ui::WorkerRecordDialog dialog(*m_db, as(Role::Supervisor), &m_undo, m_asha);
    dialog.show();
    QCOMPARE(dialog.tabs()->count(), 6);
    QCOMPARE(tabIndex(dialog.tabs(), QStringLiteral("Lived Experience")), -1);
    QVERIFY(!child<QWidget>(&dialog, "areasList"));
    QVERIFY(child<QPushButton>(&dialog, "saveProfileButton")->isHidden());
    QVERIFY(child<QPushButton>(&dialog, "addRoleButton")->isHidden());
    QVERIFY(child<QPushButton>(&dialog, "addCompletionButton")->isHidden());
    QVERIFY(child<QLineEdit>(&dialog, "emailEdit")->isReadOnly());

    ui::WorkforcePage page;
    page.setContext(m_db.get(), as(Role::Supervisor), &m_undo);
    QVERIFY(child<QPushButton>(&page, "addWorkerButton")->isHidden());
}

void TstWorkforceUi::emptyStateOffersToAdd()
{
    QTemporaryDir dir;
    auto db = test::openOrCreate(dir.filePath(QStringLiteral("empty.alongside")));
    QVERIFY(db);
    ui::WorkforcePage page;
    page.setContext(db.get(), m_admin, nullptr);
    page.resize(900, 520);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(child<QPushButton>(&page, "emptyAddWorkerButton")->isVisible());
    QVERIFY(!child<QTableView>(&page, "workersTable")->isVisible());
    QVERIFY(child<QLabel>(&page, "emptyText")->text().contains(QStringLiteral("Nobody")));
    screenshot(&page, QStringLiteral("workforce-empty"));
    page.clear();
}

QTEST_MAIN(TstWorkforceUi)
#include "tst_workforceui.moc"
