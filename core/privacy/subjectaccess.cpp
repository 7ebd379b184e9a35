#include "subjectaccess.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clients/clientservice.h"
#include "core/clients/demographics.h"
#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/db/sql.h"
#include "core/involvement/involvementservice.h"
#include "core/measures/measureservice.h"
#include "core/services/servicesupport.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/workforceservice.h"

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
#include <optional>

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

QString slotList(const QString& stored);

QString roleNameOfKey(const QString& key)
{
    Actor::Role role = Actor::Role::ReadOnly;
    return Permissions::roleFromKey(key, &role) ? Permissions::roleName(role) : key;
}

/** Each item of a comma-separated list of codes, named. */
QString namedList(const QString& stored, QString (*name)(const QString&))
{
    QStringList names;
    for (const QString& key : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString k = key.trimmed();
        const QString n = name(k);
        names << (n.isEmpty() ? k : n);
    }
    return names.join(QStringLiteral(", "));
}

/**
 * The plain name of a code stored in table.column ("Face to face" for "face_to_face"), through the
 * name functions the rest of Alongside uses; empty when the column holds no code or the name is the
 * code itself (an unknown code is shown as stored).
 */
QString codeName(const QString& table, const QString& column, const QVariant& value)
{
    using Name = QString (*)(const QString&);
    static const QHash<QString, Name> byColumn = {
        { QStringLiteral("gender"), &Demographics::genderName },
        { QStringLiteral("wanted_gender"), &Demographics::genderName },
        { QStringLiteral("ethnicity"), &Demographics::ethnicityName },
        { QStringLiteral("mode"), &ClientService::modeName },
        { QStringLiteral("attendance"), &ClientService::attendanceName },
        { QStringLiteral("source_category"), &ClientService::sourceCategoryName },
        { QStringLiteral("triage_outcome"), &ClientService::triageOutcomeName },
        { QStringLiteral("ending_reason"), &ClientService::endingReasonName },
        { QStringLiteral("pay_basis"), &WorkforceService::payBasisName },
        { QStringLiteral("supervisor_kind"), &SupervisionService::supervisorKindName },
        { QStringLiteral("standing"), &InvolvementService::standingName },
        { QStringLiteral("author_type"), &InvolvementService::standingName },
    };
    static const QHash<QString, Name> byTableColumn = {
        { QStringLiteral("worker_status.status"), &WorkforceService::statusName },
        { QStringLiteral("mentor_match.status"), &ClientService::matchStatusName },
        { QStringLiteral("dbs_check.level"), &WorkforceService::dbsLevelName },
        { QStringLiteral("consent.purpose"), &ClientService::consentPurposeName },
        { QStringLiteral("supervision_entry.kind"), &SupervisionService::kindName },
        { QStringLiteral("supervision_entry.format"), &SupervisionService::formatName },
        { QStringLiteral("supervision_arrangement.format"), &SupervisionService::formatName },
        { QStringLiteral("account.role"), &roleNameOfKey },
        { QStringLiteral("client.availability"), &slotList },
    };
    static const QHash<QString, Name> lists = {
        { QStringLiteral("available_slots"), &Demographics::slotName },
        { QStringLiteral("areas"), &WorkforceService::livedExperienceAreaName },
        { QStringLiteral("wanted_shared_areas"), &WorkforceService::livedExperienceAreaName },
    };
    if (value.isNull() || value.typeId() == QMetaType::QByteArray) {
        return {};
    }
    const QString stored = value.toString();
    if (stored.isEmpty()) {
        return {};
    }
    QString name;
    if (const Name f = byTableColumn.value(table + QLatin1Char('.') + column)) {
        name = f(stored);
    } else if (const Name g = byColumn.value(column)) {
        name = g(stored);
    } else if (const Name h = lists.value(column)) {
        name = namedList(stored, h);
    }
    return name == stored ? QString() : name;
}

QString slotList(const QString& stored)
{
    return namedList(stored, &Demographics::slotName);
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
    // Records that belong to a person (a worker or client record: reached from person through CASCADE
    // keys) are never "something they took part in": the supervisor named in their own supervision
    // arrangement is someone else, not a shared record.
    QSet<QString> personal = { QStringLiteral("person") };
    for (bool grew = true; grew;) {
        grew = false;
        for (const ForeignKey& k : std::as_const(keys)) {
            if (k.cascade && personal.contains(k.parent) && !personal.contains(k.child)) {
                personal.insert(k.child);
                grew = true;
            }
        }
    }
    for (const ForeignKey& k : std::as_const(keys)) {
        if (!k.cascade || personal.contains(k.parent)) {
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

    // A questionnaire's name and the name of its band, from the version that scored it.
    QHash<QString, std::optional<MeasureDefinition>> definitions;
    auto measureLabel
        = [&](const QSqlQuery& q, const QSqlRecord& record, const QString& column, const QVariant& value) -> QString {
        const QString id = q.value(record.indexOf(QStringLiteral("measure_id"))).toString();
        const int version = q.value(record.indexOf(QStringLiteral("definition_version"))).toInt();
        const QString key = id + QLatin1Char('\n') + QString::number(version);
        if (!definitions.contains(key)) {
            auto d = MeasureService(m_db).definition(id, version);
            definitions.insert(key, d ? std::optional<MeasureDefinition>(d.value()) : std::nullopt);
        }
        const std::optional<MeasureDefinition>& d = definitions[key];
        if (!d) {
            return {};
        }
        if (column == QLatin1String("measure_id")) {
            return d->shortTitle.isEmpty() ? d->title : QStringLiteral("%1 (%2)").arg(d->title, d->shortTitle);
        }
        for (const ScoreBand& b : d->bands) {
            if (b.key == value.toString()) {
                return b.label;
            }
        }
        return {};
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
                        } else if (table == QLatin1String("measure_response")
                            && (column == QLatin1String("measure_id") || column == QLatin1String("band"))) {
                            field.label = measureLabel(q, record, column, value);
                        } else {
                            field.label = codeName(table, column, value);
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

bool isFlag(const QString& column)
{
    static const QSet<QString> flags = { QStringLiteral("home_visits"), QStringLiteral("needs_home_visits"),
        QStringLiteral("wants_shared_ethnicity"), QStringLiteral("wants_shared_language"),
        QStringLiteral("satisfactory"), QStringLiteral("update_service"), QStringLiteral("prorated"),
        QStringLiteral("risk_flagged"), QStringLiteral("disabled"), QStringLiteral("must_change_password") };
    return flags.contains(column);
}

/** A stored value as a person reads it: names for codes, dates written out, Yes/No for flags. */
QString shownValue(const PackField& f)
{
    if (f.value.isNull() && f.label.isEmpty()) {
        return {};
    }
    if (!f.label.isEmpty()) {
        return f.label;
    }
    const QString text = f.value.toString().trimmed();
    if (isFlag(f.column) && (text == QLatin1String("0") || text == QLatin1String("1"))) {
        return text == QLatin1String("1") ? SubjectAccess::tr("Yes") : SubjectAccess::tr("No");
    }
    static const QRegularExpression isoDay(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression isoStamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}"));
    if (isoDay.match(text).hasMatch()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : text;
    }
    if (isoStamp.match(text).hasMatch()) {
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid()) {
            t = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        }
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")) : text;
    }
    if (f.value.typeId() == QMetaType::Double) {
        return QLocale().toString(f.value.toDouble(), 'g', 6);
    }
    return text;
}

/** Alongside's own links between records (record numbers): they mean nothing to the person. */
bool internalColumn(const PackField& f)
{
    return f.column == QLatin1String("id") || (f.column.endsWith(QLatin1String("_id")) && f.label.isEmpty());
}

/** Bookkeeping shown for a single record but not in a list of records (it is in the JSON). */
bool bookkeeping(const QString& column)
{
    static const QSet<QString> columns
        = { QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("entered_at"),
              QStringLiteral("position"), QStringLiteral("definition_version"), QStringLiteral("metric") };
    return columns.contains(column);
}

/** Free text: it goes in the last, widest column, where it wraps. */
bool isLongText(const QString& column)
{
    static const QSet<QString> columns = { QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("reason"),
        QStringLiteral("reasons"), QStringLiteral("triage_note"), QStringLiteral("ending_note"),
        QStringLiteral("summary"), QStringLiteral("private_notes"), QStringLiteral("description"),
        QStringLiteral("body"), QStringLiteral("anonymised"), QStringLiteral("detail"), QStringLiteral("risk_note"),
        QStringLiteral("preference_note"), QStringLiteral("topics"), QStringLiteral("source_detail"),
        QStringLiteral("change_made") };
    return columns.contains(column);
}

/** The columns of a table of several records, in the order a person reads them: dates first. */
QStringList preferredColumns(const QString& table)
{
    static const QHash<QString, QStringList> columns = {
        { QStringLiteral("worker_status"), { "since", "status", "reason" } },
        { QStringLiteral("worker_role"),
            { "starts_on", "ends_on", "role_type_id", "pay_basis", "hours_per_week", "funding_source",
                "funding_ends_on" } },
        { QStringLiteral("worker_step"), { "done_on", "step_id", "done_by", "note" } },
        { QStringLiteral("worker_reference"),
            { "requested_on", "received_on", "referee_name", "relationship", "contact", "satisfactory", "note" } },
        { QStringLiteral("dbs_check"),
            { "issued_on", "level", "certificate_number", "update_service", "recheck_due_on", "note" } },
        { QStringLiteral("volunteer_hours"), { "worked_on", "hours", "activity" } },
        { QStringLiteral("training_completion"),
            { "completed_on", "course_id", "expires_on", "provider", "credits", "certificate", "note" } },
        { QStringLiteral("referral"),
            { "referred_on", "source_category", "source_id", "triage_on", "triage_outcome", "reason", "source_detail",
                "triage_note" } },
        { QStringLiteral("episode"),
            { "starts_on", "component_id", "planned_end_on", "ended_on", "ending_reason", "ending_note" } },
        { QStringLiteral("session"), { "held_on", "duration_minutes", "mode", "attendance", "note" } },
        { QStringLiteral("group_session"), { "held_on", "duration_minutes", "component_id", "topic" } },
        { QStringLiteral("mentor_match"),
            { "proposed_on", "started_on", "planned_end_on", "ended_on", "status", "ending_reason", "reasons",
                "ending_note" } },
        { QStringLiteral("goal"), { "set_on", "achieved_on", "progress", "description" } },
        { QStringLiteral("measure_response"),
            { "administered_on", "measure_id", "total", "band", "metric", "prorated", "risk_flagged" } },
        { QStringLiteral("supervision_arrangement"),
            { "starts_on", "ends_on", "supervisor_kind", "external_supervisor", "organisation", "note" } },
        { QStringLiteral("supervision_entry"),
            { "held_on", "duration_minutes", "kind", "format", "supervisor_kind", "external_supervisor",
                "supervisor_signed_on", "summary", "private_notes" } },
        { QStringLiteral("supervision_action"), { "due_on", "done_on", "owner_text", "description" } },
        { QStringLiteral("consent"), { "given_on", "withdrawn_on", "purpose", "recorded_by", "detail", "note" } },
        { QStringLiteral("story"), { "written_on", "title", "author_type", "body", "anonymised" } },
        { QStringLiteral("meeting"), { "held_on", "duration_minutes", "group_id", "location", "topics" } },
        { QStringLiteral("meeting_action"), { "due_on", "done_on", "owner_text", "description" } },
        { QStringLiteral("meeting_decision"), { "changed_on", "component_id", "description", "change_made" } },
    };
    return columns.value(table);
}

/** One record per table that is kept once per person: shown as a list of details. */
bool isProfile(const QString& table)
{
    static const QSet<QString> tables = { QStringLiteral("person"), QStringLiteral("worker"), QStringLiteral("client"),
        QStringLiteral("worker_lived_experience"), QStringLiteral("account") };
    return tables.contains(table);
}

const PackField* fieldOf(const PackRow& row, const QString& column)
{
    for (const PackField& f : row.fields) {
        if (f.column == column) {
            return &f;
        }
    }
    return nullptr;
}

QString shownOf(const PackRow& row, const QString& column)
{
    const PackField* f = fieldOf(row, column);
    return f ? shownValue(*f) : QString();
}

/** A record folded into the record it belongs to, as one more column there (answers into a questionnaire). */
struct Fold
{
    QString child;
    QString key; // the child's column holding the parent's record number
    QString parent;
    QString title; // of the column added to the parent's table
    std::function<QString(const PackRow&)> text;
    QString separator;
};

QList<Fold> folds()
{
    QList<Fold> list;
    list << Fold { QStringLiteral("measure_answer"), QStringLiteral("response_id"), QStringLiteral("measure_response"),
        SubjectAccess::tr("Answers (question: answer)"),
        [](const PackRow& r) {
            const QString words = shownOf(r, QStringLiteral("text_value"));
            const QString value = shownOf(r, QStringLiteral("value"));
            return QStringLiteral("%1: %2").arg(shownOf(r, QStringLiteral("item_no")), words.isEmpty() ? value : words);
        },
        QStringLiteral(" · ") };
    list << Fold { QStringLiteral("supervision_attendee"), QStringLiteral("entry_id"),
        QStringLiteral("supervision_entry"), SubjectAccess::tr("Wellbeing, start → end (0–10)"),
        [](const PackRow& r) {
            const QString in = shownOf(r, QStringLiteral("wellbeing_in"));
            const QString out = shownOf(r, QStringLiteral("wellbeing_out"));
            return in.isEmpty() && out.isEmpty()
                ? QString()
                : QStringLiteral("%1 → %2").arg(
                    in.isEmpty() ? QStringLiteral("–") : in, out.isEmpty() ? QStringLiteral("–") : out);
        },
        QStringLiteral("; ") };
    list << Fold { QStringLiteral("supervision_attendee"), QStringLiteral("entry_id"),
        QStringLiteral("supervision_entry"), SubjectAccess::tr("They signed"),
        [](const PackRow& r) {
            const QString signedOn = shownOf(r, QStringLiteral("signed_on"));
            return signedOn.isEmpty() ? SubjectAccess::tr("Not signed") : signedOn;
        },
        QStringLiteral("; ") };
    list << Fold { QStringLiteral("supervision_entry_theme"), QStringLiteral("entry_id"),
        QStringLiteral("supervision_entry"), SubjectAccess::tr("Themes"),
        [](const PackRow& r) { return shownOf(r, QStringLiteral("theme_id")); }, QStringLiteral(", ") };
    list << Fold { QStringLiteral("meeting_attendee"), QStringLiteral("meeting_id"), QStringLiteral("meeting"),
        SubjectAccess::tr("Took part as"),
        [](const PackRow& r) {
            const QString standing = shownOf(r, QStringLiteral("standing"));
            return standing.isEmpty() ? SubjectAccess::tr("Attended") : standing;
        },
        QStringLiteral(", ") };
    list << Fold { QStringLiteral("meeting_decision"), QStringLiteral("meeting_id"), QStringLiteral("meeting"),
        SubjectAccess::tr("Decisions"), [](const PackRow& r) { return shownOf(r, QStringLiteral("description")); },
        QStringLiteral("\n") };
    list << Fold { QStringLiteral("story_theme_link"), QStringLiteral("story_id"), QStringLiteral("story"),
        SubjectAccess::tr("Themes"), [](const PackRow& r) { return shownOf(r, QStringLiteral("theme_id")); },
        QStringLiteral(", ") };
    list << Fold { QStringLiteral("story_period"), QStringLiteral("story_id"), QStringLiteral("story"),
        SubjectAccess::tr("Chosen for a report"),
        [](const PackRow& r) {
            return SubjectAccess::tr("%1 to %2")
                .arg(shownOf(r, QStringLiteral("period_start")), shownOf(r, QStringLiteral("period_end")));
        },
        QStringLiteral("; ") };
    return list;
}

report::Column textColumn(const QString& key, const QString& title, bool fill = false)
{
    report::Column c;
    c.key = key;
    c.title = title;
    c.fill = fill;
    return c;
}

/** A single record as a list of details: "Date of birth | 24 Aug 1998". */
report::Table profileTable(const PackRow& r, const QString& id)
{
    report::Table t;
    t.id = id;
    t.title = r.tableTitle;
    t.comparable = false;
    t.columns = { textColumn(QStringLiteral("field"), SubjectAccess::tr("Detail")),
        textColumn(QStringLiteral("value"), SubjectAccess::tr("As recorded"), true) };
    for (const PackField& f : r.fields) {
        const QString text = shownValue(f);
        if (text.isEmpty() || internalColumn(f)) {
            continue;
        }
        report::Row row;
        row.key = f.column;
        row.cells = { report::Cell::label(f.title), report::Cell::label(text) };
        t.rows << row;
    }
    t.emptyText = SubjectAccess::tr("Nothing recorded.");
    return t;
}

/**
 * Several records of one kind as one table: a row per record, sorted by its first date, the useful
 * columns as columns and any free text together in the last, widest column. extra: folded columns
 * (title, text by record number).
 */
report::Table recordsTable(const QList<const PackRow*>& rows, const QString& id,
    const QList<std::pair<QString, QHash<qint64, QString>>>& extra)
{
    const QString table = rows.constFirst()->table;
    report::Table t;
    t.id = id;
    t.title = rows.constFirst()->tableTitle;
    t.comparable = false;
    // The columns that hold something in at least one record.
    QStringList present;
    QHash<QString, QString> titles;
    for (const PackRow* r : rows) {
        for (const PackField& f : r->fields) {
            // A yes/no column where every record says no tells nothing: it is left to the JSON.
            const bool no = isFlag(f.column) && f.value.toString() == QLatin1String("0");
            if (!internalColumn(f) && !bookkeeping(f.column) && !no && !shownValue(f).isEmpty()
                && !present.contains(f.column)) {
                present << f.column;
                titles.insert(f.column, f.title);
            }
        }
    }
    QStringList order;
    for (const QString& c : preferredColumns(table)) {
        if (present.contains(c)) {
            order << c;
        }
    }
    // Any other: dates first, then the rest as stored. Nothing is left out.
    QStringList dates;
    QStringList others;
    for (const QString& c : std::as_const(present)) {
        if (order.contains(c)) {
            continue;
        }
        (c.endsWith(QLatin1String("_on")) ? dates : others) << c;
    }
    if (preferredColumns(table).isEmpty()) {
        order = dates + order;
    } else {
        order += dates;
    }
    order += others;
    QStringList shortColumns;
    QStringList longColumns;
    for (const QString& c : std::as_const(order)) {
        (isLongText(c) ? longColumns : shortColumns) << c;
    }
    for (const QString& c : std::as_const(shortColumns)) {
        t.columns << textColumn(c, titles.value(c));
    }
    int e = 0;
    for (const auto& [title, texts] : extra) {
        t.columns << textColumn(QStringLiteral("extra%1").arg(e++), title);
    }
    if (!longColumns.isEmpty()) {
        t.columns << textColumn(QStringLiteral("text"),
            longColumns.size() == 1 ? titles.value(longColumns.constFirst()) : SubjectAccess::tr("Notes and details"),
            true);
    } else if (!t.columns.isEmpty()) {
        t.columns.last().fill = true;
    }

    QList<const PackRow*> sorted = rows;
    const QString sortColumn = shortColumns.isEmpty() ? QString() : shortColumns.constFirst();
    std::stable_sort(sorted.begin(), sorted.end(), [&](const PackRow* a, const PackRow* b) {
        const PackField* fa = fieldOf(*a, sortColumn);
        const PackField* fb = fieldOf(*b, sortColumn);
        const QString va = fa ? fa->value.toString() : QString();
        const QString vb = fb ? fb->value.toString() : QString();
        if (va.isEmpty() != vb.isEmpty()) {
            return vb.isEmpty(); // undated last
        }
        return va < vb;
    });
    for (const PackRow* r : std::as_const(sorted)) {
        report::Row row;
        row.key = QString::number(r->rowId);
        for (const QString& c : std::as_const(shortColumns)) {
            row.cells << report::Cell::label(shownOf(*r, c));
        }
        for (const auto& [title, texts] : extra) {
            row.cells << report::Cell::label(texts.value(r->rowId));
        }
        if (!longColumns.isEmpty()) {
            QStringList parts;
            for (const QString& c : std::as_const(longColumns)) {
                const QString text = shownOf(*r, c);
                if (!text.isEmpty()) {
                    parts << (longColumns.size() == 1 ? text : QStringLiteral("%1: %2").arg(titles.value(c), text));
                }
            }
            row.cells << report::Cell::label(parts.join(QLatin1Char('\n')));
        }
        t.rows << row;
    }
    QStringList withheld;
    bool shared = false;
    for (const PackRow* r : rows) {
        shared = shared || r->kind == PackRowKind::Shared;
        for (const QString& c : r->withheld) {
            const QString title = SubjectAccess::columnTitle(table, c);
            if (!withheld.contains(title)) {
                withheld << title;
            }
        }
    }
    if (shared) {
        t.notes << SubjectAccess::tr("Records of something this person took part in with others.");
    }
    if (!withheld.isEmpty()) {
        t.notes << SubjectAccess::tr("Left out because they are other people's data: %1.")
                       .arg(withheld.join(QStringLiteral(", ")));
    }
    t.emptyText = SubjectAccess::tr("Nothing recorded.");
    return t;
}

/** "60 minutes · Face to face · Attended": the dates and kinds of someone else's record, in words. */
QString mentionDetails(const PackRow& row, const QString& dateColumn)
{
    QStringList parts;
    for (const PackField& f : row.fields) {
        if (f.column == dateColumn || internalColumn(f)) {
            continue;
        }
        const QString text = shownValue(f);
        if (!text.isEmpty()) {
            parts << QStringLiteral("%1: %2").arg(f.title, text);
        }
    }
    return parts.join(QStringLiteral(" · "));
}

/** The first date of a record, as stored: what a list of records is sorted by. */
QString firstDateColumn(const PackRow& row)
{
    const QStringList preferred = preferredColumns(row.table);
    for (const QString& c : preferred) {
        const PackField* f = fieldOf(row, c);
        if (f && !f->value.isNull() && c.endsWith(QLatin1String("_on"))) {
            return c;
        }
    }
    for (const PackField& f : row.fields) {
        if (!f.value.isNull() && (f.column.endsWith(QLatin1String("_on")) || f.column.endsWith(QLatin1String("_at")))) {
            return f.column;
        }
    }
    return {};
}

struct Area
{
    QString id;
    QString title;
    QString about;
};

QList<Area> areas()
{
    return { { QStringLiteral("personal"), SubjectAccess::tr("Personal details"),
                 SubjectAccess::tr("Their name, contact details and the details that describe them.") },
        { QStringLiteral("worker"), SubjectAccess::tr("As a volunteer or worker"),
            SubjectAccess::tr("Their record as a volunteer or member of staff: status, roles, recruitment checks, "
                              "training and hours given.") },
        { QStringLiteral("supported"), SubjectAccess::tr("As a person supported"),
            SubjectAccess::tr("Their record as someone the charity supports: referrals, support, sessions, "
                              "mentoring and goals.") },
        { QStringLiteral("measures"), SubjectAccess::tr("Measures"),
            SubjectAccess::tr("The wellbeing questionnaires they answered, with their scores and answers.") },
        { QStringLiteral("supervision"), SubjectAccess::tr("Supervision"),
            SubjectAccess::tr("The supervision they received, with its notes, including private notes.") },
        { QStringLiteral("consents"), SubjectAccess::tr("Consents"),
            SubjectAccess::tr("What they agreed to, and when, and anything withdrawn.") },
        { QStringLiteral("stories"), SubjectAccess::tr("Stories"),
            SubjectAccess::tr("Stories they told the charity, as written.") },
        { QStringLiteral("meetings"), SubjectAccess::tr("Meetings"),
            SubjectAccess::tr("Involvement meetings they took part in, and the actions they were given.") },
        { QStringLiteral("other"), SubjectAccess::tr("Other records"),
            SubjectAccess::tr("Records of kinds this version of Alongside has no heading for, shown as stored.") } };
}

} // namespace

report::Report SubjectAccess::toReport(const SubjectAccessPack& pack)
{
    const QString who = pack.name.isEmpty() ? tr("person %1").arg(pack.personId) : pack.name;
    report::Report r;
    r.id = QStringLiteral("subject-access");
    r.title = tr("Subject access: %1").arg(who);
    r.subtitle = tr("Everything Alongside holds about %1").arg(who);
    r.generatedAt = pack.generatedAt.toLocalTime();
    r.generatedBy = pack.generatedBy;
    r.namesPeople = true;
    r.suppressed = false;
    // No period and no "as at": the pack is everything, whenever it was recorded.

    // Folded records: a questionnaire's answers, a supervision session's themes and signature…
    QHash<QString, QSet<qint64>> present; // table -> record numbers in the pack (not mentions)
    for (const PackRow& row : pack.rows) {
        if (row.kind != PackRowKind::Mention) {
            present[row.table].insert(row.rowId);
        }
    }
    QHash<QString, QList<std::pair<QString, QHash<qint64, QString>>>> extras; // parent table -> columns
    QSet<const PackRow*> folded;
    for (const Fold& fold : folds()) {
        QHash<qint64, QStringList> pieces;
        for (const PackRow& row : pack.rows) {
            if (row.kind == PackRowKind::Mention || row.table != fold.child) {
                continue;
            }
            const PackField* key = fieldOf(row, fold.key);
            const qint64 parent = key ? key->value.toLongLong() : 0;
            if (!present.value(fold.parent).contains(parent)) {
                continue;
            }
            pieces[parent] << fold.text(row);
            folded.insert(&row);
        }
        if (pieces.isEmpty()) {
            continue;
        }
        QHash<qint64, QString> texts;
        for (auto it = pieces.cbegin(); it != pieces.cend(); ++it) {
            texts.insert(it.key(), it.value().join(fold.separator));
        }
        extras[fold.parent] << std::pair { fold.title, texts };
    }

    // The body: a section per area, a table per kind of record.
    QList<report::Section> body;
    QHash<QString, int> recordsIn;
    for (const Area& area : areas()) {
        report::Section s;
        s.id = area.id;
        s.title = area.title;
        QStringList tables;
        QHash<QString, QList<const PackRow*>> rowsOf;
        for (const PackRow& row : pack.rows) {
            if (row.kind == PackRowKind::Mention || sectionOf(row.table) != area.id || folded.contains(&row)) {
                continue;
            }
            if (!tables.contains(row.table)) {
                tables << row.table;
            }
            rowsOf[row.table] << &row;
        }
        for (const QString& table : std::as_const(tables)) {
            const QList<const PackRow*>& rows = rowsOf.value(table);
            recordsIn[area.id] += int(rows.size());
            const QString id = QStringLiteral("%1.%2").arg(area.id, table);
            if (rows.size() == 1 && isProfile(table)) {
                s.blocks << report::Block::ofTable(profileTable(*rows.constFirst(), id));
            } else {
                s.blocks << report::Block::ofTable(recordsTable(rows, id, extras.value(table)));
            }
        }
        if (!s.blocks.isEmpty()) {
            body << s;
        }
    }
    int mentionCount = 0;
    for (const PackRow& row : pack.rows) {
        mentionCount += row.kind == PackRowKind::Mention ? 1 : 0;
    }

    // The cover: who it is for, who made it and when, what each section is, what was left out.
    report::Section about;
    about.id = QStringLiteral("about");
    about.title = tr("About this pack");
    report::Table whoFor;
    whoFor.id = QStringLiteral("about.person");
    whoFor.title = tr("Who this pack is for");
    whoFor.comparable = false;
    whoFor.columns = { textColumn(QStringLiteral("field"), tr("Detail")),
        textColumn(QStringLiteral("value"), tr("As recorded"), true) };
    auto line = [&whoFor](const QString& key, const QString& title, const QString& value) {
        report::Row row;
        row.key = key;
        row.cells = { report::Cell::label(title), report::Cell::label(value) };
        whoFor.rows << row;
    };
    line(QStringLiteral("name"), tr("Name"), pack.name);
    if (!pack.reference.isEmpty()) {
        line(QStringLiteral("reference"), tr("The charity's reference"), pack.reference);
    }
    line(QStringLiteral("record"), tr("Alongside record number"), QString::number(pack.personId));
    line(QStringLiteral("made"), tr("Made on"),
        QLocale().toString(pack.generatedAt.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm")));
    line(QStringLiteral("by"), tr("Made by"), pack.generatedBy);
    about.blocks << report::Block::ofTable(whoFor);

    report::Table contents;
    contents.id = QStringLiteral("about.sections");
    contents.title = tr("What is in this pack");
    contents.comparable = false;
    contents.columns = { textColumn(QStringLiteral("section"), tr("Section")),
        textColumn(QStringLiteral("holds"), tr("What it holds"), true),
        textColumn(QStringLiteral("records"), tr("Records")) };
    auto contentsRow = [&contents](const QString& key, const QString& title, const QString& holds, int n) {
        report::Row row;
        row.key = key;
        row.cells
            = { report::Cell::label(title), report::Cell::label(holds), report::Cell::label(QLocale().toString(n)) };
        contents.rows << row;
    };
    for (const Area& area : areas()) {
        if (recordsIn.value(area.id) > 0) {
            contentsRow(area.id, area.title, area.about, recordsIn.value(area.id));
        }
    }
    contentsRow(QStringLiteral("mentions"), tr("Records by others that mention them"),
        tr("Other people's records that name them as a volunteer or worker: dates and kinds only."), mentionCount);
    contentsRow(QStringLiteral("audit"), tr("Who has looked at the record"),
        tr("Every time someone opened, changed or exported their records in Alongside."), int(pack.audit.size()));
    about.blocks << report::Block::ofTable(contents);

    about.blocks << report::Block::paragraph(
        tr("Some details are left out because they are other people's personal data. Where a record belongs to "
           "someone else but names this person (a session they delivered, a match where they were the mentor, "
           "supervision they gave, an action they own, a story written with them), only its dates and kinds are "
           "shown: the other person's name, words and record are withheld. In records of things they took part in "
           "with others (a supervision session, a meeting), the other people taking part are left out. Each table "
           "says underneath what it leaves out."),
        tr("What was left out, and why"));
    about.blocks << report::Block::paragraph(
        tr("The JSON file of the same name holds the same records in a form a computer can read, with Alongside's "
           "own names for each detail. Dates are written as day, month and year; times are local time."),
        tr("The machine-readable copy"));
    if (!pack.files.isEmpty()) {
        QStringList names;
        for (const PackFile& f : pack.files) {
            names << f.fileName;
        }
        about.blocks << report::Block::paragraph(
            tr("Files held in the record are in the folder beside this document: %1.")
                .arg(names.join(QStringLiteral(", "))),
            tr("Files"));
    }
    r.sections << about;
    r.sections << body;

    // Someone else's records that name them: a line each, by date.
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
    list.columns = { textColumn(QStringLiteral("date"), tr("Date")), textColumn(QStringLiteral("record"), tr("Record")),
        textColumn(QStringLiteral("details"), tr("Details"), true) };
    QList<std::pair<QString, report::Row>> lines;
    for (const PackRow& row : pack.rows) {
        if (row.kind != PackRowKind::Mention) {
            continue;
        }
        const QString dateColumn = firstDateColumn(row);
        const PackField* date = dateColumn.isEmpty() ? nullptr : fieldOf(row, dateColumn);
        report::Row out;
        out.key = QStringLiteral("%1.%2").arg(row.table).arg(row.rowId);
        out.cells = { report::Cell::label(date ? shownValue(*date) : QString()), report::Cell::label(row.tableTitle),
            report::Cell::label(mentionDetails(row, dateColumn)) };
        lines << std::pair { date ? date->value.toString() : QString(), out };
    }
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [when, out] : std::as_const(lines)) {
        list.rows << out;
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
    log.columns = { textColumn(QStringLiteral("at"), tr("When")), textColumn(QStringLiteral("who"), tr("Who")),
        textColumn(QStringLiteral("what"), tr("What")), textColumn(QStringLiteral("record"), tr("Record"), true) };
    int seq = 0;
    for (const PackAuditEntry& e : pack.audit) {
        report::Row out;
        out.key = QString::number(++seq);
        QStringList fields;
        for (const QString& c : e.fields) {
            fields << columnTitle(e.entity, c);
        }
        const QString record = fields.isEmpty()
            ? tableTitle(e.entity)
            : tr("%1 (%2)").arg(tableTitle(e.entity), fields.join(QStringLiteral(", ")));
        out.cells = { report::Cell::label(QLocale().toString(e.at.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"))),
            report::Cell::label(QStringLiteral("%1 (%2)").arg(e.userName, e.role)), report::Cell::label(e.actionText),
            report::Cell::label(record) };
        log.rows << out;
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
