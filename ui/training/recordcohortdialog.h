#pragma once

#include "core/actor.h"
#include "core/workforce/workforcetypes.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * Records one course for a group who took it together: the course, the date and provider once,
 * then a tick for each person. All are saved or none (TrainingService::recordCohort), and one undo
 * takes the whole group back.
 */
class RecordCohortDialog : public QDialog
{
    Q_OBJECT

public:
    RecordCohortDialog(
        core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 courseId, QWidget* parent = nullptr);

    /** The ids of the completions recorded (after OK). */
    QList<qint64> recordedIds() const { return m_recorded; }

    /** What was recorded, in a sentence (after OK). */
    QString summary() const { return m_summary; }

    void accept() override;

private:
    void fillPeople();
    void applyFilter();
    void updateCount();
    void setShownChecked(bool checked);
    QList<qint64> tickedWorkers() const;
    void showProblem(const QString& message);

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    QList<core::WorkerSummary> m_people;
    QList<qint64> m_recorded;
    QString m_summary;

    QComboBox* m_course;
    QDateEdit* m_date;
    QLineEdit* m_provider;
    QLineEdit* m_note;
    QLineEdit* m_search;
    QCheckBox* m_everyone;
    QListWidget* m_list;
    QPushButton* m_selectAll;
    QPushButton* m_clear;
    QLabel* m_count;
    WrappingLabel* m_error;
};

} // namespace alongside::ui
