#pragma once

#include "core/actor.h"
#include "core/services/settingsservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QDoubleSpinBox;
class QSpinBox;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

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

private:
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
    WrappingLabel* m_error;
};

} // namespace alongside::ui
