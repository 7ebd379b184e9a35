#include "mainwindow.h"

#include "core/auth/accountservice.h"
#include "core/dataio/fullexport.h"
#include "core/db/backupmanager.h"
#include "core/paths.h"
#include "core/services/backupservice.h"
#include "core/services/demogenerator.h"
#include "core/services/settingsservice.h"
#include "ui/about/aboutdialog.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/accounts/logindialog.h"
#include "ui/audit/auditlogdialog.h"
#include "ui/backup/restoredialog.h"
#include "ui/common/inactivitywatcher.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/compliance/compliancepage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dataio/importwizard.h"
#include "ui/firstrun/firstrundialog.h"
#include "ui/involvement/involvementpage.h"
#include "ui/mainwindow/emptystatepage.h"
#include "ui/mainwindow/fullexportdialog.h"
#include "ui/mainwindow/lockedpage.h"
#include "ui/measures/measuresdialog.h"
#include "ui/people/caseloaddialog.h"
#include "ui/people/findpersondialog.h"
#include "ui/people/groupregisterdialog.h"
#include "ui/people/peoplepage.h"
#include "ui/privacy/retentionreviewdialog.h"
#include "ui/reports/reportspage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/supervision/supervisionpage.h"
#include "ui/training/cataloguesdialog.h"
#include "ui/training/recordcohortdialog.h"
#include "ui/training/trainingcataloguedialog.h"
#include "ui/workforce/workforcepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace alongside::ui {

namespace {

constexpr int kMaxRecent = 8;

QSettings userSettings()
{
    // Per-user, per-computer preferences (window layout, recent files). Charity settings live in
    // the database instead, so they travel with it.
    return QSettings(
        QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("alongside"), QStringLiteral("alongside"));
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Alongside"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(210);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setWordWrap(true);
    m_navigation->setSpacing(2);
    // Roomy rows, as in other desktop apps' sidebars; the selection colour comes from the palette.
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigationList { padding: 12px 0 0 8px; }"
                                               "QListWidget#navigationList::item { padding: 8px 10px; }"));
    m_navigation->addItem(tr("Dashboard"));
    m_navigation->addItem(tr("Volunteers and staff"));
    m_navigation->addItem(tr("Compliance"));
    m_navigation->addItem(tr("People supported"));
    m_navigation->addItem(tr("Supervision"));
    m_navigation->addItem(tr("Co-production and stories"));
    m_navigation->addItem(tr("Reports"));

    m_pages = new QStackedWidget(this);
    m_emptyState = new EmptyStatePage(this);
    m_dashboard = new DashboardPage(this);
    m_workforce = new WorkforcePage(this);
    m_compliance = new CompliancePage(this);
    m_people = new PeoplePage(this);
    m_supervision = new SupervisionPage(this);
    m_involvement = new InvolvementPage(this);
    m_reports = new ReportsPage(this);
    m_lockedPage = new LockedPage(this);
    m_pages->addWidget(m_emptyState);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_workforce);
    m_pages->addWidget(m_compliance);
    m_pages->addWidget(m_people);
    m_pages->addWidget(m_supervision);
    m_pages->addWidget(m_involvement);
    m_pages->addWidget(m_reports);
    m_pages->addWidget(m_lockedPage); // always last: navigation rows map to the pages before it

    // Navigation rows map to pages after the empty state, in order.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_db && !m_locked && row >= 0) {
            m_pages->setCurrentIndex(row + 1);
        }
    });
    connect(m_emptyState, &EmptyStatePage::createRequested, this, &MainWindow::newDatabase);
    connect(m_emptyState, &EmptyStatePage::openRequested, this, &MainWindow::openDatabaseDialog);
    connect(m_emptyState, &EmptyStatePage::demoRequested, this, &MainWindow::newDemoDatabase);
    connect(m_dashboard, &DashboardPage::settingsRequested, this, &MainWindow::showSettings);
    connect(m_dashboard, &DashboardPage::complianceRequested, this, [this] { showArea(Area::Compliance); });
    connect(m_dashboard, &DashboardPage::workerRequested, this, [this](qint64 id) { m_workforce->openWorker(id); });
    connect(m_dashboard, &DashboardPage::clientRequested, this, [this](qint64 id) { m_people->openClient(id); });
    connect(m_dashboard, &DashboardPage::supervisionHistoryRequested, this,
        [this](qint64 id, const QString& name) { m_supervision->openHistory(id, name); });
    connect(m_dashboard, &DashboardPage::supervisionRequested, this, [this] {
        showArea(Area::Supervision);
        m_supervision->showTab(SupervisionPage::Tab::Everyone);
    });
    connect(
        m_compliance, &CompliancePage::openWorkerRequested, this, [this](qint64 id) { m_workforce->openWorker(id); });
    // A change on one page shows on the others (the dashboard's reminders, the matrix).
    connect(m_workforce, &WorkforcePage::changed, this, &MainWindow::refresh);
    connect(m_people, &PeoplePage::changed, this, &MainWindow::refresh);
    connect(m_supervision, &SupervisionPage::changed, this, &MainWindow::refresh);
    connect(m_involvement, &InvolvementPage::changed, this, &MainWindow::refresh);
    connect(m_lockedPage, &LockedPage::unlockRequested, this, &MainWindow::unlock);
    connect(m_lockedPage, &LockedPage::closeRequested, this, &MainWindow::closeDatabase);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_statusUser = new QLabel(this);
    m_statusUser->setObjectName(QStringLiteral("statusUserLabel"));
    statusBar()->addPermanentWidget(m_statusUser);
    m_statusFile = new QLabel(this);
    m_statusFile->setObjectName(QStringLiteral("statusFileLabel"));
    statusBar()->addPermanentWidget(m_statusFile);

    m_inactivity = new InactivityWatcher(this);
    connect(m_inactivity, &InactivityWatcher::idle, this, [this] { lock(true); });

    createActions();
    // The office PC may stay on with Alongside open for days: check hourly that today's backup exists.
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(60 * 60 * 1000);
    connect(m_backupTimer, &QTimer::timeout, this, [this] { makeDailyBackupIfDue(false); });
    m_backupTimer->start();
    resize(1000, 680);
    QSettings settings = userSettings();
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    file->addAction(tr("New &Demo Database…"), this, &MainWindow::newDemoDatabase);
    QAction* openAction = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    m_backUpAction = file->addAction(tr("&Back Up Now"), this, &MainWindow::backUpNow);
    m_backUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_restoreAction = file->addAction(tr("Restore from Bac&kup…"), this, &MainWindow::restoreFromBackup);
    addFullExportAction(file);
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import from a Spreadsheet…"), this, [this] {
        if (!can(core::Permissions::Action::ImportData)) {
            return;
        }
        ImportWizard wizard(*m_db, m_actor, this);
        connect(&wizard, &ImportWizard::imported, this, &MainWindow::refresh);
        wizard.exec();
    });
    m_importAction->setObjectName(QStringLiteral("importAction"));
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close Database"), this, &MainWindow::closeDatabase);
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_lockAction = file->addAction(tr("&Lock Now"), this, &MainWindow::lockNow);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_changePasswordAction = file->addAction(tr("C&hange My Password…"), this, &MainWindow::changeMyPassword);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoStack = new QUndoStack(this);
    // Own actions rather than createUndoAction(): they must also be off while the window is locked.
    m_undoAction = new QAction(tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    m_redoAction = new QAction(tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, [this](const QString& text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, [this](const QString& text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(m_undoStack, &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(m_undoStack, &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    // After an undo or redo every page shows the records as they now are.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] { refresh(); });
    SavedChange::setErrorHandler([this](const core::Error& e) {
        prompts::warning(this, tr("Could Not Undo"),
            tr("%1\n\nThe undo history has been cleared, because it no longer matches the records.").arg(e.message));
        QTimer::singleShot(0, m_undoStack, &QUndoStack::clear);
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* dashboard = view->addAction(tr("&Dashboard"), this, [this] { showArea(Area::Dashboard); });
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_workforceAction = view->addAction(tr("&Volunteers and Staff"), this, [this] { showArea(Area::Workforce); });
    m_workforceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_complianceAction = view->addAction(tr("&Compliance Matrix"), this, [this] { showArea(Area::Compliance); });
    m_complianceAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_peopleAction = view->addAction(tr("&People Supported"), this, [this] { showArea(Area::People); });
    m_peopleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_supervisionAction = view->addAction(tr("&Supervision"), this, [this] { showArea(Area::Supervision); });
    m_supervisionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_involvementAction
        = view->addAction(tr("C&o-production and Stories"), this, [this] { showArea(Area::Involvement); });
    m_involvementAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_reportsAction = view->addAction(tr("R&eports"), this, [this] { showArea(Area::Reports); });
    m_reportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    m_findAction = view->addAction(tr("&Find a Person…"), this, &MainWindow::findPerson);
    m_findAction->setShortcut(QKeySequence::Find);
    view->addSeparator();
    m_refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    m_peopleMenu = menuBar()->addMenu(tr("&People"));
    m_referAction = m_peopleMenu->addAction(tr("&Refer Someone…"), this, [this] {
        showArea(Area::People);
        m_people->referSomeone();
    });
    m_referAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_peopleMenu->addSeparator();
    addGroupRegisterAction(m_peopleMenu);
    m_caseloadAction = m_peopleMenu->addAction(tr("Mentor &Caseloads…"), this, [this] {
        CaseloadDialog dialog(*m_db, m_actor, 0, this);
        connect(&dialog, &CaseloadDialog::clientRequested, this, [this](qint64 id) { m_people->openClient(id); });
        dialog.exec();
        refresh();
    });

    m_workforceMenu = menuBar()->addMenu(tr("&Workforce"));
    m_addWorkerAction = m_workforceMenu->addAction(tr("&Add a Person…"), this, [this] {
        showArea(Area::Workforce);
        m_workforce->addWorker();
    });
    m_addWorkerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_cohortAction = m_workforceMenu->addAction(tr("Record Training for a &Group…"), this, [this] {
        RecordCohortDialog dialog(*m_db, m_actor, m_undoStack, 0, this);
        dialog.exec();
        refresh();
    });
    m_workforceMenu->addSeparator();
    m_catalogueAction = m_workforceMenu->addAction(tr("&Training Catalogue…"), this, [this] {
        TrainingCatalogueDialog dialog(*m_db, m_actor, m_undoStack, this);
        dialog.exec();
        refresh();
    });
    m_rolesAction = m_workforceMenu->addAction(tr("Roles, Services and Other &Lists…"), this, [this] {
        CataloguesDialog dialog(*m_db, m_actor, m_undoStack, this);
        dialog.exec();
        refresh();
    });

    m_supervisionMenu = menuBar()->addMenu(tr("&Supervision"));
    m_recordSupervisionAction = m_supervisionMenu->addAction(tr("&Record Supervision…"), this, [this] {
        showArea(Area::Supervision);
        m_supervision->recordSupervision();
    });
    m_recordSupervisionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_supervisionMenu->addSeparator();
    m_superviseesAction = m_supervisionMenu->addAction(tr("&My Supervisees"), this, [this] {
        showArea(Area::Supervision);
        m_supervision->showTab(SupervisionPage::Tab::MySupervisees);
    });
    m_supervisionTableAction = m_supervisionMenu->addAction(tr("&Everyone's Supervision"), this, [this] {
        showArea(Area::Supervision);
        m_supervision->showTab(SupervisionPage::Tab::Everyone);
    });

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu = tools;
    m_settingsAction = tools->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    // Every role may read the questionnaires; only those who may edit catalogues change them.
    m_measuresAction = tools->addAction(tr("&Questionnaires and Measures…"), this, [this] {
        MeasuresDialog dialog(*m_db, m_actor, this);
        dialog.exec();
        refresh();
    });
    tools->addSeparator();
    m_accountsAction = tools->addAction(tr("&Accounts…"), this, &MainWindow::showAccounts);
    m_auditAction = tools->addAction(tr("Audit &Log…"), this, &MainWindow::showAuditLog);
    addRetentionReviewAction(tools);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Alongside"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    updateRecentMenu();
}

void MainWindow::addGroupRegisterAction(QMenu* menu)
{
    m_groupRegisterAction = menu->addAction(tr("Record &Group Session…"), this, [this] {
        GroupRegisterDialog dialog(*m_db, m_actor, m_undoStack, 0, this);
        if (dialog.exec() == QDialog::Accepted) {
            statusBar()->showMessage(dialog.summary(), 10000);
        }
        refresh();
    });
    m_servicesListAction = menu->addAction(tr("&Services and Referral Sources…"), this, [this] {
        CataloguesDialog dialog(*m_db, m_actor, m_undoStack, this);
        dialog.showTab(CataloguesDialog::Tab::Services);
        dialog.exec();
        refresh();
    });
}

void MainWindow::addFullExportAction(QMenu* menu)
{
    m_fullExportAction = menu->addAction(tr("E&xport Everything to a Folder…"), this, [this] {
        if (m_db) {
            FullExportDialog::exportEverything(*m_db, m_actor, this);
            refresh();
        }
    });
}

void MainWindow::addRetentionReviewAction(QMenu* tools)
{
    QAction* review = tools->addAction(tr("Records Past &Retention…"), this, [this] {
        if (!can(core::Permissions::Action::EraseRecords)) {
            return;
        }
        RetentionReviewDialog dialog(*m_db, m_actor, this);
        dialog.exec();
        if (dialog.madeChanges()) {
            m_undoStack->clear(); // earlier changes to the people anonymised can no longer be undone
        }
        refresh();
    });
    review->setObjectName(QStringLiteral("retentionReviewAction"));
    connect(tools, &QMenu::aboutToShow, review, [this, review] {
        review->setVisible(m_db && core::Permissions::allowed(m_actor.role, core::Permissions::Action::EraseRecords));
        review->setEnabled(can(core::Permissions::Action::EraseRecords));
    });
}

bool MainWindow::can(core::Permissions::Action action) const
{
    return m_db && !m_locked && core::Permissions::allowed(m_actor.role, action);
}

void MainWindow::updateActions()
{
    using Action = core::Permissions::Action;
    const bool open = m_db != nullptr;
    const bool usable = open && !m_locked;
    m_closeAction->setEnabled(open);
    m_refreshAction->setEnabled(usable);
    m_lockAction->setEnabled(usable);
    m_undoAction->setEnabled(usable && m_undoStack->canUndo());
    m_redoAction->setEnabled(usable && m_undoStack->canRedo());
    m_changePasswordAction->setEnabled(usable && m_actor.accountId > 0);
    // Actions a role can never use are hidden, not just greyed, so each role's menus stay plain.
    const QList<QPair<QAction*, Action>> guarded
        = { { m_backUpAction, Action::BackUpNow }, { m_settingsAction, Action::ChangeSettings },
              { m_accountsAction, Action::ManageAccounts }, { m_auditAction, Action::ViewAuditLog },
              { m_findAction, Action::FindPeople }, { m_complianceAction, Action::OpenWorkerRecords },
              { m_workforceAction, Action::OpenWorkerRecords }, { m_addWorkerAction, Action::EditRecords },
              { m_cohortAction, Action::EditRecords }, { m_catalogueAction, Action::OpenWorkerRecords },
              { m_rolesAction, Action::OpenWorkerRecords }, { m_peopleAction, Action::OpenClientRecords },
              { m_referAction, Action::EditRecords }, { m_involvementAction, Action::OpenClientRecords },
              { m_reportsAction, Action::RunAggregateReports }, { m_importAction, Action::ImportData } };
    for (const auto& [action, needs] : guarded) {
        action->setEnabled(can(needs));
        action->setVisible(!open || core::Permissions::allowed(m_actor.role, needs));
    }
    // The full export: administrators only (it holds every record of every person).
    m_fullExportAction->setEnabled(usable && core::dataio::FullExport::mayExport(m_actor));
    m_fullExportAction->setVisible(open && core::dataio::FullExport::mayExport(m_actor));
    // Restore stays available when a database failed to open: that is when it is needed most.
    m_restoreAction->setEnabled(!restoreTarget().isEmpty() && (!open || can(Action::RestoreBackup)));
    m_restoreAction->setVisible(!open || core::Permissions::allowed(m_actor.role, Action::RestoreBackup));
    m_workforceMenu->menuAction()->setVisible(
        !open || core::Permissions::allowed(m_actor.role, Action::OpenWorkerRecords));
    // People menu: the group register (editing) and the services lists (people's records).
    for (const auto& [action, needs] : { std::pair { m_groupRegisterAction, Action::EditRecords },
             std::pair { m_servicesListAction, Action::OpenClientRecords },
             std::pair { m_caseloadAction, Action::OpenClientRecords } }) {
        action->setEnabled(can(needs));
        action->setVisible(!open || core::Permissions::allowed(m_actor.role, needs));
    }
    m_peopleMenu->menuAction()->setVisible(
        !open || core::Permissions::allowed(m_actor.role, Action::OpenClientRecords));
    // Supervision: for the roles that give, receive or oversee it (not trustees or read-only accounts).
    for (const auto& [action, needs] : { std::pair { m_supervisionAction, Action::ViewOwnSupervision },
             std::pair { m_recordSupervisionAction, Action::RecordSupervision },
             std::pair { m_superviseesAction, Action::ViewOwnSupervision },
             std::pair { m_supervisionTableAction, Action::ViewAllSupervisionSummaries } }) {
        action->setEnabled(can(needs));
        action->setVisible(!open || core::Permissions::allowed(m_actor.role, needs));
    }
    m_supervisionMenu->menuAction()->setVisible(
        !open || core::Permissions::allowed(m_actor.role, Action::ViewOwnSupervision));
    m_superviseesAction->setText(core::Permissions::allowed(m_actor.role, Action::ViewAllSupervisionSummaries)
            ? tr("&Supervisees by Supervisor")
            : tr("&My Supervisees"));
    m_measuresAction->setEnabled(usable);
    // No empty Tools menu: every signed-in role has at least the questionnaires.
    m_toolsMenu->menuAction()->setVisible(m_settingsAction->isVisible() || m_measuresAction->isVisible()
        || m_accountsAction->isVisible() || m_auditAction->isVisible());
    m_navigation->setVisible(usable);
    // Areas a role may not use are not listed (trustees see aggregate figures only).
    for (Area area : { Area::Workforce, Area::Compliance }) {
        m_navigation->setRowHidden(
            int(area), open && !core::Permissions::allowed(m_actor.role, Action::OpenWorkerRecords));
    }
    // People supported: not for supervisors or trustees.
    m_navigation->setRowHidden(
        int(Area::People), open && !core::Permissions::allowed(m_actor.role, Action::OpenClientRecords));
    m_navigation->setRowHidden(
        int(Area::Supervision), open && !core::Permissions::allowed(m_actor.role, Action::ViewOwnSupervision));
    // Co-production meetings name people supported: the same roles as their records.
    m_navigation->setRowHidden(
        int(Area::Involvement), open && !core::Permissions::allowed(m_actor.role, Action::OpenClientRecords));
    // Reports: whoever may run aggregate reports (trustees included; they get suppressed figures).
    m_navigation->setRowHidden(
        int(Area::Reports), open && !core::Permissions::allowed(m_actor.role, Action::RunAggregateReports));
    if (m_navigation->currentRow() >= 0 && m_navigation->item(m_navigation->currentRow())->isHidden()) {
        m_navigation->setCurrentRow(int(Area::Dashboard));
    }
    if (!open) {
        m_pages->setCurrentIndex(0);
    } else if (m_locked) {
        m_pages->setCurrentWidget(m_lockedPage);
    } else {
        m_pages->setCurrentIndex(std::max(0, m_navigation->currentRow()) + 1);
    }
    if (open) {
        m_statusFile->setText(tr("Database: %1").arg(QFileInfo(m_db->path()).fileName()));
        m_statusFile->setToolTip(shown(m_db->path()));
        m_statusUser->setText(m_locked
                ? tr("Locked")
                : tr("Logged in as %1 (%2)").arg(m_actor.shownName(), core::Permissions::roleName(m_actor.role)));
    } else {
        m_statusFile->setText(tr("No database open"));
        m_statusUser->clear();
    }
}

QStringList MainWindow::recentDatabases()
{
    return userSettings().value(QStringLiteral("recentDatabases")).toStringList();
}

void MainWindow::rememberRecent(const QString& path)
{
    QStringList recent = recentDatabases();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecent) {
        recent.removeLast();
    }
    userSettings().setValue(QStringLiteral("recentDatabases"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentDatabases();
    int n = 0;
    for (const QString& path : recent) {
        ++n;
        QString label = shown(path);
        label.replace(QLatin1Char('&'), QStringLiteral("&&")); // a literal & in a folder name
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(n).arg(label));
        connect(a, &QAction::triggered, this, [this, path] { openDatabase(path, core::Database::IfMissing::Fail); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString MainWindow::fileFilter() const
{
    return tr("Alongside databases (*.%1);;All files (*)").arg(core::paths::databaseSuffix());
}

void MainWindow::startUp(const QString& explicitPath)
{
    if (!explicitPath.isEmpty()) {
        openDatabase(explicitPath, core::Database::IfMissing::Create);
        return;
    }
    const QStringList recent = recentDatabases();
    if (!recent.isEmpty()) {
        if (QFileInfo::exists(recent.constFirst())) {
            openDatabase(recent.constFirst(), core::Database::IfMissing::Fail);
            return;
        }
        // Never fall back silently to another file: records would end up split across two.
        m_lastFailedPath = recent.constFirst();
        prompts::warning(this, tr("Database Not Found"),
            tr("Alongside cannot find the database you used last, %1.\n\nIf it is on a USB stick or a network "
               "drive, connect it and choose File > Open Recent. Otherwise open or create a database.")
                .arg(shown(recent.constFirst())));
        updateActions();
        return;
    }
    const QString defaultPath = core::paths::defaultDatabasePath();
    if (QFileInfo::exists(defaultPath)) {
        openDatabase(defaultPath, core::Database::IfMissing::Fail);
        return;
    }
    showFirstRun();
}

void MainWindow::showFirstRun()
{
    FirstRunDialog dialog(core::paths::defaultDatabasePath(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (dialog.choice() == FirstRunDialog::Choice::Open) {
        openDatabaseDialog();
        return;
    }
    createDatabase(dialog.databasePath(), dialog.charityName(), dialog.withDemoData());
}

bool MainWindow::openDatabase(const QString& path, core::Database::IfMissing ifMissing)
{
    if (m_db && QFileInfo(path).absoluteFilePath() == m_db->path()) {
        refresh();
        return true;
    }
    core::Database::Options options;
    options.ifMissing = ifMissing;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = core::Database::open(path, options);
    QApplication::restoreOverrideCursor();
    if (!opened && opened.error().code == core::Error::Code::Locked) {
        const core::Database::LockOwner owner = core::Database::lockOwner(path);
        if (owner.locked && !owner.thisComputer) {
            // Only the user can know whether Alongside is still running on the other computer.
            if (!prompts::confirm(this, tr("Database Open Elsewhere"), opened.message(), tr("Open Anyway"))) {
                updateActions();
                return false;
            }
            options.takeOverLock = true;
            opened = core::Database::open(path, options);
        }
    }
    if (!opened) {
        m_lastFailedPath = QFileInfo(path).absoluteFilePath();
        showOpenProblem(path, opened.error());
        updateActions();
        return false;
    }
    rememberRecent(opened.value()->path());
    // Nothing of the file is shown until someone has logged in to it.
    const auto actor = logIn(*opened.value(), QString(), false);
    if (!actor) {
        updateActions();
        return false; // the new file closes here; the one already open stays open
    }
    // Only now close the current file: a wrong choice above leaves it open.
    closeDatabase();
    m_undoStack->clear(); // its changes belong to the file that was open
    m_db = opened.takeValue();
    m_actor = *actor;
    m_locked = false;
    m_lastFailedPath.clear();
    if (!m_db->wasCreated()) { // a file just created holds nothing to protect yet
        makeDailyBackupIfDue(true);
    }
    if (!m_db->preMigrationBackup().isEmpty()) {
        statusBar()->showMessage(tr("The database was updated to this version of Alongside. A copy from before "
                                    "the update is in %1.")
                                     .arg(shown(m_db->preMigrationBackup())),
            15000);
    }
    if (m_navigation->currentRow() < 0) {
        m_navigation->setCurrentRow(0);
    }
    applyAutoLockSetting();
    updateActions();
    refresh();
    return true;
}

std::optional<core::Actor> MainWindow::logIn(core::Database& db, const QString& userName, bool unlocking)
{
    core::AccountService accounts(db);
    auto has = accounts.hasAccounts();
    if (!has) {
        prompts::warning(this, tr("Could Not Read Accounts"), has.message(), has.error().detail);
        return std::nullopt;
    }
    core::Actor actor;
    if (!has.value()) {
        AdministratorSetupDialog setup(db, this);
        if (setup.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        actor = setup.actor();
    } else {
        // The charity's name is not confidential: show it so people know which database this is.
        auto settings = core::SettingsService(db).load(core::Actor { {}, core::Actor::Role::ReadOnly, 0, 0, {} });
        LoginDialog login(db, settings ? settings.value().charityName : QString(), userName, unlocking, this);
        if (login.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        actor = login.actor();
    }
    auto mustChange = accounts.mustChangePassword(actor);
    if (mustChange && mustChange.value()) {
        ChangePasswordDialog change(db, actor, true, this);
        if (change.exec() != QDialog::Accepted) {
            accounts.recordLogOut(actor, false);
            return std::nullopt;
        }
    }
    return actor;
}

void MainWindow::setAutoLockIntervalForTesting(int milliseconds)
{
    m_autoLockOverrideMs = milliseconds;
    applyAutoLockSetting();
}

void MainWindow::applyAutoLockSetting()
{
    if (!m_db || m_locked) {
        m_inactivity->stop();
        return;
    }
    int ms = m_autoLockOverrideMs;
    if (ms <= 0) {
        auto settings = core::SettingsService(*m_db).load(m_actor);
        ms = (settings ? settings.value().autoLockMinutes : core::CharitySettings::kDefaultAutoLockMinutes) * 60 * 1000;
    }
    m_inactivity->setInterval(ms);
    m_inactivity->start();
}

void MainWindow::lockNow()
{
    lock(false);
}

void MainWindow::lock(bool automatically)
{
    if (!m_db || m_locked) {
        return;
    }
    // Close whatever is open on top of the window first: a dialog can show someone's record.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible()) {
            dialog->reject();
        }
    }
    core::AccountService(*m_db).recordLogOut(m_actor, true);
    m_locked = true;
    m_inactivity->stop();
    m_dashboard->clear();
    m_compliance->clear();
    m_workforce->clear();
    m_people->clear();
    m_supervision->clear();
    m_involvement->clear();
    m_reports->clear();
    m_pagesDb = nullptr;
    m_lockedPage->setLockedBy(m_actor.shownName(), automatically);
    updateActions();
}

void MainWindow::unlock()
{
    if (!m_db || !m_locked) {
        return;
    }
    const auto actor = logIn(*m_db, m_actor.userName, true);
    if (!actor) {
        return; // still locked
    }
    m_actor = *actor;
    m_locked = false;
    applyAutoLockSetting();
    updateActions();
    refresh();
}

void MainWindow::changeMyPassword()
{
    if (!m_db || m_locked || m_actor.accountId <= 0) {
        return;
    }
    ChangePasswordDialog dialog(*m_db, m_actor, false, this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("Your password has been changed."), 8000);
    }
}

void MainWindow::showAccounts()
{
    if (!m_db || m_locked) {
        return;
    }
    if (core::Status s = core::Permissions::require(m_actor, core::Permissions::Action::ManageAccounts); !s) {
        prompts::warning(this, tr("Accounts"), s.message());
        return;
    }
    AccountsDialog dialog(*m_db, m_actor, this);
    dialog.exec();
}

void MainWindow::showAuditLog()
{
    if (!m_db || m_locked) {
        return;
    }
    if (core::Status s = core::Permissions::require(m_actor, core::Permissions::Action::ViewAuditLog); !s) {
        prompts::warning(this, tr("Audit Log"), s.message());
        return;
    }
    AuditLogDialog dialog(*m_db, m_actor, this);
    dialog.exec();
}

void MainWindow::findPerson()
{
    if (!m_db || m_locked) {
        return;
    }
    // The service refuses roles that may not search; say so rather than show an empty dialog.
    if (core::Status s = core::Permissions::require(m_actor, core::Permissions::Action::FindPeople); !s) {
        prompts::warning(this, tr("Not Available"), s.message());
        return;
    }
    FindPersonDialog dialog(*m_db, m_actor, this);
    dialog.exec();
}

void MainWindow::makeDailyBackupIfDue(bool reportFailure)
{
    if (!m_db) {
        return;
    }
    auto settings = core::SettingsService(*m_db).load(m_actor);
    const int keep = settings ? settings.value().backupsToKeep : core::CharitySettings::kDefaultBackupsToKeep;
    statusBar()->showMessage(tr("Checking today's backup…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto daily = core::BackupManager(m_db->path()).ensureDailyBackup(*m_db, keep);
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (daily) {
        if (daily.value() && !m_locked) {
            m_dashboard->refresh(*m_db, m_actor);
        }
        return;
    }
    if (!reportFailure) { // the hourly check: say it where it does not interrupt, and try again later
        statusBar()->showMessage(tr("Today's automatic backup could not be made: %1").arg(daily.message()));
        return;
    }
    prompts::warning(this, tr("Daily Backup Not Made"),
        tr("Alongside could not make today's automatic backup. Your database is open and safe to use, but please "
           "make a backup soon (File > Back Up Now). %1")
            .arg(daily.message()),
        daily.error().detail);
}

QString MainWindow::restoreTarget() const
{
    return m_db ? m_db->path() : m_lastFailedPath;
}

void MainWindow::showOpenProblem(const QString& path, const core::Error& error)
{
    const core::BackupManager backups(path);
    const auto newest = backups.newest();
    if (error.code == core::Error::Code::Damaged && newest) {
        const QString question = error.message + QStringLiteral("\n\n")
            + tr("The newest backup is from %1. Restore it now? The damaged file will be kept in the backups "
                 "folder.")
                  .arg(RestoreDialog::describeTime(newest->takenAt));
        if (prompts::confirm(this, tr("Database Damaged"), question, tr("Restore Backup"))) {
            auto kept = backups.restore(newest->path);
            if (!kept) {
                prompts::warning(this, tr("Restore Failed"), kept.message(), kept.error().detail);
                return;
            }
            openDatabase(path, core::Database::IfMissing::Fail);
        }
        return;
    }
    const QString title
        = error.code == core::Error::Code::Locked ? tr("Database Already Open") : tr("Could Not Open the Database");
    prompts::warning(this, title, error.message, error.detail);
}

bool MainWindow::createDatabase(const QString& path, const QString& charityName, bool withDemoData)
{
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        prompts::warning(this, tr("File Already Exists"),
            tr("There is already a file at %1. Alongside will not overwrite it: choose another name, or open "
               "it with File > Open Database.")
                .arg(shown(path)));
        return false;
    }
    if (!openDatabase(path, core::Database::IfMissing::Create)) {
        return false;
    }
    if (withDemoData) {
        QProgressDialog progress(tr("Creating a fictional charity's records…"), tr("Cancel"), 0, 100, this);
        progress.setWindowTitle(tr("Demo Data"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        core::DemoGenerator::Options options;
        options.charityName = charityName;
        const core::Status s
            = core::DemoGenerator::generate(*m_db, m_actor, options, [&](const QString& phase, double fraction) {
                  progress.setLabelText(phase);
                  progress.setValue(static_cast<int>(fraction * 100));
                  return !progress.wasCanceled();
              });
        progress.reset();
        if (!s) {
            prompts::warning(this, tr("Demo Data Not Added"), s.message(), s.error().detail);
        }
    } else if (!charityName.trimmed().isEmpty()) {
        core::SettingsService service(*m_db);
        auto settings = service.load(m_actor);
        if (settings) {
            settings.value().charityName = charityName.trimmed();
            if (core::Status s = service.save(m_actor, settings.value()); !s) {
                prompts::warning(this, tr("Charity Name Not Saved"), s.message(), s.error().detail);
            }
        }
    }
    refresh();
    return true;
}

QString MainWindow::askNewDatabasePath(const QString& title, const QString& suggested)
{
    QString path = prompts::saveFileName(this, title, suggested, fileFilter());
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + core::paths::databaseSuffix();
    }
    return path;
}

void MainWindow::newDatabase()
{
    const QString dir = m_db ? QFileInfo(m_db->path()).absolutePath()
                             : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = askNewDatabasePath(tr("New Database"), dir);
    if (!path.isEmpty()) {
        createDatabase(path, QString(), false);
    }
}

void MainWindow::newDemoDatabase()
{
    const QString path = askNewDatabasePath(tr("New Demo Database"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/alongside-demo.")
            + core::paths::databaseSuffix());
    if (!path.isEmpty()) {
        createDatabase(path, QString(), true);
    }
}

void MainWindow::openDatabaseDialog()
{
    const QString dir
        = m_db ? QFileInfo(m_db->path()).absolutePath() : QFileInfo(core::paths::defaultDatabasePath()).absolutePath();
    const QString path = prompts::openFileName(this, tr("Open Database"), dir, fileFilter());
    if (!path.isEmpty()) {
        openDatabase(path, core::Database::IfMissing::Fail);
    }
}

void MainWindow::backUpNow()
{
    if (!m_db) {
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = core::BackupService(*m_db).backUpNow(m_actor);
    QApplication::restoreOverrideCursor();
    if (!made) {
        prompts::warning(this, tr("Backup Failed"), made.message(), made.error().detail);
        return;
    }
    prompts::information(this, tr("Backup Made"),
        tr("A complete, checked copy of your database is in %1.\n\nFor safety against fire, theft or a broken "
           "computer, also copy the backups folder to a USB stick or another place regularly.")
            .arg(shown(made.value())));
    refresh();
}

void MainWindow::restoreFromBackup()
{
    const QString path = restoreTarget();
    if (path.isEmpty()) {
        return;
    }
    // With a database open, restoring replaces everything in it: administrators only. With none
    // open (it would not open), there is no one to log in as; the replaced file is kept either way.
    if (m_db) {
        if (core::Status s = core::BackupService::mayRestore(m_actor); !s) {
            prompts::warning(this, tr("Restore from Backup"), s.message());
            return;
        }
    }
    const core::BackupManager backups(path);
    RestoreDialog dialog(backups, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty()) {
        return;
    }
    const QString chosen = dialog.selectedBackup();
    if (core::Status s = core::BackupManager::verify(chosen); !s) {
        prompts::warning(this, tr("Backup Cannot Be Used"), s.message(), s.error().detail);
        return;
    }
    if (!prompts::confirm(this, tr("Restore from Backup"),
            tr("Replace %1 with %2?\n\nAnything recorded since that backup will no longer be in the database. The "
               "current file is kept in the backups folder, so nothing is deleted.")
                .arg(QFileInfo(path).fileName(), dialog.selectedDescription()),
            tr("Restore"))) {
        return;
    }
    closeDatabase();
    auto kept = backups.restore(chosen);
    if (!kept) {
        prompts::warning(this, tr("Restore Failed"), kept.message(), kept.error().detail);
        openDatabase(path, core::Database::IfMissing::Fail);
        return;
    }
    if (openDatabase(path, core::Database::IfMissing::Fail)) {
        core::BackupService(*m_db).recordRestore(m_actor, chosen);
        prompts::information(this, tr("Backup Restored"),
            kept.value().isEmpty()
                ? tr("The backup has been restored.")
                : tr("The backup has been restored. The file it replaced is kept as %1.").arg(shown(kept.value())));
    }
}

void MainWindow::closeDatabase()
{
    if (m_db && !m_locked && m_actor.accountId > 0) {
        core::AccountService(*m_db).recordLogOut(m_actor, false);
    }
    m_inactivity->stop();
    m_locked = false;
    m_actor = core::Actor();
    m_undoStack->clear();
    m_db.reset();
    m_dashboard->clear();
    m_compliance->setContext(nullptr, m_actor);
    m_workforce->setContext(nullptr, m_actor, m_undoStack);
    m_people->setContext(nullptr, m_actor, m_undoStack);
    m_supervision->setContext(nullptr, m_actor, m_undoStack);
    m_involvement->setContext(nullptr, m_actor, m_undoStack);
    m_reports->clear();
    m_pagesDb = nullptr;
    setWindowTitle(tr("Alongside"));
    updateActions();
}

void MainWindow::showSettings()
{
    if (!m_db || m_locked) {
        return;
    }
    if (core::Status s = core::Permissions::require(m_actor, core::Permissions::Action::ChangeSettings); !s) {
        prompts::warning(this, tr("Settings"), s.message());
        return;
    }
    SettingsDialog dialog(*m_db, m_actor, this);
    if (dialog.exec() == QDialog::Accepted) {
        applyAutoLockSetting();
        refresh();
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showArea(Area area)
{
    if (!m_navigation->item(int(area))->isHidden()) {
        m_navigation->setCurrentRow(int(area));
    }
}

void MainWindow::refresh()
{
    if (!m_db || m_locked) {
        return;
    }
    m_dashboard->refresh(*m_db, m_actor);
    const bool sameContext = m_pagesDb == m_db.get() && m_pagesActor.accountId == m_actor.accountId
        && m_pagesActor.role == m_actor.role && m_pagesActor.userName == m_actor.userName;
    if (core::Permissions::allowed(m_actor.role, core::Permissions::Action::OpenWorkerRecords)) {
        if (sameContext) {
            m_compliance->refresh();
            m_workforce->refresh();
        } else {
            m_compliance->setContext(m_db.get(), m_actor);
            m_workforce->setContext(m_db.get(), m_actor, m_undoStack);
        }
    } else {
        m_compliance->setContext(nullptr, m_actor);
        m_workforce->setContext(nullptr, m_actor, m_undoStack);
    }
    if (core::Permissions::allowed(m_actor.role, core::Permissions::Action::OpenClientRecords)) {
        if (sameContext) {
            m_people->refresh();
        } else {
            m_people->setContext(m_db.get(), m_actor, m_undoStack);
        }
    } else {
        m_people->setContext(nullptr, m_actor, m_undoStack);
    }
    if (core::Permissions::allowed(m_actor.role, core::Permissions::Action::ViewOwnSupervision)) {
        if (sameContext) {
            m_supervision->refresh();
        } else {
            m_supervision->setContext(m_db.get(), m_actor, m_undoStack);
        }
    } else {
        m_supervision->setContext(nullptr, m_actor, m_undoStack);
    }
    if (core::Permissions::allowed(m_actor.role, core::Permissions::Action::OpenClientRecords)) {
        if (sameContext) {
            m_involvement->refresh();
        } else {
            m_involvement->setContext(m_db.get(), m_actor, m_undoStack);
        }
    } else {
        m_involvement->setContext(nullptr, m_actor, m_undoStack);
    }
    if (core::Permissions::allowed(m_actor.role, core::Permissions::Action::RunAggregateReports)) {
        if (sameContext) {
            m_reports->refresh();
        } else {
            m_reports->setContext(m_db.get(), m_actor);
        }
    } else {
        m_reports->clear();
    }
    m_pagesDb = m_db.get();
    m_pagesActor = m_actor;
    auto settings = core::SettingsService(*m_db).load(m_actor);
    const QString name = settings ? settings.value().charityName : QString();
    setWindowTitle(name.isEmpty() ? QFileInfo(m_db->path()).completeBaseName() : name);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings = userSettings();
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    closeDatabase();
    event->accept();
}

} // namespace alongside::ui
