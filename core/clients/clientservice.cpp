#include "clientservice.h"

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

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

QString joinName(const QString& family, const QString& given)
{
    if (family.trimmed().isEmpty()) {
        return given.trimmed();
    }
    return family.trimmed() + QStringLiteral(", ") + given.trimmed();
}

QString displayName(const QSqlQuery& r, int first)
{
    return WorkforceService::displayName(
        r.value(first).toString(), r.value(first + 1).toString(), r.value(first + 2).toString());
}

const QStringList kCategories = { QStringLiteral("self"), QStringLiteral("internal"), QStringLiteral("external") };
const QStringList kTriage = { QStringLiteral("accepted"), QStringLiteral("signposted"), QStringLiteral("declined"),
    QStringLiteral("not_eligible"), QStringLiteral("waiting") };
const QStringList kKinds = { QStringLiteral("mentoring"), QStringLiteral("connect"), QStringLiteral("course"),
    QStringLiteral("group"), QStringLiteral("other") };
const QStringList kEndings = { QStringLiteral("planned"), QStringLiteral("disengaged"), QStringLiteral("moved_away"),
    QStringLiteral("referred_on"), QStringLiteral("other") };
const QStringList kMatchEndings = { QStringLiteral("planned"), QStringLiteral("disengaged"),
    QStringLiteral("moved_away"), QStringLiteral("referred_on"), QStringLiteral("rematched"),
    QStringLiteral("mentor_unavailable"), QStringLiteral("other") };
const QStringList kModes = { QStringLiteral("face_to_face"), QStringLiteral("telephone"), QStringLiteral("video"),
    QStringLiteral("home_visit"), QStringLiteral("group") };
const QStringList kAttendance = { QStringLiteral("attended"), QStringLiteral("did_not_attend"),
    QStringLiteral("cancelled_by_client"), QStringLiteral("cancelled_by_service") };
const QStringList kPurposes = { QStringLiteral("service"), QStringLiteral("evaluation"), QStringLiteral("sharing"),
    QStringLiteral("contact"), QStringLiteral("story") };
const QStringList kClientStatuses = { QStringLiteral("waiting"), QStringLiteral("open"), QStringLiteral("closed") };
const QStringList kMatchStatuses = { QStringLiteral("proposed"), QStringLiteral("active"), QStringLiteral("ended") };
// Triage outcomes after which nobody is waiting for a service.
const QStringList kTriageClosed
    = { QStringLiteral("signposted"), QStringLiteral("declined"), QStringLiteral("not_eligible") };

constexpr int kMaxText = 2000;
constexpr int kMaxShortText = 200;
constexpr int kMaxSessionMinutes = 600;

Status futureDate(const QString& what)
{
    return invalidInput(
        ClientService::tr("%1 is in the future. Enter the date it happened, on or before today.").arg(what));
}

/** The referral date and client of an episode; NotFound if there is no such episode. */
struct EpisodeContext
{
    qint64 clientId = 0;
    qint64 referralId = 0;
    QDate referredOn;
    QDate startsOn;
    QDate endedOn;
    qint64 componentId = 0;
    QString componentName;
    QString kind;
};

Result<EpisodeContext> episodeContext(Database& db, qint64 episodeId)
{
    auto q = rows::query(db,
        QStringLiteral("SELECT r.client_id, r.id, r.referred_on, e.starts_on, e.ended_on, e.component_id, sc.name, "
                       "sc.kind FROM episode e JOIN referral r ON r.id = e.referral_id JOIN service_component sc ON "
                       "sc.id = e.component_id WHERE e.id = ?"),
        { episodeId }, QStringLiteral("read an episode"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error { Error::Code::NotFound,
            ClientService::tr("This episode no longer exists: it may have been removed. Close the record and open it "
                              "again."),
            QString::number(episodeId) };
    }
    const QSqlQuery& r = q.value();
    return EpisodeContext { r.value(0).toLongLong(), r.value(1).toLongLong(), rows::toDate(r.value(2)),
        rows::toDate(r.value(3)), rows::toDate(r.value(4)), r.value(5).toLongLong(), r.value(6).toString(),
        r.value(7).toString() };
}

Status requireRow(Database& db, const QString& table, qint64 id, const QString& message)
{
    auto n = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(table), { id });
    if (!n) {
        return n.status();
    }
    if (n.value().toInt() == 0) {
        return Error { Error::Code::NotFound, message, QString::number(id) };
    }
    return Status::ok();
}

Status requireClient(Database& db, qint64 clientId)
{
    return requireRow(db, QStringLiteral("client"), clientId,
        ClientService::tr("This person's record no longer exists: it may have been erased."));
}

/** The session's checks that need the database: its referral and episode dates. */
Status checkSessionDates(const EpisodeContext& e, const QDate& heldOn)
{
    if (heldOn < e.referredOn) {
        return invalidInput(ClientService::tr("The session on %1 is before this person was referred (%2). Check the "
                                              "date: a session can only follow the referral.")
                                .arg(shortDate(heldOn), shortDate(e.referredOn)));
    }
    if (heldOn < e.startsOn) {
        return invalidInput(ClientService::tr("The session on %1 is before the %2 episode started (%3). Check the "
                                              "date, or change the episode's start first.")
                                .arg(shortDate(heldOn), e.componentName, shortDate(e.startsOn)));
    }
    if (e.endedOn.isValid() && heldOn > e.endedOn) {
        return invalidInput(ClientService::tr("The session on %1 is after the %2 episode ended (%3). Check the date, "
                                              "or change the episode's end first.")
                                .arg(shortDate(heldOn), e.componentName, shortDate(e.endedOn)));
    }
    return Status::ok();
}

QList<Field> personFields(const ClientProfile& p)
{
    return { { QStringLiteral("given_name"), p.givenName.trimmed() },
        // NOT NULL: an empty family name is stored as ''.
        { QStringLiteral("family_name"),
            p.familyName.trimmed().isEmpty() ? QStringLiteral("") : p.familyName.trimmed() },
        { QStringLiteral("known_as"), rows::text(p.knownAs) },
        { QStringLiteral("date_of_birth"), rows::date(p.dateOfBirth) },
        { QStringLiteral("email"), rows::text(p.email) }, { QStringLiteral("phone"), rows::text(p.phone) },
        { QStringLiteral("address"), rows::text(p.address) },
        { QStringLiteral("postcode"), rows::text(p.postcode.toUpper()) },
        { QStringLiteral("gender"), rows::text(p.gender) }, { QStringLiteral("ethnicity"), rows::text(p.ethnicity) },
        { QStringLiteral("reference"), rows::text(p.reference) } };
}

QList<Field> clientFields(const ClientProfile& p)
{
    return { { QStringLiteral("risk_note"), rows::text(p.riskNote) },
        { QStringLiteral("risk_updated_on"), rows::date(p.riskNote.trimmed().isEmpty() ? QDate() : p.riskUpdatedOn) },
        { QStringLiteral("languages"), rows::text(p.languages) },
        { QStringLiteral("availability"), rows::text(p.availability.join(QLatin1Char(','))) },
        { QStringLiteral("needs_home_visits"), p.needsHomeVisits ? 1 : 0 },
        { QStringLiteral("wanted_gender"), rows::text(p.wantedGender) },
        { QStringLiteral("wanted_shared_areas"), rows::text(p.wantedSharedAreas.join(QLatin1Char(','))) },
        { QStringLiteral("wants_shared_ethnicity"), p.wantsSharedEthnicity ? 1 : 0 },
        { QStringLiteral("wants_shared_language"), p.wantsSharedLanguage ? 1 : 0 },
        { QStringLiteral("preference_note"), rows::text(p.preferenceNote) } };
}

QStringList splitKeys(const QVariant& v)
{
    return v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QList<Field> referralFields(const Referral& r)
{
    return { { QStringLiteral("client_id"), r.clientId }, { QStringLiteral("referred_on"), rows::date(r.referredOn) },
        { QStringLiteral("source_category"), r.sourceCategory },
        { QStringLiteral("source_id"), r.sourceId ? QVariant(r.sourceId) : QVariant() },
        { QStringLiteral("source_detail"), rows::text(r.sourceDetail) },
        { QStringLiteral("reason"), rows::text(r.reason) },
        { QStringLiteral("triage_outcome"), rows::text(r.triageOutcome) },
        { QStringLiteral("triage_on"), rows::date(r.triageOn) },
        { QStringLiteral("triage_note"), rows::text(r.triageNote) } };
}

Status checkSource(Database& db, const Referral& r)
{
    if (r.sourceId == 0) {
        return Status::ok();
    }
    auto category
        = sql::scalar(db, QStringLiteral("SELECT category FROM referral_source WHERE id = ?"), { r.sourceId });
    if (!category) {
        return category.status();
    }
    if (category.value().toString() != r.sourceCategory) {
        return invalidInput(ClientService::tr("The referral source chosen is not one of the %1 sources. Choose the "
                                              "source again.")
                                .arg(ClientService::sourceCategoryName(r.sourceCategory).toLower()));
    }
    return Status::ok();
}

} // namespace

// ---- names -------------------------------------------------------------------------------------

QStringList ClientService::sourceCategoryKeys()
{
    return kCategories;
}

QString ClientService::sourceCategoryName(const QString& key)
{
    if (key == QLatin1String("self")) {
        return tr("Self-referral");
    }
    if (key == QLatin1String("internal")) {
        return tr("Internal (another service of the charity)");
    }
    if (key == QLatin1String("external")) {
        return tr("External (another organisation)");
    }
    return key;
}

QStringList ClientService::triageOutcomeKeys()
{
    return kTriage;
}

QString ClientService::triageOutcomeName(const QString& key)
{
    if (key == QLatin1String("accepted")) {
        return tr("Accepted");
    }
    if (key == QLatin1String("signposted")) {
        return tr("Signposted elsewhere");
    }
    if (key == QLatin1String("declined")) {
        return tr("Declined by the person");
    }
    if (key == QLatin1String("not_eligible")) {
        return tr("Not eligible");
    }
    if (key == QLatin1String("waiting")) {
        return tr("On the waiting list");
    }
    if (key.isEmpty()) {
        return tr("Not yet triaged");
    }
    return key;
}

QStringList ClientService::componentKindKeys()
{
    return kKinds;
}

QString ClientService::componentKindName(const QString& key)
{
    if (key == QLatin1String("mentoring")) {
        return tr("1:1 mentoring (needs a mentor)");
    }
    if (key == QLatin1String("connect")) {
        return tr("1:1 short-term support");
    }
    if (key == QLatin1String("course")) {
        return tr("Course");
    }
    if (key == QLatin1String("group")) {
        return tr("Group");
    }
    if (key == QLatin1String("other")) {
        return tr("Other");
    }
    return key;
}

QStringList ClientService::endingReasonKeys()
{
    return kEndings;
}

QStringList ClientService::matchEndingReasonKeys()
{
    return kMatchEndings;
}

QString ClientService::endingReasonName(const QString& key)
{
    if (key == QLatin1String("planned")) {
        return tr("Planned ending");
    }
    if (key == QLatin1String("disengaged")) {
        return tr("Stopped coming");
    }
    if (key == QLatin1String("moved_away")) {
        return tr("Moved away");
    }
    if (key == QLatin1String("referred_on")) {
        return tr("Referred on");
    }
    if (key == QLatin1String("rematched")) {
        return tr("Re-matched with another mentor");
    }
    if (key == QLatin1String("mentor_unavailable")) {
        return tr("Mentor no longer available");
    }
    if (key == QLatin1String("other")) {
        return tr("Other reason");
    }
    return key;
}

QStringList ClientService::modeKeys()
{
    return kModes;
}

QString ClientService::modeName(const QString& key)
{
    if (key == QLatin1String("face_to_face")) {
        return tr("Face to face");
    }
    if (key == QLatin1String("telephone")) {
        return tr("Telephone");
    }
    if (key == QLatin1String("video")) {
        return tr("Video");
    }
    if (key == QLatin1String("home_visit")) {
        return tr("Home visit");
    }
    if (key == QLatin1String("group")) {
        return tr("Group");
    }
    return key;
}

QStringList ClientService::attendanceKeys()
{
    return kAttendance;
}

QString ClientService::attendanceName(const QString& key)
{
    if (key == QLatin1String("attended")) {
        return tr("Attended");
    }
    if (key == QLatin1String("did_not_attend")) {
        return tr("Did not attend");
    }
    if (key == QLatin1String("cancelled_by_client")) {
        return tr("Cancelled by the person");
    }
    if (key == QLatin1String("cancelled_by_service")) {
        return tr("Cancelled by the service");
    }
    return key;
}

QStringList ClientService::consentPurposeKeys()
{
    return kPurposes;
}

QString ClientService::consentPurposeName(const QString& key)
{
    if (key == QLatin1String("service")) {
        return tr("Receiving the service");
    }
    if (key == QLatin1String("evaluation")) {
        return tr("Anonymised use for evaluation");
    }
    if (key == QLatin1String("sharing")) {
        return tr("Sharing with named services");
    }
    if (key == QLatin1String("contact")) {
        return tr("Ways of contact");
    }
    if (key == QLatin1String("story")) {
        return tr("Use of their story");
    }
    return key;
}

QStringList ClientService::clientStatusKeys()
{
    return kClientStatuses;
}

QString ClientService::clientStatusName(const QString& key)
{
    if (key == QLatin1String("waiting")) {
        return tr("Waiting");
    }
    if (key == QLatin1String("open")) {
        return tr("Being supported");
    }
    if (key == QLatin1String("closed")) {
        return tr("Closed");
    }
    return key;
}

QStringList ClientService::matchStatusKeys()
{
    return kMatchStatuses;
}

QString ClientService::matchStatusName(const QString& key)
{
    if (key == QLatin1String("proposed")) {
        return tr("Proposed");
    }
    if (key == QLatin1String("active")) {
        return tr("Active");
    }
    if (key == QLatin1String("ended")) {
        return tr("Ended");
    }
    return key;
}

// ---- validation --------------------------------------------------------------------------------

Status ClientService::validate(const ClientProfile& p)
{
    if (p.givenName.trimmed().isEmpty()) {
        return invalidInput(tr("Enter the person's first name (or the name they use)."));
    }
    for (const QString* s :
        { &p.givenName, &p.familyName, &p.knownAs, &p.email, &p.phone, &p.postcode, &p.languages, &p.reference }) {
        if (s->trimmed().size() > kMaxShortText) {
            return invalidInput(tr("\"%1…\" is too long: keep names and contact details under %2 characters.")
                                    .arg(s->left(20))
                                    .arg(kMaxShortText));
        }
    }
    for (const QString* s : { &p.address, &p.riskNote, &p.preferenceNote }) {
        if (s->size() > kMaxText) {
            return invalidInput(tr("A note is too long: keep it under %1 characters.").arg(kMaxText));
        }
    }
    if (p.dateOfBirth.isValid() && p.dateOfBirth > today()) {
        return futureDate(tr("The date of birth"));
    }
    if (p.dateOfBirth.isValid() && p.dateOfBirth < QDate(1900, 1, 1)) {
        return invalidInput(tr("The date of birth is before 1900. Check the year."));
    }
    if (!p.gender.isEmpty() && !Demographics::genderKeys().contains(p.gender)) {
        return invalidInput(tr("Choose the gender from the list, or \"Not stated\"."));
    }
    if (!p.ethnicity.isEmpty() && !Demographics::ethnicityKeys().contains(p.ethnicity)) {
        return invalidInput(tr("Choose the ethnic group from the list, or \"Not stated\"."));
    }
    if (!p.wantedGender.isEmpty() && !Demographics::genderKeys().contains(p.wantedGender)) {
        return invalidInput(tr("Choose the mentor's gender the person would like from the list."));
    }
    for (const QString& slot : p.availability) {
        if (!Demographics::slotKeys().contains(slot)) {
            return invalidInput(tr("\"%1\" is not a time of the week Alongside knows.").arg(slot));
        }
    }
    for (const QString& area : p.wantedSharedAreas) {
        if (!WorkforceService::livedExperienceAreaKeys().contains(area)) {
            return invalidInput(tr("\"%1\" is not an area of lived experience Alongside knows.").arg(area));
        }
    }
    if (!p.riskNote.trimmed().isEmpty() && p.riskUpdatedOn.isValid() && p.riskUpdatedOn > today()) {
        return futureDate(tr("The date the risk note was updated"));
    }
    return Status::ok();
}

Status ClientService::validate(const Referral& r, const QDate& today)
{
    if (!r.referredOn.isValid()) {
        return invalidInput(tr("Enter the date of the referral."));
    }
    if (r.referredOn > today) {
        return futureDate(tr("The referral date"));
    }
    if (!kCategories.contains(r.sourceCategory)) {
        return invalidInput(tr("Choose where the referral came from: self, internal or external."));
    }
    if (!r.triageOutcome.isEmpty() && !kTriage.contains(r.triageOutcome)) {
        return invalidInput(tr("Choose the triage outcome from the list."));
    }
    if (r.triageOn.isValid() && r.triageOn > today) {
        return futureDate(tr("The triage date"));
    }
    if (r.triageOn.isValid() && r.triageOn < r.referredOn) {
        return invalidInput(tr("The triage date is before the referral date. Check both dates."));
    }
    if (r.reason.size() > kMaxText || r.triageNote.size() > kMaxText || r.sourceDetail.size() > kMaxShortText) {
        return invalidInput(tr("A note is too long: keep it under %1 characters.").arg(kMaxText));
    }
    return Status::ok();
}

Status ClientService::validate(const Episode& e, const QDate& today)
{
    if (e.componentId == 0) {
        return invalidInput(tr("Choose the service this episode is in."));
    }
    if (!e.startsOn.isValid()) {
        return invalidInput(tr("Enter the date the episode started."));
    }
    if (e.startsOn > today) {
        return futureDate(tr("The start date"));
    }
    if (e.plannedEndOn.isValid() && e.plannedEndOn < e.startsOn) {
        return invalidInput(tr("The planned end is before the start. Check both dates."));
    }
    if (e.endedOn.isValid()) {
        if (e.endedOn < e.startsOn) {
            return invalidInput(tr("The end date is before the start. Check both dates."));
        }
        if (e.endedOn > today) {
            return futureDate(tr("The end date"));
        }
        if (!kEndings.contains(e.endingReason)) {
            return invalidInput(tr("Choose why the episode ended."));
        }
    } else if (!e.endingReason.isEmpty()) {
        return invalidInput(tr("An ending reason needs an end date. Enter the date the episode ended."));
    }
    if (e.endingNote.size() > kMaxText) {
        return invalidInput(tr("A note is too long: keep it under %1 characters.").arg(kMaxText));
    }
    return Status::ok();
}

Status ClientService::validate(const Session& s, const QDate& today)
{
    if (s.episodeId == 0) {
        return invalidInput(tr("Choose the episode (service) this session belongs to."));
    }
    if (!s.heldOn.isValid()) {
        return invalidInput(tr("Enter the date of the session."));
    }
    if (s.heldOn > today) {
        return invalidInput(tr("The session on %1 is in the future. Log sessions once they have happened; for a "
                               "planned session, log it on the day.")
                                .arg(shortDate(s.heldOn)));
    }
    if (s.durationMinutes && (*s.durationMinutes < 0 || *s.durationMinutes > kMaxSessionMinutes)) {
        return invalidInput(
            tr("A session lasts between 0 and %1 minutes. Check the duration.").arg(kMaxSessionMinutes));
    }
    if (!kModes.contains(s.mode)) {
        return invalidInput(
            tr("Choose how the session was held: face to face, telephone, video, home visit or group."));
    }
    if (!kAttendance.contains(s.attendance)) {
        return invalidInput(tr("Choose whether the person attended."));
    }
    if (s.note.size() > kMaxText) {
        return invalidInput(tr("The note is too long: keep it under %1 characters.").arg(kMaxText));
    }
    return Status::ok();
}

Status ClientService::validate(const Goal& g, const QDate& today)
{
    if (g.description.trimmed().isEmpty()) {
        return invalidInput(tr("Write the goal, in the person's own words."));
    }
    if (g.description.size() > kMaxText) {
        return invalidInput(tr("The goal is too long: keep it under %1 characters.").arg(kMaxText));
    }
    if (!g.setOn.isValid()) {
        return invalidInput(tr("Enter the date the goal was set."));
    }
    if (g.setOn > today) {
        return futureDate(tr("The date the goal was set"));
    }
    if (g.progress < 0 || g.progress > 100) {
        return invalidInput(tr("Progress is a percentage between 0 and 100."));
    }
    if (g.achievedOn.isValid() && g.achievedOn < g.setOn) {
        return invalidInput(tr("The goal was achieved before it was set. Check both dates."));
    }
    if (g.achievedOn.isValid() && g.achievedOn > today) {
        return futureDate(tr("The date the goal was achieved"));
    }
    return Status::ok();
}

Status ClientService::validate(const Consent& c, const QDate& today)
{
    if (!kPurposes.contains(c.purpose)) {
        return invalidInput(tr("Choose what the consent is for."));
    }
    if (!c.givenOn.isValid()) {
        return invalidInput(tr("Enter the date consent was given."));
    }
    if (c.givenOn > today) {
        return futureDate(tr("The date consent was given"));
    }
    if (c.withdrawnOn.isValid() && c.withdrawnOn < c.givenOn) {
        return invalidInput(tr("Consent was withdrawn before it was given. Check both dates."));
    }
    if (c.withdrawnOn.isValid() && c.withdrawnOn > today) {
        return futureDate(tr("The date consent was withdrawn"));
    }
    if (c.purpose == QLatin1String("sharing") && c.detail.trimmed().isEmpty()) {
        return invalidInput(tr("Name the services the person agreed their information may be shared with."));
    }
    if (c.detail.size() > kMaxText || c.note.size() > kMaxText) {
        return invalidInput(tr("A note is too long: keep it under %1 characters.").arg(kMaxText));
    }
    return Status::ok();
}

Status ClientService::validate(const ReferralSource& s)
{
    if (!kCategories.contains(s.category)) {
        return invalidInput(tr("Choose whether the source is self, internal or external."));
    }
    if (s.name.trimmed().isEmpty() || s.name.trimmed().size() > kMaxShortText) {
        return invalidInput(tr("Enter the name of the referral source (up to %1 characters).").arg(kMaxShortText));
    }
    return Status::ok();
}

Status ClientService::validate(const ServiceComponent& c)
{
    if (c.name.trimmed().isEmpty() || c.name.trimmed().size() > kMaxShortText) {
        return invalidInput(tr("Enter the name of the service (up to %1 characters).").arg(kMaxShortText));
    }
    if (!kKinds.contains(c.kind)) {
        return invalidInput(tr("Choose what kind of service it is."));
    }
    return Status::ok();
}

// ---- people supported --------------------------------------------------------------------------

Result<QList<ClientSummary>> ClientService::list(const Actor& actor, const QDate& asOf) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    const QString day = (asOf.isValid() ? asOf : today()).toString(Qt::ISODate);
    auto q = rows::query(m_db,
        QStringLiteral("SELECT c.id, p.id, p.given_name, p.family_name, p.known_as, c.risk_note, r.referred_on, "
                       "r.source_category, r.source_id, rs.name, r.triage_outcome, "
                       "(SELECT COUNT(*) FROM episode e WHERE e.referral_id = r.id) "
                       "FROM client c JOIN person p ON p.id = c.person_id "
                       "LEFT JOIN referral r ON r.id = (SELECT r2.id FROM referral r2 WHERE r2.client_id = c.id "
                       "  ORDER BY r2.referred_on DESC, r2.id DESC LIMIT 1) "
                       "LEFT JOIN referral_source rs ON rs.id = r.source_id "
                       "ORDER BY p.family_name, p.given_name, c.id"),
        {}, QStringLiteral("list people supported"));
    if (!q) {
        return q.error();
    }
    QList<ClientSummary> out;
    QHash<qint64, int> index;
    QHash<qint64, bool> latestReferralOpen; // no episode yet and not turned away: waiting
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        ClientSummary c;
        c.clientId = r.value(0).toLongLong();
        c.personId = r.value(1).toLongLong();
        c.name = displayName(r, 2);
        c.sortName = joinName(r.value(3).toString(), r.value(2).toString());
        c.hasRiskNote = !r.value(5).toString().trimmed().isEmpty();
        c.referredOn = rows::toDate(r.value(6));
        c.sourceCategory = r.value(7).toString();
        c.sourceId = r.value(8).toLongLong();
        c.sourceName = r.value(9).toString();
        latestReferralOpen.insert(
            c.clientId, r.value(11).toInt() == 0 && !kTriageClosed.contains(r.value(10).toString()));
        index.insert(c.clientId, int(out.size()));
        out << c;
    }

    // Episodes: open on the day, or else the latest.
    auto e = rows::query(m_db,
        QStringLiteral("SELECT r.client_id, e.component_id, sc.name, e.starts_on, e.ended_on FROM episode e "
                       "JOIN referral r ON r.id = e.referral_id JOIN service_component sc ON sc.id = e.component_id "
                       "WHERE e.starts_on <= ? ORDER BY r.client_id, e.starts_on, e.id"),
        { day }, QStringLiteral("list episodes"));
    if (!e) {
        return e.error();
    }
    QHash<qint64, QPair<qint64, QString>> latest;
    while (e.value().next()) {
        const QSqlQuery& r = e.value();
        const auto it = index.constFind(r.value(0).toLongLong());
        if (it == index.cend()) {
            continue;
        }
        ClientSummary& c = out[*it];
        const qint64 componentId = r.value(1).toLongLong();
        latest.insert(c.clientId, { componentId, r.value(2).toString() });
        const QString ended = r.value(4).toString();
        if ((ended.isEmpty() || ended >= day) && !c.componentIds.contains(componentId)) {
            c.componentIds << componentId;
            c.services << r.value(2).toString();
        }
    }
    for (ClientSummary& c : out) {
        // Open: an episode open on the day. Waiting: the latest referral has no episode yet and was not
        // turned away at triage. Closed: everything else.
        if (!c.componentIds.isEmpty()) {
            c.status = QStringLiteral("open");
        } else if (latestReferralOpen.value(c.clientId)) {
            c.status = QStringLiteral("waiting");
        } else {
            c.status = QStringLiteral("closed");
        }
        if (c.componentIds.isEmpty() && latest.contains(c.clientId)) {
            c.componentIds << latest.value(c.clientId).first;
            c.services << latest.value(c.clientId).second;
        }
    }

    // Mentors of the matches active on the day.
    auto m = rows::query(m_db,
        QStringLiteral("SELECT r.client_id, m.mentor_id, p.given_name, p.family_name, p.known_as FROM mentor_match m "
                       "JOIN episode e ON e.id = m.episode_id JOIN referral r ON r.id = e.referral_id "
                       "JOIN worker w ON w.id = m.mentor_id JOIN person p ON p.id = w.person_id "
                       "WHERE m.status <> 'proposed' AND m.started_on <= ? AND (m.ended_on IS NULL OR m.ended_on >= ?) "
                       "ORDER BY r.client_id, m.started_on"),
        { day, day }, QStringLiteral("list mentors"));
    if (!m) {
        return m.error();
    }
    while (m.value().next()) {
        const QSqlQuery& r = m.value();
        const auto it = index.constFind(r.value(0).toLongLong());
        if (it != index.cend() && !out[*it].mentorIds.contains(r.value(1).toLongLong())) {
            out[*it].mentorIds << r.value(1).toLongLong();
            out[*it].mentors << displayName(r, 2);
        }
    }

    auto s = rows::query(m_db,
        QStringLiteral("SELECT r.client_id, MAX(s.held_on), COUNT(*) FROM session s JOIN episode e ON e.id = "
                       "s.episode_id JOIN referral r ON r.id = e.referral_id WHERE s.attendance = 'attended' AND "
                       "s.held_on <= ? GROUP BY r.client_id"),
        { day }, QStringLiteral("count sessions"));
    if (!s) {
        return s.error();
    }
    while (s.value().next()) {
        const auto it = index.constFind(s.value().value(0).toLongLong());
        if (it != index.cend()) {
            out[*it].lastSession = rows::toDate(s.value().value(1));
            out[*it].sessionsAttended = s.value().value(2).toInt();
        }
    }
    return out;
}

Result<ClientProfile> ClientService::profile(const Actor& actor, qint64 clientId)
{
    AuditLog log(m_db);
    const QString id = QString::number(clientId);
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return log.refused(actor, s, QStringLiteral("client"), id).error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT p.id, p.given_name, p.family_name, p.known_as, p.date_of_birth, p.email, p.phone, "
                       "p.address, p.postcode, p.gender, p.ethnicity, c.risk_note, c.risk_updated_on, c.languages, "
                       "c.availability, c.needs_home_visits, c.wanted_gender, c.wanted_shared_areas, "
                       "c.wants_shared_ethnicity, c.wants_shared_language, c.preference_note, p.reference, "
                       "p.anonymised_on FROM client c JOIN person p ON p.id = c.person_id WHERE c.id = ?"),
        { clientId }, QStringLiteral("open the record of a person supported"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error { Error::Code::NotFound, tr("This person's record no longer exists: it may have been erased."),
            id };
    }
    const QSqlQuery& r = q.value();
    ClientProfile p;
    p.clientId = clientId;
    p.personId = r.value(0).toLongLong();
    p.givenName = r.value(1).toString();
    p.familyName = r.value(2).toString();
    p.knownAs = r.value(3).toString();
    p.dateOfBirth = rows::toDate(r.value(4));
    p.email = r.value(5).toString();
    p.phone = r.value(6).toString();
    p.address = r.value(7).toString();
    p.postcode = r.value(8).toString();
    p.gender = r.value(9).isNull() ? QString() : Demographics::genderKey(r.value(9).toString());
    p.ethnicity = r.value(10).toString();
    if (p.ethnicity == QLatin1String("prefer_not_to_say")) {
        p.ethnicity = QString::fromLatin1(Demographics::kNotStated);
    }
    p.riskNote = r.value(11).toString();
    p.riskUpdatedOn = rows::toDate(r.value(12));
    p.languages = r.value(13).toString();
    p.availability = splitKeys(r.value(14));
    p.needsHomeVisits = r.value(15).toInt() != 0;
    p.wantedGender = r.value(16).toString();
    p.wantedSharedAreas = splitKeys(r.value(17));
    p.wantsSharedEthnicity = r.value(18).toInt() != 0;
    p.wantsSharedLanguage = r.value(19).toInt() != 0;
    p.preferenceNote = r.value(20).toString();
    p.reference = r.value(21).toString();
    p.anonymisedOn = rows::toDate(r.value(22));
    if (Status s = log.record(actor,
            { QString::fromLatin1(AuditLog::kView), QStringLiteral("client"), id, { QStringLiteral("profile") }, {} });
        !s) {
        return s.error();
    }
    return p;
}

Result<QList<ClientDuplicate>> ClientService::possibleDuplicates(const Actor& actor, const ClientProfile& profile) const
{
    if (Status s = Permissions::require(actor, Action::FindPeople); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT p.id, c.id, p.given_name, p.family_name, p.known_as, p.date_of_birth, w.id "
                       "FROM person p LEFT JOIN client c ON c.person_id = p.id LEFT JOIN worker w ON "
                       "w.person_id = p.id WHERE LOWER(TRIM(p.given_name)) = ? AND LOWER(TRIM(p.family_name)) = ? "
                       "AND p.id <> ? AND (p.date_of_birth IS NULL OR ? IS NULL OR p.date_of_birth = ?) ORDER BY p.id"),
        { profile.givenName.trimmed().toLower(), profile.familyName.trimmed().toLower(), profile.personId,
            rows::date(profile.dateOfBirth), rows::date(profile.dateOfBirth) },
        QStringLiteral("look for duplicates"));
    if (!q) {
        return q.error();
    }
    QList<ClientDuplicate> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        ClientDuplicate d;
        d.personId = r.value(0).toLongLong();
        d.clientId = r.value(1).toLongLong();
        d.name = displayName(r, 2);
        d.dateOfBirth = rows::toDate(r.value(5));
        d.isWorker = !r.value(6).isNull();
        if ((d.clientId && !Permissions::allowed(actor.role, Action::OpenClientRecords))
            || (d.isWorker && !Permissions::allowed(actor.role, Action::OpenWorkerRecords))) {
            d.name = tr("Someone you cannot open");
        }
        out << d;
    }
    return out;
}

Result<qint64> ClientService::createClient(const Actor& actor, const ClientProfile& profile, const Referral& first)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("client")); !s) {
        return s.error();
    }
    if (Status v = validate(profile); !v) {
        return v.error();
    }
    if (Status v = validate(first, today()); !v) {
        return v.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    const QString now = nowStamp();
    qint64 personId = profile.personId;
    bool existingPerson = false;
    if (personId != 0) {
        auto found = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = ?"), { personId });
        if (!found) {
            return found.error();
        }
        existingPerson = found.value().toInt() > 0;
        if (existingPerson) {
            auto already
                = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM client WHERE person_id = ? AND id <> ?"),
                    { personId, profile.clientId });
            if (!already) {
                return already.error();
            }
            if (already.value().toInt() > 0) {
                return invalidInput(tr("%1 is already a person supported. Open their record and add the new "
                                       "referral there.")
                                        .arg(profile.givenName.trimmed()));
            }
        }
    }
    if (!existingPerson) {
        // A new person, or re-creating one whose adding was undone (same id).
        if (Status s = PersonService::checkReference(m_db, profile.reference, personId); !s) {
            return s.error();
        }
        QList<Field> person = personFields(profile);
        person << Field { QStringLiteral("created_at"), now } << Field { QStringLiteral("updated_at"), now };
        auto id = rows::save(m_db, actor, QStringLiteral("person"), personId, person);
        if (!id) {
            return id.error();
        }
        personId = id.value();
    }
    QList<Field> client = clientFields(profile);
    client << Field { QStringLiteral("person_id"), personId } << Field { QStringLiteral("created_at"), now }
           << Field { QStringLiteral("updated_at"), now };
    auto clientId = rows::save(m_db, actor, QStringLiteral("client"), profile.clientId, client);
    if (!clientId) {
        return clientId.error();
    }
    Referral referral = first;
    referral.clientId = clientId.value();
    if (Status s = checkSource(m_db, referral); !s) {
        return s.error();
    }
    if (auto r = rows::save(m_db, actor, QStringLiteral("referral"), referral.id, referralFields(referral)); !r) {
        return r.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return clientId.value();
}

Status ClientService::updateProfile(const Actor& actor, const ClientProfile& profile)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("client"), profile.clientId); !s) {
        return s;
    }
    if (Status v = validate(profile); !v) {
        return v;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto personId
        = sql::scalar(m_db, QStringLiteral("SELECT person_id FROM client WHERE id = ?"), { profile.clientId });
    if (!personId) {
        return personId.status();
    }
    if (personId.value().isNull()) {
        return requireClient(m_db, profile.clientId);
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
    if (auto p
        = rows::save(m_db, actor, QStringLiteral("person"), personId.value().toLongLong(), personFields(profile));
        !p) {
        return p.status();
    }
    if (auto c = rows::save(m_db, actor, QStringLiteral("client"), profile.clientId, clientFields(profile)); !c) {
        return c.status();
    }
    return tx.commit();
}

Status ClientService::removeClient(const Actor& actor, qint64 clientId)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("client"), clientId); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT c.person_id, (SELECT COUNT(*) FROM worker w WHERE w.person_id = c.person_id), "
                       "(SELECT COUNT(*) FROM session s JOIN episode e ON e.id = s.episode_id JOIN referral r ON "
                       "r.id = e.referral_id WHERE r.client_id = c.id) FROM client c WHERE c.id = ?"),
        { clientId }, QStringLiteral("check a person supported"));
    if (!q) {
        return q.status();
    }
    if (!q.value().next()) {
        return requireClient(m_db, clientId);
    }
    const qint64 personId = q.value().value(0).toLongLong();
    const bool isWorker = q.value().value(1).toInt() > 0;
    if (q.value().value(2).toInt() > 0) {
        return invalidInput(tr("This person already has sessions, so their record cannot be taken back. End their "
                               "episode instead."));
    }
    // Referrals, episodes, goals and matches cascade with the client row; the person goes too unless
    // they are also on the workforce.
    if (Status s = rows::remove(m_db, actor, QStringLiteral("client"), clientId); !s) {
        return s;
    }
    if (!isWorker) {
        if (Status s = rows::remove(m_db, actor, QStringLiteral("person"), personId); !s) {
            return s;
        }
    }
    return tx.commit();
}

// ---- referrals ---------------------------------------------------------------------------------

Result<QList<Referral>> ClientService::referrals(const Actor& actor, qint64 clientId) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT r.id, r.referred_on, r.source_category, r.source_id, rs.name, r.source_detail, "
                       "r.reason, r.triage_outcome, r.triage_on, r.triage_note FROM referral r LEFT JOIN "
                       "referral_source rs ON rs.id = r.source_id WHERE r.client_id = ? "
                       "ORDER BY r.referred_on DESC, r.id DESC"),
        { clientId }, QStringLiteral("read referrals"));
    if (!q) {
        return q.error();
    }
    QList<Referral> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Referral x;
        x.id = r.value(0).toLongLong();
        x.clientId = clientId;
        x.referredOn = rows::toDate(r.value(1));
        x.sourceCategory = r.value(2).toString();
        x.sourceId = r.value(3).toLongLong();
        x.sourceName = r.value(4).toString();
        x.sourceDetail = r.value(5).toString();
        x.reason = r.value(6).toString();
        x.triageOutcome = r.value(7).toString();
        x.triageOn = rows::toDate(r.value(8));
        x.triageNote = r.value(9).toString();
        out << x;
    }
    return out;
}

Result<qint64> ClientService::saveReferral(const Actor& actor, const Referral& referral)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("referral"), referral.id); !s) {
        return s.error();
    }
    if (Status v = validate(referral, today()); !v) {
        return v.error();
    }
    if (Status s = requireClient(m_db, referral.clientId); !s) {
        return s.error();
    }
    if (Status s = checkSource(m_db, referral); !s) {
        return s.error();
    }
    if (referral.id) {
        auto first = sql::scalar(m_db,
            QStringLiteral("SELECT MIN(d) FROM (SELECT e.starts_on AS d FROM episode e WHERE e.referral_id = ? "
                           "UNION ALL SELECT s.held_on FROM session s JOIN episode e ON e.id = s.episode_id "
                           "WHERE e.referral_id = ?)"),
            { referral.id, referral.id });
        if (!first) {
            return first.error();
        }
        const QDate earliest = rows::toDate(first.value());
        if (earliest.isValid() && earliest < referral.referredOn) {
            return invalidInput(tr("Support under this referral began on %1, before the new referral date. Check "
                                   "the date: a referral comes first.")
                                    .arg(shortDate(earliest)));
        }
    }
    return rows::save(m_db, actor, QStringLiteral("referral"), referral.id, referralFields(referral));
}

Status ClientService::removeReferral(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("referral"), id); !s) {
        return s;
    }
    auto n = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM episode WHERE referral_id = ?"), { id });
    if (!n) {
        return n.status();
    }
    if (n.value().toInt() > 0) {
        return invalidInput(tr("This referral has episodes of support. Remove those first, or keep the referral."));
    }
    auto others = sql::scalar(m_db,
        QStringLiteral("SELECT COUNT(*) FROM referral WHERE client_id = (SELECT client_id FROM referral WHERE id = ?) "
                       "AND id <> ?"),
        { id, id });
    if (!others) {
        return others.status();
    }
    if (others.value().toInt() == 0) {
        return invalidInput(tr("This is the person's only referral. Keep it; correct it if something is wrong."));
    }
    return rows::remove(m_db, actor, QStringLiteral("referral"), id);
}

// ---- episodes ----------------------------------------------------------------------------------

namespace {

Episode readEpisode(const QSqlQuery& r)
{
    Episode e;
    e.id = r.value(0).toLongLong();
    e.referralId = r.value(1).toLongLong();
    e.componentId = r.value(2).toLongLong();
    e.componentName = r.value(3).toString();
    e.componentKind = r.value(4).toString();
    e.startsOn = rows::toDate(r.value(5));
    e.plannedEndOn = rows::toDate(r.value(6));
    e.endedOn = rows::toDate(r.value(7));
    e.endingReason = r.value(8).toString();
    e.endingNote = r.value(9).toString();
    return e;
}

const char* const kEpisodeColumns = "SELECT e.id, e.referral_id, e.component_id, sc.name, sc.kind, e.starts_on, "
                                    "e.planned_end_on, e.ended_on, e.ending_reason, e.ending_note FROM episode e "
                                    "JOIN service_component sc ON sc.id = e.component_id ";

} // namespace

Result<QList<Episode>> ClientService::episodes(const Actor& actor, qint64 clientId) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QString::fromLatin1(kEpisodeColumns)
            + QStringLiteral("JOIN referral r ON r.id = e.referral_id WHERE r.client_id = ? "
                             "ORDER BY e.starts_on DESC, e.id DESC"),
        { clientId }, QStringLiteral("read episodes"));
    if (!q) {
        return q.error();
    }
    QList<Episode> out;
    while (q.value().next()) {
        out << readEpisode(q.value());
    }
    return out;
}

Result<Episode> ClientService::episode(const Actor& actor, qint64 episodeId) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db, QString::fromLatin1(kEpisodeColumns) + QStringLiteral("WHERE e.id = ?"), { episodeId },
        QStringLiteral("read an episode"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error { Error::Code::NotFound, tr("This episode no longer exists: it may have been removed."),
            QString::number(episodeId) };
    }
    return readEpisode(q.value());
}

Result<qint64> ClientService::saveEpisode(const Actor& actor, const Episode& episode)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("episode"), episode.id); !s) {
        return s.error();
    }
    const QDate now = today();
    if (Status v = validate(episode, now); !v) {
        return v.error();
    }
    auto referredOn
        = sql::scalar(m_db, QStringLiteral("SELECT referred_on FROM referral WHERE id = ?"), { episode.referralId });
    if (!referredOn) {
        return referredOn.error();
    }
    if (referredOn.value().isNull()) {
        return Error { Error::Code::NotFound, tr("The referral for this episode no longer exists."),
            QString::number(episode.referralId) };
    }
    const QDate referred = rows::toDate(referredOn.value());
    if (episode.startsOn < referred) {
        return invalidInput(tr("The episode starts on %1, before the referral on %2. Check the date: support follows "
                               "the referral.")
                                .arg(shortDate(episode.startsOn), shortDate(referred)));
    }
    if (Status s = requireRow(m_db, QStringLiteral("service_component"), episode.componentId,
            tr("The service chosen no longer exists. Choose another."));
        !s) {
        return s.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    if (episode.id) {
        auto range
            = rows::query(m_db, QStringLiteral("SELECT MIN(held_on), MAX(held_on) FROM session WHERE episode_id = ?"),
                { episode.id }, QStringLiteral("check the episode's sessions"));
        if (!range) {
            return range.error();
        }
        if (range.value().next() && !range.value().value(0).isNull()) {
            const QDate first = rows::toDate(range.value().value(0));
            const QDate last = rows::toDate(range.value().value(1));
            if (episode.startsOn > first) {
                return invalidInput(tr("This episode has a session on %1, before the new start date. Start it on or "
                                       "before that day, or correct the session first.")
                                        .arg(shortDate(first)));
            }
            if (episode.endedOn.isValid() && episode.endedOn < last) {
                return invalidInput(tr("This episode has a session on %1, after the new end date. End it on or after "
                                       "that day, or correct the session first.")
                                        .arg(shortDate(last)));
            }
        }
    }
    auto id = rows::save(m_db, actor, QStringLiteral("episode"), episode.id,
        { { QStringLiteral("referral_id"), episode.referralId },
            { QStringLiteral("component_id"), episode.componentId },
            { QStringLiteral("starts_on"), rows::date(episode.startsOn) },
            { QStringLiteral("planned_end_on"), rows::date(episode.plannedEndOn) },
            { QStringLiteral("ended_on"), rows::date(episode.endedOn) },
            { QStringLiteral("ending_reason"), rows::text(episode.endingReason) },
            { QStringLiteral("ending_note"), rows::text(episode.endingNote) } });
    if (!id) {
        return id.error();
    }
    if (episode.endedOn.isValid()) {
        // Support ends with the episode: its current match ends the same day, for the same reason.
        auto open = rows::query(m_db,
            QStringLiteral("SELECT id, status, started_on, proposed_on FROM mentor_match WHERE episode_id = ? AND "
                           "status <> 'ended'"),
            { id.value() }, QStringLiteral("read the episode's matches"));
        if (!open) {
            return open.error();
        }
        QList<qint64> toEnd;
        while (open.value().next()) {
            const QDate since
                = rows::toDate(open.value().value(open.value().value(1).toString() == QLatin1String("active") ? 2 : 3));
            if (since.isValid() && since > episode.endedOn) {
                return invalidInput(tr("This episode has a mentor match from %1, after the new end date. End the "
                                       "episode on or after that day.")
                                        .arg(shortDate(since)));
            }
            toEnd << open.value().value(0).toLongLong();
        }
        for (qint64 matchId : toEnd) {
            if (auto m = rows::save(m_db, actor, QStringLiteral("mentor_match"), matchId,
                    { { QStringLiteral("status"), QStringLiteral("ended") },
                        { QStringLiteral("ended_on"), rows::date(episode.endedOn) },
                        { QStringLiteral("ending_reason"), episode.endingReason } });
                !m) {
                return m.error();
            }
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Status ClientService::removeEpisode(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("episode"), id); !s) {
        return s;
    }
    auto n = sql::scalar(m_db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM session WHERE episode_id = ?) + "
                       "(SELECT COUNT(*) FROM mentor_match WHERE episode_id = ?)"),
        { id, id });
    if (!n) {
        return n.status();
    }
    if (n.value().toInt() > 0) {
        return invalidInput(tr("This episode has sessions or mentor matches. End it instead of removing it."));
    }
    return rows::remove(m_db, actor, QStringLiteral("episode"), id);
}

// ---- sessions ----------------------------------------------------------------------------------

Result<QList<Session>> ClientService::sessions(const Actor& actor, qint64 clientId) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT s.id, s.episode_id, s.held_on, s.duration_minutes, s.mode, s.attendance, s.worker_id, "
                       "p.given_name, p.family_name, p.known_as, s.note, s.group_session_id FROM session s "
                       "JOIN episode e ON e.id = s.episode_id JOIN referral r ON r.id = e.referral_id "
                       "LEFT JOIN worker w ON w.id = s.worker_id LEFT JOIN person p ON p.id = w.person_id "
                       "WHERE r.client_id = ? ORDER BY s.held_on DESC, s.id DESC"),
        { clientId }, QStringLiteral("read sessions"));
    if (!q) {
        return q.error();
    }
    QList<Session> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Session s;
        s.id = r.value(0).toLongLong();
        s.episodeId = r.value(1).toLongLong();
        s.heldOn = rows::toDate(r.value(2));
        s.durationMinutes = rows::toOptionalInt(r.value(3));
        s.mode = r.value(4).toString();
        s.attendance = r.value(5).toString();
        s.workerId = r.value(6).toLongLong();
        s.workerName = s.workerId ? displayName(r, 7) : QString();
        s.note = r.value(10).toString();
        s.groupSessionId = r.value(11).toLongLong();
        out << s;
    }
    return out;
}

Result<qint64> ClientService::saveSession(const Actor& actor, const Session& session)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("session"), session.id); !s) {
        return s.error();
    }
    if (Status v = validate(session, today()); !v) {
        return v.error();
    }
    auto context = episodeContext(m_db, session.episodeId);
    if (!context) {
        return context.error();
    }
    if (Status s = checkSessionDates(context.value(), session.heldOn); !s) {
        return s.error();
    }
    if (session.workerId) {
        if (Status s = requireRow(m_db, QStringLiteral("worker"), session.workerId,
                tr("The worker chosen is no longer on file. Choose another."));
            !s) {
            return s.error();
        }
    }
    QList<Field> fields = { { QStringLiteral("episode_id"), session.episodeId },
        { QStringLiteral("held_on"), rows::date(session.heldOn) },
        { QStringLiteral("duration_minutes"), rows::optional(session.durationMinutes) },
        { QStringLiteral("mode"), session.mode }, { QStringLiteral("attendance"), session.attendance },
        { QStringLiteral("worker_id"), session.workerId ? QVariant(session.workerId) : QVariant() },
        { QStringLiteral("note"), rows::text(session.note) } };
    if (session.groupSessionId) {
        fields << Field { QStringLiteral("group_session_id"), session.groupSessionId };
    }
    return rows::save(m_db, actor, QStringLiteral("session"), session.id, fields);
}

Status ClientService::removeSession(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("session"), id); !s) {
        return s;
    }
    return rows::remove(m_db, actor, QStringLiteral("session"), id);
}

// ---- group sessions ----------------------------------------------------------------------------

Result<QList<RegisterLine>> ClientService::registerFor(const Actor& actor, qint64 componentId, const QDate& day) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    const QString d = day.toString(Qt::ISODate);
    auto q = rows::query(m_db,
        QStringLiteral("SELECT e.id, p.given_name, p.family_name, p.known_as FROM episode e JOIN referral r ON r.id = "
                       "e.referral_id JOIN client c ON c.id = r.client_id JOIN person p ON p.id = c.person_id "
                       "WHERE e.component_id = ? AND e.starts_on <= ? AND (e.ended_on IS NULL OR e.ended_on >= ?) "
                       "ORDER BY p.family_name, p.given_name, e.id"),
        { componentId, d, d }, QStringLiteral("read a group's members"));
    if (!q) {
        return q.error();
    }
    QList<RegisterLine> out;
    while (q.value().next()) {
        out << RegisterLine { q.value().value(0).toLongLong(), displayName(q.value(), 1), QStringLiteral("attended") };
    }
    return out;
}

Result<QList<GroupSession>> ClientService::groupSessions(
    const Actor& actor, qint64 componentId, const QDate& from, const QDate& to) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, held_on, duration_minutes, worker_id, topic, note FROM group_session WHERE "
                       "component_id = ? AND held_on >= ? AND held_on <= ? ORDER BY held_on DESC, id DESC"),
        { componentId, rows::date(from.isValid() ? from : QDate(1900, 1, 1)),
            rows::date(to.isValid() ? to : QDate(9999, 12, 31)) },
        QStringLiteral("read group sessions"));
    if (!q) {
        return q.error();
    }
    QList<GroupSession> out;
    QHash<qint64, int> index;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        GroupSession g;
        g.id = r.value(0).toLongLong();
        g.componentId = componentId;
        g.heldOn = rows::toDate(r.value(1));
        g.durationMinutes = rows::toOptionalInt(r.value(2));
        g.workerId = r.value(3).toLongLong();
        g.topic = r.value(4).toString();
        g.note = r.value(5).toString();
        index.insert(g.id, int(out.size()));
        out << g;
    }
    if (out.isEmpty()) {
        return out;
    }
    auto lines = rows::query(m_db,
        QStringLiteral("SELECT s.group_session_id, s.episode_id, p.given_name, p.family_name, p.known_as, "
                       "s.attendance FROM session s JOIN group_session g ON g.id = s.group_session_id "
                       "JOIN episode e ON e.id = s.episode_id JOIN referral r ON r.id = e.referral_id "
                       "JOIN client c ON c.id = r.client_id JOIN person p ON p.id = c.person_id "
                       "WHERE g.component_id = ? AND g.held_on >= ? AND g.held_on <= ? "
                       "ORDER BY p.family_name, p.given_name, s.id"),
        { componentId, rows::date(out.last().heldOn), rows::date(out.first().heldOn) },
        QStringLiteral("read group registers"));
    if (!lines) {
        return lines.error();
    }
    while (lines.value().next()) {
        const QSqlQuery& r = lines.value();
        const auto it = index.constFind(r.value(0).toLongLong());
        if (it != index.cend()) {
            out[*it].lines << RegisterLine { r.value(1).toLongLong(), displayName(r, 2), r.value(5).toString() };
        }
    }
    return out;
}

Result<qint64> ClientService::saveGroupSession(const Actor& actor, const GroupSession& g)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("group_session"), g.id); !s) {
        return s.error();
    }
    if (g.componentId == 0) {
        return invalidInput(tr("Choose the course or group that met."));
    }
    if (!g.heldOn.isValid()) {
        return invalidInput(tr("Enter the date the group met."));
    }
    if (g.heldOn > today()) {
        return invalidInput(tr("The meeting on %1 is in the future. Record the register on or after the day.")
                                .arg(shortDate(g.heldOn)));
    }
    if (g.durationMinutes && (*g.durationMinutes < 0 || *g.durationMinutes > kMaxSessionMinutes)) {
        return invalidInput(
            tr("A session lasts between 0 and %1 minutes. Check the duration.").arg(kMaxSessionMinutes));
    }
    if (g.lines.isEmpty()) {
        return invalidInput(tr("The register is empty. Add the people in the group, then save."));
    }
    QSet<qint64> seen;
    for (const RegisterLine& line : g.lines) {
        if (seen.contains(line.episodeId)) {
            return invalidInput(tr("%1 is on the register twice. Keep one line for each person.").arg(line.clientName));
        }
        seen.insert(line.episodeId);
        if (!kAttendance.contains(line.attendance)) {
            return invalidInput(tr("Choose whether %1 attended.").arg(line.clientName));
        }
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    for (const RegisterLine& line : g.lines) {
        auto context = episodeContext(m_db, line.episodeId);
        if (!context) {
            return context.error();
        }
        if (context.value().componentId != g.componentId) {
            return invalidInput(
                tr("%1 is not in this course or group. Take them off the register, or add an episode for them first.")
                    .arg(line.clientName));
        }
        if (Status s = checkSessionDates(context.value(), g.heldOn); !s) {
            return invalidInput(QStringLiteral("%1: %2").arg(line.clientName, s.error().message));
        }
    }
    auto id = rows::save(m_db, actor, QStringLiteral("group_session"), g.id,
        { { QStringLiteral("component_id"), g.componentId }, { QStringLiteral("held_on"), rows::date(g.heldOn) },
            { QStringLiteral("duration_minutes"), rows::optional(g.durationMinutes) },
            { QStringLiteral("worker_id"), g.workerId ? QVariant(g.workerId) : QVariant() },
            { QStringLiteral("topic"), rows::text(g.topic) }, { QStringLiteral("note"), rows::text(g.note) } });
    if (!id) {
        return id.error();
    }
    auto existing = rows::query(m_db, QStringLiteral("SELECT episode_id, id FROM session WHERE group_session_id = ?"),
        { id.value() }, QStringLiteral("read a register"));
    if (!existing) {
        return existing.error();
    }
    QHash<qint64, qint64> sessionOf;
    while (existing.value().next()) {
        sessionOf.insert(existing.value().value(0).toLongLong(), existing.value().value(1).toLongLong());
    }
    for (const RegisterLine& line : g.lines) {
        auto s = rows::save(m_db, actor, QStringLiteral("session"), sessionOf.take(line.episodeId),
            { { QStringLiteral("episode_id"), line.episodeId }, { QStringLiteral("held_on"), rows::date(g.heldOn) },
                { QStringLiteral("duration_minutes"), rows::optional(g.durationMinutes) },
                { QStringLiteral("mode"), QStringLiteral("group") }, { QStringLiteral("attendance"), line.attendance },
                { QStringLiteral("worker_id"), g.workerId ? QVariant(g.workerId) : QVariant() },
                { QStringLiteral("group_session_id"), id.value() } });
        if (!s) {
            return s.error();
        }
    }
    for (qint64 removed : std::as_const(sessionOf)) {
        if (Status s = rows::remove(m_db, actor, QStringLiteral("session"), removed); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Status ClientService::removeGroupSession(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("group_session"), id); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto lines = rows::query(m_db, QStringLiteral("SELECT id FROM session WHERE group_session_id = ?"), { id },
        QStringLiteral("read a register"));
    if (!lines) {
        return lines.status();
    }
    QList<qint64> ids;
    while (lines.value().next()) {
        ids << lines.value().value(0).toLongLong();
    }
    for (qint64 sessionId : ids) {
        if (Status s = rows::remove(m_db, actor, QStringLiteral("session"), sessionId); !s) {
            return s;
        }
    }
    if (Status s = rows::remove(m_db, actor, QStringLiteral("group_session"), id); !s) {
        return s;
    }
    return tx.commit();
}

// ---- goals -------------------------------------------------------------------------------------

Result<QList<Goal>> ClientService::goals(const Actor& actor, qint64 clientId) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, episode_id, description, set_on, progress, achieved_on FROM goal WHERE "
                       "client_id = ? ORDER BY set_on, id"),
        { clientId }, QStringLiteral("read goals"));
    if (!q) {
        return q.error();
    }
    QList<Goal> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << Goal { r.value(0).toLongLong(), clientId, r.value(1).toLongLong(), r.value(2).toString(),
            rows::toDate(r.value(3)), r.value(4).toInt(), rows::toDate(r.value(5)) };
    }
    return out;
}

Result<qint64> ClientService::saveGoal(const Actor& actor, const Goal& goal)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("goal"), goal.id); !s) {
        return s.error();
    }
    if (Status v = validate(goal, today()); !v) {
        return v.error();
    }
    if (Status s = requireClient(m_db, goal.clientId); !s) {
        return s.error();
    }
    if (goal.episodeId) {
        auto context = episodeContext(m_db, goal.episodeId);
        if (!context) {
            return context.error();
        }
        if (context.value().clientId != goal.clientId) {
            return invalidInput(tr("That episode belongs to someone else. Choose one of this person's episodes."));
        }
    }
    // An achieved goal is a goal fully met.
    const int progress = goal.achievedOn.isValid() ? 100 : goal.progress;
    return rows::save(m_db, actor, QStringLiteral("goal"), goal.id,
        { { QStringLiteral("client_id"), goal.clientId },
            { QStringLiteral("episode_id"), goal.episodeId ? QVariant(goal.episodeId) : QVariant() },
            { QStringLiteral("description"), goal.description.trimmed() },
            { QStringLiteral("set_on"), rows::date(goal.setOn) }, { QStringLiteral("progress"), progress },
            { QStringLiteral("achieved_on"), rows::date(goal.achievedOn) } });
}

Status ClientService::removeGoal(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("goal"), id); !s) {
        return s;
    }
    return rows::remove(m_db, actor, QStringLiteral("goal"), id);
}

// ---- consent -----------------------------------------------------------------------------------

Result<QList<Consent>> ClientService::consents(const Actor& actor, qint64 personId) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        if (Status w = Permissions::require(actor, Action::OpenWorkerRecords); !w) {
            return s.error();
        }
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, purpose, given_on, detail, withdrawn_on, recorded_by, note FROM consent WHERE "
                       "person_id = ? ORDER BY given_on DESC, id DESC"),
        { personId }, QStringLiteral("read consent"));
    if (!q) {
        return q.error();
    }
    QList<Consent> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << Consent { r.value(0).toLongLong(), personId, r.value(1).toString(), rows::toDate(r.value(2)),
            r.value(3).toString(), rows::toDate(r.value(4)), r.value(5).toString(), r.value(6).toString() };
    }
    return out;
}

Result<qint64> ClientService::saveConsent(const Actor& actor, const Consent& consent)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("consent"), consent.id); !s) {
        return s.error();
    }
    if (Status v = validate(consent, today()); !v) {
        return v.error();
    }
    if (Status s = requireRow(m_db, QStringLiteral("person"), consent.personId,
            tr("This person's record no longer exists: it may have been erased."));
        !s) {
        return s.error();
    }
    QList<Field> fields = { { QStringLiteral("person_id"), consent.personId },
        { QStringLiteral("purpose"), consent.purpose }, { QStringLiteral("given_on"), rows::date(consent.givenOn) },
        { QStringLiteral("detail"), rows::text(consent.detail) },
        { QStringLiteral("withdrawn_on"), rows::date(consent.withdrawnOn) },
        { QStringLiteral("note"), rows::text(consent.note) } };
    auto exists = sql::scalar(m_db, QStringLiteral("SELECT recorded_by FROM consent WHERE id = ?"), { consent.id });
    if (!exists) {
        return exists.error();
    }
    // Who recorded it is kept from the first save (and from before an undo).
    const QString recordedBy = exists.value().isNull()
        ? (consent.recordedBy.isEmpty() ? actor.shownName() : consent.recordedBy)
        : exists.value().toString();
    fields << Field { QStringLiteral("recorded_by"), recordedBy };
    return rows::save(m_db, actor, QStringLiteral("consent"), consent.id, fields);
}

Status ClientService::removeConsent(const Actor& actor, qint64 id)
{
    if (Status s = refuse(m_db, actor, Action::EditRecords, QStringLiteral("consent"), id); !s) {
        return s;
    }
    return rows::remove(m_db, actor, QStringLiteral("consent"), id);
}

// ---- catalogues --------------------------------------------------------------------------------

Result<QList<ReferralSource>> ClientService::referralSources(const Actor& actor, bool includeInactive) const
{
    Q_UNUSED(actor) // the catalogue holds no personal data: every role may read it
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, category, name, position, active FROM referral_source %1 "
                       "ORDER BY CASE category WHEN 'self' THEN 0 WHEN 'internal' THEN 1 ELSE 2 END, position, name")
            .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")),
        {}, QStringLiteral("read referral sources"));
    if (!q) {
        return q.error();
    }
    QList<ReferralSource> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << ReferralSource { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            r.value(3).toInt(), r.value(4).toInt() != 0 };
    }
    return out;
}

Result<qint64> ClientService::saveReferralSource(const Actor& actor, const ReferralSource& source)
{
    if (Status s = refuse(m_db, actor, Action::EditCatalogues, QStringLiteral("referral_source"), source.id); !s) {
        return s.error();
    }
    if (Status v = validate(source); !v) {
        return v.error();
    }
    auto clash = sql::scalar(m_db,
        QStringLiteral("SELECT COUNT(*) FROM referral_source WHERE category = ? AND LOWER(name) = ? AND id <> ?"),
        { source.category, source.name.trimmed().toLower(), source.id });
    if (!clash) {
        return clash.error();
    }
    if (clash.value().toInt() > 0) {
        return invalidInput(tr("There is already a source called \"%1\". Use that one, or choose another name.")
                                .arg(source.name.trimmed()));
    }
    return rows::save(m_db, actor, QStringLiteral("referral_source"), source.id,
        { { QStringLiteral("category"), source.category }, { QStringLiteral("name"), source.name.trimmed() },
            { QStringLiteral("position"), source.position }, { QStringLiteral("active"), source.active ? 1 : 0 } });
}

Result<QList<ServiceComponent>> ClientService::components(const Actor& actor, bool includeInactive) const
{
    Q_UNUSED(actor) // the catalogue holds no personal data: every role may read it
    auto q = rows::query(m_db,
        QStringLiteral("SELECT id, name, kind, active FROM service_component %1 ORDER BY name")
            .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")),
        {}, QStringLiteral("read services"));
    if (!q) {
        return q.error();
    }
    QList<ServiceComponent> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        out << ServiceComponent { r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(),
            r.value(3).toInt() != 0 };
    }
    return out;
}

Result<qint64> ClientService::saveComponent(const Actor& actor, const ServiceComponent& component)
{
    if (Status s = refuse(m_db, actor, Action::EditCatalogues, QStringLiteral("service_component"), component.id); !s) {
        return s.error();
    }
    if (Status v = validate(component); !v) {
        return v.error();
    }
    auto clash
        = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM service_component WHERE LOWER(name) = ? AND id <> ?"),
            { component.name.trimmed().toLower(), component.id });
    if (!clash) {
        return clash.error();
    }
    if (clash.value().toInt() > 0) {
        return invalidInput(
            tr("There is already a service called \"%1\". Choose another name.").arg(component.name.trimmed()));
    }
    if (component.id) {
        // A service with mentor matches must stay a mentoring service, or the matches lose their meaning.
        auto matches = sql::scalar(m_db,
            QStringLiteral("SELECT COUNT(*) FROM mentor_match m JOIN episode e ON e.id = m.episode_id WHERE "
                           "e.component_id = ?"),
            { component.id });
        if (!matches) {
            return matches.error();
        }
        if (matches.value().toInt() > 0 && component.kind != QLatin1String("mentoring")) {
            return invalidInput(tr("This service has mentor matches, so it must stay a mentoring service. Add a new "
                                   "service instead."));
        }
    }
    return rows::save(m_db, actor, QStringLiteral("service_component"), component.id,
        { { QStringLiteral("name"), component.name.trimmed() }, { QStringLiteral("kind"), component.kind },
            { QStringLiteral("active"), component.active ? 1 : 0 } });
}

// ---- alerts ------------------------------------------------------------------------------------

Result<QList<ClientAlert>> ClientService::alerts(const Actor& actor, const QDate& asOf, int noSessionWeeks) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    const QDate day = asOf.isValid() ? asOf : today();
    const QString d = day.toString(Qt::ISODate);
    const QString horizon = day.addDays(kPlannedEndAlertDays).toString(Qt::ISODate);
    QList<ClientAlert> out;

    // Open mentoring (with an active match) and short-term episodes with no session for too long.
    auto quiet = rows::query(m_db,
        QStringLiteral(
            "SELECT r.client_id, p.given_name, p.family_name, p.known_as, "
            "  COALESCE((SELECT MAX(s.held_on) FROM session s WHERE s.episode_id = e.id AND s.held_on <= ?), "
            "           e.starts_on), "
            "  (SELECT mp.given_name FROM mentor_match m JOIN worker mw ON mw.id = m.mentor_id JOIN person mp ON "
            "   mp.id = mw.person_id WHERE m.episode_id = e.id AND m.status = 'active' LIMIT 1), "
            "  (SELECT mp.family_name FROM mentor_match m JOIN worker mw ON mw.id = m.mentor_id JOIN person mp ON "
            "   mp.id = mw.person_id WHERE m.episode_id = e.id AND m.status = 'active' LIMIT 1), "
            "  (SELECT MAX(m.started_on) FROM mentor_match m WHERE m.episode_id = e.id AND m.status = 'active') "
            "FROM episode e JOIN service_component sc ON sc.id = e.component_id "
            "JOIN referral r ON r.id = e.referral_id JOIN client c ON c.id = r.client_id "
            "JOIN person p ON p.id = c.person_id "
            "WHERE e.starts_on <= ? AND (e.ended_on IS NULL OR e.ended_on >= ?) AND (sc.kind = 'connect' OR "
            "  (sc.kind = 'mentoring' AND EXISTS (SELECT 1 FROM mentor_match m WHERE m.episode_id = e.id AND "
            "   m.status = 'active')))"),
        { d, d, d }, QStringLiteral("look for people with no recent session"));
    if (!quiet) {
        return quiet.error();
    }
    const QDate cutoff = day.addDays(-7 * noSessionWeeks);
    while (quiet.value().next()) {
        const QSqlQuery& r = quiet.value();
        QDate last = rows::toDate(r.value(4));
        const QDate matchStart = rows::toDate(r.value(7));
        if (matchStart.isValid() && matchStart > last) {
            last = matchStart; // count from the start of the current match
        }
        if (last.isValid() && last <= cutoff) {
            ClientAlert a;
            a.kind = ClientAlert::Kind::NoRecentSession;
            a.clientId = r.value(0).toLongLong();
            a.clientName = displayName(r, 1);
            a.mentorName = r.value(5).isNull()
                ? QString()
                : WorkforceService::displayName(r.value(5).toString(), r.value(6).toString(), QString());
            a.date = last;
            out << a;
        }
    }

    // Planned ends within the window: active matches, and open episodes without one.
    auto ending = rows::query(m_db,
        QStringLiteral("SELECT r.client_id, p.given_name, p.family_name, p.known_as, "
                       "  COALESCE(m.planned_end_on, e.planned_end_on), mp.given_name, mp.family_name "
                       "FROM episode e JOIN referral r ON r.id = e.referral_id JOIN client c ON c.id = r.client_id "
                       "JOIN person p ON p.id = c.person_id "
                       "LEFT JOIN mentor_match m ON m.episode_id = e.id AND m.status = 'active' "
                       "LEFT JOIN worker mw ON mw.id = m.mentor_id LEFT JOIN person mp ON mp.id = mw.person_id "
                       "WHERE e.starts_on <= ? AND (e.ended_on IS NULL OR e.ended_on >= ?) "
                       "  AND COALESCE(m.planned_end_on, e.planned_end_on) BETWEEN ? AND ?"),
        { d, d, d, horizon }, QStringLiteral("look for planned ends"));
    if (!ending) {
        return ending.error();
    }
    while (ending.value().next()) {
        const QSqlQuery& r = ending.value();
        ClientAlert a;
        a.kind = ClientAlert::Kind::PlannedEndSoon;
        a.clientId = r.value(0).toLongLong();
        a.clientName = displayName(r, 1);
        a.mentorName = r.value(5).isNull()
            ? QString()
            : WorkforceService::displayName(r.value(5).toString(), r.value(6).toString(), QString());
        a.date = rows::toDate(r.value(4));
        out << a;
    }
    std::stable_sort(out.begin(), out.end(), [](const ClientAlert& a, const ClientAlert& b) {
        if (a.kind != b.kind) {
            return a.kind < b.kind;
        }
        if (a.date != b.date) {
            return a.date < b.date;
        }
        return a.clientName < b.clientName;
    });
    return out;
}

} // namespace alongside::core
