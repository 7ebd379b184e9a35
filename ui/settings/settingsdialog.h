#pragma once

#include "core/actor.h"
#include "core/services/settingsservice.h"
#include "core/workforce/workforcetypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class RetentionSettingsEditor;
class WrappingLabel;

/**
 * Edits the charity's settings (stored in the database). Values are checked by SettingsService
 * when OK is pressed; a refused value keeps the dialog open with the reason shown.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(core::Database& db, const core::Actor& actor, QWidget* parent = nullptr);

    void accept() override;

    /** Loads a picture file as the logo (scaled to at most 512 px); false with a message if it cannot. */
    bool setLogoFromFile(const QString& path);

    /** The supervision interval field of a role (for tests): every N days or weeks; 0 is none. */
    QSpinBox* supervisionIntervalSpin(qint64 roleTypeId) const;
    QComboBox* supervisionUnitCombo(qint64 roleTypeId) const;

private:
    /** One role's expected supervision interval, as shown in the Supervision section. */
    struct RoleInterval
    {
        core::RoleType type;
        QSpinBox* every = nullptr;
        QComboBox* unit = nullptr; // data: days in one unit (1 or 7)
    };

    QWidget* buildRoleIntervals();
    /** The Retention section (administrators: Permissions::EraseRecords), saved with the rest on OK. */
    void addRetentionSection(QFormLayout* form, QLabel* heading);
    /** The roles whose interval the form changes, with their new interval. */
    QList<core::RoleType> changedRoleTypes() const;
    void chooseLogo();
    void showLogo();

    core::Database& m_db;
    core::Actor m_actor;
    core::CharitySettings m_settings;
    bool m_loadedOk = false;

    QLineEdit* m_name;
    QLabel* m_logoPreview;
    QPushButton* m_chooseLogo;
    QPushButton* m_removeLogo;
    QComboBox* m_yearStart;
    QSpinBox* m_threshold;
    QSpinBox* m_backups;
    QSpinBox* m_autoLock;
    QDoubleSpinBox* m_hourlyRate;
    QSpinBox* m_dbsRecheck;
    QSpinBox* m_expiryWarning;
    QSpinBox* m_noSessionWeeks;
    QSpinBox* m_defaultMentees;
    QSpinBox* m_supervisionDueSoon;
    QList<RoleInterval> m_roleIntervals;
    WrappingLabel* m_rolesProblem = nullptr;
    WrappingLabel* m_error;
    RetentionSettingsEditor* m_retention = nullptr;
};

} // namespace alongside::ui
