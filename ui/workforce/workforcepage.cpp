#include "workforcepage.h"

#include "core/auth/permissions.h"
#include "core/models/workerlistmodel.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/fonts.h"
#include "ui/common/listexport.h"
#include "ui/common/prompts.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/newworkerdialog.h"
#include "ui/workforce/workerrecorddialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

using Action = core::Permissions::Action;

/** A table view that opens the current row on Return or Enter, as a double-click does. */
class WorkerTableView : public QTableView
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

} // namespace

WorkforcePage::WorkforcePage(QWidget* parent)
    : QWidget(parent)
    , m_model(new core::WorkerListModel(this))
    , m_filter(new core::WorkerFilterModel(this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_table(new WorkerTableView(this))
    , m_count(new QLabel(this))
    , m_message(new WrappingLabel(QString(), this))
    , m_add(new QPushButton(tr("&Add Person…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_emptyAdd(new QPushButton(tr("&Add Person…"), this))
    , m_emptyText(new WrappingLabel(QString(), this))
{
    setObjectName(QStringLiteral("workforcePage"));
    m_filter->setSourceModel(m_model);

    auto* title = new QLabel(tr("Volunteers and staff"), this);
    title->setFont(scaledFont(title->font(), 1.4));

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search people who deliver support"));
    m_search->setPlaceholderText(tr("Search by name, email or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setSearchText(text);
        updateCount();
    });

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Show people with status"));
    // Most days are about the people working now: those who left are one choice away.
    m_status->addItem(tr("Current (all but left)"), QString::fromLatin1(core::WorkerFilterModel::kCurrent));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& key : core::WorkforceService::statusKeys()) {
        m_status->addItem(core::WorkforceService::statusName(key), key);
    }
    m_filter->setStatusFilter(m_status->currentData().toString());
    auto* statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatusFilter(m_status->currentData().toString());
        updateCount();
    });

    m_role->setObjectName(QStringLiteral("roleFilter"));
    m_role->setAccessibleName(tr("Show people with role"));
    m_role->addItem(tr("All roles"), qint64(0));
    m_role->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setRoleFilter(m_role->currentData().toLongLong());
        updateCount();
    });

    m_table->setObjectName(QStringLiteral("workersTable"));
    m_table->setAccessibleName(tr("Volunteers and staff"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::WorkerListModel::Name, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(core::WorkerListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(80);
    m_table->setColumnWidth(core::WorkerListModel::Status, 110);
    m_table->setColumnWidth(core::WorkerListModel::Roles, 200);
    m_table->setColumnWidth(core::WorkerListModel::Since, 110);
    m_table->setColumnWidth(core::WorkerListModel::Phone, 130);
    m_table->setColumnWidth(core::WorkerListModel::Email, 220);
    static_cast<WorkerTableView*>(m_table)->onOpen = [this] { openSelected(); };
    connect(m_table, &QAbstractItemView::doubleClicked, this, &WorkforcePage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { m_open->setEnabled(selectedWorkerId() > 0); });

    m_count->setObjectName(QStringLiteral("countLabel"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_add->setObjectName(QStringLiteral("addWorkerButton"));
    m_add->setAccessibleName(tr("Add a person who delivers support"));
    m_open->setObjectName(QStringLiteral("openWorkerButton"));
    m_open->setAccessibleName(tr("Open the selected person's record"));
    m_open->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, &WorkforcePage::addWorker);
    connect(m_open, &QPushButton::clicked, this, &WorkforcePage::openSelected);

    // The list.
    auto* listPage = new QWidget(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addSpacing(12);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(roleLabel);
    filters->addWidget(m_role);
    filters->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addStretch(1);
    m_exporter = new ListExporter(m_table, tr("Volunteers and staff"), QStringLiteral("worker_list"), this);
    m_exporter->setFilterWidgets({ m_search, m_status, m_role });
    m_exporter->addButtons(actions);
    actions->addWidget(m_add);
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
    m_emptyAdd->setObjectName(QStringLiteral("emptyAddWorkerButton"));
    m_emptyAdd->setAccessibleName(tr("Add the first person who delivers support"));
    connect(m_emptyAdd, &QPushButton::clicked, this, &WorkforcePage::addWorker);
    auto* emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    // A short paragraph reads better than one long line. A fixed width (not an alignment flag) lets the
    // wrapped label work out its height, so nothing is clipped.
    m_emptyText->setWordWrap(true);
    m_emptyText->setFixedWidth(520);
    auto* emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addWidget(m_emptyText);
    emptyRow->addStretch(1);
    emptyLayout->addLayout(emptyRow);
    emptyLayout->addSpacing(12);
    emptyLayout->addWidget(m_emptyAdd, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack->addWidget(listPage);
    m_stack->addWidget(emptyPage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_stack, 1);
    clear();
}

void WorkforcePage::setContext(core::Database* db, const core::Actor& actor, QUndoStack* undo)
{
    if (m_undo) {
        disconnect(m_undo, nullptr, this, nullptr);
    }
    m_db = db;
    m_actor = actor;
    m_undo = undo;
    m_exporter->setContext(db, actor);
    const bool canEdit = core::Permissions::allowed(actor.role, Action::EditRecords);
    m_add->setVisible(canEdit);
    m_emptyAdd->setVisible(canEdit);
    if (m_undo) {
        // Undo and redo from the Edit menu can add or take back people: show the list as it now is.
        connect(m_undo, &QUndoStack::indexChanged, this, [this] {
            if (isVisible()) {
                refresh();
            }
        });
    }

    m_role->blockSignals(true);
    m_role->clear();
    m_role->addItem(tr("All roles"), qint64(0));
    if (m_db) {
        auto types = core::WorkforceService(*m_db).roleTypes(m_actor, true);
        if (types) {
            for (const core::RoleType& t : types.value()) {
                m_role->addItem(t.active ? t.name : tr("%1 (no longer used)").arg(t.name), t.id);
            }
        }
    }
    m_role->setCurrentIndex(0);
    m_role->blockSignals(false);
    m_filter->setRoleFilter(0);
    refresh();
}

void WorkforcePage::refresh()
{
    if (!m_db) {
        return;
    }
    const qint64 selected = selectedWorkerId();
    auto workers = core::WorkforceService(*m_db).list(m_actor);
    if (!workers) {
        m_model->setWorkers({});
        m_message->setText(workers.message());
        m_message->show();
        m_stack->setCurrentIndex(0);
        updateCount();
        return;
    }
    m_message->hide();
    m_model->setWorkers(workers.value());
    if (workers.value().isEmpty()) {
        m_emptyText->setText(core::Permissions::allowed(m_actor.role, Action::EditRecords)
                ? tr("Nobody has been added yet. Add your volunteers, peer workers and staff here: their "
                     "status, roles, checks, hours and training are then kept in one place.")
                : tr("Nobody has been added yet. Someone with a coordinator or administrator account can add the "
                     "people who deliver support."));
        m_stack->setCurrentIndex(1);
    } else {
        m_stack->setCurrentIndex(0);
    }
    if (selected > 0) {
        const int row = m_model->rowOf(selected);
        if (row >= 0) {
            const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
            if (index.isValid()) {
                m_table->setCurrentIndex(index);
            }
        }
    }
    updateCount();
}

void WorkforcePage::clear()
{
    m_db = nullptr;
    m_model->setWorkers({});
    m_message->hide();
    m_emptyText->clear();
    m_stack->setCurrentIndex(0);
    updateCount();
}

void WorkforcePage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    // Spelled out rather than %n: without a translation loaded, English would read "1 people".
    const QString all = total == 1 ? tr("1 person") : tr("%1 people").arg(total);
    m_count->setText(shown == total ? all : tr("%1 of %2").arg(shown).arg(all));
    m_open->setEnabled(selectedWorkerId() > 0);
}

qint64 WorkforcePage::selectedWorkerId() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        return 0;
    }
    return index.siblingAtColumn(0).data(core::WorkerListModel::WorkerIdRole).toLongLong();
}

void WorkforcePage::openSelected()
{
    if (const qint64 id = selectedWorkerId(); id > 0) {
        openWorker(id);
    }
}

void WorkforcePage::addWorker()
{
    if (!m_db) {
        return;
    }
    NewWorkerDialog dialog(*m_db, m_actor, m_undo, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    refresh();
    const int row = m_model->rowOf(dialog.workerId());
    if (row >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
        }
    }
    emit changed();
    openWorker(dialog.workerId());
}

void WorkforcePage::openWorker(qint64 workerId)
{
    if (!m_db || workerId <= 0) {
        return;
    }
    WorkerRecordDialog dialog(*m_db, m_actor, m_undo, workerId, this);
    dialog.exec();
    refresh();
    if (dialog.madeChanges()) {
        emit changed();
    }
}

} // namespace alongside::ui
