#include "core/reports/formats.h"
#include "core/reports/formats/formatsupport.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <xlsxwriter.h>

namespace alongside::core::report {

namespace {

using formats::Words;

constexpr int kMaxCellText = 32767; // Excel's limit for the text of one cell
constexpr int kMaxSheetName = 31;

// Formats live as long as the workbook; this makes each distinct one once.
class Styles
{
public:
    explicit Styles(lxw_workbook* wb)
        : m_wb(wb)
    {
        title = workbook_add_format(wb);
        format_set_bold(title);
        format_set_font_size(title, 14);
        bold = workbook_add_format(wb);
        format_set_bold(bold);
        header = workbook_add_format(wb);
        format_set_bold(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        note = workbook_add_format(wb);
        format_set_italic(note);
    }

    lxw_format* title;
    lxw_format* bold;
    lxw_format* header;
    lxw_format* note;

    // numberFormat may be empty (text); indent for level-1 labels; strong for total rows; right-aligned
    // for the text of a hidden figure, so it lines up with the numbers.
    lxw_format* cell(const QString& numberFormat, int indent, bool strong, bool right)
    {
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(numberFormat).arg(indent).arg(strong).arg(right);
        auto it = m_cells.constFind(key);
        if (it != m_cells.constEnd()) {
            return it.value();
        }
        lxw_format* f = workbook_add_format(m_wb);
        if (!numberFormat.isEmpty()) {
            format_set_num_format(f, numberFormat.toUtf8().constData());
        }
        if (indent > 0) {
            format_set_indent(f, uint8_t(std::min(indent, 15)));
        }
        if (strong) {
            format_set_bold(f);
            format_set_top(f, LXW_BORDER_THIN);
        }
        if (right) {
            format_set_align(f, LXW_ALIGN_RIGHT);
        }
        m_cells.insert(key, f);
        return f;
    }

private:
    lxw_workbook* m_wb;
    QHash<QString, lxw_format*> m_cells;
};

QByteArray utf8(const QString& text)
{
    return text.left(kMaxCellText).toUtf8();
}

// The Excel number format that shows a figure as the report does, and the value to store for it.
QString numberFormatFor(const Cell& c, double& value)
{
    value = c.value;
    const QString decimals = c.decimals > 0 ? QStringLiteral(".") + QString(c.decimals, QLatin1Char('0')) : QString();
    switch (c.kind) {
    case CellKind::Text:
        return {};
    case CellKind::Count:
        return QStringLiteral("#,##0");
    case CellKind::Percent:
        value = c.value / 100.0;
        return QStringLiteral("0.0%");
    case CellKind::Number:
        break;
    }
    if (c.unit == QStringLiteral("%")) {
        value = c.value / 100.0;
        return QStringLiteral("0") + decimals + QStringLiteral("%");
    }
    if (c.unit == QStringLiteral("£")) {
        return QStringLiteral("\"£\"#,##0") + decimals;
    }
    QString format = QStringLiteral("#,##0") + decimals;
    if (!c.unit.isEmpty()) {
        QString unit = c.unit;
        unit.remove(QLatin1Char('"'));
        format += QStringLiteral(" \"") + unit + QLatin1Char('"');
    }
    return format;
}

class SheetWriter
{
public:
    SheetWriter(lxw_worksheet* ws, Styles& styles, const Report& report)
        : m_ws(ws)
        , m_styles(styles)
        , m_report(report)
    { }

    void line(const QString& text, lxw_format* format = nullptr)
    {
        if (!text.isEmpty()) {
            worksheet_write_string(m_ws, lxw_row_t(m_row), 0, utf8(text).constData(), format);
        }
        ++m_row;
    }

    void heading()
    {
        line(m_report.title, m_styles.title);
        if (!m_report.subtitle.isEmpty()) {
            line(m_report.subtitle);
        }
        if (!m_report.organisation.isEmpty()) {
            line(m_report.organisation);
        }
        if (!m_report.period.label.isEmpty()) {
            line(Words::tr("Period: %1").arg(m_report.period.label));
        }
        if (m_report.asOf.isValid()) {
            line(Words::tr("As at %1").arg(QLocale().toString(m_report.asOf, QStringLiteral("d MMM yyyy"))));
        }
        line(formats::generatedLine(m_report));
        ++m_row;
    }

    void section(const Section& s, bool withTitle)
    {
        if (withTitle) {
            line(s.title, m_styles.title);
            ++m_row;
        }
        for (const Block& b : s.blocks) {
            switch (b.kind) {
            case Block::Kind::Table:
                table(b.table);
                break;
            case Block::Kind::Paragraph:
                if (!b.heading.isEmpty()) {
                    line(b.heading, m_styles.bold);
                }
                for (const QString& part : b.text.split(QLatin1Char('\n'))) {
                    line(part);
                }
                ++m_row;
                break;
            case Block::Kind::Story:
                line(b.heading, m_styles.bold);
                for (const QString& part : b.text.split(QLatin1Char('\n'))) {
                    line(part);
                }
                ++m_row;
                break;
            case Block::Kind::Chart:
                break; // a chart's figures are its table's
            }
        }
    }

    void notes(const QStringList& notes)
    {
        if (notes.isEmpty()) {
            return;
        }
        line(Words::tr("Notes"), m_styles.bold);
        for (const QString& n : notes) {
            line(n, m_styles.note);
        }
    }

    void setWidths()
    {
        for (int c = 0; c < m_widths.size(); ++c) {
            const double width = std::clamp(m_widths.at(c) + 2, 8, 60);
            worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c), width, nullptr);
        }
    }

private:
    void measure(int column, const QString& text)
    {
        while (m_widths.size() <= column) {
            m_widths.append(0);
        }
        m_widths[column] = std::max(m_widths.at(column), int(std::min<qsizetype>(text.size(), 200)));
    }

    void table(const Table& t)
    {
        line(t.title, m_styles.bold);
        const QStringList periods = formats::periodLabels(m_report, t);
        if (!periods.isEmpty()) {
            line(Words::tr("Period: %1").arg(periods.join(QStringLiteral("; "))));
        }
        const QString n = formats::nLine(m_report, t);
        if (!n.isEmpty()) {
            line(n);
        }
        for (int c = 0; c < t.columns.size(); ++c) {
            const QString h = formats::columnHeader(m_report, t, t.columns.at(c));
            worksheet_write_string(m_ws, lxw_row_t(m_row), lxw_col_t(c), utf8(h).constData(), m_styles.header);
            // Headers wrap, so they count for less than a label when choosing a width.
            measure(c, h.left(std::max<qsizetype>(12, h.size() / 2)));
        }
        ++m_row;
        if (t.rows.isEmpty()) {
            line(t.emptyText, m_styles.note);
        }
        for (const Row& r : t.rows) {
            for (int c = 0; c < r.cells.size(); ++c) {
                const Cell& cell = r.cells.at(c);
                const int indent = cell.kind == CellKind::Text && c == 0 ? r.level : 0;
                const auto row = lxw_row_t(m_row);
                const auto col = lxw_col_t(c);
                if (cell.isFigure() && cell.shown()) {
                    double value = 0;
                    const QString numberFormat = numberFormatFor(cell, value);
                    worksheet_write_number(m_ws, row, col, value, m_styles.cell(numberFormat, 0, r.total, false));
                } else if (!cell.text.isEmpty()) {
                    worksheet_write_string(m_ws, row, col, utf8(cell.text).constData(),
                        m_styles.cell(QString(), indent, r.total, cell.isFigure()));
                } else if (r.total) {
                    worksheet_write_blank(m_ws, row, col, m_styles.cell(QString(), 0, true, false));
                }
                measure(c, QString(2 * indent, QLatin1Char(' ')) + cell.text);
            }
            ++m_row;
        }
        for (const QString& note : t.notes) {
            line(note, m_styles.note);
        }
        ++m_row;
    }

    lxw_worksheet* m_ws;
    Styles& m_styles;
    const Report& m_report;
    int m_row = 0;
    QList<int> m_widths;
};

// A name Excel accepts: no []:*?/\, not blank, at most 31 characters, not starting or ending with an
// apostrophe, and different (ignoring case) from the names already taken.
QString sheetName(const QString& wanted, QSet<QString>& taken)
{
    QString base;
    for (const QChar ch : wanted) {
        if (QStringLiteral("[]:*?/\\").contains(ch) || ch.category() == QChar::Other_Control) {
            base += QLatin1Char(' ');
        } else {
            base += ch;
        }
    }
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\'')) || base.endsWith(QLatin1Char('\''))) {
        base = base.startsWith(QLatin1Char('\'')) ? base.mid(1) : base.chopped(1);
    }
    if (base.isEmpty() || base.compare(QStringLiteral("History"), Qt::CaseInsensitive) == 0) {
        base = Words::tr("Section");
    }
    QString name = base.left(kMaxSheetName).trimmed();
    for (int i = 2; taken.contains(name.toLower()); ++i) {
        const QString suffix = QStringLiteral(" (%1)").arg(i);
        name = base.left(kMaxSheetName - suffix.size()).trimmed() + suffix;
    }
    taken.insert(name.toLower());
    return name;
}

Error xlsxError(const QString& what)
{
    return Error { Error::Code::Io,
        Words::tr("The spreadsheet could not be made (%1). Check that there is space on the disk for temporary "
                  "files, then try again.")
            .arg(what),
        {} };
}

} // namespace

Result<QByteArray> toXlsx(const Report& source)
{
    const Report report = formats::prepared(source);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return xlsxError(dir.errorString());
    }
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    const QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options;
    options.constant_memory = LXW_FALSE;
    options.tmpdir = const_cast<char*>(tmp.constData());
    options.use_zip64 = LXW_FALSE;
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!wb) {
        return xlsxError(Words::tr("the workbook could not be started"));
    }

    const QByteArray title = utf8(report.title);
    const QByteArray company = utf8(report.organisation);
    const QByteArray subject = utf8(report.period.label);
    lxw_doc_properties properties {};
    properties.title = const_cast<char*>(title.constData());
    properties.company = const_cast<char*>(company.constData());
    properties.subject = const_cast<char*>(subject.constData());
    if (report.generatedAt.isValid()) {
        properties.created = time_t(report.generatedAt.toSecsSinceEpoch()); // the same report, the same bytes
    }
    workbook_set_properties(wb, &properties);

    Styles styles(wb);
    QSet<QString> taken;
    QList<QByteArray> names; // libxlsxwriter keeps the pointers until the workbook is closed
    auto addSheet = [&](const QString& wanted) {
        names.append(utf8(sheetName(wanted, taken)));
        return workbook_add_worksheet(wb, names.last().constData());
    };

    lxw_worksheet* all = addSheet(Words::tr("Report"));
    SheetWriter whole(all, styles, report);
    whole.heading();
    for (const Section& s : report.sections) {
        whole.section(s, true);
    }
    whole.notes(report.notes);
    whole.setWidths();

    if (report.sections.size() > 1) {
        for (const Section& s : report.sections) {
            lxw_worksheet* ws = addSheet(s.title.isEmpty() ? s.id : s.title);
            SheetWriter sheet(ws, styles, report);
            sheet.heading();
            sheet.section(s, true);
            sheet.setWidths();
        }
    }

    const lxw_error closed = workbook_close(wb);
    if (closed != LXW_NO_ERROR) {
        return xlsxError(QString::fromUtf8(lxw_strerror(closed)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return xlsxError(file.errorString());
    }
    return file.readAll();
}

} // namespace alongside::core::report
