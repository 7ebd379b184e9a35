#include "core/reports/lists/listreports.h"

namespace alongside::core::report::lists {

Result<Report> compliance(Database& db, const Actor& actor, const Request& request)
{
    Q_UNUSED(db);
    Q_UNUSED(actor);
    Q_UNUSED(request);
    return Report {};
}

Result<Report> supervisionOverdue(Database& db, const Actor& actor, const Request& request)
{
    Q_UNUSED(db);
    Q_UNUSED(actor);
    Q_UNUSED(request);
    return Report {};
}

Result<Report> caseloads(Database& db, const Actor& actor, const Request& request)
{
    Q_UNUSED(db);
    Q_UNUSED(actor);
    Q_UNUSED(request);
    return Report {};
}

Result<Report> matchOutcomes(Database& db, const Actor& actor, const Request& request)
{
    Q_UNUSED(db);
    Q_UNUSED(actor);
    Q_UNUSED(request);
    return Report {};
}

Result<Report> workforceSnapshot(Database& db, const Actor& actor, const Request& request)
{
    Q_UNUSED(db);
    Q_UNUSED(actor);
    Q_UNUSED(request);
    return Report {};
}

} // namespace alongside::core::report::lists
