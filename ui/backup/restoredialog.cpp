#include "restoredialog.h"

#include "core/db/backupmanager.h"
#include "core/paths.h"
#include "ui/common/prompts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

QString kindName(core::BackupManager::Kind kind)
{
    switch (kind) {
    case core::BackupManager::Kind::Daily:
        return QObject::tr("Daily (automatic)");
    case core::BackupManager::Kind::Manual:
        return QObject::tr("Made by hand");
    case core::BackupManager::Kind::BeforeUpgrade:
        return QObject::tr("Before an update");
    case core::BackupManager::Kind::BeforeRestore:
        return QObject::tr("Replaced by a restore");
    }
    return {};
}

} // namespace

RestoreDialog::RestoreDialog(const core::BackupManager& backups, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto* intro = new QLabel(tr("Choose the backup to go back to. The database as it is now will be kept in the "
                                "backups folder, so nothing is deleted."),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Taken"), tr("Kind"), tr("Size") });
    const QLocale locale;
    const auto all = backups.backups();
    for (const auto& b : all) {
        auto* item = new QTreeWidgetItem(m_list,
            { locale.toString(b.takenAt, QLocale::ShortFormat), kindName(b.kind),
                locale.formattedDataSize(b.size, 1) });
        item->setData(0, Qt::UserRole, b.path);
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
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QString folder = backups.folder();
    connect(other, &QPushButton::clicked, this, [this, folder] {
        const QString path = prompts::openFileName(this, tr("Choose a Backup"), folder,
            tr("Alongside databases (*.%1);;All files (*)").arg(core::paths::databaseSuffix()));
        if (!path.isEmpty()) {
            m_selected = path;
            QDialog::accept();
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (m_list->topLevelItemCount() == 0) {
        layout->addWidget(
            new QLabel(tr("There are no backups in %1 yet.").arg(QDir::toNativeSeparators(backups.folder())), this));
    }
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(620, 400);
}

void RestoreDialog::accept()
{
    if (QTreeWidgetItem* item = m_list->currentItem()) {
        m_selected = item->data(0, Qt::UserRole).toString();
    }
    QDialog::accept();
}

} // namespace alongside::ui
