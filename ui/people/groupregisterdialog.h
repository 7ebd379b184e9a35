#pragma once

#include "core/actor.h"
#include "core/clients/clienttypes.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * The attendance register of one meeting of a course or group: the course or group, the date, how
 * long, who led it, the topic and a note once, then one line for everyone with an open place in it
 * that day, each attended, did not attend, or cancelled. Saved with its register in one go
 * (ClientService::saveGroupSession); one undo takes it back. An earlier meeting can be picked from
 * the list to correct its register.
 */
class GroupRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    GroupRegisterDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 componentId = 0,
        QWidget* parent = nullptr);

    /** How far back the list of earlier meetings goes. */
    static constexpr int kEarlierMonths = 6;

    /** The id of the meeting saved (after Save). */
    qint64 savedId() const { return m_savedId; }

    /** What was saved or deleted, in a sentence (after the dialog closed with OK). */
    QString summary() const { return m_summary; }

    /** Shows an earlier meeting of the chosen course or group, as picking it in the list does. */
    bool openMeeting(qint64 groupSessionId);

    void accept() override;

private:
    /** One line of the register as shown. onRegister is false for people with an open place that
        day who were not on the saved register of an earlier meeting: they stay off unless chosen. */
    struct Line
    {
        qint64 episodeId = 0;
        QString name;
        QString attendance; // empty: not on the register
        bool onRegister = true;
    };

    void fillComponents(qint64 select);
    void fillWorkers();
    void componentChanged();
    void fillMeetings(qint64 select);
    void meetingChanged();
    void reloadRegister();
    void showLines(const QList<Line>& lines);
    void markAllAttended();
    void updateCount();
    void deleteMeeting();
    void selectWorker(qint64 workerId);
    QList<Line> currentLines() const;
    core::GroupSession fromForm() const;
    void showProblem(const QString& message);

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    QHash<qint64, QString> m_workerNames; // everyone on file, for a meeting led by someone who has left
    QList<core::GroupSession> m_meetings; // of the chosen component, newest first
    std::optional<core::GroupSession> m_editing; // the earlier meeting shown, as read
    qint64 m_savedId = 0;
    QString m_summary;

    QComboBox* m_component;
    QComboBox* m_meeting;
    QDateEdit* m_date;
    QSpinBox* m_duration;
    QComboBox* m_worker;
    QLineEdit* m_topic;
    QLineEdit* m_note;
    QPushButton* m_markAll;
    QLabel* m_count;
    QScrollArea* m_scroll;
    QWidget* m_registerPage;
    QGridLayout* m_grid;
    WrappingLabel* m_empty;
    QList<Line> m_lines; // as shown, with one combo each
    QList<QComboBox*> m_combos;
    QList<QWidget*> m_rowWidgets;
    WrappingLabel* m_error;
    QPushButton* m_delete;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace alongside::ui
