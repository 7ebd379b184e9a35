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
