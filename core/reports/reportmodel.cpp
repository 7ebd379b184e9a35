#include "core/reports/report.h"
#include "core/reports/reports.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace alongside::core::report {

namespace {

class Words
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::Words)
};

} // namespace

// --- Model helpers ------------------------------------------------------------------------------

Cell Cell::label(const QString& text)
{
    Cell c;
    c.kind = CellKind::Text;
    c.text = text;
    return c;
}

Cell Cell::count(int n)
{
    Cell c;
    c.kind = CellKind::Count;
    c.value = n;
    return c;
}

Cell Cell::countOf(int n, bool notPeople)
{
    Cell c = count(n);
    c.notPeople = notPeople;
    return c;
}

Cell Cell::percent(int numerator, int denominator)
{
    Cell c;
    c.kind = CellKind::Percent;
    c.decimals = 1;
    c.unit = QStringLiteral("%");
    c.numerator = numerator;
    c.denominator = denominator;
    c.base = denominator;
    if (denominator > 0) {
        c.value = 100.0 * numerator / denominator;
    } else {
        c.hidden = Hidden::NotApplicable;
    }
    return c;
}

Cell Cell::number(double value, int decimals, int base, const QString& unit)
{
    Cell c;
    c.kind = CellKind::Number;
    c.value = value;
    c.decimals = decimals;
    c.base = base;
    c.unit = unit;
    return c;
}

Cell Cell::none()
{
    Cell c;
    c.kind = CellKind::Number;
    c.hidden = Hidden::NotApplicable;
    return c;
}

int Table::columnIndex(const QString& key, const QString& periodKey) const
{
    for (int i = 0; i < columns.size(); ++i) {
        const Column& c = columns.at(i);
        if (c.key == key && (c.periodKey == periodKey || c.periodKey.isEmpty())) {
            return i;
        }
    }
    return -1;
}

int Table::rowIndex(const QString& key) const
{
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i).key == key) {
            return i;
        }
    }
    return -1;
}

const Cell* Table::cell(const QString& rowKey, const QString& columnKey, const QString& periodKey) const
{
    const int r = rowIndex(rowKey);
    const int c = columnIndex(columnKey, periodKey);
    if (r < 0 || c < 0 || c >= rows.at(r).cells.size()) {
        return nullptr;
    }
    return &rows.at(r).cells.at(c);
}

Block Block::paragraph(const QString& text, const QString& heading)
{
    Block b;
    b.kind = Kind::Paragraph;
    b.text = text;
    b.heading = heading;
    return b;
}

Block Block::ofTable(Table table)
{
    Block b;
    b.kind = Kind::Table;
    b.table = std::move(table);
    return b;
}

Block Block::ofChart(Chart chart)
{
    Block b;
    b.kind = Kind::Chart;
    b.chart = std::move(chart);
    return b;
}

Block Block::story(const QString& title, const QString& text)
{
    Block b;
    b.kind = Kind::Story;
    b.heading = title;
    b.text = text;
    return b;
}

const Table* Section::table(const QString& id) const
{
    for (const Block& b : blocks) {
        if (b.kind == Block::Kind::Table && b.table.id == id) {
            return &b.table;
        }
    }
    return nullptr;
}

Table* Section::table(const QString& id)
{
    for (Block& b : blocks) {
        if (b.kind == Block::Kind::Table && b.table.id == id) {
            return &b.table;
        }
    }
    return nullptr;
}

const Period* Report::periodFor(const QString& key) const
{
    if (period.key == key || key.isEmpty()) {
        return &period;
    }
    for (const Period& p : comparisons) {
        if (p.key == key) {
            return &p;
        }
    }
    return nullptr;
}

const Section* Report::section(const QString& id) const
{
    for (const Section& s : sections) {
        if (s.id == id) {
            return &s;
        }
    }
    return nullptr;
}

const Table* Report::table(const QString& id) const
{
    for (const Section& s : sections) {
        if (const Table* t = s.table(id)) {
            return t;
        }
    }
    return nullptr;
}

// --- Periods ------------------------------------------------------------------------------------

namespace {

QDate yearStartFor(const QDate& day, int yearStartMonth)
{
    QDate start(day.year(), yearStartMonth, 1);
    if (day < start) {
        start = start.addYears(-1);
    }
    return start;
}

bool isMonthStart(const QDate& d)
{
    return d.day() == 1;
}

bool isMonthEnd(const QDate& d)
{
    return d.addDays(1).day() == 1;
}

// Whole months from `from` to `to`, or 0 when the span is not whole months.
int wholeMonths(const QDate& from, const QDate& to)
{
    if (!isMonthStart(from) || !isMonthEnd(to) || to < from) {
        return 0;
    }
    return (to.year() - from.year()) * 12 + to.month() - from.month() + 1;
}

QString monthYear(const QDate& d, const QLocale& locale)
{
    return locale.toString(d, QStringLiteral("MMM yyyy"));
}

QString monthSpan(const QDate& from, const QDate& to, const QLocale& locale)
{
    if (from.year() == to.year() && from.month() == to.month()) {
        return monthYear(from, locale);
    }
    if (from.year() == to.year()) {
        return Words::tr("%1–%2").arg(locale.toString(from, QStringLiteral("MMM")), monthYear(to, locale));
    }
    return Words::tr("%1 – %2").arg(monthYear(from, locale), monthYear(to, locale));
}

QString financialYearName(const QDate& yearStart)
{
    if (yearStart.month() == 1) {
        return QString::number(yearStart.year());
    }
    return QStringLiteral("%1/%2").arg(yearStart.year()).arg((yearStart.year() + 1) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

Period makePeriod(const QDate& from, const QDate& to, int yearStartMonth, const QString& key)
{
    const QLocale locale;
    Period p;
    p.key = key;
    p.from = from;
    p.to = to;
    const int months = wholeMonths(from, to);
    const QDate fy = from.isValid() ? yearStartFor(from, yearStartMonth) : QDate();
    if (months == 12 && from == fy) {
        p.label = Words::tr("Financial year %1, %2").arg(financialYearName(fy), monthSpan(from, to, locale));
    } else if (months == 3 && (from.month() - yearStartMonth + 12) % 3 == 0) {
        const int quarter = int(((from.month() - yearStartMonth + 12) % 12) / 3) + 1;
        p.label = Words::tr("Q%1 %2, %3").arg(quarter).arg(financialYearName(fy), monthSpan(from, to, locale));
    } else if (months > 0) {
        p.label = monthSpan(from, to, locale);
    } else {
        p.label = Words::tr("%1 – %2").arg(
            locale.toString(from, QStringLiteral("d MMM yyyy")), locale.toString(to, QStringLiteral("d MMM yyyy")));
    }
    return p;
}

Period quarterContaining(const QDate& day, int yearStartMonth)
{
    const QDate fy = yearStartFor(day, yearStartMonth);
    const int index = int(fy.daysTo(day) >= 0 ? ((day.year() - fy.year()) * 12 + day.month() - fy.month()) / 3 : 0);
    const QDate from = fy.addMonths(index * 3);
    return makePeriod(from, from.addMonths(3).addDays(-1), yearStartMonth);
}

Period financialYearContaining(const QDate& day, int yearStartMonth)
{
    const QDate fy = yearStartFor(day, yearStartMonth);
    return makePeriod(fy, fy.addYears(1).addDays(-1), yearStartMonth);
}

Period previousPeriod(const Period& p, int yearStartMonth)
{
    const int months = wholeMonths(p.from, p.to);
    Period prev;
    if (months > 0) {
        const QDate from = p.from.addMonths(-months);
        prev = makePeriod(from, p.from.addDays(-1), yearStartMonth, QStringLiteral("previous"));
    } else {
        const qint64 days = p.from.daysTo(p.to) + 1;
        prev = makePeriod(p.from.addDays(-days), p.from.addDays(-1), yearStartMonth, QStringLiteral("previous"));
    }
    prev.label = Words::tr("Previous period (%1)").arg(prev.label);
    return prev;
}

Period yearToDate(const Period& p, int yearStartMonth)
{
    const QDate fy = yearStartFor(p.to, yearStartMonth);
    Period ytd = makePeriod(fy, p.to, yearStartMonth, QStringLiteral("ytd"));
    ytd.label = Words::tr("Year to date (%1)").arg(ytd.label);
    return ytd;
}

// --- Suppression --------------------------------------------------------------------------------

namespace {

bool isPeopleCount(const Cell& c)
{
    return c.kind == CellKind::Count && !c.notPeople;
}

// A column whose cells add up to a total: counts, and additive figures (hours, FTE).
bool adds(const Column& column)
{
    return column.kind == CellKind::Count || (column.kind == CellKind::Number && column.additive);
}

bool member(const Column& column, const Cell& cell)
{
    if (column.kind == CellKind::Count) {
        return isPeopleCount(cell);
    }
    return cell.kind == CellKind::Number && cell.hidden != Hidden::NotApplicable;
}

// One group of count cells that add up to a total (the total may be implicit, e.g. the table's n).
struct Group
{
    QList<Cell*> members;
    Cell* total = nullptr; // may be null
};

// Hides one more cell in a group (members = total) with exactly one hidden cell, counting the total:
// one unknown in a sum can be worked out from the rest. A hidden total with every member shown (a
// parent row hidden to protect a sibling, its sub-rows all shown) is as open as one hidden member.
// True if anything changed.
bool protect(Group& group)
{
    int hidden = 0;
    for (const Cell* c : group.members) {
        if (!c->shown() && c->value > 0) {
            ++hidden;
        }
    }
    if (group.total && !group.total->shown() && group.total->value > 0) {
        ++hidden;
    }
    if (hidden != 1) {
        return false;
    }
    Cell* smallest = nullptr;
    for (Cell* c : group.members) {
        if (c->shown() && c->value > 0 && (!smallest || c->value < smallest->value)) {
            smallest = c;
        }
    }
    if (smallest) {
        smallest->hidden = Hidden::Secondary;
        return true;
    }
    if (group.total && group.total->shown() && group.total->value > 0) {
        group.total->hidden = Hidden::Secondary;
        return true;
    }
    return false;
}

QList<Group> groupsOf(Table& t)
{
    QList<Group> groups;
    const bool down = t.sums == Sums::Down || t.sums == Sums::Both;
    const bool across = t.sums == Sums::Across || t.sums == Sums::Both;
    if (down) {
        int totalRow = -1;
        for (int r = 0; r < t.rows.size(); ++r) {
            if (t.rows.at(r).total) {
                totalRow = r;
            }
        }
        for (int c = 0; c < t.columns.size(); ++c) {
            if (!adds(t.columns.at(c))) {
                continue;
            }
            const Column& col = t.columns.at(c);
            Group top;
            if (totalRow >= 0 && c < t.rows[totalRow].cells.size() && member(col, t.rows[totalRow].cells[c])) {
                top.total = &t.rows[totalRow].cells[c];
            }
            for (int r = 0; r < t.rows.size(); ++r) {
                Row& row = t.rows[r];
                if (row.total || row.level != 0 || c >= row.cells.size() || !member(col, row.cells[c])) {
                    continue;
                }
                top.members.append(&row.cells[c]);
                Group sub;
                sub.total = &row.cells[c];
                for (int k = r + 1; k < t.rows.size() && t.rows.at(k).level > 0 && !t.rows.at(k).total; ++k) {
                    if (c < t.rows[k].cells.size() && member(col, t.rows[k].cells[c])) {
                        sub.members.append(&t.rows[k].cells[c]);
                    }
                }
                if (!sub.members.isEmpty()) {
                    groups.append(sub);
                }
            }
            groups.append(top);
        }
    }
    if (across) {
        QStringList periods;
        for (const Column& c : t.columns) {
            if (!c.periodKey.isEmpty() && !periods.contains(c.periodKey)) {
                periods.append(c.periodKey);
            }
        }
        for (Row& row : t.rows) {
            for (const QString& period : periods) {
                Group g;
                for (int c = 0; c < t.columns.size() && c < row.cells.size(); ++c) {
                    const Column& col = t.columns.at(c);
                    if (col.periodKey != period || !adds(col) || !member(col, row.cells[c])) {
                        continue;
                    }
                    if (col.total) {
                        g.total = &row.cells[c];
                    } else {
                        g.members.append(&row.cells[c]);
                    }
                }
                if (!g.members.isEmpty()) {
                    groups.append(g);
                }
            }
        }
    }
    return groups;
}

// When the year to date is exactly the previous period and this one (Q2 with Q1 beside it), each
// count of the year to date is their sum: a group, so subtraction cannot reveal a hidden cell.
QList<Group> periodGroupsOf(Table& t, const QStringList& parts, const QString& whole)
{
    QList<Group> groups;
    if (parts.isEmpty()) {
        return groups;
    }
    for (int w = 0; w < t.columns.size(); ++w) {
        const Column& col = t.columns.at(w);
        if (col.periodKey != whole || !adds(col)) {
            continue;
        }
        QList<int> partColumns;
        for (const QString& part : parts) {
            const int c = t.columnIndex(col.key, part);
            if (c >= 0 && t.columns.at(c).periodKey == part) {
                partColumns.append(c);
            }
        }
        if (partColumns.size() != parts.size()) {
            continue;
        }
        for (Row& row : t.rows) {
            if (w >= row.cells.size() || !member(col, row.cells[w])) {
                continue;
            }
            Group g;
            g.total = &row.cells[w];
            for (int c : partColumns) {
                if (c < row.cells.size() && member(t.columns.at(c), row.cells[c])) {
                    g.members.append(&row.cells[c]);
                }
            }
            if (g.members.size() == partColumns.size()) {
                groups.append(g);
            }
        }
    }
    return groups;
}

void suppressTable(Table& t, int threshold, bool& anything, const QStringList& ytdParts = {})
{
    auto small = [threshold](double v) { return v > 0 && v < threshold; };
    if (t.nIsPeople && t.n > 0 && t.n < threshold) {
        t.nHidden = Hidden::Small;
        anything = true;
    }
    // 1 and 2: primary.
    for (Row& row : t.rows) {
        for (Cell& c : row.cells) {
            if (c.hidden != Hidden::No) {
                continue;
            }
            if (isPeopleCount(c) && small(c.value)) {
                c.hidden = Hidden::Small;
            } else if ((c.kind == CellKind::Number || c.kind == CellKind::Percent) && c.base >= 0 && small(c.base)) {
                c.hidden = Hidden::TooFew;
            } else if (c.kind == CellKind::Percent && !c.notPeople && small(c.numerator)) {
                c.hidden = Hidden::Secondary;
            }
            if (c.hidden != Hidden::No) {
                anything = true;
            }
        }
    }
    // 3: secondary, until stable.
    QList<Group> groups = groupsOf(t);
    groups += periodGroupsOf(t, ytdParts, QStringLiteral("ytd"));
    for (bool changed = true; changed;) {
        changed = false;
        for (Group& g : groups) {
            if (protect(g)) {
                changed = true;
                anything = true;
            }
        }
    }
    // 4: percentages of hidden counts, and of a hidden total.
    int totalRow = -1;
    for (int r = 0; r < t.rows.size(); ++r) {
        if (t.rows.at(r).total) {
            totalRow = r;
        }
    }
    for (int c = 0; c < t.columns.size(); ++c) {
        const int of = t.columns.at(c).percentOf;
        if (t.columns.at(c).kind != CellKind::Percent || of < 0) {
            continue;
        }
        const bool totalHidden = totalRow >= 0 && of < t.rows.at(totalRow).cells.size()
            && t.rows.at(totalRow).cells.at(of).hidden != Hidden::No
            && t.rows.at(totalRow).cells.at(of).hidden != Hidden::NotApplicable;
        for (int r = 0; r < t.rows.size(); ++r) {
            Row& row = t.rows[r];
            if (c >= row.cells.size() || of >= row.cells.size()) {
                continue;
            }
            Cell& pc = row.cells[c];
            const Cell& counted = row.cells.at(of);
            if (pc.hidden != Hidden::No) {
                continue;
            }
            if (counted.hidden != Hidden::No && counted.hidden != Hidden::NotApplicable) {
                pc.hidden = Hidden::Secondary; // "*": "<5" beside a percentage would read as "under 5%"
                anything = true;
            } else if (totalHidden && !row.total) {
                pc.hidden = Hidden::Secondary;
                anything = true;
            }
        }
    }
}

} // namespace

void suppress(Report& report, int threshold)
{
    report.threshold = threshold;
    report.suppressed = true;
    bool anything = false;
    const Period* previous = report.periodFor(QStringLiteral("previous"));
    const Period* ytd = report.periodFor(QStringLiteral("ytd"));
    QStringList ytdParts;
    if (previous && ytd && previous != &report.period && ytd != &report.period && ytd->from == previous->from
        && previous->to.addDays(1) == report.period.from && ytd->to == report.period.to) {
        ytdParts = { report.period.key, previous->key };
    }
    for (Section& s : report.sections) {
        for (Block& b : s.blocks) {
            if (b.kind == Block::Kind::Table) {
                suppressTable(b.table, threshold, anything, ytdParts);
            }
        }
    }
    // A cell that repeats another table's figure is hidden with it (and its percentages with it).
    for (Section& s : report.sections) {
        for (Block& b : s.blocks) {
            if (b.kind != Block::Kind::Table) {
                continue;
            }
            for (Row& row : b.table.rows) {
                for (int c = 0; c < row.cells.size(); ++c) {
                    Cell& cell = row.cells[c];
                    const QStringList ref = cell.sameAs.split(QLatin1Char('/'));
                    if (ref.size() != 3 || !cell.shown()) {
                        continue;
                    }
                    const Table* other = report.table(ref.at(0));
                    const Cell* source = other ? other->cell(ref.at(1), ref.at(2)) : nullptr;
                    if (source && source->hidden != Hidden::No && source->hidden != Hidden::NotApplicable) {
                        cell.hidden = Hidden::Secondary;
                        anything = true;
                        for (int k = 0; k < b.table.columns.size() && k < row.cells.size(); ++k) {
                            if (b.table.columns.at(k).percentOf == c
                                || (row.cells[k].kind == CellKind::Percent
                                    && row.cells[k].denominator == int(cell.value) && row.cells[k].shown())) {
                                row.cells[k].hidden = Hidden::Secondary;
                            }
                        }
                    }
                }
            }
        }
    }
    report.anythingHidden = anything;
    if (threshold > 1) {
        QString note = Words::tr("Small numbers are suppressed: a count of fewer than %1 people is shown as \"%2\", a "
                                 "figure hidden so that a total or percentage cannot reveal a small count as \"%3\", "
                                 "and a statistic over fewer than %1 people as \"%4\". Zero is shown.")
                           .arg(threshold)
                           .arg(hiddenText(Hidden::Small, threshold), hiddenText(Hidden::Secondary, threshold),
                               hiddenText(Hidden::TooFew, threshold));
        if (!anything) {
            note += QLatin1Char(' ') + Words::tr("Nothing in this report needed suppressing.");
        }
        report.notes.append(note);
    }
}

QString hiddenText(Hidden hidden, int threshold)
{
    switch (hidden) {
    case Hidden::No:
        return {};
    case Hidden::Small:
        return QStringLiteral("<%1").arg(threshold);
    case Hidden::Secondary:
        return QStringLiteral("*");
    case Hidden::TooFew:
        return Words::tr("n<%1").arg(threshold);
    case Hidden::NotApplicable:
        return QStringLiteral("–");
    }
    return {};
}

void format(Report& report, const QLocale& locale)
{
    for (Section& s : report.sections) {
        for (Block& b : s.blocks) {
            if (b.kind != Block::Kind::Table) {
                continue;
            }
            for (Row& row : b.table.rows) {
                for (Cell& c : row.cells) {
                    if (c.kind == CellKind::Text) {
                        continue;
                    }
                    if (c.hidden != Hidden::No) {
                        c.text = hiddenText(c.hidden, report.threshold);
                        continue;
                    }
                    switch (c.kind) {
                    case CellKind::Text:
                        break;
                    case CellKind::Count:
                        c.text = locale.toString(qint64(std::llround(c.value)));
                        break;
                    case CellKind::Percent:
                        c.text = locale.toString(c.value, 'f', 1) + QStringLiteral("%");
                        break;
                    case CellKind::Number: {
                        const QString figure = locale.toString(c.value, 'f', c.decimals);
                        if (c.unit == QStringLiteral("£")) {
                            c.text = QStringLiteral("£") + figure;
                        } else if (c.unit == QStringLiteral("%")) {
                            c.text = figure + QStringLiteral("%");
                        } else if (!c.unit.isEmpty()) {
                            c.text = figure + QLatin1Char(' ') + c.unit;
                        } else {
                            c.text = figure;
                        }
                        break;
                    }
                    }
                }
            }
        }
    }
}

// --- Comparisons --------------------------------------------------------------------------------

namespace {

int figureColumnsOf(const Table& t, const QString& periodKey)
{
    int n = 0;
    for (const Column& c : t.columns) {
        n += c.periodKey == periodKey ? 1 : 0;
    }
    return n;
}

} // namespace

void addComparisons(Report& current, const QList<Report>& comparisons)
{
    for (const Report& other : comparisons) {
        current.comparisons.append(other.period);
        for (Section& s : current.sections) {
            for (Block& b : s.blocks) {
                if (b.kind != Block::Kind::Table || !b.table.comparable) {
                    continue;
                }
                Table& t = b.table;
                const Table* o = other.table(t.id);
                if (!o || figureColumnsOf(t, current.period.key) > kMaxComparedFigures
                    || (t.pointInTime && other.period.key == QLatin1String("ytd"))) {
                    continue; // too wide to read on an A4 page with two more periods beside it
                }
                const int before = t.columns.size();
                QList<int> figureColumns;
                for (int c = 0; c < o->columns.size(); ++c) {
                    if (o->columns.at(c).periodKey.isEmpty()) {
                        continue;
                    }
                    Column col = o->columns.at(c);
                    col.periodKey = other.period.key;
                    if (col.percentOf >= 0) {
                        // the count column it is a share of, among the figure columns being copied
                        int ofPosition = 0;
                        for (int k = 0; k < o->columns.at(c).percentOf; ++k) {
                            if (!o->columns.at(k).periodKey.isEmpty()) {
                                ++ofPosition;
                            }
                        }
                        col.percentOf = before + ofPosition;
                    }
                    figureColumns.append(c);
                    t.columns.append(col);
                }
                QList<bool> matched(o->rows.size(), false);
                for (Row& row : t.rows) {
                    const int r = o->rowIndex(row.key);
                    while (row.cells.size() < before) {
                        row.cells.append(Cell::none());
                    }
                    for (int c : figureColumns) {
                        row.cells.append(
                            r >= 0 && c < o->rows.at(r).cells.size() ? o->rows.at(r).cells.at(c) : Cell::none());
                    }
                    if (r >= 0) {
                        matched[r] = true;
                    }
                }
                // Rows only the comparison period has (a source used then, not now) go in before the total.
                for (int r = 0; r < o->rows.size(); ++r) {
                    if (matched.at(r)) {
                        continue;
                    }
                    const Row& source = o->rows.at(r);
                    Row row;
                    row.key = source.key;
                    row.level = source.level;
                    row.total = source.total;
                    for (int c = 0; c < before; ++c) {
                        const bool label = t.columns.at(c).periodKey.isEmpty();
                        const int oc = label ? o->columnIndex(t.columns.at(c).key, QString()) : -1;
                        if (label && oc >= 0 && oc < source.cells.size()) {
                            row.cells.append(source.cells.at(oc));
                        } else if (label) {
                            row.cells.append(Cell::label(QString()));
                        } else {
                            Cell zero = Cell::none();
                            if (t.columns.at(c).kind == CellKind::Count) {
                                zero = Cell::count(0);
                            }
                            row.cells.append(zero);
                        }
                    }
                    for (int c : figureColumns) {
                        row.cells.append(c < source.cells.size() ? source.cells.at(c) : Cell::none());
                    }
                    int at = int(t.rows.size());
                    for (int k = 0; k < t.rows.size(); ++k) {
                        if (t.rows.at(k).total) {
                            at = k;
                            break;
                        }
                    }
                    t.rows.insert(at, row);
                }
            }
        }
    }
}

// --- List views ---------------------------------------------------------------------------------

Report listReport(const QString& title, const QStringList& headers, const QList<QStringList>& rows,
    const QString& filterDescription, const QString& organisation)
{
    Report r;
    r.id = QStringLiteral("list");
    r.title = title;
    r.organisation = organisation;
    r.suppressed = false;
    r.threshold = 0;
    Section s;
    s.id = QStringLiteral("list");
    s.title = title;
    Table t;
    t.id = QStringLiteral("list");
    t.title = title;
    t.comparable = false;
    t.n = int(rows.size());
    t.nLabel = Words::tr("rows");
    for (int c = 0; c < headers.size(); ++c) {
        Column col;
        col.key = QStringLiteral("c%1").arg(c);
        col.title = headers.at(c);
        col.kind = CellKind::Text;
        t.columns.append(col);
    }
    for (int i = 0; i < rows.size(); ++i) {
        Row row;
        row.key = QString::number(i + 1);
        for (int c = 0; c < headers.size(); ++c) {
            row.cells.append(Cell::label(c < rows.at(i).size() ? rows.at(i).at(c) : QString()));
        }
        t.rows.append(row);
    }
    if (!filterDescription.isEmpty()) {
        t.notes.append(filterDescription);
    }
    t.emptyText = Words::tr("Nothing matches the filter.");
    s.blocks.append(Block::ofTable(std::move(t)));
    r.sections.append(std::move(s));
    return r;
}

} // namespace alongside::core::report
