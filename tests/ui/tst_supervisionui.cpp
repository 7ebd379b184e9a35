// The supervision screens: the Supervision area under each role (a supervisor sees only their own
// supervisees, coordinators everyone, trustees and read-only accounts nothing), the compliance
// table's filters, counts, CSV and print (never with private notes), marking an action done and
// undoing it, the history with its wellbeing chart, the dashboard's overdue box, the supervision
// intervals in Settings, and supervisors added on a worker's record. With ALONGSIDE_SCREENSHOTS=DIR
// set, it saves PNGs over the medium demo charity (and the printed PDF) for a person to look at.

#include "core/auth/permissions.h"
#include "core/models/supervisionmodel.h"
#include "core/services/demogenerator.h"
#include "core/services/settingsservice.h"
#include "core/supervision/supervisionreport.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/workforceservice.h"
#include "support/peoplesetup.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/common/prompts.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/supervision/supervisionentrydialog.h"
#include "ui/supervision/supervisionhistorydialog.h"
#include "ui/supervision/supervisionpage.h"
#include "ui/supervision/wellbeingchart.h"
#include "ui/workforce/formdialog.h"
#include "ui/workforce/workerrecorddialog.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace alongside;
using Role = core::Actor::Role;
using core::SupervisionDueState;
using core::SupervisionService;
using test::checkKeyboardAndNames;
using test::click;
using test::screenshot;
using test::whenModal;

namespace {

const QDate kToday(2026, 11, 22);
const QString kPrivateMarker = QStringLiteral("PRIVATE-NOTE-MARKER-7Q");

core::Actor as(Role role, qint64 workerId = 0, const QString& name = QStringLiteral("tester"))
{
    core::Actor a = core::Actor::localUser();
    a.role = role;
    a.userName = name;
    a.displayName = name;
    a.workerId = workerId;
    return a;
}

template<typename W> W* child(QWidget* parent, const char* name)
{
    return parent->findChild<W*>(QString::fromLatin1(name));
}

/** The names in a view's first column, in order. */
QStringList namesIn(QTableView* table)
{
    QStringList names;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        names << table->model()->index(r, core::SupervisionModel::Name).data().toString();
    }
    return names;
}

QString roleName(Role role)
{
    return core::Permissions::roleKey(role);
}

} // namespace

class TstSupervisionUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void pageUnderEachRole_data();
    void pageUnderEachRole();
    void complianceFiltersAndCounts();
    void csvAndPrintHoldNoPrivateNotes();
    void markActionDoneAndUndo();
    void recordingFromThePageBringsThemUpToDate();
    void historyOpensASession();
    void historyChartHasTwoSeries();
    void historyWithOnePointSaysSo();
    void dashboardListsTheOverdue();
    void settingsIntervalChangesNextDue();
    void workerRecordAddsASupervisor();
    void screenshotsOverTheDemoCharity();

private:
    qint64 addEntry(const core::Actor& actor, const QDate& day, qint64 supervisor, const QList<qint64>& people,
        std::optional<int> in, std::optional<int> out, const QString& summary, const QString& notes = {},
        const QList<core::SupervisionAction>& actions = {});
    void addArrangement(qint64 worker, qint64 supervisor, const QString& external = {});
    int arrangementsOf(qint64 worker);

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::Actor m_admin = as(Role::Administrator);
    core::Actor m_coordinator = as(Role::Coordinator);
    core::Actor m_sam; // the supervisor's account
    qint64 m_samId = 0; // supervises Ada, Dan and Uma
    qint64 m_oluId = 0; // supervises Bea
    qint64 m_adaId = 0; // overdue by 48 days; four check-ins that fall; an open action; private notes
    qint64 m_danId = 0; // due soon (in 4 days); one check-in
    qint64 m_umaId = 0; // up to date
    qint64 m_beaId = 0; // overdue by 79 days
};

qint64 TstSupervisionUi::addEntry(const core::Actor& actor, const QDate& day, qint64 supervisor,
    const QList<qint64>& people, std::optional<int> in, std::optional<int> out, const QString& summary,
    const QString& notes, const QList<core::SupervisionAction>& actions)
{
    core::SupervisionEntry e;
    e.heldOn = day;
    e.kind
        = QString::fromLatin1(people.size() > 1 ? core::supervision::kGroupReflective : core::supervision::kReflective);
    e.supervisorWorkerId = supervisor;
    e.supervisorKind = QString::fromLatin1(core::supervision::kPeer);
    for (qint64 id : people) {
        core::SupervisionAttendee a;
        a.workerId = id;
        a.wellbeingIn = in;
        a.wellbeingOut = out;
        a.signedOn = day;
        e.attendees << a;
    }
    e.summary = summary;
    if (!notes.isEmpty()) {
        e.privateNotes = notes;
    }
    e.actions = actions;
    e.supervisorSignedOn = day;
    auto id = SupervisionService(*m_db).saveEntry(actor, e);
    if (!id) {
        qWarning() << "saveEntry:" << id.message();
        return 0;
    }
    return id.value();
}

void TstSupervisionUi::addArrangement(qint64 worker, qint64 supervisor, const QString& external)
{
    core::SupervisionArrangement a;
    a.workerId = worker;
    a.supervisorWorkerId = supervisor;
    a.externalSupervisor = external;
    a.supervisorKind = QString::fromLatin1(supervisor > 0 ? core::supervision::kPeer : core::supervision::kExternal);
    a.organisation = supervisor > 0 ? QString() : QStringLiteral("Partner NHS trust");
    a.startsOn = QDate(2026, 1, 1);
    auto id = SupervisionService(*m_db).saveArrangement(m_admin, a);
    QVERIFY2(id, qPrintable(id.message()));
}

int TstSupervisionUi::arrangementsOf(qint64 worker)
{
    return test::scalar(
        *m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement WHERE worker_id = %1").arg(worker))
        .toInt();
}

void TstSupervisionUi::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("supervision.alongside")));
    QVERIFY(m_db);
    core::SettingsService settings(*m_db);
    auto s = settings.load(m_admin);
    QVERIFY(s);
    s.value().charityName = QStringLiteral("Riverside Peer Support");
    s.value().supervisionDueSoonDays = 7;
    QVERIFY(settings.save(m_admin, s.value()));

    auto mentor = [&](const QString& given, const QString& family, const QString& role, const QDate& until) {
        test::MentorSetup setup;
        setup.given = given;
        setup.family = family;
        setup.role = role;
        setup.supervisedUntil = until;
        return test::addMentor(*m_db, m_admin, setup);
    };
    const QString supervisorRole = QStringLiteral("Peer supervisor");
    const QString volunteer = QStringLiteral("Volunteer peer mentor");
    m_samId = mentor(QStringLiteral("Sam"), QStringLiteral("Hart"), supervisorRole, QDate(2026, 11, 5));
    m_oluId = mentor(QStringLiteral("Olu"), QStringLiteral("Green"), supervisorRole, QDate(2026, 11, 5));
    m_adaId = mentor(QStringLiteral("Ada"), QStringLiteral("Byrne"), volunteer, QDate());
    m_danId = mentor(QStringLiteral("Dan"), QStringLiteral("Evans"), volunteer, QDate());
    m_umaId = mentor(QStringLiteral("Uma"), QStringLiteral("Ahmed"), volunteer, QDate(2026, 11, 5));
    m_beaId = mentor(QStringLiteral("Bea"), QStringLiteral("Quinn"), volunteer, QDate(2026, 8, 5));
    QVERIFY(m_samId && m_oluId && m_adaId && m_danId && m_umaId && m_beaId);
    m_sam = as(Role::Supervisor, m_samId, QStringLiteral("Sam Hart"));

    addArrangement(m_adaId, m_samId);
    addArrangement(m_adaId, 0, QStringLiteral("Jo Field"));
    addArrangement(m_danId, m_samId);
    addArrangement(m_umaId, m_samId);
    addArrangement(m_beaId, m_oluId);

    // Ada's check-ins fall over four sessions with Sam; the last has private notes and an action.
    QVERIFY(addEntry(m_sam, QDate(2026, 6, 5), m_samId, { m_adaId }, 7, 8, QStringLiteral("Settling into mentoring.")));
    QVERIFY(addEntry(m_sam, QDate(2026, 7, 5), m_samId, { m_adaId }, 6, 7, QStringLiteral("A difficult ending.")));
    QVERIFY(
        addEntry(m_sam, QDate(2026, 8, 5), m_samId, { m_adaId }, 4, 6, QStringLiteral("Boundaries with a mentee.")));
    core::SupervisionAction action;
    action.description = QStringLiteral("Read the boundaries guide");
    action.ownerWorkerId = m_adaId;
    action.dueOn = QDate(2026, 10, 1);
    QVERIFY(addEntry(m_sam, QDate(2026, 9, 5), m_samId, { m_adaId }, 3, 5,
        QStringLiteral("Talked about self-disclosure."), kPrivateMarker, { action }));
    QVERIFY(addEntry(m_sam, QDate(2026, 10, 27), m_samId, { m_danId }, 6, 7, QStringLiteral("Caseload review.")));
}

void TstSupervisionUi::cleanupTestCase()
{
    m_db.reset();
    m_clock.reset();
}

void TstSupervisionUi::init()
{
    ui::prompts::takeShown();
}

void TstSupervisionUi::pageUnderEachRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("who"); // "sam", "olu", "none"
    QTest::addColumn<bool>("everyone");
    QTest::addColumn<QStringList>("supervisees");
    QTest::addColumn<QString>("message");
    const QStringList sams { QStringLiteral("Ada Byrne"), QStringLiteral("Dan Evans"), QStringLiteral("Uma Ahmed") };
    QTest::newRow("a coordinator sees everyone and chooses a supervisor")
        << int(Role::Coordinator) << QStringLiteral("none") << true << sams << QString();
    QTest::newRow("an administrator too")
        << int(Role::Administrator) << QStringLiteral("none") << true << sams << QString();
    QTest::newRow("a supervisor sees only their own supervisees")
        << int(Role::Supervisor) << QStringLiteral("sam") << false << sams << QString();
    QTest::newRow("another supervisor, theirs") << int(Role::Supervisor) << QStringLiteral("olu") << false
                                                << QStringList { QStringLiteral("Bea Quinn") } << QString();
    QTest::newRow("a supervisor account with no worker record is told why")
        << int(Role::Supervisor) << QStringLiteral("none") << false << QStringList() << QStringLiteral("not linked");
    QTest::newRow("a trustee sees no one")
        << int(Role::Trustee) << QStringLiteral("none") << false << QStringList() << QStringLiteral("supervision");
    QTest::newRow("a read-only account sees no one")
        << int(Role::ReadOnly) << QStringLiteral("none") << false << QStringList() << QStringLiteral("supervision");
}

void TstSupervisionUi::pageUnderEachRole()
{
    QFETCH(int, role);
    QFETCH(QString, who);
    QFETCH(bool, everyone);
    QFETCH(QStringList, supervisees);
    QFETCH(QString, message);
    const qint64 worker = who == QLatin1String("sam") ? m_samId : (who == QLatin1String("olu") ? m_oluId : 0);
    QUndoStack undo;
    ui::SupervisionPage page;
    page.resize(1200, 800);
    page.setContext(m_db.get(), as(Role(role), worker), &undo);
    page.show();
    auto* tabs = child<QTabWidget>(&page, "supervisionTabs");
    QCOMPARE(tabs->isTabVisible(test::tabIndex(tabs, QStringLiteral("Everyone"))), everyone);
    auto* combo = child<QComboBox>(&page, "supervisorCombo");
    QCOMPARE(combo->isVisibleTo(&page), everyone);
    if (everyone) {
        // Coordinators choose among the people who supervise someone now: Sam (3) and Olu (1).
        QCOMPARE(combo->count(), 2);
        QVERIFY(page.chooseSupervisor(m_samId));
        QVERIFY(combo->currentText().contains(QStringLiteral("3 supervisees")));
        QVERIFY(!page.chooseSupervisor(m_adaId));
        QCOMPARE(page.complianceTable()->model()->rowCount(), 6);
    }
    QStringList shown = namesIn(page.superviseesTable());
    shown.sort();
    QCOMPARE(shown, supervisees);
    auto* note = child<QLabel>(&page, "superviseesMessage");
    QCOMPARE(note->isVisibleTo(&page), !message.isEmpty());
    if (!message.isEmpty()) {
        QVERIFY2(note->text().contains(message), qPrintable(note->text()));
    }
    // The supervisor column is left out of "my supervisees": it would say the same on every row.
    QVERIFY(page.superviseesTable()->isColumnHidden(core::SupervisionModel::Supervisors));
    if (!supervisees.isEmpty()) {
        // Words and a symbol, not colour alone.
        const QModelIndex state = page.superviseesTable()->model()->index(0, core::SupervisionModel::State);
        QVERIFY(!state.data().toString().isEmpty());
        QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    }
    // Open actions: Ada's, from her session with Sam.
    const int actions = page.actionsList()->topLevelItemCount();
    QCOMPARE(actions, supervisees.contains(QStringLiteral("Ada Byrne")) ? 1 : 0);
    if (actions == 1) {
        QVERIFY(page.actionsList()->topLevelItem(0)->text(0).contains(QStringLiteral("boundaries guide")));
        QVERIFY(page.actionsList()->topLevelItem(0)->text(3).startsWith(QStringLiteral("Overdue")));
        QCOMPARE(child<QPushButton>(&page, "markActionDoneButton")->isVisibleTo(&page),
            core::Permissions::allowed(Role(role), core::Permissions::Action::RecordSupervision));
    }
    checkKeyboardAndNames(&page, { QStringLiteral("superviseesTable"), QStringLiteral("openActionsList") });
    if (everyone) {
        checkKeyboardAndNames(&page,
            { QStringLiteral("supervisorCombo"), QStringLiteral("supervisionSearch"),
                QStringLiteral("supervisionStateFilter"), QStringLiteral("supervisionComplianceTable"),
                QStringLiteral("supervisionExport"), QStringLiteral("supervisionPrint"),
                QStringLiteral("supervisionPdf"), QStringLiteral("recordSupervisionButton"),
                QStringLiteral("superviseeHistoryButton"), QStringLiteral("markActionDoneButton") });
    }
    screenshot(&page, QStringLiteral("supervision-page-") + roleName(Role(role)) + QLatin1Char('-') + who);
}

void TstSupervisionUi::complianceFiltersAndCounts()
{
    QUndoStack undo;
    ui::SupervisionPage page;
    page.setContext(m_db.get(), m_coordinator, &undo);
    page.showTab(ui::SupervisionPage::Tab::Everyone);
    QTableView* table = page.complianceTable();
    QCOMPARE(table->model()->rowCount(), 6);
    auto* summary = child<QLabel>(&page, "supervisionSummary");
    QCOMPARE(
        summary->text(), QStringLiteral("Showing 6 of 6 people. Of everyone: 2 overdue, 1 due soon, 3 up to date."));

    page.showState(SupervisionDueState::Overdue);
    QStringList overdue = namesIn(table);
    overdue.sort();
    QCOMPARE(overdue, (QStringList { QStringLiteral("Ada Byrne"), QStringLiteral("Bea Quinn") }));
    QVERIFY(summary->text().startsWith(QStringLiteral("Showing 2 of 6 people.")));
    QCOMPARE(page.shownTable().rows.size(), 2);
    // Most overdue first when sorted by the state: Bea (79 days), then Ada (48).
    table->sortByColumn(core::SupervisionModel::State, Qt::AscendingOrder);
    QCOMPARE(namesIn(table), (QStringList { QStringLiteral("Bea Quinn"), QStringLiteral("Ada Byrne") }));
    QVERIFY(table->model()->index(0, core::SupervisionModel::State).data().toString().contains(QStringLiteral("79")));
    QVERIFY(table->model()->index(1, core::SupervisionModel::State).data().toString().contains(QStringLiteral("48")));

    page.showState(SupervisionDueState::DueSoon);
    QCOMPARE(namesIn(table), QStringList { QStringLiteral("Dan Evans") });
    // Counts are spelled out in English, not "%n" plurals: "1 person", never "1 people".
    QVERIFY(page.printableHtml().contains(QStringLiteral("Due soon: within 7 days. 1 person shown:")));
    page.showState(std::nullopt);
    // Search finds names, roles and supervisors: Olu himself, and Bea, whom he supervises.
    child<QLineEdit>(&page, "supervisionSearch")->setText(QStringLiteral("olu green"));
    QStringList found = namesIn(table);
    found.sort();
    QCOMPARE(found, (QStringList { QStringLiteral("Bea Quinn"), QStringLiteral("Olu Green") }));
    QVERIFY(summary->text().startsWith(QStringLiteral("Showing 2 of 6 people.")));
    child<QLineEdit>(&page, "supervisionSearch")->setText(QStringLiteral("nobody by this name"));
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&page, "supervisionExport")->isEnabled());
    child<QLineEdit>(&page, "supervisionSearch")->clear();
    QCOMPARE(table->model()->rowCount(), 6);
    QVERIFY(child<QPushButton>(&page, "supervisionExport")->isEnabled());

    // Double-click (or Enter) on a person opens their history.
    qint64 opened = 0;
    whenModal<ui::SupervisionHistoryDialog>([&](ui::SupervisionHistoryDialog* d) {
        opened = d->workerId();
        d->reject();
    });
    table->sortByColumn(core::SupervisionModel::Name, Qt::AscendingOrder);
    const QModelIndex first = table->model()->index(0, 0);
    table->setCurrentIndex(first);
    emit table->activated(first);
    QCOMPARE(opened, first.data(core::SupervisionModel::WorkerIdRole).toLongLong());
    QVERIFY(opened > 0);
}

void TstSupervisionUi::csvAndPrintHoldNoPrivateNotes()
{
    QUndoStack undo;
    ui::SupervisionPage page;
    page.setContext(m_db.get(), m_coordinator, &undo);
    page.showState(SupervisionDueState::Overdue);
    const core::SupervisionCompliance shown = page.shownTable();
    QCOMPARE(shown.rows.size(), 2);

    const QString csvPath = m_dir.filePath(QStringLiteral("supervision.csv"));
    ui::prompts::queueFileName(csvPath);
    page.exportCsv();
    const QByteArray csv = test::fileBytes(csvPath);
    QCOMPARE(csv, core::SupervisionReport::toCsv(shown));
    QCOMPARE(csv.count('\n'), shown.rows.size() + 1);
    QVERIFY(csv.contains("Ada Byrne"));
    QVERIFY(csv.contains("Bea Quinn"));
    QVERIFY(!csv.contains("Dan Evans")); // only what is shown
    QVERIFY(!csv.contains(kPrivateMarker.toUtf8()));

    page.showState(std::nullopt);
    const QString html = page.printableHtml();
    QVERIFY(!html.contains(kPrivateMarker));
    QVERIFY(html.contains(QStringLiteral("Riverside Peer Support")));
    QVERIFY(html.contains(QStringLiteral("22 November 2026")));
    QVERIFY(html.contains(QStringLiteral("<thead>"))); // the header row repeats on every page
    QVERIFY(html.contains(QStringLiteral("Key:")));
    QVERIFY(html.contains(QStringLiteral("6 people shown: 2 overdue, 1 due soon, 3 up to date")));
    for (const QString& title : core::SupervisionReport::columnTitles()) {
        QVERIFY2(html.contains(title.toHtmlEscaped()), qPrintable(title));
    }

    const int auditBefore = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    QString pdfPath = m_dir.filePath(QStringLiteral("supervision.pdf"));
    const QString shots = qEnvironmentVariable("ALONGSIDE_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        pdfPath = shots + QStringLiteral("/supervision-table.pdf");
    }
    ui::prompts::queueFileName(pdfPath);
    page.saveAsPdf();
    const QStringList shownPrompts = ui::prompts::takeShown();
    QVERIFY2(!shownPrompts.join(QLatin1Char('\n')).contains(QStringLiteral("Could Not")),
        qPrintable(shownPrompts.join(QLatin1Char('\n'))));
    const QByteArray pdf = test::fileBytes(pdfPath);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(!pdf.contains(kPrivateMarker.toUtf8()));
    // The print is recorded in the audit log.
    QVERIFY(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() > auditBefore);

    // A supervisor has no Everyone tab, and no export.
    ui::SupervisionPage supervisor;
    supervisor.setContext(m_db.get(), m_sam, &undo);
    QVERIFY(!child<QWidget>(&supervisor, "supervisionExport")->isVisibleTo(&supervisor));
}

void TstSupervisionUi::markActionDoneAndUndo()
{
    QUndoStack undo;
    ui::SupervisionPage page;
    page.setContext(m_db.get(), m_sam, &undo);
    page.show();
    QTreeWidget* actions = page.actionsList();
    QCOMPARE(actions->topLevelItemCount(), 1);
    const auto openCount = [&] {
        return test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_action WHERE done_on IS NULL"))
            .toInt();
    };
    QCOMPARE(openCount(), 1);
    actions->setCurrentItem(actions->topLevelItem(0));
    click(&page, "markActionDoneButton");
    QCOMPARE(actions->topLevelItemCount(), 0);
    QCOMPARE(openCount(), 0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT done_on FROM supervision_action")).toString(),
        kToday.toString(Qt::ISODate));
    QCOMPARE(child<QLabel>(&page, "actionsCount")->text(), QStringLiteral("No open actions."));
    QVERIFY(undo.canUndo());
    QVERIFY(undo.undoText().contains(QStringLiteral("boundaries guide")));

    undo.undo();
    page.refresh(); // the main window refreshes its pages whenever the undo stack moves
    QCOMPARE(openCount(), 1);
    QCOMPARE(actions->topLevelItemCount(), 1);
    undo.redo();
    page.refresh();
    QCOMPARE(openCount(), 0);
    QCOMPARE(actions->topLevelItemCount(), 0);
    undo.undo(); // leave it open for the other tests
    QCOMPARE(openCount(), 1);
}

void TstSupervisionUi::recordingFromThePageBringsThemUpToDate()
{
    // Sam selects Dan (due soon) and Uma (up to date) and records a group session with them today.
    QUndoStack undo;
    ui::SupervisionPage page;
    page.setContext(m_db.get(), m_sam, &undo);
    page.show();
    QTableView* table = page.superviseesTable();
    const auto stateOf = [&](qint64 worker) {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex i = table->model()->index(r, core::SupervisionModel::State);
            if (i.data(core::SupervisionModel::WorkerIdRole).toLongLong() == worker) {
                return SupervisionDueState(i.data(core::SupervisionModel::StateRole).toInt());
            }
        }
        return SupervisionDueState::Overdue;
    };
    QCOMPARE(stateOf(m_danId), SupervisionDueState::DueSoon);
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex i = table->model()->index(r, 0);
        const qint64 id = i.data(core::SupervisionModel::WorkerIdRole).toLongLong();
        if (id == m_danId || id == m_umaId) {
            table->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    QStringList people;
    bool saved = false;
    whenModal<ui::SupervisionEntryDialog>([&](ui::SupervisionEntryDialog* d) {
        for (int row = 0; row < 2; ++row) {
            if (auto* name = d->findChild<QLabel*>(QStringLiteral("personLabel%1").arg(row))) {
                people << name->text();
            }
        }
        QCOMPARE(d->findChild<QComboBox*>(QStringLiteral("kindCombo"))->currentData().toString(),
            QString::fromLatin1(core::supervision::kGroupReflective));
        d->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"))->setPlainText(QStringLiteral("Group check-in."));
        click(d, "saveButton");
        saved = !d->isVisible();
        if (!saved) {
            qWarning() << ui::prompts::takeShown();
        }
    });
    click(&page, "recordSupervisionButton");
    QVERIFY(saved);
    people.sort();
    QCOMPARE(people.size(), 2);
    QVERIFY(people.at(0).contains(QStringLiteral("Dan Evans")));
    QVERIFY(people.at(1).contains(QStringLiteral("Uma Ahmed")));
    // Both are up to date now, and Ada is still overdue.
    QCOMPARE(stateOf(m_danId), SupervisionDueState::UpToDate);
    QCOMPARE(stateOf(m_umaId), SupervisionDueState::UpToDate);
    QCOMPARE(stateOf(m_adaId), SupervisionDueState::Overdue);
    // One undo takes the session back.
    QVERIFY(undo.canUndo());
    undo.undo();
    page.refresh();
    QCOMPARE(stateOf(m_danId), SupervisionDueState::DueSoon);
}

void TstSupervisionUi::historyOpensASession()
{
    QUndoStack undo;
    ui::SupervisionHistoryDialog dialog(*m_db, m_sam, &undo, m_adaId, QStringLiteral("Ada Byrne"));
    dialog.show();
    QTreeWidget* sessions = dialog.sessionsTable();
    QCOMPARE(sessions->topLevelItemCount(), 4);
    sessions->setCurrentItem(sessions->topLevelItem(0));
    QString summary;
    whenModal<ui::SupervisionEntryDialog>([&](ui::SupervisionEntryDialog* d) {
        summary = d->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"))->toPlainText();
        d->reject();
    });
    click(&dialog, "historyOpenButton");
    QCOMPARE(summary, QStringLiteral("Talked about self-disclosure."));
    QVERIFY(!dialog.madeChanges());
}

void TstSupervisionUi::historyChartHasTwoSeries()
{
    QUndoStack undo;
    ui::SupervisionHistoryDialog dialog(*m_db, m_coordinator, &undo, m_adaId, QStringLiteral("Ada Byrne"));
    dialog.show();
    // Two supervisors: Sam here, and Jo Field at a partner.
    QCOMPARE(child<QTreeWidget>(&dialog, "historyArrangements")->topLevelItemCount(), 2);
    QTreeWidget* sessions = dialog.sessionsTable();
    QCOMPARE(sessions->topLevelItemCount(), 4);
    QCOMPARE(sessions->topLevelItem(0)->text(0), ui::shortDate(QDate(2026, 9, 5)));
    // The notes are not shown here (nor to a coordinator at all); only that there are some.
    QVERIFY(sessions->topLevelItem(0)->text(4).contains(QStringLiteral("private notes")));
    for (int i = 0; i < sessions->topLevelItemCount(); ++i) {
        for (int c = 0; c < sessions->columnCount(); ++c) {
            QVERIFY(!sessions->topLevelItem(i)->text(c).contains(kPrivateMarker));
        }
    }
    QVERIFY(child<QLabel>(&dialog, "historyDueLabel")->text().contains(QStringLiteral("48")));
    // The state is shown by the tables' icon beside the words, not by a bare "!" or "✕" before them.
    QVERIFY2(child<QLabel>(&dialog, "historyDueLabel")->text().startsWith(QStringLiteral("Next supervision due on")),
        qPrintable(child<QLabel>(&dialog, "historyDueLabel")->text()));
    QVERIFY(child<QLabel>(&dialog, "historyDueIcon")->isVisibleTo(&dialog));
    QVERIFY(!child<QLabel>(&dialog, "historyDueIcon")->pixmap().isNull());

    ui::WellbeingChart* chart = dialog.chart();
    QVERIFY(chart->chartView());
    QCOMPARE(chart->chartView()->chart()->series().size(), 2);
    QLineSeries* in = chart->checkInSeries();
    QLineSeries* out = chart->checkOutSeries();
    QVERIFY(in && out);
    const QList<QDate> days { QDate(2026, 6, 5), QDate(2026, 7, 5), QDate(2026, 8, 5), QDate(2026, 9, 5) };
    const QList<int> ins { 7, 6, 4, 3 };
    const QList<int> outs { 8, 7, 6, 5 };
    QCOMPARE(in->count(), 4);
    QCOMPARE(out->count(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(in->at(i).x())).date(), days.at(i));
        QCOMPARE(int(in->at(i).y()), ins.at(i));
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(qint64(out->at(i).x())).date(), days.at(i));
        QCOMPARE(int(out->at(i).y()), outs.at(i));
    }
    // Told apart by line style and marker as well as colour, with a legend.
    QVERIFY(in->pen().style() != out->pen().style());
    QVERIFY(in->lightMarker() != out->lightMarker());
    QVERIFY(chart->chartView()->chart()->legend()->isVisible());
    // In words too.
    const QString summary = chart->summary();
    QVERIFY2(summary.startsWith(QStringLiteral("4 check-ins")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("latest 3 out of 10")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("5 Jun 2026")));
    QCOMPARE(chart->chartView()->accessibleDescription(), summary);
    QVERIFY(!chart->chartView()->accessibleName().isEmpty());
    checkKeyboardAndNames(&dialog,
        { QStringLiteral("historySessions"), QStringLiteral("historyArrangements"),
            QStringLiteral("wellbeingChartView"), QStringLiteral("historyOpenButton"),
            QStringLiteral("historyPrintButton"), QStringLiteral("historyRecordButton") });

    // Sam reads the same history; the supervisor of Bea does not see Ada's sessions.
    ui::SupervisionHistoryDialog olus(
        *m_db, as(Role::Supervisor, m_oluId), &undo, m_adaId, QStringLiteral("Ada Byrne"));
    QVERIFY(!olus.chart()->chartView());
    for (int i = 0; i < olus.sessionsTable()->topLevelItemCount(); ++i) {
        QVERIFY(olus.sessionsTable()->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() <= 0);
    }
}

void TstSupervisionUi::historyWithOnePointSaysSo()
{
    ui::SupervisionHistoryDialog dialog(*m_db, m_coordinator, nullptr, m_danId);
    dialog.show();
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Dan Evans"))); // looked up when not given
    QVERIFY(!dialog.chart()->chartView());
    auto* empty = child<QLabel>(&dialog, "wellbeingEmptyLabel");
    QVERIFY(empty->isVisibleTo(&dialog));
    QVERIFY2(empty->text().contains(QStringLiteral("Only one session")), qPrintable(empty->text()));
    QVERIFY(child<QLabel>(&dialog, "historyDueLabel")->text().contains(QStringLiteral("26 November 2026")));
}

void TstSupervisionUi::dashboardListsTheOverdue()
{
    ui::DashboardPage dashboard;
    dashboard.resize(1100, 900);
    dashboard.refresh(*m_db, m_coordinator);
    dashboard.show();
    QTreeWidget* list = dashboard.supervisionOverdueList();
    QVERIFY(list->isVisibleTo(&dashboard));
    QCOMPARE(list->topLevelItemCount(), 2);
    // Most overdue first, in words.
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Bea Quinn"));
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Overdue by 79 days"));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("Ada Byrne"));
    QCOMPARE(list->topLevelItem(1)->text(0), QStringLiteral("Overdue by 48 days"));
    QCOMPARE(list->topLevelItem(1)->text(3), QStringLiteral("Sam Hart (peer); Jo Field (external)"));
    QVERIFY(!list->topLevelItem(0)->icon(0).isNull());
    checkKeyboardAndNames(
        &dashboard, { QStringLiteral("supervisionOverdueList"), QStringLiteral("openSupervisionButton") });

    // Enter on a person opens their history, as the main window wires it.
    QUndoStack undo;
    ui::SupervisionPage page;
    page.setContext(m_db.get(), m_coordinator, &undo);
    QSignalSpy spy(&dashboard, &ui::DashboardPage::supervisionHistoryRequested);
    connect(&dashboard, &ui::DashboardPage::supervisionHistoryRequested, &page,
        [&page](qint64 id, const QString& name) { page.openHistory(id, name); });
    qint64 opened = 0;
    whenModal<ui::SupervisionHistoryDialog>([&](ui::SupervisionHistoryDialog* d) {
        opened = d->workerId();
        d->reject();
    });
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(opened, m_beaId);

    // A supervisor sees their own supervisees only; trustees see no names at all.
    ui::DashboardPage sams;
    sams.refresh(*m_db, m_sam);
    QCOMPARE(sams.supervisionOverdueList()->topLevelItemCount(), 1);
    QCOMPARE(sams.supervisionOverdueList()->topLevelItem(0)->text(1), QStringLiteral("Ada Byrne"));
    for (Role r : { Role::Trustee, Role::ReadOnly }) {
        ui::DashboardPage other;
        other.refresh(*m_db, as(r));
        QVERIFY(child<QWidget>(&other, "supervisionOverdueBox")->isHidden());
    }
    screenshot(&dashboard, QStringLiteral("supervision-dashboard-box"));
}

void TstSupervisionUi::settingsIntervalChangesNextDue()
{
    const auto nextDue = [&](qint64 worker) {
        auto due = SupervisionService::supervisionDue(*m_db, kToday);
        return due ? due.value().value(worker) : QDate();
    };
    QCOMPARE(nextDue(m_umaId), QDate(2026, 12, 5)); // 30 days after 5 November
    const qint64 volunteer
        = test::scalar(*m_db, QStringLiteral("SELECT id FROM role_type WHERE name = 'Volunteer peer mentor'"))
              .toLongLong();
    {
        ui::SettingsDialog dialog(*m_db, m_admin);
        dialog.show();
        QSpinBox* every = dialog.supervisionIntervalSpin(volunteer);
        QComboBox* unit = dialog.supervisionUnitCombo(volunteer);
        QVERIFY(every && unit);
        QCOMPARE(every->value(), 30);
        QCOMPARE(unit->currentData().toInt(), 1);
        checkKeyboardAndNames(
            &dialog, { QStringLiteral("supervisionDueSoonSpin"), every->objectName(), unit->objectName() });
        every->setValue(2);
        unit->setCurrentIndex(unit->findData(7)); // weeks
        child<QSpinBox>(&dialog, "supervisionDueSoonSpin")->setValue(14);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(nextDue(m_umaId), QDate(2026, 11, 19)); // two weeks after 5 November: overdue now
    auto settings = core::SettingsService(*m_db).load(m_admin);
    QVERIFY(settings);
    QCOMPARE(settings.value().supervisionDueSoonDays, 14);
    {
        // Shown back as two weeks; "None" stops supervision being expected of the role.
        ui::SettingsDialog dialog(*m_db, m_admin);
        QCOMPARE(dialog.supervisionIntervalSpin(volunteer)->value(), 2);
        QCOMPARE(dialog.supervisionUnitCombo(volunteer)->currentData().toInt(), 7);
        dialog.supervisionIntervalSpin(volunteer)->setValue(0);
        dialog.accept();
    }
    QVERIFY(!SupervisionService::supervisionDue(*m_db, kToday).value().contains(m_umaId));
    {
        ui::SettingsDialog dialog(*m_db, m_admin);
        dialog.supervisionIntervalSpin(volunteer)->setValue(30);
        dialog.supervisionUnitCombo(volunteer)->setCurrentIndex(0);
        child<QSpinBox>(&dialog, "supervisionDueSoonSpin")->setValue(7);
        dialog.accept();
    }
    QCOMPARE(nextDue(m_umaId), QDate(2026, 12, 5));
}

void TstSupervisionUi::workerRecordAddsASupervisor()
{
    QUndoStack undo;
    ui::WorkerRecordDialog record(*m_db, m_coordinator, &undo, m_danId);
    record.show();
    const int tab = test::tabIndex(record.tabs(), QStringLiteral("Supervision"));
    QVERIFY(tab >= 0);
    record.tabs()->setCurrentIndex(tab);
    auto* table = child<QTreeWidget>(&record, "arrangementTable");
    QCOMPARE(table->topLevelItemCount(), 1);
    QCOMPARE(table->topLevelItem(0)->text(0), QStringLiteral("Sam Hart"));
    QVERIFY(child<QLabel>(&record, "supervisionDueLabel")->text().contains(QStringLiteral("26 November 2026")));
    QVERIFY2(child<QLabel>(&record, "supervisionDueLabel")->text().startsWith(QStringLiteral("Next supervision")),
        qPrintable(child<QLabel>(&record, "supervisionDueLabel")->text()));
    QVERIFY(child<QLabel>(&record, "supervisionDueIcon")->isVisibleTo(&record));
    checkKeyboardAndNames(&record,
        { QStringLiteral("arrangementTable"), QStringLiteral("addArrangementButton"),
            QStringLiteral("supervisionHistoryButton") });

    bool checked = false;
    whenModal<ui::FormDialog>([&](ui::FormDialog* d) {
        checkKeyboardAndNames(d,
            { QStringLiteral("supervisorInsideRadio"), QStringLiteral("supervisorOutsideRadio"),
                QStringLiteral("supervisorWorkerCombo"), QStringLiteral("externalSupervisorEdit"),
                QStringLiteral("supervisorKindCombo"), QStringLiteral("organisationEdit"),
                QStringLiteral("arrangementStartsEdit") });
        // No one supervises themselves.
        QCOMPARE(child<QComboBox>(d, "supervisorWorkerCombo")->findData(m_danId), -1);
        child<QRadioButton>(d, "supervisorOutsideRadio")->setChecked(true);
        QCOMPARE(child<QComboBox>(d, "supervisorKindCombo")->currentData().toString(),
            QString::fromLatin1(core::supervision::kExternal));
        // An outside supervisor needs a name.
        click(d, "okButton");
        QVERIFY(d->isVisible());
        QTest::keyClicks(child<QLineEdit>(d, "externalSupervisorEdit"), QStringLiteral("Pat Partner"));
        QTest::keyClicks(child<QLineEdit>(d, "organisationEdit"), QStringLiteral("Riverside Trust"));
        screenshot(d, QStringLiteral("supervision-arrangement-form"));
        click(d, "okButton");
        checked = !d->isVisible();
    });
    click(&record, "addArrangementButton");
    QVERIFY(checked);
    QCOMPARE(table->topLevelItemCount(), 2);
    QCOMPARE(arrangementsOf(m_danId), 2);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT organisation FROM supervision_arrangement WHERE external_supervisor = 'Pat "
                                "Partner'"))
                 .toString(),
        QStringLiteral("Riverside Trust"));
    QVERIFY(undo.undoText().contains(QStringLiteral("Pat Partner")));
    screenshot(&record, QStringLiteral("supervision-worker-record-tab"));

    undo.undo();
    QCOMPARE(arrangementsOf(m_danId), 1);
    QCOMPARE(table->topLevelItemCount(), 1);
    undo.redo();
    QCOMPARE(arrangementsOf(m_danId), 2);
    undo.undo();

    // A supervisor sees the tab without the buttons to change it; a read-only account, no tab.
    ui::WorkerRecordDialog sams(*m_db, m_sam, nullptr, m_danId);
    QVERIFY(test::tabIndex(sams.tabs(), QStringLiteral("Supervision")) >= 0);
    QVERIFY(!child<QPushButton>(&sams, "addArrangementButton")->isVisibleTo(&sams));
    ui::WorkerRecordDialog readOnly(*m_db, as(Role::ReadOnly), nullptr, m_danId);
    QCOMPARE(test::tabIndex(readOnly.tabs(), QStringLiteral("Supervision")), -1);
}

void TstSupervisionUi::screenshotsOverTheDemoCharity()
{
    // The medium demo charity when screenshots are wanted; the small one otherwise, to keep runs quick.
    const bool shots = !qEnvironmentVariable("ALONGSIDE_SCREENSHOTS").isEmpty();
    auto db = test::openOrCreate(m_dir.filePath(QStringLiteral("demo.alongside")));
    QVERIFY(db);
    core::DemoGenerator::Options options;
    options.asAt = kToday;
    options.size = shots ? core::DemoGenerator::Size::Medium : core::DemoGenerator::Size::Small;
    QVERIFY(core::DemoGenerator::generate(*db, m_admin, options));

    if (test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement")).toInt() == 0) {
        // While the demo charity does not record who supervises whom, each worker's supervisor is taken
        // to be the one of their latest one-to-one session (as the upgrade to schema version 5 does).
        QVERIFY(test::execSql(*db,
            QStringLiteral(
                "INSERT INTO supervision_arrangement (worker_id, supervisor_id, external_supervisor, "
                "supervisor_kind, starts_on) SELECT a.worker_id, e.supervisor_id, CASE WHEN e.supervisor_id IS NULL "
                "THEN e.external_supervisor END, CASE WHEN e.supervisor_id IS NULL THEN 'external' ELSE 'peer' END, "
                "e.held_on FROM supervision_attendee a JOIN supervision_entry e ON e.id = a.entry_id WHERE "
                "(e.supervisor_id IS NOT NULL OR e.external_supervisor IS NOT NULL) AND e.id = (SELECT e3.id FROM "
                "supervision_entry e3 JOIN supervision_attendee a3 ON a3.entry_id = e3.id WHERE a3.worker_id = "
                "a.worker_id AND e3.kind <> 'group_reflective' AND (e3.supervisor_id IS NULL OR e3.supervisor_id <> "
                "a.worker_id) ORDER BY e3.held_on DESC, e3.id DESC LIMIT 1)")));
    }
    // The supervisor with the most supervisees today, signed in as themselves.
    const QString day = kToday.toString(Qt::ISODate);
    const qint64 supervisor = test::scalar(*db,
        QStringLiteral("SELECT supervisor_id FROM supervision_arrangement WHERE supervisor_id IS NOT NULL AND "
                       "starts_on <= '%1' AND (ends_on IS NULL OR ends_on >= '%1') GROUP BY supervisor_id "
                       "ORDER BY COUNT(*) DESC, supervisor_id LIMIT 1")
            .arg(day))
                                  .toLongLong();
    QVERIFY2(supervisor > 0, "the demo charity has current supervision arrangements");
    QUndoStack undo;
    {
        ui::SupervisionPage page;
        page.resize(1280, 820);
        page.setContext(db.get(), as(Role::Supervisor, supervisor, QStringLiteral("Supervisor")), &undo);
        page.show();
        QVERIFY(page.superviseesTable()->model()->rowCount() > 0);
        screenshot(&page, QStringLiteral("supervision-supervisor-view"));
    }
    {
        ui::SupervisionPage page;
        page.resize(1280, 820);
        page.setContext(db.get(), m_coordinator, &undo);
        page.showTab(ui::SupervisionPage::Tab::Everyone);
        page.show();
        QVERIFY(page.complianceTable()->model()->rowCount() > 10);
        QVERIFY(page.shownTable().count(SupervisionDueState::Overdue) > 0); // the demo has some overdue people
        // The type of the last session is shown whole, not cut short on nearly every row.
        QTableView* table = page.complianceTable();
        const QString reflective
            = core::SupervisionService::kindName(QString::fromLatin1(core::supervision::kReflective));
        QVERIFY(table->columnWidth(core::SupervisionModel::LastKind)
            >= table->fontMetrics().horizontalAdvance(reflective) + 8);
        screenshot(&page, QStringLiteral("supervision-compliance-table"));
        if (shots) {
            const QString pdf = qEnvironmentVariable("ALONGSIDE_SCREENSHOTS") + QStringLiteral("/supervision-demo.pdf");
            ui::prompts::queueFileName(pdf);
            page.saveAsPdf();
            QVERIFY(test::fileBytes(pdf).startsWith("%PDF"));
        }
    }
    {
        // The worker whose check-ins vary the most.
        const qint64 worker = test::scalar(*db,
            QStringLiteral("SELECT worker_id FROM supervision_attendee WHERE wellbeing_in IS NOT NULL GROUP BY "
                           "worker_id HAVING COUNT(*) >= 6 ORDER BY MAX(wellbeing_in) - MIN(wellbeing_in) DESC, "
                           "COUNT(*) DESC, worker_id LIMIT 1"))
                                  .toLongLong();
        QVERIFY(worker > 0);
        ui::SupervisionHistoryDialog dialog(*db, m_coordinator, &undo, worker);
        dialog.show();
        QVERIFY(dialog.chart()->chartView());
        QVERIFY(dialog.chart()->checkInSeries()->count() >= 6);
        screenshot(&dialog, QStringLiteral("supervision-history-chart"));
    }
    {
        ui::DashboardPage dashboard;
        dashboard.resize(1100, 1300);
        dashboard.refresh(*db, m_coordinator);
        dashboard.show();
        QVERIFY(dashboard.supervisionOverdueList()->topLevelItemCount() > 0);
        screenshot(&dashboard, QStringLiteral("supervision-dashboard"));
    }
    {
        ui::SettingsDialog dialog(*db, m_admin);
        dialog.resize(760, 700);
        dialog.show();
        auto* scroll = child<QScrollArea>(&dialog, "settingsScrollArea");
        scroll->ensureWidgetVisible(child<QWidget>(&dialog, "supervisionIntervals"), 20, 200);
        screenshot(&dialog, QStringLiteral("supervision-settings"));
    }
    {
        const qint64 supervisee = test::scalar(*db,
            QStringLiteral("SELECT worker_id FROM supervision_arrangement GROUP BY worker_id ORDER BY COUNT(*) DESC, "
                           "worker_id LIMIT 1"))
                                      .toLongLong();
        ui::WorkerRecordDialog record(*db, m_coordinator, &undo, supervisee);
        record.show();
        record.tabs()->setCurrentIndex(test::tabIndex(record.tabs(), QStringLiteral("Supervision")));
        QVERIFY(child<QTreeWidget>(&record, "arrangementTable")->topLevelItemCount() > 0);
        screenshot(&record, QStringLiteral("supervision-demo-worker-record"));
    }
}

QTEST_MAIN(TstSupervisionUi)
#include "tst_supervisionui.moc"
