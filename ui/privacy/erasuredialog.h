#pragma once

#include "core/actor.h"
#include "core/privacy/erasureservice.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * Confirms erasing or anonymising one person: what will be removed and what kept, why (a reason
 * from a fixed list), what the backups still hold, and the person's name (or the word ERASE or
 * ANONYMISE) typed to confirm. OK runs ErasureService; a refusal keeps the dialog open with the
 * reason shown. When the service refuses before anything is typed (a login account, a mentor of
 * others), the dialog says why and offers only Close.
 */
class ErasureDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Erase,
        Anonymise
    };

    ErasureDialog(core::Database& db, const core::Actor& actor, qint64 personId, Mode mode, QWidget* parent = nullptr);

    void accept() override;

    /** Shows the dialog; true once the person was erased or anonymised. */
    static bool confirmAndRun(
        core::Database& db, const core::Actor& actor, qint64 personId, Mode mode, QWidget* parent);

    QComboBox* reasonCombo() const { return m_reason; }

    QLineEdit* confirmEdit() const { return m_confirm; }

    QPushButton* okButton() const { return m_ok; }

    /**
     * Shows a record's details page as anonymised when on is a date: every field on page becomes
     * read-only (lists and tick boxes disabled), its buttons (Save, Revert) are hidden, and a line
     * at the top says when it was anonymised; anonymise (if not null) is disabled, with a tooltip
     * saying when. Does nothing when on is null.
     */
    static void showAnonymised(QWidget* page, const QDate& on, QPushButton* anonymise);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QString removedText(const core::ErasurePreview& p) const;
    QString keptText(const core::ErasurePreview& p) const;
    QString backupsText() const;
    bool confirmed() const;
    void fitHeight(int width);

    core::Database& m_db;
    core::Actor m_actor;
    qint64 m_personId;
    Mode m_mode;
    QString m_name;
    QString m_word; // ERASE or ANONYMISE, translated
    QComboBox* m_reason;
    QLineEdit* m_confirm;
    QPushButton* m_ok = nullptr;
    WrappingLabel* m_error;
};

} // namespace alongside::ui
