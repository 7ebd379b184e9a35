#pragma once

#include "core/actor.h"
#include "core/involvement/involvementtypes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * A person's involvement, for their record: the journey from being supported to volunteering to
 * paid work as a line of stages with their dates (in words and arrows), then every event oldest
 * first with the part of the journey it belongs to. Meetings and stories open on a double-click,
 * and Write a Story… starts a story by this person. What a role may not know (a worker's past as a person supported, to
 * a supervisor) is left out by InvolvementService::journey. Read when first shown, and again on refresh().
 */
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    TimelineWidget(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent = nullptr);

    /** The person shown; nothing is read until refresh(). */
    void setPerson(qint64 personId);

    qint64 personId() const { return m_personId; }

    /** Reads the journey again. */
    void refresh();

    /** True once the journey has been read at least once. */
    bool isLoaded() const { return m_loaded; }

    const core::Journey& journey() const { return m_journey; }

    /** The journey strip's text, with plain spaces ("Person supported  Mar 2021 – Jan 2023  →  Volunteer  since Jan
     * 2023"). */
    QString journeyText() const;

    QTreeWidget* eventsTable() const { return m_events; }

    /** Opens the meeting or story of event row (when the user may open it). */
    void openEvent(int row);

    /** Opens the story editor for a new story by this person (EditRecords). */
    void writeStory();

    /** "Person supported  Mar 2021 – Jan 2023 → Volunteer  since Jan 2023"; empty with no stages. */
    static QString stagesInWords(const QList<core::JourneyStage>& stages);

signals:
    /** A meeting was changed from here. */
    void changed();

private:
    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    qint64 m_personId = 0;
    bool m_loaded = false;
    core::Journey m_journey;

    WrappingLabel* m_strip;
    WrappingLabel* m_note;
    QTreeWidget* m_events;
    QPushButton* m_writeStory = nullptr;
};

} // namespace alongside::ui
