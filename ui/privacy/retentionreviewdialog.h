#pragma once

#include "core/actor.h"
#include "core/privacy/retention.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class FeedbackBanner;
class WrappingLabel;

/**
 * "Records Past Retention": the people whose records are past the retention periods set in
 * Settings, as of today (RetentionService::review), with a check box each, sortable by any column.
 * Anonymise Selected asks once (with what it does and what backups still hold), then anonymises
 * them together in one transaction with a progress bar and Cancel: all or none.
 */
class RetentionReviewDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionReviewDialog(core::Database& db, const core::Actor& actor, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }

    /** The person ids ticked. */
    QList<qint64> checkedIds() const;

    /** True once any record was anonymised (the main window's lists are read again). */
    bool madeChanges() const { return m_madeChanges; }

    /** Reads the list again. */
    void reload();

private:
    void setAllChecked(bool checked);
    void updateButtons();
    void anonymiseSelected();

    core::Database& m_db;
    core::Actor m_actor;
    WrappingLabel* m_explain;
    FeedbackBanner* m_message;
    QTreeWidget* m_list;
    QPushButton* m_selectAll;
    QPushButton* m_selectNone;
    QPushButton* m_anonymise;
    bool m_madeChanges = false;
};

} // namespace alongside::ui
