#include "logindialog.h"

#include "core/auth/accountservice.h"
#include "core/db/database.h"
#include "ui/common/feedback.h"
#include "ui/common/fonts.h"
#include "ui/common/wrappinglabel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

QLineEdit* passwordField(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(objectName);
    e->setEchoMode(QLineEdit::Password);
    e->setAccessibleName(accessibleName);
    e->setMaxLength(core::AccountService::kMaxPasswordLength);
    // No autocompletion or drag-out of what was typed.
    e->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    return e;
}

WrappingLabel* errorLabel(QWidget* parent)
{
    auto* l = new WrappingLabel(QString(), parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    setFeedbackColour(l, Feedback::Problem); // the same look as the other dialogs' problems
    l->setAccessibleName(QCoreApplication::translate("alongside::ui::LoginDialog", "Problem"));
    l->hide();
    return l;
}

void showError(WrappingLabel* label, const QString& message)
{
    // Worded as a problem as well as coloured, so it does not rely on colour.
    label->setText(QCoreApplication::translate("alongside::ui::LoginDialog", "Problem: %1").arg(message));
    label->show();
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setFont(scaledFont(l->font(), 1.3));
    return l;
}

} // namespace

LoginDialog::LoginDialog(
    core::Database& db, const QString& charityName, const QString& userName, bool unlocking, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_userName(new QLineEdit(this))
    , m_password(passwordField(this, QStringLiteral("passwordEdit"), tr("Password")))
    , m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(unlocking ? tr("Unlock Alongside") : tr("Log In to Alongside"));
    const QString name = charityName.isEmpty() ? QFileInfo(db.path()).completeBaseName() : charityName;
    auto* title = heading(name, this);
    auto* explanation = new WrappingLabel(unlocking
            ? tr("Alongside was locked to keep people's records private. Log in to carry on; another user can log in "
                 "here too.")
            : tr("This database holds people's personal and health information. Log in with your own account."),
        this);
    auto* file = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())), this);
    file->setWordWrap(true);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setMaxLength(core::AccountService::kMaxUserNameLength);
    m_userName->setText(userName);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(unlocking ? tr("&Unlock") : tr("&Log In"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("logInButton"));

    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* forgotten = new WrappingLabel(
        tr("Forgotten your password? An administrator can set a temporary one for you (Tools > Accounts)."), this);
    forgotten->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(file);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(forgotten);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    (userName.isEmpty() ? m_userName : m_password)->setFocus();
}

void LoginDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = core::AccountService(m_db).logIn(m_userName->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!result) {
        showError(m_error, result.message());
        m_password->setFocus();
        return;
    }
    m_actor = result.value();
    QDialog::accept();
}

AdministratorSetupDialog::AdministratorSetupDialog(core::Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_userName(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(passwordField(this, QStringLiteral("passwordEdit"), tr("Password")))
    , m_confirm(passwordField(this, QStringLiteral("confirmPasswordEdit"), tr("Type the password again")))
    , m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("administratorSetupDialog"));
    setWindowTitle(tr("Create the Administrator Account"));
    auto* title = heading(tr("Who looks after this database?"), this);
    auto* explanation = new WrappingLabel(
        tr("Alongside keeps personal and health information about the people your charity supports, so everyone "
           "who uses it logs in with their own account. Start with the administrator: the person who sets up "
           "accounts for colleagues, changes settings and looks after backups. You can add other accounts after "
           "this, from Tools > Accounts."),
        this);
    m_userName->setObjectName(QStringLiteral("userNameEdit"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setPlaceholderText(tr("for example sam.jones"));
    m_userName->setMaxLength(core::AccountService::kMaxUserNameLength);
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setAccessibleName(tr("Your name"));
    m_displayName->setPlaceholderText(tr("for example Sam Jones"));
    auto* rules = new WrappingLabel(core::AccountService::passwordRules(), this);
    rules->setForegroundRole(QPalette::PlaceholderText);
    auto* keep = new WrappingLabel(tr("Keep this password safe. If it is lost and there is no other administrator, no "
                                      "one can manage accounts."),
        this);
    keep->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("Your &name:"), m_displayName);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), rules);
    form->addRow(tr("&Again:"), m_confirm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Account"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createAccountButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AdministratorSetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(keep);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_userName->setFocus();
}

void AdministratorSetupDialog::accept()
{
    if (core::Status s = core::AccountService::checkUserName(m_userName->text()); !s) {
        showError(m_error, s.message());
        m_userName->setFocus();
        return;
    }
    if (core::Status s = core::AccountService::checkPassword(m_userName->text(), m_password->text()); !s) {
        showError(m_error, s.message());
        m_password->setFocus();
        return;
    }
    if (m_password->text() != m_confirm->text()) {
        showError(m_error, tr("The two passwords are not the same. Type them again."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto made = core::AccountService(m_db).createFirstAdministrator(
        { m_userName->text(), m_displayName->text(), core::Actor::Role::Administrator, 0, m_password->text() });
    QApplication::restoreOverrideCursor();
    if (!made) {
        showError(m_error, made.message());
        return;
    }
    m_password->clear();
    m_confirm->clear();
    m_actor = made.value();
    QDialog::accept();
}

ChangePasswordDialog::ChangePasswordDialog(core::Database& db, const core::Actor& actor, bool forced, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_current(passwordField(this, QStringLiteral("currentPasswordEdit"), tr("Current password")))
    , m_new(passwordField(this, QStringLiteral("newPasswordEdit"), tr("New password")))
    , m_confirm(passwordField(this, QStringLiteral("confirmPasswordEdit"), tr("Type the new password again")))
    , m_error(errorLabel(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(forced ? tr("Choose Your Own Password") : tr("Change My Password"));
    auto* explanation = new WrappingLabel(forced
            ? tr("%1, your account has a temporary password set by an administrator. Choose your own password "
                 "now; no one else, administrators included, will know it.")
                  .arg(actor.shownName())
            : tr("Change the password for %1.").arg(actor.shownName()),
        this);
    auto* rules = new WrappingLabel(core::AccountService::passwordRules(), this);
    rules->setForegroundRole(QPalette::PlaceholderText);
    auto* form = new QFormLayout;
    form->addRow(forced ? tr("&Temporary password:") : tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(QString(), rules);
    form->addRow(tr("&Again:"), m_confirm);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&hange Password"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changePasswordButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_current->setFocus();
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_confirm->text()) {
        showError(m_error, tr("The two new passwords are not the same. Type them again."));
        m_confirm->clear();
        m_confirm->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const core::Status s = core::AccountService(m_db).changeOwnPassword(m_actor, m_current->text(), m_new->text());
    QApplication::restoreOverrideCursor();
    if (!s) {
        showError(m_error, s.message());
        return;
    }
    m_current->clear();
    m_new->clear();
    m_confirm->clear();
    QDialog::accept();
}

} // namespace alongside::ui
