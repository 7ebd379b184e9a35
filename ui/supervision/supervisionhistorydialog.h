#pragma once

#include "core/actor.h"
#include "core/supervision/supervisionservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
} // namespace alongside::core

namespace alongside::ui {

class FeedbackBanner;
class WellbeingChart;

/**
 * One worker's supervision: who supervises them (their arrangements), when their next supervision
 * is due, the sessions they attended that the user may see (date, type, supervisor, shareable
 * summary, whether signed off) and a chart of their wellbeing check-ins and check-outs. A session
 * opens in the log form; Print Record prints one without its private notes.
 */
class SupervisionHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /** name: the worker's name if the caller knows it (otherwise it is looked up). */
    SupervisionHistoryDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 workerId,
        const QString& name = {}, QWidget* parent = nullptr);

    qint64 workerId() const { return m_workerId; }

    /** True once a session was recorded or changed from here. */
    bool madeChanges() const { return m_madeChanges; }

    WellbeingChart* chart() const { return m_chart; }

    QTreeWidget* sessionsTable() const { return m_sessions; }

    /** Reads everything again. */
    void reload();

    /** Opens the selected session in the log form. */
    void openSelected();
    /** Prints the selected session (asks for a printer). */
    void printSelected();
    /** Opens the log form for a new session with this worker. */
    void recordSession();

private:
    void showDue();

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    qint64 m_workerId;
    QString m_name;
    bool m_madeChanges = false;
    QList<core::SupervisionSummary> m_entries;

    QLabel* m_title;
    QLabel* m_dueIcon;
    QLabel* m_due;
    FeedbackBanner* m_message;
    QTreeWidget* m_arrangements;
    QTreeWidget* m_sessions;
    QPushButton* m_open;
    QPushButton* m_print;
    QPushButton* m_record;
    WellbeingChart* m_chart;
};

} // namespace alongside::ui
