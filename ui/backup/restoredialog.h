#pragma once

#include <QDateTime>
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

    /** "the backup taken on 22 November 2026 at 10:00", or "the file copy.alongside". */
    QString selectedDescription() const { return m_description; }

    /** "22 November 2026 at 10:00" in the user's language. */
    static QString describeTime(const QDateTime& when);

    void accept() override;

private:
    QTreeWidget* m_list;
    QString m_selected;
    QString m_description;
};

} // namespace alongside::ui
