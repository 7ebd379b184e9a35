#include "matching.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/clients/clientservice.h"
#include "core/clients/demographics.h"
#include "core/clock.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/services/servicesupport.h"
#include "core/services/settingsservice.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/compliance.h"
#include "core/workforce/workforceservice.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace alongside::core {

namespace {

using service::today;

using Action = Permissions::Action;
using rows::Field;

const QString kTable = QStringLiteral("mentor_match");
const QString kProposed = QStringLiteral("proposed");
const QString kActive = QStringLiteral("active");
const QString kEnded = QStringLiteral("ended");
const QString kRematched = QStringLiteral("rematched");

QString longDate(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

/** A comma-separated list of keys as stored ("mon_day,tue_eve"). */
QStringList keyList(const QString& stored)
{
    QStringList out;
    for (const QString& part : stored.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString key = part.trimmed();
        if (!key.isEmpty() && !out.contains(key)) {
            out << key;
        }
    }
    return out;
}

/** "urdu" -> "Urdu": languages are compared in lower case and shown with a capital. */
QString languageShown(const QString& language)
{
    return language.isEmpty() ? language : language.left(1).toUpper() + language.mid(1);
}

bool isCurrent(const QString& status)
{
    return status == kProposed || status == kActive;
}

QString personName(const QSqlQuery& q, int first)
{
    return WorkforceService::displayName(
        q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString());
}

// ---- the rules -------------------------------------------------------------------------------

QStringList gates(const MentorFacts& m, const MatchRequest& request, const QDate& asOf)
{
    QStringList out;
    if (request.currentMentorIds.contains(m.workerId)) {
        out << MatchingService::tr("Already proposed or matched with this person");
    }
    if (request.excludedMentorIds.contains(m.workerId)) {
        out << MatchingService::tr("Had an earlier match with this person that ended");
    }
    if (m.status != kActive) {
        out << MatchingService::tr("Not active: %1").arg(WorkforceService::statusName(m.status));
    }
    if (!m.missingTraining.isEmpty()) {
        out << MatchingService::tr("Training missing or expired: %1").arg(m.missingTraining.join(QStringLiteral(", ")));
    }
    if (!m.dbsInDate) {
        out << (m.dbsDetail.isEmpty() ? MatchingService::tr("DBS check not in date") : m.dbsDetail);
    }
    if (m.supervisionDue.isValid() && m.supervisionDue < asOf) {
        out << MatchingService::tr("Supervision overdue: it was due on %1").arg(longDate(m.supervisionDue));
    }
    if (m.capacity <= 0) {
        out << MatchingService::tr("Takes no mentees");
    } else if (m.currentMentees >= m.capacity) {
        out << MatchingService::tr("At capacity: %1 of %2 mentees").arg(m.currentMentees).arg(m.capacity);
    }
    return out;
}

/** The criteria met (points > 0) and the preferences asked for but not met (points 0), in that order. */
QList<MatchReason> criteria(
    const MentorFacts& m, const MatchRequest& request, bool livedExperienceConsidered, int capacityLeft)
{
    QList<MatchReason> met;
    QList<MatchReason> unmet;
    auto add = [&](const QString& key, int points, const QString& text) {
        (points > 0 ? met : unmet) << MatchReason { key, points, text };
    };

    if (livedExperienceConsidered && !request.wantedSharedAreas.isEmpty()) {
        QStringList shared;
        for (const QString& area : request.wantedSharedAreas) {
            if (m.livedExperienceAreas.contains(area) && !shared.contains(area)) {
                shared << area;
            }
        }
        const QString key = QStringLiteral("lived_experience");
        if (shared.isEmpty()) {
            add(key, 0, MatchingService::tr("Shares none of the lived experience asked for"));
        } else {
            QStringList names;
            for (const QString& area : std::as_const(shared)) {
                names << WorkforceService::livedExperienceAreaName(area);
            }
            add(key,
                MatchingService::kSharedAreaPoints
                    * int(std::min<qsizetype>(shared.size(), MatchingService::kMaxSharedAreas)),
                MatchingService::tr("Shares lived experience: %1").arg(names.join(QStringLiteral(", "))));
        }
    }

    if (!request.wantedGender.trimmed().isEmpty()) {
        const QString wanted = Demographics::genderKey(request.wantedGender);
        const QString key = QStringLiteral("gender");
        if (Demographics::genderKey(m.gender) == wanted) {
            add(key, MatchingService::kWantedGenderPoints,
                MatchingService::tr("Gender asked for: %1").arg(Demographics::genderName(wanted)));
        } else {
            add(key, 0, MatchingService::tr("Not the gender asked for (%1)").arg(Demographics::genderName(wanted)));
        }
    }

    if (request.wantsSharedEthnicity) {
        const int group = Demographics::ethnicGroup(request.ethnicity);
        const QString key = QStringLiteral("ethnicity");
        if (group == 0) {
            add(key, 0,
                MatchingService::tr("The person's ethnic background is not recorded, so a shared one cannot be found"));
        } else if (Demographics::ethnicGroup(m.ethnicity) == group) {
            add(key, MatchingService::kSharedEthnicityPoints,
                MatchingService::tr("Shares ethnic background: %1").arg(Demographics::ethnicGroupName(group)));
        } else {
            add(key, 0, MatchingService::tr("Does not share the ethnic background asked for"));
        }
    }

    if (request.wantsSharedLanguage) {
        const QString key = QStringLiteral("language");
        QStringList shared;
        for (const QString& language : request.languages) {
            const QString l = language.trimmed().toLower();
            for (const QString& spoken : m.languages) {
                if (spoken.trimmed().toLower() == l && !shared.contains(languageShown(l))) {
                    shared << languageShown(l);
                }
            }
        }
        if (request.languages.isEmpty()) {
            add(key, 0,
                MatchingService::tr("The person's languages are not recorded, so a shared one cannot be found"));
        } else if (shared.isEmpty()) {
            add(key, 0, MatchingService::tr("Speaks none of the person's languages"));
        } else {
            add(key, MatchingService::kSharedLanguagePoints,
                MatchingService::tr("Speaks %1").arg(shared.join(QStringLiteral(", "))));
        }
    }

    if (!request.availability.isEmpty()) {
        const QString key = QStringLiteral("availability");
        QStringList names;
        for (const QString& slot : Demographics::slotKeys()) {
            if (request.availability.contains(slot) && m.availability.contains(slot)) {
                names << Demographics::slotName(slot);
            }
        }
        if (names.isEmpty()) {
            add(key, 0, MatchingService::tr("Not free at any of the times asked for"));
        } else {
            add(key, MatchingService::kSlotPoints * int(std::min<qsizetype>(names.size(), MatchingService::kMaxSlots)),
                MatchingService::tr("Free at the same times: %1").arg(names.join(QStringLiteral(", "))));
        }
    }

    {
        const QString district = Demographics::postcodeDistrict(request.postcode);
        const QString area = Demographics::postcodeArea(request.postcode);
        // A "district" of letters only is just the area: the postcode was not full enough to say more.
        const bool hasDistrict = district.contains(QRegularExpression(QStringLiteral("[0-9]")));
        const QString key = QStringLiteral("distance");
        if (hasDistrict && Demographics::postcodeDistrict(m.postcode) == district) {
            add(key, MatchingService::kSameDistrictPoints,
                MatchingService::tr("Lives in the same postcode district (%1)").arg(district));
        } else if (!area.isEmpty() && Demographics::postcodeArea(m.postcode) == area) {
            add(key, MatchingService::kSameAreaPoints,
                MatchingService::tr("Lives in the same postcode area (%1)").arg(area));
        }
    }

    if (request.needsHomeVisits) {
        const QString key = QStringLiteral("home_visits");
        if (m.homeVisits) {
            add(key, MatchingService::kHomeVisitPoints, MatchingService::tr("Makes home visits"));
        } else {
            add(key, 0, MatchingService::tr("Does not make home visits"));
        }
    }

    if (capacityLeft > 0) {
        add(QStringLiteral("capacity"),
            MatchingService::kFreePlacePoints * std::min(capacityLeft, MatchingService::kMaxFreePlaces),
            // Spelled out rather than %n: without a translation loaded, English would read "1 places".
            capacityLeft == 1 ? MatchingService::tr("1 place free")
                              : MatchingService::tr("%1 places free").arg(capacityLeft));
    }
    return met + unmet;
}

bool byName(const MentorCandidate& a, const MentorCandidate& b)
{
    const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a.workerId < b.workerId;
}

// ---- reading ---------------------------------------------------------------------------------

Error notFound(const QString& what, qint64 id)
{
    return Error { Error::Code::NotFound, what, QStringLiteral("%1").arg(id) };
}

struct EpisodeFacts
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString kind;
    QString componentName;
    QDate startsOn;
    QDate endedOn;
};

Result<EpisodeFacts> readEpisode(Database& db, qint64 episodeId)
{
    auto q = rows::query(db,
        QStringLiteral("SELECT e.id, r.client_id, c.kind, c.name, e.starts_on, e.ended_on FROM episode e "
                       "JOIN referral r ON r.id = e.referral_id JOIN service_component c ON c.id = e.component_id "
                       "WHERE e.id = ?"),
        { episodeId }, QStringLiteral("read an episode for matching"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return notFound(MatchingService::tr("This episode no longer exists: someone may have removed it."), episodeId);
    }
    const QSqlQuery& r = q.value();
    EpisodeFacts e { r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString(),
        rows::toDate(r.value(4)), rows::toDate(r.value(5)) };
    if (e.kind != QLatin1String("mentoring")) {
        return invalidInput(MatchingService::tr("Mentors are matched only in mentoring episodes, and this episode is "
                                                "in \"%1\" (%2). Choose the person's mentoring episode, or start one.")
                                .arg(e.componentName, ClientService::componentKindName(e.kind)));
    }
    return e;
}

/** The preferences of the person supported in the episode, and the mentors already matched in it. */
Result<MatchRequest> readRequest(Database& db, const EpisodeFacts& episode, qint64 ignoreMatchId)
{
    auto q = rows::query(db,
        QStringLiteral("SELECT p.gender, p.ethnicity, p.postcode, c.languages, c.availability, c.needs_home_visits, "
                       "c.wanted_gender, c.wanted_shared_areas, c.wants_shared_ethnicity, c.wants_shared_language "
                       "FROM client c JOIN person p ON p.id = c.person_id WHERE c.id = ?"),
        { episode.clientId }, QStringLiteral("read the preferences for matching"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return notFound(
            MatchingService::tr("This person's record no longer exists: it may have been erased."), episode.clientId);
    }
    const QSqlQuery& r = q.value();
    MatchRequest request;
    request.gender = Demographics::genderKey(r.value(0).toString());
    request.ethnicity = r.value(1).toString();
    request.postcode = r.value(2).toString();
    request.languages = Demographics::languageList(r.value(3).toString());
    request.availability = keyList(r.value(4).toString());
    request.needsHomeVisits = r.value(5).toInt() != 0;
    request.wantedGender = r.value(6).toString();
    request.wantedSharedAreas = keyList(r.value(7).toString());
    request.wantsSharedEthnicity = r.value(8).toInt() != 0;
    request.wantsSharedLanguage = r.value(9).toInt() != 0;

    auto m = rows::query(db,
        QStringLiteral("SELECT mentor_id, status FROM mentor_match WHERE episode_id = ? AND id <> ? ORDER BY id"),
        { episode.id, ignoreMatchId }, QStringLiteral("read the matches of an episode"));
    if (!m) {
        return m.error();
    }
    while (m.value().next()) {
        const qint64 mentor = m.value().value(0).toLongLong();
        QList<qint64>& list
            = isCurrent(m.value().value(1).toString()) ? request.currentMentorIds : request.excludedMentorIds;
        if (!list.contains(mentor)) {
            list << mentor;
        }
    }
    return request;
}

/**
 * What matching knows on asOf of every worker who holds a peer role that day and has not left (or
 * of onlyWorkerId alone). ignoreMatchId is left out of the caseload count (a match being started).
 * Lived experience is not read here.
 */
Result<QList<MentorFacts>> readFacts(
    Database& db, const Actor& actor, const QDate& asOf, qint64 onlyWorkerId, qint64 ignoreMatchId)
{
    auto settings = SettingsService(db).load(actor);
    if (!settings) {
        return settings.error();
    }
    const QString day = asOf.toString(Qt::ISODate);
    auto q = rows::query(db,
        QStringLiteral(
            "SELECT w.id, p.given_name, p.family_name, p.known_as, p.gender, p.ethnicity, p.postcode, w.languages, "
            "w.available_slots, w.home_visits, w.max_mentees, "
            "(SELECT s.status FROM worker_status s WHERE s.worker_id = w.id AND s.since <= ? "
            " ORDER BY s.since DESC, s.id DESC LIMIT 1), "
            "(SELECT COUNT(*) FROM mentor_match m WHERE m.mentor_id = w.id AND m.status IN ('proposed', 'active') "
            " AND m.id <> ?) "
            "FROM worker w JOIN person p ON p.id = w.person_id "
            "WHERE EXISTS (SELECT 1 FROM worker_role r JOIN role_type t ON t.id = r.role_type_id WHERE r.worker_id = "
            " w.id AND t.is_peer = 1 AND r.starts_on <= ? AND (r.ends_on IS NULL OR r.ends_on >= ?)) "
            "AND (? = 0 OR w.id = ?) ORDER BY p.family_name, p.given_name, w.id"),
        { day, ignoreMatchId, day, day, onlyWorkerId, onlyWorkerId }, QStringLiteral("read mentors for matching"));
    if (!q) {
        return q.error();
    }
    QList<MentorFacts> out;
    QHash<qint64, int> index;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        MentorFacts f;
        f.status = r.value(11).toString();
        if (f.status == QLatin1String("left")) {
            continue;
        }
        f.workerId = r.value(0).toLongLong();
        f.name = personName(r, 1);
        f.gender = Demographics::genderKey(r.value(4).toString());
        f.ethnicity = r.value(5).toString();
        f.postcode = r.value(6).toString();
        f.languages = Demographics::languageList(r.value(7).toString());
        f.availability = keyList(r.value(8).toString());
        f.homeVisits = r.value(9).toInt() != 0;
        f.capacity = r.value(10).isNull() ? settings.value().defaultMaxMentees : r.value(10).toInt();
        f.currentMentees = r.value(12).toInt();
        index.insert(f.workerId, int(out.size()));
        out << f;
    }
    if (out.isEmpty()) {
        return out;
    }

    // Training and DBS as the compliance matrix has them that day.
    auto matrix = ComplianceService(db).matrix(actor, asOf, 0);
    if (!matrix) {
        return matrix.error();
    }
    QSet<qint64> anyDbs;
    {
        auto d = rows::query(db, QStringLiteral("SELECT DISTINCT worker_id FROM dbs_check WHERE issued_on <= ?"),
            { day }, QStringLiteral("read DBS checks for matching"));
        if (!d) {
            return d.error();
        }
        while (d.value().next()) {
            anyDbs.insert(d.value().value(0).toLongLong());
        }
    }
    const ComplianceMatrix& mx = matrix.value();
    for (const ComplianceRow& row : mx.rows) {
        const auto it = index.constFind(row.worker.workerId);
        if (it == index.cend()) {
            continue;
        }
        MentorFacts& f = out[*it];
        for (int i = 0; i < mx.columns.size() && i < row.cells.size(); ++i) {
            const ComplianceCell& cell = row.cells[i];
            const bool lapsed = cell.state == ComplianceState::Missing || cell.state == ComplianceState::Expired;
            if (!lapsed) {
                continue;
            }
            const QString& key = mx.columns[i].key;
            if (key == QLatin1String("dbs")) {
                f.dbsInDate = false;
                if (cell.state == ComplianceState::Expired) {
                    f.dbsDetail = MatchingService::tr("DBS check expired on %1").arg(longDate(cell.expiresOn));
                } else if (!anyDbs.contains(f.workerId)) {
                    f.dbsDetail = MatchingService::tr("No DBS check recorded");
                } else {
                    f.dbsDetail
                        = MatchingService::tr("DBS check not at the level the role needs (%1)").arg(cell.detail);
                }
            } else if (key.startsWith(QLatin1String("course:"))) {
                f.missingTraining << mx.columns[i].title;
            }
        }
    }

    auto due = SupervisionService::supervisionDue(db, asOf);
    if (!due) {
        return due.error();
    }
    for (MentorFacts& f : out) {
        f.supervisionDue = due.value().value(f.workerId);
    }
    return out;
}

/** Adds the lived-experience areas of the given mentors, recording each read as a view. */
Status addLivedExperience(
    Database& db, const Actor& actor, QList<MentorFacts>& facts, const QSet<qint64>& workerIds, qint64 episodeId)
{
    if (workerIds.isEmpty()) {
        return Status::ok();
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto q = rows::query(db, QStringLiteral("SELECT worker_id, areas FROM worker_lived_experience ORDER BY worker_id"),
        {}, QStringLiteral("read lived experience for matching"));
    if (!q) {
        return q.error();
    }
    QHash<qint64, QStringList> areas;
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        if (workerIds.contains(id)) {
            areas.insert(id, keyList(q.value().value(1).toString()));
        }
    }
    q.value().finish();
    AuditLog log(db);
    for (MentorFacts& f : facts) {
        const auto it = areas.constFind(f.workerId);
        if (it == areas.cend()) {
            continue;
        }
        f.livedExperienceAreas = *it;
        if (Status s = log.record(actor,
                { QString::fromLatin1(AuditLog::kView), QStringLiteral("worker_lived_experience"),
                    QString::number(f.workerId), { QStringLiteral("areas") },
                    QStringLiteral("matching, episode %1").arg(episodeId) });
            !s) {
            return s;
        }
    }
    return tx.commit();
}

Status requireAll(Database& db, const Actor& actor, std::initializer_list<Action> actions, const QString& recordId)
{
    for (Action a : actions) {
        if (Status s = Permissions::require(actor, a); !s) {
            return AuditLog(db).refused(actor, s, kTable, recordId);
        }
    }
    return Status::ok();
}

const char* const kMatchColumns
    = "SELECT m.id, m.episode_id, m.mentor_id, mp.given_name, mp.family_name, mp.known_as, r.client_id, cp.given_name, "
      "cp.family_name, cp.known_as, m.status, m.proposed_on, m.started_on, m.planned_end_on, m.ended_on, "
      "m.ending_reason, m.ending_note, m.reasons, sc.name, "
      "(SELECT COUNT(*) FROM session s WHERE s.episode_id = m.episode_id AND s.attendance = 'attended' AND s.held_on "
      " >= COALESCE(m.started_on, m.proposed_on) AND (m.ended_on IS NULL OR s.held_on <= m.ended_on)), "
      "(SELECT MAX(s.held_on) FROM session s WHERE s.episode_id = m.episode_id AND s.attendance = 'attended' AND "
      " s.held_on >= COALESCE(m.started_on, m.proposed_on) AND (m.ended_on IS NULL OR s.held_on <= m.ended_on)) "
      "FROM mentor_match m JOIN worker w ON w.id = m.mentor_id JOIN person mp ON mp.id = w.person_id "
      "JOIN episode e ON e.id = m.episode_id JOIN referral r ON r.id = e.referral_id "
      "JOIN service_component sc ON sc.id = e.component_id "
      "JOIN client c ON c.id = r.client_id JOIN person cp ON cp.id = c.person_id ";

Result<QList<CaseloadLine>> readMatches(Database& db, const QString& where, const QVariantList& bind)
{
    auto q = rows::query(db, QString::fromLatin1(kMatchColumns) + where, bind, QStringLiteral("read matches"));
    if (!q) {
        return q.error();
    }
    QList<CaseloadLine> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        CaseloadLine line;
        MentorMatch& m = line.match;
        m.id = r.value(0).toLongLong();
        m.episodeId = r.value(1).toLongLong();
        m.mentorId = r.value(2).toLongLong();
        m.mentorName = personName(r, 3);
        m.clientId = r.value(6).toLongLong();
        m.clientName = personName(r, 7);
        m.status = r.value(10).toString();
        m.proposedOn = rows::toDate(r.value(11));
        m.startedOn = rows::toDate(r.value(12));
        m.plannedEndOn = rows::toDate(r.value(13));
        m.endedOn = rows::toDate(r.value(14));
        m.endingReason = r.value(15).toString();
        m.endingNote = r.value(16).toString();
        m.reasons = r.value(17).toString();
        line.componentName = r.value(18).toString();
        line.sessionsAttended = r.value(19).toInt();
        line.lastSession = rows::toDate(r.value(20));
        out << line;
    }
    return out;
}

Result<MentorMatch> readMatch(Database& db, qint64 matchId)
{
    auto lines = readMatches(db, QStringLiteral("WHERE m.id = ?"), { matchId });
    if (!lines) {
        return lines.error();
    }
    if (lines.value().isEmpty()) {
        return notFound(MatchingService::tr("This match no longer exists: someone may have removed it."), matchId);
    }
    return lines.value().first().match;
}

QList<Field> matchFields(const MentorMatch& m)
{
    return { { QStringLiteral("episode_id"), m.episodeId }, { QStringLiteral("mentor_id"), m.mentorId },
        { QStringLiteral("status"), m.status }, { QStringLiteral("proposed_on"), rows::date(m.proposedOn) },
        { QStringLiteral("started_on"), rows::date(m.startedOn) },
        { QStringLiteral("planned_end_on"), rows::date(m.plannedEndOn) },
        { QStringLiteral("ended_on"), rows::date(m.endedOn) },
        { QStringLiteral("ending_reason"), rows::text(m.endingReason) },
        { QStringLiteral("ending_note"), rows::text(m.endingNote) },
        { QStringLiteral("reasons"), rows::text(m.reasons) } };
}

/** Refuses a second active (or, with alsoProposed, proposed) match in the episode, naming the mentor. */
Status requireNoOtherMatch(Database& db, qint64 episodeId, qint64 matchId, bool alsoProposed)
{
    auto q = rows::query(db,
        QStringLiteral("SELECT m.status, p.given_name, p.family_name, p.known_as FROM mentor_match m JOIN worker w ON "
                       "w.id = m.mentor_id JOIN person p ON p.id = w.person_id WHERE m.episode_id = ? AND m.id <> ? "
                       "AND m.status IN ('proposed', 'active') ORDER BY m.status = 'active' DESC, m.id"),
        { episodeId, matchId }, QStringLiteral("check the matches of an episode"));
    if (!q) {
        return q.error();
    }
    while (q.value().next()) {
        const QString status = q.value().value(0).toString();
        const QString name = personName(q.value(), 1);
        if (status == kActive) {
            return invalidInput(MatchingService::tr("This person already has an active match with %1, and an episode "
                                                    "has one mentor at a time. End that match first, or use "
                                                    "Re-match to change mentor.")
                                    .arg(name));
        }
        if (alsoProposed) {
            return invalidInput(MatchingService::tr("%1 has already been proposed as this person's mentor. Start or "
                                                    "end that match before proposing someone else, or use Re-match.")
                                    .arg(name));
        }
    }
    return Status::ok();
}

/**
 * The hard gates for one mentor on a day, as suggest() applies them; the message names each one
 * failed. Returns what matching knows of the mentor that day.
 */
Result<MentorFacts> requireEligible(Database& db, const Actor& actor, const MatchRequest& request, qint64 mentorId,
    const QDate& on, qint64 ignoreMatchId)
{
    auto facts = readFacts(db, actor, on, mentorId, ignoreMatchId);
    if (!facts) {
        return facts.error();
    }
    if (facts.value().isEmpty()) {
        auto name = sql::scalar(db,
            QStringLiteral("SELECT p.given_name || ' ' || p.family_name FROM worker w JOIN person p ON p.id = "
                           "w.person_id WHERE w.id = ?"),
            { mentorId });
        if (!name) {
            return name.error();
        }
        if (name.value().isNull()) {
            return notFound(
                MatchingService::tr("This mentor's record no longer exists: it may have been erased."), mentorId);
        }
        return invalidInput(MatchingService::tr("%1 does not hold a peer role on %2 (or has left), so cannot be a "
                                                "mentor then. Check their roles and status.")
                                .arg(name.value().toString().trimmed(), longDate(on)));
    }
    // Only the hard gates: a mentor who ended an earlier match may be proposed again on purpose.
    MatchRequest gatesOnly;
    gatesOnly.currentMentorIds = request.currentMentorIds;
    const MatchSuggestions s = MatchingService::rank(gatesOnly, facts.value(), on, false);
    if (!s.excluded.isEmpty()) {
        const MentorCandidate& c = s.excluded.first();
        return invalidInput(MatchingService::tr("%1 cannot be matched on %2: %3.")
                                .arg(c.name, longDate(on), c.exclusions.join(QStringLiteral("; "))));
    }
    return facts.value().first();
}

} // namespace

// ---- plain data ------------------------------------------------------------------------------

QString MentorCandidate::reasonsText() const
{
    QStringList lines;
    for (const MatchReason& r : reasons) {
        // Stored with the match, which more roles may read: no lived experience; places free is a
        // fact of the day, not a reason the person would recognise; no scoring jargon.
        if (r.key == QLatin1String("lived_experience") || r.key == QLatin1String("capacity")) {
            continue;
        }
        lines << (r.points > 0 ? r.text : MatchingService::tr("Not met: %1").arg(r.text));
    }
    if (lines.isEmpty()) {
        return MatchingService::tr("Passed every check; no other preference to weigh");
    }
    return lines.join(QLatin1Char('\n'));
}

int Caseload::current() const
{
    return int(
        std::count_if(lines.cbegin(), lines.cend(), [](const CaseloadLine& l) { return isCurrent(l.match.status); }));
}

// ---- the rules -------------------------------------------------------------------------------

MatchSuggestions MatchingService::rank(
    const MatchRequest& request, const QList<MentorFacts>& mentors, const QDate& asOf, bool livedExperienceConsidered)
{
    MatchSuggestions out;
    out.asOf = asOf;
    out.livedExperienceConsidered = livedExperienceConsidered;
    for (const MentorFacts& m : mentors) {
        MentorCandidate c;
        c.workerId = m.workerId;
        c.name = m.name;
        c.capacityLeft = std::max(0, m.capacity - m.currentMentees);
        c.exclusions = gates(m, request, asOf);
        if (!c.exclusions.isEmpty()) {
            out.excluded << c;
            continue;
        }
        c.reasons = criteria(m, request, livedExperienceConsidered, c.capacityLeft);
        for (const MatchReason& r : std::as_const(c.reasons)) {
            c.score += r.points;
        }
        out.ranked << c;
    }
    std::sort(out.ranked.begin(), out.ranked.end(), [](const MentorCandidate& a, const MentorCandidate& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        if (a.capacityLeft != b.capacityLeft) {
            return a.capacityLeft > b.capacityLeft;
        }
        return byName(a, b);
    });
    std::sort(out.excluded.begin(), out.excluded.end(), byName);
    return out;
}

Status MatchingService::validate(const MentorMatch& m, const QDate& today)
{
    if (m.episodeId <= 0) {
        return invalidInput(tr("Choose the mentoring episode the match belongs to."));
    }
    if (m.mentorId <= 0) {
        return invalidInput(tr("Choose a mentor."));
    }
    if (m.status != kProposed && m.status != kActive && m.status != kEnded) {
        return invalidInput(tr("Choose whether the match is proposed, active or ended."));
    }
    if (!m.proposedOn.isValid()) {
        return invalidInput(tr("Enter the date the match was proposed."));
    }
    if (m.proposedOn > today) {
        return invalidInput(tr("The date the match was proposed is in the future. Propose a match on the day."));
    }
    if (m.status == kProposed && (m.startedOn.isValid() || m.endedOn.isValid())) {
        return invalidInput(tr("A proposed match has not started or ended yet: clear those dates, or mark it active "
                               "or ended."));
    }
    if (m.status == kActive && !m.startedOn.isValid()) {
        return invalidInput(tr("Enter the date the match started."));
    }
    if (m.startedOn.isValid()) {
        if (m.startedOn < m.proposedOn) {
            return invalidInput(tr("The match starts before it was proposed. Check the dates."));
        }
        if (m.startedOn > today) {
            return invalidInput(
                tr("The start date is in the future. Start a match on or after the day of the first meeting."));
        }
    }
    const QDate from = m.startedOn.isValid() ? m.startedOn : m.proposedOn;
    if (m.plannedEndOn.isValid() && m.plannedEndOn <= from) {
        return invalidInput(tr("The planned end must be after the match starts. Check the dates."));
    }
    if (m.status == kActive && m.endedOn.isValid()) {
        return invalidInput(tr("An active match has no end date: clear it, or mark the match ended."));
    }
    if (m.status != kEnded && !m.endingReason.trimmed().isEmpty()) {
        return invalidInput(tr("Only an ended match has an ending reason."));
    }
    if (m.status == kEnded) {
        if (!m.endedOn.isValid()) {
            return invalidInput(tr("Enter the date the match ended."));
        }
        if (m.endedOn < from) {
            return invalidInput(tr("The match ends before it started (%1). Check the dates.").arg(longDate(from)));
        }
        if (m.endedOn > today) {
            return invalidInput(
                tr("The end date is in the future. Record an ending on or after the day it happens; a planned "
                   "end date can be set while the match is active."));
        }
        if (!ClientService::matchEndingReasonKeys().contains(m.endingReason)) {
            return invalidInput(tr("Choose why the match ended."));
        }
    }
    return Status::ok();
}

// ---- suggestions -----------------------------------------------------------------------------

Result<MatchSuggestions> MatchingService::suggest(const Actor& actor, qint64 episodeId, const QDate& asOf)
{
    if (Status s = requireAll(m_db, actor,
            { Action::OpenClientRecords, Action::OpenWorkerRecords, Action::EditRecords }, QString::number(episodeId));
        !s) {
        return s.error();
    }
    const QDate day = asOf.isValid() ? asOf : today();
    auto episode = readEpisode(m_db, episodeId);
    if (!episode) {
        return episode.error();
    }
    auto request = readRequest(m_db, episode.value(), 0);
    if (!request) {
        return request.error();
    }
    auto facts = readFacts(m_db, actor, day, 0, 0);
    if (!facts) {
        return facts.error();
    }
    const bool considered = Permissions::allowed(actor.role, Action::ViewLivedExperience);
    // Lived experience is read only when the person asked for it, and only for the mentors who pass
    // every gate: no one's sensitive detail is opened for nothing.
    if (considered && !request.value().wantedSharedAreas.isEmpty()) {
        QSet<qint64> eligible;
        for (const MentorCandidate& c : rank(request.value(), facts.value(), day, false).ranked) {
            eligible.insert(c.workerId);
        }
        if (Status s = addLivedExperience(m_db, actor, facts.value(), eligible, episodeId); !s) {
            return s.error();
        }
    }
    return rank(request.value(), facts.value(), day, considered);
}

// ---- reading matches -------------------------------------------------------------------------

Result<QList<MentorMatch>> MatchingService::matches(const Actor& actor, qint64 episodeId) const
{
    if (Status s = Permissions::require(actor, Action::OpenClientRecords); !s) {
        return s.error();
    }
    auto lines = readMatches(
        m_db, QStringLiteral("WHERE m.episode_id = ? ORDER BY m.proposed_on DESC, m.id DESC"), { episodeId });
    if (!lines) {
        return lines.error();
    }
    QList<MentorMatch> out;
    for (const CaseloadLine& l : lines.value()) {
        out << l.match;
    }
    return out;
}

Result<Caseload> MatchingService::caseload(const Actor& actor, qint64 mentorId) const
{
    for (Action a : { Action::OpenWorkerRecords, Action::OpenClientRecords }) {
        if (Status s = Permissions::require(actor, a); !s) {
            return s.error();
        }
    }
    auto settings = SettingsService(m_db).load(actor);
    if (!settings) {
        return settings.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT p.given_name, p.family_name, p.known_as, w.max_mentees FROM worker w JOIN person p ON "
                       "p.id = w.person_id WHERE w.id = ?"),
        { mentorId }, QStringLiteral("read a mentor"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return notFound(tr("This mentor's record no longer exists: it may have been erased."), mentorId);
    }
    Caseload c;
    c.mentorId = mentorId;
    c.mentorName = personName(q.value(), 0);
    c.capacity = q.value().value(3).isNull() ? settings.value().defaultMaxMentees : q.value().value(3).toInt();
    auto lines = readMatches(m_db,
        QStringLiteral("WHERE m.mentor_id = ? ORDER BY CASE m.status WHEN 'active' THEN 0 WHEN 'proposed' THEN 1 ELSE "
                       "2 END, m.ended_on DESC, cp.family_name, cp.given_name, m.id"),
        { mentorId });
    if (!lines) {
        return lines.error();
    }
    c.lines = lines.value();
    return c;
}

Result<QList<MentorCandidate>> MatchingService::mentors(const Actor& actor) const
{
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return s.error();
    }
    auto settings = SettingsService(m_db).load(actor);
    if (!settings) {
        return settings.error();
    }
    auto q = rows::query(m_db,
        QStringLiteral("SELECT w.id, p.given_name, p.family_name, p.known_as, w.max_mentees, "
                       "(SELECT COUNT(*) FROM mentor_match m WHERE m.mentor_id = w.id AND m.status IN ('proposed', "
                       "'active')) FROM worker w JOIN person p ON p.id = w.person_id "
                       "WHERE EXISTS (SELECT 1 FROM worker_role r JOIN role_type t ON t.id = r.role_type_id "
                       "WHERE r.worker_id = w.id AND t.is_peer = 1) "
                       "OR EXISTS (SELECT 1 FROM mentor_match m WHERE m.mentor_id = w.id) "
                       "ORDER BY p.family_name, p.given_name, w.id"),
        {}, QStringLiteral("list mentors"));
    if (!q) {
        return q.error();
    }
    QList<MentorCandidate> out;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        MentorCandidate c;
        c.workerId = r.value(0).toLongLong();
        c.name = personName(r, 1);
        const int capacity = r.value(4).isNull() ? settings.value().defaultMaxMentees : r.value(4).toInt();
        c.capacityLeft = std::max(0, capacity - r.value(5).toInt());
        out << c;
    }
    return out;
}

// ---- the lifecycle ---------------------------------------------------------------------------

Result<qint64> MatchingService::propose(
    const Actor& actor, qint64 episodeId, qint64 mentorId, const QDate& on, const QString& reasons)
{
    if (Status s
        = requireAll(m_db, actor, { Action::EditRecords, Action::OpenClientRecords, Action::OpenWorkerRecords }, {});
        !s) {
        return s.error();
    }
    MentorMatch m;
    m.episodeId = episodeId;
    m.mentorId = mentorId;
    m.status = kProposed;
    m.proposedOn = on;
    if (Status v = validate(m, today()); !v) {
        return v.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    auto episode = readEpisode(m_db, episodeId);
    if (!episode) {
        return episode.error();
    }
    if (on < episode.value().startsOn || (episode.value().endedOn.isValid() && on > episode.value().endedOn)) {
        return invalidInput(
            tr("The episode is not open on %1 (it runs from %2%3). Propose the match on a day the "
               "episode is open.")
                .arg(longDate(on), longDate(episode.value().startsOn),
                    episode.value().endedOn.isValid() ? tr(" to %1").arg(longDate(episode.value().endedOn))
                                                      : QString()));
    }
    if (Status s = requireNoOtherMatch(m_db, episodeId, 0, true); !s) {
        return s.error();
    }
    auto request = readRequest(m_db, episode.value(), 0);
    if (!request) {
        return request.error();
    }
    auto facts = requireEligible(m_db, actor, request.value(), mentorId, on, 0);
    if (!facts) {
        return facts.error();
    }
    m.reasons = reasons.trimmed();
    if (m.reasons.isEmpty()) {
        // The reasons as suggest() would give them, without lived experience (never stored with a match).
        const MatchSuggestions s = rank(request.value(), { facts.value() }, on, false);
        if (!s.ranked.isEmpty()) {
            m.reasons = s.ranked.first().reasonsText();
        }
    }
    auto id = rows::save(m_db, actor, kTable, 0, matchFields(m));
    if (!id) {
        return id.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Status MatchingService::start(const Actor& actor, qint64 matchId, const QDate& on, const QDate& plannedEnd)
{
    if (Status s = requireAll(m_db, actor,
            { Action::EditRecords, Action::OpenClientRecords, Action::OpenWorkerRecords }, QString::number(matchId));
        !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto read = readMatch(m_db, matchId);
    if (!read) {
        return read.status();
    }
    MentorMatch m = read.value();
    if (m.status != kProposed) {
        return invalidInput(m.status == kActive ? tr("This match has already started.")
                                                : tr("This match has ended, so it cannot start. Propose a new one."));
    }
    m.status = kActive;
    m.startedOn = on;
    m.plannedEndOn = plannedEnd;
    if (Status v = validate(m, today()); !v) {
        return v;
    }
    auto episode = readEpisode(m_db, m.episodeId);
    if (!episode) {
        return episode.status();
    }
    if (episode.value().endedOn.isValid() && on > episode.value().endedOn) {
        return invalidInput(
            tr("The episode ended on %1, so the match cannot start after it.").arg(longDate(episode.value().endedOn)));
    }
    if (Status s = requireNoOtherMatch(m_db, m.episodeId, m.id, false); !s) {
        return s;
    }
    auto request = readRequest(m_db, episode.value(), m.id);
    if (!request) {
        return request.status();
    }
    if (auto facts = requireEligible(m_db, actor, request.value(), m.mentorId, on, m.id); !facts) {
        return facts.status();
    }
    if (auto id = rows::save(m_db, actor, kTable, m.id, matchFields(m)); !id) {
        return id.status();
    }
    return tx.commit();
}

Status MatchingService::end(
    const Actor& actor, qint64 matchId, const QDate& on, const QString& reason, const QString& note)
{
    if (Status s = requireAll(m_db, actor, { Action::EditRecords }, QString::number(matchId)); !s) {
        return s;
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus();
    }
    auto read = readMatch(m_db, matchId);
    if (!read) {
        return read.status();
    }
    MentorMatch m = read.value();
    if (!isCurrent(m.status)) {
        return invalidInput(tr("This match has already ended."));
    }
    m.status = kEnded;
    m.endedOn = on;
    m.endingReason = reason.trimmed();
    m.endingNote = note.trimmed();
    if (Status v = validate(m, today()); !v) {
        return v;
    }
    if (auto id = rows::save(m_db, actor, kTable, m.id, matchFields(m)); !id) {
        return id.status();
    }
    return tx.commit();
}

Result<qint64> MatchingService::rematch(
    const Actor& actor, qint64 matchId, qint64 newMentorId, const QDate& on, const QString& reasons)
{
    if (Status s = requireAll(m_db, actor,
            { Action::EditRecords, Action::OpenClientRecords, Action::OpenWorkerRecords }, QString::number(matchId));
        !s) {
        return s.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    auto old = readMatch(m_db, matchId);
    if (!old) {
        return old.error();
    }
    if (!isCurrent(old.value().status)) {
        return invalidInput(tr("This match has already ended. Propose a new mentor instead."));
    }
    if (old.value().mentorId == newMentorId) {
        return invalidInput(tr("%1 is already this person's mentor. Choose someone else to re-match with.")
                                .arg(old.value().mentorName));
    }
    if (Status s = end(actor, matchId, on, kRematched, {}); !s) {
        return s.error();
    }
    auto id = propose(actor, old.value().episodeId, newMentorId, on, reasons);
    if (!id) {
        return id.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Result<qint64> MatchingService::saveMatch(const Actor& actor, const MentorMatch& match)
{
    if (Status s = requireAll(m_db, actor, { Action::EditRecords }, match.id ? QString::number(match.id) : QString());
        !s) {
        return s.error();
    }
    if (Status v = validate(match, today()); !v) {
        return v.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    auto episode = readEpisode(m_db, match.episodeId);
    if (!episode) {
        return episode.error();
    }
    auto mentor = sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM worker WHERE id = ?"), { match.mentorId });
    if (!mentor) {
        return mentor.error();
    }
    if (mentor.value().toInt() == 0) {
        return notFound(tr("This mentor's record no longer exists: it may have been erased."), match.mentorId);
    }
    if (match.status == kActive) {
        if (Status s = requireNoOtherMatch(m_db, match.episodeId, match.id, false); !s) {
            return s.error();
        }
    }
    auto id = rows::save(m_db, actor, kTable, match.id, matchFields(match));
    if (!id) {
        return id.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return id.value();
}

Status MatchingService::removeMatch(const Actor& actor, qint64 id)
{
    if (Status s = requireAll(m_db, actor, { Action::EditRecords }, QString::number(id)); !s) {
        return s;
    }
    return rows::remove(m_db, actor, kTable, id);
}

} // namespace alongside::core
