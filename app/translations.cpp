#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace alongside::app {

void installTranslations(QCoreApplication& app)
{
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("alongside"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
}

void setApplicationIdentity()
{
    // Paths follow the application name: ~/.local/share/alongside, %APPDATA%\alongside.
    QCoreApplication::setApplicationName(QStringLiteral("alongside"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALONGSIDE_VERSION));
}

} // namespace alongside::app
