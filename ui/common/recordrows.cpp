#include "recordrows.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alongside::ui::recordrows {

qint64 selectedId(const QTreeWidget* table)
{
    const QTreeWidgetItem* item = table->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

QTreeWidgetItem* addRow(QTreeWidget* table, qint64 id, const QStringList& texts)
{
    auto* item = new QTreeWidgetItem(table, texts);
    item->setData(0, Qt::UserRole, id);
    return item;
}

void selectId(QTreeWidget* table, qint64 id)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i) {
        if (table->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id) {
            table->setCurrentItem(table->topLevelItem(i));
            return;
        }
    }
}

void enableWithSelection(QTreeWidget* table, const QList<QPushButton*>& buttons)
{
    auto update = [table, buttons] {
        for (QPushButton* b : buttons) {
            b->setEnabled(table->currentItem() != nullptr);
        }
    };
    QObject::connect(table, &QTreeWidget::currentItemChanged, table, update);
    update();
}

QGroupBox* tableBox(const QString& title, QTreeWidget* table, const QList<QPushButton*>& buttons, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : buttons) {
        actions->addWidget(b);
    }
    actions->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(table, 1);
    layout->addLayout(actions);
    return box;
}

QComboBox* keyCombo(QWidget* parent, const QString& accessibleName, const QStringList& keys,
    QString (*name)(const QString&), const QString& current)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    for (const QString& key : keys) {
        combo->addItem(name(key), key);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

} // namespace alongside::ui::recordrows
