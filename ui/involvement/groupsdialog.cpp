#include "groupsdialog.h"

#include "core/auth/permissions.h"
#include "core/involvement/involvementservice.h"
#include "ui/common/feedback.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

namespace {

using core::InvolvementService;

constexpr int kMaxNameLength = 120;

QString rhythm(int weeks)
{
    if (weeks <= 0) {
        return GroupsDialog::tr("No set rhythm");
    }
    return weeks == 1 ? GroupsDialog::tr("Every week") : GroupsDialog::tr("Every %1 weeks").arg(weeks);
}

} // namespace

GroupsDialog::GroupsDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_canEdit(core::Permissions::allowed(actor.role, core::Permissions::Action::EditCatalogues))
    , m_table(new QTreeWidget(this))
    , m_heading(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_purpose(new QPlainTextEdit(this))
    , m_weeks(new QSpinBox(this))
    , m_active(new QCheckBox(tr("&In use (untick when the group no longer meets; its meetings stay on file)"), this))
    , m_feedback(new WrappingLabel(QString(), this))
    , m_add(new QPushButton(tr("A&dd Group"), this))
    , m_save(new QPushButton(tr("Sa&ve Group"), this))
    , m_remove(new QPushButton(tr("&Remove Group"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move Do&wn"), this))
{
    setObjectName(QStringLiteral("groupsDialog"));
    setWindowTitle(tr("Involvement Groups"));
    auto* intro = new WrappingLabel(tr("The groups whose meetings are recorded: the co-production group, a volunteers' "
                                       "peer support group and so on, in the order they are offered. A group that no "
                                       "longer meets can be retired; "
                                       "its meetings stay on file. A group with no meetings can be removed."),
        this);

    m_table->setObjectName(QStringLiteral("groupsTable"));
    m_table->setAccessibleName(tr("Involvement groups"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHeaderLabels({ tr("Group"), tr("Meets"), tr("In use"), tr("Purpose") });
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    auto* tableLabel = new QLabel(tr("&Groups:"), this);
    tableLabel->setBuddy(m_table);

    m_heading->setObjectName(QStringLiteral("groupHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_name->setObjectName(QStringLiteral("groupNameEdit"));
    m_name->setAccessibleName(tr("Group name"));
    m_name->setMaxLength(kMaxNameLength);
    m_purpose->setObjectName(QStringLiteral("groupPurposeEdit"));
    m_purpose->setAccessibleName(tr("What the group is for"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setFixedHeight(m_purpose->fontMetrics().lineSpacing() * 3 + 14);
    m_weeks->setObjectName(QStringLiteral("groupWeeksSpin"));
    m_weeks->setAccessibleName(tr("Meets every so many weeks"));
    m_weeks->setRange(0, 52);
    m_weeks->setSpecialValueText(tr("No set rhythm"));
    m_weeks->setPrefix(tr("every "));
    m_weeks->setSuffix(tr(" weeks"));
    m_weeks->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_active->setObjectName(QStringLiteral("groupActiveCheck"));
    m_active->setAccessibleName(tr("In use"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Meets &every:"), m_weeks);
    form->addRow(QString(), m_active);

    m_feedback->setObjectName(QStringLiteral("groupFeedbackLabel"));
    m_feedback->setAccessibleName(tr("Message"));
    m_feedback->hide();
    m_add->setObjectName(QStringLiteral("addGroupButton"));
    m_add->setAccessibleName(tr("Add a group"));
    m_save->setObjectName(QStringLiteral("saveGroupButton"));
    m_save->setAccessibleName(tr("Save the group"));
    m_remove->setObjectName(QStringLiteral("removeGroupButton"));
    m_remove->setAccessibleName(tr("Remove the selected group"));
    m_up->setObjectName(QStringLiteral("moveGroupUpButton"));
    m_up->setAccessibleName(tr("Move the selected group up the list"));
    m_down->setObjectName(QStringLiteral("moveGroupDownButton"));
    m_down->setAccessibleName(tr("Move the selected group down the list"));
    for (QPushButton* b : { m_add, m_save, m_remove, m_up, m_down }) {
        b->setAutoDefault(false);
        b->setVisible(m_canEdit);
    }
    connect(m_table, &QTreeWidget::currentItemChanged, this, &GroupsDialog::currentChanged);
    connect(m_add, &QPushButton::clicked, this, &GroupsDialog::addGroup);
    connect(m_save, &QPushButton::clicked, this, &GroupsDialog::saveGroup);
    connect(m_remove, &QPushButton::clicked, this, &GroupsDialog::removeGroup);
    connect(m_up, &QPushButton::clicked, this, [this] { moveGroup(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveGroup(1); });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the list of groups"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_add);
    formButtons->addWidget(m_remove);
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tableLabel);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    auto* moves = new QVBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    moves->addStretch(1);
    tableRow->addLayout(moves);
    layout->addLayout(tableRow, 1);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_feedback);
    layout->addLayout(formButtons);
    layout->addWidget(buttons);

    if (!m_canEdit) {
        m_name->setReadOnly(true);
        m_purpose->setReadOnly(true);
        m_weeks->setReadOnly(true);
        m_active->setEnabled(false);
    }
    resize(640, 560);
    reload();
}

void GroupsDialog::reload(qint64 selectId)
{
    if (selectId == 0) {
        selectId = m_group.id;
    }
    auto groups = InvolvementService(m_db).groups(m_actor, true);
    const QSignalBlocker block(m_table);
    m_table->clear();
    if (!groups) {
        m_groups.clear();
        showProblem(groups.message());
        return;
    }
    m_groups = groups.value();
    QTreeWidgetItem* select = nullptr;
    for (const core::InvolvementGroup& g : std::as_const(m_groups)) {
        auto* item = new QTreeWidgetItem(
            m_table, { g.name, rhythm(g.meetsEveryWeeks), g.active ? tr("Yes") : tr("No: retired"), g.purpose });
        item->setData(0, Qt::UserRole, g.id);
        item->setToolTip(3, g.purpose);
        if ((selectId != 0 && g.id == selectId) || !select) {
            select = item;
        }
    }
    if (select) {
        m_table->setCurrentItem(select);
        const qint64 id = select->data(0, Qt::UserRole).toLongLong();
        for (const core::InvolvementGroup& g : std::as_const(m_groups)) {
            if (g.id == id) {
                showGroup(g);
            }
        }
    } else {
        showGroup(core::InvolvementGroup {});
    }
}

void GroupsDialog::showGroup(const core::InvolvementGroup& group)
{
    m_group = group;
    m_heading->setText(group.id == 0 ? tr("New group") : tr("Group: %1").arg(group.name));
    m_name->setText(group.name);
    m_purpose->setPlainText(group.purpose);
    m_weeks->setValue(group.meetsEveryWeeks);
    m_active->setChecked(group.active);
    m_remove->setEnabled(m_canEdit && group.id > 0);
    int at = -1;
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).id == group.id && group.id > 0) {
            at = i;
        }
    }
    m_up->setEnabled(m_canEdit && at > 0);
    m_down->setEnabled(m_canEdit && at >= 0 && at < m_groups.size() - 1);
}

void GroupsDialog::currentChanged()
{
    QTreeWidgetItem* item = m_table->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const core::InvolvementGroup& g : std::as_const(m_groups)) {
        if (g.id == id) {
            m_feedback->hide();
            showGroup(g);
        }
    }
}

void GroupsDialog::addGroup()
{
    {
        const QSignalBlocker block(m_table);
        m_table->setCurrentItem(nullptr);
        m_table->clearSelection();
    }
    m_feedback->hide();
    core::InvolvementGroup group;
    group.meetsEveryWeeks = 4;
    // A new group goes at the end of the list, where it is offered last.
    for (const core::InvolvementGroup& g : std::as_const(m_groups)) {
        group.position = std::max(group.position, g.position + 1);
    }
    showGroup(group);
    m_name->setFocus();
}

void GroupsDialog::saveGroup()
{
    if (!m_canEdit) {
        return;
    }
    const core::InvolvementGroup before = m_group;
    core::InvolvementGroup after = m_group;
    after.name = m_name->text().trimmed();
    after.purpose = m_purpose->toPlainText().trimmed();
    after.meetsEveryWeeks = m_weeks->value();
    after.active = m_active->isChecked();
    if (core::Status s = InvolvementService::validate(after); !s) {
        showProblem(s.message());
        m_name->setFocus();
        return;
    }
    auto saved = InvolvementService(m_db).saveGroup(m_actor, after);
    if (!saved) {
        showProblem(saved.message());
        m_name->setFocus();
        return;
    }
    const bool adding = before.id == 0;
    after.id = saved.value();
    m_madeChanges = true;
    m_group = after;
    // Read back, so that undo puts back the group exactly as saved (its place in the list too).
    auto all = InvolvementService(m_db).groups(m_actor, true);
    if (all) {
        for (const core::InvolvementGroup& g : all.value()) {
            if (g.id == after.id) {
                after = g;
            }
        }
    }
    core::Database* db = &m_db;
    const core::Actor actor = m_actor;
    pushSaved<core::InvolvementGroup>(
        m_undo, adding ? tr("Add group %1").arg(after.name) : tr("Change group %1").arg(after.name),
        adding ? std::nullopt : std::optional<core::InvolvementGroup>(before), after,
        [db, actor](const core::InvolvementGroup& g) { return InvolvementService(*db).saveGroup(actor, g); },
        [db, actor](qint64 id) { return InvolvementService(*db).removeGroup(actor, id); });
    reload(after.id);
    showDone(adding ? tr("Saved: the group \"%1\" was added.").arg(after.name)
                    : tr("Saved: the changes to \"%1\".").arg(after.name));
}

void GroupsDialog::removeGroup()
{
    if (!m_canEdit || m_group.id == 0) {
        return;
    }
    const core::InvolvementGroup before = m_group;
    if (core::Status s = InvolvementService(m_db).removeGroup(m_actor, before.id); !s) {
        showProblem(s.message());
        return;
    }
    m_madeChanges = true;
    core::Database* db = &m_db;
    const core::Actor actor = m_actor;
    pushSaved<core::InvolvementGroup>(
        m_undo, tr("Remove group %1").arg(before.name), before, std::nullopt,
        [db, actor](const core::InvolvementGroup& g) { return InvolvementService(*db).saveGroup(actor, g); },
        [db, actor](qint64 id) { return InvolvementService(*db).removeGroup(actor, id); });
    m_group = core::InvolvementGroup {};
    reload();
    showDone(tr("Removed the group \"%1\". Edit > Undo brings it back.").arg(before.name));
}

void GroupsDialog::moveGroup(int step)
{
    if (!m_canEdit || m_group.id == 0) {
        return;
    }
    int at = -1;
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).id == m_group.id) {
            at = i;
        }
    }
    const int to = at + step;
    if (at < 0 || to < 0 || to >= m_groups.size()) {
        return;
    }
    // Every group numbered in the new order; only those whose number changes are saved.
    QList<core::InvolvementGroup> ordered = m_groups;
    ordered.swapItemsAt(at, to);
    QList<core::InvolvementGroup> before;
    QList<core::InvolvementGroup> after;
    for (int i = 0; i < ordered.size(); ++i) {
        if (ordered.at(i).position != i + 1) {
            before << ordered.at(i);
            core::InvolvementGroup g = ordered.at(i);
            g.position = i + 1;
            after << g;
        }
    }
    core::Database* db = &m_db;
    const core::Actor actor = m_actor;
    auto saveAll = [db, actor](const QList<core::InvolvementGroup>& groups) -> core::Status {
        for (const core::InvolvementGroup& g : groups) {
            auto saved = InvolvementService(*db).saveGroup(actor, g);
            if (!saved) {
                return saved.error();
            }
        }
        return core::Status::ok();
    };
    if (core::Status s = saveAll(after); !s) {
        showProblem(s.message());
        return;
    }
    m_madeChanges = true;
    if (m_undo) {
        m_undo->push(new SavedChange(
            tr("Move group %1").arg(m_group.name), [saveAll, before] { return saveAll(before); },
            [saveAll, after] { return saveAll(after); }));
    }
    const qint64 id = m_group.id;
    reload(id);
    m_feedback->hide();
    m_table->setFocus();
}

void GroupsDialog::showProblem(const QString& message)
{
    m_feedback->setText(tr("Problem: %1").arg(message));
    setFeedbackColour(m_feedback, Feedback::Problem);
    m_feedback->show();
}

void GroupsDialog::showDone(const QString& message)
{
    m_feedback->setText(message);
    setFeedbackColour(m_feedback, Feedback::Good);
    m_feedback->show();
}

} // namespace alongside::ui
