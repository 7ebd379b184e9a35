#pragma once

#include "core/actor.h"
#include "core/clients/clienttypes.h"

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
class ClientListModel;
class ClientFilterModel;
} // namespace alongside::core

namespace alongside::ui {

class ListExporter;
class WrappingLabel;

/**
 * The main window's "People supported" area: everyone who has been referred, searchable by name as
 * you type and filtered by status, service, mentor and where the referral came from, with the way
 * in to each record and to referring someone new. Owns the list model; reads through ClientService
 * and holds no database of its own (setContext gives it one, clear() lets go of it).
 */
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePage(QWidget* parent = nullptr);

    void setContext(core::Database* db, const core::Actor& actor, QUndoStack* undo);
    /** Reads the list again, keeping the search, the filters and the selected person. */
    void refresh();
    /** Forgets the database and everything shown (on closing or locking). */
    void clear();
    /** Opens the new-referral form, then the record of the person referred. */
    void referSomeone();
    void openClient(qint64 clientId);

signals:
    /** After any change saved from this page or the records it opens. */
    void changed();

private:
    void openSelected();
    void updateCount();
    void fitColumns();
    void fillCatalogueFilters();
    void fillSourceFilter();
    void fillMentorFilter(const QList<core::ClientSummary>& clients);
    void selectClient(qint64 clientId);
    qint64 selectedClientId() const;

    core::Database* m_db = nullptr;
    core::Actor m_actor;
    QUndoStack* m_undo = nullptr;
    QList<core::ReferralSource> m_sources;
    core::ClientListModel* m_model;
    core::ClientFilterModel* m_filter;
    QStackedWidget* m_stack;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_component;
    QComboBox* m_mentor;
    QComboBox* m_category;
    QComboBox* m_source;
    QTableView* m_table;
    ListExporter* m_exporter = nullptr;
    QLabel* m_count;
    WrappingLabel* m_message;
    QPushButton* m_refer;
    QPushButton* m_open;
    QPushButton* m_emptyRefer;
    WrappingLabel* m_emptyText;
};

} // namespace alongside::ui
