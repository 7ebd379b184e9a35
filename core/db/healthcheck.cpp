#include "healthcheck.h"

#include "core/db/database.h"
#include "core/db/schema.h"
#include "core/db/sql.h"

#include <QFileInfo>

namespace alongside::core {

Result<HealthReport> HealthCheck::run(Database& db)
{
    HealthReport report;
    report.schemaVersion = db.schemaVersion();
    report.fileSize = QFileInfo(db.path()).size();

    auto integrity = sql::prepare(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity) {
        return integrity.error();
    }
    if (Status s = sql::exec(integrity.value(), QStringLiteral("integrity_check")); !s) {
        return s.error();
    }
    QStringList problems;
    while (integrity.value().next()) {
        problems << integrity.value().value(0).toString();
    }
    report.integrity = problems.join(QLatin1Char('\n'));

    auto fk = sql::prepare(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk) {
        return fk.error();
    }
    if (Status s = sql::exec(fk.value(), QStringLiteral("foreign_key_check")); !s) {
        return s.error();
    }
    while (fk.value().next()) {
        ++report.foreignKeyProblems;
    }

    for (const QString& table : schema::tableNames()) {
        auto n = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        if (!n) {
            return n.error();
        }
        report.rowCounts.append({ table, n.value().toLongLong() });
    }
    report.needsUpgrade = report.schemaVersion < Database::kCurrentSchemaVersion;
    report.healthy = report.integrity == QLatin1String("ok") && report.foreignKeyProblems == 0
        && report.schemaVersion >= 1 && report.schemaVersion <= Database::kCurrentSchemaVersion;
    return report;
}

} // namespace alongside::core
