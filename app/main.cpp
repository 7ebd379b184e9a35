// Alongside: the GUI by default; the command line when the first argument is a subcommand,
// --help or --version (see cli.h).

#include "app/cli.h"
#include "app/translations.h"
#include "ui/mainwindow/startup.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    alongside::app::setApplicationIdentity();
    if (alongside::app::wantsCommandLine(argc, argv)) {
        if (alongside::app::commandLineNeedsGui(argc, argv)) {
            alongside::app::useOffscreenPlatformUnlessChosen();
            QApplication app(argc, argv);
            alongside::app::installTranslations(app);
            return alongside::app::runCommandLine(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        alongside::app::installTranslations(app);
        return alongside::app::runCommandLine(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Alongside"));
    QApplication::setDesktopFileName(QStringLiteral("org.alongside.Alongside"));
    alongside::app::installTranslations(app);
    return alongside::ui::runGui(QCoreApplication::arguments());
}
