#include "compliancemodel.h"

#include <QLocale>

namespace alongside::core {

ComplianceModel::ComplianceModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ComplianceModel::setMatrix(const ComplianceMatrix& matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

int ComplianceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matrix.rows.size());
}

int ComplianceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kFixedColumns + int(m_matrix.columns.size());
}

QVariant ComplianceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ComplianceRow& row = m_matrix.rows.at(index.row());
    const int c = index.column();
    if (role == WorkerIdRole) {
        return row.worker.workerId;
    }
    if (c < kFixedColumns) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return c == 0 ? row.worker.name : row.worker.roles.join(QStringLiteral(", "));
        case SortRole:
            return c == 0 ? row.worker.sortName.toLower() : row.worker.roles.join(QStringLiteral(", ")).toLower();
        default:
            return {};
        }
    }
    const ComplianceCell& cell = row.cells.at(c - kFixedColumns);
    switch (role) {
    case Qt::DisplayRole:
        return ComplianceService::cellText(cell);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1, %2: %3")
            .arg(row.worker.name, m_matrix.columns.at(c - kFixedColumns).title, ComplianceService::cellText(cell));
    case Qt::ToolTipRole: {
        QStringList lines { ComplianceService::stateName(cell.state) };
        if (cell.doneOn.isValid()) {
            lines << tr("Done on %1").arg(QLocale().toString(cell.doneOn, QLocale::LongFormat));
        }
        if (cell.expiresOn.isValid()) {
            lines << tr("Expires on %1").arg(QLocale().toString(cell.expiresOn, QLocale::LongFormat));
        }
        if (!cell.detail.isEmpty()) {
            lines << cell.detail;
        }
        return lines.join(QLatin1Char('\n'));
    }
    case StateRole:
        return int(cell.state);
    case SortRole:
        // Worst first when sorted descending: by state, then by how soon it lapses.
        return QStringLiteral("%1-%2")
            .arg(int(cell.state))
            .arg(cell.expiresOn.isValid() ? cell.expiresOn.toString(Qt::ISODate) : QStringLiteral("9999"));
    default:
        return {};
    }
}

QVariant ComplianceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == 0) {
        return tr("Name");
    }
    if (section == 1) {
        return tr("Roles");
    }
    if (section - kFixedColumns < m_matrix.columns.size()) {
        return m_matrix.columns.at(section - kFixedColumns).title;
    }
    return {};
}

ComplianceFilterModel::ComplianceFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ComplianceModel::SortRole);
}

void ComplianceFilterModel::setRoleFilter(qint64 roleTypeId)
{
    m_roleTypeId = roleTypeId;
    invalidateFilter();
}

void ComplianceFilterModel::setStateFilter(std::optional<ComplianceState> state)
{
    m_state = state;
    invalidateFilter();
}

void ComplianceFilterModel::setSearchText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool ComplianceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ComplianceModel*>(sourceModel());
    if (!model || sourceParent.isValid()) {
        return false;
    }
    const ComplianceRow& row = model->matrix().rows.at(sourceRow);
    if (m_roleTypeId > 0 && !row.worker.roleTypeIds.contains(m_roleTypeId)) {
        return false;
    }
    if (m_state && row.count(*m_state) == 0) {
        return false;
    }
    return m_text.isEmpty() || row.worker.name.contains(m_text, Qt::CaseInsensitive);
}

} // namespace alongside::core
