#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "core/supervision/supervisiontypes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
class SupervisionFilterModel;
class SupervisionModel;
} // namespace alongside::core

namespace alongside::ui {

class ListExporter;
class SupervisionDecoration;
class WrappingLabel;

/**
 * The main window's Supervision area. "My supervisees": a supervisor's people, when each is due
 * and the actions still open from their sessions (coordinators choose whose supervisees to see).
 * "Everyone" (coordinators and administrators): the compliance table of everyone whose roles
 * expect supervision, with filters, counts, print and CSV of exactly the rows shown. States are
 * told apart by words and a symbol as well as colour. Double-clicking a person opens their
 * supervision history; nothing here shows private notes.
 */
class SupervisionPage : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        MySupervisees,
        Everyone
    };

    explicit SupervisionPage(QWidget* parent = nullptr);
    ~SupervisionPage() override;

    void setContext(core::Database* db, const core::Actor& actor, QUndoStack* undo);
    /** Reads everything again, keeping the chosen supervisor, the filters and the selection. */
    void refresh();
    /** Forgets the database and everything shown (on closing or locking). */
    void clear();
    void showTab(Tab tab);

    /** Opens the log form for a new session, with the selected supervisees already in it. */
    void recordSupervision();
    /** Opens a worker's supervision history. */
    void openHistory(qint64 workerId, const QString& name = {});
    /** Marks the selected open action done today (undoable). */
    void markActionDone();

    // "My supervisees".
    /** The supervisor whose supervisees are shown (0: none). */
    qint64 shownSupervisor() const;
    /** Chooses the supervisor (coordinators); false if they are not in the list. */
    bool chooseSupervisor(qint64 workerId);

    QTableView* superviseesTable() const { return m_superviseesTable; }

    QTreeWidget* actionsList() const { return m_actions; }

    // "Everyone".
    QTableView* complianceTable() const { return m_table; }

    /** The compliance table as filtered and sorted on screen. */
    core::SupervisionCompliance shownTable() const;
    /** The printable document (HTML) of shownTable(). */
    QString printableHtml() const;
    /** Prints or writes a PDF of the shown table; records it in the audit log first. */
    core::Status printTo(QPrinter* printer);
    /** Shows only people in this state (nullopt: everyone). */
    void showState(std::optional<core::SupervisionDueState> state);

public slots:
    void exportCsv();
    void print();
    void saveAsPdf();

signals:
    /** After any change saved from this page or the dialogs it opens. */
    void changed();

private:
    QWidget* buildSuperviseesTab();
    QWidget* buildEveryoneTab();
    void fillSupervisors();
    void loadSupervisees();
    void loadActions();
    void loadCompliance();
    void applyFilters();
    void updateSummary();
    QList<qint64> selectedSupervisees() const;
    int dueSoonDays() const;
    QString charityName() const;

    core::Database* m_db = nullptr;
    core::Actor m_actor;
    QUndoStack* m_undo = nullptr;
    QList<core::SupervisionAction> m_actionRows;

    QTabWidget* m_tabs;
    QWidget* m_superviseesTab = nullptr;
    QWidget* m_everyoneTab = nullptr;

    // "My supervisees".
    QLabel* m_supervisorLabel = nullptr;
    QComboBox* m_supervisor = nullptr;
    WrappingLabel* m_superviseesIntro = nullptr;
    WrappingLabel* m_superviseesMessage = nullptr;
    QSplitter* m_superviseesBody = nullptr;
    core::SupervisionModel* m_superviseesModel;
    core::SupervisionFilterModel* m_superviseesSort;
    SupervisionDecoration* m_superviseesDecoration;
    QTableView* m_superviseesTable = nullptr;
    ListExporter* m_superviseesExporter = nullptr;
    QLabel* m_superviseesCount = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_history = nullptr;
    QTreeWidget* m_actions = nullptr;
    QPushButton* m_markDone = nullptr;
    QLabel* m_actionsCount = nullptr;

    // "Everyone".
    core::SupervisionModel* m_model;
    core::SupervisionFilterModel* m_filter;
    SupervisionDecoration* m_decoration;
    WrappingLabel* m_intro = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_state = nullptr;
    QTableView* m_table = nullptr;
    ListExporter* m_everyoneExporter = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_everyoneRecord = nullptr;
    QPushButton* m_everyoneHistory = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
};

} // namespace alongside::ui
