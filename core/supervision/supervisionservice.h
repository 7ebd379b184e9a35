#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "core/supervision/supervisiontypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
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
    QDate supervisorSignedOn; // null: the supervisor has not signed
    int superviseesSigned = 0; // how many of the supervisees have signed

    /** Signed by the supervisor and by every supervisee (as SupervisionEntry::isSignedOff()). */
    bool isSignedOff() const
    {
        return supervisorSignedOn.isValid() && !superviseeWorkerIds.isEmpty()
            && superviseesSigned == superviseeWorkerIds.size();
    }
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
     * The entries a worker attended as a supervisee, newest first, that actor may see (the same
     * rules as entries()).
     */
    Result<QList<SupervisionSummary>> history(const Actor& actor, qint64 workerId) const;

    /**
     * One whole record (audited view). Its private notes are read, and the reading audited, only
     * when withPrivateNotes is true and actor is the supervisor or a supervisee; otherwise
     * privateNotes is std::nullopt. Refused if actor may not see the entry at all.
     */
    Result<SupervisionEntry> entry(const Actor& actor, qint64 id, bool withPrivateNotes = false);

    /**
     * Saves a whole record in one transaction: the entry, its supervisees with their check-ins and
     * sign-offs, its themes and its actions (actions missing from entry.actions are removed).
     * Needs RecordSupervision; a supervisor account may save only entries it is a party to (before
     * and after the change). Private notes: std::nullopt leaves them as they are; a value replaces
     * them, and only the supervisor or a supervisee may give one. id 0 adds; an id that no longer
     * exists re-creates the entry with that id (undo). Returns the id. Audited (field names only).
     */
    Result<qint64> saveEntry(const Actor& actor, const SupervisionEntry& entry);

    /**
     * Removes a record with its attendees, themes and actions. A record with private notes can be
     * removed only by its supervisor or a supervisee (no one else could put them back).
     */
    Status removeEntry(const Actor& actor, qint64 id);

    /**
     * Marks one action done on a day (null: open again). RecordSupervision; a supervisor account may
     * mark only actions it owns or from sessions it was part of.
     */
    Status setActionDone(const Actor& actor, qint64 actionId, const QDate& doneOn);

    /**
     * Open actions: of the sessions that supervisorWorkerId led or attended, and those owned by
     * them, oldest due first (undated last). Coordinators may ask about anyone; supervisors only
     * about themselves.
     */
    Result<QList<SupervisionAction>> openActions(const Actor& actor, qint64 supervisorWorkerId) const;

    // ---- who supervises whom --------------------------------------------------------------------

    /** Every arrangement of one worker, current first, then by start date (newest first). */
    Result<QList<SupervisionArrangement>> arrangements(const Actor& actor, qint64 workerId) const;
    /**
     * Every arrangement current on asOf, by supervisor and then supervisee (family name first), for
     * the coordinator's choice of whose supervisees to see. Needs ViewAllSupervisionSummaries.
     */
    Result<QList<SupervisionArrangement>> currentArrangements(const Actor& actor, const QDate& asOf) const;
    /** The arrangements current on asOf in which supervisorWorkerId is the supervisor. */
    Result<QList<SupervisionArrangement>> superviseesOf(
        const Actor& actor, qint64 supervisorWorkerId, const QDate& asOf) const;
    /** EditRecords (coordinators, administrators). Validated; audited; id as for saveEntry. */
    Result<qint64> saveArrangement(const Actor& actor, const SupervisionArrangement& arrangement);
    Status removeArrangement(const Actor& actor, qint64 id);

    // ---- themes -----------------------------------------------------------------------------------

    /** The theme list in its order; retired themes too when includeInactive. */
    Result<QList<SupervisionTheme>> themes(const Actor& actor, bool includeInactive = false) const;
    /** EditCatalogues. Names are unique (ignoring case). */
    Result<qint64> saveTheme(const Actor& actor, const SupervisionTheme& theme);
    /** Removes an unused theme; one that any entry uses is refused with advice to retire it. */
    Status removeTheme(const Actor& actor, qint64 id);

    // ---- due dates, compliance and wellbeing ------------------------------------------------------

    /**
     * The coordinator's table: everyone whose roles expect supervision on asOf (see
     * supervisionDue), with last session, next due, state, supervisors and open actions. Needs
     * ViewAllSupervisionSummaries. dueSoonDays: "due soon" when next due is within that many days.
     */
    Result<SupervisionCompliance> compliance(const Actor& actor, const QDate& asOf, int dueSoonDays) const;
    /**
     * The same rows as compliance() as counts by state, for aggregate reports: needs only
     * RunAggregateReports and gives no names. Indexed by SupervisionDueState.
     */
    Result<QMap<SupervisionDueState, int>> complianceCounts(
        const Actor& actor, const QDate& asOf, int dueSoonDays) const;

    /**
     * The supervisor's view: the same rows for the workers supervisorWorkerId currently supervises
     * (arrangements current on asOf). Supervisors may ask only about themselves.
     */
    Result<SupervisionCompliance> supervisees(
        const Actor& actor, qint64 supervisorWorkerId, const QDate& asOf, int dueSoonDays) const;

    /**
     * The dashboard's list: the people whose supervision is overdue on asOf (the same rows as
     * compliance()), most overdue first. Coordinators and administrators see everyone; supervisors
     * see only the people they supervise under arrangements current on asOf; other roles are refused.
     */
    Result<QList<SupervisionStatus>> overdue(const Actor& actor, const QDate& asOf) const;

    /** A worker's wellbeing check-ins and check-outs, oldest first (entries actor may see). */
    Result<QList<WellbeingPoint>> wellbeing(const Actor& actor, qint64 workerId) const;

    /** The state for a next-due date on asOf. */
    static SupervisionDueState stateFor(const QDate& nextDue, const QDate& asOf, int dueSoonDays);

    static Status validate(const SupervisionEntry& entry, const QDate& today);
    static Status validate(const SupervisionArrangement& arrangement, const QDate& today);

    /** Names for people, translated, of the keys in supervisiontypes.h. */
    static QStringList kindKeys();
    static QString kindName(const QString& key);
    static QStringList formatKeys();
    static QString formatName(const QString& key);
    static QStringList supervisorKindKeys();
    static QString supervisorKindName(const QString& key);
    /** "Sam Okafor (peer)", "Dr Lee (external)": a supervisor's name with their kind, as lists show it. */
    static QString supervisorLabel(const QString& name, const QString& kindKey);
    static QString stateName(SupervisionDueState state);
    static QString stateKey(SupervisionDueState state); // up_to_date, due_soon, overdue

    /**
     * When each worker's next supervision is due, as of asOf. Expected of every worker whose
     * status on asOf is active and who holds on asOf a role with an expected interval; the interval
     * is the shortest among those roles. The due date counts from the latest of: the last session
     * they attended on or before asOf (a group session counts for every attendee), the day their
     * current active spell began, and the start of their current run of roles that expect
     * supervision (so taking on such a role, or coming back from a pause, gives a full interval).
     * Workers not active, or whose roles expect no supervision, are absent. Supervision is overdue
     * when the date is before the day asked about; due on the day itself is not yet overdue. This
     * reads no personal detail beyond dates, so it takes no actor: callers check their own
     * permissions.
     */
    static Result<QHash<qint64, QDate>> supervisionDue(Database& db, const QDate& asOf);

private:
    Database& m_db;
};

} // namespace alongside::core
