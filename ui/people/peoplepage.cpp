#include "peoplepage.h"

#include "core/auth/permissions.h"
#include "core/clients/clientservice.h"
#include "core/models/clientlistmodel.h"
#include "ui/common/fonts.h"
#include "ui/common/listexport.h"
#include "ui/common/wrappinglabel.h"
#include "ui/people/clientrecorddialog.h"
#include "ui/people/newreferraldialog.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace alongside::ui {

namespace {

using Action = core::Permissions::Action;

/** A table view that opens the current row on Return or Enter, as a double-click does. */
class ClientTableView : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onOpen;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            if (onOpen) {
                onOpen();
            }
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

/** Puts the warning icon before the words "Risk note": the icon repeats the words, never replaces them. */
class RiskMarkerDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(core::ClientListModel::HasRiskNoteRole).toBool()) {
            const QWidget* widget = option->widget;
            QStyle* style = widget ? widget->style() : nullptr;
            if (style) {
                option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, widget);
                option->features |= QStyleOptionViewItem::HasDecoration;
                option->font.setBold(true);
            }
        }
    }
};

QComboBox* filterCombo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(10);
    return combo;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

PeoplePage::PeoplePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new core::ClientListModel(this))
    , m_filter(new core::ClientFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_status(filterCombo(this, QStringLiteral("statusFilter"), tr("Show people with status")))
    , m_component(filterCombo(this, QStringLiteral("serviceFilter"), tr("Show people in service")))
    , m_mentor(filterCombo(this, QStringLiteral("mentorFilter"), tr("Show people with mentor")))
    , m_category(filterCombo(this, QStringLiteral("sourceCategoryFilter"), tr("Show people referred by")))
    , m_source(filterCombo(this, QStringLiteral("sourceFilter"), tr("Show people referred from")))
    , m_table(new ClientTableView(this))
    , m_count(new QLabel(this))
    , m_message(new WrappingLabel(QString(), this))
    , m_refer(new QPushButton(tr("&Refer Someone…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_emptyRefer(new QPushButton(tr("&Refer Someone…"), this))
    , m_emptyText(new WrappingLabel(QString(), this))
{
    setObjectName(QStringLiteral("peoplePage"));
    m_filter->setSourceModel(m_model);

    auto* title = new QLabel(tr("People supported"), this);
    title->setFont(scaledFont(title->font(), 1.4));

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search people supported by name"));
    m_search->setPlaceholderText(tr("Type part of a name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateCount();
    });

    // Most days are about the people being supported or waiting: those whose support has ended are one
    // choice away.
    m_status->addItem(tr("Current (all but closed)"), QString::fromLatin1(core::ClientFilterModel::kCurrent));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& key : core::ClientService::clientStatusKeys()) {
        m_status->addItem(core::ClientService::clientStatusName(key), key);
    }
    m_filter->setStatusFilter(m_status->currentData().toString());
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(m_status->currentData().toString());
        updateCount();
    });

    m_component->addItem(tr("All services"), qint64(0));
    connect(m_component, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setComponentFilter(m_component->currentData().toLongLong());
        updateCount();
    });

    m_mentor->addItem(tr("Any or none"), qint64(0));
    connect(m_mentor, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setMentorFilter(m_mentor->currentData().toLongLong());
        updateCount();
    });

    m_category->addItem(tr("Anyone"), QString());
    for (const QString& key : core::ClientService::sourceCategoryKeys()) {
        m_category->addItem(core::ClientService::sourceCategoryName(key), key);
    }
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSourceCategoryFilter(m_category->currentData().toString());
        fillSourceFilter();
        updateCount();
    });
    m_source->addItem(tr("All sources"), qint64(0));
    m_source->setEnabled(false);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setSourceFilter(m_source->currentData().toLongLong());
        updateCount();
    });

    m_table->setObjectName(QStringLiteral("clientsTable"));
    m_table->setAccessibleName(tr("People supported"));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(core::ClientListModel::RiskNote, new RiskMarkerDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::ClientListModel::Name, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(80);
    static_cast<ClientTableView*>(m_table)->onOpen = [this] { openSelected(); };
    connect(m_table, &QAbstractItemView::doubleClicked, this, &PeoplePage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { m_open->setEnabled(selectedClientId() > 0); });

    m_count->setObjectName(QStringLiteral("countLabel"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_refer->setObjectName(QStringLiteral("referButton"));
    m_refer->setAccessibleName(tr("Refer someone: add a person supported with their referral"));
    m_open->setObjectName(QStringLiteral("openClientButton"));
    m_open->setAccessibleName(tr("Open the selected person's record"));
    m_open->setEnabled(false);
    connect(m_refer, &QPushButton::clicked, this, &PeoplePage::referSomeone);
    connect(m_open, &QPushButton::clicked, this, &PeoplePage::openSelected);
    auto* clearFilters = new QPushButton(tr("C&lear Filters"), this);
    clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    clearFilters->setAccessibleName(tr("Clear the search and filters"));
    connect(clearFilters, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_status->setCurrentIndex(0);
        m_component->setCurrentIndex(0);
        m_mentor->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
    });

    // The list: the search and status on one row, the other filters on the next, so that nothing is
    // cut off in a small window; clearing them sits by the count it changes.
    auto* listPage = new QWidget(this);
    auto* filters = new QGridLayout;
    filters->addWidget(buddyLabel(tr("&Search:"), m_search, this), 0, 0);
    filters->addWidget(m_search, 0, 1, 1, 3);
    filters->addWidget(buddyLabel(tr("St&atus:"), m_status, this), 0, 4);
    filters->addWidget(m_status, 0, 5, 1, 3);
    filters->addWidget(buddyLabel(tr("Servi&ce:"), m_component, this), 1, 0);
    filters->addWidget(m_component, 1, 1);
    filters->addWidget(buddyLabel(tr("&Mentor:"), m_mentor, this), 1, 2);
    filters->addWidget(m_mentor, 1, 3);
    filters->addWidget(buddyLabel(tr("Referred &by:"), m_category, this), 1, 4);
    filters->addWidget(m_category, 1, 5);
    filters->addWidget(buddyLabel(tr("So&urce:"), m_source, this), 1, 6);
    filters->addWidget(m_source, 1, 7);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    filters->setColumnStretch(7, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addWidget(clearFilters);
    actions->addStretch(1);
    m_exporter = new ListExporter(m_table, tr("People supported"), QStringLiteral("people_list"), this);
    m_exporter->setFilterWidgets({ m_search, m_status, m_component, m_mentor, m_category, m_source });
    m_exporter->addButtons(actions);
    actions->addWidget(m_refer);
    actions->addWidget(m_open);
    auto* listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_message);
    listLayout->addLayout(actions);

    // Nobody yet.
    auto* emptyPage = new QWidget(this);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyRefer->setObjectName(QStringLiteral("emptyReferButton"));
    m_emptyRefer->setAccessibleName(tr("Refer the first person supported"));
    connect(m_emptyRefer, &QPushButton::clicked, this, &PeoplePage::referSomeone);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    // A fixed width (not an alignment flag) lets the wrapped label work out its height, so nothing is clipped.
    m_emptyText->setWordWrap(true);
    m_emptyText->setFixedWidth(520);
    auto* emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addWidget(m_emptyText);
    emptyRow->addStretch(1);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(m_emptyRefer, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(listPage);
    m_stack->addWidget(emptyPage);
    // Tab goes as the eye does: the filters, the list, then the buttons under it from the left.
    setTabOrder(m_table, clearFilters);
    setTabOrder(clearFilters, m_refer);
    setTabOrder(m_refer, m_open);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);
    clear();
}

void PeoplePage::setContext(core::Database* db, const core::Actor& actor, QUndoStack* undo)
{
    if (m_undo) {
        disconnect(m_undo, nullptr, this, nullptr);
    }
    m_db = db;
    m_actor = actor;
    m_undo = undo;
    m_exporter->setContext(db, actor);
    const bool canEdit = core::Permissions::allowed(actor.role, Action::EditRecords);
    m_refer->setVisible(canEdit);
    m_emptyRefer->setVisible(canEdit);
    if (m_undo) {
        // Undo and redo from the Edit menu can add or take back people: show the list as it now is.
        connect(m_undo, &QUndoStack::indexChanged, this, [this] {
            if (isVisible()) {
                refresh();
            }
        });
    }

    // A new file or person starts with every filter cleared.
    for (QComboBox* combo : { m_status, m_component, m_mentor, m_category, m_source }) {
        combo->blockSignals(true);
    }
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_component->setCurrentIndex(0);
    m_mentor->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_source->setCurrentIndex(0);
    for (QComboBox* combo : { m_status, m_component, m_mentor, m_category, m_source }) {
        combo->blockSignals(false);
    }
    m_filter->setStatusFilter(m_status->currentData().toString());
    m_filter->setComponentFilter(0);
    m_filter->setMentorFilter(0);
    m_filter->setSourceCategoryFilter({});
    m_filter->setSourceFilter(0);
    refresh();
}

void PeoplePage::fillCatalogueFilters()
{
    // Read each time: services and referral sources can be added while the list is open.
    core::ClientService service(*m_db);
    auto components = service.components(m_actor, true);
    const qint64 component = m_component->currentData().toLongLong();
    const bool blocked = m_component->blockSignals(true);
    m_component->clear();
    m_component->addItem(tr("All services"), qint64(0));
    if (components) {
        for (const core::ServiceComponent& c : components.value()) {
            m_component->addItem(c.active ? c.name : tr("%1 (no longer offered)").arg(c.name), c.id);
        }
    }
    m_component->setCurrentIndex(std::max(0, m_component->findData(component)));
    m_component->blockSignals(blocked);
    m_filter->setComponentFilter(m_component->currentData().toLongLong());
    auto sources = service.referralSources(m_actor, true);
    m_sources = sources ? sources.value() : QList<core::ReferralSource>();
    fillSourceFilter();
}

void PeoplePage::fillSourceFilter()
{
    const QString category = m_category->currentData().toString();
    const qint64 chosen = m_source->currentData().toLongLong();
    const bool blocked = m_source->blockSignals(true);
    m_source->clear();
    m_source->addItem(tr("All sources"), qint64(0));
    for (const core::ReferralSource& s : std::as_const(m_sources)) {
        if (s.category == category) {
            m_source->addItem(s.active ? s.name : tr("%1 (no longer used)").arg(s.name), s.id);
        }
    }
    m_source->setCurrentIndex(std::max(0, m_source->findData(chosen)));
    // Sub-sources belong to one category: choose "referred by" first.
    m_source->setEnabled(!category.isEmpty() && m_source->count() > 1);
    m_source->blockSignals(blocked);
    m_filter->setSourceFilter(m_source->currentData().toLongLong());
}

void PeoplePage::fillMentorFilter(const QList<core::ClientSummary>& clients)
{
    // The mentors who have someone now, by name: the list itself says who they are.
    QList<QPair<QString, qint64>> mentors;
    QList<qint64> seen;
    for (const core::ClientSummary& c : clients) {
        for (int i = 0; i < c.mentorIds.size() && i < c.mentors.size(); ++i) {
            if (!seen.contains(c.mentorIds[i])) {
                seen << c.mentorIds[i];
                mentors.append({ c.mentors[i], c.mentorIds[i] });
            }
        }
    }
    std::sort(mentors.begin(), mentors.end(),
        [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    const qint64 chosen = m_mentor->currentData().toLongLong();
    const bool blocked = m_mentor->blockSignals(true);
    m_mentor->clear();
    m_mentor->addItem(tr("Any or none"), qint64(0));
    m_mentor->addItem(tr("No mentor yet"), core::ClientFilterModel::kNoMentor);
    for (const auto& [name, id] : std::as_const(mentors)) {
        m_mentor->addItem(name, id);
    }
    const int index = m_mentor->findData(chosen);
    m_mentor->setCurrentIndex(std::max(0, index));
    m_mentor->blockSignals(blocked);
    // A mentor whose last match ended since is no longer offered: show everyone rather than nobody.
    m_filter->setMentorFilter(m_mentor->currentData().toLongLong());
}

void PeoplePage::refresh()
{
    if (!m_db) {
        return;
    }
    const qint64 selected = selectedClientId();
    fillCatalogueFilters();
    auto clients = core::ClientService(*m_db).list(m_actor);
    if (!clients) {
        m_model->setClients({});
        m_message->setText(clients.message());
        m_message->show();
        m_stack->setCurrentIndex(0);
        updateCount();
        return;
    }
    m_message->hide();
    fillMentorFilter(clients.value());
    m_model->setClients(clients.value());
    fitColumns();
    if (clients.value().isEmpty()) {
        m_emptyText->setText(core::Permissions::allowed(m_actor.role, Action::EditRecords)
                ? tr("Nobody has been referred yet. When someone is referred, add them here with Refer Someone: "
                     "their referral, support, sessions, goals and consent are then kept in one place.")
                : tr("Nobody has been referred yet. Someone with a coordinator or administrator account can add "
                     "the people referred for support."));
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentIndex(0);
    }
    selectClient(selected);
    updateCount();
}

void PeoplePage::fitColumns()
{
    // As wide as what they hold (in any language) within limits, names first, so that a name is never cut
    // short to make room for the rest; a narrow window scrolls sideways instead.
    for (int column = core::ClientListModel::Name; column < core::ClientListModel::ColumnCount; ++column) {
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(
            column, std::clamp(m_table->columnWidth(column), column == core::ClientListModel::Name ? 140 : 90, 280));
    }
}

void PeoplePage::clear()
{
    m_db = nullptr;
    // Nothing of the file stays behind, not even the names of its services or mentors.
    m_model->setClients({});
    m_sources.clear();
    m_component->clear();
    m_component->addItem(tr("All services"), qint64(0));
    fillSourceFilter();
    fillMentorFilter({});
    m_message->hide();
    m_emptyText->clear();
    m_stack->setCurrentIndex(0);
    updateCount();
}

void PeoplePage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    // Spelled out rather than %n: without a translation loaded, English would read "1 people".
    const QString all = total == 1 ? tr("1 person") : tr("%1 people").arg(total);
    m_count->setText(shown == total ? all : tr("%1 of %2").arg(shown).arg(all));
    m_open->setEnabled(selectedClientId() > 0);
}

void PeoplePage::selectClient(qint64 clientId)
{
    if (clientId <= 0) {
        return;
    }
    const int row = m_model->rowOf(clientId);
    if (row >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
        }
    }
}

qint64 PeoplePage::selectedClientId() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        return 0;
    }
    return index.siblingAtColumn(0).data(core::ClientListModel::ClientIdRole).toLongLong();
}

void PeoplePage::openSelected()
{
    if (const qint64 id = selectedClientId(); id > 0) {
        openClient(id);
    }
}

void PeoplePage::referSomeone()
{
    if (!m_db) {
        return;
    }
    NewReferralDialog dialog(*m_db, m_actor, m_undo, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    refresh();
    if (dialog.madeChanges()) {
        emit changed();
    }
    const int row = m_model->rowOf(dialog.clientId());
    if (row >= 0 && !m_filter->mapFromSource(m_model->index(row, 0)).isValid()) {
        // Someone the search or filters hide: show everyone, so that the row just changed is there.
        m_search->clear();
        m_status->setCurrentIndex(m_status->findData(QString()));
        m_component->setCurrentIndex(0);
        m_mentor->setCurrentIndex(0);
        m_category->setCurrentIndex(0);
    }
    selectClient(dialog.clientId());
    openClient(dialog.clientId());
}

void PeoplePage::openClient(qint64 clientId)
{
    if (!m_db || clientId <= 0) {
        return;
    }
    ClientRecordDialog dialog(*m_db, m_actor, m_undo, clientId, this);
    dialog.exec();
    refresh();
    if (dialog.madeChanges()) {
        emit changed();
    }
}

} // namespace alongside::ui
