#pragma once

#include "core/actor.h"
#include "core/involvement/involvementtypes.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace alongside::core {

class Database;

/**
 * Co-production and involvement (BRIEF §2): groups, their meetings with attendance, decisions,
 * "what changed because of it" and actions, and each person's involvement timeline.
 *
 * Meetings name people supported, so reading them needs OpenClientRecords (administrators,
 * coordinators, read-only); changing them needs EditRecords; groups are a catalogue
 * (EditCatalogues). Counts and service changes for reports need only RunAggregateReports and carry
 * no names. A person's journey can be read by anyone who may open their record; without
 * OpenClientRecords (a supervisor opening a volunteer's record) it leaves out everything about
 * having been supported, so a worker's past as a client never shows to someone who may not know it.
 */
class InvolvementService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::InvolvementService)

public:
    explicit InvolvementService(Database& db)
        : m_db(db)
    { }

    // ---- groups -------------------------------------------------------------------------------------

    /** The groups in their order; retired ones too when includeInactive. Needs OpenClientRecords. */
    Result<QList<InvolvementGroup>> groups(const Actor& actor, bool includeInactive = false) const;
    /** EditCatalogues. Names are unique (ignoring case). id as for saveMeeting. */
    Result<qint64> saveGroup(const Actor& actor, const InvolvementGroup& group);
    /** Removes a group with no meetings; one with meetings is refused with advice to retire it. */
    Status removeGroup(const Actor& actor, qint64 id);

    // ---- meetings -----------------------------------------------------------------------------------

    /** Meetings held between from and to inclusive (groupId 0: every group), newest first. */
    Result<QList<MeetingSummary>> meetings(
        const Actor& actor, qint64 groupId, const QDate& from, const QDate& to) const;
    /** One whole meeting (an audited view). */
    Result<Meeting> meeting(const Actor& actor, qint64 id);
    /**
     * Saves a whole meeting in one transaction: the meeting, its attendees, decisions and actions
     * (decisions and actions missing from the record are removed). id 0 adds; an id that no longer
     * exists re-creates the meeting with that id (undo). Validated; audited. Returns the id.
     */
    Result<qint64> saveMeeting(const Actor& actor, const Meeting& meeting);
    Status removeMeeting(const Actor& actor, qint64 id);
    /** Marks one action done on a day (null: open again). EditRecords. */
    Status setActionDone(const Actor& actor, qint64 actionId, const QDate& doneOn);

    /**
     * What personId was on day, for a new attendance row: a paid peer worker or staff if they held
     * a paid or sessional role that day (peer role or not), else a volunteer if they held an unpaid
     * role, else supported if they had been referred by then, else a stakeholder. Needs
     * OpenClientRecords (the answer can say someone was supported).
     */
    Result<QString> standingOn(const Actor& actor, qint64 personId, const QDate& day) const;

    // ---- for reports (RunAggregateReports; no names) --------------------------------------------------

    /** Attendance per group for meetings held between from and to inclusive, groups in their order. */
    Result<QList<AttendanceCounts>> attendance(const Actor& actor, const QDate& from, const QDate& to) const;
    /** Decisions whose change to the service was made between from and to inclusive, oldest first. */
    Result<QList<ServiceChange>> serviceChanges(const Actor& actor, const QDate& from, const QDate& to) const;

    // ---- a person's involvement ----------------------------------------------------------------------

    /**
     * personId's journey and timeline: referrals and episodes (with sessions attended), workforce
     * status changes and roles, meetings attended and stories written. Needs the right to open that
     * person's record; see the class comment for what is left out without OpenClientRecords.
     */
    Result<Journey> journey(const Actor& actor, qint64 personId) const;

    static Status validate(const Meeting& meeting, const QDate& today);
    static Status validate(const InvolvementGroup& group);

    /** Names for people, translated, of the keys in involvementtypes.h. */
    static QStringList standingKeys();
    static QString standingName(const QString& key); // "Person supported", "Volunteer"...
    /** "as a volunteer": a standing in a sentence. */
    static QString asStanding(const QString& key);

private:
    Database& m_db;
};

} // namespace alongside::core
