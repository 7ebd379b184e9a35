#include "supervisionservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/services/servicesupport.h"
#include "core/workforce/workforceservice.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace alongside::core {

namespace {

using service::nowStamp;
using service::refuse;
using service::today;

using Action = Permissions::Action;
using rows::Field;

constexpr int kMaxMinutes = 600;
constexpr int kMaxYearsBack = 20;
constexpr int kMaxText = 4000;
constexpr int kMaxShortText = 200;
constexpr int kMaxActionText = 500;

const QStringList kKinds = { QString::fromLatin1(supervision::kLineManagement),
    QString::fromLatin1(supervision::kReflective), QString::fromLatin1(supervision::kGroupReflective),
    QString::fromLatin1(supervision::kDebrief), QString::fromLatin1(supervision::kAdHoc) };
const QStringList kFormats = { QString::fromLatin1(supervision::kInPerson), QString::fromLatin1(supervision::kVideo),
    QString::fromLatin1(supervision::kTelephone) };
const QStringList kSupervisorKinds = { QString::fromLatin1(supervision::kPeer),
    QString::fromLatin1(supervision::kNonPeer), QString::fromLatin1(supervision::kExternal) };

const char* const kEntity = "supervision_entry";

QString longDate(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

QString joinName(const QString& family, const QString& given)
{
    if (family.trimmed().isEmpty()) {
        return given.trimmed();
    }
    return family.trimmed() + QStringLiteral(", ") + given.trimmed();
}

/** The display name from three columns: given, family, known as. Empty when the columns are NULL. */
QString nameAt(const QSqlQuery& r, int first)
{
    if (r.value(first).isNull()) {
        return QString();
    }
    return WorkforceService::displayName(
        r.value(first).toString(), r.value(first + 1).toString(), r.value(first + 2).toString());
}

/** The worker this account belongs to, or -1 (matching no one) when it has none. */
qint64 me(const Actor& actor)
{
    return actor.workerId > 0 ? actor.workerId : qint64(-1);
}

bool seesAll(const Actor& actor)
{
    return Permissions::allowed(actor.role, Action::ViewAllSupervisionSummaries);
}

Status refusal(
    Database& db, const Actor& actor, const QString& message, const QString& detail, const QString& entity, qint64 id)
{
    return AuditLog(db).refused(
        actor, Error { Error::Code::PermissionDenied, message, detail }, entity, id ? QString::number(id) : QString());
}

Error noSuchEntry(qint64 id)
{
    return Error { Error::Code::NotFound,
        SupervisionService::tr(
            "This supervision record no longer exists: someone may have removed it. Close it and look again."),
        QString::number(id) };
}

// The actor's worker is the supervisor or a supervisee of entry e; bind me() twice.
const char* const kParty = "(e.supervisor_id = ? OR EXISTS (SELECT 1 FROM supervision_attendee pa "
                           "WHERE pa.entry_id = e.id AND pa.worker_id = ?))";

QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(QStringLiteral(", "));
}

/** Which of ids are rows of table. */
Result<QSet<qint64>> existing(Database& db, const QString& table, const QSet<qint64>& ids)
{
    QSet<qint64> out;
    if (ids.isEmpty()) {
        return out;
    }
    auto q = rows::query(db, QStringLiteral("SELECT id FROM %1 WHERE id IN (%2)").arg(table, idList(ids.values())), {},
        QStringLiteral("check %1").arg(table));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        out.insert(q.value().value(0).toLongLong());
    }
    return out;
}

/** Display names of every worker, with the sort name "Family, Given". */
struct Names
{
    QHash<qint64, QString> name;
    QHash<qint64, QString> sortName;
};

Result<Names> workerNames(Database& db)
{
    auto q = rows::query(db,
        QStringLiteral("SELECT w.id, p.given_name, p.family_name, p.known_as FROM worker w JOIN person p ON p.id = "
                       "w.person_id"),
        {}, QStringLiteral("read workers' names"));
    if (!q) {
        return q.error();
    }
    Names out;
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        out.name.insert(id, nameAt(q.value(), 1));
        out.sortName.insert(id, joinName(q.value().value(2).toString(), q.value().value(1).toString()));
    }
    return out;
}

// ---- reading whole records -----------------------------------------------------------------------

/** An entry as stored, without its private notes, and whether the actor is a party to it. */
struct Stored
{
    SupervisionEntry entry;
    bool party = false;
};

Result<std::optional<Stored>> loadEntry(Database& db, qint64 id, qint64 worker)
{
    auto q = rows::query(db,
        QStringLiteral("SELECT e.held_on, e.duration_minutes, e.kind, e.format, e.supervisor_id, "
                       "e.external_supervisor, e.supervisor_kind, e.summary, e.supervisor_signed_on, "
                       "e.private_notes IS NOT NULL AND e.private_notes <> '', %1, sp.given_name, sp.family_name, "
                       "sp.known_as FROM supervision_entry e LEFT JOIN worker sw ON sw.id = e.supervisor_id "
                       "LEFT JOIN person sp ON sp.id = sw.person_id WHERE e.id = ?")
            .arg(QString::fromLatin1(kParty)),
        { worker, worker, id }, QStringLiteral("read a supervision record"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<Stored>();
    }
    Stored s;
    SupervisionEntry& e = s.entry;
    const QSqlQuery& r = q.value();
    e.id = id;
    e.heldOn = rows::toDate(r.value(0));
    e.durationMinutes = r.value(1).toInt();
    e.kind = r.value(2).toString();
    e.format = r.value(3).toString();
    e.supervisorWorkerId = r.value(4).toLongLong();
    e.externalSupervisor = r.value(5).toString();
    e.supervisorKind = r.value(6).toString();
    e.summary = r.value(7).toString();
    e.supervisorSignedOn = rows::toDate(r.value(8));
    e.hasPrivateNotes = r.value(9).toInt() != 0;
    s.party = r.value(10).toInt() != 0;
    e.supervisorName = e.supervisorWorkerId ? nameAt(r, 11) : e.externalSupervisor;
    e.canReadPrivateNotes = s.party;
    e.privateNotes = std::nullopt;

    auto a = rows::query(db,
        QStringLiteral("SELECT a.worker_id, a.wellbeing_in, a.wellbeing_out, a.signed_on, p.given_name, p.family_name, "
                       "p.known_as FROM supervision_attendee a JOIN worker w ON w.id = a.worker_id JOIN person p ON "
                       "p.id = w.person_id WHERE a.entry_id = ? ORDER BY p.family_name, p.given_name, a.worker_id"),
        { id }, QStringLiteral("read the people supervised"));
    if (!a) {
        return a.error();
    }
    while (a.value().next()) {
        const QSqlQuery& ar = a.value();
        SupervisionAttendee at;
        at.workerId = ar.value(0).toLongLong();
        at.wellbeingIn = rows::toOptionalInt(ar.value(1));
        at.wellbeingOut = rows::toOptionalInt(ar.value(2));
        at.signedOn = rows::toDate(ar.value(3));
        at.name = nameAt(ar, 4);
        e.attendees << at;
    }

    auto t = rows::query(db,
        QStringLiteral("SELECT t.id, t.name FROM supervision_entry_theme et JOIN supervision_theme t ON t.id = "
                       "et.theme_id WHERE et.entry_id = ? ORDER BY t.position, t.name"),
        { id }, QStringLiteral("read the themes of a record"));
    if (!t) {
        return t.error();
    }
    while (t.value().next()) {
        e.themeIds << t.value().value(0).toLongLong();
        e.themeNames << t.value().value(1).toString();
    }

    QStringList superviseeNames;
    for (const SupervisionAttendee& at : std::as_const(e.attendees)) {
        superviseeNames << at.name;
    }
    auto ac = rows::query(db,
        QStringLiteral("SELECT act.id, act.description, act.owner_id, act.owner_text, act.due_on, act.done_on, "
                       "p.given_name, p.family_name, p.known_as FROM supervision_action act LEFT JOIN worker w ON "
                       "w.id = act.owner_id LEFT JOIN person p ON p.id = w.person_id WHERE act.entry_id = ? "
                       "ORDER BY act.id"),
        { id }, QStringLiteral("read agreed actions"));
    if (!ac) {
        return ac.error();
    }
    while (ac.value().next()) {
        const QSqlQuery& r2 = ac.value();
        SupervisionAction x;
        x.id = r2.value(0).toLongLong();
        x.entryId = id;
        x.description = r2.value(1).toString();
        x.ownerWorkerId = r2.value(2).toLongLong();
        x.ownerText = r2.value(3).toString();
        x.dueOn = rows::toDate(r2.value(4));
        x.doneOn = rows::toDate(r2.value(5));
        x.ownerName = x.ownerWorkerId ? nameAt(r2, 6) : x.ownerText;
        x.entryHeldOn = e.heldOn;
        x.superviseeNames = superviseeNames;
        e.actions << x;
    }
    return std::optional<Stored>(s);
}

bool isParty(const SupervisionEntry& e, qint64 worker)
{
    if (worker <= 0) {
        return false;
    }
    if (e.supervisorWorkerId == worker) {
        return true;
    }
    return std::any_of(e.attendees.cbegin(), e.attendees.cend(),
        [worker](const SupervisionAttendee& a) { return a.workerId == worker; });
}

QSet<qint64> partiesOf(const SupervisionEntry& e)
{
    QSet<qint64> out;
    if (e.supervisorWorkerId) {
        out.insert(e.supervisorWorkerId);
    }
    for (const SupervisionAttendee& a : e.attendees) {
        out.insert(a.workerId);
    }
    return out;
}

/** Summaries of the entries matching where (on alias e), newest first, as actor may see them. */
Result<QList<SupervisionSummary>> summaries(
    Database& db, const Actor& actor, const QString& where, const QVariantList& bind)
{
    const bool all = seesAll(actor);
    if (!all) {
        if (Status s = Permissions::require(actor, Action::ViewOwnSupervision); !s) {
            return s.error();
        }
    }
    const QString party = QString::fromLatin1(kParty);
    QString filter = where;
    QVariantList filterBind = bind;
    if (!all) {
        filter += QStringLiteral(" AND ") + party;
        filterBind << me(actor) << me(actor);
    }
    QVariantList headBind { me(actor), me(actor) };
    headBind += filterBind;
    auto q = rows::query(db,
        QStringLiteral("SELECT e.id, e.held_on, e.duration_minutes, e.kind, e.supervisor_id, sp.given_name, "
                       "sp.family_name, sp.known_as, e.external_supervisor, e.summary, "
                       "e.private_notes IS NOT NULL AND e.private_notes <> '', %1, e.supervisor_signed_on "
                       "FROM supervision_entry e LEFT JOIN worker sw ON sw.id = e.supervisor_id "
                       "LEFT JOIN person sp ON sp.id = sw.person_id WHERE %2 ORDER BY e.held_on DESC, e.id DESC")
            .arg(party, filter),
        headBind, QStringLiteral("read supervision records"));
    if (!q) {
        return q.error();
    }
    QList<SupervisionSummary> out;
    QHash<qint64, int> index;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        SupervisionSummary e;
        e.id = r.value(0).toLongLong();
        e.heldOn = rows::toDate(r.value(1));
        e.durationMinutes = r.value(2).toInt();
        e.kind = r.value(3).toString();
        e.supervisorWorkerId = r.value(4).toLongLong();
        e.supervisorName = e.supervisorWorkerId ? nameAt(r, 5) : r.value(8).toString();
        e.summary = r.value(9).toString();
        e.hasPrivateNotes = r.value(10).toInt() != 0;
        e.canReadPrivateNotes = r.value(11).toInt() != 0;
        e.supervisorSignedOn = rows::toDate(r.value(12));
        index.insert(e.id, int(out.size()));
        out << e;
    }
    if (out.isEmpty()) {
        return out;
    }
    auto a = rows::query(db,
        QStringLiteral("SELECT a.entry_id, a.worker_id, p.given_name, p.family_name, p.known_as, a.signed_on "
                       "FROM supervision_attendee a JOIN supervision_entry e ON e.id = a.entry_id "
                       "JOIN worker w ON w.id = a.worker_id JOIN person p ON p.id = w.person_id "
                       "WHERE %1 ORDER BY a.entry_id, p.family_name, p.given_name, a.worker_id")
            .arg(filter),
        filterBind, QStringLiteral("read the people supervised"));
    if (!a) {
        return a.error();
    }
    while (a.value().next()) {
        const auto it = index.constFind(a.value().value(0).toLongLong());
        if (it != index.constEnd()) {
            SupervisionSummary& e = out[*it];
            e.superviseeWorkerIds << a.value().value(1).toLongLong();
            e.superviseeNames << nameAt(a.value(), 2);
            e.superviseesSigned += rows::toDate(a.value().value(5)).isValid() ? 1 : 0;
        }
    }
    return out;
}

// ---- due dates ---------------------------------------------------------------------------------------

/** What a worker's next due date is worked out from. */
struct DueFacts
{
    int intervalDays = 0;
    QDate countsFrom;
    QDate nextDue;
    QDate lastHeldOn;
    QString lastKind;
    std::optional<int> lastWellbeingIn;
};

Result<QHash<qint64, DueFacts>> dueFacts(Database& db, const QDate& asOf)
{
    const QString day = asOf.toString(Qt::ISODate);

    // The day each worker's current active spell began, for those active on asOf.
    QHash<qint64, QDate> activeSince;
    {
        auto q = rows::query(db,
            QStringLiteral("SELECT worker_id, status, since FROM worker_status WHERE since <= ? "
                           "ORDER BY worker_id, since, id"),
            { day }, QStringLiteral("read workers' status"));
        if (!q) {
            return q.error();
        }
        qint64 worker = 0;
        QString status;
        QDate spellStart;
        auto finish = [&]() {
            if (worker != 0 && status == QLatin1String("active")) {
                activeSince.insert(worker, spellStart);
            }
        };
        while (q.value().next()) {
            const qint64 w = q.value().value(0).toLongLong();
            const QString s = q.value().value(1).toString();
            const QDate since = rows::toDate(q.value().value(2));
            if (w != worker) {
                finish();
                worker = w;
                status.clear();
            }
            if (s == QLatin1String("active") && status != QLatin1String("active")) {
                spellStart = since;
            }
            status = s;
        }
        finish();
    }

    // The shortest interval among the roles held on asOf that expect supervision, and the start of
    // the unbroken run of such roles that reaches asOf (a role starting the day after another ends
    // continues the run).
    struct Run
    {
        int interval = 0;
        QDate start;
        QDate end; // null: open-ended
        bool any = false;
    };

    QHash<qint64, Run> runs;
    {
        auto q = rows::query(db,
            QStringLiteral("SELECT r.worker_id, t.supervision_interval_days, r.starts_on, r.ends_on FROM worker_role r "
                           "JOIN role_type t ON t.id = r.role_type_id WHERE t.supervision_interval_days IS NOT NULL "
                           "AND r.starts_on <= ? ORDER BY r.worker_id, r.starts_on, r.id"),
            { day }, QStringLiteral("read supervision intervals"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            const qint64 w = q.value().value(0).toLongLong();
            const int interval = q.value().value(1).toInt();
            const QDate starts = rows::toDate(q.value().value(2));
            const QDate ends = rows::toDate(q.value().value(3));
            Run& run = runs[w];
            if (!run.any || (run.end.isValid() && starts > run.end.addDays(1))) {
                run.start = starts;
                run.end = ends;
                run.any = true;
            } else if (run.end.isValid() && (!ends.isValid() || ends > run.end)) {
                run.end = ends;
            }
            if (!ends.isValid() || ends >= asOf) {
                run.interval = run.interval == 0 ? interval : std::min(run.interval, interval);
            }
        }
    }

    QHash<qint64, DueFacts> out;
    for (auto it = runs.cbegin(); it != runs.cend(); ++it) {
        const Run& run = it.value();
        if (run.interval <= 0 || (run.end.isValid() && run.end < asOf) || !activeSince.contains(it.key())) {
            continue;
        }
        DueFacts f;
        f.intervalDays = run.interval;
        f.countsFrom = std::max(run.start, activeSince.value(it.key()));
        out.insert(it.key(), f);
    }
    if (out.isEmpty()) {
        return out;
    }

    // The last session each attended, and the last check-in given.
    {
        auto q = rows::query(db,
            QStringLiteral("SELECT a.worker_id, e.held_on, e.kind, a.wellbeing_in FROM supervision_attendee a "
                           "JOIN supervision_entry e ON e.id = a.entry_id WHERE e.held_on <= ? "
                           "ORDER BY a.worker_id, e.held_on DESC, e.id DESC"),
            { day }, QStringLiteral("read the last supervision"));
        if (!q) {
            return q.error();
        }
        qint64 worker = 0;
        DueFacts* f = nullptr;
        bool wellbeingFound = false;
        while (q.value().next()) {
            const qint64 w = q.value().value(0).toLongLong();
            if (w != worker) {
                worker = w;
                const auto it = out.find(w);
                f = it == out.end() ? nullptr : &it.value();
                wellbeingFound = false;
                if (f) {
                    f->lastHeldOn = rows::toDate(q.value().value(1));
                    f->lastKind = q.value().value(2).toString();
                }
            }
            if (f && !wellbeingFound && !q.value().value(3).isNull()) {
                f->lastWellbeingIn = q.value().value(3).toInt();
                wellbeingFound = true;
            }
        }
    }
    for (DueFacts& f : out) {
        if (f.lastHeldOn.isValid() && f.lastHeldOn > f.countsFrom) {
            f.countsFrom = f.lastHeldOn;
        }
        f.nextDue = f.countsFrom.addDays(f.intervalDays);
    }
    return out;
}

/** The compliance rows as of asOf: everyone expected to have supervision, or only those in `only`. */
Result<QList<SupervisionStatus>> statusRows(
    Database& db, const QDate& asOf, int dueSoonDays, const std::optional<QSet<qint64>>& only)
{
    auto facts = dueFacts(db, asOf);
    if (!facts) {
        return facts.error();
    }
    QHash<qint64, DueFacts>& due = facts.value();
    if (only) {
        for (auto it = due.begin(); it != due.end();) {
            it = only->contains(it.key()) ? std::next(it) : due.erase(it);
        }
    }
    QList<SupervisionStatus> out;
    if (due.isEmpty()) {
        return out;
    }
    auto names = workerNames(db);
    if (!names) {
        return names.error();
    }
    QHash<qint64, int> index;
    for (auto it = due.cbegin(); it != due.cend(); ++it) {
        SupervisionStatus s;
        s.workerId = it.key();
        s.name = names.value().name.value(it.key());
        s.sortName = names.value().sortName.value(it.key());
        s.intervalDays = it->intervalDays;
        s.lastHeldOn = it->lastHeldOn;
        s.lastKind = it->lastKind;
        s.countsFrom = it->countsFrom;
        s.nextDue = it->nextDue;
        s.state = SupervisionService::stateFor(s.nextDue, asOf, dueSoonDays);
        s.overdueDays = s.state == SupervisionDueState::Overdue ? int(s.nextDue.daysTo(asOf)) : 0;
        s.lastWellbeingIn = it->lastWellbeingIn;
        out << s;
    }
    std::sort(out.begin(), out.end(), [](const SupervisionStatus& a, const SupervisionStatus& b) {
        const int c = QString::localeAwareCompare(a.sortName, b.sortName);
        return c != 0 ? c < 0 : a.workerId < b.workerId;
    });
    for (int i = 0; i < out.size(); ++i) {
        index.insert(out[i].workerId, i);
    }
    const QString day = asOf.toString(Qt::ISODate);

    auto roles = rows::query(db,
        QStringLiteral("SELECT r.worker_id, t.name FROM worker_role r JOIN role_type t ON t.id = r.role_type_id "
                       "WHERE r.starts_on <= ? AND (r.ends_on IS NULL OR r.ends_on >= ?) "
                       "ORDER BY r.worker_id, r.starts_on, r.id"),
        { day, day }, QStringLiteral("read workers' roles"));
    if (!roles) {
        return roles.error();
    }
    while (roles.value().next()) {
        const auto it = index.constFind(roles.value().value(0).toLongLong());
        if (it != index.cend()) {
            QStringList& list = out[*it].roles;
            const QString role = roles.value().value(1).toString();
            if (!list.contains(role)) {
                list << role;
            }
        }
    }

    auto supervisors = rows::query(db,
        QStringLiteral("SELECT sa.worker_id, sa.supervisor_id, sa.external_supervisor, sa.supervisor_kind, "
                       "p.given_name, p.family_name, p.known_as FROM supervision_arrangement sa "
                       "LEFT JOIN worker w ON w.id = sa.supervisor_id LEFT JOIN person p ON p.id = w.person_id "
                       "WHERE sa.starts_on <= ? AND (sa.ends_on IS NULL OR sa.ends_on >= ?) "
                       "ORDER BY sa.worker_id, sa.starts_on, sa.id"),
        { day, day }, QStringLiteral("read who supervises whom"));
    if (!supervisors) {
        return supervisors.error();
    }
    while (supervisors.value().next()) {
        const QSqlQuery& r = supervisors.value();
        const auto it = index.constFind(r.value(0).toLongLong());
        if (it != index.cend()) {
            const QString name = r.value(1).isNull() ? r.value(2).toString() : nameAt(r, 4);
            out[*it].supervisors << SupervisionService::supervisorLabel(name, r.value(3).toString());
        }
    }

    // Actions agreed on or before asOf in sessions each attended, still open on asOf.
    auto actions = rows::query(db,
        QStringLiteral("SELECT a.worker_id, act.due_on FROM supervision_action act JOIN supervision_entry e ON "
                       "e.id = act.entry_id JOIN supervision_attendee a ON a.entry_id = act.entry_id "
                       "WHERE e.held_on <= ? AND (act.done_on IS NULL OR act.done_on > ?)"),
        { day, day }, QStringLiteral("read agreed actions"));
    if (!actions) {
        return actions.error();
    }
    while (actions.value().next()) {
        const auto it = index.constFind(actions.value().value(0).toLongLong());
        if (it != index.cend()) {
            SupervisionStatus& s = out[*it];
            ++s.openActions;
            const QDate dueOn = rows::toDate(actions.value().value(1));
            if (dueOn.isValid() && dueOn < asOf) {
                ++s.overdueActions;
            }
        }
    }
    return out;
}

/** The workers supervisorWorkerId supervises under arrangements current on asOf. */
Result<QSet<qint64>> superviseeIds(Database& db, qint64 supervisorWorkerId, const QDate& asOf)
{
    const QString day = asOf.toString(Qt::ISODate);
    auto q = rows::query(db,
        QStringLiteral("SELECT worker_id FROM supervision_arrangement WHERE supervisor_id = ? AND starts_on <= ? "
                       "AND (ends_on IS NULL OR ends_on >= ?)"),
        { supervisorWorkerId, day, day }, QStringLiteral("read who supervises whom"));
    if (!q) {
        return q.error();
    }
    QSet<qint64> out;
    while (q.value().next()) {
        out.insert(q.value().value(0).toLongLong());
    }
    return out;
}

/** Coordinators may ask about anyone; others (with ViewOwnSupervision) only about themselves. */
Status requireSelfOrAll(Database& db, const Actor& actor, qint64 workerId, const QString& entity)
{
    if (seesAll(actor)) {
        return Status::ok();
    }
    if (Status s = refuse(db, actor, Action::ViewOwnSupervision, entity, workerId); !s) {
        return s;
    }
    if (actor.workerId <= 0 || actor.workerId != workerId) {
        return refusal(db, actor,
            SupervisionService::tr("You can see this only for your own supervision. Ask a coordinator about "
                                   "other people's."),
            QStringLiteral("refused: supervision of another worker"), entity, workerId);
    }
    return Status::ok();
}

// ---- arrangements --------------------------------------------------------------------------------------

const char* const kArrangementSelect
    = "SELECT sa.id, sa.worker_id, sa.supervisor_id, sa.external_supervisor, sa.supervisor_kind, sa.organisation, "
      "sa.starts_on, sa.ends_on, sa.note, wp.given_name, wp.family_name, wp.known_as, sp.given_name, "
      "sp.family_name, sp.known_as FROM supervision_arrangement sa JOIN worker w ON w.id = sa.worker_id "
      "JOIN person wp ON wp.id = w.person_id LEFT JOIN worker s ON s.id = sa.supervisor_id "
      "LEFT JOIN person sp ON sp.id = s.person_id ";

SupervisionArrangement arrangementFrom(const QSqlQuery& r)
{
    SupervisionArrangement a;
    a.id = r.value(0).toLongLong();
    a.workerId = r.value(1).toLongLong();
    a.supervisorWorkerId = r.value(2).toLongLong();
    a.externalSupervisor = r.value(3).toString();
    a.supervisorKind = r.value(4).toString();
    a.organisation = r.value(5).toString();
    a.startsOn = rows::toDate(r.value(6));
    a.endsOn = rows::toDate(r.value(7));
    a.note = r.value(8).toString();
    a.workerName = nameAt(r, 9);
    a.supervisorName = a.supervisorWorkerId ? nameAt(r, 12) : a.externalSupervisor;
    return a;
}

Status validateSupervisor(qint64 supervisorWorkerId, const QString& external, const QString& kind)
{
    if (supervisorWorkerId == 0) {
        if (external.trimmed().isEmpty()) {
            return invalidInput(SupervisionService::tr(
                "Choose the supervisor: a worker of the charity, or type the name of someone from outside it."));
        }
        if (external.trimmed().size() > kMaxShortText) {
            return invalidInput(
                SupervisionService::tr("The supervisor's name is too long: keep it under %1 characters.")
                    .arg(kMaxShortText));
        }
        if (kind != QLatin1String(supervision::kExternal)) {
            return invalidInput(SupervisionService::tr(
                "A supervisor from outside the charity is an external supervisor: set the kind of supervisor to "
                "External, or choose a worker of the charity."));
        }
        return Status::ok();
    }
    if (!external.trimmed().isEmpty()) {
        return invalidInput(SupervisionService::tr(
            "Choose either a worker of the charity or an outside supervisor, not both. Clear one of them."));
    }
    if (kind != QLatin1String(supervision::kPeer) && kind != QLatin1String(supervision::kNonPeer)) {
        return invalidInput(SupervisionService::tr(
            "A supervisor who works for the charity is a peer or a non-peer supervisor: choose which."));
    }
    return Status::ok();
}

Status validateSignOff(const QDate& signedOn, const QDate& heldOn, const QDate& today, const QString& whose)
{
    if (!signedOn.isValid()) {
        return Status::ok();
    }
    if (signedOn < heldOn) {
        return invalidInput(SupervisionService::tr("%1 is dated before the session. Sign off on or after %2.")
                                .arg(whose, longDate(heldOn)));
    }
    if (signedOn > today) {
        return invalidInput(SupervisionService::tr("%1 is dated in the future. Enter the day it was given, on or "
                                                   "before today.")
                                .arg(whose));
    }
    return Status::ok();
}

} // namespace

// ---- names ----------------------------------------------------------------------------------------------

QStringList SupervisionService::kindKeys()
{
    return kKinds;
}

QString SupervisionService::kindName(const QString& key)
{
    if (key == QLatin1String(supervision::kLineManagement)) {
        return tr("One-to-one line management");
    }
    if (key == QLatin1String(supervision::kReflective)) {
        return tr("One-to-one reflective or peer supervision");
    }
    if (key == QLatin1String(supervision::kGroupReflective)) {
        return tr("Group reflective practice");
    }
    if (key == QLatin1String(supervision::kDebrief)) {
        return tr("Debrief after an incident");
    }
    if (key == QLatin1String(supervision::kAdHoc)) {
        return tr("Ad hoc");
    }
    return key;
}

QStringList SupervisionService::formatKeys()
{
    return kFormats;
}

QString SupervisionService::formatName(const QString& key)
{
    if (key == QLatin1String(supervision::kInPerson)) {
        return tr("In person");
    }
    if (key == QLatin1String(supervision::kVideo)) {
        return tr("Video call");
    }
    if (key == QLatin1String(supervision::kTelephone)) {
        return tr("Telephone");
    }
    return key;
}

QStringList SupervisionService::supervisorKindKeys()
{
    return kSupervisorKinds;
}

QString SupervisionService::supervisorKindName(const QString& key)
{
    if (key == QLatin1String(supervision::kPeer)) {
        return tr("Peer");
    }
    if (key == QLatin1String(supervision::kNonPeer)) {
        return tr("Non-peer");
    }
    if (key == QLatin1String(supervision::kExternal)) {
        return tr("External");
    }
    return key;
}

QString SupervisionService::supervisorLabel(const QString& name, const QString& kindKey)
{
    if (kindKey == QLatin1String(supervision::kPeer)) {
        return tr("%1 (peer)").arg(name);
    }
    if (kindKey == QLatin1String(supervision::kNonPeer)) {
        return tr("%1 (non-peer)").arg(name);
    }
    if (kindKey == QLatin1String(supervision::kExternal)) {
        return tr("%1 (external)").arg(name);
    }
    return name;
}

QString SupervisionService::stateName(SupervisionDueState state)
{
    switch (state) {
    case SupervisionDueState::UpToDate:
        return tr("Up to date");
    case SupervisionDueState::DueSoon:
        return tr("Due soon");
    case SupervisionDueState::Overdue:
        return tr("Overdue");
    }
    return QString();
}

QString SupervisionService::stateKey(SupervisionDueState state)
{
    switch (state) {
    case SupervisionDueState::UpToDate:
        return QStringLiteral("up_to_date");
    case SupervisionDueState::DueSoon:
        return QStringLiteral("due_soon");
    case SupervisionDueState::Overdue:
        return QStringLiteral("overdue");
    }
    return QString();
}

SupervisionDueState SupervisionService::stateFor(const QDate& nextDue, const QDate& asOf, int dueSoonDays)
{
    if (!nextDue.isValid()) {
        return SupervisionDueState::UpToDate;
    }
    if (nextDue < asOf) {
        return SupervisionDueState::Overdue;
    }
    if (asOf.daysTo(nextDue) <= std::max(0, dueSoonDays)) {
        return SupervisionDueState::DueSoon;
    }
    return SupervisionDueState::UpToDate;
}

// ---- validation -----------------------------------------------------------------------------------------

Status SupervisionService::validate(const SupervisionEntry& e, const QDate& today)
{
    if (!e.heldOn.isValid()) {
        return invalidInput(tr("Enter the date of the supervision session."));
    }
    if (e.heldOn > today) {
        return invalidInput(tr("The session on %1 is in the future. Record supervision on or after the day it "
                               "took place.")
                                .arg(longDate(e.heldOn)));
    }
    if (e.heldOn < today.addYears(-kMaxYearsBack)) {
        return invalidInput(tr("The session date, %1, is more than %2 years ago. Check the year.")
                                .arg(longDate(e.heldOn))
                                .arg(kMaxYearsBack));
    }
    if (e.durationMinutes < 1 || e.durationMinutes > kMaxMinutes) {
        return invalidInput(
            tr("A supervision session lasts between 1 and %1 minutes. Check the duration.").arg(kMaxMinutes));
    }
    if (!kKinds.contains(e.kind)) {
        return invalidInput(tr("Choose the type of session, such as one-to-one reflective supervision or group "
                               "reflective practice."));
    }
    if (!kFormats.contains(e.format)) {
        return invalidInput(tr("Choose how the session was held: in person, by video call or by telephone."));
    }
    if (Status s = validateSupervisor(e.supervisorWorkerId, e.externalSupervisor, e.supervisorKind); !s) {
        return s;
    }
    const bool group = e.kind == QLatin1String(supervision::kGroupReflective);
    if (e.attendees.isEmpty()) {
        return invalidInput(group ? tr("Add the people who took part in the group, then save.")
                                  : tr("Add the person who was supervised, then save."));
    }
    if (!group && e.attendees.size() != 1) {
        return invalidInput(tr("%1 is one-to-one: keep one person supervised, or choose group reflective practice "
                               "for a session with several people.")
                                .arg(kindName(e.kind)));
    }
    QSet<qint64> seen;
    for (const SupervisionAttendee& a : e.attendees) {
        const QString who = a.name.isEmpty() ? tr("one of the people supervised") : a.name;
        if (a.workerId <= 0) {
            return invalidInput(tr("Choose who was supervised for each line, or remove the empty line."));
        }
        if (seen.contains(a.workerId)) {
            return invalidInput(tr("%1 is listed twice. Keep one line for each person supervised.").arg(who));
        }
        seen.insert(a.workerId);
        if (a.workerId == e.supervisorWorkerId) {
            return invalidInput(tr("The supervisor cannot also be one of the people supervised. Choose a different "
                                   "supervisor, or take them off the list of people supervised."));
        }
        for (const std::optional<int>& score : { a.wellbeingIn, a.wellbeingOut }) {
            if (score && (*score < 0 || *score > 10)) {
                return invalidInput(
                    tr("Wellbeing check-ins and check-outs are scores from 0 to 10. Check the scores for %1.")
                        .arg(who));
            }
        }
        if (Status s = validateSignOff(a.signedOn, e.heldOn, today, tr("The sign-off by %1").arg(who)); !s) {
            return s;
        }
    }
    if (Status s = validateSignOff(e.supervisorSignedOn, e.heldOn, today, tr("The supervisor's sign-off")); !s) {
        return s;
    }
    if (e.summary.size() > kMaxText) {
        return invalidInput(tr("The shareable summary is too long: keep it under %1 characters.").arg(kMaxText));
    }
    if (e.privateNotes && e.privateNotes->size() > kMaxText) {
        return invalidInput(tr("The private notes are too long: keep them under %1 characters.").arg(kMaxText));
    }
    for (const SupervisionAction& a : e.actions) {
        if (a.description.trimmed().isEmpty()) {
            return invalidInput(tr("Describe each agreed action, or remove the empty one."));
        }
        if (a.description.size() > kMaxActionText) {
            return invalidInput(tr("An agreed action is too long: keep each under %1 characters.").arg(kMaxActionText));
        }
        if (a.ownerWorkerId == 0 && a.ownerText.trimmed().size() > kMaxShortText) {
            return invalidInput(
                tr("The name of an action's owner is too long: keep it under %1 characters.").arg(kMaxShortText));
        }
        if (a.dueOn.isValid() && a.dueOn < e.heldOn) {
            return invalidInput(tr("The action \"%1\" is due before the session that agreed it. Choose a due date on "
                                   "or after %2.")
                                    .arg(a.description.trimmed(), longDate(e.heldOn)));
        }
        if (a.doneOn.isValid() && a.doneOn < e.heldOn) {
            return invalidInput(tr("The action \"%1\" is marked done before the session that agreed it. Choose a "
                                   "done date on or after %2.")
                                    .arg(a.description.trimmed(), longDate(e.heldOn)));
        }
        if (a.doneOn.isValid() && a.doneOn > today) {
            return invalidInput(tr("The action \"%1\" is marked done on a day in the future. Enter the day it was "
                                   "done, on or before today.")
                                    .arg(a.description.trimmed()));
        }
    }
    return Status::ok();
}

Status SupervisionService::validate(const SupervisionArrangement& a, const QDate& today)
{
    if (a.workerId <= 0) {
        return invalidInput(tr("Choose the person who is supervised."));
    }
    if (Status s = validateSupervisor(a.supervisorWorkerId, a.externalSupervisor, a.supervisorKind); !s) {
        return s;
    }
    if (a.supervisorWorkerId == a.workerId) {
        return invalidInput(tr("Someone cannot be their own supervisor. Choose a different supervisor."));
    }
    if (!a.startsOn.isValid()) {
        return invalidInput(tr("Enter the date the supervision arrangement starts."));
    }
    if (a.startsOn < today.addYears(-kMaxYearsBack)) {
        return invalidInput(tr("The start date, %1, is more than %2 years ago. Check the year.")
                                .arg(longDate(a.startsOn))
                                .arg(kMaxYearsBack));
    }
    if (a.startsOn > today.addYears(1)) {
        return invalidInput(tr("The start date, %1, is more than a year ahead. Enter arrangements up to a year in "
                               "advance.")
                                .arg(longDate(a.startsOn)));
    }
    if (a.endsOn.isValid() && a.endsOn < a.startsOn) {
        return invalidInput(tr("The arrangement ends before it starts. Check both dates."));
    }
    if (a.organisation.trimmed().size() > kMaxShortText) {
        return invalidInput(tr("The organisation's name is too long: keep it under %1 characters.").arg(kMaxShortText));
    }
    if (a.note.size() > kMaxText) {
        return invalidInput(tr("The note is too long: keep it under %1 characters.").arg(kMaxText));
    }
    return Status::ok();
}

// ---- reading records ------------------------------------------------------------------------------------

Result<QList<SupervisionSummary>> SupervisionService::entries(
    const Actor& actor, const QDate& from, const QDate& to) const
{
    return summaries(m_db, actor, QStringLiteral("e.held_on BETWEEN ? AND ?"),
        { from.toString(Qt::ISODate), to.toString(Qt::ISODate) });
}

Result<QList<SupervisionSummary>> SupervisionService::history(const Actor& actor, qint64 workerId) const
{
    return summaries(m_db, actor,
        QStringLiteral("EXISTS (SELECT 1 FROM supervision_attendee h WHERE h.entry_id = e.id AND h.worker_id = ?)"),
        { workerId });
}

Result<QString> SupervisionService::privateNotes(const Actor& actor, qint64 entryId)
{
    AuditLog log(m_db);
    const QString id = QString::number(entryId);
    if (Status s = Permissions::require(actor, Action::ViewOwnSupervision); !s) {
        return log.refused(actor, s, QString::fromLatin1(kEntity), id).error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT e.private_notes, %1 FROM supervision_entry e WHERE e.id = ?")
            .arg(QString::fromLatin1(kParty)),
        { me(actor), me(actor), entryId }, QStringLiteral("read supervision notes"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return noSuchEntry(entryId);
    }
    if (q.value().value(1).toInt() == 0) {
        q.value().finish();
        return refusal(m_db, actor,
            tr("Private notes can be read only by the supervisor and the people supervised in that session."),
            QStringLiteral("refused: private notes of an entry the user is not part of"), QString::fromLatin1(kEntity),
            entryId)
            .error();
    }
    const QString notes = q.value().value(0).toString();
    q.value().finish();
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kView), QString::fromLatin1(kEntity), id,
                { QStringLiteral("private_notes") }, {} });
        !s) {
        return s.error();
    }
    return notes;
}

Result<SupervisionEntry> SupervisionService::entry(const Actor& actor, qint64 id, bool withPrivateNotes)
{
    const QString entity = QString::fromLatin1(kEntity);
    if (Status s = refuse(m_db, actor, Action::ViewOwnSupervision, entity, id); !s) {
        return s.error();
    }
    auto stored = loadEntry(m_db, id, me(actor));
    if (!stored) {
        return stored.error();
    }
    if (!stored.value()) {
        return noSuchEntry(id);
    }
    SupervisionEntry e = stored.value()->entry;
    const bool party = stored.value()->party;
    if (!party && !seesAll(actor)) {
        return refusal(m_db, actor,
            tr("This supervision record is between other people: only its supervisor and the people supervised "
               "can open it."),
            QStringLiteral("refused: supervision record the user is not part of"), entity, id)
            .error();
    }
    QStringList fields;
    if (withPrivateNotes && party) {
        auto notes
            = sql::scalar(m_db, QStringLiteral("SELECT private_notes FROM supervision_entry WHERE id = ?"), { id });
        if (!notes) {
            return notes.error();
        }
        e.privateNotes = notes.value().isNull() ? QString() : notes.value().toString();
        fields << QStringLiteral("private_notes");
    }
    if (Status s = AuditLog(m_db).record(
            actor, { QString::fromLatin1(AuditLog::kView), entity, QString::number(id), fields, {} });
        !s) {
        return s.error();
    }
    return e;
}

// ---- saving records -------------------------------------------------------------------------------------

Result<qint64> SupervisionService::saveEntry(const Actor& actor, const SupervisionEntry& input)
{
    const QString entity = QString::fromLatin1(kEntity);
    if (Status s = refuse(m_db, actor, Action::RecordSupervision, entity, input.id); !s) {
        return s.error();
    }
    if (Status v = validate(input, today()); !v) {
        return v.error();
    }
    // Tidy what was given: trimmed text, each theme once, the owner's name only for someone outside.
    SupervisionEntry e = input;
    e.externalSupervisor = e.supervisorWorkerId ? QString() : e.externalSupervisor.trimmed();
    e.summary = e.summary.trimmed();
    if (e.privateNotes) {
        e.privateNotes = e.privateNotes->trimmed();
    }
    QList<qint64> themeIds;
    for (qint64 t : std::as_const(e.themeIds)) {
        if (!themeIds.contains(t)) {
            themeIds << t;
        }
    }
    e.themeIds = themeIds;

    auto before = e.id > 0 ? loadEntry(m_db, e.id, me(actor)) : Result<std::optional<Stored>>(std::nullopt);
    if (!before) {
        return before.error();
    }
    const bool exists = before.value().has_value();
    const bool partyBefore = exists && before.value()->party;
    const bool partyAfter = isParty(e, actor.workerId);
    const bool notesBefore = exists && before.value()->entry.hasPrivateNotes;
    if (actor.role == Actor::Role::Supervisor && ((exists && !partyBefore) || !partyAfter)) {
        return refusal(m_db, actor,
            tr("As a supervisor you can record only sessions you took part in, as the supervisor or as someone "
               "supervised. Ask a coordinator to record this one."),
            QStringLiteral("refused: supervision record the user is not part of"), entity, e.id)
            .error();
    }
    if (e.privateNotes && (!partyAfter || (exists && !partyBefore))) {
        if (e.privateNotes->isEmpty() && !notesBefore) {
            e.privateNotes = std::nullopt; // nothing given, nothing there: nothing to change
        } else {
            return refusal(m_db, actor,
                tr("Private notes can be written only by the supervisor and the people supervised in the session. "
                   "Leave them for one of them to add."),
                QStringLiteral("refused: private notes of an entry the user is not part of"), entity, e.id)
                .error();
        }
    }
    if (notesBefore && !partyBefore && partiesOf(before.value()->entry) != partiesOf(e)) {
        return refusal(m_db, actor,
            tr("This record has private notes, so only its supervisor or the people supervised can change who took "
               "part. Ask one of them to make the change."),
            QStringLiteral("refused: changing the parties of an entry with private notes"), entity, e.id)
            .error();
    }

    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    // Everything the record points at must still be there.
    QSet<qint64> workers = partiesOf(e);
    for (const SupervisionAction& a : std::as_const(e.actions)) {
        if (a.ownerWorkerId > 0) {
            workers.insert(a.ownerWorkerId);
        }
    }
    auto foundWorkers = existing(m_db, QStringLiteral("worker"), workers);
    if (!foundWorkers) {
        return foundWorkers.error();
    }
    if (foundWorkers.value() != workers) {
        return Error { Error::Code::NotFound,
            tr("Someone named in this record no longer has a record in Alongside: they may have been erased. Choose "
               "the people again."),
            QStringLiteral("worker") };
    }
    auto foundThemes
        = existing(m_db, QStringLiteral("supervision_theme"), QSet<qint64>(themeIds.cbegin(), themeIds.cend()));
    if (!foundThemes) {
        return foundThemes.error();
    }
    if (foundThemes.value().size() != themeIds.size()) {
        return invalidInput(
            tr("One of the themes chosen has been removed from the list. Choose the themes again, then save."));
    }
    QList<qint64> actionIds;
    for (const SupervisionAction& a : std::as_const(e.actions)) {
        if (a.id > 0) {
            actionIds << a.id;
        }
    }
    if (!actionIds.isEmpty()) {
        auto owners = rows::query(m_db,
            QStringLiteral("SELECT COUNT(*) FROM supervision_action WHERE id IN (%1) AND entry_id <> ?")
                .arg(idList(actionIds)),
            { e.id }, QStringLiteral("check agreed actions"));
        if (!owners) {
            return owners.error();
        }
        if (owners.value().next() && owners.value().value(0).toInt() > 0) {
            return invalidInput(tr("An action in this record belongs to another supervision record. Add it again as "
                                   "a new action."));
        }
    }

    const QVariant supervisorId = e.supervisorWorkerId ? QVariant(e.supervisorWorkerId) : QVariant();
    const QList<Field> fields = {
        { QStringLiteral("held_on"), rows::date(e.heldOn) },
        { QStringLiteral("duration_minutes"), e.durationMinutes },
        { QStringLiteral("kind"), e.kind },
        { QStringLiteral("format"), e.format },
        { QStringLiteral("supervisor_id"), supervisorId },
        { QStringLiteral("external_supervisor"), rows::text(e.externalSupervisor) },
        { QStringLiteral("supervisor_kind"), e.supervisorKind },
        { QStringLiteral("summary"), rows::text(e.summary) },
        { QStringLiteral("supervisor_signed_on"), rows::date(e.supervisorSignedOn) },
    };
    QStringList changed;
    qint64 id = e.id;
    if (exists) {
        const SupervisionEntry& old = before.value()->entry;
        const QList<QVariant> oldValues = { rows::date(old.heldOn), old.durationMinutes, old.kind, old.format,
            old.supervisorWorkerId ? QVariant(old.supervisorWorkerId) : QVariant(), rows::text(old.externalSupervisor),
            old.supervisorKind, rows::text(old.summary), rows::date(old.supervisorSignedOn) };
        QStringList sets;
        QVariantList bind;
        for (int i = 0; i < fields.size(); ++i) {
            if (oldValues[i].isNull() != fields[i].value.isNull()
                || oldValues[i].toString() != fields[i].value.toString()) {
                changed << fields[i].column;
                sets << fields[i].column + QStringLiteral(" = ?");
                bind << fields[i].value;
            }
        }
        if (e.privateNotes) {
            auto oldNotes = sql::scalar(
                m_db, QStringLiteral("SELECT COALESCE(private_notes, '') FROM supervision_entry WHERE id = ?"), { id });
            if (!oldNotes) {
                return oldNotes.error();
            }
            if (oldNotes.value().toString() != *e.privateNotes) {
                changed << QStringLiteral("private_notes");
                sets << QStringLiteral("private_notes = ?");
                bind << rows::text(*e.privateNotes);
            }
        }
        if (!sets.isEmpty()) {
            bind << id;
            auto q = rows::query(m_db,
                QStringLiteral("UPDATE supervision_entry SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
                bind, QStringLiteral("save a supervision record"));
            if (!q) {
                return q.error();
            }
        }
    } else {
        QStringList columns;
        QVariantList bind;
        if (id > 0) {
            columns << QStringLiteral("id");
            bind << id;
        }
        for (const Field& f : fields) {
            columns << f.column;
            changed << f.column;
            bind << f.value;
        }
        if (e.privateNotes && !e.privateNotes->isEmpty()) {
            columns << QStringLiteral("private_notes");
            changed << QStringLiteral("private_notes");
            bind << *e.privateNotes;
        }
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
        bind << nowStamp() << nowStamp();
        auto q = rows::query(m_db,
            QStringLiteral("INSERT INTO supervision_entry (%1) VALUES (%2)")
                .arg(columns.join(QStringLiteral(", ")),
                    QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
            bind, QStringLiteral("save a supervision record"));
        if (!q) {
            return q.error();
        }
        if (id <= 0) {
            id = q.value().lastInsertId().toLongLong();
        }
    }

    // The people supervised, with their check-ins and sign-offs.
    QHash<qint64, SupervisionAttendee> oldAttendees;
    if (exists) {
        for (const SupervisionAttendee& a : before.value()->entry.attendees) {
            oldAttendees.insert(a.workerId, a);
        }
    }
    auto addChange = [&changed](const QString& name) {
        if (!changed.contains(name)) {
            changed << name;
        }
    };
    for (const SupervisionAttendee& a : std::as_const(e.attendees)) {
        const QVariantList values
            = { rows::optional(a.wellbeingIn), rows::optional(a.wellbeingOut), rows::date(a.signedOn) };
        const auto old = oldAttendees.constFind(a.workerId);
        if (old == oldAttendees.cend()) {
            auto q = rows::query(m_db,
                QStringLiteral("INSERT INTO supervision_attendee (entry_id, worker_id, wellbeing_in, wellbeing_out, "
                               "signed_on) VALUES (?, ?, ?, ?, ?)"),
                QVariantList { id, a.workerId } + values, QStringLiteral("save the people supervised"));
            if (!q) {
                return q.error();
            }
            if (exists) {
                addChange(QStringLiteral("supervisees"));
            }
            continue;
        }
        if (old->wellbeingIn == a.wellbeingIn && old->wellbeingOut == a.wellbeingOut && old->signedOn == a.signedOn) {
            oldAttendees.remove(a.workerId);
            continue;
        }
        if (old->wellbeingIn != a.wellbeingIn) {
            addChange(QStringLiteral("wellbeing_in"));
        }
        if (old->wellbeingOut != a.wellbeingOut) {
            addChange(QStringLiteral("wellbeing_out"));
        }
        if (old->signedOn != a.signedOn) {
            addChange(QStringLiteral("signed_on"));
        }
        oldAttendees.remove(a.workerId);
        auto q = rows::query(m_db,
            QStringLiteral("UPDATE supervision_attendee SET wellbeing_in = ?, wellbeing_out = ?, signed_on = ? "
                           "WHERE entry_id = ? AND worker_id = ?"),
            values + QVariantList { id, a.workerId }, QStringLiteral("save the people supervised"));
        if (!q) {
            return q.error();
        }
    }
    for (auto it = oldAttendees.cbegin(); it != oldAttendees.cend(); ++it) {
        auto q
            = rows::query(m_db, QStringLiteral("DELETE FROM supervision_attendee WHERE entry_id = ? AND worker_id = ?"),
                { id, it.key() }, QStringLiteral("save the people supervised"));
        if (!q) {
            return q.error();
        }
        addChange(QStringLiteral("supervisees"));
    }
    if (!exists) {
        addChange(QStringLiteral("supervisees"));
    }

    // Themes.
    QSet<qint64> oldThemes;
    if (exists) {
        const QList<qint64>& t = before.value()->entry.themeIds;
        oldThemes = QSet<qint64>(t.cbegin(), t.cend());
    }
    const QSet<qint64> newThemes(themeIds.cbegin(), themeIds.cend());
    for (qint64 t : std::as_const(themeIds)) {
        if (!oldThemes.contains(t)) {
            auto q = rows::query(m_db,
                QStringLiteral("INSERT INTO supervision_entry_theme (entry_id, theme_id) VALUES (?, ?)"), { id, t },
                QStringLiteral("save the themes of a record"));
            if (!q) {
                return q.error();
            }
            addChange(QStringLiteral("themes"));
        }
    }
    for (qint64 t : std::as_const(oldThemes)) {
        if (!newThemes.contains(t)) {
            auto q = rows::query(m_db,
                QStringLiteral("DELETE FROM supervision_entry_theme WHERE entry_id = ? AND theme_id = ?"), { id, t },
                QStringLiteral("save the themes of a record"));
            if (!q) {
                return q.error();
            }
            addChange(QStringLiteral("themes"));
        }
    }

    // The record's own audit entry comes before its actions' (they refer to it).
    if (!changed.isEmpty()) {
        if (exists) {
            auto q = rows::query(m_db, QStringLiteral("UPDATE supervision_entry SET updated_at = ? WHERE id = ?"),
                { nowStamp(), id }, QStringLiteral("save a supervision record"));
            if (!q) {
                return q.error();
            }
        }
        if (Status s = AuditLog(m_db).record(actor,
                { QString::fromLatin1(exists ? AuditLog::kUpdate : AuditLog::kCreate), entity, QString::number(id),
                    changed, {} });
            !s) {
            return s.error();
        }
    }

    // Agreed actions: each saved with its own audit entry; those no longer listed are removed.
    QSet<qint64> oldActions;
    if (exists) {
        for (const SupervisionAction& a : before.value()->entry.actions) {
            oldActions.insert(a.id);
        }
    }
    for (const SupervisionAction& a : std::as_const(e.actions)) {
        auto saved = rows::save(m_db, actor, QStringLiteral("supervision_action"), a.id,
            { { QStringLiteral("entry_id"), id }, { QStringLiteral("description"), a.description.trimmed() },
                { QStringLiteral("owner_id"), a.ownerWorkerId > 0 ? QVariant(a.ownerWorkerId) : QVariant() },
                { QStringLiteral("owner_text"), a.ownerWorkerId > 0 ? QVariant() : rows::text(a.ownerText) },
                { QStringLiteral("due_on"), rows::date(a.dueOn) },
                { QStringLiteral("done_on"), rows::date(a.doneOn) } });
        if (!saved) {
            return saved.error();
        }
        oldActions.remove(a.id);
    }
    for (qint64 removed : std::as_const(oldActions)) {
        if (Status s = rows::remove(m_db, actor, QStringLiteral("supervision_action"), removed); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Status SupervisionService::removeEntry(const Actor& actor, qint64 id)
{
    const QString entity = QString::fromLatin1(kEntity);
    if (Status s = refuse(m_db, actor, Action::RecordSupervision, entity, id); !s) {
        return s;
    }
    auto stored = loadEntry(m_db, id, me(actor));
    if (!stored) {
        return stored.status();
    }
    if (!stored.value()) {
        return noSuchEntry(id);
    }
    const bool party = stored.value()->party;
    if (actor.role == Actor::Role::Supervisor && !party) {
        return refusal(m_db, actor,
            tr("As a supervisor you can remove only sessions you took part in. Ask a coordinator to remove this one."),
            QStringLiteral("refused: supervision record the user is not part of"), entity, id);
    }
    if (stored.value()->entry.hasPrivateNotes && !party) {
        return refusal(m_db, actor,
            tr("This record has private notes that only its supervisor and the people supervised can read, so only "
               "they can remove it (no one else could put the notes back)."),
            QStringLiteral("refused: removing an entry with private notes the user is not part of"), entity, id);
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    for (const SupervisionAction& a : stored.value()->entry.actions) {
        if (Status s = rows::remove(m_db, actor, QStringLiteral("supervision_action"), a.id); !s) {
            return s;
        }
    }
    for (const QString& table : { QStringLiteral("supervision_entry_theme"), QStringLiteral("supervision_attendee") }) {
        auto q = rows::query(m_db, QStringLiteral("DELETE FROM %1 WHERE entry_id = ?").arg(table), { id },
            QStringLiteral("remove a supervision record"));
        if (!q) {
            return q.status();
        }
    }
    if (Status s = rows::remove(m_db, actor, entity, id); !s) {
        return s;
    }
    return tx.commit();
}

Status SupervisionService::setActionDone(const Actor& actor, qint64 actionId, const QDate& doneOn)
{
    const QString entity = QStringLiteral("supervision_action");
    if (Status s = refuse(m_db, actor, Action::RecordSupervision, entity, actionId); !s) {
        return s;
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT e.held_on, %1, act.owner_id = ? FROM supervision_action act JOIN supervision_entry e "
                       "ON e.id = act.entry_id WHERE act.id = ?")
            .arg(QString::fromLatin1(kParty)),
        { me(actor), me(actor), me(actor), actionId }, QStringLiteral("read an agreed action"));
    if (!q) {
        return q.status();
    }
    if (!q.value().next()) {
        return Error { Error::Code::NotFound,
            tr("This action no longer exists: its supervision record may have been changed. Look again."),
            QString::number(actionId) };
    }
    const QDate heldOn = rows::toDate(q.value().value(0));
    // The person who owns an action may say it is done, even from a session they were not part of.
    const bool party = q.value().value(1).toInt() != 0 || q.value().value(2).toInt() != 0;
    q.value().finish();
    if (actor.role == Actor::Role::Supervisor && !party) {
        return refusal(m_db, actor,
            tr("As a supervisor you can update only your own actions and those from sessions you took part in. Ask "
               "a coordinator to update this one."),
            QStringLiteral("refused: action of an entry the user is not part of"), entity, actionId);
    }
    if (doneOn.isValid() && doneOn < heldOn) {
        return invalidInput(tr("The action was agreed on %1: it cannot be done before then. Choose a date on or after "
                               "it.")
                                .arg(longDate(heldOn)));
    }
    if (doneOn.isValid() && doneOn > today()) {
        return invalidInput(tr("The date the action was done is in the future. Enter the day it was done, on or "
                               "before today."));
    }
    auto saved = rows::save(m_db, actor, entity, actionId, { { QStringLiteral("done_on"), rows::date(doneOn) } });
    return saved.status();
}

Result<QList<SupervisionAction>> SupervisionService::openActions(const Actor& actor, qint64 supervisorWorkerId) const
{
    if (Status s = requireSelfOrAll(m_db, actor, supervisorWorkerId, QStringLiteral("supervision_action")); !s) {
        return s.error();
    }
    const QString where
        = QStringLiteral("act.done_on IS NULL AND (e.supervisor_id = ? OR act.owner_id = ? OR EXISTS (SELECT 1 FROM "
                         "supervision_attendee sa WHERE sa.entry_id = e.id AND sa.worker_id = ?))");
    const QVariantList bind { supervisorWorkerId, supervisorWorkerId, supervisorWorkerId };
    auto q = rows::query(m_db,
        QStringLiteral("SELECT act.id, act.entry_id, act.description, act.owner_id, act.owner_text, act.due_on, "
                       "act.done_on, p.given_name, p.family_name, p.known_as, e.held_on FROM supervision_action act "
                       "JOIN supervision_entry e ON e.id = act.entry_id LEFT JOIN worker w ON w.id = act.owner_id "
                       "LEFT JOIN person p ON p.id = w.person_id WHERE %1 "
                       "ORDER BY act.due_on IS NULL, act.due_on, e.held_on, act.id")
            .arg(where),
        bind, QStringLiteral("read open actions"));
    if (!q) {
        return q.error();
    }
    QList<SupervisionAction> out;
    QList<qint64> entryIds;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        SupervisionAction a;
        a.id = r.value(0).toLongLong();
        a.entryId = r.value(1).toLongLong();
        a.description = r.value(2).toString();
        a.ownerWorkerId = r.value(3).toLongLong();
        a.ownerText = r.value(4).toString();
        a.dueOn = rows::toDate(r.value(5));
        a.doneOn = rows::toDate(r.value(6));
        a.ownerName = a.ownerWorkerId ? nameAt(r, 7) : a.ownerText;
        a.entryHeldOn = rows::toDate(r.value(10));
        if (!entryIds.contains(a.entryId)) {
            entryIds << a.entryId;
        }
        out << a;
    }
    if (out.isEmpty()) {
        return out;
    }
    auto names = rows::query(m_db,
        QStringLiteral("SELECT a.entry_id, p.given_name, p.family_name, p.known_as FROM supervision_attendee a "
                       "JOIN worker w ON w.id = a.worker_id JOIN person p ON p.id = w.person_id "
                       "WHERE a.entry_id IN (%1) ORDER BY a.entry_id, p.family_name, p.given_name, a.worker_id")
            .arg(idList(entryIds)),
        {}, QStringLiteral("read the people supervised"));
    if (!names) {
        return names.error();
    }
    QHash<qint64, QStringList> byEntry;
    while (names.value().next()) {
        byEntry[names.value().value(0).toLongLong()] << nameAt(names.value(), 1);
    }
    for (SupervisionAction& a : out) {
        a.superviseeNames = byEntry.value(a.entryId);
    }
    return out;
}

// ---- arrangements ---------------------------------------------------------------------------------------

Result<QList<SupervisionArrangement>> SupervisionService::arrangements(const Actor& actor, qint64 workerId) const
{
    const QString entity = QStringLiteral("supervision_arrangement");
    if (!seesAll(actor)) {
        if (Status s = refuse(m_db, actor, Action::ViewOwnSupervision, entity, workerId); !s) {
            return s.error();
        }
        bool allowed = actor.workerId > 0 && actor.workerId == workerId;
        if (!allowed && actor.workerId > 0) {
            auto n = sql::scalar(m_db,
                QStringLiteral(
                    "SELECT COUNT(*) FROM supervision_arrangement WHERE worker_id = ? AND supervisor_id = ?"),
                { workerId, actor.workerId });
            if (!n) {
                return n.error();
            }
            allowed = n.value().toInt() > 0;
        }
        if (!allowed) {
            return refusal(m_db, actor,
                tr("You can see who supervises only yourself and the people you supervise. Ask a coordinator about "
                   "anyone else."),
                QStringLiteral("refused: arrangements of another worker"), entity, workerId)
                .error();
        }
    }
    auto q = rows::query(m_db, QString::fromLatin1(kArrangementSelect) + QStringLiteral("WHERE sa.worker_id = ?"),
        { workerId }, QStringLiteral("read who supervises whom"));
    if (!q) {
        return q.error();
    }
    QList<SupervisionArrangement> out;
    while (q.value().next()) {
        out << arrangementFrom(q.value());
    }
    const QDate day = today();
    std::stable_sort(out.begin(), out.end(), [&day](const SupervisionArrangement& a, const SupervisionArrangement& b) {
        const bool ca = a.isCurrentOn(day);
        const bool cb = b.isCurrentOn(day);
        if (ca != cb) {
            return ca;
        }
        if (a.startsOn != b.startsOn) {
            return a.startsOn > b.startsOn;
        }
        return a.id > b.id;
    });
    return out;
}

Result<QList<SupervisionArrangement>> SupervisionService::currentArrangements(
    const Actor& actor, const QDate& asOf) const
{
    if (Status s = refuse(m_db, actor, Action::ViewAllSupervisionSummaries, QStringLiteral("supervision_arrangement"));
        !s) {
        return s.error();
    }
    const QString day = asOf.toString(Qt::ISODate);
    auto q = rows::query(m_db,
        QString::fromLatin1(kArrangementSelect)
            + QStringLiteral("WHERE sa.starts_on <= ? AND (sa.ends_on IS NULL OR sa.ends_on >= ?) ORDER BY "
                             "sa.supervisor_id IS NULL, sp.family_name, sp.given_name, sa.supervisor_id, "
                             "sa.external_supervisor, wp.family_name, wp.given_name, sa.id"),
        { day, day }, QStringLiteral("read who supervises whom"));
    if (!q) {
        return q.error();
    }
    QList<SupervisionArrangement> out;
    while (q.value().next()) {
        out << arrangementFrom(q.value());
    }
    return out;
}

Result<QList<SupervisionArrangement>> SupervisionService::superviseesOf(
    const Actor& actor, qint64 supervisorWorkerId, const QDate& asOf) const
{
    if (Status s = requireSelfOrAll(m_db, actor, supervisorWorkerId, QStringLiteral("supervision_arrangement")); !s) {
        return s.error();
    }
    const QString day = asOf.toString(Qt::ISODate);
    auto q = rows::query(m_db,
        QString::fromLatin1(kArrangementSelect)
            + QStringLiteral("WHERE sa.supervisor_id = ? AND sa.starts_on <= ? AND (sa.ends_on IS NULL OR "
                             "sa.ends_on >= ?) ORDER BY wp.family_name, wp.given_name, sa.id"),
        { supervisorWorkerId, day, day }, QStringLiteral("read who supervises whom"));
    if (!q) {
        return q.error();
    }
    QList<SupervisionArrangement> out;
    while (q.value().next()) {
        out << arrangementFrom(q.value());
    }
    return out;
}

Result<qint64> SupervisionService::saveArrangement(const Actor& actor, const SupervisionArrangement& a)
{
    const QString entity = QStringLiteral("supervision_arrangement");
    if (Status s = refuse(m_db, actor, Action::EditRecords, entity, a.id); !s) {
        return s.error();
    }
    if (Status v = validate(a, today()); !v) {
        return v.error();
    }
    QSet<qint64> workers { a.workerId };
    if (a.supervisorWorkerId) {
        workers.insert(a.supervisorWorkerId);
    }
    auto found = existing(m_db, QStringLiteral("worker"), workers);
    if (!found) {
        return found.error();
    }
    if (found.value() != workers) {
        return Error { Error::Code::NotFound,
            tr("The person supervised or the supervisor no longer has a record in Alongside. Choose them again."),
            QStringLiteral("worker") };
    }
    return rows::save(m_db, actor, entity, a.id,
        { { QStringLiteral("worker_id"), a.workerId },
            { QStringLiteral("supervisor_id"), a.supervisorWorkerId ? QVariant(a.supervisorWorkerId) : QVariant() },
            { QStringLiteral("external_supervisor"),
                a.supervisorWorkerId ? QVariant() : rows::text(a.externalSupervisor) },
            { QStringLiteral("supervisor_kind"), a.supervisorKind },
            { QStringLiteral("organisation"), rows::text(a.organisation) },
            { QStringLiteral("starts_on"), rows::date(a.startsOn) },
            { QStringLiteral("ends_on"), rows::date(a.endsOn) }, { QStringLiteral("note"), rows::text(a.note) } });
}

Status SupervisionService::removeArrangement(const Actor& actor, qint64 id)
{
    const QString entity = QStringLiteral("supervision_arrangement");
    if (Status s = refuse(m_db, actor, Action::EditRecords, entity, id); !s) {
        return s;
    }
    return rows::remove(m_db, actor, entity, id);
}

// ---- themes ---------------------------------------------------------------------------------------------

Result<QList<SupervisionTheme>> SupervisionService::themes(const Actor& actor, bool includeInactive) const
{
    Q_UNUSED(actor) // the list holds no personal data: every role may read it
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, name, position, active FROM supervision_theme %1 ORDER BY position, name, id")
            .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")),
        {}, QStringLiteral("read supervision themes"));
    if (!q) {
        return q.error();
    }
    QList<SupervisionTheme> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << SupervisionTheme { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toInt(),
            r.value(3).toInt() != 0 };
    }
    return out;
}

Result<qint64> SupervisionService::saveTheme(const Actor& actor, const SupervisionTheme& theme)
{
    const QString entity = QStringLiteral("supervision_theme");
    if (Status s = refuse(m_db, actor, Action::EditCatalogues, entity, theme.id); !s) {
        return s.error();
    }
    const QString name = theme.name.trimmed();
    if (name.isEmpty()) {
        return invalidInput(tr("Enter the theme's name."));
    }
    if (name.size() > kMaxShortText) {
        return invalidInput(tr("The theme's name is too long: keep it under %1 characters.").arg(kMaxShortText));
    }
    auto all = themes(actor, true);
    if (!all) {
        return all.error();
    }
    int last = 0;
    for (const SupervisionTheme& t : all.value()) {
        if (t.id != theme.id && t.name.compare(name, Qt::CaseInsensitive) == 0) {
            return invalidInput(
                tr("There is already a theme called \"%1\". Use that one, or choose another name.").arg(t.name));
        }
        last = std::max(last, t.position);
    }
    const int position = theme.id == 0 && theme.position <= 0 ? last + 1 : theme.position;
    return rows::save(m_db, actor, entity, theme.id,
        { { QStringLiteral("name"), name }, { QStringLiteral("position"), position },
            { QStringLiteral("active"), theme.active ? 1 : 0 } });
}

Status SupervisionService::removeTheme(const Actor& actor, qint64 id)
{
    const QString entity = QStringLiteral("supervision_theme");
    if (Status s = refuse(m_db, actor, Action::EditCatalogues, entity, id); !s) {
        return s;
    }
    auto used
        = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry_theme WHERE theme_id = ?"), { id });
    if (!used) {
        return used.status();
    }
    if (const int n = used.value().toInt(); n > 0) {
        // Spelled out rather than %n: without a translation loaded, English would read "1 records".
        const QString uses = n == 1 ? tr("This theme is used by 1 supervision record")
                                    : tr("This theme is used by %1 supervision records").arg(n);
        return invalidInput(tr("%1, so it cannot be removed. Retire it instead: it stays on those records but is no "
                               "longer offered.")
                                .arg(uses));
    }
    return rows::remove(m_db, actor, entity, id);
}

// ---- due dates, compliance and wellbeing -----------------------------------------------------------------

Result<QHash<qint64, QDate>> SupervisionService::supervisionDue(Database& db, const QDate& asOf)
{
    auto facts = dueFacts(db, asOf);
    if (!facts) {
        return facts.error();
    }
    QHash<qint64, QDate> out;
    for (auto it = facts.value().cbegin(); it != facts.value().cend(); ++it) {
        out.insert(it.key(), it->nextDue);
    }
    return out;
}

Result<SupervisionCompliance> SupervisionService::compliance(
    const Actor& actor, const QDate& asOf, int dueSoonDays) const
{
    if (Status s = refuse(m_db, actor, Action::ViewAllSupervisionSummaries, QStringLiteral("supervision_compliance"));
        !s) {
        return s.error();
    }
    auto table = statusRows(m_db, asOf, dueSoonDays, std::nullopt);
    if (!table) {
        return table.error();
    }
    SupervisionCompliance c;
    c.asOf = asOf;
    c.dueSoonDays = dueSoonDays;
    c.rows = table.takeValue();
    return c;
}

Result<QMap<SupervisionDueState, int>> SupervisionService::complianceCounts(
    const Actor& actor, const QDate& asOf, int dueSoonDays) const
{
    if (Status s = refuse(m_db, actor, Action::RunAggregateReports, QStringLiteral("supervision_compliance")); !s) {
        return s.error();
    }
    auto table = statusRows(m_db, asOf, dueSoonDays, std::nullopt);
    if (!table) {
        return table.error();
    }
    QMap<SupervisionDueState, int> counts;
    for (const SupervisionStatus& row : table.value()) {
        ++counts[row.state];
    }
    return counts;
}

Result<SupervisionCompliance> SupervisionService::supervisees(
    const Actor& actor, qint64 supervisorWorkerId, const QDate& asOf, int dueSoonDays) const
{
    if (Status s = requireSelfOrAll(m_db, actor, supervisorWorkerId, QStringLiteral("supervision_compliance")); !s) {
        return s.error();
    }
    auto ids = superviseeIds(m_db, supervisorWorkerId, asOf);
    if (!ids) {
        return ids.error();
    }
    auto table = statusRows(m_db, asOf, dueSoonDays, ids.value());
    if (!table) {
        return table.error();
    }
    SupervisionCompliance c;
    c.asOf = asOf;
    c.dueSoonDays = dueSoonDays;
    c.rows = table.takeValue();
    return c;
}

Result<QList<SupervisionStatus>> SupervisionService::overdue(const Actor& actor, const QDate& asOf) const
{
    std::optional<QSet<qint64>> only;
    if (!seesAll(actor)) {
        if (Status s = Permissions::require(actor, Action::ViewOwnSupervision); !s) {
            return s.error();
        }
        auto ids = superviseeIds(m_db, me(actor), asOf);
        if (!ids) {
            return ids.error();
        }
        only = ids.value();
    }
    auto table = statusRows(m_db, asOf, 0, only);
    if (!table) {
        return table.error();
    }
    QList<SupervisionStatus> out;
    for (const SupervisionStatus& s : table.value()) {
        if (s.state == SupervisionDueState::Overdue) {
            out << s;
        }
    }
    std::stable_sort(out.begin(), out.end(),
        [](const SupervisionStatus& a, const SupervisionStatus& b) { return a.overdueDays > b.overdueDays; });
    return out;
}

Result<QList<WellbeingPoint>> SupervisionService::wellbeing(const Actor& actor, qint64 workerId) const
{
    const bool all = seesAll(actor);
    if (!all) {
        if (Status s = Permissions::require(actor, Action::ViewOwnSupervision); !s) {
            return s.error();
        }
    }
    QString text
        = QStringLiteral("SELECT e.id, e.held_on, e.kind, a.wellbeing_in, a.wellbeing_out FROM supervision_attendee a "
                         "JOIN supervision_entry e ON e.id = a.entry_id WHERE a.worker_id = ? "
                         "AND (a.wellbeing_in IS NOT NULL OR a.wellbeing_out IS NOT NULL)");
    QVariantList bind { workerId };
    if (!all) {
        text += QStringLiteral(" AND ") + QString::fromLatin1(kParty);
        bind << me(actor) << me(actor);
    }
    text += QStringLiteral(" ORDER BY e.held_on, e.id");
    auto q = rows::query(m_db, text, bind, QStringLiteral("read wellbeing check-ins"));
    if (!q) {
        return q.error();
    }
    QList<WellbeingPoint> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << WellbeingPoint { r.value(0).toLongLong(), rows::toDate(r.value(1)), r.value(2).toString(),
            rows::toOptionalInt(r.value(3)), rows::toOptionalInt(r.value(4)) };
    }
    return out;
}

} // namespace alongside::core
