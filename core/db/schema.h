#pragma once

#include "core/db/database.h"

#include <vector>

namespace alongside::core::schema {

/** Every step from an empty file to Database::kCurrentSchemaVersion, in order. */
const std::vector<MigrationStep>& standardMigrations();

/** The tables an Alongside database of the current version holds, for checks and reports. */
QStringList tableNames();

} // namespace alongside::core::schema
