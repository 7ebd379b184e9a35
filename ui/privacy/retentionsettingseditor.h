#pragma once

#include "core/actor.h"
#include "core/privacy/retention.h"
#include "core/result.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QSpinBox;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

/**
 * The Retention section of the Settings dialog: how long records of people supported, of volunteers
 * and workers who left, and of unsuccessful applicants are kept before the retention review lists
 * them. Each period is a spin box in years or months whose lowest value reads "Never".
 */
class RetentionSettingsEditor : public QObject
{
    Q_OBJECT

public:
    RetentionSettingsEditor(core::Database& db, const core::Actor& actor, QWidget* parent);

    /** Adds the heading, the three fields and their explanations to form. */
    void addTo(QFormLayout* form, QLabel* heading);

    core::RetentionSettings settings() const;
    /** Checks the values without saving. */
    core::Status validate() const;
    /** Saves through RetentionService (audit-logged). */
    core::Status save();

    QSpinBox* supportedSpin() const { return m_supported; }

    QSpinBox* workerSpin() const { return m_worker; }

    QSpinBox* applicantSpin() const { return m_applicant; }

private:
    core::Database& m_db;
    core::Actor m_actor;
    QWidget* m_parent;
    QSpinBox* m_supported;
    QSpinBox* m_worker;
    QSpinBox* m_applicant;
};

} // namespace alongside::ui
