#pragma once

#include "core/actor.h"
#include "core/workforce/workforcetypes.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * The training catalogue: the charity's courses, how long they take, how often they must be
 * refreshed, which roles they are mandatory for and which competences they cover. Courses are never
 * deleted (completions refer to them): untick Active to retire one. Each save goes on the window's
 * undo stack. Without EditCatalogues the catalogue is shown read-only.
 */
class TrainingCatalogueDialog : public QDialog
{
    Q_OBJECT

public:
    TrainingCatalogueDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent = nullptr);

    /** Reads the catalogue again, keeping `selectId` (or else the current course) selected. */
    void reload(qint64 selectId = 0);

    /** The id of the course the form shows; 0 for a new one. */
    qint64 currentCourseId() const { return m_loaded.id; }

private:
    void reloadLists();
    void currentChanged();
    void showCourse(const core::Course& course);
    core::Course formCourse() const;
    bool formChanged() const;
    bool mayLeaveForm();
    void newCourse();
    void save();
    void importCompetences();
    void recordForGroup();
    void updateRoleList();
    void showProblem(const QString& message);
    void showDone(const QString& message);

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    bool m_canEdit;
    bool m_canRecord;
    bool m_reloading = false;

    QList<core::Course> m_courses;
    QList<core::RoleType> m_roles;
    QList<core::Competence> m_competences;
    core::Course m_loaded; // as read (or as a new course starts)

    QTreeWidget* m_table;
    QCheckBox* m_showRetired;
    QLabel* m_formHeading;
    QLineEdit* m_title;
    QLineEdit* m_provider;
    QDoubleSpinBox* m_days;
    QDoubleSpinBox* m_hours;
    QSpinBox* m_credits;
    QLineEdit* m_accreditation;
    QSpinBox* m_refresh;
    QCheckBox* m_mandatoryAll;
    QListWidget* m_roleList;
    QListWidget* m_competenceList;
    QCheckBox* m_active;
    WrappingLabel* m_feedback;
    QPushButton* m_new;
    QPushButton* m_save;
    QPushButton* m_import;
    QPushButton* m_record;
};

} // namespace alongside::ui
