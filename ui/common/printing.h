#pragma once

#include "core/result.h"

#include <QPageLayout>
#include <QString>

#include <functional>

class QPrinter;
class QWidget;

namespace alongside::ui::printing {

/** Draws a report onto a printer that is set up and ready; an error if it should not be printed. */
using PrintTo = std::function<core::Status(QPrinter*)>;

/**
 * Asks for a printer (A4, in the orientation given, which the person can change) and prints;
 * problems are shown in a message box.
 */
void withDialog(
    QWidget* parent, const QString& dialogTitle, QPageLayout::Orientation orientation, const PrintTo& print);

/**
 * Asks where to save (suggesting suggestedName in the Documents folder) and prints to an A4 PDF
 * there; says so if the file could not be written (a folder that cannot be written, a full disk).
 */
void saveAsPdf(QWidget* parent, const QString& dialogTitle, const QString& suggestedName, const PrintTo& print);

} // namespace alongside::ui::printing
