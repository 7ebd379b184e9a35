#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace alongside::core {

class Database;

/** A supervision entry as a list shows it: never the private notes. */
struct SupervisionSummary
{
    qint64 id = 0;
    QDate heldOn;
    int durationMinutes = 0;
    QString kind; // line_management, reflective, group_reflective, debrief, ad_hoc
    qint64 supervisorWorkerId = 0;
    QString supervisorName; // the worker's name, or the external supervisor's
    QList<qint64> superviseeWorkerIds;
    QStringList superviseeNames;
    QString summary; // the shareable summary
    bool hasPrivateNotes = false;
    bool canReadPrivateNotes = false; // true only for the supervisor and the supervisees
};

/**
 * Reading supervision records under the rules in BRIEF §6: coordinators and administrators see
 * every entry's shareable parts (to see who is overdue); supervisors see only entries where they
 * are supervisor or supervisee; private notes are for those people alone, whatever their role.
 * Trustees and read-only accounts see none. An account is matched to a worker through its linked
 * worker record (Actor::workerId). Reading private notes is audited.
 */
class SupervisionService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::SupervisionService)

public:
    explicit SupervisionService(Database& db)
        : m_db(db)
    { }

    /** Entries held between from and to inclusive, newest first, that actor may see. */
    Result<QList<SupervisionSummary>> entries(const Actor& actor, const QDate& from, const QDate& to) const;

    /** The private notes of one entry: only for its supervisor and supervisees. Audited. */
    Result<QString> privateNotes(const Actor& actor, qint64 entryId);

    /**
     * When each worker's next supervision is due, as of asOf: for every worker who holds on asOf a
     * role with an expected interval, the last supervision they attended on or before asOf plus the
     * shortest interval among their current roles. Someone never supervised counts from the first
     * day they were active (or, if never active, from the start of their earliest such role).
     * Workers whose roles expect no supervision are absent. Supervision is overdue when the date
     * is before the day asked about; due on the day itself is not yet overdue. This reads no
     * personal detail beyond dates, so it takes no actor: callers check their own permissions.
     */
    static Result<QHash<qint64, QDate>> supervisionDue(Database& db, const QDate& asOf);

private:
    Database& m_db;
};

} // namespace alongside::core
