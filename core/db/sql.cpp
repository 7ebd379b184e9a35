#include "sql.h"

#include <QCoreApplication>

namespace alongside::core::sql {

namespace {
class Sql
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::Sql)
};
} // namespace

Error errorFrom(const QSqlError& error, const QString& whatFailed)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.text();
    Error e { Error::Code::Database, {}, whatFailed + QStringLiteral(": ") + text };
    // SQLite result codes (https://www.sqlite.org/rescode.html): 13 full, 5 busy, 6 locked,
    // 11 corrupt, 26 not a database, 8 read-only, 10 I/O error.
    if (native == QLatin1String("13") || text.contains(QLatin1String("disk is full"))) {
        e.code = Error::Code::Io;
        e.message = Sql::tr("The disk is full, so Alongside could not save. Nothing has been lost: the last "
                            "change was not made. Free some space (empty the recycle bin, remove large files) "
                            "and try again.");
    } else if (native == QLatin1String("5") || native == QLatin1String("6")) {
        e.code = Error::Code::Locked;
        e.message = Sql::tr("The database is busy with another task. Wait a moment and try again.");
    } else if (native == QLatin1String("11") || native == QLatin1String("26")) {
        e.code = Error::Code::Damaged;
        e.message = Sql::tr("The database file is damaged. Restore the newest backup (File > Restore from "
                            "backup) and check the most recent records.");
    } else if (native == QLatin1String("8")) {
        e.code = Error::Code::Io;
        e.message = Sql::tr("The database file is read-only, so the change could not be saved. Check that you "
                            "may write to the file and its folder.");
    } else if (native == QLatin1String("10")) {
        e.code = Error::Code::Io;
        e.message = Sql::tr("Alongside could not read or write the database file. If it is on a USB stick or a "
                            "network drive, check it is still connected, then try again.");
    } else if (native.startsWith(QLatin1String("19")) || text.contains(QLatin1String("constraint"))) {
        e.code = Error::Code::InvalidInput;
        e.message = Sql::tr("The change was refused because it would make the records inconsistent.");
    } else {
        e.message = Sql::tr("The database could not complete the operation.");
    }
    return e;
}

Result<QSqlQuery> prepare(const Database& db, const QString& sqlText)
{
    QSqlQuery query(connection(db));
    if (!query.prepare(sqlText)) {
        return errorFrom(query.lastError(), QStringLiteral("prepare"));
    }
    return query;
}

Status exec(QSqlQuery& query, const QString& whatFailed)
{
    if (!query.exec()) {
        return errorFrom(query.lastError(), whatFailed);
    }
    return Status::ok();
}

Result<QVariant> scalar(const Database& db, const QString& sqlText, const QVariantList& bind)
{
    auto query = prepare(db, sqlText);
    if (!query) {
        return query.error();
    }
    for (const QVariant& v : bind) {
        query.value().addBindValue(v);
    }
    if (Status s = exec(query.value(), sqlText); !s) {
        return s.error();
    }
    if (!query.value().next()) {
        return QVariant();
    }
    return query.value().value(0);
}

} // namespace alongside::core::sql
