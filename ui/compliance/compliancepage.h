#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "core/workforce/compliance.h"

#include <QIcon>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QSpinBox;
class QTableView;

namespace alongside::core {
class ComplianceFilterModel;
class ComplianceModel;
class Database;
} // namespace alongside::core

namespace alongside::ui {

class ComplianceDecoration;
class ListExporter;

/**
 * The compliance matrix: people × what their roles need, as of a day, with filters by role and
 * state, CSV export and printing. States are told apart by icon and words as well as colour; print
 * and CSV take exactly the rows and columns on screen (the one ComplianceMatrix behind all three).
 */
class CompliancePage : public QWidget
{
    Q_OBJECT

public:
    explicit CompliancePage(QWidget* parent = nullptr);
    ~CompliancePage() override;

    void setContext(core::Database* db, const core::Actor& actor);
    void refresh();
    void clear();

    /** The matrix as filtered on screen. */
    core::ComplianceMatrix shownMatrix() const;
    /** The printable document (HTML) of shownMatrix(). */
    QString printableHtml() const;
    /** Prints or writes a PDF of the shown matrix; records it in the audit log first. */
    core::Status printTo(QPrinter* printer);

    /** An icon whose shape alone tells the state (tick, warning triangle, cross, question mark). */
    static QIcon stateIcon(core::ComplianceState state);

    QTableView* table() const { return m_table; }

public slots:
    void exportCsv();
    void print();
    void saveAsPdf();
    /** Shows only people with a cell in this state (nullopt: everyone). */
    void showState(std::optional<core::ComplianceState> state);

signals:
    void openWorkerRequested(qint64 workerId);

private:
    void applyFilters();
    void updateSummary();
    QString charityName() const;

    core::Database* m_db = nullptr;
    core::Actor m_actor;
    core::ComplianceModel* m_model = nullptr;
    core::ComplianceFilterModel* m_filter = nullptr;
    ComplianceDecoration* m_decoration = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_state = nullptr;
    QSpinBox* m_warningDays = nullptr;
    QDateEdit* m_asOf = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    ListExporter* m_exporter = nullptr;
};

} // namespace alongside::ui
