// Quarterly report sections 5, 6, 8, 9 and 10 (goals, exit questionnaire, workforce, co-production,
// stories) on a small database with known data around the period 1 Jul – 30 Sep 2026: exact figures
// for every table, the boundaries of the period, a "does not apply" answer, a story whose consent
// was withdrawn, and no name anywhere in the report.

#include "core/db/database.h"
#include "core/measures/measureloader.h"
#include "core/reports/reports.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace alongside;
using namespace alongside::core;
using namespace alongside::core::report;

namespace {

const char kExit[] = R"({
  "format": 1,
  "id": "exit",
  "version": 1,
  "title": "Leaving peer support",
  "shortTitle": "Exit questionnaire",
  "recallPeriod": "your time with us",
  "licence": "Written by the charity for its own use.",
  "options": [
    { "value": 1, "label": "Yes" },
    { "value": 0, "label": "No" },
    { "value": 9, "label": "Not applicable", "scored": false }
  ],
  "items": [
    { "number": 1, "text": "I felt listened to", "kind": "yesNoNa" },
    { "number": 2, "text": "My mentor came when agreed", "kind": "yesNoNa" },
    { "number": 3, "text": "I know where to go for support now", "kind": "yesNoNa" },
    { "number": 4, "text": "Anything else?", "kind": "freeText" }
  ],
  "scoring": { "method": "none", "missing": { "rule": "prorate", "maxMissing": 2 } }
})";

// Everyone's names: none may appear anywhere in the report.
const QStringList kNames = { QStringLiteral("Zelinda"), QStringLiteral("Quorrington"), QStringLiteral("Balthazine"),
    QStringLiteral("Ferdimond"), QStringLiteral("Gwenloria"), QStringLiteral("Hustravel"), QStringLiteral("Ismerelda"),
    QStringLiteral("Jorvandel"), QStringLiteral("Kestravine"), QStringLiteral("Lumbrecht"), QStringLiteral("Mordelian"),
    QStringLiteral("Nettlebury"), QStringLiteral("Orvilline"), QStringLiteral("Pellinore"), QStringLiteral("Quenneth"),
    QStringLiteral("Rastabell"), QStringLiteral("Sorvanne"), QStringLiteral("Tillwhistle") };

} // namespace

class TstReportSectionsB : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void goals();
    void exitQuestionnaire();
    void workforceActive();
    void workforceMovementHoursProgression();
    void workforceCompliance();
    void workforceDiversity();
    void coproduction();
    void stories();
    void noNamesAnywhere();
    void trusteeGetsTheSameFigures();
    void previousPeriodMovesTheFigures();

private:
    bool sqlRun(const QString& sql);
    qint64 person(const QString& given, const QString& family, const QString& gender, const QString& ethnicity,
        const QString& dob);
    qint64 client(qint64 personId, const QString& referredOn);
    qint64 worker(qint64 personId);
    Report built(const Actor& actor, const QDate& from, const QDate& to);
    double figure(const QString& table, const QString& row, const QString& column);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<test::ScopedClock> m_clock;
    Report m_report;
    QHash<qint64, qint64> m_episodeOf; // client -> episode
};

bool TstReportSectionsB::sqlRun(const QString& sql)
{
    const bool ok = test::execSql(*m_db, sql);
    if (!ok) {
        qWarning("failed: %s", qPrintable(sql));
    }
    return ok;
}

qint64 TstReportSectionsB::person(
    const QString& given, const QString& family, const QString& gender, const QString& ethnicity, const QString& dob)
{
    const auto quoted = [](const QString& v) { return v.isEmpty() ? QStringLiteral("NULL") : u'\'' + v + u'\''; };
    if (!sqlRun(QStringLiteral("INSERT INTO person (given_name, family_name, gender, ethnicity, date_of_birth, "
                               "created_at, updated_at) VALUES ('%1', '%2', %3, %4, %5, '2026-01-01T00:00:00Z', "
                               "'2026-01-01T00:00:00Z')")
                    .arg(given, family, quoted(gender), quoted(ethnicity), quoted(dob)))) {
        return 0;
    }
    return test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM person")).toLongLong();
}

qint64 TstReportSectionsB::client(qint64 personId, const QString& referredOn)
{
    sqlRun(
        QStringLiteral("INSERT INTO client (person_id, created_at) VALUES (%1, '2026-01-01T00:00:00Z')").arg(personId));
    const qint64 c = test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM client")).toLongLong();
    sqlRun(QStringLiteral("INSERT INTO referral (client_id, referred_on, source_category) VALUES (%1, '%2', 'self')")
               .arg(c)
               .arg(referredOn));
    const qint64 r = test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM referral")).toLongLong();
    sqlRun(QStringLiteral("INSERT INTO episode (referral_id, component_id, starts_on) VALUES (%1, 1, '%2')")
               .arg(r)
               .arg(referredOn));
    m_episodeOf.insert(c, test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM episode")).toLongLong());
    return c;
}

qint64 TstReportSectionsB::worker(qint64 personId)
{
    sqlRun(
        QStringLiteral("INSERT INTO worker (person_id, created_at) VALUES (%1, '2024-01-01T00:00:00Z')").arg(personId));
    return test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM worker")).toLongLong();
}

Report TstReportSectionsB::built(const Actor& actor, const QDate& from, const QDate& to)
{
    Request request;
    request.from = from;
    request.to = to;
    request.suppress = false;
    auto r = build(*m_db, actor, request);
    if (!r) {
        qWarning("%s", qPrintable(r.error().message));
        return Report {};
    }
    return r.value();
}

double TstReportSectionsB::figure(const QString& table, const QString& row, const QString& column)
{
    const Table* t = m_report.table(table);
    if (!t) {
        qWarning("no table %s", qPrintable(table));
        return -1;
    }
    const Cell* c = t->cell(row, column);
    if (!c) {
        qWarning("no cell %s / %s / %s", qPrintable(table), qPrintable(row), qPrintable(column));
        return -1;
    }
    if (c->kind == CellKind::Percent) {
        return c->denominator > 0 ? std::round(1000.0 * c->numerator / c->denominator) / 10.0 : -2;
    }
    return c->value;
}

void TstReportSectionsB::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
    m_db = test::openOrCreate(m_dir.filePath(QStringLiteral("r.alongside")));
    QVERIFY(m_db);

    // --- People supported -------------------------------------------------------------------------
    // c1, c2, c5 attended a session in the period; c3 only missed one; c4 attended the day before it.
    const qint64 c1 = client(
        person(kNames[0], kNames[1], QStringLiteral("female"), QStringLiteral("13"), QStringLiteral("1990-03-01")),
        QStringLiteral("2026-06-01"));
    const qint64 c2 = client(
        person(kNames[2], kNames[3], QStringLiteral("male"), QStringLiteral("6"), QStringLiteral("2001-10-01")),
        QStringLiteral("2026-06-02"));
    const qint64 c3 = client(
        person(kNames[4], kNames[5], QStringLiteral("female"), QString(), QString()), QStringLiteral("2026-06-03"));
    const qint64 c4 = client(
        person(kNames[6], kNames[7], QStringLiteral("male"), QString(), QString()), QStringLiteral("2026-05-03"));
    const qint64 c5
        = client(person(kNames[8], kNames[9], QString(), QString(), QString()), QStringLiteral("2026-06-04"));
    const auto session = [&](qint64 c, const char* day, const char* attendance) {
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO session (episode_id, held_on, mode, attendance) VALUES (%1, '%2', "
                                      "'face_to_face', '%3')")
                           .arg(m_episodeOf.value(c))
                           .arg(QLatin1String(day), QLatin1String(attendance))));
    };
    session(c1, "2026-07-10", "attended");
    session(c2, "2026-09-30", "attended");
    session(c3, "2026-08-01", "did_not_attend");
    session(c4, "2026-06-30", "attended");
    session(c5, "2026-07-01", "attended");

    // Goals: c1 achieved 2 of 3 by the end (more than half); c2 1 of 2 (exactly half: not more), its
    // third goal set after the period; c4 achieved everything but is not supported in the period.
    const auto goal = [&](qint64 c, const char* setOn, const char* achievedOn) {
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO goal (client_id, description, set_on, achieved_on) VALUES (%1, "
                                      "'a goal', '%2', %3)")
                           .arg(c)
                           .arg(QLatin1String(setOn),
                               achievedOn ? u'\'' + QLatin1String(achievedOn) + u'\'' : QStringLiteral("NULL"))));
    };
    goal(c1, "2026-06-05", "2026-07-20");
    goal(c1, "2026-06-05", "2026-09-30");
    goal(c1, "2026-06-05", nullptr);
    goal(c2, "2026-06-05", "2026-08-01");
    goal(c2, "2026-06-05", "2026-10-02");
    goal(c2, "2026-10-01", nullptr);
    goal(c4, "2026-05-05", "2026-05-20");

    // --- Exit questionnaire (a custom measure) -------------------------------------------------------
    auto d = MeasureLoader::fromJson(QByteArray(kExit), QStringLiteral("test exit questionnaire"));
    QVERIFY2(d, d ? "" : qPrintable(d.error().message));
    const QString json = QString::fromUtf8(MeasureLoader::toJson(d.value())).replace(u'\'', QStringLiteral("''"));
    QVERIFY(sqlRun(QStringLiteral("INSERT INTO measure_definition (measure_id, version, json, source, created_at) "
                                  "VALUES ('exit', 1, '%1', 'custom', '2026-01-01T00:00:00Z')")
                       .arg(json)));
    const auto response = [&](qint64 c, const char* day, const QList<int>& answers) {
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO measure_response (client_id, episode_id, measure_id, "
                                      "definition_version, administered_on, entered_at) VALUES (%1, %2, 'exit', 1, "
                                      "'%3', '2026-10-01T00:00:00Z')")
                           .arg(c)
                           .arg(m_episodeOf.value(c))
                           .arg(QLatin1String(day))));
        const qint64 r = test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM measure_response")).toLongLong();
        for (int i = 0; i < answers.size(); ++i) {
            if (answers.at(i) >= 0) {
                QVERIFY(sqlRun(QStringLiteral("INSERT INTO measure_answer (response_id, item_no, value) VALUES (%1, "
                                              "%2, %3)")
                                   .arg(r)
                                   .arg(i + 1)
                                   .arg(answers.at(i))));
            }
        }
    };
    response(c1, "2026-09-01", { 1, 0, 9 }); // yes, no, does not apply
    response(c2, "2026-09-15", { 1, 1, 1 }); // yes to everything
    response(c5, "2026-09-30", { 0, 9, -1 }); // no, does not apply, left blank
    response(c4, "2026-06-30", { 1, 1, 1 }); // the day before the period

    // --- Workforce ------------------------------------------------------------------------------------
    // Role types (seeded, in order): 1 Volunteer peer mentor (unpaid), 2 Sessional peer support worker,
    // 3 Employed peer support worker, ..., 7 Non-peer staff.
    const auto status = [&](qint64 w, const char* s, const char* since) {
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO worker_status (worker_id, status, since) VALUES (%1, '%2', '%3')")
                           .arg(w)
                           .arg(QLatin1String(s), QLatin1String(since))));
    };
    const auto role = [&](qint64 w, int type, const char* pay, const char* from, const char* to) {
        QVERIFY(
            sqlRun(QStringLiteral("INSERT INTO worker_role (worker_id, role_type_id, pay_basis, starts_on, ends_on) "
                                  "VALUES (%1, %2, '%3', '%4', %5)")
                       .arg(w)
                       .arg(type)
                       .arg(QLatin1String(pay), QLatin1String(from),
                           to ? u'\'' + QLatin1String(to) + u'\'' : QStringLiteral("NULL"))));
    };
    // w1: volunteer since March, paid peer worker from 1 Sep (volunteer -> paid in the period).
    const qint64 p1
        = person(kNames[10], kNames[11], QStringLiteral("female"), QStringLiteral("13"), QStringLiteral("1990-05-01"));
    const qint64 w1 = worker(p1);
    status(w1, "active", "2026-03-01");
    role(w1, 1, "unpaid", "2026-03-01", nullptr);
    role(w1, 3, "paid", "2026-09-01", nullptr);
    // w2: supported before (referred in January), a volunteer from the first day of the period: a starter.
    const qint64 p2
        = person(kNames[12], kNames[13], QStringLiteral("male"), QStringLiteral("6"), QStringLiteral("2000-01-15"));
    client(p2, QStringLiteral("2026-01-10"));
    const qint64 w2 = worker(p2);
    status(w2, "applicant", "2026-05-01");
    status(w2, "active", "2026-07-01");
    role(w2, 1, "unpaid", "2026-07-01", nullptr);
    // w5: active from the day before the period: not a starter.
    const qint64 w5 = worker(person(kNames[14], QStringLiteral("Five"), QStringLiteral("female"), QStringLiteral("1"),
        QStringLiteral("1960-01-01")));
    status(w5, "active", "2026-06-30");
    role(w5, 1, "unpaid", "2026-06-30", nullptr);
    // w3: active from the day after the period: not a starter, not active at its end.
    const qint64 w3 = worker(person(kNames[15], QStringLiteral("Three"), QString(), QString(), QString()));
    status(w3, "applicant", "2026-08-01");
    status(w3, "active", "2026-10-01");
    role(w3, 1, "unpaid", "2026-10-01", nullptr);
    // w4: a sessional peer worker who left on the last day of the period: a leaver.
    const qint64 w4 = worker(person(kNames[16], QStringLiteral("Four"), QString(), QString(), QString()));
    status(w4, "active", "2025-05-01");
    status(w4, "left", "2026-09-30");
    role(w4, 2, "sessional", "2025-05-01", "2026-09-30");
    // w6: left the day after the period: still active at its end, not a leaver.
    const qint64 w6 = worker(person(kNames[17], QStringLiteral("Six"), QString(), QString(), QString()));
    status(w6, "active", "2025-01-01");
    status(w6, "left", "2026-10-01");
    role(w6, 1, "unpaid", "2025-01-01", "2026-10-01");
    // w7: non-peer staff who left in the period: outside the peer workforce, counted nowhere.
    const qint64 p7 = person(QStringLiteral("Wystan"), QStringLiteral("Seven"), QString(), QString(), QString());
    const qint64 w7 = worker(p7);
    status(w7, "active", "2024-01-01");
    status(w7, "left", "2026-08-01");
    role(w7, 7, "paid", "2024-01-01", "2026-08-01");

    // Volunteer hours: 3.5 + 2 in the period; 4 the day before and 1.5 the day after.
    const auto hours = [&](qint64 w, const char* day, double h) {
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO volunteer_hours (worker_id, worked_on, hours) VALUES (%1, '%2', %3)")
                           .arg(w)
                           .arg(QLatin1String(day))
                           .arg(h)));
    };
    hours(w2, "2026-07-15", 3.5);
    hours(w5, "2026-09-30", 2);
    hours(w6, "2026-06-30", 4);
    hours(w6, "2026-10-01", 1.5);

    // Training: w1 and w5 have every mandatory course; w2 none; w6's safeguarding has expired.
    const auto course = [&](qint64 w, const char* title, const char* on, const char* expires) {
        QVERIFY(sqlRun(
            QStringLiteral("INSERT INTO training_completion (course_id, worker_id, completed_on, expires_on) "
                           "SELECT id, %1, '%2', %3 FROM training_course WHERE title = '%4'")
                .arg(w)
                .arg(QLatin1String(on), expires ? u'\'' + QLatin1String(expires) + u'\'' : QStringLiteral("NULL"),
                    QLatin1String(title))));
    };
    for (qint64 w : { w1, w5, w6 }) {
        course(w, "Volunteer induction", "2025-01-01", nullptr);
        course(w, "Peer support training (internal)", "2025-01-02", nullptr);
    }
    course(w1, "Safeguarding refresher", "2025-02-01", "2028-02-01");
    course(w5, "Safeguarding refresher", "2025-02-01", "2028-02-01");
    course(w6, "Safeguarding refresher", "2023-01-01", "2026-01-01");

    // Supervision as at 30 Sep: w1 and w5 supervised recently; w2 never (due 30 days after starting);
    // w6 last on 1 Aug (due 31 Aug): two overdue.
    const auto supervised = [&](qint64 w, const char* day) {
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO supervision_entry (held_on, kind, created_at) VALUES ('%1', "
                                      "'line_management', '2026-01-01T00:00:00Z')")
                           .arg(QLatin1String(day))));
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO supervision_attendee (entry_id, worker_id) SELECT MAX(id), %1 FROM "
                                      "supervision_entry")
                           .arg(w)));
    };
    supervised(w1, "2026-09-25");
    supervised(w5, "2026-09-10");
    supervised(w6, "2026-08-01");

    // --- Co-production --------------------------------------------------------------------------------
    // Two meetings of the co-production group (id 1) in the period, one after it.
    const auto meeting = [&](const char* day) {
        if (!sqlRun(QStringLiteral("INSERT INTO meeting (group_id, held_on, created_at, updated_at) VALUES (1, '%1', "
                                   "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                        .arg(QLatin1String(day)))) {
            return qint64(0);
        }
        return test::scalar(*m_db, QStringLiteral("SELECT MAX(id) FROM meeting")).toLongLong();
    };
    const auto attended = [&](qint64 m, qint64 personId, const char* standing) {
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO meeting_attendee (meeting_id, person_id, standing) VALUES (%1, %2, "
                                      "'%3')")
                           .arg(m)
                           .arg(personId)
                           .arg(QLatin1String(standing))));
    };
    const qint64 pc1
        = test::scalar(*m_db, QStringLiteral("SELECT person_id FROM client WHERE id = %1").arg(c1)).toLongLong();
    const qint64 m1 = meeting("2026-08-10");
    attended(m1, pc1, "supported");
    attended(m1, p2, "volunteer");
    attended(m1, p1, "paid_peer");
    attended(m1, p7, "staff");
    QVERIFY(sqlRun(QStringLiteral("INSERT INTO meeting_attendee (meeting_id, external_name, organisation, standing) "
                                  "VALUES (%1, 'Yarrowby Partner', 'Council', 'stakeholder')")
                       .arg(m1)));
    const qint64 m2 = meeting("2026-09-05");
    attended(m2, pc1, "supported");
    attended(m2, p2, "volunteer");
    const qint64 m3 = meeting("2026-10-05");
    attended(m3, pc1, "supported");
    QVERIFY(sqlRun(QStringLiteral("INSERT INTO meeting_decision (meeting_id, description, change_made, changed_on) "
                                  "VALUES (%1, 'Zelinda asked for evening sessions', 'Evening group started', "
                                  "'2026-09-01')")
                       .arg(m1)));
    QVERIFY(sqlRun(QStringLiteral("INSERT INTO meeting_decision (meeting_id, description) VALUES (%1, 'Look at the "
                                  "venue')")
                       .arg(m2)));
    QVERIFY(
        sqlRun(QStringLiteral("INSERT INTO meeting_decision (meeting_id, description) VALUES (%1, 'Later')").arg(m3)));

    // --- Stories --------------------------------------------------------------------------------------
    const auto story = [&](qint64 personId, const char* title, const char* text, const char* withdrawn) {
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO consent (person_id, purpose, given_on, withdrawn_on) VALUES (%1, "
                                      "'story', '2026-05-01', %2)")
                           .arg(personId)
                           .arg(withdrawn ? u'\'' + QLatin1String(withdrawn) + u'\'' : QStringLiteral("NULL"))));
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO story (person_id, author_type, title, written_on, body, anonymised, "
                                      "consent_id, created_at, updated_at) SELECT %1, 'supported', '%2', "
                                      "'2026-06-01', 'I am %3 and this is my story.', '%4', MAX(id), "
                                      "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM consent")
                           .arg(personId)
                           .arg(QLatin1String(title), kNames[0], QLatin1String(text))));
        QVERIFY(sqlRun(QStringLiteral("INSERT INTO story_period (story_id, period_start, period_end) SELECT MAX(id), "
                                      "'2026-07-01', '2026-09-30' FROM story")));
    };
    story(pc1, "Finding my feet", "Peer support helped me find my feet again.", nullptr);
    const qint64 pc2
        = test::scalar(*m_db, QStringLiteral("SELECT person_id FROM client WHERE id = %1").arg(c2)).toLongLong();
    story(pc2, "Withdrawn title", "Withdrawn text.", "2026-10-15");

    m_report = built(Actor::localUser(), QDate(2026, 7, 1), QDate(2026, 9, 30));
    QVERIFY(!m_report.sections.isEmpty());
}

void TstReportSectionsB::goals()
{
    const Table* t = m_report.table(QStringLiteral("goals.summary"));
    QVERIFY(t);
    QCOMPARE(t->n, 3); // c1, c2, c5
    QCOMPARE(figure(t->id, QStringLiteral("supported"), QStringLiteral("count")), 3.0);
    QCOMPARE(figure(t->id, QStringLiteral("with_goals"), QStringLiteral("count")), 2.0);
    QCOMPARE(figure(t->id, QStringLiteral("with_goals"), QStringLiteral("percent")), 66.7);
    QCOMPARE(figure(t->id, QStringLiteral("achieved_more_than_half"), QStringLiteral("count")), 1.0);
    QCOMPARE(figure(t->id, QStringLiteral("achieved_more_than_half"), QStringLiteral("percent")), 50.0);
    QVERIFY(!t->notes.isEmpty());
    QCOMPARE(m_report.section(QStringLiteral("goals"))->title, QStringLiteral("Goals"));
}

void TstReportSectionsB::exitQuestionnaire()
{
    const Table* t = m_report.table(QStringLiteral("exit.items"));
    QVERIFY(t);
    QCOMPARE(t->n, 3);
    QCOMPARE(t->sums, Sums::Both);
    QCOMPARE(t->rows.size(), 4); // three yes / no items (not the free-text one) and all questions
    const QString tid = t->id;
    QCOMPARE(figure(tid, QStringLiteral("item.1"), QStringLiteral("yes")), 2.0);
    QCOMPARE(figure(tid, QStringLiteral("item.1"), QStringLiteral("no")), 1.0);
    QCOMPARE(figure(tid, QStringLiteral("item.1"), QStringLiteral("not_applicable")), 0.0);
    QCOMPARE(figure(tid, QStringLiteral("item.1"), QStringLiteral("n")), 3.0);
    QCOMPARE(figure(tid, QStringLiteral("item.1"), QStringLiteral("percent_yes")), 66.7);
    QCOMPARE(figure(tid, QStringLiteral("item.2"), QStringLiteral("yes")), 1.0);
    QCOMPARE(figure(tid, QStringLiteral("item.2"), QStringLiteral("no")), 1.0);
    QCOMPARE(figure(tid, QStringLiteral("item.2"), QStringLiteral("not_applicable")), 1.0);
    QCOMPARE(figure(tid, QStringLiteral("item.2"), QStringLiteral("percent_yes")), 50.0); // n/a left out
    QCOMPARE(figure(tid, QStringLiteral("item.3"), QStringLiteral("yes")), 1.0);
    QCOMPARE(figure(tid, QStringLiteral("item.3"), QStringLiteral("not_applicable")), 1.0);
    QCOMPARE(figure(tid, QStringLiteral("item.3"), QStringLiteral("n")), 2.0); // one left blank
    QCOMPARE(figure(tid, QStringLiteral("item.3"), QStringLiteral("percent_yes")), 100.0);
    QCOMPARE(figure(tid, QStringLiteral("all"), QStringLiteral("yes")), 4.0);
    QCOMPARE(figure(tid, QStringLiteral("all"), QStringLiteral("no")), 2.0);
    QCOMPARE(figure(tid, QStringLiteral("all"), QStringLiteral("not_applicable")), 2.0);
    QCOMPARE(figure(tid, QStringLiteral("all"), QStringLiteral("n")), 8.0);
    QVERIFY(t->rows.last().total);
    QVERIFY(t->columns.at(t->columnIndex(QStringLiteral("n"))).total);

    const Table* o = m_report.table(QStringLiteral("exit.overall"));
    QVERIFY(o);
    QCOMPARE(figure(o->id, QStringLiteral("exit"), QStringLiteral("returned")), 3.0);
    QCOMPARE(figure(o->id, QStringLiteral("exit"), QStringLiteral("all_yes")), 1.0);
    QCOMPARE(figure(o->id, QStringLiteral("exit"), QStringLiteral("percent")), 33.3);
}

void TstReportSectionsB::workforceActive()
{
    const Table* t = m_report.table(QStringLiteral("workforce.active"));
    QVERIFY(t);
    QCOMPARE(t->n, 4); // w1 (paid), w2, w5, w6
    QCOMPARE(t->sums, Sums::Both);
    QCOMPARE(figure(t->id, QStringLiteral("role.1"), QStringLiteral("unpaid")), 3.0);
    QCOMPARE(figure(t->id, QStringLiteral("role.1"), QStringLiteral("paid")), 0.0);
    QCOMPARE(figure(t->id, QStringLiteral("role.3"), QStringLiteral("paid")), 1.0);
    QCOMPARE(figure(t->id, QStringLiteral("role.3"), QStringLiteral("total")), 1.0);
    QCOMPARE(figure(t->id, QStringLiteral("total"), QStringLiteral("unpaid")), 3.0);
    QCOMPARE(figure(t->id, QStringLiteral("total"), QStringLiteral("paid")), 1.0);
    QCOMPARE(figure(t->id, QStringLiteral("total"), QStringLiteral("total")), 4.0);
    QCOMPARE(t->rowIndex(QStringLiteral("role.2")), -1); // w4 left on the last day
    QCOMPARE(t->rowIndex(QStringLiteral("role.7")), -1); // non-peer staff
}

void TstReportSectionsB::workforceMovementHoursProgression()
{
    QCOMPARE(figure(QStringLiteral("workforce.movement"), QStringLiteral("starters"), QStringLiteral("count")), 1.0);
    QCOMPARE(figure(QStringLiteral("workforce.movement"), QStringLiteral("leavers"), QStringLiteral("count")), 1.0);

    const Table* h = m_report.table(QStringLiteral("workforce.hours"));
    QVERIFY(h);
    QCOMPARE(h->n, 2);
    QCOMPARE(figure(h->id, QStringLiteral("people"), QStringLiteral("value")), 2.0);
    QCOMPARE(figure(h->id, QStringLiteral("hours"), QStringLiteral("value")), 5.5);
    QCOMPARE(figure(h->id, QStringLiteral("value"), QStringLiteral("value")), 5.5 * 12.71);
    QVERIFY(!h->cell(QStringLiteral("people"), QStringLiteral("value"))->notPeople);
    QCOMPARE(h->cell(QStringLiteral("value"), QStringLiteral("value"))->text, QStringLiteral("£69.91"));

    const Table* p = m_report.table(QStringLiteral("workforce.progression"));
    QVERIFY(p);
    QCOMPARE(p->n, 2); // w2 first volunteered, w1 first paid
    QCOMPARE(figure(p->id, QStringLiteral("supported_to_volunteer"), QStringLiteral("count")), 1.0);
    QCOMPARE(figure(p->id, QStringLiteral("volunteer_to_paid"), QStringLiteral("count")), 1.0);
}

void TstReportSectionsB::workforceCompliance()
{
    const Table* t = m_report.table(QStringLiteral("workforce.training"));
    QVERIFY(t);
    QCOMPARE(t->n, 4);
    QCOMPARE(figure(t->id, QStringLiteral("compliant"), QStringLiteral("count")), 2.0); // w1, w5
    QCOMPARE(figure(t->id, QStringLiteral("not_compliant"), QStringLiteral("count")), 2.0); // w2 none, w6 expired
    QCOMPARE(figure(t->id, QStringLiteral("compliant"), QStringLiteral("percent")), 50.0);

    const Table* s = m_report.table(QStringLiteral("workforce.supervision"));
    QVERIFY(s);
    QCOMPARE(s->n, 4);
    QCOMPARE(figure(s->id, QStringLiteral("compliant"), QStringLiteral("count")), 2.0); // w1, w5
    QCOMPARE(figure(s->id, QStringLiteral("not_compliant"), QStringLiteral("count")), 2.0); // w2, w6
    QCOMPARE(figure(s->id, QStringLiteral("total"), QStringLiteral("count")), 4.0);
}

void TstReportSectionsB::workforceDiversity()
{
    const Table* t = m_report.table(QStringLiteral("workforce.diversity"));
    QVERIFY(t);
    QCOMPARE(t->n, 4);
    QCOMPARE(t->sums, Sums::Down);
    const QString id = t->id;
    QCOMPARE(figure(id, QStringLiteral("gender"), QStringLiteral("workforce")), 4.0);
    QCOMPARE(figure(id, QStringLiteral("gender"), QStringLiteral("supported")), 3.0);
    QCOMPARE(figure(id, QStringLiteral("gender.female"), QStringLiteral("workforce")), 2.0); // w1, w5
    QCOMPARE(figure(id, QStringLiteral("gender.female"), QStringLiteral("workforce_percent")), 50.0);
    QCOMPARE(figure(id, QStringLiteral("gender.male"), QStringLiteral("workforce")), 1.0); // w2
    QCOMPARE(figure(id, QStringLiteral("gender.not_stated"), QStringLiteral("workforce")), 1.0); // w6
    QCOMPARE(figure(id, QStringLiteral("gender.female"), QStringLiteral("supported")), 1.0); // c1
    QCOMPARE(figure(id, QStringLiteral("gender.male"), QStringLiteral("supported")), 1.0); // c2
    QCOMPARE(figure(id, QStringLiteral("gender.not_stated"), QStringLiteral("supported_percent")), 33.3); // c5
    QCOMPARE(figure(id, QStringLiteral("ethnicity.4"), QStringLiteral("workforce")), 1.0); // w1 "13"
    QCOMPARE(figure(id, QStringLiteral("ethnicity.2"), QStringLiteral("workforce")), 1.0); // w2 "6"
    QCOMPARE(figure(id, QStringLiteral("ethnicity.1"), QStringLiteral("workforce")), 1.0); // w5 "1"
    QCOMPARE(figure(id, QStringLiteral("ethnicity.0"), QStringLiteral("workforce")), 1.0);
    QCOMPARE(figure(id, QStringLiteral("ethnicity.4"), QStringLiteral("supported")), 1.0); // c1
    QCOMPARE(figure(id, QStringLiteral("ethnicity.2"), QStringLiteral("supported")), 1.0); // c2
    // Ages on 30 Sep 2026: w1 36, w2 26, w5 66, w6 unknown; c1 36, c2 24, c5 unknown.
    QCOMPARE(figure(id, QStringLiteral("age.36"), QStringLiteral("workforce")), 1.0);
    QCOMPARE(figure(id, QStringLiteral("age.26"), QStringLiteral("workforce")), 1.0);
    QCOMPARE(figure(id, QStringLiteral("age.66"), QStringLiteral("workforce")), 1.0);
    QCOMPARE(figure(id, QStringLiteral("age.not_specified"), QStringLiteral("workforce")), 1.0);
    QCOMPARE(figure(id, QStringLiteral("age.36"), QStringLiteral("supported")), 1.0);
    QCOMPARE(figure(id, QStringLiteral("age.16"), QStringLiteral("supported")), 1.0);
    QCOMPARE(figure(id, QStringLiteral("age.not_specified"), QStringLiteral("supported")), 1.0);
    const int gender = t->rowIndex(QStringLiteral("gender"));
    QCOMPARE(t->rows.at(gender).level, 0);
    QCOMPARE(t->rows.at(gender + 1).level, 1);
}

void TstReportSectionsB::coproduction()
{
    QCOMPARE(
        figure(QStringLiteral("coproduction.meetings"), QStringLiteral("group.1"), QStringLiteral("meetings")), 2.0);
    QCOMPARE(figure(QStringLiteral("coproduction.meetings"), QStringLiteral("total"), QStringLiteral("meetings")), 2.0);
    QVERIFY(m_report.table(QStringLiteral("coproduction.meetings"))
                ->cell(QStringLiteral("group.1"), QStringLiteral("meetings"))
                ->notPeople);
    QCOMPARE(m_report.table(QStringLiteral("coproduction.meetings"))->rowIndex(QStringLiteral("group.2")), -1);

    const QString people = QStringLiteral("coproduction.attendance");
    QCOMPARE(m_report.table(people)->sums, Sums::Across);
    for (const char* standing : { "supported", "volunteer", "paid_peer", "staff", "stakeholder" }) {
        QCOMPARE(figure(people, QStringLiteral("group.1"), QLatin1String(standing)), 1.0);
    }
    QCOMPARE(figure(people, QStringLiteral("group.1"), QStringLiteral("total")), 5.0);
    const QString visits = QStringLiteral("coproduction.attendances");
    QCOMPARE(figure(visits, QStringLiteral("group.1"), QStringLiteral("supported")), 2.0);
    QCOMPARE(figure(visits, QStringLiteral("group.1"), QStringLiteral("volunteer")), 2.0);
    QCOMPARE(figure(visits, QStringLiteral("group.1"), QStringLiteral("stakeholder")), 1.0);
    QCOMPARE(figure(visits, QStringLiteral("group.1"), QStringLiteral("total")), 7.0);
    QCOMPARE(figure(visits, QStringLiteral("total"), QStringLiteral("total")), 7.0);

    QCOMPARE(figure(QStringLiteral("coproduction.changes"), QStringLiteral("decisions"), QStringLiteral("count")), 2.0);
    QCOMPARE(figure(QStringLiteral("coproduction.changes"), QStringLiteral("changes"), QStringLiteral("count")), 1.0);
}

void TstReportSectionsB::stories()
{
    const Section* s = m_report.section(QStringLiteral("stories"));
    QVERIFY(s);
    QList<const Block*> stories;
    QStringList paragraphs;
    for (const Block& b : s->blocks) {
        if (b.kind == Block::Kind::Story) {
            stories << &b;
        } else if (b.kind == Block::Kind::Paragraph) {
            paragraphs << b.text;
        }
    }
    QCOMPARE(stories.size(), 1);
    QCOMPARE(stories.first()->heading, QStringLiteral("Finding my feet"));
    QCOMPARE(stories.first()->text, QStringLiteral("Peer support helped me find my feet again."));
    const QString all = paragraphs.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("1 story was left out because the writer's consent")), qPrintable(all));
    QVERIFY(!all.contains(QStringLiteral("Withdrawn")));
}

void TstReportSectionsB::noNamesAnywhere()
{
    QStringList text;
    for (const Section& s : m_report.sections) {
        text << s.title;
        for (const Block& b : s.blocks) {
            text << b.heading << b.text << b.table.title << b.table.nLabel << b.table.notes << b.table.emptyText;
            for (const Column& c : b.table.columns) {
                text << c.title;
            }
            for (const Row& r : b.table.rows) {
                text << r.key;
                for (const Cell& c : r.cells) {
                    text << c.text;
                }
            }
        }
    }
    text << m_report.notes;
    const QString all = text.join(u'\n');
    QVERIFY(all.contains(QStringLiteral("Finding my feet"))); // the check reads the report
    QStringList names = kNames;
    names << QStringLiteral("Wystan") << QStringLiteral("Yarrowby") << QStringLiteral("evening sessions")
          << QStringLiteral("Evening group started") << QStringLiteral("this is my story");
    for (const QString& name : names) {
        QVERIFY2(!all.contains(name, Qt::CaseInsensitive), qPrintable(name));
    }
}

void TstReportSectionsB::trusteeGetsTheSameFigures()
{
    Actor trustee = Actor::localUser();
    trustee.role = Actor::Role::Trustee;
    trustee.userName = QStringLiteral("trustee");
    Request request;
    request.from = QDate(2026, 7, 1);
    request.to = QDate(2026, 9, 30);
    auto r = build(*m_db, trustee, request);
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QVERIFY(r.value().suppressed);
    const Table* t = r.value().table(QStringLiteral("workforce.training"));
    QVERIFY(t);
    QCOMPARE(t->n, 4);
    const Table* s = r.value().table(QStringLiteral("workforce.supervision"));
    QVERIFY(s);
    QCOMPARE(s->n, 4);
    // Suppressed below 5: the 2 overdue are hidden, and so is their complement.
    QCOMPARE(s->cell(QStringLiteral("not_compliant"), QStringLiteral("count"))->hidden, Hidden::Small);
    QVERIFY(!s->cell(QStringLiteral("compliant"), QStringLiteral("count"))->shown());
}

void TstReportSectionsB::previousPeriodMovesTheFigures()
{
    // Apr–Jun 2026: w5 started on 30 Jun; c4 attended on 30 Jun with all goals achieved; 4 hours on 30 Jun.
    const Report r = built(Actor::localUser(), QDate(2026, 4, 1), QDate(2026, 6, 30));
    const Report keep = m_report;
    m_report = r;
    QCOMPARE(figure(QStringLiteral("workforce.movement"), QStringLiteral("starters"), QStringLiteral("count")), 1.0);
    QCOMPARE(figure(QStringLiteral("workforce.movement"), QStringLiteral("leavers"), QStringLiteral("count")), 0.0);
    QCOMPARE(figure(QStringLiteral("workforce.hours"), QStringLiteral("hours"), QStringLiteral("value")), 4.0);
    QCOMPARE(figure(QStringLiteral("goals.summary"), QStringLiteral("supported"), QStringLiteral("count")), 1.0);
    QCOMPARE(
        figure(QStringLiteral("goals.summary"), QStringLiteral("achieved_more_than_half"), QStringLiteral("count")),
        1.0);
    QCOMPARE(figure(QStringLiteral("exit.items"), QStringLiteral("item.1"), QStringLiteral("yes")), 1.0);
    QCOMPARE(figure(QStringLiteral("coproduction.meetings"), QStringLiteral("group.1"), QStringLiteral("meetings")),
        -1.0); // no meeting: the group is left out
    QCOMPARE(figure(QStringLiteral("workforce.active"), QStringLiteral("total"), QStringLiteral("total")),
        4.0); // w4 still in
    m_report = keep;
}

QTEST_GUILESS_MAIN(TstReportSectionsB)
#include "tst_reportsections_b.moc"
