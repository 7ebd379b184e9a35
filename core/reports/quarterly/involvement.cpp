#include "core/reports/quarterly/sections.h"

namespace alongside::core::report::quarterly {

Result<Section> coproduction(const Context& context)
{
    Section s;
    s.id = QStringLiteral("coproduction");
    s.title = QStringLiteral("coproduction");
    Q_UNUSED(context);
    return s;
}

Result<Section> stories(const Context& context)
{
    Section s;
    s.id = QStringLiteral("stories");
    s.title = QStringLiteral("stories");
    Q_UNUSED(context);
    return s;
}

} // namespace alongside::core::report::quarterly
