#pragma once

#include <QString>
#include <QStringList>

namespace alongside::core {

/**
 * The one place where SQL differs between SQLite (the app's file) and PostgreSQL (a possible
 * shared server later). Schema text is written once with {placeholders}; everything else in core
 * uses SQL that both accept: ISO-8601 dates as TEXT, integers for booleans, no AUTOINCREMENT,
 * no INSERT OR REPLACE, no date functions in queries (dates are compared as ISO text).
 */
class SqlDialect
{
public:
    enum class Kind
    {
        SQLite,
        PostgreSQL
    };

    explicit SqlDialect(Kind kind = Kind::SQLite)
        : m_kind(kind)
    { }

    Kind kind() const { return m_kind; }

    /** Replaces {id} (an auto-numbered primary key) and {blob} (binary data) for this dialect. */
    QString expand(QString schemaSql) const;

    /** Upsert of one key/value row, in the form this dialect accepts (both use ON CONFLICT). */
    QString upsertSetting() const;

    /** Triggers that make `table` append-only: any UPDATE or DELETE on it fails. */
    QStringList appendOnlyTriggers(const QString& table) const;

private:
    Kind m_kind;
};

} // namespace alongside::core
