#pragma once

#include "core/actor.h"
#include "core/clients/matching.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class FeedbackBanner;
class WrappingLabel;

/**
 * "Find a mentor": the mentors who pass every hard gate, best match first, each with the reasons
 * behind its rank, and beneath them the mentors shut out and why. The coordinator chooses one and
 * proposes the match (or starts it at once); with rematchOf set, the current match ends as
 * "re-matched" in the same step. The change goes on the window's undo stack.
 */
class MatchSuggestionsDialog : public QDialog
{
    Q_OBJECT

public:
    MatchSuggestionsDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 episodeId,
        const QString& personName, qint64 rematchOf = 0, QWidget* parent = nullptr);

    /** The match proposed or started, 0 if none. */
    qint64 matchId() const { return m_matchId; }

    /** What suggest() returned (for tests). */
    const core::MatchSuggestions& suggestions() const { return m_suggestions; }

    void accept() override;

private:
    void load();
    void showReasons();
    void updateButtons();

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    qint64 m_episodeId;
    qint64 m_rematchOf;
    QString m_personName;
    core::MatchSuggestions m_suggestions;
    qint64 m_matchId = 0;

    WrappingLabel* m_intro;
    QTreeWidget* m_ranked;
    WrappingLabel* m_reasons;
    QTreeWidget* m_excluded;
    QLabel* m_excludedTitle;
    QCheckBox* m_startNow;
    QLabel* m_dateLabel = nullptr;
    QDateEdit* m_on;
    QDateEdit* m_plannedEnd;
    FeedbackBanner* m_problem;
    QPushButton* m_ok;
};

} // namespace alongside::ui
