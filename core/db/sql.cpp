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
    // SQLite result codes (https://www.sqlite.org/rescode.html); extended codes keep the primary
    // code in their low byte: 13 full, 5 busy, 6 locked, 11 corrupt, 26 not a database,
    // 8 read-only, 10 I/O error, 19 constraint.
    bool isNumber = false;
    const int primary = native.toInt(&isNumber) & 0xff;
    const int code = isNumber ? primary : (text.contains(QLatin1String("disk is full")) ? 13 : -1);
    switch (code) {
    case 13:
        e.code = Error::Code::DiskFull;
        e.message = Sql::tr("The disk is full, so Alongside could not save. Nothing has been lost: the last "
                            "change was not made. Free some space (empty the recycle bin, remove large files) "
                            "and try again.");
        break;
    case 5:
    case 6:
        e.code = Error::Code::Locked;
        e.message = Sql::tr("The database is busy with another task. Wait a moment and try again.");
        break;
    case 11:
    case 26:
        e.code = Error::Code::Damaged;
        e.message = Sql::tr("The database file is damaged. Restore the newest backup (File > Restore from "
                            "Backup) and check the most recent records.");
        break;
    case 8:
        e.code = Error::Code::Io;
        e.message = Sql::tr("The database file is read-only, so the change could not be saved. Check that you "
                            "may write to the file and its folder.");
        break;
    case 10:
        e.code = Error::Code::Io;
        e.message = Sql::tr("Alongside could not write to the database file: the disk may be full, or a USB stick "
                            "or network drive may have been disconnected. Nothing has been lost: the last change "
                            "was not made. Check the drive and free space, then try again.");
        break;
    case 19:
        e.code = Error::Code::InvalidInput;
        e.message = Sql::tr("The change was refused because it would make the records inconsistent.");
        break;
    default:
        e.message = Sql::tr("The database could not complete the operation.");
        break;
    }
    return e;
}

Status execute(const Database& db, const QString& statement)
{
    QSqlQuery q(connection(db));
    if (!q.exec(statement)) {
        return errorFrom(q.lastError(), statement.left(80));
    }
    return Status::ok();
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

Result<QSqlQuery> query(const Database& db, const QString& sqlText, const QVariantList& bind, const QString& whatFailed)
{
    auto q = prepare(db, sqlText);
    if (!q) {
        return q.error();
    }
    for (const QVariant& v : bind) {
        q.value().addBindValue(v);
    }
    if (Status s = exec(q.value(), whatFailed); !s) {
        return s.error();
    }
    return q;
}

Result<QVariant> scalar(const Database& db, const QString& sqlText, const QVariantList& bind)
{
    auto q = query(db, sqlText, bind, sqlText);
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return QVariant();
    }
    return q.value().value(0);
}

} // namespace alongside::core::sql
