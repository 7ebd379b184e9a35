// The window as a user drives it: first run, the dashboard against the database, settings, about,
// backups and restore, and the messages for files that cannot be opened.
// With ALONGSIDE_SCREENSHOTS=DIR set, it also saves PNGs of what it shows.

#include "core/auth/accountservice.h"
#include "core/auth/passwordhasher.h"
#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/db/backupmanager.h"
#include "core/paths.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/accounts/logindialog.h"
#include "ui/common/prompts.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/firstrun/firstrundialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/people/findpersondialog.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace alongside;

namespace {

using test::screenshot;
using test::whenModal;

QString cardValue(ui::MainWindow& w, const QString& card)
{
    auto* label = w.findChild<QLabel*>(card + QStringLiteral("Value"));
    return label ? label->text() : QString();
}

const QString kAdmin = QStringLiteral("admin");
const QString kAdminPassword = QStringLiteral("Admin-Test-Password-1");

// Answers the administrator-setup and login dialogs that every open now shows, so that tests about
// other things need not. Tests about logging in turn it off and drive the dialogs themselves.
class AutoLogin : public QObject
{
public:
    AutoLogin()
    {
        m_timer.setInterval(15);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start();
    }

    bool enabled = true;
    int answered = 0;

private:
    static void fill(QDialog* d, const QString& name, const QString& text)
    {
        if (auto* e = d->findChild<QLineEdit*>(name)) {
            e->setText(text);
        }
    }

    void poll()
    {
        if (!enabled) {
            return;
        }
        QWidget* w = QApplication::activeModalWidget();
        if (auto* setup = qobject_cast<ui::AdministratorSetupDialog*>(w)) {
            fill(setup, QStringLiteral("userNameEdit"), kAdmin);
            fill(setup, QStringLiteral("passwordEdit"), kAdminPassword);
            fill(setup, QStringLiteral("confirmPasswordEdit"), kAdminPassword);
            ++answered;
            setup->accept();
        } else if (auto* login = qobject_cast<ui::LoginDialog*>(w)) {
            fill(login, QStringLiteral("userNameEdit"), kAdmin);
            fill(login, QStringLiteral("passwordEdit"), kAdminPassword);
            ++answered;
            login->accept();
        }
    }

    QTimer m_timer;
};

QAction* findAction(QWidget* w, const QString& textPart)
{
    const auto actions = w->findChildren<QAction*>();
    for (QAction* a : actions) {
        if (a->text().remove(QLatin1Char('&')).contains(textPart)) {
            return a;
        }
    }
    return nullptr;
}

} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstRunCreatesTheDefaultDatabaseWithDemoData();
    void dashboardMatchesTheDatabase();
    void visitsEveryPageAndDialog();
    void settingsChangeReachesTheDashboard();
    void backUpNowAndRestore();
    void secondStartOpensTheLastDatabase();
    void damagedFileOffersTheNewestBackup();
    void foreignFileGetsAClearMessage();
    void secondCopyOnTheSameFileIsRefused();
    void newDemoDatabaseFromTheFileMenu();
    void newDatabaseNeverOverwritesAFile();
    void settingsThatCannotBeReadCannotBeOverwritten();
    void fileOpenOnAnotherComputerOpensOnlyWhenConfirmed();
    void restoreIsReachableWhenTheDatabaseWillNotOpen();
    void missingLastDatabaseIsReportedNotReplaced();

    void aNewDatabaseAsksForItsAdministratorFirst();
    void eachRoleSeesWhatItShould_data();
    void eachRoleSeesWhatItShould();
    void trusteeCannotOpenAPersonRecordThroughTheWindow();
    void coordinatorFindsAndOpensARecord();
    void lockNowHidesEverythingUntilAPasswordIsGiven();
    void inactivityLocksTheWindowAndClosesDialogs();
    void aTemporaryPasswordMustBeReplacedAtLogin();

private:
    /** Logs the window in as userName (locking first), driving the real unlock dialog. */
    bool switchUser(const QString& userName, const QString& password);
    void createRoleAccounts();

    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<AutoLogin> m_autoLogin;
    QTemporaryDir m_dir;
};

void TstMainWindow::initTestCase()
{
    // Fixed "today" so the dashboard's month and quarter are known.
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
    ui::prompts::setTestMode(true);
    core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Minimum);
    m_autoLogin = std::make_unique<AutoLogin>();
    // The test's HOME is private to it (see tests/CMakeLists.txt): start as a brand-new user.
    QDir(QFileInfo(core::paths::defaultDatabasePath()).absolutePath()).removeRecursively();
    QFile::remove(QDir::homePath() + QStringLiteral("/.config/alongside/alongside.conf"));
    QFile::remove(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/alongside/alongside.conf"));
    QVERIFY(ui::MainWindow::recentDatabases().isEmpty());
}

void TstMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_clock.reset();
}

void TstMainWindow::firstRunCreatesTheDefaultDatabaseWithDemoData()
{
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    bool sawDialog = false;
    whenModal<ui::FirstRunDialog>([&](ui::FirstRunDialog* d) {
        sawDialog = true;
        screenshot(d, QStringLiteral("first-run"));
        auto* name = d->findChild<QLineEdit*>(QStringLiteral("charityNameEdit"));
        QTest::keyClicks(name, QStringLiteral("Riverside Peer Support"));
        d->findChild<QCheckBox*>(QStringLiteral("demoCheck"))->setChecked(true);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("continueButton")), Qt::LeftButton);
    });
    m_window->startUp(QString());
    QVERIFY(sawDialog);
    QVERIFY(m_window->database());
    auto* name = m_window->findChild<QLabel*>(QStringLiteral("charityNameLabel"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("Riverside Peer Support"));
    // Demo records go to their own file beside the standard one, and say on screen that they are made up.
    QCOMPARE(m_window->database()->path(),
        QFileInfo(core::paths::defaultDatabasePath()).absolutePath() + QStringLiteral("/alongside-demo.alongside"));
    auto* banner = m_window->findChild<QLabel*>(QStringLiteral("demoBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("made up")));
    // A file created just now has nothing to back up yet; the daily backup starts with the next open.
    QVERIFY(core::BackupManager(m_window->database()->path()).backups().isEmpty());
    QVERIFY(ui::prompts::takeShown().isEmpty()); // no warnings on the way
}

void TstMainWindow::dashboardMatchesTheDatabase()
{
    QVERIFY(m_window && m_window->database());
    const core::Database& db = *m_window->database();
    const QVariant workers = test::scalar(db,
        QStringLiteral("SELECT COUNT(*) FROM worker w WHERE (SELECT status FROM worker_status s WHERE s.worker_id = "
                       "w.id AND s.since <= '2026-11-22' ORDER BY s.since DESC, s.id DESC LIMIT 1) = 'active'"));
    const QVariant people = test::scalar(db,
        QStringLiteral("SELECT COUNT(DISTINCT r.client_id) FROM session s JOIN episode e ON e.id = s.episode_id "
                       "JOIN referral r ON r.id = e.referral_id WHERE s.attendance = 'attended' "
                       "AND s.held_on BETWEEN '2026-10-01' AND '2026-11-22'"));
    const QVariant sessions = test::scalar(db,
        QStringLiteral("SELECT COUNT(*) FROM session WHERE attendance = 'attended' "
                       "AND held_on BETWEEN '2026-11-01' AND '2026-11-22'"));
    QVERIFY(workers.toInt() > 0);
    QVERIFY(people.toInt() > 0);
    QVERIFY(sessions.toInt() > 0);
    const QLocale locale;
    QCOMPARE(cardValue(*m_window, QStringLiteral("activeWorkersCard")), locale.toString(workers.toInt()));
    QCOMPARE(cardValue(*m_window, QStringLiteral("peopleSupportedCard")), locale.toString(people.toInt()));
    QCOMPARE(cardValue(*m_window, QStringLiteral("sessionsCard")), locale.toString(sessions.toInt()));
    auto* card = m_window->findChild<QFrame*>(QStringLiteral("peopleSupportedCard"));
    QVERIFY(card->accessibleName().contains(QStringLiteral("Q3 2026/27")));
    screenshot(m_window.get(), QStringLiteral("dashboard"));
}

void TstMainWindow::visitsEveryPageAndDialog()
{
    auto* nav = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    auto* pages = m_window->findChild<QStackedWidget*>();
    QVERIFY(nav && pages);
    QVERIFY(nav->isVisible());
    for (int row = 0; row < nav->count(); ++row) {
        nav->setCurrentRow(row);
        QCOMPARE(pages->currentIndex(), row + 1);
        QVERIFY(pages->currentWidget()->isVisible());
    }
    // Every navigation row leads to a real page: no placeholders.
    QCOMPARE(nav->count(), pages->count() - 2); // besides the empty-state and locked pages

    bool sawAbout = false;
    whenModal<QDialog>([&](QDialog* d) {
        sawAbout = d->objectName() == QStringLiteral("aboutDialog");
        auto* text = d->findChild<QLabel*>(QStringLiteral("aboutText"));
        QVERIFY(text);
        QVERIFY(text->text().contains(QStringLiteral(ALONGSIDE_VERSION)));
        auto* tabs = d->findChild<QTabWidget*>(QStringLiteral("aboutTabs"));
        QVERIFY(tabs);
        screenshot(d, QStringLiteral("about"));
        tabs->setCurrentIndex(1);
        auto* components = d->findChild<QTreeWidget*>(QStringLiteral("componentsList"));
        QVERIFY(components->topLevelItemCount() >= 4);
        // Every library Alongside links is named with its version (README "What it needs").
        QStringList named;
        for (int i = 0; i < components->topLevelItemCount(); ++i) {
            named << components->topLevelItem(i)->text(0);
            QVERIFY2(!components->topLevelItem(i)->text(2).isEmpty(), qPrintable(named.last()));
        }
        for (const char* library : { "SQLite", "libsodium", "libcsv", "Boost.Math", "Qt Charts" }) {
            QVERIFY2(named.contains(QString::fromLatin1(library)), library);
        }
        screenshot(d, QStringLiteral("about-components"));
        tabs->setCurrentIndex(2);
        auto* gpl = d->findChild<QPlainTextEdit*>(QStringLiteral("GPL-3Text"));
        auto* lgpl = d->findChild<QPlainTextEdit*>(QStringLiteral("LGPL-3Text"));
        QVERIFY(gpl && lgpl);
        QVERIFY(gpl->toPlainText().contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(lgpl->toPlainText().contains(QStringLiteral("GNU LESSER GENERAL PUBLIC LICENSE")));
        d->reject();
    });
    findAction(m_window.get(), QStringLiteral("About Alongside"))->trigger();
    QVERIFY(sawAbout);
}

void TstMainWindow::settingsChangeReachesTheDashboard()
{
    whenModal<ui::SettingsDialog>([&](ui::SettingsDialog* d) {
        screenshot(d, QStringLiteral("settings"));
        auto* name = d->findChild<QLineEdit*>(QStringLiteral("charityNameEdit"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Hillside Peers"));
        d->findChild<QSpinBox*>(QStringLiteral("suppressionSpin"))->setValue(10);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("settingsOkButton")), Qt::LeftButton);
    });
    QAction* settings = findAction(m_window.get(), QStringLiteral("Settings"));
    QVERIFY(settings && settings->isEnabled());
    settings->trigger();
    QCOMPARE(
        m_window->findChild<QLabel*>(QStringLiteral("charityNameLabel"))->text(), QStringLiteral("Hillside Peers"));
    QCOMPARE(test::scalar(*m_window->database(),
                 QStringLiteral("SELECT value FROM setting WHERE key = "
                                "'suppression_threshold'"))
                 .toString(),
        QStringLiteral("10"));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Hillside Peers")));
}

void TstMainWindow::backUpNowAndRestore()
{
    const QString path = m_window->database()->path();
    const core::BackupManager backups(path);
    findAction(m_window.get(), QStringLiteral("Back Up Now"))->trigger();
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("Backup Made")), qPrintable(shown.first()));
    const auto afterBackup = backups.backups();
    QCOMPARE(afterBackup.first().kind, core::BackupManager::Kind::Manual);

    // Change something, then restore the manual backup: the change is gone, the replaced file kept.
    QVERIFY(test::execSql(*m_window->database(), QStringLiteral("DELETE FROM session")));
    ui::prompts::queueAnswer(true); // "Replace the open database…?" -> Restore
    whenModal<QDialog>([&](QDialog* d) {
        QCOMPARE(d->objectName(), QStringLiteral("restoreDialog"));
        auto* list = d->findChild<QTreeWidget*>(QStringLiteral("backupList"));
        QCOMPARE(list->topLevelItemCount(), 1);
        screenshot(d, QStringLiteral("restore"));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("restoreSelectedButton")), Qt::LeftButton);
    });
    findAction(m_window.get(), QStringLiteral("Restore from Backup"))->trigger();
    QVERIFY(m_window->database());
    QCOMPARE(test::scalar(*m_window->database(), QStringLiteral("SELECT COUNT(*) FROM session")).toInt(), 5000);
    const auto afterRestore = backups.backups();
    QVERIFY(std::any_of(afterRestore.begin(), afterRestore.end(),
        [](const auto& b) { return b.kind == core::BackupManager::Kind::BeforeRestore; }));
    const QStringList messages = ui::prompts::takeShown();
    QVERIFY(!messages.isEmpty());
    QVERIFY2(messages.last().startsWith(QStringLiteral("Backup Restored")), qPrintable(messages.join(u'\n')));
}

void TstMainWindow::secondStartOpensTheLastDatabase()
{
    const QString path = m_window->database()->path();
    m_window->close();
    m_window.reset();
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    m_window->startUp(QString()); // no first-run dialog: it would block here
    QVERIFY(m_window->database());
    QCOMPARE(m_window->database()->path(), path);
    QCOMPARE(ui::MainWindow::recentDatabases().first(), path);
    // Opening an existing file made today's daily backup.
    const auto backups = core::BackupManager(path).backups();
    QVERIFY(std::any_of(backups.begin(), backups.end(), [](const auto& b) {
        return b.kind == core::BackupManager::Kind::Daily && b.takenAt.date() == QDate(2026, 11, 22);
    }));
}

void TstMainWindow::damagedFileOffersTheNewestBackup()
{
    // A damaged file with a good backup beside it: the user is offered the backup, and accepts.
    const QString good = m_dir.filePath(QStringLiteral("good.alongside"));
    {
        auto db = test::openOrCreate(good);
        QVERIFY(db);
        QVERIFY(core::BackupManager(good).createBackup(*db, core::BackupManager::Kind::Manual));
    }
    QFile::remove(good);
    QVERIFY(QFile::copy(test::fixture(QStringLiteral("truncated.alongside")), good));
    QFile::setPermissions(good, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ui::prompts::takeShown();
    ui::prompts::queueAnswer(true);
    QVERIFY(m_window->openDatabase(good, core::Database::IfMissing::Fail) == false);
    const QStringList shown = ui::prompts::takeShown();
    QVERIFY2(!shown.isEmpty() && shown.first().startsWith(QStringLiteral("Database Damaged")),
        qPrintable(shown.join(u'\n')));
    QVERIFY(m_window->database()); // reopened from the restored backup
    QCOMPARE(m_window->database()->path(), QFileInfo(good).absoluteFilePath());
}

void TstMainWindow::foreignFileGetsAClearMessage()
{
    const QString before = m_window->database() ? m_window->database()->path() : QString();
    QVERIFY(!before.isEmpty());
    const QString foreign = test::copyFixture(m_dir, QStringLiteral("foreign.sqlite"));
    QVERIFY(!m_window->openDatabase(foreign, core::Database::IfMissing::Fail));
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("made by another program")), qPrintable(shown.first()));
    // A wrong choice leaves the database that was open as it was.
    QVERIFY(m_window->database());
    QCOMPARE(m_window->database()->path(), before);

    m_window->closeDatabase();
    auto* pages = m_window->findChild<QStackedWidget*>();
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));
    screenshot(m_window.get(), QStringLiteral("no-database"));
    QVERIFY(m_window->openDatabase(before, core::Database::IfMissing::Fail));
}

void TstMainWindow::secondCopyOnTheSameFileIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.alongside"));
    auto other = test::openOrCreate(path); // "another copy of Alongside"
    QVERIFY(other);
    QVERIFY(!m_window->openDatabase(path, core::Database::IfMissing::Fail));
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("Database Already Open")), qPrintable(shown.first()));
}

void TstMainWindow::newDemoDatabaseFromTheFileMenu()
{
    const QString path = m_dir.filePath(QStringLiteral("try-it")); // no suffix: one is added
    ui::prompts::queueFileName(path);
    findAction(m_window.get(), QStringLiteral("New Demo Database"))->trigger();
    QVERIFY(m_window->database());
    QCOMPARE(m_window->database()->path(), QFileInfo(path + QStringLiteral(".alongside")).absoluteFilePath());
    QCOMPARE(test::scalar(*m_window->database(), QStringLiteral("SELECT COUNT(*) FROM client")).toInt(), 300);
    QVERIFY(cardValue(*m_window, QStringLiteral("sessionsCard")).toInt() > 0);
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("charityNameLabel"))->text().contains(QStringLiteral("demo")));
}

void TstMainWindow::newDatabaseNeverOverwritesAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("precious.alongside"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("a file the user cares about");
    f.close();
    ui::prompts::takeShown();
    ui::prompts::queueFileName(path);
    findAction(m_window.get(), QStringLiteral("New Database"))->trigger();
    const QStringList shown = ui::prompts::takeShown();
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.last().startsWith(QStringLiteral("File Already Exists")), qPrintable(shown.join(u'\n')));
    QCOMPARE(test::fileBytes(path), QByteArray("a file the user cares about"));
}

void TstMainWindow::settingsThatCannotBeReadCannotBeOverwritten()
{
    QVERIFY(m_window->database());
    const QVariant name
        = test::scalar(*m_window->database(), QStringLiteral("SELECT value FROM setting WHERE key = 'charity_name'"));
    QVERIFY(!name.toString().isEmpty());
    QVERIFY(test::execSql(*m_window->database(), QStringLiteral("ALTER TABLE setting RENAME TO setting_gone")));
    bool okEnabled = true;
    bool errorShown = false;
    whenModal<ui::SettingsDialog>([&](ui::SettingsDialog* d) {
        auto* ok = d->findChild<QPushButton*>(QStringLiteral("settingsOkButton"));
        auto* error = d->findChild<QLabel*>(QStringLiteral("settingsError"));
        QVERIFY(ok && error);
        okEnabled = ok->isEnabled();
        errorShown = error->isVisible();
        d->accept(); // even a forced accept must not write defaults over the real settings
    });
    findAction(m_window.get(), QStringLiteral("Settings"))->trigger();
    QVERIFY(!okEnabled);
    QVERIFY(errorShown);
    QVERIFY(test::execSql(*m_window->database(), QStringLiteral("ALTER TABLE setting_gone RENAME TO setting")));
    QCOMPARE(
        test::scalar(*m_window->database(), QStringLiteral("SELECT value FROM setting WHERE key = 'charity_name'")),
        name);
}

void TstMainWindow::fileOpenOnAnotherComputerOpensOnlyWhenConfirmed()
{
    const QString path = m_dir.filePath(QStringLiteral("from-old-pc.alongside"));
    QVERIFY(test::openOrCreate(path));
    QFile lock(core::Database::lockFilePath(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4242\nalongside\nold-office-pc\n");
    lock.close();
    const QString before = m_window->database() ? m_window->database()->path() : QString();
    QVERIFY(!before.isEmpty());

    ui::prompts::takeShown();
    ui::prompts::queueAnswer(false); // "Open Anyway?" -> no
    QVERIFY(!m_window->openDatabase(path, core::Database::IfMissing::Fail));
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("Database Open Elsewhere")), qPrintable(shown.first()));
    QVERIFY(shown.first().contains(QStringLiteral("old-office-pc")));
    // The file that was open stays open after a declined choice.
    QVERIFY(m_window->database());
    QCOMPARE(m_window->database()->path(), before);

    ui::prompts::queueAnswer(true); // -> Open Anyway
    QVERIFY(m_window->openDatabase(path, core::Database::IfMissing::Fail));
    QCOMPARE(m_window->database()->path(), QFileInfo(path).absoluteFilePath());
}

void TstMainWindow::restoreIsReachableWhenTheDatabaseWillNotOpen()
{
    // A damaged file whose only good copy is one the user keeps on a USB stick: the automatic offer
    // finds nothing in the backups folder, but File > Restore from Backup > Other File works.
    const QString path = m_dir.filePath(QStringLiteral("office.alongside"));
    const QString usbCopy = m_dir.filePath(QStringLiteral("on-the-usb-stick.alongside"));
    {
        auto db = test::openOrCreate(path);
        QVERIFY(db);
        QVERIFY(test::execSql(*db,
            QStringLiteral("INSERT INTO person (given_name, created_at, updated_at) "
                           "VALUES ('Kept safe', 'x', 'x')")));
        QVERIFY(core::BackupManager::backupTo(*db, usbCopy));
    }
    QFile::remove(path);
    QVERIFY(QFile::copy(test::fixture(QStringLiteral("corrupt-pages.alongside")), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_window->closeDatabase();
    ui::prompts::takeShown();
    QVERIFY(!m_window->openDatabase(path, core::Database::IfMissing::Fail));
    QAction* restore = findAction(m_window.get(), QStringLiteral("Restore from Backup"));
    QVERIFY(restore && restore->isEnabled());

    ui::prompts::takeShown();
    ui::prompts::queueFileName(usbCopy);
    ui::prompts::queueAnswer(true); // "Replace office.alongside with the file on-the-usb-stick.alongside?"
    whenModal<QDialog>([&](QDialog* d) {
        QPushButton* other = nullptr;
        const auto buttons = d->findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Other File"))) {
                other = b;
            }
        }
        QVERIFY(other);
        QTest::mouseClick(other, Qt::LeftButton);
    });
    restore->trigger();
    QVERIFY(m_window->database());
    QCOMPARE(m_window->database()->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(test::scalar(*m_window->database(), QStringLiteral("SELECT given_name FROM person")),
        QVariant(QStringLiteral("Kept safe")));
    QVERIFY(ui::prompts::takeShown().join(u'\n').contains(QStringLiteral("on-the-usb-stick.alongside")));
}

void TstMainWindow::missingLastDatabaseIsReportedNotReplaced()
{
    const QString path = m_dir.filePath(QStringLiteral("on-a-usb-stick.alongside"));
    QVERIFY(m_window->openDatabase(path, core::Database::IfMissing::Create));
    m_window->close();
    m_window.reset();
    QVERIFY(QFile::rename(path, path + QStringLiteral(".unplugged")));

    ui::prompts::takeShown();
    m_window = std::make_unique<ui::MainWindow>();
    m_window->show();
    m_window->startUp(QString());
    QVERIFY(!m_window->database()); // neither the default database nor a new one
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("Database Not Found")), qPrintable(shown.first()));
    QVERIFY(shown.first().contains(QStringLiteral("on-a-usb-stick.alongside")));
}

namespace {

const QString kRolePassword = QStringLiteral("Role-Test-Password-2");

QString userFor(core::Actor::Role role)
{
    return role == core::Actor::Role::Administrator ? kAdmin : core::Permissions::roleKey(role).remove(u'_');
}

} // namespace

bool TstMainWindow::switchUser(const QString& userName, const QString& password)
{
    m_autoLogin->enabled = false;
    if (!m_window->isLocked()) {
        // Shortcuts go to the active window, as on screen.
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get())) {
            qWarning("the window did not become active");
        }
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    }
    if (!m_window->isLocked()) {
        qWarning("Ctrl+L did not lock the window");
        m_autoLogin->enabled = true;
        return false;
    }
    whenModal<ui::LoginDialog>([&](ui::LoginDialog* d) {
        auto* name = d->findChild<QLineEdit*>(QStringLiteral("userNameEdit"));
        name->clear();
        QTest::keyClicks(name, userName);
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), password);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("logInButton")), Qt::LeftButton);
    });
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    m_autoLogin->enabled = true;
    return !m_window->isLocked() && m_window->actor().userName == userName;
}

void TstMainWindow::createRoleAccounts()
{
    core::AccountService accounts(*m_window->database());
    const core::Actor admin = m_window->actor();
    QCOMPARE(admin.role, core::Actor::Role::Administrator);
    // The supervisor account belongs to the worker who supervised the most sessions.
    const qint64 supervisorWorker = test::scalar(*m_window->database(),
        QStringLiteral("SELECT supervisor_id FROM supervision_entry WHERE supervisor_id IS NOT NULL "
                       "GROUP BY supervisor_id ORDER BY COUNT(*) DESC LIMIT 1"))
                                        .toLongLong();
    for (auto role : { core::Actor::Role::Coordinator, core::Actor::Role::Supervisor, core::Actor::Role::Trustee,
             core::Actor::Role::ReadOnly }) {
        const QString name = userFor(role);
        auto id = accounts.create(admin,
            { name, core::Permissions::roleName(role) + QStringLiteral(" Tester"), role,
                role == core::Actor::Role::Supervisor ? supervisorWorker : 0, QStringLiteral("temporary-password") });
        QVERIFY2(id, qPrintable(id.message()));
        // Stand in for the user's first login, where they choose their own password.
        QVERIFY(accounts.changeOwnPassword(
            { name, role, id.value(), 0, QString() }, QStringLiteral("temporary-password"), kRolePassword));
    }
}

void TstMainWindow::aNewDatabaseAsksForItsAdministratorFirst()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.alongside"));
    m_autoLogin->enabled = false;
    // Cancelling leaves nothing open: no one may see a file without an account.
    whenModal<ui::AdministratorSetupDialog>([&](ui::AdministratorSetupDialog* d) { d->reject(); });
    QVERIFY(!m_window->openDatabase(path, core::Database::IfMissing::Create));
    QVERIFY(!m_window->database());
    // Two different passwords are caught before anything is saved; then a good one goes through.
    bool mismatchShown = false;
    whenModal<ui::AdministratorSetupDialog>([&](ui::AdministratorSetupDialog* d) {
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("userNameEdit")), QStringLiteral("Sam.Jones"));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("displayNameEdit")), QStringLiteral("Sam Jones"));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("river lamp orange"));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit")), QStringLiteral("river lamp"));
        auto* create = d->findChild<QPushButton*>(QStringLiteral("createAccountButton"));
        QTest::mouseClick(create, Qt::LeftButton);
        auto* error = d->findChild<QLabel*>(QStringLiteral("errorLabel"));
        mismatchShown = d->isVisible() && error->isVisible() && error->text().startsWith(QStringLiteral("Problem:"));
        screenshot(d, QStringLiteral("administrator-setup"));
        QTest::keyClicks(
            d->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit")), QStringLiteral("river lamp orange"));
        QTest::mouseClick(create, Qt::LeftButton);
    });
    QVERIFY(m_window->openDatabase(path, core::Database::IfMissing::Create));
    m_autoLogin->enabled = true;
    QVERIFY(mismatchShown);
    QCOMPARE(m_window->actor().userName, QStringLiteral("sam.jones"));
    QCOMPARE(m_window->actor().role, core::Actor::Role::Administrator);
    QVERIFY(
        m_window->findChild<QLabel*>(QStringLiteral("statusUserLabel"))->text().contains(QStringLiteral("Sam Jones")));
    m_window->closeDatabase();

    // Next time it asks for the password, and a wrong one keeps the file closed to view.
    m_autoLogin->enabled = false;
    bool wrongShown = false;
    whenModal<ui::LoginDialog>([&](ui::LoginDialog* d) {
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("userNameEdit")), QStringLiteral("sam.jones"));
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("not the password"));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("logInButton")), Qt::LeftButton);
        wrongShown = d->isVisible() && d->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible()
            && d->findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text().isEmpty();
        screenshot(d, QStringLiteral("login-wrong-password"));
        d->reject();
    });
    QVERIFY(!m_window->openDatabase(path, core::Database::IfMissing::Fail));
    m_autoLogin->enabled = true;
    QVERIFY(wrongShown);
    QVERIFY(!m_window->database());
}

void TstMainWindow::eachRoleSeesWhatItShould_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("settings");
    QTest::addColumn<bool>("accounts");
    QTest::addColumn<bool>("findPeople");
    QTest::addColumn<bool>("backUp");
    QTest::addColumn<bool>("suppressed");
    using R = core::Actor::Role;
    QTest::newRow("an administrator sees everything") << int(R::Administrator) << true << true << true << true << false;
    QTest::newRow("a coordinator finds people and backs up, no settings or accounts")
        << int(R::Coordinator) << false << false << true << true << false;
    QTest::newRow("a supervisor finds workers and backs up")
        << int(R::Supervisor) << false << false << true << true << false;
    QTest::newRow("a trustee sees suppressed figures and nothing else")
        << int(R::Trustee) << false << false << false << false << true;
    QTest::newRow("read-only finds people, changes nothing")
        << int(R::ReadOnly) << false << false << true << false << false;
}

void TstMainWindow::eachRoleSeesWhatItShould()
{
    QFETCH(int, role);
    QFETCH(bool, settings);
    QFETCH(bool, accounts);
    QFETCH(bool, findPeople);
    QFETCH(bool, backUp);
    QFETCH(bool, suppressed);
    const QString demo
        = QFileInfo(core::paths::defaultDatabasePath()).absolutePath() + QStringLiteral("/alongside-demo.alongside");
    if (!m_window->database() || m_window->database()->path() != demo) {
        QVERIFY(m_window->openDatabase(demo, core::Database::IfMissing::Fail));
    }
    if (test::scalar(*m_window->database(), QStringLiteral("SELECT COUNT(*) FROM account")).toInt() == 1) {
        createRoleAccounts();
    }
    const auto r = core::Actor::Role(role);
    QVERIFY(switchUser(userFor(r), r == core::Actor::Role::Administrator ? kAdminPassword : kRolePassword));
    QCOMPARE(m_window->actor().role, r);
    auto visibleAndEnabled = [&](const QString& text) {
        QAction* a = findAction(m_window.get(), text);
        return a && a->isVisible() && a->isEnabled();
    };
    QCOMPARE(visibleAndEnabled(QStringLiteral("Settings")), settings);
    QCOMPARE(visibleAndEnabled(QStringLiteral("Accounts")), accounts);
    QCOMPARE(visibleAndEnabled(QStringLiteral("Audit Log")), accounts);
    QCOMPARE(visibleAndEnabled(QStringLiteral("Restore from Backup")), accounts);
    QCOMPARE(visibleAndEnabled(QStringLiteral("Import from a Spreadsheet")), accounts); // administrators only
    QCOMPARE(visibleAndEnabled(QStringLiteral("Find a Person")), findPeople);
    QCOMPARE(visibleAndEnabled(QStringLiteral("Back Up Now")), backUp);
    // The workforce areas list names: every role but the trustee's; only editors may add people.
    const bool workers = r != core::Actor::Role::Trustee;
    QCOMPARE(visibleAndEnabled(QStringLiteral("Volunteers and Staff")), workers);
    QCOMPARE(visibleAndEnabled(QStringLiteral("Compliance Matrix")), workers);
    QCOMPARE(visibleAndEnabled(QStringLiteral("Add a Person")), settings || r == core::Actor::Role::Coordinator);
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
    QCOMPARE(navigation->item(int(ui::MainWindow::Area::Workforce))->isHidden(), !workers);
    QCOMPARE(navigation->item(int(ui::MainWindow::Area::Compliance))->isHidden(), !workers);
    // People supported: not for supervisors or trustees; only editors may refer someone.
    const bool clients = r == core::Actor::Role::Administrator || r == core::Actor::Role::Coordinator
        || r == core::Actor::Role::ReadOnly;
    QCOMPARE(visibleAndEnabled(QStringLiteral("People Supported")), clients);
    QCOMPARE(visibleAndEnabled(QStringLiteral("Refer Someone")), settings || r == core::Actor::Role::Coordinator);
    QCOMPARE(navigation->item(int(ui::MainWindow::Area::People))->isHidden(), !clients);
    // Co-production meetings name people supported: the same roles as their records.
    QCOMPARE(visibleAndEnabled(QStringLiteral("Co-production and Stories")), clients);
    QCOMPARE(navigation->item(int(ui::MainWindow::Area::Involvement))->isHidden(), !clients);
    bool peopleMenu = false;
    for (QAction* a : m_window->menuBar()->actions()) {
        peopleMenu = peopleMenu || (a->text() == QStringLiteral("&People") && a->isVisible());
    }
    QCOMPARE(peopleMenu, clients);
    if (clients) {
        // Ctrl+4 shows the list of people supported, with the demo's people in it.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        auto* people = m_window->findChild<QWidget*>(QStringLiteral("peoplePage"));
        QVERIFY(people && people->isVisible());
        QVERIFY(people->findChild<QTableView*>(QStringLiteral("clientsTable"))->model()->rowCount() > 0);
        QCOMPARE(people->findChild<QPushButton*>(QStringLiteral("referButton"))->isVisibleTo(people),
            settings || r == core::Actor::Role::Coordinator);
        screenshot(m_window.get(), QStringLiteral("role-") + core::Permissions::roleKey(r) + QStringLiteral("-people"));
        // Ctrl+6: the demo's co-production meetings.
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        auto* involvement = m_window->findChild<QWidget*>(QStringLiteral("involvementPage"));
        QVERIFY(involvement && involvement->isVisible());
        QVERIFY(involvement->findChild<QTreeWidget*>(QStringLiteral("meetingsTable"))->topLevelItemCount() > 0);
        QCOMPARE(involvement->findChild<QPushButton*>(QStringLiteral("newMeetingButton"))->isVisibleTo(involvement),
            r != core::Actor::Role::ReadOnly);
        screenshot(
            m_window.get(), QStringLiteral("role-") + core::Permissions::roleKey(r) + QStringLiteral("-involvement"));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    }
    // Supervision: for those who give, receive or oversee it; not trustees or read-only accounts.
    const bool supervision = r == core::Actor::Role::Administrator || r == core::Actor::Role::Coordinator
        || r == core::Actor::Role::Supervisor;
    const bool coordinates = r == core::Actor::Role::Administrator || r == core::Actor::Role::Coordinator;
    QCOMPARE(
        visibleAndEnabled(coordinates ? QStringLiteral("Supervisees by Supervisor") : QStringLiteral("My Supervisees")),
        supervision);
    QCOMPARE(visibleAndEnabled(QStringLiteral("Record Supervision")), supervision);
    QCOMPARE(
        visibleAndEnabled(QStringLiteral("Everyone's Supervision")), supervision && r != core::Actor::Role::Supervisor);
    QCOMPARE(navigation->item(int(ui::MainWindow::Area::Supervision))->isHidden(), !supervision);
    bool supervisionMenu = false;
    for (QAction* a : m_window->menuBar()->actions()) {
        supervisionMenu = supervisionMenu || (a->text() == QStringLiteral("&Supervision") && a->isVisible());
    }
    QCOMPARE(supervisionMenu, supervision);
    if (supervision) {
        // Ctrl+5 shows the Supervision area; only coordinators and administrators see everyone.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        auto* page = m_window->findChild<QWidget*>(QStringLiteral("supervisionPage"));
        QVERIFY(page && page->isVisible());
        auto* tabs = page->findChild<QTabWidget*>(QStringLiteral("supervisionTabs"));
        QCOMPARE(tabs->isTabVisible(1), r != core::Actor::Role::Supervisor);
        QCOMPARE(page->findChild<QWidget*>(QStringLiteral("supervisorCombo"))->isVisibleTo(page),
            r != core::Actor::Role::Supervisor);
        screenshot(
            m_window.get(), QStringLiteral("role-") + core::Permissions::roleKey(r) + QStringLiteral("-supervision"));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    }
    QVERIFY(visibleAndEnabled(QStringLiteral("Lock Now")));
    QVERIFY(visibleAndEnabled(QStringLiteral("Change My Password")));
    QVERIFY(m_window->findChild<QListWidget*>(QStringLiteral("navigationList"))->isVisible());
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("statusUserLabel"))
                ->text()
                .contains(core::Permissions::roleName(r)));
    // Figures: the trustee's small numbers are hidden; everyone else sees them as they are.
    const QString explanation
        = m_window->findChild<QFrame*>(QStringLiteral("activeWorkersCard"))->accessibleDescription();
    QCOMPARE(explanation.contains(QStringLiteral("hidden to protect privacy")), suppressed);
    const QString value = cardValue(*m_window, QStringLiteral("activeWorkersCard"));
    QVERIFY2(!value.isEmpty() && value != QStringLiteral("–"), qPrintable(value));
    screenshot(m_window.get(), QStringLiteral("role-") + core::Permissions::roleKey(r));
    QAction* tools = nullptr;
    for (QAction* a : m_window->menuBar()->actions()) {
        if (a->text() == QStringLiteral("&Tools") || a->text() == QStringLiteral("&File")) {
            if (a->text() == QStringLiteral("&Tools")) {
                tools = a;
            }
            screenshot(a->menu(),
                QStringLiteral("role-") + core::Permissions::roleKey(r) + QStringLiteral("-menu-")
                    + a->text().remove(u'&').toLower());
        }
    }
    QVERIFY(tools);
    QVERIFY(tools->isVisible()); // every role has the questionnaires there
    bool measures = false;
    for (QAction* a : tools->menu()->actions()) {
        measures = measures || (a->text() == QStringLiteral("&Questionnaires and Measures…") && a->isVisible());
    }
    QVERIFY(measures);
}

void TstMainWindow::trusteeCannotOpenAPersonRecordThroughTheWindow()
{
    QVERIFY(switchUser(userFor(core::Actor::Role::Trustee), kRolePassword));
    ui::prompts::takeShown();
    // The menu item is not there, and its shortcut opens nothing.
    QAction* find = findAction(m_window.get(), QStringLiteral("Find a Person"));
    QVERIFY(find && !find->isVisible() && !find->isEnabled());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::qWait(50);
    QVERIFY(!QApplication::activeModalWidget());
    // Reaching the window's own slot is refused with a message...
    m_window->findPerson();
    QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().contains(QStringLiteral("cannot search for people")), qPrintable(shown.first()));
    // ...and so is opening a record by its id, the way a later screen's link would.
    const qint64 client
        = test::scalar(*m_window->database(), QStringLiteral("SELECT person_id FROM client LIMIT 1")).toLongLong();
    bool recordShown = false;
    QTimer::singleShot(
        200, [&] { recordShown = qobject_cast<ui::PersonRecordDialog*>(QApplication::activeModalWidget()); });
    ui::FindPersonDialog::openRecord(*m_window->database(), m_window->actor(), client, m_window.get());
    QTest::qWait(250);
    QVERIFY(!recordShown);
    shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().startsWith(QStringLiteral("Record Not Opened")), qPrintable(shown.first()));
    QVERIFY(shown.first().contains(QStringLiteral("Trustee")));
}

void TstMainWindow::coordinatorFindsAndOpensARecord()
{
    QVERIFY(switchUser(userFor(core::Actor::Role::Coordinator), kRolePassword));
    const core::Database& db = *m_window->database();
    const QString family = test::scalar(db,
        QStringLiteral("SELECT p.family_name FROM client c JOIN person p ON p.id = c.person_id ORDER BY c.id LIMIT 1"))
                               .toString();
    const qint64 auditBefore = test::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    QString opened;
    whenModal<ui::FindPersonDialog>([&](ui::FindPersonDialog* d) {
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("searchEdit")), family);
        QTest::keyClick(d->findChild<QLineEdit*>(QStringLiteral("searchEdit")), Qt::Key_Return);
        auto* list = d->findChild<QListWidget*>(QStringLiteral("resultsList"));
        QVERIFY(list->count() > 0);
        screenshot(d, QStringLiteral("find-person"));
        whenModal<ui::PersonRecordDialog>([&](ui::PersonRecordDialog* r) {
            opened = r->findChild<QLabel*>(QStringLiteral("personNameLabel"))->text();
            screenshot(r, QStringLiteral("person-record"));
            r->reject();
        });
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("openRecordButton")), Qt::LeftButton);
        d->reject();
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY2(opened.contains(family), qPrintable(opened));
    QCOMPARE(test::scalar(db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE seq > %1 AND action = 'view' "
                                "AND entity = 'person' AND user_name = 'coordinator'")
                     .arg(auditBefore))
                 .toInt(),
        1);
}

void TstMainWindow::lockNowHidesEverythingUntilAPasswordIsGiven()
{
    QVERIFY(switchUser(kAdmin, kAdminPassword));
    QVERIFY(cardValue(*m_window, QStringLiteral("activeWorkersCard")) != QStringLiteral("–"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_window->isLocked());
    auto* pages = m_window->findChild<QStackedWidget*>();
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("lockedPage"));
    QVERIFY(!m_window->findChild<QListWidget*>(QStringLiteral("navigationList"))->isVisible());
    QCOMPARE(cardValue(*m_window, QStringLiteral("activeWorkersCard")), QStringLiteral("–"));
    for (const QString& action : { QStringLiteral("Settings"), QStringLiteral("Back Up Now"),
             QStringLiteral("Find a Person"), QStringLiteral("Accounts") }) {
        QVERIFY2(!findAction(m_window.get(), action)->isEnabled(), qPrintable(action));
    }
    screenshot(m_window.get(), QStringLiteral("locked"));
    // A wrong password keeps it locked.
    m_autoLogin->enabled = false;
    whenModal<ui::LoginDialog>([&](ui::LoginDialog* d) {
        QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("userNameEdit"))->text(), kAdmin);
        QTest::keyClicks(d->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("guess"));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("logInButton")), Qt::LeftButton);
        QVERIFY(d->isVisible());
        screenshot(d, QStringLiteral("unlock"));
        d->reject();
    });
    QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("unlockButton")), Qt::LeftButton);
    m_autoLogin->enabled = true;
    QVERIFY(m_window->isLocked());
    QVERIFY(switchUser(kAdmin, kAdminPassword));
    QVERIFY(cardValue(*m_window, QStringLiteral("activeWorkersCard")) != QStringLiteral("–"));
    QCOMPARE(test::scalar(*m_window->database(),
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'lock' AND user_name = 'admin'"))
                 .toInt()
            > 0,
        true);
}

void TstMainWindow::inactivityLocksTheWindowAndClosesDialogs()
{
    QVERIFY(!m_window->isLocked());
    m_window->setAutoLockIntervalForTesting(300);
    bool settingsClosed = false;
    whenModal<ui::SettingsDialog>([&](ui::SettingsDialog* d) {
        QTRY_VERIFY_WITH_TIMEOUT(!d->isVisible(), 3000); // closed by the lock, not by the test
        settingsClosed = true;
    });
    m_window->showSettings();
    QVERIFY(settingsClosed);
    QVERIFY(m_window->isLocked());
    QVERIFY(
        m_window->findChild<QLabel*>(QStringLiteral("lockedText"))->text().contains(QStringLiteral("locked itself")));
    m_window->setAutoLockIntervalForTesting(0);
    QVERIFY(switchUser(kAdmin, kAdminPassword));
}

void TstMainWindow::aTemporaryPasswordMustBeReplacedAtLogin()
{
    core::AccountService accounts(*m_window->database());
    auto id = accounts.create(m_window->actor(),
        { QStringLiteral("newstarter"), QStringLiteral("New Starter"), core::Actor::Role::Coordinator, 0,
            QStringLiteral("given-by-admin") });
    QVERIFY(id);
    bool forced = false;
    whenModal<ui::ChangePasswordDialog>([&](ui::ChangePasswordDialog* d) {
        forced = d->windowTitle() == QStringLiteral("Choose Your Own Password");
        screenshot(d, QStringLiteral("choose-own-password"));
        QTest::keyClicks(
            d->findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit")), QStringLiteral("given-by-admin"));
        QTest::keyClicks(
            d->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit")), QStringLiteral("my very own one"));
        QTest::keyClicks(
            d->findChild<QLineEdit*>(QStringLiteral("confirmPasswordEdit")), QStringLiteral("my very own one"));
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("changePasswordButton")), Qt::LeftButton);
    });
    QVERIFY(switchUser(QStringLiteral("newstarter"), QStringLiteral("given-by-admin")));
    QVERIFY(forced);
    QVERIFY(accounts.logIn(QStringLiteral("newstarter"), QStringLiteral("my very own one")));
    QVERIFY(!accounts.mustChangePassword(m_window->actor()).value());
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
