#pragma once

// Shared by the CSV and XLSX readers (sourcereader.cpp, csvreader.cpp, xlsxreader.cpp): the
// translation context, the limits and the refusals both kinds of file can meet.

#include "core/dataio/sourcetable.h"

#include <QCoreApplication>

namespace alongside::core::dataio {

class SourceReader
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::dataio::SourceReader)
};

namespace reader {

/** The most cells (of rows kept, counted as the file lays them out) one table may hold. */
inline constexpr qsizetype kMaxCells = 4'000'000;

/** Excel's own limits, also the most an .xlsx read here may use. */
inline constexpr int kMaxSheetRows = 1'048'576;
inline constexpr int kMaxSheetColumns = 16'384;

/** The most one part of a workbook may unpack to (a guard against zip bombs). */
inline constexpr qint64 kMaxPartBytes = 256LL * 1024 * 1024;

inline Error refuse(const QString& message, const QString& detail = {})
{
    return Error { Error::Code::InvalidInput, message, detail };
}

/** An OLE compound file: an old .xls workbook, or a password-protected .xlsx. */
bool isOleContainer(const QByteArray& data);

/** The refusal for an OLE container: "save it as .xlsx or CSV", or "remove the password". */
Error oleRefusal(const QByteArray& data);

bool isZip(const QByteArray& data);

Error tooBig(qint64 bytes);

Error tooManyCells();

/** A row every cell of which is empty or only spaces: left out of the table. */
bool isBlankRow(const QStringList& cells);

} // namespace reader

} // namespace alongside::core::dataio
