#pragma once

#include "core/actor.h"
#include "core/involvement/involvementtypes.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class ListExporter;
class StoriesPanel;
class WrappingLabel;

/**
 * The main window's "Co-production and Stories" area: tabs, the first of which lists the meetings
 * of the involvement groups (filtered by group and period) with who came by standing, decisions and
 * the changes they led to, open actions and topics; New Meeting…, Open…, Remove (undoable) and
 * Groups…; the second lists stories and case studies (StoriesPanel).
 */
class InvolvementPage : public QWidget
{
    Q_OBJECT

public:
    explicit InvolvementPage(QWidget* parent = nullptr);

    void setContext(core::Database* db, const core::Actor& actor, QUndoStack* undo);
    /** Reads the meetings again, keeping the filters and the selection. */
    void refresh();
    /** Forgets the database and everything shown (on closing or locking). */
    void clear();

    QTabWidget* tabs() const { return m_tabs; }

    /** The Stories tab. */
    StoriesPanel* storiesPanel() const { return m_stories; }

    QTreeWidget* meetingsTable() const { return m_table; }

    /** The meetings shown, in the table's order. */
    QList<core::MeetingSummary> shownMeetings() const { return m_meetings; }

    /** Opens the form for a new meeting (of the group chosen in the filter, if any). */
    void newMeeting();
    /** Opens a meeting's form. */
    void openMeeting(qint64 meetingId);
    /** Removes the selected meeting after asking (undoable). */
    void removeMeeting();
    /** Opens the list of groups. */
    void manageGroups();

signals:
    /** After any change saved from this page or the dialogs it opens. */
    void changed();

private:
    QWidget* buildMeetingsTab();
    void fillGroups();
    void loadMeetings();
    void updateButtons();
    qint64 selectedMeeting() const;

    core::Database* m_db = nullptr;
    core::Actor m_actor;
    QUndoStack* m_undo = nullptr;
    QList<core::MeetingSummary> m_meetings;

    QTabWidget* m_tabs;
    StoriesPanel* m_stories = nullptr;
    WrappingLabel* m_intro = nullptr;
    QComboBox* m_group = nullptr;
    QComboBox* m_period = nullptr;
    QTreeWidget* m_table = nullptr;
    ListExporter* m_exporter = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_groups = nullptr;
};

} // namespace alongside::ui
