#pragma once

#include "core/actor.h"
#include "core/services/personservice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * Finds a person by name among the records the user's role may open, and opens the chosen one
 * (PersonService checks the role again and writes the opening to the audit log).
 */
class FindPersonDialog : public QDialog
{
    Q_OBJECT

public:
    FindPersonDialog(core::Database& db, const core::Actor& actor, QWidget* parent = nullptr);

    /** Opens personId's record in a PersonRecordDialog; shows the refusal if the role may not. */
    static void openRecord(core::Database& db, const core::Actor& actor, qint64 personId, QWidget* parent);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search();
    void openSelected();

    core::Database& m_db;
    core::Actor m_actor;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_open = nullptr;
    QTimer* m_typing = nullptr;
};

/** One person's record, read-only: the parts of it that exist so far. */
class PersonRecordDialog : public QDialog
{
    Q_OBJECT

public:
    PersonRecordDialog(const core::PersonRecord& record, QWidget* parent = nullptr);
};

} // namespace alongside::ui
