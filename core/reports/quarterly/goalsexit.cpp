#include "core/reports/quarterly/sections.h"

namespace alongside::core::report::quarterly {

Result<Section> goals(const Context& context)
{
    Section s;
    s.id = QStringLiteral("goals");
    s.title = QStringLiteral("goals");
    Q_UNUSED(context);
    return s;
}

Result<Section> exitQuestionnaire(const Context& context)
{
    Section s;
    s.id = QStringLiteral("exitQuestionnaire");
    s.title = QStringLiteral("exitQuestionnaire");
    Q_UNUSED(context);
    return s;
}

} // namespace alongside::core::report::quarterly
