#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace alongside::core::csv {

/**
 * RFC 4180 CSV in UTF-8 through libcsv (Debian libcsv-dev). Writing starts with a byte-order mark so
 * that spreadsheet programs read accents correctly, ends lines with CRLF, and puts an apostrophe
 * before a cell that starts with = + - @ (or a tab or carriage return) so that a spreadsheet never
 * runs a name as a formula.
 */
QByteArray write(const QList<QStringList>& rows);

/**
 * Saves data (CSV text from write()) to filePath in one step: the file appears whole or not at all,
 * so a full disk never leaves half an export. The error says what to check.
 */
Status saveFile(const QString& filePath, const QByteArray& data);

/** Reads CSV (with or without a byte-order mark); a malformed file gives InvalidInput naming the line. */
Result<QList<QStringList>> parse(const QByteArray& data);

} // namespace alongside::core::csv
