#pragma once

#include "core/workforce/compliance.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace alongside::core {

/**
 * The compliance matrix as a table: name, roles, then one column per requirement. Each cell's text
 * names its state ("Expired 3 Nov 2026"), so nothing depends on colour; StateRole gives the state
 * for the view to add an icon and a colour.
 */
class ComplianceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kFixedColumns = 2; // name, roles

    enum Roles
    {
        StateRole = Qt::UserRole + 1, // int(ComplianceState) for requirement cells
        WorkerIdRole,
        SortRole,
    };

    explicit ComplianceModel(QObject* parent = nullptr);

    void setMatrix(const ComplianceMatrix& matrix);

    const ComplianceMatrix& matrix() const { return m_matrix; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ComplianceMatrix m_matrix;
};

/** Rows held by a role, and rows with at least one cell in a state. */
class ComplianceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ComplianceFilterModel(QObject* parent = nullptr);

    void setRoleFilter(qint64 roleTypeId); // 0: every role
    /** Only people with a cell in this state; std::nullopt for everyone. */
    void setStateFilter(std::optional<ComplianceState> state);
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    qint64 m_roleTypeId = 0;
    std::optional<ComplianceState> m_state;
    QString m_text;
};

} // namespace alongside::core
