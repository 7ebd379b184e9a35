#pragma once

#include "core/actor.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QUndoStack;

namespace alongside::core {
class Database;
class WorkerListModel;
class WorkerFilterModel;
} // namespace alongside::core

namespace alongside::ui {

class ListExporter;
class WrappingLabel;

/**
 * The main window's "People who deliver support" area: everyone who has been a volunteer, peer
 * worker or member of staff, searchable as you type and filtered by status and role, with the way
 * in to each record and to adding a person. Owns the list model; reads through WorkforceService and
 * holds no database of its own (setContext gives it one, clear() lets go of it).
 */
class WorkforcePage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkforcePage(QWidget* parent = nullptr);

    void setContext(core::Database* db, const core::Actor& actor, QUndoStack* undo);
    /** Reads the list again, keeping the search, the filters and the selected person. */
    void refresh();
    /** Forgets the database and everything shown (on closing or locking). */
    void clear();
    void addWorker();
    void openWorker(qint64 workerId);

signals:
    /** After any change saved from this page or the records it opens. */
    void changed();

private:
    void openSelected();
    void updateCount();
    qint64 selectedWorkerId() const;

    core::Database* m_db = nullptr;
    core::Actor m_actor;
    QUndoStack* m_undo = nullptr;
    core::WorkerListModel* m_model;
    core::WorkerFilterModel* m_filter;
    QStackedWidget* m_stack;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_role;
    QTableView* m_table;
    ListExporter* m_exporter = nullptr;
    QLabel* m_count;
    WrappingLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_open;
    QPushButton* m_emptyAdd;
    WrappingLabel* m_emptyText;
};

} // namespace alongside::ui
