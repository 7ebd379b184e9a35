#include "core/reports/formats.h"
#include "core/reports/formats/formatsupport.h"

#include <QLocale>

namespace alongside::core::report {

namespace {

using formats::Words;

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

// Lines of text as paragraphs: a blank line starts a new one, a single line break stays one.
QString paragraphs(const QString& text)
{
    QString out;
    for (const QString& part : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        out += QStringLiteral("<p>") + esc(part.trimmed()).replace(QLatin1Char('\n'), QStringLiteral("<br>"))
            + QStringLiteral("</p>\n");
    }
    return out;
}

const char* const kStyle = R"(
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #1a1a1a; margin: 2em auto; max-width: 60em;
       padding: 0 1em; line-height: 1.4; }
header { border-bottom: 2px solid #1a1a1a; margin-bottom: 1.5em; display: flex; gap: 1em; align-items: center; }
header img { max-height: 4em; max-width: 12em; }
h1 { font-size: 1.6em; margin: 0.2em 0; }
h2 { font-size: 1.3em; margin-top: 2em; border-bottom: 1px solid #888; page-break-after: avoid; }
h3 { font-size: 1.05em; margin-bottom: 0.3em; page-break-after: avoid; }
.meta { color: #444; margin: 0.1em 0; }
table { border-collapse: collapse; margin: 0.5em 0 0.3em; page-break-inside: auto; }
tr { page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
caption .n { display: block; font-weight: normal; color: #444; }
th, td { border: 1px solid #999; padding: 0.2em 0.5em; vertical-align: top; }
thead th { background: #eee; }
td.figure, th.figure { text-align: right; font-variant-numeric: tabular-nums; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #1a1a1a; }
tr.sub th { padding-left: 1.8em; font-weight: normal; }
td.hidden { font-style: italic; }
.notes { font-size: 0.9em; color: #333; margin: 0.2em 0 1em; padding-left: 1.2em; }
.chartnote { font-style: italic; color: #444; }
blockquote { border-left: 3px solid #888; margin: 0.5em 0 1em; padding-left: 1em; }
footer { margin-top: 2.5em; border-top: 1px solid #888; font-size: 0.9em; color: #333; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-before: auto; } a { color: inherit; } }
)";

QString notesList(const QStringList& notes)
{
    if (notes.isEmpty()) {
        return {};
    }
    QString out = QStringLiteral("<ul class=\"notes\">\n");
    for (const QString& n : notes) {
        out += QStringLiteral("<li>") + esc(n) + QStringLiteral("</li>\n");
    }
    return out + QStringLiteral("</ul>\n");
}

QString captionOf(const QString& title, const QStringList& lines)
{
    QString out = QStringLiteral("<caption>") + esc(title);
    for (const QString& line : lines) {
        if (!line.isEmpty()) {
            out += QStringLiteral("<span class=\"n\">") + esc(line) + QStringLiteral("</span>");
        }
    }
    return out + QStringLiteral("</caption>\n");
}

QString cellHtml(const Cell& c, bool rowHeader)
{
    if (rowHeader) {
        return QStringLiteral("<th scope=\"row\">") + esc(c.text) + QStringLiteral("</th>");
    }
    QString cls;
    if (c.isFigure()) {
        cls = c.shown() ? QStringLiteral("figure") : QStringLiteral("figure hidden");
    }
    return (cls.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td class=\"%1\">").arg(cls)) + esc(c.text)
        + QStringLiteral("</td>");
}

QString tableHtml(const Report& report, const Table& t)
{
    QString out = QStringLiteral("<table id=\"%1\">\n").arg(esc(t.id));
    QStringList lines;
    const QStringList periods = formats::periodLabels(report, t);
    if (!periods.isEmpty()) {
        lines.append(periods.join(QStringLiteral("; ")));
    }
    lines.append(formats::nLine(report, t));
    out += captionOf(t.title, lines);
    out += QStringLiteral("<thead><tr>");
    for (const Column& c : t.columns) {
        out += QStringLiteral("<th scope=\"col\"%1>")
                   .arg(c.kind == CellKind::Text ? QString() : QStringLiteral(" class=\"figure\""))
            + esc(formats::columnHeader(report, t, c)) + QStringLiteral("</th>");
    }
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    if (t.rows.isEmpty()) {
        out += QStringLiteral("<tr><td colspan=\"%1\">").arg(qMax(1, int(t.columns.size()))) + esc(t.emptyText)
            + QStringLiteral("</td></tr>\n");
    }
    for (const Row& r : t.rows) {
        QString cls = r.total ? QStringLiteral("total") : (r.level > 0 ? QStringLiteral("sub") : QString());
        out += cls.isEmpty() ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"%1\">").arg(cls);
        for (int i = 0; i < r.cells.size(); ++i) {
            const Cell& c = r.cells.at(i);
            out += cellHtml(c, i == 0 && c.kind == CellKind::Text);
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    return out + notesList(t.notes);
}

QString chartHtml(const Report& report, const Section& section, const Chart& chart)
{
    const Table* t = formats::chartTable(report, section, chart);
    QString out = QStringLiteral("<figure>\n<table>\n");
    out += captionOf(chart.title, { chart.nLabel });
    out += QStringLiteral("<thead><tr>");
    const Column* category = t && chart.categoryColumn >= 0 && chart.categoryColumn < t->columns.size()
        ? &t->columns.at(chart.categoryColumn)
        : nullptr;
    out += QStringLiteral("<th scope=\"col\">") + esc(category ? category->title : QString()) + QStringLiteral("</th>");
    for (const ChartSeries& s : chart.series) {
        out += QStringLiteral("<th scope=\"col\" class=\"figure\">") + esc(s.name) + QStringLiteral("</th>");
    }
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    if (t) {
        for (const Row& r : t->rows) {
            if (r.total && chart.skipTotalRows) {
                continue;
            }
            out += QStringLiteral("<tr>");
            out += cellHtml(chart.categoryColumn >= 0 && chart.categoryColumn < r.cells.size()
                    ? r.cells.at(chart.categoryColumn)
                    : Cell::label(r.key),
                true);
            for (const ChartSeries& s : chart.series) {
                out += cellHtml(
                    s.column >= 0 && s.column < r.cells.size() ? r.cells.at(s.column) : Cell::label({}), false);
            }
            out += QStringLiteral("</tr>\n");
        }
    }
    out += QStringLiteral("</tbody>\n</table>\n");
    out += QStringLiteral("<figcaption class=\"chartnote\">")
        + esc(Words::tr("This chart is drawn in the PDF and the printed report; its figures are shown here as a "
                        "table."))
        + QStringLiteral("</figcaption>\n</figure>\n");
    return out + notesList(chart.notes);
}

} // namespace

QByteArray toHtml(const Report& source)
{
    const Report report = formats::prepared(source);
    const QString lang = QLocale().bcp47Name();
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                      .arg(esc(lang.isEmpty() ? QStringLiteral("en") : lang));
    out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    QString pageTitle = report.title;
    if (!report.organisation.isEmpty()) {
        pageTitle = Words::tr("%1 – %2").arg(report.organisation, report.title);
    }
    out += QStringLiteral("<title>") + esc(pageTitle) + QStringLiteral("</title>\n<style>")
        + QString::fromLatin1(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n<header>\n");
    if (!report.logoPng.isEmpty()) {
        out += QStringLiteral("<img src=\"data:image/png;base64,%1\" alt=\"%2\">\n")
                   .arg(QString::fromLatin1(report.logoPng.toBase64()),
                       esc(Words::tr("Logo of %1").arg(report.organisation)));
    }
    out += QStringLiteral("<div>\n");
    if (!report.organisation.isEmpty()) {
        out += QStringLiteral("<p class=\"meta\">") + esc(report.organisation) + QStringLiteral("</p>\n");
    }
    out += QStringLiteral("<h1>") + esc(report.title) + QStringLiteral("</h1>\n");
    if (!report.subtitle.isEmpty()) {
        out += QStringLiteral("<p class=\"meta\">") + esc(report.subtitle) + QStringLiteral("</p>\n");
    }
    if (!report.period.label.isEmpty()) {
        out += QStringLiteral("<p class=\"meta\">") + esc(Words::tr("Period: %1").arg(report.period.label))
            + QStringLiteral("</p>\n");
    }
    if (report.asOf.isValid()) {
        out += QStringLiteral("<p class=\"meta\">")
            + esc(Words::tr("As at %1").arg(QLocale().toString(report.asOf, QStringLiteral("d MMM yyyy"))))
            + QStringLiteral("</p>\n");
    }
    out += QStringLiteral("</div>\n</header>\n<main>\n");
    for (const Section& s : report.sections) {
        out += QStringLiteral("<section id=\"%1\">\n<h2>").arg(esc(s.id)) + esc(s.title) + QStringLiteral("</h2>\n");
        for (const Block& b : s.blocks) {
            switch (b.kind) {
            case Block::Kind::Paragraph:
                if (!b.heading.isEmpty()) {
                    out += QStringLiteral("<h3>") + esc(b.heading) + QStringLiteral("</h3>\n");
                }
                out += paragraphs(b.text);
                break;
            case Block::Kind::Story:
                out += QStringLiteral("<article>\n<h3>") + esc(b.heading) + QStringLiteral("</h3>\n<blockquote>\n")
                    + paragraphs(b.text) + QStringLiteral("</blockquote>\n</article>\n");
                break;
            case Block::Kind::Table:
                out += tableHtml(report, b.table);
                break;
            case Block::Kind::Chart:
                out += chartHtml(report, s, b.chart);
                break;
            }
        }
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("</main>\n<footer>\n");
    if (!report.notes.isEmpty()) {
        out += QStringLiteral("<h2>") + esc(Words::tr("Notes")) + QStringLiteral("</h2>\n") + notesList(report.notes);
    }
    const QString generated = formats::generatedLine(report);
    if (!generated.isEmpty()) {
        out += QStringLiteral("<p>") + esc(generated) + QStringLiteral("</p>\n");
    }
    out += QStringLiteral("</footer>\n</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace alongside::core::report
