#pragma once

#include "core/actor.h"
#include "core/clients/clienttypes.h"
#include "core/supervision/supervisiontypes.h"
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
 * The charity's own lists: the roles people hold (with what each role needs: supervision, a DBS
 * check, references), the steps of recruitment, in order, the services offered to people supported
 * (mentoring, courses, groups, ...), the sources referrals come from and the themes supervision
 * records are tagged with. Nothing on them that records refer to is ever deleted: untick Active or
 * Used instead (a supervision theme no record uses can be removed). Each save goes on the window's
 * undo stack. Without EditCatalogues every list is shown read-only.
 */
class CataloguesDialog : public QDialog
{
    Q_OBJECT

public:
    CataloguesDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent = nullptr);

    enum class Tab
    {
        Roles,
        Steps,
        Services,
        ReferralSources,
        SupervisionThemes
    };
    /** Shows one of the lists (the menus open the dialog on the one they name). */
    void showTab(Tab tab);

    /** Reads every list again, keeping the current row of each selected. */
    void reload();

private:
    QWidget* makeRolesTab();
    QWidget* makeStepsTab();
    QWidget* makeServicesTab();
    QWidget* makeSourcesTab();
    QWidget* makeThemesTab();
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
    void reloadServices(qint64 selectId);
    void showService(const core::ServiceComponent& service);
    void serviceChanged();
    void addService();
    void saveService();
    void reloadSources(qint64 selectId);
    void showSource(const core::ReferralSource& source);
    void sourceChanged();
    void addSource();
    void saveSource();
    core::ReferralSource newSource() const;
    int nextSourcePosition(const QString& category) const;
    void reloadThemes(qint64 selectId);
    void showTheme(const core::SupervisionTheme& theme);
    void themeChanged();
    void addTheme();
    void saveTheme();
    void removeTheme();
    void moveTheme(int by);
    void updateThemeButtons();
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

    // Services offered to people supported.
    QList<core::ServiceComponent> m_services;
    core::ServiceComponent m_service;
    QTreeWidget* m_serviceTable;
    QLabel* m_serviceHeading;
    QLineEdit* m_serviceName;
    QComboBox* m_serviceKind;
    QCheckBox* m_serviceActive;
    WrappingLabel* m_serviceFeedback;
    QPushButton* m_addService;
    QPushButton* m_saveService;

    // Referral sources, by category and in the order offered.
    QList<core::ReferralSource> m_sources;
    core::ReferralSource m_source;
    QTreeWidget* m_sourceTable;
    QLabel* m_sourceHeading;
    QComboBox* m_sourceCategory;
    QLineEdit* m_sourceName;
    QSpinBox* m_sourcePosition;
    QCheckBox* m_sourceActive;
    WrappingLabel* m_sourceFeedback;
    QPushButton* m_addSource;
    QPushButton* m_saveSource;

    // Supervision themes, in the order offered.
    QList<core::SupervisionTheme> m_themes;
    core::SupervisionTheme m_theme;
    QListWidget* m_themeList;
    QLabel* m_themeHeading;
    QLineEdit* m_themeName;
    QCheckBox* m_themeActive;
    WrappingLabel* m_themeFeedback;
    QPushButton* m_addTheme;
    QPushButton* m_saveTheme;
    QPushButton* m_removeTheme;
    QPushButton* m_themeUp;
    QPushButton* m_themeDown;
};

} // namespace alongside::ui
