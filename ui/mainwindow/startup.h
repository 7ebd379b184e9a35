#pragma once

#include <QStringList>

namespace alongside::ui {

/** Shows the main window (first-run flow if needed) and runs the event loop. */
int runGui(const QStringList& arguments);

} // namespace alongside::ui
