#pragma once

#include "core/actor.h"
#include "core/clients/matching.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QTreeWidget;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

class WrappingLabel;

/**
 * A mentor's caseload: the people they are matched with now (and, on request, before), with the
 * service, when each match started and is planned to end, the last session and how many were
 * attended, and how many of the mentor's places are used. Opening a line asks for that person's record.
 */
class CaseloadDialog : public QDialog
{
    Q_OBJECT

public:
    /** mentorId 0: the first mentor in the list. */
    CaseloadDialog(core::Database& db, const core::Actor& actor, qint64 mentorId, QWidget* parent = nullptr);

    qint64 mentorId() const;

    const core::Caseload& caseload() const { return m_caseload; }

signals:
    void clientRequested(qint64 clientId);

private:
    void load();

    core::Database& m_db;
    core::Actor m_actor;
    core::Caseload m_caseload;
    QComboBox* m_mentor;
    QCheckBox* m_showEnded;
    WrappingLabel* m_summary;
    QTreeWidget* m_lines;
};

} // namespace alongside::ui
