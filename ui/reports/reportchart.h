#pragma once

#include "core/reports/report.h"

#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QString>
#include <QStringList>

#include <functional>

class QPaintDevice;
class QPainter;

/**
 * What the report pages share (private to ui/reports): sizes given in points and turned into the
 * device's pixels, so a 1200-dpi PDF and a 96-dpi preview show the same page; the fonts and colours;
 * and a Chart block laid out and drawn as vector graphics from its table's cells.
 */
namespace alongside::ui::reports::detail {

class Style
{
public:
    explicit Style(QPaintDevice* device);

    QPaintDevice* device() const { return m_device; }

    /** Device pixels for a length in points (1/72 inch). */
    qreal pt(qreal points) const { return points * m_perPoint; }

    /** The report's font at a size in points. */
    QFont font(qreal points, bool bold = false, bool italic = false) const;

    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, m_device); }

    /** The height text takes wrapped at width (by default at words; a word longer than width overflows). */
    qreal wrappedHeight(const QFont& font, qreal width, const QString& text, int wrap = Qt::TextWordWrap) const;
    /** The widest single word of text. */
    qreal longestWord(const QFont& font, const QString& text) const;
    /** text broken into lines that fit width, in order, for content that may run across pages. */
    QStringList lines(const QFont& font, qreal width, const QString& text) const;

    static QColor accent() { return QColor(0x1d, 0x4e, 0x6b); } // headings, rules

    static QColor ink() { return QColor(0x1a, 0x1a, 0x1a); } // body text

    static QColor quiet() { return QColor(0x55, 0x5d, 0x66); } // n lines, notes, footer

    static QColor rule() { return QColor(0x9a, 0xa3, 0xad); }

    static QColor zebra() { return QColor(0xf1, 0xf4, 0xf7); }

    static QColor warning() { return QColor(0xb0, 0x10, 0x10); }

private:
    QPaintDevice* m_device;
    qreal m_perPoint;
    QFont m_base;
};

/** A chart laid out for one width: how tall it is and how to draw it with its top-left corner at origin. */
struct ChartBox
{
    qreal height = 0;
    std::function<void(QPainter& painter, qreal left, qreal top)> draw;
};

/**
 * Lays out chart as horizontal grouped bars over the rows of table (null when the report lacks it):
 * title, the period and n, a legend, category labels, gridlines and a value axis, each bar with its
 * figure. A hidden cell draws no bar but its text ("<5"); series differ by colour, fill pattern and
 * legend. When no value can be drawn it is a framed "Not shown: too few people".
 */
ChartBox layoutChart(const Style& style, const core::report::Report& report, const core::report::Chart& chart,
    const core::report::Table* table, qreal width);

/** "Jul–Sep 2026 · n = 124 people who attended…" for a table (n shown as "<5" when it is hidden). */
QString periodAndN(const core::report::Report& report, const core::report::Table& table);

} // namespace alongside::ui::reports::detail
