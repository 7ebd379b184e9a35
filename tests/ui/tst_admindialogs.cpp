// The administrator's dialogs as an administrator drives them: accounts created, changed, turned off
// and reset through the forms (and checked by logging in), and the audit log viewer's entries,
// filters and tamper check. With ALONGSIDE_SCREENSHOTS=DIR set, it also saves PNGs of what it shows.

#include "core/audit/auditlog.h"
#include "core/auth/accountservice.h"
#include "core/auth/passwordhasher.h"
#include "core/auth/permissions.h"
#include "core/services/demogenerator.h"
#include "support/testsupport.h"
#include "support/uitest.h"
#include "ui/accounts/accounteditdialog.h"
#include "ui/accounts/accountsdialog.h"
#include "ui/audit/auditlogdialog.h"
#include "ui/common/prompts.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>
#include <optional>

using namespace alongside;
using Role = core::Actor::Role;

namespace {

const QString kAdminPassword = QStringLiteral("a long admin password");
const QString kSamPassword = QStringLiteral("violet kettle harbour");
const QString kSamOwnPassword = QStringLiteral("sam chose this one");
const QString kTemporaryPassword = QStringLiteral("temporary lighthouse");

using test::checkKeyboardAndNames;
using test::screenshot;
using test::whenModal;

template<typename W> W* child(QWidget* parent, const char* name)
{
    return parent->findChild<W*>(QString::fromLatin1(name));
}

QTreeWidgetItem* rowWith(QTreeWidget* table, int column, const QString& text)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->text(column) == text) {
            return table->topLevelItem(i);
        }
    }
    return nullptr;
}

QStringList columnTexts(QTreeWidget* table, int column)
{
    QStringList out;
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        out << table->topLevelItem(i)->text(column);
    }
    return out;
}

bool anyCellContains(QTreeWidget* table, const QString& text)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->topLevelItem(i)->text(c).contains(text)) {
                return true;
            }
        }
    }
    return false;
}

void clickRow(QTreeWidget* table, QTreeWidgetItem* item)
{
    table->scrollToItem(item);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(item).center());
}

void click(QWidget* dialog, const char* button)
{
    auto* b = child<QPushButton>(dialog, button);
    QVERIFY2(b, button);
    QVERIFY2(b->isEnabled(), button);
    QTest::mouseClick(b, Qt::LeftButton);
}

QString plain(const QString& buttonText)
{
    return QString(buttonText).remove(QLatin1Char('&'));
}

} // namespace

class TstAdminDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsACoordinatorWhoCanLogIn();
    void refusesAShortPasswordInline();
    void editChangesTheRole();
    void turnedOffAccountCannotLogIn();
    void resetPasswordMustBeChanged();
    void auditLogShowsAndFilters();
    void othersSeeWhyNotTheLog();
    void verifyFindsTampering();

private:
    std::optional<core::Account> account(const QString& userName) const;

    std::unique_ptr<test::ScopedClock> m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    core::Actor m_admin;
    core::LinkableWorker m_worker;
};

void TstAdminDialogs::initTestCase()
{
    core::PasswordHasher::setStrength(core::PasswordHasher::Strength::Minimum);
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    ui::prompts::setTestMode(true);
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("admin.alongside")));
    QVERIFY(m_db);
    core::DemoGenerator::Options options;
    options.asAt = QDate(2026, 11, 22);
    const core::Status demo = core::DemoGenerator::generate(*m_db, core::Actor::localUser(), options);
    QVERIFY2(demo, qPrintable(demo.message()));
    auto admin = core::AccountService(*m_db).createFirstAdministrator(
        { QStringLiteral("ada"), QStringLiteral("Ada Lovelace"), Role::Administrator, 0, kAdminPassword });
    QVERIFY2(admin, qPrintable(admin.message()));
    m_admin = admin.value();
    auto workers = core::AccountService(*m_db).linkableWorkers(m_admin);
    QVERIFY(workers && !workers.value().isEmpty());
    m_worker = workers.value().at(workers.value().size() / 2);
}

void TstAdminDialogs::cleanupTestCase()
{
    m_db.reset();
    m_clock.reset();
}

std::optional<core::Account> TstAdminDialogs::account(const QString& userName) const
{
    auto all = core::AccountService(*m_db).accounts(m_admin);
    if (all) {
        for (const core::Account& a : all.value()) {
            if (a.userName == userName) {
                return a;
            }
        }
    }
    return std::nullopt;
}

void TstAdminDialogs::createsACoordinatorWhoCanLogIn()
{
    ui::AccountsDialog dialog(*m_db, m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.width() >= 760 && dialog.height() >= 420);
    checkKeyboardAndNames(&dialog,
        { QStringLiteral("accountsTable"), QStringLiteral("newAccountButton"), QStringLiteral("editAccountButton"),
            QStringLiteral("resetPasswordButton"), QStringLiteral("disableAccountButton") });
    auto* table = child<QTreeWidget>(&dialog, "accountsTable");
    QCOMPARE(table->topLevelItemCount(), 1);
    QTreeWidgetItem* ada = rowWith(table, 0, QStringLiteral("ada"));
    QVERIFY(ada);
    QCOMPARE(ada->text(2), QStringLiteral("Administrator"));
    QCOMPARE(ada->text(4), QStringLiteral("Active"));

    QString workerItem;
    bool saw = false;
    whenModal<ui::AccountEditDialog>([&](ui::AccountEditDialog* d) {
        saw = true;
        checkKeyboardAndNames(d,
            { QStringLiteral("userNameEdit"), QStringLiteral("displayNameEdit"), QStringLiteral("roleCombo"),
                QStringLiteral("workerCombo"), QStringLiteral("passwordEdit"), QStringLiteral("confirmPasswordEdit") });
        auto* role = child<QComboBox>(d, "roleCombo");
        const auto roles = core::Permissions::allRoles();
        QCOMPARE(role->count(), int(roles.size()));
        for (int i = 0; i < roles.size(); ++i) {
            QCOMPARE(role->itemText(i), core::Permissions::roleName(roles.at(i)));
        }
        auto* description = child<QLabel>(d, "roleDescriptionLabel");
        QCOMPARE(role->currentData().toInt(), int(Role::Coordinator));
        QCOMPARE(description->text(), core::Permissions::roleDescription(Role::Coordinator));
        role->setCurrentIndex(role->findData(int(Role::Supervisor)));
        QCOMPARE(description->text(), core::Permissions::roleDescription(Role::Supervisor));
        role->setCurrentIndex(role->findData(int(Role::Coordinator)));

        QTest::keyClicks(child<QLineEdit>(d, "userNameEdit"), QStringLiteral("sam.jones"));
        QTest::keyClicks(child<QLineEdit>(d, "displayNameEdit"), QStringLiteral("Sam Jones"));

        // The worker list can be searched by any part of a name, not only its start.
        auto* worker = child<QComboBox>(d, "workerCombo");
        QVERIFY(worker->isEditable());
        QCOMPARE(worker->itemText(0), QStringLiteral("None"));
        QCOMPARE(worker->completer()->filterMode(), Qt::MatchContains);
        const int index = worker->findData(m_worker.workerId);
        QVERIFY(index > 0);
        workerItem = worker->itemText(index);
        const QString part = m_worker.name.mid(m_worker.name.indexOf(QLatin1Char(' ')) + 1, 4);
        worker->lineEdit()->selectAll();
        QTest::keyClicks(worker->lineEdit(), part);
        QCompleter* completer = worker->completer();
        QVERIFY(completer->completionCount() >= 1);
        QStringList offered;
        for (int row = 0; row < completer->completionModel()->rowCount(); ++row) {
            offered << completer->completionModel()->index(row, 0).data().toString();
        }
        QVERIFY2(offered.contains(workerItem), qPrintable(part + QStringLiteral(": ") + offered.join(u'|')));
        completer->popup()->hide();
        worker->lineEdit()->selectAll();
        QTest::keyClicks(worker->lineEdit(), workerItem);
        completer->popup()->hide();

        auto* password = child<QLineEdit>(d, "passwordEdit");
        auto* confirm = child<QLineEdit>(d, "confirmPasswordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QCOMPARE(confirm->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, kSamPassword);
        QTest::keyClicks(confirm, kSamPassword);
        screenshot(d, QStringLiteral("account-new"));
        click(d, "okButton");
        QVERIFY(!d->isVisible());
    });
    click(&dialog, "newAccountButton");
    QVERIFY(saw);

    QTreeWidgetItem* sam = rowWith(table, 0, QStringLiteral("sam.jones"));
    QVERIFY(sam);
    QCOMPARE(table->currentItem(), sam);
    QCOMPARE(sam->text(1), QStringLiteral("Sam Jones"));
    QCOMPARE(sam->text(2), QStringLiteral("Coordinator"));
    QCOMPARE(sam->text(3), m_worker.name);
    QCOMPARE(sam->text(4), QStringLiteral("Must choose a new password"));
    QCOMPARE(sam->text(5), QStringLiteral("Never"));
    QVERIFY(!anyCellContains(table, kSamPassword));

    core::AccountService service(*m_db);
    auto loggedIn = service.logIn(QStringLiteral("sam.jones"), kSamPassword);
    QVERIFY2(loggedIn, qPrintable(loggedIn.message()));
    QCOMPARE(loggedIn.value().role, Role::Coordinator);
    QCOMPARE(loggedIn.value().workerId, m_worker.workerId);
    QVERIFY(service.mustChangePassword(loggedIn.value()).value());
    QVERIFY(service.changeOwnPassword(loggedIn.value(), kSamPassword, kSamOwnPassword));

    dialog.reload();
    sam = rowWith(table, 0, QStringLiteral("sam.jones"));
    QCOMPARE(sam->text(4), QStringLiteral("Active"));
    QVERIFY(sam->text(5) != QStringLiteral("Never"));
    screenshot(&dialog, QStringLiteral("accounts"));
    QVERIFY(ui::prompts::takeShown().isEmpty());
}

void TstAdminDialogs::refusesAShortPasswordInline()
{
    ui::AccountsDialog dialog(*m_db, m_admin);
    dialog.show();
    auto* table = child<QTreeWidget>(&dialog, "accountsTable");
    const int before = table->topLevelItemCount();
    QStringList problems;
    whenModal<ui::AccountEditDialog>([&](ui::AccountEditDialog* d) {
        auto* userName = child<QLineEdit>(d, "userNameEdit");
        auto* password = child<QLineEdit>(d, "passwordEdit");
        auto* confirm = child<QLineEdit>(d, "confirmPasswordEdit");
        auto* error = child<QLabel>(d, "errorLabel");
        QVERIFY(error && !error->isVisible());

        QTest::keyClicks(userName, QStringLiteral("Short Pw")); // a space is not allowed
        QTest::keyClicks(password, QStringLiteral("abc"));
        QTest::keyClicks(confirm, QStringLiteral("abc"));
        click(d, "okButton");
        QVERIFY(d->isVisible());
        QVERIFY(error->isVisible());
        problems << error->text();
        QCOMPARE(QApplication::focusWidget(), userName);

        userName->clear();
        QTest::keyClicks(userName, QStringLiteral("short.pw"));
        click(d, "okButton");
        QVERIFY(d->isVisible());
        problems << error->text();
        QVERIFY(!error->text().contains(QStringLiteral("abc")));
        screenshot(d, QStringLiteral("account-problem"));

        password->clear();
        confirm->clear();
        QTest::keyClicks(password, QStringLiteral("long enough number one"));
        QTest::keyClicks(confirm, QStringLiteral("long enough number two"));
        click(d, "okButton");
        QVERIFY(d->isVisible());
        problems << error->text();
        QVERIFY(confirm->text().isEmpty());
        d->reject();
    });
    click(&dialog, "newAccountButton");
    QCOMPARE(problems.size(), 3);
    for (const QString& p : std::as_const(problems)) {
        QVERIFY2(p.startsWith(QStringLiteral("Problem:")), qPrintable(p)); // said in words, not colour alone
    }
    QVERIFY2(problems.at(0).contains(QStringLiteral("no spaces")), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(QStringLiteral("too short")), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).contains(QStringLiteral("not the same")), qPrintable(problems.at(2)));
    QCOMPARE(table->topLevelItemCount(), before);
    QVERIFY(!account(QStringLiteral("short.pw")));
    QVERIFY(!account(QStringLiteral("short pw")));

    // A user name that is taken: the service's own message, inline.
    QString taken;
    whenModal<ui::AccountEditDialog>([&](ui::AccountEditDialog* d) {
        QTest::keyClicks(child<QLineEdit>(d, "userNameEdit"), QStringLiteral("sam.jones"));
        QTest::keyClicks(child<QLineEdit>(d, "passwordEdit"), kSamPassword);
        QTest::keyClicks(child<QLineEdit>(d, "confirmPasswordEdit"), kSamPassword);
        click(d, "okButton");
        QVERIFY(d->isVisible());
        taken = child<QLabel>(d, "errorLabel")->text();
    });
    click(&dialog, "newAccountButton");
    QVERIFY2(taken.startsWith(QStringLiteral("Problem: There is already an account")), qPrintable(taken));
    QCOMPARE(table->topLevelItemCount(), before);
}

void TstAdminDialogs::editChangesTheRole()
{
    ui::AccountsDialog dialog(*m_db, m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = child<QTreeWidget>(&dialog, "accountsTable");
    clickRow(table, rowWith(table, 0, QStringLiteral("sam.jones")));
    bool saw = false;
    whenModal<ui::AccountEditDialog>([&](ui::AccountEditDialog* d) {
        saw = true;
        QVERIFY(!child<QLineEdit>(d, "userNameEdit")); // a user name cannot be changed
        QVERIFY(!child<QLineEdit>(d, "passwordEdit"));
        QCOMPARE(child<QLabel>(d, "userNameLabel")->text(), QStringLiteral("sam.jones"));
        QCOMPARE(child<QLineEdit>(d, "displayNameEdit")->text(), QStringLiteral("Sam Jones"));
        QCOMPARE(child<QComboBox>(d, "workerCombo")->currentData().toLongLong(), m_worker.workerId);
        auto* role = child<QComboBox>(d, "roleCombo");
        QCOMPARE(role->currentData().toInt(), int(Role::Coordinator));
        role->setFocus();
        // By keyboard, as someone without a mouse would: down from Coordinator to Supervisor, Trustee.
        QTest::keyClick(role, Qt::Key_Down);
        QTest::keyClick(role, Qt::Key_Down);
        QCOMPARE(role->currentData().toInt(), int(Role::Trustee));
        QCOMPARE(child<QLabel>(d, "roleDescriptionLabel")->text(), core::Permissions::roleDescription(Role::Trustee));
        screenshot(d, QStringLiteral("account-edit"));
        click(d, "okButton");
        QVERIFY(!d->isVisible());
    });
    click(&dialog, "editAccountButton");
    QVERIFY(saw);
    QCOMPARE(rowWith(table, 0, QStringLiteral("sam.jones"))->text(2), QStringLiteral("Trustee"));
    const auto sam = account(QStringLiteral("sam.jones"));
    QVERIFY(sam);
    QCOMPARE(sam->role, Role::Trustee);
    QCOMPARE(sam->workerId, m_worker.workerId);
    QCOMPARE(sam->displayName, QStringLiteral("Sam Jones"));
}

void TstAdminDialogs::turnedOffAccountCannotLogIn()
{
    ui::AccountsDialog dialog(*m_db, m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = child<QTreeWidget>(&dialog, "accountsTable");
    auto* toggle = child<QPushButton>(&dialog, "disableAccountButton");
    clickRow(table, rowWith(table, 0, QStringLiteral("sam.jones")));
    QCOMPARE(plain(toggle->text()), QStringLiteral("Turn Off"));

    ui::prompts::takeShown();
    ui::prompts::queueAnswer(false); // "Turn off the account?" -> Cancel
    click(&dialog, "disableAccountButton");
    QCOMPARE(rowWith(table, 0, QStringLiteral("sam.jones"))->text(4), QStringLiteral("Active"));
    ui::prompts::queueAnswer(true);
    click(&dialog, "disableAccountButton");
    const QStringList asked = ui::prompts::takeShown();
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked.last().startsWith(QStringLiteral("Turn Off Account?")), qPrintable(asked.last()));
    QCOMPARE(rowWith(table, 0, QStringLiteral("sam.jones"))->text(4), QStringLiteral("Turned off"));
    QCOMPARE(table->currentItem()->text(0), QStringLiteral("sam.jones"));
    QCOMPARE(plain(toggle->text()), QStringLiteral("Turn On"));
    screenshot(&dialog, QStringLiteral("accounts-turned-off"));

    core::AccountService service(*m_db);
    auto refused = service.logIn(QStringLiteral("sam.jones"), kSamOwnPassword);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, core::Error::Code::NotLoggedIn);
    QVERIFY(refused.message().contains(QStringLiteral("turned off")));

    // Turning on needs no confirmation.
    click(&dialog, "disableAccountButton");
    QVERIFY(ui::prompts::takeShown().isEmpty());
    QCOMPARE(rowWith(table, 0, QStringLiteral("sam.jones"))->text(4), QStringLiteral("Active"));
    QCOMPARE(plain(toggle->text()), QStringLiteral("Turn Off"));
    QVERIFY(service.logIn(QStringLiteral("sam.jones"), kSamOwnPassword));

    // The service's refusal, which is not about a form, comes as a message.
    clickRow(table, rowWith(table, 0, QStringLiteral("ada")));
    ui::prompts::queueAnswer(true);
    click(&dialog, "disableAccountButton");
    const QStringList shown = ui::prompts::takeShown();
    QCOMPARE(shown.size(), 2);
    QVERIFY2(shown.last().startsWith(QStringLiteral("Account Not Turned Off")), qPrintable(shown.last()));
    QCOMPARE(rowWith(table, 0, QStringLiteral("ada"))->text(4), QStringLiteral("Active"));
}

void TstAdminDialogs::resetPasswordMustBeChanged()
{
    ui::AccountsDialog dialog(*m_db, m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = child<QTreeWidget>(&dialog, "accountsTable");
    clickRow(table, rowWith(table, 0, QStringLiteral("sam.jones")));
    bool saw = false;
    whenModal<ui::ResetPasswordDialog>([&](ui::ResetPasswordDialog* d) {
        saw = true;
        checkKeyboardAndNames(d, { QStringLiteral("passwordEdit"), QStringLiteral("confirmPasswordEdit") });
        QVERIFY(child<QLabel>(d, "resetIntroLabel")->text().contains(QStringLiteral("sam.jones")));
        QVERIFY(child<QLabel>(d, "resetIntroLabel")->text().contains(QStringLiteral("next time they log in")));
        QVERIFY(child<QLabel>(d, "passwordRulesLabel")->text().contains(QStringLiteral("at least 10 characters")));
        auto* password = child<QLineEdit>(d, "passwordEdit");
        auto* confirm = child<QLineEdit>(d, "confirmPasswordEdit");
        QTest::keyClicks(password, QStringLiteral("sam.jones"));
        QTest::keyClicks(confirm, QStringLiteral("sam.jones"));
        click(d, "okButton");
        QVERIFY(d->isVisible());
        QVERIFY(child<QLabel>(d, "errorLabel")->text().startsWith(QStringLiteral("Problem:")));
        password->clear();
        confirm->clear();
        QTest::keyClicks(password, kTemporaryPassword);
        QVERIFY(!child<QLabel>(d, "errorLabel")->isVisible()); // not left beside a corrected value
        QTest::keyClicks(confirm, kTemporaryPassword);
        screenshot(d, QStringLiteral("reset-password"));
        click(d, "okButton");
        QVERIFY(!d->isVisible());
    });
    click(&dialog, "resetPasswordButton");
    QVERIFY(saw);
    QCOMPARE(rowWith(table, 0, QStringLiteral("sam.jones"))->text(4), QStringLiteral("Must choose a new password"));

    core::AccountService service(*m_db);
    QVERIFY(!service.logIn(QStringLiteral("sam.jones"), kSamOwnPassword));
    auto sam = service.logIn(QStringLiteral("sam.jones"), kTemporaryPassword);
    QVERIFY2(sam, qPrintable(sam.message()));
    QVERIFY(service.mustChangePassword(sam.value()).value());
    QVERIFY(account(QStringLiteral("sam.jones"))->mustChangePassword);
}

void TstAdminDialogs::auditLogShowsAndFilters()
{
    core::AccountService service(*m_db);
    QVERIFY(!service.logIn(QStringLiteral("no.such.person"), QStringLiteral("whatever it is"))); // a failed login
    const qint64 samId = account(QStringLiteral("sam.jones"))->id;

    ui::AuditLogDialog dialog(*m_db, m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.width() >= 980 && dialog.height() >= 560);
    checkKeyboardAndNames(&dialog,
        { QStringLiteral("fromDateEdit"), QStringLiteral("toDateEdit"), QStringLiteral("userCombo"),
            QStringLiteral("actionCombo"), QStringLiteral("recordEdit"), QStringLiteral("auditTable"),
            QStringLiteral("verifyButton") });
    QCOMPARE(child<QDateEdit>(&dialog, "toDateEdit")->date(), QDate(2026, 11, 22));
    QCOMPARE(child<QDateEdit>(&dialog, "fromDateEdit")->date(), QDate(2026, 10, 23));
    QVERIFY(child<QDateEdit>(&dialog, "fromDateEdit")->calendarPopup());

    auto* table = child<QTreeWidget>(&dialog, "auditTable");
    auto* count = child<QLabel>(&dialog, "countLabel");
    QVERIFY(table->isVisible());
    QCOMPARE(table->columnCount(), 8);
    const int all = table->topLevelItemCount();
    QVERIFY(all > 5);
    QCOMPARE(count->text(), QStringLiteral("Showing %1 entries.").arg(all));
    // Newest first, numbered.
    QVERIFY(table->topLevelItem(0)->text(0).toLongLong() > table->topLevelItem(all - 1)->text(0).toLongLong());
    QTreeWidgetItem* samCreated = nullptr;
    for (int i = 0; i < all; ++i) {
        QTreeWidgetItem* item = table->topLevelItem(i);
        if (item->text(4) == QStringLiteral("Created") && item->text(5) == QStringLiteral("account %1").arg(samId)) {
            samCreated = item;
        }
    }
    QVERIFY(samCreated);
    QCOMPARE(samCreated->text(2), QStringLiteral("ada"));
    QCOMPARE(samCreated->text(3), QStringLiteral("Administrator"));
    QCOMPARE(samCreated->text(6), QStringLiteral("user_name, display_name, role, password, worker_id"));
    QCOMPARE(samCreated->text(7), QStringLiteral("role: coordinator"));
    QCOMPARE(
        samCreated->text(1), ui::AuditLogDialog::describeTime(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC)));
    QVERIFY2(samCreated->text(1).endsWith(QStringLiteral("10:00:00")), qPrintable(samCreated->text(1)));
    QVERIFY(rowWith(table, 5, QStringLiteral("account %1").arg(m_admin.accountId)));
    for (const QString& secret : { kAdminPassword, kSamPassword, kSamOwnPassword, kTemporaryPassword }) {
        QVERIFY(!anyCellContains(table, secret));
    }
    screenshot(&dialog, QStringLiteral("audit-log"));

    auto* action = child<QComboBox>(&dialog, "actionCombo");
    QCOMPARE(action->itemText(0), QStringLiteral("All actions"));
    action->setCurrentIndex(action->findData(QString::fromLatin1(core::AuditLog::kCreate)));
    const int created = table->topLevelItemCount();
    QVERIFY(created >= 2); // the first administrator and sam
    QVERIFY(created < all);
    QCOMPARE(int(columnTexts(table, 4).removeDuplicates()), created - 1);
    QCOMPARE(count->text(), QStringLiteral("Showing %1 entries.").arg(created));

    auto* record = child<QLineEdit>(&dialog, "recordEdit");
    QTest::keyClicks(record, QStringLiteral("account %1").arg(samId));
    QTRY_COMPARE(table->topLevelItemCount(), 1);
    QCOMPARE(table->topLevelItem(0)->text(5), QStringLiteral("account %1").arg(samId));
    record->clear();
    QTest::keyClicks(record, QString::number(samId));
    QTRY_VERIFY(table->topLevelItemCount() >= 1);
    action->setCurrentIndex(0);
    QTRY_VERIFY(table->topLevelItemCount() > 4); // created, changed, turned off and on, reset, logins
    for (const QString& r : columnTexts(table, 5)) {
        QVERIFY2(r.endsWith(QLatin1Char(' ') + QString::number(samId)), qPrintable(r));
    }
    record->clear();
    QTRY_COMPARE(table->topLevelItemCount(), all);

    auto* user = child<QComboBox>(&dialog, "userCombo");
    QCOMPARE(user->itemText(0), QStringLiteral("Everyone"));
    const int unknown = user->findText(QStringLiteral("unknown user name (failed login)"));
    QVERIFY(unknown > 0);
    user->setCurrentIndex(unknown);
    QCOMPARE(table->topLevelItemCount(), 1);
    QCOMPARE(table->topLevelItem(0)->text(2), QStringLiteral("unknown user name (failed login)"));
    QCOMPARE(table->topLevelItem(0)->text(4), QStringLiteral("Failed to log in"));
    QCOMPARE(table->topLevelItem(0)->text(3), QStringLiteral("Not logged in"));
    user->setCurrentIndex(user->findText(QStringLiteral("ada")));
    QVERIFY(table->topLevelItemCount() > 1);
    QCOMPARE(int(columnTexts(table, 2).removeDuplicates()), table->topLevelItemCount() - 1);
    user->setCurrentIndex(0);
    QCOMPARE(table->topLevelItemCount(), all);

    // Dates before anything happened.
    auto* to = child<QDateEdit>(&dialog, "toDateEdit");
    to->setDate(QDate(2026, 9, 1));
    QCOMPARE(child<QDateEdit>(&dialog, "fromDateEdit")->date(), QDate(2026, 9, 1)); // never after "to"
    QCOMPARE(table->topLevelItemCount(), 0);
    QCOMPARE(count->text(), QStringLiteral("No entries match these filters."));
    to->setDate(QDate(2026, 11, 22));
    QCOMPARE(table->topLevelItemCount(), all);

    click(&dialog, "verifyButton");
    auto* verdict = child<QLabel>(&dialog, "verifyLabel");
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Intact: all ")), qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(QStringLiteral("entries check out")));
    QVERIFY(!QApplication::overrideCursor());
    screenshot(&dialog, QStringLiteral("audit-log-intact"));
}

void TstAdminDialogs::othersSeeWhyNotTheLog()
{
    core::AccountService service(*m_db);
    auto created = service.create(
        m_admin, { QStringLiteral("cora"), QStringLiteral("Cora Ordinator"), Role::Coordinator, 0, kSamPassword });
    QVERIFY2(created, qPrintable(created.message()));
    auto cora = service.logIn(QStringLiteral("cora"), kSamPassword);
    QVERIFY2(cora, qPrintable(cora.message()));

    ui::AuditLogDialog audit(*m_db, cora.value());
    audit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&audit));
    auto* message = child<QLabel>(&audit, "auditMessage");
    QVERIFY(message && message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("cannot see the audit log")), qPrintable(message->text()));
    QVERIFY(!child<QTreeWidget>(&audit, "auditTable")->isVisible());
    QVERIFY(!child<QWidget>(&audit, "userCombo")->isVisible());
    QVERIFY(!child<QWidget>(&audit, "verifyButton")->isVisible());
    screenshot(&audit, QStringLiteral("audit-log-refused"));

    ui::AccountsDialog accounts(*m_db, cora.value());
    accounts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&accounts));
    auto* accountsMessage = child<QLabel>(&accounts, "accountsMessage");
    QVERIFY(accountsMessage && accountsMessage->isVisible());
    QVERIFY(accountsMessage->text().contains(QStringLiteral("cannot manage accounts")));
    QVERIFY(!child<QTreeWidget>(&accounts, "accountsTable")->isVisible());
    QVERIFY(!child<QPushButton>(&accounts, "newAccountButton")->isEnabled());
    QVERIFY(!child<QPushButton>(&accounts, "editAccountButton")->isEnabled());
}

void TstAdminDialogs::verifyFindsTampering()
{
    QVERIFY(test::execSql(*m_db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
    QVERIFY(test::execSql(*m_db, QStringLiteral("UPDATE audit_log SET note = 'nothing to see' WHERE seq = 3")));

    ui::AuditLogDialog dialog(*m_db, m_admin);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    click(&dialog, "verifyButton");
    auto* verdict = child<QLabel>(&dialog, "verifyLabel");
    QVERIFY2(
        verdict->text().startsWith(QStringLiteral("Tampered: Entry 3 has been changed")), qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(QStringLiteral("from no. 3 on")));
    auto* table = child<QTreeWidget>(&dialog, "auditTable");
    QVERIFY(table->currentItem());
    QCOMPARE(table->currentItem()->text(0), QStringLiteral("3"));
    QCOMPARE(table->currentItem()->text(7), QStringLiteral("nothing to see"));
    screenshot(&dialog, QStringLiteral("audit-log-tampered"));
}

QTEST_MAIN(TstAdminDialogs)
#include "tst_admindialogs.moc"
