#include "personservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"
#include "core/workforce/workforceservice.h"

namespace alongside::core {

namespace {

using Action = Permissions::Action;

} // namespace

Result<QList<PersonMatch>> PersonService::find(const Actor& actor, const QString& text, int limit) const
{
    if (Status s = Permissions::require(actor, Action::FindPeople); !s) {
        return s.error();
    }
    const bool workers = Permissions::allowed(actor.role, Action::OpenWorkerRecords);
    const bool clients = Permissions::allowed(actor.role, Action::OpenClientRecords);
    // A person who is both (a former client now volunteering) is listed only if actor may open both.
    QString kinds;
    if (workers && clients) {
        kinds = QStringLiteral("(w.id IS NOT NULL OR c.id IS NOT NULL)");
    } else if (workers) {
        kinds = QStringLiteral("(w.id IS NOT NULL AND c.id IS NULL)");
    } else {
        kinds = QStringLiteral("(c.id IS NOT NULL AND w.id IS NULL)");
    }
    QString pattern = text.trimmed().toLower();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    auto q = sql::prepare(m_db,
        QStringLiteral("SELECT p.id, p.given_name, p.family_name, p.known_as, w.id IS NOT NULL, c.id IS NOT NULL "
                       "FROM person p LEFT JOIN worker w ON w.person_id = p.id "
                       "LEFT JOIN client c ON c.person_id = p.id "
                       "WHERE %1 AND (LOWER(p.given_name || ' ' || p.family_name) LIKE ? ESCAPE '\\' "
                       "OR LOWER(COALESCE(p.known_as, '')) LIKE ? ESCAPE '\\') "
                       "ORDER BY p.family_name, p.given_name, p.id LIMIT %2")
            .arg(kinds)
            .arg(std::max(1, limit)));
    if (!q) {
        return q.error();
    }
    q.value().addBindValue(pattern);
    q.value().addBindValue(pattern);
    if (Status s = sql::exec(q.value(), QStringLiteral("search for people")); !s) {
        return s.error();
    }
    QList<PersonMatch> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        PersonMatch m;
        m.personId = r.value(0).toLongLong();
        m.name = QString(r.value(1).toString() + QLatin1Char(' ') + r.value(2).toString()).trimmed();
        const QString knownAs = r.value(3).toString().trimmed();
        if (!knownAs.isEmpty() && knownAs != r.value(1).toString()) {
            m.name += QStringLiteral(" (%1)").arg(knownAs);
        }
        m.isWorker = r.value(4).toInt() != 0;
        m.isClient = r.value(5).toInt() != 0;
        out << m;
    }
    return out;
}

Result<PersonRecord> PersonService::open(const Actor& actor, qint64 personId)
{
    AuditLog log(m_db);
    const QString id = QString::number(personId);
    if (Status s = Permissions::require(actor, Action::FindPeople); !s) {
        return log.refused(actor, s, QStringLiteral("person"), id).error();
    }
    auto q = sql::prepare(m_db,
        QStringLiteral("SELECT p.given_name, p.family_name, p.known_as, p.date_of_birth, p.email, p.phone, "
                       "p.postcode, w.id, c.id FROM person p LEFT JOIN worker w ON w.person_id = p.id "
                       "LEFT JOIN client c ON c.person_id = p.id WHERE p.id = ?"));
    if (!q) {
        return q.error();
    }
    q.value().addBindValue(personId);
    if (Status s = sql::exec(q.value(), QStringLiteral("open a record")); !s) {
        return s.error();
    }
    if (!q.value().next()) {
        return Error { Error::Code::InvalidInput, tr("This record no longer exists: it may have been erased."), {} };
    }
    PersonRecord r;
    r.personId = personId;
    const qint64 workerId = q.value().value(7).toLongLong();
    const qint64 clientId = q.value().value(8).toLongLong();
    r.isWorker = workerId > 0;
    r.isClient = clientId > 0;
    // Check the kind before anything else of the record is kept.
    if (r.isWorker) {
        if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
            return log.refused(actor, s, QStringLiteral("person"), id).error();
        }
    }
    if (r.isClient) {
        if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
            return log.refused(actor, s, QStringLiteral("person"), id).error();
        }
    }
    r.givenName = q.value().value(0).toString();
    r.familyName = q.value().value(1).toString();
    r.knownAs = q.value().value(2).toString();
    r.dateOfBirth = rows::toDate(q.value().value(3));
    r.email = q.value().value(4).toString();
    r.phone = q.value().value(5).toString();
    r.postcode = q.value().value(6).toString();
    q.value().finish();

    const QString today = Clock::instance().today().toString(Qt::ISODate);
    QStringList fields { QStringLiteral("given_name"), QStringLiteral("family_name"), QStringLiteral("known_as"),
        QStringLiteral("date_of_birth"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("postcode") };
    if (r.isWorker) {
        auto st = sql::prepare(m_db,
            QStringLiteral("SELECT status, since FROM worker_status WHERE worker_id = ? AND since <= ? "
                           "ORDER BY since DESC, id DESC LIMIT 1"));
        if (!st) {
            return st.error();
        }
        st.value().addBindValue(workerId);
        st.value().addBindValue(today);
        if (Status s = sql::exec(st.value(), QStringLiteral("read a worker's status")); !s) {
            return s.error();
        }
        if (st.value().next()) {
            r.workerStatus = st.value().value(0).toString();
            r.workerStatusSince = rows::toDate(st.value().value(1));
        }
        auto roles = sql::prepare(m_db,
            QStringLiteral("SELECT t.name FROM worker_role r JOIN role_type t ON t.id = r.role_type_id "
                           "WHERE r.worker_id = ? AND r.starts_on <= ? AND (r.ends_on IS NULL OR r.ends_on >= ?) "
                           "ORDER BY r.starts_on"));
        if (!roles) {
            return roles.error();
        }
        roles.value().addBindValue(workerId);
        roles.value().addBindValue(today);
        roles.value().addBindValue(today);
        if (Status s = sql::exec(roles.value(), QStringLiteral("read a worker's roles")); !s) {
            return s.error();
        }
        while (roles.value().next()) {
            r.currentRoles << roles.value().value(0).toString();
        }
        fields << QStringLiteral("worker_status") << QStringLiteral("worker_role");
    }
    if (r.isClient) {
        auto refs
            = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM referral WHERE client_id = ?"), { clientId });
        auto sessions = sql::prepare(m_db,
            QStringLiteral("SELECT COUNT(*), MAX(s.held_on) FROM session s JOIN episode e ON e.id = s.episode_id "
                           "JOIN referral f ON f.id = e.referral_id WHERE f.client_id = ? AND s.attendance = "
                           "'attended' AND s.held_on <= ?"));
        if (!refs || !sessions) {
            return !refs ? refs.error() : sessions.error();
        }
        sessions.value().addBindValue(clientId);
        sessions.value().addBindValue(today);
        if (Status s = sql::exec(sessions.value(), QStringLiteral("read sessions")); !s) {
            return s.error();
        }
        r.referrals = refs.value().toInt();
        if (sessions.value().next()) {
            r.sessionsAttended = sessions.value().value(0).toInt();
            r.lastSession = rows::toDate(sessions.value().value(1));
        }
        fields << QStringLiteral("referral") << QStringLiteral("session");
    }
    if (Status s
        = log.record(actor, { QString::fromLatin1(AuditLog::kView), QStringLiteral("person"), id, fields, {} });
        !s) {
        // An opening that cannot be recorded is not allowed: the record stays closed.
        return s.error();
    }
    return r;
}

QString PersonService::statusName(const QString& key)
{
    return WorkforceService::statusName(key);
}

Status PersonService::checkReference(Database& db, const QString& reference, qint64 personId)
{
    if (reference.trimmed().isEmpty()) {
        return Status::ok();
    }
    auto q
        = rows::query(db, QStringLiteral("SELECT given_name, family_name FROM person WHERE reference = ? AND id <> ?"),
            { reference.trimmed(), personId }, QStringLiteral("check a reference"));
    if (!q) {
        return q.status();
    }
    if (q.value().next()) {
        const QString name
            = QStringList({ q.value().value(0).toString(), q.value().value(1).toString() }).join(QLatin1Char(' '));
        return invalidInput(tr("The reference \"%1\" is already %2's: each person's reference must be different. "
                               "Check the reference from your old records.")
                                .arg(reference.trimmed(), name.trimmed()));
    }
    return Status::ok();
}

} // namespace alongside::core
