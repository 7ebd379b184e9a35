#include "supervisionmodel.h"

#include "core/supervision/supervisionreport.h"
#include "core/supervision/supervisionservice.h"

#include <QLocale>

namespace alongside::core {

SupervisionModel::SupervisionModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SupervisionModel::setTable(const SupervisionCompliance& table)
{
    beginResetModel();
    m_table = table;
    m_texts.clear();
    m_texts.reserve(table.rows.size());
    for (const SupervisionStatus& row : table.rows) {
        m_texts << SupervisionReport::rowTexts(row);
    }
    endResetModel();
}

int SupervisionModel::rowOf(qint64 workerId) const
{
    for (int r = 0; r < m_table.rows.size(); ++r) {
        if (m_table.rows.at(r).workerId == workerId) {
            return r;
        }
    }
    return -1;
}

int SupervisionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int SupervisionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant SupervisionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SupervisionStatus& row = m_table.rows.at(index.row());
    const int c = index.column();
    const QString text = m_texts.at(index.row()).value(c);
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::AccessibleTextRole:
        return c == Name
            ? text
            : QStringLiteral("%1, %2: %3")
                  .arg(row.name, headerData(c, Qt::Horizontal).toString(), text.isEmpty() ? tr("none") : text);
    case Qt::ToolTipRole:
        if (c == State || c == NextDue) {
            QStringList lines { SupervisionReport::stateText(row, m_table.asOf) };
            if (row.nextDue.isValid()) {
                lines << tr("Next due on %1").arg(QLocale().toString(row.nextDue, QLocale::LongFormat));
            }
            if (row.countsFrom.isValid()) {
                lines << (row.lastHeldOn.isValid() && row.countsFrom == row.lastHeldOn
                        ? tr("Counted from the last session, on %1")
                        : tr("Counted from %1 (no session since then)"))
                             .arg(QLocale().toString(row.countsFrom, QLocale::LongFormat));
            }
            if (row.intervalDays > 0) {
                lines << (row.intervalDays == 1 ? tr("Expected every day")
                                                : tr("Expected every %1 days").arg(row.intervalDays));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (c == LastSupervision && !row.lastKind.isEmpty()) {
            return tr("%1: %2").arg(text, SupervisionService::kindName(row.lastKind));
        }
        // Long texts may be cut short on screen: the whole of them on hovering.
        return c == Roles || c == Supervisors || c == LastKind ? QVariant(text) : QVariant();
    case Qt::TextAlignmentRole:
        return c == DaysOverdue || c == OpenActions || c == ActionsOverdue ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                           : QVariant();
    case WorkerIdRole:
        return row.workerId;
    case StateRole:
        return int(row.state);
    case SortRole:
        switch (c) {
        case Name:
            return row.sortName.isEmpty() ? row.name.toLower() : row.sortName.toLower();
        case Roles:
            return row.roles.join(QStringLiteral(", ")).toLower();
        case Supervisors:
            return row.supervisors.join(QStringLiteral(", ")).toLower();
        case LastSupervision:
            // Never supervised sorts before the oldest session.
            return row.lastHeldOn.isValid() ? row.lastHeldOn.toString(Qt::ISODate) : QString();
        case LastKind:
            return text.toLower();
        case NextDue:
            return row.nextDue.toString(Qt::ISODate);
        case State:
            // Most overdue first when sorted up: days until due (negative when overdue).
            return row.nextDue.isValid() ? qint64(m_table.asOf.daysTo(row.nextDue)) : qint64(0);
        case DaysOverdue:
            return row.overdueDays;
        case OpenActions:
            return row.openActions * 1000 + row.overdueActions;
        case ActionsOverdue:
            return row.overdueActions * 1000 + row.openActions;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant SupervisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    static_assert(ColumnCount == 10, "SupervisionModel's columns follow SupervisionReport::columnTitles()");
    return SupervisionReport::columnTitles().value(section);
}

SupervisionFilterModel::SupervisionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SupervisionModel::SortRole);
}

void SupervisionFilterModel::setSearchText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void SupervisionFilterModel::setStateFilter(std::optional<SupervisionDueState> state)
{
    m_state = state;
    invalidateFilter();
}

SupervisionCompliance SupervisionFilterModel::shownTable() const
{
    SupervisionCompliance shown;
    const auto* model = qobject_cast<const SupervisionModel*>(sourceModel());
    if (!model) {
        return shown;
    }
    shown = model->table();
    shown.rows.clear();
    for (int r = 0; r < rowCount(); ++r) {
        shown.rows << model->status(mapToSource(index(r, 0)).row());
    }
    return shown;
}

bool SupervisionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const SupervisionModel*>(sourceModel());
    if (!model || sourceParent.isValid()) {
        return false;
    }
    const SupervisionStatus& row = model->status(sourceRow);
    if (m_state && row.state != *m_state) {
        return false;
    }
    if (m_text.isEmpty()) {
        return true;
    }
    return row.name.contains(m_text, Qt::CaseInsensitive)
        || row.roles.join(QLatin1Char(' ')).contains(m_text, Qt::CaseInsensitive)
        || row.supervisors.join(QLatin1Char(' ')).contains(m_text, Qt::CaseInsensitive);
}

} // namespace alongside::core
