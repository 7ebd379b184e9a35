#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "core/supervision/supervisiontypes.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <memory>

class QPrinter;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

/**
 * The supervision log form: one record, one-to-one or group. Date, duration, type and format;
 * the supervisor (a worker of the charity, with whether they are a peer, or someone outside);
 * the people supervised, each with a wellbeing check-in and check-out (0-10) and their sign-off;
 * themes from the charity's list; the shareable summary; private notes (shown and editable only
 * when the user is the supervisor or one of the supervisees, and said so plainly); agreed actions
 * with owner, due and done dates; the supervisor's sign-off. Saved in one go through
 * SupervisionService::saveEntry; one undo takes it back. Print… prints the record without the
 * private notes.
 */
class SupervisionEntryDialog : public QDialog
{
    Q_OBJECT

public:
    /** entryId 0: a new record; superviseeIds: people to start with (e.g. from the supervisor's view). */
    SupervisionEntryDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 entryId = 0,
        const QList<qint64>& superviseeIds = {}, QWidget* parent = nullptr);
    ~SupervisionEntryDialog() override;

    /** The id of the record saved (after Save). */
    qint64 savedId() const;
    /** What was saved, in a sentence (after the dialog closed with OK). */
    QString summary() const;

    void accept() override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * The printable HTML of one record: from core::SupervisionReport::recordLines (never the private
 * notes), with the charity's name, who printed it and when.
 */
QString supervisionRecordHtml(const core::SupervisionEntry& entry, const QString& charityName, const QString& printedBy,
    const QDateTime& printedAt);

/** Prints one record to printer, recording the print in the audit log. */
core::Status printSupervisionRecord(core::Database& db, const core::Actor& actor, qint64 entryId, QPrinter* printer);

/** Asks for a printer and prints one record; problems are shown in a message box. */
void printSupervisionRecordWithDialog(core::Database& db, const core::Actor& actor, qint64 entryId, QWidget* parent);

} // namespace alongside::ui
