#include "accountsdialog.h"

#include "core/auth/permissions.h"
#include "ui/accounts/accounteditdialog.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

enum Column
{
    UserNameColumn,
    DisplayNameColumn,
    RoleColumn,
    WorkerColumn,
    StatusColumn,
    LastLoginColumn
};

} // namespace

AccountsDialog::AccountsDialog(core::Database& db, const core::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_table(new QTreeWidget(this))
    , m_message(new WrappingLabel(QString(), this))
    , m_new(new QPushButton(tr("&New Account…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_reset(new QPushButton(tr("&Reset Password…"), this))
    , m_disable(new QPushButton(tr("Turn &Off"), this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));

    auto* intro = new WrappingLabel(tr("Everyone who uses Alongside should have their own account. The role decides "
                                       "what they can see and change. Turn off the account of someone who leaves, "
                                       "rather than sharing it: the audit log then still says who did what."),
        this);
    auto* tableLabel = new QLabel(tr("&Accounts:"), this);
    tableLabel->setBuddy(m_table);

    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setAccessibleName(tr("Accounts"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHeaderLabels(
        { tr("User name"), tr("Display name"), tr("Role"), tr("Worker record"), tr("Status"), tr("Last login") });
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(m_table, &QTreeWidget::itemActivated, this, &AccountsDialog::editAccount);

    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_new->setObjectName(QStringLiteral("newAccountButton"));
    m_new->setAccessibleName(tr("New account"));
    m_edit->setObjectName(QStringLiteral("editAccountButton"));
    m_edit->setAccessibleName(tr("Edit the selected account"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_reset->setAccessibleName(tr("Reset the selected account's password"));
    m_disable->setObjectName(QStringLiteral("disableAccountButton"));
    connect(m_new, &QPushButton::clicked, this, &AccountsDialog::newAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_disable, &QPushButton::clicked, this, &AccountsDialog::toggleDisabled);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addWidget(m_reset);
    actions->addWidget(m_disable);
    actions->addStretch(1);
    actions->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message, 1);
    layout->addLayout(actions);
    setMinimumSize(QSize(760, 420).expandedTo(layout->minimumSize()));

    reload();
    m_table->setFocus();
}

void AccountsDialog::reload(qint64 selectId)
{
    if (selectId == 0) {
        if (const core::Account* current = selectedAccount()) {
            selectId = current->id;
        }
    }
    m_table->clear();
    auto accounts = core::AccountService(m_db).accounts(m_actor);
    if (!accounts) {
        m_accounts.clear();
        m_message->setText(accounts.message());
        m_message->show();
        m_table->hide();
        m_new->setEnabled(false);
        updateButtons();
        return;
    }
    m_accounts = accounts.takeValue();
    m_message->hide();
    m_table->show();
    m_new->setEnabled(true);

    const QLocale locale;
    QTreeWidgetItem* select = nullptr;
    for (const core::Account& a : std::as_const(m_accounts)) {
        QString status = tr("Active");
        if (a.disabled) {
            status = tr("Turned off");
        } else if (a.mustChangePassword) {
            status = tr("Must choose a new password");
        }
        const QString lastLogin = a.lastLoginAt.isValid()
            ? locale.toString(a.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
            : tr("Never");
        auto* item = new QTreeWidgetItem(m_table,
            { a.userName, a.displayName, core::Permissions::roleName(a.role),
                a.workerId > 0 ? a.workerName : tr("None"), status, lastLogin });
        item->setData(UserNameColumn, Qt::UserRole, a.id);
        if (a.id == m_actor.accountId) {
            item->setToolTip(UserNameColumn, tr("This is your own account."));
        }
        if (a.id == selectId || !select) {
            select = item;
        }
    }
    if (select) {
        m_table->setCurrentItem(select);
    }
    updateButtons();
}

const core::Account* AccountsDialog::selectedAccount() const
{
    const QTreeWidgetItem* item = m_table->currentItem();
    if (!item) {
        return nullptr;
    }
    const qint64 id = item->data(UserNameColumn, Qt::UserRole).toLongLong();
    for (const core::Account& a : m_accounts) {
        if (a.id == id) {
            return &a;
        }
    }
    return nullptr;
}

void AccountsDialog::updateButtons()
{
    const core::Account* a = selectedAccount();
    m_edit->setEnabled(a != nullptr);
    m_reset->setEnabled(a != nullptr);
    m_disable->setEnabled(a != nullptr);
    const bool turnOn = a && a->disabled;
    m_disable->setText(turnOn ? tr("Turn O&n") : tr("Turn &Off"));
    m_disable->setAccessibleName(turnOn ? tr("Turn the selected account on") : tr("Turn the selected account off"));
}

void AccountsDialog::newAccount()
{
    AccountEditDialog dialog(m_db, m_actor, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(dialog.accountId());
    }
}

void AccountsDialog::editAccount()
{
    const core::Account* a = selectedAccount();
    if (!a) {
        return;
    }
    const qint64 id = a->id;
    AccountEditDialog dialog(m_db, m_actor, *a, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(id);
    }
}

void AccountsDialog::resetPassword()
{
    const core::Account* a = selectedAccount();
    if (!a) {
        return;
    }
    const qint64 id = a->id;
    ResetPasswordDialog dialog(m_db, m_actor, *a, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload(id);
    }
}

void AccountsDialog::toggleDisabled()
{
    const core::Account* a = selectedAccount();
    if (!a) {
        return;
    }
    const qint64 id = a->id;
    const bool disable = !a->disabled;
    if (disable
        && !prompts::confirm(this, tr("Turn Off Account?"),
            tr("Turn off the account %1? Nobody will be able to log in with it until an administrator turns it on "
               "again. Its history stays in the audit log.")
                .arg(a->userName),
            tr("Turn Off"))) {
        return;
    }
    const core::Status s = core::AccountService(m_db).setDisabled(m_actor, id, disable);
    // Read the list again either way, so that it shows what is stored.
    reload(id);
    if (!s) {
        prompts::warning(this, disable ? tr("Account Not Turned Off") : tr("Account Not Turned On"), s.message());
    }
}

} // namespace alongside::ui
