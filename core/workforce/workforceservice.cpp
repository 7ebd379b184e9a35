#include "workforceservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clients/demographics.h"
#include "core/clock.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/privacy/erasureservice.h"
#include "core/services/personservice.h"
#include "core/services/servicesupport.h"
#include "core/services/settingsservice.h"

#include <QHash>

#include <cmath>

namespace alongside::core {

namespace {

using service::today;

using Action = Permissions::Action;
using rows::Field;

QString joinName(const QString& family, const QString& given)
{
    if (family.trimmed().isEmpty()) {
        return given.trimmed();
    }
    return family.trimmed() + QStringLiteral(", ") + given.trimmed();
}

const QStringList kStatuses = { QStringLiteral("enquiry"), QStringLiteral("applicant"), QStringLiteral("in_training"),
    QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("left") };
const QStringList kPayBases = { QStringLiteral("unpaid"), QStringLiteral("sessional"), QStringLiteral("paid") };
const QStringList kDbsLevels = { QStringLiteral("basic"), QStringLiteral("standard"), QStringLiteral("enhanced"),
    QStringLiteral("enhanced_barred") };
const QStringList kAreas = { QStringLiteral("anxiety"), QStringLiteral("depression"), QStringLiteral("bipolar"),
    QStringLiteral("psychosis"), QStringLiteral("personality_disorder"), QStringLiteral("eating_disorder"),
    QStringLiteral("trauma"), QStringLiteral("self_harm"), QStringLiteral("suicidal_feelings"),
    QStringLiteral("substance_use"), QStringLiteral("bereavement"), QStringLiteral("carer"),
    QStringLiteral("neurodivergence"), QStringLiteral("other") };

} // namespace

// ---- names -------------------------------------------------------------------------------------

QStringList WorkforceService::statusKeys()
{
    return kStatuses;
}

QString WorkforceService::statusName(const QString& key)
{
    if (key == QLatin1String("enquiry")) {
        return tr("Enquiry");
    }
    if (key == QLatin1String("applicant")) {
        return tr("Applicant");
    }
    if (key == QLatin1String("in_training")) {
        return tr("In training");
    }
    if (key == QLatin1String("active")) {
        return tr("Active");
    }
    if (key == QLatin1String("paused")) {
        return tr("Paused");
    }
    if (key == QLatin1String("left")) {
        return tr("Left");
    }
    return key.isEmpty() ? tr("No status") : key;
}

QStringList WorkforceService::payBasisKeys()
{
    return kPayBases;
}

QString WorkforceService::payBasisName(const QString& key)
{
    if (key == QLatin1String("unpaid")) {
        return tr("Unpaid (volunteer)");
    }
    if (key == QLatin1String("sessional")) {
        return tr("Sessional");
    }
    if (key == QLatin1String("paid")) {
        return tr("Paid (employed)");
    }
    return key;
}

QStringList WorkforceService::dbsLevelKeys()
{
    return kDbsLevels;
}

QString WorkforceService::dbsLevelName(const QString& key)
{
    if (key == QLatin1String("basic")) {
        return tr("Basic");
    }
    if (key == QLatin1String("standard")) {
        return tr("Standard");
    }
    if (key == QLatin1String("enhanced")) {
        return tr("Enhanced");
    }
    if (key == QLatin1String("enhanced_barred")) {
        return tr("Enhanced with barred list");
    }
    return key.isEmpty() ? tr("Not needed") : key;
}

QStringList WorkforceService::livedExperienceAreaKeys()
{
    return kAreas;
}

QString WorkforceService::livedExperienceAreaName(const QString& key)
{
    static const QHash<QString, const char*> names = {
        { QStringLiteral("anxiety"), QT_TR_NOOP("Anxiety") },
        { QStringLiteral("depression"), QT_TR_NOOP("Depression") },
        { QStringLiteral("bipolar"), QT_TR_NOOP("Bipolar") },
        { QStringLiteral("psychosis"), QT_TR_NOOP("Psychosis") },
        { QStringLiteral("personality_disorder"), QT_TR_NOOP("Personality disorder") },
        { QStringLiteral("eating_disorder"), QT_TR_NOOP("Eating disorder") },
        { QStringLiteral("trauma"), QT_TR_NOOP("Trauma") },
        { QStringLiteral("self_harm"), QT_TR_NOOP("Self-harm") },
        { QStringLiteral("suicidal_feelings"), QT_TR_NOOP("Suicidal feelings") },
        { QStringLiteral("substance_use"), QT_TR_NOOP("Substance use") },
        { QStringLiteral("bereavement"), QT_TR_NOOP("Bereavement") },
        { QStringLiteral("carer"), QT_TR_NOOP("Carer experience") },
        { QStringLiteral("neurodivergence"), QT_TR_NOOP("Neurodivergence") },
        { QStringLiteral("other"), QT_TR_NOOP("Other") },
    };
    const char* name = names.value(key);
    return name ? tr(name) : key;
}

QString WorkforceService::displayName(const QString& given, const QString& family, const QString& knownAs)
{
    QString name = QString(given.trimmed() + QLatin1Char(' ') + family.trimmed()).trimmed();
    const QString k = knownAs.trimmed();
    if (!k.isEmpty() && k != given.trimmed()) {
        name += QStringLiteral(" (%1)").arg(k);
    }
    return name;
}

QDate WorkforceService::dbsRecheckDate(const DbsCheck& check, int recheckMonths)
{
    if (check.recheckDueOn.isValid()) {
        return check.recheckDueOn;
    }
    if (!check.issuedOn.isValid() || recheckMonths <= 0) {
        return {};
    }
    return check.issuedOn.addMonths(recheckMonths);
}

// ---- validation --------------------------------------------------------------------------------

Status WorkforceService::validate(const WorkerProfile& p)
{
    if (p.givenName.trimmed().isEmpty()) {
        return invalidInput(tr("Enter the person's first name."));
    }
    if (p.dateOfBirth.isValid()) {
        if (p.dateOfBirth > today()) {
            return invalidInput(tr("The date of birth is in the future. Check the year."));
        }
        if (p.dateOfBirth < today().addYears(-110)) {
            return invalidInput(tr("The date of birth is more than 110 years ago. Check the year."));
        }
    }
    if (!p.email.trimmed().isEmpty() && !p.email.contains(QLatin1Char('@'))) {
        return invalidInput(tr("The email address needs an @. Correct it or leave it empty."));
    }
    if (p.reference.trimmed().size() > 100) {
        return invalidInput(tr("The reference is too long: keep it under 100 characters."));
    }
    if (p.maxMentees && (*p.maxMentees < 0 || *p.maxMentees > 50)) {
        return invalidInput(tr("The most mentees at once must be between 0 and 50."));
    }
    const QStringList week = Demographics::slotKeys();
    for (const QString& slot : p.availableSlots) {
        if (!week.contains(slot)) {
            return invalidInput(
                tr("\"%1\" is not a time of the week. Tick the days and times the person is usually free.").arg(slot));
        }
    }
    return Status::ok();
}

Status WorkforceService::validate(const StatusChange& c)
{
    if (!kStatuses.contains(c.status)) {
        return invalidInput(tr("Choose a status."));
    }
    if (!c.since.isValid()) {
        return invalidInput(tr("Enter the date the status started."));
    }
    if (c.since > today()) {
        return invalidInput(tr("The status date is in the future. Record a status on or after the day it starts."));
    }
    if ((c.status == QLatin1String("paused") || c.status == QLatin1String("left")) && c.reason.trimmed().isEmpty()) {
        return invalidInput(
            tr("Enter a short reason for pausing or leaving (for example \"own health\" or \"moved away\")."));
    }
    return Status::ok();
}

Status WorkforceService::validate(const RoleType& t)
{
    if (t.name.trimmed().isEmpty()) {
        return invalidInput(tr("Enter a name for the role."));
    }
    if (!kPayBases.contains(t.defaultPayBasis)) {
        return invalidInput(tr("Choose whether the role is unpaid, sessional or paid."));
    }
    if (!t.dbsLevel.isEmpty() && !kDbsLevels.contains(t.dbsLevel)) {
        return invalidInput(tr("Choose the DBS level the role needs, or \"Not needed\"."));
    }
    if (t.referencesRequired < 0 || t.referencesRequired > 5) {
        return invalidInput(tr("A role can need between 0 and 5 references."));
    }
    if (t.supervisionIntervalDays < 0 || t.supervisionIntervalDays > 366) {
        return invalidInput(tr("The supervision interval must be between 0 (none expected) and 366 days."));
    }
    return Status::ok();
}

Status WorkforceService::validate(const RoleAssignment& r)
{
    if (r.roleTypeId <= 0) {
        return invalidInput(tr("Choose a role."));
    }
    if (!kPayBases.contains(r.payBasis)) {
        return invalidInput(tr("Choose whether the role is unpaid, sessional or paid."));
    }
    if (!r.startsOn.isValid()) {
        return invalidInput(tr("Enter the date the role started."));
    }
    if (r.endsOn.isValid() && r.endsOn < r.startsOn) {
        return invalidInput(tr("The role ends before it starts. Check the dates."));
    }
    if (r.fundingEndsOn.isValid() && r.fundingEndsOn < r.startsOn) {
        return invalidInput(tr("The funding ends before the role starts. Check the dates."));
    }
    if (r.hoursPerWeek && (*r.hoursPerWeek < 0 || *r.hoursPerWeek > 80)) {
        return invalidInput(tr("Hours per week must be between 0 and 80."));
    }
    return Status::ok();
}

Status WorkforceService::validate(const StepRecord& r)
{
    if (r.stepId <= 0) {
        return invalidInput(tr("Choose a recruitment step."));
    }
    if (!r.doneOn.isValid()) {
        return invalidInput(tr("Enter the date the step was done."));
    }
    if (r.doneOn > today()) {
        return invalidInput(tr("That date is in the future. Record a step once it has been done."));
    }
    return Status::ok();
}

Status WorkforceService::validate(const Reference& r)
{
    if (r.refereeName.trimmed().isEmpty()) {
        return invalidInput(tr("Enter the referee's name."));
    }
    if (r.requestedOn.isValid() && r.requestedOn > today()) {
        return invalidInput(tr("The date the reference was requested is in the future."));
    }
    if (r.receivedOn.isValid() && r.receivedOn > today()) {
        return invalidInput(tr("The date the reference was received is in the future."));
    }
    if (r.receivedOn.isValid() && r.requestedOn.isValid() && r.receivedOn < r.requestedOn) {
        return invalidInput(tr("The reference was received before it was requested. Check the dates."));
    }
    if (r.satisfactory && !r.receivedOn.isValid()) {
        return invalidInput(tr("Enter the date the reference was received before marking whether it is satisfactory."));
    }
    return Status::ok();
}

Status WorkforceService::validate(const DbsCheck& c)
{
    if (!kDbsLevels.contains(c.level)) {
        return invalidInput(tr("Choose the level of the DBS check."));
    }
    if (!c.issuedOn.isValid()) {
        return invalidInput(tr("Enter the issue date printed on the DBS certificate."));
    }
    if (c.issuedOn > today()) {
        return invalidInput(tr("The DBS issue date is in the future. Check the date on the certificate."));
    }
    if (c.recheckDueOn.isValid() && c.recheckDueOn <= c.issuedOn) {
        return invalidInput(tr("The recheck date is on or before the issue date. Check both dates."));
    }
    const QString number = c.certificateNumber.trimmed();
    if (!number.isEmpty()) {
        for (QChar ch : number) {
            if (!ch.isDigit()) {
                return invalidInput(tr("A DBS certificate number has digits only (12 on current certificates)."));
            }
        }
    }
    return Status::ok();
}

Status WorkforceService::validate(const HoursEntry& e)
{
    if (!e.workedOn.isValid()) {
        return invalidInput(tr("Enter the date of the volunteering."));
    }
    if (e.workedOn > today()) {
        return invalidInput(tr("That date is in the future. Record hours once they have been given."));
    }
    if (!(e.hours > 0) || e.hours > 24) {
        return invalidInput(tr("Hours must be more than 0 and at most 24 for one day."));
    }
    return Status::ok();
}

Status WorkforceService::validate(const LivedExperience& r)
{
    if (!r.consentOn.isValid()) {
        return invalidInput(
            tr("Lived experience is recorded only with the person's consent: enter the date they gave it."));
    }
    if (r.consentOn > today()) {
        return invalidInput(tr("The consent date is in the future."));
    }
    for (const QString& a : r.areas) {
        if (!kAreas.contains(a)) {
            return invalidInput(tr("Choose areas of lived experience from the list."));
        }
    }
    return Status::ok();
}

// ---- people ------------------------------------------------------------------------------------

Status WorkforceService::requireWorker(qint64 workerId) const
{
    auto v = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM worker WHERE id = ?"), { workerId });
    if (!v) {
        return v.status();
    }
    if (v.value().toInt() == 0) {
        return Error { Error::Code::NotFound, tr("This person's record no longer exists: it may have been erased."),
            QStringLiteral("worker %1").arg(workerId) };
    }
    return Status::ok();
}

Result<QList<WorkerSummary>> WorkforceService::list(const Actor& actor, const QDate& asOf) const
{
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return s.error();
    }
    const QString now = (asOf.isValid() ? asOf : today()).toString(Qt::ISODate);
    auto q = rows::query(m_db,
        QStringLiteral("SELECT w.id, p.id, p.given_name, p.family_name, p.known_as, p.email, p.phone, "
                       "(SELECT s.status FROM worker_status s WHERE s.worker_id = w.id AND s.since <= ? "
                       " ORDER BY s.since DESC, s.id DESC LIMIT 1), "
                       "(SELECT s.since FROM worker_status s WHERE s.worker_id = w.id AND s.since <= ? "
                       " ORDER BY s.since DESC, s.id DESC LIMIT 1) "
                       "FROM worker w JOIN person p ON p.id = w.person_id ORDER BY p.family_name, p.given_name, w.id"),
        { now, now }, QStringLiteral("list workers"));
    if (!q) {
        return q.error();
    }
    QList<WorkerSummary> out;
    QHash<qint64, int> index;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        WorkerSummary w;
        w.workerId = r.value(0).toLongLong();
        w.personId = r.value(1).toLongLong();
        w.name = displayName(r.value(2).toString(), r.value(3).toString(), r.value(4).toString());
        w.sortName = joinName(r.value(3).toString(), r.value(2).toString());
        w.email = r.value(5).toString();
        w.phone = r.value(6).toString();
        w.status = r.value(7).toString();
        w.statusSince = rows::toDate(r.value(8));
        index.insert(w.workerId, int(out.size()));
        out << w;
    }
    auto roles = rows::query(m_db,
        QStringLiteral("SELECT r.worker_id, r.role_type_id, t.name FROM worker_role r JOIN role_type t ON t.id = "
                       "r.role_type_id WHERE r.starts_on <= ? AND (r.ends_on IS NULL OR r.ends_on >= ?) "
                       "ORDER BY r.worker_id, r.starts_on, r.id"),
        { now, now }, QStringLiteral("list workers' roles"));
    if (!roles) {
        return roles.error();
    }
    while (roles.value().next()) {
        const auto it = index.constFind(roles.value().value(0).toLongLong());
        if (it == index.cend()) {
            continue;
        }
        WorkerSummary& w = out[*it];
        const qint64 typeId = roles.value().value(1).toLongLong();
        if (!w.roleTypeIds.contains(typeId)) {
            w.roleTypeIds << typeId;
            w.roles << roles.value().value(2).toString();
        }
    }
    return out;
}

Result<WorkerProfile> WorkforceService::profile(const Actor& actor, qint64 workerId)
{
    AuditLog log(m_db);
    const QString id = QString::number(workerId);
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return log.refused(actor, s, QStringLiteral("worker"), id).error();
    }
    auto q = rows::query(m_db,
        QStringLiteral(
            "SELECT p.id, p.given_name, p.family_name, p.known_as, p.date_of_birth, p.email, p.phone, "
            "p.address, p.postcode, w.emergency_contact_name, w.emergency_contact_relationship, "
            "w.emergency_contact_phone, w.availability, w.languages, w.access_needs, p.gender, "
            "p.ethnicity, w.disability, w.sexual_orientation, w.religion, w.max_mentees, "
            "w.available_slots, w.home_visits, p.reference, p.anonymised_on FROM worker w JOIN person p ON p.id = "
            "w.person_id WHERE w.id = ?"),
        { workerId }, QStringLiteral("open a worker's record"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error { Error::Code::NotFound, tr("This person's record no longer exists: it may have been erased."),
            id };
    }
    const QSqlQuery& r = q.value();
    WorkerProfile p;
    p.workerId = workerId;
    p.personId = r.value(0).toLongLong();
    p.givenName = r.value(1).toString();
    p.familyName = r.value(2).toString();
    p.knownAs = r.value(3).toString();
    p.dateOfBirth = rows::toDate(r.value(4));
    p.email = r.value(5).toString();
    p.phone = r.value(6).toString();
    p.address = r.value(7).toString();
    p.postcode = r.value(8).toString();
    p.emergencyContactName = r.value(9).toString();
    p.emergencyContactRelationship = r.value(10).toString();
    p.emergencyContactPhone = r.value(11).toString();
    p.availability = r.value(12).toString();
    p.languages = r.value(13).toString();
    p.accessNeeds = r.value(14).toString();
    p.gender = r.value(15).toString();
    p.ethnicity = r.value(16).toString();
    p.disability = r.value(17).toString();
    p.sexualOrientation = r.value(18).toString();
    p.religion = r.value(19).toString();
    p.maxMentees = rows::toOptionalInt(r.value(20));
    p.availableSlots = r.value(21).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    p.homeVisits = r.value(22).toInt() != 0;
    p.reference = r.value(23).toString();
    p.anonymisedOn = rows::toDate(r.value(24));
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kView), QStringLiteral("worker"), id, { QStringLiteral("profile") }, {} });
        !s) {
        return s.error();
    }
    return p;
}

Result<QList<PossibleDuplicate>> WorkforceService::possibleDuplicates(
    const Actor& actor, const WorkerProfile& profile) const
{
    if (Status s = Permissions::require(actor, Action::FindPeople); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT p.id, w.id, p.given_name, p.family_name, p.known_as, p.date_of_birth, c.id "
                       "FROM person p LEFT JOIN worker w ON w.person_id = p.id LEFT JOIN client c ON "
                       "c.person_id = p.id WHERE LOWER(TRIM(p.given_name)) = ? AND LOWER(TRIM(p.family_name)) = ? "
                       "AND p.id <> ? AND (p.date_of_birth IS NULL OR ? IS NULL OR p.date_of_birth = ?) "
                       "ORDER BY p.id"),
        { profile.givenName.trimmed().toLower(), profile.familyName.trimmed().toLower(), profile.personId,
            rows::date(profile.dateOfBirth), rows::date(profile.dateOfBirth) },
        QStringLiteral("look for duplicates"));
    if (!q) {
        return q.error();
    }
    QList<PossibleDuplicate> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        PossibleDuplicate d;
        d.personId = r.value(0).toLongLong();
        d.workerId = r.value(1).toLongLong();
        d.name = displayName(r.value(2).toString(), r.value(3).toString(), r.value(4).toString());
        d.dateOfBirth = rows::toDate(r.value(5));
        d.isClient = !r.value(6).isNull();
        // A client may see that a worker of the same name exists only if they could open them.
        if ((d.workerId && !Permissions::allowed(actor.role, Action::OpenWorkerRecords))
            || (d.isClient && !Permissions::allowed(actor.role, Action::OpenClientRecords))) {
            d.name = tr("Someone you cannot open");
        }
        out << d;
    }
    return out;
}

namespace {

QList<Field> personFields(const WorkerProfile& p, const QString& now)
{
    return { { QStringLiteral("given_name"), p.givenName.trimmed() },
        { QStringLiteral("family_name"),
            p.familyName.trimmed().isEmpty() ? QStringLiteral("") : p.familyName.trimmed() },
        { QStringLiteral("known_as"), rows::text(p.knownAs) },
        { QStringLiteral("date_of_birth"), rows::date(p.dateOfBirth) },
        { QStringLiteral("email"), rows::text(p.email) }, { QStringLiteral("phone"), rows::text(p.phone) },
        { QStringLiteral("address"), rows::text(p.address) },
        { QStringLiteral("postcode"), rows::text(p.postcode.toUpper()) },
        { QStringLiteral("gender"), rows::text(p.gender) }, { QStringLiteral("ethnicity"), rows::text(p.ethnicity) },
        { QStringLiteral("reference"), rows::text(p.reference) }, { QStringLiteral("updated_at"), now } };
}

/** The slots as stored: comma-separated, in the order of the week, each once; NULL for none. */
QVariant slotsText(const QStringList& chosen)
{
    QStringList ordered;
    for (const QString& key : Demographics::slotKeys()) {
        if (chosen.contains(key)) {
            ordered << key;
        }
    }
    return ordered.isEmpty() ? QVariant() : QVariant(ordered.join(QLatin1Char(',')));
}

QList<Field> workerFields(const WorkerProfile& p, const QString& now)
{
    return { { QStringLiteral("emergency_contact_name"), rows::text(p.emergencyContactName) },
        { QStringLiteral("emergency_contact_relationship"), rows::text(p.emergencyContactRelationship) },
        { QStringLiteral("emergency_contact_phone"), rows::text(p.emergencyContactPhone) },
        { QStringLiteral("availability"), rows::text(p.availability) },
        { QStringLiteral("available_slots"), slotsText(p.availableSlots) },
        { QStringLiteral("home_visits"), p.homeVisits ? 1 : 0 },
        { QStringLiteral("languages"), rows::text(p.languages) },
        { QStringLiteral("access_needs"), rows::text(p.accessNeeds) },
        { QStringLiteral("disability"), rows::text(p.disability) },
        { QStringLiteral("sexual_orientation"), rows::text(p.sexualOrientation) },
        { QStringLiteral("religion"), rows::text(p.religion) },
        { QStringLiteral("max_mentees"), rows::optional(p.maxMentees) }, { QStringLiteral("updated_at"), now } };
}

QList<Field> withoutTimestamp(QList<Field> fields)
{
    fields.removeLast();
    return fields;
}

} // namespace

Result<qint64> WorkforceService::createWorker(
    const Actor& actor, const WorkerProfile& profile, const StatusChange& firstStatus)
{
    if (Status s = Permissions::require(actor, Action::EditRecords); !s) {
        return AuditLog(m_db).refused(actor, s, QStringLiteral("worker")).error();
    }
    if (Status v = validate(profile); !v) {
        return v.error();
    }
    if (Status v = validate(firstStatus); !v) {
        return v.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    if (Status s = PersonService::checkReference(m_db, profile.reference, profile.personId); !s) {
        return s.error();
    }
    const QString now = Clock::instance().now().toUTC().toString(Qt::ISODateWithMs);
    QList<Field> person = personFields(profile, now);
    person << Field { QStringLiteral("created_at"), now };
    auto personId = rows::save(m_db, actor, QStringLiteral("person"), profile.personId, person);
    if (!personId) {
        return personId.error();
    }
    QList<Field> worker = workerFields(profile, now);
    worker << Field { QStringLiteral("person_id"), personId.value() } << Field { QStringLiteral("created_at"), now };
    auto workerId = rows::save(m_db, actor, QStringLiteral("worker"), profile.workerId, worker);
    if (!workerId) {
        return workerId.error();
    }
    StatusChange first = firstStatus;
    // first.id is kept: redoing an undone "add" re-creates the first status with its old id too.
    first.workerId = workerId.value();
    if (auto st = saveStatus(actor, first); !st) {
        return st.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return workerId.value();
}

Status WorkforceService::updateProfile(const Actor& actor, const WorkerProfile& profile)
{
    if (Status s = Permissions::require(actor, Action::EditRecords); !s) {
        return AuditLog(m_db).refused(actor, s, QStringLiteral("worker"), QString::number(profile.workerId));
    }
    if (Status v = validate(profile); !v) {
        return v;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto personId
        = sql::scalar(m_db, QStringLiteral("SELECT person_id FROM worker WHERE id = ?"), { profile.workerId });
    if (!personId) {
        return personId.status();
    }
    if (personId.value().isNull()) {
        return requireWorker(profile.workerId);
    }
    if (Status s = PersonService::checkReference(m_db, profile.reference, personId.value().toLongLong()); !s) {
        return s;
    }
    if (Status s = ErasureService::checkNotReidentifying(m_db, personId.value().toLongLong(),
            { profile.givenName, profile.familyName, profile.knownAs, profile.email, profile.phone, profile.address,
                profile.postcode, profile.reference });
        !s) {
        return s;
    }
    const QString now = Clock::instance().now().toUTC().toString(Qt::ISODateWithMs);
    // Compare without the timestamp so that saving an unchanged profile records nothing.
    auto p = rows::save(m_db, actor, QStringLiteral("person"), personId.value().toLongLong(),
        withoutTimestamp(personFields(profile, now)));
    if (!p) {
        return p.status();
    }
    auto w = rows::save(
        m_db, actor, QStringLiteral("worker"), profile.workerId, withoutTimestamp(workerFields(profile, now)));
    if (!w) {
        return w.status();
    }
    return tx.commit();
}

Status WorkforceService::removeWorker(const Actor& actor, qint64 workerId)
{
    if (Status s = Permissions::require(actor, Action::EditRecords); !s) {
        return AuditLog(m_db).refused(actor, s, QStringLiteral("worker"), QString::number(workerId));
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto refs = sql::scalar(m_db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM session WHERE worker_id = ?) + (SELECT COUNT(*) FROM "
                       "supervision_attendee WHERE worker_id = ?) + (SELECT COUNT(*) FROM supervision_entry WHERE "
                       "supervisor_id = ?) + (SELECT COUNT(*) FROM mentor_match WHERE mentor_id = ?) + (SELECT "
                       "COUNT(*) FROM account WHERE worker_id = ?) + (SELECT COUNT(*) FROM client c JOIN worker w ON "
                       "w.person_id = c.person_id WHERE w.id = ?) + (SELECT COUNT(*) FROM supervision_arrangement "
                       "WHERE worker_id = ? OR supervisor_id = ?) + (SELECT COUNT(*) FROM supervision_action WHERE "
                       "owner_id = ?)"),
        QVariantList(9, workerId));
    if (!refs) {
        return refs.status();
    }
    if (refs.value().toInt() > 0) {
        return invalidInput(tr("This person already has sessions, supervision, matches or an account, so their record "
                               "cannot be taken back. Record them as \"Left\" instead."));
    }
    auto personId = sql::scalar(m_db, QStringLiteral("SELECT person_id FROM worker WHERE id = ?"), { workerId });
    if (!personId) {
        return personId.status();
    }
    if (personId.value().isNull()) {
        return requireWorker(workerId);
    }
    // The person row cascades to the worker and everything recorded about them.
    if (Status s = rows::remove(m_db, actor, QStringLiteral("person"), personId.value().toLongLong()); !s) {
        return s;
    }
    if (Status s = AuditLog(m_db).record(actor,
            { QString::fromLatin1(AuditLog::kDelete), QStringLiteral("worker"), QString::number(workerId), {}, {} });
        !s) {
        return s;
    }
    return tx.commit();
}

// ---- status ------------------------------------------------------------------------------------

Result<QList<StatusChange>> WorkforceService::statusHistory(const Actor& actor, qint64 workerId) const
{
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, status, since, reason FROM worker_status WHERE worker_id = ? "
                       "ORDER BY since DESC, id DESC"),
        { workerId }, QStringLiteral("read status history"));
    if (!q) {
        return q.error();
    }
    QList<StatusChange> out;
    while (q.value().next()) {
        out << StatusChange { q.value().value(0).toLongLong(), workerId, q.value().value(1).toString(),
            rows::toDate(q.value().value(2)), q.value().value(3).toString() };
    }
    return out;
}

namespace {

template<typename T>
Result<qint64> checkedSave(Database& db, const Actor& actor, const T& item, const QString& table,
    const QList<Field>& fields, Action action = Action::EditRecords)
{
    if (Status s = Permissions::require(actor, action); !s) {
        return AuditLog(db).refused(actor, s, table, item.id ? QString::number(item.id) : QString()).error();
    }
    if (Status v = WorkforceService::validate(item); !v) {
        return v.error();
    }
    return rows::save(db, actor, table, item.id, fields);
}

Status checkedRemove(Database& db, const Actor& actor, const QString& table, qint64 id)
{
    if (Status s = Permissions::require(actor, Action::EditRecords); !s) {
        return AuditLog(db).refused(actor, s, table, QString::number(id));
    }
    return rows::remove(db, actor, table, id);
}

} // namespace

Result<qint64> WorkforceService::saveStatus(const Actor& actor, const StatusChange& c)
{
    if (Status s = requireWorker(c.workerId); !s) {
        return s.error();
    }
    return checkedSave(m_db, actor, c, QStringLiteral("worker_status"),
        { { QStringLiteral("worker_id"), c.workerId }, { QStringLiteral("status"), c.status },
            { QStringLiteral("since"), rows::date(c.since) }, { QStringLiteral("reason"), rows::text(c.reason) } });
}

Status WorkforceService::removeStatus(const Actor& actor, qint64 id)
{
    return checkedRemove(m_db, actor, QStringLiteral("worker_status"), id);
}

// ---- roles -------------------------------------------------------------------------------------

Result<QList<RoleType>> WorkforceService::roleTypes(const Actor& actor, bool includeInactive) const
{
    Q_UNUSED(actor) // the catalogue holds no personal data: every role may read it
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, name, is_peer, default_pay_basis, supervision_interval_days, dbs_level, "
                       "references_required, active FROM role_type %1 ORDER BY name")
            .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")),
        {}, QStringLiteral("read roles"));
    if (!q) {
        return q.error();
    }
    QList<RoleType> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        RoleType t;
        t.id = r.value(0).toLongLong();
        t.name = r.value(1).toString();
        t.isPeer = r.value(2).toInt() != 0;
        t.defaultPayBasis = r.value(3).toString();
        t.supervisionIntervalDays = r.value(4).toInt();
        t.dbsLevel = r.value(5).toString();
        t.referencesRequired = r.value(6).toInt();
        t.active = r.value(7).toInt() != 0;
        out << t;
    }
    return out;
}

Result<qint64> WorkforceService::saveRoleType(const Actor& actor, const RoleType& t)
{
    if (Status s = Permissions::require(actor, Action::EditCatalogues); !s) {
        return AuditLog(m_db).refused(actor, s, QStringLiteral("role_type")).error();
    }
    auto clash = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM role_type WHERE LOWER(name) = ? AND id <> ?"),
        { t.name.trimmed().toLower(), t.id });
    if (!clash) {
        return clash.error();
    }
    if (clash.value().toInt() > 0) {
        return invalidInput(tr("There is already a role called \"%1\". Choose another name.").arg(t.name.trimmed()));
    }
    return checkedSave(m_db, actor, t, QStringLiteral("role_type"),
        { { QStringLiteral("name"), t.name.trimmed() }, { QStringLiteral("is_peer"), t.isPeer ? 1 : 0 },
            { QStringLiteral("default_pay_basis"), t.defaultPayBasis },
            { QStringLiteral("supervision_interval_days"),
                t.supervisionIntervalDays > 0 ? QVariant(t.supervisionIntervalDays) : QVariant() },
            { QStringLiteral("dbs_level"), rows::text(t.dbsLevel) },
            { QStringLiteral("references_required"), t.referencesRequired },
            { QStringLiteral("active"), t.active ? 1 : 0 } },
        Action::EditCatalogues);
}

Result<QList<RoleAssignment>> WorkforceService::roles(const Actor& actor, qint64 workerId) const
{
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT r.id, r.role_type_id, t.name, r.pay_basis, r.hours_per_week, r.funding_source, "
                       "r.funding_ends_on, r.starts_on, r.ends_on FROM worker_role r JOIN role_type t ON t.id = "
                       "r.role_type_id WHERE r.worker_id = ? ORDER BY r.starts_on DESC, r.id DESC"),
        { workerId }, QStringLiteral("read roles"));
    if (!q) {
        return q.error();
    }
    QList<RoleAssignment> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        RoleAssignment a;
        a.id = r.value(0).toLongLong();
        a.workerId = workerId;
        a.roleTypeId = r.value(1).toLongLong();
        a.roleName = r.value(2).toString();
        a.payBasis = r.value(3).toString();
        a.hoursPerWeek = rows::toOptionalDouble(r.value(4));
        a.fundingSource = r.value(5).toString();
        a.fundingEndsOn = rows::toDate(r.value(6));
        a.startsOn = rows::toDate(r.value(7));
        a.endsOn = rows::toDate(r.value(8));
        out << a;
    }
    return out;
}

Result<qint64> WorkforceService::saveRole(const Actor& actor, const RoleAssignment& a)
{
    if (Status s = requireWorker(a.workerId); !s) {
        return s.error();
    }
    return checkedSave(m_db, actor, a, QStringLiteral("worker_role"),
        { { QStringLiteral("worker_id"), a.workerId }, { QStringLiteral("role_type_id"), a.roleTypeId },
            { QStringLiteral("pay_basis"), a.payBasis },
            { QStringLiteral("hours_per_week"), rows::optional(a.hoursPerWeek) },
            { QStringLiteral("funding_source"), rows::text(a.fundingSource) },
            { QStringLiteral("funding_ends_on"), rows::date(a.fundingEndsOn) },
            { QStringLiteral("starts_on"), rows::date(a.startsOn) },
            { QStringLiteral("ends_on"), rows::date(a.endsOn) } });
}

Status WorkforceService::removeRole(const Actor& actor, qint64 id)
{
    return checkedRemove(m_db, actor, QStringLiteral("worker_role"), id);
}

// ---- recruitment -------------------------------------------------------------------------------

Result<QList<RecruitmentStep>> WorkforceService::steps(const Actor& actor, bool includeDisabled) const
{
    Q_UNUSED(actor)
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, name, position, enabled FROM recruitment_step %1 ORDER BY position, id")
            .arg(includeDisabled ? QString() : QStringLiteral("WHERE enabled = 1")),
        {}, QStringLiteral("read recruitment steps"));
    if (!q) {
        return q.error();
    }
    QList<RecruitmentStep> out;
    while (q.value().next()) {
        out << RecruitmentStep { q.value().value(0).toLongLong(), q.value().value(1).toString(),
            q.value().value(2).toInt(), q.value().value(3).toInt() != 0 };
    }
    return out;
}

Result<qint64> WorkforceService::saveStep(const Actor& actor, const RecruitmentStep& step)
{
    if (Status s = Permissions::require(actor, Action::EditCatalogues); !s) {
        return AuditLog(m_db).refused(actor, s, QStringLiteral("recruitment_step")).error();
    }
    if (step.name.trimmed().isEmpty()) {
        return invalidInput(tr("Enter a name for the recruitment step."));
    }
    auto clash
        = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM recruitment_step WHERE LOWER(name) = ? AND id <> ?"),
            { step.name.trimmed().toLower(), step.id });
    if (!clash) {
        return clash.error();
    }
    if (clash.value().toInt() > 0) {
        return invalidInput(tr("There is already a step called \"%1\". Choose another name.").arg(step.name.trimmed()));
    }
    return rows::save(m_db, actor, QStringLiteral("recruitment_step"), step.id,
        { { QStringLiteral("name"), step.name.trimmed() }, { QStringLiteral("position"), step.position },
            { QStringLiteral("enabled"), step.enabled ? 1 : 0 } });
}

Result<QList<StepRecord>> WorkforceService::stepRecords(const Actor& actor, qint64 workerId) const
{
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT ws.id, ws.step_id, ws.done_on, ws.done_by, ws.note FROM worker_step ws JOIN "
                       "recruitment_step s ON s.id = ws.step_id WHERE ws.worker_id = ? ORDER BY s.position, s.id"),
        { workerId }, QStringLiteral("read recruitment steps"));
    if (!q) {
        return q.error();
    }
    QList<StepRecord> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << StepRecord { r.value(0).toLongLong(), workerId, r.value(1).toLongLong(), rows::toDate(r.value(2)),
            r.value(3).toString(), r.value(4).toString() };
    }
    return out;
}

Result<qint64> WorkforceService::saveStepRecord(const Actor& actor, const StepRecord& record)
{
    if (Status s = requireWorker(record.workerId); !s) {
        return s.error();
    }
    StepRecord r = record;
    if (r.doneBy.trimmed().isEmpty()) {
        r.doneBy = actor.shownName();
    }
    if (r.id == 0) {
        // One record per step and person: marking a step done again corrects the existing one.
        auto existing = sql::scalar(m_db,
            QStringLiteral("SELECT id FROM worker_step WHERE worker_id = ? AND step_id = ?"), { r.workerId, r.stepId });
        if (!existing) {
            return existing.error();
        }
        r.id = existing.value().toLongLong();
    }
    return checkedSave(m_db, actor, r, QStringLiteral("worker_step"),
        { { QStringLiteral("worker_id"), r.workerId }, { QStringLiteral("step_id"), r.stepId },
            { QStringLiteral("done_on"), rows::date(r.doneOn) }, { QStringLiteral("done_by"), rows::text(r.doneBy) },
            { QStringLiteral("note"), rows::text(r.note) } });
}

Status WorkforceService::removeStepRecord(const Actor& actor, qint64 id)
{
    return checkedRemove(m_db, actor, QStringLiteral("worker_step"), id);
}

Result<QList<Reference>> WorkforceService::references(const Actor& actor, qint64 workerId) const
{
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, referee_name, relationship, contact, requested_on, received_on, satisfactory, note "
                       "FROM worker_reference WHERE worker_id = ? ORDER BY id"),
        { workerId }, QStringLiteral("read references"));
    if (!q) {
        return q.error();
    }
    QList<Reference> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Reference ref;
        ref.id = r.value(0).toLongLong();
        ref.workerId = workerId;
        ref.refereeName = r.value(1).toString();
        ref.relationship = r.value(2).toString();
        ref.contact = r.value(3).toString();
        ref.requestedOn = rows::toDate(r.value(4));
        ref.receivedOn = rows::toDate(r.value(5));
        if (!r.value(6).isNull()) {
            ref.satisfactory = r.value(6).toInt() != 0;
        }
        ref.note = r.value(7).toString();
        out << ref;
    }
    return out;
}

Result<qint64> WorkforceService::saveReference(const Actor& actor, const Reference& r)
{
    if (Status s = requireWorker(r.workerId); !s) {
        return s.error();
    }
    return checkedSave(m_db, actor, r, QStringLiteral("worker_reference"),
        { { QStringLiteral("worker_id"), r.workerId }, { QStringLiteral("referee_name"), r.refereeName.trimmed() },
            { QStringLiteral("relationship"), rows::text(r.relationship) },
            { QStringLiteral("contact"), rows::text(r.contact) },
            { QStringLiteral("requested_on"), rows::date(r.requestedOn) },
            { QStringLiteral("received_on"), rows::date(r.receivedOn) },
            { QStringLiteral("satisfactory"), r.satisfactory ? QVariant(*r.satisfactory ? 1 : 0) : QVariant() },
            { QStringLiteral("note"), rows::text(r.note) } });
}

Status WorkforceService::removeReference(const Actor& actor, qint64 id)
{
    return checkedRemove(m_db, actor, QStringLiteral("worker_reference"), id);
}

Result<QList<DbsCheck>> WorkforceService::dbsChecks(const Actor& actor, qint64 workerId) const
{
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return s.error();
    }
    auto settings = SettingsService(m_db).load(actor);
    if (!settings) {
        return settings.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, level, certificate_number, issued_on, update_service, recheck_due_on, note "
                       "FROM dbs_check WHERE worker_id = ? ORDER BY issued_on DESC, id DESC"),
        { workerId }, QStringLiteral("read DBS checks"));
    if (!q) {
        return q.error();
    }
    QList<DbsCheck> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        DbsCheck c;
        c.id = r.value(0).toLongLong();
        c.workerId = workerId;
        c.level = r.value(1).toString();
        c.certificateNumber = r.value(2).toString();
        c.issuedOn = rows::toDate(r.value(3));
        c.updateService = r.value(4).toInt() != 0;
        c.recheckDueOn = rows::toDate(r.value(5));
        c.note = r.value(6).toString();
        c.effectiveRecheck = dbsRecheckDate(c, settings.value().dbsRecheckMonths);
        out << c;
    }
    return out;
}

Result<qint64> WorkforceService::saveDbsCheck(const Actor& actor, const DbsCheck& c)
{
    if (Status s = requireWorker(c.workerId); !s) {
        return s.error();
    }
    return checkedSave(m_db, actor, c, QStringLiteral("dbs_check"),
        { { QStringLiteral("worker_id"), c.workerId }, { QStringLiteral("level"), c.level },
            { QStringLiteral("certificate_number"), rows::text(c.certificateNumber) },
            { QStringLiteral("issued_on"), rows::date(c.issuedOn) },
            { QStringLiteral("update_service"), c.updateService ? 1 : 0 },
            { QStringLiteral("recheck_due_on"), rows::date(c.recheckDueOn) },
            { QStringLiteral("note"), rows::text(c.note) } });
}

Status WorkforceService::removeDbsCheck(const Actor& actor, qint64 id)
{
    return checkedRemove(m_db, actor, QStringLiteral("dbs_check"), id);
}

// ---- hours -------------------------------------------------------------------------------------

Result<QList<HoursEntry>> WorkforceService::hours(const Actor& actor, qint64 workerId) const
{
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, worked_on, hours, activity FROM volunteer_hours WHERE worker_id = ? "
                       "ORDER BY worked_on DESC, id DESC"),
        { workerId }, QStringLiteral("read hours"));
    if (!q) {
        return q.error();
    }
    QList<HoursEntry> out;
    while (q.value().next()) {
        out << HoursEntry { q.value().value(0).toLongLong(), workerId, rows::toDate(q.value().value(1)),
            q.value().value(2).toDouble(), q.value().value(3).toString() };
    }
    return out;
}

Result<qint64> WorkforceService::saveHours(const Actor& actor, const HoursEntry& e)
{
    if (Status s = requireWorker(e.workerId); !s) {
        return s.error();
    }
    return checkedSave(m_db, actor, e, QStringLiteral("volunteer_hours"),
        { { QStringLiteral("worker_id"), e.workerId }, { QStringLiteral("worked_on"), rows::date(e.workedOn) },
            { QStringLiteral("hours"), e.hours }, { QStringLiteral("activity"), rows::text(e.activity) } });
}

Status WorkforceService::removeHours(const Actor& actor, qint64 id)
{
    return checkedRemove(m_db, actor, QStringLiteral("volunteer_hours"), id);
}

Result<QList<MonthlyHours>> WorkforceService::monthlyHours(
    const Actor& actor, qint64 workerId, const QDate& from, const QDate& to) const
{
    if (Status s = Permissions::require(actor, workerId ? Action::OpenWorkerRecords : Action::RunAggregateReports);
        !s) {
        return s.error();
    }
    auto settings = SettingsService(m_db).load(actor);
    if (!settings) {
        return settings.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT SUBSTR(worked_on, 1, 7), SUM(hours), COUNT(*) FROM volunteer_hours "
                       "WHERE worked_on BETWEEN ? AND ? AND (? = 0 OR worker_id = ?) GROUP BY 1 ORDER BY 1"),
        { rows::date(from), rows::date(to), workerId, workerId }, QStringLiteral("total hours"));
    if (!q) {
        return q.error();
    }
    QList<MonthlyHours> out;
    while (q.value().next()) {
        const QString ym = q.value().value(0).toString();
        MonthlyHours m;
        m.year = ym.left(4).toInt();
        m.month = ym.mid(5, 2).toInt();
        m.hours = q.value().value(1).toDouble();
        m.entries = q.value().value(2).toInt();
        m.valuePence = std::llround(m.hours * settings.value().hourlyRatePence);
        out << m;
    }
    return out;
}

// ---- lived experience --------------------------------------------------------------------------

Result<std::optional<LivedExperience>> WorkforceService::livedExperience(const Actor& actor, qint64 workerId)
{
    AuditLog log(m_db);
    const QString id = QString::number(workerId);
    if (Status s = Permissions::require(actor, Action::ViewLivedExperience); !s) {
        return log.refused(actor, s, QStringLiteral("worker_lived_experience"), id).error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT consent_on, areas, disclosure, note FROM worker_lived_experience WHERE worker_id = ?"),
        { workerId }, QStringLiteral("read lived experience"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return std::optional<LivedExperience>();
    }
    LivedExperience r;
    r.workerId = workerId;
    r.consentOn = rows::toDate(q.value().value(0));
    r.areas = q.value().value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.disclosure = q.value().value(2).toString();
    r.note = q.value().value(3).toString();
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kView), QStringLiteral("worker_lived_experience"), id,
                { QStringLiteral("areas"), QStringLiteral("disclosure"), QStringLiteral("note") }, {} });
        !s) {
        return s.error();
    }
    return std::optional<LivedExperience>(r);
}

Status WorkforceService::saveLivedExperience(const Actor& actor, const LivedExperience& r)
{
    AuditLog log(m_db);
    const QString id = QString::number(r.workerId);
    for (Action a : { Action::EditRecords, Action::ViewLivedExperience }) {
        if (Status s = Permissions::require(actor, a); !s) {
            return log.refused(actor, s, QStringLiteral("worker_lived_experience"), id);
        }
    }
    if (Status v = validate(r); !v) {
        return v;
    }
    if (Status s = requireWorker(r.workerId); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto existing = sql::scalar(
        m_db, QStringLiteral("SELECT COUNT(*) FROM worker_lived_experience WHERE worker_id = ?"), { r.workerId });
    if (!existing) {
        return existing.status();
    }
    const bool update = existing.value().toInt() > 0;
    QStringList areas = r.areas;
    areas.removeDuplicates();
    const QVariantList values { rows::date(r.consentOn), areas.join(QLatin1Char(',')), rows::text(r.disclosure),
        rows::text(r.note), Clock::instance().now().toUTC().toString(Qt::ISODateWithMs), r.workerId };
    auto q = rows::query(m_db,
        update ? QStringLiteral("UPDATE worker_lived_experience SET consent_on = ?, areas = ?, disclosure = ?, "
                                "note = ?, updated_at = ? WHERE worker_id = ?")
               : QStringLiteral("INSERT INTO worker_lived_experience (consent_on, areas, disclosure, note, updated_at, "
                                "worker_id) VALUES (?, ?, ?, ?, ?, ?)"),
        values, QStringLiteral("save lived experience"));
    if (!q) {
        return q.error();
    }
    if (Status s = log.record(actor,
            { QString::fromLatin1(update ? AuditLog::kUpdate : AuditLog::kCreate),
                QStringLiteral("worker_lived_experience"), id,
                { QStringLiteral("consent_on"), QStringLiteral("areas"), QStringLiteral("disclosure"),
                    QStringLiteral("note") },
                {} });
        !s) {
        return s;
    }
    return tx.commit();
}

Status WorkforceService::removeLivedExperience(const Actor& actor, qint64 workerId)
{
    AuditLog log(m_db);
    const QString id = QString::number(workerId);
    for (Action a : { Action::EditRecords, Action::ViewLivedExperience }) {
        if (Status s = Permissions::require(actor, a); !s) {
            return log.refused(actor, s, QStringLiteral("worker_lived_experience"), id);
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto q = rows::query(m_db, QStringLiteral("DELETE FROM worker_lived_experience WHERE worker_id = ?"), { workerId },
        QStringLiteral("remove lived experience"));
    if (!q) {
        return q.error();
    }
    if (q.value().numRowsAffected() > 0) {
        if (Status s = log.record(actor,
                { QString::fromLatin1(AuditLog::kDelete), QStringLiteral("worker_lived_experience"), id, {}, {} });
            !s) {
            return s;
        }
    }
    return tx.commit();
}

} // namespace alongside::core
