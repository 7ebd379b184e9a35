#pragma once

// Internal to core: the reports other than the quarterly one (BRIEF §8, "Other reports").

#include "core/actor.h"
#include "core/reports/report.h"
#include "core/result.h"

namespace alongside::core {
class Database;
}

namespace alongside::core::report::lists {

Result<Report> compliance(Database& db, const Actor& actor, const Request& request); // "compliance"
Result<Report> supervisionOverdue(Database& db, const Actor& actor, const Request& request); // "supervision-overdue"
Result<Report> caseloads(Database& db, const Actor& actor, const Request& request); // "caseloads"
Result<Report> matchOutcomes(Database& db, const Actor& actor, const Request& request); // "match-outcomes"
Result<Report> workforceSnapshot(Database& db, const Actor& actor, const Request& request); // "workforce-snapshot"

} // namespace alongside::core::report::lists
