// An .xlsx workbook into a SourceTable: libzip opens the container, QXmlStreamReader reads the
// parts (workbook, relationships, shared strings, styles and the chosen sheet).

#include "core/dataio/readersupport.h"
#include "core/dataio/sourcetable.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <memory>
#include <zip.h>

namespace alongside::core::dataio {

namespace {

using reader::refuse;

// How a number in a cell is shown: as a number, a date (maybe with a time) or a time of day.
enum class NumberKind
{
    Plain,
    Date,
    DateTime,
    Time,
};

struct Sheet
{
    QString name;
    QString part; // path inside the zip
};

Error damaged(const QString& detail)
{
    return refuse(SourceReader::tr("The workbook is damaged and cannot be read. Open it in Excel and save it again "
                                   "(or save it as CSV), then import that file."),
        detail);
}

// The workbook's zip, open for reading.
class Archive
{
public:
    ~Archive()
    {
        if (m_zip) {
            zip_discard(m_zip);
        }
    }

    Status open(const QByteArray& data)
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source = zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &error);
        if (source) {
            m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
            if (!m_zip) {
                zip_source_free(source);
            }
        }
        const QString detail = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        if (!m_zip) {
            return damaged(detail);
        }
        return Status::ok();
    }

    bool contains(const QString& name) const { return locate(name) >= 0; }

    // The part's bytes, refusing one that would unpack to more than kMaxPartBytes.
    Result<QByteArray> read(const QString& name) const
    {
        const zip_int64_t index = locate(name);
        if (index < 0) {
            return damaged(QStringLiteral("missing part %1").arg(name));
        }
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0) {
            return damaged(QStringLiteral("cannot stat %1").arg(name));
        }
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(reader::kMaxPartBytes)) {
            return partTooBig();
        }
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
            return passwordProtected();
        }
        zip_file_t* file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
        if (!file) {
            return damaged(QStringLiteral("cannot open %1: %2").arg(name, QString::fromUtf8(zip_strerror(m_zip))));
        }
        QByteArray out;
        if (stat.valid & ZIP_STAT_SIZE) {
            out.reserve(qsizetype(stat.size));
        }
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
            if (n < 0) {
                const QString detail = QString::fromUtf8(zip_file_strerror(file));
                zip_fclose(file);
                return damaged(QStringLiteral("cannot read %1: %2").arg(name, detail));
            }
            if (n == 0) {
                break;
            }
            if (out.size() + n > reader::kMaxPartBytes) {
                zip_fclose(file);
                return partTooBig();
            }
            out.append(buffer, qsizetype(n));
        }
        zip_fclose(file);
        return out;
    }

private:
    zip_int64_t locate(const QString& name) const
    {
        return zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
    }

    static Error partTooBig()
    {
        return refuse(SourceReader::tr("The workbook is too large to import: part of it would unpack to more than "
                                       "%1 MB. Split the data into smaller workbooks and import each one.")
                          .arg(reader::kMaxPartBytes / (1024 * 1024)));
    }

    static Error passwordProtected()
    {
        return refuse(SourceReader::tr("The workbook is protected with a password, so Alongside cannot read it. "
                                       "Save a copy without the password and import that file."));
    }

    zip_t* m_zip = nullptr;
};

Error xmlDamaged(const QString& part, const QXmlStreamReader& xml)
{
    return damaged(QStringLiteral("%1: %2 (line %3)").arg(part, xml.errorString()).arg(xml.lineNumber()));
}

// A relationship target, relative to the folder of the part that holds the relationships.
QString resolve(const QString& base, const QString& target)
{
    QStringList parts;
    if (!target.startsWith(QLatin1Char('/'))) {
        const qsizetype slash = base.lastIndexOf(QLatin1Char('/'));
        if (slash >= 0) {
            parts = base.left(slash).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        }
    }
    for (const QString& piece : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (piece == QLatin1String("..")) {
            if (!parts.isEmpty()) {
                parts.removeLast();
            }
        } else if (piece != QLatin1String(".")) {
            parts << piece;
        }
    }
    return parts.join(QLatin1Char('/'));
}

QString relsPath(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) + QLatin1String(".rels");
}

struct Relationship
{
    QString type; // the last piece of the type URI: "worksheet", "sharedStrings", "styles", "officeDocument"
    QString target; // resolved to a path inside the zip
};

Result<QHash<QString, Relationship>> readRelationships(
    const QString& relsPart, const QString& owner, const QByteArray& data)
{
    QHash<QString, Relationship> out;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship")) {
            continue;
        }
        const QXmlStreamAttributes a = xml.attributes();
        if (a.value(QLatin1String("TargetMode")) == QLatin1String("External")) {
            continue;
        }
        Relationship r;
        const QString type = a.value(QLatin1String("Type")).toString();
        r.type = type.mid(type.lastIndexOf(QLatin1Char('/')) + 1);
        r.target = resolve(owner, a.value(QLatin1String("Target")).toString());
        out.insert(a.value(QLatin1String("Id")).toString(), r);
    }
    if (xml.hasError()) {
        return xmlDamaged(relsPart, xml);
    }
    return out;
}

// "_x000D_" and the like: how OOXML writes characters XML cannot hold.
QString unescapeOoxml(QString text)
{
    if (!text.contains(QLatin1String("_x"))) {
        return text;
    }
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString out;
    qsizetype last = 0;
    auto it = escape.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out;
}

// The text of a rich-text string (<si> or <is>): every run's <t> joined, phonetic guides left out.
// Reads up to the end of the element the reader is in.
QString readRichText(QXmlStreamReader& xml)
{
    QString text;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("t")) {
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.name() == QLatin1String("r")) {
            text += readRichText(xml);
        } else {
            xml.skipCurrentElement();
        }
    }
    return unescapeOoxml(text);
}

Result<QStringList> readSharedStrings(const QString& part, const QByteArray& data)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    if (xml.readNextStartElement()) {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("si")) {
                strings << readRichText(xml);
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        return xmlDamaged(part, xml);
    }
    return strings;
}

// Whether a number format shows a date, a time or neither. Text in quotes, [colours] and
// [$-locale] tags, and characters escaped with \, _ or * are not format letters; [h], [m] and [s]
// (elapsed time) are. Only the first section (positive numbers) counts.
NumberKind classifyFormat(const QString& code)
{
    bool date = false;
    bool time = false;
    bool month = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"')) {
            const qsizetype close = code.indexOf(QLatin1Char('"'), i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i + 1);
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            if (!inside.isEmpty()
                && (inside.count(QLatin1Char('h')) == inside.size() || inside.count(QLatin1Char('m')) == inside.size()
                    || inside.count(QLatin1Char('s')) == inside.size())) {
                time = true;
            }
            i = close < 0 ? code.size() : close;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
        } else if (c == QLatin1Char(';')) {
            break;
        } else if (c == QLatin1Char('d') || c == QLatin1Char('y')) {
            date = true;
        } else if (c == QLatin1Char('h') || c == QLatin1Char('s')) {
            time = true;
        } else if (c == QLatin1Char('m')) {
            month = true;
        }
    }
    if (date) {
        return time ? NumberKind::DateTime : NumberKind::Date;
    }
    if (time) {
        return NumberKind::Time;
    }
    return month ? NumberKind::Date : NumberKind::Plain;
}

NumberKind builtInKind(int id)
{
    if (id >= 14 && id <= 17) {
        return NumberKind::Date;
    }
    if (id == 22) {
        return NumberKind::DateTime;
    }
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) {
        return NumberKind::Time;
    }
    return NumberKind::Plain;
}

// For each cell style (index into <cellXfs>), how its numbers are shown.
Result<QList<NumberKind>> readStyles(const QString& part, const QByteArray& data)
{
    QHash<int, NumberKind> custom;
    QList<NumberKind> kinds;
    QXmlStreamReader xml(data);
    if (xml.readNextStartElement()) {
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("numFmts")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numFmt")) {
                        const QXmlStreamAttributes a = xml.attributes();
                        custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                            classifyFormat(a.value(QLatin1String("formatCode")).toString()));
                    }
                    xml.skipCurrentElement();
                }
            } else if (xml.name() == QLatin1String("cellXfs")) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("xf")) {
                        const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                        kinds << custom.value(id, builtInKind(id));
                    }
                    xml.skipCurrentElement();
                }
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        return xmlDamaged(part, xml);
    }
    return kinds;
}

// "12", "7.5", "0.3": as Excel shows it with the General format (15 significant digits), in the
// shortest form that reads back exactly, never in exponent form.
QString numberText(double value)
{
    const double shown = QString::number(value, 'g', 15).toDouble();
    if (shown == 0) {
        return QStringLiteral("0");
    }
    return QString::number(shown, 'f', QLocale::FloatingPointShortest);
}

QString timeText(int seconds, bool withSeconds)
{
    const QTime time = QTime(0, 0).addSecs(seconds);
    return time.toString(withSeconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

// An Excel serial date: days since 1899-12-31 (where 60 is the 29 February 1900 that Lotus 1-2-3
// believed in), or since 1904-01-01 in the 1904 date system. Outside 0 to 9999-12-31: the number.
QString serialText(double serial, NumberKind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) {
        return numberText(serial);
    }
    const qint64 total = std::llround(serial * 86400.0);
    const qint64 days = total / 86400;
    const int seconds = int(total % 86400);
    const bool withSeconds = seconds % 60 != 0;
    if (kind == NumberKind::Time && days == 0) {
        return timeText(seconds, withSeconds);
    }
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 0) {
        return seconds == 0 ? numberText(serial) : timeText(seconds, withSeconds);
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29");
    } else {
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    }
    if (seconds != 0 || kind != NumberKind::Date) {
        date += QLatin1Char(' ') + timeText(seconds, withSeconds);
    }
    return date;
}

// "C5" → column 2 (from 0), or -1 when the reference has no letters or is beyond column XFD.
int columnOf(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : ref) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z') {
            break;
        }
        column = column * 26 + (u - u'A' + 1);
        if (++letters > 3) {
            return -1;
        }
    }
    if (letters == 0 || column > reader::kMaxSheetColumns) {
        return -1;
    }
    return column - 1;
}

struct Workbook
{
    QStringList sharedStrings;
    QList<NumberKind> styles;
    bool date1904 = false;
};

struct SheetRow
{
    int number = 0;
    QStringList cells;
};

// The value of one <c> element, the reader at its start; reads to its end.
Result<QString> readCell(QXmlStreamReader& xml, const Workbook& book, const QString& part)
{
    const QXmlStreamAttributes a = xml.attributes();
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = a.value(QLatin1String("s")).toInt();
    QString value;
    bool hasValue = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("v")) {
            value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            hasValue = true;
        } else if (xml.name() == QLatin1String("is")) {
            value = readRichText(xml);
            hasValue = true;
        } else {
            xml.skipCurrentElement(); // <f>: the cached value in <v> is what the sheet shows
        }
    }
    if (xml.hasError()) {
        return xmlDamaged(part, xml);
    }
    if (!hasValue) {
        return QString();
    }
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= book.sharedStrings.size()) {
            return damaged(QStringLiteral("%1: shared string %2 does not exist").arg(part, value.left(20)));
        }
        return book.sharedStrings.at(index);
    }
    if (type == QLatin1String("inlineStr")) {
        return value;
    }
    if (type == QLatin1String("str")) {
        return unescapeOoxml(value);
    }
    if (type == QLatin1String("b")) {
        return value.trimmed() == QLatin1String("1")
                || value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
            ? QStringLiteral("TRUE")
            : QStringLiteral("FALSE");
    }
    if (type == QLatin1String("e")) {
        return value;
    }
    if (type == QLatin1String("d")) { // ISO 8601 (strict OOXML)
        const QDateTime when = QDateTime::fromString(value.trimmed(), Qt::ISODate);
        if (!when.isValid()) {
            const QDate day = QDate::fromString(value.trimmed(), Qt::ISODate);
            return day.isValid() ? day.toString(Qt::ISODate) : value;
        }
        const QTime t = when.time();
        if (t == QTime(0, 0)) {
            return when.date().toString(Qt::ISODate);
        }
        return QString(when.date().toString(Qt::ISODate) + QLatin1Char(' ')
            + timeText(t.msecsSinceStartOfDay() / 1000, t.second() != 0));
    }
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok) {
        return value;
    }
    const NumberKind kind = style >= 0 && style < book.styles.size() ? book.styles.at(style) : NumberKind::Plain;
    return kind == NumberKind::Plain ? numberText(number) : serialText(number, kind, book.date1904);
}

Result<QList<SheetRow>> readSheet(const QString& part, const QByteArray& data, const Workbook& book)
{
    QList<SheetRow> rows;
    qsizetype cells = 0;
    QXmlStreamReader xml(data);
    int lastRow = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("row")) {
            continue;
        }
        SheetRow row;
        const QStringView r = xml.attributes().value(QLatin1String("r"));
        bool ok = true;
        row.number = r.isEmpty() ? lastRow + 1 : r.toInt(&ok);
        if (!ok || row.number <= lastRow || row.number > reader::kMaxSheetRows) {
            return damaged(QStringLiteral("%1: row number %2 after %3").arg(part, r.left(12).toString()).arg(lastRow));
        }
        lastRow = row.number;
        int lastColumn = -1;
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("c")) {
                xml.skipCurrentElement();
                continue;
            }
            const QStringView ref = xml.attributes().value(QLatin1String("r"));
            const int column = ref.isEmpty() ? lastColumn + 1 : columnOf(ref);
            if (column < 0 || column >= reader::kMaxSheetColumns) {
                return damaged(QStringLiteral("%1: cell reference %2").arg(part, ref.left(12).toString()));
            }
            lastColumn = column;
            Result<QString> value = readCell(xml, book, part);
            if (!value) {
                return value.error();
            }
            if (value.value().isEmpty()) {
                continue;
            }
            if (column >= row.cells.size()) {
                cells += column + 1 - row.cells.size();
                if (cells > reader::kMaxCells) {
                    return reader::tooManyCells();
                }
                row.cells.resize(column + 1);
            }
            row.cells[column] = value.takeValue();
        }
        if (!reader::isBlankRow(row.cells)) {
            rows << std::move(row);
        } else {
            cells -= row.cells.size();
        }
    }
    if (xml.hasError()) {
        return xmlDamaged(part, xml);
    }
    return rows;
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& name : names) {
        quoted << QStringLiteral("\u201C%1\u201D").arg(name);
    }
    return quoted.join(QLatin1String(", "));
}

} // namespace

Result<SourceTable> readXlsx(const QByteArray& data, const ReadOptions& options)
{
    if (data.size() > kMaxSourceBytes) {
        return reader::tooBig(data.size());
    }
    if (data.isEmpty()) {
        return refuse(SourceReader::tr("The file is empty: it has no rows. Check that you chose the right file, and "
                                       "that it was saved with its data."));
    }
    if (reader::isOleContainer(data)) {
        return reader::oleRefusal(data);
    }
    if (!reader::isZip(data)) {
        return refuse(SourceReader::tr("The file is not an Excel workbook (.xlsx). Choose a workbook saved by Excel, "
                                       "or a CSV file."));
    }
    Archive zip;
    if (Status opened = zip.open(data); !opened) {
        return opened.error();
    }

    // The workbook part: named by the package relationships, normally xl/workbook.xml.
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (zip.contains(QStringLiteral("_rels/.rels"))) {
        Result<QByteArray> rels = zip.read(QStringLiteral("_rels/.rels"));
        if (!rels) {
            return rels.error();
        }
        Result<QHash<QString, Relationship>> root
            = readRelationships(QStringLiteral("_rels/.rels"), QString(), rels.value());
        if (!root) {
            return root.error();
        }
        for (const Relationship& r : root.value()) {
            if (r.type == QLatin1String("officeDocument")) {
                workbookPart = r.target;
            }
        }
    }
    if (!zip.contains(workbookPart)) {
        if (zip.contains(QStringLiteral("mimetype")) && zip.contains(QStringLiteral("content.xml"))) {
            return refuse(SourceReader::tr("This is an OpenDocument spreadsheet (.ods), which Alongside cannot read. "
                                           "Save it as .xlsx or CSV (File > Save As) and import that file."));
        }
        if (zip.contains(QStringLiteral("[Content_Types].xml"))) {
            return damaged(QStringLiteral("no workbook part %1").arg(workbookPart));
        }
        return refuse(SourceReader::tr("The file is a zip archive, not an Excel workbook. Choose the .xlsx workbook "
                                       "itself, or a CSV file."));
    }

    Result<QByteArray> workbookXml = zip.read(workbookPart);
    if (!workbookXml) {
        return workbookXml.error();
    }
    const QString workbookRelsPart = relsPath(workbookPart);
    QHash<QString, Relationship> rels;
    if (zip.contains(workbookRelsPart)) {
        Result<QByteArray> relsXml = zip.read(workbookRelsPart);
        if (!relsXml) {
            return relsXml.error();
        }
        Result<QHash<QString, Relationship>> read = readRelationships(workbookRelsPart, workbookPart, relsXml.value());
        if (!read) {
            return read.error();
        }
        rels = read.takeValue();
    }

    Workbook book;
    QList<Sheet> sheets;
    {
        QXmlStreamReader xml(workbookXml.value());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("workbookPr")) {
                const QStringView flag = a.value(QLatin1String("date1904"));
                book.date1904 = flag == QLatin1String("1") || flag == QLatin1String("true");
            } else if (xml.name() == QLatin1String("sheet")) {
                QString id;
                for (const QXmlStreamAttribute& attribute : a) {
                    if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty()) {
                        id = attribute.value().toString();
                    }
                }
                const auto rel = rels.constFind(id);
                if (rel == rels.constEnd() || rel->type != QLatin1String("worksheet")) {
                    continue; // a chart sheet or a dialog sheet: no table to read
                }
                Sheet sheet;
                sheet.name = a.value(QLatin1String("name")).toString();
                sheet.part = rel->target;
                sheets << sheet;
            }
        }
        if (xml.hasError()) {
            return xmlDamaged(workbookPart, xml);
        }
    }
    if (sheets.isEmpty()) {
        return refuse(SourceReader::tr("The workbook has no worksheets, so there is nothing to import. Check that "
                                       "you chose the right file."));
    }

    SourceTable table;
    table.format = SourceFormat::Xlsx;
    for (const Sheet& sheet : sheets) {
        table.sheetNames << sheet.name;
    }
    qsizetype chosen = 0;
    if (!options.sheet.isEmpty()) {
        chosen = table.sheetNames.indexOf(options.sheet);
        for (qsizetype i = 0; chosen < 0 && i < sheets.size(); ++i) {
            if (sheets.at(i).name.compare(options.sheet, Qt::CaseInsensitive) == 0) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            return refuse(SourceReader::tr("The workbook has no sheet called \u201C%1\u201D. Its sheets are: %2. "
                                           "Choose one of those.")
                              .arg(options.sheet, quotedList(table.sheetNames)));
        }
    }
    const Sheet& sheet = sheets.at(chosen);
    table.sheetName = sheet.name;

    QString stringsPart;
    QString stylesPart;
    for (const Relationship& r : std::as_const(rels)) {
        if (r.type == QLatin1String("sharedStrings")) {
            stringsPart = r.target;
        } else if (r.type == QLatin1String("styles")) {
            stylesPart = r.target;
        }
    }
    if (!stringsPart.isEmpty() && zip.contains(stringsPart)) {
        Result<QByteArray> xml = zip.read(stringsPart);
        if (!xml) {
            return xml.error();
        }
        Result<QStringList> strings = readSharedStrings(stringsPart, xml.value());
        if (!strings) {
            return strings.error();
        }
        book.sharedStrings = strings.takeValue();
    }
    if (!stylesPart.isEmpty() && zip.contains(stylesPart)) {
        Result<QByteArray> xml = zip.read(stylesPart);
        if (!xml) {
            return xml.error();
        }
        Result<QList<NumberKind>> styles = readStyles(stylesPart, xml.value());
        if (!styles) {
            return styles.error();
        }
        book.styles = styles.takeValue();
    }

    if (!zip.contains(sheet.part)) {
        return damaged(QStringLiteral("missing sheet part %1").arg(sheet.part));
    }
    Result<QByteArray> sheetXml = zip.read(sheet.part);
    if (!sheetXml) {
        return sheetXml.error();
    }
    Result<QList<SheetRow>> rows = readSheet(sheet.part, sheetXml.value(), book);
    if (!rows) {
        return rows.error();
    }
    if (rows.value().isEmpty()) {
        return refuse(SourceReader::tr("The sheet \u201C%1\u201D has no rows. Choose the sheet that holds the data, "
                                       "or check that you chose the right file.")
                          .arg(sheet.name));
    }
    QList<SheetRow> sheetRows = rows.takeValue();
    table.headerLine = sheetRows.front().number;
    table.headers = sheetRows.front().cells;
    // A grid has no short rows: empty cells at the end of a row are simply not stored, so each row
    // is made as wide as the header. Counted before any is widened: a header reaching column XFD
    // must not turn a small sheet into gigabytes of empty cells.
    const qsizetype width = table.headers.size();
    qsizetype cells = width;
    for (qsizetype i = 1; i < sheetRows.size(); ++i) {
        cells += std::max(width, sheetRows.at(i).cells.size());
        if (cells > reader::kMaxCells) {
            return reader::tooManyCells();
        }
    }
    table.rows.reserve(sheetRows.size() - 1);
    for (qsizetype i = 1; i < sheetRows.size(); ++i) {
        SourceRow row;
        row.line = sheetRows.at(i).number;
        row.cells = std::move(sheetRows[i].cells);
        if (row.cells.size() < width) {
            row.cells.resize(width);
        }
        table.rows << std::move(row);
    }
    return table;
}

} // namespace alongside::core::dataio
