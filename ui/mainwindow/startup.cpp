#include "startup.h"

#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace alongside::ui {

int runGui(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    parser.addOption(db);
    parser.parse(arguments); // Qt's own options (-platform, -style) were taken by QApplication

    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/alongside.svg")));
    MainWindow window;
    window.show();
    window.startUp(parser.value(db));
    return QApplication::exec();
}

} // namespace alongside::ui
