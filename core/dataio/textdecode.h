#pragma once

// Reading the bytes of a text spreadsheet as text: which encoding they are in, and turning them
// into UTF-8 for the CSV parser.

#include "core/dataio/sourcetable.h"

#include <QByteArray>
#include <QByteArrayView>

namespace alongside::core::dataio::decode {

/** True when data is well-formed UTF-8 (plain ASCII is). */
bool isValidUtf8(QByteArrayView data);

/** A UTF-8 byte-order mark → Utf8Bom; valid UTF-8 → Utf8; otherwise Windows1252. */
Encoding detectEncoding(const QByteArray& data);

/** True when data starts with a UTF-16 byte-order mark (Excel's "Unicode Text"). */
bool hasUtf16Bom(const QByteArray& data);

/**
 * The text as UTF-8. A UTF-8 byte-order mark is dropped whichever UTF-8 encoding is given; bytes
 * that are not valid UTF-8 become U+FFFD. Windows-1252 is read with Qt's (ICU) converter.
 */
QByteArray toUtf8(const QByteArray& data, Encoding encoding);

} // namespace alongside::core::dataio::decode
