// Outcome measures as data: every shipped definition loads, and the one generic engine scores it as the
// manuals say (shared/domain/MEASURES.md): minimum and maximum, both sides of every band boundary,
// reverse items, every SWEMWBS raw total, missing items under each rule, refused answers, risk items
// and change thresholds. Broken definition files are refused with the file and field named, and a new
// measure loaded from tests/data/measures scores with no C++ change.

#include "core/measures/measureengine.h"
#include "core/measures/measureloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside::core;

using Answers = QList<std::optional<int>>;

namespace {

constexpr int kMissing = -999;

const MeasureLibrary& library()
{
    static const MeasureLibrary lib;
    return lib;
}

const MeasureDefinition& measure(const QString& id)
{
    const MeasureDefinition* d = library().latest(id);
    if (d == nullptr) {
        qFatal("measure %s is not shipped", qPrintable(id));
    }
    return *d;
}

Answers answers(const QList<int>& values)
{
    Answers result;
    for (int v : values) {
        result.append(v == kMissing ? std::nullopt : std::optional<int>(v));
    }
    return result;
}

/** Answers giving this raw total, spread evenly over the items (reverse items answered accordingly). */
Answers forTotal(const MeasureDefinition& d, int total)
{
    QList<int> scored;
    int remaining = total - int(d.rawMin());
    for (const MeasureItem& item : d.items) {
        scored.append(item.minValue());
    }
    bool added = true;
    while (remaining > 0 && added) {
        added = false;
        for (int i = 0; i < d.items.size() && remaining > 0; ++i) {
            if (scored[i] < d.items[i].maxValue()) {
                ++scored[i];
                --remaining;
                added = true;
            }
        }
    }
    Answers result;
    for (int i = 0; i < d.items.size(); ++i) {
        const MeasureItem& item = d.items[i];
        result.append(item.reverse ? item.minValue() + item.maxValue() - scored[i] : scored[i]);
    }
    return result;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

/** A small valid definition that the loader tests break one field at a time. */
QJsonObject validDefinition()
{
    QJsonArray options;
    for (int v = 0; v <= 3; ++v) {
        options.append(QJsonObject { { QStringLiteral("value"), v }, { QStringLiteral("label"), QString::number(v) } });
    }
    QJsonArray items;
    for (int n = 1; n <= 3; ++n) {
        items.append(QJsonObject {
            { QStringLiteral("number"), n }, { QStringLiteral("text"), QStringLiteral("Item %1").arg(n) } });
    }
    auto band = [](const char* key, double min, double max) {
        return QJsonObject { { QStringLiteral("key"), QLatin1String(key) },
            { QStringLiteral("label"), QLatin1String(key) }, { QStringLiteral("min"), min },
            { QStringLiteral("max"), max } };
    };
    return QJsonObject {
        { QStringLiteral("format"), 1 },
        { QStringLiteral("id"), QStringLiteral("small") },
        { QStringLiteral("version"), 1 },
        { QStringLiteral("title"), QStringLiteral("Small test measure") },
        { QStringLiteral("shortTitle"), QStringLiteral("Small") },
        { QStringLiteral("licence"), QStringLiteral("Test only.") },
        { QStringLiteral("options"), options },
        { QStringLiteral("items"), items },
        { QStringLiteral("scoring"),
            QJsonObject { { QStringLiteral("method"), QStringLiteral("sum") },
                { QStringLiteral("scoreRange"),
                    QJsonObject { { QStringLiteral("min"), 0 }, { QStringLiteral("max"), 9 } } } } },
        { QStringLiteral("bands"), QJsonArray { band("low", 0, 4), band("high", 5, 9) } },
    };
}

QJsonArray swemwbsStyleLookup(int from, int to)
{
    QJsonArray table;
    for (int raw = from; raw <= to; ++raw) {
        table.append(QJsonArray { raw, raw * 1.5 });
    }
    return table;
}

} // namespace

class TestMeasures : public QObject
{
    Q_OBJECT

private slots:
    void shippedDefinitionsLoad();
    void bandsAndCaseness_data();
    void bandsAndCaseness();
    void swemwbsConversion_data();
    void swemwbsConversion();
    void reverseItems();
    void missingItems_data();
    void missingItems();
    void refusedAnswers_data();
    void refusedAnswers();
    void riskItems_data();
    void riskItems();
    void onsItemsReportedSeparately_data();
    void onsItemsReportedSeparately();
    void change_data();
    void change();
    void loaderErrors_data();
    void loaderErrors();
    void libraryKeepsGoodFilesAndReportsBadOnes();
    void newMeasureFromDataNeedsNoCode();
};

void TestMeasures::shippedDefinitionsLoad()
{
    QVERIFY2(library().errors().isEmpty(), qPrintable(library().errors().join(QLatin1Char('\n'))));
    const QStringList ids { QStringLiteral("wemwbs"), QStringLiteral("swemwbs"), QStringLiteral("phq9"),
        QStringLiteral("gad7"), QStringLiteral("core10"), QStringLiteral("ons4"), QStringLiteral("who5") };
    QCOMPARE(library().definitions().size(), ids.size());
    for (const QString& id : ids) {
        const MeasureDefinition* d = library().find(id, 1);
        QVERIFY2(d != nullptr, qPrintable(id));
        QVERIFY(!d->licence.isEmpty());
        QVERIFY(!d->sources.isEmpty());
        QVERIFY(d->sourceFile.startsWith(QLatin1String(":/measures/")));
    }
    QCOMPARE(measure(QStringLiteral("wemwbs")).copyright,
        QStringLiteral("Warwick-Edinburgh Mental Wellbeing Scale (WEMWBS) © NHS Health Scotland, University of "
                       "Warwick and University of Edinburgh, 2006, all rights reserved."));
    QCOMPARE(measure(QStringLiteral("swemwbs")).copyright,
        QStringLiteral("Short Warwick Edinburgh Mental Wellbeing Scale (SWEMWBS) © NHS Health Scotland, "
                       "University of Warwick and University of Edinburgh, 2008, all rights reserved"));
    QCOMPARE(measure(QStringLiteral("core10")).copyright,
        QStringLiteral("© CORE System Trust: https://www.coresystemtrust.org.uk/copyright.pdf"));
    // No item wording of the copyrighted scales is shipped: neutral labels only.
    for (const QString& id : { QStringLiteral("wemwbs"), QStringLiteral("swemwbs") }) {
        for (const MeasureItem& item : measure(id).items) {
            QCOMPARE(item.text, QStringLiteral("Item %1").arg(item.number));
            QVERIFY(!item.reverse); // all WEMWBS items are positively worded
        }
    }
    QCOMPARE(measure(QStringLiteral("phq9")).riskItemNumbers(), QList<int> { 9 });
    QCOMPARE(measure(QStringLiteral("core10")).riskItemNumbers(), QList<int> { 6 });
}

void TestMeasures::bandsAndCaseness_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("raw");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("band");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<int>("caseness"); // -1: the measure has no cut-off

    auto row = [](const char* name, const char* id, int raw, double score, const char* band, int caseness,
                   const char* detail = "") {
        QTest::newRow(name) << QString::fromLatin1(id) << raw << score << QString::fromLatin1(band)
                            << QString::fromLatin1(detail) << caseness;
    };
    // WEMWBS [S13]: 14-44 low (14-40 / 41-44 detail), 45-59 average, 60-70 high; no caseness.
    row("WEMWBS all minimum 14 is low, 40 or less", "wemwbs", 14, 14, "low", -1, "low-40-or-less");
    row("WEMWBS 40 is low, 40 or less", "wemwbs", 40, 40, "low", -1, "low-40-or-less");
    row("WEMWBS 41 is low, 41-44", "wemwbs", 41, 41, "low", -1, "low-41-44");
    row("WEMWBS 44 is low, 41-44", "wemwbs", 44, 44, "low", -1, "low-41-44");
    row("WEMWBS 45 is average", "wemwbs", 45, 45, "average", -1);
    row("WEMWBS 59 is average", "wemwbs", 59, 59, "average", -1);
    row("WEMWBS 60 is high", "wemwbs", 60, 60, "high", -1);
    row("WEMWBS all maximum 70 is high", "wemwbs", 70, 70, "high", -1);
    // SWEMWBS bands on the metric score (Decisions for Alongside).
    row("SWEMWBS all minimum raw 7 is metric 7.00, low", "swemwbs", 7, 7.00, "low", -1);
    row("SWEMWBS raw 21 is metric 19.25, low", "swemwbs", 21, 19.25, "low", -1);
    row("SWEMWBS raw 22 is metric 19.98, average", "swemwbs", 22, 19.98, "average", -1);
    row("SWEMWBS raw 30 is metric 27.03, average", "swemwbs", 30, 27.03, "average", -1);
    row("SWEMWBS raw 31 is metric 28.13, high", "swemwbs", 31, 28.13, "high", -1);
    row("SWEMWBS all maximum raw 35 is metric 35.00, high", "swemwbs", 35, 35.00, "high", -1);
    // PHQ-9 [S26][S27]; caseness 10 or more [S30][S31].
    row("PHQ-9 all minimum 0 is minimal", "phq9", 0, 0, "minimal", 0);
    row("PHQ-9 4 is minimal", "phq9", 4, 4, "minimal", 0);
    row("PHQ-9 5 is mild", "phq9", 5, 5, "mild", 0);
    row("PHQ-9 9 is mild, below caseness", "phq9", 9, 9, "mild", 0);
    row("PHQ-9 10 is moderate, at caseness", "phq9", 10, 10, "moderate", 1);
    row("PHQ-9 14 is moderate", "phq9", 14, 14, "moderate", 1);
    row("PHQ-9 15 is moderately severe", "phq9", 15, 15, "moderately-severe", 1);
    row("PHQ-9 19 is moderately severe", "phq9", 19, 19, "moderately-severe", 1);
    row("PHQ-9 20 is severe", "phq9", 20, 20, "severe", 1);
    row("PHQ-9 all maximum 27 is severe", "phq9", 27, 27, "severe", 1);
    // GAD-7 [S34]; caseness 8 or more [S30][S31].
    row("GAD-7 all minimum 0 is minimal", "gad7", 0, 0, "minimal", 0);
    row("GAD-7 4 is minimal", "gad7", 4, 4, "minimal", 0);
    row("GAD-7 5 is mild", "gad7", 5, 5, "mild", 0);
    row("GAD-7 7 is mild, below caseness", "gad7", 7, 7, "mild", 0);
    row("GAD-7 8 is mild, at caseness", "gad7", 8, 8, "mild", 1);
    row("GAD-7 9 is mild", "gad7", 9, 9, "mild", 1);
    row("GAD-7 10 is moderate", "gad7", 10, 10, "moderate", 1);
    row("GAD-7 14 is moderate", "gad7", 14, 14, "moderate", 1);
    row("GAD-7 15 is severe", "gad7", 15, 15, "severe", 1);
    row("GAD-7 all maximum 21 is severe", "gad7", 21, 21, "severe", 1);
    // CORE-10 [S44][S46]: 0-10 non-clinical (0-5 healthy, 6-10 low level), 11 or more clinical.
    row("CORE-10 0 is healthy", "core10", 0, 0, "non-clinical", 0, "healthy");
    row("CORE-10 5 is healthy", "core10", 5, 5, "non-clinical", 0, "healthy");
    row("CORE-10 6 is low level", "core10", 6, 6, "non-clinical", 0, "low-level");
    row("CORE-10 10 is low level, non-clinical", "core10", 10, 10, "non-clinical", 0, "low-level");
    row("CORE-10 11 is mild, clinical", "core10", 11, 11, "mild", 1);
    row("CORE-10 14 is mild", "core10", 14, 14, "mild", 1);
    row("CORE-10 15 is moderate", "core10", 15, 15, "moderate", 1);
    row("CORE-10 19 is moderate", "core10", 19, 19, "moderate", 1);
    row("CORE-10 20 is moderate-to-severe", "core10", 20, 20, "moderate-severe", 1);
    row("CORE-10 24 is moderate-to-severe", "core10", 24, 24, "moderate-severe", 1);
    row("CORE-10 25 is severe", "core10", 25, 25, "severe", 1);
    row("CORE-10 40 is severe", "core10", 40, 40, "severe", 1);
    // WHO-5 [S68][S69]: percentage = raw x 4; below 52% is the poor wellbeing range.
    row("WHO-5 all minimum raw 0 is 0%, poor", "who5", 0, 0, "poor", 1);
    row("WHO-5 raw 12 is 48%, poor", "who5", 12, 48, "poor", 1);
    row("WHO-5 raw 13 is 52%, not poor", "who5", 13, 52, "not-poor", 0);
    row("WHO-5 all maximum raw 25 is 100%", "who5", 25, 100, "not-poor", 0);
}

void TestMeasures::bandsAndCaseness()
{
    QFETCH(QString, id);
    QFETCH(int, raw);
    QFETCH(double, score);
    QFETCH(QString, band);
    QFETCH(QString, detail);
    QFETCH(int, caseness);

    const MeasureDefinition& d = measure(id);
    const Answers given = forTotal(d, raw);
    const ScoreResult r = MeasureEngine::score(d, given);
    QVERIFY2(r.complete, qPrintable(r.reason));
    QCOMPARE(r.rawTotal, double(raw));
    QVERIFY(!r.prorated);
    QVERIFY(r.score.has_value());
    QCOMPARE(*r.score, score);
    QCOMPARE(r.bandKey, band);
    QVERIFY(!r.bandLabel.isEmpty());
    QCOMPARE(r.detailBandKey, detail);
    QCOMPARE(r.caseness.has_value(), caseness != -1);
    if (caseness != -1) {
        QCOMPARE(*r.caseness, caseness == 1);
    }
    // Risk flags depend on the risk item alone, never on the band.
    QList<int> expectedRisks;
    for (int i = 0; i < d.items.size(); ++i) {
        if (d.items[i].risk && *given[i] > d.items[i].risk->above) {
            expectedRisks.append(d.items[i].number);
        }
    }
    QCOMPARE(r.risks.size(), expectedRisks.size());
}

void TestMeasures::swemwbsConversion_data()
{
    QTest::addColumn<int>("raw");
    QTest::addColumn<double>("metric");
    // MEASURES.md §2.2, all 29 values [S22][S23].
    const double table[]
        = { 7.00, 9.51, 11.25, 12.40, 13.33, 14.08, 14.75, 15.32, 15.84, 16.36, 16.88, 17.43, 17.98, 18.59, 19.25,
              19.98, 20.73, 21.54, 22.35, 23.21, 24.11, 25.03, 26.02, 27.03, 28.13, 29.31, 30.70, 32.55, 35.00 };
    for (int raw = 7; raw <= 35; ++raw) {
        QTest::addRow("raw %d converts to %.2f", raw, table[raw - 7]) << raw << table[raw - 7];
    }
}

void TestMeasures::swemwbsConversion()
{
    QFETCH(int, raw);
    QFETCH(double, metric);
    const MeasureDefinition& d = measure(QStringLiteral("swemwbs"));
    const ScoreResult r = MeasureEngine::score(d, forTotal(d, raw));
    QVERIFY2(r.complete, qPrintable(r.reason));
    QCOMPARE(r.total, double(raw));
    QCOMPARE(*r.score, metric);
}

void TestMeasures::reverseItems()
{
    // CORE-10 items 2 and 3 are reverse-scored [S42][S45]: answering 0 everywhere scores 4 + 4.
    const MeasureDefinition& core10 = measure(QStringLiteral("core10"));
    QCOMPARE(core10.items[1].reverse, true);
    QCOMPARE(core10.items[2].reverse, true);
    ScoreResult r = MeasureEngine::score(core10, answers({ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }));
    QCOMPARE(r.total, 8.0);
    r = MeasureEngine::score(core10, answers({ 4, 4, 4, 4, 4, 4, 4, 4, 4, 4 }));
    QCOMPARE(r.total, 32.0);
    r = MeasureEngine::score(core10, answers({ 0, 4, 4, 0, 0, 0, 0, 0, 0, 0 }));
    QCOMPARE(r.total, 0.0);
    QCOMPARE(r.bandKey, QStringLiteral("non-clinical"));
    r = MeasureEngine::score(core10, answers({ 4, 0, 0, 4, 4, 4, 4, 4, 4, 4 }));
    QCOMPARE(r.total, 40.0);
    // Only items 2 and 3: no other shipped measure reverses an item.
    for (const MeasureDefinition& d : library().definitions()) {
        for (const MeasureItem& item : d.items) {
            QCOMPARE(item.reverse, d.id == QLatin1String("core10") && (item.number == 2 || item.number == 3));
        }
    }
}

void TestMeasures::missingItems_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<double>("total");
    QTest::addColumn<QString>("band");
    const int m = kMissing;

    QTest::newRow("CORE-10 with one item missing is prorated (18 x 10 / 9 = 20)") << QStringLiteral(
        "core10") << QList<int> { 2, 2, 2, 2, 2, 2, 2, 2, 2, m } << true << 20.0 << QStringLiteral("moderate-severe");
    QTest::newRow("CORE-10 prorated 14.44 (13 x 10 / 9) falls in the lower band, mild") << QStringLiteral(
        "core10") << QList<int> { 2, 3, 3, 2, 2, 2, 1, 1, 1, m } << true << 130.0 / 9 << QStringLiteral("mild");
    QTest::newRow("CORE-10 with two items missing is refused")
        << QStringLiteral("core10") << QList<int> { 2, 2, 2, 2, 2, 2, 2, 2, m, m } << false << 0.0 << QString();
    QTest::newRow("PHQ-9 needs every item")
        << QStringLiteral("phq9") << QList<int> { 1, 1, 1, 1, 1, 1, 1, 1, m } << false << 0.0 << QString();
    QTest::newRow("GAD-7 needs every item")
        << QStringLiteral("gad7") << QList<int> { m, 1, 1, 1, 1, 1, 1 } << false << 0.0 << QString();
    QTest::newRow("WEMWBS needs every item")
        << QStringLiteral("wemwbs") << QList<int> { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, m } << false << 0.0
        << QString();
    QTest::newRow("SWEMWBS needs every item (no prorating with a conversion table)")
        << QStringLiteral("swemwbs") << QList<int> { 3, 3, 3, m, 3, 3, 3 } << false << 0.0 << QString();
    QTest::newRow("WHO-5 needs every item")
        << QStringLiteral("who5") << QList<int> { 3, 3, 3, 3, m } << false << 0.0 << QString();
    QTest::newRow("ONS4 needs every question")
        << QStringLiteral("ons4") << QList<int> { 5, 5, m, 5 } << false << 0.0 << QString();
}

void TestMeasures::missingItems()
{
    QFETCH(QString, id);
    QFETCH(QList<int>, values);
    QFETCH(bool, complete);
    QFETCH(double, total);
    QFETCH(QString, band);

    const ScoreResult r = MeasureEngine::score(measure(id), answers(values));
    QCOMPARE(r.complete, complete);
    if (complete) {
        QVERIFY(r.reason.isEmpty());
        QVERIFY(r.prorated);
        QCOMPARE(r.missing, 1);
        QCOMPARE(r.total, total);
        QCOMPARE(r.bandKey, band);
        QCOMPARE(*r.caseness, *r.score >= 11);
    } else {
        QVERIFY(r.reason.contains(QLatin1String("not answered")));
        QVERIFY(!r.score.has_value());
        QVERIFY(r.bandKey.isEmpty());
        QVERIFY(!r.caseness.has_value());
    }
}

void TestMeasures::refusedAnswers_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<QString>("reason");

    QTest::newRow("PHQ-9 item 1 answered 4 (answers run 0-3)")
        << QStringLiteral("phq9") << QList<int> { 4, 0, 0, 0, 0, 0, 0, 0, 0 }
        << QStringLiteral("item 1 was given 4, but its answers run from 0 to 3");
    QTest::newRow("WEMWBS item 14 answered 0 (answers run 1-5)")
        << QStringLiteral("wemwbs") << QList<int> { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0 }
        << QStringLiteral("item 14 was given 0, but its answers run from 1 to 5");
    QTest::newRow("ONS4 answered 11") << QStringLiteral("ons4") << QList<int> { 5, 11, 5, 5 }
                                      << QStringLiteral("item 2 was given 11, but its answers run from 0 to 10");
    QTest::newRow("WHO-5 answered -1") << QStringLiteral("who5") << QList<int> { 3, 3, -1, 3, 3 }
                                       << QStringLiteral("item 3 was given -1");
    QTest::newRow("GAD-7 with eight answers") << QStringLiteral("gad7") << QList<int> { 0, 0, 0, 0, 0, 0, 0, 0 }
                                              << QStringLiteral("GAD-7 has 7 items, but 8 answers were given");
}

void TestMeasures::refusedAnswers()
{
    QFETCH(QString, id);
    QFETCH(QList<int>, values);
    QFETCH(QString, reason);
    const ScoreResult r = MeasureEngine::score(measure(id), answers(values));
    QVERIFY(!r.complete);
    QVERIFY2(r.reason.contains(reason), qPrintable(r.reason));
    QVERIFY(!r.score.has_value());
    QVERIFY(r.bandKey.isEmpty());
}

void TestMeasures::riskItems_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QList<int>>("values");
    QTest::addColumn<QList<int>>("riskItems");
    QTest::addColumn<bool>("complete");
    const int m = kMissing;

    QTest::newRow("PHQ-9 item 9 answered 1 with a low total raises risk")
        << QStringLiteral("phq9") << QList<int> { 0, 0, 0, 0, 0, 0, 0, 0, 1 } << QList<int> { 9 } << true;
    QTest::newRow("PHQ-9 item 9 answered 3 raises risk")
        << QStringLiteral("phq9") << QList<int> { 3, 3, 3, 3, 3, 3, 3, 3, 3 } << QList<int> { 9 } << true;
    QTest::newRow("PHQ-9 item 9 answered 0 with a severe total raises no risk flag")
        << QStringLiteral("phq9") << QList<int> { 3, 3, 3, 3, 3, 3, 3, 3, 0 } << QList<int> {} << true;
    QTest::newRow("PHQ-9 item 9 answered 2 is flagged even when missing items stop the score")
        << QStringLiteral("phq9") << QList<int> { m, m, 0, 0, 0, 0, 0, 0, 2 } << QList<int> { 9 } << false;
    QTest::newRow("CORE-10 item 6 answered 1 raises risk")
        << QStringLiteral("core10") << QList<int> { 0, 4, 4, 0, 0, 1, 0, 0, 0, 0 } << QList<int> { 6 } << true;
    QTest::newRow("CORE-10 item 6 answered 0 raises no risk flag")
        << QStringLiteral("core10") << QList<int> { 4, 0, 0, 4, 4, 0, 4, 4, 4, 4 } << QList<int> {} << true;
    QTest::newRow("CORE-10 item 6 answered 4 is flagged with an item missing (prorated)")
        << QStringLiteral("core10") << QList<int> { 0, 4, 4, 0, 0, 4, 0, 0, 0, m } << QList<int> { 6 } << true;
}

void TestMeasures::riskItems()
{
    QFETCH(QString, id);
    QFETCH(QList<int>, values);
    QFETCH(QList<int>, riskItems);
    QFETCH(bool, complete);
    const ScoreResult r = MeasureEngine::score(measure(id), answers(values));
    QCOMPARE(r.complete, complete);
    QList<int> flagged;
    for (const RiskFlag& f : r.risks) {
        flagged.append(f.itemNumber);
        QVERIFY(!f.label.isEmpty());
        QVERIFY(f.value > 0);
    }
    QCOMPARE(flagged, riskItems);
}

void TestMeasures::onsItemsReportedSeparately_data()
{
    QTest::addColumn<int>("item");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("band");
    // ONS thresholds [S61]: life satisfaction, worthwhile, happiness 0-4 / 5-6 / 7-8 / 9-10;
    // anxiety (higher is worse) 0-1 very low / 2-3 low / 4-5 medium / 6-10 high.
    const QList<std::tuple<int, int, const char*>> rows {
        { 1, 0, "low" },
        { 1, 4, "low" },
        { 1, 5, "medium" },
        { 1, 6, "medium" },
        { 1, 7, "high" },
        { 1, 8, "high" },
        { 1, 9, "very-high" },
        { 1, 10, "very-high" },
        { 2, 4, "low" },
        { 2, 5, "medium" },
        { 3, 8, "high" },
        { 3, 9, "very-high" },
        { 4, 0, "very-low" },
        { 4, 1, "very-low" },
        { 4, 2, "low" },
        { 4, 3, "low" },
        { 4, 4, "medium" },
        { 4, 5, "medium" },
        { 4, 6, "high" },
        { 4, 10, "high" },
    };
    for (const auto& [item, value, band] : rows) {
        QTest::addRow("ONS4 question %d answered %d is %s", item, value, band)
            << item << value << QString::fromLatin1(band);
    }
}

void TestMeasures::onsItemsReportedSeparately()
{
    QFETCH(int, item);
    QFETCH(int, value);
    QFETCH(QString, band);
    QList<int> values { 5, 5, 5, 5 };
    values[item - 1] = value;
    const MeasureDefinition& ons4 = measure(QStringLiteral("ons4"));
    const ScoreResult r = MeasureEngine::score(ons4, answers(values));
    QVERIFY2(r.complete, qPrintable(r.reason));
    QVERIFY(!r.score.has_value()); // never combined into one score [S60]
    QVERIFY(r.bandKey.isEmpty());
    QVERIFY(!r.caseness.has_value());
    QCOMPARE(r.itemBands.size(), 4);
    QCOMPARE(r.itemBands[item - 1].itemNumber, item);
    QCOMPARE(r.itemBands[item - 1].value, value);
    QCOMPARE(r.itemBands[item - 1].bandKey, band);
    const ChangeResult c = MeasureEngine::change(ons4, r, r);
    QVERIFY(!c.applicable);
    QVERIFY(c.reason.contains(QLatin1String("item by item")));
}

void TestMeasures::change_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("firstRaw");
    QTest::addColumn<int>("lastRaw");
    QTest::addColumn<double>("difference");
    QTest::addColumn<QString>("expected"); // R+ reliable improvement, R- reliable deterioration, M+ and M- meaningful

    // PHQ-9 reliable change 6 [S30][S32]; lower is better.
    QTest::newRow("PHQ-9 15 to 9 is a reliable improvement") << QStringLiteral("phq9") << 15 << 9 << -6.0 << "R+";
    QTest::newRow("PHQ-9 15 to 10 is no reliable change") << QStringLiteral("phq9") << 15 << 10 << -5.0 << "";
    QTest::newRow("PHQ-9 9 to 15 is a reliable deterioration") << QStringLiteral("phq9") << 9 << 15 << 6.0 << "R-";
    QTest::newRow("PHQ-9 9 to 14 is no reliable change") << QStringLiteral("phq9") << 9 << 14 << 5.0 << "";
    // GAD-7 reliable change 4.
    QTest::newRow("GAD-7 12 to 8 is a reliable improvement") << QStringLiteral("gad7") << 12 << 8 << -4.0 << "R+";
    QTest::newRow("GAD-7 12 to 9 is no reliable change") << QStringLiteral("gad7") << 12 << 9 << -3.0 << "";
    QTest::newRow("GAD-7 8 to 12 is a reliable deterioration") << QStringLiteral("gad7") << 8 << 12 << 4.0 << "R-";
    // CORE-10 reliable change 6 [S48].
    QTest::newRow("CORE-10 20 to 14 is a reliable improvement") << QStringLiteral("core10") << 20 << 14 << -6.0 << "R+";
    QTest::newRow("CORE-10 20 to 15 is no reliable change") << QStringLiteral("core10") << 20 << 15 << -5.0 << "";
    QTest::newRow("CORE-10 14 to 20 is a reliable deterioration")
        << QStringLiteral("core10") << 14 << 20 << 6.0 << "R-";
    // WEMWBS meaningful 3 [S3], reliable 8 (derived [S17]); higher is better.
    QTest::newRow("WEMWBS 40 to 42 is no meaningful change") << QStringLiteral("wemwbs") << 40 << 42 << 2.0 << "";
    QTest::newRow("WEMWBS 40 to 43 is a meaningful improvement") << QStringLiteral("wemwbs") << 40 << 43 << 3.0 << "M+";
    QTest::newRow("WEMWBS 40 to 47 is meaningful, not reliable") << QStringLiteral("wemwbs") << 40 << 47 << 7.0 << "M+";
    QTest::newRow("WEMWBS 40 to 48 is a reliable improvement") << QStringLiteral("wemwbs") << 40 << 48 << 8.0 << "R+M+";
    QTest::newRow("WEMWBS 48 to 40 is a reliable deterioration")
        << QStringLiteral("wemwbs") << 48 << 40 << -8.0 << "R-M-";
    // SWEMWBS on metric scores [S25]: meaningful 1, reliable 3.
    QTest::newRow("SWEMWBS raw 21 to 22 (19.25 to 19.98) is no meaningful change")
        << QStringLiteral("swemwbs") << 21 << 22 << 0.73 << "";
    QTest::newRow("SWEMWBS raw 21 to 23 (19.25 to 20.73) is a meaningful improvement")
        << QStringLiteral("swemwbs") << 21 << 23 << 1.48 << "M+";
    QTest::newRow("SWEMWBS raw 21 to 24 (19.25 to 21.54) is meaningful, not reliable")
        << QStringLiteral("swemwbs") << 21 << 24 << 2.29 << "M+";
    QTest::newRow("SWEMWBS raw 21 to 25 (19.25 to 22.35) is a reliable improvement")
        << QStringLiteral("swemwbs") << 21 << 25 << 3.10 << "R+M+";
    QTest::newRow("SWEMWBS raw 25 to 21 is a reliable deterioration")
        << QStringLiteral("swemwbs") << 25 << 21 << -3.10 << "R-M-";
    // WHO-5: 10 percentage points is significant [S68][S69].
    QTest::newRow("WHO-5 raw 10 to 12 (40% to 48%) is no meaningful change")
        << QStringLiteral("who5") << 10 << 12 << 8.0 << "";
    QTest::newRow("WHO-5 raw 10 to 13 (40% to 52%) is a meaningful improvement")
        << QStringLiteral("who5") << 10 << 13 << 12.0 << "M+";
    QTest::newRow("WHO-5 raw 13 to 10 is a meaningful deterioration")
        << QStringLiteral("who5") << 13 << 10 << -12.0 << "M-";
}

void TestMeasures::change()
{
    QFETCH(QString, id);
    QFETCH(int, firstRaw);
    QFETCH(int, lastRaw);
    QFETCH(double, difference);
    QFETCH(QString, expected);

    const MeasureDefinition& d = measure(id);
    const ScoreResult first = MeasureEngine::score(d, forTotal(d, firstRaw));
    const ScoreResult last = MeasureEngine::score(d, forTotal(d, lastRaw));
    const ChangeResult c = MeasureEngine::change(d, first, last);
    QVERIFY2(c.applicable, qPrintable(c.reason));
    QVERIFY(qAbs(c.difference - difference) < 1e-9);
    QCOMPARE(c.reliableImprovement, expected.contains(QLatin1String("R+")));
    QCOMPARE(c.reliableDeterioration, expected.contains(QLatin1String("R-")));
    QCOMPARE(c.meaningfulImprovement, expected.contains(QLatin1String("M+")));
    QCOMPARE(c.meaningfulDeterioration, expected.contains(QLatin1String("M-")));

    ScoreResult refused = first;
    refused.complete = false;
    refused.score.reset();
    QVERIFY(!MeasureEngine::change(d, refused, last).applicable);
}

void TestMeasures::loaderErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    auto broken = [](const std::function<void(QJsonObject&)>& edit) {
        QJsonObject o = validDefinition();
        edit(o);
        return QJsonDocument(o).toJson();
    };
    auto setScoring = [](QJsonObject& o, const QString& key, const QJsonValue& value) {
        QJsonObject s = o.value(QStringLiteral("scoring")).toObject();
        s.insert(key, value);
        o.insert(QStringLiteral("scoring"), s);
    };
    auto bandsJson = [](std::initializer_list<std::pair<double, double>> ranges) {
        QJsonArray bands;
        int i = 0;
        for (const auto& [min, max] : ranges) {
            bands.append(QJsonObject { { QStringLiteral("key"), QStringLiteral("b%1").arg(i++) },
                { QStringLiteral("label"), QStringLiteral("Band") }, { QStringLiteral("min"), min },
                { QStringLiteral("max"), max } });
        }
        return bands;
    };

    QTest::newRow("not JSON at all") << QByteArray("{ \"id\": \"x\", ")
                                     << QStringLiteral("broken.json: this is not valid JSON");
    QTest::newRow("a list instead of an object")
        << QByteArray("[1, 2]") << QStringLiteral("broken.json: a measure definition must be one JSON object");
    QTest::newRow("an unknown format") << broken([](QJsonObject& o) { o.insert(QStringLiteral("format"), 2); })
                                       << QStringLiteral("broken.json: format: format 2 is not known");
    QTest::newRow("no id") << broken([](QJsonObject& o) { o.remove(QStringLiteral("id")); })
                           << QStringLiteral("broken.json: id: is missing");
    QTest::newRow("an id with spaces") << broken([](QJsonObject& o) {
        o.insert(QStringLiteral("id"), QStringLiteral("My Scale"));
    }) << QStringLiteral("broken.json: id: \"My Scale\" must be lower-case");
    QTest::newRow("no licence") << broken([](QJsonObject& o) { o.remove(QStringLiteral("licence")); })
                                << QStringLiteral("broken.json: licence: is missing");
    QTest::newRow("no items") << broken([](QJsonObject& o) { o.remove(QStringLiteral("items")); })
                              << QStringLiteral("broken.json: items: is missing");
    QTest::newRow("an empty item list") << broken([](QJsonObject& o) {
        o.insert(QStringLiteral("items"), QJsonArray());
    }) << QStringLiteral("broken.json: items: has no items");
    QTest::newRow("items out of order") << broken([](QJsonObject& o) {
        QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QJsonObject second = items[1].toObject();
        second.insert(QStringLiteral("number"), 3);
        items[1] = second;
        o.insert(QStringLiteral("items"), items);
    }) << QStringLiteral("broken.json: items[1].number: is 3");
    QTest::newRow("an item with one answer") << broken([](QJsonObject& o) {
        QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QJsonObject first = items[0].toObject();
        first.insert(QStringLiteral("options"),
            QJsonArray {
                QJsonObject { { QStringLiteral("value"), 0 }, { QStringLiteral("label"), QStringLiteral("No") } } });
        items[0] = first;
        o.insert(QStringLiteral("items"), items);
    }) << QStringLiteral("broken.json: items[0].options: needs at least two scored answers");
    QTest::newRow("two answers with the same value") << broken([](QJsonObject& o) {
        QJsonArray options = o.value(QStringLiteral("options")).toArray();
        options.append(
            QJsonObject { { QStringLiteral("value"), 2 }, { QStringLiteral("label"), QStringLiteral("again") } });
        o.insert(QStringLiteral("options"), options);
    }) << QStringLiteral("broken.json: options[4].value: 2 is used by another answer");
    QTest::newRow("a risk rule no answer can trigger") << broken([](QJsonObject& o) {
        QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QJsonObject third = items[2].toObject();
        third.insert(QStringLiteral("risk"),
            QJsonObject { { QStringLiteral("above"), 3 }, { QStringLiteral("label"), QStringLiteral("Risk") } });
        items[2] = third;
        o.insert(QStringLiteral("items"), items);
    }) << QStringLiteral("broken.json: items[2].risk.above: 3 must be at least 0 and below 3");
    QTest::newRow("an unknown scoring method")
        << broken([&](QJsonObject& o) { setScoring(o, QStringLiteral("method"), QStringLiteral("median")); })
        << QStringLiteral("broken.json: scoring.method: \"median\" is not a scoring method");
    QTest::newRow("a score range that the items cannot give") << broken([&](QJsonObject& o) {
        setScoring(o, QStringLiteral("scoreRange"),
            QJsonObject { { QStringLiteral("min"), 0 }, { QStringLiteral("max"), 12 } });
    }) << QStringLiteral("broken.json: scoring.scoreRange: says 0-12, but the items and scoring method give 0-9");
    QTest::newRow("overlapping bands") << broken([&](QJsonObject& o) {
        o.insert(QStringLiteral("bands"), bandsJson({ { 0, 4 }, { 4, 9 } }));
    }) << QStringLiteral("broken.json: bands[1].min: 4 overlaps the band before it (0-4)");
    QTest::newRow("bands with a gap") << broken([&](QJsonObject& o) {
        o.insert(QStringLiteral("bands"), bandsJson({ { 0, 4 }, { 6, 9 } }));
    }) << QStringLiteral("broken.json: bands: a score of 5 falls in a gap between bands");
    QTest::newRow("bands that start above the lowest score") << broken([&](QJsonObject& o) {
        o.insert(QStringLiteral("bands"), bandsJson({ { 1, 4 }, { 5, 9 } }));
    }) << QStringLiteral("broken.json: bands[0].min: the lowest band must start at the lowest score, 0, not 1");
    QTest::newRow("bands that stop below the highest score") << broken([&](QJsonObject& o) {
        o.insert(QStringLiteral("bands"), bandsJson({ { 0, 4 }, { 5, 8 } }));
    }) << QStringLiteral("broken.json: bands[1].max: the highest band must end at the highest score, 9, not 8");
    QTest::newRow("a band upside down") << broken([&](QJsonObject& o) {
        o.insert(QStringLiteral("bands"), bandsJson({ { 4, 0 }, { 5, 9 } }));
    }) << QStringLiteral("broken.json: bands[0]: max 0 is below min 4");
    QTest::newRow("a lookup table missing a raw total")
        << broken([&](QJsonObject& o) {
               setScoring(o, QStringLiteral("method"), QStringLiteral("lookup"));
               QJsonArray table = swemwbsStyleLookup(0, 9);
               table.removeAt(5);
               setScoring(o, QStringLiteral("lookup"), table);
               o.remove(QStringLiteral("bands"));
           })
        << QStringLiteral(
               "broken.json: scoring.lookup: has no score for a raw total of 5; it must cover every total from 0 to 9");
    QTest::newRow("a lookup table with an impossible raw total") << broken([&](QJsonObject& o) {
        setScoring(o, QStringLiteral("method"), QStringLiteral("lookup"));
        setScoring(o, QStringLiteral("lookup"), swemwbsStyleLookup(0, 10));
        o.remove(QStringLiteral("bands"));
    }) << QStringLiteral("broken.json: scoring.lookup[10]: raw total 10 cannot happen: totals run from 0 to 9");
    QTest::newRow("a lookup table listing a total twice") << broken([&](QJsonObject& o) {
        setScoring(o, QStringLiteral("method"), QStringLiteral("lookup"));
        QJsonArray table = swemwbsStyleLookup(0, 9);
        table.append(QJsonArray { 3, 1.0 });
        setScoring(o, QStringLiteral("lookup"), table);
        o.remove(QStringLiteral("bands"));
    }) << QStringLiteral("broken.json: scoring.lookup[10]: raw total 3 is listed twice");
    QTest::newRow("prorating with a lookup table") << broken([&](QJsonObject& o) {
        setScoring(o, QStringLiteral("method"), QStringLiteral("lookup"));
        setScoring(o, QStringLiteral("lookup"), swemwbsStyleLookup(0, 9));
        setScoring(o, QStringLiteral("missing"),
            QJsonObject { { QStringLiteral("rule"), QStringLiteral("prorate") }, { QStringLiteral("maxMissing"), 1 } });
    }) << QStringLiteral("broken.json: scoring.missing.rule: a conversion table needs whole totals");
    QTest::newRow("prorating every item away") << broken([&](QJsonObject& o) {
        setScoring(o, QStringLiteral("missing"),
            QJsonObject { { QStringLiteral("rule"), QStringLiteral("prorate") }, { QStringLiteral("maxMissing"), 3 } });
    }) << QStringLiteral("broken.json: scoring.missing.maxMissing: 3 must be from 1 to 2");
    QTest::newRow("a caseness cut-off outside the scores") << broken([](QJsonObject& o) {
        o.insert(QStringLiteral("caseness"),
            QJsonObject { { QStringLiteral("when"), QStringLiteral("atOrAbove") }, { QStringLiteral("value"), 12 },
                { QStringLiteral("label"), QStringLiteral("Case") } });
    }) << QStringLiteral("broken.json: caseness.value: 12 lies outside the scores 0-9");
    QTest::newRow("a negative reliable change") << broken([](QJsonObject& o) {
        o.insert(QStringLiteral("change"), QJsonObject { { QStringLiteral("reliable"), -2 } });
    }) << QStringLiteral("broken.json: change.reliable: must be above 0");
    QTest::newRow("bands on a measure with no total")
        << broken([&](QJsonObject& o) { setScoring(o, QStringLiteral("method"), QStringLiteral("none")); })
        << QStringLiteral("broken.json: bands: a measure with no total");
}

void TestMeasures::loaderErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<MeasureDefinition> result
        = MeasureLoader::fromFile(writeFile(dir, QStringLiteral("broken.json"), json));
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QVERIFY2(result.message().startsWith(message), qPrintable(result.message()));
}

void TestMeasures::libraryKeepsGoodFilesAndReportsBadOnes()
{
    // The unbroken test definition loads, so the rows above fail only for the reason they name.
    QVERIFY2(MeasureLoader::fromJson(QJsonDocument(validDefinition()).toJson(), QStringLiteral("small.json")).isOk(),
        qPrintable(MeasureLoader::fromJson(QJsonDocument(validDefinition()).toJson(), QStringLiteral("small.json"))
                       .message()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    writeFile(dir, QStringLiteral("a-good.json"), QJsonDocument(validDefinition()).toJson());
    writeFile(dir, QStringLiteral("b-broken.json"), QByteArray("not json"));
    writeFile(dir, QStringLiteral("c-same-again.json"), QJsonDocument(validDefinition()).toJson());
    writeFile(dir, QStringLiteral("notes.txt"), QByteArray("ignored"));

    MeasureLibrary lib;
    const int shipped = int(lib.definitions().size());
    QCOMPARE(lib.loadFolder(dir.path()), 1);
    QCOMPARE(lib.definitions().size(), shipped + 1);
    QVERIFY(lib.find(QStringLiteral("small"), 1) != nullptr);
    QCOMPARE(lib.errors().size(), 2);
    QVERIFY(lib.errors()[0].startsWith(QLatin1String("b-broken.json: this is not valid JSON")));
    QVERIFY(lib.errors()[1].startsWith(QLatin1String("c-same-again.json: small version 1 is already loaded")));
    QCOMPARE(lib.loadFolder(dir.filePath(QStringLiteral("no-such-folder"))), 0);
}

void TestMeasures::newMeasureFromDataNeedsNoCode()
{
    MeasureLibrary lib;
    QCOMPARE(lib.loadFolder(QStringLiteral(ALONGSIDE_TEST_DATA "/measures")), 1);
    QVERIFY2(lib.errors().isEmpty(), qPrintable(lib.errors().join(QLatin1Char('\n'))));
    QVERIFY(lib.find(QStringLiteral("test-checkin"), 1) == nullptr);
    const MeasureDefinition* d = lib.latest(QStringLiteral("test-checkin"));
    QVERIFY(d != nullptr);
    QCOMPARE(d->version, 2);
    QCOMPARE(d->scoredItemCount(), 4);
    QCOMPARE(d->items[4].kind, ItemKind::FreeText);
    QCOMPARE(d->items[2].kind, ItemKind::YesNoNa);

    // Mean of item scores; item 2 reversed (answer 0 scores 3); free text takes no number.
    ScoreResult r = MeasureEngine::score(*d, answers({ 2, 0, 1, 0, kMissing }));
    QVERIFY2(r.complete, qPrintable(r.reason));
    QCOMPARE(r.rawTotal, 6.0);
    QCOMPARE(*r.score, 1.5);
    QCOMPARE(r.bandKey, QStringLiteral("unsettled"));
    QCOMPARE(*r.caseness, true);
    QVERIFY(r.risks.isEmpty());

    // "Not applicable" is neither answered nor missing; the mean is over the items answered.
    r = MeasureEngine::score(*d, answers({ 1, 3, 9, 2, kMissing }));
    QVERIFY2(r.complete, qPrintable(r.reason));
    QCOMPARE(r.answered, 3);
    QCOMPARE(r.missing, 0);
    QCOMPARE(*r.score, 1.0);
    QCOMPARE(r.bandKey, QStringLiteral("settled"));
    QCOMPARE(*r.caseness, false);
    QCOMPARE(r.risks.size(), 1);
    QCOMPARE(r.risks[0].itemNumber, 4);

    // One missing item is allowed by its rule, two are not; a number for the free-text item is refused.
    r = MeasureEngine::score(*d, answers({ kMissing, 3, 0, 0, kMissing }));
    QVERIFY(r.complete && r.prorated);
    r = MeasureEngine::score(*d, answers({ kMissing, kMissing, 0, 0, kMissing }));
    QVERIFY(!r.complete);
    QVERIFY(r.reason.contains(QLatin1String("allow at most 1")));
    r = MeasureEngine::score(*d, answers({ 0, 3, 0, 0, 2 }));
    QVERIFY(!r.complete);
    QVERIFY(r.reason.contains(QLatin1String("item 5 is a written answer")));

    const ChangeResult c = MeasureEngine::change(*d, MeasureEngine::score(*d, answers({ 3, 0, 1, 3, kMissing })),
        MeasureEngine::score(*d, answers({ 1, 2, 0, 0, kMissing })));
    QVERIFY(c.applicable);
    QCOMPARE(c.difference, 0.5 - 2.5);
    QVERIFY(c.reliableImprovement && c.meaningfulImprovement);
    QVERIFY(!c.reliableDeterioration);
}

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
