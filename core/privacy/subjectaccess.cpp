#include "subjectaccess.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/db/sql.h"
#include "core/services/servicesupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

namespace alongside::core::privacy {

namespace {

constexpr int kChunk = 400; // bound values per statement, well under SQLite's limit

QString quoted(const QString& identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i) {
        marks << QStringLiteral("?");
    }
    return marks.join(QStringLiteral(", "));
}

struct ForeignKey
{
    QString child;
    QString from;
    QString parent;
    QString to; // the parent's column; "rowid" when the key names the primary key
    bool cascade = false;
};

struct Hit
{
    PackRowKind kind = PackRowKind::Own;
    QString via;
};

using Hits = QHash<QString, QMap<qint64, Hit>>; // table -> rowid -> how it was reached

/** Runs sql (with one "%1" for a list of placeholders) over values in chunks; calls row for each result. */
Status eachInChunks(Database& db, const QString& sqlText, const QVariantList& before, const QVariantList& values,
    const std::function<void(const QSqlQuery&)>& row)
{
    for (qsizetype start = 0; start < values.size(); start += kChunk) {
        const QVariantList chunk = values.mid(start, kChunk);
        QVariantList bind = before;
        bind.append(chunk);
        auto q = sql::query(db, sqlText.arg(placeholders(chunk.size())), bind, QStringLiteral("gather subject access"));
        if (!q) {
            return q.status();
        }
        while (q.value().next()) {
            row(q.value());
        }
    }
    return Status::ok();
}

QVariantList idList(const QList<qint64>& ids)
{
    QVariantList list;
    for (qint64 id : ids) {
        list << id;
    }
    return list;
}

/** Columns that say when or what kind of thing happened, never who or in whose words. */
bool isDateOrKind(const QString& column)
{
    static const QSet<QString> kinds = { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("status"),
        QStringLiteral("mode"), QStringLiteral("attendance"), QStringLiteral("duration_minutes"),
        QStringLiteral("format"), QStringLiteral("supervisor_kind"), QStringLiteral("author_type"),
        QStringLiteral("standing"), QStringLiteral("role"), QStringLiteral("purpose"), QStringLiteral("hours"),
        QStringLiteral("disabled"), QStringLiteral("since") };
    return kinds.contains(column) || column.endsWith(QLatin1String("_on")) || column.endsWith(QLatin1String("_at"));
}

/** What shared records (things they took part in) show beyond dates and kinds; supervision_entry: all. */
QStringList sharedExtras(const QString& table)
{
    if (table == QLatin1String("meeting")) {
        return { QStringLiteral("location"), QStringLiteral("topics") };
    }
    if (table == QLatin1String("group_session")) {
        return { QStringLiteral("topic") };
    }
    return {};
}

QString safeName(const QString& name)
{
    QString s = name.trimmed();
    s.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    while (s.startsWith(QLatin1Char('.'))) {
        s.remove(0, 1);
    }
    return s.isEmpty() ? QStringLiteral("file") : s.left(80);
}

QString kindKey(PackRowKind kind)
{
    switch (kind) {
    case PackRowKind::Own:
        return QStringLiteral("own");
    case PackRowKind::Shared:
        return QStringLiteral("shared");
    case PackRowKind::Mention:
        return QStringLiteral("mention");
    }
    return {};
}

QJsonValue jsonValue(const QVariant& v)
{
    if (v.isNull() || !v.isValid()) {
        return QJsonValue::Null;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return double(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

/** Which section of the readable pack a table belongs to; "other" keeps an unknown table in. */
QString sectionOf(const QString& table)
{
    static const QHash<QString, QString> sections = {
        { QStringLiteral("person"), QStringLiteral("personal") },
        { QStringLiteral("worker"), QStringLiteral("worker") },
        { QStringLiteral("worker_status"), QStringLiteral("worker") },
        { QStringLiteral("worker_role"), QStringLiteral("worker") },
        { QStringLiteral("worker_step"), QStringLiteral("worker") },
        { QStringLiteral("worker_reference"), QStringLiteral("worker") },
        { QStringLiteral("dbs_check"), QStringLiteral("worker") },
        { QStringLiteral("volunteer_hours"), QStringLiteral("worker") },
        { QStringLiteral("worker_lived_experience"), QStringLiteral("worker") },
        { QStringLiteral("training_completion"), QStringLiteral("worker") },
        { QStringLiteral("account"), QStringLiteral("worker") },
        { QStringLiteral("client"), QStringLiteral("supported") },
        { QStringLiteral("referral"), QStringLiteral("supported") },
        { QStringLiteral("episode"), QStringLiteral("supported") },
        { QStringLiteral("session"), QStringLiteral("supported") },
        { QStringLiteral("group_session"), QStringLiteral("supported") },
        { QStringLiteral("mentor_match"), QStringLiteral("supported") },
        { QStringLiteral("goal"), QStringLiteral("supported") },
        { QStringLiteral("measure_response"), QStringLiteral("measures") },
        { QStringLiteral("measure_answer"), QStringLiteral("measures") },
        { QStringLiteral("supervision_arrangement"), QStringLiteral("supervision") },
        { QStringLiteral("supervision_entry"), QStringLiteral("supervision") },
        { QStringLiteral("supervision_attendee"), QStringLiteral("supervision") },
        { QStringLiteral("supervision_entry_theme"), QStringLiteral("supervision") },
        { QStringLiteral("supervision_action"), QStringLiteral("supervision") },
        { QStringLiteral("consent"), QStringLiteral("consents") },
        { QStringLiteral("story"), QStringLiteral("stories") },
        { QStringLiteral("story_theme_link"), QStringLiteral("stories") },
        { QStringLiteral("story_period"), QStringLiteral("stories") },
        { QStringLiteral("meeting"), QStringLiteral("meetings") },
        { QStringLiteral("meeting_attendee"), QStringLiteral("meetings") },
        { QStringLiteral("meeting_decision"), QStringLiteral("meetings") },
        { QStringLiteral("meeting_action"), QStringLiteral("meetings") },
    };
    return sections.value(table, QStringLiteral("other"));
}

} // namespace

QList<const PackRow*> SubjectAccessPack::rowsOf(const QString& table) const
{
    QList<const PackRow*> found;
    for (const PackRow& r : rows) {
        if (r.table == table) {
            found << &r;
        }
    }
    return found;
}

QString SubjectAccess::tableTitle(const QString& table)
{
    static const QHash<QString, const char*> titles = {
        { "person", QT_TR_NOOP("Personal details") },
        { "worker", QT_TR_NOOP("Volunteer or worker record") },
        { "worker_status", QT_TR_NOOP("Status as a volunteer or worker") },
        { "worker_role", QT_TR_NOOP("Roles") },
        { "worker_step", QT_TR_NOOP("Recruitment steps") },
        { "worker_reference", QT_TR_NOOP("References") },
        { "dbs_check", QT_TR_NOOP("DBS checks") },
        { "volunteer_hours", QT_TR_NOOP("Hours given") },
        { "worker_lived_experience", QT_TR_NOOP("Lived experience") },
        { "training_completion", QT_TR_NOOP("Training completed") },
        { "account", QT_TR_NOOP("Alongside account") },
        { "client", QT_TR_NOOP("Record as a person supported") },
        { "referral", QT_TR_NOOP("Referrals") },
        { "episode", QT_TR_NOOP("Episodes of support") },
        { "session", QT_TR_NOOP("Sessions") },
        { "group_session", QT_TR_NOOP("Group sessions") },
        { "mentor_match", QT_TR_NOOP("Mentor matches") },
        { "goal", QT_TR_NOOP("Goals") },
        { "measure_response", QT_TR_NOOP("Questionnaires answered") },
        { "measure_answer", QT_TR_NOOP("Questionnaire answers") },
        { "supervision_arrangement", QT_TR_NOOP("Supervision arrangements") },
        { "supervision_entry", QT_TR_NOOP("Supervision sessions") },
        { "supervision_attendee", QT_TR_NOOP("Supervision attended") },
        { "supervision_entry_theme", QT_TR_NOOP("Supervision themes") },
        { "supervision_action", QT_TR_NOOP("Supervision actions") },
        { "consent", QT_TR_NOOP("Consents") },
        { "story", QT_TR_NOOP("Stories") },
        { "story_theme_link", QT_TR_NOOP("Story themes") },
        { "story_period", QT_TR_NOOP("Reporting periods a story was chosen for") },
        { "meeting", QT_TR_NOOP("Meetings") },
        { "meeting_attendee", QT_TR_NOOP("Meetings attended") },
        { "meeting_decision", QT_TR_NOOP("Meeting decisions") },
        { "meeting_action", QT_TR_NOOP("Meeting actions") },
    };
    const auto it = titles.constFind(table);
    return it == titles.constEnd() ? table : tr(it.value());
}

QString SubjectAccess::columnTitle(const QString& table, const QString& column)
{
    Q_UNUSED(table)
    static const QHash<QString, const char*> titles = {
        { "id", QT_TR_NOOP("Record number") },
        { "given_name", QT_TR_NOOP("Given name") },
        { "family_name", QT_TR_NOOP("Family name") },
        { "known_as", QT_TR_NOOP("Known as") },
        { "date_of_birth", QT_TR_NOOP("Date of birth") },
        { "gender", QT_TR_NOOP("Gender") },
        { "ethnicity", QT_TR_NOOP("Ethnicity") },
        { "email", QT_TR_NOOP("Email") },
        { "phone", QT_TR_NOOP("Phone") },
        { "postcode", QT_TR_NOOP("Postcode") },
        { "address", QT_TR_NOOP("Address") },
        { "reference", QT_TR_NOOP("Reference") },
        { "anonymised_on", QT_TR_NOOP("Anonymised on") },
        { "created_at", QT_TR_NOOP("Created") },
        { "updated_at", QT_TR_NOOP("Last changed") },
        { "person_id", QT_TR_NOOP("Person") },
        { "worker_id", QT_TR_NOOP("Volunteer or worker") },
        { "client_id", QT_TR_NOOP("Person supported") },
        { "max_mentees", QT_TR_NOOP("Most people mentored at once") },
        { "emergency_contact_name", QT_TR_NOOP("Emergency contact") },
        { "emergency_contact_relationship", QT_TR_NOOP("Emergency contact's relationship") },
        { "emergency_contact_phone", QT_TR_NOOP("Emergency contact's phone") },
        { "availability", QT_TR_NOOP("Availability") },
        { "available_slots", QT_TR_NOOP("Times available") },
        { "home_visits", QT_TR_NOOP("Home visits") },
        { "languages", QT_TR_NOOP("Languages") },
        { "access_needs", QT_TR_NOOP("Access needs") },
        { "disability", QT_TR_NOOP("Disability") },
        { "sexual_orientation", QT_TR_NOOP("Sexual orientation") },
        { "religion", QT_TR_NOOP("Religion or belief") },
        { "status", QT_TR_NOOP("Status") },
        { "since", QT_TR_NOOP("Since") },
        { "reason", QT_TR_NOOP("Reason") },
        { "role_type_id", QT_TR_NOOP("Role") },
        { "pay_basis", QT_TR_NOOP("Paid or unpaid") },
        { "hours_per_week", QT_TR_NOOP("Hours a week") },
        { "funding_source", QT_TR_NOOP("Funding") },
        { "funding_ends_on", QT_TR_NOOP("Funding ends") },
        { "starts_on", QT_TR_NOOP("Starts") },
        { "ends_on", QT_TR_NOOP("Ends") },
        { "step_id", QT_TR_NOOP("Step") },
        { "done_on", QT_TR_NOOP("Done on") },
        { "done_by", QT_TR_NOOP("Done by") },
        { "note", QT_TR_NOOP("Note") },
        { "notes", QT_TR_NOOP("Notes") },
        { "referee_name", QT_TR_NOOP("Referee") },
        { "relationship", QT_TR_NOOP("Relationship") },
        { "contact", QT_TR_NOOP("Contact") },
        { "requested_on", QT_TR_NOOP("Requested") },
        { "received_on", QT_TR_NOOP("Received") },
        { "satisfactory", QT_TR_NOOP("Satisfactory") },
        { "level", QT_TR_NOOP("Level") },
        { "certificate_number", QT_TR_NOOP("Certificate number") },
        { "issued_on", QT_TR_NOOP("Issued") },
        { "update_service", QT_TR_NOOP("On the Update Service") },
        { "recheck_due_on", QT_TR_NOOP("Recheck due") },
        { "worked_on", QT_TR_NOOP("Day") },
        { "hours", QT_TR_NOOP("Hours") },
        { "activity", QT_TR_NOOP("Activity") },
        { "consent_on", QT_TR_NOOP("Consent given") },
        { "areas", QT_TR_NOOP("Areas of lived experience") },
        { "disclosure", QT_TR_NOOP("What may be shared") },
        { "course_id", QT_TR_NOOP("Course") },
        { "completed_on", QT_TR_NOOP("Completed") },
        { "expires_on", QT_TR_NOOP("Expires") },
        { "certificate_name", QT_TR_NOOP("Certificate file") },
        { "certificate", QT_TR_NOOP("Certificate") },
        { "provider", QT_TR_NOOP("Provider") },
        { "credits", QT_TR_NOOP("Credits") },
        { "recorded_by", QT_TR_NOOP("Recorded by") },
        { "risk_note", QT_TR_NOOP("Risk note") },
        { "risk_updated_on", QT_TR_NOOP("Risk note updated") },
        { "needs_home_visits", QT_TR_NOOP("Needs home visits") },
        { "wanted_gender", QT_TR_NOOP("Mentor's gender wanted") },
        { "wanted_shared_areas", QT_TR_NOOP("Shared experience wanted") },
        { "wants_shared_ethnicity", QT_TR_NOOP("Wants a mentor of the same ethnicity") },
        { "wants_shared_language", QT_TR_NOOP("Wants a mentor with the same language") },
        { "preference_note", QT_TR_NOOP("Preferences") },
        { "referred_on", QT_TR_NOOP("Referred") },
        { "source_category", QT_TR_NOOP("Referred by (kind)") },
        { "source_id", QT_TR_NOOP("Referred by") },
        { "source_detail", QT_TR_NOOP("Referred by (detail)") },
        { "triage_outcome", QT_TR_NOOP("Triage outcome") },
        { "triage_on", QT_TR_NOOP("Triaged") },
        { "triage_note", QT_TR_NOOP("Triage note") },
        { "referral_id", QT_TR_NOOP("Referral") },
        { "component_id", QT_TR_NOOP("Service") },
        { "planned_end_on", QT_TR_NOOP("Planned end") },
        { "ended_on", QT_TR_NOOP("Ended") },
        { "ending_reason", QT_TR_NOOP("Why it ended") },
        { "ending_note", QT_TR_NOOP("Ending note") },
        { "episode_id", QT_TR_NOOP("Episode") },
        { "held_on", QT_TR_NOOP("Date") },
        { "duration_minutes", QT_TR_NOOP("Minutes") },
        { "mode", QT_TR_NOOP("How") },
        { "attendance", QT_TR_NOOP("Attendance") },
        { "group_session_id", QT_TR_NOOP("Group session") },
        { "topic", QT_TR_NOOP("Topic") },
        { "mentor_id", QT_TR_NOOP("Mentor") },
        { "proposed_on", QT_TR_NOOP("Proposed") },
        { "started_on", QT_TR_NOOP("Started") },
        { "reasons", QT_TR_NOOP("Why this mentor") },
        { "description", QT_TR_NOOP("Description") },
        { "set_on", QT_TR_NOOP("Set") },
        { "progress", QT_TR_NOOP("Progress (%)") },
        { "achieved_on", QT_TR_NOOP("Achieved") },
        { "measure_id", QT_TR_NOOP("Questionnaire") },
        { "definition_version", QT_TR_NOOP("Questionnaire version") },
        { "administered_on", QT_TR_NOOP("Answered on") },
        { "total", QT_TR_NOOP("Total") },
        { "band", QT_TR_NOOP("Band") },
        { "metric", QT_TR_NOOP("Score reported") },
        { "prorated", QT_TR_NOOP("Total prorated") },
        { "risk_flagged", QT_TR_NOOP("Risk item flagged") },
        { "risk_acknowledged_by", QT_TR_NOOP("Risk seen by") },
        { "risk_acknowledged_at", QT_TR_NOOP("Risk seen at") },
        { "entered_at", QT_TR_NOOP("Entered") },
        { "response_id", QT_TR_NOOP("Questionnaire answered") },
        { "item_no", QT_TR_NOOP("Question") },
        { "value", QT_TR_NOOP("Answer") },
        { "text_value", QT_TR_NOOP("Answer in words") },
        { "kind", QT_TR_NOOP("Kind") },
        { "format", QT_TR_NOOP("Format") },
        { "supervisor_id", QT_TR_NOOP("Supervisor") },
        { "external_supervisor", QT_TR_NOOP("Supervisor from outside") },
        { "supervisor_kind", QT_TR_NOOP("Kind of supervisor") },
        { "organisation", QT_TR_NOOP("Organisation") },
        { "summary", QT_TR_NOOP("Summary") },
        { "private_notes", QT_TR_NOOP("Private notes") },
        { "supervisor_signed_on", QT_TR_NOOP("Signed by the supervisor") },
        { "signed_on", QT_TR_NOOP("Signed") },
        { "entry_id", QT_TR_NOOP("Supervision session") },
        { "wellbeing_in", QT_TR_NOOP("Wellbeing at the start (0–10)") },
        { "wellbeing_out", QT_TR_NOOP("Wellbeing at the end (0–10)") },
        { "theme_id", QT_TR_NOOP("Theme") },
        { "owner_id", QT_TR_NOOP("Owner") },
        { "owner_person_id", QT_TR_NOOP("Owner") },
        { "owner_text", QT_TR_NOOP("Owner (named)") },
        { "due_on", QT_TR_NOOP("Due") },
        { "purpose", QT_TR_NOOP("Purpose") },
        { "given_on", QT_TR_NOOP("Given") },
        { "detail", QT_TR_NOOP("Detail") },
        { "withdrawn_on", QT_TR_NOOP("Withdrawn") },
        { "author_type", QT_TR_NOOP("Written as") },
        { "written_with_id", QT_TR_NOOP("Written with") },
        { "title", QT_TR_NOOP("Title") },
        { "written_on", QT_TR_NOOP("Written") },
        { "body", QT_TR_NOOP("Story as written") },
        { "anonymised", QT_TR_NOOP("Anonymised text") },
        { "consent_id", QT_TR_NOOP("Consent") },
        { "story_id", QT_TR_NOOP("Story") },
        { "period_start", QT_TR_NOOP("Period from") },
        { "period_end", QT_TR_NOOP("Period to") },
        { "chosen_by", QT_TR_NOOP("Chosen by") },
        { "chosen_on", QT_TR_NOOP("Chosen on") },
        { "group_id", QT_TR_NOOP("Group") },
        { "location", QT_TR_NOOP("Where") },
        { "topics", QT_TR_NOOP("Topics") },
        { "meeting_id", QT_TR_NOOP("Meeting") },
        { "external_name", QT_TR_NOOP("Name (not on file)") },
        { "standing", QT_TR_NOOP("Took part as") },
        { "position", QT_TR_NOOP("Order") },
        { "change_made", QT_TR_NOOP("What changed") },
        { "changed_on", QT_TR_NOOP("Changed on") },
        { "user_name", QT_TR_NOOP("User name") },
        { "display_name", QT_TR_NOOP("Name shown") },
        { "role", QT_TR_NOOP("Role") },
        { "disabled", QT_TR_NOOP("Disabled") },
        { "last_login_at", QT_TR_NOOP("Last logged in") },
    };
    const auto it = titles.constFind(column);
    return it == titles.constEnd() ? column : tr(it.value());
}

Result<SubjectAccessPack> SubjectAccess::gather(const Actor& actor, qint64 personId)
{
    if (Status s = service::refuse(m_db, actor, Permissions::Action::ExportRecords, QStringLiteral("person"), personId);
        !s) {
        return s.error();
    }
    auto exists = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ?"), { personId });
    if (!exists) {
        return exists.error();
    }
    if (exists.value().toLongLong() == 0) {
        return Error { Error::Code::NotFound,
            tr("There is no person with record number %1. They may have been erased.").arg(personId), {} };
    }

    // The tables and their foreign keys, read from the file itself: a table added later is walked too.
    QStringList tables;
    {
        auto q = sql::query(m_db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name <> 'audit_log' ORDER BY name"),
            {}, QStringLiteral("list the tables"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            tables << q.value().value(0).toString();
        }
    }
    QList<ForeignKey> keys;
    QHash<QString, QStringList> columnsOf;
    for (const QString& table : std::as_const(tables)) {
        auto q = sql::query(m_db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(table)), {},
            QStringLiteral("read the foreign keys"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            ForeignKey k;
            k.child = table;
            k.parent = q.value().value(2).toString();
            k.from = q.value().value(3).toString();
            k.to = q.value().value(4).toString();
            if (k.to.isEmpty()) {
                k.to = QStringLiteral("rowid");
            }
            k.cascade = q.value().value(6).toString().compare(QLatin1String("CASCADE"), Qt::CaseInsensitive) == 0;
            keys << k;
        }
        auto c = sql::query(
            m_db, QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table)), {}, QStringLiteral("read the columns"));
        if (!c) {
            return c.error();
        }
        while (c.value().next()) {
            columnsOf[table] << c.value().value(1).toString();
        }
    }
    // Which tables have a path of foreign keys to person at all (the others are lists: courses, roles…).
    QSet<QString> reachesPerson = { QStringLiteral("person") };
    for (bool grew = true; grew;) {
        grew = false;
        for (const ForeignKey& k : std::as_const(keys)) {
            if (reachesPerson.contains(k.parent) && !reachesPerson.contains(k.child)) {
                reachesPerson.insert(k.child);
                grew = true;
            }
        }
    }

    // The values of column `to` in the given rows of table, split by whether the row is the person's own.
    auto keyValues = [this](const QString& table, const QString& column, const QMap<qint64, Hit>& rows,
                         QVariantList* own, QVariantList* other) -> Status {
        QList<qint64> ids = rows.keys();
        return eachInChunks(m_db,
            QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid IN (%3)")
                .arg(quoted(column), quoted(table), QStringLiteral("%1")),
            {}, idList(ids), [&](const QSqlQuery& q) {
                if (q.value(1).isNull()) {
                    return;
                }
                const Hit& h = rows.value(q.value(0).toLongLong());
                (h.kind == PackRowKind::Own ? own : other)->append(q.value(1));
            });
    };

    // Walk: a row whose foreign key points at a row already found refers to the person. Reached only
    // through ON DELETE CASCADE keys from the person, it is theirs; reached any other way, it is
    // someone else's record that mentions them.
    Hits hits;
    hits[QStringLiteral("person")].insert(personId, Hit { PackRowKind::Own, QString() });
    for (bool changed = true; changed;) {
        changed = false;
        for (const ForeignKey& k : std::as_const(keys)) {
            const QMap<qint64, Hit> parentRows = hits.value(k.parent);
            if (parentRows.isEmpty()) {
                continue;
            }
            QVariantList own;
            QVariantList other;
            if (Status s = keyValues(k.parent, k.to, parentRows, &own, &other); !s) {
                return s.error();
            }
            const QString via = QStringLiteral("%1.%2 → %3").arg(k.child, k.from, k.parent);
            for (const bool parentOwn : { true, false }) {
                const QVariantList& values = parentOwn ? own : other;
                const PackRowKind kind = parentOwn && k.cascade ? PackRowKind::Own : PackRowKind::Mention;
                Status s = eachInChunks(m_db,
                    QStringLiteral("SELECT rowid FROM %1 WHERE %2 IN (%3)")
                        .arg(quoted(k.child), quoted(k.from), QStringLiteral("%1")),
                    {}, values, [&](const QSqlQuery& q) {
                        const qint64 rowid = q.value(0).toLongLong();
                        QMap<qint64, Hit>& found = hits[k.child];
                        auto it = found.find(rowid);
                        if (it == found.end()) {
                            found.insert(rowid, Hit { kind, via });
                            changed = true;
                        } else if (kind == PackRowKind::Own && it->kind != PackRowKind::Own) {
                            *it = Hit { kind, via };
                            changed = true;
                        }
                    });
                if (!s) {
                    return s.error();
                }
            }
        }
    }

    // What they took part in: the parent of one of their own rows through a CASCADE key (the
    // supervision session they attended, the meeting, the group session); and that record's own
    // details that name no one (its themes, its decisions).
    for (const ForeignKey& k : std::as_const(keys)) {
        if (!k.cascade || k.parent == QLatin1String("person")) {
            continue;
        }
        QMap<qint64, Hit> ownRows;
        const QMap<qint64, Hit> childRows = hits.value(k.child);
        for (auto it = childRows.cbegin(); it != childRows.cend(); ++it) {
            if (it->kind == PackRowKind::Own) {
                ownRows.insert(it.key(), it.value());
            }
        }
        if (ownRows.isEmpty()) {
            continue;
        }
        QVariantList values;
        QVariantList unused;
        if (Status s = keyValues(k.child, k.from, ownRows, &values, &unused); !s) {
            return s.error();
        }
        Status s = eachInChunks(m_db,
            QStringLiteral("SELECT rowid FROM %1 WHERE %2 IN (%3)")
                .arg(quoted(k.parent), quoted(k.to), QStringLiteral("%1")),
            {}, values, [&](const QSqlQuery& q) {
                QMap<qint64, Hit>& found = hits[k.parent];
                const qint64 rowid = q.value(0).toLongLong();
                if (!found.contains(rowid) || found.value(rowid).kind == PackRowKind::Mention) {
                    found.insert(rowid,
                        Hit { PackRowKind::Shared, QStringLiteral("%1.%2 → %3").arg(k.child, k.from, k.parent) });
                }
            });
        if (!s) {
            return s.error();
        }
    }
    for (const ForeignKey& k : std::as_const(keys)) {
        QMap<qint64, Hit> sharedRows;
        const QMap<qint64, Hit> parentRows = hits.value(k.parent);
        for (auto it = parentRows.cbegin(); it != parentRows.cend(); ++it) {
            if (it->kind == PackRowKind::Shared) {
                sharedRows.insert(it.key(), it.value());
            }
        }
        if (!k.cascade || sharedRows.isEmpty()) {
            continue;
        }
        // Only a child whose other keys lead to no one (a theme, a decision): never another attendee.
        bool namesSomeone = false;
        for (const ForeignKey& other : std::as_const(keys)) {
            if (other.child == k.child && other.from != k.from && reachesPerson.contains(other.parent)) {
                namesSomeone = true;
            }
        }
        if (namesSomeone) {
            continue;
        }
        QVariantList values;
        QVariantList unused;
        if (Status s = keyValues(k.parent, k.to, sharedRows, &unused, &values); !s) {
            return s.error();
        }
        Status s = eachInChunks(m_db,
            QStringLiteral("SELECT rowid FROM %1 WHERE %2 IN (%3)")
                .arg(quoted(k.child), quoted(k.from), QStringLiteral("%1")),
            {}, values, [&](const QSqlQuery& q) {
                QMap<qint64, Hit>& found = hits[k.child];
                const qint64 rowid = q.value(0).toLongLong();
                if (!found.contains(rowid) || found.value(rowid).kind == PackRowKind::Mention) {
                    found.insert(rowid,
                        Hit { PackRowKind::Shared, QStringLiteral("%1.%2 → %3").arg(k.child, k.from, k.parent) });
                }
            });
        if (!s) {
            return s.error();
        }
    }

    // Names for references to lists (a course, a role, a theme): lists name no one.
    QHash<QString, QString> labelCache;
    auto labelFor = [&](const ForeignKey& k, const QVariant& value) -> QString {
        if (reachesPerson.contains(k.parent) || value.isNull()) {
            return {};
        }
        const QStringList& parentColumns = columnsOf.value(k.parent);
        const QString nameColumn = parentColumns.contains(QStringLiteral("name")) ? QStringLiteral("name")
            : parentColumns.contains(QStringLiteral("title"))                     ? QStringLiteral("title")
                                                                                  : QString();
        if (nameColumn.isEmpty()) {
            return {};
        }
        const QString cacheKey = k.parent + QLatin1Char('\n') + value.toString();
        if (!labelCache.contains(cacheKey)) {
            auto name = sql::scalar(m_db,
                QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                    .arg(quoted(nameColumn), quoted(k.parent), quoted(k.to)),
                { value });
            labelCache.insert(cacheKey, name ? name.value().toString() : QString());
        }
        return labelCache.value(cacheKey);
    };

    SubjectAccessPack pack;
    pack.personId = personId;
    pack.generatedAt = Clock::instance().now().toUTC();
    pack.generatedBy = actor.userName;
    pack.schemaVersion = m_db.schemaVersion();
    QSet<QString> fileNames;

    // Tables in a stable order: person first, then as the schema lists them, then any others.
    QStringList order;
    for (const QString& t : schema::tableNames()) {
        if (tables.contains(t)) {
            order << t;
        }
    }
    for (const QString& t : std::as_const(tables)) {
        if (!order.contains(t)) {
            order << t;
        }
    }
    for (const QString& table : std::as_const(order)) {
        const QMap<qint64, Hit> found = hits.value(table);
        if (found.isEmpty()) {
            continue;
        }
        QHash<QString, ForeignKey> keyOf;
        for (const ForeignKey& k : std::as_const(keys)) {
            if (k.child == table) {
                keyOf.insert(k.from, k);
            }
        }
        QList<PackRow> rows;
        Status s = eachInChunks(m_db,
            QStringLiteral("SELECT rowid AS alongside_rowid, * FROM %1 WHERE rowid IN (%2) ORDER BY rowid")
                .arg(quoted(table), QStringLiteral("%1")),
            {}, idList(found.keys()), [&](const QSqlQuery& q) {
                const QSqlRecord record = q.record();
                PackRow row;
                row.table = table;
                row.tableTitle = tableTitle(table);
                row.rowId = q.value(0).toLongLong();
                const Hit hit = found.value(row.rowId);
                row.kind = hit.kind;
                row.via = hit.via;
                const QString viaColumn = hit.via.section(QLatin1Char('.'), 1).section(QLatin1Char(' '), 0, 0);
                const bool full = hit.kind == PackRowKind::Own
                    || (hit.kind == PackRowKind::Shared
                        && (table == QLatin1String("supervision_entry")
                            || hit.via.startsWith(table + QLatin1Char('.'))));
                for (int i = 1; i < record.count(); ++i) {
                    const QString column = record.fieldName(i);
                    const QVariant value = q.value(i);
                    const bool isKey = keyOf.contains(column);
                    const bool keyToList = isKey && !reachesPerson.contains(keyOf.value(column).parent);
                    bool shown = full;
                    if (!full) {
                        // Someone else's record: when and what kind, the reference to this person, lists.
                        shown = isDateOrKind(column) || column == viaColumn || keyToList
                            || (hit.kind == PackRowKind::Shared && sharedExtras(table).contains(column));
                        if (isKey && !keyToList && column != viaColumn) {
                            shown = false;
                        }
                    }
                    if (!shown) {
                        if (!value.isNull()) {
                            row.withheld << column;
                        }
                        continue;
                    }
                    PackField field;
                    field.column = column;
                    field.title = columnTitle(table, column);
                    if (value.typeId() == QMetaType::QByteArray && !value.isNull()) {
                        const QByteArray data = value.toByteArray();
                        PackFile file;
                        file.table = table;
                        file.rowId = row.rowId;
                        file.column = column;
                        file.name = record.contains(QStringLiteral("certificate_name"))
                            ? q.value(record.indexOf(QStringLiteral("certificate_name"))).toString()
                            : QString();
                        if (file.name.isEmpty()) {
                            file.name = QStringLiteral("%1-%2").arg(table, column);
                        }
                        file.fileName = QStringLiteral("%1-%2-%3").arg(table).arg(row.rowId).arg(safeName(file.name));
                        while (fileNames.contains(file.fileName)) {
                            file.fileName.prepend(QLatin1Char('_'));
                        }
                        fileNames.insert(file.fileName);
                        file.data = data;
                        field.value = QVariant(QMetaType::fromType<QString>());
                        field.label = tr("file %1 (%2 bytes), written as %3")
                                          .arg(file.name)
                                          .arg(data.size())
                                          .arg(file.fileName);
                        pack.files << file;
                    } else {
                        field.value = value;
                        if (isKey) {
                            field.label = labelFor(keyOf.value(column), value);
                        }
                    }
                    row.fields << field;
                }
                rows << row;
            });
        if (!s) {
            return s.error();
        }
        pack.rows << rows;
    }
    for (const PackRow& r : std::as_const(pack.rows)) {
        if (r.table == QLatin1String("person")) {
            QString given;
            QString family;
            for (const PackField& f : r.fields) {
                if (f.column == QLatin1String("given_name")) {
                    given = f.value.toString();
                } else if (f.column == QLatin1String("family_name")) {
                    family = f.value.toString();
                } else if (f.column == QLatin1String("reference")) {
                    pack.reference = f.value.toString();
                }
            }
            pack.name = QStringList({ given, family }).join(QLatin1Char(' ')).trimmed();
        }
    }

    // Who has looked at, changed or exported their records (their own rows and what they took part in).
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        QVariantList ids;
        for (auto r = it->cbegin(); r != it->cend(); ++r) {
            if (r->kind != PackRowKind::Mention) {
                ids << QString::number(r.key());
            }
        }
        if (ids.isEmpty()) {
            continue;
        }
        Status s = eachInChunks(m_db,
            QStringLiteral("SELECT seq, at, user_name, role, action, entity, record_id, fields FROM audit_log "
                           "WHERE entity = ? AND record_id IN (%1)"),
            { it.key() }, ids, [&](const QSqlQuery& q) {
                PackAuditEntry e;
                e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
                e.at.setTimeSpec(Qt::UTC);
                e.userName = q.value(2).toString();
                e.role = q.value(3).toString();
                e.action = q.value(4).toString();
                e.actionText = AuditLog::describeAction(e.action);
                e.entity = q.value(5).toString();
                e.recordId = q.value(6).toString();
                const QString fields = q.value(7).toString();
                e.fields = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char(','));
                pack.audit << e;
            });
        if (!s) {
            return s.error();
        }
    }
    std::sort(pack.audit.begin(), pack.audit.end(),
        [](const PackAuditEntry& a, const PackAuditEntry& b) { return a.at < b.at; });

    pack.notes << tr("This pack holds everything Alongside holds about this person: their own records in full, "
                     "including sensitive details and the private notes of supervision they took part in.");
    pack.notes << tr("Records that belong to other people but name this person as a volunteer or worker (a session "
                     "they delivered, a match where they were the mentor, supervision they gave, an action they own, "
                     "a story written with them, an account linked to them) are listed with their dates and kinds "
                     "only: the other person's words and identity are withheld, because they are someone else's "
                     "personal data.");
    pack.notes << tr("Record numbers are Alongside's own; references between records use them.");

    if (Status s = AuditLog(m_db).record(actor,
            { QString::fromLatin1(AuditLog::kExport), QStringLiteral("person"), QString::number(personId), {},
                QStringLiteral("subject access") });
        !s) {
        return s.error();
    }
    return pack;
}

QByteArray SubjectAccess::toJson(const SubjectAccessPack& pack)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("alongside-subject-access"));
    root.insert(QStringLiteral("formatVersion"), SubjectAccessPack::kFormatVersion);
    root.insert(QStringLiteral("schemaVersion"), pack.schemaVersion);
    root.insert(QStringLiteral("generatedAt"), pack.generatedAt.toString(Qt::ISODate));
    root.insert(QStringLiteral("generatedBy"), pack.generatedBy);
    QJsonObject person;
    person.insert(QStringLiteral("id"), double(pack.personId));
    person.insert(QStringLiteral("reference"), pack.reference.isEmpty() ? QJsonValue() : QJsonValue(pack.reference));
    person.insert(QStringLiteral("name"), pack.name);
    root.insert(QStringLiteral("person"), person);
    root.insert(QStringLiteral("notes"), QJsonArray::fromStringList(pack.notes));
    QJsonArray records;
    for (const PackRow& r : pack.rows) {
        QJsonObject o;
        o.insert(QStringLiteral("kind"), kindKey(r.kind));
        o.insert(QStringLiteral("table"), r.table);
        o.insert(QStringLiteral("tableTitle"), r.tableTitle);
        o.insert(QStringLiteral("rowId"), double(r.rowId));
        o.insert(QStringLiteral("via"), r.via);
        QJsonArray fields;
        for (const PackField& f : r.fields) {
            QJsonObject fo;
            fo.insert(QStringLiteral("column"), f.column);
            fo.insert(QStringLiteral("title"), f.title);
            fo.insert(QStringLiteral("value"), jsonValue(f.value));
            if (!f.label.isEmpty()) {
                fo.insert(QStringLiteral("label"), f.label);
            }
            fields.append(fo);
        }
        o.insert(QStringLiteral("fields"), fields);
        o.insert(QStringLiteral("withheld"), QJsonArray::fromStringList(r.withheld));
        records.append(o);
    }
    root.insert(QStringLiteral("records"), records);
    QJsonArray files;
    for (const PackFile& f : pack.files) {
        QJsonObject o;
        o.insert(QStringLiteral("table"), f.table);
        o.insert(QStringLiteral("rowId"), double(f.rowId));
        o.insert(QStringLiteral("column"), f.column);
        o.insert(QStringLiteral("name"), f.name);
        o.insert(QStringLiteral("file"), f.fileName);
        o.insert(QStringLiteral("bytes"), double(f.data.size()));
        files.append(o);
    }
    root.insert(QStringLiteral("files"), files);
    QJsonArray audit;
    for (const PackAuditEntry& e : pack.audit) {
        QJsonObject o;
        o.insert(QStringLiteral("at"), e.at.toString(Qt::ISODate));
        o.insert(QStringLiteral("userName"), e.userName);
        o.insert(QStringLiteral("role"), e.role);
        o.insert(QStringLiteral("action"), e.action);
        o.insert(QStringLiteral("entity"), e.entity);
        o.insert(QStringLiteral("recordId"), e.recordId);
        o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(e.fields));
        audit.append(o);
    }
    root.insert(QStringLiteral("audit"), audit);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

QString shownValue(const PackField& f)
{
    QString text = f.value.isNull() ? QString() : f.value.toString();
    if (!f.label.isEmpty()) {
        text = text.isEmpty() ? f.label : QStringLiteral("%1 (%2)").arg(f.label, text);
    }
    return text;
}

report::Table recordTable(const PackRow& r)
{
    report::Table t;
    t.id = QStringLiteral("%1.%2").arg(r.table).arg(r.rowId);
    t.title = QStringLiteral("%1 — %2").arg(r.tableTitle, SubjectAccess::tr("record %1").arg(r.rowId));
    t.comparable = false;
    report::Column field;
    field.key = QStringLiteral("field");
    field.title = SubjectAccess::tr("Detail");
    report::Column value;
    value.key = QStringLiteral("value");
    value.title = SubjectAccess::tr("As recorded");
    t.columns = { field, value };
    for (const PackField& f : r.fields) {
        const QString text = shownValue(f);
        if (text.isEmpty()) {
            continue;
        }
        report::Row row;
        row.key = f.column;
        row.cells = { report::Cell::label(f.title), report::Cell::label(text) };
        t.rows << row;
    }
    if (!r.withheld.isEmpty()) {
        QStringList titles;
        for (const QString& c : r.withheld) {
            titles << SubjectAccess::columnTitle(r.table, c);
        }
        t.notes << SubjectAccess::tr("Withheld (another person's data): %1.").arg(titles.join(QStringLiteral(", ")));
    }
    if (r.kind == PackRowKind::Shared) {
        t.notes << SubjectAccess::tr("A record of something this person took part in.");
    }
    t.emptyText = SubjectAccess::tr("Nothing recorded.");
    return t;
}

} // namespace

report::Report SubjectAccess::toReport(const SubjectAccessPack& pack)
{
    report::Report r;
    r.id = QStringLiteral("subject-access");
    r.title = tr("Subject access: %1").arg(pack.name.isEmpty() ? tr("person %1").arg(pack.personId) : pack.name);
    r.subtitle = tr("Everything Alongside holds about this person, gathered on %1")
                     .arg(QLocale().toString(pack.generatedAt.toLocalTime().date(), QLocale::LongFormat));
    r.generatedAt = pack.generatedAt.toLocalTime();
    r.generatedBy = pack.generatedBy;
    r.namesPeople = true;
    r.suppressed = false;
    r.asOf = pack.generatedAt.toLocalTime().date();
    r.period.key = QStringLiteral("current");
    r.period.from = r.asOf;
    r.period.to = r.asOf;
    r.period.label = QLocale().toString(r.asOf, QLocale::ShortFormat);
    r.notes = pack.notes;

    struct Area
    {
        QString id;
        QString title;
    };

    const QList<Area> areas = { { QStringLiteral("personal"), tr("Personal details") },
        { QStringLiteral("worker"), tr("As a volunteer or worker") },
        { QStringLiteral("supported"), tr("As a person supported") }, { QStringLiteral("measures"), tr("Measures") },
        { QStringLiteral("supervision"), tr("Supervision") }, { QStringLiteral("consents"), tr("Consents") },
        { QStringLiteral("stories"), tr("Stories") }, { QStringLiteral("meetings"), tr("Meetings") },
        { QStringLiteral("other"), tr("Other records") } };

    report::Section about;
    about.id = QStringLiteral("about");
    about.title = tr("About this pack");
    about.blocks << report::Block::paragraph(
        tr("Person: %1. Record number %2%3.")
            .arg(pack.name)
            .arg(pack.personId)
            .arg(pack.reference.isEmpty() ? QString() : tr(", reference %1").arg(pack.reference)));
    for (const QString& n : pack.notes) {
        about.blocks << report::Block::paragraph(n);
    }
    if (!pack.files.isEmpty()) {
        QStringList names;
        for (const PackFile& f : pack.files) {
            names << f.fileName;
        }
        about.blocks << report::Block::paragraph(
            tr("Files held in the record are written beside this document: %1.").arg(names.join(QStringLiteral(", "))));
    }
    r.sections << about;

    for (const Area& area : areas) {
        report::Section s;
        s.id = area.id;
        s.title = area.title;
        for (const PackRow& row : pack.rows) {
            if (row.kind != PackRowKind::Mention && sectionOf(row.table) == area.id) {
                s.blocks << report::Block::ofTable(recordTable(row));
            }
        }
        if (!s.blocks.isEmpty()) {
            r.sections << s;
        }
    }

    report::Section mentions;
    mentions.id = QStringLiteral("mentions");
    mentions.title = tr("Records by others that mention them");
    mentions.blocks << report::Block::paragraph(
        tr("These records belong to other people. They are listed because they name this person as a volunteer or "
           "worker; only their dates and kinds are shown."));
    report::Table list;
    list.id = QStringLiteral("mentions.list");
    list.title = tr("Records that mention this person");
    list.comparable = false;
    for (const auto& [key, title] : { std::pair { QStringLiteral("record"), tr("Record") },
             std::pair { QStringLiteral("details"), tr("Dates and kinds") } }) {
        report::Column c;
        c.key = key;
        c.title = title;
        list.columns << c;
    }
    for (const PackRow& row : pack.rows) {
        if (row.kind != PackRowKind::Mention) {
            continue;
        }
        QStringList parts;
        for (const PackField& f : row.fields) {
            const QString text = shownValue(f);
            if (!text.isEmpty() && f.column != QLatin1String("id")) {
                parts << QStringLiteral("%1: %2").arg(f.title, text);
            }
        }
        report::Row line;
        line.key = QStringLiteral("%1.%2").arg(row.table).arg(row.rowId);
        line.cells = { report::Cell::label(tr("%1, record %2").arg(row.tableTitle).arg(row.rowId)),
            report::Cell::label(parts.join(QStringLiteral("; "))) };
        list.rows << line;
    }
    list.emptyText = tr("No one else's record mentions this person.");
    mentions.blocks << report::Block::ofTable(list);
    r.sections << mentions;

    report::Section looked;
    looked.id = QStringLiteral("audit");
    looked.title = tr("Who has looked at the record");
    report::Table log;
    log.id = QStringLiteral("audit.entries");
    log.title = tr("Audit log entries about their records");
    log.comparable = false;
    for (const auto& [key, title] :
        { std::pair { QStringLiteral("at"), tr("When (UTC)") }, std::pair { QStringLiteral("who"), tr("Who") },
            std::pair { QStringLiteral("what"), tr("What") }, std::pair { QStringLiteral("record"), tr("Record") } }) {
        report::Column c;
        c.key = key;
        c.title = title;
        log.columns << c;
    }
    int seq = 0;
    for (const PackAuditEntry& e : pack.audit) {
        report::Row line;
        line.key = QString::number(++seq);
        line.cells = { report::Cell::label(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
            report::Cell::label(QStringLiteral("%1 (%2)").arg(e.userName, e.role)), report::Cell::label(e.actionText),
            report::Cell::label(QStringLiteral("%1 %2").arg(tableTitle(e.entity), e.recordId)) };
        log.rows << line;
    }
    log.emptyText = tr("The audit log has no entries about this person's records.");
    looked.blocks << report::Block::ofTable(log);
    r.sections << looked;
    return r;
}

QString SubjectAccess::baseFileName(const SubjectAccessPack& pack)
{
    const QString who = pack.reference.isEmpty() ? tr("person %1").arg(pack.personId) : safeName(pack.reference);
    return tr("%1 subject access %2").arg(pack.generatedAt.toLocalTime().date().toString(Qt::ISODate), who);
}

Result<QString> SubjectAccess::writeJsonAndFiles(const SubjectAccessPack& pack, const QString& folder)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        return Error { Error::Code::NotFound,
            tr("The folder %1 does not exist. Choose a folder that does.").arg(QDir::toNativeSeparators(folder)), {} };
    }
    const QString base = baseFileName(pack);
    auto save = [](const QString& path, const QByteArray& data) -> Status {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
            return Error { Error::Code::Io,
                tr("%1 could not be saved (%2). Check that you may write to the folder and that the disk is not "
                   "full, then try again.")
                    .arg(QDir::toNativeSeparators(path), file.errorString()),
                {} };
        }
        return Status::ok();
    };
    if (!pack.files.isEmpty()) {
        const QString filesFolder = base + tr(" files");
        if (!dir.mkpath(filesFolder)) {
            return Error { Error::Code::Io,
                tr("The folder for the pack's files could not be made in %1. Check that you may write there.")
                    .arg(QDir::toNativeSeparators(folder)),
                {} };
        }
        for (const PackFile& f : pack.files) {
            if (Status s = save(dir.filePath(filesFolder + QLatin1Char('/') + f.fileName), f.data); !s) {
                return s.error();
            }
        }
    }
    const QString jsonPath = dir.filePath(base + QStringLiteral(".json"));
    if (Status s = save(jsonPath, toJson(pack)); !s) {
        return s.error();
    }
    return jsonPath;
}

} // namespace alongside::core::privacy
