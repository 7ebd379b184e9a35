#include "outcomechart.h"

#include "core/measures/measureengine.h"
#include "ui/common/wrappinglabel.h"

#include <QAreaSeries>
#include <QBrush>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFont>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace alongside::ui {

namespace {

const QColor kLineColour(0x1f, 0x4e, 0x9c); // dark blue
const QColor kLastColour(0xb3, 0x58, 0x06); // dark orange, also told apart by shape
const QColor kInk(0x20, 0x20, 0x20);
const QString kDateFormat = QStringLiteral("d MMM yyyy");

bool isWhole(double v)
{
    return std::abs(v - std::round(v)) < 0.005;
}

/** A score as people write it: 18, or 17.4 where it is not whole (SWEMWBS metric scores). */
QString scoreText(double v)
{
    const QLocale locale;
    return isWhole(v) ? locale.toString(qlonglong(std::llround(v))) : locale.toString(v, 'f', 1);
}

/** "Moderately severe" from "Moderately severe (15-19)": the range is on the chart already. */
QString bandName(const QString& label)
{
    static const QRegularExpression range(QStringLiteral("\\s*\\([^()]*\\)\\s*$"));
    QString name = label;
    name.remove(range);
    return name.isEmpty() ? label : name;
}

/** A band's label on two lines where it is long ("Moderately severe" over "(15-19)"), so it is not cut short. */
QString axisLabel(const QString& label)
{
    const QString name = bandName(label);
    if (name == label || label.size() <= 18) {
        return label.toHtmlEscaped();
    }
    return name.toHtmlEscaped() + QStringLiteral("<br>") + label.mid(name.size()).trimmed().toHtmlEscaped();
}

QString bandOf(const core::MeasureDefinition& definition, const core::ScoreResult& result)
{
    if (const core::ScoreBand* band = core::MeasureEngine::bandFor(definition.bands, *result.score)) {
        return bandName(band->label);
    }
    return bandName(result.bandLabel);
}

/** Gentle fills from the worse end of the scale to the better: pale rose, pale sand, pale green. */
QColor bandColour(int fromWorse, int count)
{
    const QColor worse(0xf2, 0xb8, 0xb0);
    const QColor middle(0xf6, 0xe0, 0xa6);
    const QColor better(0xb9, 0xdf, 0xc1);
    const double t = count <= 1 ? 1.0 : double(fromWorse) / double(count - 1);
    const QColor& a = t < 0.5 ? worse : middle;
    const QColor& b = t < 0.5 ? middle : better;
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    QColor c(int(a.red() + (b.red() - a.red()) * u), int(a.green() + (b.green() - a.green()) * u),
        int(a.blue() + (b.blue() - a.blue()) * u));
    c.setAlpha(150);
    return c;
}

QImage dotImage(const QColor& colour)
{
    const int size = 9;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, 1));
    p.setBrush(colour);
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    p.end();
    return image;
}

/** A tick every 1, 2, 5, 10 or 20 points, so that the score axis has five to ten labels. */
double tickInterval(double range)
{
    for (double step : { 1.0, 2.0, 5.0, 10.0, 20.0, 25.0, 50.0 }) {
        if (range / step <= 8) {
            return step;
        }
    }
    return 100;
}

QString pointsText(double difference)
{
    const double size = std::abs(difference);
    return isWhole(size) && std::llround(size) == 1 ? OutcomeChart::tr("1 point")
                                                    : OutcomeChart::tr("%1 points").arg(scoreText(size));
}

QString unscoredText(int unscored)
{
    if (unscored == 0) {
        return {};
    }
    return QLatin1Char(' ')
        + (unscored == 1 ? OutcomeChart::tr("1 response could not be scored and is not shown.")
                         : OutcomeChart::tr("%1 responses could not be scored and are not shown.").arg(unscored));
}

} // namespace

OutcomeChart::OutcomeChart(QWidget* parent)
    : ChartPanel(QStringLiteral("outcome"), tr("Outcome scores chart"), 300, parent)
{
    showMessage(tr("No outcome measure chosen."));
}

void OutcomeChart::showMessage(const QString& message)
{
    m_scores = nullptr;
    m_first = nullptr;
    m_last = nullptr;
    m_notes.clear();
    m_firstLabel.clear();
    m_lastLabel.clear();
    view()->setChart(new QChart); // the old chart (with its series and notes) is deleted
    m_summaryText = message;
    emptyLabel()->setText(message);
    emptyLabel()->setAccessibleName(tr("Outcome scores"));
    showText();
    summaryLabel()->hide();
}

void OutcomeChart::setResponses(
    const core::MeasureDefinition& definition, const QList<core::MeasureResponse>& responses, const QString& name)
{
    const QLocale locale;
    const QString measure = definition.shortTitle.isEmpty() ? definition.id : definition.shortTitle;
    QList<core::MeasureResponse> scored;
    m_unscored = 0;
    for (const core::MeasureResponse& r : responses) {
        if (r.result.complete && r.result.score) {
            scored << r;
        } else {
            ++m_unscored;
        }
    }
    // Oldest first, keeping the given order within a day.
    std::stable_sort(scored.begin(), scored.end(), [](const core::MeasureResponse& a, const core::MeasureResponse& b) {
        return a.administeredOn < b.administeredOn;
    });

    if (!definition.hasTotal()) {
        m_unscored = 0;
        showMessage(
            tr("%1 has no total score, so there is no line to draw: see each answer in the table above.").arg(measure));
        return;
    }
    if (scored.size() < kMinimumPoints) {
        QString message;
        if (scored.isEmpty()) {
            message
                = tr("No %1 scores yet. The chart appears once two %1 questionnaires have been scored.").arg(measure);
        } else {
            const core::MeasureResponse& only = scored.first();
            message = tr("Only one %1 score so far: %2 (%3) on %4. The chart appears once there are two.")
                          .arg(measure, scoreText(*only.result.score), bandOf(definition, only.result),
                              locale.toString(only.administeredOn, kDateFormat));
        }
        showMessage(message + unscoredText(m_unscored));
        return;
    }

    m_notes.clear();
    auto* chart = new QChart;
    chart->setTitle(name.isEmpty() ? tr("%1 scores").arg(measure) : tr("%1's %2 scores").arg(name, measure));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);

    // Dates: each response on its own day; several on one day are spread across that day in order,
    // so that each keeps the right date and the line still runs through them in turn.
    QList<qreal> xs;
    for (int i = 0; i < scored.size();) {
        int j = i;
        while (j < scored.size() && scored[j].administeredOn == scored[i].administeredOn) {
            ++j;
        }
        const qint64 midnight = QDateTime(scored[i].administeredOn, QTime(0, 0)).toMSecsSinceEpoch();
        for (int k = i; k < j; ++k) {
            xs << qreal(midnight + qint64(86400000.0 * (k - i + 1) / (j - i + 1)));
        }
        i = j;
    }
    const QDate firstDay = scored.first().administeredOn;
    const QDate lastDay = scored.last().administeredOn;
    const qint64 span = firstDay.daysTo(lastDay);
    // Room either side for the markers and their words; a single day gets a week around it.
    const qint64 pad = std::max<qint64>(3, span / 12);
    const QDateTime from(firstDay.addDays(-pad), QTime(0, 0));
    const QDateTime to(lastDay.addDays(pad), QTime(23, 59));
    const qreal xMin = qreal(from.toMSecsSinceEpoch());
    const qreal xMax = qreal(to.toMSecsSinceEpoch());

    auto* dates = new QDateTimeAxis;
    dates->setTitleText(tr("Date completed"));
    // Ticks fall on evenly spaced days, not on the first of a month, so every label names its day:
    // "Mar 2025" under 19 March would put a score of 6 March in February. Within one year the day
    // and month are enough; otherwise (or within a fortnight) the whole date.
    dates->setFormat(
        span >= 14 && from.date().year() == to.date().year() ? QStringLiteral("d MMM") : QStringLiteral("d MMM yyyy"));
    dates->setTickCount(int(std::clamp<qint64>(span / 30 + 1, 3, 7)));
    dates->setRange(from, to);

    auto* scores = new QValueAxis;
    // Short, so that it is not cut off when the chart is given little height: the chart's title
    // already names the measure.
    scores->setTitleText(definition.higherIsBetter ? tr("Score: higher is better") : tr("Score: lower is better"));
    scores->setRange(definition.scoreMin, definition.scoreMax);
    const double interval = tickInterval(definition.scoreMax - definition.scoreMin);
    scores->setTickType(QValueAxis::TicksDynamic);
    scores->setTickAnchor(std::ceil(definition.scoreMin / interval) * interval);
    scores->setTickInterval(interval);
    scores->setLabelFormat(QStringLiteral("%d"));

    // The band names on the right, each level with the middle of its strip.
    auto* bandAxis = new QCategoryAxis;
    bandAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    bandAxis->setGridLineVisible(false);
    bandAxis->setLineVisible(false);
    bandAxis->setStartValue(definition.scoreMin);
    bandAxis->setRange(definition.scoreMin, definition.scoreMax);
    QFont bandFont = bandAxis->labelsFont();
    bandFont.setPointSizeF(bandFont.pointSizeF() * 0.9);
    bandAxis->setLabelsFont(bandFont);

    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(scores, Qt::AlignLeft);
    chart->addAxis(bandAxis, Qt::AlignRight);

    // Bands as horizontal strips. A strip reaches halfway to the next band, so that whole-number
    // bands (0-4, 5-9) leave no gaps and every score sits inside its own band's strip.
    QList<QAreaSeries*> strips;
    const int bandCount = int(definition.bands.size());
    for (int b = 0; b < bandCount; ++b) {
        const core::ScoreBand& band = definition.bands[b];
        const double low = b == 0 ? definition.scoreMin : (definition.bands[b - 1].max + band.min) / 2;
        const double high = b == bandCount - 1 ? definition.scoreMax : (band.max + definition.bands[b + 1].min) / 2;
        auto* upper = new QLineSeries;
        upper->append(xMin, high);
        upper->append(xMax, high);
        auto* lower = new QLineSeries;
        lower->append(xMin, low);
        lower->append(xMax, low);
        auto* strip = new QAreaSeries(upper, lower);
        upper->setParent(strip);
        lower->setParent(strip);
        strip->setName(band.label);
        const int fromWorse = definition.higherIsBetter ? b : bandCount - 1 - b;
        strip->setBrush(bandColour(fromWorse, bandCount));
        strip->setPen(QPen(QColor(255, 255, 255, 200), 1));
        chart->addSeries(strip);
        strip->attachAxis(dates);
        strip->attachAxis(scores);
        strips << strip;
        bandAxis->append(axisLabel(band.label), (low + high) / 2);
    }

    // The cut-off for the clinical range, dashed, with its words at the left.
    QLineSeries* cutOff = nullptr;
    if (definition.caseness) {
        cutOff = new QLineSeries;
        cutOff->setName(tr("Cut-off (dashed line)"));
        cutOff->setPen(QPen(kInk, 1.5, Qt::DashLine));
        cutOff->append(xMin, definition.caseness->value);
        cutOff->append(xMax, definition.caseness->value);
        chart->addSeries(cutOff);
        cutOff->attachAxis(dates);
        cutOff->attachAxis(scores);
    }

    m_scores = new QLineSeries;
    m_scores->setName(tr("%1 score").arg(measure));
    QPen pen(kLineColour, 2.5);
    m_scores->setPen(pen);
    m_scores->setPointsVisible(true);
    m_scores->setLightMarker(dotImage(kLineColour));
    m_scores->setMarkerSize(9);
    for (int i = 0; i < scored.size(); ++i) {
        m_scores->append(xs[i], *scored[i].result.score);
    }
    chart->addSeries(m_scores);
    m_scores->attachAxis(dates);
    m_scores->attachAxis(scores);

    const core::MeasureResponse& first = scored.first();
    const core::MeasureResponse& last = scored.last();
    const double firstScore = *first.result.score;
    const double lastScore = *last.result.score;
    const core::ChangeResult change = core::MeasureEngine::change(definition, first.result, last.result);

    m_first = new QScatterSeries;
    m_first->setName(tr("First score (square)"));
    m_first->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_first->setMarkerSize(17);
    m_first->setBrush(Qt::white);
    m_first->setPen(QPen(kLineColour, 2.5));
    m_first->append(xs.first(), firstScore);
    m_last = new QScatterSeries;
    m_last->setName(tr("Last score (triangle)"));
    m_last->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_last->setMarkerSize(21);
    m_last->setBrush(kLastColour);
    m_last->setPen(QPen(Qt::white, 1.5));
    m_last->append(xs.last(), lastScore);
    for (QScatterSeries* s : { m_first, m_last }) {
        chart->addSeries(s);
        s->attachAxis(dates);
        s->attachAxis(scores);
    }

    // What the change since the first score amounts to, by the measure's own thresholds.
    QString flag; // on the chart
    QString judged; // in the sentence
    const auto& thresholds = definition.change;
    if (change.applicable) {
        if (change.reliableImprovement) {
            flag = tr("reliable improvement");
            judged = tr("a reliable improvement (%1 or more)").arg(pointsText(*thresholds.reliable));
        } else if (change.reliableDeterioration) {
            flag = tr("reliable deterioration");
            judged = tr("a reliable deterioration (%1 or more)").arg(pointsText(*thresholds.reliable));
        } else if (change.meaningfulImprovement) {
            flag = tr("meaningful improvement");
            judged = thresholds.reliable
                ? tr("a meaningful improvement (%1 or more) but not a reliable one (%2 or more)")
                      .arg(pointsText(*thresholds.meaningful), pointsText(*thresholds.reliable))
                : tr("a meaningful improvement (%1 or more)").arg(pointsText(*thresholds.meaningful));
        } else if (change.meaningfulDeterioration) {
            flag = tr("meaningful deterioration");
            judged = thresholds.reliable
                ? tr("a meaningful deterioration (%1 or more) but not a reliable one (%2 or more)")
                      .arg(pointsText(*thresholds.meaningful), pointsText(*thresholds.reliable))
                : tr("a meaningful deterioration (%1 or more)").arg(pointsText(*thresholds.meaningful));
        } else if (thresholds.meaningful) {
            flag = tr("no meaningful change");
            judged = tr("less than a meaningful change (%1)").arg(pointsText(*thresholds.meaningful));
        } else if (thresholds.reliable) {
            flag = tr("no reliable change");
            judged = tr("less than a reliable change (%1)").arg(pointsText(*thresholds.reliable));
        }
    }

    m_firstLabel = tr("First: %1").arg(scoreText(firstScore));
    m_lastLabel = flag.isEmpty() ? tr("Last: %1").arg(scoreText(lastScore))
                                 : tr("Last: %1 — %2").arg(scoreText(lastScore), flag);
    if (cutOff) {
        addNote(chart, tr("Cut-off: %1").arg(scoreText(definition.caseness->value)),
            QPointF(xMin, definition.caseness->value), true, false);
    }
    // Each label goes on the side away from the line's next (or previous) point.
    addNote(chart, m_firstLabel, QPointF(xs.first(), firstScore), false, *scored[1].result.score > firstScore);
    addNote(
        chart, m_lastLabel, QPointF(xs.last(), lastScore), false, *scored[scored.size() - 2].result.score > lastScore);
    connect(chart, &QChart::plotAreaChanged, this, [this] { placeNotes(); });

    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    for (QAreaSeries* strip : std::as_const(strips)) {
        for (QLegendMarker* marker : chart->legend()->markers(strip)) {
            marker->setVisible(false); // named on the right instead
        }
    }
    view()->setChart(chart);

    // The same in words, for people who cannot see the chart, or would rather read.
    QString movement;
    if (!change.applicable || std::abs(change.difference) < 0.05) { // shown to 1 decimal: 0.0 is no change
        movement = tr("no change");
    } else {
        movement = change.difference < 0 ? tr("down %1").arg(pointsText(change.difference))
                                         : tr("up %1").arg(pointsText(change.difference));
    }
    if (!judged.isEmpty()) {
        movement = tr("%1, %2").arg(movement, judged);
    }
    QString casenessText;
    if (definition.caseness) {
        casenessText = QLatin1Char(' ')
            + (definition.caseness->test(lastScore)
                    ? tr("The dashed line marks the cut-off: %1. The last score, %2, is in that range.")
                          .arg(definition.caseness->label, scoreText(lastScore))
                    : tr("The dashed line marks the cut-off: %1. The last score, %2, is outside that range.")
                          .arg(definition.caseness->label, scoreText(lastScore)));
    }
    m_summaryText = tr("%1: %2 scores from %3 to %4.")
                        .arg(measure)
                        .arg(scored.size())
                        .arg(locale.toString(firstDay, kDateFormat), locale.toString(lastDay, kDateFormat))
        + QLatin1Char(' ')
        + tr("First %1 (%2), last %3 (%4): %5.")
              .arg(scoreText(firstScore), bandOf(definition, first.result), scoreText(lastScore),
                  bandOf(definition, last.result), movement)
        + QLatin1Char(' ')
        + (definition.higherIsBetter ? tr("Higher scores are better.") : tr("Lower scores are better.")) + casenessText
        + unscoredText(m_unscored);
    summaryLabel()->setText(m_summaryText);
    summaryLabel()->show();
    view()->setAccessibleName(tr("%1 scores chart").arg(measure));
    view()->setAccessibleDescription(m_summaryText);
    showChart();
}

void OutcomeChart::addNote(QChart* chart, const QString& text, const QPointF& value, bool atLeft, bool below)
{
    Note note;
    note.box = new QGraphicsRectItem(chart);
    note.box->setPen(Qt::NoPen);
    note.box->setBrush(QColor(255, 255, 255, 225));
    note.box->setZValue(20);
    note.text = new QGraphicsSimpleTextItem(text, note.box);
    QFont font = chart->font();
    font.setBold(!atLeft);
    note.text->setFont(font);
    note.text->setBrush(kInk);
    note.text->setPos(3, 1);
    const QRectF r = note.text->boundingRect();
    note.box->setRect(0, 0, r.width() + 6, r.height() + 2);
    note.value = value;
    note.atLeft = atLeft;
    note.below = below;
    m_notes << note;
}

void OutcomeChart::placeNotes()
{
    QChart* chart = view()->chart();
    if (chart == nullptr || m_scores == nullptr) {
        return;
    }
    const QRectF plot = chart->plotArea();
    const qreal gap = 13; // clear of the markers
    for (const Note& note : std::as_const(m_notes)) {
        const QPointF at = chart->mapToPosition(note.value, m_scores);
        const QSizeF size = note.box->rect().size();
        qreal x = note.atLeft ? plot.left() + 4 : at.x() - size.width() / 2;
        const qreal margin = note.atLeft ? 1 : gap;
        const qreal above = at.y() - size.height() - margin;
        const qreal under = at.y() + margin;
        qreal y = note.below ? under : above;
        if (y < plot.top() + 1 || y + size.height() > plot.bottom() - 1) {
            y = note.below ? above : under; // no room on that side
        }
        x = std::clamp(x, plot.left() + 2, std::max(plot.left() + 2, plot.right() - size.width() - 2));
        note.box->setPos(x, y);
    }
}

} // namespace alongside::ui
