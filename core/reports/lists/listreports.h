#pragma once

// Internal to core: the reports other than the quarterly one (BRIEF §8, "Other reports").

#include "core/actor.h"
#include "core/reports/report.h"
#include "core/result.h"

namespace alongside::core {
class Database;
}

namespace alongside::core::report::lists {

/**
 * Ok when actor may build reportId; otherwise the refusal, audited. The reports that name people
 * need OpenWorkerRecords (supervision-overdue also a view of supervision: everyone's, or, for a
 * supervisor, their own supervisees'). build() calls this before its read transaction, so that a
 * refusal reaches the audit log; each builder checks again.
 */
Status permitted(Database& db, const Actor& actor, const QString& reportId);

Result<Report> compliance(Database& db, const Actor& actor, const Request& request); // "compliance"
Result<Report> supervisionOverdue(Database& db, const Actor& actor, const Request& request); // "supervision-overdue"
Result<Report> caseloads(Database& db, const Actor& actor, const Request& request); // "caseloads"
Result<Report> matchOutcomes(Database& db, const Actor& actor, const Request& request); // "match-outcomes"
Result<Report> workforceSnapshot(Database& db, const Actor& actor, const Request& request); // "workforce-snapshot"

} // namespace alongside::core::report::lists
