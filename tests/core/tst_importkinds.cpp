// The import kinds for measure responses, training completions and supervision entries: each
// problem a row can have, with its exact message and column; real imports creating the right rows
// (item by item, totals only, a risk answer kept unacknowledged, supervision with a worker or an
// outside supervisor); duplicates of what is on file and within the file; and all or nothing (a
// row that fails while writing leaves the database as it was, and a dry run changes nothing).

#include "core/dataio/importer.h"
#include "core/db/database.h"
#include "core/measures/measureservice.h"
#include "support/peoplesetup.h"
#include "support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using namespace alongside::core;
using namespace alongside::core::dataio;

namespace {

const QDate kToday(2026, 11, 22);

Actor admin()
{
    Actor a = Actor::localUser();
    a.role = Actor::Role::Administrator;
    a.userName = QStringLiteral("tester");
    a.displayName = QStringLiteral("Test User");
    return a;
}

/** A file in memory: the header on line 1, then one line per row. */
SourceTable table(const QStringList& headers, const QList<QStringList>& rows)
{
    SourceTable t;
    t.fileName = QStringLiteral("test.csv");
    t.headers = headers;
    int line = 1;
    for (const QStringList& cells : rows) {
        SourceRow r;
        r.line = ++line;
        r.cells = cells;
        t.rows << r;
    }
    return t;
}

QStringList phq9Headers()
{
    return { QStringLiteral("First name"), QStringLiteral("Surname"), QStringLiteral("Date"), QStringLiteral("1"),
        QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
        QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"), QStringLiteral("Total") };
}

/** A PHQ-9 row for someone: 9 answers (empty strings for none) and a total. */
QStringList phq9Row(const QString& given, const QString& date, const QStringList& answers, const QString& total = {})
{
    QStringList row = { given, QStringLiteral("Client"), date };
    row << answers;
    while (row.size() < 12) {
        row << QString();
    }
    row << total;
    return row;
}

QStringList nines(const QString& value, const QString& ninth = QStringLiteral("0"))
{
    QStringList out;
    for (int i = 0; i < 8; ++i) {
        out << value;
    }
    out << ninth;
    return out;
}

} // namespace

class TstImportKinds : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void registeredKindsHaveFields();
    void measureProblems_data();
    void measureProblems();
    void importMeasures();
    void measureDuplicates();
    void trainingProblems_data();
    void trainingProblems();
    void importTraining();
    void supervisionProblems_data();
    void supervisionProblems();
    void importSupervision();
    void failedWriteLeavesNothing_data();
    void failedWriteLeavesNothing();
    void samplesImportInOrder();

private:
    ImportOptions options(ImportKind kind, const SourceTable& t, const QString& measure = {}) const;
    Result<ImportCheck> check(ImportKind kind, const SourceTable& t, const QString& measure = {});
    Result<ImportResult> run(ImportKind kind, const SourceTable& t, const QString& measure = {}, bool dry = false);

    QVariant one(const QString& sql) const { return test::scalar(*m_db, sql); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<Database> m_db;
    Actor m_admin = admin();
};

void TstImportKinds::init()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("k.alongside")));
    QVERIFY(m_db);
    test::MentorSetup sam;
    sam.given = QStringLiteral("Sam");
    sam.family = QStringLiteral("Okafor");
    sam.supervisedUntil = QDate();
    QVERIFY(test::addMentor(*m_db, m_admin, sam) > 0);
    test::MentorSetup priya = sam;
    priya.given = QStringLiteral("Priya");
    priya.family = QStringLiteral("Shah");
    QVERIFY(test::addMentor(*m_db, m_admin, priya) > 0);
    test::MentorSetup jo = sam;
    jo.given = QStringLiteral("Jo");
    jo.family = QStringLiteral("Lead");
    jo.role = QStringLiteral("Non-peer staff");
    QVERIFY(test::addMentor(*m_db, m_admin, jo) > 0);
    QVERIFY(test::addClientEpisode(*m_db, m_admin, QStringLiteral("Ada")) > 0);
    QVERIFY(test::addClientEpisode(*m_db, m_admin, QStringLiteral("Ben")) > 0);
}

void TstImportKinds::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_clock.reset();
}

ImportOptions TstImportKinds::options(ImportKind kind, const SourceTable& t, const QString& measure) const
{
    ImportOptions o;
    o.kind = kind;
    o.measureId = measure;
    auto fields = Importer(*m_db).fields(kind, measure);
    if (fields) {
        o.mapping = Importer::autoMatch(fields.value(), t.headers);
    }
    return o;
}

Result<ImportCheck> TstImportKinds::check(ImportKind kind, const SourceTable& t, const QString& measure)
{
    return Importer(*m_db).check(m_admin, t, options(kind, t, measure));
}

Result<ImportResult> TstImportKinds::run(ImportKind kind, const SourceTable& t, const QString& measure, bool dry)
{
    return Importer(*m_db).run(m_admin, t, options(kind, t, measure), dry);
}

void TstImportKinds::registeredKindsHaveFields()
{
    Importer importer(*m_db);
    auto phq9 = importer.fields(ImportKind::MeasureResponses, QStringLiteral("phq9"));
    QVERIFY2(phq9, qPrintable(phq9.message()));
    QStringList keys;
    for (const FieldSpec& f : phq9.value()) {
        keys << f.key;
    }
    QVERIFY(keys.contains(QStringLiteral("item_1")));
    QVERIFY(keys.contains(QStringLiteral("item_9")));
    QVERIFY(!keys.contains(QStringLiteral("item_10")));
    QVERIFY(keys.contains(QStringLiteral("total")));
    // The item number alone, "Q3" and the title all find an item.
    const auto matched = Importer::autoMatch(phq9.value(),
        { QStringLiteral("ID"), QStringLiteral("Q1"), QStringLiteral("2"), QStringLiteral("Item 3"),
            QStringLiteral("PHQ-9 score"), QStringLiteral("Date completed") });
    QCOMPARE(matched.value(QStringLiteral("reference"), -1), 0);
    QCOMPARE(matched.value(QStringLiteral("item_1"), -1), 1);
    QCOMPARE(matched.value(QStringLiteral("item_2"), -1), 2);
    QCOMPARE(matched.value(QStringLiteral("item_3"), -1), 3);
    QCOMPARE(matched.value(QStringLiteral("total"), -1), 4);
    QCOMPARE(matched.value(QStringLiteral("administered_on"), -1), 5);
    // ONS4 has no total; a measure must be chosen, and known.
    auto ons4 = importer.fields(ImportKind::MeasureResponses, QStringLiteral("ons4"));
    QVERIFY(ons4);
    QVERIFY(std::none_of(ons4.value().cbegin(), ons4.value().cend(),
        [](const FieldSpec& f) { return f.key == QLatin1String("total"); }));
    auto none = importer.fields(ImportKind::MeasureResponses);
    QVERIFY(!none);
    QCOMPARE(none.message(), QStringLiteral("Choose the questionnaire the file holds (for example phq9 or wemwbs)."));
    auto unknown = importer.fields(ImportKind::MeasureResponses, QStringLiteral("nope"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.message(),
        QStringLiteral("The measure \"nope\" is not known to this copy of Alongside. Choose another measure."));
    QVERIFY(importer.fields(ImportKind::TrainingCompletions));
    QVERIFY(importer.fields(ImportKind::SupervisionEntries));
}

void TstImportKinds::measureProblems_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");

    const QStringList h = phq9Headers();
    QTest::newRow("item above its range")
        << QStringLiteral("phq9") << h
        << phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/2026"),
               { QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("5"),
                   QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                   QStringLiteral("0") })
        << QStringLiteral("4") << QStringLiteral("Item 4 of PHQ-9 is answered from 0 to 3; this row has 5.");
    QTest::newRow("item not a whole number")
        << QStringLiteral("phq9") << h
        << phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/2026"),
               { QStringLiteral("1.5"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                   QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                   QStringLiteral("0") })
        << QStringLiteral("1") << QStringLiteral("Item 1 of PHQ-9 is answered from 0 to 3; this row has 1.5.");
    QTest::newRow("item words not on the form")
        << QStringLiteral("phq9") << h
        << phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/2026"),
               { QStringLiteral("often"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                   QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                   QStringLiteral("0") })
        << QStringLiteral("1")
        << QStringLiteral("Item 1 of PHQ-9 is answered with a number from 0 to 3 or with the words on the form (Not "
                          "at all, Several days, More than half the days, Nearly every day); this row has \"often\".");
    QTest::newRow("an item missing") << QStringLiteral("phq9") << h
                                     << phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/2026"),
                                            { QStringLiteral("1"), QStringLiteral("1"), QString(), QStringLiteral("1"),
                                                QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("1"),
                                                QStringLiteral("1"), QStringLiteral("0") })
                                     << QString()
                                     << QStringLiteral("PHQ-9 cannot be scored: 1 item not answered, and its scoring "
                                                       "rules need every item.");
    QTest::newRow("total does not match the answers")
        << QStringLiteral("phq9") << h
        << phq9Row(
               QStringLiteral("Ada"), QStringLiteral("01/10/2026"), nines(QStringLiteral("1")), QStringLiteral("10"))
        << QStringLiteral("Total")
        << QStringLiteral("The total is 10, but the answers give 8: check the answers and the total.");
    QTest::newRow("total above its range")
        << QStringLiteral("phq9") << h
        << phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/2026"), {}, QStringLiteral("30"))
        << QStringLiteral("Total") << QStringLiteral("Total must be a number from 0 to 27; this row has 30.");
    QTest::newRow("no answers and no total")
        << QStringLiteral("phq9") << h << phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/2026"), {})
        << QStringLiteral("Total")
        << QStringLiteral("The row has no answers and no total: give the answer to each item, or the total.");
    QTest::newRow("someone not on file")
        << QStringLiteral("phq9") << h
        << phq9Row(QStringLiteral("Zed"), QStringLiteral("01/10/2026"), {}, QStringLiteral("5"))
        << QStringLiteral("First name")
        << QStringLiteral("No one among the people supported on file is called Zed Client: check the spelling, or "
                          "import the people supported first.");
    QTest::newRow("a worker is not a person supported")
        << QStringLiteral("phq9")
        << QStringList { QStringLiteral("First name"), QStringLiteral("Surname"), QStringLiteral("Date"),
               QStringLiteral("Total") }
        << QStringList { QStringLiteral("Sam"), QStringLiteral("Okafor"), QStringLiteral("01/10/2026"),
               QStringLiteral("5") }
        << QStringLiteral("First name")
        << QStringLiteral("No one among the people supported on file is called Sam Okafor: check the spelling, or "
                          "import the people supported first.");
    QTest::newRow("in the future")
        << QStringLiteral("phq9") << h
        << phq9Row(QStringLiteral("Ada"), QStringLiteral("01/12/2026"), {}, QStringLiteral("5"))
        << QStringLiteral("Date")
        << QStringLiteral("Date \"01/12/2026\" is in the future (today is 22/11/2026): only what has already happened "
                          "can be imported. Check the year.");
    QTest::newRow("two-digit year") << QStringLiteral(
        "phq9") << h << phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/26"), {}, QStringLiteral("5"))
                                    << QStringLiteral("Date")
                                    << QStringLiteral("\"01/10/26\" has a two-digit year: write the year in full, e.g. "
                                                      "01/10/2026.");
    QTest::newRow("unknown service")
        << QStringLiteral("phq9")
        << QStringList { QStringLiteral("First name"), QStringLiteral("Surname"), QStringLiteral("Date"),
               QStringLiteral("Total"), QStringLiteral("Service") }
        << QStringList { QStringLiteral("Ada"), QStringLiteral("Client"), QStringLiteral("01/10/2026"),
               QStringLiteral("5"), QStringLiteral("Allotment club") }
        << QStringLiteral("Service")
        << QStringLiteral("Ada Client has never been in the service \"Allotment club\": check the service's name.");
    const QStringList swemwbs = { QStringLiteral("First name"), QStringLiteral("Surname"), QStringLiteral("Date"),
        QStringLiteral("SWEMWBS metric score") };
    QTest::newRow("SWEMWBS raw total given as the metric")
        << QStringLiteral("swemwbs") << swemwbs
        << QStringList { QStringLiteral("Ada"), QStringLiteral("Client"), QStringLiteral("01/10/2026"),
               QStringLiteral("23") }
        << QStringLiteral("SWEMWBS metric score")
        << QStringLiteral("23 is not a SWEMWBS metric score: metric scores are the values of its conversion table, "
                          "such as 19.25 or 19.98. Enter the metric score as the table gives it. If 23 is the total "
                          "of the answers, its metric score is 20.73: enter that.");
}

void TstImportKinds::measureProblems()
{
    QFETCH(QString, measure);
    QFETCH(QStringList, headers);
    QFETCH(QStringList, row);
    QFETCH(QString, column);
    QFETCH(QString, message);

    const QByteArray before = test::contentDigest(*m_db);
    const SourceTable t = table(headers, { row });
    auto c = check(ImportKind::MeasureResponses, t, measure);
    QVERIFY2(c, qPrintable(c.message()));
    QCOMPARE(c.value().rowsRead, 1);
    QCOMPARE(c.value().rowsReady, 0);
    QCOMPARE(c.value().problems.size(), 1);
    QCOMPARE(c.value().problems.first().line, 2);
    QCOMPARE(c.value().problems.first().column, column);
    QCOMPARE(c.value().problems.first().message, message);
    QVERIFY(!c.value().canImport());
    auto r = run(ImportKind::MeasureResponses, t, measure);
    QVERIFY(!r);
    QCOMPARE(test::contentDigest(*m_db), before);
}

void TstImportKinds::importMeasures()
{
    // Ada: item by item (12), then the total only (5) in the same episode; Ben: item 9 answered 1;
    // Ada again on a day before her episode began: recorded outside any episode.
    const SourceTable t = table(phq9Headers(),
        { phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/2026"),
              { QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("1"),
                  QStringLiteral("Several days"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("0") },
              QStringLiteral("12")),
            phq9Row(QStringLiteral("Ada"), QStringLiteral("2026-11-15"), {}, QStringLiteral("5")),
            phq9Row(
                QStringLiteral("Ben"), QStringLiteral("3 Oct 2026"), nines(QStringLiteral("0"), QStringLiteral("1"))),
            phq9Row(QStringLiteral("Ada"), QStringLiteral("15/08/2026"), nines(QStringLiteral("3"))) });
    auto dry = run(ImportKind::MeasureResponses, t, QStringLiteral("phq9"), true);
    QVERIFY2(dry, qPrintable(dry.message()));
    QVERIFY(dry.value().dryRun);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM measure_response")).toInt(), 0);

    auto r = run(ImportKind::MeasureResponses, t, QStringLiteral("phq9"));
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r.value().rowsImported, 4);
    QCOMPARE(r.value().created, dry.value().created);
    QCOMPARE(r.value().created.size(), 2);
    QCOMPARE(r.value().created.at(0), qMakePair(QStringLiteral("questionnaires"), 4));
    QCOMPARE(r.value().created.at(1),
        qMakePair(QStringLiteral("risk answers not yet seen (each shows in the person's record)"), 1));
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM measure_response")).toInt(), 4);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM measure_answer")).toInt(), 27);

    const qint64 ada = one(QStringLiteral("SELECT c.id FROM client c JOIN person p ON p.id = c.person_id WHERE "
                                          "p.given_name = 'Ada'"))
                           .toLongLong();
    auto list = MeasureService(*m_db).responses(m_admin, ada);
    QVERIFY2(list, qPrintable(list.message()));
    QCOMPARE(list.value().size(), 3);
    const MeasureResponse& outside = list.value().at(0);
    QCOMPARE(outside.administeredOn, QDate(2026, 8, 15));
    QCOMPARE(outside.episodeId, 0);
    QCOMPARE(*outside.result.score, 24.0);
    const MeasureResponse& first = list.value().at(1);
    QVERIFY(!first.totalOnly);
    QVERIFY(first.episodeId != 0);
    QCOMPARE(*first.result.score, 12.0);
    QCOMPARE(first.answers.at(5), std::optional<int>(1)); // "Several days"
    const MeasureResponse& last = list.value().at(2);
    QVERIFY(last.totalOnly);
    QCOMPARE(last.episodeId, first.episodeId);
    QCOMPARE(last.result.bandKey, QStringLiteral("mild"));
    QVERIFY(last.changeSinceFirst);
    QCOMPARE(last.changeSinceFirst->difference, -7.0);
    QVERIFY(last.changeSinceFirst->reliableImprovement);

    // Ben's risk answer is on file, flagged and not yet seen by anyone.
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE risk_flagged = 1 AND "
                                "risk_acknowledged_by IS NULL AND risk_acknowledged_at IS NULL"))
                 .toInt(),
        1);
    // Audited once for the import, by kind and count only.
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'measures' AND note = 'import: 4 "
                                "rows'"))
                 .toInt(),
        1);
}

void TstImportKinds::measureDuplicates()
{
    const SourceTable first = table(phq9Headers(),
        { phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/2026"), {}, QStringLiteral("9")),
            phq9Row(QStringLiteral("Ben"), QStringLiteral("01/10/2026"), {}, QStringLiteral("9")),
            phq9Row(QStringLiteral("Ben"), QStringLiteral("2026-10-01"), {}, QStringLiteral("11")) });
    auto c = check(ImportKind::MeasureResponses, first, QStringLiteral("phq9"));
    QVERIFY(c);
    QCOMPARE(c.value().problems.size(), 1);
    QCOMPARE(c.value().problems.first().line, 4);
    QCOMPARE(c.value().problems.first().column, QStringLiteral("Date"));
    QCOMPARE(c.value().problems.first().message,
        QStringLiteral("Row 3 is also a PHQ-9 given on 1 October 2026 for Ben Client: keep one of the two rows."));

    const SourceTable once = table(
        phq9Headers(), { phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/2026"), {}, QStringLiteral("9")) });
    QVERIFY(run(ImportKind::MeasureResponses, once, QStringLiteral("phq9")));
    auto again = check(ImportKind::MeasureResponses, once, QStringLiteral("phq9"));
    QVERIFY(again);
    QCOMPARE(again.value().problems.size(), 1);
    QCOMPARE(again.value().problems.first().message,
        QStringLiteral("A PHQ-9 given on 1 October 2026 is already on file for Ada Client: this row may have been "
                       "imported before. Take the row out, or remove the one on file first."));
}

void TstImportKinds::trainingProblems_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("a course spelt wrong")
        << QStringList { QStringLiteral("Sam Okafor"), QStringLiteral("Safeguarding refreshr"),
               QStringLiteral("01/10/2026"), QString(), QString() }
        << QStringLiteral("Course")
        << QStringLiteral("There is no course called \"Safeguarding refreshr\" in the training catalogue. Did you "
                          "mean \"Safeguarding refresher\"? Check the spelling, or add the course in Workforce ▸ "
                          "Training Catalogue first.");
    QTest::newRow("a course not in the catalogue")
        << QStringList { QStringLiteral("Sam Okafor"), QStringLiteral("Mental health first aid"),
               QStringLiteral("01/10/2026"), QString(), QString() }
        << QStringLiteral("Course")
        << QStringLiteral("There is no course called \"Mental health first aid\" in the training catalogue. Check the "
                          "spelling, or add the course in Workforce ▸ Training Catalogue first.");
    QTest::newRow("several close names")
        << QStringList { QStringLiteral("Sam Okafor"), QStringLiteral("Peer support training"),
               QStringLiteral("01/10/2026"), QString(), QString() }
        << QStringLiteral("Course")
        << QStringLiteral("There is no course called \"Peer support training\" in the training catalogue. Close "
                          "names: \"Accredited peer support training\", \"Peer support training (internal)\". Check "
                          "the spelling, or add the course in Workforce ▸ Training Catalogue first.");
    QTest::newRow("a worker not on file")
        << QStringList { QStringLiteral("Ada Client"), QStringLiteral("Train the trainer"),
               QStringLiteral("01/10/2026"), QString(), QString() }
        << QStringLiteral("Name")
        << QStringLiteral("No one among the volunteers or workers on file is called \"Ada Client\": write their given "
                          "and family name as on file, or their reference, or import the volunteers and peer workers "
                          "first.");
    QTest::newRow("no completion date") << QStringList { QStringLiteral("Sam Okafor"),
        QStringLiteral("Train the trainer"), QString(), QString(), QString() }
                                        << QStringLiteral("Completed")
                                        << QStringLiteral(
                                               "Completed on is empty: every row needs a value in this column.");
    QTest::newRow("expires before completion")
        << QStringList { QStringLiteral("Sam Okafor"), QStringLiteral("train the TRAINER"),
               QStringLiteral("01/10/2026"), QStringLiteral("01/09/2026"), QString() }
        << QStringLiteral("Expiry date")
        << QStringLiteral("Expires on (1 September 2026) is on or before the completion date (1 October 2026): check "
                          "both dates.");
    QTest::newRow("credits out of range")
        << QStringList { QStringLiteral("Sam Okafor"), QStringLiteral("Train the trainer"),
               QStringLiteral("01/10/2026"), QString(), QStringLiteral("400") }
        << QStringLiteral("CPD credits")
        << QStringLiteral("Credits must be a whole number from 0 to 360; this row has 400.");
}

void TstImportKinds::trainingProblems()
{
    QFETCH(QStringList, row);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const SourceTable t = table({ QStringLiteral("Name"), QStringLiteral("Course"), QStringLiteral("Completed"),
                                    QStringLiteral("Expiry date"), QStringLiteral("CPD credits") },
        { row });
    const QByteArray before = test::contentDigest(*m_db);
    auto c = check(ImportKind::TrainingCompletions, t);
    QVERIFY2(c, qPrintable(c.message()));
    QCOMPARE(c.value().problems.size(), 1);
    QCOMPARE(c.value().problems.first().column, column);
    QCOMPARE(c.value().problems.first().message, message);
    QVERIFY(!run(ImportKind::TrainingCompletions, t));
    QCOMPARE(test::contentDigest(*m_db), before);
}

void TstImportKinds::importTraining()
{
    const int before = one(QStringLiteral("SELECT COUNT(*) FROM training_completion")).toInt();
    // Worker by given and family name in two columns; the course in any capitals.
    const SourceTable t = table({ QStringLiteral("First name"), QStringLiteral("Surname"), QStringLiteral("Course"),
                                    QStringLiteral("Date completed"), QStringLiteral("Expiry date"),
                                    QStringLiteral("Provider"), QStringLiteral("Credits"), QStringLiteral("Notes") },
        { { QStringLiteral("Sam"), QStringLiteral("Okafor"), QStringLiteral("TRAIN THE TRAINER"),
              QStringLiteral("12/03/2026"), QString(), QStringLiteral("Mind Academy"), QStringLiteral("20"),
              QStringLiteral("Passed with merit") },
            { QStringLiteral("Priya"), QStringLiteral("Shah"), QStringLiteral("Safeguarding refresher"),
                QStringLiteral("2026-10-01"), QStringLiteral("01/10/2028"), QString(), QString(), QString() } });
    auto r = run(ImportKind::TrainingCompletions, t);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r.value().rowsImported, 2);
    QCOMPARE(r.value().created, (QList<QPair<QString, int>> { qMakePair(QStringLiteral("training completions"), 2) }));
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM training_completion")).toInt(), before + 2);
    QCOMPARE(one(QStringLiteral("SELECT t.provider || '/' || t.credits || '/' || t.note || '/' || t.completed_on FROM "
                                "training_completion t JOIN training_course c ON c.id = t.course_id WHERE c.title = "
                                "'Train the trainer'"))
                 .toString(),
        QStringLiteral("Mind Academy/20/Passed with merit/2026-03-12"));
    QCOMPARE(one(QStringLiteral("SELECT t.expires_on FROM training_completion t JOIN worker w ON w.id = t.worker_id "
                                "JOIN person p ON p.id = w.person_id WHERE p.given_name = 'Priya' AND t.completed_on "
                                "= '2026-10-01'"))
                 .toString(),
        QStringLiteral("2028-10-01"));

    // The same file again: each row is already on file.
    auto again = check(ImportKind::TrainingCompletions, t);
    QVERIFY(again);
    QCOMPARE(again.value().problems.size(), 2);
    QCOMPARE(again.value().problems.first().message,
        QStringLiteral("Sam Okafor completed \"Train the trainer\" on 12 March 2026 is already on file: this row may "
                       "have been imported before. Take the row out."));
}

void TstImportKinds::supervisionProblems_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");

    // Date, Type, Duration, Supervisor, External supervisor, Supervisees, Summary
    QTest::newRow("a supervisee not on file")
        << QStringList { QStringLiteral("01/10/2026"), QStringLiteral("group"), QStringLiteral("90"),
               QStringLiteral("Jo Lead"), QString(), QStringLiteral("Sam Okafor; Kim Nobody"), QString() }
        << QStringLiteral("Supervisees")
        << QStringLiteral("No one among the volunteers or workers on file is called \"Kim Nobody\": write their given "
                          "and family name as on file, or their reference, or import the volunteers and peer workers "
                          "first.");
    QTest::newRow("two supervisors")
        << QStringList { QStringLiteral("01/10/2026"), QString(), QStringLiteral("60"), QStringLiteral("Jo Lead"),
               QStringLiteral("Dr Rivers"), QStringLiteral("Sam Okafor"), QString() }
        << QStringLiteral("External supervisor")
        << QStringLiteral("The row has both a Supervisor and an External supervisor: keep one of them.");
    QTest::newRow("no supervisor")
        << QStringList { QStringLiteral("01/10/2026"), QString(), QStringLiteral("60"), QString(), QString(),
               QStringLiteral("Sam Okafor"), QString() }
        << QStringLiteral("Supervisor")
        << QStringLiteral("The row does not say who the supervisor was: give a Supervisor on file or an External "
                          "supervisor's name.");
    QTest::newRow("one-to-one with two people")
        << QStringList { QStringLiteral("01/10/2026"), QStringLiteral("1:1"), QStringLiteral("60"),
               QStringLiteral("Jo Lead"), QString(), QStringLiteral("Sam Okafor, Priya Shah"), QString() }
        << QString()
        << QStringLiteral("One-to-one reflective or peer supervision is one-to-one: keep one person supervised, or "
                          "choose group reflective practice for a session with several people.");
    QTest::newRow("unknown type")
        << QStringList { QStringLiteral("01/10/2026"), QStringLiteral("chat"), QStringLiteral("60"),
               QStringLiteral("Jo Lead"), QString(), QStringLiteral("Sam Okafor"), QString() }
        << QStringLiteral("Type")
        << QStringLiteral("\"chat\" is not one of the values accepted for Type: write one of One-to-one line "
                          "management, One-to-one reflective or peer supervision, Group reflective practice, Debrief "
                          "after an incident, Ad hoc.");
    QTest::newRow("no duration") << QStringList { QStringLiteral("01/10/2026"), QString(), QString(),
        QStringLiteral("Jo Lead"), QString(), QStringLiteral("Sam Okafor"), QString() }
                                 << QStringLiteral("Duration")
                                 << QStringLiteral("Duration is empty: every row needs a value in this column.");
    QTest::newRow("duration too long")
        << QStringList { QStringLiteral("01/10/2026"), QString(), QStringLiteral("900"), QStringLiteral("Jo Lead"),
               QString(), QStringLiteral("Sam Okafor"), QString() }
        << QStringLiteral("Duration")
        << QStringLiteral("Duration must be a whole number of minutes from 1 to 600; this row has 900.");
    QTest::newRow("supervising themselves")
        << QStringList { QStringLiteral("01/10/2026"), QString(), QStringLiteral("60"), QStringLiteral("Sam Okafor"),
               QString(), QStringLiteral("Sam Okafor"), QString() }
        << QString()
        << QStringLiteral("The supervisor cannot also be one of the people supervised. Choose a different supervisor, "
                          "or take them off the list of people supervised.");
    QTest::newRow("no supervisees") << QStringList { QStringLiteral("01/10/2026"), QString(), QStringLiteral("60"),
        QStringLiteral("Jo Lead"), QString(), QStringLiteral(" ; "), QString() }
                                    << QStringLiteral("Supervisees")
                                    << QStringLiteral(
                                           "Supervisees has no names: write each person's name, separated by ; or ,.");
}

void TstImportKinds::supervisionProblems()
{
    QFETCH(QStringList, row);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const SourceTable t = table(
        { QStringLiteral("Date"), QStringLiteral("Type"), QStringLiteral("Duration"), QStringLiteral("Supervisor"),
            QStringLiteral("External supervisor"), QStringLiteral("Supervisees"), QStringLiteral("Summary") },
        { row });
    const QByteArray before = test::contentDigest(*m_db);
    auto c = check(ImportKind::SupervisionEntries, t);
    QVERIFY2(c, qPrintable(c.message()));
    QCOMPARE(c.value().problems.size(), 1);
    QCOMPARE(c.value().problems.first().column, column);
    QCOMPARE(c.value().problems.first().message, message);
    QVERIFY(!run(ImportKind::SupervisionEntries, t));
    QCOMPARE(test::contentDigest(*m_db), before);
}

void TstImportKinds::importSupervision()
{
    const int before = one(QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt();
    const SourceTable t
        = table({ QStringLiteral("Date"), QStringLiteral("Type"), QStringLiteral("Minutes"),
                    QStringLiteral("Supervisor"), QStringLiteral("External supervisor"), QStringLiteral("Supervisees"),
                    QStringLiteral("Summary"), QStringLiteral("Private notes") },
            { { QStringLiteral("01/10/2026"), QString(), QStringLiteral("90"), QString(), QStringLiteral("Dr Rivers"),
                  QStringLiteral("Sam Okafor; Priya Shah"), QStringLiteral("Endings and boundaries"),
                  QStringLiteral("not to be imported") },
                { QStringLiteral("02/10/2026"), QStringLiteral("line management"), QStringLiteral("45"),
                    QStringLiteral("Jo Lead"), QString(), QStringLiteral("Sam Okafor"), QString(), QString() },
                { QStringLiteral("03/10/2026"), QString(), QStringLiteral("60"), QStringLiteral("Sam Okafor"),
                    QString(), QStringLiteral("Priya Shah"), QString(), QString() } });
    auto r = run(ImportKind::SupervisionEntries, t);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r.value().rowsImported, 3);
    QCOMPARE(r.value().created, (QList<QPair<QString, int>> { qMakePair(QStringLiteral("supervision sessions"), 3) }));
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM supervision_entry")).toInt(), before + 3);
    // The group: an outside supervisor, two people, the summary; private notes never imported.
    QCOMPARE(one(QStringLiteral("SELECT kind || '/' || duration_minutes || '/' || format || '/' || external_supervisor "
                                "|| '/' || supervisor_kind || '/' || summary FROM supervision_entry WHERE held_on = "
                                "'2026-10-01'"))
                 .toString(),
        QStringLiteral("group_reflective/90/in_person/Dr Rivers/external/Endings and boundaries"));
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM supervision_attendee a JOIN supervision_entry e ON e.id = "
                                "a.entry_id WHERE e.held_on = '2026-10-01'"))
                 .toInt(),
        2);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM supervision_entry WHERE private_notes IS NOT NULL")).toInt(), 0);
    // A worker supervising: non-peer staff, and a peer mentor.
    QCOMPARE(one(QStringLiteral("SELECT kind || '/' || supervisor_kind FROM supervision_entry WHERE held_on = "
                                "'2026-10-02'"))
                 .toString(),
        QStringLiteral("line_management/non_peer"));
    QCOMPARE(one(QStringLiteral("SELECT kind || '/' || supervisor_kind FROM supervision_entry WHERE held_on = "
                                "'2026-10-03'"))
                 .toString(),
        QStringLiteral("reflective/peer"));

    // Importing it again finds each session on file.
    auto again = check(ImportKind::SupervisionEntries, t);
    QVERIFY(again);
    QCOMPARE(again.value().problems.size(), 3);
    QCOMPARE(again.value().problems.first().message,
        QStringLiteral("Supervision of Sam Okafor on 1 October 2026 with this supervisor is already on file: this row "
                       "may have been imported before. Take the row out."));
}

void TstImportKinds::failedWriteLeavesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("table");

    QTest::newRow("measures") << int(ImportKind::MeasureResponses) << QStringLiteral("measure_response");
    QTest::newRow("training") << int(ImportKind::TrainingCompletions) << QStringLiteral("training_completion");
    QTest::newRow("supervision") << int(ImportKind::SupervisionEntries) << QStringLiteral("supervision_entry");
}

void TstImportKinds::failedWriteLeavesNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, table);
    SourceTable t;
    QString measure;
    switch (ImportKind(kind)) {
    case ImportKind::MeasureResponses:
        measure = QStringLiteral("phq9");
        t = ::table(phq9Headers(),
            { phq9Row(QStringLiteral("Ada"), QStringLiteral("01/10/2026"), {}, QStringLiteral("9")),
                phq9Row(QStringLiteral("Ben"), QStringLiteral("01/10/2026"), {}, QStringLiteral("9")),
                phq9Row(QStringLiteral("Ada"), QStringLiteral("02/10/2026"), {}, QStringLiteral("9")) });
        break;
    case ImportKind::TrainingCompletions:
        t = ::table({ QStringLiteral("Name"), QStringLiteral("Course"), QStringLiteral("Completed on") },
            { { QStringLiteral("Sam Okafor"), QStringLiteral("Train the trainer"), QStringLiteral("01/10/2026") },
                { QStringLiteral("Priya Shah"), QStringLiteral("Train the trainer"), QStringLiteral("01/10/2026") },
                { QStringLiteral("Jo Lead"), QStringLiteral("Train the trainer"), QStringLiteral("01/10/2026") } });
        break;
    default:
        t = ::table({ QStringLiteral("Date"), QStringLiteral("Duration"), QStringLiteral("Supervisor"),
                        QStringLiteral("Supervisees") },
            { { QStringLiteral("01/10/2026"), QStringLiteral("60"), QStringLiteral("Jo Lead"),
                  QStringLiteral("Sam Okafor") },
                { QStringLiteral("02/10/2026"), QStringLiteral("60"), QStringLiteral("Jo Lead"),
                    QStringLiteral("Priya Shah") },
                { QStringLiteral("03/10/2026"), QStringLiteral("60"), QStringLiteral("Jo Lead"),
                    QStringLiteral("Sam Okafor") } });
        break;
    }
    // The file checks clean; a dry run counts 3 and changes nothing.
    const QByteArray before = test::contentDigest(*m_db);
    auto c = check(ImportKind(kind), t, measure);
    QVERIFY2(c, qPrintable(c.message()));
    QVERIFY(c.value().canImport());
    auto dry = run(ImportKind(kind), t, measure, true);
    QVERIFY2(dry, qPrintable(dry.message()));
    QCOMPARE(dry.value().rowsImported, 3);
    QCOMPARE(test::contentDigest(*m_db), before);

    // The database refuses the third row while it is written: nothing of the first two stays.
    const int rows = one(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt();
    QVERIFY(test::execSql(*m_db,
        QStringLiteral("CREATE TEMP TRIGGER refuse_third BEFORE INSERT ON %1 WHEN (SELECT COUNT(*) FROM %1) >= %2 "
                       "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
            .arg(table)
            .arg(rows + 2)));
    auto r = run(ImportKind(kind), t, measure);
    QVERIFY(!r);
    QVERIFY2(r.message().startsWith(QStringLiteral("Row 4 could not be saved: ")), qPrintable(r.message()));
    QVERIFY2(r.message().endsWith(QStringLiteral(" Nothing was imported.")), qPrintable(r.message()));
    QVERIFY(test::execSql(*m_db, QStringLiteral("DROP TRIGGER refuse_third")));
    QCOMPARE(test::contentDigest(*m_db), before);

    // Without the trigger the same file goes in whole.
    auto ok = run(ImportKind(kind), t, measure);
    QVERIFY2(ok, qPrintable(ok.message()));
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toInt(), rows + 3);
}

void TstImportKinds::samplesImportInOrder()
{
    // The sample files of docs/DATA_FORMATS.md, into a new database in the documented order. They
    // are UTF-8 with a byte-order mark and hold no quoted values, so they are split here directly.
    m_db.reset();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("samples.alongside")));
    QVERIFY(m_db);
    const QList<std::tuple<QString, ImportKind, QString, int>> files = {
        { QStringLiteral("volunteers.csv"), ImportKind::Volunteers, QString(), 6 },
        { QStringLiteral("people.csv"), ImportKind::PeopleSupported, QString(), 8 },
        { QStringLiteral("referrals.csv"), ImportKind::Referrals, QString(), 8 },
        { QStringLiteral("sessions.csv"), ImportKind::Sessions, QString(), 9 },
        { QStringLiteral("measures-phq9.csv"), ImportKind::MeasureResponses, QStringLiteral("phq9"), 8 },
        { QStringLiteral("training.csv"), ImportKind::TrainingCompletions, QString(), 8 },
        { QStringLiteral("supervision.csv"), ImportKind::SupervisionEntries, QString(), 7 },
    };
    for (const auto& [name, kind, measure, rows] : files) {
        const QString path = test::fixture(QStringLiteral("../../resources/import-samples/") + name);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        QByteArray bytes = file.readAll();
        QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(name + QStringLiteral(" has no byte-order mark")));
        QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QList<QStringList> cells;
        for (const QString& line : lines.mid(1)) {
            cells << line.split(QLatin1Char(','));
        }
        const SourceTable t = table(lines.first().split(QLatin1Char(',')), cells);
        // Every column of a sample is understood.
        auto fields = Importer(*m_db).fields(kind, measure);
        QVERIFY(fields);
        QCOMPARE(Importer::autoMatch(fields.value(), t.headers).size(), t.headers.size());
        auto c = check(kind, t, measure);
        QVERIFY2(c, qPrintable(c.message()));
        for (const ImportProblem& p : c.value().problems) {
            qWarning() << name << p.line << p.column << p.message;
        }
        QVERIFY2(c.value().canImport(), qPrintable(name));
        auto r = run(kind, t, measure);
        QVERIFY2(r, qPrintable(name + QStringLiteral(": ") + r.message()));
        QCOMPARE(r.value().rowsImported, rows);
    }
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM worker")).toInt(), 6);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM client")).toInt(), 8);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE band IS NOT NULL")).toInt(), 8);
    QCOMPARE(one(QStringLiteral("SELECT COUNT(*) FROM supervision_attendee")).toInt(), 12);
}

QTEST_GUILESS_MAIN(TstImportKinds)
#include "tst_importkinds.moc"
