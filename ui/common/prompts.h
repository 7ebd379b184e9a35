#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace alongside::ui::prompts {

/*
 * Every message box and file dialog in the ui goes through these functions, so that tests can
 * answer them: in test mode nothing is shown, each call takes the next queued answer (or a safe
 * default: "no", "cancel", no file) and the texts shown are recorded.
 */

void information(QWidget* parent, const QString& title, const QString& text);
void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = {});

/** Asks a yes/no question; `acceptText` labels the button that means yes. True if accepted. */
bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& acceptText);

QString openFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter);
QString saveFileName(QWidget* parent, const QString& title, const QString& dir, const QString& filter);

// Test seams.
void setTestMode(bool on);
void queueAnswer(bool accept);
void queueFileName(const QString& path);
/** The titles and texts shown since the last call, as "title: text" lines. */
QStringList takeShown();

} // namespace alongside::ui::prompts
