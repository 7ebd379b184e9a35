#include "core/reports/csvfile.h"
#include "core/reports/formats.h"
#include "core/reports/formats/formatsupport.h"

#include <QLocale>

namespace alongside::core::report {

namespace {

using formats::Words;

void appendTable(QList<QStringList>& out, const Report& report, const Section& section, const Table& t)
{
    out.append({ section.title });
    out.append({ t.title });
    const QStringList periods = formats::periodLabels(report, t);
    if (!periods.isEmpty()) {
        out.append({ Words::tr("Period: %1").arg(periods.join(QStringLiteral("; "))) });
    }
    const QString n = formats::nLine(report, t);
    if (!n.isEmpty()) {
        out.append({ n });
    }
    QStringList header;
    for (const Column& c : t.columns) {
        header.append(formats::columnHeader(report, t, c));
    }
    out.append(header);
    if (t.rows.isEmpty() && !t.emptyText.isEmpty()) {
        out.append({ t.emptyText });
    }
    for (const Row& r : t.rows) {
        QStringList line;
        bool indented = false;
        for (const Cell& c : r.cells) {
            QString text = c.text;
            if (r.level > 0 && !indented && c.kind == CellKind::Text) {
                text.prepend(QString(2 * r.level, QLatin1Char(' ')));
                indented = true;
            }
            line.append(text);
        }
        out.append(line);
    }
    for (const QString& note : t.notes) {
        out.append({ Words::tr("Note: %1").arg(note) });
    }
    out.append(QStringList());
}

} // namespace

QByteArray toCsv(const Report& source)
{
    const Report report = formats::prepared(source);
    QList<QStringList> out;
    out.append({ report.title });
    if (!report.subtitle.isEmpty()) {
        out.append({ report.subtitle });
    }
    if (!report.organisation.isEmpty()) {
        out.append({ report.organisation });
    }
    if (!report.period.label.isEmpty()) {
        out.append({ Words::tr("Period: %1").arg(report.period.label) });
    }
    if (report.asOf.isValid()) {
        out.append({ Words::tr("As at %1").arg(QLocale().toString(report.asOf, QStringLiteral("d MMM yyyy"))) });
    }
    const QString generated = formats::generatedLine(report);
    if (!generated.isEmpty()) {
        out.append({ generated });
    }
    out.append(QStringList());
    for (const Section& s : report.sections) {
        for (const Block& b : s.blocks) {
            switch (b.kind) {
            case Block::Kind::Table:
                appendTable(out, report, s, b.table);
                break;
            case Block::Kind::Paragraph:
                out.append({ s.title });
                if (!b.heading.isEmpty()) {
                    out.append({ b.heading });
                }
                out.append({ b.text });
                out.append(QStringList());
                break;
            case Block::Kind::Story:
                out.append({ s.title });
                out.append({ Words::tr("Story: %1").arg(b.heading) });
                out.append({ b.text });
                out.append(QStringList());
                break;
            case Block::Kind::Chart:
                break; // a chart's figures are its table's, written above
            }
        }
    }
    if (!report.notes.isEmpty()) {
        out.append({ Words::tr("Notes") });
        for (const QString& note : report.notes) {
            out.append({ note });
        }
    }
    return csv::write(out);
}

} // namespace alongside::core::report
