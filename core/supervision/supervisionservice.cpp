#include "supervisionservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"

#include <QHash>

namespace alongside::core {

namespace {

using Action = Permissions::Action;

// Is the worker this account belongs to the supervisor or one of the supervisees?
const char* const kInvolved = "(e.supervisor_id = :me OR EXISTS (SELECT 1 FROM supervision_attendee a2 "
                              "WHERE a2.entry_id = e.id AND a2.worker_id = :me))";

} // namespace

Result<QList<SupervisionSummary>> SupervisionService::entries(
    const Actor& actor, const QDate& from, const QDate& to) const
{
    const bool all = Permissions::allowed(actor.role, Action::ViewAllSupervisionSummaries);
    if (!all) {
        if (Status s = Permissions::require(actor, Action::ViewOwnSupervision); !s) {
            return s.error();
        }
    }
    QString text
        = QStringLiteral("SELECT e.id, e.held_on, e.duration_minutes, e.kind, e.supervisor_id, "
                         "COALESCE(sp.given_name || ' ' || sp.family_name, e.external_supervisor, ''), e.summary, "
                         "e.private_notes IS NOT NULL AND e.private_notes <> '', %1 "
                         "FROM supervision_entry e LEFT JOIN worker sw ON sw.id = e.supervisor_id "
                         "LEFT JOIN person sp ON sp.id = sw.person_id WHERE e.held_on BETWEEN :from AND :to");
    text = text.arg(QString::fromLatin1(kInvolved));
    if (!all) {
        text += QStringLiteral(" AND ") + QString::fromLatin1(kInvolved);
    }
    text += QStringLiteral(" ORDER BY e.held_on DESC, e.id DESC");
    auto q = sql::prepare(m_db, text);
    if (!q) {
        return q.error();
    }
    // An account with no linked worker is no one's supervisor or supervisee: -1 matches nothing.
    q.value().bindValue(QStringLiteral(":me"), actor.workerId > 0 ? actor.workerId : qint64(-1));
    q.value().bindValue(QStringLiteral(":from"), from.toString(Qt::ISODate));
    q.value().bindValue(QStringLiteral(":to"), to.toString(Qt::ISODate));
    if (Status s = sql::exec(q.value(), QStringLiteral("read supervision records")); !s) {
        return s.error();
    }
    QList<SupervisionSummary> out;
    QHash<qint64, int> index;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        SupervisionSummary e;
        e.id = r.value(0).toLongLong();
        e.heldOn = QDate::fromString(r.value(1).toString(), Qt::ISODate);
        e.durationMinutes = r.value(2).toInt();
        e.kind = r.value(3).toString();
        e.supervisorWorkerId = r.value(4).toLongLong();
        e.supervisorName = r.value(5).toString().trimmed();
        e.summary = r.value(6).toString();
        e.hasPrivateNotes = r.value(7).toInt() != 0;
        e.canReadPrivateNotes = r.value(8).toInt() != 0;
        index.insert(e.id, int(out.size()));
        out << e;
    }
    if (out.isEmpty()) {
        return out;
    }
    auto a = sql::prepare(m_db,
        QStringLiteral("SELECT a.entry_id, a.worker_id, p.given_name || ' ' || p.family_name "
                       "FROM supervision_attendee a JOIN supervision_entry e ON e.id = a.entry_id "
                       "JOIN worker w ON w.id = a.worker_id JOIN person p ON p.id = w.person_id "
                       "WHERE e.held_on BETWEEN ? AND ? ORDER BY a.entry_id, p.family_name, p.given_name"));
    if (!a) {
        return a.error();
    }
    a.value().addBindValue(from.toString(Qt::ISODate));
    a.value().addBindValue(to.toString(Qt::ISODate));
    if (Status s = sql::exec(a.value(), QStringLiteral("read supervision records")); !s) {
        return s.error();
    }
    while (a.value().next()) {
        const auto it = index.constFind(a.value().value(0).toLongLong());
        if (it != index.constEnd()) {
            SupervisionSummary& e = out[*it];
            e.superviseeWorkerIds << a.value().value(1).toLongLong();
            e.superviseeNames << a.value().value(2).toString().trimmed();
        }
    }
    return out;
}

Result<QString> SupervisionService::privateNotes(const Actor& actor, qint64 entryId)
{
    AuditLog log(m_db);
    const QString id = QString::number(entryId);
    if (Status s = Permissions::require(actor, Action::ViewOwnSupervision); !s) {
        return log.refused(actor, s, QStringLiteral("supervision_entry"), id).error();
    }
    auto q = sql::prepare(m_db,
        QStringLiteral("SELECT e.private_notes, %1 FROM supervision_entry e WHERE e.id = :entry")
            .arg(QString::fromLatin1(kInvolved)));
    if (!q) {
        return q.error();
    }
    q.value().bindValue(QStringLiteral(":me"), actor.workerId > 0 ? actor.workerId : qint64(-1));
    q.value().bindValue(QStringLiteral(":entry"), entryId);
    if (Status s = sql::exec(q.value(), QStringLiteral("read supervision notes")); !s) {
        return s.error();
    }
    if (!q.value().next()) {
        return Error { Error::Code::InvalidInput, tr("This supervision record no longer exists."), {} };
    }
    if (q.value().value(1).toInt() == 0) {
        const Status refusal = Error { Error::Code::PermissionDenied,
            tr("Private notes can be read only by the supervisor and the people supervised in that session."),
            QStringLiteral("refused: private notes of an entry the user is not part of") };
        return log.refused(actor, refusal, QStringLiteral("supervision_entry"), id).error();
    }
    const QString notes = q.value().value(0).toString();
    q.value().finish();
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kView), QStringLiteral("supervision_entry"), id,
                { QStringLiteral("private_notes") }, {} });
        !s) {
        return s.error();
    }
    return notes;
}

Result<QHash<qint64, QDate>> SupervisionService::supervisionDue(Database& db, const QDate& asOf)
{
    const QString day = asOf.toString(Qt::ISODate);

    struct Expected
    {
        int intervalDays = 0;
        QDate firstRoleStart;
    };

    QHash<qint64, Expected> expected;
    {
        auto q = rows::query(db,
            QStringLiteral("SELECT r.worker_id, MIN(t.supervision_interval_days), MIN(r.starts_on) FROM worker_role r "
                           "JOIN role_type t ON t.id = r.role_type_id WHERE r.starts_on <= ? AND (r.ends_on IS NULL "
                           "OR r.ends_on >= ?) AND t.supervision_interval_days IS NOT NULL GROUP BY r.worker_id"),
            { day, day }, QStringLiteral("read supervision intervals"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            expected.insert(q.value().value(0).toLongLong(),
                Expected { q.value().value(1).toInt(), rows::toDate(q.value().value(2)) });
        }
    }
    QHash<qint64, QDate> last;
    {
        auto q = rows::query(db,
            QStringLiteral("SELECT a.worker_id, MAX(e.held_on) FROM supervision_attendee a JOIN supervision_entry e "
                           "ON e.id = a.entry_id WHERE e.held_on <= ? GROUP BY a.worker_id"),
            { day }, QStringLiteral("read the last supervision"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            last.insert(q.value().value(0).toLongLong(), rows::toDate(q.value().value(1)));
        }
    }
    QHash<qint64, QDate> firstActive;
    {
        auto q = rows::query(db,
            QStringLiteral("SELECT worker_id, MIN(since) FROM worker_status WHERE status = 'active' AND since <= ? "
                           "GROUP BY worker_id"),
            { day }, QStringLiteral("read when workers became active"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            firstActive.insert(q.value().value(0).toLongLong(), rows::toDate(q.value().value(1)));
        }
    }
    QHash<qint64, QDate> due;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QDate from = last.value(it.key());
        if (!from.isValid()) {
            from = firstActive.value(it.key());
        }
        if (!from.isValid()) {
            from = it->firstRoleStart;
        }
        due.insert(it.key(), from.addDays(it->intervalDays));
    }
    return due;
}

} // namespace alongside::core
