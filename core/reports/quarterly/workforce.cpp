#include "core/reports/quarterly/sections.h"

namespace alongside::core::report::quarterly {

Result<Section> workforce(const Context& context)
{
    Section s;
    s.id = QStringLiteral("workforce");
    s.title = QStringLiteral("workforce");
    Q_UNUSED(context);
    return s;
}

} // namespace alongside::core::report::quarterly
