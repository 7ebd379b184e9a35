// The window as a user drives it: first run, the dashboard against the database, settings, about,
// backups and restore, and the messages for files that cannot be opened.
// With ALONGSIDE_SCREENSHOTS=DIR set, it also saves PNGs of what it shows.

#include "core/clock.h"
#include "core/db/backupmanager.h"
#include "core/paths.h"
#include "support/testsupport.h"
#include "ui/common/prompts.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/firstrun/firstrundialog.h"
#include "ui/mainwindow/mainwindow.h"
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
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace alongside;

namespace {

// Runs `f` on the next modal dialog of type D as soon as it is shown (exec() blocks the test).
template<typename D> void whenModal(std::function<void(D*)> f)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, f, tries] {
        if (auto* d = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            f(d);
            // A failed QVERIFY inside f returns early: close the dialog so the test fails, not hangs.
            if (d->isVisible()) {
                d->reject();
            }
        } else if (++*tries > 500) {
            timer->stop();
            timer->deleteLater();
            qWarning("no modal dialog of the expected type appeared");
        }
    });
    timer->start();
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("ALONGSIDE_SCREENSHOTS");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    QTest::qWait(100); // let pending layout requests settle, as they would on screen
    w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QString cardValue(ui::MainWindow& w, const QString& card)
{
    auto* label = w.findChild<QLabel*>(card + QStringLiteral("Value"));
    return label ? label->text() : QString();
}

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

private:
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TstMainWindow::initTestCase()
{
    // Fixed "today" so the dashboard's month and quarter are known.
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(QDate(2026, 11, 22), QTime(10, 0)));
    ui::prompts::setTestMode(true);
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
    QCOMPARE(nav->count(), pages->count() - 1);

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

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
