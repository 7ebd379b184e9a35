#pragma once

class QCoreApplication;

namespace alongside::app {

/** Loads Qt's and Alongside's translations for the system language, if there are any. */
void installTranslations(QCoreApplication& app);

/** Sets application name, version and display name used for paths and settings. */
void setApplicationIdentity();

} // namespace alongside::app
