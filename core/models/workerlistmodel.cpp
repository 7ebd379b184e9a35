#include "workerlistmodel.h"

#include "core/workforce/workforceservice.h"

#include <QLocale>

namespace alongside::core {

WorkerListModel::WorkerListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void WorkerListModel::setWorkers(const QList<WorkerSummary>& workers)
{
    beginResetModel();
    m_workers = workers;
    endResetModel();
}

int WorkerListModel::rowOf(qint64 workerId) const
{
    for (int i = 0; i < m_workers.size(); ++i) {
        if (m_workers[i].workerId == workerId) {
            return i;
        }
    }
    return -1;
}

int WorkerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_workers.size());
}

int WorkerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const WorkerSummary& w = m_workers.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Name:
            return w.name;
        case Status:
            return WorkforceService::statusName(w.status);
        case Roles:
            return w.roles.isEmpty() ? tr("No current role") : w.roles.join(QStringLiteral(", "));
        case Since:
            return w.statusSince.isValid() ? QLocale().toString(w.statusSince, QLocale::ShortFormat) : QString();
        case Phone:
            return w.phone;
        case Email:
            return w.email;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return w.sortName.toLower();
        case Status:
            return WorkforceService::statusKeys().indexOf(w.status);
        case Since:
            return w.statusSince.toString(Qt::ISODate);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case WorkerIdRole:
        return w.workerId;
    case StatusKeyRole:
        return w.status;
    case RoleTypeIdsRole: {
        QVariantList ids;
        for (qint64 id : w.roleTypeIds) {
            ids << id;
        }
        return ids;
    }
    default:
        break;
    }
    return {};
}

QVariant WorkerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Roles:
        return tr("Current roles");
    case Since:
        return tr("Status since");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("Email");
    }
    return {};
}

WorkerFilterModel::WorkerFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(WorkerListModel::SortRole);
}

void WorkerFilterModel::setSearchText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void WorkerFilterModel::setStatusFilter(const QString& statusKey)
{
    m_status = statusKey;
    invalidateFilter();
}

void WorkerFilterModel::setRoleFilter(qint64 roleTypeId)
{
    m_roleTypeId = roleTypeId;
    invalidateFilter();
}

bool WorkerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const WorkerListModel*>(sourceModel());
    if (!model || sourceParent.isValid()) {
        return false;
    }
    const WorkerSummary& w = model->worker(sourceRow);
    if (m_status == QLatin1String(kCurrent)) {
        if (w.status == QLatin1String("left")) {
            return false;
        }
    } else if (!m_status.isEmpty() && w.status != m_status) {
        return false;
    }
    if (m_roleTypeId > 0 && !w.roleTypeIds.contains(m_roleTypeId)) {
        return false;
    }
    if (!m_text.isEmpty()) {
        return w.name.contains(m_text, Qt::CaseInsensitive) || w.email.contains(m_text, Qt::CaseInsensitive)
            || w.phone.contains(m_text, Qt::CaseInsensitive);
    }
    return true;
}

} // namespace alongside::core
