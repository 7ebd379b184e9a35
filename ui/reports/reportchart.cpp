#include "ui/reports/reportchart.h"

#include "core/reports/reports.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace alongside::ui::reports::detail {

namespace {

using core::report::Cell;
using core::report::Chart;
using core::report::Hidden;
using core::report::Report;
using core::report::Table;

class Words
{
    Q_DECLARE_TR_FUNCTIONS(alongside::ui::reports::ReportRender)
};

/** The colour of series i; each also has its own fill pattern (seriesFill), so colour is never alone. */
QColor seriesColour(int i)
{
    static const QColor colours[]
        = { QColor(0x1d, 0x4e, 0x6b), QColor(0xc8, 0x6a, 0x12), QColor(0x3f, 0x7f, 0x3a), QColor(0x7b, 0x4b, 0x94) };
    return colours[i % 4];
}

/**
 * Fills rect the way series i is drawn: the first solid, the second hatched diagonally, the third
 * cross-hatched, the fourth with horizontal lines; all outlined. Drawn as lines, so it stays crisp at
 * any resolution (Qt's pattern brushes are a few device pixels wide and vanish at 1200 dpi).
 */
void fillSeries(QPainter& p, const QRectF& rect, int i, const Style& style)
{
    const QColor colour = seriesColour(i);
    p.save();
    const int pattern = i % 4;
    if (pattern == 0) {
        p.fillRect(rect, colour);
    } else {
        QColor light = colour;
        light.setAlpha(60);
        p.fillRect(rect, light);
        p.setClipRect(rect, Qt::IntersectClip);
        p.setPen(QPen(colour, style.pt(0.9)));
        const qreal step = style.pt(3.2);
        if (pattern == 1 || pattern == 2) {
            for (qreal x = rect.left() - rect.height(); x < rect.right(); x += step) {
                p.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
            }
        }
        if (pattern == 2) {
            for (qreal x = rect.left(); x < rect.right() + rect.height(); x += step) {
                p.drawLine(QPointF(x, rect.bottom()), QPointF(x - rect.height(), rect.top()));
            }
        }
        if (pattern == 3) {
            for (qreal y = rect.top() + step / 2; y < rect.bottom(); y += step * 0.8) {
                p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y));
            }
        }
        p.setClipping(false);
    }
    p.setPen(QPen(colour.darker(130), style.pt(0.6)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect);
    p.restore();
}

/** A round step (1, 2 or 5 × 10^k) giving about `ticks` intervals over range. */
double niceStep(double range, int ticks)
{
    if (range <= 0) {
        return 1;
    }
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / magnitude;
    const double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nice * magnitude;
}

struct Category
{
    QString label;
    int level = 0;
    QList<const Cell*> cells; // one per series; null when the column is missing
};

} // namespace

// --- Style --------------------------------------------------------------------------------------

Style::Style(QPaintDevice* device)
    : m_device(device)
    , m_perPoint(device->logicalDpiY() / 72.0)
    , m_base(QGuiApplication::font())
{
    m_base.setStyleHint(QFont::SansSerif);
    // Hinting would fit glyphs to the screen's pixels and make the preview's line breaks differ from the PDF's.
    m_base.setHintingPreference(QFont::PreferNoHinting);
    // Any letter spacing other than none turns off ligatures (Qt 6.4 has no QFont::setFeature): "fi" stays two
    // letters, so a reader's search for "first" finds it in the PDF, and pdftotext gives plain words.
    m_base.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // the smallest step Qt keeps (1/64 pixel)
}

QFont Style::font(qreal points, bool bold, bool italic) const
{
    QFont f(m_base);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

qreal Style::wrappedHeight(const QFont& font, qreal width, const QString& text, int wrap) const
{
    if (text.isEmpty()) {
        return 0;
    }
    return metrics(font).boundingRect(QRectF(0, 0, width, 1e9), wrap, text).height();
}

qreal Style::longestWord(const QFont& font, const QString& text) const
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QFontMetricsF fm = metrics(font);
    qreal widest = 0;
    for (const QString& word : text.split(space, Qt::SkipEmptyParts)) {
        widest = std::max(widest, fm.horizontalAdvance(word));
    }
    return widest;
}

QStringList Style::lines(const QFont& font, qreal width, const QString& text) const
{
    QStringList out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        if (paragraph.trimmed().isEmpty()) {
            out.append(QString());
            continue;
        }
        QTextLayout layout(paragraph, font, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            out.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    while (!out.isEmpty() && out.constLast().isEmpty()) {
        out.removeLast();
    }
    return out;
}

// --- Words shared with the tables ---------------------------------------------------------------

QString periodAndN(const Report& report, const Table& table)
{
    QStringList parts;
    const core::report::Period* period = report.periodFor(table.periodKey);
    if (period && !period->label.isEmpty()) {
        parts.append(period->label);
    } else if (report.asOf.isValid()) {
        parts.append(Words::tr("As at %1").arg(QLocale().toString(report.asOf, QStringLiteral("d MMM yyyy"))));
    }
    if (table.n >= 0) {
        const QString n = table.nHidden != Hidden::No ? core::report::hiddenText(table.nHidden, report.threshold)
                                                      : QLocale().toString(table.n);
        parts.append(table.nLabel.isEmpty() ? Words::tr("n = %1").arg(n) : Words::tr("n = %1 %2").arg(n, table.nLabel));
    }
    return parts.join(QStringLiteral(" · "));
}

// --- Charts -------------------------------------------------------------------------------------

ChartBox layoutChart(const Style& style, const Report& report, const Chart& chart, const Table* table, qreal width)
{
    const QFont titleFont = style.font(11, true);
    const QFont nFont = style.font(8.5);
    const QFont labelFont = style.font(8.5);
    const QFont valueFont = style.font(8);
    const QFont hiddenFont = style.font(8, false, true);
    const QFont axisFont = style.font(7.5);
    const QFont noteFont = style.font(7.5);
    const QFontMetricsF labelMetrics = style.metrics(labelFont);
    const QFontMetricsF valueMetrics = style.metrics(valueFont);
    const QFontMetricsF axisMetrics = style.metrics(axisFont);

    QList<Category> categories;
    bool anyValue = false;
    double low = 0;
    double high = 0;
    qreal widestValue = 0;
    if (table) {
        for (const core::report::Row& row : table->rows) {
            if (chart.skipTotalRows && row.total) {
                continue;
            }
            Category c;
            c.level = row.level;
            c.label = chart.categoryColumn >= 0 && chart.categoryColumn < row.cells.size()
                ? row.cells.at(chart.categoryColumn).text
                : QString();
            for (const core::report::ChartSeries& s : chart.series) {
                const Cell* cell = s.column >= 0 && s.column < row.cells.size() ? &row.cells.at(s.column) : nullptr;
                c.cells.append(cell);
                if (cell && cell->isFigure()) {
                    widestValue = std::max(widestValue,
                        (cell->shown() ? valueMetrics : style.metrics(hiddenFont)).horizontalAdvance(cell->text));
                }
                if (cell && cell->isFigure() && cell->shown()) {
                    anyValue = true;
                    low = std::min(low, cell->value);
                    high = std::max(high, cell->value);
                }
            }
            categories.append(c);
        }
    }

    QString nLine;
    if (table) {
        const core::report::Period* period = report.periodFor(table->periodKey);
        const QString label = period ? period->label : QString();
        // A chart's own n line could give away the n its table hides: then the table's line ("n = <5") is shown.
        nLine = chart.nLabel.isEmpty() || table->nHidden != Hidden::No ? periodAndN(report, *table)
            : label.isEmpty()                                          ? chart.nLabel
                                                                       : label + QStringLiteral(" · ") + chart.nLabel;
    }

    // Vertical layout, shared by the height and the drawing.
    const qreal titleHeight = style.wrappedHeight(titleFont, width, chart.title);
    const qreal nHeight = style.wrappedHeight(nFont, width, nLine);
    qreal y = titleHeight + (nHeight > 0 ? style.pt(1) + nHeight : 0) + style.pt(6);
    const qreal plotTop0 = y;

    QList<qreal> noteHeights;
    qreal notesHeight = 0;
    for (const QString& note : chart.notes) {
        noteHeights.append(style.wrappedHeight(noteFont, width, note));
        notesHeight += noteHeights.constLast() + style.pt(2);
    }

    if (!anyValue) {
        const QString message = table ? Words::tr("Not shown: too few people")
                                      : Words::tr("Not shown: the table this chart draws from is not in the report.");
        const qreal boxHeight = style.pt(44);
        ChartBox box;
        box.height = y + boxHeight + (notesHeight > 0 ? style.pt(4) + notesHeight : 0);
        box.draw = [=, &style](QPainter& p, qreal left, qreal top) {
            p.save();
            p.translate(left, top);
            p.setPen(Style::ink());
            p.setFont(titleFont);
            p.drawText(QRectF(0, 0, width, titleHeight), Qt::TextWordWrap, chart.title);
            p.setFont(nFont);
            p.setPen(Style::quiet());
            p.drawText(QRectF(0, titleHeight + style.pt(1), width, nHeight), Qt::TextWordWrap, nLine);
            const QRectF frame(0, plotTop0, width, boxHeight);
            p.setPen(QPen(Style::rule(), style.pt(0.8)));
            p.setBrush(Style::zebra());
            p.drawRect(frame);
            p.setPen(Style::ink());
            p.setFont(style.font(10, true));
            p.drawText(frame, Qt::AlignCenter | Qt::TextWordWrap, message);
            qreal ny = plotTop0 + boxHeight + style.pt(4);
            p.setFont(noteFont);
            p.setPen(Style::quiet());
            for (int i = 0; i < chart.notes.size(); ++i) {
                p.drawText(QRectF(0, ny, width, noteHeights.at(i)), Qt::TextWordWrap, chart.notes.at(i));
                ny += noteHeights.at(i) + style.pt(2);
            }
            p.restore();
        };
        return box;
    }

    // Legend: a swatch drawn as the bars are, and the series' name, flowing across the width.
    const qreal swatchW = style.pt(16);
    const qreal swatchH = style.pt(9);
    const QFontMetricsF legendMetrics = style.metrics(labelFont);
    const qreal legendLine = std::max(legendMetrics.height(), swatchH) + style.pt(3);

    struct LegendEntry
    {
        QPointF at;
        QString name;
    };

    QList<LegendEntry> legend;
    {
        qreal x = 0;
        qreal ly = 0;
        for (const core::report::ChartSeries& s : chart.series) {
            const qreal w = swatchW + style.pt(4) + legendMetrics.horizontalAdvance(s.name);
            if (x > 0 && x + w > width) {
                x = 0;
                ly += legendLine;
            }
            legend.append(LegendEntry { QPointF(x, y + ly), s.name });
            x += w + style.pt(14);
        }
        y += ly + legendLine + style.pt(4);
    }

    // Category labels on the left, wrapped; bars to their right with room for their figures.
    qreal widestLabel = 0;
    for (const Category& c : categories) {
        widestLabel = std::max(widestLabel, labelMetrics.horizontalAdvance(c.label) + (c.level > 0 ? style.pt(8) : 0));
    }
    const qreal labelWidth = std::clamp(widestLabel + style.pt(2), style.pt(50), width * 0.34);
    const qreal valueRoom = std::max(widestValue + style.pt(6), style.pt(22));
    const qreal plotLeft = labelWidth + style.pt(8) + (low < 0 ? valueRoom : 0);
    const qreal plotRight = width - valueRoom;
    const int seriesCount = int(chart.series.size());
    const qreal barHeight = style.pt(seriesCount > 1 ? 10 : 13);
    const qreal barGap = style.pt(2);
    const qreal groupGap = style.pt(7);
    const qreal barsHeight = seriesCount * barHeight + std::max(0, seriesCount - 1) * barGap;

    QList<qreal> categoryTops;
    QList<qreal> categoryHeights;
    const qreal plotTop = y;
    y += groupGap;
    for (const Category& c : categories) {
        const qreal indent = c.level > 0 ? style.pt(8) : 0;
        const qreal h = std::max(barsHeight, style.wrappedHeight(labelFont, labelWidth - indent, c.label));
        categoryTops.append(y);
        categoryHeights.append(h);
        y += h + groupGap;
    }
    const qreal plotBottom = y;

    // The value axis: 0–100% or round steps around the figures.
    double axisLow = 0;
    double axisHigh = 100;
    double step = 20;
    if (!chart.percentAxis || high > 100 || low < 0) {
        step = niceStep(std::max(high - low, 1e-9), 5);
        axisLow = std::floor(low / step) * step;
        axisHigh = std::ceil(high / step) * step;
        if (axisHigh <= axisLow) {
            axisHigh = axisLow + step;
        }
    }
    const int stepDecimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    auto xFor = [=](double v) { return plotLeft + (v - axisLow) / (axisHigh - axisLow) * (plotRight - plotLeft); };

    const qreal axisLabelsTop = plotBottom + style.pt(3);
    y = axisLabelsTop + axisMetrics.height();
    const qreal axisTitleHeight = style.wrappedHeight(axisFont, plotRight - plotLeft, chart.valueAxisTitle);
    const qreal axisTitleTop = y + style.pt(2);
    if (axisTitleHeight > 0) {
        y = axisTitleTop + axisTitleHeight;
    }
    const qreal notesTop = y + style.pt(6);
    y = notesTop + notesHeight;

    ChartBox box;
    box.height = y;
    box.draw = [=, &style](QPainter& p, qreal left, qreal top) {
        p.save();
        p.translate(left, top);
        p.setPen(Style::ink());
        p.setFont(titleFont);
        p.drawText(QRectF(0, 0, width, titleHeight), Qt::TextWordWrap, chart.title);
        p.setFont(nFont);
        p.setPen(Style::quiet());
        p.drawText(QRectF(0, titleHeight + style.pt(1), width, nHeight), Qt::TextWordWrap, nLine);

        p.setFont(labelFont);
        for (int i = 0; i < legend.size(); ++i) {
            const LegendEntry& e = legend.at(i);
            const QRectF swatch(e.at.x(), e.at.y() + (legendLine - style.pt(3) - swatchH) / 2, swatchW, swatchH);
            fillSeries(p, swatch, i, style);
            p.setPen(Style::ink());
            p.drawText(QRectF(swatch.right() + style.pt(4), e.at.y(), width, legendLine - style.pt(3)),
                Qt::AlignLeft | Qt::AlignVCenter, e.name);
        }

        // Gridlines and tick labels.
        p.setFont(axisFont);
        const QLocale locale;
        for (double v = axisLow; v <= axisHigh + step / 1000; v += step) {
            const qreal x = xFor(v);
            p.setPen(QPen(std::abs(v) < step / 1000 ? Style::ink() : Style::rule().lighter(125),
                style.pt(std::abs(v) < step / 1000 ? 0.9 : 0.5)));
            p.drawLine(QPointF(x, plotTop), QPointF(x, plotBottom));
            QString tick = locale.toString(v, 'f', stepDecimals);
            if (chart.percentAxis) {
                tick += QStringLiteral("%");
            }
            p.setPen(Style::quiet());
            p.drawText(
                QRectF(x - style.pt(30), axisLabelsTop, style.pt(60), axisMetrics.height()), Qt::AlignHCenter, tick);
        }
        p.setPen(QPen(Style::rule(), style.pt(0.7)));
        p.drawLine(QPointF(plotLeft, plotBottom), QPointF(plotRight, plotBottom));
        if (axisTitleHeight > 0) {
            p.setPen(Style::quiet());
            p.drawText(QRectF(plotLeft, axisTitleTop, plotRight - plotLeft, axisTitleHeight),
                Qt::AlignHCenter | Qt::TextWordWrap, chart.valueAxisTitle);
        }

        // Categories and their bars.
        for (int c = 0; c < categories.size(); ++c) {
            const Category& cat = categories.at(c);
            const qreal indent = cat.level > 0 ? style.pt(8) : 0;
            const qreal groupTop = categoryTops.at(c) + (categoryHeights.at(c) - barsHeight) / 2;
            p.setFont(labelFont);
            p.setPen(Style::ink());
            p.drawText(QRectF(indent, categoryTops.at(c), labelWidth - indent, categoryHeights.at(c)),
                Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, cat.label);
            for (int s = 0; s < cat.cells.size(); ++s) {
                const Cell* cell = cat.cells.at(s);
                const qreal barTop = groupTop + s * (barHeight + barGap);
                const qreal zero = xFor(0);
                if (!cell || !cell->isFigure()) {
                    continue;
                }
                if (!cell->shown()) {
                    // No bar for a hidden figure: its "<5" (or "–") where the bar would start.
                    p.setFont(hiddenFont);
                    p.setPen(Style::quiet());
                    p.drawText(QRectF(zero + style.pt(3), barTop, style.pt(120), barHeight),
                        Qt::AlignLeft | Qt::AlignVCenter, cell->text);
                    continue;
                }
                const qreal end = xFor(cell->value);
                const QRectF bar(
                    QPointF(std::min(zero, end), barTop), QPointF(std::max(zero, end), barTop + barHeight));
                if (bar.width() > 0) {
                    fillSeries(p, bar, s, style);
                }
                p.setFont(valueFont);
                p.setPen(Style::ink());
                if (cell->value >= 0) {
                    p.drawText(QRectF(bar.right() + style.pt(3), barTop, valueRoom, barHeight),
                        Qt::AlignLeft | Qt::AlignVCenter, cell->text);
                } else {
                    p.drawText(QRectF(bar.left() - style.pt(3) - valueRoom, barTop, valueRoom, barHeight),
                        Qt::AlignRight | Qt::AlignVCenter, cell->text);
                }
            }
        }

        p.setFont(noteFont);
        p.setPen(Style::quiet());
        qreal ny = notesTop;
        for (int i = 0; i < chart.notes.size(); ++i) {
            p.drawText(QRectF(0, ny, width, noteHeights.at(i)), Qt::TextWordWrap, chart.notes.at(i));
            ny += noteHeights.at(i) + style.pt(2);
        }
        p.restore();
    };
    return box;
}

} // namespace alongside::ui::reports::detail
