#pragma once

#include <QString>
#include <QWidget>

class QChartView;
class QStackedWidget;

namespace alongside::ui {

class WrappingLabel;

/**
 * What the app's charts share: a QChartView, or in its place a plain message when there is
 * nothing to draw, over a sentence that says the same as the chart in words (selectable, and the
 * chart's accessible description). The chart view takes keyboard focus so a screen reader reaches
 * it. Subclasses draw into view() and fill summaryLabel(); showChart() and showText() switch.
 */
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    /** The chart, or null while the message is shown instead. */
    QChartView* chartView() const;

protected:
    /** prefix gives the object names ("<prefix>Chart", "<prefix>ChartView", "<prefix>EmptyLabel",
     * "<prefix>SummaryLabel"). */
    ChartPanel(const QString& prefix, const QString& accessibleName, int minimumHeight, QWidget* parent);

    QChartView* view() const { return m_view; }

    WrappingLabel* emptyLabel() const { return m_empty; }

    WrappingLabel* summaryLabel() const { return m_summary; }

    void showChart();
    void showText();

private:
    QStackedWidget* m_stack;
    QChartView* m_view;
    WrappingLabel* m_empty;
    WrappingLabel* m_summary;
};

} // namespace alongside::ui
