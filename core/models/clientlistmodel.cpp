#include "clientlistmodel.h"

#include "core/clients/clientservice.h"

#include <QLocale>

namespace alongside::core {

namespace {

QVariantList idList(const QList<qint64>& ids)
{
    QVariantList out;
    for (qint64 id : ids) {
        out << id;
    }
    return out;
}

/** "External (another organisation): GP", or the category alone. */
QString sourceText(const ClientSummary& c)
{
    return c.sourceName.isEmpty()
        ? ClientService::sourceCategoryName(c.sourceCategory)
        : ClientListModel::tr("%1: %2").arg(ClientService::sourceCategoryName(c.sourceCategory), c.sourceName);
}

QString dateText(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

ClientListModel::ClientListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ClientListModel::setClients(const QList<ClientSummary>& clients)
{
    beginResetModel();
    m_clients = clients;
    endResetModel();
}

int ClientListModel::rowOf(qint64 clientId) const
{
    for (int i = 0; i < m_clients.size(); ++i) {
        if (m_clients[i].clientId == clientId) {
            return i;
        }
    }
    return -1;
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_clients.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ClientSummary& c = m_clients.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return c.name;
        case RiskNote:
            return c.hasRiskNote ? tr("Risk note") : QString();
        case Status:
            return ClientService::clientStatusName(c.status);
        case Services:
            return c.services.join(QStringLiteral(", "));
        case Mentor:
            return c.mentors.join(QStringLiteral(", "));
        case ReferredOn:
            return dateText(c.referredOn);
        case Source:
            // The sub-source says enough on its own ("GP"); the tooltip gives the category too.
            return c.sourceName.isEmpty() ? ClientService::sourceCategoryName(c.sourceCategory) : c.sourceName;
        case LastSession:
            return c.lastSession.isValid() ? dateText(c.lastSession) : tr("None yet");
        }
        break;
    case Qt::AccessibleTextRole:
        // What a screen reader says for an empty cell: the blank itself would say nothing.
        switch (index.column()) {
        case RiskNote:
            return c.hasRiskNote ? tr("Has a risk note") : tr("No risk note");
        case Services:
            return c.services.isEmpty() ? tr("No service") : data(index, Qt::DisplayRole);
        case Mentor:
            return c.mentors.isEmpty() ? tr("No mentor") : data(index, Qt::DisplayRole);
        case Source:
            return sourceText(c);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == RiskNote && c.hasRiskNote) {
            return tr("%1 has a risk note: read it at the top of their record before contacting them.").arg(c.name);
        }
        if (index.column() == Source) {
            return sourceText(c);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Name:
            return c.sortName.toLower();
        case RiskNote:
            return c.hasRiskNote ? 0 : 1; // ascending: people with a risk note first
        case Status:
            return ClientService::clientStatusKeys().indexOf(c.status);
        case ReferredOn:
            return c.referredOn.toString(Qt::ISODate);
        case LastSession:
            return c.lastSession.toString(Qt::ISODate);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case ClientIdRole:
        return c.clientId;
    case PersonIdRole:
        return c.personId;
    case StatusKeyRole:
        return c.status;
    case ComponentIdsRole:
        return idList(c.componentIds);
    case MentorIdsRole:
        return idList(c.mentorIds);
    case SourceCategoryRole:
        return c.sourceCategory;
    case SourceIdRole:
        return c.sourceId;
    case HasRiskNoteRole:
        return c.hasRiskNote;
    default:
        break;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case RiskNote:
        return tr("Risk");
    case Status:
        return tr("Status");
    case Services:
        return tr("Services");
    case Mentor:
        return tr("Mentor");
    case ReferredOn:
        return tr("Referred on");
    case Source:
        return tr("Referred by");
    case LastSession:
        return tr("Last session");
    }
    return {};
}

ClientFilterModel::ClientFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ClientListModel::SortRole);
}

void ClientFilterModel::setSearchText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void ClientFilterModel::setStatusFilter(const QString& statusKey)
{
    m_status = statusKey;
    invalidateFilter();
}

void ClientFilterModel::setComponentFilter(qint64 componentId)
{
    m_componentId = componentId;
    invalidateFilter();
}

void ClientFilterModel::setMentorFilter(qint64 mentorId)
{
    m_mentorId = mentorId;
    invalidateFilter();
}

void ClientFilterModel::setSourceCategoryFilter(const QString& category)
{
    m_category = category;
    invalidateFilter();
}

void ClientFilterModel::setSourceFilter(qint64 sourceId)
{
    m_sourceId = sourceId;
    invalidateFilter();
}

bool ClientFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ClientListModel*>(sourceModel());
    if (!model || sourceParent.isValid()) {
        return false;
    }
    const ClientSummary& c = model->client(sourceRow);
    if (m_status == QLatin1String(kCurrent)) {
        if (c.status == QLatin1String("closed")) {
            return false;
        }
    } else if (!m_status.isEmpty() && c.status != m_status) {
        return false;
    }
    if (m_componentId > 0 && !c.componentIds.contains(m_componentId)) {
        return false;
    }
    if (m_mentorId == kNoMentor ? !c.mentorIds.isEmpty() : (m_mentorId > 0 && !c.mentorIds.contains(m_mentorId))) {
        return false;
    }
    if (!m_category.isEmpty() && c.sourceCategory != m_category) {
        return false;
    }
    if (m_sourceId > 0 && c.sourceId != m_sourceId) {
        return false;
    }
    if (!m_text.isEmpty()) {
        // Every word typed must be somewhere in the name, so "ali kh" finds "Alia Khan (Ali)".
        const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& word : words) {
            if (!c.name.contains(word, Qt::CaseInsensitive)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace alongside::core
