#pragma once

#include "core/measures/measuredefinition.h"
#include "core/measures/measureservice.h"
#include "ui/common/chartpanel.h"

#include <QList>
#include <QPointF>
#include <QString>

class QChart;
class QChartView;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;

namespace alongside::ui {

/**
 * One person's scores on one measure over time (QtCharts): dates along the bottom, the reported
 * score up the side over the measure's whole range, the measure's bands shaded as horizontal strips
 * with their names on the right, the caseness cut-off as a dashed line. The first and the last
 * score are marked with their own marker shapes and labels; a last score that shows reliable or
 * meaningful change since the first (by the definition's thresholds) is flagged on the chart and
 * in words. Nothing is carried by colour alone: markers differ in shape, bands are named, and a
 * sentence under the chart says it all in words (it is also the chart's accessible description).
 * With fewer than two scored responses, or a measure with no total (ONS4), a plain message says
 * why there is no line instead of an empty chart.
 */
class OutcomeChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit OutcomeChart(QWidget* parent = nullptr);

    /**
     * Shows responses (one person, one measure, oldest first; each scored with its own version) on
     * the scale and bands of definition (the current version). Responses that could not be scored
     * are left out and counted in the summary. name is the person's, for the accessible text.
     */
    void setResponses(
        const core::MeasureDefinition& definition, const QList<core::MeasureResponse>& responses, const QString& name);

    /** The line through every scored response; null when there is no chart. */
    QLineSeries* scoreSeries() const { return m_scores; }

    /** "PHQ-9: 5 scores from 3 Jan 2026 to 5 Nov 2026. First 18 (Moderately severe), last 7 ...". */
    QString summary() const { return m_summaryText; }

    /** The large square on the first score; null when there is no chart. */
    QScatterSeries* firstMarker() const { return m_first; }

    /** The large triangle on the last score; null when there is no chart. */
    QScatterSeries* lastMarker() const { return m_last; }

    /** The words beside the first and last markers ("First: 18", "Last: 7 — reliable improvement"). */
    QString firstLabel() const { return m_firstLabel; }

    QString lastLabel() const { return m_lastLabel; }

    /** How many responses were left out because they could not be scored. */
    int unscoredCount() const { return m_unscored; }

    /** How many scored responses are needed for a chart. */
    static constexpr int kMinimumPoints = 2;

private:
    /** A few words drawn on the chart beside a value, on a pale box so that they stay readable. */
    struct Note
    {
        QGraphicsRectItem* box = nullptr;
        QGraphicsSimpleTextItem* text = nullptr;
        QPointF value;
        bool atLeft = false; // at the left edge of the plot (the cut-off), else beside the value
        bool below = false; // under the value where there is room, else over it
    };

    void showMessage(const QString& message);
    void addNote(QChart* chart, const QString& text, const QPointF& value, bool atLeft, bool below);
    void placeNotes();

    QLineSeries* m_scores = nullptr;
    QScatterSeries* m_first = nullptr;
    QScatterSeries* m_last = nullptr;
    QList<Note> m_notes;
    QString m_firstLabel;
    QString m_lastLabel;
    int m_unscored = 0;
    QString m_summaryText;
};

} // namespace alongside::ui
