#pragma once

#include "core/actor.h"
#include "core/audit/auditlog.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * The audit log viewer: filters, the matching entries newest first, and a check that the hash chain
 * is unbroken. Owns only what it shows; AuditLog decides who may read the log (others see its
 * message instead of the entries) and the dialog never changes an entry.
 */
class AuditLogDialog : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(core::Database& db, const core::Actor& actor, QWidget* parent = nullptr);

    /** Reads the entries again with the filters as they are now. */
    void refresh();

    /** Walks the whole chain and shows the verdict. */
    void verify();

    /** "person 12" -> entity "person", record "12"; "12" -> record only; "person" -> entity only. */
    static void parseRecordText(const QString& text, QString* entity, QString* recordId);

    /** Local date and time in the short format, with seconds. */
    static QString describeTime(const QDateTime& when);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    core::AuditFilter filter() const;

    /** Sizes the columns to their contents, then shares what is left between Fields and Note. */
    void fitColumns();

    void showMessage(const QString& message);

    core::Database& m_db;
    core::Actor m_actor;

    QWidget* m_filters;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_user;
    QComboBox* m_action;
    QLineEdit* m_record;
    QTimer* m_recordDelay;
    QStackedWidget* m_pages;
    QTreeWidget* m_table;
    WrappingLabel* m_message; // instead of the table: not allowed, or the log cannot be read
    QLabel* m_count;
    QWidget* m_verifyRow;
    QPushButton* m_verify;
    WrappingLabel* m_verdict;
};

} // namespace alongside::ui
