// The other reports (BRIEF §8): compliance matrix, supervision overdue, caseloads per mentor, match
// outcomes and workforce snapshot, each built through report::build on a small hand-built database
// with a fixed today, with exact figures, permissions (a trustee never gets names) and bad dates.

#include "core/db/database.h"
#include "core/reports/reports.h"
#include "support/peoplesetup.h"
#include "support/testsupport.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using namespace alongside::core;
using Role = Actor::Role;
using test::MentorSetup;

namespace {

const QDate kToday(2026, 11, 22);

Actor as(Role role)
{
    Actor a = Actor::localUser();
    a.role = role;
    a.userName = QStringLiteral("tester");
    return a;
}

/** The texts of a table's rows, one string per row, cells joined with " | " (after format()). */
QStringList texts(const report::Table& t)
{
    QStringList out;
    for (const report::Row& r : t.rows) {
        QStringList cells;
        for (const report::Cell& c : r.cells) {
            cells << c.text;
        }
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

QStringList columnTitles(const report::Table& t)
{
    QStringList out;
    for (const report::Column& c : t.columns) {
        out << c.title;
    }
    return out;
}

/** Every text a report shows: titles, notes, paragraphs and cells. */
QString everything(const report::Report& r)
{
    QStringList out { r.title, r.subtitle, r.notes.join(QLatin1Char(' ')) };
    for (const report::Section& s : r.sections) {
        out << s.title;
        for (const report::Block& b : s.blocks) {
            out << b.heading << b.text << b.table.title << b.table.notes.join(QLatin1Char(' '));
            out << texts(b.table);
        }
    }
    return out.join(QLatin1Char('\n'));
}

const QStringList kNames = { QStringLiteral("Ada Mentor"), QStringLiteral("Ben Mentor"), QStringLiteral("Cat Mentor"),
    QStringLiteral("Dan Mentor"), QStringLiteral("Eve Mentor"), QStringLiteral("Fay Mentor"),
    QStringLiteral("Gus Mentor"), QStringLiteral("Hal Mentor"), QStringLiteral("Client") };

} // namespace

class TstListReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void complianceMatrix();
    void supervisionOverdue();
    void caseloads();
    void caseloadsAsAtAnEarlierDay();
    void matchOutcomes();
    void matchOutcomesSuppressedForTrustees();
    void workforceSnapshot();
    void workforceSnapshotForTrustees();
    void trusteesAreRefusedNamedReports_data();
    void trusteesAreRefusedNamedReports();
    void supervisorWithoutWorkerRecordIsRefused();
    void everyReportBuilds_data();
    void everyReportBuilds();
    void futureAsAtIsRefused_data();
    void futureAsAtIsRefused();

private:
    Result<report::Report> build(const QString& id, const Actor& actor, const QDate& asOf = {}, const QDate& from = {},
        const QDate& to = {}, bool suppress = false);
    qint64 mentor(const MentorSetup& s);
    qint64 episode(const QString& given);
    void match(qint64 mentorId, const QString& status, const QDate& proposed, const QDate& started,
        const QDate& ended = {}, const QString& reason = {});
    void role(qint64 workerId, const QString& roleName, const QString& pay, double hours, const QDate& from);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<Database> m_db;
    Actor m_admin = as(Role::Administrator);
    qint64 m_ada = 0;
    qint64 m_ben = 0;
    qint64 m_cat = 0;
    qint64 m_dan = 0;
};

void TstListReports::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TstListReports::init()
{
    m_clock.reset();
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("l.alongside")));
    QVERIFY(m_db);

    // Four mentors, all "Volunteer peer mentor" (enhanced DBS, two references, supervision every 30 days).
    MentorSetup ada;
    ada.given = QStringLiteral("Ada");
    ada.maxMentees = 2;
    ada.supervisedUntil = QDate(2026, 11, 5); // next due 5 Dec: up to date
    m_ada = mentor(ada);
    MentorSetup ben;
    ben.given = QStringLiteral("Ben");
    ben.dbsIssued = QDate(2023, 11, 1); // recheck 1 Nov 2026: expired
    ben.supervisedUntil = QDate(2026, 9, 5); // next due 5 Oct: 48 days overdue
    m_ben = mentor(ben);
    MentorSetup cat;
    cat.given = QStringLiteral("Cat");
    cat.maxMentees = 1;
    cat.dbsIssued = QDate(2023, 12, 10); // recheck 10 Dec 2026: expiring soon
    cat.supervisedUntil = QDate(); // one session, below: next due 24 Nov
    m_cat = mentor(cat);
    MentorSetup dan;
    dan.given = QStringLiteral("Dan");
    dan.dbsIssued = QDate(); // missing
    dan.skipCourses = QStringList { QStringLiteral("Safeguarding refresher") };
    dan.supervisedUntil = QDate(2026, 10, 5); // next due 4 Nov: 18 days overdue
    m_dan = mentor(dan);
    MentorSetup eve; // left, her role ended: in none of the lists
    eve.given = QStringLiteral("Eve");
    eve.status = QStringLiteral("left");
    eve.roleEnds = QDate(2025, 12, 31);
    eve.supervisedUntil = QDate();
    QVERIFY(mentor(eve) > 0);
    QVERIFY(m_ada > 0 && m_ben > 0 && m_cat > 0 && m_dan > 0);

    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO supervision_entry (held_on, kind, created_at) VALUES ('2026-10-25', 'reflective', "
                       "'2026-10-25T00:00:00Z')")));
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO supervision_attendee (entry_id, worker_id) SELECT MAX(id), %1 FROM "
                       "supervision_entry")
            .arg(m_cat)));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(test::execSql(*m_db,
            QStringLiteral("INSERT INTO worker_reference (worker_id, referee_name, received_on, satisfactory) VALUES "
                           "(%1, 'Referee', '2020-01-01', 1)")
                .arg(m_ada)));
    }

    // Matches (one episode each).
    match(m_ada, QStringLiteral("active"), QDate(2026, 9, 8), QDate(2026, 9, 10));
    match(m_ada, QStringLiteral("active"), QDate(2026, 9, 12), QDate(2026, 9, 15));
    match(m_ada, QStringLiteral("proposed"), QDate(2026, 11, 20), QDate());
    match(m_ben, QStringLiteral("ended"), QDate(2026, 6, 28), QDate(2026, 7, 1), QDate(2026, 10, 1),
        QStringLiteral("planned")); // 92 days
    match(m_ben, QStringLiteral("active"), QDate(2026, 10, 8), QDate(2026, 10, 10));
    match(m_ben, QStringLiteral("ended"), QDate(2026, 6, 1), QDate(2026, 6, 1), QDate(2026, 9, 30),
        QStringLiteral("moved_away")); // before the period asked about
    match(m_cat, QStringLiteral("ended"), QDate(2026, 7, 30), QDate(2026, 8, 1), QDate(2026, 11, 22),
        QStringLiteral("disengaged")); // 113 days; ended today
    match(m_dan, QStringLiteral("ended"), QDate(2026, 10, 1), QDate(), QDate(2026, 10, 15),
        QStringLiteral("other")); // a proposal that never started
}

void TstListReports::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TstListReports::mentor(const MentorSetup& s)
{
    return test::addMentor(*m_db, m_admin, s);
}

qint64 TstListReports::episode(const QString& given)
{
    return test::addClientEpisode(*m_db, m_admin, given, QStringLiteral("mentoring"), QDate(2026, 6, 1));
}

void TstListReports::match(qint64 mentorId, const QString& status, const QDate& proposed, const QDate& started,
    const QDate& ended, const QString& reason)
{
    static int n = 0;
    const qint64 e = episode(QStringLiteral("Client%1").arg(++n));
    QVERIFY(e > 0);
    auto iso = [](const QDate& d) {
        return d.isValid() ? QStringLiteral("'%1'").arg(d.toString(Qt::ISODate)) : QStringLiteral("NULL");
    };
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO mentor_match (episode_id, mentor_id, status, proposed_on, started_on, ended_on, "
                       "ending_reason) VALUES (%1, %2, '%3', %4, %5, %6, %7)")
            .arg(e)
            .arg(mentorId)
            .arg(status, iso(proposed), iso(started), iso(ended),
                reason.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(reason))));
}

void TstListReports::role(qint64 workerId, const QString& roleName, const QString& pay, double hours, const QDate& from)
{
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO worker_role (worker_id, role_type_id, pay_basis, hours_per_week, starts_on) "
                       "SELECT %1, id, '%2', %3, '%4' FROM role_type WHERE name = '%5'")
            .arg(workerId)
            .arg(pay)
            .arg(hours)
            .arg(from.toString(Qt::ISODate), roleName)));
}

Result<report::Report> TstListReports::build(
    const QString& id, const Actor& actor, const QDate& asOf, const QDate& from, const QDate& to, bool suppress)
{
    report::Request r;
    r.reportId = id;
    r.asOf = asOf;
    r.from = from;
    r.to = to;
    r.suppress = suppress;
    return report::build(*m_db, actor, r);
}

void TstListReports::complianceMatrix()
{
    auto built = build(QStringLiteral("compliance"), m_admin, kToday);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    const report::Report& r = built.value();
    QVERIFY(r.namesPeople);
    QVERIFY(!r.suppressed);
    QCOMPARE(r.asOf, kToday);

    const report::Table* matrix = r.table(QStringLiteral("compliance.matrix"));
    QVERIFY(matrix);
    QCOMPARE(matrix->n, 4);
    QCOMPARE(columnTitles(*matrix),
        QStringList({ "Name", "Roles", "Status", "DBS check", "References", "Safeguarding refresher",
            "Volunteer induction", "Peer support training (internal)" }));
    QCOMPARE(texts(*matrix),
        QStringList({
            "Ada Mentor | Volunteer peer mentor | Active | Done, expires 10 Jan 2028 | Done | Done, expires 1 Jun "
            "2028 | Done | Done",
            "Ben Mentor | Volunteer peer mentor | Active | Expired 1 Nov 2026 | Missing: 0 of 2 received | Done, "
            "expires 1 Jun 2028 | Done | Done",
            "Cat Mentor | Volunteer peer mentor | Active | Expires 10 Dec 2026 | Missing: 0 of 2 received | Done, "
            "expires 1 Jun 2028 | Done | Done",
            "Dan Mentor | Volunteer peer mentor | Active | Missing: no check recorded | Missing: 0 of 2 received | "
            "Missing | Done | Done",
        }));

    const report::Table* summary = r.table(QStringLiteral("compliance.summary"));
    QVERIFY(summary);
    QCOMPARE(columnTitles(*summary),
        QStringList({ "Requirement", "People who need it", "In date", "% in date", "Of whom expiring soon", "Expired",
            "Missing" }));
    QCOMPARE(texts(*summary),
        QStringList({
            "DBS check | 4 | 2 | 50.0% | 1 | 1 | 1",
            "References | 4 | 1 | 25.0% | 0 | 0 | 3",
            "Safeguarding refresher | 4 | 3 | 75.0% | 0 | 0 | 1",
            "Volunteer induction | 4 | 4 | 100.0% | 0 | 0 | 0",
            "Peer support training (internal) | 4 | 4 | 100.0% | 0 | 0 | 0",
            "Everything their roles require | 4 | 1 | 25.0% | 0 | 1 | 2",
        }));
}

void TstListReports::supervisionOverdue()
{
    auto built = build(QStringLiteral("supervision-overdue"), m_admin, kToday);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    const report::Report& r = built.value();
    QVERIFY(r.namesPeople);
    const report::Table* list = r.table(QStringLiteral("supervision.overdue"));
    QVERIFY(list);
    QCOMPARE(list->n, 3);
    QCOMPARE(columnTitles(*list),
        QStringList(
            { "Name", "Roles", "Supervisors", "Last supervision", "Next due", "Where they stand", "Days overdue" }));
    QCOMPARE(texts(*list),
        QStringList({
            "Ben Mentor | Volunteer peer mentor | None recorded | 5 Sept 2026 | 5 Oct 2026 | Overdue by 48 days | 48",
            "Dan Mentor | Volunteer peer mentor | None recorded | 5 Oct 2026 | 4 Nov 2026 | Overdue by 18 days | 18",
            "Cat Mentor | Volunteer peer mentor | None recorded | 25 Oct 2026 | 24 Nov 2026 | Due in 2 days | –",
        }));
    const report::Table* summary = r.table(QStringLiteral("supervision.summary"));
    QVERIFY(summary);
    QCOMPARE(summary->n, 4);
    QCOMPARE(texts(*summary),
        QStringList({ "Overdue | 2 | 50.0%", "Due soon | 1 | 25.0%", "Up to date | 1 | 25.0%", "Total | 4 | 100.0%" }));

    // A supervisor sees only the people they supervise.
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("INSERT INTO supervision_arrangement (worker_id, supervisor_id, supervisor_kind, "
                       "starts_on) VALUES (%1, %2, 'peer', '2026-01-01')")
            .arg(m_dan)
            .arg(m_ada)));
    Actor supervisor = as(Role::Supervisor);
    supervisor.workerId = m_ada;
    auto own = build(QStringLiteral("supervision-overdue"), supervisor, kToday);
    QVERIFY2(own, qPrintable(own ? QString() : own.error().message));
    QCOMPARE(texts(*own.value().table(QStringLiteral("supervision.overdue"))),
        QStringList({ "Dan Mentor | Volunteer peer mentor | Ada Mentor (peer) | 5 Oct 2026 | 4 Nov 2026 | Overdue "
                      "by 18 days | 18" }));
}

void TstListReports::caseloads()
{
    auto built = build(QStringLiteral("caseloads"), m_admin, kToday);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    const report::Report& r = built.value();
    QVERIFY(r.namesPeople);
    const report::Table* t = r.table(QStringLiteral("caseloads.mentors"));
    QVERIFY(t);
    QCOMPARE(t->n, 4);
    QCOMPARE(columnTitles(*t),
        QStringList(
            { "Mentor", "Status", "Active matches", "Proposed", "Limit", "Limit set by", "Free places", "Caseload" }));
    QCOMPARE(texts(*t),
        QStringList({
            "Ada Mentor | Active | 2 | 1 | 2 | Their record | 0 | Over the limit by 1",
            "Ben Mentor | Active | 1 | 0 | 3 | Settings (default) | 2 | 2 places free",
            "Cat Mentor | Active | 0 | 0 | 1 | Their record | 1 | 1 place free",
            "Dan Mentor | Active | 0 | 0 | 3 | Settings (default) | 3 | 3 places free",
            "Total |  | 3 | 1 | 9 |  | 6 | 1 mentor over the limit; 0 full",
        }));
    QVERIFY(t->rows.last().total);
    // No person supported is named.
    QVERIFY(!everything(r).contains(QStringLiteral("Client")));
}

void TstListReports::caseloadsAsAtAnEarlierDay()
{
    // 21 Nov: Cat's match (ended 22 Nov) was still active; on 9 Oct Ben's
    // first match was over (ended 1 Oct) and his second not yet proposed; Dan's proposal was open.
    auto built = build(QStringLiteral("caseloads"), m_admin, QDate(2026, 11, 21));
    QVERIFY(built);
    QCOMPARE(texts(*built.value().table(QStringLiteral("caseloads.mentors"))),
        QStringList({
            "Ada Mentor | Active | 2 | 1 | 2 | Their record | 0 | Over the limit by 1",
            "Ben Mentor | Active | 1 | 0 | 3 | Settings (default) | 2 | 2 places free",
            "Cat Mentor | Active | 1 | 0 | 1 | Their record | 0 | Full",
            "Dan Mentor | Active | 0 | 0 | 3 | Settings (default) | 3 | 3 places free",
            "Total |  | 4 | 1 | 9 |  | 5 | 1 mentor over the limit; 1 full",
        }));
    auto october = build(QStringLiteral("caseloads"), m_admin, QDate(2026, 10, 7));
    QVERIFY(october);
    QCOMPARE(texts(*october.value().table(QStringLiteral("caseloads.mentors"))),
        QStringList({
            "Ada Mentor | Active | 2 | 0 | 2 | Their record | 0 | Full",
            "Ben Mentor | Active | 0 | 0 | 3 | Settings (default) | 3 | 3 places free",
            "Cat Mentor | Active | 1 | 0 | 1 | Their record | 0 | Full",
            "Dan Mentor | Active | 0 | 1 | 3 | Settings (default) | 2 | 2 places free",
            "Total |  | 3 | 1 | 9 |  | 5 | 0 mentors over the limit; 2 full",
        }));
}

void TstListReports::matchOutcomes()
{
    auto built = build(QStringLiteral("match-outcomes"), m_admin, {}, QDate(2026, 10, 1), QDate(2026, 11, 22));
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    const report::Report& r = built.value();
    QVERIFY(!r.namesPeople);
    QVERIFY(!r.suppressed); // the administrator's preview
    const report::Table* endings = r.table(QStringLiteral("match-outcomes.endings"));
    QVERIFY(endings);
    QCOMPARE(endings->n, 2);
    QCOMPARE(endings->sums, report::Sums::Down);
    QCOMPARE(texts(*endings),
        QStringList({
            "Planned ending | 1 | 50.0%",
            "Stopped coming | 1 | 50.0%",
            "Moved away | 0 | 0.0%",
            "Referred on | 0 | 0.0%",
            "Re-matched with another mentor | 0 | 0.0%",
            "Mentor no longer available | 0 | 0.0%",
            "Other reason | 0 | 0.0%",
            "Total | 2 | 100.0%",
        }));
    // Median of 92 and 113 days: 102.5 days, 14.6 weeks.
    QCOMPARE(texts(*r.table(QStringLiteral("match-outcomes.length"))), QStringList({ "Median length | 14.6 weeks" }));
    QCOMPARE(texts(*r.table(QStringLiteral("match-outcomes.activity"))),
        QStringList({ "Matches that started in the period | 1",
            "Proposed matches that ended in the period before they started | 1" }));

    // One day earlier: Ben's planned ending (1 Oct) is out, the move away (30 Sep) is in.
    auto earlier = build(QStringLiteral("match-outcomes"), m_admin, {}, QDate(2026, 9, 30), QDate(2026, 9, 30));
    QVERIFY(earlier);
    const report::Table* e = earlier.value().table(QStringLiteral("match-outcomes.endings"));
    QCOMPARE(e->n, 1);
    QCOMPARE(texts(*e).at(2), QStringLiteral("Moved away | 1 | 100.0%"));
    QCOMPARE(texts(*earlier.value().table(QStringLiteral("match-outcomes.length"))),
        QStringList({ "Median length | 17.3 weeks" })); // 1 Jun to 30 Sep: 121 days
}

void TstListReports::matchOutcomesSuppressedForTrustees()
{
    auto built = build(
        QStringLiteral("match-outcomes"), as(Role::Trustee), {}, QDate(2026, 10, 1), QDate(2026, 11, 22), false);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    const report::Report& r = built.value();
    QVERIFY(r.suppressed); // a trustee cannot turn suppression off
    QVERIFY(r.anythingHidden);
    const report::Table* endings = r.table(QStringLiteral("match-outcomes.endings"));
    QCOMPARE(endings->rows.first().cells.at(1).text, QStringLiteral("<5"));
    QCOMPARE(endings->rows.last().cells.at(1).text, QStringLiteral("<5"));
    QCOMPARE(r.table(QStringLiteral("match-outcomes.length"))->rows.first().cells.at(1).hidden, report::Hidden::TooFew);
    const QString all = everything(r);
    for (const QString& name : kNames) {
        QVERIFY2(!all.contains(name), qPrintable(name));
    }
}

void TstListReports::workforceSnapshot()
{
    MentorSetup fay;
    fay.given = QStringLiteral("Fay");
    fay.role = QStringLiteral("Employed peer support worker");
    const qint64 f = mentor(fay);
    QVERIFY(f > 0);
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("UPDATE worker_role SET pay_basis = 'paid', hours_per_week = 30 WHERE worker_id = %1").arg(f)));
    role(f, QStringLiteral("Peer trainer"), QStringLiteral("sessional"), 7.5, QDate(2026, 1, 1));
    MentorSetup gus;
    gus.given = QStringLiteral("Gus");
    gus.status = QStringLiteral("paused");
    QVERIFY(mentor(gus) > 0);
    MentorSetup hal;
    hal.given = QStringLiteral("Hal");
    hal.status = QStringLiteral("in_training");
    QVERIFY(mentor(hal) > 0);
    // A paid role that starts after the day asked about is not counted.
    role(m_ada, QStringLiteral("Coordinator"), QStringLiteral("paid"), 15, QDate(2026, 11, 23));

    auto built = build(QStringLiteral("workforce-snapshot"), m_admin, kToday);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    const report::Report& r = built.value();
    QVERIFY(!r.namesPeople);
    const report::Table* head = r.table(QStringLiteral("workforce-snapshot.headcount"));
    QVERIFY(head);
    QCOMPARE(head->n, 6);
    QCOMPARE(head->sums, report::Sums::Both);
    QCOMPARE(
        columnTitles(*head), QStringList({ "Role", "Unpaid (volunteer)", "Sessional", "Paid (employed)", "Total" }));
    QCOMPARE(texts(*head),
        QStringList({
            "Coordinator | 0 | 0 | 0 | 0",
            "Employed peer support worker | 0 | 0 | 1 | 1",
            "Non-peer staff | 0 | 0 | 0 | 0",
            "Partner staff | 0 | 0 | 0 | 0",
            "Peer supervisor | 0 | 0 | 0 | 0",
            "Peer trainer | 0 | 1 | 0 | 1",
            "Sessional peer support worker | 0 | 0 | 0 | 0",
            "Volunteer peer mentor | 5 | 0 | 0 | 5",
            "All roles | 5 | 1 | 1 | 7",
        }));
    const report::Table* status = r.table(QStringLiteral("workforce-snapshot.status"));
    QVERIFY(status);
    QCOMPARE(status->n, 7);
    QCOMPARE(texts(*status),
        QStringList({ "Applicant | 0 | 0.0%", "In training | 1 | 14.3%", "Active | 5 | 71.4%", "Paused | 1 | 14.3%",
            "Total | 7 | 100.0%" }));
    const report::Table* fte = r.table(QStringLiteral("workforce-snapshot.fte"));
    QVERIFY(fte);
    QCOMPARE(fte->n, 1);
    QCOMPARE(texts(*fte),
        QStringList({ "Employed peer support worker | 1 | 1 | 30.0 | 0.80", "Peer trainer | 1 | 1 | 7.5 | 0.20",
            "All paid roles | 2 | 2 | 37.5 | 1.00" }));
    // What is not recorded is said, not made up.
    QVERIFY(r.section(QStringLiteral("vacancies")));
    QVERIFY(r.section(QStringLiteral("vacancies"))->blocks.first().text.contains(QStringLiteral("not recorded")));
    QVERIFY(r.section(QStringLiteral("sickness"))->blocks.first().text.contains(QStringLiteral("not recorded")));
}

void TstListReports::workforceSnapshotForTrustees()
{
    auto built = build(QStringLiteral("workforce-snapshot"), as(Role::Trustee), kToday);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    const report::Report& r = built.value();
    QVERIFY(r.suppressed);
    QVERIFY(!r.namesPeople);
    const report::Table* head = r.table(QStringLiteral("workforce-snapshot.headcount"));
    // Four volunteers in post: below 5, so hidden; zero is shown.
    QCOMPARE(texts(*head).last(), QStringLiteral("All roles | <5 | 0 | 0 | <5"));
    QCOMPARE(head->nHidden, report::Hidden::Small);
    const QString all = everything(r);
    for (const QString& name : kNames) {
        QVERIFY2(!all.contains(name), qPrintable(name));
    }
}

void TstListReports::trusteesAreRefusedNamedReports_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("entity");
    QTest::newRow("compliance") << "compliance"
                                << "report_compliance";
    QTest::newRow("supervision") << "supervision-overdue"
                                 << "report_supervision_overdue";
    QTest::newRow("caseloads") << "caseloads"
                               << "report_caseloads";
}

void TstListReports::trusteesAreRefusedNamedReports()
{
    QFETCH(QString, id);
    QFETCH(QString, entity);
    const QString count
        = QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND entity = '%1'").arg(entity);
    QCOMPARE(test::scalar(*m_db, count).toInt(), 0);
    auto built = build(id, as(Role::Trustee), kToday);
    QVERIFY(!built);
    QCOMPARE(built.error().code, Error::Code::PermissionDenied);
    QCOMPARE(test::scalar(*m_db, count).toInt(), 1);
}

void TstListReports::supervisorWithoutWorkerRecordIsRefused()
{
    auto built = build(QStringLiteral("supervision-overdue"), as(Role::Supervisor), kToday);
    QVERIFY(!built);
    QCOMPARE(built.error().code, Error::Code::PermissionDenied);
    QVERIFY(built.error().message.contains(QStringLiteral("not linked to a worker record")));
    // Read-only accounts may open worker records but not supervision.
    auto readOnly = build(QStringLiteral("supervision-overdue"), as(Role::ReadOnly), kToday);
    QVERIFY(!readOnly);
    QCOMPARE(readOnly.error().code, Error::Code::PermissionDenied);
}

void TstListReports::everyReportBuilds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("names");
    QTest::newRow("compliance") << "compliance"
                                << "Compliance matrix" << true;
    QTest::newRow("supervision") << "supervision-overdue"
                                 << "Supervision overdue" << true;
    QTest::newRow("caseloads") << "caseloads"
                               << "Caseloads per mentor" << true;
    QTest::newRow("outcomes") << "match-outcomes"
                              << "Match outcomes" << false;
    QTest::newRow("snapshot") << "workforce-snapshot"
                              << "Workforce snapshot" << false;
}

void TstListReports::everyReportBuilds()
{
    QFETCH(QString, id);
    QFETCH(QString, title);
    QFETCH(bool, names);
    // No as-at day: it defaults to the end of the period, then to today.
    auto built = build(id, as(Role::Coordinator), {}, QDate(2026, 7, 1), QDate(2026, 9, 30), true);
    QVERIFY2(built, qPrintable(built ? QString() : built.error().message));
    const report::Report& r = built.value();
    QCOMPARE(r.id, id);
    QCOMPARE(r.title, title);
    QCOMPARE(r.namesPeople, names);
    QCOMPARE(r.suppressed, !names);
    QCOMPARE(r.generatedBy, QStringLiteral("Coordinator"));
    QVERIFY(!r.sections.isEmpty());
    if (id == QLatin1String("match-outcomes")) {
        QCOMPARE(r.period.from, QDate(2026, 7, 1));
        QVERIFY(!r.asOf.isValid());
    } else {
        QCOMPARE(r.asOf, QDate(2026, 9, 30));
    }
    for (const report::Section& s : r.sections) {
        for (const report::Block& b : s.blocks) {
            if (b.kind == report::Block::Kind::Table) {
                QVERIFY2(!b.table.nLabel.isEmpty(), qPrintable(b.table.id));
                QVERIFY2(!b.table.title.isEmpty(), qPrintable(b.table.id));
                for (const report::Row& row : b.table.rows) {
                    QCOMPARE(row.cells.size(), b.table.columns.size());
                }
            }
        }
    }
}

void TstListReports::futureAsAtIsRefused_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("compliance") << "compliance";
    QTest::newRow("supervision") << "supervision-overdue";
    QTest::newRow("caseloads") << "caseloads";
    QTest::newRow("snapshot") << "workforce-snapshot";
}

void TstListReports::futureAsAtIsRefused()
{
    QFETCH(QString, id);
    auto today = build(id, m_admin, kToday);
    QVERIFY(today);
    auto built = build(id, m_admin, kToday.addDays(1));
    QVERIFY(!built);
    QCOMPARE(built.error().code, Error::Code::InvalidInput);
    QVERIFY2(built.error().message.contains(QStringLiteral("2026-11-23 is in the future")),
        qPrintable(built.error().message));
}

QTEST_GUILESS_MAIN(TstListReports)
#include "tst_listreports.moc"
