#pragma once

#include "core/actor.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QUndoStack;

namespace alongside::core {
class Database;
} // namespace alongside::core

namespace alongside::ui {

class FeedbackBanner;
class OptionalDateEdit;

/**
 * Adds a person who delivers support: their name and contact details, a first status and, if
 * known, a first role. Checks with WorkforceService for someone already on file with the same name
 * and date of birth before adding, and puts the adding on the undo stack. A refused value keeps the
 * dialog open with the reason shown under the form.
 */
class NewWorkerDialog : public QDialog
{
    Q_OBJECT

public:
    NewWorkerDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent = nullptr);

    /** The worker added, once accepted. */
    qint64 workerId() const { return m_workerId; }

    void accept() override;

private:
    void showProblem(const QString& message, QWidget* field = nullptr);

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    qint64 m_workerId = 0;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QLineEdit* m_knownAs;
    OptionalDateEdit* m_birth;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QComboBox* m_status;
    QDateEdit* m_statusDate;
    QComboBox* m_role;
    QDateEdit* m_roleStart;
    FeedbackBanner* m_problem;
};

} // namespace alongside::ui
