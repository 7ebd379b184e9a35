#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alongside::core {

/** Keys stored in the data model; names for people come from SupervisionService::kindName() etc. */
namespace supervision {
// Types of session (supervision_entry.kind).
inline constexpr const char* kLineManagement = "line_management";
inline constexpr const char* kReflective = "reflective"; // one-to-one reflective or peer supervision
inline constexpr const char* kGroupReflective = "group_reflective";
inline constexpr const char* kDebrief = "debrief"; // after an incident
inline constexpr const char* kAdHoc = "ad_hoc";
// Formats (supervision_entry.format).
inline constexpr const char* kInPerson = "in_person";
inline constexpr const char* kVideo = "video";
inline constexpr const char* kTelephone = "telephone";
// Kinds of supervisor (supervision_entry.supervisor_kind, supervision_arrangement.supervisor_kind).
inline constexpr const char* kPeer = "peer";
inline constexpr const char* kNonPeer = "non_peer";
inline constexpr const char* kExternal = "external";
} // namespace supervision

/** A theme from the charity's list (boundaries, endings, ...). */
struct SupervisionTheme
{
    qint64 id = 0;
    QString name;
    int position = 0;
    bool active = true;

    bool operator==(const SupervisionTheme&) const = default;
};

/**
 * Who supervises a worker, from when to when. A worker can have more than one at once (e.g. one at
 * the host organisation and one at a partner). The supervisor is either a worker of the charity
 * (supervisorWorkerId) or someone outside it (externalSupervisor), never both.
 */
struct SupervisionArrangement
{
    qint64 id = 0;
    qint64 workerId = 0; // the person supervised
    qint64 supervisorWorkerId = 0; // 0: external
    QString externalSupervisor; // name, when external
    QString supervisorKind = QString::fromLatin1(supervision::kNonPeer); // peer, non_peer, external
    QString organisation; // optional: e.g. "Partner NHS trust"
    QDate startsOn;
    QDate endsOn; // null: continuing
    QString note;
    // Read only, filled when read:
    QString workerName;
    QString supervisorName; // the worker's name or the external name

    bool isCurrentOn(const QDate& day) const { return startsOn <= day && (!endsOn.isValid() || endsOn >= day); }

    bool operator==(const SupervisionArrangement&) const = default;
};

/** One person supervised in a session, with their wellbeing check-in and check-out (0-10). */
struct SupervisionAttendee
{
    qint64 workerId = 0;
    QString name; // read only
    std::optional<int> wellbeingIn;
    std::optional<int> wellbeingOut;
    QDate signedOn; // the supervisee's sign-off; null: not signed

    bool operator==(const SupervisionAttendee&) const = default;
};

/** An action agreed in a session. The owner is a worker or, for anyone else, a name. */
struct SupervisionAction
{
    qint64 id = 0;
    qint64 entryId = 0;
    QString description;
    qint64 ownerWorkerId = 0; // 0: ownerText names them (or no one)
    QString ownerText;
    QDate dueOn; // null: no date agreed
    QDate doneOn; // null: still open
    // Read only, filled when read:
    QString ownerName; // the worker's name, else ownerText
    QDate entryHeldOn;
    QStringList superviseeNames; // of the session it came from

    bool isOpen() const { return !doneOn.isValid(); }

    bool isOverdueOn(const QDate& day) const { return isOpen() && dueOn.isValid() && dueOn < day; }

    bool operator==(const SupervisionAction&) const = default;
};

/**
 * A whole supervision record. The private notes are marked private in the data model
 * (schema::sensitiveFields): they are read only by the session's supervisor and supervisees,
 * never written by any export, print or report, and never held in a SupervisionEntry read by
 * anyone else. privateNotes is std::nullopt when the notes were not read (or, when saving, are to
 * be left as they are).
 */
struct SupervisionEntry
{
    qint64 id = 0;
    QDate heldOn;
    int durationMinutes = 60;
    QString kind = QString::fromLatin1(supervision::kReflective);
    QString format = QString::fromLatin1(supervision::kInPerson);
    qint64 supervisorWorkerId = 0; // 0: external (externalSupervisor)
    QString externalSupervisor;
    QString supervisorKind = QString::fromLatin1(supervision::kNonPeer);
    QList<SupervisionAttendee> attendees; // one for 1:1 types, one or more for group reflective practice
    QList<qint64> themeIds;
    QString summary; // shareable
    std::optional<QString> privateNotes;
    QList<SupervisionAction> actions;
    QDate supervisorSignedOn; // null: not signed
    // Read only, filled when read:
    QString supervisorName;
    QStringList themeNames;
    bool hasPrivateNotes = false;
    bool canReadPrivateNotes = false; // the reader is the supervisor or a supervisee

    /** Signed by the supervisor and by every supervisee. */
    bool isSignedOff() const
    {
        if (!supervisorSignedOn.isValid() || attendees.isEmpty()) {
            return false;
        }
        for (const SupervisionAttendee& a : attendees) {
            if (!a.signedOn.isValid()) {
                return false;
            }
        }
        return true;
    }

    bool operator==(const SupervisionEntry&) const = default;
};

/** Where someone stands with supervision on a day. */
enum class SupervisionDueState
{
    UpToDate, // next due more than the "due soon" window away
    DueSoon, // due within the window (or today)
    Overdue, // due before the day asked about
};

/**
 * A row of the coordinator's compliance table and the supervisor's view: one worker whose roles
 * expect supervision on the day asked about.
 */
struct SupervisionStatus
{
    qint64 workerId = 0;
    QString name;
    QString sortName;
    QStringList roles; // held on the day
    int intervalDays = 0; // the shortest expected interval among those roles
    QDate lastHeldOn; // null: never supervised
    QString lastKind; // type of that session
    QDate countsFrom; // what the next due date is counted from (last session, or start)
    QDate nextDue;
    SupervisionDueState state = SupervisionDueState::UpToDate;
    int overdueDays = 0; // days past nextDue; 0 unless overdue
    QStringList supervisors; // current arrangements, "Name (peer)"
    int openActions = 0; // actions from their sessions not yet done
    int overdueActions = 0;
    std::optional<int> lastWellbeingIn; // at the last session with a check-in

    bool operator==(const SupervisionStatus&) const = default;
};

/** The compliance table as of one day: one report model behind the screen, print and CSV. */
struct SupervisionCompliance
{
    QDate asOf;
    int dueSoonDays = 7;
    QList<SupervisionStatus> rows; // by sortName

    int count(SupervisionDueState state) const
    {
        int n = 0;
        for (const SupervisionStatus& r : rows) {
            n += r.state == state ? 1 : 0;
        }
        return n;
    }
};

/** One point of a worker's wellbeing chart. */
struct WellbeingPoint
{
    qint64 entryId = 0;
    QDate heldOn;
    QString kind;
    std::optional<int> in;
    std::optional<int> out;

    bool operator==(const WellbeingPoint&) const = default;
};

} // namespace alongside::core
