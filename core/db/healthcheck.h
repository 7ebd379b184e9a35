#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace alongside::core {

class Database;

/** What `alongside check` reports about a database file. */
struct HealthReport
{
    bool healthy = false;
    QString integrity; // "ok" or SQLite's list of problems
    int foreignKeyProblems = 0;
    int schemaVersion = 0;
    bool needsUpgrade = false; // an older version: healthy, updated when Alongside next opens it
    qint64 fileSize = 0;
    QList<QPair<QString, qint64>> rowCounts; // table name -> rows
};

/** Full integrity check (not just quick_check), foreign-key check and row counts, read-only. */
class HealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::HealthCheck)

public:
    static Result<HealthReport> run(Database& db);
};

} // namespace alongside::core
