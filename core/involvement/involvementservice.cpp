#include "involvementservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clients/clientservice.h"
#include "core/clock.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/services/servicesupport.h"
#include "core/workforce/workforceservice.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace alongside::core {

namespace {

using service::nowStamp;
using service::refuse;
using service::today;

using Action = Permissions::Action;
using rows::Field;

constexpr int kMaxMinutes = 1440;
constexpr int kMaxYearsBack = 30;
constexpr int kMaxText = 4000;
constexpr int kMaxShortText = 200;
constexpr int kMaxDecisionText = 1000;

const char* const kEntity = "meeting";

Error noSuchMeeting(qint64 id)
{
    return Error { Error::Code::NotFound,
        InvolvementService::tr("This meeting no longer exists: someone may have removed it. Close it and look again."),
        QString::number(id) };
}

QString nameFrom(const QSqlQuery& r, int first)
{
    if (r.value(first).isNull()) {
        return QString();
    }
    return WorkforceService::displayName(
        r.value(first).toString(), r.value(first + 1).toString(), r.value(first + 2).toString());
}

QString idList(const QSet<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(QStringLiteral(", "));
}

Result<int> countOf(Database& db, const QString& table, const QSet<qint64>& ids)
{
    if (ids.isEmpty()) {
        return 0;
    }
    auto n = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id IN (%2)").arg(table, idList(ids)), {});
    if (!n) {
        return n.error();
    }
    return n.value().toInt();
}

bool isStanding(const QString& key)
{
    return InvolvementService::standingKeys().contains(key);
}

// Worker and client facts for the journey and for standings.
struct RoleSpan
{
    QString name;
    QString payBasis;
    bool peer = true;
    QDate from;
    QDate to;
};

QString standingOfRole(const RoleSpan& r)
{
    if (r.payBasis == QLatin1String("unpaid")) {
        return QString::fromLatin1(involvement::kVolunteer);
    }
    return QString::fromLatin1(r.peer ? involvement::kPaidPeer : involvement::kStaff);
}

Result<QList<RoleSpan>> rolesOf(Database& db, qint64 personId)
{
    auto q = sql::query(db,
        QStringLiteral("SELECT t.name, r.pay_basis, t.is_peer, r.starts_on, r.ends_on FROM worker w "
                       "JOIN worker_role r ON r.worker_id = w.id JOIN role_type t ON t.id = r.role_type_id "
                       "WHERE w.person_id = ? ORDER BY r.starts_on, r.id"),
        { personId }, QStringLiteral("read roles"));
    if (!q) {
        return q.error();
    }
    QList<RoleSpan> out;
    QSqlQuery& r = q.value();
    while (r.next()) {
        out << RoleSpan { r.value(0).toString(), r.value(1).toString(), r.value(2).toInt() == 1,
            rows::toDate(r.value(3)), rows::toDate(r.value(4)) };
    }
    return out;
}

} // namespace

// ---- names ------------------------------------------------------------------------------------------

QStringList InvolvementService::standingKeys()
{
    return { QString::fromLatin1(involvement::kSupported), QString::fromLatin1(involvement::kVolunteer),
        QString::fromLatin1(involvement::kPaidPeer), QString::fromLatin1(involvement::kStaff),
        QString::fromLatin1(involvement::kStakeholder) };
}

QString InvolvementService::standingName(const QString& key)
{
    if (key == QLatin1String(involvement::kSupported)) {
        return tr("Person supported");
    }
    if (key == QLatin1String(involvement::kVolunteer)) {
        return tr("Volunteer");
    }
    if (key == QLatin1String(involvement::kPaidPeer)) {
        return tr("Paid peer worker");
    }
    if (key == QLatin1String(involvement::kStaff)) {
        return tr("Staff");
    }
    if (key == QLatin1String(involvement::kStakeholder)) {
        return tr("Stakeholder");
    }
    return key;
}

QString InvolvementService::asStanding(const QString& key)
{
    if (key == QLatin1String(involvement::kSupported)) {
        return tr("as a person supported");
    }
    if (key == QLatin1String(involvement::kVolunteer)) {
        return tr("as a volunteer");
    }
    if (key == QLatin1String(involvement::kPaidPeer)) {
        return tr("as a paid peer worker");
    }
    if (key == QLatin1String(involvement::kStaff)) {
        return tr("as staff");
    }
    if (key == QLatin1String(involvement::kStakeholder)) {
        return tr("as a stakeholder");
    }
    return key;
}

// ---- validation -------------------------------------------------------------------------------------

Status InvolvementService::validate(const InvolvementGroup& g)
{
    if (g.name.trimmed().isEmpty()) {
        return invalidInput(tr("Enter the group's name."));
    }
    if (g.name.trimmed().size() > kMaxShortText) {
        return invalidInput(tr("The group's name is too long: keep it under 200 characters."));
    }
    if (g.purpose.size() > kMaxText) {
        return invalidInput(tr("The group's purpose is too long: keep it under 4,000 characters."));
    }
    if (g.meetsEveryWeeks < 0 || g.meetsEveryWeeks > 104) {
        return invalidInput(tr("How often the group meets must be between 1 and 104 weeks, or left blank."));
    }
    return Status::ok();
}

Status InvolvementService::validate(const Meeting& m, const QDate& today)
{
    if (m.groupId <= 0) {
        return invalidInput(tr("Choose the group that met."));
    }
    if (!m.heldOn.isValid()) {
        return invalidInput(tr("Enter the date of the meeting."));
    }
    if (m.heldOn > today) {
        return invalidInput(tr("The meeting's date is in the future. Record a meeting once it has happened."));
    }
    if (m.heldOn < today.addYears(-kMaxYearsBack)) {
        return invalidInput(tr("The meeting's date is more than 30 years ago. Check the year."));
    }
    if (m.durationMinutes < 0 || m.durationMinutes > kMaxMinutes) {
        return invalidInput(tr("The meeting's length must be between 0 and 24 hours."));
    }
    if (m.location.size() > kMaxShortText) {
        return invalidInput(tr("The place is too long: keep it under 200 characters."));
    }
    for (const QString& t : m.topics) {
        if (t.trimmed().size() > kMaxShortText) {
            return invalidInput(tr("A topic is too long: keep each topic under 200 characters, one per line."));
        }
    }
    if (m.notes.size() > kMaxText) {
        return invalidInput(tr("The notes are too long: keep them under 4,000 characters."));
    }
    if (m.attendees.isEmpty()) {
        return invalidInput(tr("Add the people who attended: a meeting needs at least one."));
    }
    QSet<qint64> people;
    QSet<QString> outsiders;
    for (const MeetingAttendee& a : m.attendees) {
        if (a.personId > 0) {
            if (people.contains(a.personId)) {
                return invalidInput(tr("%1 is in the list of people who attended twice. Remove one of them.")
                                        .arg(a.name.isEmpty() ? tr("Someone") : a.name));
            }
            people.insert(a.personId);
        } else {
            const QString name = a.externalName.trimmed();
            if (name.isEmpty()) {
                return invalidInput(tr("Enter the name of each person who attended who is not on file."));
            }
            if (name.size() > kMaxShortText || a.organisation.trimmed().size() > kMaxShortText) {
                return invalidInput(tr("A name or organisation is too long: keep each under 200 characters."));
            }
            const QString key = name.toCaseFolded() + u'|' + a.organisation.trimmed().toCaseFolded();
            if (outsiders.contains(key)) {
                return invalidInput(
                    tr("%1 is in the list of people who attended twice. Remove one of them.").arg(name));
            }
            outsiders.insert(key);
            if (a.standing != QLatin1String(involvement::kStakeholder)) {
                return invalidInput(tr("%1 is not on file, so can attend only as a stakeholder. To record them as a "
                                       "person supported, volunteer or member of staff, add them to Alongside first.")
                                        .arg(name));
            }
        }
        if (!isStanding(a.standing)) {
            return invalidInput(tr("Choose what each person attended as: person supported, volunteer, paid peer "
                                   "worker, staff or stakeholder."));
        }
    }
    for (const MeetingDecision& d : m.decisions) {
        if (d.description.trimmed().isEmpty()) {
            return invalidInput(tr("Each decision needs a few words saying what was decided."));
        }
        if (d.description.size() > kMaxDecisionText || d.changeMade.size() > kMaxDecisionText) {
            return invalidInput(tr("A decision or change is too long: keep each under 1,000 characters."));
        }
        if (d.changedOn.isValid() && !d.hasChange()) {
            return invalidInput(
                tr("A decision has a date for its change but no words saying what changed. Add what changed, or clear "
                   "the date."));
        }
        if (d.changedOn.isValid() && d.changedOn > today) {
            return invalidInput(tr("A change's date is in the future. Record the change once it has been made."));
        }
        if (d.changedOn.isValid() && d.changedOn < m.heldOn) {
            return invalidInput(
                tr("A change is dated before the meeting that decided it. Check the date of the change."));
        }
    }
    for (const MeetingAction& a : m.actions) {
        if (a.description.trimmed().isEmpty()) {
            return invalidInput(tr("Each action needs a few words saying what is to be done."));
        }
        if (a.description.size() > kMaxDecisionText || a.ownerText.size() > kMaxShortText) {
            return invalidInput(tr("An action is too long: keep each under 1,000 characters."));
        }
        if (a.doneOn.isValid() && a.doneOn > today) {
            return invalidInput(tr("An action is marked done on a day in the future. Check the date."));
        }
        if (a.doneOn.isValid() && a.doneOn < m.heldOn) {
            return invalidInput(tr("An action is marked done before the meeting that agreed it. Check the date."));
        }
    }
    return Status::ok();
}

// ---- groups -----------------------------------------------------------------------------------------

Result<QList<InvolvementGroup>> InvolvementService::groups(const Actor& actor, bool includeInactive) const
{
    if (Status s = refuse(m_db, actor, Action::OpenClientRecords, QStringLiteral("involvement_group")); !s) {
        return s.error();
    }
    auto q = sql::query(m_db,
        QStringLiteral("SELECT id, name, purpose, meets_every_weeks, position, active FROM involvement_group %1 "
                       "ORDER BY position, name")
            .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")),
        {}, QStringLiteral("read involvement groups"));
    if (!q) {
        return q.error();
    }
    QList<InvolvementGroup> out;
    QSqlQuery& r = q.value();
    while (r.next()) {
        out << InvolvementGroup { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            r.value(3).toInt(), r.value(4).toInt(), r.value(5).toInt() == 1 };
    }
    return out;
}

Result<qint64> InvolvementService::saveGroup(const Actor& actor, const InvolvementGroup& group)
{
    if (Status s = refuse(m_db, actor, Action::EditCatalogues, QStringLiteral("involvement_group"), group.id); !s) {
        return s.error();
    }
    if (Status v = validate(group); !v) {
        return v.error();
    }
    auto clash = sql::scalar(m_db,
        QStringLiteral("SELECT COUNT(*) FROM involvement_group WHERE lower(name) = lower(?) AND id <> ?"),
        { group.name.trimmed(), group.id });
    if (!clash) {
        return clash.error();
    }
    if (clash.value().toInt() > 0) {
        return invalidInput(
            tr("There is already a group called \u201C%1\u201D. Choose another name.").arg(group.name.trimmed()));
    }
    return rows::save(m_db, actor, QStringLiteral("involvement_group"), group.id,
        { { QStringLiteral("name"), group.name.trimmed() }, { QStringLiteral("purpose"), rows::text(group.purpose) },
            { QStringLiteral("meets_every_weeks"),
                group.meetsEveryWeeks > 0 ? QVariant(group.meetsEveryWeeks) : QVariant() },
            { QStringLiteral("position"), group.position }, { QStringLiteral("active"), group.active ? 1 : 0 } });
}

Status InvolvementService::removeGroup(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditCatalogues, QStringLiteral("involvement_group"), id); !s) {
        return s;
    }
    auto used = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM meeting WHERE group_id = ?"), { id });
    if (!used) {
        return used.error();
    }
    if (used.value().toInt() > 0) {
        return invalidInput(tr("This group has meetings on record, so it cannot be removed. Untick \u201CIn use\u201D "
                               "to retire it instead: its meetings stay in the reports."));
    }
    return rows::remove(m_db, actor, QStringLiteral("involvement_group"), id);
}

// ---- meetings ---------------------------------------------------------------------------------------

Result<QList<MeetingSummary>> InvolvementService::meetings(
    const Actor& actor, qint64 groupId, const QDate& from, const QDate& to) const
{
    if (Status s = refuse(m_db, actor, Action::OpenClientRecords, QString::fromLatin1(kEntity)); !s) {
        return s.error();
    }
    QString where = QStringLiteral("m.held_on >= ? AND m.held_on <= ?");
    QVariantList bind = { rows::date(from.isValid() ? from : QDate(1900, 1, 1)),
        rows::date(to.isValid() ? to : QDate(9999, 12, 31)) };
    if (groupId > 0) {
        where += QStringLiteral(" AND m.group_id = ?");
        bind << groupId;
    }
    auto q = sql::query(m_db,
        QStringLiteral(
            "SELECT m.id, m.group_id, g.name, m.held_on, COALESCE(m.duration_minutes, 0), COALESCE(m.topics, ''), "
            "(SELECT COUNT(*) FROM meeting_decision d WHERE d.meeting_id = m.id), "
            "(SELECT COUNT(*) FROM meeting_decision d WHERE d.meeting_id = m.id AND d.change_made IS NOT NULL), "
            "(SELECT COUNT(*) FROM meeting_action a WHERE a.meeting_id = m.id AND a.done_on IS NULL) "
            "FROM meeting m JOIN involvement_group g ON g.id = m.group_id WHERE %1 ORDER BY m.held_on DESC, m.id DESC")
            .arg(where),
        bind, QStringLiteral("read meetings"));
    if (!q) {
        return q.error();
    }
    QList<MeetingSummary> out;
    QHash<qint64, int> index;
    QSqlQuery& r = q.value();
    while (r.next()) {
        MeetingSummary s;
        s.id = r.value(0).toLongLong();
        s.groupId = r.value(1).toLongLong();
        s.groupName = r.value(2).toString();
        s.heldOn = rows::toDate(r.value(3));
        s.durationMinutes = r.value(4).toInt();
        s.topics = r.value(5).toString().split(u'\n', Qt::SkipEmptyParts);
        s.decisions = r.value(6).toInt();
        s.changes = r.value(7).toInt();
        s.openActions = r.value(8).toInt();
        index.insert(s.id, int(out.size()));
        out << s;
    }
    auto counts = sql::query(m_db,
        QStringLiteral("SELECT a.meeting_id, a.standing, COUNT(*) FROM meeting_attendee a "
                       "JOIN meeting m ON m.id = a.meeting_id WHERE %1 GROUP BY a.meeting_id, a.standing")
            .arg(where),
        bind, QStringLiteral("count attendance"));
    if (!counts) {
        return counts.error();
    }
    QSqlQuery& c = counts.value();
    while (c.next()) {
        const auto it = index.constFind(c.value(0).toLongLong());
        if (it == index.cend()) {
            continue;
        }
        MeetingSummary& s = out[*it];
        s.attendeesByStanding.insert(c.value(1).toString(), c.value(2).toInt());
        s.attendees += c.value(2).toInt();
    }
    return out;
}

namespace {

Result<std::optional<Meeting>> loadMeeting(Database& db, qint64 id)
{
    auto q = sql::query(db,
        QStringLiteral("SELECT m.group_id, g.name, m.held_on, m.duration_minutes, m.location, m.topics, m.notes, "
                       "m.recorded_by FROM meeting m JOIN involvement_group g ON g.id = m.group_id WHERE m.id = ?"),
        { id }, QStringLiteral("read a meeting"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& r = q.value();
    if (!r.next()) {
        return std::optional<Meeting>();
    }
    Meeting m;
    m.id = id;
    m.groupId = r.value(0).toLongLong();
    m.groupName = r.value(1).toString();
    m.heldOn = rows::toDate(r.value(2));
    m.durationMinutes = r.value(3).toInt();
    m.location = r.value(4).toString();
    m.topics = r.value(5).toString().split(u'\n', Qt::SkipEmptyParts);
    m.notes = r.value(6).toString();
    m.recordedBy = r.value(7).toString();

    auto a = sql::query(db,
        QStringLiteral("SELECT a.person_id, a.external_name, a.organisation, a.standing, p.given_name, p.family_name, "
                       "p.known_as FROM meeting_attendee a LEFT JOIN person p ON p.id = a.person_id "
                       "WHERE a.meeting_id = ? ORDER BY a.id"),
        { id }, QStringLiteral("read who attended"));
    if (!a) {
        return a.error();
    }
    QSqlQuery& ar = a.value();
    while (ar.next()) {
        MeetingAttendee at;
        at.personId = ar.value(0).toLongLong();
        at.externalName = ar.value(1).toString();
        at.organisation = ar.value(2).toString();
        at.standing = ar.value(3).toString();
        at.name = at.personId > 0 ? nameFrom(ar, 4) : at.externalName;
        m.attendees << at;
    }

    auto d = sql::query(db,
        QStringLiteral("SELECT d.id, d.description, d.change_made, d.changed_on, d.component_id, c.name "
                       "FROM meeting_decision d LEFT JOIN service_component c ON c.id = d.component_id "
                       "WHERE d.meeting_id = ? ORDER BY d.position, d.id"),
        { id }, QStringLiteral("read decisions"));
    if (!d) {
        return d.error();
    }
    QSqlQuery& dr = d.value();
    while (dr.next()) {
        m.decisions << MeetingDecision { dr.value(0).toLongLong(), dr.value(1).toString(), dr.value(2).toString(),
            rows::toDate(dr.value(3)), dr.value(4).toLongLong(), dr.value(5).toString() };
    }

    auto ac = sql::query(db,
        QStringLiteral(
            "SELECT a.id, a.description, a.owner_person_id, a.owner_text, a.due_on, a.done_on, "
            "p.given_name, p.family_name, p.known_as FROM meeting_action a "
            "LEFT JOIN person p ON p.id = a.owner_person_id WHERE a.meeting_id = ? ORDER BY a.position, a.id"),
        { id }, QStringLiteral("read actions"));
    if (!ac) {
        return ac.error();
    }
    QSqlQuery& acr = ac.value();
    while (acr.next()) {
        MeetingAction action;
        action.id = acr.value(0).toLongLong();
        action.description = acr.value(1).toString();
        action.ownerPersonId = acr.value(2).toLongLong();
        action.ownerText = acr.value(3).toString();
        action.dueOn = rows::toDate(acr.value(4));
        action.doneOn = rows::toDate(acr.value(5));
        action.ownerName = action.ownerPersonId > 0 ? nameFrom(acr, 6) : action.ownerText;
        m.actions << action;
    }
    return std::optional<Meeting>(m);
}

} // namespace

Result<Meeting> InvolvementService::meeting(const Actor& actor, qint64 id)
{
    const QString entity = QString::fromLatin1(kEntity);
    if (Status s = refuse(m_db, actor, Action::OpenClientRecords, entity, id); !s) {
        return s.error();
    }
    auto loaded = loadMeeting(m_db, id);
    if (!loaded) {
        return loaded.error();
    }
    if (!loaded.value()) {
        return noSuchMeeting(id);
    }
    if (Status s
        = AuditLog(m_db).record(actor, { QString::fromLatin1(AuditLog::kView), entity, QString::number(id), {}, {} });
        !s) {
        return s.error();
    }
    return *loaded.value();
}

Result<qint64> InvolvementService::saveMeeting(const Actor& actor, const Meeting& input)
{
    const QString entity = QString::fromLatin1(kEntity);
    if (Status s = refuse(m_db, actor, Action::EditRecords, entity, input.id); !s) {
        return s.error();
    }
    if (Status v = validate(input, today()); !v) {
        return v.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    // Everything the record points at must still be there.
    auto group
        = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM involvement_group WHERE id = ?"), { input.groupId });
    if (!group) {
        return group.error();
    }
    if (group.value().toInt() == 0) {
        return invalidInput(tr("The group chosen has been removed. Choose the group again, then save."));
    }
    QSet<qint64> people;
    for (const MeetingAttendee& a : input.attendees) {
        if (a.personId > 0) {
            people.insert(a.personId);
        }
    }
    for (const MeetingAction& a : input.actions) {
        if (a.ownerPersonId > 0) {
            people.insert(a.ownerPersonId);
        }
    }
    auto found = countOf(m_db, QStringLiteral("person"), people);
    if (!found) {
        return found.error();
    }
    if (found.value() != people.size()) {
        return Error { Error::Code::NotFound,
            tr("Someone named in this meeting no longer has a record in Alongside: they may have been erased. "
               "Choose the people again."),
            QStringLiteral("person") };
    }
    QSet<qint64> components;
    for (const MeetingDecision& d : input.decisions) {
        if (d.componentId > 0) {
            components.insert(d.componentId);
        }
    }
    auto foundComponents = countOf(m_db, QStringLiteral("service_component"), components);
    if (!foundComponents) {
        return foundComponents.error();
    }
    if (foundComponents.value() != components.size()) {
        return invalidInput(tr("A service named in a decision has been removed from the list. Choose it again."));
    }
    // Decisions and actions keep their ids; an id may not belong to another meeting.
    for (const QString& table : { QStringLiteral("meeting_decision"), QStringLiteral("meeting_action") }) {
        QSet<qint64> ids;
        if (table == QLatin1String("meeting_decision")) {
            for (const MeetingDecision& d : input.decisions) {
                if (d.id > 0) {
                    ids.insert(d.id);
                }
            }
        } else {
            for (const MeetingAction& a : input.actions) {
                if (a.id > 0) {
                    ids.insert(a.id);
                }
            }
        }
        if (ids.isEmpty()) {
            continue;
        }
        auto elsewhere = sql::scalar(m_db,
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id IN (%2) AND meeting_id <> ?").arg(table, idList(ids)),
            { input.id });
        if (!elsewhere) {
            return elsewhere.error();
        }
        if (elsewhere.value().toInt() > 0) {
            return invalidInput(tr("A decision or action in this meeting belongs to another meeting. Add it again as "
                                   "a new one."));
        }
    }

    auto before = input.id > 0 ? loadMeeting(m_db, input.id) : Result<std::optional<Meeting>>(std::optional<Meeting>());
    if (!before) {
        return before.error();
    }
    const bool exists = before.value().has_value();
    QStringList topics;
    for (const QString& t : input.topics) {
        if (!t.trimmed().isEmpty()) {
            topics << t.trimmed();
        }
    }
    const QList<Field> fields = {
        { QStringLiteral("group_id"), input.groupId },
        { QStringLiteral("held_on"), rows::date(input.heldOn) },
        { QStringLiteral("duration_minutes"),
            input.durationMinutes > 0 ? QVariant(input.durationMinutes) : QVariant() },
        { QStringLiteral("location"), rows::text(input.location) },
        { QStringLiteral("topics"), rows::text(topics.join(u'\n')) },
        { QStringLiteral("notes"), rows::text(input.notes) },
    };
    QStringList changed;
    qint64 id = input.id;
    if (exists) {
        const Meeting& old = *before.value();
        const QList<QVariant> oldValues = { old.groupId, rows::date(old.heldOn),
            old.durationMinutes > 0 ? QVariant(old.durationMinutes) : QVariant(), rows::text(old.location),
            rows::text(old.topics.join(u'\n')), rows::text(old.notes) };
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
        sets << QStringLiteral("updated_at = ?");
        bind << nowStamp() << id;
        auto q = sql::query(m_db,
            QStringLiteral("UPDATE meeting SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), bind,
            QStringLiteral("save a meeting"));
        if (!q) {
            return q.error();
        }
        if (old.attendees.size() != input.attendees.size()) {
            changed << QStringLiteral("attendees");
        } else {
            for (int i = 0; i < old.attendees.size(); ++i) {
                const MeetingAttendee& a = old.attendees[i];
                const MeetingAttendee& b = input.attendees[i];
                if (a.personId != b.personId || a.externalName != b.externalName.trimmed()
                    || a.organisation != b.organisation.trimmed() || a.standing != b.standing) {
                    changed << QStringLiteral("attendees");
                    break;
                }
            }
        }
        QList<MeetingDecision> oldDecisions = old.decisions;
        QList<MeetingDecision> newDecisions = input.decisions;
        for (MeetingDecision& d : oldDecisions) {
            d.componentName.clear();
        }
        for (MeetingDecision& d : newDecisions) {
            d.componentName.clear();
        }
        if (oldDecisions != newDecisions) {
            changed << QStringLiteral("decisions");
        }
        QList<MeetingAction> oldActions = old.actions;
        QList<MeetingAction> newActions = input.actions;
        for (MeetingAction& a : oldActions) {
            a.ownerName.clear();
        }
        for (MeetingAction& a : newActions) {
            a.ownerName.clear();
        }
        if (oldActions != newActions) {
            changed << QStringLiteral("actions");
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
        columns << QStringLiteral("recorded_by") << QStringLiteral("created_at") << QStringLiteral("updated_at");
        bind << (input.recordedBy.isEmpty() ? actor.shownName() : input.recordedBy) << nowStamp() << nowStamp();
        auto q = sql::query(m_db,
            QStringLiteral("INSERT INTO meeting (%1) VALUES (%2)")
                .arg(columns.join(QStringLiteral(", ")),
                    QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
            bind, QStringLiteral("save a meeting"));
        if (!q) {
            return q.error();
        }
        if (id <= 0) {
            id = q.value().lastInsertId().toLongLong();
        }
        changed << QStringLiteral("attendees") << QStringLiteral("decisions") << QStringLiteral("actions");
    }

    // Attendees, decisions and actions are written again whole; decisions and actions keep their ids.
    for (const QString& table :
        { QStringLiteral("meeting_attendee"), QStringLiteral("meeting_decision"), QStringLiteral("meeting_action") }) {
        auto q = sql::query(m_db, QStringLiteral("DELETE FROM %1 WHERE meeting_id = ?").arg(table), { id },
            QStringLiteral("save a meeting"));
        if (!q) {
            return q.error();
        }
    }
    for (const MeetingAttendee& a : input.attendees) {
        auto q = sql::query(m_db,
            QStringLiteral(
                "INSERT INTO meeting_attendee (meeting_id, person_id, external_name, organisation, standing) "
                "VALUES (?, ?, ?, ?, ?)"),
            { id, a.personId > 0 ? QVariant(a.personId) : QVariant(),
                a.personId > 0 ? QVariant() : QVariant(a.externalName.trimmed()), rows::text(a.organisation),
                a.standing },
            QStringLiteral("save who attended"));
        if (!q) {
            return q.error();
        }
    }
    int position = 0;
    for (const MeetingDecision& d : input.decisions) {
        auto q = sql::query(m_db,
            QStringLiteral("INSERT INTO meeting_decision (id, meeting_id, position, description, change_made, "
                           "changed_on, component_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { d.id > 0 ? QVariant(d.id) : QVariant(), id, ++position, d.description.trimmed(), rows::text(d.changeMade),
                d.hasChange() ? rows::date(d.changedOn) : QVariant(),
                d.componentId > 0 ? QVariant(d.componentId) : QVariant() },
            QStringLiteral("save decisions"));
        if (!q) {
            return q.error();
        }
    }
    position = 0;
    for (const MeetingAction& a : input.actions) {
        auto q = sql::query(m_db,
            QStringLiteral("INSERT INTO meeting_action (id, meeting_id, position, description, owner_person_id, "
                           "owner_text, due_on, done_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { a.id > 0 ? QVariant(a.id) : QVariant(), id, ++position, a.description.trimmed(),
                a.ownerPersonId > 0 ? QVariant(a.ownerPersonId) : QVariant(),
                a.ownerPersonId > 0 ? QVariant() : rows::text(a.ownerText), rows::date(a.dueOn), rows::date(a.doneOn) },
            QStringLiteral("save actions"));
        if (!q) {
            return q.error();
        }
    }
    if (Status s = AuditLog(m_db).record(actor,
            { QString::fromLatin1(exists ? AuditLog::kUpdate : AuditLog::kCreate), entity, QString::number(id), changed,
                {} });
        !s) {
        return s.error();
    }
    if (Status c = tx.commit(); !c) {
        return c.error();
    }
    return id;
}

Status InvolvementService::removeMeeting(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QString::fromLatin1(kEntity), id); !s) {
        return s;
    }
    Status removed = rows::remove(m_db, actor, QString::fromLatin1(kEntity), id);
    if (!removed && removed.error().code == Error::Code::NotFound) {
        return noSuchMeeting(id);
    }
    return removed;
}

Status InvolvementService::setActionDone(const Actor& actor, qint64 actionId, const QDate& doneOn)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("meeting_action"), actionId); !s) {
        return s;
    }
    auto held = sql::scalar(m_db,
        QStringLiteral("SELECT m.held_on FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id WHERE a.id = ?"),
        { actionId });
    if (!held) {
        return held.error();
    }
    if (held.value().isNull()) {
        return Error { Error::Code::NotFound,
            tr("This action no longer exists: someone may have changed the meeting. Look again."),
            QString::number(actionId) };
    }
    if (doneOn.isValid() && doneOn > today()) {
        return invalidInput(tr("An action cannot be marked done on a day in the future."));
    }
    if (doneOn.isValid() && doneOn < rows::toDate(held.value())) {
        return invalidInput(tr("An action cannot be marked done before the meeting that agreed it."));
    }
    return rows::save(
        m_db, actor, QStringLiteral("meeting_action"), actionId, { { QStringLiteral("done_on"), rows::date(doneOn) } })
        .status();
}

Result<QString> InvolvementService::standingOn(const Actor& actor, qint64 personId, const QDate& day) const
{
    if (Status s = refuse(m_db, actor, Action::OpenClientRecords, QStringLiteral("person"), personId); !s) {
        return s.error();
    }
    auto roles = rolesOf(m_db, personId);
    if (!roles) {
        return roles.error();
    }
    // A role held that day; a paid role outranks an unpaid one.
    QString current;
    for (const RoleSpan& r : roles.value()) {
        if (r.from <= day && (!r.to.isValid() || r.to >= day)) {
            const QString s = standingOfRole(r);
            if (current.isEmpty() || current == QLatin1String(involvement::kVolunteer)) {
                current = s;
            }
        }
    }
    if (!current.isEmpty()) {
        return current;
    }
    auto referred = sql::scalar(m_db,
        QStringLiteral("SELECT COUNT(*) FROM client c JOIN referral r ON r.client_id = c.id "
                       "WHERE c.person_id = ? AND r.referred_on <= ?"),
        { personId, rows::date(day) });
    if (!referred) {
        return referred.error();
    }
    if (referred.value().toInt() > 0) {
        return QString::fromLatin1(involvement::kSupported);
    }
    // Someone who has held a role before: what they were last.
    for (auto it = roles.value().crbegin(); it != roles.value().crend(); ++it) {
        if (it->from <= day) {
            return standingOfRole(*it);
        }
    }
    return QString::fromLatin1(involvement::kStakeholder);
}

// ---- reports ----------------------------------------------------------------------------------------

Result<QList<AttendanceCounts>> InvolvementService::attendance(
    const Actor& actor, const QDate& from, const QDate& to) const
{
    if (Status s = refuse(m_db, actor, Action::RunAggregateReports, QString::fromLatin1(kEntity)); !s) {
        return s.error();
    }
    const QVariantList period = { rows::date(from), rows::date(to) };
    auto g = sql::query(m_db,
        QStringLiteral("SELECT g.id, g.name, (SELECT COUNT(*) FROM meeting m WHERE m.group_id = g.id "
                       "AND m.held_on >= ? AND m.held_on <= ?) AS n FROM involvement_group g "
                       "ORDER BY g.position, g.name"),
        period, QStringLiteral("count meetings"));
    if (!g) {
        return g.error();
    }
    QList<AttendanceCounts> out;
    QHash<qint64, int> index;
    QSqlQuery& gr = g.value();
    while (gr.next()) {
        AttendanceCounts c;
        c.groupId = gr.value(0).toLongLong();
        c.groupName = gr.value(1).toString();
        c.meetings = gr.value(2).toInt();
        index.insert(c.groupId, int(out.size()));
        out << c;
    }
    auto a = sql::query(m_db,
        QStringLiteral("SELECT m.group_id, a.person_id, a.external_name, a.organisation, a.standing "
                       "FROM meeting_attendee a JOIN meeting m ON m.id = a.meeting_id "
                       "WHERE m.held_on >= ? AND m.held_on <= ? ORDER BY m.held_on, m.id"),
        period, QStringLiteral("count attendance"));
    if (!a) {
        return a.error();
    }
    // Each person's standing at their latest meeting of the group in the period.
    QHash<qint64, QHash<QString, QString>> latest;
    QSqlQuery& ar = a.value();
    while (ar.next()) {
        const qint64 groupId = ar.value(0).toLongLong();
        const auto it = index.constFind(groupId);
        if (it == index.cend()) {
            continue;
        }
        const QString standing = ar.value(4).toString();
        out[*it].attendances[standing] += 1;
        const QString who = ar.value(1).isNull()
            ? QString(QStringLiteral("x:") + ar.value(2).toString().trimmed().toCaseFolded() + u'|'
                + ar.value(3).toString().trimmed().toCaseFolded())
            : QString(QStringLiteral("p:") + QString::number(ar.value(1).toLongLong()));
        latest[groupId].insert(who, standing);
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        AttendanceCounts& c = out[index.value(it.key())];
        for (const QString& standing : it.value()) {
            c.people[standing] += 1;
        }
    }
    return out;
}

Result<QList<ServiceChange>> InvolvementService::serviceChanges(
    const Actor& actor, const QDate& from, const QDate& to) const
{
    if (Status s = refuse(m_db, actor, Action::RunAggregateReports, QStringLiteral("meeting_decision")); !s) {
        return s.error();
    }
    auto q = sql::query(m_db,
        QStringLiteral("SELECT d.id, g.name, m.held_on, d.description, d.change_made, d.changed_on, c.name "
                       "FROM meeting_decision d JOIN meeting m ON m.id = d.meeting_id "
                       "JOIN involvement_group g ON g.id = m.group_id "
                       "LEFT JOIN service_component c ON c.id = d.component_id "
                       "WHERE d.change_made IS NOT NULL AND COALESCE(d.changed_on, m.held_on) >= ? "
                       "AND COALESCE(d.changed_on, m.held_on) <= ? "
                       "ORDER BY COALESCE(d.changed_on, m.held_on), d.id"),
        { rows::date(from), rows::date(to) }, QStringLiteral("read service changes"));
    if (!q) {
        return q.error();
    }
    QList<ServiceChange> out;
    QSqlQuery& r = q.value();
    while (r.next()) {
        out << ServiceChange { r.value(0).toLongLong(), r.value(1).toString(), rows::toDate(r.value(2)),
            r.value(3).toString(), r.value(4).toString(), rows::toDate(r.value(5)), r.value(6).toString() };
    }
    return out;
}

// ---- a person's journey -----------------------------------------------------------------------------

Result<Journey> InvolvementService::journey(const Actor& actor, qint64 personId) const
{
    auto kinds = sql::query(m_db,
        QStringLiteral("SELECT (SELECT id FROM client WHERE person_id = p.id), (SELECT id FROM worker WHERE "
                       "person_id = p.id) FROM person p WHERE p.id = ?"),
        { personId }, QStringLiteral("read a person"));
    if (!kinds) {
        return kinds.error();
    }
    if (!kinds.value().next()) {
        return Error { Error::Code::NotFound,
            tr("This person no longer has a record in Alongside: they may have been erased."),
            QString::number(personId) };
    }
    const qint64 clientId = kinds.value().value(0).toLongLong();
    const qint64 workerId = kinds.value().value(1).toLongLong();
    const bool seesClients = Permissions::allowed(actor.role, Action::OpenClientRecords);
    const bool seesWorkers = Permissions::allowed(actor.role, Action::OpenWorkerRecords);
    const bool allowed = (clientId > 0 && seesClients) || (workerId > 0 && seesWorkers)
        || (clientId == 0 && workerId == 0 && seesClients);
    if (!allowed) {
        const Action needed = (workerId > 0 && clientId == 0) ? Action::OpenWorkerRecords : Action::OpenClientRecords;
        return refuse(m_db, actor, needed, QStringLiteral("person"), personId).error();
    }

    Journey j;
    j.personId = personId;
    using Kind = TimelineEvent::Kind;
    const QString supported = QString::fromLatin1(involvement::kSupported);

    if (clientId > 0 && seesClients) {
        auto refs = sql::query(m_db,
            QStringLiteral("SELECT r.id, r.referred_on, r.source_category, s.name FROM referral r "
                           "LEFT JOIN referral_source s ON s.id = r.source_id WHERE r.client_id = ? "
                           "ORDER BY r.referred_on, r.id"),
            { clientId }, QStringLiteral("read referrals"));
        if (!refs) {
            return refs.error();
        }
        QDate firstReferral;
        QDate lastReferral;
        QSqlQuery& rr = refs.value();
        while (rr.next()) {
            const QDate on = rows::toDate(rr.value(1));
            QString detail = ClientService::sourceCategoryName(rr.value(2).toString());
            if (!rr.value(3).isNull()) {
                detail = tr("%1: %2").arg(detail, rr.value(3).toString());
            }
            j.events << TimelineEvent { on, Kind::Referred, supported, tr("Referred"), detail,
                rr.value(0).toLongLong() };
            if (!firstReferral.isValid()) {
                firstReferral = on;
            }
            lastReferral = on;
        }
        auto eps = sql::query(m_db,
            QStringLiteral("SELECT e.id, e.starts_on, e.ended_on, e.ending_reason, c.name, "
                           "(SELECT COUNT(*) FROM session s WHERE s.episode_id = e.id AND s.attendance = 'attended') "
                           "FROM episode e JOIN referral r ON r.id = e.referral_id "
                           "JOIN service_component c ON c.id = e.component_id WHERE r.client_id = ? "
                           "ORDER BY e.starts_on, e.id"),
            { clientId }, QStringLiteral("read episodes"));
        if (!eps) {
            return eps.error();
        }
        bool anyOpen = false;
        QDate lastEnd;
        QSqlQuery& er = eps.value();
        while (er.next()) {
            const qint64 id = er.value(0).toLongLong();
            const QString component = er.value(4).toString();
            const int sessions = er.value(5).toInt();
            j.events << TimelineEvent { rows::toDate(er.value(1)), Kind::EpisodeStarted, supported,
                tr("Started %1").arg(component), QString(), id };
            const QDate ended = rows::toDate(er.value(2));
            const QString attended
                = sessions == 1 ? tr("1 session attended") : tr("%1 sessions attended").arg(sessions);
            if (ended.isValid()) {
                QString detail = attended;
                if (!er.value(3).isNull()) {
                    detail = tr("%1; %2").arg(ClientService::endingReasonName(er.value(3).toString()), attended);
                }
                j.events << TimelineEvent { ended, Kind::EpisodeEnded, supported, tr("Ended %1").arg(component), detail,
                    id };
                if (!lastEnd.isValid() || ended > lastEnd) {
                    lastEnd = ended;
                }
            } else {
                anyOpen = true;
            }
        }
        if (firstReferral.isValid()) {
            // Supported from the first referral until the last ending, unless something is still open
            // or a referral came after it.
            const bool continuing = anyOpen || !lastEnd.isValid() || lastReferral > lastEnd;
            j.stages << JourneyStage { supported, firstReferral, continuing ? QDate() : lastEnd };
        }
    }

    if (workerId > 0 && seesWorkers) {
        auto st = sql::query(m_db,
            QStringLiteral(
                "SELECT id, status, since, reason FROM worker_status WHERE worker_id = ? ORDER BY since, id"),
            { workerId }, QStringLiteral("read statuses"));
        if (!st) {
            return st.error();
        }
        auto roles = rolesOf(m_db, personId);
        if (!roles) {
            return roles.error();
        }
        // The standing a status belongs to: that of the role held that day (a paid one first), else
        // the last role before it, else the first role (else volunteer).
        const auto standingAt = [&](const QDate& day) {
            QString held;
            QString before;
            for (const RoleSpan& r : roles.value()) {
                if (r.from <= day && (!r.to.isValid() || r.to >= day)) {
                    if (held.isEmpty() || held == QLatin1String(involvement::kVolunteer)) {
                        held = standingOfRole(r);
                    }
                } else if (r.from <= day) {
                    before = standingOfRole(r);
                }
            }
            if (!held.isEmpty()) {
                return held;
            }
            if (!before.isEmpty()) {
                return before;
            }
            return roles.value().isEmpty() ? QString::fromLatin1(involvement::kVolunteer)
                                           : standingOfRole(roles.value().first());
        };
        QSqlQuery& sr = st.value();
        while (sr.next()) {
            const QDate on = rows::toDate(sr.value(2));
            // A status that ends something (left, paused) belongs to the role held the day before.
            const QString status = sr.value(1).toString();
            const bool ending = status == QLatin1String("left") || status == QLatin1String("paused");
            j.events << TimelineEvent { on, Kind::WorkerStatus, standingAt(ending ? on.addDays(-1) : on),
                WorkforceService::statusName(sr.value(1).toString()), sr.value(3).toString(),
                sr.value(0).toLongLong() };
        }
        QHash<QString, JourneyStage> stages;
        QHash<QString, bool> open;
        for (const RoleSpan& r : roles.value()) {
            const QString standing = standingOfRole(r);
            j.events << TimelineEvent { r.from, Kind::RoleStarted, standing, tr("Started as %1").arg(r.name),
                WorkforceService::payBasisName(r.payBasis), 0 };
            if (r.to.isValid()) {
                j.events << TimelineEvent { r.to, Kind::RoleEnded, standing, tr("Ended as %1").arg(r.name),
                    WorkforceService::payBasisName(r.payBasis), 0 };
            }
            JourneyStage& s = stages[standing];
            if (s.standing.isEmpty()) {
                s = JourneyStage { standing, r.from, r.to };
            } else {
                s.from = std::min(s.from, r.from);
                if (s.to.isValid() && r.to.isValid()) {
                    s.to = std::max(s.to, r.to);
                }
            }
            if (!r.to.isValid()) {
                open[standing] = true;
            }
        }
        for (auto it = stages.begin(); it != stages.end(); ++it) {
            if (open.value(it.key())) {
                it->to = QDate();
            }
            j.stages << *it;
        }
    }

    // Meetings: every one without OpenClientRecords only where they did not attend as someone supported.
    auto meetings = sql::query(m_db,
        QStringLiteral("SELECT m.id, m.held_on, g.name, a.standing FROM meeting_attendee a "
                       "JOIN meeting m ON m.id = a.meeting_id JOIN involvement_group g ON g.id = m.group_id "
                       "WHERE a.person_id = ? ORDER BY m.held_on, m.id"),
        { personId }, QStringLiteral("read meetings attended"));
    if (!meetings) {
        return meetings.error();
    }
    QSqlQuery& mr = meetings.value();
    while (mr.next()) {
        const QString standing = mr.value(3).toString();
        if (!seesClients && standing == supported) {
            continue;
        }
        j.events << TimelineEvent { rows::toDate(mr.value(1)), Kind::Meeting, standing,
            tr("%1 meeting").arg(mr.value(2).toString()), tr("Attended %1").arg(asStanding(standing)),
            mr.value(0).toLongLong() };
    }

    if (seesClients) {
        auto stories = sql::query(m_db,
            QStringLiteral("SELECT id, written_on, title, author_type FROM story WHERE person_id = ? "
                           "ORDER BY written_on, id"),
            { personId }, QStringLiteral("read stories"));
        if (!stories) {
            return stories.error();
        }
        QSqlQuery& s = stories.value();
        while (s.next()) {
            const QString standing = s.value(3).toString();
            j.events << TimelineEvent { rows::toDate(s.value(1)), Kind::Story, standing,
                tr("Wrote \u201C%1\u201D").arg(s.value(2).toString()),
                tr("A story, written %1").arg(asStanding(standing)), s.value(0).toLongLong() };
        }
    }

    std::stable_sort(j.events.begin(), j.events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
        if (a.on != b.on) {
            return a.on < b.on;
        }
        return int(a.kind) < int(b.kind);
    });
    std::stable_sort(
        j.stages.begin(), j.stages.end(), [](const JourneyStage& a, const JourneyStage& b) { return a.from < b.from; });
    return j;
}

} // namespace alongside::core
