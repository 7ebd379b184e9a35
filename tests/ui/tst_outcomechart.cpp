// One person's scores on one measure over time: a PHQ-9 with a reliable improvement, a SWEMWBS with
// a meaningful but not reliable one (decimal metric scores), a WEMWBS that got reliably worse, a GAD-7
// that did not change, several responses on one day, and the plain messages for a single score and
// for ONS4 (no total). Responses are scored with the shipped definitions, as MeasureService does.
// With ALONGSIDE_SCREENSHOTS=DIR set, it also saves PNGs of the PHQ-9, SWEMWBS and one-day charts.

#include "core/measures/measureengine.h"
#include "core/measures/measureloader.h"
#include "support/uitest.h"
#include "ui/measures/outcomechart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTest>

using namespace alongside;
using core::MeasureDefinition;
using core::MeasureResponse;
using test::screenshot;

namespace {

const core::MeasureLibrary& library()
{
    static const core::MeasureLibrary lib;
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

/** Answers giving this raw total, spread over the items (reverse items answered accordingly). */
QList<std::optional<int>> forTotal(const MeasureDefinition& d, int total)
{
    QList<int> scored;
    int remaining = total - int(d.rawMin());
    for (const core::MeasureItem& item : d.items) {
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
    QList<std::optional<int>> result;
    for (int i = 0; i < d.items.size(); ++i) {
        const core::MeasureItem& item = d.items[i];
        result.append(item.reverse ? item.minValue() + item.maxValue() - scored[i] : scored[i]);
    }
    return result;
}

MeasureResponse response(const MeasureDefinition& d, const QDate& on, const QList<std::optional<int>>& answers)
{
    static qint64 nextId = 1;
    MeasureResponse r;
    r.id = nextId++;
    r.clientId = 7;
    r.measureId = d.id;
    r.definitionVersion = d.version;
    r.shortTitle = d.shortTitle;
    r.administeredOn = on;
    r.answers = answers;
    r.result = core::MeasureEngine::score(d, answers);
    return r;
}

MeasureResponse scored(const MeasureDefinition& d, const QDate& on, int rawTotal)
{
    MeasureResponse r = response(d, on, forTotal(d, rawTotal));
    if (!r.result.complete) {
        qFatal("%s total %d did not score: %s", qPrintable(d.id), rawTotal, qPrintable(r.result.reason));
    }
    return r;
}

QDate dayOf(qreal x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x)).date();
}

int seriesOf(QChart* chart, QAbstractSeries::SeriesType type)
{
    int n = 0;
    for (QAbstractSeries* s : chart->series()) {
        n += s->type() == type ? 1 : 0;
    }
    return n;
}

} // namespace

class TstOutcomeChart : public QObject
{
    Q_OBJECT

private slots:
    void phq9ReliableImprovement();
    void swemwbsMeaningfulNotReliable();
    void wemwbsDeterioration();
    void noChange();
    void severalOnOneDay();
    void singleResponseSaysSo();
    void ons4HasNoTotal();
    void nothingScoredSaysSo();
};

void TstOutcomeChart::phq9ReliableImprovement()
{
    const MeasureDefinition& d = measure(QStringLiteral("phq9"));
    QList<MeasureResponse> responses {
        scored(d, QDate(2026, 1, 3), 18),
        scored(d, QDate(2026, 3, 2), 15),
        scored(d, QDate(2026, 5, 4), 12),
    };
    // Item 4 left out: PHQ-9 allows no missing item, so this one has no score and is left out.
    QList<std::optional<int>> gap = forTotal(d, 10);
    gap[3] = std::nullopt;
    responses << response(d, QDate(2026, 6, 1), gap);
    QVERIFY(!responses.last().result.complete);
    responses << scored(d, QDate(2026, 7, 6), 9) << scored(d, QDate(2026, 11, 5), 7);

    ui::OutcomeChart chart;
    chart.resize(700, 420);
    chart.setResponses(d, responses, QStringLiteral("Ada Byrne"));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));

    QChartView* view = chart.chartView();
    QVERIFY(view);
    QCOMPARE(chart.unscoredCount(), 1);
    QLineSeries* line = chart.scoreSeries();
    QVERIFY(line);
    QCOMPARE(line->count(), 5);
    const QList<QDate> days { QDate(2026, 1, 3), QDate(2026, 3, 2), QDate(2026, 5, 4), QDate(2026, 7, 6),
        QDate(2026, 11, 5) };
    const QList<int> values { 18, 15, 12, 9, 7 };
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(dayOf(line->at(i).x()), days[i]);
        QCOMPARE(line->at(i).y(), qreal(values[i]));
    }
    // First and last marked, with different shapes.
    QCOMPARE(chart.firstMarker()->count(), 1);
    QCOMPARE(chart.lastMarker()->count(), 1);
    QCOMPARE(chart.firstMarker()->at(0), line->at(0));
    QCOMPARE(chart.lastMarker()->at(0), line->at(4));
    QVERIFY(chart.firstMarker()->markerShape() != chart.lastMarker()->markerShape());
    QCOMPARE(chart.firstLabel(), QStringLiteral("First: 18"));
    QCOMPARE(chart.lastLabel(), QStringLiteral("Last: 7 — reliable improvement"));
    // The words are on the chart too.
    QStringList onChart;
    for (QGraphicsItem* item : view->scene()->items()) {
        if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item)) {
            onChart << text->text();
        }
    }
    QVERIFY2(onChart.contains(chart.lastLabel()), qPrintable(onChart.join(QStringLiteral(" | "))));
    QVERIFY(onChart.contains(chart.firstLabel()));
    QVERIFY(onChart.contains(QStringLiteral("Cut-off: 10")));

    // One strip per band, named on the right; the cut-off as a dashed line.
    QChart* c = view->chart();
    QCOMPARE(seriesOf(c, QAbstractSeries::SeriesTypeArea), int(d.bands.size()));
    auto bandAxes = c->axes(Qt::Vertical);
    QCategoryAxis* names = nullptr;
    for (QAbstractAxis* a : bandAxes) {
        names = names ? names : qobject_cast<QCategoryAxis*>(a);
    }
    QVERIFY(names);
    QCOMPARE(names->categoriesLabels().size(), int(d.bands.size()));
    QVERIFY2(names->categoriesLabels().contains(QStringLiteral("Moderately severe<br>(15-19)")),
        qPrintable(names->categoriesLabels().join(QStringLiteral(" | "))));
    bool dashed = false;
    for (QAbstractSeries* s : c->series()) {
        if (auto* l = qobject_cast<QLineSeries*>(s); l && l != line && s->type() == QAbstractSeries::SeriesTypeLine) {
            dashed = dashed || (l->pen().style() == Qt::DashLine && l->at(0).y() == 10);
        }
    }
    QVERIFY(dashed);
    for (QAbstractAxis* a : bandAxes) {
        if (a != names) {
            QVERIFY2(a->titleText().contains(QStringLiteral("lower is better")), qPrintable(a->titleText()));
        }
    }

    QCOMPARE(chart.summary(),
        QStringLiteral(
            "PHQ-9: 5 scores from 3 Jan 2026 to 5 Nov 2026. First 18 (Moderately severe), last 7 (Mild): "
            "down 11 points, a reliable improvement (6 points or more). Lower scores are better. The dashed line marks "
            "the cut-off: At or above the NHS Talking Therapies cut-off (10 or more). The last score, 7, is outside "
            "that "
            "range. 1 response "
            "could not be scored and is not shown."));
    QCOMPARE(view->accessibleDescription(), chart.summary());
    QVERIFY(!view->accessibleName().isEmpty());
    QVERIFY(c->title().contains(QStringLiteral("Ada Byrne")));
    QCOMPARE(view->focusPolicy(), Qt::StrongFocus);
    screenshot(&chart, QStringLiteral("outcome-chart-phq9"));
}

void TstOutcomeChart::swemwbsMeaningfulNotReliable()
{
    const MeasureDefinition& d = measure(QStringLiteral("swemwbs"));
    // Raw 17, 18, 20: metric 16.88, 17.43, 18.59 (up 1.71: meaningful is 1, reliable 3).
    const QList<MeasureResponse> responses {
        scored(d, QDate(2026, 2, 10), 17),
        scored(d, QDate(2026, 4, 14), 18),
        scored(d, QDate(2026, 6, 9), 20),
    };
    ui::OutcomeChart chart;
    chart.resize(700, 420);
    chart.setResponses(d, responses, QString());
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QVERIFY(chart.chartView());
    QCOMPARE(chart.scoreSeries()->count(), 3);
    QCOMPARE(chart.scoreSeries()->at(0).y(), 16.88);
    QCOMPARE(chart.lastMarker()->at(0).y(), 18.59);
    QCOMPARE(seriesOf(chart.chartView()->chart(), QAbstractSeries::SeriesTypeArea), int(d.bands.size()));
    QCOMPARE(chart.firstLabel(), QStringLiteral("First: 16.9"));
    QCOMPARE(chart.lastLabel(), QStringLiteral("Last: 18.6 — meaningful improvement"));
    QCOMPARE(chart.summary(),
        QStringLiteral("SWEMWBS: 3 scores from 10 Feb 2026 to 9 Jun 2026. First 16.9 (Low), last 18.6 (Low): up 1.7 "
                       "points, a meaningful improvement (1 point or more) but not a reliable one (3 points or more). "
                       "Higher scores are better."));
    // No caseness cut-off for SWEMWBS: no dashed line.
    for (QAbstractSeries* s : chart.chartView()->chart()->series()) {
        if (auto* l = qobject_cast<QLineSeries*>(s); l && s->type() == QAbstractSeries::SeriesTypeLine) {
            QVERIFY(l->pen().style() != Qt::DashLine);
        }
    }
    screenshot(&chart, QStringLiteral("outcome-chart-swemwbs"));
}

void TstOutcomeChart::wemwbsDeterioration()
{
    const MeasureDefinition& d = measure(QStringLiteral("wemwbs"));
    const QList<MeasureResponse> responses {
        scored(d, QDate(2025, 10, 1), 52),
        scored(d, QDate(2026, 1, 20), 47),
        scored(d, QDate(2026, 3, 3), 43),
    };
    ui::OutcomeChart chart;
    chart.setResponses(d, responses, QStringLiteral("Bea"));
    QVERIFY(chart.chartView());
    QCOMPARE(chart.lastLabel(), QStringLiteral("Last: 43 — reliable deterioration"));
    QCOMPARE(chart.summary(),
        QStringLiteral("WEMWBS: 3 scores from 1 Oct 2025 to 3 Mar 2026. First 52 (Average), last 43 (Low): down 9 "
                       "points, a reliable deterioration (8 points or more). Higher scores are better."));
}

void TstOutcomeChart::noChange()
{
    const MeasureDefinition& d = measure(QStringLiteral("gad7"));
    ui::OutcomeChart chart;
    chart.setResponses(d, { scored(d, QDate(2026, 1, 5), 8), scored(d, QDate(2026, 2, 5), 8) }, QString());
    QVERIFY(chart.chartView());
    QVERIFY2(chart.summary().contains(QStringLiteral("First 8 (Mild), last 8 (Mild): no change, less than a")),
        qPrintable(chart.summary()));
    QVERIFY2(chart.lastLabel().startsWith(QStringLiteral("Last: 8 — no ")), qPrintable(chart.lastLabel()));
}

void TstOutcomeChart::severalOnOneDay()
{
    const MeasureDefinition& d = measure(QStringLiteral("phq9"));
    const QDate day(2026, 4, 1);
    ui::OutcomeChart chart;
    chart.resize(700, 420);
    chart.setResponses(d, { scored(d, day, 20), scored(d, day, 14), scored(d, day, 12) }, QString());
    chart.show();
    QVERIFY(chart.chartView());
    QLineSeries* line = chart.scoreSeries();
    QCOMPARE(line->count(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(dayOf(line->at(i).x()), day);
    }
    QVERIFY(line->at(0).x() < line->at(1).x() && line->at(1).x() < line->at(2).x()); // in the order given
    QCOMPARE(line->at(2).y(), 12.0);
    // A one-day range is padded so that the markers are not at the very edge.
    auto* dates = qobject_cast<QDateTimeAxis*>(chart.chartView()->chart()->axes(Qt::Horizontal).first());
    QVERIFY(dates);
    QVERIFY(dates->min().date() < day);
    QVERIFY(dates->max().date() > day);
    QVERIFY2(chart.summary().startsWith(QStringLiteral("PHQ-9: 3 scores from 1 Apr 2026 to 1 Apr 2026.")),
        qPrintable(chart.summary()));
    screenshot(&chart, QStringLiteral("outcome-chart-one-day"));
}

void TstOutcomeChart::singleResponseSaysSo()
{
    const MeasureDefinition& d = measure(QStringLiteral("phq9"));
    ui::OutcomeChart chart;
    chart.setResponses(d, { scored(d, QDate(2026, 1, 3), 18) }, QStringLiteral("Ada"));
    chart.show();
    QVERIFY(!chart.chartView());
    QVERIFY(!chart.scoreSeries());
    QVERIFY(!chart.firstMarker());
    auto* empty = chart.findChild<QLabel*>(QStringLiteral("outcomeEmptyLabel"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(),
        QStringLiteral("Only one PHQ-9 score so far: 18 (Moderately severe) on 3 Jan 2026. The chart appears once "
                       "there are two."));
    QCOMPARE(chart.summary(), empty->text());
    QVERIFY(!chart.findChild<QLabel*>(QStringLiteral("outcomeSummaryLabel"))->isVisible());

    // Back to a chart, then to a message again: the old series are gone.
    chart.setResponses(d, { scored(d, QDate(2026, 1, 3), 18), scored(d, QDate(2026, 2, 3), 16) }, QString());
    QVERIFY(chart.chartView());
    chart.setResponses(d, {}, QString());
    QVERIFY(!chart.chartView());
    QVERIFY(chart.summary().startsWith(QStringLiteral("No PHQ-9 scores yet.")));
}

void TstOutcomeChart::ons4HasNoTotal()
{
    const MeasureDefinition& d = measure(QStringLiteral("ons4"));
    QVERIFY(!d.hasTotal());
    const QList<MeasureResponse> responses {
        response(d, QDate(2026, 1, 3), { 4, 5, 6, 3 }),
        response(d, QDate(2026, 3, 3), { 6, 6, 7, 2 }),
        response(d, QDate(2026, 5, 3), { 7, 7, 8, 2 }),
    };
    ui::OutcomeChart chart;
    chart.setResponses(d, responses, QString());
    chart.show();
    QVERIFY(!chart.chartView());
    QCOMPARE(chart.summary(),
        QStringLiteral("ONS4 has no total score, so there is no line to draw: see each answer in the table above."));
    QVERIFY(chart.findChild<QLabel*>(QStringLiteral("outcomeEmptyLabel"))->isVisible());
}

void TstOutcomeChart::nothingScoredSaysSo()
{
    const MeasureDefinition& d = measure(QStringLiteral("phq9"));
    QList<std::optional<int>> gap = forTotal(d, 10);
    gap[0] = std::nullopt;
    gap[1] = std::nullopt;
    ui::OutcomeChart chart;
    chart.setResponses(d, { response(d, QDate(2026, 1, 3), gap), response(d, QDate(2026, 2, 3), gap) }, QString());
    QVERIFY(!chart.chartView());
    QCOMPARE(chart.unscoredCount(), 2);
    QCOMPARE(chart.summary(),
        QStringLiteral("No PHQ-9 scores yet. The chart appears once two PHQ-9 questionnaires have been scored. 2 "
                       "responses could not be scored and are not shown."));
}

QTEST_MAIN(TstOutcomeChart)
#include "tst_outcomechart.moc"
