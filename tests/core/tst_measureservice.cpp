// Outcome measures kept in the database: recording a response with what the engine gives, the
// refusals (incomplete, out of range, future, wrong episode, a risk answer without acknowledgement),
// a charity's own questionnaire and adjusted bands as new versions that leave old results alone,
// change since the first score in an episode, permissions, and undo.

#include "core/clients/clientservice.h"
#include "core/db/database.h"
#include "core/measures/measureservice.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using namespace alongside::core;
using Role = Actor::Role;

namespace {

const QDate kToday(2026, 11, 22);

Actor as(Role role)
{
    Actor a = Actor::localUser();
    a.role = role;
    a.userName = QStringLiteral("tester");
    a.displayName = QStringLiteral("Test User");
    return a;
}

QList<std::optional<int>> answers(std::initializer_list<int> values)
{
    QList<std::optional<int>> out;
    for (int v : values) {
        out << (v < 0 ? std::nullopt : std::optional<int>(v));
    }
    return out;
}

/** A small questionnaire of the charity's own: three 0-2 items and a written comment. */
MeasureDefinition custom(const QString& firstItemText)
{
    MeasureDefinition d;
    d.id = QStringLiteral("club-check");
    d.title = QStringLiteral("Club check-in");
    d.shortTitle = QStringLiteral("Club");
    d.licence = QStringLiteral("Written by the charity");
    const QList<ResponseOption> options = { ResponseOption { 0, QStringLiteral("No"), true },
        ResponseOption { 1, QStringLiteral("A bit"), true }, ResponseOption { 2, QStringLiteral("Yes"), true } };
    for (int n = 1; n <= 3; ++n) {
        MeasureItem item;
        item.number = n;
        item.text = n == 1 ? firstItemText : QStringLiteral("Question %1").arg(n);
        item.options = options;
        d.items << item;
    }
    MeasureItem comment;
    comment.number = 4;
    comment.text = QStringLiteral("Anything else?");
    comment.kind = ItemKind::FreeText;
    d.items << comment;
    d.method = ScoringMethod::Sum;
    d.scoreMin = 0;
    d.scoreMax = 6;
    d.higherIsBetter = true;
    d.bands = { ScoreBand { QStringLiteral("low"), QStringLiteral("Low (0-2)"), 0, 2 },
        ScoreBand { QStringLiteral("high"), QStringLiteral("High (3-6)"), 3, 6 } };
    return d;
}

} // namespace

class TstMeasureService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordAndReadBackPhq9();
    void refusals_data();
    void refusals();
    void riskItemNeedsAcknowledgement();
    void riskAnswerIsKeptWhenOtherItemsAreMissing();
    void customQuestionnaireVersions();
    void adjustingBandsChangesNewResultsOnly();
    void changeSinceFirstInTheEpisode();
    void permissionsAreEnforced();
    void removedResponseComesBackWithItsId();
    void definitionsRoundTripThroughJson();
    void scoredResponsesFeedTheAnalytics();
    void changeRulesComeFromDefinitions_data();
    void changeRulesComeFromDefinitions();
    void yesNoAnswersLeaveOutNotApplicable();
    void totalOnlyIsRecordedWithoutAnswers();
    void totalOnlyRefusals_data();
    void totalOnlyRefusals();
    void totalOnlyBands_data();
    void totalOnlyBands();
    void totalOnlyPairsWithItemLevel();
    void totalOnlyLeavesItemFiguresAlone();
    void riskNotYetSeenIsKeptUnacknowledged();

private:
    qint64 refer(const QString& given);
    qint64 startEpisode(qint64 clientId, const QDate& on);
    MeasureResponseInput phq9(const QDate& on, std::initializer_list<int> values) const;
    MeasureResponseInput total(const QString& measure, const QDate& on, double value) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<Database> m_db;
    Actor m_admin = as(Role::Administrator);
    qint64 m_client = 0;
    qint64 m_episode = 0;
};

void TstMeasureService::init()
{
    m_clock.reset();
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("m.alongside")));
    QVERIFY(m_db);
    m_client = refer(QStringLiteral("Ada"));
    QVERIFY(m_client > 0);
    m_episode = startEpisode(m_client, kToday.addDays(-60));
    QVERIFY(m_episode > 0);
}

void TstMeasureService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TstMeasureService::refer(const QString& given)
{
    ClientProfile p;
    p.givenName = given;
    p.familyName = QStringLiteral("Tester");
    Referral r;
    r.referredOn = kToday.addDays(-70);
    r.sourceCategory = QStringLiteral("self");
    auto id = ClientService(*m_db).createClient(m_admin, p, r);
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return id.value();
}

qint64 TstMeasureService::startEpisode(qint64 clientId, const QDate& on)
{
    Episode e;
    e.referralId
        = test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM referral WHERE client_id = %1").arg(clientId))
              .toLongLong();
    e.componentId
        = test::scalar(*m_db, QStringLiteral("SELECT MIN(id) FROM service_component WHERE kind = 'mentoring'"))
              .toLongLong();
    e.startsOn = on;
    auto id = ClientService(*m_db).saveEpisode(m_admin, e);
    if (!id) {
        qWarning() << id.error().message;
        return 0;
    }
    return id.value();
}

MeasureResponseInput TstMeasureService::phq9(const QDate& on, std::initializer_list<int> values) const
{
    MeasureResponseInput in;
    in.clientId = m_client;
    in.episodeId = m_episode;
    in.measureId = QStringLiteral("phq9");
    in.administeredOn = on;
    in.answers = answers(values);
    return in;
}

void TstMeasureService::recordAndReadBackPhq9()
{
    MeasureService service(*m_db);
    auto id = service.record(m_admin, phq9(kToday.addDays(-10), { 1, 2, 1, 2, 1, 2, 1, 2, 0 }));
    QVERIFY2(id, qPrintable(id.message()));

    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT total FROM measure_response WHERE id = %1").arg(id.value()))
                 .toDouble(),
        12.0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT band FROM measure_response WHERE id = %1").arg(id.value()))
                 .toString(),
        QStringLiteral("moderate"));
    QCOMPARE(test::scalar(
                 *m_db, QStringLiteral("SELECT definition_version FROM measure_response WHERE id = %1").arg(id.value()))
                 .toInt(),
        1);
    QCOMPARE(test::scalar(
                 *m_db, QStringLiteral("SELECT COUNT(*) FROM measure_answer WHERE response_id = %1").arg(id.value()))
                 .toInt(),
        9);
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT risk_flagged FROM measure_response WHERE id = %1").arg(id.value()))
            .toInt(),
        0);
    // Audited by field names only.
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'measure_response' AND action = "
                                "'create' AND record_id = '%1'")
                     .arg(id.value()))
                 .toInt(),
        1);

    auto list = service.responses(m_admin, m_client);
    QVERIFY2(list, qPrintable(list.message()));
    QCOMPARE(list.value().size(), 1);
    const MeasureResponse& r = list.value().first();
    QCOMPARE(r.id, id.value());
    QCOMPARE(r.measureId, QStringLiteral("phq9"));
    QCOMPARE(r.shortTitle, QStringLiteral("PHQ-9"));
    QCOMPARE(r.definitionVersion, 1);
    QCOMPARE(r.administeredOn, kToday.addDays(-10));
    QVERIFY(r.result.complete);
    QCOMPARE(*r.result.score, 12.0);
    QCOMPARE(r.result.bandKey, QStringLiteral("moderate"));
    QCOMPARE(r.answers, answers({ 1, 2, 1, 2, 1, 2, 1, 2, 0 }));
    QVERIFY(!r.changeSinceFirst);
}

void TstMeasureService::refusals_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QList<std::optional<int>>>("given");
    QTest::addColumn<int>("dayOffset");
    QTest::addColumn<bool>("otherEpisode");
    QTest::addColumn<QString>("message");

    QTest::newRow("incomplete") << QStringLiteral("phq9") << answers({ 1, 1, 1, -1, 1, 1, 1, 1, 0 }) << -1 << false
                                << QStringLiteral(
                                       "PHQ-9 cannot be scored: 1 item not answered, and its scoring rules need every "
                                       "item.");
    QTest::newRow("out of range") << QStringLiteral("phq9") << answers({ 1, 1, 1, 4, 1, 1, 1, 1, 0 }) << -1 << false
                                  << QStringLiteral("PHQ-9 cannot be scored: item 4 was given 4, but its answers run "
                                                    "from 0 to 3. Check the answers against the paper form.");
    QTest::newRow("too few answers") << QStringLiteral("phq9") << answers({ 1, 1, 1 }) << -1 << false
                                     << QStringLiteral(
                                            "PHQ-9 has 9 items but 3 answers were given. Enter one answer for each "
                                            "item.");
    QTest::newRow("future") << QStringLiteral("phq9") << answers({ 1, 1, 1, 1, 1, 1, 1, 1, 0 }) << 1 << false
                            << QStringLiteral("The date the questionnaire was filled in is in the future. Enter the "
                                              "date it happened, on or before today.");
    QTest::newRow("someone else's episode")
        << QStringLiteral("phq9") << answers({ 1, 1, 1, 1, 1, 1, 1, 1, 0 }) << -1 << true
        << QStringLiteral("That episode belongs to someone else. Choose one of this person's episodes.");
    QTest::newRow("unknown measure") << QStringLiteral("nope") << answers({ 1 }) << -1 << false
                                     << QStringLiteral(
                                            "The measure \"nope\" is not known to this copy of Alongside. Choose "
                                            "another measure.");
}

void TstMeasureService::refusals()
{
    QFETCH(QString, measure);
    QFETCH(QList<std::optional<int>>, given);
    QFETCH(int, dayOffset);
    QFETCH(bool, otherEpisode);
    QFETCH(QString, message);

    MeasureResponseInput in = phq9(kToday.addDays(dayOffset), {});
    in.measureId = measure;
    in.answers = given;
    if (otherEpisode) {
        const qint64 other = refer(QStringLiteral("Bea"));
        in.episodeId = startEpisode(other, kToday.addDays(-30));
        QVERIFY(in.episodeId > 0);
    }
    MeasureService service(*m_db);
    auto id = service.record(m_admin, in);
    QVERIFY(!id);
    QCOMPARE(id.message(), message);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_response")).toInt(), 0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_answer")).toInt(), 0);
}

void TstMeasureService::riskItemNeedsAcknowledgement()
{
    MeasureService service(*m_db);
    MeasureResponseInput in = phq9(kToday, { 0, 0, 0, 0, 0, 0, 0, 0, 1 });
    auto refused = service.record(m_admin, in);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("Item 9")), qPrintable(refused.message()));
    QVERIFY(refused.message().contains(QStringLiteral("Confirm that you have seen this")));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_response")).toInt(), 0);

    in.riskAcknowledgement = RiskAcknowledgement {};
    auto id = service.record(m_admin, in);
    QVERIFY2(id, qPrintable(id.message()));
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT risk_flagged FROM measure_response WHERE id = %1").arg(id.value()))
            .toInt(),
        1);
    auto list = service.responses(m_admin, m_client);
    QVERIFY(list);
    const MeasureResponse& r = list.value().first();
    QVERIFY(r.riskFlagged);
    QCOMPARE(r.riskAcknowledgedBy, QStringLiteral("Test User"));
    QCOMPARE(r.riskAcknowledgedAt, QDateTime(kToday, QTime(10, 0), Qt::UTC));
    QCOMPARE(r.result.risks.size(), 1);
    QCOMPARE(r.result.risks.first().itemNumber, 9);

    // No risk answer: nothing to acknowledge, nothing recorded as acknowledged.
    MeasureResponseInput calm = phq9(kToday, { 0, 0, 0, 0, 0, 0, 0, 0, 0 });
    calm.riskAcknowledgement = RiskAcknowledgement {};
    auto calmId = service.record(m_admin, calm);
    QVERIFY(calmId);
    QVERIFY(test::scalar(
        *m_db, QStringLiteral("SELECT risk_acknowledged_by FROM measure_response WHERE id = %1").arg(calmId.value()))
                .isNull());
}

void TstMeasureService::riskAnswerIsKeptWhenOtherItemsAreMissing()
{
    MeasureService service(*m_db);
    // PHQ-9 with item 4 unanswered cannot be scored; item 9 is 2: kept, without a score, once seen.
    MeasureResponseInput partial = phq9(kToday, { 1, 1, 1, -1, 1, 1, 1, 1, 2 });
    auto refused = service.record(m_admin, partial);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("Confirm that you have seen")), qPrintable(refused.message()));
    partial.riskAcknowledgement = RiskAcknowledgement {};
    auto id = service.record(m_admin, partial);
    QVERIFY2(id, qPrintable(id.message()));
    QVERIFY(test::scalar(*m_db, QStringLiteral("SELECT metric FROM measure_response WHERE id = %1").arg(id.value()))
                .isNull());
    auto list = service.responses(m_admin, m_client);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 1);
    const MeasureResponse& r = list.value().first();
    QVERIFY(!r.result.complete);
    QVERIFY(!r.result.reason.isEmpty());
    QVERIFY(r.riskFlagged);
    QCOMPARE(r.riskAcknowledgedBy, QStringLiteral("Test User"));
    QCOMPARE(r.answers.at(8), std::optional<int>(2));
    // Reports leave it out of the scores and count it.
    int unscored = 0;
    auto scored = service.scoredResponses(m_admin, QStringLiteral("phq9"), {}, {}, &unscored);
    QVERIFY(scored);
    QCOMPARE(scored.value().size(), 0);
    QCOMPARE(unscored, 1);

    // Without a risk answer, missing items are refused as before; and an answer that is not an
    // option is refused even with a risk answer.
    QVERIFY(!service.record(m_admin, phq9(kToday, { 1, 1, 1, -1, 1, 1, 1, 1, 0 })));
    MeasureResponseInput wrong = phq9(kToday, { 1, 1, 7, -1, 1, 1, 1, 1, 2 });
    wrong.riskAcknowledgement = RiskAcknowledgement {};
    auto wrongId = service.record(m_admin, wrong);
    QVERIFY(!wrongId);
    QVERIFY2(wrongId.message().contains(QStringLiteral("item 3")), qPrintable(wrongId.message()));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_response")).toInt(), 1);
}

void TstMeasureService::customQuestionnaireVersions()
{
    MeasureService service(*m_db);
    auto v1 = service.saveCustom(m_admin, custom(QStringLiteral("Did you enjoy the club?")));
    QVERIFY2(v1, qPrintable(v1.message()));
    QCOMPARE(v1.value(), 1);

    MeasureResponseInput in;
    in.clientId = m_client;
    in.episodeId = m_episode;
    in.measureId = QStringLiteral("club-check");
    in.administeredOn = kToday.addDays(-5);
    in.answers = { 2, 1, 0, std::nullopt };
    in.textAnswers = { QString(), QString(), QString(), QStringLiteral("More tea") };
    auto first = service.record(m_admin, in);
    QVERIFY2(first, qPrintable(first.message()));

    // Version 2 drops the first item's answers to 0-1: the old response must still score with version 1.
    MeasureDefinition changed = custom(QStringLiteral("Did you come to the club?"));
    changed.items[0].options
        = { ResponseOption { 0, QStringLiteral("No"), true }, ResponseOption { 1, QStringLiteral("Yes"), true } };
    changed.scoreMax = 5;
    changed.bands[1].max = 5;
    auto v2 = service.saveCustom(m_admin, changed);
    QVERIFY2(v2, qPrintable(v2.message()));
    QCOMPARE(v2.value(), 2);

    auto current = service.currentDefinition(QStringLiteral("club-check"));
    QVERIFY(current);
    QCOMPARE(current.value().version, 2);
    QCOMPARE(current.value().items.first().text, QStringLiteral("Did you come to the club?"));

    // The same answers are out of range for version 2.
    in.administeredOn = kToday;
    auto refused = service.record(m_admin, in);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("item 1 was given 2")), qPrintable(refused.message()));
    in.answers = { 1, 1, 1, std::nullopt };
    auto second = service.record(m_admin, in);
    QVERIFY2(second, qPrintable(second.message()));

    auto list = service.responses(m_admin, m_client);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value()[0].definitionVersion, 1);
    QVERIFY(list.value()[0].result.complete);
    QCOMPARE(*list.value()[0].result.score, 3.0);
    QCOMPARE(list.value()[0].result.bandKey, QStringLiteral("high"));
    QCOMPARE(list.value()[0].textAnswers.value(3), QStringLiteral("More tea"));
    QCOMPARE(list.value()[1].definitionVersion, 2);
    QCOMPARE(*list.value()[1].result.score, 3.0);

    // Definitions list both versions; only the latest is current.
    auto all = service.definitions(m_admin);
    QVERIFY(all);
    int versions = 0;
    for (const KnownMeasure& m : all.value()) {
        if (m.definition.id == QLatin1String("club-check")) {
            ++versions;
            QCOMPARE(m.source, QStringLiteral("custom"));
            QCOMPARE(m.current, m.definition.version == 2);
            QCOMPARE(m.createdBy, QStringLiteral("Test User"));
        }
    }
    QCOMPARE(versions, 2);

    // A broken definition is refused with the loader's message, and a shipped id is refused.
    MeasureDefinition broken = custom(QStringLiteral("x"));
    broken.bands[1].min = 2;
    auto bad = service.saveCustom(m_admin, broken);
    QVERIFY(!bad);
    QVERIFY2(bad.message().contains(QStringLiteral("bands[1].min")), qPrintable(bad.message()));
    MeasureDefinition shipped = custom(QStringLiteral("x"));
    shipped.id = QStringLiteral("phq9");
    QVERIFY(!service.saveCustom(m_admin, shipped));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_definition")).toInt(), 2);
}

void TstMeasureService::adjustingBandsChangesNewResultsOnly()
{
    MeasureService service(*m_db);
    auto before = service.record(m_admin, phq9(kToday.addDays(-20), { 1, 1, 1, 1, 1, 1, 1, 1, 0 })); // 8: mild
    QVERIFY2(before, qPrintable(before.message()));

    auto shipped = service.currentDefinition(QStringLiteral("phq9"));
    QVERIFY(shipped);
    MeasureAdjustment adjustment = MeasureAdjustment::of(shipped.value());
    // The charity counts 5-7 as mild and 8-14 as moderate.
    adjustment.bands[1].max = 7;
    adjustment.bands[1].label = QStringLiteral("Mild (5-7)");
    adjustment.bands[2].min = 8;
    adjustment.bands[2].label = QStringLiteral("Moderate (8-14)");
    adjustment.change.reliable = 5;
    auto v2 = service.adjust(m_admin, QStringLiteral("phq9"), adjustment);
    QVERIFY2(v2, qPrintable(v2.message()));
    QCOMPARE(v2.value(), 2);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT source FROM measure_definition WHERE measure_id = 'phq9'"))
                 .toString(),
        QStringLiteral("adjusted"));

    auto after = service.record(m_admin, phq9(kToday, { 1, 1, 1, 1, 1, 1, 1, 1, 0 }));
    QVERIFY2(after, qPrintable(after.message()));

    auto list = service.responses(m_admin, m_client);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value()[0].definitionVersion, 1);
    QCOMPARE(list.value()[0].result.bandKey, QStringLiteral("mild"));
    QCOMPARE(list.value()[1].definitionVersion, 2);
    QCOMPARE(list.value()[1].result.bandKey, QStringLiteral("moderate"));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT band FROM measure_response WHERE id = %1").arg(before.value()))
                 .toString(),
        QStringLiteral("mild"));
    auto old = service.definition(QStringLiteral("phq9"), 1);
    QVERIFY(old);
    QCOMPARE(old.value().bands[1].max, 9.0);

    // Bands that leave a gap are refused by the loader's checks; nothing is stored.
    MeasureAdjustment gap = adjustment;
    gap.bands[2].min = 9;
    auto refused = service.adjust(m_admin, QStringLiteral("phq9"), gap);
    QVERIFY(!refused);
    QVERIFY2(refused.message().contains(QStringLiteral("gap")), qPrintable(refused.message()));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_definition")).toInt(), 1);
}

void TstMeasureService::changeSinceFirstInTheEpisode()
{
    MeasureService service(*m_db);
    QVERIFY(service.record(m_admin, phq9(kToday.addDays(-40), { 2, 2, 2, 2, 2, 2, 2, 2, 0 }))); // 16
    QVERIFY(service.record(m_admin, phq9(kToday.addDays(-20), { 2, 2, 1, 1, 1, 1, 1, 1, 0 }))); // 10
    QVERIFY(service.record(m_admin, phq9(kToday, { 1, 1, 1, 1, 1, 0, 0, 0, 0 }))); // 5
    // A response outside the episode has no change.
    MeasureResponseInput loose = phq9(kToday, { 3, 3, 3, 3, 3, 3, 3, 3, 0 });
    loose.episodeId = 0;
    QVERIFY(service.record(m_admin, loose));

    auto list = service.responses(m_admin, m_client);
    QVERIFY(list);
    QCOMPARE(list.value().size(), 4);
    const auto& r = list.value();
    QVERIFY(!r[0].changeSinceFirst);
    QVERIFY(r[1].changeSinceFirst);
    QCOMPARE(r[1].firstResponseId, r[0].id);
    QCOMPARE(r[1].changeSinceFirst->difference, -6.0);
    QVERIFY(r[1].changeSinceFirst->reliableImprovement);
    QCOMPARE(r[2].changeSinceFirst->difference, -11.0);
    QVERIFY(r[2].changeSinceFirst->reliableImprovement);
    QVERIFY(!r[2].changeSinceFirst->reliableDeterioration);
    QCOMPARE(r[3].episodeId, 0);
    QVERIFY(!r[3].changeSinceFirst);
}

void TstMeasureService::permissionsAreEnforced()
{
    MeasureService service(*m_db);
    auto id = service.record(m_admin, phq9(kToday, { 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
    QVERIFY(id);

    for (Role role : { Role::Supervisor, Role::Trustee, Role::ReadOnly }) {
        const Actor actor = as(role);
        auto refused = service.record(actor, phq9(kToday, { 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::PermissionDenied);
        QCOMPARE(service.removeResponse(actor, id.value()).error().code, Error::Code::PermissionDenied);
        auto custom1 = service.saveCustom(actor, custom(QStringLiteral("x")));
        QCOMPARE(custom1.error().code, Error::Code::PermissionDenied);
        auto adjusted = service.adjust(actor, QStringLiteral("phq9"), MeasureAdjustment {});
        QCOMPARE(adjusted.error().code, Error::Code::PermissionDenied);
        QVERIFY(service.definitions(actor)); // definitions hold no personal data
    }
    QVERIFY(!service.responses(as(Role::Supervisor), m_client));
    QVERIFY(!service.responses(as(Role::Trustee), m_client));
    QVERIFY(service.responses(as(Role::ReadOnly), m_client));
    QVERIFY(service.responses(as(Role::Coordinator), m_client));
    QVERIFY(service.record(as(Role::Coordinator), phq9(kToday, { 0, 0, 0, 0, 0, 0, 0, 0, 0 })));
    QVERIFY(service.saveCustom(as(Role::Coordinator), custom(QStringLiteral("x"))));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_response")).toInt(), 2);
    QVERIFY(
        test::scalar(*m_db,
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND entity = 'measure_response'"))
            .toInt()
        >= 6);
}

void TstMeasureService::removedResponseComesBackWithItsId()
{
    MeasureService service(*m_db);
    MeasureResponseInput in = phq9(kToday.addDays(-3), { 0, 1, 2, 3, 0, 1, 2, 3, 1 });
    in.riskAcknowledgement = RiskAcknowledgement {};
    auto id = service.record(m_admin, in);
    QVERIFY2(id, qPrintable(id.message()));
    auto before = service.responses(m_admin, m_client);
    QVERIFY(before);
    const MeasureResponse original = before.value().first();

    QVERIFY(service.removeResponse(m_admin, id.value()));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_answer")).toInt(), 0);
    QCOMPARE(service.removeResponse(m_admin, id.value()).error().code, Error::Code::NotFound);

    // Undo: the same answers, version and acknowledgement, under the same id.
    MeasureResponseInput again;
    again.id = original.id;
    again.clientId = original.clientId;
    again.episodeId = original.episodeId;
    again.measureId = original.measureId;
    again.definitionVersion = original.definitionVersion;
    again.administeredOn = original.administeredOn;
    again.answers = original.answers;
    again.textAnswers = original.textAnswers;
    again.riskAcknowledgement = RiskAcknowledgement { original.riskAcknowledgedBy, original.riskAcknowledgedAt };
    m_clock->set(QDateTime(kToday, QTime(15, 0), Qt::UTC));
    auto back = service.record(as(Role::Coordinator), again);
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back.value(), id.value());

    auto after = service.responses(m_admin, m_client);
    QVERIFY(after);
    QCOMPARE(after.value().size(), 1);
    const MeasureResponse& r = after.value().first();
    QCOMPARE(r.answers, original.answers);
    QCOMPARE(*r.result.score, *original.result.score);
    QCOMPARE(r.riskAcknowledgedBy, original.riskAcknowledgedBy);
    QCOMPARE(r.riskAcknowledgedAt, original.riskAcknowledgedAt);

    // Recording over an existing response is refused: responses are not edited.
    auto twice = service.record(m_admin, again);
    QVERIFY(!twice);
    QVERIFY(twice.message().contains(QStringLiteral("already recorded")));
}

void TstMeasureService::definitionsRoundTripThroughJson()
{
    // Every shipped definition survives toJson -> fromJson unchanged in what the engine reads.
    const MeasureLibrary library;
    QVERIFY(library.definitions().size() >= 7);
    for (const MeasureDefinition& d : library.definitions()) {
        auto back = MeasureLoader::fromJson(MeasureLoader::toJson(d), d.id);
        QVERIFY2(back, qPrintable(back.message()));
        const MeasureDefinition& b = back.value();
        QCOMPARE(b.id, d.id);
        QCOMPARE(b.items.size(), d.items.size());
        QCOMPARE(b.bands.size(), d.bands.size());
        QCOMPARE(b.detailBands.size(), d.detailBands.size());
        QCOMPARE(b.lookup.size(), d.lookup.size());
        QCOMPARE(b.caseness.has_value(), d.caseness.has_value());
        QCOMPARE(b.change.reliable, d.change.reliable);
        QCOMPARE(b.riskItemNumbers(), d.riskItemNumbers());
        QCOMPARE(b.scoreMin, d.scoreMin);
        QCOMPARE(b.scoreMax, d.scoreMax);
        QCOMPARE(int(b.method), int(d.method));
        QCOMPARE(int(b.missing.kind), int(d.missing.kind));
        QCOMPARE(MeasureLoader::toJson(b), MeasureLoader::toJson(d));
    }
}

void TstMeasureService::scoredResponsesFeedTheAnalytics()
{
    MeasureService service(*m_db);
    // Ada: 16 -> 5 in her episode (reliable improvement, recovered); Ben: 12 -> 13.
    QVERIFY(service.record(m_admin, phq9(kToday.addDays(-40), { 2, 2, 2, 2, 2, 2, 2, 2, 0 })));
    QVERIFY(service.record(m_admin, phq9(kToday.addDays(-5), { 1, 1, 1, 1, 1, 0, 0, 0, 0 })));
    const qint64 ben = refer(QStringLiteral("Ben"));
    const qint64 benEpisode = startEpisode(ben, kToday.addDays(-50));
    MeasureResponseInput b1 = phq9(kToday.addDays(-30), { 2, 2, 2, 2, 2, 2, 0, 0, 0 });
    b1.clientId = ben;
    b1.episodeId = benEpisode;
    MeasureResponseInput b2 = phq9(kToday.addDays(-2), { 2, 2, 2, 2, 2, 2, 1, 0, 0 });
    b2.clientId = ben;
    b2.episodeId = benEpisode;
    QVERIFY(service.record(m_admin, b1));
    QVERIFY(service.record(m_admin, b2));
    // A GAD-7 is not PHQ-9.
    MeasureResponseInput gad;
    gad.clientId = m_client;
    gad.episodeId = m_episode;
    gad.measureId = QStringLiteral("gad7");
    gad.administeredOn = kToday;
    gad.answers = answers({ 1, 1, 1, 1, 1, 1, 1 });
    QVERIFY(service.record(m_admin, gad));

    int unscored = -1;
    auto all = service.scoredResponses(m_admin, QStringLiteral("phq9"), {}, {}, &unscored);
    QVERIFY2(all, qPrintable(all.message()));
    QCOMPARE(unscored, 0);
    QCOMPARE(all.value().size(), 4);
    QCOMPARE(all.value()[0].score, 16.0);
    QCOMPARE(all.value()[0].band, QStringLiteral("moderately-severe"));
    QCOMPARE(all.value()[0].clientId, m_client);
    QCOMPARE(all.value()[0].episodeId, m_episode);

    const auto pairing = outcomes::pairFirstLast(all.value());
    QCOMPARE(pairing.pairs.size(), 2);
    auto rule = MeasureService::changeRule(service.currentDefinition(QStringLiteral("phq9")).value());
    const auto shares = outcomes::changeShares(pairing.pairs, rule);
    QCOMPARE(shares.n, 2);
    QCOMPARE(shares.reliableImprovement.numerator, 1);
    QCOMPARE(shares.reliableDeterioration.numerator, 0);

    // A date range keeps only what was given in it.
    auto recent = service.scoredResponses(m_admin, QStringLiteral("phq9"), kToday.addDays(-10), kToday);
    QVERIFY(recent);
    QCOMPARE(recent.value().size(), 2);
    auto early = service.scoredResponses(m_admin, QStringLiteral("phq9"), {}, kToday.addDays(-31));
    QVERIFY(early);
    QCOMPARE(early.value().size(), 1);

    // Each response keeps the version that scored it: bands changed later do not move old results.
    MeasureAdjustment adjustment = MeasureAdjustment::of(service.currentDefinition(QStringLiteral("phq9")).value());
    adjustment.bands[3].label = QStringLiteral("Moderately severe (renamed)");
    QVERIFY(service.adjust(m_admin, QStringLiteral("phq9"), adjustment));
    auto again = service.scoredResponses(m_admin, QStringLiteral("phq9"));
    QVERIFY(again);
    QCOMPARE(again.value()[0].band, QStringLiteral("moderately-severe"));

    // Trustees read reports too (the report suppresses small numbers for them).
    QVERIFY(service.scoredResponses(as(Role::Trustee), QStringLiteral("phq9")));
}

void TstMeasureService::changeRulesComeFromDefinitions_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("score");
    QTest::addColumn<bool>("atCaseness");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::addColumn<double>("reliable");
    // PHQ-9: 10 or more; GAD-7: 8 or more; CORE-10: 11 or more.
    QTest::newRow("PHQ-9 9") << "phq9" << 9.0 << false << false << 6.0;
    QTest::newRow("PHQ-9 10") << "phq9" << 10.0 << true << false << 6.0;
    QTest::newRow("GAD-7 7") << "gad7" << 7.0 << false << false << 4.0;
    QTest::newRow("GAD-7 8") << "gad7" << 8.0 << true << false << 4.0;
    QTest::newRow("CORE-10 10") << "core10" << 10.0 << false << false << 6.0;
    QTest::newRow("CORE-10 11") << "core10" << 11.0 << true << false << 6.0;
    // WHO-5: below 52 (a strict cut-off, higher is better).
    QTest::newRow("WHO-5 48") << "who5" << 48.0 << true << true << -1.0;
    QTest::newRow("WHO-5 52") << "who5" << 52.0 << false << true << -1.0;
    // WEMWBS: reliable change 8 (no caseness in the definition: never at caseness).
    QTest::newRow("WEMWBS 30") << "wemwbs" << 30.0 << false << true << 8.0;
}

void TstMeasureService::changeRulesComeFromDefinitions()
{
    QFETCH(QString, measure);
    QFETCH(double, score);
    QFETCH(bool, atCaseness);
    QFETCH(bool, higherIsBetter);
    QFETCH(double, reliable);
    MeasureService service(*m_db);
    auto d = service.currentDefinition(measure);
    QVERIFY(d);
    const auto rule = MeasureService::changeRule(d.value());
    QCOMPARE(rule.higherIsBetter, higherIsBetter);
    QCOMPARE(rule.atCaseness(score), atCaseness);
    if (reliable < 0) {
        QVERIFY(!rule.reliableChange);
    } else {
        QVERIFY(rule.reliableChange);
        QCOMPARE(*rule.reliableChange, reliable);
    }
    QCOMPARE(rule.meaningfulChange.has_value(), d.value().change.meaningful.has_value());
}

void TstMeasureService::yesNoAnswersLeaveOutNotApplicable()
{
    MeasureService service(*m_db);
    MeasureDefinition exit;
    exit.id = QStringLiteral("leaving");
    exit.title = QStringLiteral("Leaving");
    exit.shortTitle = QStringLiteral("Leaving");
    exit.licence = QStringLiteral("Ours");
    exit.method = ScoringMethod::None;
    exit.missing.kind = MissingRule::Kind::Prorate;
    exit.missing.maxMissing = 1;
    for (int n = 1; n <= 2; ++n) {
        MeasureItem item;
        item.number = n;
        item.text = QStringLiteral("Question %1").arg(n);
        item.kind = ItemKind::YesNoNa;
        item.options
            = { ResponseOption { 1, QStringLiteral("Yes"), true }, ResponseOption { 0, QStringLiteral("No"), true },
                  ResponseOption { 9, QStringLiteral("Not applicable"), false } };
        exit.items << item;
    }
    MeasureItem comment;
    comment.number = 3;
    comment.text = QStringLiteral("Comment");
    comment.kind = ItemKind::FreeText;
    exit.items << comment;
    auto saved = service.saveCustom(m_admin, exit);
    QVERIFY2(saved, qPrintable(saved.message()));
    // Item 1: yes, yes, no, n.a.; item 2 answered once.
    const QList<std::pair<int, int>> given = { { 1, 1 }, { 1, 0 }, { 0, 1 }, { 9, -1 } };
    for (const auto& [first, second] : given) {
        MeasureResponseInput in;
        in.clientId = m_client;
        in.measureId = exit.id;
        in.administeredOn = kToday;
        in.answers = { first, second < 0 ? std::nullopt : std::optional<int>(second), std::nullopt };
        auto r = service.record(m_admin, in);
        QVERIFY2(r, qPrintable(r.message()));
    }
    auto item1 = service.yesNoAnswers(m_admin, exit.id, 1);
    QVERIFY2(item1, qPrintable(item1.message()));
    const auto summary = outcomes::summariseYesNo(item1.value());
    QCOMPARE(summary.yes, 2);
    QCOMPARE(summary.no, 1);
    QCOMPARE(summary.notApplicable, 1);
    QCOMPARE(summary.yesShare().denominator, 3);
    auto item2 = service.yesNoAnswers(m_admin, exit.id, 2);
    QVERIFY(item2);
    QCOMPARE(item2.value().size(), 3);
    QCOMPARE(outcomes::summariseYesNo(item2.value()).yes, 2);
    // The comment is not a yes / no item; nor is an item that does not exist.
    auto text = service.yesNoAnswers(m_admin, exit.id, 3);
    QVERIFY(!text);
    QVERIFY(text.message().contains(QStringLiteral("not a yes / no")));
    QVERIFY(!service.yesNoAnswers(m_admin, exit.id, 7));
}

MeasureResponseInput TstMeasureService::total(const QString& measure, const QDate& on, double value) const
{
    MeasureResponseInput in;
    in.clientId = m_client;
    in.episodeId = m_episode;
    in.measureId = measure;
    in.administeredOn = on;
    in.enteredTotal = value;
    return in;
}

void TstMeasureService::totalOnlyIsRecordedWithoutAnswers()
{
    MeasureService service(*m_db);
    auto id = service.record(m_admin, total(QStringLiteral("phq9"), kToday.addDays(-3), 14));
    QVERIFY2(id, qPrintable(id.message()));
    const QString where = QStringLiteral(" FROM measure_response WHERE id = %1").arg(id.value());
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT total") + where).toDouble(), 14.0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT metric") + where).toDouble(), 14.0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT band") + where).toString(), QStringLiteral("moderate"));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT risk_flagged") + where).toInt(), 0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT prorated") + where).toInt(), 0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_answer")).toInt(), 0);

    auto list = service.responses(m_admin, m_client);
    QVERIFY2(list, qPrintable(list.message()));
    QCOMPARE(list.value().size(), 1);
    const MeasureResponse& r = list.value().first();
    QVERIFY(r.totalOnly);
    QCOMPARE(r.enteredTotal, std::optional<double>(14));
    QVERIFY2(r.result.complete, qPrintable(r.result.reason));
    QCOMPARE(*r.result.score, 14.0);
    QCOMPARE(r.result.bandKey, QStringLiteral("moderate"));
    QCOMPARE(r.result.caseness, std::optional<bool>(true));
    QCOMPARE(r.result.answered, 0);
    QVERIFY(r.result.risks.isEmpty());
    QVERIFY(!r.riskFlagged);
    QCOMPARE(r.answers.size(), 9); // one empty answer per item, as for any response
    QVERIFY(std::none_of(r.answers.cbegin(), r.answers.cend(), [](const auto& a) { return a.has_value(); }));

    // An item-level response is not total-only.
    QVERIFY(service.record(m_admin, phq9(kToday, { 0, 0, 0, 0, 0, 0, 0, 0, 0 })));
    auto both = service.responses(m_admin, m_client);
    QVERIFY(both);
    QVERIFY(!both.value().last().totalOnly);

    // Removed and re-created (undo) from what was read back.
    QVERIFY(service.removeResponse(m_admin, id.value()));
    MeasureResponseInput again = total(QStringLiteral("phq9"), r.administeredOn, *r.enteredTotal);
    again.id = r.id;
    again.definitionVersion = r.definitionVersion;
    auto back = service.record(m_admin, again);
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back.value(), id.value());
}

void TstMeasureService::totalOnlyRefusals_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("withAnswers");
    QTest::addColumn<QString>("message");

    QTest::newRow("PHQ-9 above its range")
        << QStringLiteral("phq9") << 30.0 << false
        << QStringLiteral("The PHQ-9 total must be from 0 to 27, but 30 was given. Check the total against the paper "
                          "form.");
    QTest::newRow("PHQ-9 below its range")
        << QStringLiteral("phq9") << -1.0 << false
        << QStringLiteral("The PHQ-9 total must be from 0 to 27, but -1 was given. Check the total against the paper "
                          "form.");
    QTest::newRow("WEMWBS below its range")
        << QStringLiteral("wemwbs") << 13.0 << false
        << QStringLiteral("The WEMWBS total must be from 14 to 70, but 13 was given. Check the total against the "
                          "paper form.");
    QTest::newRow("WHO-5 percentage instead of the raw total")
        << QStringLiteral("who5") << 60.0 << false
        << QStringLiteral("The WHO-5 total must be from 0 to 25, but 60 was given. Enter the total of the answers, "
                          "before it is multiplied by 4.");
    QTest::newRow("SWEMWBS above the metric range")
        << QStringLiteral("swemwbs") << 36.5 << false
        << QStringLiteral("The SWEMWBS score must be from 7 to 35, but 36.5 was given. Check the score against the "
                          "paper form.");
    QTest::newRow("SWEMWBS raw total instead of the metric")
        << QStringLiteral("swemwbs") << 21.0 << false
        << QStringLiteral("21 is not a SWEMWBS metric score: metric scores are the values of its conversion table, "
                          "such as 19.25 or 19.98. Enter the metric score as the table gives it. If 21 is the total "
                          "of the answers, its metric score is 19.25: enter that.");
    QTest::newRow("SWEMWBS metric rounded")
        << QStringLiteral("swemwbs") << 20.7 << false
        << QStringLiteral("20.7 is not a SWEMWBS metric score: metric scores are the values of its conversion table, "
                          "such as 19.25 or 19.98. Enter the metric score as the table gives it.");
    QTest::newRow("ONS4 has no total") << QStringLiteral(
        "ons4") << 20.0 << false << QStringLiteral("ONS4 has no total score: enter the answer to each item instead.");
    QTest::newRow("answers and a total")
        << QStringLiteral("phq9") << 9.0 << true
        << QStringLiteral("Enter either the answer to each item of PHQ-9 or its total, not both: the total is worked "
                          "out from the answers.");
}

void TstMeasureService::totalOnlyRefusals()
{
    QFETCH(QString, measure);
    QFETCH(double, value);
    QFETCH(bool, withAnswers);
    QFETCH(QString, message);

    MeasureResponseInput in = total(measure, kToday, value);
    if (withAnswers) {
        in.answers = answers({ 1, 1, 1, 1, 1, 1, 1, 1, 1 });
    }
    MeasureService service(*m_db);
    auto id = service.record(m_admin, in);
    QVERIFY(!id);
    QCOMPARE(id.message(), message);
    QCOMPARE(id.error().code, Error::Code::InvalidInput);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM measure_response")).toInt(), 0);
}

void TstMeasureService::totalOnlyBands_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("storedTotal");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("band");
    QTest::addColumn<QString>("detailBand");

    QTest::newRow("PHQ-9 lowest") << QStringLiteral("phq9") << 0.0 << 0.0 << 0.0 << QStringLiteral("minimal")
                                  << QString();
    QTest::newRow("PHQ-9 9 is mild") << QStringLiteral("phq9") << 9.0 << 9.0 << 9.0 << QStringLiteral("mild")
                                     << QString();
    QTest::newRow("PHQ-9 10 is moderate")
        << QStringLiteral("phq9") << 10.0 << 10.0 << 10.0 << QStringLiteral("moderate") << QString();
    QTest::newRow("PHQ-9 highest") << QStringLiteral("phq9") << 27.0 << 27.0 << 27.0 << QStringLiteral("severe")
                                   << QString();
    QTest::newRow("CORE-10 prorated total between bands")
        << QStringLiteral("core10") << 10.6 << 10.6 << 10.6 << QStringLiteral("non-clinical") << QString();
    QTest::newRow("CORE-10 with its detail band") << QStringLiteral("core10") << 6.0 << 6.0 << 6.0
                                                  << QStringLiteral("non-clinical") << QStringLiteral("low-level");
    QTest::newRow("WEMWBS 44 with its detail band")
        << QStringLiteral("wemwbs") << 44.0 << 44.0 << 44.0 << QStringLiteral("low") << QStringLiteral("low-41-44");
    QTest::newRow("WEMWBS 45") << QStringLiteral("wemwbs") << 45.0 << 45.0 << 45.0 << QStringLiteral("average")
                               << QString();
    QTest::newRow("SWEMWBS metric 19.25 is low, raw 21")
        << QStringLiteral("swemwbs") << 19.25 << 21.0 << 19.25 << QStringLiteral("low") << QString();
    QTest::newRow("SWEMWBS metric 19.98 is average, raw 22")
        << QStringLiteral("swemwbs") << 19.98 << 22.0 << 19.98 << QStringLiteral("average") << QString();
    QTest::newRow("SWEMWBS metric 7 is the lowest")
        << QStringLiteral("swemwbs") << 7.0 << 7.0 << 7.0 << QStringLiteral("low") << QString();
    QTest::newRow("WHO-5 raw 13 is 52%") << QStringLiteral("who5") << 13.0 << 13.0 << 52.0 << QStringLiteral("not-poor")
                                         << QString();
    QTest::newRow("WHO-5 raw 12 is 48%") << QStringLiteral("who5") << 12.0 << 12.0 << 48.0 << QStringLiteral("poor")
                                         << QString();
}

void TstMeasureService::totalOnlyBands()
{
    QFETCH(QString, measure);
    QFETCH(double, value);
    QFETCH(double, storedTotal);
    QFETCH(double, score);
    QFETCH(QString, band);
    QFETCH(QString, detailBand);

    MeasureService service(*m_db);
    auto id = service.record(m_admin, total(measure, kToday, value));
    QVERIFY2(id, qPrintable(id.message()));
    const QString where = QStringLiteral(" FROM measure_response WHERE id = %1").arg(id.value());
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT total") + where).toDouble(), storedTotal);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT metric") + where).toDouble(), score);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT band") + where).toString(), band);

    auto list = service.responses(m_admin, m_client);
    QVERIFY(list);
    const MeasureResponse& r = list.value().first();
    QVERIFY(r.totalOnly);
    QCOMPARE(*r.enteredTotal, value);
    QCOMPARE(r.result.total, storedTotal);
    QCOMPARE(*r.result.score, score);
    QCOMPARE(r.result.bandKey, band);
    QCOMPARE(r.result.detailBandKey, detailBand);

    // The same result as answering the items would give, where the items can add up to the total.
    auto d = service.currentDefinition(measure);
    QVERIFY(d);
    const ScoreResult direct = MeasureService::scoreTotal(d.value(), value);
    QVERIFY(direct.complete);
    QCOMPARE(direct.bandKey, band);
}

void TstMeasureService::totalOnlyPairsWithItemLevel()
{
    MeasureService service(*m_db);
    // Ada: item level 16 first, then a total-only 5: a reliable improvement of 11.
    QVERIFY(service.record(m_admin, phq9(kToday.addDays(-40), { 2, 2, 2, 2, 2, 2, 2, 2, 0 })));
    QVERIFY(service.record(m_admin, total(QStringLiteral("phq9"), kToday.addDays(-5), 5)));
    // Ben: total-only 12 first, then item level 13.
    const qint64 ben = refer(QStringLiteral("Ben"));
    const qint64 benEpisode = startEpisode(ben, kToday.addDays(-50));
    MeasureResponseInput b1 = total(QStringLiteral("phq9"), kToday.addDays(-30), 12);
    b1.clientId = ben;
    b1.episodeId = benEpisode;
    MeasureResponseInput b2 = phq9(kToday.addDays(-2), { 2, 2, 2, 2, 2, 2, 1, 0, 0 });
    b2.clientId = ben;
    b2.episodeId = benEpisode;
    QVERIFY(service.record(m_admin, b1));
    QVERIFY(service.record(m_admin, b2));

    auto ada = service.responses(m_admin, m_client);
    QVERIFY(ada);
    QCOMPARE(ada.value().size(), 2);
    QVERIFY(!ada.value()[0].totalOnly);
    QVERIFY(ada.value()[1].totalOnly);
    QVERIFY(ada.value()[1].changeSinceFirst);
    QCOMPARE(ada.value()[1].firstResponseId, ada.value()[0].id);
    QCOMPARE(ada.value()[1].changeSinceFirst->difference, -11.0);
    QVERIFY(ada.value()[1].changeSinceFirst->reliableImprovement);
    auto benList = service.responses(m_admin, ben);
    QVERIFY(benList);
    QVERIFY(benList.value()[0].totalOnly);
    QVERIFY(benList.value()[1].changeSinceFirst);
    QCOMPARE(benList.value()[1].changeSinceFirst->difference, 1.0);

    int unscored = -1;
    auto all = service.scoredResponses(m_admin, QStringLiteral("phq9"), {}, {}, &unscored);
    QVERIFY2(all, qPrintable(all.message()));
    QCOMPARE(unscored, 0);
    QCOMPARE(all.value().size(), 4);
    QCOMPARE(all.value()[1].score, 12.0);
    QCOMPARE(all.value()[1].band, QStringLiteral("moderate"));
    const auto pairing = outcomes::pairFirstLast(all.value());
    QCOMPARE(pairing.pairs.size(), 2);
    const auto shares = outcomes::changeShares(
        pairing.pairs, MeasureService::changeRule(service.currentDefinition(QStringLiteral("phq9")).value()));
    QCOMPARE(shares.n, 2);
    QCOMPARE(shares.reliableImprovement.numerator, 1);
}

void TstMeasureService::totalOnlyLeavesItemFiguresAlone()
{
    MeasureService service(*m_db);
    // A charity's own questionnaire with a total and a yes / no item.
    MeasureDefinition own = custom(QStringLiteral("Did you feel welcome?"));
    own.items[0].kind = ItemKind::YesNoNa;
    own.items[0].options
        = { ResponseOption { 1, QStringLiteral("Yes"), true }, ResponseOption { 0, QStringLiteral("No"), true },
              ResponseOption { 9, QStringLiteral("Not applicable"), false } };
    own.scoreMax = 5;
    own.bands.last().max = 5;
    auto saved = service.saveCustom(m_admin, own);
    QVERIFY2(saved, qPrintable(saved.message()));
    MeasureResponseInput items;
    items.clientId = m_client;
    items.measureId = own.id;
    items.administeredOn = kToday;
    items.answers = { 1, 2, 2, std::nullopt };
    QVERIFY(service.record(m_admin, items));
    auto refused = service.record(m_admin, total(own.id, kToday, 6));
    QVERIFY(!refused);
    QCOMPARE(refused.message(),
        QStringLiteral("The Club total must be from 0 to 5, but 6 was given. Check the total against the paper form."));
    QVERIFY(service.record(m_admin, total(own.id, kToday, 4)));

    // Scores count both; the yes / no figures only the one with answers.
    auto scores = service.scoredResponses(m_admin, own.id);
    QVERIFY(scores);
    QCOMPARE(scores.value().size(), 2);
    auto yesNo = service.yesNoAnswers(m_admin, own.id, 1);
    QVERIFY(yesNo);
    QCOMPARE(yesNo.value().size(), 1);
}

void TstMeasureService::riskNotYetSeenIsKeptUnacknowledged()
{
    MeasureService service(*m_db);
    MeasureResponseInput in = phq9(kToday, { 0, 0, 0, 0, 0, 0, 0, 0, 2 });
    in.riskNotYetSeen = true;
    auto id = service.record(m_admin, in);
    QVERIFY2(id, qPrintable(id.message()));
    const QString where = QStringLiteral(" FROM measure_response WHERE id = %1").arg(id.value());
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT risk_flagged") + where).toInt(), 1);
    QVERIFY(test::scalar(*m_db, QStringLiteral("SELECT risk_acknowledged_by") + where).isNull());
    QVERIFY(test::scalar(*m_db, QStringLiteral("SELECT risk_acknowledged_at") + where).isNull());
    auto list = service.responses(m_admin, m_client);
    QVERIFY(list);
    QVERIFY(list.value().first().riskFlagged);
    QVERIFY(list.value().first().riskAcknowledgedBy.isEmpty());
}

QTEST_GUILESS_MAIN(TstMeasureService)
#include "tst_measureservice.moc"
