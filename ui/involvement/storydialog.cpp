#include "storydialog.h"

#include "core/auth/permissions.h"
#include "core/clients/clientservice.h"
#include "core/clients/clienttypes.h"
#include "core/clock.h"
#include "core/involvement/involvementservice.h"
#include "core/involvement/storyservice.h"
#include "core/services/personservice.h"
#include "core/services/settingsservice.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/feedback.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/formdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

namespace {

using core::StoryService;

constexpr int kCheckDelayMs = 300; // the pause in typing after which the anonymised text is checked
constexpr int kSearchDelayMs = 250;
constexpr int kMaxTitleLength = 200;
const QString kStoryPurpose = QStringLiteral("story");

QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString monthName(int month)
{
    return QLocale().standaloneMonthName(month, QLocale::LongFormat);
}

/** The first day of the financial year that day falls in. */
QDate yearStartOf(const QDate& day, int startMonth)
{
    const QDate start(day.year(), startMonth, 1);
    return day >= start ? start : start.addYears(-1);
}

/** "2026–27" for a year starting in April 2026; "2026" for a calendar year. */
QString yearName(const QDate& start)
{
    if (start.month() == 1) {
        return QString::number(start.year());
    }
    return QStringLiteral("%1–%2").arg(start.year()).arg(start.year() % 100 + 1, 2, 10, QLatin1Char('0'));
}

QFormLayout* newForm(QWidget* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

QPushButton* newButton(const QString& text, const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false);
    return button;
}

/** The warning in words: core's message says what was found and what to write instead. */
QString warningInWords(const core::IdentifierWarning& w)
{
    const QString message = w.message.trimmed();
    return message.isEmpty() ? StoryDialog::tr("“%1” could identify someone: take it out.").arg(w.found) : message;
}

bool samePeriods(QList<core::StoryPeriod> a, QList<core::StoryPeriod> b)
{
    auto order = [](const core::StoryPeriod& x, const core::StoryPeriod& y) {
        return x.from != y.from ? x.from < y.from : x.to < y.to;
    };
    std::sort(a.begin(), a.end(), order);
    std::sort(b.begin(), b.end(), order);
    return a == b;
}

/** Whether two stories say the same in everything the form can change. */
bool sameStory(const core::Story& a, const core::Story& b)
{
    QList<qint64> themesA = a.themeIds;
    QList<qint64> themesB = b.themeIds;
    std::sort(themesA.begin(), themesA.end());
    std::sort(themesB.begin(), themesB.end());
    return a.personId == b.personId && a.authorType == b.authorType && a.writtenWithWorkerId == b.writtenWithWorkerId
        && a.title.trimmed() == b.title.trimmed() && a.writtenOn == b.writtenOn && a.body == b.body
        && a.anonymised == b.anonymised && a.consentId == b.consentId && themesA == themesB
        && samePeriods(a.chosenFor, b.chosenFor);
}

} // namespace

// ---- periods ---------------------------------------------------------------------------------------

QString storyPeriodName(const core::StoryPeriod& period, int yearStartMonth)
{
    if (!period.from.isValid() || !period.to.isValid()) {
        return StoryDialog::tr("No period");
    }
    const QDate year = yearStartOf(period.from, yearStartMonth);
    if (period.from == year && period.to == year.addYears(1).addDays(-1)) {
        return StoryDialog::tr("Financial year %1 (%2 %3 to %4 %5)")
            .arg(yearName(year), monthName(year.month()), QString::number(year.year()), monthName(period.to.month()),
                QString::number(period.to.year()));
    }
    for (int q = 0; q < 4; ++q) {
        const QDate start = year.addMonths(3 * q);
        if (period.from == start && period.to == start.addMonths(3).addDays(-1)) {
            const QString months = period.from.year() == period.to.year()
                ? StoryDialog::tr("%1 to %2 %3")
                      .arg(monthName(period.from.month()), monthName(period.to.month()),
                          QString::number(period.to.year()))
                : StoryDialog::tr("%1 %2 to %3 %4")
                      .arg(monthName(period.from.month()), QString::number(period.from.year()),
                          monthName(period.to.month()), QString::number(period.to.year()));
            return StoryDialog::tr("%1 (Q%2 %3)").arg(months).arg(q + 1).arg(yearName(year));
        }
    }
    return StoryDialog::tr("%1 to %2").arg(shortDate(period.from), shortDate(period.to));
}

QString storyPeriodShortName(const core::StoryPeriod& period, int yearStartMonth)
{
    if (!period.from.isValid() || !period.to.isValid()) {
        return StoryDialog::tr("No period");
    }
    const QDate year = yearStartOf(period.from, yearStartMonth);
    if (period.from == year && period.to == year.addYears(1).addDays(-1)) {
        return StoryDialog::tr("Year %1").arg(yearName(year));
    }
    const QLocale locale;
    if (period.to == period.from.addMonths(3).addDays(-1) && period.from.day() == 1) {
        const QString from = locale.standaloneMonthName(period.from.month(), QLocale::ShortFormat);
        const QString to = locale.standaloneMonthName(period.to.month(), QLocale::ShortFormat);
        return period.from.year() == period.to.year()
            ? StoryDialog::tr("%1–%2 %3").arg(from, to, QString::number(period.to.year()))
            : StoryDialog::tr("%1 %2 – %3 %4")
                  .arg(from, QString::number(period.from.year()), to, QString::number(period.to.year()));
    }
    return StoryDialog::tr("%1 – %2").arg(shortDate(period.from), shortDate(period.to));
}

QList<core::StoryPeriod> storyPeriodChoices(const QDate& today, int yearStartMonth)
{
    const QDate year = yearStartOf(today, yearStartMonth);
    const int months = (today.year() - year.year()) * 12 + today.month() - year.month();
    const int quarter = months / 3;
    const QDate current = year.addMonths(3 * quarter);
    QList<core::StoryPeriod> choices;
    // The last four quarters, this one and the next two.
    for (int q = -4; q <= 2; ++q) {
        const QDate start = current.addMonths(3 * q);
        choices << core::StoryPeriod { start, start.addMonths(3).addDays(-1) };
    }
    // Last year, this year and next year, whole.
    for (int y = -1; y <= 1; ++y) {
        const QDate start = year.addYears(y);
        choices << core::StoryPeriod { start, start.addYears(1).addDays(-1) };
    }
    return choices;
}

int storyYearStartMonth(core::Database& db, const core::Actor& actor)
{
    auto settings = core::SettingsService(db).load(actor);
    if (!settings) {
        return core::CharitySettings::kDefaultYearStartMonth;
    }
    const int month = settings.value().yearStartMonth;
    return month >= 1 && month <= 12 ? month : core::CharitySettings::kDefaultYearStartMonth;
}

// ---- the dialog -------------------------------------------------------------------------------------

struct StoryDialog::Private
{
    Q_DECLARE_TR_FUNCTIONS(alongside::ui::StoryDialog)

public:
    Private(StoryDialog* dialog, core::Database& database, const core::Actor& who, QUndoStack* stack, qint64 id,
        qint64 person)
        : q(dialog)
        , db(database)
        , actor(who)
        , undo(stack)
        , storyId(id)
        , fixedPerson(person)
        , canEdit(core::Permissions::allowed(who.role, core::Permissions::Action::EditRecords))
        , today(core::Clock::instance().today())
    { }

    void build();
    QWidget* buildAbout();
    QWidget* buildThemes();
    QWidget* buildConsent();
    QWidget* buildPeriods();
    QWidget* buildWords();
    QWidget* buildAnonymised();

    void readLists();
    void load();
    void showStory(const core::Story& s);
    void fillThemes(const QList<qint64>& ticked);
    void fillConsents(qint64 select);
    void fillPeriods();
    void setPerson(qint64 id, const QString& name);
    void searchPeople();
    void personChosen();
    void consentChanged();
    void recordConsent();
    void addPeriod();
    void removePeriod();
    void startFromWords();
    void scheduleCheck();
    void check();
    void showWarnings();
    void showWarning(QListWidgetItem* item);
    void makeReadOnly();
    void updateButtons();

    qint64 personInForm() const;
    core::Story fromForm() const;
    bool unsaved() const;
    void save();

    StoryDialog* q;
    core::Database& db;
    core::Actor actor;
    QUndoStack* undo;
    qint64 storyId;
    qint64 fixedPerson;
    bool canEdit;
    QDate today;
    int yearStartMonth = core::CharitySettings::kDefaultYearStartMonth;

    std::optional<core::Story> loaded;
    core::Story shown; // as the form was filled, to tell whether anything changed
    bool loadFailed = false;
    qint64 savedId = 0;
    QString summaryText;

    qint64 personId = 0;
    QString personName;
    QList<core::StoryTheme> themes; // with retired ones
    QList<core::Consent> consents;
    QList<core::StoryPeriod> periods;
    QList<core::IdentifierWarning> found;
    QString checkProblem;

    // About.
    QLabel* personLabel = nullptr; // a fixed writer
    QLineEdit* personSearch = nullptr;
    QComboBox* person = nullptr;
    QComboBox* authorType = nullptr;
    QComboBox* writtenWith = nullptr;
    QLineEdit* title = nullptr;
    QDateEdit* writtenOn = nullptr;
    // Themes.
    QListWidget* themeList = nullptr;
    // Consent.
    QComboBox* consent = nullptr;
    QPushButton* recordConsentButton = nullptr;
    WrappingLabel* consentNote = nullptr;
    // Periods.
    QListWidget* periodList = nullptr;
    QComboBox* periodChoice = nullptr;
    QPushButton* addPeriodButton = nullptr;
    QPushButton* removePeriodButton = nullptr;
    // Words.
    QPlainTextEdit* body = nullptr;
    QPushButton* copyButton = nullptr;
    QPlainTextEdit* anonymised = nullptr;
    WrappingLabel* checkSummary = nullptr;
    QListWidget* warningList = nullptr;
    QTimer* checkTimer = nullptr;
    QTimer* searchTimer = nullptr;

    FeedbackBanner* banner = nullptr;
    QPushButton* saveButton = nullptr;
    QPushButton* cancelButton = nullptr;
};

void StoryDialog::Private::build()
{
    checkTimer = new QTimer(q);
    checkTimer->setSingleShot(true);
    checkTimer->setInterval(kCheckDelayMs);
    QObject::connect(checkTimer, &QTimer::timeout, q, [this] { check(); });
    searchTimer = new QTimer(q);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(kSearchDelayMs);
    QObject::connect(searchTimer, &QTimer::timeout, q, [this] { searchPeople(); });

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 6, 0);
    leftLayout->addWidget(buildAbout());
    leftLayout->addWidget(buildConsent());
    leftLayout->addWidget(buildThemes());
    leftLayout->addWidget(buildPeriods());
    leftLayout->addStretch(1);
    auto* scroll = new QScrollArea(q);
    scroll->setObjectName(QStringLiteral("storyDetailsArea"));
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(420);
    QObject::connect(qApp, &QApplication::focusChanged, q, [scroll](QWidget*, QWidget* now) {
        if (now && scroll->widget()->isAncestorOf(now)) {
            scroll->ensureWidgetVisible(now, 16, 24);
        }
    });

    auto* right = new QSplitter(Qt::Vertical, q);
    right->setObjectName(QStringLiteral("storyTextSplitter"));
    right->setChildrenCollapsible(false);
    right->addWidget(buildWords());
    right->addWidget(buildAnonymised());
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 2);

    auto* columns = new QHBoxLayout;
    columns->addWidget(scroll, 0);
    columns->addWidget(right, 1);

    banner = new FeedbackBanner(QStringLiteral("problemLabel"), q);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, q);
    saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setText(tr("&Save"));
    saveButton->setAccessibleName(tr("Save the story"));
    cancelButton = buttons->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Close without saving"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, q, &StoryDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, q, &StoryDialog::reject);

    auto* layout = new QVBoxLayout(q);
    layout->addLayout(columns, 1);
    layout->addWidget(banner);
    layout->addWidget(buttons);
}

QWidget* StoryDialog::Private::buildAbout()
{
    auto* box = new QGroupBox(tr("The story"), q);
    box->setObjectName(QStringLiteral("aboutBox"));
    auto* form = newForm(box);

    if (fixedPerson > 0 || storyId > 0) {
        personLabel = new QLabel(box);
        personLabel->setObjectName(QStringLiteral("personLabel"));
        personLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Written by:"), personLabel);
    } else {
        personSearch = new QLineEdit(box);
        personSearch->setObjectName(QStringLiteral("personSearch"));
        personSearch->setAccessibleName(tr("Find the writer by name"));
        personSearch->setPlaceholderText(tr("Type part of a name"));
        personSearch->setClearButtonEnabled(true);
        person = new QComboBox(box);
        person->setObjectName(QStringLiteral("personCombo"));
        person->setAccessibleName(tr("The writer"));
        person->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        person->setMinimumContentsLength(16);
        person->addItem(tr("Type part of a name above"), qint64(0));
        form->addRow(tr("&Find writer:"), personSearch);
        form->addRow(tr("&Written by:"), person);
        QObject::connect(personSearch, &QLineEdit::textEdited, q, [this] { searchTimer->start(); });
        QObject::connect(person, &QComboBox::currentIndexChanged, q, [this] { personChosen(); });
    }

    authorType = new QComboBox(box);
    authorType->setObjectName(QStringLiteral("authorTypeCombo"));
    authorType->setAccessibleName(tr("The writer wrote as"));
    for (const QString& key : StoryService::authorTypeKeys()) {
        authorType->addItem(core::InvolvementService::standingName(key), key);
    }
    writtenWith = new QComboBox(box);
    writtenWith->setObjectName(QStringLiteral("writtenWithCombo"));
    writtenWith->setAccessibleName(tr("Worker who helped write it"));
    writtenWith->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    writtenWith->setMinimumContentsLength(16);
    title = new QLineEdit(box);
    title->setObjectName(QStringLiteral("titleEdit"));
    title->setAccessibleName(tr("Title of the story"));
    title->setMaxLength(kMaxTitleLength);
    writtenOn = newDateEdit(tr("Date written"), today, box);
    writtenOn->setObjectName(QStringLiteral("writtenOnEdit"));
    writtenOn->setMaximumDate(today);
    writtenOn->setToolTip(tr("The day the story was written: today or earlier."));
    writtenOn->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    form->addRow(tr("Wrote &as:"), authorType);
    form->addRow(tr("Written wit&h:"), writtenWith);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Date written:"), writtenOn);
    return box;
}

QWidget* StoryDialog::Private::buildConsent()
{
    auto* box = new QGroupBox(tr("Consent to use the story"), q);
    box->setObjectName(QStringLiteral("consentBox"));
    consent = new QComboBox(box);
    consent->setObjectName(QStringLiteral("consentCombo"));
    consent->setAccessibleName(tr("The consent the story rests on"));
    consent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    consent->setMinimumContentsLength(20);
    auto* label = new QLabel(tr("Rests &on:"), box);
    label->setBuddy(consent);
    recordConsentButton = newButton(tr("&Record Consent Given…"), QStringLiteral("recordConsentButton"),
        tr("Record that the writer gave consent today to use their story"), box);
    consentNote = new WrappingLabel(QString(), box);
    consentNote->setObjectName(QStringLiteral("consentNote"));
    consentNote->setAccessibleName(tr("Consent"));
    consentNote->setFrameShape(QFrame::StyledPanel);
    consentNote->setMargin(6);
    consentNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    consentNote->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(consent, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(recordConsentButton);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(row);
    layout->addLayout(buttons);
    layout->addWidget(consentNote);
    QObject::connect(consent, &QComboBox::currentIndexChanged, q, [this] { consentChanged(); });
    QObject::connect(recordConsentButton, &QPushButton::clicked, q, [this] { recordConsent(); });
    return box;
}

QWidget* StoryDialog::Private::buildThemes()
{
    auto* box = new QGroupBox(tr("Themes"), q);
    box->setObjectName(QStringLiteral("themesBox"));
    themeList = new QListWidget(box);
    themeList->setObjectName(QStringLiteral("themesList"));
    themeList->setAccessibleName(tr("Themes of the story: tick each that applies"));
    themeList->setMinimumHeight(90);
    themeList->setMaximumHeight(140);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(themeList);
    return box;
}

QWidget* StoryDialog::Private::buildPeriods()
{
    auto* box = new QGroupBox(tr("Chosen for report"), q);
    box->setObjectName(QStringLiteral("periodsBox"));
    periodList = new QListWidget(box);
    periodList->setObjectName(QStringLiteral("periodsList"));
    periodList->setAccessibleName(tr("Report periods the story is chosen for"));
    periodList->setMinimumHeight(48);
    periodList->setMaximumHeight(90);
    periodChoice = new QComboBox(box);
    periodChoice->setObjectName(QStringLiteral("periodCombo"));
    periodChoice->setAccessibleName(tr("Report period to add"));
    periodChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    periodChoice->setMinimumContentsLength(20);
    addPeriodButton = newButton(
        tr("Add &Period"), QStringLiteral("addPeriodButton"), tr("Choose the story for the report period shown"), box);
    removePeriodButton = newButton(tr("Re&move Period"), QStringLiteral("removePeriodButton"),
        tr("No longer choose the story for the selected period"), box);
    auto* intro = new WrappingLabel(tr("Reports on these periods use the anonymised version."), box);
    intro->setToolTip(tr("A report on a period takes the anonymised version of each story chosen for it, while the "
                         "writer's consent stands and no name or date of birth is left in it."));
    auto* choiceLabel = new QLabel(tr("Period to add:"), box);
    choiceLabel->setBuddy(periodChoice);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addPeriodButton);
    buttons->addStretch(1);
    buttons->addWidget(removePeriodButton);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(intro);
    layout->addWidget(periodList);
    layout->addWidget(choiceLabel);
    layout->addWidget(periodChoice);
    layout->addLayout(buttons);
    QObject::connect(addPeriodButton, &QPushButton::clicked, q, [this] { addPeriod(); });
    QObject::connect(removePeriodButton, &QPushButton::clicked, q, [this] { removePeriod(); });
    QObject::connect(periodList, &QListWidget::currentRowChanged, q, [this] { updateButtons(); });
    return box;
}

QWidget* StoryDialog::Private::buildWords()
{
    auto* box = new QGroupBox(tr("The words as written"), q);
    box->setObjectName(QStringLiteral("wordsBox"));
    body = new QPlainTextEdit(box);
    body->setObjectName(QStringLiteral("bodyEdit"));
    body->setAccessibleName(tr("The words as written"));
    body->setTabChangesFocus(true);
    body->setMinimumHeight(90);
    auto* note = new WrappingLabel(tr("In the writer's own words, names and all. Kept on file and never put in a "
                                      "report."),
        box);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(note);
    layout->addWidget(body, 1);
    return box;
}

QWidget* StoryDialog::Private::buildAnonymised()
{
    auto* box = new QGroupBox(tr("Anonymised version for reports"), q);
    box->setObjectName(QStringLiteral("anonymisedBox"));
    auto* note = new WrappingLabel(tr("The version reports use. Take out anything that could identify the writer or "
                                      "anyone else; the check below lists what it finds as you type."),
        box);
    copyButton = newButton(tr("Start from the Words as Writte&n"), QStringLiteral("copyWordsButton"),
        tr("Copy the words as written into the anonymised version"), box);
    anonymised = new QPlainTextEdit(box);
    anonymised->setObjectName(QStringLiteral("anonymisedEdit"));
    anonymised->setAccessibleName(tr("Anonymised version for reports"));
    anonymised->setTabChangesFocus(true);
    anonymised->setMinimumHeight(90);
    checkSummary = new WrappingLabel(QString(), box);
    checkSummary->setObjectName(QStringLiteral("checkSummary"));
    checkSummary->setAccessibleName(tr("Identifier check"));
    checkSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    warningList = new QListWidget(box);
    warningList->setObjectName(QStringLiteral("warningsList"));
    warningList->setAccessibleName(tr("Things in the anonymised version that could identify someone"));
    warningList->setToolTip(tr("Choose a warning to select the words in the text."));
    warningList->setWordWrap(true);
    warningList->setMinimumHeight(60);
    warningList->setMaximumHeight(170);
    warningList->hide();

    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(copyButton);
    copyRow->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(note);
    layout->addLayout(copyRow);
    layout->addWidget(anonymised, 1);
    layout->addWidget(checkSummary);
    layout->addWidget(warningList);

    QObject::connect(copyButton, &QPushButton::clicked, q, [this] { startFromWords(); });
    QObject::connect(anonymised, &QPlainTextEdit::textChanged, q, [this] { scheduleCheck(); });
    QObject::connect(warningList, &QListWidget::itemActivated, q, [this](QListWidgetItem* item) { showWarning(item); });
    warningList->installEventFilter(q);
    QObject::connect(warningList, &QListWidget::itemClicked, q, [this](QListWidgetItem* item) { showWarning(item); });
    return box;
}

void StoryDialog::Private::readLists()
{
    yearStartMonth = storyYearStartMonth(db, actor);
    StoryService stories(db);
    if (auto list = stories.themes(actor, true)) {
        themes = list.takeValue();
    } else {
        banner->showProblem(list.message());
    }
    writtenWith->addItem(tr("No one (written alone)"), qint64(0));
    if (auto workers = core::WorkforceService(db).list(actor)) {
        QList<core::WorkerSummary> all = workers.takeValue();
        std::sort(all.begin(), all.end(), [](const core::WorkerSummary& a, const core::WorkerSummary& b) {
            return QString::localeAwareCompare(a.sortName, b.sortName) < 0;
        });
        for (const core::WorkerSummary& w : std::as_const(all)) {
            writtenWith->addItem(w.name, w.workerId);
        }
    }
    for (const core::StoryPeriod& p : storyPeriodChoices(today, yearStartMonth)) {
        periodChoice->addItem(
            storyPeriodName(p, yearStartMonth), QVariant::fromValue(QList<QVariant> { p.from, p.to }));
    }
    const QDate quarterStart = storyPeriodChoices(today, yearStartMonth).value(4).from;
    for (int i = 0; i < periodChoice->count(); ++i) {
        if (periodChoice->itemData(i).toList().value(0).toDate() == quarterStart) {
            periodChoice->setCurrentIndex(i); // this quarter
        }
    }
}

void StoryDialog::Private::load()
{
    core::Story s;
    if (storyId > 0) {
        auto story = StoryService(db).story(actor, storyId);
        if (!story) {
            loadFailed = true;
            banner->showProblem(story.message());
        } else {
            loaded = story.value();
            s = story.takeValue();
        }
    } else {
        s.writtenOn = today;
        s.personId = fixedPerson;
        if (fixedPerson > 0) {
            auto record = core::PersonService(db).open(actor, fixedPerson);
            if (!record) {
                loadFailed = true;
                banner->showProblem(record.message());
            } else {
                const core::PersonRecord& r = record.value();
                s.personName = r.knownAs.isEmpty() ? tr("%1 %2").arg(r.givenName, r.familyName).trimmed()
                                                   : tr("%1 %2 (%3)").arg(r.givenName, r.familyName, r.knownAs);
                auto standing = core::InvolvementService(db).standingOn(actor, fixedPerson, today);
                if (standing && StoryService::authorTypeKeys().contains(standing.value())) {
                    s.authorType = standing.value();
                }
            }
        }
        // The newest consent to use a story that stands today.
        if (fixedPerson > 0 && !loadFailed) {
            if (auto list = StoryService(db).storyConsents(actor, fixedPerson)) {
                for (const core::Consent& c : list.value()) {
                    if (c.standsOn(today)) {
                        s.consentId = c.id;
                        break;
                    }
                }
            }
        }
    }
    showStory(s);
}

void StoryDialog::Private::showStory(const core::Story& s)
{
    setPerson(s.personId, s.personName);
    if (person && s.personId > 0) {
        const QSignalBlocker block(person);
        person->clear();
        person->addItem(s.personName, s.personId);
    }
    authorType->setCurrentIndex(std::max(0, authorType->findData(s.authorType)));
    int with = writtenWith->findData(s.writtenWithWorkerId);
    if (with < 0 && s.writtenWithWorkerId > 0) {
        writtenWith->addItem(s.writtenWithName, s.writtenWithWorkerId);
        with = writtenWith->count() - 1;
    }
    writtenWith->setCurrentIndex(std::max(0, with));
    title->setText(s.title);
    if (s.writtenOn.isValid() && s.writtenOn > today) {
        writtenOn->setMaximumDate(s.writtenOn);
    }
    writtenOn->setDate(s.writtenOn.isValid() ? s.writtenOn : today);
    fillThemes(s.themeIds);
    fillConsents(s.consentId);
    periods = s.chosenFor;
    fillPeriods();
    body->setPlainText(s.body);
    {
        const QSignalBlocker block(anonymised);
        anonymised->setPlainText(s.anonymised);
    }
    check();
    shown = fromForm();
}

void StoryDialog::Private::setPerson(qint64 id, const QString& name)
{
    personId = id;
    personName = name;
    if (personLabel) {
        personLabel->setText(name.isEmpty() ? tr("(not known)") : name);
        personLabel->setAccessibleName(tr("Written by %1").arg(name));
    }
}

void StoryDialog::Private::fillThemes(const QList<qint64>& ticked)
{
    const QSignalBlocker block(themeList);
    themeList->clear();
    for (const core::StoryTheme& t : std::as_const(themes)) {
        const bool on = ticked.contains(t.id);
        if (!t.active && !on) {
            continue; // retired: shown only on the stories that have it
        }
        auto* item = new QListWidgetItem(t.active ? t.name : tr("%1 (retired)").arg(t.name), themeList);
        item->setData(Qt::UserRole, t.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    if (themeList->count() == 0) {
        auto* item = new QListWidgetItem(tr("No themes yet: add them with Themes… on the Stories list."), themeList);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void StoryDialog::Private::fillConsents(qint64 select)
{
    consents.clear();
    if (personId > 0) {
        if (auto list = StoryService(db).storyConsents(actor, personId)) {
            consents = list.takeValue();
        } else {
            banner->showProblem(list.message());
        }
    }
    const QSignalBlocker block(consent);
    consent->clear();
    consent->addItem(consents.isEmpty() ? tr("No consent to use a story on file") : tr("None chosen"), qint64(0));
    for (const core::Consent& c : std::as_const(consents)) {
        QString text = c.withdrawnOn.isValid()
            ? tr("Given %1 — withdrawn on %2").arg(shortDate(c.givenOn), shortDate(c.withdrawnOn))
            : tr("Given %1, stands").arg(shortDate(c.givenOn));
        consent->addItem(text, c.id);
        if (!c.recordedBy.isEmpty()) {
            consent->setItemData(consent->count() - 1, tr("Recorded by %1").arg(c.recordedBy), Qt::ToolTipRole);
        }
    }
    consent->setCurrentIndex(std::max(0, consent->findData(select)));
    consentChanged();
}

void StoryDialog::Private::consentChanged()
{
    const qint64 id = consent->currentData().toLongLong();
    const core::Consent* chosen = nullptr;
    for (const core::Consent& c : std::as_const(consents)) {
        if (c.id == id) {
            chosen = &c;
        }
    }
    if (personId <= 0) {
        consentNote->setText(tr("Choose the writer first: the story rests on their consent."));
        consentNote->show();
    } else if (!chosen) {
        consentNote->setText(tr("No consent: this story cannot be used in any report until the writer's consent to "
                                "use their story is recorded."));
        consentNote->show();
    } else if (!chosen->standsOn(today)) {
        consentNote->setText(chosen->withdrawnOn.isValid() && chosen->withdrawnOn <= today
                ? tr("Consent withdrawn on %1: this story is left out of every report from then on, until new "
                     "consent is recorded.")
                      .arg(longDate(chosen->withdrawnOn))
                : tr("This consent does not stand today: the story cannot be used in any report until consent is "
                     "recorded."));
        consentNote->show();
    } else {
        consentNote->hide();
    }
    updateButtons();
}

void StoryDialog::Private::recordConsent()
{
    if (!canEdit || personId <= 0) {
        return;
    }
    if (!prompts::confirm(q, tr("Record Consent Given"),
            tr("Record that %1 gave consent today, %2, for their story to be used, anonymised, in the charity's "
               "reports? It can be withdrawn at any time on their record.")
                .arg(personName, longDate(today)),
            tr("Record Consent"))) {
        return;
    }
    core::Consent c;
    c.personId = personId;
    c.purpose = kStoryPurpose;
    c.givenOn = today;
    auto id = core::ClientService(db).saveConsent(actor, c);
    if (!id) {
        banner->showProblem(id.message());
        return;
    }
    c.id = id.value();
    if (undo) {
        core::Database* database = &db;
        const core::Actor who = actor;
        undo->push(new SavedChange(
            tr("Record %1's consent to use a story").arg(personName),
            [database, who, c] { return core::ClientService(*database).removeConsent(who, c.id); },
            [database, who, c] { return core::ClientService(*database).saveConsent(who, c).status(); }));
    }
    fillConsents(c.id);
    banner->showGood(tr("Recorded: %1 gave consent on %2 to use their story.").arg(personName, longDate(today)));
    consent->setFocus();
}

void StoryDialog::Private::searchPeople()
{
    if (!person) {
        return;
    }
    const QString text = personSearch->text().trimmed();
    const qint64 current = personId;
    const QString currentName = personName;
    QList<core::PersonMatch> matches;
    if (!text.isEmpty()) {
        auto found = core::PersonService(db).find(actor, text);
        if (!found) {
            banner->showProblem(found.message());
            return;
        }
        matches = found.takeValue();
    }
    {
        const QSignalBlocker block(person);
        person->clear();
        if (current > 0) {
            person->addItem(currentName, current);
        }
        for (const core::PersonMatch& m : std::as_const(matches)) {
            if (m.personId != current) {
                person->addItem(m.name, m.personId);
            }
        }
        if (person->count() == 0) {
            person->addItem(
                text.isEmpty() ? tr("Type part of a name above") : tr("No one found: check the spelling"), qint64(0));
        }
        person->setCurrentIndex(0);
    }
    if (current == 0 && !matches.isEmpty()) {
        personChosen();
    }
}

void StoryDialog::Private::personChosen()
{
    const qint64 id = person->currentData().toLongLong();
    if (id == personId) {
        return;
    }
    setPerson(id, id > 0 ? person->currentText() : QString());
    qint64 select = 0;
    if (id > 0) {
        if (auto list = StoryService(db).storyConsents(actor, id)) {
            for (const core::Consent& c : list.value()) {
                if (c.standsOn(today)) {
                    select = c.id;
                    break;
                }
            }
        }
        auto standing = core::InvolvementService(db).standingOn(actor, id, writtenOn->date());
        if (standing && StoryService::authorTypeKeys().contains(standing.value())) {
            authorType->setCurrentIndex(std::max(0, authorType->findData(standing.value())));
        }
    }
    fillConsents(select);
    scheduleCheck();
}

void StoryDialog::Private::fillPeriods()
{
    auto order = [](const core::StoryPeriod& a, const core::StoryPeriod& b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    };
    std::sort(periods.begin(), periods.end(), order);
    periodList->clear();
    for (const core::StoryPeriod& p : std::as_const(periods)) {
        auto* item = new QListWidgetItem(storyPeriodName(p, yearStartMonth), periodList);
        item->setData(Qt::UserRole, QVariant::fromValue(QList<QVariant> { p.from, p.to }));
    }
    if (periods.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Not chosen for any report yet."), periodList);
        item->setFlags(Qt::ItemIsEnabled);
    }
    updateButtons();
}

void StoryDialog::Private::addPeriod()
{
    const QList<QVariant> range = periodChoice->currentData().toList();
    const core::StoryPeriod p { range.value(0).toDate(), range.value(1).toDate() };
    if (!p.from.isValid() || periods.contains(p)) {
        banner->showProblem(tr("The story is already chosen for %1.").arg(periodChoice->currentText()));
        return;
    }
    periods << p;
    fillPeriods();
    for (int i = 0; i < periodList->count(); ++i) {
        if (periodList->item(i)->data(Qt::UserRole).toList().value(0).toDate() == p.from
            && periodList->item(i)->data(Qt::UserRole).toList().value(1).toDate() == p.to) {
            periodList->setCurrentRow(i);
        }
    }
    banner->hide();
}

void StoryDialog::Private::removePeriod()
{
    QListWidgetItem* item = periodList->currentItem();
    if (!item || periods.isEmpty()) {
        return;
    }
    const QList<QVariant> range = item->data(Qt::UserRole).toList();
    periods.removeAll(core::StoryPeriod { range.value(0).toDate(), range.value(1).toDate() });
    const int row = periodList->currentRow();
    fillPeriods();
    if (!periods.isEmpty()) {
        periodList->setCurrentRow(std::min(row, periodList->count() - 1));
        periodList->setFocus();
    } else {
        periodChoice->setFocus();
    }
}

void StoryDialog::Private::startFromWords()
{
    if (!anonymised->toPlainText().trimmed().isEmpty()
        && !prompts::confirm(q, tr("Replace the Anonymised Version?"),
            tr("The anonymised version already has text. Replace it with the words as written?"), tr("Replace"))) {
        return;
    }
    anonymised->setPlainText(body->toPlainText());
    check();
    anonymised->setFocus();
}

void StoryDialog::Private::scheduleCheck()
{
    checkTimer->start();
}

void StoryDialog::Private::check()
{
    checkTimer->stop();
    found.clear();
    checkProblem.clear();
    const QString text = anonymised->toPlainText();
    if (!text.trimmed().isEmpty()) {
        auto warnings
            = StoryService(db).checkAnonymised(actor, personId, writtenWith->currentData().toLongLong(), text);
        if (warnings) {
            found = warnings.takeValue();
        } else {
            checkProblem = warnings.message();
        }
    }
    showWarnings();
}

void StoryDialog::Private::showWarnings()
{
    const QString text = anonymised->toPlainText();
    const QSignalBlocker block(warningList);
    warningList->clear();
    QList<QTextEdit::ExtraSelection> marks;
    const bool dark = anonymised->palette().color(QPalette::Base).lightness() < 128;
    for (const core::IdentifierWarning& w : std::as_const(found)) {
        auto* item = new QListWidgetItem(QStringLiteral("⚠ ") + warningInWords(w), warningList);
        item->setData(Qt::UserRole, w.position);
        item->setData(Qt::UserRole + 1, w.length);
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(anonymised->document());
        mark.cursor.setPosition(std::clamp(w.position, 0, int(text.size())));
        mark.cursor.setPosition(std::clamp(w.position + w.length, 0, int(text.size())), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(dark ? QColor(0xff, 0x9a, 0x90) : QColor(0xb0, 0x1c, 0x1c));
        mark.format.setBackground(dark ? QColor(0x5a, 0x3a, 0x10) : QColor(0xff, 0xec, 0xb3));
        marks << mark;
    }
    anonymised->setExtraSelections(marks);
    warningList->setVisible(!found.isEmpty());
    if (!checkProblem.isEmpty()) {
        checkSummary->setText(tr("Problem: the text could not be checked. %1").arg(checkProblem));
        setFeedbackColour(checkSummary, Feedback::Problem);
    } else if (text.trimmed().isEmpty()) {
        checkSummary->setText(tr("No anonymised version yet: a report can use the story only once there is one."));
        checkSummary->setPalette(q->palette());
    } else if (found.isEmpty()) {
        checkSummary->setText(tr("✓ No names on file, dates of birth or contact details found. Check for anyone "
                                 "else named, such as family or friends."));
        setFeedbackColour(checkSummary, Feedback::Good);
    } else {
        checkSummary->setText(found.size() == 1
                ? tr("Found 1 thing that could identify someone. It is marked in the text; choose it below to "
                     "select it:")
                : tr("Found %1 things that could identify someone. They are marked in the text; choose one below to "
                     "select it:")
                      .arg(found.size()));
        setFeedbackColour(checkSummary, Feedback::Problem);
    }
}

void StoryDialog::Private::showWarning(QListWidgetItem* item)
{
    if (!item) {
        return;
    }
    const int position = item->data(Qt::UserRole).toInt();
    const int length = item->data(Qt::UserRole + 1).toInt();
    const int size = int(anonymised->toPlainText().size());
    QTextCursor cursor(anonymised->document());
    cursor.setPosition(std::clamp(position, 0, size));
    cursor.setPosition(std::clamp(position + length, 0, size), QTextCursor::KeepAnchor);
    anonymised->setTextCursor(cursor);
    anonymised->ensureCursorVisible();
    anonymised->setFocus(Qt::OtherFocusReason);
}

void StoryDialog::Private::updateButtons()
{
    const bool editable = canEdit && !loadFailed;
    recordConsentButton->setEnabled(editable && personId > 0);
    removePeriodButton->setEnabled(editable && !periods.isEmpty() && periodList->currentRow() >= 0);
    addPeriodButton->setEnabled(editable);
}

void StoryDialog::Private::makeReadOnly()
{
    for (QWidget* w : std::initializer_list<QWidget*> {
             personSearch, person, authorType, writtenWith, consent, periodChoice, copyButton }) {
        if (w) {
            w->setEnabled(false);
        }
    }
    title->setReadOnly(true);
    writtenOn->setReadOnly(true);
    body->setReadOnly(true);
    anonymised->setReadOnly(true);
    for (int i = 0; i < themeList->count(); ++i) {
        themeList->item(i)->setFlags(themeList->item(i)->flags() & ~Qt::ItemIsUserCheckable);
    }
    recordConsentButton->hide();
    addPeriodButton->hide();
    removePeriodButton->hide();
    saveButton->hide();
    cancelButton->setText(tr("&Close"));
    cancelButton->setAccessibleName(tr("Close the story"));
}

qint64 StoryDialog::Private::personInForm() const
{
    return personId;
}

core::Story StoryDialog::Private::fromForm() const
{
    core::Story s = loaded ? *loaded : core::Story {};
    s.personId = personInForm();
    s.personName = personName;
    s.authorType = authorType->currentData().toString();
    s.writtenWithWorkerId = writtenWith->currentData().toLongLong();
    s.writtenWithName = s.writtenWithWorkerId > 0 ? writtenWith->currentText() : QString();
    s.title = title->text().trimmed();
    s.writtenOn = writtenOn->date();
    s.body = body->toPlainText();
    s.anonymised = anonymised->toPlainText();
    s.consentId = consent->currentData().toLongLong();
    s.themeIds.clear();
    for (int i = 0; i < themeList->count(); ++i) {
        const QListWidgetItem* item = themeList->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable || !canEdit) && item->checkState() == Qt::Checked) {
            s.themeIds << item->data(Qt::UserRole).toLongLong();
        }
    }
    s.chosenFor = periods;
    return s;
}

bool StoryDialog::Private::unsaved() const
{
    return canEdit && !loadFailed && !sameStory(fromForm(), shown);
}

void StoryDialog::Private::save()
{
    if (!canEdit || loadFailed) {
        return;
    }
    core::Story after = fromForm();
    if (loaded && sameStory(after, *loaded)) {
        summaryText = tr("Nothing was changed in the story “%1”.").arg(after.title);
        q->QDialog::accept();
        return;
    }
    if (after.personId <= 0) {
        banner->showProblem(tr("Choose who wrote the story: type part of their name under Find writer, then choose "
                               "them from the list."));
        (personSearch ? static_cast<QWidget*>(personSearch) : authorType)->setFocus();
        return;
    }
    if (core::Status s = StoryService::validate(after, today); !s) {
        banner->showProblem(s.message());
        if (after.title.isEmpty()) {
            title->setFocus();
        }
        return;
    }
    check(); // the very text being saved
    if (!found.isEmpty() && !after.chosenFor.isEmpty()) {
        const QString what = found.size() == 1
            ? tr("The anonymised version still has 1 thing that could identify someone.")
            : tr("The anonymised version still has %1 things that could identify someone.").arg(found.size());
        if (!prompts::confirm(q, tr("Save With Identifiers Left?"),
                tr("%1 The story is chosen for a report, but the report will leave it out until the anonymised version "
                   "is fixed. Save it as it is for now?")
                    .arg(what),
                tr("Save Anyway"))) {
            anonymised->setFocus();
            return;
        }
    }
    auto id = StoryService(db).saveStory(actor, after);
    if (!id) {
        banner->showProblem(id.message());
        return;
    }
    after.id = id.value();
    savedId = after.id;
    summaryText = loaded ? tr("Saved the changes to the story “%1”.").arg(after.title)
                         : tr("Saved the story “%1” by %2.").arg(after.title, personName);
    core::Database* database = &db;
    const core::Actor who = actor;
    pushSaved<core::Story>(
        undo, loaded ? tr("Change the story “%1”").arg(after.title) : tr("Add the story “%1”").arg(after.title), loaded,
        after, [database, who](const core::Story& s) { return StoryService(*database).saveStory(who, s); },
        [database, who](qint64 removed) { return StoryService(*database).removeStory(who, removed); });
    shown = after;
    q->QDialog::accept();
}

StoryDialog::StoryDialog(
    core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 storyId, qint64 personId, QWidget* parent)
    : QDialog(parent)
    , d(std::make_unique<Private>(this, db, actor, undo, storyId, personId))
{
    setObjectName(QStringLiteral("storyDialog"));
    setWindowTitle(storyId > 0 ? tr("Story") : tr("New Story"));
    d->build();
    d->readLists();
    d->load();
    if (d->loaded) {
        setWindowTitle(tr("Story — %1").arg(d->loaded->title));
    } else if (!d->personName.isEmpty()) {
        setWindowTitle(tr("New Story by %1").arg(d->personName));
    }

    connect(d->writtenWith, &QComboBox::currentIndexChanged, this, [this] { d->scheduleCheck(); });

    if (!d->canEdit || d->loadFailed) {
        d->makeReadOnly();
        if (!d->canEdit && !d->loadFailed) {
            d->banner->showProblem(core::Permissions::require(actor, core::Permissions::Action::EditRecords).message());
        }
    }
    d->updateButtons();

    // Fits a 1024 x 700 screen (title bar included).
    QSize size(1000, 660);
    if (const QScreen* s = screen()) {
        size = size.boundedTo(s->availableGeometry().size() - QSize(24, 60));
    }
    resize(size);
    if (d->personSearch && d->personId == 0) {
        d->personSearch->setFocus();
    } else {
        d->title->setFocus();
    }
}

StoryDialog::~StoryDialog() = default;

qint64 StoryDialog::savedId() const
{
    return d->savedId;
}

QString StoryDialog::summary() const
{
    return d->summaryText;
}

QList<core::IdentifierWarning> StoryDialog::warnings() const
{
    return d->found;
}

void StoryDialog::checkNow()
{
    d->check();
}

bool StoryDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == d->warningList && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            d->showWarning(d->warningList->currentItem());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void StoryDialog::accept()
{
    d->save();
}

void StoryDialog::reject()
{
    if (d->unsaved()
        && !prompts::confirm(this, tr("Discard Changes?"),
            tr("The story has changes that are not saved. Discard them, or go back and save them?"),
            tr("Discard Changes"))) {
        return;
    }
    QDialog::reject();
}

} // namespace alongside::ui
