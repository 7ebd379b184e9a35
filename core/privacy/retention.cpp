#include "retention.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/db/sqldialect.h"
#include "core/db/transaction.h"
#include "core/services/servicesupport.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace alongside::core {

namespace {

QString plural(int n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

QDate isoDate(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

struct PersonRow
{
    qint64 personId = 0;
    qint64 workerId = 0;
    qint64 clientId = 0;
    bool hasAccount = false;
    QString name;
    QString reference;
};

} // namespace

QString RetentionItem::kindText() const
{
    QStringList parts;
    if (supported) {
        parts << RetentionService::tr("Person supported");
    }
    if (worker) {
        parts << RetentionService::tr("Volunteer or worker (left)");
    }
    if (applicant) {
        parts << RetentionService::tr("Unsuccessful applicant");
    }
    return parts.join(RetentionService::tr(", "));
}

QString RetentionItem::pastText() const
{
    const QDate asOf = dueOn.addDays(daysPast);
    int months = (asOf.year() - dueOn.year()) * 12 + (asOf.month() - dueOn.month());
    if (asOf.day() < dueOn.day()) {
        --months;
    }
    if (months < 1) {
        return plural(daysPast, RetentionService::tr("1 day"), RetentionService::tr("%1 days"));
    }
    const int years = months / 12;
    const int rest = months % 12;
    const QString y = plural(years, RetentionService::tr("1 year"), RetentionService::tr("%1 years"));
    const QString m = plural(rest, RetentionService::tr("1 month"), RetentionService::tr("%1 months"));
    if (years == 0) {
        return m;
    }
    if (rest == 0) {
        return y;
    }
    return RetentionService::tr("%1 %2", "years and months").arg(y, m);
}

QString RetentionItem::suggestedAction() const
{
    if (hasAccount) {
        return RetentionService::tr("Disable their login, then anonymise");
    }
    if (applicant && !supported && !worker) {
        return RetentionService::tr("Erase or anonymise");
    }
    return RetentionService::tr("Anonymise");
}

Result<RetentionSettings> RetentionService::load(const Actor& actor) const
{
    Q_UNUSED(actor) // every role may read the schedule; screens explain it
    RetentionSettings s;
    auto q = sql::query(m_db, QStringLiteral("SELECT key, value FROM setting WHERE key IN (?, ?, ?)"),
        { QString::fromLatin1(kSupportedYearsKey), QString::fromLatin1(kWorkerYearsKey),
            QString::fromLatin1(kApplicantMonthsKey) },
        QStringLiteral("read the retention schedule"));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const QString key = q.value().value(0).toString();
        bool ok = false;
        const int v = q.value().value(1).toString().toInt(&ok);
        if (!ok || v < 0) {
            continue; // an unreadable value keeps the default
        }
        if (key == QLatin1String(kSupportedYearsKey)) {
            s.supportedYears = std::min(v, RetentionSettings::kMaxYears);
        } else if (key == QLatin1String(kWorkerYearsKey)) {
            s.workerYears = std::min(v, RetentionSettings::kMaxYears);
        } else if (key == QLatin1String(kApplicantMonthsKey)) {
            s.applicantMonths = std::min(v, RetentionSettings::kMaxMonths);
        }
    }
    return s;
}

Status RetentionService::validate(const RetentionSettings& s)
{
    if (s.supportedYears < 0 || s.supportedYears > RetentionSettings::kMaxYears) {
        return invalidInput(tr("Keep records of people supported for 0 (never review) to %1 years after their last "
                               "contact.")
                                .arg(RetentionSettings::kMaxYears));
    }
    if (s.workerYears < 0 || s.workerYears > RetentionSettings::kMaxYears) {
        return invalidInput(tr("Keep records of volunteers and workers for 0 (never review) to %1 years after they "
                               "leave.")
                                .arg(RetentionSettings::kMaxYears));
    }
    if (s.applicantMonths < 0 || s.applicantMonths > RetentionSettings::kMaxMonths) {
        return invalidInput(tr("Keep records of unsuccessful applicants for 0 (never review) to %1 months.")
                                .arg(RetentionSettings::kMaxMonths));
    }
    return Status::ok();
}

Status RetentionService::save(const Actor& actor, const RetentionSettings& s)
{
    if (Status r = service::refuse(m_db, actor, Permissions::Action::EraseRecords, QStringLiteral("setting")); !r) {
        return r;
    }
    if (Status v = validate(s); !v) {
        return v;
    }
    auto before = load(actor);
    if (!before) {
        return before.status();
    }
    Transaction t(m_db);
    if (!t.isActive()) {
        return t.beginStatus();
    }
    const RetentionSettings& b = before.value();

    const struct
    {
        const char* key;
        int value;
        bool changed;
    } rows[] = {
        { kSupportedYearsKey, s.supportedYears, s.supportedYears != b.supportedYears },
        { kWorkerYearsKey, s.workerYears, s.workerYears != b.workerYears },
        { kApplicantMonthsKey, s.applicantMonths, s.applicantMonths != b.applicantMonths },
    };

    QStringList changed;
    for (const auto& row : rows) {
        auto q = sql::query(m_db, SqlDialect().upsertSetting(),
            { QString::fromLatin1(row.key), QString::number(row.value) },
            QStringLiteral("save the retention schedule"));
        if (!q) {
            return q.status();
        }
        if (row.changed) {
            changed << QString::fromLatin1(row.key);
        }
    }
    if (!changed.isEmpty()) {
        AuditEvent e;
        e.action = QString::fromLatin1(AuditLog::kUpdate);
        e.entity = QStringLiteral("setting");
        e.fields = changed;
        if (Status st = AuditLog(m_db).record(actor, e); !st) {
            return st;
        }
    }
    return t.commit();
}

Result<QList<RetentionItem>> RetentionService::review(const Actor& actor, const QDate& asOf) const
{
    if (Status r = service::refuse(m_db, actor, Permissions::Action::EraseRecords, QStringLiteral("person")); !r) {
        return r.error();
    }
    auto settings = load(actor);
    if (!settings) {
        return settings.error();
    }
    const RetentionSettings& rs = settings.value();

    // Everyone not yet anonymised who is supported or on the workforce.
    QList<PersonRow> people;
    {
        auto q = sql::query(m_db,
            QStringLiteral("SELECT p.id, COALESCE(w.id, 0), COALESCE(c.id, 0), "
                           "EXISTS (SELECT 1 FROM account a WHERE a.worker_id = w.id), "
                           "p.given_name, p.family_name, p.known_as, p.reference "
                           "FROM person p LEFT JOIN worker w ON w.person_id = p.id "
                           "LEFT JOIN client c ON c.person_id = p.id "
                           "WHERE p.anonymised_on IS NULL AND (w.id IS NOT NULL OR c.id IS NOT NULL) ORDER BY p.id"),
            {}, QStringLiteral("read people for the retention review"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            PersonRow p;
            p.personId = r.value(0).toLongLong();
            p.workerId = r.value(1).toLongLong();
            p.clientId = r.value(2).toLongLong();
            p.hasAccount = r.value(3).toBool();
            QString given = r.value(6).toString().trimmed();
            if (given.isEmpty()) {
                given = r.value(4).toString();
            }
            p.name = QStringList { given, r.value(5).toString() }.join(QLatin1Char(' ')).trimmed();
            p.reference = r.value(7).toString();
            people << p;
        }
    }

    // People supported: the latest contact of each, and who still has an episode open.
    QHash<qint64, QDate> lastContact;
    {
        auto q = sql::query(m_db,
            QStringLiteral(
                "SELECT cid, MAX(d) FROM ("
                "SELECT r.client_id AS cid, r.referred_on AS d FROM referral r "
                "UNION ALL SELECT r.client_id, r.triage_on FROM referral r "
                "UNION ALL SELECT r.client_id, e.starts_on FROM episode e "
                "  JOIN referral r ON r.id = e.referral_id "
                "UNION ALL SELECT r.client_id, e.ended_on FROM episode e "
                "  JOIN referral r ON r.id = e.referral_id "
                "UNION ALL SELECT r.client_id, s.held_on FROM session s "
                "  JOIN episode e ON e.id = s.episode_id JOIN referral r ON r.id = e.referral_id "
                "UNION ALL SELECT client_id, administered_on FROM measure_response "
                "UNION ALL SELECT client_id, set_on FROM goal "
                "UNION ALL SELECT client_id, achieved_on FROM goal "
                "UNION ALL SELECT c.id, g.given_on FROM consent g JOIN client c ON c.person_id = g.person_id "
                "UNION ALL SELECT c.id, g.withdrawn_on FROM consent g "
                "  JOIN client c ON c.person_id = g.person_id "
                "UNION ALL SELECT c.id, m.held_on FROM meeting_attendee a "
                "  JOIN meeting m ON m.id = a.meeting_id JOIN client c ON c.person_id = a.person_id"
                ") WHERE d IS NOT NULL GROUP BY cid"),
            {}, QStringLiteral("find the last contact of people supported"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            lastContact.insert(q.value().value(0).toLongLong(), isoDate(q.value().value(1)));
        }
    }
    QSet<qint64> openEpisode;
    {
        auto q = sql::query(m_db,
            QStringLiteral("SELECT DISTINCT r.client_id FROM episode e JOIN referral r ON r.id = e.referral_id "
                           "WHERE e.ended_on IS NULL"),
            {}, QStringLiteral("find open episodes"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            openEpisode.insert(q.value().value(0).toLongLong());
        }
    }
    // A person supported with no dated contact at all: the day the record was made.
    QHash<qint64, QDate> clientCreated;
    {
        auto q = sql::query(
            m_db, QStringLiteral("SELECT id, created_at FROM client"), {}, QStringLiteral("read people supported"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            clientCreated.insert(q.value().value(0).toLongLong(), isoDate(q.value().value(1)));
        }
    }

    // The workforce: each worker's current status, since when, and whether they were ever active.
    struct WorkerState
    {
        QString status;
        QDate since;
        bool everActive = false;
    };

    QHash<qint64, WorkerState> workers;
    {
        auto q = sql::query(m_db,
            QStringLiteral("SELECT w.id, "
                           "(SELECT s.status FROM worker_status s WHERE s.worker_id = w.id "
                           " ORDER BY s.since DESC, s.id DESC LIMIT 1), "
                           "(SELECT s.since FROM worker_status s WHERE s.worker_id = w.id "
                           " ORDER BY s.since DESC, s.id DESC LIMIT 1), "
                           "EXISTS (SELECT 1 FROM worker_status s WHERE s.worker_id = w.id "
                           " AND s.status IN ('in_training', 'active', 'paused')) "
                           "FROM worker w"),
            {}, QStringLiteral("read the workforce's statuses"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            WorkerState st;
            st.status = q.value().value(1).toString();
            st.since = isoDate(q.value().value(2));
            st.everActive = q.value().value(3).toBool();
            workers.insert(q.value().value(0).toLongLong(), st);
        }
    }

    QList<RetentionItem> out;
    for (const PersonRow& p : people) {
        RetentionItem item;
        item.personId = p.personId;
        item.name = p.name;
        item.reference = p.reference;
        item.hasAccount = p.hasAccount;
        bool keep = false; // some part of the record is still within its period (or never reviewed)
        auto consider = [&item](const QDate& last, const QDate& due) {
            if (!item.dueOn.isValid() || due > item.dueOn) {
                item.dueOn = due;
                item.lastDate = last;
            }
        };
        if (p.clientId != 0) {
            QDate last = lastContact.value(p.clientId);
            if (!last.isValid()) {
                last = clientCreated.value(p.clientId);
            }
            if (rs.supportedYears == 0 || openEpisode.contains(p.clientId) || !last.isValid()) {
                keep = true;
            } else {
                item.supported = true;
                consider(last, last.addYears(rs.supportedYears));
            }
        }
        if (p.workerId != 0) {
            const WorkerState st = workers.value(p.workerId);
            if (!st.since.isValid()) {
                keep = true;
            } else if (st.everActive) {
                if (st.status != QLatin1String("left") || rs.workerYears == 0) {
                    keep = true;
                } else {
                    item.worker = true;
                    consider(st.since, st.since.addYears(rs.workerYears));
                }
            } else {
                const bool unsuccessful = st.status == QLatin1String("left") || st.status == QLatin1String("enquiry")
                    || st.status == QLatin1String("applicant");
                if (!unsuccessful || rs.applicantMonths == 0) {
                    keep = true;
                } else {
                    item.applicant = true;
                    consider(st.since, st.since.addMonths(rs.applicantMonths));
                }
            }
        }
        if (keep || !item.dueOn.isValid() || item.dueOn >= asOf) {
            continue;
        }
        item.daysPast = int(item.dueOn.daysTo(asOf));
        out << item;
    }
    std::stable_sort(
        out.begin(), out.end(), [](const RetentionItem& a, const RetentionItem& b) { return a.daysPast > b.daysPast; });
    return out;
}

} // namespace alongside::core
