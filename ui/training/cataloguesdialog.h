#pragma once

#include "core/actor.h"
#include "core/workforce/workforcetypes.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * The charity's own lists that shape worker records: the roles people hold (with what each role
 * needs: supervision, a DBS check, references) and the steps of recruitment, in order. Roles and
 * steps are never deleted, since records refer to them: untick Active or Used instead. Each save
 * goes on the window's undo stack. Without EditCatalogues both lists are shown read-only.
 */
class CataloguesDialog : public QDialog
{
    Q_OBJECT

public:
    CataloguesDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent = nullptr);

    /** Reads both lists again, keeping the current role and step selected. */
    void reload();

private:
    QWidget* makeRolesTab();
    QWidget* makeStepsTab();
    void reloadRoles(qint64 selectId);
    void reloadSteps(qint64 selectId);
    void showRole(const core::RoleType& role);
    void showStep(const core::RecruitmentStep& step);
    void roleChanged();
    void stepChanged();
    void addRole();
    void saveRole();
    void addStep();
    void saveStep();
    void moveStep(int by);
    void updateStepButtons();
    void showProblem(WrappingLabel* label, const QString& message);
    void showDone(WrappingLabel* label, const QString& message);

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    bool m_canEdit;

    QTabWidget* m_tabs;

    // Roles.
    QList<core::RoleType> m_roles;
    core::RoleType m_role; // as read; id 0 for a new one
    QTreeWidget* m_roleTable;
    QLabel* m_roleHeading;
    QLineEdit* m_roleName;
    QCheckBox* m_rolePeer;
    QComboBox* m_rolePay;
    QSpinBox* m_roleSupervision;
    QComboBox* m_roleDbs;
    QSpinBox* m_roleReferences;
    QCheckBox* m_roleActive;
    WrappingLabel* m_roleFeedback;
    QPushButton* m_addRole;
    QPushButton* m_saveRole;

    // Recruitment steps.
    QList<core::RecruitmentStep> m_steps; // in order
    core::RecruitmentStep m_step;
    QListWidget* m_stepList;
    QLabel* m_stepHeading;
    QLineEdit* m_stepName;
    QCheckBox* m_stepEnabled;
    WrappingLabel* m_stepFeedback;
    QPushButton* m_addStep;
    QPushButton* m_saveStep;
    QPushButton* m_moveUp;
    QPushButton* m_moveDown;
};

} // namespace alongside::ui
