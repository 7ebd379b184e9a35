#pragma once

#include "core/actor.h"
#include "core/involvement/involvementtypes.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

/**
 * One meeting of an involvement group, whole: the group, date, duration, where, topics and notes;
 * who attended with their standing at the time (people on file, found by name, with the standing
 * they had on the day filled in and open to change; stakeholders not on file by name and
 * organisation) and a running count by standing; the decisions made with "what changed because of
 * it"; and the actions agreed with owner, due and done dates. Saved in one go through
 * InvolvementService::saveMeeting; one undo takes it back. Read-only without EditRecords.
 */
class MeetingDialog : public QDialog
{
    Q_OBJECT

public:
    /** meetingId 0: a new meeting (of groupId, if given). */
    MeetingDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 meetingId = 0,
        qint64 groupId = 0, QWidget* parent = nullptr);
    ~MeetingDialog() override;

    /** The id of the meeting saved (after Save). */
    qint64 savedId() const;
    /** What was saved, in a sentence (after the dialog closed with Save). */
    QString summary() const;
    /** The meeting as the form shows it now. */
    core::Meeting meetingInForm() const;
    /** True when the form differs from the record as opened. */
    bool hasUnsavedChanges() const;

    /**
     * Adds a person on file as an attendee, with their standing on the meeting's date filled in.
     * False (and a message under the form) if they are there already or their standing cannot be read.
     */
    bool addPerson(qint64 personId, const QString& name);
    /** Adds a stakeholder who is not on file. */
    bool addExternal(const QString& name, const QString& organisation);

    QTableWidget* attendeeTable() const;
    QTreeWidget* decisionTable() const;
    QTreeWidget* actionTable() const;
    /** The standing combo of attendee row. */
    QComboBox* standingCombo(int row) const;
    QLabel* attendanceLabel() const;
    QDateEdit* dateEdit() const;

    void accept() override;
    void reject() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace alongside::ui
