// Subject access (issue 10, item 3): the pack holds every row that refers to the person, checked
// against every table with a reference to people by an independent walk of PRAGMA foreign_key_list
// written here (a full scan in memory, not the service's queries); the person's own rows are whole,
// sensitive fields and their supervision private notes included; other people's records that name
// them as a worker show dates and kinds only, so no one else's name or words appear; the audit log
// entries about their records are there; a table Alongside does not know is kept under its raw name.

#include "core/audit/auditlog.h"
#include "core/db/database.h"
#include "core/privacy/subjectaccess.h"
#include "core/services/demogenerator.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace alongside;
using namespace alongside::core;
using privacy::PackRowKind;
using privacy::SubjectAccess;
using privacy::SubjectAccessPack;

namespace {

const QDate kToday(2026, 11, 22);

Actor as(Actor::Role role)
{
    Actor a = Actor::localUser();
    a.role = role;
    a.userName = QStringLiteral("tester");
    return a;
}

struct Key
{
    QString child;
    QString from;
    QString parent;
    QString to;
    bool cascade = false;
};

/**
 * The rows that refer to person (table -> rowids), found independently of SubjectAccess: every row of
 * every table is read into memory and the foreign keys PRAGMA foreign_key_list names are followed
 * until nothing more is found. With cascadeOnly, only ON DELETE CASCADE keys are followed.
 */
QHash<QString, QSet<qint64>> referringRows(const Database& db, qint64 personId, bool cascadeOnly)
{
    QSqlDatabase c = QSqlDatabase::database(db.connectionName());
    QStringList tables;
    QSqlQuery q(c);
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (q.next()) {
        tables << q.value(0).toString();
    }
    QList<Key> keys;
    QHash<QString, QHash<qint64, QSqlRecord>> rows;
    for (const QString& t : tables) {
        QSqlQuery k(c);
        k.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(t));
        while (k.next()) {
            Key key { t, k.value(3).toString(), k.value(2).toString(), k.value(4).toString(),
                k.value(6).toString() == QLatin1String("CASCADE") };
            if (key.to.isEmpty()) {
                key.to = QStringLiteral("rowid");
            }
            keys << key;
        }
        QSqlQuery all(c);
        all.exec(QStringLiteral("SELECT rowid AS rowid, * FROM \"%1\"").arg(t));
        while (all.next()) {
            rows[t].insert(all.value(0).toLongLong(), all.record());
        }
    }
    QHash<QString, QSet<qint64>> found;
    found[QStringLiteral("person")].insert(personId);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Key& k : std::as_const(keys)) {
            if (cascadeOnly && !k.cascade) {
                continue;
            }
            QSet<QString> parentValues;
            for (qint64 r : found.value(k.parent)) {
                parentValues.insert(rows[k.parent][r].value(k.to).toString());
            }
            if (parentValues.isEmpty()) {
                continue;
            }
            for (auto it = rows[k.child].cbegin(); it != rows[k.child].cend(); ++it) {
                const QVariant v = it->value(k.from);
                if (!v.isNull() && parentValues.contains(v.toString()) && !found[k.child].contains(it.key())) {
                    found[k.child].insert(it.key());
                    grew = true;
                }
            }
        }
    }
    return found;
}

qint64 one(const Database& db, const QString& sql)
{
    return test::scalar(db, sql).toLongLong();
}

} // namespace

class TstSubjectAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyReferringRowIsInThePack();
    void ownRowsAreWhole();
    void othersDataNeverAppears();
    void privateNotesOfTheirOwnSupervisionOnly();
    void auditEntriesAboutTheirRecords();
    void unknownTableKeptUnderItsRawName();
    void filesAndJson();
    void readableReport();
    void permissions_data();
    void permissions();
    void auditLogged();

private:
    test::ScopedClock m_clock { QDateTime(kToday, QTime(10, 0), Qt::UTC) };
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_person = 0; // both a person supported and a worker
    qint64 m_worker = 0;
    qint64 m_client = 0;
    qint64 m_other = 0; // a person supported whose session the worker delivered
    qint64 m_otherClient = 0;
    qint64 m_completion = 0;
    SubjectAccessPack m_pack;
    QByteArray m_json;
};

void TstSubjectAccess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("demo.alongside")));
    QVERIFY(m_db);
    DemoGenerator::Options o;
    o.asAt = kToday;
    o.seed = 5;
    QVERIFY(DemoGenerator::generate(*m_db, Actor::localUser(), o));
    const Database& db = *m_db;

    // Someone who is both: the demo data has a few volunteers who were once supported themselves.
    m_person
        = one(db, QStringLiteral("SELECT MIN(w.person_id) FROM worker w JOIN client c ON c.person_id = w.person_id"));
    QVERIFY(m_person > 0);
    m_worker = one(db, QStringLiteral("SELECT id FROM worker WHERE person_id = %1").arg(m_person));
    m_client = one(db, QStringLiteral("SELECT id FROM client WHERE person_id = %1").arg(m_person));
    auto exec = [&](const QString& sql) { return test::execSql(db, sql); };

    // Rows in every table that can reference a person, added where the demo data has none.
    QVERIFY(exec(QStringLiteral("UPDATE person SET reference = 'C0042' WHERE id = %1").arg(m_person)));
    QVERIFY(exec(QStringLiteral("INSERT INTO consent (person_id, purpose, given_on, note) VALUES (%1, 'evaluation', "
                                "'2026-01-05', 'Happy to fill in questionnaires')")
                     .arg(m_person)));
    if (one(db, QStringLiteral("SELECT COUNT(*) FROM goal WHERE client_id = %1").arg(m_client)) == 0) {
        QVERIFY(exec(QStringLiteral("INSERT INTO goal (client_id, description, set_on) VALUES (%1, 'Walk to the shop "
                                    "alone', '2026-02-01')")
                         .arg(m_client)));
    }
    const qint64 episode = one(db,
        QStringLiteral("SELECT e.id FROM episode e JOIN referral r ON r.id = e.referral_id WHERE r.client_id = %1 "
                       "ORDER BY e.id LIMIT 1")
            .arg(m_client));
    QVERIFY(episode > 0);
    QVERIFY(exec(QStringLiteral("INSERT INTO session (episode_id, held_on, mode, attendance, note) VALUES (%1, "
                                "'2026-03-03', 'telephone', 'attended', 'Talked about sleep')")
                     .arg(episode)));
    QVERIFY(exec(QStringLiteral("INSERT INTO measure_response (client_id, episode_id, measure_id, definition_version, "
                                "administered_on, total, entered_at) VALUES (%1, %2, 'SWEMWBS', 1, '2026-03-03', 21, "
                                "'2026-03-03T10:00:00.000Z')")
                     .arg(m_client)
                     .arg(episode)));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO measure_answer (response_id, item_no, value) VALUES (last_insert_rowid(), 1, "
                            "3)")));
    QVERIFY(exec(QStringLiteral("INSERT INTO story (person_id, author_type, title, written_on, body, created_at, "
                                "updated_at) VALUES (%1, 'volunteer', 'Finding my feet', '2026-04-01', 'My own words "
                                "about finding my feet', '2026-04-01', '2026-04-01')")
                     .arg(m_person)));
    QVERIFY(
        exec(QStringLiteral("INSERT OR REPLACE INTO worker_lived_experience (worker_id, consent_on, areas, disclosure, "
                            "updated_at) VALUES (%1, '2025-01-01', 'anxiety', 'May share with mentees', "
                            "'2025-01-01')")
                 .arg(m_worker)));
    QVERIFY(exec(QStringLiteral("INSERT INTO dbs_check (worker_id, level, issued_on) VALUES (%1, 'enhanced', "
                                "'2025-02-02')")
                     .arg(m_worker)));
    QVERIFY(exec(QStringLiteral("INSERT INTO worker_reference (worker_id, referee_name, requested_on) VALUES (%1, "
                                "'Referee for the subject', '2025-01-10')")
                     .arg(m_worker)));
    QVERIFY(exec(QStringLiteral("INSERT INTO volunteer_hours (worker_id, worked_on, hours, activity) VALUES (%1, "
                                "'2026-05-05', 2.5, 'Drop-in')")
                     .arg(m_worker)));
    const qint64 course = one(db, QStringLiteral("SELECT MIN(id) FROM training_course"));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO training_completion (course_id, worker_id, completed_on, certificate_name, "
                            "certificate) VALUES (%1, %2, '2025-03-03', 'My certificate.pdf', X'25504446')")
                 .arg(course)
                 .arg(m_worker)));
    m_completion = one(db, QStringLiteral("SELECT last_insert_rowid()"));
    QVERIFY(exec(QStringLiteral("INSERT INTO account (user_name, display_name, role, worker_id, password_hash, "
                                "kdf_algorithm, kdf_salt, kdf_ops_limit, kdf_mem_limit, created_at, updated_at) VALUES "
                                "('subject', 'Subject Person', 'coordinator', %1, 'HASH-SECRET', 'argon2id', X'00', 1, "
                                "1, '2025-01-01', '2025-01-01')")
                     .arg(m_worker)));

    // Supervision: as supervisee (with private notes) and as supervisor of someone else.
    const qint64 otherWorker = one(db, QStringLiteral("SELECT MIN(id) FROM worker WHERE id <> %1").arg(m_worker));
    QVERIFY(exec(QStringLiteral("INSERT INTO supervision_entry (held_on, kind, supervisor_id, summary, private_notes, "
                                "created_at) VALUES ('2026-06-01', 'reflective', %1, 'Supervision of their own', "
                                "'P-OWN-PRIVATE', '2026-06-01')")
                     .arg(otherWorker)));
    QVERIFY(exec(QStringLiteral("INSERT INTO supervision_attendee (entry_id, worker_id, wellbeing_in) VALUES "
                                "(last_insert_rowid(), %1, 6)")
                     .arg(m_worker)));
    QVERIFY(exec(QStringLiteral("INSERT INTO supervision_entry (held_on, kind, supervisor_id, summary, private_notes, "
                                "created_at) VALUES ('2026-06-02', 'line_management', %1, 'OTHER-SUMMARY', "
                                "'OTHER-PRIVATE', '2026-06-02')")
                     .arg(m_worker)));
    QVERIFY(
        exec(QStringLiteral("INSERT INTO supervision_attendee (entry_id, worker_id) VALUES (last_insert_rowid(), %1)")
                 .arg(otherWorker)));

    // Someone else's records that name them as a worker.
    m_otherClient = one(
        db, QStringLiteral("SELECT MIN(c.id) FROM client c WHERE c.person_id NOT IN (SELECT person_id FROM worker)"));
    m_other = one(db, QStringLiteral("SELECT person_id FROM client WHERE id = %1").arg(m_otherClient));
    QVERIFY(exec(QStringLiteral("UPDATE person SET given_name = 'Quintessa', family_name = 'Marker-Zed', email = "
                                "'quintessa@example.invalid' WHERE id = %1")
                     .arg(m_other)));
    QVERIFY(exec(QStringLiteral("UPDATE client SET risk_note = 'QSECRET-RISK' WHERE id = %1").arg(m_otherClient)));
    const qint64 otherEpisode = one(db,
        QStringLiteral("SELECT e.id FROM episode e JOIN referral r ON r.id = e.referral_id WHERE r.client_id = %1 "
                       "ORDER BY e.id LIMIT 1")
            .arg(m_otherClient));
    QVERIFY(otherEpisode > 0);
    QVERIFY(exec(QStringLiteral("INSERT INTO session (episode_id, held_on, mode, attendance, worker_id, note) VALUES "
                                "(%1, '2026-07-07', 'face_to_face', 'attended', %2, 'QSECRET-SESSION-NOTE')")
                     .arg(otherEpisode)
                     .arg(m_worker)));
    QVERIFY(exec(QStringLiteral("INSERT INTO mentor_match (episode_id, mentor_id, status, proposed_on, reasons) VALUES "
                                "(%1, %2, 'proposed', '2026-07-01', 'QSECRET-REASONS')")
                     .arg(otherEpisode)
                     .arg(m_worker)));
    QVERIFY(exec(QStringLiteral("INSERT INTO story (person_id, author_type, written_with_id, title, written_on, body, "
                                "created_at, updated_at) VALUES (%1, 'supported', %2, 'QSECRET-STORY-TITLE', "
                                "'2026-08-01', 'QSECRET-STORY-BODY', '2026-08-01', '2026-08-01')")
                     .arg(m_other)
                     .arg(m_worker)));
    const qint64 group = one(db, QStringLiteral("SELECT MIN(id) FROM involvement_group"));
    QVERIFY(exec(QStringLiteral("INSERT INTO meeting (group_id, held_on, topics, notes, created_at, updated_at) VALUES "
                                "(%1, '2026-09-09', 'Leaflets', 'QSECRET-MEETING-NOTES', '2026-09-09', '2026-09-09')")
                     .arg(group)));
    const qint64 meeting = one(db, QStringLiteral("SELECT last_insert_rowid()"));
    QVERIFY(exec(QStringLiteral("INSERT INTO meeting_attendee (meeting_id, person_id, standing) VALUES (%1, %2, "
                                "'volunteer')")
                     .arg(meeting)
                     .arg(m_person)));
    QVERIFY(exec(QStringLiteral("INSERT INTO meeting_attendee (meeting_id, person_id, standing) VALUES (%1, %2, "
                                "'supported')")
                     .arg(meeting)
                     .arg(m_other)));
    QVERIFY(exec(QStringLiteral("INSERT INTO meeting_action (meeting_id, description, owner_person_id, due_on) VALUES "
                                "(%1, 'QSECRET-ACTION', %2, '2026-10-01')")
                     .arg(meeting)
                     .arg(m_person)));

    // A table a later version might add: walked all the same.
    QVERIFY(exec(QStringLiteral("CREATE TABLE future_note (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL "
                                "REFERENCES person (id) ON DELETE CASCADE, flavour TEXT)")));
    QVERIFY(exec(QStringLiteral("INSERT INTO future_note (person_id, flavour) VALUES (%1, 'mint')").arg(m_person)));

    // Someone opened their record, and someone else's.
    AuditLog log(*m_db);
    QVERIFY(log.record(as(Actor::Role::Coordinator),
        { QString::fromLatin1(AuditLog::kView), QStringLiteral("client"), QString::number(m_client), {}, {} }));
    QVERIFY(log.record(as(Actor::Role::Coordinator),
        { QString::fromLatin1(AuditLog::kView), QStringLiteral("client"), QString::number(m_otherClient), {}, {} }));

    auto pack = SubjectAccess(*m_db).gather(as(Actor::Role::Coordinator), m_person);
    QVERIFY2(pack, qPrintable(pack.message()));
    m_pack = pack.value();
    m_json = SubjectAccess::toJson(m_pack);
}

void TstSubjectAccess::everyReferringRowIsInThePack()
{
    const QHash<QString, QSet<qint64>> expected = referringRows(*m_db, m_person, false);
    // The set-up reached every table that can reference a person.
    for (const char* table : { "person", "worker", "client", "consent", "goal", "referral", "episode", "session",
             "measure_response", "measure_answer", "mentor_match", "story", "meeting_attendee", "meeting_action",
             "supervision_attendee", "supervision_entry", "training_completion", "dbs_check", "worker_reference",
             "volunteer_hours", "worker_lived_experience", "worker_status", "worker_role", "account", "future_note" }) {
        QVERIFY2(!expected.value(QString::fromLatin1(table)).isEmpty(), table);
    }
    QHash<QString, QSet<qint64>> inPack;
    for (const privacy::PackRow& r : std::as_const(m_pack.rows)) {
        inPack[r.table].insert(r.rowId);
    }
    int checked = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        for (qint64 rowid : it.value()) {
            QVERIFY2(inPack.value(it.key()).contains(rowid),
                qPrintable(
                    QStringLiteral("%1 row %2 refers to the person but is not in the pack").arg(it.key()).arg(rowid)));
            ++checked;
        }
    }
    QVERIFY(checked > 50);
    // Nothing in the pack as "own" that does not belong to them.
    const QHash<QString, QSet<qint64>> own = referringRows(*m_db, m_person, true);
    for (const privacy::PackRow& r : std::as_const(m_pack.rows)) {
        if (r.kind == PackRowKind::Own) {
            QVERIFY2(own.value(r.table).contains(r.rowId), qPrintable(r.table));
        } else if (r.kind == PackRowKind::Mention) {
            QVERIFY2(expected.value(r.table).contains(r.rowId), qPrintable(r.table));
        }
    }
}

void TstSubjectAccess::ownRowsAreWhole()
{
    const QHash<QString, QSet<qint64>> own = referringRows(*m_db, m_person, true);
    int rows = 0;
    for (const privacy::PackRow& r : std::as_const(m_pack.rows)) {
        if (!own.value(r.table).contains(r.rowId)) {
            continue;
        }
        ++rows;
        QCOMPARE(r.kind, PackRowKind::Own);
        QVERIFY2(r.withheld.isEmpty(), qPrintable(r.table));
        const qint64 columns = one(*m_db, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('%1')").arg(r.table));
        QCOMPARE(qint64(r.fields.size()), columns);
    }
    QVERIFY(rows > 20);
    // Sensitive fields are theirs: lived experience and their own story as written.
    QVERIFY(m_json.contains("May share with mentees"));
    QVERIFY(m_json.contains("My own words about finding my feet"));
    // Readable titles.
    const QList<const privacy::PackRow*> people = m_pack.rowsOf(QStringLiteral("person"));
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.constFirst()->tableTitle, QStringLiteral("Personal details"));
    QCOMPARE(m_pack.reference, QStringLiteral("C0042"));
}

void TstSubjectAccess::othersDataNeverAppears()
{
    for (const char* secret :
        { "Quintessa", "Marker-Zed", "quintessa@example", "QSECRET", "HASH-SECRET", "OTHER-SUMMARY" }) {
        QVERIFY2(!m_json.contains(secret), secret);
    }
    // The session they delivered is listed, with its date and kind and the reference to them.
    bool sessionListed = false;
    for (const privacy::PackRow& r : std::as_const(m_pack.rows)) {
        if (r.kind != PackRowKind::Mention || r.table != QLatin1String("session")) {
            continue;
        }
        QStringList columns;
        for (const privacy::PackField& f : r.fields) {
            columns << f.column;
        }
        if (r.via == QStringLiteral("session.worker_id → worker")) {
            sessionListed = true;
            QVERIFY(columns.contains(QStringLiteral("held_on")));
            QVERIFY(columns.contains(QStringLiteral("worker_id")));
            QVERIFY(!columns.contains(QStringLiteral("episode_id"))); // whose session: withheld
            QVERIFY(r.withheld.contains(QStringLiteral("note")));
        }
    }
    QVERIFY(sessionListed);
    QVERIFY(m_json.contains("withheld"));
    QVERIFY(m_pack.notes.join(QLatin1Char(' ')).contains(QStringLiteral("withheld")));
}

void TstSubjectAccess::privateNotesOfTheirOwnSupervisionOnly()
{
    QVERIFY(m_json.contains("P-OWN-PRIVATE"));
    QVERIFY(m_json.contains("Supervision of their own"));
    QVERIFY(!m_json.contains("OTHER-PRIVATE"));
}

void TstSubjectAccess::auditEntriesAboutTheirRecords()
{
    int views = 0;
    for (const privacy::PackAuditEntry& e : std::as_const(m_pack.audit)) {
        QVERIFY2(!(e.entity == QLatin1String("client") && e.recordId == QString::number(m_otherClient)),
            "an entry about someone else's record");
        if (e.entity == QLatin1String("client") && e.recordId == QString::number(m_client)
            && e.action == QLatin1String("view")) {
            ++views;
            QCOMPARE(e.userName, QStringLiteral("tester"));
            QCOMPARE(e.at.date(), kToday);
        }
    }
    QCOMPARE(views, 1);
}

void TstSubjectAccess::unknownTableKeptUnderItsRawName()
{
    const QList<const privacy::PackRow*> rows = m_pack.rowsOf(QStringLiteral("future_note"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.constFirst()->tableTitle, QStringLiteral("future_note"));
    bool flavour = false;
    for (const privacy::PackField& f : rows.constFirst()->fields) {
        if (f.column == QLatin1String("flavour")) {
            flavour = true;
            QCOMPARE(f.title, QStringLiteral("flavour"));
            QCOMPARE(f.value.toString(), QStringLiteral("mint"));
        }
    }
    QVERIFY(flavour);
    const core::report::Report report = SubjectAccess::toReport(m_pack);
    QVERIFY(report.section(QStringLiteral("other")));
}

void TstSubjectAccess::filesAndJson()
{
    QCOMPARE(m_pack.files.size(), 1);
    QCOMPARE(m_pack.files.constFirst().rowId, m_completion);
    QCOMPARE(m_pack.files.constFirst().name, QStringLiteral("My certificate.pdf"));
    QTemporaryDir out;
    auto written = SubjectAccess::writeJsonAndFiles(m_pack, out.path());
    QVERIFY2(written, qPrintable(written.message()));
    QCOMPARE(QFileInfo(written.value()).fileName(), QStringLiteral("2026-11-22 subject access C0042.json"));
    QFile json(written.value());
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("alongside-subject-access"));
    QCOMPARE(root.value(QStringLiteral("person")).toObject().value(QStringLiteral("id")).toInteger(), m_person);
    QCOMPARE(root.value(QStringLiteral("records")).toArray().size(), m_pack.rows.size());
    QFile certificate(out.filePath(
        QStringLiteral("2026-11-22 subject access C0042 files/%1").arg(m_pack.files.constFirst().fileName)));
    QVERIFY(certificate.open(QIODevice::ReadOnly));
    QCOMPARE(certificate.readAll(), QByteArray("%PDF"));
}

void TstSubjectAccess::readableReport()
{
    const core::report::Report report = SubjectAccess::toReport(m_pack);
    for (const char* id : { "about", "personal", "worker", "supported", "measures", "supervision", "consents",
             "stories", "meetings", "mentions", "audit" }) {
        QVERIFY2(report.section(QString::fromLatin1(id)), id);
    }
    const core::report::Table* mentions = report.table(QStringLiteral("mentions.list"));
    QVERIFY(mentions);
    QVERIFY(mentions->rows.size() >= 5);
    const core::report::Table* audit = report.table(QStringLiteral("audit.entries"));
    QVERIFY(audit);
    QCOMPARE(audit->rows.size(), m_pack.audit.size());
}

void TstSubjectAccess::permissions_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("administrator") << int(Actor::Role::Administrator) << true;
    QTest::newRow("coordinator") << int(Actor::Role::Coordinator) << true;
    QTest::newRow("supervisor") << int(Actor::Role::Supervisor) << false;
    QTest::newRow("trustee") << int(Actor::Role::Trustee) << false;
    QTest::newRow("read only") << int(Actor::Role::ReadOnly) << false;
}

void TstSubjectAccess::permissions()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    auto pack = SubjectAccess(*m_db).gather(as(Actor::Role(role)), m_person);
    QCOMPARE(bool(pack), allowed);
    if (!allowed) {
        QCOMPARE(pack.error().code, Error::Code::PermissionDenied);
    }
    auto missing = SubjectAccess(*m_db).gather(Actor::localUser(), 999999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TstSubjectAccess::auditLogged()
{
    const qint64 exports = one(*m_db,
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND entity = 'person' AND record_id = "
                       "'%1' AND note = 'subject access'")
            .arg(m_person));
    QVERIFY(exports >= 3); // set-up, administrator, coordinator
}

QTEST_GUILESS_MAIN(TstSubjectAccess)
#include "tst_subjectaccess.moc"
