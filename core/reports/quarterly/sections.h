#pragma once

// Internal to core: the sections of the quarterly report (BRIEF §8), each built for one period.
// quarterly.cpp runs them for the current period and for each comparison period, then adds the
// comparison columns and suppresses. A section builder never suppresses and never reads a name.

#include "core/actor.h"
#include "core/reports/report.h"
#include "core/result.h"
#include "core/services/settingsservice.h"

namespace alongside::core {
class Database;
}

namespace alongside::core::report::quarterly {

struct Context
{
    Database& db;
    const Actor& actor;
    Period period; // the period this run is for (its key is the periodKey of every figure column)
    CharitySettings settings; // year start, hourly rate, suppression threshold…
    QDate asOf; // the day the report is made (consent for stories stands on this day)
};

Result<Section> reach(const Context& context); // 1. "reach"
Result<Section> referralSources(const Context& context); // 2. "referrals"
Result<Section> demographics(const Context& context); // 3. "demographics"
Result<Section> wellbeing(const Context& context); // 4. "wellbeing"
Result<Section> goals(const Context& context); // 5. "goals"
Result<Section> exitQuestionnaire(const Context& context); // 6. "exit"
Result<Section> talkingTherapies(const Context& context); // 7. "talking_therapies"
Result<Section> workforce(const Context& context); // 8. "workforce"
Result<Section> coproduction(const Context& context); // 9. "coproduction"
Result<Section> stories(const Context& context); // 10. "stories" (not comparable)

} // namespace alongside::core::report::quarterly
