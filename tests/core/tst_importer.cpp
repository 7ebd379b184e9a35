// The importer (issue 10): every kind of problem a row can have, reported by row and column with the
// exact sentence shown; possible duplicates of people on file and of earlier rows; all or nothing
// (a row the database refuses at the end leaves every table as it was); a dry run that counts what
// a real run creates and changes nothing; cancel; the rows a real import creates; and permissions.

#include "core/clients/clientservice.h"
#include "core/dataio/importer.h"
#include "core/db/database.h"
#include "core/workforce/workforceservice.h"
#include "support/testsupport.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace alongside;
using namespace alongside::core;
using namespace alongside::core::dataio;

namespace {

const QDate kToday(2026, 11, 22);

Actor as(Actor::Role role)
{
    Actor a = Actor::localUser();
    a.role = role;
    a.userName = QStringLiteral("tester");
    return a;
}

/** A CSV-like table: the header line 1, data rows from line 2, cells split on '|'. */
SourceTable table(const QString& header, const QStringList& rows)
{
    SourceTable t;
    t.fileName = QStringLiteral("test.csv");
    t.headers = header.split(QLatin1Char('|'));
    int line = 2;
    for (const QString& r : rows) {
        SourceRow row;
        row.line = line++;
        row.cells = r.split(QLatin1Char('|'));
        t.rows << row;
    }
    return t;
}

} // namespace

Q_DECLARE_METATYPE(alongside::core::dataio::ImportKind)

class TstImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void kindsAndKeys();
    void autoMatchByHeader();
    void rowProblems_data();
    void rowProblems();
    void requiredColumnNotMatched();
    void duplicates();
    void useExistingMakesAVolunteerAPersonSupported();
    void realImportCreatesExactlyTheRows();
    void sessionsAttachToTheOpenEpisode();
    void referralsStartAService();
    void lastRowRefusedLeavesEveryTableUnchanged();
    void dryRunChangesNothingAndCountsTheSame();
    void cancelChangesNothing();
    void permissionRefusedForCoordinator();
    void referenceIsUniqueInTheServices();

private:
    ImportOptions options(ImportKind kind, const SourceTable& t) const;
    QByteArray digest() const;
    int auditCount() const;

    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Actor m_admin = as(Actor::Role::Administrator);
    qint64 m_joClient = 0;
    qint64 m_alexWorker = 0;
};

ImportOptions TstImporter::options(ImportKind kind, const SourceTable& t) const
{
    ImportOptions o;
    o.kind = kind;
    auto fields = Importer(*m_db).fields(kind);
    if (fields) {
        o.mapping = Importer::autoMatch(fields.value(), t.headers);
    }
    return o;
}

QByteArray TstImporter::digest() const
{
    return test::contentDigest(*m_db);
}

int TstImporter::auditCount() const
{
    return test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
}

void TstImporter::init()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("i.alongside")));
    QVERIFY(m_db);
    ClientService clients(*m_db);
    // Jo Bloggs, supported, reference C-1, in mentoring since 1 September 2026.
    ClientProfile jo;
    jo.givenName = QStringLiteral("Jo");
    jo.familyName = QStringLiteral("Bloggs");
    jo.dateOfBirth = QDate(1980, 5, 3);
    jo.reference = QStringLiteral("C-1");
    jo.email = QStringLiteral("jo@example.org");
    Referral referral;
    referral.referredOn = QDate(2026, 8, 20);
    auto joId = clients.createClient(m_admin, jo, referral);
    QVERIFY2(joId, qPrintable(joId.message()));
    m_joClient = joId.value();
    auto referrals = clients.referrals(m_admin, m_joClient);
    QVERIFY(referrals && !referrals.value().isEmpty());
    Episode e;
    e.referralId = referrals.value().first().id;
    e.componentId
        = test::scalar(*m_db, QStringLiteral("SELECT id FROM service_component WHERE name = '1:1 peer mentoring'"))
              .toLongLong();
    e.startsOn = QDate(2026, 9, 1);
    auto episode = clients.saveEpisode(m_admin, e);
    QVERIFY2(episode, qPrintable(episode.message()));
    // Two people supported called Sam Twin, neither with a date of birth.
    for (int i = 0; i < 2; ++i) {
        ClientProfile sam;
        sam.givenName = QStringLiteral("Sam");
        sam.familyName = QStringLiteral("Twin");
        auto id = clients.createClient(m_admin, sam, referral);
        QVERIFY2(id, qPrintable(id.message()));
    }
    // Alex Mentor, a volunteer, reference V-7.
    WorkerProfile alex;
    alex.givenName = QStringLiteral("Alex");
    alex.familyName = QStringLiteral("Mentor");
    alex.dateOfBirth = QDate(1975, 1, 2);
    alex.reference = QStringLiteral("V-7");
    StatusChange active;
    active.status = QStringLiteral("active");
    active.since = QDate(2025, 1, 1);
    auto alexId = WorkforceService(*m_db).createWorker(m_admin, alex, active);
    QVERIFY2(alexId, qPrintable(alexId.message()));
    m_alexWorker = alexId.value();
}

void TstImporter::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_clock.reset();
}

void TstImporter::kindsAndKeys()
{
    QCOMPARE(importKinds().size(), 7);
    for (const ImportKindInfo& i : importKinds()) {
        QCOMPARE(kindFromKey(i.key), std::optional<ImportKind>(i.kind));
        QVERIFY(!i.name.isEmpty());
    }
    QCOMPARE(kindFromKey(QStringLiteral("  Sessions ")), std::optional<ImportKind>(ImportKind::Sessions));
    QVERIFY(!kindFromKey(QStringLiteral("nonsense")));
}

void TstImporter::autoMatchByHeader()
{
    auto fields = Importer(*m_db).fields(ImportKind::Sessions);
    QVERIFY(fields);
    const QStringList headers = { QStringLiteral("Client ID"), QStringLiteral("FIRST NAME"), QStringLiteral("Surname"),
        QStringLiteral("Date"), QStringLiteral("Duration (mins)"), QStringLiteral("Attended?"),
        QStringLiteral("Mentor"), QStringLiteral("Notes"), QStringLiteral("Date") };
    const QHash<QString, int> m = Importer::autoMatch(fields.value(), headers);
    QCOMPARE(m.value(QStringLiteral("reference"), -1), 0);
    QCOMPARE(m.value(QStringLiteral("given_name"), -1), 1);
    QCOMPARE(m.value(QStringLiteral("family_name"), -1), 2);
    QCOMPARE(m.value(QStringLiteral("held_on"), -1), 3);
    QCOMPARE(m.value(QStringLiteral("duration"), -1), 4);
    QCOMPARE(m.value(QStringLiteral("attendance"), -1), 5);
    QCOMPARE(m.value(QStringLiteral("worker"), -1), 6);
    QCOMPARE(m.value(QStringLiteral("note"), -1), 7);
    QVERIFY(!m.contains(QStringLiteral("mode")));
    // Each column at most once: the second "Date" is matched to nothing.
    QVERIFY(!m.values().contains(8));
}

void TstImporter::rowProblems_data()
{
    QTest::addColumn<ImportKind>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");

    const QString volunteers = QStringLiteral("First name|Surname|Date of birth|Status|Status since");
    const QString sessions = QStringLiteral("First name|Surname|Session date|Duration|Attendance|How|Worker");
    const QString people = QStringLiteral("First name|Surname|Referred on|Referral source");

    QTest::newRow("bad date") << ImportKind::Volunteers << volunteers << "Ann|Lee|31/02/1990|Active|"
                              << "Date of birth"
                              << "\"31/02/1990\" is not a date: February 1990 has 28 days.";
    QTest::newRow("US date") << ImportKind::Volunteers << volunteers << "Ann|Lee|05/13/1990|Active|"
                             << "Date of birth"
                             << "\"05/13/1990\" is not a UK date: there is no month 13. Write the day first "
                                "(dd/mm/yyyy): 13/05/1990 if you meant 13 May 1990.";
    QTest::newRow("two-digit year") << ImportKind::Volunteers << volunteers << "Ann|Lee|3/5/90|Active|"
                                    << "Date of birth"
                                    << "\"3/5/90\" has a two-digit year: write the year in full, e.g. 03/05/1990.";
    QTest::newRow("two-digit year, either century")
        << ImportKind::Volunteers << volunteers << "Ann|Lee|3/5/10|Active|"
        << "Date of birth"
        << "\"3/5/10\" has a two-digit year: write the year in full, 03/05/2010 or 03/05/1910.";
    QTest::newRow("future date") << ImportKind::Volunteers << volunteers << "Ann|Lee||Active|01/12/2026"
                                 << "Status since"
                                 << "Status since \"01/12/2026\" is in the future (today is 22/11/2026): only what "
                                    "has already happened can be imported. Check the year.";
    QTest::newRow("unknown status") << ImportKind::Volunteers << volunteers << "Ann|Lee||Retired|"
                                    << "Status"
                                    << "\"Retired\" is not one of the values accepted for Status: write one of "
                                       "Enquiry, Applicant, In training, Active, Paused, Left.";
    QTest::newRow("left without a reason") << ImportKind::Volunteers << volunteers << "Ann|Lee||Left|01/06/2026"
                                           << "Status"
                                           << "Someone who has paused or left needs a reason: add a Reason column "
                                              "(for example \"own health\" or \"moved away\").";
    QTest::newRow("missing required") << ImportKind::Volunteers << volunteers << " |Lee||Active|"
                                      << "First name"
                                      << "Given name is empty: every row needs a value in this column.";
    QTest::newRow("too many values") << ImportKind::Volunteers << volunteers << "Ann|Lee|01/01/1990|Active||extra"
                                     << ""
                                     << "This row has 6 values but the header has 5 columns: a comma inside a value "
                                        "needs the value in double quotes.";
    QTest::newRow("too few values") << ImportKind::Volunteers << volunteers << "Ann|Lee|01/01/1990"
                                    << ""
                                    << "This row has 3 values but the header has 5 columns: a value may be missing, "
                                       "or a line break inside a value needs the value in double quotes.";
    QTest::newRow("unknown category") << ImportKind::Sessions << sessions << "Jo|Bloggs|01/10/2026|60|maybe||"
                                      << "Attendance"
                                      << "\"maybe\" is not one of the values accepted for Attendance: write one of "
                                         "Attended, Did not attend, Cancelled by the person, Cancelled by the "
                                         "service.";
    QTest::newRow("out of range") << ImportKind::Sessions << sessions << "Jo|Bloggs|01/10/2026|900|DNA|F2F|"
                                  << "Duration"
                                  << "Duration must be a whole number of minutes from 0 to 600; this row has 900.";
    QTest::newRow("session in the future") << ImportKind::Sessions << sessions << "Jo|Bloggs|2026-11-23|60|||"
                                           << "Session date"
                                           << "Session date \"2026-11-23\" is in the future (today is 22/11/2026): "
                                              "only what has already happened can be imported. Check the year.";
    QTest::newRow("missing session date") << ImportKind::Sessions << sessions << "Jo|Bloggs||60|||"
                                          << "Session date"
                                          << "Session date is empty: every row needs a value in this column.";
    QTest::newRow("unknown person") << ImportKind::Sessions << sessions << "Nobody|Here|01/10/2026|60|||"
                                    << "First name"
                                    << "No one among the people supported on file is called Nobody Here: check the "
                                       "spelling, or import the people supported first.";
    QTest::newRow("ambiguous person") << ImportKind::Sessions << sessions << "Sam|Twin|01/10/2026|60|||"
                                      << "First name"
                                      << "2 people supported are called Sam Twin: add a date of birth or reference "
                                         "column to tell them apart.";
    QTest::newRow("a volunteer is not a person supported")
        << ImportKind::Sessions << sessions << "Alex|Mentor|01/10/2026|60|||"
        << "First name"
        << "No one among the people supported on file is called Alex Mentor: check the spelling, or import the "
           "people supported first.";
    QTest::newRow("unknown worker") << ImportKind::Sessions << sessions << "Jo|Bloggs|01/10/2026|60|||Pat Nobody"
                                    << "Worker"
                                    << "No one among the volunteers or workers on file is called \"Pat Nobody\": "
                                       "write their given and family name as on file, or their reference, or import "
                                       "the volunteers and peer workers first.";
    QTest::newRow("no open episode") << ImportKind::Sessions << sessions << "Jo|Bloggs|15/08/2026|60|||"
                                     << "Session date"
                                     << "Jo Bloggs, born 3 May 1980 was not in any service on 15 August 2026: check "
                                        "the date, or import a referral that starts a service on or before that day "
                                        "first.";
    QTest::newRow("unknown reference") << ImportKind::Referrals << QStringLiteral("Reference|Referred on")
                                       << "C-99|01/10/2026"
                                       << "Reference"
                                       << "No one on file has the reference \"C-99\": check it, or import the people "
                                          "supported first.";
    QTest::newRow("unknown reference, name of someone with another")
        << ImportKind::Referrals << QStringLiteral("Reference|First name|Surname|Referred on")
        << "C-99|Jo|Bloggs|01/10/2026"
        << "Reference"
        << "No one on file has the reference \"C-99\": check it, or import the people supported first.";
    QTest::newRow("reference of a volunteer")
        << ImportKind::Sessions << QStringLiteral("Reference|Session date") << "V-7|01/10/2026"
        << "Reference"
        << "The reference \"V-7\" belongs to someone who is not a person supported: check the reference, or import "
           "them as a person supported first.";
    QTest::newRow("unknown referral source")
        << ImportKind::PeopleSupported << people << "Kim|Patel|01/10/2026|Dr Smith"
        << "Referral source"
        << "\"Dr Smith\" is not a referral source on file: write one of Website, Word of mouth, Leaflet or poster, "
           "Social media, Another service of the charity, Peer support group, GP, Primary care mental health team, "
           "Community mental health team, Voluntary sector organisation, Social prescriber, Housing provider, or add "
           "it to the referral sources catalogue first.";
    QTest::newRow("unknown role") << ImportKind::Volunteers << QStringLiteral("First name|Role") << "Ann|Astronaut"
                                  << "Role"
                                  << "\"Astronaut\" is not a role on file: write one of Coordinator, Employed "
                                     "peer support worker, Non-peer staff, Partner staff, Peer supervisor, Peer "
                                     "trainer, Sessional peer support worker, Volunteer peer mentor, or add the role "
                                     "to the roles catalogue first.";
}

void TstImporter::rowProblems()
{
    QFETCH(ImportKind, kind);
    QFETCH(QString, header);
    QFETCH(QString, row);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const SourceTable t = table(header, { row });
    Importer importer(*m_db);
    const QByteArray before = digest();
    auto check = importer.check(m_admin, t, options(kind, t));
    QVERIFY2(check, qPrintable(check.message()));
    QCOMPARE(check.value().rowsRead, 1);
    QCOMPARE(check.value().rowsReady, 0);
    QCOMPARE(check.value().problems.size(), 1);
    const ImportProblem& p = check.value().problems.first();
    QCOMPARE(p.line, 2);
    QCOMPARE(p.column, column);
    QCOMPARE(p.message, message);
    QVERIFY(!check.value().canImport());
    auto run = importer.run(m_admin, t, options(kind, t), false);
    QVERIFY(!run);
    QCOMPARE(run.error().code, Error::Code::InvalidInput);
    QCOMPARE(digest(), before);
}

void TstImporter::requiredColumnNotMatched()
{
    const SourceTable t = table(QStringLiteral("Surname|Session date"), { QStringLiteral("Bloggs|01/10/2026") });
    auto check = Importer(*m_db).check(m_admin, t, options(ImportKind::Sessions, t));
    QVERIFY(check);
    QCOMPARE(check.value().problems.size(), 1);
    QCOMPARE(check.value().problems.first().line, 0);
    QCOMPARE(check.value().problems.first().message,
        QStringLiteral("No column is matched to any of Reference or Given name: match at least one of them."));

    const SourceTable v = table(QStringLiteral("Surname"), { QStringLiteral("Lee") });
    auto vc = Importer(*m_db).check(m_admin, v, options(ImportKind::Volunteers, v));
    QVERIFY(vc);
    QCOMPARE(vc.value().problems.size(), 1);
    QCOMPARE(vc.value().problems.first().line, 0);
    QCOMPARE(vc.value().problems.first().message,
        QStringLiteral("No column is matched to Given name: every row needs it. Choose the column that holds it, or "
                       "add one to the file."));
}

void TstImporter::duplicates()
{
    const SourceTable t = table(QStringLiteral("Reference|First name|Surname|Date of birth|Email|Referred on"),
        { QStringLiteral("|Jo|Bloggs|03/05/1980||01/10/2026"), QStringLiteral("|New|Person|01/01/1990||01/10/2026"),
            QStringLiteral("|new|PERSON|1990-01-01||02/10/2026"), QStringLiteral("C-1|Joanne|B|||01/10/2026"),
            QStringLiteral("|Other|Name||JO@example.org|01/10/2026"),
            QStringLiteral("|Kim|Unique|02/02/1992||01/10/2026") });
    Importer importer(*m_db);
    ImportOptions o = options(ImportKind::PeopleSupported, t);
    auto check = importer.check(m_admin, t, o);
    QVERIFY2(check, qPrintable(check.message()));
    const ImportCheck& c = check.value();
    QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.isEmpty() ? QString() : c.problems.first().message));
    QCOMPARE(c.rowsReady, 6);
    QCOMPARE(c.duplicates.size(), 4);
    QCOMPARE(c.undecided, 4);
    QVERIFY(!c.canImport());
    const qint64 joPerson
        = test::scalar(*m_db, QStringLiteral("SELECT person_id FROM client WHERE id = %1").arg(m_joClient))
              .toLongLong();

    QCOMPARE(c.duplicates.at(0).line, 2);
    QCOMPARE(c.duplicates.at(0).personId, joPerson);
    QCOMPARE(c.duplicates.at(0).reason, QStringLiteral("same name and date of birth"));
    QCOMPARE(c.duplicates.at(0).incoming, QStringLiteral("Jo Bloggs, born 3 May 1980"));
    QCOMPARE(c.duplicates.at(0).existing, QStringLiteral("Jo Bloggs, born 3 May 1980 (person supported)"));

    QCOMPARE(c.duplicates.at(1).line, 4);
    QCOMPARE(c.duplicates.at(1).personId, 0);
    QCOMPARE(c.duplicates.at(1).earlierLine, 3);
    QCOMPARE(c.duplicates.at(1).reason, QStringLiteral("same name and date of birth"));
    QCOMPARE(c.duplicates.at(1).existing, QStringLiteral("New Person, born 1 January 1990 (row 3 of this file)"));

    QCOMPARE(c.duplicates.at(2).line, 5);
    QCOMPARE(c.duplicates.at(2).personId, joPerson);
    QCOMPARE(c.duplicates.at(2).reason, QStringLiteral("same reference"));
    // References are unique: only this one may not be added as a new person.
    QVERIFY(c.duplicates.at(2).sameReference);
    QVERIFY(!c.duplicates.at(0).sameReference);
    QVERIFY(!c.duplicates.at(1).sameReference);
    QVERIFY(!c.duplicates.at(3).sameReference);

    QCOMPARE(c.duplicates.at(3).line, 6);
    QCOMPARE(c.duplicates.at(3).reason, QStringLiteral("same email address"));

    // Undecided: nothing is written.
    const QByteArray before = digest();
    auto refused = importer.run(m_admin, t, o, false);
    QVERIFY(!refused);
    QCOMPARE(refused.error().message,
        QStringLiteral("4 rows may be someone already on file: choose what to do with each first. Nothing was "
                       "imported."));
    QCOMPARE(digest(), before);

    // "Use existing" for someone already supported, and "add new" for a reference on file, are refused by row.
    o.duplicateChoices.insert(2, DuplicateChoice::UseExisting);
    o.duplicateChoices.insert(4, DuplicateChoice::UseExisting);
    o.duplicateChoices.insert(5, DuplicateChoice::AddNew);
    o.duplicateDefault = DuplicateChoice::Skip;
    auto choices = importer.check(m_admin, t, o);
    QVERIFY(choices);
    QCOMPARE(choices.value().undecided, 0);
    QCOMPARE(choices.value().problems.size(), 3);
    QCOMPARE(choices.value().problems.at(0).line, 2);
    QCOMPARE(choices.value().problems.at(0).message,
        QStringLiteral("Jo Bloggs, born 3 May 1980 is already a person supported: choose \"Skip\" (add further "
                       "referrals with a referrals file), or \"Add new\" if this is a different person."));
    QCOMPARE(choices.value().problems.at(1).message,
        QStringLiteral("This row is the same person as row 3, which this file already adds: choose \"Skip\", or "
                       "\"Add new\" if they are different people."));
    QCOMPARE(choices.value().problems.at(2).message,
        QStringLiteral("The reference \"C-1\" is already Jo Bloggs, born 3 May 1980 (person supported)'s: choose "
                       "\"Use existing\" or \"Skip\", or correct the reference if this is a different person."));

    // Decided: skip the duplicates, add the rest.
    ImportOptions decided = options(ImportKind::PeopleSupported, t);
    decided.duplicateDefault = DuplicateChoice::Skip;
    decided.duplicateChoices.insert(4, DuplicateChoice::AddNew);
    auto run = importer.run(m_admin, t, decided, false);
    QVERIFY2(run, qPrintable(run.message()));
    QCOMPARE(run.value().rowsImported, 3);
    QCOMPARE(run.value().rowsSkipped, 3);
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE LOWER(given_name) = 'new'")).toInt(), 2);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE given_name = 'Jo'")).toInt(), 1);
}

void TstImporter::useExistingMakesAVolunteerAPersonSupported()
{
    const SourceTable t = table(QStringLiteral("Reference|First name|Surname|Phone|Referred on|Referral source"),
        { QStringLiteral("V-7|Alexander|Mentor|01234 567890|01/10/2026|GP") });
    ImportOptions o = options(ImportKind::PeopleSupported, t);
    o.duplicateChoices.insert(2, DuplicateChoice::UseExisting);
    auto run = Importer(*m_db).run(m_admin, t, o, false);
    QVERIFY2(run, qPrintable(run.message()));
    const qint64 alexPerson
        = test::scalar(*m_db, QStringLiteral("SELECT person_id FROM worker WHERE id = %1").arg(m_alexWorker))
              .toLongLong();
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM client WHERE person_id = %1").arg(alexPerson)).toInt(),
        1);
    // Their details on file are kept.
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT given_name FROM person WHERE id = %1").arg(alexPerson)).toString(),
        QStringLiteral("Alex"));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT s.name FROM referral r JOIN client c ON c.id = r.client_id JOIN "
                                "referral_source s ON s.id = r.source_id WHERE c.person_id = %1")
                     .arg(alexPerson))
                 .toString(),
        QStringLiteral("GP"));
    QCOMPARE(run.value().created,
        (QList<QPair<QString, int>> { { QStringLiteral("people supported"), 1 }, { QStringLiteral("referrals"), 1 } }));
}

void TstImporter::realImportCreatesExactlyTheRows()
{
    const SourceTable t
        = table(QStringLiteral("ID|First name|Surname|DOB|Gender|Ethnicity|Email|Status|Since|Role|Pay basis"),
            { QStringLiteral("V-10|Ann|Lee|01/02/1990|F|White British|ann@example.org|Active|01/03/2025|volunteer peer "
                             "mentor|"),
                QStringLiteral("V-11|Ben|Khan|1985-07-30|man|Pakistani||In training|3 Sept 2026||"),
                QStringLiteral("|Cat|Ng|||||Left|01/06/2026||") });
    ImportOptions o = options(ImportKind::Volunteers, t);
    // The status reason is not in the file: Cat has left, so the row needs one.
    auto check = Importer(*m_db).check(m_admin, t, o);
    QVERIFY(check);
    QCOMPARE(check.value().problems.size(), 1);
    QCOMPARE(check.value().problems.first().line, 4);

    SourceTable fixed = t;
    fixed.headers << QStringLiteral("Reason");
    for (SourceRow& r : fixed.rows) {
        r.cells << (r.line == 4 ? QStringLiteral("moved away") : QString());
    }
    o = options(ImportKind::Volunteers, fixed);
    const int people = test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person")).toInt();
    const int audit = auditCount();
    auto run = Importer(*m_db).run(m_admin, fixed, o, false);
    QVERIFY2(run, qPrintable(run.message()));
    QCOMPARE(run.value().rowsImported, 3);
    QCOMPARE(run.value().created,
        (QList<QPair<QString, int>> {
            { QStringLiteral("volunteers and peer workers"), 3 }, { QStringLiteral("roles"), 1 } }));
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person")).toInt(), people + 3);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT p.given_name || ',' || p.date_of_birth || ',' || p.gender || ',' || "
                                "p.ethnicity || ',' || p.email FROM person p WHERE p.reference = 'V-10'"))
                 .toString(),
        QStringLiteral("Ann,1990-02-01,female,13,ann@example.org"));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT s.status || ',' || s.since FROM worker_status s JOIN worker w ON w.id = "
                                "s.worker_id JOIN person p ON p.id = w.person_id WHERE p.reference = 'V-11'"))
                 .toString(),
        QStringLiteral("in_training,2026-09-03"));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT t.name || ',' || r.pay_basis || ',' || r.starts_on FROM worker_role r JOIN "
                                "role_type t ON t.id = r.role_type_id JOIN worker w ON w.id = r.worker_id JOIN person "
                                "p ON p.id = w.person_id WHERE p.reference = 'V-10'"))
                 .toString(),
        QStringLiteral("Volunteer peer mentor,unpaid,2025-03-01"));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT s.reason FROM worker_status s JOIN worker w ON w.id = s.worker_id JOIN person "
                                "p ON p.id = w.person_id WHERE p.given_name = 'Cat'"))
                 .toString(),
        QStringLiteral("moved away"));
    // One entry for the import itself (besides the services' own), with counts only.
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT note FROM audit_log WHERE entity = 'volunteers' AND seq > 0 ORDER BY seq "
                                "DESC LIMIT 1"))
                 .toString(),
        QStringLiteral("import: 3 rows"));
    QVERIFY(auditCount() > audit);
}

void TstImporter::sessionsAttachToTheOpenEpisode()
{
    const SourceTable t = table(QStringLiteral("Reference|Date|Minutes|Attendance|Mode|Mentor|Notes"),
        { QStringLiteral("C-1|01/10/2026|60|Attended|F2F|Alex Mentor|Walked in the park"),
            QStringLiteral("C-1|2026-10-08||DNA|phone|V-7|"), QStringLiteral("c-1|15 Oct 2026|45|||| ") });
    auto run = Importer(*m_db).run(m_admin, t, options(ImportKind::Sessions, t), false);
    QVERIFY2(run, qPrintable(run.message()));
    QCOMPARE(run.value().rowsImported, 3);
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT GROUP_CONCAT(held_on || ':' || IFNULL(duration_minutes, '-') || ':' || mode "
                                "|| ':' || attendance || ':' || IFNULL(worker_id, 0), ';') FROM (SELECT * FROM session "
                                "ORDER BY held_on)"))
                 .toString(),
        QStringLiteral("2026-10-01:60:face_to_face:attended:%1;2026-10-08:-:telephone:did_not_attend:%1;2026-10-15:45:"
                       "face_to_face:attended:0")
            .arg(m_alexWorker));
}

void TstImporter::referralsStartAService()
{
    const SourceTable t = table(QStringLiteral("Reference|Referred on|Source|Service|Service started"),
        { QStringLiteral("C-1|01/11/2026|Social prescriber|Peer connect|05/11/2026"),
            QStringLiteral("C-1|02/11/2026|||") });
    auto run = Importer(*m_db).run(m_admin, t, options(ImportKind::Referrals, t), false);
    QVERIFY2(run, qPrintable(run.message()));
    QCOMPARE(run.value().created,
        (QList<QPair<QString, int>> { { QStringLiteral("referrals"), 2 }, { QStringLiteral("services started"), 1 } }));
    QCOMPARE(test::scalar(*m_db,
                 QStringLiteral("SELECT r.source_category || ',' || e.starts_on FROM episode e JOIN referral r ON r.id "
                                "= e.referral_id JOIN service_component c ON c.id = e.component_id WHERE c.name = "
                                "'Peer connect'"))
                 .toString(),
        QStringLiteral("external,2026-11-05"));
    const SourceTable early = table(QStringLiteral("Reference|Referred on|Service|Service started"),
        { QStringLiteral("C-1|01/11/2026|Peer connect|30/10/2026") });
    auto check = Importer(*m_db).check(m_admin, early, options(ImportKind::Referrals, early));
    QVERIFY(check);
    QCOMPARE(check.value().problems.size(), 1);
    QCOMPARE(check.value().problems.first().column, QStringLiteral("Service started"));
    QCOMPARE(check.value().problems.first().message,
        QStringLiteral("The service starts (30 October 2026) before the referral (1 November 2026): a service starts "
                       "on or after its referral. Check the dates."));
}

void TstImporter::lastRowRefusedLeavesEveryTableUnchanged()
{
    // The database refuses the last row only when it is written: the check cannot see it coming.
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("CREATE TRIGGER refuse_zed BEFORE INSERT ON person WHEN NEW.given_name = 'Zed' BEGIN SELECT "
                       "RAISE(ABORT, 'refused for the test'); END")));
    const SourceTable t = table(QStringLiteral("First name|Surname|Role"),
        { QStringLiteral("Ann|Lee|Peer trainer"), QStringLiteral("Ben|Khan|"), QStringLiteral("Zed|Last|") });
    Importer importer(*m_db);
    const ImportOptions o = options(ImportKind::Volunteers, t);
    auto check = importer.check(m_admin, t, o);
    QVERIFY(check);
    QVERIFY(check.value().canImport());
    const QByteArray before = digest();
    const int audit = auditCount();
    auto run = importer.run(m_admin, t, o, false);
    QVERIFY(!run);
    QVERIFY2(run.message().startsWith(QStringLiteral("Row 4 could not be saved: ")), qPrintable(run.message()));
    QVERIFY2(run.message().endsWith(QStringLiteral("Nothing was imported.")), qPrintable(run.message()));
    QCOMPARE(digest(), before);
    QCOMPARE(auditCount(), audit);
    QCOMPARE(
        test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM person WHERE given_name IN ('Ann', 'Ben')")).toInt(),
        0);
}

void TstImporter::dryRunChangesNothingAndCountsTheSame()
{
    const SourceTable t = table(QStringLiteral("First name|Surname|Date of birth|Referred on|Referral source"),
        { QStringLiteral("Kim|Patel|01/01/2000|01/10/2026|GP"), QStringLiteral("Lou|Reed||02/10/2026|Website") });
    Importer importer(*m_db);
    const ImportOptions o = options(ImportKind::PeopleSupported, t);
    const QByteArray before = digest();
    const int audit = auditCount();
    int lastDone = -1;
    int lastTotal = -1;
    auto dry = importer.run(m_admin, t, o, true, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    QVERIFY2(dry, qPrintable(dry.message()));
    QVERIFY(dry.value().dryRun);
    QCOMPARE(lastDone, 2);
    QCOMPARE(lastTotal, 2);
    QCOMPARE(digest(), before);
    QCOMPARE(auditCount(), audit);
    auto real = importer.run(m_admin, t, o, false);
    QVERIFY2(real, qPrintable(real.message()));
    QVERIFY(!real.value().dryRun);
    QCOMPARE(real.value().rowsImported, dry.value().rowsImported);
    QCOMPARE(real.value().rowsSkipped, dry.value().rowsSkipped);
    QCOMPARE(real.value().created, dry.value().created);
    QCOMPARE(real.value().created,
        (QList<QPair<QString, int>> { { QStringLiteral("people supported"), 2 }, { QStringLiteral("referrals"), 2 } }));
    QVERIFY(digest() != before);
}

void TstImporter::cancelChangesNothing()
{
    const SourceTable t = table(QStringLiteral("First name|Surname"),
        { QStringLiteral("Ann|Lee"), QStringLiteral("Ben|Khan"), QStringLiteral("Cat|Ng") });
    Importer importer(*m_db);
    const QByteArray before = digest();
    const int audit = auditCount();
    auto run
        = importer.run(m_admin, t, options(ImportKind::Volunteers, t), false, [](int done, int) { return done < 2; });
    QVERIFY(!run);
    QCOMPARE(run.error().code, Error::Code::Cancelled);
    QCOMPARE(digest(), before);
    QCOMPARE(auditCount(), audit);
    auto check = importer.check(m_admin, t, options(ImportKind::Volunteers, t), [](int, int) { return false; });
    QVERIFY(!check);
    QCOMPARE(check.error().code, Error::Code::Cancelled);
}

void TstImporter::permissionRefusedForCoordinator()
{
    const SourceTable t = table(QStringLiteral("First name"), { QStringLiteral("Ann") });
    const Actor coordinator = as(Actor::Role::Coordinator);
    Importer importer(*m_db);
    const QByteArray before = digest();
    auto check = importer.check(coordinator, t, options(ImportKind::Volunteers, t));
    QVERIFY(!check);
    QCOMPARE(check.error().code, Error::Code::PermissionDenied);
    auto run = importer.run(coordinator, t, options(ImportKind::Volunteers, t), false);
    QVERIFY(!run);
    QCOMPARE(run.error().code, Error::Code::PermissionDenied);
    QCOMPARE(digest(), before);
    QCOMPARE(test::scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused'")).toInt(), 2);
}

void TstImporter::referenceIsUniqueInTheServices()
{
    ClientService clients(*m_db);
    auto list = clients.list(m_admin);
    QVERIFY(list);
    qint64 samClient = 0;
    for (const ClientSummary& s : list.value()) {
        if (s.name.startsWith(QStringLiteral("Sam"))) {
            samClient = s.clientId;
        }
    }
    QVERIFY(samClient);
    auto sam = clients.profile(m_admin, samClient);
    QVERIFY(sam);
    ClientProfile p = sam.value();
    p.reference = QStringLiteral("V-7");
    Status s = clients.updateProfile(m_admin, p);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Code::InvalidInput);
    QCOMPARE(s.message(),
        QStringLiteral("The reference \"V-7\" is already Alex Mentor's: each person's reference must be different. "
                       "Check the reference from your old records."));
    p.reference = QStringLiteral("C-2");
    QVERIFY(clients.updateProfile(m_admin, p));
    auto again = clients.profile(m_admin, samClient);
    QVERIFY(again);
    QCOMPARE(again.value().reference, QStringLiteral("C-2"));

    WorkforceService workforce(*m_db);
    auto alex = workforce.profile(m_admin, m_alexWorker);
    QVERIFY(alex);
    QCOMPARE(alex.value().reference, QStringLiteral("V-7"));
    WorkerProfile w = alex.value();
    w.reference = QStringLiteral("C-1");
    Status ws = workforce.updateProfile(m_admin, w);
    QVERIFY(!ws);
    QCOMPARE(ws.message(),
        QStringLiteral("The reference \"C-1\" is already Jo Bloggs's: each person's reference must be different. "
                       "Check the reference from your old records."));
}

QTEST_GUILESS_MAIN(TstImporter)
#include "tst_importer.moc"
