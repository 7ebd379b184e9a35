#pragma once

#include "core/actor.h"
#include "core/auth/accountservice.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QTreeWidget;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * Lists the database's accounts for an administrator and opens the forms that create them, change
 * them, reset their passwords and turn them off or on. Owns only the list it shows: every change
 * goes through AccountService (which checks the actor's role and writes the audit log), and the
 * list is read again after each one.
 */
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(core::Database& db, const core::Actor& actor, QWidget* parent = nullptr);

    /** Reads the accounts again, keeping `selectId` (or else the current account) selected. */
    void reload(qint64 selectId = 0);

private:
    const core::Account* selectedAccount() const;
    void updateButtons();
    void newAccount();
    void editAccount();
    void resetPassword();
    void toggleDisabled();

    core::Database& m_db;
    core::Actor m_actor;
    QList<core::Account> m_accounts;

    QTreeWidget* m_table;
    WrappingLabel* m_message; // instead of the table when the accounts cannot be read
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_reset;
    QPushButton* m_disable;
};

} // namespace alongside::ui
