#pragma once

#include "core/actor.h"
#include "core/reports/formats.h"
#include "core/reports/report.h"
#include "core/result.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAbstractItemView;
class QBoxLayout;
class QPushButton;
class QWidget;

namespace alongside::core {
class Database;
}

namespace alongside::ui {

/** A list view's text as shown: the visible columns in header order, the visible rows in view order. */
struct ShownList
{
    QStringList headers;
    QList<QStringList> rows;
};

/**
 * Reads what a QTableView or QTreeView (a QTreeWidget too) shows: the view's own model, which is
 * the filter proxy when there is one, so rows come filtered and in the sorted order; hidden rows
 * and columns are left out; a tree's expanded or not children follow their parent.
 */
ShownList shownList(const QAbstractItemView* view);

/**
 * "Export…" (CSV or Excel) and "Print…" for one list view, taking exactly the rows and columns on
 * screen after filtering and sorting, through core::report::listReport: the file or page says
 * what the filter was (from the filter widgets' labels and values, and the sort column). Both
 * buttons are only for roles that may export records (Permissions::ExportRecords); each export and
 * print is noted in the audit log before it is written.
 */
class ListExporter : public QObject
{
    Q_OBJECT

public:
    /** title: the list's name ("People supported"); auditKey: what the audit log calls it ("people_list"). */
    ListExporter(QAbstractItemView* view, const QString& title, const QString& auditKey, QWidget* parent);

    void setContext(core::Database* db, const core::Actor& actor);

    /** The controls that filter the list; their labels and values make the filter's description. */
    void setFilterWidgets(const QList<QWidget*>& widgets);

    /** Words about the filter that the widgets cannot say (appended to them). */
    void setExtraDescription(std::function<QString()> describe);

    /** "Role: Volunteer. Search: "sam". Sorted by Name, A to Z. 12 rows shown." */
    QString filterDescription() const;

    /** The list as a report, as it would be written now. */
    core::report::Report report() const;

    /** Writes the list as CSV or XLSX to path; records the export first. */
    core::Status save(core::report::Format format, const QString& path);

    QPushButton* exportButton() const { return m_export; }

    QPushButton* printButton() const { return m_print; }

    /**
     * For a page with its own CSV and print of the same rows: the Export button offers Excel only
     * ("Export Excel…") and the Print button is not shown.
     */
    void offerExcelOnly();

    /** Adds the two buttons to layout, in that order. */
    void addButtons(QBoxLayout* layout);

public slots:
    /** Asks for a file name (suggesting "<title> <date>.csv") and saves. */
    void exportAs(core::report::Format format);
    /** Opens the print preview of the list. */
    void print();

private:
    void updateButtons();
    core::Status recordExport(const QString& how, int rows);

    QPointer<QAbstractItemView> m_view;
    QWidget* m_parent;
    QString m_title;
    QString m_auditKey;
    core::Database* m_db = nullptr;
    core::Actor m_actor;
    QList<QPointer<QWidget>> m_filters;
    std::function<QString()> m_extra;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    bool m_excelOnly = false;
};

} // namespace alongside::ui
