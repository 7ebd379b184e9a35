#pragma once

#include "core/actor.h"

#include <QFrame>
#include <QWidget>

class QGroupBox;
class QLabel;
class QTreeWidget;
class QPushButton;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/** One headline figure: a big number, what it counts, and the period it covers. */
class StatCard : public QFrame
{
    Q_OBJECT

public:
    StatCard(const QString& objectName, QWidget* parent);
    void set(const QString& title, const QString& value, const QString& explanation);
    void clear();

    QString valueText() const;

private:
    WrappingLabel* m_title;
    QLabel* m_value;
    WrappingLabel* m_explanation;
};

/**
 * The first page after opening a database: the charity's name and logo, today's headline counts
 * from DashboardService, and where the data and its backups are.
 */
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);

    void refresh(core::Database& db, const core::Actor& actor);
    void clear();

    /** The reminders list ("what expires soon or has expired"); hidden for roles without worker records. */
    QTreeWidget* remindersList() const { return m_reminderList; }

    /** The people who need attention (no recent session, planned end soon); hidden for roles without
        client records. */
    QTreeWidget* alertsList() const { return m_alertList; }

    /** The people whose supervision is overdue, most overdue first; hidden for roles that may not see
        supervision (a supervisor sees their own supervisees only). */
    QTreeWidget* supervisionOverdueList() const { return m_overdueList; }

signals:
    void settingsRequested();
    void complianceRequested();
    void workerRequested(qint64 workerId);
    /** A person supported was chosen in the alerts (double-click or Enter). */
    void clientRequested(qint64 clientId);
    /** A person was chosen in the supervision-overdue list: show their supervision history. */
    void supervisionHistoryRequested(qint64 workerId, const QString& name);
    void supervisionRequested();

private:
    void showReminders(core::Database& db, const core::Actor& actor, int days);
    void showAlerts(core::Database& db, const core::Actor& actor, int weeks);
    void showSupervisionOverdue(core::Database& db, const core::Actor& actor);

    QLabel* m_logo;
    QLabel* m_charity;
    QLabel* m_date;
    WrappingLabel* m_hint;
    WrappingLabel* m_demoBanner;
    StatCard* m_workers;
    StatCard* m_people;
    StatCard* m_sessions;
    WrappingLabel* m_fileInfo;
    WrappingLabel* m_backupInfo;
    WrappingLabel* m_error;
    QGroupBox* m_reminders;
    WrappingLabel* m_reminderSummary;
    QTreeWidget* m_reminderList;
    QPushButton* m_openMatrix;
    QGroupBox* m_alerts;
    WrappingLabel* m_alertSummary;
    QTreeWidget* m_alertList;
    QGroupBox* m_overdue;
    WrappingLabel* m_overdueSummary;
    QTreeWidget* m_overdueList;
    QPushButton* m_openSupervision;
};

} // namespace alongside::ui
