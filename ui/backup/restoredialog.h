#pragma once

#include <QDialog>

class QTreeWidget;

namespace alongside::core {
class BackupManager;
}

namespace alongside::ui {

/** Lists a database's backups, newest first, and lets the user pick one or another file. */
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const core::BackupManager& backups, QWidget* parent = nullptr);

    QString selectedBackup() const { return m_selected; }

    void accept() override;

private:
    QTreeWidget* m_list;
    QString m_selected;
};

} // namespace alongside::ui
