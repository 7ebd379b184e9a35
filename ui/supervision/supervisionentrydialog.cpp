#include "supervisionentrydialog.h"

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/services/settingsservice.h"
#include "core/supervision/supervisionreport.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/feedback.h"
#include "ui/common/fonts.h"
#include "ui/common/printing.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/formdialog.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

namespace {

using core::SupervisionService;
namespace sv = core::supervision;

constexpr int kMaxMinutes = 600;
constexpr int kNotAsked = -1; // the spin boxes' "Not asked"
constexpr int kMaxNameLength = 120;
constexpr int kMaxActionLength = 300;

bool isGroupKind(const QString& kind)
{
    return kind == QLatin1String(sv::kGroupReflective);
}

/** Workers who may take part in supervision now: active, or in training. */
bool isCurrentStatus(const QString& status)
{
    return status == QLatin1String("active") || status == QLatin1String("in_training");
}

QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

/** "Asha", "Asha and Ben", "Asha, Ben and Chidi". */
QString namesInWords(const QStringList& names)
{
    if (names.isEmpty()) {
        return QString();
    }
    if (names.size() == 1) {
        return names.first();
    }
    return SupervisionEntryDialog::tr("%1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

/** Names shown in a label with mnemonics: a literal "&" must be doubled. */
QString escapedForLabel(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

/** An editable combo that finds a worker by any part of their name as it is typed. */
QComboBox* newPersonCombo(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setMaxVisibleItems(15);
    combo->setMinimumContentsLength(16);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->lineEdit()->setPlaceholderText(SupervisionEntryDialog::tr("Type part of a name, or choose"));
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    return combo;
}

/** The worker a person combo names: the item whose text the field shows exactly; 0 if none. */
qint64 chosenWorker(const QComboBox* combo)
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty()) {
        return 0;
    }
    const int current = combo->currentIndex();
    if (current >= 0 && combo->itemText(current) == text) {
        return combo->itemData(current).toLongLong();
    }
    const int match = combo->findText(text, Qt::MatchFixedString);
    return match >= 0 ? combo->itemData(match).toLongLong() : 0;
}

void chooseWorker(QComboBox* combo, qint64 workerId)
{
    const int index = workerId > 0 ? combo->findData(workerId) : -1;
    combo->setCurrentIndex(index);
    if (index < 0) {
        combo->setEditText(QString());
    }
}

QSpinBox* newWellbeingSpin(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(kNotAsked, 10);
    spin->setSpecialValueText(SupervisionEntryDialog::tr("Not asked"));
    spin->setValue(kNotAsked);
    spin->setToolTip(
        SupervisionEntryDialog::tr("0: very low, 10: very good. \"Not asked\" (below 0) when it was not asked."));
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return spin;
}

std::optional<int> wellbeingOf(const QSpinBox* spin)
{
    return spin->value() == kNotAsked ? std::nullopt : std::optional<int>(spin->value());
}

bool hasAnySignOff(const core::SupervisionEntry& e)
{
    if (e.supervisorSignedOn.isValid()) {
        return true;
    }
    return std::any_of(e.attendees.cbegin(), e.attendees.cend(),
        [](const core::SupervisionAttendee& a) { return a.signedOn.isValid(); });
}

/**
 * Whether two records say the same, leaving out who has signed and which actions are done (so
 * that sign-offs and ticking off actions are not themselves "changes to the content").
 */
bool sameContent(const core::SupervisionEntry& a, const core::SupervisionEntry& b)
{
    if (a.heldOn != b.heldOn || a.durationMinutes != b.durationMinutes || a.kind != b.kind || a.format != b.format
        || a.supervisorWorkerId != b.supervisorWorkerId || a.externalSupervisor != b.externalSupervisor
        || a.supervisorKind != b.supervisorKind || a.summary.trimmed() != b.summary.trimmed()) {
        return false;
    }
    if (a.privateNotes && b.privateNotes && a.privateNotes->trimmed() != b.privateNotes->trimmed()) {
        return false;
    }
    QList<qint64> themesA = a.themeIds;
    QList<qint64> themesB = b.themeIds;
    std::sort(themesA.begin(), themesA.end());
    std::sort(themesB.begin(), themesB.end());
    if (themesA != themesB || a.attendees.size() != b.attendees.size() || a.actions.size() != b.actions.size()) {
        return false;
    }
    for (int i = 0; i < a.attendees.size(); ++i) {
        const core::SupervisionAttendee& x = a.attendees.at(i);
        const core::SupervisionAttendee& y = b.attendees.at(i);
        if (x.workerId != y.workerId || x.wellbeingIn != y.wellbeingIn || x.wellbeingOut != y.wellbeingOut) {
            return false;
        }
    }
    for (int i = 0; i < a.actions.size(); ++i) {
        const core::SupervisionAction& x = a.actions.at(i);
        const core::SupervisionAction& y = b.actions.at(i);
        if (x.id != y.id || x.description != y.description || x.ownerWorkerId != y.ownerWorkerId
            || x.ownerText != y.ownerText || x.dueOn != y.dueOn) {
            return false;
        }
    }
    return true;
}

/** Everything the form can change is as it was: content, sign-offs and done dates. */
bool sameRecord(const core::SupervisionEntry& a, const core::SupervisionEntry& b)
{
    if (!sameContent(a, b) || a.supervisorSignedOn != b.supervisorSignedOn) {
        return false;
    }
    for (int i = 0; i < a.attendees.size(); ++i) {
        if (a.attendees.at(i).signedOn != b.attendees.at(i).signedOn) {
            return false;
        }
    }
    for (int i = 0; i < a.actions.size(); ++i) {
        if (a.actions.at(i).doneOn != b.actions.at(i).doneOn) {
            return false;
        }
    }
    return true;
}

/**
 * Keeps the mouse wheel for scrolling the form: a spin box, combo or date the pointer passes over
 * while the form scrolls is not changed unless it has the keyboard's focus.
 */
class WheelGuard : public QObject
{
public:
    WheelGuard(QScrollArea* area, QObject* parent)
        : QObject(parent)
        , m_area(area)
    { }

    void watch(QWidget* w)
    {
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto* w = qobject_cast<QWidget*>(watched);
            if (w && !w->hasFocus()) {
                QCoreApplication::sendEvent(m_area->verticalScrollBar(), event);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QScrollArea* m_area;
};

QGroupBox* newGroup(const QString& title, const QString& objectName, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setObjectName(objectName);
    return box;
}

QFormLayout* newForm(QWidget* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

} // namespace

struct SupervisionEntryDialog::Private
{
    Q_DECLARE_TR_FUNCTIONS(alongside::ui::SupervisionEntryDialog)

public:
    /** One person supervised, as shown: their check-in, check-out and sign-off. */
    struct Line
    {
        qint64 workerId = 0;
        QLabel* name = nullptr;
        QSpinBox* in = nullptr;
        QSpinBox* out = nullptr;
        QCheckBox* signedBox = nullptr;
    };

    Private(
        SupervisionEntryDialog* dialog, core::Database& database, const core::Actor& who, QUndoStack* stack, qint64 id)
        : q(dialog)
        , db(database)
        , actor(who)
        , undo(stack)
        , entryId(id)
        , canRecord(core::Permissions::allowed(who.role, core::Permissions::Action::RecordSupervision))
        , today(core::Clock::instance().today())
    { }

    void build();
    QWidget* buildSession();
    QWidget* buildSupervisor();
    QWidget* buildPeople();
    QWidget* buildThemes();
    QWidget* buildWriting();
    QWidget* buildActions();
    QWidget* buildSignOff();

    void readLists();
    void load(const QList<qint64>& superviseeIds);
    void showEntry(const core::SupervisionEntry& e);
    void fillThemes(const QList<qint64>& ticked);

    QString nameOf(qint64 workerId) const;
    bool holdsPeerRole(qint64 workerId) const;
    qint64 supervisorInForm() const;
    bool userIsPartyInForm() const;
    bool notesShown() const;

    void kindChanged();
    void supervisorChanged();
    void readSupervisees();
    void fillPeopleChoices();
    void peopleListChanged(QListWidgetItem* item);
    void oneChanged();
    void addSupervisorsSupervisees();
    void applyFilter();
    void collectLines();
    void rebuildLines();
    void updatePeopleCount();
    void updateNotes();
    void updateSignOffStatus();
    void clearSignOffs();
    void changed();
    void updateButtons();
    void updateTabOrder();

    void showActions(int select);
    void editAction(int row);
    void markActionDone();
    void removeAction();
    QString ownerName(const core::SupervisionAction& a) const;

    core::SupervisionEntry fromForm() const;
    void focusFor();
    void save();
    void removeRecord();
    void print();

    SupervisionEntryDialog* q;
    core::Database& db;
    core::Actor actor;
    QUndoStack* undo;
    qint64 entryId;
    bool canRecord;
    QDate today;

    std::optional<core::SupervisionEntry> loaded; // as read, for an existing record
    bool loadFailed = false;
    bool filling = true; // while the form is filled in by the dialog, not the user
    bool signOffsCleared = false;
    qint64 shownSupervisor = -1; // the supervisor the people lists were last filled for
    qint64 savedId = 0;
    QString summaryText;

    QList<core::WorkerSummary> workers; // everyone on file, by sortName
    QHash<qint64, int> workerIndex;
    QSet<qint64> peerRoleTypes;
    QList<core::SupervisionTheme> themes; // with retired ones
    QList<qint64> supervisees; // current supervisees of the supervisor in the form
    QList<qint64> chosen; // people supervised, in the order chosen
    QHash<qint64, core::SupervisionAttendee> lineValues; // kept while someone is unticked and ticked again
    QList<Line> lines;
    QList<QWidget*> lineWidgets;
    QList<core::SupervisionAction> actions;

    // Session.
    QComboBox* kind = nullptr;
    QDateEdit* date = nullptr;
    QSpinBox* duration = nullptr;
    QComboBox* format = nullptr;
    // Supervisor.
    QRadioButton* supervisorIsWorker = nullptr;
    QComboBox* supervisor = nullptr;
    QComboBox* supervisorKind = nullptr;
    WrappingLabel* kindHint = nullptr;
    QRadioButton* supervisorIsExternal = nullptr;
    QLineEdit* externalName = nullptr;
    // People supervised.
    QStackedWidget* pick = nullptr;
    QComboBox* one = nullptr;
    QLineEdit* filter = nullptr;
    QPushButton* addSupervisees = nullptr;
    QListWidget* peopleList = nullptr;
    QLabel* peopleCount = nullptr;
    WrappingLabel* peopleNote = nullptr;
    QWidget* linesPage = nullptr;
    QGridLayout* linesGrid = nullptr;
    QList<QLabel*> lineHeadings;
    WrappingLabel* noPeople = nullptr;
    // Themes and writing.
    QListWidget* themeList = nullptr;
    WrappingLabel* noThemes = nullptr;
    QPlainTextEdit* summary = nullptr;
    QGroupBox* notesBox = nullptr;
    WrappingLabel* notesInfo = nullptr;
    QPlainTextEdit* notes = nullptr;
    // Actions.
    QTreeWidget* actionTable = nullptr;
    QPushButton* addAction = nullptr;
    QPushButton* editActionButton = nullptr;
    QPushButton* doneAction = nullptr;
    QPushButton* removeActionButton = nullptr;
    // Sign-off.
    OptionalDateEdit* supervisorSigned = nullptr;
    WrappingLabel* signStatus = nullptr;
    WrappingLabel* clearedNote = nullptr; // under the form, so it is seen wherever the change was made
    // The dialog.
    WrappingLabel* intro = nullptr;
    QScrollArea* scroll = nullptr;
    WheelGuard* wheelGuard = nullptr;
    FeedbackBanner* banner = nullptr;
    QPushButton* deleteButton = nullptr;
    QPushButton* printButton = nullptr;
    QPushButton* saveButton = nullptr;
    QPushButton* cancelButton = nullptr;
};

// ---- building the form -------------------------------------------------------------------------

void SupervisionEntryDialog::Private::build()
{
    intro = new WrappingLabel(tr("One supervision or reflective practice session, one-to-one or in a group. "
                                 "Coordinators can see everything here except the private notes, which are "
                                 "for the supervisor and the people supervised only."),
        q);
    intro->setObjectName(QStringLiteral("introLabel"));

    scroll = new QScrollArea(q);
    wheelGuard = new WheelGuard(scroll, q);
    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("formPage"));
    auto* grid = new QGridLayout(page);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->addWidget(buildSession(), 0, 0);
    grid->addWidget(buildSupervisor(), 0, 1);
    grid->addWidget(buildPeople(), 1, 0, 1, 2);
    grid->addWidget(buildThemes(), 2, 0);
    grid->addWidget(buildWriting(), 2, 1);
    grid->addWidget(buildActions(), 3, 0, 1, 2);
    grid->addWidget(buildSignOff(), 4, 0, 1, 2);
    grid->setRowStretch(5, 1);

    scroll->setObjectName(QStringLiteral("formArea"));
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded); // only on a screen narrower than the form
    // Whatever gets the keyboard's focus is scrolled into view.
    QObject::connect(qApp, &QApplication::focusChanged, q, [this](QWidget*, QWidget* now) {
        if (now && scroll->widget()->isAncestorOf(now)) {
            scroll->ensureWidgetVisible(now, 16, 24);
        }
    });

    banner = new FeedbackBanner(QStringLiteral("problemLabel"), q);

    deleteButton = new QPushButton(tr("De&lete…"), q);
    deleteButton->setObjectName(QStringLiteral("deleteButton"));
    deleteButton->setAccessibleName(tr("Delete this supervision record"));
    deleteButton->setAutoDefault(false);
    printButton = new QPushButton(tr("P&rint…"), q);
    printButton->setObjectName(QStringLiteral("printButton"));
    printButton->setAccessibleName(tr("Print the saved record, without the private notes"));
    printButton->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, q);
    saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setText(tr("&Save"));
    saveButton->setAccessibleName(tr("Save the supervision record"));
    cancelButton = buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Close without saving"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, q, &SupervisionEntryDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, q, &QDialog::reject);
    QObject::connect(deleteButton, &QPushButton::clicked, q, [this] { removeRecord(); });
    QObject::connect(printButton, &QPushButton::clicked, q, [this] { print(); });

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(deleteButton);
    bottom->addWidget(printButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(q);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(clearedNote);
    layout->addWidget(banner);
    layout->addLayout(bottom);
}

QWidget* SupervisionEntryDialog::Private::buildSession()
{
    auto* box = newGroup(tr("Session"), QStringLiteral("sessionBox"), q);
    kind = new QComboBox(box);
    kind->setObjectName(QStringLiteral("kindCombo"));
    kind->setAccessibleName(tr("Type of session"));
    kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    kind->setMinimumContentsLength(18); // long names are shown in full in the list
    for (const QString& key : SupervisionService::kindKeys()) {
        kind->addItem(SupervisionService::kindName(key), key);
    }
    date = newDateEdit(tr("Date of the session"), today, box);
    date->setObjectName(QStringLiteral("dateEdit"));
    date->setMaximumDate(today); // supervision is recorded once it has happened
    date->setToolTip(tr("The day the session took place: today or earlier."));
    duration = new QSpinBox(box);
    duration->setObjectName(QStringLiteral("durationSpin"));
    duration->setAccessibleName(tr("Duration in minutes"));
    duration->setRange(5, kMaxMinutes);
    duration->setSingleStep(15);
    duration->setSuffix(tr(" minutes"));
    duration->setValue(60);
    format = new QComboBox(box);
    format->setObjectName(QStringLiteral("formatCombo"));
    format->setAccessibleName(tr("How the session was held"));
    for (const QString& key : SupervisionService::formatKeys()) {
        format->addItem(SupervisionService::formatName(key), key);
    }
    for (QWidget* w : std::initializer_list<QWidget*> { date, duration, format }) {
        w->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    for (QWidget* w : std::initializer_list<QWidget*> { kind, date, duration, format }) {
        wheelGuard->watch(w);
    }

    auto* form = newForm(box);
    form->addRow(tr("&Type:"), kind);
    form->addRow(tr("D&ate:"), date);
    form->addRow(tr("D&uration:"), duration);
    form->addRow(tr("&Held:"), format);
    return box;
}

QWidget* SupervisionEntryDialog::Private::buildSupervisor()
{
    auto* box = newGroup(tr("Supervisor"), QStringLiteral("supervisorBox"), q);
    supervisorIsWorker = new QRadioButton(tr("A &worker of the charity"), box);
    supervisorIsWorker->setObjectName(QStringLiteral("supervisorWorkerRadio"));
    supervisorIsWorker->setAccessibleName(tr("The supervisor is a worker of the charity"));
    supervisorIsExternal = new QRadioButton(tr("Someone &outside the charity"), box);
    supervisorIsExternal->setObjectName(QStringLiteral("supervisorExternalRadio"));
    supervisorIsExternal->setAccessibleName(tr("The supervisor is someone outside the charity"));
    auto* choice = new QButtonGroup(box);
    choice->addButton(supervisorIsWorker);
    choice->addButton(supervisorIsExternal);
    supervisorIsWorker->setChecked(true);

    supervisor = newPersonCombo(box, QStringLiteral("supervisorCombo"), tr("Supervisor"));
    supervisorKind = new QComboBox(box);
    supervisorKind->setObjectName(QStringLiteral("supervisorKindCombo"));
    supervisorKind->setAccessibleName(tr("Kind of supervisor: peer or not"));
    for (const QString& key : SupervisionService::supervisorKindKeys()) {
        if (key != QLatin1String(sv::kExternal)) {
            supervisorKind->addItem(SupervisionService::supervisorKindName(key), key);
        }
    }
    supervisorKind->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    kindHint = new WrappingLabel(QString(), box);
    kindHint->setObjectName(QStringLiteral("supervisorKindHint"));
    externalName = new QLineEdit(box);
    externalName->setObjectName(QStringLiteral("externalNameEdit"));
    externalName->setAccessibleName(tr("Name of the supervisor outside the charity"));
    externalName->setMaxLength(kMaxNameLength);
    externalName->setPlaceholderText(tr("Their name, and organisation if useful"));
    wheelGuard->watch(supervisor);
    wheelGuard->watch(supervisorKind);

    auto* workerForm = new QFormLayout;
    workerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    workerForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    workerForm->setContentsMargins(24, 0, 0, 0);
    workerForm->addRow(tr("&Name:"), supervisor);
    workerForm->addRow(tr("Superv&ises as:"), supervisorKind);
    workerForm->addRow(QString(), kindHint);
    auto* externalForm = new QFormLayout;
    externalForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    externalForm->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    externalForm->setContentsMargins(24, 0, 0, 0);
    externalForm->addRow(tr("Na&me:"), externalName);

    auto* layout = new QVBoxLayout(box);
    layout->addWidget(supervisorIsWorker);
    layout->addLayout(workerForm);
    layout->addWidget(supervisorIsExternal);
    layout->addLayout(externalForm);
    layout->addStretch(1);
    return box;
}

QWidget* SupervisionEntryDialog::Private::buildPeople()
{
    auto* box = newGroup(tr("People supervised"), QStringLiteral("peopleBox"), q);

    // Who: one person for a one-to-one session, several for group reflective practice.
    pick = new QStackedWidget(box);
    pick->setObjectName(QStringLiteral("pickStack"));
    auto* onePage = new QWidget(pick);
    one = newPersonCombo(onePage, QStringLiteral("superviseeCombo"), tr("Person supervised"));
    wheelGuard->watch(one);
    auto* oneLabel = new QLabel(tr("&Person supervised:"), onePage);
    oneLabel->setBuddy(one);
    auto* oneLayout = new QVBoxLayout(onePage);
    oneLayout->setContentsMargins(0, 0, 0, 0);
    oneLayout->addWidget(oneLabel);
    oneLayout->addWidget(one);
    oneLayout->addStretch(1);

    auto* groupPage = new QWidget(pick);
    filter = new QLineEdit(groupPage);
    filter->setObjectName(QStringLiteral("peopleFilterEdit"));
    filter->setAccessibleName(tr("Search the list of workers by name"));
    filter->setPlaceholderText(tr("Type part of a name"));
    filter->setClearButtonEnabled(true);
    auto* filterLabel = new QLabel(tr("&Find:"), groupPage);
    filterLabel->setBuddy(filter);
    addSupervisees = new QPushButton(groupPage);
    addSupervisees->setObjectName(QStringLiteral("addSuperviseesButton"));
    addSupervisees->setAutoDefault(false);
    peopleList = new QListWidget(groupPage);
    peopleList->setObjectName(QStringLiteral("peopleList"));
    peopleList->setAccessibleName(tr("Workers: tick everyone who took part"));
    peopleList->setMinimumHeight(120);
    peopleList->setMaximumHeight(190);
    auto* listLabel = new QLabel(tr("Tic&k everyone who took part:"), groupPage);
    listLabel->setBuddy(peopleList);
    peopleCount = new QLabel(groupPage);
    peopleCount->setObjectName(QStringLiteral("peopleCountLabel"));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(filter, 1);
    auto* groupLayout = new QVBoxLayout(groupPage);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    groupLayout->addWidget(listLabel);
    groupLayout->addLayout(filterRow);
    groupLayout->addWidget(peopleList, 1);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(peopleCount, 1);
    countRow->addWidget(addSupervisees);
    groupLayout->addLayout(countRow);
    pick->addWidget(onePage);
    pick->addWidget(groupPage);

    peopleNote = new WrappingLabel(QString(), box);
    peopleNote->setObjectName(QStringLiteral("peopleNoteLabel"));
    peopleNote->hide();

    // Each person's check-in, check-out and sign-off.
    linesPage = new QWidget(box);
    linesPage->setObjectName(QStringLiteral("linesPage"));
    linesGrid = new QGridLayout;
    linesGrid->setHorizontalSpacing(12);
    const QStringList headings { tr("Person"), tr("Check-in (0–10)"), tr("Check-out (0–10)"), tr("Sign-off") };
    for (int c = 0; c < headings.size(); ++c) {
        auto* heading = new QLabel(headings.at(c), linesPage);
        heading->setFont(scaledFont(heading->font(), 1.0));
        linesGrid->addWidget(heading, 0, c);
        lineHeadings << heading;
    }
    linesGrid->setColumnStretch(0, 1);
    noPeople = new WrappingLabel(tr("No one chosen yet."), linesPage);
    noPeople->setObjectName(QStringLiteral("noPeopleLabel"));
    auto* help = new WrappingLabel(tr("Wellbeing is asked at the start (check-in) and at the end (check-out), from 0 "
                                      "(very low) to 10 (very good). Leave \"Not asked\" when it was not asked. Each "
                                      "person ticks Signed once they have read and agreed the record."),
        linesPage);
    help->setObjectName(QStringLiteral("wellbeingHelpLabel"));
    auto* linesLayout = new QVBoxLayout(linesPage);
    linesLayout->setContentsMargins(0, 0, 0, 0);
    linesLayout->addLayout(linesGrid);
    linesLayout->addWidget(noPeople);
    linesLayout->addWidget(help);
    linesLayout->addStretch(1);

    auto* columns = new QHBoxLayout;
    columns->addWidget(pick, 2);
    columns->addSpacing(12);
    columns->addWidget(linesPage, 3);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(columns);
    layout->addWidget(peopleNote);
    return box;
}

QWidget* SupervisionEntryDialog::Private::buildThemes()
{
    auto* box = newGroup(tr("Themes"), QStringLiteral("themesBox"), q);
    themeList = new QListWidget(box);
    themeList->setObjectName(QStringLiteral("themesList"));
    themeList->setAccessibleName(tr("Themes talked about: tick each one"));
    themeList->setMinimumHeight(100);
    auto* label = new QLabel(tr("Themes talked a&bout:"), box);
    label->setBuddy(themeList);
    noThemes = new WrappingLabel(tr("The charity's list of themes is empty. Add themes under Roles, Services and "
                                    "Other Lists (Supervision themes)."),
        box);
    noThemes->setObjectName(QStringLiteral("noThemesLabel"));
    noThemes->hide();
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(label);
    layout->addWidget(themeList);
    layout->addWidget(noThemes);
    layout->addStretch(1);
    return box;
}

QWidget* SupervisionEntryDialog::Private::buildWriting()
{
    auto* column = new QWidget(q);
    auto* summaryBox = newGroup(tr("Shareable summary"), QStringLiteral("summaryBox"), column);
    summary = new QPlainTextEdit(summaryBox);
    summary->setObjectName(QStringLiteral("summaryEdit"));
    summary->setAccessibleName(tr("Shareable summary"));
    summary->setTabChangesFocus(true);
    summary->setPlaceholderText(tr("What was talked about and agreed, in words everyone in the session is happy to "
                                   "share"));
    summary->setMinimumHeight(90);
    summary->setMaximumHeight(160);
    auto* summaryInfo = new WrappingLabel(tr("Coordinators can read it, and it is printed."), summaryBox);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(summaryInfo);
    summaryLayout->addWidget(summary, 1);

    notesBox = newGroup(tr("Private notes"), QStringLiteral("notesBox"), column);
    notesInfo = new WrappingLabel(QString(), notesBox);
    notesInfo->setObjectName(QStringLiteral("notesInfoLabel"));
    notesInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    notes = new QPlainTextEdit(notesBox);
    notes->setObjectName(QStringLiteral("privateNotesEdit"));
    notes->setAccessibleName(tr("Private notes, seen only by the supervisor and the people supervised"));
    notes->setTabChangesFocus(true);
    notes->setMinimumHeight(70);
    notes->setMaximumHeight(130);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->addWidget(notesInfo);
    notesLayout->addWidget(notes, 1);

    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summaryBox, 3);
    layout->addWidget(notesBox, 2);
    return column;
}

QWidget* SupervisionEntryDialog::Private::buildActions()
{
    auto* box = newGroup(tr("Agreed actions"), QStringLiteral("actionsBox"), q);
    actionTable = newRecordTable(
        QStringLiteral("actionsTable"), tr("Agreed actions"), { tr("Action"), tr("Who"), tr("Due"), tr("Done") }, box);
    actionTable->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    actionTable->header()->setStretchLastSection(false);
    actionTable->setMinimumHeight(90);
    actionTable->setMaximumHeight(160);
    auto button = [box](const QString& text, const QString& name, const QString& accessible) {
        auto* b = new QPushButton(text, box);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        b->setAutoDefault(false);
        return b;
    };
    addAction = button(tr("Add A&ction…"), QStringLiteral("addActionButton"), tr("Add an agreed action"));
    editActionButton = button(tr("&Edit…"), QStringLiteral("editActionButton"), tr("Edit the selected action"));
    doneAction = button(tr("Mark Do&ne"), QStringLiteral("markDoneButton"), tr("Mark the selected action done today"));
    removeActionButton = button(tr("Remo&ve"), QStringLiteral("removeActionButton"), tr("Remove the selected action"));
    QObject::connect(addAction, &QPushButton::clicked, q, [this] { editAction(-1); });
    QObject::connect(
        editActionButton, &QPushButton::clicked, q, [this] { editAction(actionTable->currentIndex().row()); });
    QObject::connect(actionTable, &QTreeWidget::itemActivated, q, [this] {
        if (canRecord && !loadFailed) {
            editAction(actionTable->currentIndex().row());
        }
    });
    QObject::connect(doneAction, &QPushButton::clicked, q, [this] { markActionDone(); });
    QObject::connect(removeActionButton, &QPushButton::clicked, q, [this] { removeAction(); });
    QObject::connect(actionTable, &QTreeWidget::currentItemChanged, q, [this] { updateButtons(); });

    auto* row = new QHBoxLayout;
    for (QPushButton* b : { addAction, editActionButton, doneAction, removeActionButton }) {
        row->addWidget(b);
    }
    row->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(actionTable, 1);
    layout->addLayout(row);
    return box;
}

QWidget* SupervisionEntryDialog::Private::buildSignOff()
{
    auto* box = newGroup(tr("Sign-off"), QStringLiteral("signOffBox"), q);
    supervisorSigned = new OptionalDateEdit(tr("Si&gned by the supervisor on:"), tr("Supervisor's sign-off date"), box);
    supervisorSigned->setObjectName(QStringLiteral("supervisorSignedEdit"));
    supervisorSigned->dateEdit()->setMaximumDate(today);
    supervisorSigned->setDefaultDate(today);
    supervisorSigned->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    wheelGuard->watch(supervisorSigned->dateEdit());
    signStatus = new WrappingLabel(QString(), box);
    signStatus->setObjectName(QStringLiteral("signStatusLabel"));
    clearedNote = new WrappingLabel(QString(), q);
    clearedNote->setObjectName(QStringLiteral("signOffsClearedLabel"));
    clearedNote->setAccessibleName(tr("Sign-offs cleared"));
    clearedNote->hide();
    auto* rule = new WrappingLabel(tr("The record is signed off once the supervisor and everyone supervised have "
                                      "signed it (each person on their own line above). If a signed record is "
                                      "changed, its sign-offs are cleared so that everyone signs what it now says."),
        box);
    rule->setObjectName(QStringLiteral("signOffRuleLabel"));
    auto* layout = new QVBoxLayout(box);
    auto* top = new QHBoxLayout;
    top->addWidget(supervisorSigned);
    top->addSpacing(12);
    top->addWidget(signStatus, 1);
    layout->addLayout(top);
    layout->addWidget(rule);
    return box;
}

// ---- reading -----------------------------------------------------------------------------------

void SupervisionEntryDialog::Private::readLists()
{
    auto people = core::WorkforceService(db).list(actor);
    if (!people) {
        banner->showProblem(people.message());
    } else {
        workers = people.takeValue();
        std::sort(workers.begin(), workers.end(), [](const core::WorkerSummary& a, const core::WorkerSummary& b) {
            return QString::localeAwareCompare(a.sortName, b.sortName) < 0;
        });
        for (int i = 0; i < workers.size(); ++i) {
            workerIndex.insert(workers.at(i).workerId, i);
        }
    }
    auto roles = core::WorkforceService(db).roleTypes(actor, true);
    if (roles) {
        for (const core::RoleType& r : roles.value()) {
            if (r.isPeer) {
                peerRoleTypes.insert(r.id);
            }
        }
    }
    auto list = SupervisionService(db).themes(actor, true);
    if (!list) {
        banner->showProblem(list.message());
    } else {
        themes = list.takeValue();
    }
}

QString SupervisionEntryDialog::Private::nameOf(qint64 workerId) const
{
    const auto it = workerIndex.constFind(workerId);
    if (it != workerIndex.constEnd()) {
        return workers.at(*it).name;
    }
    if (loaded) {
        for (const core::SupervisionAttendee& a : loaded->attendees) {
            if (a.workerId == workerId) {
                return a.name;
            }
        }
        if (loaded->supervisorWorkerId == workerId) {
            return loaded->supervisorName;
        }
    }
    return tr("Someone no longer on the list");
}

bool SupervisionEntryDialog::Private::holdsPeerRole(qint64 workerId) const
{
    const auto it = workerIndex.constFind(workerId);
    if (it == workerIndex.constEnd()) {
        return false;
    }
    for (qint64 type : workers.at(*it).roleTypeIds) {
        if (peerRoleTypes.contains(type)) {
            return true;
        }
    }
    return false;
}

void SupervisionEntryDialog::Private::fillThemes(const QList<qint64>& ticked)
{
    const QSignalBlocker block(themeList);
    themeList->clear();
    for (const core::SupervisionTheme& t : std::as_const(themes)) {
        if (!t.active && !ticked.contains(t.id)) {
            continue;
        }
        auto* item = new QListWidgetItem(t.active ? t.name : tr("%1 (retired)").arg(t.name), themeList);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(t.id) ? Qt::Checked : Qt::Unchecked);
    }
    noThemes->setVisible(themeList->count() == 0);
    // As tall as the list, so the form does not scroll further than it must.
    const int rows = std::clamp(int(themeList->count()), 4, 12);
    const int row = themeList->count() > 0 ? themeList->sizeHintForRow(0) : themeList->fontMetrics().height() + 4;
    themeList->setMaximumHeight(rows * row + 2 * themeList->frameWidth() + 4);
}

void SupervisionEntryDialog::Private::load(const QList<qint64>& superviseeIds)
{
    if (entryId > 0) {
        // The notes are read (and the reading audited) only for the record's own supervisor and
        // supervisees: the service leaves them out for anyone else.
        auto e = SupervisionService(db).entry(actor, entryId, actor.workerId > 0);
        if (!e) {
            loadFailed = true;
            banner->showProblem(e.message());
            return;
        }
        loaded = e.value();
        if (!loaded->canReadPrivateNotes) {
            loaded->privateNotes = std::nullopt;
        }
        showEntry(*loaded);
        if (hasAnySignOff(*loaded)) {
            intro->setText(intro->text() + QLatin1Char(' ')
                + (loaded->isSignedOff() ? tr("This record is signed off: changing what it says clears the sign-offs.")
                                         : tr("This record has sign-offs: changing what it says clears them.")));
        }
        return;
    }
    core::SupervisionEntry fresh;
    fresh.heldOn = today;
    if (actor.role == core::Actor::Role::Supervisor && actor.workerId > 0 && workerIndex.contains(actor.workerId)) {
        // A supervisor recording their own session.
        fresh.supervisorWorkerId = actor.workerId;
        fresh.supervisorKind = QString::fromLatin1(holdsPeerRole(actor.workerId) ? sv::kPeer : sv::kNonPeer);
    }
    for (qint64 id : superviseeIds) {
        core::SupervisionAttendee a;
        a.workerId = id;
        a.name = nameOf(id);
        fresh.attendees << a;
    }
    if (superviseeIds.size() > 1) {
        fresh.kind = QString::fromLatin1(sv::kGroupReflective);
    }
    showEntry(fresh);
}

void SupervisionEntryDialog::Private::showEntry(const core::SupervisionEntry& e)
{
    filling = true;
    kind->setCurrentIndex(std::max(0, kind->findData(e.kind)));
    if (kind->findData(e.kind) < 0 && !e.kind.isEmpty()) {
        kind->addItem(e.kind, e.kind); // a type this version does not know: kept as it was
        kind->setCurrentIndex(kind->count() - 1);
    }
    date->setMaximumDate(std::max(today, e.heldOn));
    date->setDate(e.heldOn.isValid() ? e.heldOn : today);
    duration->setValue(e.durationMinutes > 0 ? e.durationMinutes : 60);
    format->setCurrentIndex(std::max(0, format->findData(e.format)));

    // The supervisor: everyone current, and whoever the record names even if they have left.
    {
        const QSignalBlocker block(supervisor);
        supervisor->clear();
        for (const core::WorkerSummary& w : std::as_const(workers)) {
            if (isCurrentStatus(w.status) || w.workerId == e.supervisorWorkerId) {
                supervisor->addItem(w.name, w.workerId);
            }
        }
        if (e.supervisorWorkerId > 0 && supervisor->findData(e.supervisorWorkerId) < 0) {
            supervisor->addItem(
                e.supervisorName.isEmpty() ? nameOf(e.supervisorWorkerId) : e.supervisorName, e.supervisorWorkerId);
        }
        chooseWorker(supervisor, e.supervisorWorkerId);
    }
    const bool external = e.supervisorKind == QLatin1String(sv::kExternal)
        || (e.supervisorWorkerId == 0 && !e.externalSupervisor.isEmpty());
    supervisorIsExternal->setChecked(external);
    supervisorIsWorker->setChecked(!external);
    externalName->setText(e.externalSupervisor);
    if (!external) {
        supervisorKind->setCurrentIndex(std::max(0, supervisorKind->findData(e.supervisorKind)));
    }

    chosen.clear();
    lineValues.clear();
    for (const core::SupervisionAttendee& a : e.attendees) {
        chosen << a.workerId;
        lineValues.insert(a.workerId, a);
    }
    fillThemes(e.themeIds);
    summary->setPlainText(e.summary);
    notes->setPlainText(e.privateNotes.value_or(QString()));
    actions = e.actions;
    showActions(-1);
    supervisorSigned->setDate(e.supervisorSignedOn);
    if (e.supervisorSignedOn.isValid()) {
        supervisorSigned->dateEdit()->setMaximumDate(std::max(today, e.supervisorSignedOn));
    }

    supervisorChanged(); // fills the people to choose from, with the supervisor's own supervisees first
    kindChanged();
    filling = false;
    changed();
}

// ---- who took part -----------------------------------------------------------------------------

qint64 SupervisionEntryDialog::Private::supervisorInForm() const
{
    return supervisorIsWorker->isChecked() ? chosenWorker(supervisor) : 0;
}

bool SupervisionEntryDialog::Private::userIsPartyInForm() const
{
    return actor.workerId > 0 && (supervisorInForm() == actor.workerId || chosen.contains(actor.workerId));
}

bool SupervisionEntryDialog::Private::notesShown() const
{
    // An existing record's notes are shown only to someone who could read them as saved: anyone
    // else adding themselves to it must not write over notes they have not seen.
    return !loadFailed && userIsPartyInForm() && (!loaded || loaded->canReadPrivateNotes);
}

void SupervisionEntryDialog::Private::kindChanged()
{
    const bool group = isGroupKind(kind->currentData().toString());
    peopleNote->hide();
    if (!group && chosen.size() > 1) {
        collectLines();
        const QString kept = nameOf(chosen.first());
        chosen = { chosen.first() };
        peopleNote->setText(tr("Only %1 is kept: a one-to-one session has one person supervised. Choose \"%2\" to "
                               "record several people.")
                                .arg(kept, SupervisionService::kindName(QString::fromLatin1(sv::kGroupReflective))));
        peopleNote->show();
    }
    pick->setCurrentIndex(group ? 1 : 0);
    for (int i = 0; i < pick->count(); ++i) {
        // The page not shown takes no room, so a one-to-one form is not as tall as a group's.
        pick->widget(i)->setSizePolicy(i == pick->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored,
            i == pick->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    }
    pick->adjustSize();
    fillPeopleChoices();
    rebuildLines();
}

void SupervisionEntryDialog::Private::supervisorChanged()
{
    const bool worker = supervisorIsWorker->isChecked();
    const bool editable = canRecord && !loadFailed;
    supervisor->setEnabled(worker && editable);
    supervisorKind->setEnabled(worker && editable);
    externalName->setEnabled(!worker && editable);

    const qint64 id = supervisorInForm();
    if (id == shownSupervisor && !filling) {
        updateNotes();
        changed();
        return;
    }
    shownSupervisor = id;
    if (!filling && id > 0) {
        // Whether they supervise as a peer, guessed from their roles; anyone can change it.
        const QSignalBlocker block(supervisorKind);
        supervisorKind->setCurrentIndex(
            std::max(0, supervisorKind->findData(QString::fromLatin1(holdsPeerRole(id) ? sv::kPeer : sv::kNonPeer))));
    }
    kindHint->setText(id <= 0   ? QString()
            : holdsPeerRole(id) ? tr("%1 holds a peer role.").arg(nameOf(id))
                                : tr("%1 holds no peer role.").arg(nameOf(id)));
    kindHint->setVisible(id > 0);
    readSupervisees();
}

void SupervisionEntryDialog::Private::readSupervisees()
{
    const qint64 id = supervisorInForm();
    supervisees.clear();
    // A supervisor may ask only about their own supervisees: asking about another supervisor's (as
    // someone they supervise, say) would be refused, and each refusal written to the audit log as
    // if they had tried to look, every time the supervisor or the date in the form changed.
    const bool mayAsk = id == actor.workerId
        || core::Permissions::allowed(actor.role, core::Permissions::Action::ViewAllSupervisionSummaries);
    if (id > 0 && mayAsk) {
        auto current = SupervisionService(db).superviseesOf(actor, id, date->date());
        if (current) {
            for (const core::SupervisionArrangement& a : current.value()) {
                if (!supervisees.contains(a.workerId) && a.workerId != id) {
                    supervisees << a.workerId;
                }
            }
        }
        // In the order of the list of workers (by family name); anyone not on it last.
        std::stable_sort(supervisees.begin(), supervisees.end(), [this](qint64 a, qint64 b) {
            return workerIndex.value(a, int(workers.size())) < workerIndex.value(b, int(workers.size()));
        });
    }
    if (supervisees.isEmpty() || !canRecord || loadFailed) {
        addSupervisees->hide();
    } else {
        const bool me = id == actor.workerId;
        addSupervisees->setText(
            me ? tr("Add M&y Supervisees") : tr("Add Everyone Supervised b&y %1").arg(escapedForLabel(nameOf(id))));
        addSupervisees->setAccessibleName(
            me ? tr("Tick everyone you supervise") : tr("Tick everyone %1 supervises").arg(nameOf(id)));
        addSupervisees->show();
    }
    fillPeopleChoices();
    updateNotes();
    changed();
}

void SupervisionEntryDialog::Private::fillPeopleChoices()
{
    const qint64 supervisorId = supervisorInForm();
    const bool me = supervisorId > 0 && supervisorId == actor.workerId;
    // The supervisor's own supervisees first, then everyone else current, then anyone the record
    // names who is no longer current.
    // The supervisor is not offered as one of the people they supervise (unless the record says so).
    QList<qint64> order = supervisees;
    for (const core::WorkerSummary& w : std::as_const(workers)) {
        if (isCurrentStatus(w.status) && !order.contains(w.workerId) && w.workerId != supervisorId) {
            order << w.workerId;
        }
    }
    for (qint64 id : std::as_const(chosen)) {
        if (!order.contains(id)) {
            order << id;
        }
    }
    {
        const QSignalBlocker block(one);
        one->clear();
        for (int i = 0; i < order.size(); ++i) {
            if (i == supervisees.size() && !supervisees.isEmpty()) {
                one->insertSeparator(one->count());
            }
            one->addItem(nameOf(order.at(i)), order.at(i));
            if (i < supervisees.size()) {
                one->setItemData(one->count() - 1,
                    me ? tr("You supervise them") : tr("Supervised by %1").arg(nameOf(supervisorId)), Qt::ToolTipRole);
            }
        }
        chooseWorker(one, chosen.isEmpty() ? 0 : chosen.first());
    }
    {
        const QSignalBlocker block(peopleList);
        peopleList->clear();
        for (int i = 0; i < order.size(); ++i) {
            const qint64 id = order.at(i);
            QString text = nameOf(id);
            if (i < supervisees.size()) {
                text = me ? tr("%1 — you supervise them").arg(text)
                          : tr("%1 — supervised by %2").arg(text, nameOf(supervisorId));
            }
            auto* item = new QListWidgetItem(text, peopleList);
            item->setData(Qt::UserRole, id);
            item->setData(Qt::UserRole + 1, nameOf(id));
            item->setFlags(
                canRecord ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable) : Qt::ItemIsEnabled);
            item->setCheckState(chosen.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    applyFilter();
}

void SupervisionEntryDialog::Private::applyFilter()
{
    const QString text = filter->text().trimmed();
    for (int i = 0; i < peopleList->count(); ++i) {
        QListWidgetItem* item = peopleList->item(i);
        item->setHidden(
            !text.isEmpty() && !item->data(Qt::UserRole + 1).toString().contains(text, Qt::CaseInsensitive));
    }
    updatePeopleCount();
}

void SupervisionEntryDialog::Private::peopleListChanged(QListWidgetItem* item)
{
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    collectLines();
    if (item->checkState() == Qt::Checked && !chosen.contains(id)) {
        chosen << id;
    } else if (item->checkState() != Qt::Checked) {
        chosen.removeAll(id);
    }
    peopleNote->hide();
    rebuildLines();
}

void SupervisionEntryDialog::Private::oneChanged()
{
    const qint64 id = chosenWorker(one);
    const QList<qint64> now = id > 0 ? QList<qint64> { id } : QList<qint64> {};
    if (now == chosen) {
        return;
    }
    collectLines();
    chosen = now;
    peopleNote->hide();
    rebuildLines();
}

void SupervisionEntryDialog::Private::addSupervisorsSupervisees()
{
    const QSignalBlocker block(peopleList);
    collectLines();
    for (int i = 0; i < peopleList->count(); ++i) {
        QListWidgetItem* item = peopleList->item(i);
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (supervisees.contains(id)) {
            item->setCheckState(Qt::Checked);
            if (!chosen.contains(id)) {
                chosen << id;
            }
        }
    }
    filter->clear();
    rebuildLines();
}

void SupervisionEntryDialog::Private::updatePeopleCount()
{
    int hidden = 0;
    for (int i = 0; i < peopleList->count(); ++i) {
        const QListWidgetItem* item = peopleList->item(i);
        hidden += item->checkState() == Qt::Checked && item->isHidden() ? 1 : 0;
    }
    const int n = int(chosen.size());
    QString text = n == 1 ? tr("1 person ticked") : tr("%1 people ticked").arg(n);
    if (hidden > 0) {
        text = tr("%1 (%2 not shown by the search)").arg(text).arg(hidden);
    }
    peopleCount->setText(text);
}

void SupervisionEntryDialog::Private::collectLines()
{
    for (const Line& line : std::as_const(lines)) {
        core::SupervisionAttendee a = lineValues.value(line.workerId);
        a.workerId = line.workerId;
        a.name = nameOf(line.workerId);
        a.wellbeingIn = wellbeingOf(line.in);
        a.wellbeingOut = wellbeingOf(line.out);
        a.signedOn = line.signedBox->isChecked() ? line.signedBox->property("signedOn").toDate() : QDate();
        lineValues.insert(line.workerId, a);
    }
}

void SupervisionEntryDialog::Private::rebuildLines()
{
    qDeleteAll(lineWidgets);
    lineWidgets.clear();
    lines.clear();
    for (int row = 0; row < chosen.size(); ++row) {
        const qint64 id = chosen.at(row);
        const core::SupervisionAttendee a = lineValues.value(id);
        const QString name = nameOf(id);
        Line line;
        line.workerId = id;
        line.in = newWellbeingSpin(linesPage, QStringLiteral("checkInSpin%1").arg(row), tr("Check-in of %1").arg(name));
        line.in->setValue(a.wellbeingIn.value_or(kNotAsked));
        line.out
            = newWellbeingSpin(linesPage, QStringLiteral("checkOutSpin%1").arg(row), tr("Check-out of %1").arg(name));
        line.out->setValue(a.wellbeingOut.value_or(kNotAsked));
        wheelGuard->watch(line.in);
        wheelGuard->watch(line.out);
        line.signedBox = new QCheckBox(linesPage);
        line.signedBox->setObjectName(QStringLiteral("signedCheck%1").arg(row));
        line.signedBox->setAccessibleName(tr("%1 has signed the record").arg(name));
        line.signedBox->setProperty("signedOn", a.signedOn.isValid() ? a.signedOn : today);
        line.signedBox->setChecked(a.signedOn.isValid());
        auto signedText = [box = line.signedBox] {
            box->setText(
                box->isChecked() ? tr("Signed %1").arg(shortDate(box->property("signedOn").toDate())) : tr("Signed"));
        };
        signedText();
        QObject::connect(line.signedBox, &QCheckBox::toggled, q, [this, box = line.signedBox, signedText](bool on) {
            if (on && !box->property("signedOn").toDate().isValid()) {
                box->setProperty("signedOn", today);
            }
            signedText();
            updateSignOffStatus();
            changed();
        });
        line.name = new QLabel(escapedForLabel(name), linesPage);
        line.name->setObjectName(QStringLiteral("personLabel%1").arg(row));
        line.name->setBuddy(line.in);
        line.name->setWordWrap(true);
        for (QSpinBox* spin : { line.in, line.out }) {
            QObject::connect(spin, &QSpinBox::valueChanged, q, [this] { changed(); });
            spin->setEnabled(canRecord && !loadFailed);
        }
        line.signedBox->setEnabled(canRecord && !loadFailed);
        linesGrid->addWidget(line.name, row + 1, 0);
        linesGrid->addWidget(line.in, row + 1, 1);
        linesGrid->addWidget(line.out, row + 1, 2);
        linesGrid->addWidget(line.signedBox, row + 1, 3);
        lineWidgets << line.name << line.in << line.out << line.signedBox;
        lines << line;
    }
    for (QLabel* heading : std::as_const(lineHeadings)) {
        heading->setVisible(!chosen.isEmpty());
    }
    noPeople->setVisible(chosen.isEmpty());
    updatePeopleCount();
    updateTabOrder();
    updateNotes();
    updateSignOffStatus();
    changed();
}

// ---- private notes and sign-off ----------------------------------------------------------------

void SupervisionEntryDialog::Private::updateNotes()
{
    const bool shown = notesShown();
    notes->setVisible(shown);
    notes->setReadOnly(!canRecord);
    if (shown) {
        notesInfo->setText(tr("Seen only by the supervisor and the people supervised in this session. Private notes "
                              "are never printed or exported."));
        return;
    }
    const bool has = loaded && loaded->hasPrivateNotes;
    QString text;
    if (actor.workerId <= 0) {
        text = tr("Private notes are seen only by the supervisor and the people supervised. Your account is not "
                  "linked to a worker record, so Alongside cannot tell whether you took part: private notes are not "
                  "shown to you.");
    } else if (loaded && !loaded->canReadPrivateNotes) {
        text = tr("Private notes are seen only by the supervisor and the people supervised in this session. You are "
                  "neither, so they are not shown to you.");
    } else if (loaded) {
        text = tr("You are no longer the supervisor or one of the people supervised in this record as it now "
                  "stands, so its private notes are not shown.");
    } else {
        text = tr("Private notes can be written only by the supervisor or one of the people supervised. To write "
                  "some, choose yourself as the supervisor or as one of the people supervised.");
        if (!notes->toPlainText().trimmed().isEmpty()) {
            text += QLatin1Char(' ') + tr("What you typed is kept in this form, and saved only if you are.");
        }
    }
    if (loaded) {
        text += QLatin1Char(' ')
            + (has ? tr("This record has private notes: they stay as they are when you save.")
                   : tr("This record has no private notes."));
    }
    notesInfo->setText(text);
}

void SupervisionEntryDialog::Private::updateSignOffStatus()
{
    QStringList waiting;
    if (!supervisorSigned->date().isValid()) {
        waiting << tr("the supervisor");
    }
    for (const Line& line : std::as_const(lines)) {
        if (!line.signedBox->isChecked()) {
            waiting << nameOf(line.workerId);
        }
    }
    if (lines.isEmpty()) {
        signStatus->setText(tr("Not signed off: no one supervised is chosen yet."));
    } else if (waiting.isEmpty()) {
        signStatus->setText(tr("Signed off by the supervisor and everyone supervised."));
    } else {
        signStatus->setText(tr("Not yet signed off: waiting for %1.").arg(namesInWords(waiting)));
    }
}

void SupervisionEntryDialog::Private::clearSignOffs()
{
    signOffsCleared = true;
    {
        const QSignalBlocker block(supervisorSigned);
        supervisorSigned->setDate(QDate());
        supervisorSigned->setDefaultDate(today);
    }
    for (const Line& line : std::as_const(lines)) {
        const QSignalBlocker block(line.signedBox);
        line.signedBox->setChecked(false);
        line.signedBox->setProperty("signedOn", today);
        line.signedBox->setText(tr("Signed"));
    }
    for (auto it = lineValues.begin(); it != lineValues.end(); ++it) {
        it->signedOn = QDate();
    }
    clearedNote->setText(tr("Sign-offs cleared: this record had been signed, and you have changed what it says, so "
                            "its sign-offs were taken off. The supervisor and the people supervised sign again once "
                            "they have read the change: Signed on each person's line, and Sign-off at the end of the "
                            "form."));
    setFeedbackColour(clearedNote, Feedback::Problem);
    clearedNote->show();
    updateSignOffStatus();
}

void SupervisionEntryDialog::Private::changed()
{
    if (filling) {
        return;
    }
    if (loaded && !signOffsCleared && hasAnySignOff(*loaded) && !sameContent(fromForm(), *loaded)) {
        clearSignOffs();
    }
    updateNotes();
    updateButtons();
}

void SupervisionEntryDialog::Private::updateButtons()
{
    const bool editable = canRecord && !loadFailed;
    const int row = actionTable->currentIndex().row();
    const bool selected = row >= 0 && row < actions.size();
    addAction->setEnabled(editable);
    editActionButton->setEnabled(editable && selected);
    removeActionButton->setEnabled(editable && selected);
    doneAction->setEnabled(editable && selected && actions.at(row).isOpen());
    saveButton->setEnabled(editable);
    deleteButton->setVisible(loaded.has_value() && canRecord);
    // Print works from the saved record: with changes not yet saved, it would print something else.
    const bool unsaved = loaded && !filling && !sameRecord(fromForm(), *loaded);
    printButton->setEnabled(loaded.has_value() && !unsaved);
    printButton->setToolTip(!loaded ? tr("Save the record first: Print… prints the record as saved.")
            : unsaved               ? tr("Save your changes first: Print… prints the record as saved.")
                                    : tr("Prints the record as saved, without the private notes."));
}

void SupervisionEntryDialog::Private::updateTabOrder()
{
    QList<QWidget*> order { kind, date, duration, format, supervisorIsWorker, supervisor, supervisorKind,
        supervisorIsExternal, externalName, one, filter, peopleList, addSupervisees };
    for (const Line& line : std::as_const(lines)) {
        order << line.in << line.out << line.signedBox;
    }
    order << themeList << summary << notes << actionTable << addAction << editActionButton << doneAction
          << removeActionButton << supervisorSigned->checkBox() << supervisorSigned->dateEdit() << deleteButton
          << printButton << saveButton << cancelButton;
    for (int i = 1; i < order.size(); ++i) {
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    }
}

// ---- agreed actions ----------------------------------------------------------------------------

QString SupervisionEntryDialog::Private::ownerName(const core::SupervisionAction& a) const
{
    if (a.ownerWorkerId > 0) {
        return a.ownerName.isEmpty() ? nameOf(a.ownerWorkerId) : a.ownerName;
    }
    return a.ownerText.isEmpty() ? tr("No one named") : a.ownerText;
}

void SupervisionEntryDialog::Private::showActions(int select)
{
    const QSignalBlocker block(actionTable);
    actionTable->clear();
    for (int i = 0; i < actions.size(); ++i) {
        const core::SupervisionAction& a = actions.at(i);
        QString due = shortDate(a.dueOn, tr("No date"));
        if (a.isOverdueOn(today)) {
            due = tr("%1 (overdue)").arg(due);
        }
        auto* item = new QTreeWidgetItem(actionTable,
            { a.description, ownerName(a), due,
                a.doneOn.isValid() ? tr("Done %1").arg(shortDate(a.doneOn)) : tr("Open") });
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, a.description);
    }
    if (select >= 0 && select < actionTable->topLevelItemCount()) {
        actionTable->setCurrentItem(actionTable->topLevelItem(select));
    }
    updateButtons();
}

void SupervisionEntryDialog::Private::editAction(int row)
{
    if (!canRecord || loadFailed) {
        return;
    }
    const bool adding = row < 0 || row >= actions.size();
    core::SupervisionAction action = adding ? core::SupervisionAction {} : actions.at(row);

    FormDialog dialog(
        adding ? tr("Add an Agreed Action") : tr("Edit an Agreed Action"), adding ? tr("&Add") : tr("&Save"), q);
    dialog.setObjectName(QStringLiteral("actionDialog"));
    auto* description = new QLineEdit(action.description, &dialog);
    description->setObjectName(QStringLiteral("actionDescriptionEdit"));
    description->setAccessibleName(tr("What was agreed"));
    description->setMaxLength(kMaxActionLength);
    description->setPlaceholderText(tr("For example: read the lone working policy"));
    auto* owner = newPersonCombo(&dialog, QStringLiteral("actionOwnerCombo"), tr("Who will do it"));
    owner->lineEdit()->setPlaceholderText(tr("A worker, or type anyone's name"));
    // The people in the session first: most actions are theirs.
    QList<qint64> order = chosen;
    if (supervisorInForm() > 0 && !order.contains(supervisorInForm())) {
        order << supervisorInForm();
    }
    const int inSession = int(order.size());
    for (const core::WorkerSummary& w : std::as_const(workers)) {
        if ((isCurrentStatus(w.status) || w.workerId == action.ownerWorkerId) && !order.contains(w.workerId)) {
            order << w.workerId;
        }
    }
    if (action.ownerWorkerId > 0 && !order.contains(action.ownerWorkerId)) {
        order << action.ownerWorkerId;
    }
    for (int i = 0; i < order.size(); ++i) {
        if (i == inSession && inSession > 0) {
            owner->insertSeparator(owner->count());
        }
        owner->addItem(nameOf(order.at(i)), order.at(i));
    }
    if (action.ownerWorkerId > 0) {
        chooseWorker(owner, action.ownerWorkerId);
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
    done->dateEdit()->setMaximumDate(std::max(today, action.doneOn));
    done->setDefaultDate(today);
    done->setDate(action.doneOn);
    dialog.form()->addRow(tr("&What:"), description);
    dialog.form()->addRow(tr("W&ho:"), owner);
    dialog.form()->addRow(tr("D&ue:"), due);
    dialog.form()->addRow(tr("D&one:"), done);
    for (QWidget* field : std::initializer_list<QWidget*> { due, done }) {
        if (auto* label = qobject_cast<QLabel*>(dialog.form()->labelForField(field))) {
            label->setBuddy(field);
        }
    }
    dialog.setSave([&] {
        action.description = description->text().trimmed();
        if (action.description.isEmpty()) {
            description->setFocus();
            return core::Status(
                core::invalidInput(tr("Say what was agreed, for example: read the lone working policy.")));
        }
        const qint64 ownerId = chosenWorker(owner);
        action.ownerWorkerId = ownerId;
        action.ownerText = ownerId > 0 ? QString() : owner->currentText().trimmed();
        action.ownerName = ownerId > 0 ? nameOf(ownerId) : action.ownerText;
        action.dueOn = due->date();
        action.doneOn = done->date();
        if (action.doneOn.isValid() && action.doneOn > today) {
            return core::Status(core::invalidInput(tr("The date done cannot be in the future.")));
        }
        return core::Status::ok();
    });
    description->setFocus();
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
    changed();
}

void SupervisionEntryDialog::Private::markActionDone()
{
    const int row = actionTable->currentIndex().row();
    if (!canRecord || row < 0 || row >= actions.size() || !actions.at(row).isOpen()) {
        return;
    }
    actions[row].doneOn = today;
    showActions(row);
    changed();
}

void SupervisionEntryDialog::Private::removeAction()
{
    const int row = actionTable->currentIndex().row();
    if (!canRecord || row < 0 || row >= actions.size()) {
        return;
    }
    actions.removeAt(row);
    showActions(std::min(row, int(actions.size()) - 1));
    changed();
}

// ---- saving ------------------------------------------------------------------------------------

core::SupervisionEntry SupervisionEntryDialog::Private::fromForm() const
{
    core::SupervisionEntry e = loaded.value_or(core::SupervisionEntry {});
    e.id = loaded ? loaded->id : 0;
    e.heldOn = date->date();
    e.durationMinutes = duration->value();
    e.kind = kind->currentData().toString();
    e.format = format->currentData().toString();
    if (supervisorIsWorker->isChecked()) {
        e.supervisorWorkerId = chosenWorker(supervisor);
        e.externalSupervisor.clear();
        e.supervisorKind = supervisorKind->currentData().toString();
        e.supervisorName = e.supervisorWorkerId > 0 ? nameOf(e.supervisorWorkerId) : QString();
    } else {
        e.supervisorWorkerId = 0;
        e.externalSupervisor = externalName->text().trimmed();
        e.supervisorKind = QString::fromLatin1(sv::kExternal);
        e.supervisorName = e.externalSupervisor;
    }
    e.attendees.clear();
    for (const Line& line : lines) {
        core::SupervisionAttendee a = lineValues.value(line.workerId);
        a.workerId = line.workerId;
        a.name = nameOf(line.workerId);
        a.wellbeingIn = wellbeingOf(line.in);
        a.wellbeingOut = wellbeingOf(line.out);
        a.signedOn = line.signedBox->isChecked() ? line.signedBox->property("signedOn").toDate() : QDate();
        e.attendees << a;
    }
    e.themeIds.clear();
    e.themeNames.clear();
    for (int i = 0; i < themeList->count(); ++i) {
        const QListWidgetItem* item = themeList->item(i);
        if (item->checkState() == Qt::Checked) {
            e.themeIds << item->data(Qt::UserRole).toLongLong();
            e.themeNames << item->text();
        }
    }
    e.summary = summary->toPlainText().trimmed();
    // Notes the user may not read are left as they are (std::nullopt), never written over.
    e.privateNotes = notesShown() ? std::optional<QString>(notes->toPlainText().trimmed()) : std::nullopt;
    e.actions = actions;
    for (core::SupervisionAction& a : e.actions) {
        a.entryId = e.id;
    }
    e.supervisorSignedOn = supervisorSigned->date();
    return e;
}

void SupervisionEntryDialog::Private::focusFor()
{
    // Take the keyboard to the first field that is likely to be the problem.
    QWidget* target = nullptr;
    if (date->date() > today) {
        target = date;
    } else if (supervisorIsWorker->isChecked() && chosenWorker(supervisor) == 0) {
        target = supervisor;
    } else if (supervisorIsExternal->isChecked() && externalName->text().trimmed().isEmpty()) {
        target = externalName;
    } else if (chosen.isEmpty() || (!isGroupKind(kind->currentData().toString()) && chosen.size() != 1)) {
        target = isGroupKind(kind->currentData().toString()) ? static_cast<QWidget*>(peopleList) : one;
    }
    if (target && target->isEnabled()) {
        target->setFocus(Qt::OtherFocusReason);
    }
}

void SupervisionEntryDialog::Private::save()
{
    if (!canRecord || loadFailed) {
        return;
    }
    collectLines();
    core::SupervisionEntry after = fromForm();
    const QString day = longDate(after.heldOn);
    if (loaded && sameRecord(after, *loaded)) {
        summaryText = tr("Nothing was changed in the supervision record of %1.").arg(day);
        q->QDialog::accept();
        return;
    }
    if (supervisorIsWorker->isChecked() && after.supervisorWorkerId == 0 && !supervisor->currentText().isEmpty()) {
        banner->showProblem(tr("\"%1\" is not on the list of workers. Choose the supervisor from the list, or choose "
                               "\"Someone outside the charity\" and type their name.")
                                .arg(supervisor->currentText().trimmed()));
        supervisor->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!isGroupKind(after.kind) && chosen.isEmpty() && !one->currentText().trimmed().isEmpty()) {
        banner->showProblem(tr("\"%1\" is not on the list of workers. Choose the person supervised from the list.")
                                .arg(one->currentText().trimmed()));
        one->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (core::Status s = SupervisionService::validate(after, today); !s) {
        banner->showProblem(s.message());
        focusFor();
        return;
    }
    auto id = SupervisionService(db).saveEntry(actor, after);
    if (!id) {
        banner->showProblem(id.message());
        focusFor();
        return;
    }
    after.id = id.value();
    for (core::SupervisionAction& a : after.actions) {
        a.entryId = after.id;
    }
    savedId = after.id;
    QStringList names;
    for (const core::SupervisionAttendee& a : std::as_const(after.attendees)) {
        names << a.name;
    }
    const QString what = SupervisionService::kindName(after.kind);
    summaryText = loaded ? tr("Saved the changes to %1 on %2 with %3.").arg(what, day, namesInWords(names))
                         : tr("Saved: %1 on %2 with %3.").arg(what, day, namesInWords(names));
    core::Database* database = &db;
    const core::Actor who = actor;
    pushSaved<core::SupervisionEntry>(
        undo, loaded ? tr("Change the supervision record of %1").arg(day) : tr("Record supervision on %1").arg(day),
        loaded, after,
        [database, who](const core::SupervisionEntry& e) { return SupervisionService(*database).saveEntry(who, e); },
        [database, who](qint64 removed) { return SupervisionService(*database).removeEntry(who, removed); });
    q->QDialog::accept();
}

void SupervisionEntryDialog::Private::removeRecord()
{
    if (!loaded || !canRecord) {
        return;
    }
    const core::SupervisionEntry before = *loaded;
    const QString day = longDate(before.heldOn);
    QStringList names;
    for (const core::SupervisionAttendee& a : before.attendees) {
        names << a.name;
    }
    if (!prompts::confirm(q, tr("Delete Supervision Record"),
            tr("Delete the supervision record of %1 with %2? Its themes, actions and sign-offs go with it. Edit > "
               "Undo brings it back.")
                .arg(day, namesInWords(names)),
            tr("Delete"))) {
        return;
    }
    if (core::Status s = SupervisionService(db).removeEntry(actor, before.id); !s) {
        banner->showProblem(s.message());
        return;
    }
    summaryText = tr("Deleted the supervision record of %1.").arg(day);
    core::Database* database = &db;
    const core::Actor who = actor;
    pushSaved<core::SupervisionEntry>(
        undo, tr("Delete the supervision record of %1").arg(day), before, std::nullopt,
        [database, who](const core::SupervisionEntry& e) { return SupervisionService(*database).saveEntry(who, e); },
        [database, who](qint64 removed) { return SupervisionService(*database).removeEntry(who, removed); });
    q->QDialog::accept();
}

void SupervisionEntryDialog::Private::print()
{
    if (loaded) {
        printSupervisionRecordWithDialog(db, actor, loaded->id, q);
    }
}

// ---- the dialog --------------------------------------------------------------------------------

SupervisionEntryDialog::SupervisionEntryDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo,
    qint64 entryId, const QList<qint64>& superviseeIds, QWidget* parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, db, actor, undo, entryId))
{
    setObjectName(QStringLiteral("supervisionEntryDialog"));
    setWindowTitle(entryId > 0 ? tr("Supervision Record") : tr("Record Supervision"));
    d->build();
    d->readLists();
    d->load(superviseeIds);
    if (d->loaded) {
        setWindowTitle(tr("Supervision Record — %1").arg(shortDate(d->loaded->heldOn)));
    }

    connect(d->kind, &QComboBox::currentIndexChanged, this, [this] { d->kindChanged(); });
    connect(d->date, &QDateEdit::dateChanged, this, [this] { d->readSupervisees(); });
    connect(d->duration, &QSpinBox::valueChanged, this, [this] { d->changed(); });
    connect(d->format, &QComboBox::currentIndexChanged, this, [this] { d->changed(); });
    connect(d->supervisorIsWorker, &QRadioButton::toggled, this, [this] { d->supervisorChanged(); });
    connect(d->supervisor, &QComboBox::currentIndexChanged, this, [this] { d->supervisorChanged(); });
    connect(d->supervisor, &QComboBox::editTextChanged, this, [this] {
        if (d->supervisor->findText(d->supervisor->currentText(), Qt::MatchFixedString) >= 0
            || d->supervisor->currentText().isEmpty()) {
            d->supervisorChanged();
        }
    });
    connect(d->supervisorKind, &QComboBox::currentIndexChanged, this, [this] { d->changed(); });
    connect(d->externalName, &QLineEdit::textEdited, this, [this] { d->changed(); });
    connect(d->one, &QComboBox::currentIndexChanged, this, [this] { d->oneChanged(); });
    connect(d->one, &QComboBox::editTextChanged, this, [this] { d->oneChanged(); });
    connect(d->filter, &QLineEdit::textChanged, this, [this] { d->applyFilter(); });
    connect(
        d->peopleList, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) { d->peopleListChanged(item); });
    connect(d->addSupervisees, &QPushButton::clicked, this, [this] { d->addSupervisorsSupervisees(); });
    connect(d->themeList, &QListWidget::itemChanged, this, [this] { d->changed(); });
    connect(d->summary, &QPlainTextEdit::textChanged, this, [this] { d->changed(); });
    connect(d->notes, &QPlainTextEdit::textChanged, this, [this] { d->changed(); });
    connect(d->supervisorSigned, &OptionalDateEdit::dateChanged, this, [this] {
        d->updateSignOffStatus();
        d->changed();
    });

    if (!d->canRecord || d->loadFailed) {
        // Shown, not changed: every field read-only and no Save.
        for (QWidget* w : std::initializer_list<QWidget*> { d->kind, d->format, d->supervisorIsWorker,
                 d->supervisorIsExternal, d->supervisor, d->supervisorKind, d->one, d->themeList }) {
            w->setEnabled(false);
        }
        d->date->setReadOnly(true);
        d->duration->setReadOnly(true);
        d->externalName->setReadOnly(true);
        d->summary->setReadOnly(true);
        d->notes->setReadOnly(true);
        d->supervisorSigned->setReadOnly(true);
        d->addSupervisees->hide();
        if (!d->canRecord && !d->loadFailed) {
            d->banner->showProblem(
                core::Permissions::require(actor, core::Permissions::Action::RecordSupervision).message());
        }
    }
    d->updateButtons();
    d->updateTabOrder();

    // Fits a 1024 x 700 screen (title bar included); the form scrolls within it.
    QSize size(1000, 640);
    if (const QScreen* s = screen()) {
        size = size.boundedTo(s->availableGeometry().size() - QSize(24, 60));
    }
    resize(size);
    d->kind->setFocus();
}

SupervisionEntryDialog::~SupervisionEntryDialog() = default;

qint64 SupervisionEntryDialog::savedId() const
{
    return d->savedId;
}

QString SupervisionEntryDialog::summary() const
{
    return d->summaryText;
}

void SupervisionEntryDialog::accept()
{
    d->save();
}

// ---- printing ----------------------------------------------------------------------------------

QString supervisionRecordHtml(const core::SupervisionEntry& entry, const QString& charityName, const QString& printedBy,
    const QDateTime& printedAt)
{
    const QLocale locale;
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; font-size: 10pt;\">");
    html += QStringLiteral("<h2 style=\"margin-bottom: 2pt;\">%1</h2>")
                .arg(SupervisionEntryDialog::tr("Supervision record").toHtmlEscaped());
    QString heading = charityName.trimmed().toHtmlEscaped();
    const QString printed
        = SupervisionEntryDialog::tr("Printed %1 by %2.")
              .arg(locale.toString(printedAt.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm")), printedBy)
              .toHtmlEscaped();
    heading = heading.isEmpty() ? printed : heading + QStringLiteral("<br/>") + printed;
    html += QStringLiteral("<p style=\"margin-top: 0;\">%1</p>").arg(heading);
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                           "style=\"border-collapse: collapse;\">");
    for (const core::ReportLine& line : core::SupervisionReport::recordLines(entry)) {
        QString value = line.value.toHtmlEscaped();
        value.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        html += QStringLiteral("<tr><td width=\"28%\" valign=\"top\" style=\"border-bottom: 1px solid #bbb;\"><b>%1</b>"
                               "</td><td valign=\"top\" style=\"border-bottom: 1px solid #bbb;\">%2</td></tr>")
                    .arg(line.label.toHtmlEscaped(), value);
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(SupervisionEntryDialog::tr("Confidential: contains personal data about volunteers and staff. "
                                                "Store securely and shred when no longer needed.")
                         .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

core::Status printSupervisionRecord(core::Database& db, const core::Actor& actor, qint64 entryId, QPrinter* printer)
{
    // Read without the private notes, whoever is printing: they are never printed.
    auto entry = SupervisionService(db).entry(actor, entryId, false);
    if (!entry) {
        return entry.status();
    }
    core::SupervisionEntry e = entry.takeValue();
    e.privateNotes = std::nullopt;
    auto settings = core::SettingsService(db).load(actor);
    const QString charity = settings ? settings.value().charityName : QString();
    const QString what = SupervisionEntryDialog::tr("Supervision record of %1").arg(e.heldOn.toString(Qt::ISODate));
    if (core::Status s = core::SupervisionReport(db).recordPrint(actor, what, entryId); !s) {
        return s;
    }
    printer->setPageOrientation(QPageLayout::Portrait);
    QTextDocument doc;
    doc.setHtml(supervisionRecordHtml(e, charity, actor.shownName(), core::Clock::instance().now()));
    doc.print(printer);
    return core::Status::ok();
}

void printSupervisionRecordWithDialog(core::Database& db, const core::Actor& actor, qint64 entryId, QWidget* parent)
{
    printing::withDialog(parent, SupervisionEntryDialog::tr("Print the Supervision Record"), QPageLayout::Portrait,
        [&db, &actor, entryId](QPrinter* printer) { return printSupervisionRecord(db, actor, entryId, printer); });
}

} // namespace alongside::ui
