#include "printing.h"

#include "ui/common/prompts.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace alongside::ui::printing {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("alongside::ui::printing", text);
}

} // namespace

void withDialog(QWidget* parent, const QString& dialogTitle, QPageLayout::Orientation orientation, const PrintTo& print)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(orientation);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(dialogTitle);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (core::Status s = print(&printer); !s) {
        prompts::warning(parent, tr("Could Not Print"), s.message());
    }
}

void saveAsPdf(QWidget* parent, const QString& dialogTitle, const QString& suggestedName, const PrintTo& print)
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    const QString path = prompts::saveFileName(parent, dialogTitle, suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (core::Status s = print(&printer); !s) {
        prompts::warning(parent, tr("Could Not Save the PDF"), s.message());
        return;
    }
    if (!QFileInfo::exists(path)) {
        prompts::warning(parent, tr("Could Not Save the PDF"),
            tr("The PDF could not be written to %1. Check that you may save in that folder and that the disk is not "
               "full.")
                .arg(QDir::toNativeSeparators(path)));
    }
}

} // namespace alongside::ui::printing
