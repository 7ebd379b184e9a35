#include "core/reports/formats.h"
#include "core/reports/formats/formatsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

// The schema is documented field by field in docs/REPORT_JSON.md: change the two together, and bump
// Report::kJsonVersion only for a documented, breaking change.
namespace alongside::core::report {

namespace {

// Writes JSON with keys in the order they are written (QJsonObject would sort them), so that the
// output reads in the documented order and compares byte for byte.
class Writer
{
public:
    explicit Writer(bool indented)
        : m_indented(indented)
    { }

    QByteArray take() { return std::move(m_out); }

    void beginObject(const char* key = nullptr) { open(key, '{'); }

    void endObject() { close('}'); }

    void beginArray(const char* key = nullptr) { open(key, '['); }

    void endArray() { close(']'); }

    void string(const char* key, const QString& value)
    {
        item(key);
        m_out += quoted(value);
    }

    void stringOrNull(const char* key, const QString& value)
    {
        if (value.isEmpty()) {
            null(key);
        } else {
            string(key, value);
        }
    }

    void integer(const char* key, qint64 value)
    {
        item(key);
        m_out += QByteArray::number(value);
    }

    void number(const char* key, double value)
    {
        if (!std::isfinite(value)) {
            null(key);
            return;
        }
        item(key);
        if (value == std::trunc(value) && std::abs(value) < 1e15) {
            m_out += QByteArray::number(qint64(value));
        } else {
            m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
        }
    }

    void boolean(const char* key, bool value)
    {
        item(key);
        m_out += value ? "true" : "false";
    }

    void null(const char* key)
    {
        item(key);
        m_out += "null";
    }

    void strings(const char* key, const QStringList& values)
    {
        beginArray(key);
        for (const QString& v : values) {
            string(nullptr, v);
        }
        endArray();
    }

private:
    static QByteArray quoted(const QString& value)
    {
        // QJsonDocument escapes exactly as JSON requires; take the string out of a one-item array.
        const QByteArray a = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        return a.mid(1, a.size() - 2);
    }

    void newline()
    {
        if (m_indented) {
            m_out += '\n';
            m_out += QByteArray(2 * m_depth, ' ');
        }
    }

    void item(const char* key)
    {
        if (m_count.isEmpty()) {
            return; // the document itself
        }
        if (m_count.last()++ > 0) {
            m_out += ',';
        }
        newline();
        if (key) {
            m_out += '"';
            m_out += key;
            m_out += m_indented ? "\": " : "\":";
        }
    }

    void open(const char* key, char bracket)
    {
        item(key);
        m_out += bracket;
        m_count.append(0);
        ++m_depth;
    }

    void close(char bracket)
    {
        const bool empty = m_count.takeLast() == 0;
        --m_depth;
        if (!empty) {
            newline();
        }
        m_out += bracket;
        if (m_count.isEmpty() && m_indented) {
            m_out += '\n';
        }
    }

    QByteArray m_out;
    QList<int> m_count;
    int m_depth = 0;
    bool m_indented;
};

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString isoDateTime(const QDateTime& dt)
{
    if (!dt.isValid()) {
        return {};
    }
    // With its offset from UTC, so that a reader elsewhere knows the moment.
    return dt.toOffsetFromUtc(dt.offsetFromUtc()).toString(Qt::ISODate);
}

QString kindName(CellKind kind)
{
    switch (kind) {
    case CellKind::Text:
        return QStringLiteral("text");
    case CellKind::Count:
        return QStringLiteral("count");
    case CellKind::Percent:
        return QStringLiteral("percent");
    case CellKind::Number:
        return QStringLiteral("number");
    }
    return {};
}

QString sumsName(Sums sums)
{
    switch (sums) {
    case Sums::None:
        return QStringLiteral("none");
    case Sums::Down:
        return QStringLiteral("down");
    case Sums::Across:
        return QStringLiteral("across");
    case Sums::Both:
        return QStringLiteral("both");
    }
    return {};
}

void writePeriod(Writer& w, const char* key, const Period& p)
{
    w.beginObject(key);
    w.string("key", p.key);
    w.string("label", p.label);
    w.stringOrNull("from", isoDate(p.from));
    w.stringOrNull("to", isoDate(p.to));
    w.endObject();
}

void writeCell(Writer& w, const Cell& c)
{
    w.beginObject();
    w.string("text", c.text);
    if (c.isFigure() && c.shown()) {
        w.number("value", c.value);
    } else {
        w.null("value");
    }
    w.stringOrNull("hidden", formats::hiddenName(c.hidden));
    w.endObject();
}

void writeTable(Writer& w, const Table& t)
{
    w.beginObject("table");
    w.string("id", t.id);
    w.string("title", t.title);
    w.string("periodKey", t.periodKey);
    if (t.nHidden == Hidden::No && t.n >= 0) {
        w.integer("n", t.n);
    } else {
        w.null("n");
    }
    w.stringOrNull("nHidden", formats::hiddenName(t.nHidden));
    w.string("nLabel", t.nLabel);
    w.string("sums", sumsName(t.sums));
    w.beginArray("columns");
    for (const Column& c : t.columns) {
        w.beginObject();
        w.string("key", c.key);
        w.string("title", c.title);
        w.string("kind", kindName(c.kind));
        w.stringOrNull("periodKey", c.periodKey);
        w.boolean("total", c.total);
        if (c.percentOf >= 0 && c.percentOf < t.columns.size()) {
            w.integer("percentOf", c.percentOf);
        } else {
            w.null("percentOf");
        }
        w.endObject();
    }
    w.endArray();
    w.beginArray("rows");
    for (const Row& r : t.rows) {
        w.beginObject();
        w.string("key", r.key);
        w.integer("level", r.level);
        w.boolean("total", r.total);
        w.beginArray("cells");
        for (const Cell& c : r.cells) {
            writeCell(w, c);
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.strings("notes", t.notes);
    w.string("emptyText", t.emptyText);
    w.endObject();
}

void writeChart(Writer& w, const Chart& c, const Table* table)
{
    w.beginObject("chart");
    w.string("id", c.id);
    w.string("title", c.title);
    w.string("kind", c.kind == Chart::Kind::Bars ? QStringLiteral("bars") : QStringLiteral("grouped_bars"));
    w.string("tableId", c.tableId);
    w.integer("categoryColumn", c.categoryColumn);
    w.beginArray("series");
    for (const ChartSeries& s : c.series) {
        w.beginObject();
        w.string("name", s.name);
        w.integer("column", s.column);
        const bool known = table && s.column >= 0 && s.column < table->columns.size();
        w.stringOrNull("columnKey", known ? table->columns.at(s.column).key : QString());
        w.stringOrNull("periodKey", known ? table->columns.at(s.column).periodKey : QString());
        w.endObject();
    }
    w.endArray();
    w.string("valueAxisTitle", c.valueAxisTitle);
    w.boolean("percentAxis", c.percentAxis);
    w.boolean("skipTotalRows", c.skipTotalRows);
    w.string("nLabel", c.nLabel);
    w.strings("notes", c.notes);
    w.endObject();
}

} // namespace

QByteArray toJson(const Report& source, bool indented)
{
    const Report report = formats::prepared(source);
    Writer w(indented);
    w.beginObject();
    w.string("format", QStringLiteral("alongside-report"));
    w.integer("version", Report::kJsonVersion);
    w.beginObject("report");
    w.string("id", report.id);
    w.string("title", report.title);
    w.string("subtitle", report.subtitle);
    w.string("organisation", report.organisation);
    w.boolean("hasLogo", !report.logoPng.isEmpty());
    writePeriod(w, "period", report.period);
    w.beginArray("comparisons");
    for (const Period& p : report.comparisons) {
        writePeriod(w, nullptr, p);
    }
    w.endArray();
    w.stringOrNull("asOf", isoDate(report.asOf));
    w.stringOrNull("generatedAt", isoDateTime(report.generatedAt));
    w.string("generatedBy", report.generatedBy);
    w.integer("threshold", report.threshold);
    w.boolean("suppressed", report.suppressed);
    w.boolean("namesPeople", report.namesPeople);
    w.boolean("anythingHidden", report.anythingHidden);
    w.strings("notes", report.notes);
    w.beginArray("sections");
    for (const Section& s : report.sections) {
        w.beginObject();
        w.string("id", s.id);
        w.string("title", s.title);
        w.beginArray("blocks");
        for (const Block& b : s.blocks) {
            w.beginObject();
            switch (b.kind) {
            case Block::Kind::Paragraph:
                w.string("type", QStringLiteral("paragraph"));
                w.string("heading", b.heading);
                w.string("text", b.text);
                break;
            case Block::Kind::Story:
                w.string("type", QStringLiteral("story"));
                w.string("title", b.heading);
                w.string("text", b.text);
                break;
            case Block::Kind::Table:
                w.string("type", QStringLiteral("table"));
                writeTable(w, b.table);
                break;
            case Block::Kind::Chart:
                w.string("type", QStringLiteral("chart"));
                writeChart(w, b.chart, formats::chartTable(report, s, b.chart));
                break;
            }
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    w.endObject();
    return w.take();
}

} // namespace alongside::core::report
