#pragma once

#include "core/actor.h"
#include "core/involvement/involvementtypes.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class ListExporter;
class WrappingLabel;

/**
 * The stories and case studies, newest first: when written, title, the writer and what they wrote
 * as, themes, where the consent stands (in words), whether there is an anonymised version and the
 * report periods each is chosen for. Filters: chosen for a report, consent withdrawn or missing,
 * no anonymised version yet; a search on title and writer. New Story…, Open…, Remove (undoable)
 * and Themes… (the charity's list of story themes). Never shows the words of a story.
 */
class StoriesPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Filter
    {
        All,
        Chosen,
        NoConsent,
        NotAnonymised
    };

    explicit StoriesPanel(QWidget* parent = nullptr);

    void setContext(core::Database* db, const core::Actor& actor, QUndoStack* undo);
    /** Reads the stories again, keeping the filter, search and selection. */
    void refresh();
    /** Forgets the database and everything shown (on closing or locking). */
    void clear();

    /** Opens the editor for a new story (personId: its writer, fixed; 0: chosen in the editor). */
    void newStory(qint64 personId = 0);
    /** Opens one story in the editor. */
    void openStory(qint64 id);
    /** Removes the selected story after asking (Edit > Undo brings it back). */
    void removeSelected();
    /** Opens the list of story themes. */
    void editThemes();

    void setFilter(Filter filter);

    QTreeWidget* table() const { return m_table; }

    /** The ids of the stories shown, in order. */
    QList<qint64> shownIds() const;

signals:
    /** After any change saved from this panel or the dialogs it opens. */
    void changed();

private:
    void fill();
    void updateButtons();
    qint64 selectedId() const;

    core::Database* m_db = nullptr;
    core::Actor m_actor;
    QUndoStack* m_undo = nullptr;
    QList<core::StorySummary> m_stories;
    int m_yearStartMonth = 4;

    WrappingLabel* m_intro;
    QComboBox* m_filter;
    QLineEdit* m_search;
    QTreeWidget* m_table;
    ListExporter* m_exporter = nullptr;
    QLabel* m_count;
    WrappingLabel* m_message;
    QPushButton* m_new;
    QPushButton* m_open;
    QPushButton* m_remove;
    QPushButton* m_themes;
};

} // namespace alongside::ui
