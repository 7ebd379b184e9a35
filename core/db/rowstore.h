#pragma once

// Internal to core: saving and removing one row with its audit entry. Never included by ui.

#include "core/actor.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/result.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace alongside::core::rows {

using sql::query; // prepare, bind and run: one definition, in sql.h

struct Field
{
    QString column;
    QVariant value; // a null QVariant stores NULL
};

/**
 * Saves one row and its audit entry in one transaction: inserts when id is 0; updates when a row
 * with that id exists (the audit entry names the columns that changed, never their values); and
 * re-creates the row with that id when it does not (undoing a removal). Returns the row's id.
 */
Result<qint64> save(Database& db, const Actor& actor, const QString& table, qint64 id, const QList<Field>& fields);

/** Removes one row and records it. NotFound if there was no such row. */
Status remove(Database& db, const Actor& actor, const QString& table, qint64 id);

inline QVariant text(const QString& s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

template<typename T> QVariant optional(const std::optional<T>& v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

inline QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

inline std::optional<double> toOptionalDouble(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

inline std::optional<int> toOptionalInt(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

} // namespace alongside::core::rows
