#include "paths.h"

#include <QStandardPaths>

namespace alongside::core::paths {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/alongside.alongside");
}

QString databaseSuffix()
{
    return QStringLiteral("alongside");
}

} // namespace alongside::core::paths

#include <QSqlDatabase>
#include <QSqlQuery>

#include <boost/version.hpp>
#include <csv.h>
#include <sodium.h>
#include <xlsxwriter.h>
#include <zip.h>

namespace alongside::core {

QString sqliteVersion()
{
    const QString name = QStringLiteral("alongside-sqlite-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next()) {
                version = q.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

} // namespace alongside::core

namespace alongside::core {

QString sodiumVersion()
{
    return QString::fromLatin1(sodium_version_string());
}

QString libcsvVersion()
{
    return QStringLiteral("%1.%2.%3").arg(CSV_MAJOR).arg(CSV_MINOR).arg(CSV_RELEASE);
}

QString xlsxwriterVersion()
{
    return QString::fromLatin1(lxw_version());
}

QString libzipVersion()
{
    return QString::fromLatin1(zip_libzip_version());
}

QString boostVersion()
{
    return QStringLiteral("%1.%2").arg(BOOST_VERSION / 100000).arg(BOOST_VERSION / 100 % 1000);
}

} // namespace alongside::core
