#include "core/reports/quarterly/sections.h"

namespace alongside::core::report::quarterly {

Result<Section> wellbeing(const Context& context)
{
    Section s;
    s.id = QStringLiteral("wellbeing");
    s.title = QStringLiteral("wellbeing");
    Q_UNUSED(context);
    return s;
}

Result<Section> talkingTherapies(const Context& context)
{
    Section s;
    s.id = QStringLiteral("talkingTherapies");
    s.title = QStringLiteral("talkingTherapies");
    Q_UNUSED(context);
    return s;
}

} // namespace alongside::core::report::quarterly
