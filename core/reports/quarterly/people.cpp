#include "core/reports/quarterly/sections.h"

namespace alongside::core::report::quarterly {

Result<Section> reach(const Context& context)
{
    Section s;
    s.id = QStringLiteral("reach");
    s.title = QStringLiteral("reach");
    Q_UNUSED(context);
    return s;
}

Result<Section> referralSources(const Context& context)
{
    Section s;
    s.id = QStringLiteral("referralSources");
    s.title = QStringLiteral("referralSources");
    Q_UNUSED(context);
    return s;
}

Result<Section> demographics(const Context& context)
{
    Section s;
    s.id = QStringLiteral("demographics");
    s.title = QStringLiteral("demographics");
    Q_UNUSED(context);
    return s;
}

} // namespace alongside::core::report::quarterly
