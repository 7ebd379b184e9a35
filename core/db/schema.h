#pragma once

#include "core/db/database.h"

#include <vector>

namespace alongside::core::schema {

/** Every step from an empty file to Database::kCurrentSchemaVersion, in order. */
const std::vector<MigrationStep>& standardMigrations();

/** The tables an Alongside database of the current version holds, for checks and reports. */
QStringList tableNames();

/** A column holding special-category detail beyond the ordinary record. */
struct SensitiveField
{
    QString table;
    QString column;
};

/**
 * The columns marked sensitive in the data model: never written by an export or report unless the
 * exporter is asked for them explicitly, and read only by the roles core::Permissions allows.
 */
QList<SensitiveField> sensitiveFields();

} // namespace alongside::core::schema
