#pragma once

#include <QStringList>

namespace alongside::app {

/**
 * Exit codes of the command line (documented in docs/USER_GUIDE.md and `alongside --help`).
 */
enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1, // the operation failed (disk full, cannot write, cancelled)
    ExitUsage = 2, // the command line was wrong
    ExitNotFound = 3, // the database file does not exist
    ExitNotAlongside = 4, // not an Alongside database, or one from a newer version
    ExitDamaged = 5, // the database failed its integrity check
    ExitInUse = 6, // another copy of Alongside has the file open
    ExitRefused = 7, // wrong user name or password, or the account may not do this
    ExitBadData = 8, // import: the file has problems (or undecided duplicates); nothing was imported
};

/** True when the arguments ask for the command line rather than a window. */
bool wantsCommandLine(int argc, char* argv[]);

/**
 * True when the subcommand paints (report: a PDF needs fonts, so a QApplication rather than a
 * QCoreApplication). Call before creating the application object.
 */
bool commandLineNeedsGui(int argc, char* argv[]);

/**
 * For a command that paints but never shows a window: on Linux and other X11/Wayland systems, uses
 * Qt's "offscreen" platform unless QT_QPA_PLATFORM chooses one, so that it works from cron, over ssh
 * and with no display. Call before creating the QApplication.
 */
void useOffscreenPlatformUnlessChosen();

/** Runs a subcommand; returns the process exit code. Errors go to stderr. */
int runCommandLine(const QStringList& arguments);

} // namespace alongside::app
