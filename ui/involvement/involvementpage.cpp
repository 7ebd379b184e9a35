#include "involvementpage.h"

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/involvement/involvementservice.h"
#include "ui/common/fonts.h"
#include "ui/common/listexport.h"
#include "ui/common/prompts.h"
#include "ui/common/recordrows.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/involvement/attendancewords.h"
#include "ui/involvement/groupsdialog.h"
#include "ui/involvement/meetingdialog.h"
#include "ui/involvement/storiespanel.h"
#include "ui/workforce/formdialog.h"

#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

using Action = core::Permissions::Action;
using core::InvolvementService;

enum Column
{
    DateColumn,
    GroupColumn,
    AttendanceColumn,
    DecisionsColumn,
    ActionsColumn,
    TopicsColumn
};

enum class Period
{
    ThreeMonths,
    TwelveMonths,
    ThisYear,
    LastYear,
    All
};

QString decisionsInWords(int decisions, int changes)
{
    if (decisions == 0) {
        return InvolvementPage::tr("None");
    }
    const QString made
        = decisions == 1 ? InvolvementPage::tr("1 decision") : InvolvementPage::tr("%1 decisions").arg(decisions);
    QString changed;
    if (changes == 0) {
        changed = decisions == 1 ? InvolvementPage::tr("no change yet") : InvolvementPage::tr("no changes yet");
    } else {
        changed
            = changes == 1 ? InvolvementPage::tr("1 change made") : InvolvementPage::tr("%1 changes made").arg(changes);
    }
    return InvolvementPage::tr("%1, %2").arg(made, changed);
}

/**
 * Rows as tall as their wrapped text: QTreeView works out row heights without the columns' widths,
 * so long attendance or topics would show only their first line.
 */
class WrapToColumnDelegate : public QStyledItemDelegate
{
public:
    explicit WrapToColumnDelegate(QTreeWidget* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    { }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem wrapped(option);
        wrapped.rect = QRect(0, 0, std::max(1, m_view->columnWidth(index.column())), 10000);
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QTreeWidget* m_view;
};

} // namespace

InvolvementPage::InvolvementPage(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("involvementPage"));
    auto* title = new QLabel(tr("Co-production and Stories"), this);
    title->setObjectName(QStringLiteral("involvementTitle"));
    title->setFont(scaledFont(font(), 1.5));
    m_tabs->setObjectName(QStringLiteral("involvementTabs"));
    m_tabs->setAccessibleName(tr("Co-production and stories views"));
    m_tabs->addTab(buildMeetingsTab(), tr("&Meetings"));
    m_stories = new StoriesPanel(this);
    m_tabs->addTab(m_stories, tr("S&tories"));
    connect(m_stories, &StoriesPanel::changed, this, &InvolvementPage::changed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
}

QWidget* InvolvementPage::buildMeetingsTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("meetingsTab"));
    m_intro = new WrappingLabel(tr("Meetings of the co-production group and the other involvement groups: who came "
                                   "and in what capacity, what was decided and what changed because of it. "
                                   "Double-click a meeting to open it."),
        page);
    m_intro->setObjectName(QStringLiteral("meetingsIntro"));

    m_group = new QComboBox(page);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setAccessibleName(tr("Show the meetings of"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* groupLabel = new QLabel(tr("&Group:"), page);
    groupLabel->setBuddy(m_group);
    m_period = new QComboBox(page);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("The last 3 months"), int(Period::ThreeMonths));
    m_period->addItem(tr("The last 12 months"), int(Period::TwelveMonths));
    m_period->addItem(tr("This year so far"), int(Period::ThisYear));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    m_period->addItem(tr("All meetings"), int(Period::All));
    m_period->setCurrentIndex(1);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* periodLabel = new QLabel(tr("&Held in:"), page);
    periodLabel->setBuddy(m_period);

    m_table = newRecordTable(QStringLiteral("meetingsTable"), tr("Meetings"),
        { tr("Date"), tr("Group"), tr("Attendance by standing"), tr("Decisions / changes"), tr("Open actions"),
            tr("Topics") },
        page);
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->header()->setStretchLastSection(true);
    // Long attendance, group names and topics wrap onto a second line rather than being cut off.
    m_table->setWordWrap(true);
    m_table->setUniformRowHeights(false);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->setItemDelegate(new WrapToColumnDelegate(m_table));
    connect(m_table->header(), &QHeaderView::sectionResized, m_table, [this] { m_table->doItemsLayout(); });
    const QFontMetrics metrics(m_table->font());
    // Narrow enough to leave the topics room on a laptop's screen; longer text wraps.
    m_table->setColumnWidth(DateColumn, metrics.horizontalAdvance(QStringLiteral("30 Sep 2026")) + 16);
    m_table->setColumnWidth(GroupColumn, metrics.horizontalAdvance(QStringLiteral("Volunteers' peer")) + 16);
    m_table->setColumnWidth(
        AttendanceColumn, metrics.horizontalAdvance(QStringLiteral("11: 4 supported, 4 volunteers")) + 16);
    m_table->setColumnWidth(DecisionsColumn, metrics.horizontalAdvance(QStringLiteral("2 decisions, no changes")) + 16);
    m_table->setColumnWidth(ActionsColumn, metrics.horizontalAdvance(tr("Open actions")) + 16);
    m_table->header()->setMinimumSectionSize(60);
    m_count = new QLabel(page);
    m_count->setObjectName(QStringLiteral("meetingsCount"));

    m_new = new QPushButton(tr("&New Meeting…"), page);
    m_new->setObjectName(QStringLiteral("newMeetingButton"));
    m_new->setAccessibleName(tr("Record a new meeting"));
    m_open = new QPushButton(tr("&Open…"), page);
    m_open->setObjectName(QStringLiteral("openMeetingButton"));
    m_open->setAccessibleName(tr("Open the selected meeting"));
    m_remove = new QPushButton(tr("&Remove"), page);
    m_remove->setObjectName(QStringLiteral("removeMeetingButton"));
    m_remove->setAccessibleName(tr("Remove the selected meeting"));
    m_groups = new QPushButton(tr("Gro&ups…"), page);
    m_groups->setObjectName(QStringLiteral("groupsButton"));
    m_groups->setAccessibleName(tr("Manage the involvement groups"));

    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { loadMeetings(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { loadMeetings(); });
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, [this] { updateButtons(); });
    connect(m_table, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { openMeeting(item->data(0, Qt::UserRole).toLongLong()); });
    connect(m_new, &QPushButton::clicked, this, &InvolvementPage::newMeeting);
    connect(m_open, &QPushButton::clicked, this, [this] { openMeeting(selectedMeeting()); });
    connect(m_remove, &QPushButton::clicked, this, &InvolvementPage::removeMeeting);
    connect(m_groups, &QPushButton::clicked, this, &InvolvementPage::manageGroups);

    auto* filters = new QHBoxLayout;
    filters->addWidget(groupLabel);
    filters->addWidget(m_group);
    filters->addSpacing(16);
    filters->addWidget(periodLabel);
    filters->addWidget(m_period);
    filters->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    m_exporter = new ListExporter(m_table, tr("Co-production meetings"), QStringLiteral("meeting_list"), this);
    m_exporter->setFilterWidgets({ m_group, m_period });
    m_exporter->addButtons(buttons);
    buttons->addWidget(m_groups);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_open);
    buttons->addWidget(m_new);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_intro);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    return page;
}

void InvolvementPage::setContext(core::Database* db, const core::Actor& actor, QUndoStack* undo)
{
    m_db = db;
    m_actor = actor;
    m_undo = undo;
    m_exporter->setContext(db, actor);
    if (!db) {
        clear();
        return;
    }
    m_stories->setContext(db, actor, undo);
    const bool mayEdit = core::Permissions::allowed(actor.role, Action::EditRecords);
    m_new->setVisible(mayEdit);
    m_remove->setVisible(mayEdit);
    {
        const QSignalBlocker b1(m_group);
        const QSignalBlocker b2(m_period);
        m_group->clear();
        m_period->setCurrentIndex(1);
    }
    refresh();
}

void InvolvementPage::refresh()
{
    if (!m_db) {
        return;
    }
    fillGroups();
    loadMeetings();
    m_stories->refresh();
}

void InvolvementPage::clear()
{
    m_db = nullptr;
    m_stories->clear();
    m_meetings.clear();
    m_table->clear();
    m_count->clear();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
}

void InvolvementPage::fillGroups()
{
    const qint64 chosen = m_group->count() > 0 ? m_group->currentData().toLongLong() : 0;
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("Every group"), qint64(0));
    auto groups = InvolvementService(*m_db).groups(m_actor, true);
    if (groups) {
        for (const core::InvolvementGroup& g : groups.value()) {
            m_group->addItem(g.active ? g.name : tr("%1 (retired)").arg(g.name), g.id);
        }
    }
    m_group->setCurrentIndex(std::max(0, m_group->findData(chosen)));
}

void InvolvementPage::loadMeetings()
{
    if (!m_db) {
        return;
    }
    const QDate today = core::Clock::instance().today();
    QDate from;
    QDate to = today;
    switch (Period(m_period->currentData().toInt())) {
    case Period::ThreeMonths:
        from = today.addMonths(-3).addDays(1);
        break;
    case Period::TwelveMonths:
        from = today.addYears(-1).addDays(1);
        break;
    case Period::ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    case Period::LastYear:
        from = QDate(today.year() - 1, 1, 1);
        to = QDate(today.year() - 1, 12, 31);
        break;
    case Period::All:
        from = QDate(1900, 1, 1);
        to = QDate(9999, 12, 31);
        break;
    }
    const qint64 selected = selectedMeeting();
    const qint64 groupId = m_group->count() > 0 ? m_group->currentData().toLongLong() : 0;
    auto meetings = InvolvementService(*m_db).meetings(m_actor, groupId, from, to);
    const QSignalBlocker blocker(m_table);
    m_table->clear();
    m_meetings.clear();
    if (!meetings) {
        m_count->setText(meetings.message());
        updateButtons();
        return;
    }
    m_meetings = meetings.value();
    const QLocale locale;
    for (const core::MeetingSummary& m : std::as_const(m_meetings)) {
        // The first two topics, and how many more (all of them on hovering), so rows stay short.
        QString topics = m.topics.mid(0, 2).join(QStringLiteral("; "));
        if (m.topics.size() > 2) {
            topics = m.topics.size() == 3 ? tr("%1; and 1 more").arg(topics)
                                          : tr("%1; and %2 more").arg(topics).arg(m.topics.size() - 2);
        }
        auto* item = recordrows::addRow(m_table, m.id,
            { locale.toString(m.heldOn, QStringLiteral("d MMM yyyy")), m.groupName,
                attendancewords::attendanceCell(m.attendeesByStanding), decisionsInWords(m.decisions, m.changes),
                m.openActions == 0 ? tr("None") : QString::number(m.openActions), topics });
        item->setToolTip(AttendanceColumn, attendancewords::attendingSentence(m.attendeesByStanding));
        item->setToolTip(TopicsColumn, m.topics.join(QLatin1Char('\n')));
    }
    const int n = int(m_meetings.size());
    m_count->setText(n == 0 ? tr("No meetings recorded in this period.")
            : n == 1        ? tr("1 meeting.")
                            : tr("%1 meetings.").arg(n));
    if (selected > 0) {
        recordrows::selectId(m_table, selected);
    }
    updateButtons();
}

void InvolvementPage::updateButtons()
{
    const bool any = selectedMeeting() > 0;
    const bool mayEdit = m_db && core::Permissions::allowed(m_actor.role, Action::EditRecords);
    m_new->setEnabled(mayEdit);
    m_open->setEnabled(m_db && any);
    m_remove->setEnabled(mayEdit && any);
    m_groups->setEnabled(m_db != nullptr);
}

qint64 InvolvementPage::selectedMeeting() const
{
    const QTreeWidgetItem* item = m_table->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void InvolvementPage::newMeeting()
{
    if (!m_db) {
        return;
    }
    const qint64 groupId = m_group->count() > 0 ? m_group->currentData().toLongLong() : 0;
    MeetingDialog dialog(*m_db, m_actor, m_undo, 0, groupId, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        recordrows::selectId(m_table, dialog.savedId());
        emit changed();
    }
}

void InvolvementPage::openMeeting(qint64 meetingId)
{
    if (!m_db || meetingId <= 0) {
        return;
    }
    MeetingDialog dialog(*m_db, m_actor, m_undo, meetingId, 0, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedId() > 0) {
        refresh();
        emit changed();
    }
}

void InvolvementPage::removeMeeting()
{
    const qint64 id = selectedMeeting();
    if (!m_db || id <= 0) {
        return;
    }
    InvolvementService service(*m_db);
    auto before = service.meeting(m_actor, id);
    if (!before) {
        prompts::warning(this, tr("Could Not Remove the Meeting"), before.message());
        return;
    }
    const core::Meeting meeting = before.value();
    const QString day = QLocale().toString(meeting.heldOn, QStringLiteral("d MMMM yyyy"));
    if (!prompts::confirm(this, tr("Remove Meeting"),
            tr("Remove the meeting of %1 on %2? Its attendance, decisions and actions go with it. Edit > Undo brings "
               "it back.")
                .arg(meeting.groupName, day),
            tr("Remove"))) {
        return;
    }
    if (core::Status s = service.removeMeeting(m_actor, id); !s) {
        prompts::warning(this, tr("Could Not Remove the Meeting"), s.message());
        return;
    }
    core::Database* db = m_db;
    const core::Actor actor = m_actor;
    pushSaved<core::Meeting>(
        m_undo, tr("Remove the meeting of %1").arg(day), meeting, std::nullopt,
        [db, actor](const core::Meeting& m) { return InvolvementService(*db).saveMeeting(actor, m); },
        [db, actor](qint64 removed) { return InvolvementService(*db).removeMeeting(actor, removed); });
    refresh();
    emit changed();
}

void InvolvementPage::manageGroups()
{
    if (!m_db) {
        return;
    }
    GroupsDialog dialog(*m_db, m_actor, m_undo, this);
    dialog.exec();
    if (dialog.madeChanges()) {
        refresh();
        emit changed();
    }
}

} // namespace alongside::ui
