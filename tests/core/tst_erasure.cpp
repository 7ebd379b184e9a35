// Erasure and anonymisation (issue 10, item 4): after either, no identifier of the person remains in
// any text column of any table, nor in the bytes of the file; anonymising keeps the counts, scores,
// bands, hours, statuses and roles that statistics need; other people's rows are untouched; the
// refusals say what to do; the retention review lists exactly the people past their period; and a
// bulk anonymisation is all or nothing.

#include "core/audit/auditlog.h"
#include "core/clients/clientservice.h"
#include "core/db/database.h"
#include "core/privacy/erasureservice.h"
#include "core/privacy/retention.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace alongside;
using namespace alongside::core;
using Role = Actor::Role;

namespace {

const QDate kToday(2026, 11, 22);

Actor as(Role role, const QString& userName)
{
    Actor a = Actor::localUser();
    a.role = role;
    a.userName = userName;
    return a;
}

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

// Every identifying or free-text value written for the person, each distinct so that a failure
// names the field it came from.
const QStringList kMarkers = {
    QStringLiteral("Zephyrine"),
    QStringLiteral("Quillfeather"),
    QStringLiteral("Zephyknownas"),
    QStringLiteral("zephyrine.q@quillmail.example"),
    QStringLiteral("07700900461"),
    QStringLiteral("QF1 7ZZ"),
    QStringLiteral("zqmAddressLane"),
    QStringLiteral("ZQREF-7731"),
    QStringLiteral("1985-03-17"),
    QStringLiteral("zqmEmergName"),
    QStringLiteral("zqmEmergRel"),
    QStringLiteral("zqmEmergPhone"),
    QStringLiteral("zqmWorkerAvail"),
    QStringLiteral("zqmAccessNeeds"),
    QStringLiteral("zqmSlots"),
    QStringLiteral("zqmStatusReason"),
    QStringLiteral("zqmStepNote"),
    QStringLiteral("zqmRefereeName"),
    QStringLiteral("zqmRefereeRel"),
    QStringLiteral("zqmRefereeContact"),
    QStringLiteral("zqmRefereeNote"),
    QStringLiteral("ZQDBS00123"),
    QStringLiteral("zqmDbsNote"),
    QStringLiteral("zqmHoursActivity"),
    QStringLiteral("zqmDisclosure"),
    QStringLiteral("zqmLivedNote"),
    QStringLiteral("zqmCertName"),
    QStringLiteral("zqmCertBlob"),
    QStringLiteral("zqmTrainingNote"),
    QStringLiteral("zqmArrangementNote"),
    QStringLiteral("zqmSupSummary"),
    QStringLiteral("zqmSupPrivate"),
    QStringLiteral("zqmSupAction"),
    QStringLiteral("zqmSupOwner"),
    QStringLiteral("zqmRiskNote"),
    QStringLiteral("zqmClientAvail"),
    QStringLiteral("zqmPrefNote"),
    QStringLiteral("zqmSourceDetail"),
    QStringLiteral("zqmReferralReason"),
    QStringLiteral("zqmTriageNote"),
    QStringLiteral("zqmEndingNote"),
    QStringLiteral("zqmSessionNote"),
    QStringLiteral("zqmMatchReasons"),
    QStringLiteral("zqmMatchEndNote"),
    QStringLiteral("zqmGoalDesc"),
    QStringLiteral("zqmAnswerText"),
    QStringLiteral("zqmConsentDetail"),
    QStringLiteral("zqmConsentNote"),
    QStringLiteral("zqmStoryTitle"),
    QStringLiteral("zqmStoryBody"),
    QStringLiteral("zqmStoryAnon"),
    QStringLiteral("zqmAttendeeOrg"),
    // A rare language can identify someone; lived-experience areas are special-category detail.
    QStringLiteral("zqmLangClient"),
    QStringLiteral("zqmLangWorker"),
    QStringLiteral("zqmWantedAreas"),
    QStringLiteral("zqmLivedAreas"),
};

// Columns where the app writes the acting user's shown name as text, or a free-text owner beside
// a link: other people's rows whose only change on anonymising is there.
const QStringList kRecordedByColumns
    = { QStringLiteral("recorded_by"), QStringLiteral("chosen_by"), QStringLiteral("done_by"),
          QStringLiteral("risk_acknowledged_by"), QStringLiteral("created_by"), QStringLiteral("owner_text") };

} // namespace

class TstErasure : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void eraseLeavesNoTrace();
    void anonymiseLeavesNoTraceAndKeepsCounts();
    void anonymiseRenamesWhatTheirAccountRecorded();
    void supervisorOfOthersIsNotErased();
    void anonymisedRecordTakesNoNameBack_data();
    void anonymisedRecordTakesNoNameBack();
    void auditEntries();
    void previewSaysWhatWillHappen();
    void refusals_data();
    void refusals();
    void retentionReview_data();
    void retentionReview();
    void retentionSettingsRoundTrip();
    void bulkAnonymiseIsAllOrNothing();
    void secureDeleteIsWhatClearsTheFile();

private:
    qint64 insert(const QString& sql, const QVariantList& bind);
    qint64 addPerson(const QString& given, const QString& family);
    qint64 addClient(qint64 personId, const QDate& referred, const QDate& ended);
    qint64 addWorker(qint64 personId, const QList<QPair<QString, QDate>>& statuses);
    void buildScenario();
    /** Zephyrine's (disabled) login account, and rows written while it was logged in. */
    void addAccountAndItsRows();
    QStringList markersInColumns() const;
    QStringList markersInFile() const;
    QByteArray othersDigest() const;
    QStringList keptCounts() const;

    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin = as(Role::Administrator, QStringLiteral("admin"));

    // The scenario: Zephyrine is supported and volunteers; Olu and Priya are other people.
    qint64 m_zed = 0;
    qint64 m_zedWorker = 0;
    qint64 m_zedClient = 0;
    qint64 m_olu = 0; // a mentor (Zephyrine's), supervised with her in a group
    qint64 m_oluWorker = 0;
    qint64 m_priya = 0; // another person supported, whose session Zephyrine delivered
    qint64 m_priyaClient = 0;
};

void TstErasure::init()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("e.alongside")));
    QVERIFY(m_db);
}

void TstErasure::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_clock.reset();
}

qint64 TstErasure::insert(const QString& sql, const QVariantList& bind)
{
    QSqlQuery q(QSqlDatabase::database(m_db->connectionName(), false));
    if (!q.prepare(sql)) {
        qWarning() << sql << q.lastError().text();
        return 0;
    }
    for (const QVariant& v : bind) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 TstErasure::addPerson(const QString& given, const QString& family)
{
    return insert(QStringLiteral("INSERT INTO person (given_name, family_name, created_at, updated_at) "
                                 "VALUES (?, ?, 'x', 'x')"),
        { given, family });
}

qint64 TstErasure::addClient(qint64 personId, const QDate& referred, const QDate& ended)
{
    const qint64 client = insert(
        QStringLiteral("INSERT INTO client (person_id, created_at) VALUES (?, ?)"), { personId, iso(referred) });
    const qint64 referral
        = insert(QStringLiteral("INSERT INTO referral (client_id, referred_on, source_category) VALUES (?, ?, 'self')"),
            { client, iso(referred) });
    insert(QStringLiteral("INSERT INTO episode (referral_id, component_id, starts_on, ended_on, ending_reason) "
                          "VALUES (?, 1, ?, ?, ?)"),
        { referral, iso(referred), ended.isValid() ? QVariant(iso(ended)) : QVariant(),
            ended.isValid() ? QVariant(QStringLiteral("planned")) : QVariant() });
    return client;
}

qint64 TstErasure::addWorker(qint64 personId, const QList<QPair<QString, QDate>>& statuses)
{
    const qint64 worker
        = insert(QStringLiteral("INSERT INTO worker (person_id, created_at) VALUES (?, 'x')"), { personId });
    for (const auto& [status, since] : statuses) {
        insert(QStringLiteral("INSERT INTO worker_status (worker_id, status, since) VALUES (?, ?, ?)"),
            { worker, status, iso(since) });
    }
    return worker;
}

void TstErasure::buildScenario()
{
    // Zephyrine: every field that can identify her, or hold free text about her, carries a marker.
    m_zed = insert(QStringLiteral("INSERT INTO person (given_name, family_name, known_as, date_of_birth, gender, "
                                  "ethnicity, email, phone, postcode, address, reference, created_at, updated_at) "
                                  "VALUES ('Zephyrine', 'Quillfeather', 'Zephyknownas', '1985-03-17', 'woman', "
                                  "'white_british', 'zephyrine.q@quillmail.example', '07700900461', 'QF1 7ZZ', "
                                  "'1 zqmAddressLane', 'ZQREF-7731', 'x', 'x')"),
        {});
    QVERIFY(m_zed);
    m_olu = addPerson(QStringLiteral("Olu"), QStringLiteral("Adeyemi"));
    m_priya = addPerson(QStringLiteral("Priya"), QStringLiteral("Shah"));
    m_oluWorker = addWorker(m_olu, { { QStringLiteral("active"), QDate(2020, 1, 1) } });
    m_priyaClient = addClient(m_priya, QDate(2026, 5, 1), QDate());

    // As a person supported.
    m_zedClient
        = insert(QStringLiteral("INSERT INTO client (person_id, risk_note, languages, availability, "
                                "preference_note, wanted_shared_areas, created_at) VALUES (?, 'zqmRiskNote', 'English, "
                                "zqmLangClient', 'zqmClientAvail', 'zqmPrefNote', 'anxiety,zqmWantedAreas', 'x')"),
            { m_zed });
    const qint64 referral = insert(QStringLiteral("INSERT INTO referral (client_id, referred_on, source_category, "
                                                  "source_detail, reason, triage_outcome, triage_on, triage_note) "
                                                  "VALUES (?, '2025-01-10', 'self', 'zqmSourceDetail', "
                                                  "'zqmReferralReason', 'accepted', '2025-01-15', 'zqmTriageNote')"),
        { m_zedClient });
    const qint64 episode
        = insert(QStringLiteral("INSERT INTO episode (referral_id, component_id, starts_on, ended_on, ending_reason, "
                                "ending_note) VALUES (?, 1, '2025-02-01', '2025-08-01', 'planned', 'zqmEndingNote')"),
            { referral });
    for (int i = 0; i < 3; ++i) {
        insert(QStringLiteral("INSERT INTO session (episode_id, held_on, duration_minutes, mode, attendance, "
                              "worker_id, note) VALUES (?, ?, 60, 'face_to_face', 'attended', ?, 'zqmSessionNote')"),
            { episode, iso(QDate(2025, 3, 1).addDays(7 * i)), m_oluWorker });
    }
    insert(QStringLiteral("INSERT INTO mentor_match (episode_id, mentor_id, status, proposed_on, started_on, ended_on, "
                          "ending_reason, ending_note, reasons) VALUES (?, ?, 'ended', '2025-02-01', '2025-02-03', "
                          "'2025-08-01', 'planned', 'zqmMatchEndNote', 'zqmMatchReasons')"),
        { episode, m_oluWorker });
    insert(QStringLiteral("INSERT INTO goal (client_id, episode_id, description, set_on, progress, achieved_on) "
                          "VALUES (?, ?, 'zqmGoalDesc', '2025-02-01', 100, '2025-07-01')"),
        { m_zedClient, episode });
    for (int i = 0; i < 2; ++i) {
        const qint64 response = insert(
            QStringLiteral("INSERT INTO measure_response (client_id, episode_id, measure_id, definition_version, "
                           "administered_on, total, band, entered_at) VALUES (?, ?, 'phq9', 1, ?, ?, ?, 'x')"),
            { m_zedClient, episode, i == 0 ? QStringLiteral("2025-02-01") : QStringLiteral("2025-08-01"),
                i == 0 ? 17 : 6, i == 0 ? QStringLiteral("moderately_severe") : QStringLiteral("mild") });
        insert(QStringLiteral("INSERT INTO measure_answer (response_id, item_no, value, text_value) "
                              "VALUES (?, 1, 2, 'zqmAnswerText')"),
            { response });
        insert(
            QStringLiteral("INSERT INTO measure_answer (response_id, item_no, value) VALUES (?, 2, 3)"), { response });
    }

    // As a volunteer.
    m_zedWorker
        = insert(QStringLiteral("INSERT INTO worker (person_id, emergency_contact_name, "
                                "emergency_contact_relationship, emergency_contact_phone, availability, "
                                "languages, access_needs, disability, available_slots, created_at) VALUES (?, "
                                "'zqmEmergName', 'zqmEmergRel', 'zqmEmergPhone', 'zqmWorkerAvail', 'zqmLangWorker', "
                                "'zqmAccessNeeds', 'no', 'zqmSlots', 'x')"),
            { m_zed });
    insert(QStringLiteral("INSERT INTO worker_status (worker_id, status, since, reason) VALUES "
                          "(?, 'applicant', '2025-09-01', 'zqmStatusReason'), (?, 'active', '2025-10-01', NULL)"),
        { m_zedWorker, m_zedWorker });
    insert(QStringLiteral("INSERT INTO worker_role (worker_id, role_type_id, pay_basis, hours_per_week, starts_on) "
                          "VALUES (?, 1, 'unpaid', 4, '2025-10-01')"),
        { m_zedWorker });
    insert(QStringLiteral("INSERT INTO worker_step (worker_id, step_id, done_on, done_by, note) "
                          "VALUES (?, 1, '2025-09-01', 'admin', 'zqmStepNote')"),
        { m_zedWorker });
    insert(QStringLiteral("INSERT INTO worker_reference (worker_id, referee_name, relationship, contact, requested_on, "
                          "note) VALUES (?, 'zqmRefereeName', 'zqmRefereeRel', 'zqmRefereeContact', '2025-09-02', "
                          "'zqmRefereeNote')"),
        { m_zedWorker });
    insert(QStringLiteral("INSERT INTO dbs_check (worker_id, level, certificate_number, issued_on, note) "
                          "VALUES (?, 'enhanced', 'ZQDBS00123', '2025-09-20', 'zqmDbsNote')"),
        { m_zedWorker });
    insert(QStringLiteral("INSERT INTO volunteer_hours (worker_id, worked_on, hours, activity) VALUES "
                          "(?, '2025-10-10', 3.5, 'zqmHoursActivity'), (?, '2025-10-17', 2, 'zqmHoursActivity')"),
        { m_zedWorker, m_zedWorker });
    insert(
        QStringLiteral("INSERT INTO worker_lived_experience (worker_id, consent_on, areas, disclosure, note, "
                       "updated_at) VALUES (?, '2025-09-01', 'anxiety,zqmLivedAreas', 'zqmDisclosure', 'zqmLivedNote', "
                       "'x')"),
        { m_zedWorker });
    insert(QStringLiteral("INSERT INTO training_completion (worker_id, course_id, completed_on, certificate_name, "
                          "certificate, note) VALUES (?, 1, '2025-09-15', 'zqmCertName.pdf', ?, 'zqmTrainingNote')"),
        { m_zedWorker, QByteArray("%PDF zqmCertBlob") });
    insert(QStringLiteral("INSERT INTO supervision_arrangement (worker_id, supervisor_id, supervisor_kind, starts_on, "
                          "note) VALUES (?, ?, 'peer', '2025-10-01', 'zqmArrangementNote')"),
        { m_zedWorker, m_oluWorker });
    // One-to-one supervision (about her) and a group one (Olu's too).
    const qint64 own = insert(QStringLiteral("INSERT INTO supervision_entry (held_on, duration_minutes, kind, "
                                             "supervisor_id, summary, private_notes, created_at) VALUES "
                                             "('2025-11-01', 60, 'reflective', ?, 'zqmSupSummary', 'zqmSupPrivate', "
                                             "'x')"),
        { m_oluWorker });
    insert(QStringLiteral("INSERT INTO supervision_attendee (entry_id, worker_id, wellbeing_in, wellbeing_out) "
                          "VALUES (?, ?, 5, 7)"),
        { own, m_zedWorker });
    insert(QStringLiteral("INSERT INTO supervision_action (entry_id, description, owner_text, due_on) "
                          "VALUES (?, 'zqmSupAction', 'zqmSupOwner', '2025-12-01')"),
        { own });
    const qint64 group = insert(QStringLiteral("INSERT INTO supervision_entry (held_on, kind, summary, created_at) "
                                               "VALUES ('2025-11-08', 'group_reflective', 'Boundaries', 'x')"),
        {});
    insert(QStringLiteral("INSERT INTO supervision_attendee (entry_id, worker_id) VALUES (?, ?), (?, ?)"),
        { group, m_zedWorker, group, m_oluWorker });
    // Work she did for others: those rows belong to their records.
    const qint64 priyaEpisode = test::scalar(*m_db,
        QStringLiteral("SELECT e.id FROM episode e JOIN referral r ON r.id = e.referral_id WHERE r.client_id = %1")
            .arg(m_priyaClient))
                                    .toLongLong();
    insert(
        QStringLiteral("INSERT INTO session (episode_id, held_on, duration_minutes, mode, attendance, worker_id, "
                       "note) VALUES (?, '2026-06-01', 45, 'telephone', 'attended', ?, 'Talked about the allotment')"),
        { priyaEpisode, m_zedWorker });
    insert(QStringLiteral("INSERT INTO group_session (component_id, held_on, worker_id, topic) "
                          "VALUES (4, '2026-06-02', ?, 'Coping skills')"),
        { m_zedWorker });

    // As a person: consent, a story, meetings.
    const qint64 consent = insert(QStringLiteral("INSERT INTO consent (person_id, purpose, given_on, detail, note, "
                                                 "recorded_by) VALUES (?, 'story', '2025-02-01', 'zqmConsentDetail', "
                                                 "'zqmConsentNote', 'admin')"),
        { m_zed });
    insert(QStringLiteral("INSERT INTO consent (person_id, purpose, given_on) VALUES (?, 'service', '2025-01-10')"),
        { m_zed });
    const qint64 story = insert(QStringLiteral("INSERT INTO story (person_id, author_type, title, written_on, body, "
                                               "anonymised, consent_id, created_at, updated_at) VALUES (?, "
                                               "'supported', 'zqmStoryTitle', '2025-08-01', 'zqmStoryBody', "
                                               "'zqmStoryAnon', ?, 'x', 'x')"),
        { m_zed, consent });
    insert(QStringLiteral("INSERT INTO story_theme_link (story_id, theme_id) VALUES (?, 1)"), { story });
    const qint64 meeting = insert(QStringLiteral("INSERT INTO meeting (group_id, held_on, created_at, updated_at) "
                                                 "VALUES (1, '2025-06-01', 'x', 'x')"),
        {});
    insert(QStringLiteral("INSERT INTO meeting_attendee (meeting_id, person_id, organisation, standing) VALUES "
                          "(?, ?, 'zqmAttendeeOrg', 'supported'), (?, ?, NULL, 'volunteer')"),
        { meeting, m_zed, meeting, m_olu });
    insert(QStringLiteral("INSERT INTO meeting_action (meeting_id, description, owner_person_id) "
                          "VALUES (?, 'Book the room', ?)"),
        { meeting, m_zed });

    // Priya's own rows, which nothing here may touch.
    insert(QStringLiteral("UPDATE client SET risk_note = 'Priya risk' WHERE id = ?"), { m_priyaClient });
    insert(QStringLiteral("INSERT INTO measure_response (client_id, measure_id, definition_version, administered_on, "
                          "total, band, entered_at) VALUES (?, 'gad7', 1, '2026-05-02', 9, 'mild', 'x')"),
        { m_priyaClient });
    insert(QStringLiteral("INSERT INTO consent (person_id, purpose, given_on, note) VALUES (?, 'service', "
                          "'2026-05-01', 'Priya note')"),
        { m_priya });
    insert(QStringLiteral("INSERT INTO volunteer_hours (worker_id, worked_on, hours, activity) "
                          "VALUES (?, '2026-06-01', 2, 'Olu hours')"),
        { m_oluWorker });

    // Every marker really is in the database before anything is removed.
    QStringList missing = kMarkers;
    for (const QString& found : markersInColumns()) {
        missing.removeAll(found.section(QStringLiteral(" in "), 0, 0));
    }
    QCOMPARE(missing, QStringList());
    // ...and in the file's bytes, so the byte search below can find what it looks for.
    QCOMPARE(markersInFile().size(), kMarkers.size());
}

QStringList TstErasure::markersInColumns() const
{
    QSqlDatabase c = QSqlDatabase::database(m_db->connectionName(), false);
    QStringList tables;
    {
        QSqlQuery q(c);
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
        while (q.next()) {
            tables << q.value(0).toString();
        }
    }
    QStringList found;
    for (const QString& table : tables) {
        QStringList columns;
        QSqlQuery info(c);
        info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (info.next()) {
            columns << info.value(1).toString();
        }
        for (const QString& column : columns) {
            for (const QString& marker : kMarkers) {
                QSqlQuery q(c);
                q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE instr(lower(CAST(%2 AS TEXT)), ?) > 0")
                              .arg(table, column));
                q.addBindValue(marker.toLower());
                if (q.exec() && q.next() && q.value(0).toInt() > 0) {
                    found << QStringLiteral("%1 in %2.%3").arg(marker, table, column);
                }
            }
        }
    }
    found.removeDuplicates();
    return found;
}

QStringList TstErasure::markersInFile() const
{
    if (!test::execSql(*m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
        return { QStringLiteral("checkpoint failed") };
    }
    QByteArray bytes = test::fileBytes(m_db->path()).toLower();
    bytes += test::fileBytes(m_db->path() + QStringLiteral("-wal")).toLower();
    QStringList found;
    for (const QString& marker : kMarkers) {
        const QString lower = marker.toLower();
        const QByteArray le(reinterpret_cast<const char*>(lower.utf16()), lower.size() * 2);
        QByteArray be = le;
        for (int i = 0; i + 1 < be.size(); i += 2) {
            std::swap(be[i], be[i + 1]);
        }
        if (bytes.contains(lower.toUtf8())) {
            found << marker + QStringLiteral(" (UTF-8)");
        }
        if (bytes.contains(le) || bytes.contains(be)) {
            found << marker + QStringLiteral(" (UTF-16)");
        }
    }
    return found;
}

QByteArray TstErasure::othersDigest() const
{
    const QString olu = QString::number(m_olu);
    const QString priya = QString::number(m_priya);
    const QString oluW = QString::number(m_oluWorker);
    const QString priyaC = QString::number(m_priyaClient);
    const QStringList queries = {
        QStringLiteral("SELECT * FROM person WHERE id IN (%1, %2) ORDER BY id").arg(olu, priya),
        QStringLiteral("SELECT * FROM client WHERE id = %1").arg(priyaC),
        QStringLiteral("SELECT * FROM referral WHERE client_id = %1").arg(priyaC),
        QStringLiteral("SELECT e.* FROM episode e JOIN referral r ON r.id = e.referral_id WHERE r.client_id = %1")
            .arg(priyaC),
        // Who delivered a session is a link to the worker, cleared if the worker is erased.
        QStringLiteral("SELECT s.id, s.held_on, s.duration_minutes, s.mode, s.attendance, s.note FROM session s "
                       "JOIN episode e ON e.id = s.episode_id JOIN referral r ON r.id = e.referral_id "
                       "WHERE r.client_id = %1 ORDER BY s.id")
            .arg(priyaC),
        QStringLiteral("SELECT * FROM measure_response WHERE client_id = %1").arg(priyaC),
        QStringLiteral("SELECT * FROM consent WHERE person_id = %1").arg(priya),
        QStringLiteral("SELECT * FROM worker WHERE id = %1").arg(oluW),
        QStringLiteral("SELECT * FROM worker_status WHERE worker_id = %1").arg(oluW),
        QStringLiteral("SELECT * FROM volunteer_hours WHERE worker_id = %1").arg(oluW),
        QStringLiteral("SELECT * FROM supervision_attendee WHERE worker_id = %1").arg(oluW),
        QStringLiteral("SELECT e.id, e.held_on, e.kind, e.summary FROM supervision_entry e JOIN supervision_attendee a "
                       "ON a.entry_id = e.id WHERE a.worker_id = %1 ORDER BY e.id")
            .arg(oluW),
        QStringLiteral("SELECT * FROM meeting_attendee WHERE person_id = %1").arg(olu),
        QStringLiteral("SELECT id, held_on, topic FROM group_session ORDER BY id"),
        QStringLiteral("SELECT * FROM meeting ORDER BY id"),
    };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& sql : queries) {
        QSqlQuery q(QSqlDatabase::database(m_db->connectionName(), false));
        if (!q.exec(sql)) {
            return QByteArrayLiteral("error: ") + sql.toUtf8();
        }
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                if (kRecordedByColumns.contains(q.record().fieldName(i))) {
                    continue; // checked on their own (anonymiseRenamesWhatTheirAccountRecorded)
                }
                hash.addData(q.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

QStringList TstErasure::keptCounts() const
{
    const QString z = QString::number(m_zed);
    const QString w = QString::number(m_zedWorker);
    const QString c = QString::number(m_zedClient);
    const QStringList queries = {
        QStringLiteral("SELECT COUNT(*) FROM person WHERE id = %1").arg(z),
        QStringLiteral("SELECT gender || '/' || ethnicity || '/' || substr(date_of_birth, 1, 4) FROM person "
                       "WHERE id = %1")
            .arg(z),
        QStringLiteral("SELECT COUNT(*) || '/' || group_concat(triage_outcome) || '/' || group_concat(referred_on) "
                       "FROM referral WHERE client_id = %1")
            .arg(c),
        QStringLiteral("SELECT COUNT(*) || '/' || group_concat(e.starts_on || e.ended_on || e.ending_reason) FROM "
                       "episode e JOIN referral r ON r.id = e.referral_id WHERE r.client_id = %1")
            .arg(c),
        QStringLiteral("SELECT COUNT(*) || '/' || SUM(s.duration_minutes) || '/' || group_concat(s.attendance) FROM "
                       "session s JOIN episode e ON e.id = s.episode_id JOIN referral r ON r.id = e.referral_id "
                       "WHERE r.client_id = %1")
            .arg(c),
        QStringLiteral("SELECT COUNT(*) || '/' || SUM(total) || '/' || group_concat(band) FROM measure_response "
                       "WHERE client_id = %1")
            .arg(c),
        QStringLiteral("SELECT COUNT(*) || '/' || SUM(value) FROM measure_answer WHERE response_id IN "
                       "(SELECT id FROM measure_response WHERE client_id = %1)")
            .arg(c),
        QStringLiteral("SELECT COUNT(*) || '/' || SUM(progress) || '/' || group_concat(achieved_on) FROM goal "
                       "WHERE client_id = %1")
            .arg(c),
        QStringLiteral("SELECT COUNT(*) || '/' || group_concat(status) FROM mentor_match m JOIN episode e ON "
                       "e.id = m.episode_id JOIN referral r ON r.id = e.referral_id WHERE r.client_id = %1")
            .arg(c),
        QStringLiteral(
            "SELECT COUNT(*) || '/' || group_concat(status || since) FROM worker_status WHERE worker_id = %1")
            .arg(w),
        QStringLiteral("SELECT COUNT(*) || '/' || SUM(hours_per_week) FROM worker_role WHERE worker_id = %1").arg(w),
        QStringLiteral("SELECT COUNT(*) || '/' || SUM(hours) FROM volunteer_hours WHERE worker_id = %1").arg(w),
        QStringLiteral("SELECT COUNT(*) || '/' || group_concat(completed_on) FROM training_completion "
                       "WHERE worker_id = %1")
            .arg(w),
        QStringLiteral("SELECT COUNT(*) || '/' || group_concat(level || issued_on) FROM dbs_check WHERE worker_id = %1")
            .arg(w),
        QStringLiteral("SELECT COUNT(*) || '/' || SUM(wellbeing_out) FROM supervision_attendee WHERE worker_id = %1")
            .arg(w),
        QStringLiteral("SELECT COUNT(*) || '/' || group_concat(purpose) FROM consent WHERE person_id = %1").arg(z),
        QStringLiteral("SELECT COUNT(*) FROM meeting_attendee WHERE person_id = %1").arg(z),
    };
    QStringList out;
    for (const QString& sql : queries) {
        out << test::scalar(*m_db, sql).toString();
    }
    return out;
}

void TstErasure::eraseLeavesNoTrace()
{
    buildScenario();
    const QByteArray others = othersDigest();
    const int peopleBefore = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person")).toInt();

    ErasureService service(*m_db);
    const Status s = service.erase(m_admin, m_zed, ErasureReason::PersonAsked);
    QVERIFY2(s.isOk(), qPrintable(s.message()));

    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), peopleBefore - 1);
    QCOMPARE(markersInColumns(), QStringList());
    QCOMPARE(othersDigest(), others);
    // Her one-to-one supervision went with her; the group entry stays for Olu, without her.
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt(), 1);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_attendee")).toInt(), 1);
    // The session she delivered for Priya stays in Priya's record, with nobody named as the worker.
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM session WHERE held_on = '2026-06-01' AND "
                                "worker_id IS NULL"))
                 .toInt(),
        1);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM meeting_action WHERE owner_person_id IS NULL"))
                 .toInt(),
        1);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());

    // Gone from the file's bytes: first with the checkpoint alone (secure_delete zeroes freed space),
    // then after a VACUUM as well.
    QCOMPARE(markersInFile(), QStringList());
    QVERIFY(test::execSql(*m_db, QStringLiteral("VACUUM")));
    QCOMPARE(markersInFile(), QStringList());
}

void TstErasure::anonymiseLeavesNoTraceAndKeepsCounts()
{
    buildScenario();
    const QByteArray others = othersDigest();
    const QStringList counts = keptCounts();
    QCOMPARE(counts.at(2), QStringLiteral("1/accepted/2025-01-10"));
    QCOMPARE(counts.at(5), QStringLiteral("2/23.0/moderately_severe,mild"));

    ErasureService service(*m_db);
    const Status s = service.anonymise(m_admin, m_zed, ErasureReason::PastRetention);
    QVERIFY2(s.isOk(), qPrintable(s.message()));

    QCOMPARE(markersInColumns(), QStringList());
    QCOMPARE(othersDigest(), others);
    // Counts, scores, bands, hours, statuses, roles, dates and equality categories are unchanged,
    // except the year-only date of birth (checked below).
    QCOMPARE(keptCounts(), counts);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT given_name || '|' || family_name || '|' || COALESCE(known_as, 'null') || '|' "
                                "|| date_of_birth || '|' || anonymised_on FROM person WHERE id = %1")
                     .arg(m_zed))
                 .toString(),
        QStringLiteral("Anonymised||null|1985-07-01|2026-11-22"));
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT description FROM goal")).toString(), QStringLiteral("(removed)"));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM worker_reference")).toInt(), 0);
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM story WHERE person_id = %1").arg(m_zed)).toInt(), 0);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM worker_lived_experience")).toInt(), 0);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COALESCE(c.languages, '') || COALESCE(c.wanted_shared_areas, '') || "
                                "COALESCE(w.languages, '') FROM client c JOIN worker w ON w.person_id = c.person_id "
                                "WHERE c.id = %1")
                     .arg(m_zedClient))
                 .toString(),
        QString());
    QCOMPARE(test::scalar(*m_db, QStringLiteral("PRAGMA foreign_key_check")), QVariant());

    QCOMPARE(markersInFile(), QStringList());
    QVERIFY(test::execSql(*m_db, QStringLiteral("VACUUM")));
    QCOMPARE(markersInFile(), QStringList());

    // Anonymising twice is refused; erasing an anonymised record is allowed.
    const Status again = service.anonymise(m_admin, m_zed, ErasureReason::PastRetention);
    QCOMPARE(again.message(),
        QStringLiteral("This record was already anonymised on %1.")
            .arg(QLocale().toString(kToday, QLocale::ShortFormat)));
    QVERIFY(service.erase(m_admin, m_zed, ErasureReason::PersonAsked).isOk());
}

void TstErasure::addAccountAndItsRows()
{
    // Her login account, disabled (anonymising an enabled one is refused). What she recorded while
    // logged in carries her shown name: the display name, or the user name when it had none.
    QVERIFY(insert(QStringLiteral("INSERT INTO account (user_name, display_name, role, worker_id, password_hash, "
                                  "kdf_algorithm, kdf_salt, kdf_ops_limit, kdf_mem_limit, disabled, created_at, "
                                  "updated_at) VALUES ('zqacct', 'Zephyrine Quillfeather', 'coordinator', ?, 'h', "
                                  "'argon2id', ?, 1, 1, 1, 'x', 'x')"),
        { m_zedWorker, QByteArray(16, 'x') }));
    const QString shown = QStringLiteral("Zephyrine Quillfeather");
    QVERIFY(test::execSql(
        *m_db, QStringLiteral("UPDATE consent SET recorded_by = '%1' WHERE person_id = %2").arg(shown).arg(m_priya)));
    QVERIFY(test::execSql(*m_db, QStringLiteral("UPDATE meeting SET recorded_by = '%1'").arg(shown)));
    const qint64 story = insert(QStringLiteral("INSERT INTO story (person_id, author_type, title, written_on, body, "
                                               "recorded_by, created_at, updated_at) VALUES (?, 'supported', "
                                               "'Priya story', '2026-06-01', 'Priya words', ?, 'x', 'x')"),
        { m_priya, shown });
    QVERIFY(story);
    insert(QStringLiteral("INSERT INTO story_period (story_id, period_start, period_end, chosen_by, chosen_on) "
                          "VALUES (?, '2026-04-01', '2026-06-30', ?, '2026-07-01')"),
        { story, shown });
    QVERIFY(insert(QStringLiteral("INSERT INTO training_completion (worker_id, course_id, completed_on, recorded_by) "
                                  "VALUES (?, 1, '2026-02-01', ?)"),
        { m_oluWorker, shown }));
    QVERIFY(insert(QStringLiteral("INSERT INTO worker_step (worker_id, step_id, done_on, done_by) "
                                  "VALUES (?, 1, '2020-01-01', ?)"),
        { m_oluWorker, shown }));
    QVERIFY(insert(QStringLiteral("INSERT INTO measure_definition (measure_id, version, json, source, created_at, "
                                  "created_by) VALUES ('ours', 1, '{}', 'custom', 'x', ?)"),
        { shown }));
    // Her user name, where a screen had no display name to show.
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("UPDATE measure_response SET risk_acknowledged_by = 'zqacct' WHERE client_id = %1")
            .arg(m_priyaClient)));
    // Actions she owns, with her name as owner text beside the link.
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("UPDATE meeting_action SET owner_text = 'Zephyrine' WHERE owner_person_id = %1").arg(m_zed)));
    QVERIFY(insert(QStringLiteral("INSERT INTO supervision_action (entry_id, description, owner_id, owner_text) "
                                  "SELECT id, 'Read the boundaries leaflet', ?, 'Zephyrine Q' FROM supervision_entry "
                                  "WHERE kind = 'group_reflective'"),
        { m_zedWorker }));
}

void TstErasure::anonymiseRenamesWhatTheirAccountRecorded()
{
    buildScenario();
    addAccountAndItsRows();
    const QByteArray others = othersDigest();
    QVERIFY(!markersInColumns().isEmpty());
    ErasureService service(*m_db);
    const Status s = service.anonymise(m_admin, m_zed, ErasureReason::PersonAsked);
    QVERIFY2(s.isOk(), qPrintable(s.message()));
    QCOMPARE(markersInColumns(), QStringList());
    QCOMPARE(markersInFile(), QStringList());
    QCOMPARE(othersDigest(), others);
    const QString recorded = test::scalar(*m_db,
        QStringLiteral("SELECT group_concat(v, '|') FROM ("
                       "SELECT recorded_by AS v FROM consent WHERE person_id = %1 UNION ALL "
                       "SELECT recorded_by FROM story WHERE person_id = %1 UNION ALL "
                       "SELECT recorded_by FROM meeting UNION ALL SELECT chosen_by FROM story_period UNION ALL "
                       "SELECT recorded_by FROM training_completion WHERE worker_id = %2 UNION ALL "
                       "SELECT done_by FROM worker_step WHERE worker_id = %2 UNION ALL "
                       "SELECT risk_acknowledged_by FROM measure_response WHERE client_id = %3 UNION ALL "
                       "SELECT created_by FROM measure_definition)")
            .arg(m_priya)
            .arg(m_oluWorker)
            .arg(m_priyaClient))
                                 .toString();
    QCOMPARE(recorded, QStringList(8, QStringLiteral("Anonymised")).join(QLatin1Char('|')));
    // What someone else recorded is left alone.
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT recorded_by FROM consent WHERE person_id = %1 AND purpose = "
                                "'story'")
                     .arg(m_zed))
                 .toString(),
        QStringLiteral("admin"));
    // The actions stay, owned by the anonymised record, with no owner text.
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM meeting_action WHERE owner_person_id = %1 AND owner_text IS NULL")
                     .arg(m_zed))
                 .toInt(),
        1);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT COUNT(*) FROM supervision_action WHERE owner_id = %1 AND owner_text IS NULL")
                     .arg(m_zedWorker))
                 .toInt(),
        1);
    // The account's user name stays, for the audit trail; its display name goes.
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT user_name || '|' || display_name FROM account")).toString(),
        QStringLiteral("zqacct|"));
}

void TstErasure::supervisorOfOthersIsNotErased()
{
    buildScenario();
    // Zephyrine supervises Olu.
    const qint64 arrangement = insert(QStringLiteral("INSERT INTO supervision_arrangement (worker_id, supervisor_id, "
                                                     "supervisor_kind, starts_on) VALUES (?, ?, 'peer', '2026-01-01')"),
        { m_oluWorker, m_zedWorker });
    QVERIFY(arrangement);
    ErasureService service(*m_db);
    auto p = service.preview(m_admin, m_zed);
    QVERIFY(p);
    QCOMPARE(p.value().arrangementsAsSupervisor, 1);
    QVERIFY(p.value().eraseRefusal.contains(QStringLiteral("supervisor in 1 supervision arrangement of other")));
    QCOMPARE(p.value().anonymiseRefusal, QString());
    QVERIFY(!service.erase(m_admin, m_zed, ErasureReason::PersonAsked).isOk());
    const QString olusArrangement
        = QStringLiteral("SELECT COUNT(*) FROM supervision_arrangement WHERE id = %1 AND worker_id = %2 AND "
                         "supervisor_id = %3")
              .arg(arrangement)
              .arg(m_oluWorker)
              .arg(m_zedWorker);
    QCOMPARE(test::scalar(*m_db, olusArrangement).toInt(), 1);
    // Anonymising keeps Olu's arrangement, with the anonymised record as his supervisor.
    QVERIFY(service.anonymise(m_admin, m_zed, ErasureReason::PersonAsked).isOk());
    QCOMPARE(test::scalar(*m_db, olusArrangement).toInt(), 1);
}

void TstErasure::anonymisedRecordTakesNoNameBack_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("refused");
    QTest::newRow("given name") << "givenName"
                                << "Zephyrine" << true;
    QTest::newRow("family name") << "familyName"
                                 << "Quillfeather" << true;
    QTest::newRow("known as") << "knownAs"
                              << "Zed" << true;
    QTest::newRow("email") << "email"
                           << "z@example.org" << true;
    QTest::newRow("phone") << "phone"
                           << "07700900461" << true;
    QTest::newRow("address") << "address"
                             << "1 Lane" << true;
    QTest::newRow("postcode") << "postcode"
                              << "QF1 7ZZ" << true;
    QTest::newRow("reference") << "reference"
                               << "ZQREF-7731" << true;
    QTest::newRow("nothing changed") << ""
                                     << "" << false;
    QTest::newRow("gender, not identifying alone") << "gender"
                                                   << "male" << false;
}

void TstErasure::anonymisedRecordTakesNoNameBack()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, refused);

    buildScenario();
    // The scenario's ethnicity is not one of the list's keys, which a profile save would refuse first.
    QVERIFY(test::execSql(*m_db, QStringLiteral("UPDATE person SET ethnicity = 'not_stated', gender = 'female'")));
    QVERIFY(ErasureService(*m_db).anonymise(m_admin, m_zed, ErasureReason::PersonAsked).isOk());
    auto set = [&field, &value](auto& p) {
        QString* target = field == QLatin1String("givenName") ? &p.givenName
            : field == QLatin1String("familyName")            ? &p.familyName
            : field == QLatin1String("knownAs")               ? &p.knownAs
            : field == QLatin1String("email")                 ? &p.email
            : field == QLatin1String("phone")                 ? &p.phone
            : field == QLatin1String("address")               ? &p.address
            : field == QLatin1String("postcode")              ? &p.postcode
            : field == QLatin1String("reference")             ? &p.reference
            : field == QLatin1String("gender")                ? &p.gender
                                                              : nullptr;
        if (target) {
            *target = value;
        }
    };
    const QString message = QStringLiteral("This record was anonymised on %1, so a name, contact details or a "
                                           "reference cannot be put back on it. If the person has come back, add "
                                           "them as someone new.")
                                .arg(QLocale().toString(kToday, QLocale::ShortFormat));

    ClientService clients(*m_db);
    auto client = clients.profile(m_admin, m_zedClient);
    QVERIFY(client);
    QCOMPARE(client.value().anonymisedOn, kToday);
    ClientProfile c = client.value();
    set(c);
    const QByteArray before = test::contentDigest(*m_db);
    const Status cs = clients.updateProfile(m_admin, c);
    QVERIFY2(cs.isOk() == !refused, qPrintable(cs.message()));
    if (refused) {
        QCOMPARE(cs.message(), message);
        QCOMPARE(test::contentDigest(*m_db), before);
    }

    WorkforceService workforce(*m_db);
    auto worker = workforce.profile(m_admin, m_zedWorker);
    QVERIFY(worker);
    QCOMPARE(worker.value().anonymisedOn, kToday);
    WorkerProfile w = worker.value();
    set(w);
    const Status ws = workforce.updateProfile(m_admin, w);
    QCOMPARE(ws.isOk(), !refused);
    if (refused) {
        QCOMPARE(ws.message(), message);
    }
}

void TstErasure::auditEntries()
{
    buildScenario();
    ErasureService service(*m_db);
    QVERIFY(service.anonymise(m_admin, m_priya, ErasureReason::AddedByMistake).isOk());
    QVERIFY(service.erase(m_admin, m_zed, ErasureReason::PersonAsked).isOk());
    const QString entries = test::scalar(*m_db,
        QStringLiteral("SELECT group_concat(action || ':' || entity || ':' || record_id || ':' || note, ';') FROM "
                       "(SELECT * FROM audit_log WHERE action IN ('erase', 'anonymise') ORDER BY seq)"))
                                .toString();
    QCOMPARE(entries,
        QStringLiteral("anonymise:person:%1:reason: added_by_mistake;erase:person:%2:reason: person_asked")
            .arg(m_priya)
            .arg(m_zed));
    auto verified = AuditLog(*m_db).verify();
    QVERIFY(verified);
    QVERIFY(verified.value().intact);
    QVERIFY(AuditLog::actionKeys().contains(QStringLiteral("erase")));
    QCOMPARE(AuditLog::describeAction(QStringLiteral("anonymise")), QStringLiteral("Anonymised a person"));
}

void TstErasure::previewSaysWhatWillHappen()
{
    buildScenario();
    ErasureService service(*m_db);
    auto p = service.preview(m_admin, m_zed);
    QVERIFY(p);
    QCOMPARE(p.value().name, QStringLiteral("Zephyrine Quillfeather"));
    QVERIFY(p.value().supported && p.value().worker);
    QCOMPARE(p.value().sessions, 3);
    QCOMPARE(p.value().questionnaires, 2);
    QCOMPARE(p.value().hoursEntries, 2);
    QCOMPARE(p.value().stories, 1);
    QCOMPARE(p.value().eraseRefusal, QString());
    QCOMPARE(p.value().anonymiseRefusal, QString());
    // Olu mentored Zephyrine: erasing him is refused, anonymising him is not.
    auto olu = service.preview(m_admin, m_olu);
    QVERIFY(olu);
    QCOMPARE(olu.value().matchesAsMentor, 1);
    QVERIFY(!olu.value().eraseRefusal.isEmpty());
    QCOMPARE(olu.value().anonymiseRefusal, QString());
    QVERIFY(!service.preview(as(Role::Coordinator, QStringLiteral("c")), m_zed));
}

void TstErasure::refusals_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<bool>("erase");
    QTest::addColumn<QString>("message");

    const QString account = QStringLiteral(
        "This person has a login account, and the audit trail must keep it. Disable the account (Tools > Accounts) "
        "and anonymise the record instead.");
    const QString enabled = QStringLiteral("This person's login account is still enabled. Disable it first (Tools > "
                                           "Accounts), then anonymise the record.");
    const QString coordinator = QStringLiteral("Your account (Coordinator) cannot erase or anonymise people's "
                                               "records. If you need to, ask your Alongside administrator.");
    const QString unknown = QStringLiteral("There is no person with record number 999: the record may have been "
                                           "erased already. Refresh the list and try again.");
    const QString mentor = QStringLiteral("This person was the mentor in 1 match of other people supported, which "
                                          "belong to those people's records. Anonymise this person instead: the "
                                          "matches stay, without their name.");
    QTest::newRow("erase: linked to an account") << "account" << true << account;
    QTest::newRow("erase: linked to a disabled account") << "disabled account" << true << account;
    QTest::newRow("anonymise: account still enabled") << "account" << false << enabled;
    QTest::newRow("erase: a coordinator") << "coordinator" << true << coordinator;
    QTest::newRow("anonymise: a coordinator") << "coordinator" << false << coordinator;
    QTest::newRow("erase: unknown person") << "unknown" << true << unknown;
    QTest::newRow("anonymise: unknown person") << "unknown" << false << unknown;
    QTest::newRow("erase: mentor of someone else") << "mentor" << true << mentor;
    QTest::newRow("erase: supervisor of someone else")
        << "supervisor" << true
        << QStringLiteral("This person is the supervisor in 1 supervision arrangement of other volunteers or workers, "
                          "which belong to those people's records and would be deleted with them. In each of those "
                          "records (Supervision tab), change the supervisor or remove the arrangement first; or "
                          "anonymise this person instead: the arrangements stay, without their name.");
}

void TstErasure::refusals()
{
    QFETCH(QString, situation);
    QFETCH(bool, erase);
    QFETCH(QString, message);

    buildScenario();
    qint64 person = m_zed;
    Actor actor = m_admin;
    if (situation.endsWith(QLatin1String("account"))) {
        insert(QStringLiteral("INSERT INTO account (user_name, role, worker_id, password_hash, kdf_algorithm, "
                              "kdf_salt, kdf_ops_limit, kdf_mem_limit, disabled, created_at, updated_at) VALUES "
                              "('zq', 'coordinator', ?, 'h', 'argon2id', ?, 1, 1, ?, 'x', 'x')"),
            { m_zedWorker, QByteArray(16, 'x'), situation.startsWith(QLatin1String("disabled")) ? 1 : 0 });
    } else if (situation == QLatin1String("coordinator")) {
        actor = as(Role::Coordinator, QStringLiteral("coord"));
    } else if (situation == QLatin1String("unknown")) {
        person = 999;
    } else if (situation == QLatin1String("mentor")) {
        person = m_olu;
    } else if (situation == QLatin1String("supervisor")) {
        // Zephyrine supervises Olu: erasing her would delete his arrangement (the schema cascades).
        QVERIFY(insert(QStringLiteral("INSERT INTO supervision_arrangement (worker_id, supervisor_id, supervisor_kind, "
                                      "starts_on) VALUES (?, ?, 'peer', '2026-01-01')"),
            { m_oluWorker, m_zedWorker }));
    }
    const QByteArray before = test::contentDigest(*m_db);
    ErasureService service(*m_db);
    const Status s = erase ? service.erase(actor, person, ErasureReason::PersonAsked)
                           : service.anonymise(actor, person, ErasureReason::PersonAsked);
    QVERIFY(!s.isOk());
    QCOMPARE(s.message(), message);
    QCOMPARE(test::contentDigest(*m_db), before);
}

void TstErasure::retentionReview_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("supportedYears");
    QTest::addColumn<int>("workerYears");
    QTest::addColumn<int>("applicantMonths");
    QTest::addColumn<bool>("listed");

    const QDate sixYears = kToday.addYears(-6);
    const QDate sixMonths = kToday.addMonths(-6);
    QTest::newRow("supported, last seen 6 years and a day ago")
        << "supported" << sixYears.addDays(-1) << 6 << 6 << 6 << true;
    QTest::newRow("supported, 6 years ago today") << "supported" << sixYears << 6 << 6 << 6 << false;
    QTest::newRow("supported, 6 years less a day") << "supported" << sixYears.addDays(1) << 6 << 6 << 6 << false;
    QTest::newRow("supported, a session last seen decides")
        << "supported_session" << sixYears.addDays(-1) << 6 << 6 << 6 << false;
    QTest::newRow("supported, episode still open") << "supported_open" << kToday.addYears(-10) << 6 << 6 << 6 << false;
    QTest::newRow("supported, never reviewed") << "supported" << kToday.addYears(-10) << 0 << 6 << 6 << false;
    QTest::newRow("supported, 2 years chosen") << "supported" << kToday.addYears(-3) << 2 << 6 << 6 << true;
    QTest::newRow("supported, anonymised already") << "anonymised" << kToday.addYears(-10) << 6 << 6 << 6 << false;
    QTest::newRow("worker left 6 years and a day ago") << "left" << sixYears.addDays(-1) << 6 << 6 << 6 << true;
    QTest::newRow("worker left 6 years less a day") << "left" << sixYears.addDays(1) << 6 << 6 << 6 << false;
    QTest::newRow("worker left, never reviewed") << "left" << kToday.addYears(-20) << 6 << 0 << 6 << false;
    QTest::newRow("worker active for 10 years") << "active" << kToday.addYears(-10) << 6 << 6 << 6 << false;
    QTest::newRow("applicant 6 months and a day") << "applicant" << sixMonths.addDays(-1) << 6 << 6 << 6 << true;
    QTest::newRow("applicant 6 months less a day") << "applicant" << sixMonths.addDays(1) << 6 << 6 << 6 << false;
    QTest::newRow("enquiry 7 months ago") << "enquiry" << kToday.addMonths(-7) << 6 << 6 << 6 << true;
    QTest::newRow("applicant who left 7 months ago") << "applicant_left" << kToday.addMonths(-7) << 6 << 6 << 6 << true;
    QTest::newRow("applicants never reviewed") << "applicant" << kToday.addYears(-3) << 6 << 6 << 0 << false;
    QTest::newRow("active once, left 7 months ago") << "active_left" << kToday.addMonths(-7) << 6 << 6 << 6 << false;
    QTest::newRow("supported long ago, volunteering now")
        << "supported_active" << kToday.addYears(-10) << 6 << 6 << 6 << false;
    QTest::newRow("supported and left, both past") << "supported_left" << kToday.addYears(-10) << 6 << 6 << 6 << true;
}

void TstErasure::retentionReview()
{
    QFETCH(QString, kind);
    QFETCH(QDate, last);
    QFETCH(int, supportedYears);
    QFETCH(int, workerYears);
    QFETCH(int, applicantMonths);
    QFETCH(bool, listed);

    RetentionService retention(*m_db);
    RetentionSettings rs;
    rs.supportedYears = supportedYears;
    rs.workerYears = workerYears;
    rs.applicantMonths = applicantMonths;
    QVERIFY(retention.save(m_admin, rs).isOk());

    // Someone who is always within retention, so the list is never trivially empty by mistake.
    const qint64 current = addPerson(QStringLiteral("Current"), QStringLiteral("Person"));
    addClient(current, kToday.addMonths(-1), QDate());

    const qint64 person = addPerson(QStringLiteral("Review"), QStringLiteral("Me"));
    if (kind.startsWith(QLatin1String("supported")) || kind == QLatin1String("anonymised")) {
        const bool open = kind == QLatin1String("supported_open");
        const QDate referred = last.addMonths(-6);
        const qint64 client = addClient(person, open ? last : referred, open ? QDate() : last);
        if (kind == QLatin1String("supported_session")) {
            // A session after the episode ended (a follow-up call) is a later contact.
            insert(QStringLiteral("INSERT INTO session (episode_id, held_on, mode, attendance) SELECT e.id, ?, "
                                  "'telephone', 'attended' FROM episode e JOIN referral r ON r.id = e.referral_id "
                                  "WHERE r.client_id = ?"),
                { iso(last.addDays(2)), client });
        }
        if (kind == QLatin1String("anonymised")) {
            insert(QStringLiteral("UPDATE person SET anonymised_on = '2026-01-01' WHERE id = ?"), { person });
        }
        if (kind == QLatin1String("supported_active")) {
            addWorker(person, { { QStringLiteral("active"), kToday.addYears(-2) } });
        }
        if (kind == QLatin1String("supported_left")) {
            addWorker(person, { { QStringLiteral("active"), last.addYears(-1) }, { QStringLiteral("left"), last } });
        }
    } else if (kind == QLatin1String("left")) {
        addWorker(person, { { QStringLiteral("active"), last.addYears(-2) }, { QStringLiteral("left"), last } });
    } else if (kind == QLatin1String("active")) {
        addWorker(person, { { QStringLiteral("active"), last } });
    } else if (kind == QLatin1String("applicant") || kind == QLatin1String("enquiry")) {
        addWorker(person, { { QStringLiteral("enquiry"), last.addMonths(-1) }, { kind, last } });
    } else if (kind == QLatin1String("applicant_left")) {
        addWorker(person, { { QStringLiteral("applicant"), last.addMonths(-1) }, { QStringLiteral("left"), last } });
    } else if (kind == QLatin1String("active_left")) {
        addWorker(person, { { QStringLiteral("in_training"), last.addMonths(-1) }, { QStringLiteral("left"), last } });
    }

    auto review = retention.review(m_admin, kToday);
    QVERIFY2(review, qPrintable(review.message()));
    QList<qint64> ids;
    for (const RetentionItem& item : review.value()) {
        ids << item.personId;
    }
    QCOMPARE(ids, listed ? QList<qint64> { person } : QList<qint64> {});
    if (listed) {
        const RetentionItem& item = review.value().constFirst();
        QCOMPARE(item.name, QStringLiteral("Review Me"));
        QCOMPARE(item.lastDate, last);
        QCOMPARE(item.dueOn.addDays(item.daysPast), kToday);
        QVERIFY(item.daysPast >= 1);
        QVERIFY(!item.kindText().isEmpty());
        QVERIFY(!item.pastText().isEmpty());
    }
    QVERIFY(!retention.review(as(Role::Coordinator, QStringLiteral("c")), kToday));
}

void TstErasure::retentionSettingsRoundTrip()
{
    RetentionService retention(*m_db);
    auto defaults = retention.load(m_admin);
    QVERIFY(defaults);
    QCOMPARE(defaults.value().supportedYears, 6);
    QCOMPARE(defaults.value().workerYears, 6);
    QCOMPARE(defaults.value().applicantMonths, 6);
    RetentionSettings rs;
    rs.supportedYears = 0;
    rs.workerYears = 3;
    rs.applicantMonths = 12;
    QVERIFY(retention.save(m_admin, rs).isOk());
    auto back = retention.load(m_admin);
    QVERIFY(back);
    QCOMPARE(back.value().supportedYears, 0);
    QCOMPARE(back.value().workerYears, 3);
    QCOMPARE(back.value().applicantMonths, 12);
    rs.applicantMonths = 121;
    QCOMPARE(retention.save(m_admin, rs).message(),
        QStringLiteral("Keep records of unsuccessful applicants for 0 (never review) to 120 months."));
    QVERIFY(!retention.save(as(Role::Coordinator, QStringLiteral("c")), RetentionSettings()).isOk());
    RetentionItem item;
    item.dueOn = QDate(2025, 1, 10);
    item.daysPast = int(item.dueOn.daysTo(QDate(2026, 3, 12)));
    QCOMPARE(item.pastText(), QStringLiteral("1 year 2 months"));
    item.daysPast = 1;
    QCOMPARE(item.pastText(), QStringLiteral("1 day"));
}

void TstErasure::bulkAnonymiseIsAllOrNothing()
{
    QList<qint64> ids;
    for (const QString& name :
        { QStringLiteral("Zephyrine"), QStringLiteral("Quillfeather"), QStringLiteral("Zephyknownas") }) {
        const qint64 p = addPerson(name, QStringLiteral("Bulk"));
        addClient(p, QDate(2015, 1, 1), QDate(2015, 6, 1));
        ids << p;
    }
    ErasureService service(*m_db);
    const QByteArray before = test::contentDigest(*m_db);

    // Cancelled after two of three: nothing changed.
    int calls = 0;
    Status s = service.anonymiseMany(m_admin, ids, ErasureReason::PastRetention, [&calls](int done, int total) {
        ++calls;
        Q_UNUSED(total)
        return done < 2;
    });
    QCOMPARE(s.error().code, Error::Code::Cancelled);
    QCOMPARE(s.message(), QStringLiteral("Stopped: no record was anonymised."));
    QCOMPARE(calls, 3);
    QCOMPARE(test::contentDigest(*m_db), before);

    // One bad id: nothing changed, and the message says which.
    s = service.anonymiseMany(m_admin, { ids.at(0), 999, ids.at(2) }, ErasureReason::PastRetention);
    QVERIFY(!s.isOk());
    QVERIFY2(s.message().startsWith(QStringLiteral("No record was anonymised, because record number 999 could not be")),
        qPrintable(s.message()));
    QCOMPARE(test::contentDigest(*m_db), before);

    // All three.
    QList<int> seen;
    s = service.anonymiseMany(m_admin, ids, ErasureReason::PastRetention, [&seen](int done, int total) {
        seen << done;
        return total == 3;
    });
    QVERIFY2(s.isOk(), qPrintable(s.message()));
    QCOMPARE(seen, (QList<int> { 0, 1, 2, 3 }));
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE anonymised_on IS NOT NULL")).toInt(), 3);
    QCOMPARE(markersInColumns(), QStringList());
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'anonymise'")).toInt(), 3);
}

void TstErasure::secureDeleteIsWhatClearsTheFile()
{
    // Every connection Alongside opens zeroes deleted content...
    QCOMPARE(test::scalar(*m_db, QStringLiteral("PRAGMA secure_delete")).toInt(), 1);
    // ...without which the erased text would still be in the file's free space after the checkpoint.
    buildScenario();
    QVERIFY(test::execSql(*m_db, QStringLiteral("PRAGMA secure_delete = OFF")));
    QVERIFY(ErasureService(*m_db).erase(m_admin, m_zed, ErasureReason::PersonAsked).isOk());
    QCOMPARE(markersInColumns(), QStringList());
    QVERIFY(!markersInFile().isEmpty());
}

QTEST_GUILESS_MAIN(TstErasure)
#include "tst_erasure.moc"
