#pragma once

#include "core/actor.h"
#include "core/clients/clientservice.h"
#include "core/clients/clienttypes.h"
#include "core/measures/measureservice.h"
#include "core/result.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <type_traits>

class QCheckBox;
class QComboBox;
class QFrame;
class QHBoxLayout;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
} // namespace alongside::core

namespace alongside::ui {

class FeedbackBanner;
class OptionalDateEdit;
class OutcomeChart;
class TimelineWidget;
class WrappingLabel;

/**
 * One person supported: a header (name, where their support stands, and the risk note whenever
 * there is one) over tabs for their details and matching preferences, referrals and episodes,
 * sessions, goals, outcome measures, consent and involvement (their journey and timeline). Every change is saved
 * through ClientService at once and put on the window's undo stack; the tabs are read again whenever that stack moves,
 * so Undo and Redo (its own buttons, Ctrl+Z and Ctrl+Shift+Z) show their effect. Roles that may not change records see
 * every field read-only and no edit buttons.
 */
class ClientRecordDialog : public QDialog
{
    Q_OBJECT

public:
    ClientRecordDialog(
        core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 clientId, QWidget* parent = nullptr);

    qint64 clientId() const { return m_clientId; }

    /** True once anything was saved, undone or redone while the record was open. */
    bool madeChanges() const { return m_madeChanges; }

    QTabWidget* tabs() const { return m_tabs; }

    /** The "Involvement and Journey" tab: the person's journey and timeline, read when the tab is shown. */
    TimelineWidget* timeline() const { return m_timeline; }

    /** The episode selected on the Referrals and Episodes tab; 0 if none. */
    qint64 selectedEpisodeId() const;

    /**
     * The box under the episode table for the selected episode's mentor match (object name
     * "matchBox", with a QVBoxLayout). Hidden until something is put in it.
     */
    QGroupBox* matchBox() const { return m_matchBox; }

signals:
    /** The selection in the episode table changed (0: none), including after the table is read again. */
    void episodeSelected(qint64 episodeId);

private:
    /** Saves row through ClientService and puts the change on the undo stack. */
    template<typename T>
    core::Status saveAndRecord(T row, const std::optional<T>& before, const QString& text,
        core::Result<qint64> (core::ClientService::*save)(const core::Actor&, const T&),
        core::Status (core::ClientService::*remove)(const core::Actor&, qint64));
    /** Removes the row selected in table (no question: undo brings it back). */
    template<typename T>
    void removeSelected(const QList<T>& rows, QTreeWidget* table,
        const std::type_identity_t<std::function<QString(const T&)>>& text,
        core::Result<qint64> (core::ClientService::*save)(const core::Actor&, const T&),
        core::Status (core::ClientService::*remove)(const core::Actor&, qint64));

    // The shell and the header.
    /** "Subject Access Export…" beside Close (roles that may export records). */
    void addSubjectAccessAction(QHBoxLayout* layout);
    void reload();
    void changeSaved();
    /** Anonymise… and Erase… (administrators only): ErasureDialog; erasing closes the record. */
    void addErasureButtons(QHBoxLayout* bottom);
    void showMessage(const QString& message);
    void updateHeader();
    QPushButton* editButton(const QString& text, const QString& objectName, const QString& accessibleName);

    // Details.
    QWidget* buildDetailsTab();
    void loadProfile(bool force);
    void showProfile();
    void saveProfile();
    core::ClientProfile profileFromForm() const;

    // Referrals and episodes.
    QWidget* buildEpisodesTab();
    void loadEpisodes();
    void editReferral(bool adding);
    void removeReferral();
    void editEpisode(bool adding);
    void endEpisode();
    void removeEpisode();
    /** "1:1 peer mentoring, from 3 Mar 2026 (open)", for pickers. */
    QString episodeLabel(const core::Episode& episode) const;

    // Sessions.
    QWidget* buildSessionsTab();
    void loadSessions();
    void editSession(bool adding);
    void removeSession();
    /** The worker a new session in episode is most likely with: the active mentor, else the last one seen. */
    qint64 likelyWorker(qint64 episodeId) const;

    // Goals.
    QWidget* buildGoalsTab();
    void loadGoals();
    void editGoal(bool adding);
    void removeGoal();

    // Outcomes.
    QWidget* buildOutcomesTab();
    void loadOutcomes();
    void recordQuestionnaire();
    void viewAnswers();
    void removeResponse();
    /** Fills the chart's list of measures (those the person has answered) and shows the chosen one. */
    void loadOutcomeChart();
    void showOutcomeChart();

    // Consent.
    QWidget* buildConsentTab();
    void loadConsent();
    void recordConsent();
    void withdrawConsent();
    void removeConsent();

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    qint64 m_clientId;
    bool m_canEdit;
    bool m_madeChanges = false;
    bool m_profileStale = false; // set by the details' undo command, so the form is read again

    QLabel* m_name = nullptr;
    QLabel* m_summary = nullptr;
    QFrame* m_riskBanner = nullptr;
    WrappingLabel* m_riskText = nullptr;
    FeedbackBanner* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;

    // Details.
    core::ClientProfile m_profile;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_knownAs = nullptr;
    OptionalDateEdit* m_birth = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_reference = nullptr; // the ID from the charity's old records
    QComboBox* m_gender = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QPlainTextEdit* m_riskNote = nullptr;
    QLabel* m_riskUpdated = nullptr;
    QLineEdit* m_languages = nullptr;
    QList<QCheckBox*> m_slots;
    QCheckBox* m_homeVisits = nullptr;
    QComboBox* m_wantedGender = nullptr;
    QListWidget* m_wantedAreas = nullptr;
    QCheckBox* m_sharedEthnicity = nullptr;
    QCheckBox* m_sharedLanguage = nullptr;
    QPlainTextEdit* m_preferenceNote = nullptr;

    // Referrals and episodes.
    QList<core::Referral> m_referrals;
    QList<core::Episode> m_episodes;
    QList<core::ReferralSource> m_sources;
    QList<core::ServiceComponent> m_components;
    QTreeWidget* m_referralTable = nullptr;
    QTreeWidget* m_episodeTable = nullptr;
    QGroupBox* m_matchBox = nullptr;

    // Sessions.
    QList<core::Session> m_sessions;
    QTreeWidget* m_sessionTable = nullptr;
    WrappingLabel* m_groupNote = nullptr;

    // Goals.
    QList<core::Goal> m_goals;
    QTreeWidget* m_goalTable = nullptr;

    // Outcomes.
    QList<core::MeasureResponse> m_responses;
    QTreeWidget* m_outcomeTable = nullptr;
    QComboBox* m_chartMeasure = nullptr;
    OutcomeChart* m_chart = nullptr;

    // Consent.
    QList<core::Consent> m_consents;
    QTreeWidget* m_consentTable = nullptr;

    // Involvement.
    TimelineWidget* m_timeline = nullptr;
};

} // namespace alongside::ui
