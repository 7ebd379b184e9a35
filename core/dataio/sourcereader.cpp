#include "core/dataio/readersupport.h"
#include "core/dataio/sourcetable.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace alongside::core::dataio {

namespace reader {

bool isOleContainer(const QByteArray& data)
{
    return data.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

Error oleRefusal(const QByteArray& data)
{
    // A password-protected .xlsx is kept by Excel inside an OLE container whose directory names
    // (UTF-16LE) include "EncryptionInfo" and "EncryptedPackage".
    static const QByteArray encryptionInfo = QByteArray("E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0", 28);
    if (data.contains(encryptionInfo)) {
        return refuse(SourceReader::tr("The workbook is protected with a password, so Alongside cannot read it. "
                                       "Open it in Excel, remove the password (File > Info > Protect Workbook > "
                                       "Encrypt with Password, and clear the password), save it and try again."));
    }
    return refuse(SourceReader::tr("This is an old Excel workbook (.xls), which Alongside cannot read. Open it in "
                                   "Excel and save it as .xlsx or CSV from Excel (File > Save As), then import "
                                   "that file."));
}

bool isZip(const QByteArray& data)
{
    return data.startsWith("PK\x03\x04");
}

Error tooBig(qint64 bytes)
{
    const QLocale locale;
    const qint64 mb = 1024 * 1024;
    return refuse(SourceReader::tr("The file is %1 MB, more than the %2 MB Alongside can import at once. Split it "
                                   "into smaller files and import each one.")
                      .arg(locale.toString((bytes + mb - 1) / mb))
                      .arg(locale.toString(kMaxSourceBytes / mb)));
}

Error tooManyCells()
{
    return refuse(SourceReader::tr("The file has more than %1 cells, more than Alongside can import at once. "
                                   "Split it into smaller files and import each one.")
                      .arg(QLocale().toString(qlonglong(kMaxCells))));
}

bool isBlankRow(const QStringList& cells)
{
    for (const QString& cell : cells) {
        for (const QChar c : cell) {
            if (!c.isSpace()) {
                return false;
            }
        }
    }
    return true;
}

} // namespace reader

Result<SourceTable> readFile(const QString& path, const ReadOptions& options)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error { Error::Code::NotFound,
            SourceReader::tr("The file \"%1\" does not exist. Check its name and folder, and choose it again.")
                .arg(info.fileName()),
            {} };
    }
    if (info.isDir()) {
        return reader::refuse(
            SourceReader::tr("\"%1\" is a folder, not a file. Choose the spreadsheet inside it.").arg(info.fileName()));
    }
    if (info.size() > kMaxSourceBytes) {
        return reader::tooBig(info.size());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { Error::Code::Io,
            SourceReader::tr("The file \"%1\" could not be opened (%2). Check that you may read it and that it is "
                             "not open in another program, then try again.")
                .arg(info.fileName(), file.errorString()),
            {} };
    }
    // Read one byte more than the limit, in case the file grew since it was measured.
    const QByteArray data = file.read(kMaxSourceBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return Error { Error::Code::Io,
            SourceReader::tr("The file \"%1\" could not be read (%2). If it is on a network drive or a memory "
                             "stick, copy it to this computer and try again.")
                .arg(info.fileName(), file.errorString()),
            {} };
    }
    if (data.size() > kMaxSourceBytes) {
        return reader::tooBig(data.size());
    }
    if (reader::isOleContainer(data)) {
        return reader::oleRefusal(data);
    }
    Result<SourceTable> table = reader::isZip(data) ? readXlsx(data, options) : readCsv(data, options);
    if (!table) {
        return table;
    }
    table.value().fileName = info.fileName();
    return table;
}

QString encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8:
        return SourceReader::tr("UTF-8");
    case Encoding::Utf8Bom:
        return SourceReader::tr("UTF-8 with a byte-order mark");
    case Encoding::Windows1252:
        return SourceReader::tr("Windows-1252 (Western European)");
    }
    return {};
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(',')) {
        return SourceReader::tr("comma");
    }
    if (delimiter == QLatin1Char(';')) {
        return SourceReader::tr("semicolon");
    }
    if (delimiter == QLatin1Char('\t')) {
        return SourceReader::tr("tab");
    }
    return SourceReader::tr("\"%1\"").arg(delimiter);
}

} // namespace alongside::core::dataio
