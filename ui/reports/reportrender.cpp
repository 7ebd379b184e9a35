#include "ui/reports/reportrender.h"

#include "core/reports/reports.h"
#include "ui/reports/reportchart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>
#include <memory>
#include <vector>

namespace alongside::ui::reports {

namespace {

using core::report::Block;
using core::report::CellKind;
using core::report::Hidden;
using core::report::Report;
using core::report::Row;
using core::report::Section;
using core::report::Table;
using detail::Style;

class Words
{
    Q_DECLARE_TR_FUNCTIONS(alongside::ui::reports::ReportRender)
};

QString day(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

/**
 * One piece of a page: a heading, a line of text, a table row, a chart. Pieces are never split;
 * a piece that keeps with the next moves to a new page with it.
 */
struct Item
{
    qreal space = 0; // above it, except at the top of a page
    qreal height = 0;
    bool keepWithNext = false;
    std::function<void(QPainter& painter, qreal top)> draw;
    // A table row: what goes first when this row begins a page (the title "(continued)" and the header).
    std::shared_ptr<const std::vector<Item>> continued;
};

struct Placed
{
    const Item* item;
    qreal top;
};

/** A table's columns as fitted to the width: fonts, positions, and whether headers wrap. */
struct Columns
{
    QFont body;
    QFont bold;
    QFont header;
    qreal padding = 0;
    QList<qreal> left;
    QList<qreal> width;
    QList<bool> figure;
    bool squeezed = false; // too wide for the page even so: words may break anywhere
};

bool reportHasFigures(const Report& report)
{
    for (const Section& s : report.sections) {
        for (const Block& b : s.blocks) {
            if (b.kind == Block::Kind::Chart) {
                return true;
            }
            if (b.kind != Block::Kind::Table) {
                continue;
            }
            for (const core::report::Column& c : b.table.columns) {
                if (c.kind != CellKind::Text) {
                    return true;
                }
            }
        }
    }
    return false;
}

class Layout
{
public:
    Layout(const Report& report, QPagedPaintDevice* device)
        : m_report(report)
        , m_style(device)
        , m_width(device->width())
        , m_pageHeight(device->height())
    {
        m_headerHeight = m_style.pt(46);
        m_footerHeight = m_style.pt(26);
        m_bodyHeight = m_pageHeight - m_headerHeight - m_footerHeight;
        m_logo = QImage::fromData(report.logoPng);
        titleBlock();
        for (const Section& s : report.sections) {
            section(s);
        }
        reportNotes();
    }

    std::vector<std::vector<Placed>> paginate() const;
    void paintPage(QPainter& painter, const std::vector<Placed>& page, int number, int pages) const;

private:
    void titleBlock();
    void section(const Section& section);
    void textLines(
        const QString& text, const QFont& font, const QColor& colour, qreal space, qreal indent, bool quotationBar);
    void table(const Table& table, qreal space, bool titled);
    Columns fitColumns(const Table& table) const;
    std::vector<Item> tableHeader(
        const Table& table, const Columns& columns, bool continued, qreal space, bool titled = true) const;
    void reportNotes();
    void paintHeader(QPainter& painter) const;
    void paintFooter(QPainter& painter, int number, int pages) const;

    Item wrapped(const QString& text, const QFont& font, const QColor& colour, qreal space, bool keepWithNext,
        int flags = Qt::AlignLeft) const;

    const Report& m_report;
    Style m_style;
    qreal m_width;
    qreal m_pageHeight;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    qreal m_bodyHeight = 0;
    QImage m_logo;
    std::vector<Item> m_items;
};

Item Layout::wrapped(
    const QString& text, const QFont& font, const QColor& colour, qreal space, bool keepWithNext, int flags) const
{
    Item item;
    item.space = space;
    item.keepWithNext = keepWithNext;
    item.height = m_style.wrappedHeight(font, m_width, text);
    const qreal width = m_width;
    const qreal height = item.height;
    item.draw = [=](QPainter& p, qreal top) {
        p.setFont(font);
        p.setPen(colour);
        p.drawText(QRectF(0, top, width, height), flags | Qt::TextWordWrap, text);
    };
    return item;
}

void Layout::titleBlock()
{
    const Report& r = m_report;
    m_items.push_back(wrapped(r.title, m_style.font(22, true), Style::accent(), 0, true));
    if (!r.subtitle.isEmpty()) {
        m_items.push_back(wrapped(r.subtitle, m_style.font(12.5), Style::quiet(), m_style.pt(2), true));
    }
    QString when;
    if (r.period.from.isValid() && r.period.to.isValid()) {
        const QString dates = Words::tr("%1 to %2").arg(day(r.period.from), day(r.period.to));
        when = r.period.label.isEmpty() ? dates : r.period.label + QStringLiteral(" · ") + dates;
    }
    if (r.asOf.isValid()) {
        const QString asAt = Words::tr("As at %1").arg(day(r.asOf));
        when = when.isEmpty() ? asAt : when + QStringLiteral(" · ") + asAt;
    }
    if (!when.isEmpty()) {
        m_items.push_back(wrapped(when, m_style.font(11.5, true), Style::ink(), m_style.pt(10), true));
    }
    if (!r.comparisons.isEmpty()) {
        QStringList labels;
        for (const core::report::Period& p : r.comparisons) {
            labels.append(p.label);
        }
        m_items.push_back(wrapped(Words::tr("Compared with: %1").arg(labels.join(QStringLiteral("; "))),
            m_style.font(10), Style::ink(), m_style.pt(3), true));
    }

    if (!reportHasFigures(r)) {
        // a list with no figures: nothing to suppress
    } else if (r.namesPeople || !r.suppressed) {
        const bool names = r.namesPeople;
        const QString headline = names ? Words::tr("CONFIDENTIAL — names people: keep it inside the charity")
                                       : Words::tr("NOT suppressed — do not share");
        const QString detailText = names
            ? Words::tr("This list is for the people who may see these names. Do not send it to trustees or funders.")
            : Words::tr("Small numbers are shown as they are, so someone could be recognised. This copy is for "
                        "checking inside the charity only: make the report again with suppression on before "
                        "sharing it.");
        const QFont headFont = m_style.font(12, true);
        const QFont detailFont = m_style.font(9.5, names);
        const qreal pad = m_style.pt(8);
        const qreal inner = m_width - 2 * pad;
        const qreal headHeight = m_style.wrappedHeight(headFont, inner, headline);
        const qreal detailHeight = m_style.wrappedHeight(detailFont, inner, detailText);
        Item box;
        box.space = m_style.pt(10);
        box.height = pad + headHeight + m_style.pt(3) + detailHeight + pad;
        const qreal width = m_width;
        const qreal height = box.height;
        const qreal rule = m_style.pt(names ? 1.2 : 2);
        const QColor colour = names ? Style::ink() : Style::warning();
        const qreal gap = m_style.pt(3);
        box.draw = [=](QPainter& p, qreal top) {
            p.save();
            QColor fill = colour;
            fill.setAlpha(names ? 12 : 22);
            p.setPen(QPen(colour, rule));
            p.setBrush(fill);
            p.drawRect(QRectF(rule / 2, top + rule / 2, width - rule, height - rule));
            p.setPen(colour);
            p.setFont(headFont);
            p.drawText(QRectF(pad, top + pad, inner, headHeight), Qt::TextWordWrap, headline);
            p.setFont(detailFont);
            p.drawText(QRectF(pad, top + pad + headHeight + gap, inner, detailHeight), Qt::TextWordWrap, detailText);
            p.restore();
        };
        m_items.push_back(box);
    } else {
        m_items.push_back(wrapped(Words::tr("Small numbers are suppressed: counts below %1 are shown as %2, figures "
                                            "hidden so that a total cannot reveal them as %3, and statistics over "
                                            "fewer than %1 people as %4.")
                                      .arg(r.threshold)
                                      .arg(core::report::hiddenText(Hidden::Small, r.threshold),
                                          core::report::hiddenText(Hidden::Secondary, r.threshold),
                                          core::report::hiddenText(Hidden::TooFew, r.threshold)),
            m_style.font(9.5), Style::quiet(), m_style.pt(4), false));
    }

    Item rule;
    rule.space = m_style.pt(8);
    rule.height = m_style.pt(2);
    const qreal width = m_width;
    const qreal thickness = m_style.pt(1.5);
    rule.draw = [=](QPainter& p, qreal top) { p.fillRect(QRectF(0, top, width, thickness), Style::accent()); };
    m_items.push_back(rule);
}

void Layout::textLines(
    const QString& text, const QFont& font, const QColor& colour, qreal space, qreal indent, bool quotationBar)
{
    const QStringList lines = m_style.lines(font, m_width - indent, text);
    const qreal lineHeight = m_style.metrics(font).lineSpacing();
    const qreal barWidth = m_style.pt(2.5);
    const qreal width = m_width - indent;
    for (int i = 0; i < lines.size(); ++i) {
        Item item;
        item.space = i == 0 ? space : 0;
        item.height = lines.at(i).isEmpty() ? lineHeight / 2 : lineHeight;
        // Two lines at least stay together, and the last two too (no widows or orphans).
        item.keepWithNext = lines.size() > 1 && (i == 0 || i == lines.size() - 2);
        const QString line = lines.at(i);
        const qreal height = item.height;
        item.draw = [=](QPainter& p, qreal top) {
            if (quotationBar) {
                p.fillRect(QRectF(0, top, barWidth, height), Style::rule());
            }
            p.setFont(font);
            p.setPen(colour);
            p.drawText(QRectF(indent, top, width, height), Qt::AlignLeft | Qt::AlignVCenter, line);
        };
        m_items.push_back(item);
    }
}

void Layout::section(const Section& s)
{
    // A one-table list is titled three times over (report, section, table): say it once.
    const bool sectionTitled = !s.title.isEmpty() && s.title != m_report.title;
    if (sectionTitled) {
        Item heading = wrapped(s.title, m_style.font(15, true), Style::accent(), m_style.pt(20), true);
        m_items.push_back(heading);
    }
    bool first = true;
    for (const Block& b : s.blocks) {
        const qreal space = m_style.pt(first ? 6 : 14);
        const bool atTop = first;
        first = false;
        switch (b.kind) {
        case Block::Kind::Paragraph:
            if (!b.heading.isEmpty()) {
                m_items.push_back(wrapped(b.heading, m_style.font(11, true), Style::ink(), space, true));
            }
            textLines(b.text, m_style.font(10), Style::ink(), b.heading.isEmpty() ? space : m_style.pt(3), 0, false);
            break;
        case Block::Kind::Story: {
            const qreal indent = m_style.pt(12);
            Item title = wrapped(b.heading, m_style.font(10.5, true, true), Style::accent(), space, true);
            m_items.push_back(title);
            textLines(QStringLiteral("“") + b.text.trimmed() + QStringLiteral("”"), m_style.font(10, false, true),
                Style::ink(), m_style.pt(3), indent, true);
            break;
        }
        case Block::Kind::Table:
            // Its title is left out when it only repeats the heading just above it.
            table(b.table, space, !atTop || b.table.title != (sectionTitled ? s.title : m_report.title));
            break;
        case Block::Kind::Chart: {
            const Table* source = s.table(b.chart.tableId);
            if (!source) {
                source = m_report.table(b.chart.tableId);
            }
            detail::ChartBox box = detail::layoutChart(m_style, m_report, b.chart, source, m_width);
            Item item;
            item.space = space;
            item.height = box.height;
            item.draw = [draw = box.draw](QPainter& p, qreal top) { draw(p, 0, top); };
            m_items.push_back(item);
            break;
        }
        }
    }
}

Columns Layout::fitColumns(const Table& t) const
{
    const int count = int(t.columns.size());
    // wrapHeaders: a header may take several lines; tight: a text column may narrow to its longest word.
    auto attempt = [&](qreal size, bool wrapHeaders, bool tight, bool force) -> std::optional<Columns> {
        Columns c;
        c.body = m_style.font(size);
        c.bold = m_style.font(size, true);
        c.header = m_style.font(size, true);
        c.padding = m_style.pt(size * 0.45);
        const QFontMetricsF body = m_style.metrics(c.body);
        const QFontMetricsF bold = m_style.metrics(c.bold);
        const QFontMetricsF header = m_style.metrics(c.header);
        const qreal indent = m_style.pt(size * 1.2);
        QList<qreal> minimum;
        QList<qreal> natural;
        int firstText = -1;
        for (int col = 0; col < count; ++col) {
            const bool figure = t.columns.at(col).kind != CellKind::Text;
            c.figure.append(figure);
            if (!figure && firstText < 0) {
                firstText = col;
            }
            qreal cellWidth = 0;
            qreal wordWidth = 0;
            for (const Row& row : t.rows) {
                if (col >= row.cells.size()) {
                    continue;
                }
                const QString& text = row.cells.at(col).text;
                const qreal extra = (col == firstText && row.level > 0) ? indent : 0;
                cellWidth = std::max(cellWidth, (row.total ? bold : body).horizontalAdvance(text) + extra);
                if (!figure) {
                    wordWidth = std::max(wordWidth, m_style.longestWord(row.total ? c.bold : c.body, text) + extra);
                }
            }
            const QString& title = t.columns.at(col).title;
            const qreal headerWidth
                = wrapHeaders ? m_style.longestWord(c.header, title) : header.horizontalAdvance(title);
            if (figure) {
                natural.append(std::max(cellWidth, headerWidth) + 2 * c.padding);
                minimum.append(natural.constLast());
            } else {
                natural.append(std::max(cellWidth, header.horizontalAdvance(title)) + 2 * c.padding);
                const qreal floor = tight ? 0 : std::min(natural.constLast() - 2 * c.padding, m_style.pt(90));
                minimum.append(std::max({ wordWidth, m_style.longestWord(c.header, title), floor }) + 2 * c.padding);
            }
        }
        qreal sumMinimum = 0;
        for (qreal m : minimum) {
            sumMinimum += m;
        }
        if (sumMinimum > m_width && !force) {
            return std::nullopt;
        }
        c.width = minimum;
        if (sumMinimum > m_width) {
            for (qreal& w : c.width) {
                w *= m_width / sumMinimum;
            }
        } else {
            // Room to spare: text columns grow towards their natural width, the first takes the rest.
            qreal spare = m_width - sumMinimum;
            qreal wanted = 0;
            for (int col = 0; col < count; ++col) {
                wanted += c.figure.at(col) ? 0 : natural.at(col) - minimum.at(col);
            }
            const qreal share = wanted > 0 ? std::min(1.0, spare / wanted) : 0;
            for (int col = 0; col < count; ++col) {
                if (!c.figure.at(col)) {
                    const qreal grow = (natural.at(col) - minimum.at(col)) * share;
                    c.width[col] += grow;
                    spare -= grow;
                }
            }
            int fill = -1;
            for (int col = 0; col < count; ++col) {
                fill = t.columns.at(col).fill && !c.figure.at(col) ? col : fill;
            }
            if (fill >= 0) {
                c.width[fill] += spare;
            } else if (firstText >= 0) {
                c.width[firstText] += spare;
            } else if (count > 0) {
                for (qreal& w : c.width) {
                    w += spare / count;
                }
            }
        }
        qreal x = 0;
        for (qreal w : c.width) {
            c.left.append(x);
            x += w;
        }
        return c;
    };
    // Shrink the type to fit, then wrap the headers, then (a table no page can hold) squeeze.
    for (qreal size = 9; size >= 7; size -= 0.5) {
        if (std::optional<Columns> c = attempt(size, false, false, false)) {
            return *c;
        }
    }
    for (bool tight : { false, true }) {
        if (std::optional<Columns> c = attempt(7, true, tight, false)) {
            return *c;
        }
    }
    std::optional<Columns> squeezed = attempt(7, true, true, true);
    squeezed->squeezed = true;
    return *squeezed;
}

std::vector<Item> Layout::tableHeader(
    const Table& t, const Columns& columns, bool continued, qreal space, bool titled) const
{
    std::vector<Item> items;
    const QString title = continued ? Words::tr("%1 (continued)").arg(t.title) : t.title;
    if (titled || continued) {
        items.push_back(wrapped(title, m_style.font(11, true), Style::ink(), space, true));
    }
    if (!continued) {
        const QString line = detail::periodAndN(m_report, t);
        if (!line.isEmpty()) {
            items.push_back(
                wrapped(line, m_style.font(8.5), Style::quiet(), items.empty() ? space : m_style.pt(1), true));
        }
    }
    if (t.rows.isEmpty() || columns.width.isEmpty()) {
        return items;
    }

    // Columns of other periods: a group header with the period's label over each run of columns.
    struct Group
    {
        int first;
        int last;
        QString label;
    };

    QList<Group> groups;
    bool comparisons = false;
    for (const core::report::Column& c : t.columns) {
        comparisons = comparisons || (!c.periodKey.isEmpty() && c.periodKey != t.periodKey);
    }
    const QFont groupFont = m_style.font(columns.body.pointSizeF(), true);
    qreal groupHeight = 0;
    if (comparisons) {
        for (int c = 0; c < t.columns.size(); ++c) {
            const QString& key = t.columns.at(c).periodKey;
            if (key.isEmpty()) {
                continue;
            }
            if (!groups.isEmpty() && groups.constLast().last == c - 1 && t.columns.at(c - 1).periodKey == key) {
                groups.last().last = c;
                continue;
            }
            const core::report::Period* p = m_report.periodFor(key);
            groups.append(Group { c, c, p && !p->label.isEmpty() ? p->label : key });
        }
        for (const Group& g : groups) {
            const qreal w
                = columns.left.at(g.last) + columns.width.at(g.last) - columns.left.at(g.first) - 2 * columns.padding;
            groupHeight = std::max(groupHeight, m_style.wrappedHeight(groupFont, w, g.label));
        }
    }
    qreal titleHeight = 0;
    for (int c = 0; c < t.columns.size(); ++c) {
        titleHeight = std::max(titleHeight,
            m_style.wrappedHeight(columns.header, columns.width.at(c) - 2 * columns.padding, t.columns.at(c).title,
                columns.squeezed ? Qt::TextWrapAnywhere : Qt::TextWordWrap));
    }
    const qreal vpad = m_style.pt(3);
    const qreal groupBlock = groups.isEmpty() ? 0 : groupHeight + 2 * vpad;
    Item header;
    header.space = m_style.pt(5);
    header.keepWithNext = true;
    header.height = groupBlock + titleHeight + 2 * vpad;
    const qreal width = columns.left.constLast() + columns.width.constLast();
    const qreal thick = m_style.pt(1);
    const qreal thin = m_style.pt(0.5);
    const qreal height = header.height;
    const qreal padding = columns.padding;
    header.draw = [=](QPainter& p, qreal top) {
        p.fillRect(QRectF(0, top, width, thick), Style::accent());
        p.setFont(groupFont);
        for (const Group& g : groups) {
            const qreal x = columns.left.at(g.first) + padding;
            const qreal w = columns.left.at(g.last) + columns.width.at(g.last) - columns.left.at(g.first) - 2 * padding;
            p.setPen(Style::accent());
            p.drawText(
                QRectF(x, top + vpad, w, groupHeight), Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, g.label);
            p.fillRect(QRectF(x, top + groupBlock - thin, w, thin), Style::rule());
        }
        p.setFont(columns.header);
        p.setPen(Style::ink());
        for (int c = 0; c < columns.width.size(); ++c) {
            const int align = (columns.figure.at(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom;
            p.drawText(QRectF(columns.left.at(c) + padding, top + groupBlock + vpad, columns.width.at(c) - 2 * padding,
                           titleHeight),
                align | (columns.squeezed ? Qt::TextWrapAnywhere : Qt::TextWordWrap), t.columns.at(c).title);
        }
        p.fillRect(QRectF(0, top + height - thick, width, thick), Style::accent());
    };
    items.push_back(header);
    return items;
}

void Layout::table(const Table& t, qreal space, bool titled)
{
    if (t.rows.isEmpty() || t.columns.isEmpty()) {
        for (Item& item : tableHeader(t, Columns(), false, space, titled)) {
            m_items.push_back(item);
        }
        m_items.back().keepWithNext = true;
        const QString empty = t.emptyText.isEmpty() ? Words::tr("Nothing to show for this period.") : t.emptyText;
        m_items.push_back(wrapped(empty, m_style.font(9.5, false, true), Style::quiet(), m_style.pt(4), false));
    } else {
        const Columns columns = fitColumns(t);
        for (Item& item : tableHeader(t, columns, false, space, titled)) {
            m_items.push_back(item);
        }
        auto continued = std::make_shared<const std::vector<Item>>(tableHeader(t, columns, true, 0));
        const qreal vpad = m_style.pt(2.5);
        const qreal indent = m_style.pt(columns.body.pointSizeF() * 1.2);
        const qreal width = columns.left.constLast() + columns.width.constLast();
        int firstText = -1;
        for (int c = 0; c < columns.figure.size() && firstText < 0; ++c) {
            firstText = columns.figure.at(c) ? -1 : c;
        }
        const int wrap = columns.squeezed ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
        int stripe = 0;
        for (int r = 0; r < t.rows.size(); ++r) {
            const Row& row = t.rows.at(r);
            const QFont font = row.total ? columns.bold : columns.body;
            qreal contentHeight = m_style.metrics(font).height();
            QStringList texts;
            for (int c = 0; c < columns.width.size(); ++c) {
                const QString text = c < row.cells.size() ? row.cells.at(c).text : QString();
                texts.append(text);
                const qreal extra = (c == firstText && row.level > 0) ? indent : 0;
                contentHeight = std::max(contentHeight,
                    m_style.wrappedHeight(font, columns.width.at(c) - 2 * columns.padding - extra, text, wrap));
            }
            Item item;
            item.height = contentHeight + 2 * vpad;
            item.continued = r > 0 ? continued : nullptr;
            // The notes under a table do not go to a page of their own.
            item.keepWithNext = r == t.rows.size() - 1 && !t.notes.isEmpty();
            const bool shaded = !row.total && (stripe++ % 2 == 1);
            const bool last = r == t.rows.size() - 1;
            const bool total = row.total;
            const int level = row.level;
            const qreal height = item.height;
            const qreal thick = m_style.pt(1);
            const qreal thin = m_style.pt(0.6);
            item.draw = [=](QPainter& p, qreal top) {
                if (shaded) {
                    p.fillRect(QRectF(0, top, width, height), Style::zebra());
                }
                if (total) {
                    p.fillRect(QRectF(0, top, width, thin), Style::ink());
                }
                p.setFont(font);
                p.setPen(Style::ink());
                for (int c = 0; c < texts.size(); ++c) {
                    const qreal extra = (c == firstText && level > 0) ? indent : 0;
                    const int align = (columns.figure.at(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
                    p.drawText(QRectF(columns.left.at(c) + columns.padding + extra, top + vpad,
                                   columns.width.at(c) - 2 * columns.padding - extra, height - 2 * vpad),
                        align | wrap, texts.at(c));
                }
                if (last) {
                    p.fillRect(QRectF(0, top + height - thick, width, thick), Style::accent());
                }
            };
            m_items.push_back(item);
        }
    }
    bool firstNote = true;
    for (const QString& note : t.notes) {
        m_items.push_back(wrapped(note, m_style.font(7.5), Style::quiet(), m_style.pt(firstNote ? 4 : 1.5), false));
        firstNote = false;
    }
}

void Layout::reportNotes()
{
    if (m_report.notes.isEmpty()) {
        return;
    }
    m_items.push_back(
        wrapped(Words::tr("About these figures"), m_style.font(11, true), Style::accent(), m_style.pt(22), true));
    bool first = true;
    for (const QString& note : m_report.notes) {
        m_items.push_back(wrapped(note, m_style.font(8.5), Style::quiet(), m_style.pt(first ? 4 : 3), false));
        first = false;
    }
}

std::vector<std::vector<Placed>> Layout::paginate() const
{
    std::vector<std::vector<Placed>> pages(1);
    qreal y = 0;
    auto place = [&](const Item& item) {
        const qreal top = y + (y > 0 ? item.space : 0);
        pages.back().push_back(Placed { &item, top });
        y = top + item.height;
    };
    const qreal slack = m_style.pt(0.5);
    for (size_t i = 0; i < m_items.size(); ++i) {
        const Item& item = m_items.at(i);
        const qreal need = (y > 0 ? item.space : 0) + item.height;
        // What must go with it: the items it keeps with, up to the first that does not keep.
        qreal chain = need;
        qreal chainFresh = item.height;
        for (size_t j = i; m_items.at(j).keepWithNext && j + 1 < m_items.size(); ++j) {
            chain += m_items.at(j + 1).space + m_items.at(j + 1).height;
            chainFresh += m_items.at(j + 1).space + m_items.at(j + 1).height;
        }
        const bool breakHere = y > 0
            && ((y + chain > m_bodyHeight + slack && chainFresh <= m_bodyHeight) || y + need > m_bodyHeight + slack);
        if (breakHere) {
            pages.emplace_back();
            y = 0;
            if (item.continued) {
                for (const Item& c : *item.continued) {
                    place(c);
                }
            }
        }
        if (item.draw) {
            place(item);
        }
    }
    return pages;
}

void Layout::paintHeader(QPainter& p) const
{
    const qreal band = m_style.pt(28);
    qreal x = 0;
    if (!m_logo.isNull()) {
        const QSizeF box(m_style.pt(110), band);
        const QSizeF size = QSizeF(m_logo.size()).scaled(box, Qt::KeepAspectRatio);
        p.drawImage(QRectF(QPointF(0, (band - size.height()) / 2), size), m_logo);
        x = size.width() + m_style.pt(10);
    }
    const QFont orgFont = m_style.font(12, true);
    const QFont titleFont = m_style.font(8.5);
    const qreal titleWidth = std::min(m_style.metrics(titleFont).horizontalAdvance(m_report.title), m_width * 0.45);
    p.setFont(orgFont);
    p.setPen(Style::accent());
    const QString org = m_style.metrics(orgFont).elidedText(
        m_report.organisation, Qt::ElideRight, m_width - x - titleWidth - m_style.pt(12));
    p.drawText(QRectF(x, 0, m_width - x, band), Qt::AlignLeft | Qt::AlignVCenter, org);
    p.setFont(titleFont);
    p.setPen(Style::quiet());
    p.drawText(QRectF(m_width - titleWidth, 0, titleWidth, band), Qt::AlignRight | Qt::AlignVCenter,
        m_style.metrics(titleFont).elidedText(m_report.title, Qt::ElideRight, titleWidth));
    p.fillRect(QRectF(0, band + m_style.pt(4), m_width, m_style.pt(0.6)), Style::rule());
}

void Layout::paintFooter(QPainter& p, int number, int pages) const
{
    const QFont font = m_style.font(8);
    const QFontMetricsF fm = m_style.metrics(font);
    const qreal top = m_pageHeight - m_style.pt(16);
    p.fillRect(QRectF(0, top - m_style.pt(4), m_width, m_style.pt(0.6)), Style::rule());
    QStringList left;
    if (!m_report.period.label.isEmpty()) {
        left.append(m_report.period.label);
    } else if (m_report.asOf.isValid()) {
        left.append(Words::tr("As at %1").arg(day(m_report.asOf)));
    }
    if (m_report.generatedAt.isValid()) {
        left.append(m_report.generatedBy.isEmpty()
                ? Words::tr("Made on %1").arg(day(m_report.generatedAt.date()))
                : Words::tr("Made on %1 by %2").arg(day(m_report.generatedAt.date()), m_report.generatedBy));
    }
    const QString page = Words::tr("Page %1 of %2").arg(number).arg(pages);
    const qreal pageWidth = fm.horizontalAdvance(page);
    p.setFont(font);
    p.setPen(Style::quiet());
    p.drawText(QRectF(0, top, m_width - pageWidth - m_style.pt(12), fm.height()), Qt::AlignLeft,
        fm.elidedText(left.join(QStringLiteral(" · ")), Qt::ElideRight, m_width - pageWidth - m_style.pt(12)));
    p.drawText(QRectF(m_width - pageWidth, top, pageWidth, fm.height()), Qt::AlignRight, page);
}

void Layout::paintPage(QPainter& p, const std::vector<Placed>& page, int number, int pages) const
{
    paintHeader(p);
    paintFooter(p, number, pages);
    p.save();
    p.translate(0, m_headerHeight);
    for (const Placed& placed : page) {
        placed.item->draw(p, placed.top);
    }
    p.restore();
}

} // namespace

int paint(const Report& report, QPagedPaintDevice* device)
{
    if (!device) {
        return 0;
    }
    device->setPageMargins(QMarginsF(16, 12, 16, 10), QPageLayout::Millimeter);
    const Layout layout(report, device);
    const std::vector<std::vector<Placed>> pages = layout.paginate();
    QPainter painter;
    if (!painter.begin(device)) {
        return 0;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const int count = int(pages.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return 0;
        }
        layout.paintPage(painter, pages.at(size_t(i)), i + 1, count);
    }
    return painter.end() ? count : 0;
}

core::Status savePdf(const Report& report, const QString& filePath)
{
    const QString shown = QDir::toNativeSeparators(QFileInfo(filePath).absoluteFilePath());
    auto failed = [&](const QString& why) {
        return core::Status(core::Error { core::Error::Code::Io,
            Words::tr("The PDF could not be saved as %1 (%2). Choose a folder you may save in, check that the disk "
                      "is not full and that the file is not open in another program, then try again.")
                .arg(shown, why),
            {} });
    };
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(file.errorString());
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setResolution(300);
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("Alongside"));
        pages = paint(report, &writer);
    }
    if (pages <= 0) {
        file.cancelWriting();
        return failed(Words::tr("the pages could not be drawn"));
    }
    if (!file.commit()) {
        return failed(file.errorString());
    }
    return core::Status::ok();
}

void printWithPreview(const Report& report, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(report.title);
    printer.setCreator(QStringLiteral("Alongside"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Words::tr("Print %1").arg(report.title));
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&report](QPrinter* target) { paint(report, target); });
    dialog.exec();
}

} // namespace alongside::ui::reports
