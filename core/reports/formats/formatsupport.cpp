#include "core/reports/formats/formatsupport.h"

#include "core/reports/reports.h"

#include <QLocale>

namespace alongside::core::report::formats {

Report prepared(const Report& report)
{
    Report r = report;
    bool unformatted = false;
    for (const Section& s : r.sections) {
        for (const Block& b : s.blocks) {
            if (b.kind != Block::Kind::Table) {
                continue;
            }
            for (const Row& row : b.table.rows) {
                for (const Cell& c : row.cells) {
                    if (c.isFigure() && c.shown() && c.text.isEmpty()) {
                        unformatted = true;
                    }
                }
            }
        }
    }
    if (unformatted) {
        format(r, QLocale());
    }
    for (Section& s : r.sections) {
        for (Block& b : s.blocks) {
            if (b.kind != Block::Kind::Table) {
                continue;
            }
            if (b.table.nHidden != Hidden::No) {
                b.table.n = -1;
            }
            for (Row& row : b.table.rows) {
                for (Cell& c : row.cells) {
                    if (c.shown()) {
                        continue;
                    }
                    c.text = hiddenText(c.hidden, r.threshold);
                    c.value = 0;
                    c.numerator = 0;
                    c.denominator = 0;
                }
            }
        }
    }
    return r;
}

QString hiddenName(Hidden hidden)
{
    switch (hidden) {
    case Hidden::No:
        return {};
    case Hidden::Small:
        return QStringLiteral("small");
    case Hidden::Secondary:
        return QStringLiteral("secondary");
    case Hidden::TooFew:
        return QStringLiteral("too_few");
    case Hidden::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QStringList periodLabels(const Report& report, const Table& table)
{
    QStringList keys { table.periodKey };
    for (const Column& c : table.columns) {
        if (!c.periodKey.isEmpty() && !keys.contains(c.periodKey)) {
            keys.append(c.periodKey);
        }
    }
    QStringList labels;
    for (const QString& key : keys) {
        const Period* p = report.periodFor(key);
        if (p && !p->label.isEmpty() && !labels.contains(p->label)) {
            labels.append(p->label);
        }
    }
    return labels;
}

QString columnHeader(const Report& report, const Table& table, const Column& column)
{
    if (column.periodKey.isEmpty() || column.periodKey == table.periodKey) {
        return column.title;
    }
    const Period* p = report.periodFor(column.periodKey);
    if (!p || p->label.isEmpty()) {
        return column.title;
    }
    return Words::tr("%1 (%2)").arg(column.title, p->label);
}

QString nLine(const Report& report, const Table& table)
{
    QString figure;
    if (table.nHidden != Hidden::No) {
        figure = hiddenText(table.nHidden, report.threshold);
    } else if (table.n >= 0) {
        figure = QLocale().toString(table.n);
    } else {
        return {};
    }
    if (table.nLabel.isEmpty()) {
        return Words::tr("n = %1").arg(figure);
    }
    return Words::tr("n = %1 %2").arg(figure, table.nLabel);
}

QString generatedLine(const Report& report)
{
    if (!report.generatedAt.isValid()) {
        return {};
    }
    const QString when = QLocale().toString(report.generatedAt, QStringLiteral("d MMM yyyy HH:mm"));
    if (report.generatedBy.isEmpty()) {
        return Words::tr("Generated %1").arg(when);
    }
    return Words::tr("Generated %1 by %2").arg(when, report.generatedBy);
}

const Table* chartTable(const Report& report, const Section& section, const Chart& chart)
{
    if (const Table* t = section.table(chart.tableId)) {
        return t;
    }
    return report.table(chart.tableId);
}

} // namespace alongside::core::report::formats
