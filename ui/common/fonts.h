#pragma once

#include <QFont>

namespace alongside::ui {

/** `base` scaled by `factor`, optionally bold: the few text sizes the app uses for headings and figures. */
inline QFont scaledFont(QFont base, qreal factor, bool bold = true)
{
    base.setPointSizeF(base.pointSizeF() * factor);
    base.setBold(bold);
    return base;
}

} // namespace alongside::ui
