#pragma once

#include "core/supervision/supervisiontypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>

namespace alongside::core {

/**
 * The supervision compliance table (and the supervisor's view of their supervisees) as a model: one
 * row per worker, with the columns and cell texts of SupervisionReport, so that the screen, the
 * print and the CSV agree. The state column says the state in words ("Overdue by 12 days"), so
 * nothing depends on colour; StateRole gives the state for the view to add a symbol.
 */
class SupervisionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** The columns, in SupervisionReport::columnTitles() order. */
    enum Column
    {
        Name,
        Roles,
        Supervisors,
        LastSupervision,
        LastKind, // type of the last session
        NextDue,
        State, // where they stand, in words
        DaysOverdue,
        OpenActions,
        ActionsOverdue,
        ColumnCount
    };

    enum DataRoles
    {
        WorkerIdRole = Qt::UserRole + 1, // qint64
        StateRole, // int(SupervisionDueState)
        SortRole, // a value that sorts properly (family name, ISO date, days overdue)
    };

    explicit SupervisionModel(QObject* parent = nullptr);

    void setTable(const SupervisionCompliance& table);

    const SupervisionCompliance& table() const { return m_table; }

    const SupervisionStatus& status(int row) const { return m_table.rows.at(row); }

    /** The row of a worker, or -1. */
    int rowOf(qint64 workerId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    SupervisionCompliance m_table;
    QList<QStringList> m_texts; // SupervisionReport::rowTexts of each row, worked out once
};

/** Search as you type (name, roles, supervisors) and a filter by state. Sorts on SortRole. */
class SupervisionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SupervisionFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    /** Only rows in this state; std::nullopt for everyone. */
    void setStateFilter(std::optional<SupervisionDueState> state);

    /** The rows shown, in the order shown, as a table of their own (for print and CSV). */
    SupervisionCompliance shownTable() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    std::optional<SupervisionDueState> m_state;
};

} // namespace alongside::core
