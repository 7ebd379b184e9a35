#include "peoplesetup.h"

#include "testsupport.h"

#include "core/clients/clientservice.h"
#include "core/workforce/trainingservice.h"
#include "core/workforce/workforceservice.h"

#include <QDebug>

namespace alongside::test {

using namespace alongside::core;

qint64 addMentor(Database& db, const Actor& actor, const MentorSetup& s)
{
    WorkforceService workforce(db);
    WorkerProfile p;
    p.givenName = s.given;
    p.familyName = s.family;
    p.gender = s.gender;
    p.ethnicity = s.ethnicity;
    p.languages = s.languages;
    p.postcode = s.postcode;
    p.maxMentees = s.maxMentees;
    StatusChange first { 0, 0, s.status, QDate(2020, 1, 1), {} };
    if (s.status == QLatin1String("paused") || s.status == QLatin1String("left")) {
        first.reason = QStringLiteral("own health");
    }
    auto id = workforce.createWorker(actor, p, first);
    if (!id) {
        qWarning() << "createWorker:" << id.error().message;
        return 0;
    }
    const qint64 w = id.value();
    RoleAssignment role;
    role.workerId = w;
    role.roleTypeId
        = test::scalar(db, QStringLiteral("SELECT id FROM role_type WHERE name = '%1'").arg(s.role)).toLongLong();
    role.startsOn = QDate(2020, 1, 1);
    role.endsOn = s.roleEnds;
    if (auto r = workforce.saveRole(actor, role); !r) {
        qWarning() << "saveRole:" << r.error().message;
        return 0;
    }
    if (s.dbsIssued.isValid()) {
        DbsCheck dbs;
        dbs.workerId = w;
        dbs.issuedOn = s.dbsIssued;
        if (auto r = workforce.saveDbsCheck(actor, dbs); !r) {
            qWarning() << "saveDbsCheck:" << r.error().message;
            return 0;
        }
    }
    for (const char* title : { "Volunteer induction", "Peer support training (internal)", "Safeguarding refresher" }) {
        if (s.skipCourses.contains(QLatin1String(title))) {
            continue;
        }
        Completion c;
        c.workerId = w;
        c.courseId = test::scalar(
            db, QStringLiteral("SELECT id FROM training_course WHERE title = '%1'").arg(QLatin1String(title)))
                         .toLongLong();
        c.completedOn = QDate(2025, 6, 1);
        if (auto r = TrainingService(db).saveCompletion(actor, c); !r) {
            qWarning() << "saveCompletion:" << r.error().message;
            return 0;
        }
    }
    for (QDate day(2025, 12, 5); s.supervisedUntil.isValid() && day <= s.supervisedUntil; day = day.addMonths(1)) {
        const bool ok = test::execSql(db,
                            QStringLiteral("INSERT INTO supervision_entry (held_on, kind, created_at) VALUES ('%1', "
                                           "'reflective', '2025-12-01T00:00:00Z')")
                                .arg(day.toString(Qt::ISODate)))
            && test::execSql(db,
                QStringLiteral("INSERT INTO supervision_attendee (entry_id, worker_id) SELECT MAX(id), %1 FROM "
                               "supervision_entry")
                    .arg(w));
        if (!ok) {
            return 0;
        }
    }
    if (!test::execSql(db,
            QStringLiteral("UPDATE worker SET available_slots = '%1', home_visits = %2 WHERE id = %3")
                .arg(s.availableSlots)
                .arg(s.homeVisits ? 1 : 0)
                .arg(w))) {
        return 0;
    }
    if (!s.areas.isEmpty()) {
        if (Status st = workforce.saveLivedExperience(actor, { w, QDate(2025, 1, 1), s.areas, {}, {} }); !st) {
            qWarning() << "saveLivedExperience:" << st.message();
            return 0;
        }
    }
    return w;
}

qint64 addClientEpisode(
    Database& db, const Actor& actor, const QString& given, const QString& component, const QDate& startsOn)
{
    ClientService clients(db);
    ClientProfile p;
    p.givenName = given;
    p.familyName = QStringLiteral("Client");
    Referral referral;
    referral.referredOn = startsOn;
    auto clientId = clients.createClient(actor, p, referral);
    if (!clientId) {
        qWarning() << "createClient:" << clientId.error().message;
        return 0;
    }
    auto referrals = clients.referrals(actor, clientId.value());
    if (!referrals || referrals.value().isEmpty()) {
        return 0;
    }
    Episode e;
    e.referralId = referrals.value().first().id;
    e.componentId
        = test::scalar(db, QStringLiteral("SELECT MIN(id) FROM service_component WHERE kind = '%1'").arg(component))
              .toLongLong();
    e.startsOn = startsOn;
    auto id = clients.saveEpisode(actor, e);
    if (!id) {
        qWarning() << "saveEpisode:" << id.error().message;
        return 0;
    }
    return id.value();
}

} // namespace alongside::test
