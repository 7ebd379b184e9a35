// Matching mentors with people supported: the hard gates and the criteria as pure rules (rank), then
// suggest() on a small hand-built database, the match lifecycle, permissions and a mentor's caseload,
// all with a fixed today.

#include "core/audit/auditlog.h"
#include "core/clients/clientservice.h"
#include "core/clients/matching.h"
#include "core/db/database.h"
#include "core/services/settingsservice.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/trainingservice.h"
#include "core/workforce/workforceservice.h"
#include "support/peoplesetup.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace alongside;
using namespace alongside::core;
using Role = Actor::Role;
using test::MentorSetup;

Q_DECLARE_METATYPE(alongside::core::MatchRequest)
Q_DECLARE_METATYPE(alongside::core::MentorFacts)
Q_DECLARE_METATYPE(alongside::core::Actor::Role)

namespace {

const QDate kToday(2026, 11, 22);

Actor as(Role role)
{
    Actor a = Actor::localUser();
    a.role = role;
    a.userName = QStringLiteral("tester");
    return a;
}

MentorFacts mentor(qint64 id, const QString& name)
{
    MentorFacts m;
    m.workerId = id;
    m.name = name;
    m.status = QStringLiteral("active");
    m.capacity = 3;
    return m;
}

const MatchReason* reason(const MentorCandidate& c, const QString& key)
{
    for (const MatchReason& r : c.reasons) {
        if (r.key == key) {
            return &r;
        }
    }
    return nullptr;
}

QStringList names(const QList<MentorCandidate>& list)
{
    QStringList out;
    for (const MentorCandidate& c : list) {
        out << c.name;
    }
    return out;
}

MentorSetup setup(const QString& given)
{
    MentorSetup s;
    s.given = given;
    return s;
}

} // namespace

class TstMatching : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // The rules, without a database.
    void eachGateAlone_data();
    void eachGateAlone();
    void failedGatesAreAllListed();
    void eachCriterionAlone_data();
    void eachCriterionAlone();
    void metReasonsComeBeforeUnmetOnes();
    void tiesBreakOnCapacityThenNameThenId();
    void livedExperienceSkippedWhenNotConsidered();
    void storedReasonsLeaveOutLivedExperience();

    // The database.
    void supervisionDueDates();
    void suggestOnHandBuiltData();
    void suggestReadsLivedExperienceOnlyWhenAskedAndAuditsIt();
    void capacityCountsProposedMatches();
    void suggestRefusesOtherComponentKinds();
    void endedMentorsAreExcludedWithAReason();
    void lifecycle();
    void proposeAndStartRecheckTheGates();
    void datesAndReasonsAreChecked_data();
    void datesAndReasonsAreChecked();
    void oneActiveMatchPerEpisode();
    void rematchIsOneStep();
    void saveAndRemoveForUndo();
    void rolesThatMayNotMatchAreRefused_data();
    void rolesThatMayNotMatchAreRefused();
    void caseloadAndMentors();

private:
    qint64 addMentor(const MentorSetup& s);
    qint64 addClient(const QString& given, const QString& component = QStringLiteral("mentoring"),
        const QDate& startsOn = QDate(2026, 9, 1));
    /** Changes the preferences of the person supported in the episode, through ClientService. */
    void prefer(qint64 episodeId, const std::function<void(ClientProfile&)>& change);
    void addSession(qint64 episodeId, const QDate& on, const QString& attendance = QStringLiteral("attended"));
    qint64 roleId(const QString& name);
    int auditCount(const QString& action, const QString& entity, const QString& recordId = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<Database> m_db;
    Actor m_admin = as(Role::Administrator);
};

void TstMatching::init()
{
    m_clock.reset();
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("m.alongside")));
    QVERIFY(m_db);
}

void TstMatching::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TstMatching::roleId(const QString& name)
{
    return test::scalar(*m_db, QStringLiteral("SELECT id FROM role_type WHERE name = '%1'").arg(name)).toLongLong();
}

int TstMatching::auditCount(const QString& action, const QString& entity, const QString& recordId)
{
    QString sql
        = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = '%1' AND entity = '%2'").arg(action, entity);
    if (!recordId.isEmpty()) {
        sql += QStringLiteral(" AND record_id = '%1'").arg(recordId);
    }
    return test::scalar(*m_db, sql).toInt();
}

qint64 TstMatching::addMentor(const MentorSetup& s)
{
    return test::addMentor(*m_db, m_admin, s);
}

qint64 TstMatching::addClient(const QString& given, const QString& component, const QDate& startsOn)
{
    return test::addClientEpisode(*m_db, m_admin, given, component, startsOn);
}

void TstMatching::prefer(qint64 episodeId, const std::function<void(ClientProfile&)>& change)
{
    ClientService clients(*m_db);
    const qint64 clientId = test::scalar(*m_db,
        QStringLiteral("SELECT r.client_id FROM referral r JOIN episode e ON e.referral_id = r.id WHERE e.id = %1")
            .arg(episodeId))
                                .toLongLong();
    auto p = clients.profile(m_admin, clientId);
    QVERIFY(p);
    change(p.value());
    const Status saved = clients.updateProfile(m_admin, p.value());
    QVERIFY2(saved, qPrintable(saved.message()));
}

void TstMatching::addSession(qint64 episodeId, const QDate& on, const QString& attendance)
{
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO session (episode_id, held_on, mode, attendance) VALUES (%1, '%2', "
                       "'face_to_face', '%3')")
            .arg(episodeId)
            .arg(on.toString(Qt::ISODate), attendance)));
}

// ---- the rules ---------------------------------------------------------------------------------

void TstMatching::eachGateAlone_data()
{
    QTest::addColumn<MentorFacts>("facts");
    QTest::addColumn<QList<qint64>>("excludedIds");
    QTest::addColumn<QString>("exclusion"); // empty: eligible

    const MentorFacts base = mentor(7, QStringLiteral("Asha Khan"));
    QTest::newRow("cleared") << base << QList<qint64>() << QString();
    MentorFacts m = base;
    m.status = QStringLiteral("paused");
    QTest::newRow("paused") << m << QList<qint64>() << QStringLiteral("Not active: Paused");
    m.status = QStringLiteral("in_training");
    QTest::newRow("in training") << m << QList<qint64>() << QStringLiteral("Not active: In training");
    m.status = QString();
    QTest::newRow("no status") << m << QList<qint64>() << QStringLiteral("Not active: No status");
    m = base;
    m.missingTraining = QStringList { QStringLiteral("Volunteer induction"), QStringLiteral("Safeguarding refresher") };
    QTest::newRow("training") << m << QList<qint64>()
                              << QStringLiteral(
                                     "Training missing or expired: Volunteer induction, Safeguarding refresher");
    m = base;
    m.dbsInDate = false;
    m.dbsDetail = QStringLiteral("DBS check expired on 3 March 2026");
    QTest::newRow("dbs expired") << m << QList<qint64>() << QStringLiteral("DBS check expired on 3 March 2026");
    m.dbsDetail = QString();
    QTest::newRow("dbs no detail") << m << QList<qint64>() << QStringLiteral("DBS check not in date");
    m = base;
    m.supervisionDue = kToday.addDays(-1);
    QTest::newRow("supervision overdue") << m << QList<qint64>()
                                         << QStringLiteral("Supervision overdue: it was due on 21 November 2026");
    m.supervisionDue = kToday;
    QTest::newRow("supervision due today") << m << QList<qint64>() << QString();
    m.supervisionDue = kToday.addDays(1);
    QTest::newRow("supervision due tomorrow") << m << QList<qint64>() << QString();
    m = base;
    m.currentMentees = 3;
    QTest::newRow("at capacity") << m << QList<qint64>() << QStringLiteral("At capacity: 3 of 3 mentees");
    m.currentMentees = 4;
    QTest::newRow("over capacity") << m << QList<qint64>() << QStringLiteral("At capacity: 4 of 3 mentees");
    m.currentMentees = 2;
    QTest::newRow("one place left") << m << QList<qint64>() << QString();
    m = base;
    m.capacity = 0;
    QTest::newRow("takes none") << m << QList<qint64>() << QStringLiteral("Takes no mentees");
    QTest::newRow("excluded id") << base << QList<qint64> { 7 }
                                 << QStringLiteral("Had an earlier match with this person that ended");
    QTest::newRow("another id excluded") << base << QList<qint64> { 8 } << QString();
}

void TstMatching::eachGateAlone()
{
    QFETCH(MentorFacts, facts);
    QFETCH(QList<qint64>, excludedIds);
    QFETCH(QString, exclusion);
    MatchRequest request;
    request.excludedMentorIds = excludedIds;
    const MatchSuggestions s = MatchingService::rank(request, { facts }, kToday);
    QCOMPARE(s.asOf, kToday);
    if (exclusion.isEmpty()) {
        QCOMPARE(s.ranked.size(), 1);
        QVERIFY(s.excluded.isEmpty());
        QVERIFY(s.ranked.first().exclusions.isEmpty());
    } else {
        QVERIFY(s.ranked.isEmpty());
        QCOMPARE(s.excluded.size(), 1);
        QCOMPARE(s.excluded.first().exclusions, QStringList { exclusion });
        QCOMPARE(s.excluded.first().name, facts.name);
        QVERIFY(s.excluded.first().reasons.isEmpty()); // no ranking reasons for someone shut out
    }
}

void TstMatching::failedGatesAreAllListed()
{
    MentorFacts m = mentor(1, QStringLiteral("Dev Rao"));
    m.status = QStringLiteral("paused");
    m.dbsInDate = false;
    m.dbsDetail = QStringLiteral("No DBS check recorded");
    m.capacity = 0;
    MatchRequest request;
    request.currentMentorIds = { 1 };
    const MatchSuggestions s = MatchingService::rank(request, { m }, kToday);
    QCOMPARE(s.excluded.size(), 1);
    QCOMPARE(s.excluded.first().exclusions,
        QStringList(
            { QStringLiteral("Already proposed or matched with this person"), QStringLiteral("Not active: Paused"),
                QStringLiteral("No DBS check recorded"), QStringLiteral("Takes no mentees") }));
}

void TstMatching::eachCriterionAlone_data()
{
    QTest::addColumn<MatchRequest>("request");
    QTest::addColumn<MentorFacts>("facts");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("points"); // -1: no reason of that kind at all
    QTest::addColumn<QString>("text");

    const MentorFacts base = mentor(1, QStringLiteral("Asha Khan"));
    const QString anxiety = QStringLiteral("anxiety");
    const QString depression = QStringLiteral("depression");
    const QString trauma = QStringLiteral("trauma");

    MatchRequest r;
    MentorFacts m = base;
    QTest::newRow("nothing asked") << r << m << QStringLiteral("gender") << -1 << QString();

    r.wantedSharedAreas = { anxiety };
    m.livedExperienceAreas = { anxiety, trauma };
    QTest::newRow("one shared area") << r << m << QStringLiteral("lived_experience")
                                     << MatchingService::kSharedAreaPoints
                                     << QStringLiteral("Shares lived experience: Anxiety");
    r.wantedSharedAreas = { anxiety, depression };
    m.livedExperienceAreas = { depression, anxiety };
    QTest::newRow("two shared areas") << r << m << QStringLiteral("lived_experience")
                                      << 2 * MatchingService::kSharedAreaPoints
                                      << QStringLiteral("Shares lived experience: Anxiety, Depression");
    r.wantedSharedAreas = { anxiety, depression, trauma };
    m.livedExperienceAreas = { anxiety, depression, trauma };
    QTest::newRow("areas capped at two") << r << m << QStringLiteral("lived_experience")
                                         << MatchingService::kMaxSharedAreas * MatchingService::kSharedAreaPoints
                                         << QStringLiteral("Shares lived experience: Anxiety, Depression, Trauma");
    m.livedExperienceAreas = { QStringLiteral("bereavement") };
    QTest::newRow("no shared area") << r << m << QStringLiteral("lived_experience") << 0
                                    << QStringLiteral("Shares none of the lived experience asked for");

    r = MatchRequest();
    m = base;
    r.wantedGender = QStringLiteral("female");
    m.gender = QStringLiteral("female");
    QTest::newRow("gender met") << r << m << QStringLiteral("gender") << MatchingService::kWantedGenderPoints
                                << QStringLiteral("Gender asked for: Female");
    m.gender = QStringLiteral("Woman"); // an older free-text answer
    QTest::newRow("gender met, old answer")
        << r << m << QStringLiteral("gender") << MatchingService::kWantedGenderPoints
        << QStringLiteral("Gender asked for: Female");
    m.gender = QStringLiteral("male");
    QTest::newRow("gender not met") << r << m << QStringLiteral("gender") << 0
                                    << QStringLiteral("Not the gender asked for (Female)");
    m.gender = QString();
    QTest::newRow("gender not recorded") << r << m << QStringLiteral("gender") << 0
                                         << QStringLiteral("Not the gender asked for (Female)");

    r = MatchRequest();
    m = base;
    r.ethnicity = QStringLiteral("3"); // Asian: Indian
    m.ethnicity = QStringLiteral("4"); // Asian: Pakistani
    QTest::newRow("ethnicity not asked") << r << m << QStringLiteral("ethnicity") << -1 << QString();
    r.wantsSharedEthnicity = true;
    QTest::newRow("same ethnic group") << r << m << QStringLiteral("ethnicity")
                                       << MatchingService::kSharedEthnicityPoints
                                       << QStringLiteral(
                                              "Shares ethnic background: Asian, Asian British or Asian Welsh");
    m.ethnicity = QStringLiteral("13");
    QTest::newRow("other ethnic group") << r << m << QStringLiteral("ethnicity") << 0
                                        << QStringLiteral("Does not share the ethnic background asked for");
    r.ethnicity = QStringLiteral("not_stated");
    m.ethnicity = QStringLiteral("not_stated");
    QTest::newRow("ethnicity not stated")
        << r << m << QStringLiteral("ethnicity") << 0
        << QStringLiteral("The person's ethnic background is not recorded, so a shared one cannot be found");

    r = MatchRequest();
    m = base;
    r.languages = { QStringLiteral("english"), QStringLiteral("urdu") };
    m.languages = { QStringLiteral("urdu"), QStringLiteral("punjabi") };
    QTest::newRow("language not asked") << r << m << QStringLiteral("language") << -1 << QString();
    r.wantsSharedLanguage = true;
    QTest::newRow("shared language") << r << m << QStringLiteral("language") << MatchingService::kSharedLanguagePoints
                                     << QStringLiteral("Speaks Urdu");
    m.languages = { QStringLiteral("polish") };
    QTest::newRow("no shared language") << r << m << QStringLiteral("language") << 0
                                        << QStringLiteral("Speaks none of the person's languages");
    r.languages.clear();
    QTest::newRow("languages not recorded")
        << r << m << QStringLiteral("language") << 0
        << QStringLiteral("The person's languages are not recorded, so a shared one cannot be found");

    r = MatchRequest();
    m = base;
    r.availability = { QStringLiteral("mon_day"), QStringLiteral("tue_eve") };
    m.availability = { QStringLiteral("tue_eve"), QStringLiteral("sat_day") };
    QTest::newRow("one shared slot") << r << m << QStringLiteral("availability") << MatchingService::kSlotPoints
                                     << QStringLiteral("Free at the same times: Tuesday evening");
    r.availability = { QStringLiteral("mon_day"), QStringLiteral("tue_day"), QStringLiteral("wed_day"),
        QStringLiteral("thu_day") };
    m.availability = r.availability;
    QTest::newRow("slots capped at three")
        << r << m << QStringLiteral("availability") << MatchingService::kMaxSlots * MatchingService::kSlotPoints
        << QStringLiteral(
               "Free at the same times: Monday daytime, Tuesday daytime, Wednesday daytime, Thursday daytime");
    m.availability = { QStringLiteral("sun_eve") };
    QTest::newRow("no shared slot") << r << m << QStringLiteral("availability") << 0
                                    << QStringLiteral("Not free at any of the times asked for");

    r = MatchRequest();
    m = base;
    r.postcode = QStringLiteral("M13 9PL");
    m.postcode = QStringLiteral("m13 0ab");
    QTest::newRow("same district") << r << m << QStringLiteral("distance") << MatchingService::kSameDistrictPoints
                                   << QStringLiteral("Lives in the same postcode district (M13)");
    m.postcode = QStringLiteral("M1 1AA");
    QTest::newRow("same area") << r << m << QStringLiteral("distance") << MatchingService::kSameAreaPoints
                               << QStringLiteral("Lives in the same postcode area (M)");
    m.postcode = QStringLiteral("SK4 2AB");
    QTest::newRow("elsewhere") << r << m << QStringLiteral("distance") << -1 << QString();
    r.postcode = QStringLiteral("M");
    m.postcode = QStringLiteral("M");
    QTest::newRow("only areas known") << r << m << QStringLiteral("distance") << MatchingService::kSameAreaPoints
                                      << QStringLiteral("Lives in the same postcode area (M)");
    m.postcode = QString();
    QTest::newRow("mentor postcode unknown") << r << m << QStringLiteral("distance") << -1 << QString();

    r = MatchRequest();
    m = base;
    m.homeVisits = true;
    QTest::newRow("home visits not needed") << r << m << QStringLiteral("home_visits") << -1 << QString();
    r.needsHomeVisits = true;
    QTest::newRow("home visits") << r << m << QStringLiteral("home_visits") << MatchingService::kHomeVisitPoints
                                 << QStringLiteral("Makes home visits");
    m.homeVisits = false;
    QTest::newRow("no home visits") << r << m << QStringLiteral("home_visits") << 0
                                    << QStringLiteral("Does not make home visits");

    r = MatchRequest();
    m = base;
    QTest::newRow("three places free") << r << m << QStringLiteral("capacity")
                                       << MatchingService::kMaxFreePlaces * MatchingService::kFreePlacePoints
                                       << QStringLiteral("3 places free");
    m.currentMentees = 2;
    QTest::newRow("one place free") << r << m << QStringLiteral("capacity") << MatchingService::kFreePlacePoints
                                    << QStringLiteral("1 place free");
}

void TstMatching::eachCriterionAlone()
{
    QFETCH(MatchRequest, request);
    QFETCH(MentorFacts, facts);
    QFETCH(QString, key);
    QFETCH(int, points);
    QFETCH(QString, text);
    const MatchSuggestions s = MatchingService::rank(request, { facts }, kToday);
    QCOMPARE(s.ranked.size(), 1);
    const MentorCandidate& c = s.ranked.first();
    const MatchReason* r = reason(c, key);
    if (points < 0) {
        QVERIFY2(!r, qPrintable(r ? r->text : QString()));
    } else {
        QVERIFY(r);
        QCOMPARE(r->points, points);
        QCOMPARE(r->text, text);
    }
    int total = 0;
    for (const MatchReason& each : c.reasons) {
        total += each.points;
        // Only what was asked for (and the free places every eligible mentor has) gives a reason.
        QVERIFY2(each.key == key || each.key == QLatin1String("capacity"), qPrintable(each.key));
    }
    QCOMPARE(c.score, total);
}

void TstMatching::metReasonsComeBeforeUnmetOnes()
{
    MatchRequest r;
    r.wantedGender = QStringLiteral("male");
    r.needsHomeVisits = true;
    r.postcode = QStringLiteral("M13 9PL");
    MentorFacts m = mentor(1, QStringLiteral("Asha Khan"));
    m.gender = QStringLiteral("female");
    m.postcode = QStringLiteral("M13 1AA");
    const MentorCandidate c = MatchingService::rank(r, { m }, kToday).ranked.value(0);
    QStringList keys;
    for (const MatchReason& each : c.reasons) {
        keys << QStringLiteral("%1:%2").arg(each.key).arg(each.points);
    }
    QCOMPARE(keys,
        QStringList({ QStringLiteral("distance:2"), QStringLiteral("capacity:2"), QStringLiteral("gender:0"),
            QStringLiteral("home_visits:0") }));
    QCOMPARE(c.score, 4);
}

void TstMatching::tiesBreakOnCapacityThenNameThenId()
{
    MatchRequest r;
    r.wantedGender = QStringLiteral("female");
    MentorFacts top = mentor(9, QStringLiteral("Zoe Young"));
    top.gender = QStringLiteral("female");
    top.capacity = 1; // 3 for gender + 1 free place = 4
    MentorFacts roomy = mentor(5, QStringLiteral("Yusuf Ali"));
    roomy.capacity = 5; // 0 for gender + 2 (capped) for places = 2
    MentorFacts bea = mentor(4, QStringLiteral("bea Brown")); // 2 places: 2, more places left than Cal
    MentorFacts cal = mentor(3, QStringLiteral("Cal Brown"));
    cal.capacity = 2; // 2 places: 2
    MentorFacts ann1 = mentor(2, QStringLiteral("Ann Brown"));
    ann1.capacity = 2;
    MentorFacts ann2 = mentor(1, QStringLiteral("ann Brown")); // names compare ignoring case
    ann2.capacity = 2;
    const MatchSuggestions s = MatchingService::rank(r, { cal, ann1, roomy, bea, top, ann2 }, kToday);
    QList<qint64> order;
    for (const MentorCandidate& c : s.ranked) {
        order << c.workerId;
    }
    // Score 4 first; of the score-2 mentors, 5 places left beats 3 beats 2; then by name
    // (ignoring case), then by id.
    QCOMPARE(order, QList<qint64>({ 9, 5, 4, 1, 2, 3 }));
    QCOMPARE(s.ranked.first().score, 4);
    QCOMPARE(s.ranked.at(1).score, 2);
    QCOMPARE(s.ranked.at(1).capacityLeft, 5);

    // Excluded mentors are listed by name, then id.
    for (MentorFacts* f : { &cal, &ann1, &ann2 }) {
        f->status = QStringLiteral("paused");
    }
    const MatchSuggestions e = MatchingService::rank(r, { cal, ann1, ann2 }, kToday);
    QCOMPARE(names(e.excluded),
        QStringList({ QStringLiteral("ann Brown"), QStringLiteral("Ann Brown"), QStringLiteral("Cal Brown") }));
    QCOMPARE(e.excluded.first().workerId, 1);
}

void TstMatching::livedExperienceSkippedWhenNotConsidered()
{
    MatchRequest r;
    r.wantedSharedAreas = { QStringLiteral("anxiety") };
    MentorFacts shares = mentor(1, QStringLiteral("Asha Khan"));
    shares.livedExperienceAreas = { QStringLiteral("anxiety") };
    MentorFacts not_ = mentor(2, QStringLiteral("Ben Okoro"));

    const MatchSuggestions with = MatchingService::rank(r, { shares, not_ }, kToday, true);
    QVERIFY(with.livedExperienceConsidered);
    QCOMPARE(names(with.ranked), QStringList({ QStringLiteral("Asha Khan"), QStringLiteral("Ben Okoro") }));
    QCOMPARE(with.ranked.first().score, MatchingService::kSharedAreaPoints + 2);

    const MatchSuggestions without = MatchingService::rank(r, { shares, not_ }, kToday, false);
    QVERIFY(!without.livedExperienceConsidered);
    for (const MentorCandidate& c : without.ranked) {
        QCOMPARE(c.score, 2); // the free places only
        QVERIFY(!reason(c, QStringLiteral("lived_experience")));
        for (const MatchReason& each : c.reasons) {
            QVERIFY2(!each.text.contains(QLatin1String("lived experience"), Qt::CaseInsensitive)
                    && !each.text.contains(QLatin1String("Anxiety")),
                qPrintable(each.text));
        }
    }
}

void TstMatching::storedReasonsLeaveOutLivedExperience()
{
    MatchRequest r;
    r.wantedSharedAreas = { QStringLiteral("anxiety") };
    r.wantedGender = QStringLiteral("female");
    r.needsHomeVisits = true;
    MentorFacts m = mentor(1, QStringLiteral("Asha Khan"));
    m.livedExperienceAreas = { QStringLiteral("anxiety") };
    m.gender = QStringLiteral("female");
    const MentorCandidate c = MatchingService::rank(r, { m }, kToday).ranked.value(0);
    QVERIFY(reason(c, QStringLiteral("lived_experience")));
    QCOMPARE(c.reasonsText(), QStringLiteral("Gender asked for: Female\nNot met: Does not make home visits"));
}

// ---- the database ------------------------------------------------------------------------------

void TstMatching::supervisionDueDates()
{
    // Last supervised on 5 November, monthly role: due 5 December.
    const qint64 regular = addMentor(setup(QStringLiteral("Regular")));
    // Never supervised, active since 1 January 2020: due 31 January 2020.
    MentorSetup never = setup(QStringLiteral("Never"));
    never.supervisedUntil = QDate();
    const qint64 neverId = addMentor(never);
    // Two roles: the shorter interval (14 days) counts.
    const qint64 twoRoles = addMentor(setup(QStringLiteral("Two")));
    RoleAssignment second;
    second.workerId = twoRoles;
    second.roleTypeId = roleId(QStringLiteral("Employed peer support worker"));
    second.payBasis = QStringLiteral("paid");
    second.startsOn = QDate(2026, 1, 1);
    QVERIFY(WorkforceService(*m_db).saveRole(m_admin, second));
    // A role that expects no supervision.
    MentorSetup partner = setup(QStringLiteral("Partner"));
    partner.role = QStringLiteral("Partner staff");
    const qint64 partnerId = addMentor(partner);
    // Supervision after the day asked about does not count.
    const qint64 later = addMentor(setup(QStringLiteral("Later")));
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO supervision_entry (held_on, kind, created_at) VALUES ('2026-12-01', 'ad_hoc', "
                       "'2026-01-01')")));
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO supervision_attendee (entry_id, worker_id) SELECT MAX(id), %1 FROM "
                       "supervision_entry")
            .arg(later)));

    auto due = SupervisionService::supervisionDue(*m_db, kToday);
    QVERIFY(due);
    QCOMPARE(due.value().value(regular), QDate(2026, 12, 5));
    QCOMPARE(due.value().value(neverId), QDate(2020, 1, 31));
    QCOMPARE(due.value().value(twoRoles), QDate(2026, 11, 19));
    QVERIFY(!due.value().contains(partnerId));
    QCOMPARE(due.value().value(later), QDate(2026, 12, 5));
    // Before the second role started, only the monthly one counted; before the first supervision,
    // the count runs from the day they became active.
    auto earlier = SupervisionService::supervisionDue(*m_db, QDate(2025, 12, 20));
    QVERIFY(earlier);
    QCOMPARE(earlier.value().value(twoRoles), QDate(2026, 1, 4));
    QCOMPARE(earlier.value().value(regular), QDate(2026, 1, 4));
    auto before = SupervisionService::supervisionDue(*m_db, QDate(2025, 12, 1));
    QVERIFY(before);
    QCOMPARE(before.value().value(regular), QDate(2020, 1, 31));
}

void TstMatching::suggestOnHandBuiltData()
{
    MentorSetup asha = setup(QStringLiteral("Asha"));
    asha.gender = QStringLiteral("female");
    asha.languages = QStringLiteral("English, Urdu");
    asha.availableSlots = QStringLiteral("mon_day,tue_eve");
    asha.postcode = QStringLiteral("M13 1AA");
    asha.homeVisits = true;
    asha.areas = { QStringLiteral("anxiety") };
    const qint64 ashaId = addMentor(asha);
    MentorSetup ben = setup(QStringLiteral("Ben"));
    ben.gender = QStringLiteral("male");
    ben.maxMentees = 1;
    const qint64 benId = addMentor(ben);
    MentorSetup cara = setup(QStringLiteral("Cara"));
    cara.status = QStringLiteral("paused");
    const qint64 caraId = addMentor(cara);
    MentorSetup dev = setup(QStringLiteral("Dev"));
    dev.dbsIssued = QDate(2023, 1, 1); // recheck after 36 months
    addMentor(dev);
    MentorSetup eve = setup(QStringLiteral("Eve"));
    eve.dbsIssued = QDate();
    addMentor(eve);
    MentorSetup finn = setup(QStringLiteral("Finn"));
    finn.skipCourses = QStringList { QStringLiteral("Volunteer induction") };
    addMentor(finn);
    MentorSetup gus = setup(QStringLiteral("Gus"));
    gus.supervisedUntil = QDate(2026, 10, 5);
    addMentor(gus);
    MentorSetup hana = setup(QStringLiteral("Hana"));
    hana.maxMentees = 0;
    addMentor(hana);
    MentorSetup ivan = setup(QStringLiteral("Ivan"));
    ivan.role = QStringLiteral("Non-peer staff");
    addMentor(ivan);
    MentorSetup jo = setup(QStringLiteral("Jo"));
    jo.status = QStringLiteral("left");
    addMentor(jo);
    MentorSetup kit = setup(QStringLiteral("Kit"));
    kit.roleEnds = QDate(2026, 6, 30);
    addMentor(kit);

    const qint64 episode = addClient(QStringLiteral("Rosa"));
    QVERIFY(episode > 0);
    prefer(episode, [](ClientProfile& p) {
        p.wantedGender = QStringLiteral("female");
        p.languages = QStringLiteral("Urdu");
        p.wantsSharedLanguage = true;
        p.availability = QStringList { QStringLiteral("mon_day") };
        p.postcode = QStringLiteral("M13 9PL");
        p.needsHomeVisits = true;
    });

    MatchingService service(*m_db);
    auto s = service.suggest(as(Role::Coordinator), episode);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(s.value().asOf, kToday);
    QVERIFY(s.value().livedExperienceConsidered);
    QCOMPARE(names(s.value().ranked), QStringList({ QStringLiteral("Asha Mentor"), QStringLiteral("Ben Mentor") }));
    const MentorCandidate& top = s.value().ranked.first();
    QCOMPARE(top.workerId, ashaId);
    QStringList texts;
    for (const MatchReason& r : top.reasons) {
        texts << r.text;
    }
    QCOMPARE(texts,
        QStringList({ QStringLiteral("Gender asked for: Female"), QStringLiteral("Speaks Urdu"),
            QStringLiteral("Free at the same times: Monday daytime"),
            QStringLiteral("Lives in the same postcode district (M13)"), QStringLiteral("Makes home visits"),
            QStringLiteral("3 places free") }));
    QCOMPARE(top.score, 3 + 3 + 1 + 2 + 3 + 2);
    QCOMPARE(s.value().ranked.at(1).workerId, benId);
    QCOMPARE(s.value().ranked.at(1).score, 1); // one place free; gender, language, times, home visits not met
    QCOMPARE(s.value().ranked.at(1).capacityLeft, 1);

    QHash<QString, QStringList> excluded;
    for (const MentorCandidate& c : s.value().excluded) {
        excluded.insert(c.name, c.exclusions);
    }
    QCOMPARE(excluded.keys().size(), 6);
    QCOMPARE(excluded.value(QStringLiteral("Cara Mentor")), QStringList { QStringLiteral("Not active: Paused") });
    QCOMPARE(excluded.value(QStringLiteral("Dev Mentor")),
        QStringList { QStringLiteral("DBS check expired on 1 January 2026") });
    QCOMPARE(excluded.value(QStringLiteral("Eve Mentor")), QStringList { QStringLiteral("No DBS check recorded") });
    QCOMPARE(excluded.value(QStringLiteral("Finn Mentor")),
        QStringList { QStringLiteral("Training missing or expired: Volunteer induction") });
    QCOMPARE(excluded.value(QStringLiteral("Gus Mentor")),
        QStringList { QStringLiteral("Supervision overdue: it was due on 4 November 2026") });
    QCOMPARE(excluded.value(QStringLiteral("Hana Mentor")), QStringList { QStringLiteral("Takes no mentees") });
    QCOMPARE(names(s.value().excluded).first(), QStringLiteral("Cara Mentor")); // by name

    // On 4 November Gus's supervision was due that day: not yet overdue.
    auto earlier = service.suggest(m_admin, episode, QDate(2026, 11, 4));
    QVERIFY(earlier);
    QVERIFY(names(earlier.value().ranked).contains(QStringLiteral("Gus Mentor")));
    QCOMPARE(earlier.value().asOf, QDate(2026, 11, 4));
    Q_UNUSED(caraId);
}

void TstMatching::suggestReadsLivedExperienceOnlyWhenAskedAndAuditsIt()
{
    MentorSetup asha = setup(QStringLiteral("Asha"));
    asha.areas = { QStringLiteral("anxiety"), QStringLiteral("trauma") };
    const qint64 ashaId = addMentor(asha);
    MentorSetup ben = setup(QStringLiteral("Ben"));
    ben.areas = { QStringLiteral("depression") };
    const qint64 benId = addMentor(ben);
    MentorSetup cara = setup(QStringLiteral("Cara"));
    cara.areas = { QStringLiteral("anxiety") };
    cara.status = QStringLiteral("paused");
    const qint64 caraId = addMentor(cara);
    const qint64 episode = addClient(QStringLiteral("Rosa"));
    const QString view = QString::fromLatin1(AuditLog::kView);
    const QString le = QStringLiteral("worker_lived_experience");
    MatchingService service(*m_db);

    // Nothing asked: nothing read.
    auto plain = service.suggest(m_admin, episode);
    QVERIFY(plain);
    QCOMPARE(auditCount(view, le), 0);
    QCOMPARE(plain.value().ranked.first().score, plain.value().ranked.at(1).score);

    prefer(episode, [](ClientProfile& p) {
        p.wantedSharedAreas = QStringList { QStringLiteral("anxiety"), QStringLiteral("depression") };
    });
    auto s = service.suggest(m_admin, episode);
    QVERIFY(s);
    QCOMPARE(s.value().ranked.size(), 2);
    for (const MentorCandidate& c : s.value().ranked) {
        const MatchReason* r = reason(c, QStringLiteral("lived_experience"));
        QVERIFY(r);
        QCOMPARE(r->points, MatchingService::kSharedAreaPoints);
        QCOMPARE(r->text,
            c.workerId == ashaId ? QStringLiteral("Shares lived experience: Anxiety")
                                 : QStringLiteral("Shares lived experience: Depression"));
    }
    // Each eligible mentor's areas were read once, and that is on the record; Cara is shut out by a
    // gate, so hers were never opened.
    QCOMPARE(auditCount(view, le, QString::number(ashaId)), 1);
    QCOMPARE(auditCount(view, le, QString::number(benId)), 1);
    QCOMPARE(auditCount(view, le, QString::number(caraId)), 0);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT fields || '|' || note FROM audit_log WHERE action = 'view' AND entity = "
                                "'worker_lived_experience' ORDER BY seq LIMIT 1"))
                 .toString(),
        QStringLiteral("areas|matching, episode %1").arg(episode));

    // Proposing stores the reasons without lived experience.
    auto id = service.propose(m_admin, episode, ashaId, kToday);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    const QString stored
        = test::scalar(*m_db, QStringLiteral("SELECT reasons FROM mentor_match WHERE id = %1").arg(id.value()))
              .toString();
    // Only lived experience and places free were met: neither is stored.
    QCOMPARE(stored, QStringLiteral("Passed every check; no other preference to weigh"));
    QCOMPARE(auditCount(view, le), 2); // proposing read nothing sensitive
}

void TstMatching::capacityCountsProposedMatches()
{
    // Pure rule: proposed matches count as much as active ones (the caller counts both).
    MentorFacts m = mentor(1, QStringLiteral("Asha Khan"));
    m.capacity = 2;
    m.currentMentees = 2;
    QCOMPARE(MatchingService::rank({}, { m }, kToday).excluded.size(), 1);

    MentorSetup asha = setup(QStringLiteral("Asha"));
    asha.maxMentees = 2;
    const qint64 ashaId = addMentor(asha);
    const qint64 first = addClient(QStringLiteral("One"));
    const qint64 second = addClient(QStringLiteral("Two"));
    const qint64 third = addClient(QStringLiteral("Three"));
    MatchingService service(*m_db);
    auto a = service.propose(m_admin, first, ashaId, kToday);
    QVERIFY(a);
    QVERIFY(service.start(m_admin, a.value(), kToday, {}));
    QVERIFY(service.propose(m_admin, second, ashaId, kToday)); // proposed, not started
    auto s = service.suggest(m_admin, third);
    QVERIFY(s);
    QVERIFY(s.value().ranked.isEmpty());
    QCOMPARE(s.value().excluded.value(0).exclusions, QStringList { QStringLiteral("At capacity: 2 of 2 mentees") });
    auto refused = service.propose(m_admin, third, ashaId, kToday);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("At capacity: 2 of 2 mentees")),
        qPrintable(refused.error().message));

    // The charity's default applies when the record sets no limit.
    MentorSetup ben = setup(QStringLiteral("Ben"));
    const qint64 benId = addMentor(ben);
    auto again = service.suggest(m_admin, third);
    QVERIFY(again);
    QCOMPARE(again.value().ranked.value(0).workerId, benId);
    QCOMPARE(again.value().ranked.value(0).capacityLeft, CharitySettings::kDefaultMaxMentees);
}

void TstMatching::suggestRefusesOtherComponentKinds()
{
    addMentor(setup(QStringLiteral("Asha")));
    const qint64 connect = addClient(QStringLiteral("Rosa"), QStringLiteral("connect"));
    MatchingService service(*m_db);
    auto s = service.suggest(m_admin, connect);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::InvalidInput);
    QVERIFY2(s.error().message.contains(QLatin1String("only in mentoring episodes")), qPrintable(s.error().message));
    QVERIFY(s.error().message.contains(QLatin1String("Peer connect")));
    auto p = service.propose(m_admin, connect, 1, kToday);
    QVERIFY(!p);
    QCOMPARE(p.error().code, Error::Code::InvalidInput);
    auto missing = service.suggest(m_admin, 999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TstMatching::endedMentorsAreExcludedWithAReason()
{
    const qint64 asha = addMentor(setup(QStringLiteral("Asha")));
    const qint64 ben = addMentor(setup(QStringLiteral("Ben")));
    const qint64 episode = addClient(QStringLiteral("Rosa"));
    MatchingService service(*m_db);
    auto first = service.propose(m_admin, episode, asha, QDate(2026, 10, 1));
    QVERIFY(first);
    // While Asha is proposed, she is shown as already matched.
    auto s = service.suggest(m_admin, episode);
    QVERIFY(s);
    QCOMPARE(names(s.value().ranked), QStringList { QStringLiteral("Ben Mentor") });
    QCOMPARE(s.value().excluded.value(0).exclusions,
        QStringList { QStringLiteral("Already proposed or matched with this person") });
    QVERIFY(service.end(m_admin, first.value(), QDate(2026, 10, 5), QStringLiteral("mentor_unavailable"), {}));
    s = service.suggest(m_admin, episode);
    QVERIFY(s);
    QCOMPARE(s.value().excluded.value(0).workerId, asha);
    QCOMPARE(s.value().excluded.value(0).exclusions,
        QStringList { QStringLiteral("Had an earlier match with this person that ended") });
    // A coordinator may still propose her again on purpose: only the hard gates refuse.
    QVERIFY(service.propose(m_admin, episode, asha, kToday));
    Q_UNUSED(ben);
}

void TstMatching::lifecycle()
{
    const qint64 asha = addMentor(setup(QStringLiteral("Asha")));
    const qint64 ben = addMentor(setup(QStringLiteral("Ben")));
    const qint64 episode = addClient(QStringLiteral("Rosa"));
    MatchingService service(*m_db);
    const Actor coordinator = as(Role::Coordinator);

    auto id = service.propose(coordinator, episode, asha, QDate(2026, 11, 1), QStringLiteral("Asked for by name"));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    auto list = service.matches(coordinator, episode);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 1);
    MentorMatch m = list.value().first();
    QCOMPARE(m.status, QStringLiteral("proposed"));
    QCOMPARE(m.mentorName, QStringLiteral("Asha Mentor"));
    QCOMPARE(m.clientName, QStringLiteral("Rosa Client"));
    QCOMPARE(m.proposedOn, QDate(2026, 11, 1));
    QCOMPARE(m.reasons, QStringLiteral("Asked for by name"));

    // A second proposal while one is proposed is refused, naming who.
    auto second = service.propose(coordinator, episode, ben, kToday);
    QVERIFY(!second);
    QVERIFY2(second.error().message.contains(QLatin1String("Asha Mentor has already been proposed")),
        qPrintable(second.error().message));

    QVERIFY(service.start(coordinator, id.value(), QDate(2026, 11, 8), QDate(2027, 5, 8)));
    auto started = service.matches(coordinator, episode);
    QVERIFY(started);
    QCOMPARE(started.value().first().status, QStringLiteral("active"));
    QCOMPARE(started.value().first().startedOn, QDate(2026, 11, 8));
    QCOMPARE(started.value().first().plannedEndOn, QDate(2027, 5, 8));
    auto again = service.start(coordinator, id.value(), kToday, {});
    QVERIFY(!again);
    QCOMPARE(again.message(), QStringLiteral("This match has already started."));

    auto whileActive = service.propose(coordinator, episode, ben, kToday);
    QVERIFY(!whileActive);
    QVERIFY2(whileActive.error().message.contains(QLatin1String("already has an active match with Asha Mentor")),
        qPrintable(whileActive.error().message));

    QVERIFY(service.end(coordinator, id.value(), kToday, QStringLiteral("planned"), QStringLiteral("Went well")));
    auto ended = service.matches(coordinator, episode);
    QVERIFY(ended);
    QCOMPARE(ended.value().first().status, QStringLiteral("ended"));
    QCOMPARE(ended.value().first().endedOn, kToday);
    QCOMPARE(ended.value().first().endingReason, QStringLiteral("planned"));
    QCOMPARE(ended.value().first().endingNote, QStringLiteral("Went well"));
    auto twice = service.end(coordinator, id.value(), kToday, QStringLiteral("planned"), {});
    QVERIFY(!twice);
    QVERIFY(!service.start(coordinator, id.value(), kToday, {}));

    // Now Ben can be proposed; the newest match is listed first.
    auto next = service.propose(coordinator, episode, ben, kToday);
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
    auto both = service.matches(coordinator, episode);
    QVERIFY(both);
    QCOMPARE(both.value().size(), 2);
    QCOMPARE(both.value().first().id, next.value());

    // Every step is on the audit trail.
    QCOMPARE(auditCount(QString::fromLatin1(AuditLog::kCreate), QStringLiteral("mentor_match")), 2);
    QCOMPARE(auditCount(QString::fromLatin1(AuditLog::kUpdate), QStringLiteral("mentor_match")), 2);
}

void TstMatching::proposeAndStartRecheckTheGates()
{
    MentorSetup cara = setup(QStringLiteral("Cara"));
    cara.status = QStringLiteral("paused");
    const qint64 caraId = addMentor(cara);
    MentorSetup ivan = setup(QStringLiteral("Ivan"));
    ivan.role = QStringLiteral("Non-peer staff");
    const qint64 ivanId = addMentor(ivan);
    const qint64 asha = addMentor(setup(QStringLiteral("Asha")));
    const qint64 episode = addClient(QStringLiteral("Rosa"));
    MatchingService service(*m_db);

    auto paused = service.propose(m_admin, episode, caraId, kToday);
    QVERIFY(!paused);
    QCOMPARE(paused.error().message,
        QStringLiteral("Cara Mentor cannot be matched on 22 November 2026: Not active: Paused."));
    auto staff = service.propose(m_admin, episode, ivanId, kToday);
    QVERIFY(!staff);
    QVERIFY2(
        staff.error().message.contains(QLatin1String("does not hold a peer role")), qPrintable(staff.error().message));
    QVERIFY(!service.propose(m_admin, episode, 999, kToday));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM mentor_match")).toInt(), 0);

    // Asha is proposed, then paused: the match cannot start.
    auto id = service.propose(m_admin, episode, asha, QDate(2026, 11, 1));
    QVERIFY(id);
    QVERIFY(WorkforceService(*m_db).saveStatus(
        m_admin, { 0, asha, QStringLiteral("paused"), QDate(2026, 11, 15), QStringLiteral("own health") }));
    auto start = service.start(m_admin, id.value(), kToday, {});
    QVERIFY(!start);
    QVERIFY2(start.message().contains(QLatin1String("Not active: Paused")), qPrintable(start.message()));
    // The gates are checked on the day the match starts: before the pause, it could.
    QVERIFY(service.start(m_admin, id.value(), QDate(2026, 11, 10), {}));
}

void TstMatching::datesAndReasonsAreChecked_data()
{
    QTest::addColumn<QString>("step"); // propose, start, end
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QDate>("plannedEnd");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message"); // empty: accepted

    // The match is proposed on 1 November and (for "end") started on 5 November; the episode
    // started on 1 September 2026.
    QTest::newRow("propose today") << "propose" << kToday << QDate() << QString() << QString();
    QTest::newRow("propose tomorrow") << "propose" << kToday.addDays(1) << QDate() << QString()
                                      << QStringLiteral("is in the future");
    QTest::newRow("propose before the episode")
        << "propose" << QDate(2026, 8, 31) << QDate() << QString() << QStringLiteral("The episode is not open");
    QTest::newRow("propose no date") << "propose" << QDate() << QDate() << QString()
                                     << QStringLiteral("Enter the date the match was proposed");
    QTest::newRow("start on proposal") << "start" << QDate(2026, 11, 1) << QDate() << QString() << QString();
    QTest::newRow("start today with plan") << "start" << kToday << QDate(2027, 1, 1) << QString() << QString();
    QTest::newRow("start tomorrow") << "start" << kToday.addDays(1) << QDate() << QString()
                                    << QStringLiteral("The start date is in the future");
    QTest::newRow("start before proposal")
        << "start" << QDate(2026, 10, 31) << QDate() << QString() << QStringLiteral("starts before it was proposed");
    QTest::newRow("planned end on start")
        << "start" << kToday << kToday << QString() << QStringLiteral("planned end must be after");
    QTest::newRow("no start date") << "start" << QDate() << QDate() << QString()
                                   << QStringLiteral("Enter the date the match started");
    QTest::newRow("end today") << "end" << kToday << QDate() << QStringLiteral("disengaged") << QString();
    QTest::newRow("end on start") << "end" << QDate(2026, 11, 5) << QDate() << QStringLiteral("planned") << QString();
    QTest::newRow("end before start") << "end" << QDate(2026, 11, 4) << QDate() << QStringLiteral("planned")
                                      << QStringLiteral("The match ends before it started (5 November 2026)");
    QTest::newRow("end tomorrow") << "end" << kToday.addDays(1) << QDate() << QStringLiteral("planned")
                                  << QStringLiteral("The end date is in the future");
    QTest::newRow("end without reason") << "end" << kToday << QDate() << QString()
                                        << QStringLiteral("Choose why the match ended");
    QTest::newRow("end unknown reason") << "end" << kToday << QDate() << QStringLiteral("bored")
                                        << QStringLiteral("Choose why the match ended");
    QTest::newRow("end no date") << "end" << QDate() << QDate() << QStringLiteral("planned")
                                 << QStringLiteral("Enter the date the match ended");
}

void TstMatching::datesAndReasonsAreChecked()
{
    QFETCH(QString, step);
    QFETCH(QDate, on);
    QFETCH(QDate, plannedEnd);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const qint64 asha = addMentor(setup(QStringLiteral("Asha")));
    const qint64 episode = addClient(QStringLiteral("Rosa"));
    MatchingService service(*m_db);
    Status result;
    if (step == QLatin1String("propose")) {
        result = service.propose(m_admin, episode, asha, on).status();
    } else {
        auto id = service.propose(m_admin, episode, asha, QDate(2026, 11, 1));
        QVERIFY(id);
        if (step == QLatin1String("start")) {
            result = service.start(m_admin, id.value(), on, plannedEnd);
        } else {
            QVERIFY(service.start(m_admin, id.value(), QDate(2026, 11, 5), {}));
            result = service.end(m_admin, id.value(), on, reason, {});
        }
    }
    if (message.isEmpty()) {
        QVERIFY2(result, qPrintable(result.message()));
    } else {
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QVERIFY2(result.message().contains(message), qPrintable(result.message()));
    }
}

void TstMatching::oneActiveMatchPerEpisode()
{
    const qint64 asha = addMentor(setup(QStringLiteral("Asha")));
    const qint64 ben = addMentor(setup(QStringLiteral("Ben")));
    const qint64 episode = addClient(QStringLiteral("Rosa"));
    MatchingService service(*m_db);
    auto a = service.propose(m_admin, episode, asha, QDate(2026, 11, 1));
    QVERIFY(a);
    QVERIFY(service.start(m_admin, a.value(), QDate(2026, 11, 2), {}));

    // A raw write (as undo and redo make) of a second active match is refused with a message ...
    MentorMatch second;
    second.episodeId = episode;
    second.mentorId = ben;
    second.status = QStringLiteral("active");
    second.proposedOn = QDate(2026, 11, 3);
    second.startedOn = QDate(2026, 11, 3);
    auto refused = service.saveMatch(m_admin, second);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("already has an active match with Asha Mentor")),
        qPrintable(refused.error().message));
    // ... and the database would not take it either.
    QVERIFY(!test::execSql(*m_db,
        QStringLiteral("INSERT INTO mentor_match (episode_id, mentor_id, status, proposed_on, started_on) VALUES "
                       "(%1, %2, 'active', '2026-11-03', '2026-11-03')")
            .arg(episode)
            .arg(ben)));

    // A proposed match cannot start while another is active.
    second.status = QStringLiteral("proposed");
    second.startedOn = QDate();
    auto proposed = service.saveMatch(m_admin, second);
    QVERIFY2(proposed, qPrintable(proposed ? QString() : proposed.error().message));
    auto start = service.start(m_admin, proposed.value(), kToday, {});
    QVERIFY(!start);
    QVERIFY(start.message().contains(QLatin1String("already has an active match")));
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM mentor_match WHERE status = 'active'")).toInt(), 1);
}

void TstMatching::rematchIsOneStep()
{
    const qint64 asha = addMentor(setup(QStringLiteral("Asha")));
    const qint64 ben = addMentor(setup(QStringLiteral("Ben")));
    MentorSetup cara = setup(QStringLiteral("Cara"));
    cara.status = QStringLiteral("paused");
    const qint64 caraId = addMentor(cara);
    const qint64 episode = addClient(QStringLiteral("Rosa"));
    MatchingService service(*m_db);
    auto a = service.propose(m_admin, episode, asha, QDate(2026, 11, 1));
    QVERIFY(a);
    QVERIFY(service.start(m_admin, a.value(), QDate(2026, 11, 2), {}));

    // To a paused mentor: refused, and the old match is left as it was.
    auto refused = service.rematch(m_admin, a.value(), caraId, kToday);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("Not active: Paused")));
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT status FROM mentor_match WHERE id = %1").arg(a.value())).toString(),
        QStringLiteral("active"));
    QVERIFY(!service.rematch(m_admin, a.value(), asha, kToday)); // the same mentor

    auto b = service.rematch(m_admin, a.value(), ben, kToday);
    QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
    auto list = service.matches(m_admin, episode);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value().first().id, b.value());
    QCOMPARE(list.value().first().status, QStringLiteral("proposed"));
    QCOMPARE(list.value().first().mentorId, ben);
    QCOMPARE(list.value().at(1).status, QStringLiteral("ended"));
    QCOMPARE(list.value().at(1).endingReason, QStringLiteral("rematched"));
    QCOMPARE(list.value().at(1).endedOn, kToday);
    QVERIFY(!service.rematch(m_admin, a.value(), ben, kToday)); // already ended
}

void TstMatching::saveAndRemoveForUndo()
{
    const qint64 asha = addMentor(setup(QStringLiteral("Asha")));
    const qint64 episode = addClient(QStringLiteral("Rosa"));
    MatchingService service(*m_db);
    auto id = service.propose(m_admin, episode, asha, QDate(2026, 11, 1));
    QVERIFY(id);
    auto before = service.matches(m_admin, episode);
    QVERIFY(before);
    const MentorMatch proposed = before.value().first();
    QVERIFY(service.start(m_admin, id.value(), QDate(2026, 11, 3), {}));

    // Undo the start: the match as it was.
    auto undone = service.saveMatch(m_admin, proposed);
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
    QCOMPARE(undone.value(), id.value());
    auto after = service.matches(m_admin, episode);
    QVERIFY(after);
    QCOMPARE(after.value().first(), proposed);

    // Undo the proposal, then redo it: same id, same content.
    QVERIFY(service.removeMatch(m_admin, id.value()));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM mentor_match")).toInt(), 0);
    auto redone = service.saveMatch(m_admin, proposed);
    QVERIFY(redone);
    QCOMPARE(redone.value(), id.value());
    QCOMPARE(service.matches(m_admin, episode).value().first(), proposed);
    QVERIFY(!service.removeMatch(m_admin, 999));

    // Raw writes are validated like the steps.
    MentorMatch bad = proposed;
    bad.status = QStringLiteral("ended");
    bad.endedOn = kToday;
    QVERIFY(!service.saveMatch(m_admin, bad)); // no reason
    bad.endingReason = QStringLiteral("moved_away");
    QVERIFY(service.saveMatch(m_admin, bad));
    bad.status = QStringLiteral("proposed");
    QVERIFY(!service.saveMatch(m_admin, bad)); // a proposed match with an end date
    bad = proposed;
    bad.status = QStringLiteral("maybe");
    QVERIFY(!service.saveMatch(m_admin, bad));
    bad = proposed;
    bad.mentorId = 999;
    QCOMPARE(service.saveMatch(m_admin, bad).error().code, Error::Code::NotFound);
}

void TstMatching::rolesThatMayNotMatchAreRefused_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("supervisor") << Role::Supervisor;
    QTest::newRow("trustee") << Role::Trustee;
    QTest::newRow("read-only") << Role::ReadOnly;
}

void TstMatching::rolesThatMayNotMatchAreRefused()
{
    QFETCH(Role, role);
    const qint64 asha = addMentor(setup(QStringLiteral("Asha")));
    const qint64 episode = addClient(QStringLiteral("Rosa"));
    MatchingService service(*m_db);
    auto id = service.propose(m_admin, episode, asha, QDate(2026, 11, 1));
    QVERIFY(id);
    const Actor actor = as(role);
    const int before = auditCount(QString::fromLatin1(AuditLog::kRefused), QStringLiteral("mentor_match"));

    auto s = service.suggest(actor, episode);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.propose(actor, episode, asha, kToday).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.start(actor, id.value(), kToday, {}).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.end(actor, id.value(), kToday, QStringLiteral("planned"), {}).error().code,
        Error::Code::PermissionDenied);
    QCOMPARE(service.rematch(actor, id.value(), asha, kToday).error().code, Error::Code::PermissionDenied);
    MentorMatch m;
    m.episodeId = episode;
    m.mentorId = asha;
    m.proposedOn = kToday;
    QCOMPARE(service.saveMatch(actor, m).error().code, Error::Code::PermissionDenied);
    QCOMPARE(service.removeMatch(actor, id.value()).error().code, Error::Code::PermissionDenied);
    // Each refusal is on the record, and nothing changed.
    QCOMPARE(auditCount(QString::fromLatin1(AuditLog::kRefused), QStringLiteral("mentor_match")), before + 7);
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT status FROM mentor_match")).toString(), QStringLiteral("proposed"));

    // Reading: read-only accounts may look up matches; supervisors and trustees may not see clients.
    const bool mayRead = role == Role::ReadOnly;
    QCOMPARE(bool(service.matches(actor, episode)), mayRead);
    QCOMPARE(bool(service.caseload(actor, asha)), mayRead);
    QCOMPARE(bool(service.mentors(actor)), role != Role::Trustee);
}

void TstMatching::caseloadAndMentors()
{
    MentorSetup asha = setup(QStringLiteral("Asha"));
    asha.maxMentees = 4;
    const qint64 ashaId = addMentor(asha);
    const qint64 ben = addMentor(setup(QStringLiteral("Ben")));
    MentorSetup ivan = setup(QStringLiteral("Ivan"));
    ivan.role = QStringLiteral("Non-peer staff");
    addMentor(ivan);
    const qint64 rosa = addClient(QStringLiteral("Rosa"), QStringLiteral("mentoring"), QDate(2026, 1, 1));
    const qint64 sam = addClient(QStringLiteral("Sam"));
    const qint64 tia = addClient(QStringLiteral("Tia"));
    MatchingService service(*m_db);

    // Rosa: Asha from February to May (ended), then Ben from June.
    auto old = service.propose(m_admin, rosa, ashaId, QDate(2026, 2, 1));
    QVERIFY(old);
    QVERIFY(service.start(m_admin, old.value(), QDate(2026, 2, 2), {}));
    addSession(rosa, QDate(2026, 1, 20)); // before the match: not Asha's
    addSession(rosa, QDate(2026, 3, 1));
    addSession(rosa, QDate(2026, 4, 1));
    addSession(rosa, QDate(2026, 4, 15), QStringLiteral("did_not_attend"));
    addSession(rosa, QDate(2026, 7, 1)); // Ben's
    auto rosaBen = service.rematch(m_admin, old.value(), ben, QDate(2026, 5, 31));
    QVERIFY(rosaBen);
    // Sam: active with Asha; Tia: proposed to Asha.
    auto samMatch = service.propose(m_admin, sam, ashaId, QDate(2026, 9, 10));
    QVERIFY(samMatch);
    QVERIFY(service.start(m_admin, samMatch.value(), QDate(2026, 9, 15), {}));
    addSession(sam, QDate(2026, 10, 1));
    addSession(sam, QDate(2026, 11, 12));
    QVERIFY(service.propose(m_admin, tia, ashaId, kToday));

    auto c = service.caseload(as(Role::Coordinator), ashaId);
    QVERIFY2(c, qPrintable(c ? QString() : c.error().message));
    QCOMPARE(c.value().mentorName, QStringLiteral("Asha Mentor"));
    QCOMPARE(c.value().capacity, 4);
    QCOMPARE(c.value().current(), 2);
    QCOMPARE(c.value().lines.size(), 3);
    const CaseloadLine& first = c.value().lines.at(0);
    QCOMPARE(first.match.clientName, QStringLiteral("Sam Client"));
    QCOMPARE(first.match.status, QStringLiteral("active"));
    QCOMPARE(first.sessionsAttended, 2);
    QCOMPARE(first.lastSession, QDate(2026, 11, 12));
    QCOMPARE(first.componentName, QStringLiteral("1:1 peer mentoring"));
    QCOMPARE(c.value().lines.at(1).match.clientName, QStringLiteral("Tia Client"));
    QCOMPARE(c.value().lines.at(1).match.status, QStringLiteral("proposed"));
    QCOMPARE(c.value().lines.at(1).sessionsAttended, 0);
    QVERIFY(c.value().lines.at(1).lastSession.isNull());
    const CaseloadLine& ended = c.value().lines.at(2);
    QCOMPARE(ended.match.clientName, QStringLiteral("Rosa Client"));
    QCOMPARE(ended.match.endingReason, QStringLiteral("rematched"));
    QCOMPARE(ended.sessionsAttended, 2); // within the match, attended only
    QCOMPARE(ended.lastSession, QDate(2026, 4, 1));

    auto benLoad = service.caseload(m_admin, ben);
    QVERIFY(benLoad);
    QCOMPARE(benLoad.value().capacity, CharitySettings::kDefaultMaxMentees);
    QCOMPARE(benLoad.value().lines.size(), 1);
    QCOMPARE(benLoad.value().lines.first().match.id, rosaBen.value());
    QCOMPARE(benLoad.value().lines.first().sessionsAttended, 1);
    QCOMPARE(service.caseload(m_admin, 999).error().code, Error::Code::NotFound);

    auto mentors = service.mentors(as(Role::Supervisor));
    QVERIFY(mentors);
    QCOMPARE(names(mentors.value()), QStringList({ QStringLiteral("Asha Mentor"), QStringLiteral("Ben Mentor") }));
    QCOMPARE(mentors.value().first().capacityLeft, 2);
    QCOMPARE(mentors.value().at(1).capacityLeft, CharitySettings::kDefaultMaxMentees - 1);
}

QTEST_GUILESS_MAIN(TstMatching)
#include "tst_matching.moc"
