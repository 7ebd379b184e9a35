#pragma once

#include "core/actor.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPushButton;

namespace alongside::core {
class Database;
struct Account;
} // namespace alongside::core

namespace alongside::ui {

class WrappingLabel;

/**
 * What the account forms share: the inline problem label under the form and the pair of password
 * fields with the password rules. Owns those widgets only; subclasses save through AccountService.
 */
class AccountFormDialog : public QDialog
{
    Q_OBJECT

protected:
    AccountFormDialog(core::Database& db, const core::Actor& actor, QWidget* parent);

    /** Shows "Problem: message" under the form, and moves the focus to `field` if given. */
    void showProblem(const QString& message, QWidget* field = nullptr);

    /** Adds the password, its confirmation and the rules to form. */
    void addPasswordRows(QFormLayout* form, const QString& passwordLabel, const QString& accessibleName);

    /** True when both passwords are the same and AccountService accepts them; otherwise shows why. */
    bool checkPasswords(const QString& userName);

    /** Empties both password fields, so a password does not stay in memory longer than needed. */
    void clearPasswords();

    /** Hides the problem once the user types in any field again, so it never sits beside a corrected value. */
    void hideProblemWhenEdited();

    core::Database& m_db;
    core::Actor m_actor;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    WrappingLabel* m_error;
};

/**
 * Creates an account, or changes an existing one's display name, role and linked worker record.
 * Owns its form; the account is saved through AccountService when the user accepts, and a refused
 * value keeps the dialog open with the reason shown under the form.
 */
class AccountEditDialog : public AccountFormDialog
{
    Q_OBJECT

public:
    /** For a new account. */
    AccountEditDialog(core::Database& db, const core::Actor& actor, QWidget* parent = nullptr);

    /** For changing `account`. */
    AccountEditDialog(
        core::Database& db, const core::Actor& actor, const core::Account& account, QWidget* parent = nullptr);

    /** The account created or changed, once accepted. */
    qint64 accountId() const { return m_accountId; }

    void accept() override;

private:
    AccountEditDialog(core::Database& db, const core::Actor& actor, const core::Account* account, QWidget* parent);

    void showRoleDescription();

    /** The worker record the combo names (0 for None); false if the text names none of them. */
    bool chosenWorker(qint64* workerId) const;

    qint64 m_accountId = 0; // 0 until a new account is created
    QString m_userName; // of the account being changed
    QLineEdit* m_userNameEdit = nullptr; // only when creating
    QLineEdit* m_displayName;
    QComboBox* m_role;
    WrappingLabel* m_roleDescription;
    QComboBox* m_worker;
};

/**
 * Sets a temporary password for an account; its user must choose their own the next time they log
 * in. Owns the two password fields; AccountService checks and stores the password.
 */
class ResetPasswordDialog : public AccountFormDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(
        core::Database& db, const core::Actor& actor, const core::Account& account, QWidget* parent = nullptr);

    void accept() override;

private:
    qint64 m_accountId;
    QString m_userName;
};

} // namespace alongside::ui
