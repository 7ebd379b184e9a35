#pragma once

// Internal to core: the small builders every quarterly section uses to make its tables. Row and
// column kinds are enums so that a total can never be passed where a level is meant.

#include "core/reports/quarterly/sections.h"

#include <QDate>

namespace alongside::core::report::quarterly {

inline QString iso(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

/** A label column keyed "label" (or key), with no period. */
inline Column labelColumn(const QString& title)
{
    Column c;
    c.key = QStringLiteral("label");
    c.title = title;
    c.kind = CellKind::Text;
    return c;
}

inline Column keyedLabelColumn(const QString& key, const QString& title)
{
    Column c = labelColumn(title);
    c.key = key;
    return c;
}

/** A figure column of the context's period. */
inline Column figureColumn(
    const Context& context, const QString& key, const QString& title, CellKind kind = CellKind::Count)
{
    Column c;
    c.key = key;
    c.title = title;
    c.kind = kind;
    c.periodKey = context.period.key;
    return c;
}

/** The count column the others of its period add up to (Sums::Across or Both). */
inline Column totalColumn(const Context& context, const QString& key, const QString& title)
{
    Column c = figureColumn(context, key, title, CellKind::Count);
    c.total = true;
    return c;
}

/** A percentage of the count column at index countColumn. */
inline Column percentColumn(const Context& context, const QString& key, const QString& title, int countColumn)
{
    Column c = figureColumn(context, key, title, CellKind::Percent);
    c.percentOf = countColumn;
    return c;
}

enum class RowKind
{
    Plain,
    Total, // the row the others add up to
    Breakdown // level 1: breaks down the nearest plain row above it
};

inline Row row(const QString& key, const QList<Cell>& cells, RowKind kind = RowKind::Plain)
{
    Row r;
    r.key = key;
    r.cells = cells;
    r.total = kind == RowKind::Total;
    r.level = kind == RowKind::Breakdown ? 1 : 0;
    return r;
}

inline Table table(const Context& context, const QString& id, const QString& title)
{
    Table t;
    t.id = id;
    t.title = title;
    t.periodKey = context.period.key;
    return t;
}

} // namespace alongside::core::report::quarterly
