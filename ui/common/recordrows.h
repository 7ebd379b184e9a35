#pragma once

// The pieces every record dialog's tabs share: a table of dated rows, the buttons under it, a
// combo of keyed choices, and the saving or removal of one row put on the window's undo stack.

#include "core/actor.h"
#include "core/result.h"
#include "ui/common/savedchange.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QComboBox;
class QGroupBox;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;
class QWidget;

namespace alongside::core {
class Database;
} // namespace alongside::core

namespace alongside::ui::recordrows {

/** Puts the saving (or, with after = none, the removal) of one row on the stack, through Service. */
template<typename Service, typename T>
void pushRow(QUndoStack* undo, core::Database* db, const core::Actor& actor, const QString& text,
    const std::optional<T>& before, const std::optional<T>& after,
    core::Result<qint64> (Service::*save)(const core::Actor&, const T&),
    core::Status (Service::*remove)(const core::Actor&, qint64))
{
    pushSaved<T>(
        undo, text, before, after,
        [db, actor, save](const T& row) {
            Service service(*db);
            return (service.*save)(actor, row);
        },
        [db, actor, remove](qint64 id) {
            Service service(*db);
            return (service.*remove)(actor, id);
        });
}

/** The id kept with the table's current row; 0 if none. */
qint64 selectedId(const QTreeWidget* table);

template<typename T> std::optional<T> findById(const QList<T>& rows, qint64 id)
{
    for (const T& row : rows) {
        if (row.id == id && id > 0) {
            return row;
        }
    }
    return std::nullopt;
}

/** Adds a row of texts that keeps id (read back by selectedId). */
QTreeWidgetItem* addRow(QTreeWidget* table, qint64 id, const QStringList& texts);

/** Makes the row with id current again (after the table was filled anew). */
void selectId(QTreeWidget* table, qint64 id);

/** Buttons that act on the selected row are enabled only while there is one. */
void enableWithSelection(QTreeWidget* table, const QList<QPushButton*>& buttons);

/** A titled box holding a table with its buttons in a row beneath. */
QGroupBox* tableBox(const QString& title, QTreeWidget* table, const QList<QPushButton*>& buttons, QWidget* parent);

/** A combo of keys shown by their translated names, with current chosen (else the first). */
QComboBox* keyCombo(QWidget* parent, const QString& accessibleName, const QStringList& keys,
    QString (*name)(const QString&), const QString& current);

} // namespace alongside::ui::recordrows
