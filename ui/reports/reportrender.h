#pragma once

#include "core/reports/report.h"
#include "core/result.h"

#include <QString>

class QPagedPaintDevice;
class QPainter;
class QWidget;

/**
 * Painting a Report on pages: A4 portrait, the charity's name and logo in the header, the period and
 * the day it was made in the footer with "Page X of Y", headings kept with what follows, a table row
 * never split across pages (a long table repeats its header on the next page), charts drawn as
 * vector graphics. The screen preview, the printer and the PDF all go through paint().
 */
namespace alongside::ui::reports {

/** Paints every page of report on device (a QPdfWriter or a QPrinter). Returns the number of pages. */
int paint(const core::report::Report& report, QPagedPaintDevice* device);

/** Writes report as a PDF to filePath, whole or not at all; the error says what to do. */
core::Status savePdf(const core::report::Report& report, const QString& filePath);

/** Opens QPrintPreviewDialog on report (A4), from which the user prints. */
void printWithPreview(const core::report::Report& report, QWidget* parent);

} // namespace alongside::ui::reports
