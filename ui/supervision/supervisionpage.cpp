#include "supervisionpage.h"

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/models/supervisionmodel.h"
#include "core/services/settingsservice.h"
#include "core/supervision/supervisionreport.h"
#include "core/supervision/supervisionservice.h"
#include "ui/common/fonts.h"
#include "ui/common/listexport.h"
#include "ui/common/printing.h"
#include "ui/common/prompts.h"
#include "ui/common/recordrows.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/supervision/supervisionentrydialog.h"
#include "ui/supervision/supervisionhistorydialog.h"
#include "ui/supervision/supervisionlook.h"
#include "ui/workforce/formdialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

using Action = core::Permissions::Action;
using core::SupervisionDueState;
using core::SupervisionModel;
using core::SupervisionService;

/**
 * On screen, who and where they stand come first, then the dates, then the rest (print and CSV keep
 * the report's order): the state must not be scrolled out of sight on a laptop.
 */
void orderColumns(QTableView* table)
{
    const QList<int> order { SupervisionModel::Name, SupervisionModel::State, SupervisionModel::NextDue,
        SupervisionModel::LastSupervision, SupervisionModel::LastKind, SupervisionModel::Supervisors,
        SupervisionModel::Roles, SupervisionModel::DaysOverdue, SupervisionModel::OpenActions,
        SupervisionModel::ActionsOverdue };
    QHeaderView* header = table->horizontalHeader();
    for (int visual = 0; visual < order.size(); ++visual) {
        header->moveSection(header->visualIndex(order.at(visual)), visual);
    }
}

/**
 * Columns as wide as their contents, within reason: long lists of roles and supervisors are cut
 * short (whole on hovering). The type of the last session is one of a few names, nearly always
 * the same one: it is shown whole rather than cut short on almost every row.
 */
void fitColumns(QTableView* table)
{
    table->resizeColumnsToContents();
    for (int c = 0; c < table->model()->columnCount(); ++c) {
        if (table->isColumnHidden(c)) {
            continue;
        }
        const bool longText = c == SupervisionModel::Roles || c == SupervisionModel::Supervisors;
        table->setColumnWidth(c, std::clamp(table->columnWidth(c) + 12, 80, longText ? 230 : 400));
    }
}

QTableView* newTable(const QString& objectName, const QString& accessibleName, QAbstractItemModel* model,
    QAbstractItemView::SelectionMode selection, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setIconSize(QSize(16, 16));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->verticalHeader()->setDefaultSectionSize(std::max(24, table->fontMetrics().height() + 10));
    orderColumns(table);
    return table;
}

/** "Name (n)" rows of the chosen-supervisor combo. */
struct SupervisorChoice
{
    qint64 workerId = 0;
    QString name;
    int supervisees = 0;
};

} // namespace

SupervisionPage::SupervisionPage(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_superviseesModel(new core::SupervisionModel(this))
    , m_superviseesSort(new core::SupervisionFilterModel(this))
    , m_superviseesDecoration(new SupervisionDecoration(this))
    , m_model(new core::SupervisionModel(this))
    , m_filter(new core::SupervisionFilterModel(this))
    , m_decoration(new SupervisionDecoration(this))
{
    setObjectName(QStringLiteral("supervisionPage"));
    m_superviseesSort->setSourceModel(m_superviseesModel);
    m_superviseesDecoration->setSourceModel(m_superviseesSort);
    m_filter->setSourceModel(m_model);
    m_decoration->setSourceModel(m_filter);

    auto* title = new QLabel(tr("Supervision"), this);
    title->setFont(scaledFont(font(), 1.5));
    m_tabs->setObjectName(QStringLiteral("supervisionTabs"));
    m_tabs->setAccessibleName(tr("Supervision views"));
    m_superviseesTab = buildSuperviseesTab();
    m_everyoneTab = buildEveryoneTab();
    m_tabs->addTab(m_superviseesTab, tr("&My supervisees"));
    m_tabs->addTab(m_everyoneTab, tr("&Everyone"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
}

SupervisionPage::~SupervisionPage() = default;

// ---- "My supervisees" -----------------------------------------------------------------------------

QWidget* SupervisionPage::buildSuperviseesTab()
{
    auto* page = new QWidget(this);
    m_superviseesIntro = new WrappingLabel(QString(), page);
    m_superviseesIntro->setObjectName(QStringLiteral("superviseesIntro"));
    m_supervisor = new QComboBox(page);
    m_supervisor->setObjectName(QStringLiteral("supervisorCombo"));
    m_supervisor->setAccessibleName(tr("Whose supervisees"));
    m_supervisor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_supervisorLabel = new QLabel(tr("&Supervisees of:"), page);
    m_supervisorLabel->setBuddy(m_supervisor);
    m_superviseesMessage = new WrappingLabel(QString(), page);
    m_superviseesMessage->setObjectName(QStringLiteral("superviseesMessage"));
    m_superviseesMessage->setFrameShape(QFrame::StyledPanel);
    m_superviseesMessage->setMargin(8);
    m_superviseesMessage->hide();

    m_superviseesTable = newTable(QStringLiteral("superviseesTable"), tr("Supervisees"), m_superviseesDecoration,
        QAbstractItemView::ExtendedSelection, page);
    // The supervisor would be the same on every row, the state says how many days overdue, and the
    // type of the last session shows on hovering over its date.
    m_superviseesTable->setColumnHidden(SupervisionModel::Supervisors, true);
    m_superviseesTable->setColumnHidden(SupervisionModel::DaysOverdue, true);
    m_superviseesTable->setColumnHidden(SupervisionModel::LastKind, true);
    m_superviseesTable->sortByColumn(SupervisionModel::State, Qt::AscendingOrder);
    m_superviseesCount = new QLabel(page);
    m_superviseesCount->setObjectName(QStringLiteral("superviseesCount"));
    m_record = new QPushButton(tr("&Record Supervision…"), page);
    m_record->setObjectName(QStringLiteral("recordSupervisionButton"));
    m_record->setAccessibleName(tr("Record a supervision session with the selected people"));
    m_history = new QPushButton(tr("Open &History…"), page);
    m_history->setObjectName(QStringLiteral("superviseeHistoryButton"));
    m_history->setAccessibleName(tr("Open the selected person's supervision history"));
    m_history->setEnabled(false);

    m_actions = newRecordTable(QStringLiteral("openActionsList"), tr("Open actions"),
        { tr("Action"), tr("Who"), tr("Agreed"), tr("Due") }, page);
    m_actions->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_actions->header()->setStretchLastSection(true);
    for (const auto& [column, width] : { std::pair { 0, 320 }, std::pair { 1, 160 }, std::pair { 2, 240 } }) {
        m_actions->setColumnWidth(column, width);
    }
    m_markDone = new QPushButton(tr("Mark &Done"), page);
    m_markDone->setObjectName(QStringLiteral("markActionDoneButton"));
    m_markDone->setAccessibleName(tr("Mark the selected action done today"));
    m_actionsCount = new QLabel(page);
    m_actionsCount->setObjectName(QStringLiteral("actionsCount"));
    recordrows::enableWithSelection(m_actions, { m_markDone });

    connect(m_supervisor, &QComboBox::currentIndexChanged, this, [this] {
        loadSupervisees();
        loadActions();
    });
    connect(m_record, &QPushButton::clicked, this, &SupervisionPage::recordSupervision);
    connect(m_history, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_superviseesTable->currentIndex();
        if (current.isValid()) {
            openHistory(current.data(SupervisionModel::WorkerIdRole).toLongLong(),
                current.siblingAtColumn(SupervisionModel::Name).data().toString());
        }
    });
    connect(m_superviseesTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        openHistory(index.data(SupervisionModel::WorkerIdRole).toLongLong(),
            index.siblingAtColumn(SupervisionModel::Name).data().toString());
    });
    connect(m_superviseesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_history->setEnabled(m_superviseesTable->currentIndex().isValid()); });
    connect(m_markDone, &QPushButton::clicked, this, &SupervisionPage::markActionDone);

    auto* top = new QHBoxLayout;
    top->addWidget(m_supervisorLabel);
    top->addWidget(m_supervisor);
    top->addStretch(1);

    auto* people = new QGroupBox(tr("Supervisees and when each is due"), page);
    auto* peopleButtons = new QHBoxLayout;
    peopleButtons->addWidget(m_superviseesCount, 1);
    m_superviseesExporter
        = new ListExporter(m_superviseesTable, tr("Supervisees"), QStringLiteral("supervisees_list"), this);
    m_superviseesExporter->setFilterWidgets({ m_supervisor });
    m_superviseesExporter->addButtons(peopleButtons);
    peopleButtons->addWidget(m_history);
    peopleButtons->addWidget(m_record);
    auto* peopleLayout = new QVBoxLayout(people);
    peopleLayout->addWidget(m_superviseesTable, 1);
    peopleLayout->addLayout(peopleButtons);

    auto* actions = new QGroupBox(tr("Open actions from their sessions"), page);
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(m_actionsCount, 1);
    actionButtons->addWidget(m_markDone);
    auto* actionsLayout = new QVBoxLayout(actions);
    actionsLayout->addWidget(m_actions, 1);
    actionsLayout->addLayout(actionButtons);

    m_superviseesBody = new QSplitter(Qt::Vertical, page);
    m_superviseesBody->setChildrenCollapsible(false);
    m_superviseesBody->addWidget(people);
    m_superviseesBody->addWidget(actions);
    m_superviseesBody->setStretchFactor(0, 2);
    m_superviseesBody->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_superviseesIntro);
    layout->addLayout(top);
    layout->addWidget(m_superviseesMessage);
    layout->addWidget(m_superviseesBody, 1);
    layout->addStretch(0);
    return page;
}

qint64 SupervisionPage::shownSupervisor() const
{
    return m_supervisor->currentData().toLongLong();
}

bool SupervisionPage::chooseSupervisor(qint64 workerId)
{
    const int index = m_supervisor->findData(workerId);
    if (index < 0) {
        return false;
    }
    m_supervisor->setCurrentIndex(index);
    return true;
}

void SupervisionPage::fillSupervisors()
{
    const QSignalBlocker blocker(m_supervisor);
    const qint64 keep = m_supervisor->count() > 0 ? shownSupervisor() : m_actor.workerId;
    m_supervisor->clear();
    const bool coordinates = core::Permissions::allowed(m_actor.role, Action::ViewAllSupervisionSummaries);
    m_supervisor->setVisible(coordinates);
    m_supervisorLabel->setVisible(coordinates);
    if (!coordinates) {
        // A supervisor sees their own supervisees: the worker record their account belongs to.
        if (m_actor.workerId > 0 && core::Permissions::allowed(m_actor.role, Action::ViewOwnSupervision)) {
            m_supervisor->addItem(m_actor.shownName(), m_actor.workerId);
        }
        return;
    }
    // Everyone who supervises someone today, under a current arrangement (by family name).
    auto arrangements = core::SupervisionService(*m_db).currentArrangements(m_actor, core::Clock::instance().today());
    QList<SupervisorChoice> choices;
    if (arrangements) {
        for (const core::SupervisionArrangement& a : arrangements.value()) {
            if (a.supervisorWorkerId <= 0) {
                continue; // someone outside the charity has no view here
            }
            if (choices.isEmpty() || choices.last().workerId != a.supervisorWorkerId) {
                choices << SupervisorChoice { a.supervisorWorkerId, a.supervisorName, 0 };
            }
            ++choices.last().supervisees;
        }
    }
    for (const SupervisorChoice& c : std::as_const(choices)) {
        m_supervisor->addItem((c.supervisees == 1 ? tr("%1 (1 supervisee)").arg(c.name)
                                                  : tr("%1 (%2 supervisees)").arg(c.name).arg(c.supervisees)),
            c.workerId);
    }
    const int index = m_supervisor->findData(keep);
    m_supervisor->setCurrentIndex(index >= 0 ? index : (m_supervisor->count() > 0 ? 0 : -1));
}

void SupervisionPage::loadSupervisees()
{
    m_superviseesMessage->hide();
    const qint64 supervisor = shownSupervisor();
    const bool coordinates = core::Permissions::allowed(m_actor.role, Action::ViewAllSupervisionSummaries);
    m_superviseesIntro->setText(coordinates
            ? tr("Choose a supervisor to see the people they supervise, when each is next due and the actions still "
                 "open from their sessions. Double-click a person to see their supervision history.")
            : tr("The people you supervise, when each is next due and the actions still open from your sessions "
                 "with them. Double-click a person to see their supervision history."));
    m_record->setVisible(core::Permissions::allowed(m_actor.role, Action::RecordSupervision));
    if (supervisor <= 0) {
        m_superviseesModel->setTable({});
        if (core::Status s = core::Permissions::require(m_actor, Action::ViewOwnSupervision); !s) {
            m_superviseesMessage->setText(s.message());
        } else if (!coordinates) {
            m_superviseesMessage->setText(
                tr("Your account is not linked to a record of a person who delivers support, so Alongside cannot "
                   "tell whom you supervise. Ask an administrator to link your account to your record (Tools > "
                   "Accounts > Edit)."));
        } else {
            m_superviseesMessage->setText(tr("No one is recorded as supervising anyone at present. Add each person's "
                                             "supervisors on the Supervision tab of their record."));
        }
        m_superviseesMessage->show();
        m_superviseesCount->clear();
        m_record->setEnabled(coordinates);
        m_superviseesBody->hide(); // nothing to show: the message says why
        return;
    }
    m_superviseesBody->show();
    m_record->setEnabled(true);
    auto table = core::SupervisionService(*m_db).supervisees(
        m_actor, supervisor, core::Clock::instance().today(), dueSoonDays());
    if (!table) {
        m_superviseesModel->setTable({});
        m_superviseesMessage->setText(table.message());
        m_superviseesMessage->show();
        m_superviseesCount->clear();
        return;
    }
    const qint64 current = m_superviseesTable->currentIndex().data(SupervisionModel::WorkerIdRole).toLongLong();
    m_superviseesModel->setTable(table.value());
    fitColumns(m_superviseesTable);
    const core::SupervisionCompliance& t = table.value();
    if (t.rows.isEmpty()) {
        m_superviseesMessage->setText(tr("No one whose roles expect supervision is supervised by %1 at present.")
                                          .arg(m_supervisor->currentText()));
        m_superviseesMessage->show();
        m_superviseesCount->setText(tr("No supervisees."));
    } else {
        m_superviseesCount->setText(
            (t.rows.size() == 1 ? tr("1 supervisee:") : tr("%1 supervisees:").arg(t.rows.size())) + QLatin1Char(' ')
            + tr("%1 overdue, %2 due soon, %3 up to date.")
                  .arg(t.count(SupervisionDueState::Overdue))
                  .arg(t.count(SupervisionDueState::DueSoon))
                  .arg(t.count(SupervisionDueState::UpToDate)));
    }
    const int row = m_superviseesModel->rowOf(current);
    if (row >= 0) {
        m_superviseesTable->setCurrentIndex(m_superviseesSort->mapFromSource(m_superviseesModel->index(row, 0)));
    }
    m_history->setEnabled(m_superviseesTable->currentIndex().isValid());
}

void SupervisionPage::loadActions()
{
    const qint64 selected = recordrows::selectedId(m_actions);
    m_actions->clear();
    m_actionRows.clear();
    const qint64 supervisor = shownSupervisor();
    if (supervisor <= 0) {
        m_actionsCount->clear();
        return;
    }
    auto actions = core::SupervisionService(*m_db).openActions(m_actor, supervisor);
    if (!actions) {
        m_actionsCount->setText(tr("The open actions could not be read: %1").arg(actions.message()));
        return;
    }
    m_actionRows = actions.value();
    const QDate today = core::Clock::instance().today();
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_actions->setIconSize(QSize(iconSize, iconSize));
    int overdue = 0;
    for (const core::SupervisionAction& a : std::as_const(m_actionRows)) {
        const QString agreed = a.superviseeNames.isEmpty()
            ? shortDate(a.entryHeldOn)
            : tr("%1, with %2").arg(shortDate(a.entryHeldOn), a.superviseeNames.join(QStringLiteral(", ")));
        QString due = tr("No date agreed");
        if (a.dueOn.isValid()) {
            due = a.isOverdueOn(today) ? tr("Overdue: was due %1").arg(shortDate(a.dueOn))
                                       : tr("Due %1").arg(shortDate(a.dueOn));
        }
        QTreeWidgetItem* item = recordrows::addRow(m_actions, a.id,
            { a.description.simplified(), a.ownerName.isEmpty() ? tr("No one named") : a.ownerName, agreed, due });
        item->setToolTip(0, a.description);
        if (a.isOverdueOn(today)) {
            ++overdue;
            item->setIcon(3, supervisionlook::icon(SupervisionDueState::Overdue));
        }
    }
    if (!m_actionRows.isEmpty()) {
        for (int c = 0; c < 3; ++c) {
            m_actions->resizeColumnToContents(c);
        }
        m_actions->setColumnWidth(0, std::clamp(m_actions->columnWidth(0), 160, 380));
    }
    recordrows::selectId(m_actions, selected);
    m_markDone->setVisible(core::Permissions::allowed(m_actor.role, Action::RecordSupervision));
    m_markDone->setEnabled(m_actions->currentItem() != nullptr);
    m_actionsCount->setText(m_actionRows.isEmpty()
            ? tr("No open actions.")
            : (m_actionRows.size() == 1 ? tr("1 open action") : tr("%1 open actions").arg(m_actionRows.size()))
                + QStringLiteral(", ") + tr("%1 overdue.").arg(overdue));
}

QList<qint64> SupervisionPage::selectedSupervisees() const
{
    QList<qint64> ids;
    QTableView* table = m_tabs->currentWidget() == m_everyoneTab ? m_table : m_superviseesTable;
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        ids << index.data(SupervisionModel::WorkerIdRole).toLongLong();
    }
    return ids;
}

void SupervisionPage::recordSupervision()
{
    if (!m_db) {
        return;
    }
    if (core::Status s = core::Permissions::require(m_actor, Action::RecordSupervision); !s) {
        prompts::warning(this, tr("Record Supervision"), s.message());
        return;
    }
    SupervisionEntryDialog dialog(*m_db, m_actor, m_undo, 0, selectedSupervisees(), this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit changed();
    }
}

void SupervisionPage::openHistory(qint64 workerId, const QString& name)
{
    if (!m_db || workerId <= 0) {
        return;
    }
    SupervisionHistoryDialog dialog(*m_db, m_actor, m_undo, workerId, name, this);
    dialog.exec();
    if (dialog.madeChanges()) {
        refresh();
        emit changed();
    }
}

void SupervisionPage::markActionDone()
{
    const auto action = recordrows::findById(m_actionRows, recordrows::selectedId(m_actions));
    if (!m_db || !action) {
        return;
    }
    const QDate today = core::Clock::instance().today();
    core::SupervisionService service(*m_db);
    if (core::Status s = service.setActionDone(m_actor, action->id, today); !s) {
        prompts::warning(this, tr("Action Not Marked Done"), s.message());
        return;
    }
    if (m_undo) {
        core::Database* db = m_db;
        const core::Actor actor = m_actor;
        const qint64 id = action->id;
        m_undo->push(new SavedChange(
            tr("Mark action \"%1\" done").arg(action->description.simplified().left(40)),
            [db, actor, id] { return core::SupervisionService(*db).setActionDone(actor, id, QDate()); },
            [db, actor, id, today] { return core::SupervisionService(*db).setActionDone(actor, id, today); }));
    }
    refresh();
    emit changed();
}

// ---- "Everyone" -----------------------------------------------------------------------------------

QWidget* SupervisionPage::buildEveryoneTab()
{
    auto* page = new QWidget(this);
    m_intro = new WrappingLabel(QString(), page);
    m_intro->setObjectName(QStringLiteral("supervisionIntro"));
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("supervisionSearch"));
    m_search->setPlaceholderText(tr("Name, role or supervisor"));
    m_search->setAccessibleName(tr("Search by name, role or supervisor"));
    m_search->setClearButtonEnabled(true);
    m_state = new QComboBox(page);
    m_state->setObjectName(QStringLiteral("supervisionStateFilter"));
    m_state->setAccessibleName(tr("Show"));
    m_state->addItem(tr("Everyone"), -1);
    m_state->addItem(
        supervisionlook::icon(SupervisionDueState::Overdue), tr("Overdue only"), int(SupervisionDueState::Overdue));
    m_state->addItem(
        supervisionlook::icon(SupervisionDueState::DueSoon), tr("Due soon"), int(SupervisionDueState::DueSoon));
    m_state->addItem(
        supervisionlook::icon(SupervisionDueState::UpToDate), tr("Up to date"), int(SupervisionDueState::UpToDate));
    m_table = newTable(QStringLiteral("supervisionComplianceTable"), tr("Supervision of everyone"), m_decoration,
        QAbstractItemView::ExtendedSelection, page);
    m_table->sortByColumn(SupervisionModel::Name, Qt::AscendingOrder);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("supervisionSummary"));
    m_summary->setWordWrap(true);
    m_everyoneHistory = new QPushButton(tr("Open &History…"), page);
    m_everyoneHistory->setObjectName(QStringLiteral("complianceHistoryButton"));
    m_everyoneHistory->setAccessibleName(tr("Open the selected person's supervision history"));
    m_everyoneHistory->setEnabled(false);
    m_everyoneRecord = new QPushButton(tr("&Record Supervision…"), page);
    m_everyoneRecord->setObjectName(QStringLiteral("complianceRecordButton"));
    m_everyoneRecord->setAccessibleName(tr("Record a supervision session with the selected people"));
    m_export = new QPushButton(tr("Export &CSV…"), page);
    m_export->setObjectName(QStringLiteral("supervisionExport"));
    m_export->setAccessibleName(tr("Export the table shown as a CSV file"));
    m_print = new QPushButton(tr("&Print…"), page);
    m_print->setObjectName(QStringLiteral("supervisionPrint"));
    m_print->setAccessibleName(tr("Print the table shown"));
    m_pdf = new QPushButton(tr("Save as P&DF…"), page);
    m_pdf->setObjectName(QStringLiteral("supervisionPdf"));
    m_pdf->setAccessibleName(tr("Save the table shown as a PDF"));

    auto* filters = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("Searc&h:"), page);
    searchLabel->setBuddy(m_search);
    auto* stateLabel = new QLabel(tr("Sho&w:"), page);
    stateLabel->setBuddy(m_state);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 2);
    filters->addSpacing(12);
    filters->addWidget(stateLabel);
    filters->addWidget(m_state);
    filters->addStretch(1);
    filters->addWidget(m_export);
    m_everyoneExporter
        = new ListExporter(m_table, tr("Supervision of everyone"), QStringLiteral("supervision_table"), this);
    m_everyoneExporter->setFilterWidgets({ m_search, m_state });
    m_everyoneExporter->offerExcelOnly();
    m_everyoneExporter->addButtons(filters);
    filters->addWidget(m_pdf);
    filters->addWidget(m_print);

    auto* legend = new QHBoxLayout;
    for (SupervisionDueState s :
        { SupervisionDueState::UpToDate, SupervisionDueState::DueSoon, SupervisionDueState::Overdue }) {
        auto* icon = new QLabel(page);
        icon->setPixmap(supervisionlook::icon(s).pixmap(16, 16));
        legend->addWidget(icon);
        legend->addWidget(new QLabel(SupervisionService::stateName(s), page));
        legend->addSpacing(12);
    }
    legend->addStretch(1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_everyoneHistory);
    bottom->addWidget(m_everyoneRecord);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addLayout(legend);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_search, &QLineEdit::textChanged, this, &SupervisionPage::applyFilters);
    connect(m_state, &QComboBox::currentIndexChanged, this, &SupervisionPage::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &SupervisionPage::exportCsv);
    connect(m_print, &QPushButton::clicked, this, &SupervisionPage::print);
    connect(m_pdf, &QPushButton::clicked, this, &SupervisionPage::saveAsPdf);
    connect(m_everyoneRecord, &QPushButton::clicked, this, &SupervisionPage::recordSupervision);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        openHistory(index.data(SupervisionModel::WorkerIdRole).toLongLong(),
            index.siblingAtColumn(SupervisionModel::Name).data().toString());
    });
    connect(m_everyoneHistory, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid()) {
            openHistory(current.data(SupervisionModel::WorkerIdRole).toLongLong(),
                current.siblingAtColumn(SupervisionModel::Name).data().toString());
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_everyoneHistory->setEnabled(m_table->currentIndex().isValid()); });
    return page;
}

void SupervisionPage::loadCompliance()
{
    const QDate today = core::Clock::instance().today();
    const int soon = dueSoonDays();
    m_intro->setText(tr("Everyone whose roles expect supervision, as of %1: when each was last supervised, when they "
                        "are next due and how many days overdue. \"Due soon\" means within %2 (see Settings). "
                        "Double-click a person to see their supervision history.")
                         .arg(QLocale().toString(today, QStringLiteral("d MMMM yyyy")),
                             soon == 1 ? tr("1 day") : tr("%1 days").arg(soon)));
    auto table = core::SupervisionService(*m_db).compliance(m_actor, today, soon);
    if (!table) {
        m_model->setTable({});
        m_summary->setText(table.message());
        return;
    }
    const qint64 current = m_table->currentIndex().data(SupervisionModel::WorkerIdRole).toLongLong();
    m_model->setTable(table.value());
    fitColumns(m_table);
    const int row = m_model->rowOf(current);
    if (row >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
        }
    }
    updateSummary();
}

void SupervisionPage::applyFilters()
{
    m_filter->setSearchText(m_search->text());
    const int state = m_state->currentData().toInt();
    m_filter->setStateFilter(state < 0 ? std::nullopt : std::optional<SupervisionDueState>(SupervisionDueState(state)));
    updateSummary();
}

void SupervisionPage::showState(std::optional<SupervisionDueState> state)
{
    m_state->setCurrentIndex(std::max(0, m_state->findData(state ? int(*state) : -1)));
}

void SupervisionPage::updateSummary()
{
    const core::SupervisionCompliance shown = shownTable();
    const core::SupervisionCompliance& all = m_model->table();
    // Spelled out rather than %n: without a translation loaded, English would read "1 of 1 people".
    const QString showing = all.rows.size() == 1
        ? tr("Showing %1 of 1 person.").arg(shown.rows.size())
        : tr("Showing %1 of %2 people.").arg(shown.rows.size()).arg(all.rows.size());
    m_summary->setText(showing + QLatin1Char(' ')
        + tr("Of everyone: %1 overdue, %2 due soon, %3 up to date.")
              .arg(all.count(SupervisionDueState::Overdue))
              .arg(all.count(SupervisionDueState::DueSoon))
              .arg(all.count(SupervisionDueState::UpToDate)));
    const bool any = !shown.rows.isEmpty();
    m_export->setEnabled(any);
    m_print->setEnabled(any);
    m_pdf->setEnabled(any);
    m_everyoneHistory->setEnabled(m_table->currentIndex().isValid());
}

core::SupervisionCompliance SupervisionPage::shownTable() const
{
    return m_filter->shownTable();
}

QString SupervisionPage::printableHtml() const
{
    const core::SupervisionCompliance t = shownTable();
    const QLocale locale;
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 8pt;\">");
    html += QStringLiteral("<h2 style=\"margin-bottom: 2pt;\">%1</h2>")
                .arg(tr("Supervision: who is due and overdue").toHtmlEscaped());
    QString filter;
    if (m_state->currentIndex() > 0 || !m_search->text().trimmed().isEmpty()) {
        filter = QLatin1Char(' ')
            + tr("Filtered: %1%2.")
                  .arg(m_state->currentText(),
                      m_search->text().trimmed().isEmpty() ? QString()
                                                           : tr(", matching \"%1\"").arg(m_search->text().trimmed()));
    }
    html += QStringLiteral("<p style=\"margin-top: 0;\">%1<br/>%2</p>")
                .arg(charityName().toHtmlEscaped(),
                    QString(tr("As of %1. Due soon: within %2. %3 shown: %4 overdue, %5 due soon, %6 up to date.")
                                .arg(locale.toString(t.asOf, QStringLiteral("d MMMM yyyy")),
                                    // Spelled out rather than %n: English would read "1 days", "1 people".
                                    t.dueSoonDays == 1 ? tr("1 day") : tr("%1 days").arg(t.dueSoonDays),
                                    t.rows.size() == 1 ? tr("1 person") : tr("%1 people").arg(t.rows.size()))
                                .arg(t.count(SupervisionDueState::Overdue))
                                .arg(t.count(SupervisionDueState::DueSoon))
                                .arg(t.count(SupervisionDueState::UpToDate))
                        + filter + QLatin1Char(' ')
                        + tr("Printed %1 by %2.")
                              .arg(locale.toString(
                                       core::Clock::instance().now().toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")),
                                  m_actor.shownName()))
                        .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(supervisionlook::key().toHtmlEscaped());
    // The header row is in <thead>, so it is repeated at the top of every printed page.
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                           "style=\"border-collapse: collapse; border-color: #999;\"><thead><tr>");
    // Room for the names and the words; the counts are short.
    static constexpr int kWidths[SupervisionModel::ColumnCount] = { 12, 12, 12, 9, 13, 8, 12, 7, 7, 8 };
    const QStringList titles = core::SupervisionReport::columnTitles();
    for (int c = 0; c < titles.size(); ++c) {
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#eeeeee\" width=\"%1%\">%2</th>")
                    .arg(c < SupervisionModel::ColumnCount ? kWidths[c] : 8)
                    .arg(titles.at(c).toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead><tbody>");
    for (const core::SupervisionStatus& row : t.rows) {
        const QStringList cells = core::SupervisionReport::rowTexts(row);
        html += QStringLiteral("<tr>");
        for (int c = 0; c < cells.size(); ++c) {
            if (c == SupervisionModel::State) {
                html += QStringLiteral("<td style=\"color: %1; background-color: %2;\">%3 %4</td>")
                            .arg(supervisionlook::textColour(row.state), supervisionlook::backgroundColour(row.state),
                                supervisionlook::symbol(row.state), cells.at(c).toHtmlEscaped());
            } else {
                html += QStringLiteral("<td>%1</td>").arg(cells.at(c).toHtmlEscaped());
            }
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</tbody></table>");
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Confidential: contains personal data about volunteers and staff. It holds no supervision "
                        "notes. Store securely and shred when no longer needed.")
                         .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

core::Status SupervisionPage::printTo(QPrinter* printer)
{
    if (!m_db) {
        return core::Status::ok();
    }
    if (core::Status s
        = core::SupervisionReport(*m_db).recordPrint(m_actor, QStringLiteral("supervision compliance table"));
        !s) {
        return s;
    }
    printer->setPageOrientation(QPageLayout::Landscape);
    QTextDocument doc;
    doc.setHtml(printableHtml());
    doc.print(printer);
    return core::Status::ok();
}

void SupervisionPage::print()
{
    printing::withDialog(this, tr("Print the Supervision Table"), QPageLayout::Landscape,
        [this](QPrinter* printer) { return printTo(printer); });
}

void SupervisionPage::saveAsPdf()
{
    printing::saveAsPdf(this, tr("Save the Supervision Table as PDF"),
        tr("supervision-%1.pdf").arg(core::Clock::instance().today().toString(Qt::ISODate)),
        [this](QPrinter* printer) { return printTo(printer); });
}

void SupervisionPage::exportCsv()
{
    if (!m_db) {
        return;
    }
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("supervision-%1.csv").arg(core::Clock::instance().today().toString(Qt::ISODate)));
    const QString path = prompts::saveFileName(this, tr("Export the Supervision Table"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    if (core::Status s = core::SupervisionReport(*m_db).exportCsv(m_actor, shownTable(), path); !s) {
        prompts::warning(this, tr("Could Not Export"), s.message());
    }
}

// ---- both -----------------------------------------------------------------------------------------

void SupervisionPage::setContext(core::Database* db, const core::Actor& actor, QUndoStack* undo)
{
    m_db = db;
    m_actor = actor;
    m_undo = undo;
    m_superviseesExporter->setContext(db, actor);
    m_everyoneExporter->setContext(db, actor);
    if (!db) {
        clear();
        return;
    }
    const bool everyone = core::Permissions::allowed(actor.role, Action::ViewAllSupervisionSummaries);
    m_tabs->setTabVisible(m_tabs->indexOf(m_everyoneTab), everyone);
    // Coordinators choose whose supervisees to see; a supervisor sees their own.
    m_tabs->setTabText(m_tabs->indexOf(m_superviseesTab), everyone ? tr("&Supervisees") : tr("&My supervisees"));
    const bool mayExport = core::Permissions::allowed(actor.role, Action::ExportRecords);
    m_export->setVisible(mayExport);
    m_print->setVisible(mayExport);
    m_pdf->setVisible(mayExport);
    m_everyoneRecord->setVisible(core::Permissions::allowed(actor.role, Action::RecordSupervision));
    {
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_state);
        m_search->clear();
        m_state->setCurrentIndex(0);
        m_filter->setSearchText(QString());
        m_filter->setStateFilter(std::nullopt);
    }
    {
        const QSignalBlocker blocker(m_supervisor);
        m_supervisor->clear(); // a new person starts from their own supervisees (or the first supervisor)
    }
    m_tabs->setCurrentWidget(m_superviseesTab);
    refresh();
}

void SupervisionPage::refresh()
{
    if (!m_db) {
        return;
    }
    fillSupervisors();
    loadSupervisees();
    loadActions();
    if (core::Permissions::allowed(m_actor.role, Action::ViewAllSupervisionSummaries)) {
        loadCompliance();
    } else {
        m_model->setTable({});
        updateSummary();
    }
}

void SupervisionPage::clear()
{
    m_db = nullptr;
    m_superviseesModel->setTable({});
    m_model->setTable({});
    m_actions->clear();
    m_actionRows.clear();
    {
        const QSignalBlocker blocker(m_supervisor);
        m_supervisor->clear();
    }
    m_summary->clear();
    m_superviseesCount->clear();
    m_actionsCount->clear();
    m_superviseesMessage->hide();
}

void SupervisionPage::showTab(Tab tab)
{
    QWidget* page = tab == Tab::Everyone ? m_everyoneTab : m_superviseesTab;
    if (m_tabs->isTabVisible(m_tabs->indexOf(page))) {
        m_tabs->setCurrentWidget(page);
    }
}

int SupervisionPage::dueSoonDays() const
{
    auto settings = core::SettingsService(*m_db).load(m_actor);
    return settings ? settings.value().supervisionDueSoonDays : core::CharitySettings::kDefaultSupervisionDueSoonDays;
}

QString SupervisionPage::charityName() const
{
    if (!m_db) {
        return {};
    }
    auto settings = core::SettingsService(*m_db).load(m_actor);
    return settings ? settings.value().charityName : QString();
}

} // namespace alongside::ui
