#include "accounteditdialog.h"

#include "core/auth/accountservice.h"
#include "core/auth/permissions.h"
#include "ui/common/feedback.h"
#include "ui/common/wrappinglabel.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

constexpr int kMaxDisplayNameLength = 100;

} // namespace

AccountFormDialog::AccountFormDialog(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_error(new WrappingLabel(QString(), this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFeedbackColour(m_error, Feedback::Problem);
    m_error->hide();
}

void AccountFormDialog::showProblem(const QString& message, QWidget* field)
{
    m_error->setText(tr("Problem: %1").arg(message));
    m_error->show();
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(field)) {
            edit->selectAll();
        }
    }
}

void AccountFormDialog::addPasswordRows(QFormLayout* form, const QString& passwordLabel, const QString& accessibleName)
{
    auto newEdit = [this](const QString& objectName, const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setAccessibleName(name);
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(core::AccountService::kMaxPasswordLength);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        return edit;
    };
    m_password = newEdit(QStringLiteral("passwordEdit"), accessibleName);
    m_confirm = newEdit(QStringLiteral("confirmPasswordEdit"), tr("Type the password again"));
    form->addRow(passwordLabel, m_password);
    form->addRow(tr("Co&nfirm password:"), m_confirm);
    auto* rules = new WrappingLabel(core::AccountService::passwordRules(), this);
    rules->setObjectName(QStringLiteral("passwordRulesLabel"));
    m_password->setAccessibleDescription(core::AccountService::passwordRules());
    form->addRow(QString(), rules);
}

bool AccountFormDialog::checkPasswords(const QString& userName)
{
    if (core::Status s = core::AccountService::checkPassword(userName, m_password->text()); !s) {
        showProblem(s.message(), m_password);
        return false;
    }
    if (m_password->text() != m_confirm->text()) {
        m_confirm->clear();
        showProblem(tr("The two passwords are not the same. Type the password again in the second box."), m_confirm);
        return false;
    }
    return true;
}

void AccountFormDialog::hideProblemWhenEdited()
{
    const auto edits = findChildren<QLineEdit*>(); // the editable combo's line edit too
    for (QLineEdit* edit : edits) {
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    }
}

void AccountFormDialog::clearPasswords()
{
    if (m_password) {
        m_password->clear();
    }
    if (m_confirm) {
        m_confirm->clear();
    }
}

AccountEditDialog::AccountEditDialog(core::Database& db, const core::Actor& actor, QWidget* parent)
    : AccountEditDialog(db, actor, nullptr, parent)
{ }

AccountEditDialog::AccountEditDialog(
    core::Database& db, const core::Actor& actor, const core::Account& account, QWidget* parent)
    : AccountEditDialog(db, actor, &account, parent)
{ }

AccountEditDialog::AccountEditDialog(
    core::Database& db, const core::Actor& actor, const core::Account* account, QWidget* parent)
    : AccountFormDialog(db, actor, parent)
    , m_accountId(account ? account->id : 0)
    , m_userName(account ? account->userName : QString())
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_roleDescription(new WrappingLabel(QString(), this))
    , m_worker(new QComboBox(this))
{
    const bool creating = account == nullptr;
    setObjectName(QStringLiteral("accountEditDialog"));
    setWindowTitle(creating ? tr("New Account") : tr("Edit Account"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    if (creating) {
        m_userNameEdit = new QLineEdit(this);
        m_userNameEdit->setObjectName(QStringLiteral("userNameEdit"));
        m_userNameEdit->setAccessibleName(tr("User name"));
        m_userNameEdit->setMaxLength(core::AccountService::kMaxUserNameLength);
        m_userNameEdit->setPlaceholderText(tr("For example: sam.jones"));
        form->addRow(tr("&User name:"), m_userNameEdit);
        form->addRow(QString(),
            new WrappingLabel(tr("What they type to log in: letters a to z, digits, dots, dashes and underscores. "
                                 "It cannot be changed later."),
                this));
    } else {
        auto* userName = new QLabel(account->userName, this);
        userName->setObjectName(QStringLiteral("userNameLabel"));
        userName->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("User name:"), userName);
    }

    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setMaxLength(kMaxDisplayNameLength);
    m_displayName->setPlaceholderText(tr("For example: Sam Jones"));
    m_displayName->setMinimumWidth(320);
    form->addRow(tr("&Display name:"), m_displayName);

    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Role"));
    for (core::Actor::Role role : core::Permissions::allRoles()) {
        m_role->addItem(core::Permissions::roleName(role), int(role));
    }
    m_role->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_roleDescription->setObjectName(QStringLiteral("roleDescriptionLabel"));
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_roleDescription);

    m_worker->setObjectName(QStringLiteral("workerCombo"));
    m_worker->setAccessibleName(tr("Linked worker record"));
    m_worker->setEditable(true);
    m_worker->setInsertPolicy(QComboBox::NoInsert); // only existing records can be chosen
    m_worker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_worker->setMinimumContentsLength(28);
    m_worker->addItem(tr("None"), qint64(0));
    auto workers = core::AccountService(m_db).linkableWorkers(m_actor);
    if (workers) {
        QHash<QString, int> seen;
        for (const core::LinkableWorker& w : workers.value()) {
            ++seen[w.name];
        }
        for (const core::LinkableWorker& w : workers.value()) {
            // Two records with the same name must still be told apart.
            m_worker->addItem(
                seen.value(w.name) > 1 ? tr("%1 (worker no. %2)").arg(w.name, QString::number(w.workerId)) : w.name,
                w.workerId);
        }
    }
    // Searching by any part of the name, not only its start: "jones" finds "Sam Jones".
    auto* completer = new QCompleter(m_worker->model(), m_worker);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_worker->setCompleter(completer);
    form->addRow(tr("Linked &worker record:"), m_worker);
    form->addRow(QString(),
        new WrappingLabel(tr("Link the account to the person's own volunteer or worker record, so that supervision "
                             "rules know who they are. Type part of a name to search."),
            this));

    if (creating) {
        addPasswordRows(form, tr("First &password:"), tr("First password"));
        form->addRow(QString(),
            new WrappingLabel(tr("They will be asked to choose their own password the first time they log in. Tell "
                                 "them this first password in person or by phone, not by email."),
                this));
    }

    if (account) {
        m_displayName->setText(account->displayName);
        m_role->setCurrentIndex(std::max(0, m_role->findData(int(account->role))));
        int index = m_worker->findData(account->workerId);
        if (index < 0) {
            // Linked to a record the list does not offer: keep it, rather than unlink it silently.
            m_worker->addItem(
                account->workerName.isEmpty() ? tr("Worker no. %1").arg(account->workerId) : account->workerName,
                account->workerId);
            index = m_worker->count() - 1;
        }
        m_worker->setCurrentIndex(index);
    } else {
        m_role->setCurrentIndex(std::max(0, m_role->findData(int(core::Actor::Role::Coordinator))));
    }
    showRoleDescription();
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountEditDialog::showRoleDescription);

    if (!workers) {
        showProblem(tr("The worker records could not be read, so the account can be linked to none. %1")
                        .arg(workers.message()));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(creating ? tr("Cre&ate Account") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    hideProblemWhenEdited();
    if (m_userNameEdit) {
        m_userNameEdit->setFocus();
    } else {
        m_displayName->setFocus();
    }
}

void AccountEditDialog::showRoleDescription()
{
    m_roleDescription->setText(core::Permissions::roleDescription(core::Actor::Role(m_role->currentData().toInt())));
}

bool AccountEditDialog::chosenWorker(qint64* workerId) const
{
    const QString text = m_worker->currentText().trimmed();
    if (text.isEmpty()) {
        *workerId = 0;
        return true;
    }
    int index = m_worker->currentIndex();
    if (index < 0 || m_worker->itemText(index).compare(text, Qt::CaseInsensitive) != 0) {
        index = m_worker->findText(text, Qt::MatchFixedString); // case-insensitive, whole name
    }
    if (index < 0) {
        return false;
    }
    *workerId = m_worker->itemData(index).toLongLong();
    return true;
}

void AccountEditDialog::accept()
{
    const core::Actor::Role role = core::Actor::Role(m_role->currentData().toInt());
    const QString displayName = m_displayName->text().trimmed();
    qint64 workerId = 0;
    if (m_userNameEdit) {
        const QString userName = m_userNameEdit->text().trimmed();
        if (core::Status s = core::AccountService::checkUserName(userName); !s) {
            showProblem(s.message(), m_userNameEdit);
            return;
        }
        if (!chosenWorker(&workerId)) {
            showProblem(tr("There is no worker record called \"%1\". Choose one from the list, or None.")
                            .arg(m_worker->currentText().trimmed()),
                m_worker);
            return;
        }
        if (!checkPasswords(userName)) {
            return;
        }
        const core::NewAccount account { userName, displayName, role, workerId, m_password->text() };
        auto created = core::AccountService(m_db).create(m_actor, account);
        if (!created) {
            showProblem(created.message());
            return;
        }
        m_accountId = created.value();
        clearPasswords();
    } else {
        if (!chosenWorker(&workerId)) {
            showProblem(tr("There is no worker record called \"%1\". Choose one from the list, or None.")
                            .arg(m_worker->currentText().trimmed()),
                m_worker);
            return;
        }
        if (core::Status s = core::AccountService(m_db).update(m_actor, m_accountId, displayName, role, workerId); !s) {
            showProblem(s.message());
            return;
        }
    }
    QDialog::accept();
}

ResetPasswordDialog::ResetPasswordDialog(
    core::Database& db, const core::Actor& actor, const core::Account& account, QWidget* parent)
    : AccountFormDialog(db, actor, parent)
    , m_accountId(account.id)
    , m_userName(account.userName)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset Password"));
    const QString who
        = account.displayName.isEmpty() ? account.userName : tr("%1 (%2)").arg(account.displayName, account.userName);
    // The service lets an administrator reset their own password without a forced change.
    const bool own = account.id == m_actor.accountId;
    auto* intro = new WrappingLabel(own
            ? tr("Choose a new password for your own account, %1. It takes effect straight away.").arg(who)
            : tr("Choose a temporary password for %1. They will have to choose their own password the next time "
                 "they log in. Tell them the temporary one in person or by phone, not by email.")
                  .arg(who),
        this);
    intro->setObjectName(QStringLiteral("resetIntroLabel"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    addPasswordRows(form, own ? tr("New &password:") : tr("&Temporary password:"),
        own ? tr("New password") : tr("Temporary password"));
    m_password->setMinimumWidth(280);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Reset Password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    hideProblemWhenEdited();
    m_password->setFocus();
}

void ResetPasswordDialog::accept()
{
    if (!checkPasswords(m_userName)) {
        return;
    }
    if (core::Status s = core::AccountService(m_db).resetPassword(m_actor, m_accountId, m_password->text()); !s) {
        showProblem(s.message(), m_password);
        return;
    }
    clearPasswords();
    QDialog::accept();
}

} // namespace alongside::ui
