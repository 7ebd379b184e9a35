#pragma once

#include "core/actor.h"
#include "core/clients/clienttypes.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * The mentor section of a person's record, for one episode: its matches (proposed, active, ended,
 * with dates and reasons) and what can be done next: find a mentor, start a proposed match, end the
 * current one with a reason, re-match, or look at the mentor's caseload. Every change goes through
 * MatchingService and onto the window's undo stack.
 */
class MatchPanel : public QWidget
{
    Q_OBJECT

public:
    MatchPanel(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent = nullptr);

    /** Shows the matches of episodeId (0: none chosen) for the person called personName. */
    void setEpisode(qint64 episodeId, const QString& personName);
    void reload();

    // The actions, public so that menus and tests can reach them.
    void findMentor();
    void startMatch();
    void endMatch();
    void rematch();

signals:
    /** A match was proposed, started, ended or re-matched: the record's other lists may change. */
    void changed();
    void caseloadRequested(qint64 mentorId);

private:
    const core::MentorMatch* selected() const;
    void updateButtons();
    void pushChange(const QString& text, const core::MentorMatch& before);

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    qint64 m_episodeId = 0;
    QString m_personName;
    core::Episode m_episode;
    QList<core::MentorMatch> m_matches;
    bool m_canEdit = false;

    WrappingLabel* m_summary;
    QTreeWidget* m_table;
    QPushButton* m_find;
    QPushButton* m_start;
    QPushButton* m_end;
    QPushButton* m_rematch;
    QPushButton* m_caseload;
};

} // namespace alongside::ui
