#pragma once

#include "core/actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * Asks for a user name and password and logs in through AccountService, which checks, throttles
 * and audits. Stays open on a wrong password (the password box is cleared; the user name is kept).
 * After exec() returns Accepted, actor() is the logged-in user.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(core::Database& db, const QString& charityName, const QString& userName, bool unlocking,
        QWidget* parent = nullptr);

    core::Actor actor() const { return m_actor; }

    void accept() override;

private:
    core::Database& m_db;
    core::Actor m_actor;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_password = nullptr;
    WrappingLabel* m_error = nullptr;
};

/**
 * Creates the first administrator of a database that has no accounts: a new file, or one made
 * before accounts existed. Nothing in the database is shown until this is done.
 */
class AdministratorSetupDialog : public QDialog
{
    Q_OBJECT

public:
    AdministratorSetupDialog(core::Database& db, QWidget* parent = nullptr);

    core::Actor actor() const { return m_actor; }

    void accept() override;

private:
    core::Database& m_db;
    core::Actor m_actor;
    QLineEdit* m_userName = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    WrappingLabel* m_error = nullptr;
};

/**
 * Changes the logged-in user's own password. In `forced` mode (a new or reset account) it says
 * why, and cancelling it means not going on.
 */
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(core::Database& db, const core::Actor& actor, bool forced, QWidget* parent = nullptr);

    void accept() override;

private:
    core::Database& m_db;
    core::Actor m_actor;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_confirm = nullptr;
    WrappingLabel* m_error = nullptr;
};

} // namespace alongside::ui
