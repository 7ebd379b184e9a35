#pragma once

#include "core/workforce/workforcetypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace alongside::core {

/** The people who deliver support, one row each: name, status, roles, since, phone, email. */
class WorkerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Status,
        Roles,
        Since,
        Phone,
        Email,
        ColumnCount
    };

    enum Roles
    {
        WorkerIdRole = Qt::UserRole + 1, // qint64
        StatusKeyRole, // "active", ...
        RoleTypeIdsRole, // QVariantList of qint64
        SortRole, // a value that sorts properly (family name, ISO date)
    };

    explicit WorkerListModel(QObject* parent = nullptr);

    void setWorkers(const QList<WorkerSummary>& workers);

    const WorkerSummary& worker(int row) const { return m_workers.at(row); }

    /** The row of a worker, or -1. */
    int rowOf(qint64 workerId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkerSummary> m_workers;
};

/** Search as you type (name, email, phone), and filters by status and role. Sorts on SortRole. */
class WorkerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit WorkerFilterModel(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    static constexpr const char* kCurrent = "current"; // every status but "left"
    void setStatusFilter(const QString& statusKey); // empty: every status; kCurrent: all but left
    void setRoleFilter(qint64 roleTypeId); // 0: every role

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_status;
    qint64 m_roleTypeId = 0;
};

} // namespace alongside::core
