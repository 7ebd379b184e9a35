#pragma once

#include "core/actor.h"
#include "core/clients/clientservice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace alongside::core {
class Database;
} // namespace alongside::core

namespace alongside::ui {

class FeedbackBanner;
class OptionalDateEdit;

/**
 * Refers someone: their name and contact details, and the referral (date, who referred them, why,
 * and the triage outcome if known). Before adding, asks ClientService for anyone on file with the
 * same name and date of birth, and offers to use them instead (DuplicateChoiceDialog). Whatever is
 * saved goes on the undo stack. A refused value keeps the dialog open with the reason shown.
 */
class NewReferralDialog : public QDialog
{
    Q_OBJECT

public:
    NewReferralDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent = nullptr);

    /** The person supported whose record to open next, once accepted. */
    qint64 clientId() const { return m_clientId; }

    /** True if anything was saved (a new person, or a referral added to someone's record). */
    bool madeChanges() const { return m_madeChanges; }

    void accept() override;

private:
    void showProblem(const QString& message, QWidget* field = nullptr);
    void fillSources();
    core::ClientProfile profileFromForm() const;
    core::Referral referralFromForm() const;
    /** Creates the person supported and puts the adding on the undo stack. */
    bool create(core::ClientProfile profile, core::Referral referral);
    /** Adds the referral to someone already supported, with undo. */
    bool addReferralTo(qint64 clientId, const QString& name, core::Referral referral);

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    qint64 m_clientId = 0;
    bool m_madeChanges = false;
    QList<core::ReferralSource> m_sources;
    QLineEdit* m_given;
    QLineEdit* m_family;
    QLineEdit* m_knownAs;
    OptionalDateEdit* m_birth;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_postcode;
    QDateEdit* m_referredOn;
    QComboBox* m_category;
    QComboBox* m_source;
    QLineEdit* m_detail;
    QPlainTextEdit* m_reason;
    QComboBox* m_triage;
    QDateEdit* m_triageOn;
    FeedbackBanner* m_problem;
};

/**
 * Someone with the same name (and date of birth) is already on file: the coordinator chooses to add
 * the referral to the record of a person already supported, open that record, make someone on file
 * (a volunteer, say) a person supported with their details kept, or add a new person after all.
 */
class DuplicateChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice
    {
        Cancel, // back to the form
        AddReferralToExisting,
        OpenExisting,
        UseExistingPerson,
        AddNew
    };

    DuplicateChoiceDialog(const QList<core::ClientDuplicate>& duplicates, bool canEdit, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }

    /** The one chosen from the list. */
    core::ClientDuplicate selected() const;

private:
    void choose(Choice choice);
    void updateButtons();

    QList<core::ClientDuplicate> m_duplicates;
    Choice m_choice = Choice::Cancel;
    QListWidget* m_list;
    QPushButton* m_addReferral;
    QPushButton* m_open;
    QPushButton* m_use;
    QPushButton* m_addNew;
};

} // namespace alongside::ui
