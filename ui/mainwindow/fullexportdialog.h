#pragma once

#include "core/actor.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

/**
 * File ▸ Export Everything to a Folder…: says what the export writes (one CSV file per table, the
 * certificates, a README and a manifest) and that it holds special-category data, asks where, and
 * whether to include the sensitive fields (off unless ticked). run() then writes it with a progress
 * bar that can cancel; nothing is left behind by a failure or a cancel.
 */
class FullExportDialog : public QDialog
{
    Q_OBJECT

public:
    FullExportDialog(core::Database& db, const core::Actor& actor, QWidget* parent = nullptr);

    QString folder() const;
    bool includeSensitive() const;
    void setFolder(const QString& folder);
    void setIncludeSensitive(bool on);

    /** Writes the export as chosen; shows where it went or what went wrong. True on success. */
    bool run();

    /** Shows the dialog and, if accepted, runs the export. */
    static void exportEverything(core::Database& db, const core::Actor& actor, QWidget* parent);

private:
    void browse();
    void updateButtons();

    core::Database& m_db;
    core::Actor m_actor;
    QLineEdit* m_folder = nullptr;
    QCheckBox* m_sensitive = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace alongside::ui
