#pragma once

#include "core/actor.h"
#include "core/involvement/involvementtypes.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QUndoStack;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * The charity's involvement groups (the co-production group, a volunteers' peer support group...):
 * name, purpose, how often each meets, and whether it still does, in the order they are offered. A group with meetings
 * is retired rather than removed, so its meetings keep their group; one with none can be removed. Each save goes on the
 * window's undo stack. Without EditCatalogues the list is shown read-only.
 */
class GroupsDialog : public QDialog
{
    Q_OBJECT

public:
    GroupsDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent = nullptr);

    /** Reads the list again, keeping selectId (else the current group) selected. */
    void reload(qint64 selectId = 0);

    QTreeWidget* table() const { return m_table; }

    /** True once anything was saved while the dialog was open. */
    bool madeChanges() const { return m_madeChanges; }

private:
    void showGroup(const core::InvolvementGroup& group);
    void currentChanged();
    void addGroup();
    void saveGroup();
    void removeGroup();
    /** Moves the current group up (-1) or down (+1) the list; undoable. */
    void moveGroup(int step);
    void showProblem(const QString& message);
    void showDone(const QString& message);

    core::Database& m_db;
    core::Actor m_actor;
    QUndoStack* m_undo;
    bool m_canEdit;
    bool m_madeChanges = false;
    QList<core::InvolvementGroup> m_groups;
    core::InvolvementGroup m_group; // the one in the form

    QTreeWidget* m_table;
    QLabel* m_heading;
    QLineEdit* m_name;
    QPlainTextEdit* m_purpose;
    QSpinBox* m_weeks;
    QCheckBox* m_active;
    WrappingLabel* m_feedback;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace alongside::ui
