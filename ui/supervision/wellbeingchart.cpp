#include "wellbeingchart.h"

#include "ui/common/wrappinglabel.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace alongside::ui {

namespace {

// Told apart by shape and line style first; the colours (blue and orange) also differ for people
// with the common forms of colour blindness.
const QColor kInColour(0x1f, 0x4e, 0x9c);
const QColor kOutColour(0xb3, 0x58, 0x06);

enum class Shape
{
    Circle,
    Triangle
};

/** A marker drawn at each point: a filled circle for check-ins, a hollow triangle for check-outs. */
QImage markerImage(Shape shape, const QColor& colour)
{
    const int size = 13;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(1.5, 1.5, size - 3, size - 3);
    if (shape == Shape::Circle) {
        p.setPen(QPen(colour, 1.5));
        p.setBrush(colour);
        p.drawEllipse(r);
    } else {
        QPainterPath tri;
        tri.moveTo(r.center().x(), r.top());
        tri.lineTo(r.right(), r.bottom());
        tri.lineTo(r.left(), r.bottom());
        tri.closeSubpath();
        p.setPen(QPen(colour, 2));
        p.setBrush(Qt::white);
        p.drawPath(tri);
    }
    p.end();
    return image;
}

QLineSeries* newSeries(const QString& name, const QColor& colour, Qt::PenStyle style, Shape shape)
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(colour, 2.5, style);
    pen.setCapStyle(Qt::FlatCap);
    series->setPen(pen);
    series->setPointsVisible(true);
    series->setLightMarker(markerImage(shape, colour));
    series->setMarkerSize(13);
    return series;
}

qreal xOf(const QDate& day)
{
    return qreal(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch());
}

} // namespace

WellbeingChart::WellbeingChart(QWidget* parent)
    : ChartPanel(QStringLiteral("wellbeing"), tr("Wellbeing check-ins chart"), 240, parent)
{
    setPoints({}, QString());
}

void WellbeingChart::setPoints(const QList<core::WellbeingPoint>& points, const QString& name)
{
    const QLocale locale;
    const QString format = QStringLiteral("d MMM yyyy");
    QList<core::WellbeingPoint> scored;
    int checkIns = 0;
    int checkOuts = 0;
    for (const core::WellbeingPoint& p : points) {
        if (p.in || p.out) {
            scored << p;
            checkIns += p.in ? 1 : 0;
            checkOuts += p.out ? 1 : 0;
        }
    }

    if (scored.size() < kMinimumPoints) {
        m_in = nullptr;
        m_out = nullptr;
        view()->setChart(new QChart); // the old chart (and its series) is deleted
        m_summaryText = scored.isEmpty()
            ? tr("No wellbeing check-ins recorded yet. The chart appears once two sessions have a check-in or "
                 "check-out score.")
            : tr("Only one session has a wellbeing score so far (%1: %2). The chart appears once two sessions have "
                 "one.")
                  .arg(locale.toString(scored.first().heldOn, format),
                      scored.first().in ? tr("check-in %1 out of 10").arg(*scored.first().in)
                                        : tr("check-out %1 out of 10").arg(*scored.first().out));
        emptyLabel()->setText(m_summaryText);
        emptyLabel()->setAccessibleName(tr("Wellbeing check-ins"));
        showText();
        summaryLabel()->hide();
        return;
    }

    auto* chart = new QChart;
    chart->setTitle(name.isEmpty() ? tr("Wellbeing at the start and end of supervision")
                                   : tr("%1's wellbeing at the start and end of supervision").arg(name));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setBackgroundRoundness(0);
    m_in = newSeries(tr("Check-in (start of session)"), kInColour, Qt::SolidLine, Shape::Circle);
    m_out = newSeries(tr("Check-out (end of session)"), kOutColour, Qt::DashLine, Shape::Triangle);
    for (const core::WellbeingPoint& p : std::as_const(scored)) {
        if (p.in) {
            m_in->append(xOf(p.heldOn), *p.in);
        }
        if (p.out) {
            m_out->append(xOf(p.heldOn), *p.out);
        }
    }
    chart->addSeries(m_in);
    chart->addSeries(m_out);

    auto* dates = new QDateTimeAxis;
    dates->setTitleText(tr("Date of session"));
    const QDate first = scored.first().heldOn;
    const QDate last = scored.last().heldOn;
    const qint64 span = first.daysTo(last);
    // Within one year the day and month are enough; across years, the month and year.
    dates->setFormat(first.year() == last.year() ? QStringLiteral("d MMM") : QStringLiteral("MMM yyyy"));
    dates->setTickCount(int(std::clamp<qint64>(span / 30 + 1, 3, 7)));
    // A little room either side, so the first and last markers are not cut in half.
    const qint64 pad = std::max<qint64>(3, span / 30);
    dates->setRange(QDateTime(first.addDays(-pad), QTime(0, 0)), QDateTime(last.addDays(pad), QTime(23, 59)));
    auto* scores = new QValueAxis;
    scores->setTitleText(tr("Score (0-10)"));
    scores->setRange(0, 10);
    scores->setTickCount(6);
    scores->setMinorTickCount(1);
    scores->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(scores, Qt::AlignLeft);
    for (QLineSeries* s : { m_in, m_out }) {
        s->attachAxis(dates);
        s->attachAxis(scores);
    }
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    view()->setChart(chart);

    // The same in words, for people who cannot see the chart, or would rather read.
    const core::WellbeingPoint& latest = scored.last();
    QString latestText;
    if (latest.in && latest.out) {
        latestText = tr("latest %1 out of 10 at check-in and %2 at check-out, on %3")
                         .arg(*latest.in)
                         .arg(*latest.out)
                         .arg(locale.toString(latest.heldOn, format));
    } else if (latest.in) {
        latestText
            = tr("latest %1 out of 10 at check-in, on %2").arg(*latest.in).arg(locale.toString(latest.heldOn, format));
    } else {
        latestText = tr("latest %1 out of 10 at check-out, on %2")
                         .arg(*latest.out)
                         .arg(locale.toString(latest.heldOn, format));
    }
    int lowest = 10;
    QDate lowestOn;
    for (const core::WellbeingPoint& p : std::as_const(scored)) {
        if (p.in && *p.in < lowest) {
            lowest = *p.in;
            lowestOn = p.heldOn;
        }
    }
    // Spelled out rather than %n: without a translation loaded, English would read "1 check-ins".
    m_summaryText = (checkIns == 1 ? tr("1 check-in") : tr("%1 check-ins").arg(checkIns)) + QStringLiteral(" ")
        + (checkOuts == 1 ? tr("and 1 check-out") : tr("and %1 check-outs").arg(checkOuts)) + QStringLiteral(" ")
        + tr("from %1 to %2; %3.").arg(locale.toString(first, format), locale.toString(last, format), latestText);
    if (lowestOn.isValid()) {
        m_summaryText += QLatin1Char(' ')
            + tr("Lowest check-in: %1 out of 10, on %2.").arg(lowest).arg(locale.toString(lowestOn, format));
    }
    summaryLabel()->setText(m_summaryText);
    summaryLabel()->show();
    view()->setAccessibleDescription(m_summaryText);
    showChart();
}

} // namespace alongside::ui
