#include "meetingdialog.h"

#include "core/auth/permissions.h"
#include "core/clients/clientservice.h"
#include "core/clock.h"
#include "core/involvement/involvementservice.h"
#include "core/services/personservice.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/involvement/attendancewords.h"
#include "ui/workforce/formdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace alongside::ui {

namespace {

using core::InvolvementService;
namespace inv = core::involvement;

constexpr int kMaxMinutes = 600;
constexpr int kMaxNameLength = 120;
constexpr int kMaxTextLength = 500;

enum AttendeeColumn
{
    NameColumn,
    StandingColumn,
    OrganisationColumn,
    AttendeeColumns
};

constexpr int kPersonRole = Qt::UserRole; // on the name item: the person's id (0: not on file)
constexpr int kEditedRole = Qt::UserRole + 1; // on the name item: the standing was changed by hand

QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QGroupBox* newBox(const QString& title, const QString& objectName, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    return box;
}

QPushButton* newButton(const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

/** Meetings compared as the form can change them (read-only names left out). */
core::Meeting comparable(core::Meeting m)
{
    m.groupName.clear();
    m.recordedBy.clear();
    for (core::MeetingAttendee& a : m.attendees) {
        a.name.clear();
    }
    for (core::MeetingDecision& x : m.decisions) {
        x.componentName.clear();
    }
    for (core::MeetingAction& a : m.actions) {
        a.ownerName.clear();
    }
    return m;
}

/**
 * Finds a person on file by name: a search field and the people whose names contain it (those
 * the user may open), for adding one attendee.
 */
class PersonPicker : public QDialog
{
public:
    PersonPicker(core::Database& db, const core::Actor& actor, QWidget* parent)
        : QDialog(parent)
        , m_db(db)
        , m_actor(actor)
    {
        setObjectName(QStringLiteral("personPickerDialog"));
        setWindowTitle(MeetingDialog::tr("Add a Person on File"));
        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("personSearchEdit"));
        m_search->setAccessibleName(MeetingDialog::tr("Name to search for"));
        m_search->setPlaceholderText(MeetingDialog::tr("Type part of their name"));
        m_search->setClearButtonEnabled(true);
        auto* searchLabel = new QLabel(MeetingDialog::tr("&Name:"), this);
        searchLabel->setBuddy(m_search);
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("personResultsList"));
        m_list->setAccessibleName(MeetingDialog::tr("People found"));
        m_status = new WrappingLabel(MeetingDialog::tr("Type at least two letters of their name."), this);
        m_status->setObjectName(QStringLiteral("personSearchStatus"));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        m_ok = buttons->button(QDialogButtonBox::Ok);
        m_ok->setObjectName(QStringLiteral("addPersonOkButton"));
        m_ok->setText(MeetingDialog::tr("&Add"));
        m_ok->setAccessibleName(MeetingDialog::tr("Add the chosen person"));
        m_ok->setEnabled(false);
        buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(MeetingDialog::tr("Close without adding"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_search, &QLineEdit::textChanged, this, [this] { search(); });
        connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_ok->setEnabled(row >= 0); });
        connect(m_list, &QListWidget::itemActivated, this, [this] { accept(); });

        auto* top = new QHBoxLayout;
        top->addWidget(searchLabel);
        top->addWidget(m_search, 1);
        auto* layout = new QVBoxLayout(this);
        layout->addLayout(top);
        layout->addWidget(m_list, 1);
        layout->addWidget(m_status);
        layout->addWidget(buttons);
        resize(440, 380);
    }

    qint64 personId() const
    {
        const QListWidgetItem* item = m_list->currentItem();
        return item ? item->data(Qt::UserRole).toLongLong() : 0;
    }

    QString name() const
    {
        const QListWidgetItem* item = m_list->currentItem();
        return item ? item->data(Qt::UserRole + 1).toString() : QString();
    }

private:
    void search()
    {
        m_list->clear();
        const QString text = m_search->text().trimmed();
        if (text.size() < 2) {
            m_status->setText(MeetingDialog::tr("Type at least two letters of their name."));
            return;
        }
        auto found = core::PersonService(m_db).find(m_actor, text);
        if (!found) {
            m_status->setText(found.message());
            return;
        }
        for (const core::PersonMatch& p : found.value()) {
            QStringList kinds;
            if (p.isClient) {
                kinds << MeetingDialog::tr("supported");
            }
            if (p.isWorker) {
                kinds << MeetingDialog::tr("volunteer or staff");
            }
            auto* item = new QListWidgetItem(
                kinds.isEmpty() ? p.name : MeetingDialog::tr("%1 (%2)").arg(p.name, kinds.join(QStringLiteral(", "))),
                m_list);
            item->setData(Qt::UserRole, p.personId);
            item->setData(Qt::UserRole + 1, p.name);
        }
        const int n = int(found.value().size());
        m_status->setText(n == 0 ? MeetingDialog::tr("No one on file has a name containing \"%1\". Someone not on "
                                                     "file can be added with Add Someone Not on File….")
                                       .arg(text)
                : n == 1 ? MeetingDialog::tr("1 person found.")
                         : MeetingDialog::tr("%1 people found.").arg(n));
        if (n > 0) {
            m_list->setCurrentRow(0);
        }
    }

    core::Database& m_db;
    core::Actor m_actor;
    QLineEdit* m_search;
    QListWidget* m_list;
    WrappingLabel* m_status;
    QPushButton* m_ok;
};

} // namespace

struct MeetingDialog::Private
{
    Q_DECLARE_TR_FUNCTIONS(alongside::ui::MeetingDialog)

public:
    Private(MeetingDialog* dialog, core::Database& database, const core::Actor& who, QUndoStack* stack, qint64 id)
        : q(dialog)
        , db(database)
        , actor(who)
        , undo(stack)
        , meetingId(id)
        , canEdit(core::Permissions::allowed(who.role, core::Permissions::Action::EditRecords))
        , today(core::Clock::instance().today())
    { }

    void build();
    QWidget* buildMeeting();
    QWidget* buildAttendees();
    QWidget* buildDecisions();
    QWidget* buildActions();
    void load(qint64 groupId);
    void show(const core::Meeting& m);

    int addAttendeeRow(const core::MeetingAttendee& a);
    void standingChanged(int row);
    void updateCount();
    void updateAttendeeTabOrder();
    void dateChanged();
    void pickPerson();
    void addSomeoneNotOnFile();
    void removeAttendee();

    void showDecisions(int select);
    void editDecision(int row);
    void removeDecision();
    void showActions(int select);
    void editAction(int row);
    void removeAction();
    QString ownerName(const core::MeetingAction& a) const;

    void updateButtons();
    void setReadOnly();
    core::Meeting fromForm() const;
    void save();

    MeetingDialog* q;
    core::Database& db;
    core::Actor actor;
    QUndoStack* undo;
    qint64 meetingId;
    bool canEdit;
    QDate today;

    std::optional<core::Meeting> loaded;
    core::Meeting initial; // the form as first filled, to tell whether anything changed
    bool loadFailed = false;
    qint64 savedId = 0;
    QString summaryText;
    QList<core::InvolvementGroup> groups;
    QList<core::ServiceComponent> components;
    QList<core::MeetingDecision> decisions;
    QList<core::MeetingAction> actions;

    QComboBox* group = nullptr;
    QDateEdit* date = nullptr;
    QSpinBox* duration = nullptr;
    QLineEdit* location = nullptr;
    QPlainTextEdit* topics = nullptr;
    QPlainTextEdit* notes = nullptr;
    QTableWidget* attendees = nullptr;
    QPushButton* addPersonButton = nullptr;
    QPushButton* addExternalButton = nullptr;
    QPushButton* removeAttendeeButton = nullptr;
    QLabel* count = nullptr;
    QTreeWidget* decisionTable = nullptr;
    QPushButton* addDecisionButton = nullptr;
    QPushButton* editDecisionButton = nullptr;
    QPushButton* removeDecisionButton = nullptr;
    QTreeWidget* actionTable = nullptr;
    QPushButton* addActionButton = nullptr;
    QPushButton* editActionButton = nullptr;
    QPushButton* removeActionButton = nullptr;
    WrappingLabel* intro = nullptr;
    FeedbackBanner* banner = nullptr;
    QPushButton* saveButton = nullptr;
    QPushButton* cancelButton = nullptr;
};

// ---- building the form -------------------------------------------------------------------------

void MeetingDialog::Private::build()
{
    intro = new WrappingLabel(tr("One meeting of a group: who came and in what capacity, what was talked about, what "
                                 "was decided and what changed because of it, and the actions agreed. Everyone's "
                                 "standing is what they were on the day of the meeting."),
        q);
    intro->setObjectName(QStringLiteral("introLabel"));

    auto* scroll = new QScrollArea(q);
    scroll->setObjectName(QStringLiteral("formArea"));
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("formPage"));
    auto* grid = new QGridLayout(page);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 2);
    grid->addWidget(buildMeeting(), 0, 0);
    grid->addWidget(buildAttendees(), 0, 1);
    grid->addWidget(buildDecisions(), 1, 0, 1, 2);
    grid->addWidget(buildActions(), 2, 0, 1, 2);
    grid->setRowStretch(3, 1);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);

    banner = new FeedbackBanner(QStringLiteral("problemLabel"), q);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, q);
    saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setText(tr("&Save"));
    saveButton->setAccessibleName(tr("Save the meeting"));
    cancelButton = buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Close without saving"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, q, &MeetingDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, q, &MeetingDialog::reject);

    auto* layout = new QVBoxLayout(q);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(banner);
    layout->addWidget(buttons);
}

QWidget* MeetingDialog::Private::buildMeeting()
{
    auto* box = newBox(tr("Meeting"), QStringLiteral("meetingBox"), q);
    group = new QComboBox(box);
    group->setObjectName(QStringLiteral("groupCombo"));
    group->setAccessibleName(tr("Group that met"));
    group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    group->setMinimumContentsLength(16);
    date = newDateEdit(tr("Date of the meeting"), today, box);
    date->setObjectName(QStringLiteral("dateEdit"));
    date->setMaximumDate(today); // a meeting is recorded once it has happened
    date->setToolTip(tr("The day the meeting took place: today or earlier."));
    date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    duration = new QSpinBox(box);
    duration->setObjectName(QStringLiteral("durationSpin"));
    duration->setAccessibleName(tr("Duration in minutes"));
    duration->setRange(5, kMaxMinutes);
    duration->setSingleStep(15);
    duration->setSuffix(tr(" minutes"));
    duration->setValue(120);
    duration->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    location = new QLineEdit(box);
    location->setObjectName(QStringLiteral("locationEdit"));
    location->setAccessibleName(tr("Where the meeting was held"));
    location->setMaxLength(kMaxNameLength);
    location->setPlaceholderText(tr("For example: the community room, or online"));
    topics = new QPlainTextEdit(box);
    topics->setObjectName(QStringLiteral("topicsEdit"));
    topics->setAccessibleName(tr("Topics, one per line"));
    topics->setPlaceholderText(tr("One topic per line"));
    topics->setTabChangesFocus(true);
    topics->setFixedHeight(topics->fontMetrics().lineSpacing() * 4 + 14);
    notes = new QPlainTextEdit(box);
    notes->setObjectName(QStringLiteral("notesEdit"));
    notes->setAccessibleName(tr("Notes of the meeting"));
    notes->setTabChangesFocus(true);
    notes->setFixedHeight(notes->fontMetrics().lineSpacing() * 4 + 14);

    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Group:"), group);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("D&uration:"), duration);
    form->addRow(tr("&Where:"), location);
    form->addRow(tr("To&pics:"), topics);
    form->addRow(tr("N&otes:"), notes);
    return box;
}

QWidget* MeetingDialog::Private::buildAttendees()
{
    auto* box = newBox(tr("Who attended"), QStringLiteral("attendeesBox"), q);
    attendees = new QTableWidget(0, AttendeeColumns, box);
    attendees->setObjectName(QStringLiteral("attendeeTable"));
    attendees->setAccessibleName(tr("Attendees"));
    attendees->setHorizontalHeaderLabels({ tr("Name"), tr("Standing at the time"), tr("Organisation") });
    attendees->setSelectionBehavior(QAbstractItemView::SelectRows);
    attendees->setSelectionMode(QAbstractItemView::SingleSelection);
    attendees->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    attendees->setTabKeyNavigation(false); // Tab leaves the table; the arrows move within it
    attendees->verticalHeader()->hide();
    attendees->verticalHeader()->setDefaultSectionSize(std::max(28, attendees->fontMetrics().height() + 14));
    attendees->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    attendees->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    attendees->horizontalHeader()->setSectionResizeMode(StandingColumn, QHeaderView::ResizeToContents);
    attendees->horizontalHeader()->setSectionResizeMode(OrganisationColumn, QHeaderView::Interactive);
    attendees->setColumnWidth(OrganisationColumn, 150);
    attendees->setMinimumHeight(150);
    attendees->setToolTip(tr("Change someone's standing with the list on their row. The organisation can be typed "
                             "for people not on file."));

    addPersonButton = newButton(tr("&Add Person…"), QStringLiteral("addPersonButton"),
        tr("Add a person on file who attended, found by name"), box);
    addExternalButton = newButton(tr("Add Someone &Not on File…"), QStringLiteral("addExternalButton"),
        tr("Add a stakeholder who is not on file, by name and organisation"), box);
    removeAttendeeButton
        = newButton(tr("&Remove"), QStringLiteral("removeAttendeeButton"), tr("Remove the selected attendee"), box);
    count = new QLabel(box);
    count->setObjectName(QStringLiteral("attendanceLabel"));
    count->setWordWrap(true);
    count->setAccessibleName(tr("Attendance by standing"));

    QObject::connect(addPersonButton, &QPushButton::clicked, q, [this] { pickPerson(); });
    QObject::connect(addExternalButton, &QPushButton::clicked, q, [this] { addSomeoneNotOnFile(); });
    QObject::connect(removeAttendeeButton, &QPushButton::clicked, q, [this] { removeAttendee(); });
    QObject::connect(attendees, &QTableWidget::itemSelectionChanged, q, [this] { updateButtons(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addPersonButton);
    buttons->addWidget(addExternalButton);
    buttons->addStretch(1);
    buttons->addWidget(removeAttendeeButton);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(attendees, 1);
    layout->addWidget(count);
    layout->addLayout(buttons);
    return box;
}

QWidget* MeetingDialog::Private::buildDecisions()
{
    auto* box = newBox(tr("Decisions, and what changed because of them"), QStringLiteral("decisionsBox"), q);
    decisionTable = newRecordTable(QStringLiteral("decisionTable"), tr("Decisions"),
        { tr("Decision"), tr("What changed because of it"), tr("Changed on"), tr("Service component") }, box);
    decisionTable->setSortingEnabled(false);
    decisionTable->setWordWrap(true);
    decisionTable->header()->setSectionResizeMode(QHeaderView::Interactive);
    decisionTable->header()->setStretchLastSection(true);
    decisionTable->setColumnWidth(0, 300);
    decisionTable->setColumnWidth(1, 300);
    decisionTable->setColumnWidth(2, 110);
    decisionTable->setMinimumHeight(110);
    addDecisionButton = newButton(tr("Add D&ecision…"), QStringLiteral("addDecisionButton"), tr("Add a decision"), box);
    editDecisionButton
        = newButton(tr("Edi&t Decision…"), QStringLiteral("editDecisionButton"), tr("Edit the selected decision"), box);
    removeDecisionButton = newButton(
        tr("Remo&ve Decision"), QStringLiteral("removeDecisionButton"), tr("Remove the selected decision"), box);
    QObject::connect(addDecisionButton, &QPushButton::clicked, q, [this] { editDecision(-1); });
    QObject::connect(editDecisionButton, &QPushButton::clicked, q,
        [this] { editDecision(decisionTable->indexOfTopLevelItem(decisionTable->currentItem())); });
    QObject::connect(decisionTable, &QTreeWidget::itemActivated, q,
        [this](QTreeWidgetItem* item) { editDecision(decisionTable->indexOfTopLevelItem(item)); });
    QObject::connect(removeDecisionButton, &QPushButton::clicked, q, [this] { removeDecision(); });
    QObject::connect(decisionTable, &QTreeWidget::itemSelectionChanged, q, [this] { updateButtons(); });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(addDecisionButton);
    buttons->addWidget(editDecisionButton);
    buttons->addWidget(removeDecisionButton);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(decisionTable, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* MeetingDialog::Private::buildActions()
{
    auto* box = newBox(tr("Actions agreed"), QStringLiteral("actionsBox"), q);
    actionTable = newRecordTable(
        QStringLiteral("actionTable"), tr("Actions agreed"), { tr("Action"), tr("Who"), tr("Due"), tr("Done") }, box);
    actionTable->setSortingEnabled(false);
    actionTable->header()->setSectionResizeMode(QHeaderView::Interactive);
    actionTable->header()->setStretchLastSection(true);
    actionTable->setColumnWidth(0, 380);
    actionTable->setColumnWidth(1, 200);
    actionTable->setColumnWidth(2, 110);
    actionTable->setMinimumHeight(110);
    addActionButton = newButton(tr("Add A&ction…"), QStringLiteral("addActionButton"), tr("Add an agreed action"), box);
    editActionButton
        = newButton(tr("Ed&it Action…"), QStringLiteral("editActionButton"), tr("Edit the selected action"), box);
    removeActionButton
        = newButton(tr("Re&move Action"), QStringLiteral("removeActionButton"), tr("Remove the selected action"), box);
    QObject::connect(addActionButton, &QPushButton::clicked, q, [this] { editAction(-1); });
    QObject::connect(editActionButton, &QPushButton::clicked, q,
        [this] { editAction(actionTable->indexOfTopLevelItem(actionTable->currentItem())); });
    QObject::connect(actionTable, &QTreeWidget::itemActivated, q,
        [this](QTreeWidgetItem* item) { editAction(actionTable->indexOfTopLevelItem(item)); });
    QObject::connect(removeActionButton, &QPushButton::clicked, q, [this] { removeAction(); });
    QObject::connect(actionTable, &QTreeWidget::itemSelectionChanged, q, [this] { updateButtons(); });

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(addActionButton);
    buttons->addWidget(editActionButton);
    buttons->addWidget(removeActionButton);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(actionTable, 1);
    layout->addLayout(buttons);
    return box;
}

// ---- loading -----------------------------------------------------------------------------------

void MeetingDialog::Private::load(qint64 groupId)
{
    InvolvementService service(db);
    auto all = service.groups(actor, true);
    if (!all) {
        loadFailed = true;
        banner->showProblem(all.message());
        return;
    }
    groups = all.value();
    auto catalogue = core::ClientService(db).components(actor, true);
    if (catalogue) {
        components = catalogue.value();
    }
    core::Meeting m;
    if (meetingId > 0) {
        auto read = service.meeting(actor, meetingId);
        if (!read) {
            loadFailed = true;
            banner->showProblem(read.message());
            return;
        }
        m = read.value();
        loaded = m;
    } else {
        m.heldOn = today;
        m.groupId = groupId;
        if (m.groupId == 0) {
            for (const core::InvolvementGroup& g : std::as_const(groups)) {
                if (g.active) {
                    m.groupId = g.id;
                    break;
                }
            }
        }
    }
    // Active groups, and a retired one only when this meeting is of it.
    for (const core::InvolvementGroup& g : std::as_const(groups)) {
        if (g.active || g.id == m.groupId) {
            group->addItem(g.active ? g.name : tr("%1 (retired)").arg(g.name), g.id);
        }
    }
    if (group->count() == 0) {
        banner->showProblem(tr("There are no groups yet. Close this form, choose Groups… on the Co-production and "
                               "Stories page and add the group that met."));
    }
    show(m);
}

void MeetingDialog::Private::show(const core::Meeting& m)
{
    group->setCurrentIndex(std::max(0, group->findData(m.groupId)));
    if (m.heldOn.isValid()) {
        date->setMaximumDate(std::max(today, m.heldOn));
        date->setDate(m.heldOn);
    }
    duration->setValue(m.durationMinutes > 0 ? m.durationMinutes : 120);
    location->setText(m.location);
    topics->setPlainText(m.topics.join(QLatin1Char('\n')));
    notes->setPlainText(m.notes);
    attendees->setRowCount(0);
    for (const core::MeetingAttendee& a : m.attendees) {
        addAttendeeRow(a);
    }
    decisions = m.decisions;
    actions = m.actions;
    showDecisions(-1);
    showActions(-1);
    updateCount();
}

// ---- attendees ---------------------------------------------------------------------------------

int MeetingDialog::Private::addAttendeeRow(const core::MeetingAttendee& a)
{
    const int row = attendees->rowCount();
    attendees->insertRow(row);
    const QString name = a.isExternal() ? a.externalName : a.name;
    auto* nameItem = new QTableWidgetItem(name);
    nameItem->setToolTip(a.isExternal() ? tr("%1 is not on file: recorded by name and organisation.").arg(name)
                                        : tr("%1 is on file.").arg(name));
    nameItem->setData(kPersonRole, a.personId);
    nameItem->setData(kEditedRole, meetingId > 0); // a saved standing is not worked out again
    nameItem->setData(Qt::UserRole + 2, name);
    nameItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    attendees->setItem(row, NameColumn, nameItem);

    auto* standing = new QComboBox(attendees);
    standing->setObjectName(QStringLiteral("standingCombo%1").arg(row));
    standing->setAccessibleName(tr("Standing of %1 at the time").arg(name));
    for (const QString& key : InvolvementService::standingKeys()) {
        standing->addItem(InvolvementService::standingName(key), key);
    }
    standing->setCurrentIndex(std::max(0, standing->findData(a.standing)));
    // Someone not on file is a stakeholder: that is all the record can say about them.
    standing->setEnabled(!a.isExternal() && canEdit && !loadFailed);
    if (a.isExternal()) {
        standing->setToolTip(tr("Someone not on file is recorded as a stakeholder."));
    }
    attendees->setCellWidget(row, StandingColumn, standing);
    QObject::connect(standing, &QComboBox::currentIndexChanged, q, [this, standing] {
        for (int r = 0; r < attendees->rowCount(); ++r) {
            if (attendees->cellWidget(r, StandingColumn) == standing) {
                standingChanged(r);
            }
        }
    });

    auto* organisation = new QTableWidgetItem(a.organisation);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (a.isExternal() && canEdit && !loadFailed) {
        flags |= Qt::ItemIsEditable;
        organisation->setToolTip(tr("Double-click or press F2 to change the organisation."));
    }
    organisation->setFlags(flags);
    attendees->setItem(row, OrganisationColumn, organisation);
    return row;
}

void MeetingDialog::Private::standingChanged(int row)
{
    if (QTableWidgetItem* item = attendees->item(row, NameColumn)) {
        item->setData(kEditedRole, true);
    }
    updateCount();
}

void MeetingDialog::Private::updateCount()
{
    QMap<QString, int> byStanding;
    for (int r = 0; r < attendees->rowCount(); ++r) {
        if (auto* combo = qobject_cast<QComboBox*>(attendees->cellWidget(r, StandingColumn))) {
            ++byStanding[combo->currentData().toString()];
        }
    }
    count->setText(attendancewords::attendingSentence(byStanding));
    updateAttendeeTabOrder();
    updateButtons();
}

void MeetingDialog::Private::updateAttendeeTabOrder()
{
    // Tab goes from the table through each row's standing, in order, then on to the buttons under it.
    QWidget* previous = attendees;
    for (int r = 0; r < attendees->rowCount(); ++r) {
        if (QWidget* combo = attendees->cellWidget(r, StandingColumn)) {
            QWidget::setTabOrder(previous, combo);
            previous = combo;
        }
    }
    QWidget::setTabOrder(previous, addPersonButton);
}

void MeetingDialog::Private::dateChanged()
{
    // The standings filled in for the old date are worked out again, unless someone chose them.
    for (int r = 0; r < attendees->rowCount(); ++r) {
        QTableWidgetItem* item = attendees->item(r, NameColumn);
        const qint64 personId = item->data(kPersonRole).toLongLong();
        if (personId == 0 || item->data(kEditedRole).toBool()) {
            continue;
        }
        auto standing = InvolvementService(db).standingOn(actor, personId, date->date());
        if (standing) {
            auto* combo = qobject_cast<QComboBox*>(attendees->cellWidget(r, StandingColumn));
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(std::max(0, combo->findData(standing.value())));
        }
    }
    updateCount();
}

void MeetingDialog::Private::pickPerson()
{
    PersonPicker picker(db, actor, q);
    if (picker.exec() == QDialog::Accepted && picker.personId() > 0) {
        q->addPerson(picker.personId(), picker.name());
    }
}

void MeetingDialog::Private::addSomeoneNotOnFile()
{
    FormDialog dialog(tr("Add Someone Not on File"), tr("&Add"), q);
    dialog.setObjectName(QStringLiteral("externalAttendeeDialog"));
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("externalNameEdit"));
    name->setAccessibleName(tr("Their name"));
    name->setMaxLength(kMaxNameLength);
    auto* organisation = new QLineEdit(&dialog);
    organisation->setObjectName(QStringLiteral("externalOrganisationEdit"));
    organisation->setAccessibleName(tr("Their organisation"));
    organisation->setMaxLength(kMaxNameLength);
    organisation->setPlaceholderText(tr("For example: the local NHS trust, or a family member"));
    auto* note = new WrappingLabel(tr("For partners, commissioners, family members and others who are not on file. "
                                      "They are recorded as stakeholders."),
        &dialog);
    dialog.form()->addRow(note);
    dialog.form()->addRow(tr("&Name:"), name);
    dialog.form()->addRow(tr("&Organisation:"), organisation);
    dialog.setSave([&] {
        if (name->text().trimmed().isEmpty()) {
            name->setFocus();
            return core::Status(core::invalidInput(tr("Type their name.")));
        }
        if (!q->addExternal(name->text().trimmed(), organisation->text().trimmed())) {
            return core::Status(core::invalidInput(banner->label()->text()));
        }
        return core::Status::ok();
    });
    dialog.resize(480, dialog.sizeHint().height());
    dialog.exec();
}

void MeetingDialog::Private::removeAttendee()
{
    const int row = attendees->currentRow();
    if (!canEdit || row < 0) {
        return;
    }
    attendees->removeRow(row);
    // The combos' names follow their rows.
    for (int r = 0; r < attendees->rowCount(); ++r) {
        attendees->cellWidget(r, StandingColumn)->setObjectName(QStringLiteral("standingCombo%1").arg(r));
    }
    if (attendees->rowCount() > 0) {
        attendees->selectRow(std::min(row, attendees->rowCount() - 1));
    }
    updateCount();
}

// ---- decisions and actions ---------------------------------------------------------------------

void MeetingDialog::Private::showDecisions(int select)
{
    decisionTable->clear();
    for (const core::MeetingDecision& x : std::as_const(decisions)) {
        auto* item = new QTreeWidgetItem(decisionTable,
            { x.description, x.hasChange() ? x.changeMade : tr("Nothing has changed yet"), shortDate(x.changedOn),
                x.componentName });
        item->setToolTip(0, x.description);
        item->setToolTip(1, x.changeMade);
    }
    if (select >= 0 && select < decisionTable->topLevelItemCount()) {
        decisionTable->setCurrentItem(decisionTable->topLevelItem(select));
    }
    updateButtons();
}

void MeetingDialog::Private::editDecision(int row)
{
    if (!canEdit || loadFailed) {
        return;
    }
    const bool adding = row < 0 || row >= decisions.size();
    core::MeetingDecision decision = adding ? core::MeetingDecision {} : decisions.at(row);
    FormDialog dialog(adding ? tr("Add a Decision") : tr("Edit a Decision"), adding ? tr("&Add") : tr("&Save"), q);
    dialog.setObjectName(QStringLiteral("decisionDialog"));
    auto* description = new QPlainTextEdit(decision.description, &dialog);
    description->setObjectName(QStringLiteral("decisionEdit"));
    description->setAccessibleName(tr("What was decided"));
    description->setTabChangesFocus(true);
    description->setPlaceholderText(tr("For example: run the Tuesday group in the evening as well"));
    auto* change = new QPlainTextEdit(decision.changeMade, &dialog);
    change->setObjectName(QStringLiteral("changeEdit"));
    change->setAccessibleName(tr("What changed because of it"));
    change->setTabChangesFocus(true);
    change->setPlaceholderText(tr("Leave empty until something has changed"));
    auto* changedOn = new OptionalDateEdit(tr("Changed on:"), tr("Date the service changed"), &dialog);
    changedOn->setObjectName(QStringLiteral("changedOnEdit"));
    changedOn->dateEdit()->setDateRange(
        decision.changedOn.isValid() ? std::min(date->date(), decision.changedOn) : date->date(),
        std::max(today, decision.changedOn)); // on or after the meeting
    changedOn->setDefaultDate(today);
    changedOn->setDate(decision.changedOn);
    auto* component = new QComboBox(&dialog);
    component->setObjectName(QStringLiteral("componentCombo"));
    component->setAccessibleName(tr("Service component the change was to"));
    component->addItem(tr("None in particular"), qint64(0));
    for (const core::ServiceComponent& c : std::as_const(components)) {
        if (c.active || c.id == decision.componentId) {
            component->addItem(c.name, c.id);
        }
    }
    component->setCurrentIndex(std::max(0, component->findData(decision.componentId)));
    for (QPlainTextEdit* edit : { description, change }) {
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
    }
    dialog.form()->addRow(tr("&Decision:"), description);
    dialog.form()->addRow(tr("What &changed:"), change);
    dialog.form()->addRow(tr("Changed &on:"), changedOn);
    dialog.form()->addRow(tr("Service co&mponent:"), component);
    if (auto* label = qobject_cast<QLabel*>(dialog.form()->labelForField(changedOn))) {
        label->setBuddy(changedOn->checkBox());
    }
    dialog.setSave([&] {
        decision.description = description->toPlainText().trimmed();
        if (decision.description.isEmpty()) {
            description->setFocus();
            return core::Status(core::invalidInput(tr("Say what was decided.")));
        }
        if (decision.description.size() > kMaxTextLength) {
            description->setFocus();
            return core::Status(core::invalidInput(tr("The decision is %1 characters long; keep it to %2.")
                                                       .arg(decision.description.size())
                                                       .arg(kMaxTextLength)));
        }
        decision.changeMade = change->toPlainText().trimmed();
        decision.changedOn = changedOn->date();
        if (decision.hasChange() && !decision.changedOn.isValid()) {
            changedOn->checkBox()->setFocus();
            return core::Status(core::invalidInput(tr("Say when the service changed: tick Changed on and choose the "
                                                      "date, or leave What changed empty until it has.")));
        }
        if (!decision.hasChange() && decision.changedOn.isValid()) {
            change->setFocus();
            return core::Status(core::invalidInput(
                tr("Say what changed because of the decision, or untick Changed on until something has.")));
        }
        decision.componentId = component->currentData().toLongLong();
        decision.componentName = decision.componentId > 0 ? component->currentText() : QString();
        return core::Status::ok();
    });
    dialog.resize(560, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (adding) {
        decisions << decision;
        row = int(decisions.size()) - 1;
    } else {
        decisions[row] = decision;
    }
    showDecisions(row);
}

void MeetingDialog::Private::removeDecision()
{
    const int row = decisionTable->indexOfTopLevelItem(decisionTable->currentItem());
    if (!canEdit || row < 0 || row >= decisions.size()) {
        return;
    }
    decisions.removeAt(row);
    showDecisions(std::min(row, int(decisions.size()) - 1));
}

QString MeetingDialog::Private::ownerName(const core::MeetingAction& a) const
{
    if (a.ownerPersonId > 0) {
        for (int r = 0; r < attendees->rowCount(); ++r) {
            const QTableWidgetItem* item = attendees->item(r, NameColumn);
            if (item->data(kPersonRole).toLongLong() == a.ownerPersonId) {
                return item->data(Qt::UserRole + 2).toString();
            }
        }
        return a.ownerName;
    }
    return a.ownerText;
}

void MeetingDialog::Private::showActions(int select)
{
    actionTable->clear();
    for (const core::MeetingAction& a : std::as_const(actions)) {
        auto* item = new QTreeWidgetItem(actionTable,
            { a.description, ownerName(a), shortDate(a.dueOn, tr("No date")),
                a.isOpen() ? tr("Open") : tr("Done %1").arg(shortDate(a.doneOn)) });
        item->setToolTip(0, a.description);
    }
    if (select >= 0 && select < actionTable->topLevelItemCount()) {
        actionTable->setCurrentItem(actionTable->topLevelItem(select));
    }
    updateButtons();
}

void MeetingDialog::Private::editAction(int row)
{
    if (!canEdit || loadFailed) {
        return;
    }
    const bool adding = row < 0 || row >= actions.size();
    core::MeetingAction action = adding ? core::MeetingAction {} : actions.at(row);
    FormDialog dialog(
        adding ? tr("Add an Agreed Action") : tr("Edit an Agreed Action"), adding ? tr("&Add") : tr("&Save"), q);
    dialog.setObjectName(QStringLiteral("actionDialog"));
    auto* description = new QLineEdit(action.description, &dialog);
    description->setObjectName(QStringLiteral("actionDescriptionEdit"));
    description->setAccessibleName(tr("What was agreed"));
    description->setMaxLength(kMaxTextLength);
    description->setPlaceholderText(tr("For example: ask the council about the room"));
    auto* owner = new QComboBox(&dialog);
    owner->setObjectName(QStringLiteral("actionOwnerCombo"));
    owner->setAccessibleName(tr("Who will do it"));
    owner->setEditable(true);
    owner->setInsertPolicy(QComboBox::NoInsert);
    owner->lineEdit()->setPlaceholderText(tr("Choose someone who attended, or type a name"));
    owner->completer()->setCompletionMode(QCompleter::PopupCompletion);
    owner->completer()->setFilterMode(Qt::MatchContains);
    owner->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    for (int r = 0; r < attendees->rowCount(); ++r) {
        const QTableWidgetItem* item = attendees->item(r, NameColumn);
        const qint64 personId = item->data(kPersonRole).toLongLong();
        if (personId > 0) {
            owner->addItem(item->data(Qt::UserRole + 2).toString(), personId);
        }
    }
    if (action.ownerPersonId > 0 && owner->findData(action.ownerPersonId) < 0) {
        owner->addItem(action.ownerName, action.ownerPersonId);
    }
    if (action.ownerPersonId > 0) {
        owner->setCurrentIndex(owner->findData(action.ownerPersonId));
    } else {
        owner->setCurrentIndex(-1);
        owner->setEditText(action.ownerText);
    }
    auto* due = new OptionalDateEdit(tr("Agreed:"), tr("Due date"), &dialog);
    due->setObjectName(QStringLiteral("actionDueEdit"));
    due->setDefaultDate(date->date().addMonths(1));
    due->setDate(action.dueOn);
    auto* done = new OptionalDateEdit(tr("Done:"), tr("Date done"), &dialog);
    done->setObjectName(QStringLiteral("actionDoneEdit"));
    done->dateEdit()->setDateRange(action.doneOn.isValid() ? std::min(date->date(), action.doneOn) : date->date(),
        std::max(today, action.doneOn)); // on or after the meeting
    done->setDefaultDate(today);
    done->setDate(action.doneOn);
    dialog.form()->addRow(tr("&What:"), description);
    dialog.form()->addRow(tr("W&ho:"), owner);
    dialog.form()->addRow(tr("D&ue:"), due);
    dialog.form()->addRow(tr("D&one:"), done);
    for (OptionalDateEdit* field : { due, done }) {
        if (auto* label = qobject_cast<QLabel*>(dialog.form()->labelForField(field))) {
            label->setBuddy(field->checkBox());
        }
    }
    dialog.setSave([&] {
        action.description = description->text().trimmed();
        if (action.description.isEmpty()) {
            description->setFocus();
            return core::Status(core::invalidInput(tr("Say what was agreed, for example: ask the council about the "
                                                      "room.")));
        }
        const QString text = owner->currentText().trimmed();
        const int index = owner->findText(text, Qt::MatchFixedString);
        action.ownerPersonId = index >= 0 ? owner->itemData(index).toLongLong() : 0;
        action.ownerText = action.ownerPersonId > 0 ? QString() : text;
        action.ownerName = action.ownerPersonId > 0 ? owner->itemText(index) : text;
        action.dueOn = due->date();
        action.doneOn = done->date();
        return core::Status::ok();
    });
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (adding) {
        actions << action;
        row = int(actions.size()) - 1;
    } else {
        actions[row] = action;
    }
    showActions(row);
}

void MeetingDialog::Private::removeAction()
{
    const int row = actionTable->indexOfTopLevelItem(actionTable->currentItem());
    if (!canEdit || row < 0 || row >= actions.size()) {
        return;
    }
    actions.removeAt(row);
    showActions(std::min(row, int(actions.size()) - 1));
}

// ---- the whole form ----------------------------------------------------------------------------

void MeetingDialog::Private::updateButtons()
{
    const bool editable = canEdit && !loadFailed;
    addPersonButton->setEnabled(editable);
    addExternalButton->setEnabled(editable);
    removeAttendeeButton->setEnabled(editable && attendees->currentRow() >= 0);
    addDecisionButton->setEnabled(editable);
    const bool decision = decisionTable->currentItem() != nullptr;
    editDecisionButton->setEnabled(editable && decision);
    removeDecisionButton->setEnabled(editable && decision);
    addActionButton->setEnabled(editable);
    const bool action = actionTable->currentItem() != nullptr;
    editActionButton->setEnabled(editable && action);
    removeActionButton->setEnabled(editable && action);
    saveButton->setVisible(editable);
}

void MeetingDialog::Private::setReadOnly()
{
    group->setEnabled(false);
    date->setReadOnly(true);
    duration->setReadOnly(true);
    location->setReadOnly(true);
    topics->setReadOnly(true);
    notes->setReadOnly(true);
    attendees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QPushButton* b : { addPersonButton, addExternalButton, removeAttendeeButton, addDecisionButton,
             editDecisionButton, removeDecisionButton, addActionButton, editActionButton, removeActionButton }) {
        b->hide();
    }
    cancelButton->setText(tr("&Close"));
    cancelButton->setAccessibleName(tr("Close the meeting record"));
}

core::Meeting MeetingDialog::Private::fromForm() const
{
    core::Meeting m = loaded.value_or(core::Meeting {});
    m.id = loaded ? loaded->id : 0;
    m.groupId = group->currentData().toLongLong();
    m.groupName = group->currentIndex() >= 0 ? group->currentText() : QString();
    m.heldOn = date->date();
    m.durationMinutes = duration->value();
    m.location = location->text().trimmed();
    m.topics.clear();
    for (const QString& line : topics->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty()) {
            m.topics << line.trimmed();
        }
    }
    m.notes = notes->toPlainText().trimmed();
    m.attendees.clear();
    for (int r = 0; r < attendees->rowCount(); ++r) {
        const QTableWidgetItem* item = attendees->item(r, NameColumn);
        core::MeetingAttendee a;
        a.personId = item->data(kPersonRole).toLongLong();
        a.name = item->data(Qt::UserRole + 2).toString();
        a.externalName = a.personId > 0 ? QString() : a.name;
        a.organisation = attendees->item(r, OrganisationColumn)->text().trimmed();
        auto* combo = qobject_cast<QComboBox*>(attendees->cellWidget(r, StandingColumn));
        a.standing = combo->currentData().toString();
        m.attendees << a;
    }
    m.decisions = decisions;
    m.actions = actions;
    return m;
}

void MeetingDialog::Private::save()
{
    if (!canEdit || loadFailed) {
        return;
    }
    core::Meeting after = fromForm();
    const QString day = longDate(after.heldOn);
    if (loaded && comparable(after) == comparable(*loaded)) {
        summaryText = tr("Nothing was changed in the meeting of %1.").arg(day);
        q->QDialog::accept();
        return;
    }
    if (core::Status s = InvolvementService::validate(after, today); !s) {
        banner->showProblem(s.message());
        if (after.attendees.isEmpty()) {
            addPersonButton->setFocus(Qt::OtherFocusReason);
        } else if (after.heldOn > today) {
            date->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    auto id = InvolvementService(db).saveMeeting(actor, after);
    if (!id) {
        banner->showProblem(id.message());
        return;
    }
    // Read back, so that undo and redo put back exactly what was saved (decision and action ids too).
    auto saved = InvolvementService(db).meeting(actor, id.value());
    if (saved) {
        after = saved.value();
    } else {
        after.id = id.value();
    }
    savedId = after.id;
    const QString what = after.groupName.isEmpty() ? tr("The meeting") : after.groupName;
    const int n = int(after.attendees.size());
    const QString people = n == 1 ? tr("1 person attending") : tr("%1 people attending").arg(n);
    summaryText = loaded ? tr("Saved the changes to %1 on %2 (%3).").arg(what, day, people)
                         : tr("Saved: %1 on %2, with %3.").arg(what, day, people);
    core::Database* database = &db;
    const core::Actor who = actor;
    pushSaved<core::Meeting>(
        undo, loaded ? tr("Change the meeting of %1").arg(day) : tr("Record the meeting of %1").arg(day), loaded, after,
        [database, who](const core::Meeting& m) { return InvolvementService(*database).saveMeeting(who, m); },
        [database, who](qint64 removed) { return InvolvementService(*database).removeMeeting(who, removed); });
    initial = fromForm();
    q->QDialog::accept();
}

// ---- the dialog --------------------------------------------------------------------------------

MeetingDialog::MeetingDialog(
    core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 meetingId, qint64 groupId, QWidget* parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, db, actor, undo, meetingId))
{
    setObjectName(QStringLiteral("meetingDialog"));
    setWindowTitle(meetingId > 0 ? tr("Meeting") : tr("Record a Meeting"));
    d->build();
    d->load(groupId);
    if (d->loaded) {
        setWindowTitle(tr("Meeting — %1, %2").arg(d->loaded->groupName, shortDate(d->loaded->heldOn)));
    }
    connect(d->date, &QDateEdit::dateChanged, this, [this] { d->dateChanged(); });

    if (!d->canEdit || d->loadFailed) {
        d->setReadOnly();
        for (int r = 0; r < d->attendees->rowCount(); ++r) {
            d->attendees->cellWidget(r, StandingColumn)->setEnabled(false);
        }
        if (!d->canEdit && !d->loadFailed) {
            d->banner->showProblem(core::Permissions::require(actor, core::Permissions::Action::EditRecords).message());
        }
    }
    d->updateButtons();
    d->initial = d->fromForm();

    QWidget::setTabOrder(d->group, d->date);
    QWidget::setTabOrder(d->date, d->duration);
    QWidget::setTabOrder(d->duration, d->location);
    QWidget::setTabOrder(d->location, d->topics);
    QWidget::setTabOrder(d->topics, d->notes);
    QWidget::setTabOrder(d->notes, d->attendees);
    QWidget::setTabOrder(d->attendees, d->addPersonButton);
    QWidget::setTabOrder(d->addPersonButton, d->addExternalButton);
    QWidget::setTabOrder(d->addExternalButton, d->removeAttendeeButton);
    QWidget::setTabOrder(d->removeAttendeeButton, d->decisionTable);
    QWidget::setTabOrder(d->decisionTable, d->addDecisionButton);
    QWidget::setTabOrder(d->addDecisionButton, d->editDecisionButton);
    QWidget::setTabOrder(d->editDecisionButton, d->removeDecisionButton);
    QWidget::setTabOrder(d->removeDecisionButton, d->actionTable);
    QWidget::setTabOrder(d->actionTable, d->addActionButton);
    QWidget::setTabOrder(d->addActionButton, d->editActionButton);
    QWidget::setTabOrder(d->editActionButton, d->removeActionButton);
    QWidget::setTabOrder(d->removeActionButton, d->saveButton);
    QWidget::setTabOrder(d->saveButton, d->cancelButton);

    // Fits a 1024 x 700 screen (title bar included); the form scrolls within it.
    QSize size(1000, 660);
    if (const QScreen* s = screen()) {
        size = size.boundedTo(s->availableGeometry().size() - QSize(24, 60));
    }
    resize(size);
    d->group->setFocus();
}

MeetingDialog::~MeetingDialog() = default;

qint64 MeetingDialog::savedId() const
{
    return d->savedId;
}

QString MeetingDialog::summary() const
{
    return d->summaryText;
}

core::Meeting MeetingDialog::meetingInForm() const
{
    return d->fromForm();
}

bool MeetingDialog::hasUnsavedChanges() const
{
    return d->canEdit && !d->loadFailed && comparable(d->fromForm()) != comparable(d->initial);
}

bool MeetingDialog::addPerson(qint64 personId, const QString& name)
{
    if (!d->canEdit || d->loadFailed || personId <= 0) {
        return false;
    }
    for (int r = 0; r < d->attendees->rowCount(); ++r) {
        if (d->attendees->item(r, NameColumn)->data(kPersonRole).toLongLong() == personId) {
            d->banner->showProblem(tr("%1 is on the list already.").arg(name));
            d->attendees->selectRow(r);
            return false;
        }
    }
    auto standing = InvolvementService(d->db).standingOn(d->actor, personId, d->date->date());
    if (!standing) {
        d->banner->showProblem(standing.message());
        return false;
    }
    core::MeetingAttendee a;
    a.personId = personId;
    a.name = name;
    a.standing = standing.value();
    const int row = d->addAttendeeRow(a);
    d->attendees->item(row, NameColumn)->setData(kEditedRole, false);
    d->attendees->selectRow(row);
    d->banner->hide();
    d->updateCount();
    return true;
}

bool MeetingDialog::addExternal(const QString& name, const QString& organisation)
{
    if (!d->canEdit || d->loadFailed || name.trimmed().isEmpty()) {
        return false;
    }
    for (int r = 0; r < d->attendees->rowCount(); ++r) {
        const QTableWidgetItem* item = d->attendees->item(r, NameColumn);
        if (item->data(kPersonRole).toLongLong() == 0
            && item->data(Qt::UserRole + 2).toString().compare(name.trimmed(), Qt::CaseInsensitive) == 0
            && d->attendees->item(r, OrganisationColumn)->text().compare(organisation.trimmed(), Qt::CaseInsensitive)
                == 0) {
            d->banner->showProblem(tr("%1 is on the list already.").arg(name.trimmed()));
            return false;
        }
    }
    core::MeetingAttendee a;
    a.externalName = name.trimmed();
    a.organisation = organisation.trimmed();
    a.standing = QString::fromLatin1(inv::kStakeholder);
    const int row = d->addAttendeeRow(a);
    d->attendees->selectRow(row);
    d->banner->hide();
    d->updateCount();
    return true;
}

QTableWidget* MeetingDialog::attendeeTable() const
{
    return d->attendees;
}

QTreeWidget* MeetingDialog::decisionTable() const
{
    return d->decisionTable;
}

QTreeWidget* MeetingDialog::actionTable() const
{
    return d->actionTable;
}

QComboBox* MeetingDialog::standingCombo(int row) const
{
    return qobject_cast<QComboBox*>(d->attendees->cellWidget(row, StandingColumn));
}

QLabel* MeetingDialog::attendanceLabel() const
{
    return d->count;
}

QDateEdit* MeetingDialog::dateEdit() const
{
    return d->date;
}

void MeetingDialog::accept()
{
    d->save();
}

void MeetingDialog::reject()
{
    if (hasUnsavedChanges()
        && !prompts::confirm(this, tr("Discard Changes?"),
            tr("The changes to this meeting are not saved. Discard them, or go back and save them?"),
            tr("Discard Changes"))) {
        return;
    }
    QDialog::reject();
}

} // namespace alongside::ui
