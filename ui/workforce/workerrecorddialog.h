#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "core/supervision/supervisiontypes.h"
#include "core/workforce/workforcetypes.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <type_traits>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
} // namespace alongside::core

namespace alongside::ui {

class FeedbackBanner;
class OptionalDateEdit;
class TimelineWidget;

/**
 * One worker's record: a header (name, status, current roles) over tabs for the profile, status and
 * roles, recruitment and checks, hours, training, supervision (who supervises them, and when
 * they are next due; for roles that may see supervision) and (only for roles allowed to see it)
 * lived experience, and their involvement (journey and timeline). Every change is saved through WorkforceService or
 * TrainingService at once and put on the window's undo stack; the tabs are read again whenever that stack moves, so
 * Undo and Redo (its own buttons, Ctrl+Z and Ctrl+Shift+Z) show their effect. Roles that may not change records see
 * every field read-only and no edit buttons.
 */
class WorkerRecordDialog : public QDialog
{
    Q_OBJECT

public:
    WorkerRecordDialog(
        core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 workerId, QWidget* parent = nullptr);

    qint64 workerId() const { return m_workerId; }

    /** True once anything was saved, undone or redone while the record was open. */
    bool madeChanges() const { return m_madeChanges; }

    QTabWidget* tabs() const { return m_tabs; }

    /** The "Involvement and Journey" tab: the person's journey and timeline, read when the tab is shown. */
    TimelineWidget* timeline() const { return m_timeline; }

private:
    /** "Subject Access Export…" beside Close (roles that may export records). */
    void addSubjectAccessAction(QHBoxLayout* layout);
    /** Saves row through the service and puts the change on the undo stack. */
    template<typename Service, typename T>
    core::Status saveAndRecord(T row, const std::optional<T>& before, const QString& text,
        core::Result<qint64> (Service::*save)(const core::Actor&, const T&),
        core::Status (Service::*remove)(const core::Actor&, qint64));
    /** Removes the row selected in table (no question: undo brings it back). */
    template<typename Service, typename T>
    void removeSelected(const QList<T>& rows, QTreeWidget* table,
        const std::type_identity_t<std::function<QString(const T&)>>& text,
        core::Result<qint64> (Service::*save)(const core::Actor&, const T&),
        core::Status (Service::*remove)(const core::Actor&, qint64));

    // The shell and the header.
    void reload();
    void changeSaved();
    /** Anonymise… and Erase… (administrators only): ErasureDialog; erasing closes the record. */
    void addErasureButtons(QHBoxLayout* bottom);
    void showMessage(const QString& message);
    void updateHeader();

    // Profile.
    QWidget* buildProfileTab();
    void loadProfile(bool force);
    void saveProfile();
    core::WorkerProfile profileFromForm() const;

    // Status and roles.
    QWidget* buildStatusTab();
    void loadStatus();
    void changeStatus();
    void removeStatus();
    void editRole(bool adding);
    void endRole();
    void removeRole();

    // Recruitment and checks.
    QWidget* buildChecksTab();
    void loadChecks();
    void markStepDone();
    void clearStep();
    void editReference(bool adding);
    void removeReference();
    void editDbsCheck(bool adding);
    void removeDbsCheck();

    // Hours.
    QWidget* buildHoursTab();
    void loadHours();
    void editHours(bool adding);
    void removeHours();

    // Training.
    QWidget* buildTrainingTab();
    void loadTraining();
    void editCompletion(bool adding);
    void removeCompletion();

    // Supervision (only built for those who may see it: coordinators and administrators, and a
    // supervisor on their own record or a current supervisee's).
    bool maySeeSupervision() const;
    QWidget* buildSupervisionTab();
    void loadSupervision();
    void editArrangement(bool adding);
    void endArrangement();
    void removeArrangement();
    void openSupervisionHistory();

    // Lived experience (sensitive; only built for roles allowed to see it).
    QWidget* buildLivedExperienceTab();
    void loadLivedExperience();
    void saveLivedExperience();
    void withdrawLivedExperience();

    QPushButton* editButton(const QString& text, const QString& objectName, const QString& accessibleName);

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    qint64 m_workerId;
    bool m_canEdit;
    bool m_madeChanges = false;
    bool m_profileStale = false; // set by the profile's undo command, so the form is read again

    QLabel* m_name = nullptr;
    QLabel* m_summary = nullptr;
    FeedbackBanner* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;

    // Profile.
    core::WorkerProfile m_profile;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_knownAs = nullptr;
    OptionalDateEdit* m_birth = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_reference = nullptr; // the ID from the charity's old records
    QLineEdit* m_emergencyName = nullptr;
    QLineEdit* m_emergencyRelationship = nullptr;
    QLineEdit* m_emergencyPhone = nullptr;
    QLineEdit* m_availability = nullptr;
    QList<QCheckBox*> m_slotChecks; // Demographics::slotKeys(), in order
    QCheckBox* m_homeVisits = nullptr;
    QLineEdit* m_languages = nullptr;
    QLineEdit* m_accessNeeds = nullptr;
    QSpinBox* m_maxMentees = nullptr;
    QComboBox* m_gender = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QComboBox* m_disability = nullptr;
    QComboBox* m_orientation = nullptr;
    QComboBox* m_religion = nullptr;

    // Status and roles.
    QList<core::StatusChange> m_statuses;
    QList<core::RoleAssignment> m_roles;
    QList<core::RoleType> m_roleTypes;
    QTreeWidget* m_statusTable = nullptr;
    QTreeWidget* m_roleTable = nullptr;

    // Recruitment and checks.
    QList<core::RecruitmentStep> m_steps;
    QList<core::StepRecord> m_stepRecords;
    QList<core::Reference> m_references;
    QList<core::DbsCheck> m_dbsChecks;
    QTreeWidget* m_stepTable = nullptr;
    QTreeWidget* m_referenceTable = nullptr;
    QTreeWidget* m_dbsTable = nullptr;

    // Hours.
    QList<core::HoursEntry> m_hours;
    QTreeWidget* m_hoursTable = nullptr;
    QTreeWidget* m_monthTable = nullptr;

    // Training.
    QList<core::Completion> m_completions;
    QTreeWidget* m_completionTable = nullptr;

    // Supervision.
    QWidget* m_supervisionTab = nullptr;
    QList<core::SupervisionArrangement> m_arrangements;
    QTreeWidget* m_arrangementTable = nullptr;
    QLabel* m_supervisionDueIcon = nullptr;
    QLabel* m_supervisionDue = nullptr;

    // Lived experience.
    QWidget* m_livedTab = nullptr;
    TimelineWidget* m_timeline = nullptr;
    bool m_livedLoaded = false;
    std::optional<core::LivedExperience> m_lived;
    OptionalDateEdit* m_consent = nullptr;
    QListWidget* m_areas = nullptr;
    QLineEdit* m_disclosure = nullptr;
    QPlainTextEdit* m_livedNote = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace alongside::ui
