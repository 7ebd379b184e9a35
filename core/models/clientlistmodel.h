#pragma once

#include "core/clients/clienttypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace alongside::core {

/**
 * The people supported, one row each: name, risk-note marker, status, services, mentor, referred
 * on, source and last session. The marker is words ("Risk note") in its own column, with
 * HasRiskNoteRole for a screen that adds an icon: never colour alone.
 */
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        RiskNote,
        Status,
        Services,
        Mentor,
        ReferredOn,
        Source,
        LastSession,
        ColumnCount
    };

    enum Roles
    {
        ClientIdRole = Qt::UserRole + 1, // qint64
        PersonIdRole, // qint64
        StatusKeyRole, // "waiting", "open", "closed"
        ComponentIdsRole, // QVariantList of qint64
        MentorIdsRole, // QVariantList of qint64
        SourceCategoryRole, // "self", "internal", "external"
        SourceIdRole, // qint64, 0 if none
        HasRiskNoteRole, // bool
        SortRole, // a value that sorts properly (family name, ISO date)
    };

    explicit ClientListModel(QObject* parent = nullptr);

    void setClients(const QList<ClientSummary>& clients);

    const ClientSummary& client(int row) const { return m_clients.at(row); }

    const QList<ClientSummary>& clients() const { return m_clients; }

    /** The row of a person supported, or -1. */
    int rowOf(qint64 clientId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ClientSummary> m_clients;
};

/**
 * Search as you type over the name, and filters by status, service component, mentor and referral
 * source (category, then sub-source). Sorts on SortRole.
 */
class ClientFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ClientFilterModel(QObject* parent = nullptr);

    static constexpr const char* kCurrent = "current"; // waiting or open: everyone but closed
    static constexpr qint64 kNoMentor = -1; // for setMentorFilter: people without an active mentor

    void setSearchText(const QString& text);
    void setStatusFilter(const QString& statusKey); // empty: every status; kCurrent: all but closed
    void setComponentFilter(qint64 componentId); // 0: every service
    void setMentorFilter(qint64 mentorId); // 0: anyone; kNoMentor: nobody matched
    void setSourceCategoryFilter(const QString& category); // empty: every category
    void setSourceFilter(qint64 sourceId); // 0: every sub-source

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_status;
    qint64 m_componentId = 0;
    qint64 m_mentorId = 0;
    QString m_category;
    qint64 m_sourceId = 0;
};

} // namespace alongside::core
