#pragma once

#include "core/supervision/supervisiontypes.h"
#include "ui/common/chartpanel.h"

#include <QList>

class QChartView;
class QLineSeries;

namespace alongside::ui {

/**
 * A worker's wellbeing check-ins and check-outs over time (0-10), as a line chart: dates along the
 * bottom, the score up the side, the two series told apart by line style and marker shape as well
 * as colour, with a legend. A sentence under the chart says the same in words (and is the chart's
 * accessible description). With fewer than two sessions with a score there is nothing to draw: a
 * plain message says so instead of an empty chart.
 */
class WellbeingChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit WellbeingChart(QWidget* parent = nullptr);

    /** Shows points (oldest first); name is the worker's, for the accessible text. */
    void setPoints(const QList<core::WellbeingPoint>& points, const QString& name);

    QLineSeries* checkInSeries() const { return m_in; }

    QLineSeries* checkOutSeries() const { return m_out; }

    /** "12 check-ins from 3 Jan 2026 to 5 Nov 2026; latest 4 out of 10 ...", or why there is no chart. */
    QString summary() const { return m_summaryText; }

    /** How many sessions with a score are needed for a chart. */
    static constexpr int kMinimumPoints = 2;

private:
    QLineSeries* m_in = nullptr;
    QLineSeries* m_out = nullptr;
    QString m_summaryText;
};

} // namespace alongside::ui
