#pragma once

#include <QString>

namespace alongside::core::paths {

/** The default database: "alongside.alongside" in the user's application data folder. */
QString defaultDatabasePath();

/** The file name filter for Alongside databases in file dialogs (untranslated pattern part). */
QString databaseSuffix();

} // namespace alongside::core::paths

namespace alongside::core {
/** The version of the SQLite library Qt's driver uses, e.g. "3.40.1". */
QString sqliteVersion();
/** The versions of the other libraries Alongside is built with, for Help > About. */
QString sodiumVersion(); // libsodium, e.g. "1.0.18"
QString libcsvVersion(); // libcsv, e.g. "3.0.3"
QString boostVersion(); // Boost (Boost.Math), e.g. "1.74"
QString xlsxwriterVersion(); // libxlsxwriter, e.g. "1.1.5"
QString libzipVersion(); // libzip, e.g. "1.7.3"
} // namespace alongside::core
