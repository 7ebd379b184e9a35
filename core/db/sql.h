#pragma once

// Internal to core: helpers for the code that talks to the database. Never included by ui.

#include "core/db/database.h"
#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace alongside::core::sql {

inline QSqlDatabase connection(const Database& db)
{
    return QSqlDatabase::database(db.connectionName(), false);
}

/** Runs one statement that returns no rows (DDL, pragmas, transaction control). */
Status execute(const Database& db, const QString& statement);

/** Maps a failed statement to an Error whose message a user can act on. */
Error errorFrom(const QSqlError& error, const QString& whatFailed);

/** Prepares a query on db's connection; on failure returns an Error. */
Result<QSqlQuery> prepare(const Database& db, const QString& sql);

/** Executes a prepared query; on failure returns an Error naming whatFailed. */
Status exec(QSqlQuery& query, const QString& whatFailed);

/** Prepares, binds and runs a query; whatFailed names it in any error. */
Result<QSqlQuery> query(const Database& db, const QString& sql, const QVariantList& bind, const QString& whatFailed);

/** Runs a single-value SELECT and returns the first column of the first row. */
Result<QVariant> scalar(const Database& db, const QString& sql, const QVariantList& bind = {});

} // namespace alongside::core::sql
