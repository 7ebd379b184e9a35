#pragma once

#include "core/actor.h"
#include "core/auth/permissions.h"
#include "core/db/database.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace alongside::ui {

class CompliancePage;
class WorkforcePage;
class DashboardPage;
class EmptyStatePage;
class InactivityWatcher;
class LockedPage;
class PeoplePage;
class InvolvementPage;
class ReportsPage;
class SupervisionPage;

/**
 * The application window. Owns the open Database (at most one), who is logged in to it, the
 * navigation between the areas that exist, and the File/View/Tools/Help actions. Nothing of a file
 * is shown until someone has logged in (or created its first administrator); what each role sees
 * follows core::Permissions, and the services check again. The window locks itself after the
 * charity's chosen time without input, and on Ctrl+L. Every user-caused failure ends in a message
 * that says what happened and what to do; nothing here runs SQL.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /** Opens `explicitPath`, else the last database used, else the default one, else runs first-run. */
    void startUp(const QString& explicitPath);

    /** Opens (or with IfMissing::Create, creates) a database; shows any problem. True on success. */
    bool openDatabase(const QString& path, core::Database::IfMissing ifMissing);

    /** Creates a new database at path with a charity name and, optionally, demo data. */
    bool createDatabase(const QString& path, const QString& charityName, bool withDemoData);

    core::Database* database() const { return m_db.get(); }

    DashboardPage* dashboardPage() const { return m_dashboard; }

    CompliancePage* compliancePage() const { return m_compliance; }

    WorkforcePage* workforcePage() const { return m_workforce; }

    PeoplePage* peoplePage() const { return m_people; }

    SupervisionPage* supervisionPage() const { return m_supervision; }

    InvolvementPage* involvementPage() const { return m_involvement; }

    ReportsPage* reportsPage() const { return m_reports; }

    /** Shows an area of the window (the navigation rows, in order). */
    enum class Area
    {
        Dashboard,
        Workforce,
        Compliance,
        People,
        Supervision,
        Involvement,
        Reports
    };
    void showArea(Area area);

    /** The window's one undo stack: every saved change a user might regret is pushed here. */
    QUndoStack* undoStack() const { return m_undoStack; }

    /** Who is logged in; meaningful only while a database is open. */
    const core::Actor& actor() const { return m_actor; }

    bool isLocked() const { return m_locked; }

    /** Tests shorten the inactivity time (Settings allow whole minutes only). 0 uses Settings. */
    void setAutoLockIntervalForTesting(int milliseconds);

    static QStringList recentDatabases();

public slots:
    void showFirstRun();
    void newDatabase();
    void newDemoDatabase();
    void openDatabaseDialog();
    void backUpNow();
    void restoreFromBackup();
    void closeDatabase();
    void showSettings();
    void showAbout();
    void refresh();
    void lockNow();
    void unlock();
    void changeMyPassword();
    void showAccounts();
    void showAuditLog();
    void findPerson();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    /** Adds "Record Group Session…" and the services lists to menu (the People menu). */
    void addGroupRegisterAction(QMenu* menu);
    /** Adds File ▸ "Export Everything to a Folder…" (administrators). */
    void addFullExportAction(QMenu* menu);
    /** Tools > Records Past Retention… (administrators only; shown when the menu opens). */
    void addRetentionReviewAction(QMenu* tools);
    void updateActions();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void showOpenProblem(const QString& path, const core::Error& error);
    QString fileFilter() const;
    QString askNewDatabasePath(const QString& title, const QString& suggested);
    /** The database a restore would replace: the open one, else the one that last failed to open. */
    QString restoreTarget() const;
    void makeDailyBackupIfDue(bool reportFailure);
    /** Logs in to db (or creates its first administrator), then makes a temporary password be changed. */
    std::optional<core::Actor> logIn(core::Database& db, const QString& userName, bool unlocking);
    void lock(bool automatically);
    void applyAutoLockSetting();
    bool can(core::Permissions::Action action) const;

    core::Actor m_actor;
    bool m_locked = false;
    std::unique_ptr<core::Database> m_db;
    QString m_lastFailedPath;
    int m_autoLockOverrideMs = 0;
    InactivityWatcher* m_inactivity = nullptr;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyStatePage* m_emptyState = nullptr;
    DashboardPage* m_dashboard = nullptr;
    CompliancePage* m_compliance = nullptr;
    WorkforcePage* m_workforce = nullptr;
    PeoplePage* m_people = nullptr;
    SupervisionPage* m_supervision = nullptr;
    InvolvementPage* m_involvement = nullptr;
    ReportsPage* m_reports = nullptr;
    // Who the pages were last set up for: a new file or person resets their filters, a refresh does not.
    const core::Database* m_pagesDb = nullptr;
    core::Actor m_pagesActor;
    LockedPage* m_lockedPage = nullptr;
    QLabel* m_statusFile = nullptr;
    QLabel* m_statusUser = nullptr;

    QMenu* m_recentMenu = nullptr;
    QMenu* m_toolsMenu = nullptr;
    QAction* m_backUpAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_fullExportAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_measuresAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_complianceAction = nullptr;
    QAction* m_workforceAction = nullptr;
    QAction* m_peopleAction = nullptr;
    QMenu* m_peopleMenu = nullptr;
    QAction* m_referAction = nullptr;
    QMenu* m_workforceMenu = nullptr;
    QAction* m_addWorkerAction = nullptr;
    QAction* m_cohortAction = nullptr;
    QAction* m_catalogueAction = nullptr;
    QAction* m_rolesAction = nullptr;
    // People supported: the group register and the lists of services and referral sources.
    QAction* m_caseloadAction = nullptr;
    QAction* m_groupRegisterAction = nullptr;
    QAction* m_servicesListAction = nullptr;
    // Supervision.
    QAction* m_supervisionAction = nullptr;
    QAction* m_involvementAction = nullptr;
    QAction* m_reportsAction = nullptr;
    QMenu* m_supervisionMenu = nullptr;
    QAction* m_recordSupervisionAction = nullptr;
    QAction* m_superviseesAction = nullptr;
    QAction* m_supervisionTableAction = nullptr;
    QTimer* m_backupTimer = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace alongside::ui
