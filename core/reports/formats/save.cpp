#include "core/reports/formats.h"
#include "core/reports/formats/formatsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace alongside::core::report {

using formats::Words;

std::optional<Format> formatFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (Format f : { Format::Pdf, Format::Html, Format::Csv, Format::Xlsx, Format::Json }) {
        if (n == formatName(f)) {
            return f;
        }
    }
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString formatSuffix(Format format)
{
    return QLatin1Char('.') + formatName(format);
}

Status saveAs(const Report& report, Format format, const QString& filePath)
{
    QByteArray data;
    switch (format) {
    case Format::Pdf:
        return invalidInput(Words::tr("PDFs are written by the report window (Save as PDF) or by the command line "
                                      "(alongside report … --format pdf). Choose HTML, CSV, XLSX or JSON here."));
    case Format::Html:
        data = toHtml(report);
        break;
    case Format::Csv:
        data = toCsv(report);
        break;
    case Format::Json:
        data = toJson(report);
        break;
    case Format::Xlsx: {
        Result<QByteArray> xlsx = toXlsx(report);
        if (!xlsx) {
            return xlsx.status();
        }
        data = xlsx.takeValue();
        break;
    }
    }

    const QString shown = QDir::toNativeSeparators(filePath);
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        const QFileInfo folder(QFileInfo(filePath).absolutePath());
        const QString why = !folder.exists()
            ? Words::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.filePath()))
            : file.errorString();
        return Error { Error::Code::Io,
            Words::tr("The report could not be saved as %1 (%2). Choose a folder you may write to, such as your "
                      "Documents folder, and try again.")
                .arg(shown, why),
            file.errorString() };
    }
    if (file.write(data) != data.size() || !file.commit()) {
        // QSaveFile often reports a full disk on commit() as "Unknown error": ask the disk itself.
        const QStorageInfo storage(QFileInfo(filePath).absolutePath());
        const bool full = file.error() == QFileDevice::ResourceError
            || (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < data.size() + 4096);
        if (full) {
            return Error { Error::Code::DiskFull,
                Words::tr("The report could not be saved as %1: there is not enough space on the disk. Nothing was "
                          "written. Free some space or choose another drive, then try again.")
                    .arg(shown),
                file.errorString() };
        }
        return Error { Error::Code::Io,
            Words::tr("The report could not be saved as %1, and nothing was written. Check that the folder exists, "
                      "that you may write to it and that the disk is not full, then try again.")
                .arg(shown),
            file.errorString() };
    }
    return Status::ok();
}

} // namespace alongside::core::report
