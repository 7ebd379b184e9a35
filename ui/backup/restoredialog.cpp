#include "restoredialog.h"

#include "core/db/backupmanager.h"
#include "core/paths.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace alongside::ui {

QString RestoreDialog::describeTime(const QDateTime& when)
{
    const QLocale locale;
    return tr("%1 at %2")
        .arg(locale.toString(when.date(), QLocale::LongFormat), locale.toString(when.time(), QLocale::ShortFormat));
}

RestoreDialog::RestoreDialog(const core::BackupManager& backups, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));
    const QString folder = backups.folder();
    auto* intro = new WrappingLabel(tr("Choose the backup to go back to. The database as it is now will be kept in "
                                       "the backups folder, so nothing is deleted."),
        this);
    auto* where = new WrappingLabel(tr("Backups folder: %1").arg(QDir::toNativeSeparators(folder)), this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Taken"), tr("Kind"), tr("Size") });
    const QLocale locale;
    const auto all = backups.backups();
    for (const auto& b : all) {
        QString kind;
        switch (b.kind) {
        case core::BackupManager::Kind::Daily:
            kind = tr("Daily (automatic)");
            break;
        case core::BackupManager::Kind::Manual:
            kind = tr("Made with Back Up Now");
            break;
        case core::BackupManager::Kind::BeforeUpgrade:
            kind = tr("Before an update");
            break;
        case core::BackupManager::Kind::BeforeRestore:
            kind = tr("Replaced by a restore");
            break;
        }
        auto* item = new QTreeWidgetItem(m_list,
            { describeTime(b.takenAt), kind, locale.formattedDataSize(b.size, 1, QLocale::DataSizeTraditionalFormat) });
        item->setData(0, Qt::UserRole, b.path);
        item->setData(1, Qt::UserRole, tr("the backup taken on %1").arg(describeTime(b.takenAt)));
        item->setToolTip(0, QDir::toNativeSeparators(b.path));
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreDialog::accept);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* restore = buttons->addButton(tr("&Restore Selected"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreSelectedButton"));
    restore->setEnabled(m_list->topLevelItemCount() > 0);
    QPushButton* other = buttons->addButton(tr("&Other File…"), QDialogButtonBox::ActionRole);
    QPushButton* show = buttons->addButton(tr("Show &Folder"), QDialogButtonBox::ActionRole);
    show->setObjectName(QStringLiteral("showBackupsFolderButton"));
    show->setEnabled(QFileInfo::exists(folder));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(show, &QPushButton::clicked, this, [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    connect(other, &QPushButton::clicked, this, [this, folder] {
        const QString path = prompts::openFileName(this, tr("Choose a Backup"), folder,
            tr("Alongside databases (*.%1);;All files (*)").arg(core::paths::databaseSuffix()));
        if (!path.isEmpty()) {
            m_selected = path;
            m_description = tr("the file %1").arg(QFileInfo(path).fileName());
            QDialog::accept();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(where);
    if (m_list->topLevelItemCount() == 0) {
        layout->addWidget(new WrappingLabel(
            tr("There are no backups in that folder yet. Use Other File… for a copy kept elsewhere."), this));
    }
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 400);
}

void RestoreDialog::accept()
{
    if (QTreeWidgetItem* item = m_list->currentItem()) {
        m_selected = item->data(0, Qt::UserRole).toString();
        m_description = item->data(1, Qt::UserRole).toString();
    }
    QDialog::accept();
}

} // namespace alongside::ui
