#pragma once

#include "core/actor.h"
#include "core/db/database.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace alongside::ui {

class DashboardPage;
class EmptyStatePage;

/**
 * The application window. Owns the open Database (at most one), the navigation between the areas
 * that exist, and the File/Tools/Help actions. Every user-caused failure ends in a message that
 * says what happened and what to do; nothing here runs SQL.
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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateActions();
    void updateRecentMenu();
    void rememberRecent(const QString& path);
    void showOpenProblem(const QString& path, const core::Error& error);
    QString fileFilter() const;
    QString askNewDatabasePath(const QString& title, const QString& suggested);
    /** The database a restore would replace: the open one, else the one that last failed to open. */
    QString restoreTarget() const;
    void makeDailyBackupIfDue(bool reportFailure);

    core::Actor m_actor = core::Actor::localUser();
    std::unique_ptr<core::Database> m_db;
    QString m_lastFailedPath;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyStatePage* m_emptyState = nullptr;
    DashboardPage* m_dashboard = nullptr;
    QLabel* m_statusFile = nullptr;

    QMenu* m_recentMenu = nullptr;
    QAction* m_backUpAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QTimer* m_backupTimer = nullptr;
};

} // namespace alongside::ui
