#include "clientrecorddialog.h"

#include "core/auth/permissions.h"
#include "core/clients/demographics.h"
#include "core/clock.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/feedback.h"
#include "ui/common/fonts.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/involvement/timelinewidget.h"
#include "ui/privacy/erasuredialog.h"
#include "ui/privacy/subjectaccessexport.h"
#include "ui/workforce/formdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace alongside::ui {

namespace {

using Action = core::Permissions::Action;
using core::ClientService;
using core::Demographics;

QLineEdit* newLine(QWidget* parent, const QString& objectName, const QString& accessibleName, int maxLength = 200)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

QFormLayout* newForm(QGroupBox* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

/** Chooses value in a combo of keys; a value the list does not know (an older answer) is added as it was. */
void setKeyValue(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0) {
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

/** "Not asked", the 19 Census 2021 groups under a heading each, and "Not stated". */
QComboBox* newEthnicityCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("ethnicityCombo"));
    combo->setAccessibleName(ClientRecordDialog::tr("Ethnic group"));
    auto* model = new QStandardItemModel(combo);
    auto add = [model](const QString& text, const QVariant& key) {
        auto* item = new QStandardItem(text);
        item->setData(key, Qt::UserRole);
        model->appendRow(item);
        return item;
    };
    add(ClientRecordDialog::tr("Not asked"), QString());
    int group = 0;
    for (const QString& key : Demographics::ethnicityKeys()) {
        if (key == QLatin1String(Demographics::kNotStated)) {
            continue;
        }
        if (Demographics::ethnicGroup(key) != group) {
            group = Demographics::ethnicGroup(key);
            // A heading, not a choice: the keyboard and mouse pass over it.
            QStandardItem* heading = add(Demographics::ethnicGroupName(group), QVariant());
            heading->setFlags(Qt::NoItemFlags);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
        }
        add(QStringLiteral("    ") + Demographics::ethnicityName(key), key);
    }
    add(Demographics::ethnicityName(QString::fromLatin1(Demographics::kNotStated)),
        QString::fromLatin1(Demographics::kNotStated));
    combo->setModel(model);
    return combo;
}

/** Calls reflow(width) whenever the watched widget is resized. */
class ReflowFilter : public QObject
{
public:
    ReflowFilter(QWidget* watched, std::function<void(int)> reflow)
        : QObject(watched)
        , m_reflow(std::move(reflow))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Resize) {
            m_reflow(static_cast<QWidget*>(watched)->width());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(int)> m_reflow;
};

QString comboKey(const QComboBox* combo)
{
    return combo->currentData().toString();
}

} // namespace

ClientRecordDialog::ClientRecordDialog(
    core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 clientId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_clientId(clientId)
    , m_canEdit(core::Permissions::allowed(actor.role, Action::EditRecords))
    , m_name(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_riskBanner(new QFrame(this))
    , m_riskText(new WrappingLabel(QString(), this))
    , m_message(new FeedbackBanner(QStringLiteral("messageLabel"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("clientRecordDialog"));
    setWindowTitle(tr("Record of a Person Supported"));

    m_name->setObjectName(QStringLiteral("nameLabel"));
    m_name->setFont(scaledFont(m_name->font(), 1.4));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The risk note stands out by an icon, a bold heading and a frame: never by colour alone.
    m_riskBanner->setObjectName(QStringLiteral("riskBanner"));
    m_riskBanner->setAccessibleName(tr("Risk note"));
    m_riskBanner->setFrameShape(QFrame::Box);
    m_riskBanner->setLineWidth(2);
    auto* riskIcon = new QLabel(m_riskBanner);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    riskIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    riskIcon->setAlignment(Qt::AlignTop);
    auto* riskTitle = new QLabel(tr("Risk note"), m_riskBanner);
    riskTitle->setObjectName(QStringLiteral("riskTitle"));
    riskTitle->setFont(scaledFont(riskTitle->font(), 1.1));
    setFeedbackColour(riskTitle, Feedback::Problem);
    m_riskText->setObjectName(QStringLiteral("riskNoteLabel"));
    m_riskText->setParent(m_riskBanner);
    m_riskText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_riskText->setTextFormat(Qt::PlainText);
    auto* riskWords = new QVBoxLayout;
    riskWords->setSpacing(2);
    riskWords->addWidget(riskTitle);
    riskWords->addWidget(m_riskText);
    auto* riskLayout = new QHBoxLayout(m_riskBanner);
    riskLayout->addWidget(riskIcon, 0, Qt::AlignTop);
    riskLayout->addLayout(riskWords, 1);
    m_riskBanner->hide();

    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setAccessibleName(tr("Parts of the record"));
    m_tabs->addTab(buildDetailsTab(), tr("&Details"));
    m_tabs->addTab(buildEpisodesTab(), tr("&Referrals and Episodes"));
    m_tabs->addTab(buildSessionsTab(), tr("&Sessions"));
    m_tabs->addTab(buildGoalsTab(), tr("&Goals"));
    m_tabs->addTab(buildOutcomesTab(), tr("O&utcomes"));
    m_tabs->addTab(buildConsentTab(), tr("C&onsent"));
    m_timeline = new TimelineWidget(m_db, m_actor, m_undo, this);
    // Every letter of "Involvement" leads somewhere else on one tab or another; J is free on all of them.
    m_tabs->addTab(m_timeline, tr("Involvement and &Journey"));
    // Read when shown, and again each time it is shown: meetings are recorded elsewhere.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_timeline) {
            m_timeline->refresh();
        }
    });
    connect(m_timeline, &TimelineWidget::changed, this, [this] { m_madeChanges = true; });

    auto* bottom = new QHBoxLayout;
    if (m_undo) {
        // The main window's Edit menu cannot be reached while this dialog is open: offer the same stack here.
        QAction* undoAction = m_undo->createUndoAction(this, tr("Undo"));
        undoAction->setShortcut(QKeySequence::Undo);
        QAction* redoAction = m_undo->createRedoAction(this, tr("Redo"));
        redoAction->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
        addAction(undoAction);
        addAction(redoAction);
        auto* undoButton = new QToolButton(this);
        undoButton->setObjectName(QStringLiteral("undoButton"));
        undoButton->setDefaultAction(undoAction);
        undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        undoButton->setAccessibleName(tr("Undo the last change"));
        undoButton->setFocusPolicy(Qt::StrongFocus);
        auto* redoButton = new QToolButton(this);
        redoButton->setObjectName(QStringLiteral("redoButton"));
        redoButton->setDefaultAction(redoAction);
        redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        redoButton->setAccessibleName(tr("Redo the change undone last"));
        redoButton->setFocusPolicy(Qt::StrongFocus);
        bottom->addWidget(undoButton);
        bottom->addWidget(redoButton);
        connect(m_undo, &QUndoStack::indexChanged, this, [this] {
            m_madeChanges = true;
            reload();
        });
    }
    bottom->addStretch(1);
    addSubjectAccessAction(bottom);
    addErasureButtons(bottom);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the record"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addWidget(m_riskBanner);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(1000, 720);

    loadProfile(true);
    reload();
}

void ClientRecordDialog::addSubjectAccessAction(QHBoxLayout* layout)
{
    privacy::addSubjectAccessButton(this, layout, m_db, m_actor, [this] { return m_profile.personId; });
}

void ClientRecordDialog::reload()
{
    if (m_profileStale) {
        m_profileStale = false;
        loadProfile(false);
    }
    loadEpisodes();
    loadSessions();
    loadGoals();
    loadOutcomes();
    loadConsent();
    m_timeline->setPerson(m_profile.personId);
    if (m_tabs->currentWidget() == m_timeline) {
        m_timeline->refresh();
    }
    updateHeader();
}

void ClientRecordDialog::changeSaved()
{
    m_madeChanges = true;
    m_message->hide();
    if (!m_undo) {
        reload(); // with a stack, its indexChanged reloads
    }
}

void ClientRecordDialog::showMessage(const QString& message)
{
    m_message->showProblem(message);
}

QPushButton* ClientRecordDialog::editButton(
    const QString& text, const QString& objectName, const QString& accessibleName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setVisible(m_canEdit);
    return button;
}

void ClientRecordDialog::updateHeader()
{
    m_name->setText(core::WorkforceService::displayName(m_profile.givenName, m_profile.familyName, m_profile.knownAs));
    setWindowTitle(tr("%1 — Record").arg(m_name->text()));

    const QDate today = core::Clock::instance().today();
    QStringList open;
    for (const core::Episode& e : std::as_const(m_episodes)) {
        if (e.isOpenOn(today)) {
            open << e.componentName;
        }
    }
    const QString status = m_episodes.isEmpty() ? QStringLiteral("waiting")
        : open.isEmpty()                        ? QStringLiteral("closed")
                                                : QStringLiteral("open");
    QString summary = open.isEmpty()
        ? tr("Status: %1.").arg(ClientService::clientStatusName(status))
        : tr("Status: %1 (%2).").arg(ClientService::clientStatusName(status), open.join(QStringLiteral(", ")));
    if (!m_referrals.isEmpty()) {
        const core::Referral& r = m_referrals.first(); // newest first
        const QString source = r.sourceName.isEmpty()
            ? ClientService::sourceCategoryName(r.sourceCategory)
            : tr("%1: %2").arg(ClientService::sourceCategoryName(r.sourceCategory), r.sourceName);
        summary += QLatin1Char(' ') + tr("Referred on %1 (%2).").arg(shortDate(r.referredOn), source);
    }
    m_summary->setText(summary);

    const QString note = m_profile.riskNote.trimmed();
    if (note.isEmpty()) {
        m_riskBanner->hide();
    } else {
        m_riskText->setText(m_profile.riskUpdatedOn.isValid()
                ? tr("%1\n(Updated on %2.)").arg(note, shortDate(m_profile.riskUpdatedOn))
                : note);
        m_riskBanner->show();
    }
}

// ---- details -----------------------------------------------------------------------------------

QWidget* ClientRecordDialog::buildDetailsTab()
{
    auto* page = new QWidget(this);
    m_given = newLine(page, QStringLiteral("givenNameEdit"), tr("First name"), 100);
    m_family = newLine(page, QStringLiteral("familyNameEdit"), tr("Family name"), 100);
    m_knownAs = newLine(page, QStringLiteral("knownAsEdit"), tr("Known as"), 100);
    m_birth = new OptionalDateEdit(tr("Known:"), tr("Date of birth"), page);
    m_birth->setObjectName(QStringLiteral("dateOfBirthEdit"));
    m_birth->setDefaultDate(QDate(1980, 1, 1));
    m_email = newLine(page, QStringLiteral("emailEdit"), tr("Email"));
    m_phone = newLine(page, QStringLiteral("phoneEdit"), tr("Phone"));
    m_address = newLine(page, QStringLiteral("addressEdit"), tr("Address"), 500);
    m_postcode = newLine(page, QStringLiteral("postcodeEdit"), tr("Postcode"), 12);
    m_reference = newLine(page, QStringLiteral("referenceEdit"), tr("Reference"), 100);
    m_reference->setToolTip(tr("The ID from your old records, if any: imports find the person by it. No two people "
                               "can have the same reference."));

    m_gender = new QComboBox(page);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    m_gender->setAccessibleName(tr("Gender"));
    m_gender->addItem(tr("Not asked"), QString());
    for (const QString& key : Demographics::genderKeys()) {
        m_gender->addItem(Demographics::genderName(key), key);
    }
    m_ethnicity = newEthnicityCombo(page);

    m_riskNote = new QPlainTextEdit(page);
    m_riskNote->setObjectName(QStringLiteral("riskNoteEdit"));
    m_riskNote->setAccessibleName(tr("Risk note"));
    m_riskNote->setTabChangesFocus(true);
    m_riskNote->setPlaceholderText(tr("Anything a mentor or coordinator must know before contacting this person"));
    m_riskNote->setMinimumHeight(70);
    m_riskUpdated = new QLabel(page);
    m_riskUpdated->setObjectName(QStringLiteral("riskUpdatedLabel"));

    m_languages = newLine(page, QStringLiteral("languagesEdit"), tr("Languages"));
    m_languages->setPlaceholderText(tr("For example: English, Urdu"));
    auto* slotsWidget = new QWidget(page);
    auto* slotsGrid = new QGridLayout(slotsWidget);
    slotsGrid->setContentsMargins(0, 0, 0, 0);
    slotsGrid->setHorizontalSpacing(16);
    const QStringList slotKeys = Demographics::slotKeys();
    for (int i = 0; i < slotKeys.size(); ++i) {
        auto* box = new QCheckBox(Demographics::slotName(slotKeys[i]), slotsWidget);
        box->setObjectName(QStringLiteral("slot_%1").arg(slotKeys[i]));
        box->setAccessibleName(tr("Available: %1").arg(Demographics::slotName(slotKeys[i])));
        box->setProperty("slotKey", slotKeys[i]);
        slotsGrid->addWidget(box, i / 2, i % 2); // a day per row: daytime, then evening
        m_slots << box;
    }
    m_homeVisits = new QCheckBox(tr("Needs &home visits"), page);
    m_homeVisits->setObjectName(QStringLiteral("homeVisitsCheck"));
    m_homeVisits->setAccessibleName(tr("Needs home visits"));
    m_wantedGender = new QComboBox(page);
    m_wantedGender->setObjectName(QStringLiteral("wantedGenderCombo"));
    m_wantedGender->setAccessibleName(tr("Mentor's gender wanted"));
    m_wantedGender->addItem(tr("No preference"), QString());
    for (const QString& key : Demographics::genderKeys()) {
        if (key != QLatin1String(Demographics::kNotStated)) {
            m_wantedGender->addItem(Demographics::genderName(key), key);
        }
    }
    m_wantedAreas = new QListWidget(page);
    m_wantedAreas->setObjectName(QStringLiteral("wantedAreasList"));
    m_wantedAreas->setAccessibleName(tr("Lived experience the person would like their mentor to share"));
    for (const QString& key : core::WorkforceService::livedExperienceAreaKeys()) {
        auto* item = new QListWidgetItem(core::WorkforceService::livedExperienceAreaName(key), m_wantedAreas);
        item->setData(Qt::UserRole, key);
        item->setFlags(
            m_canEdit ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable) : Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    m_wantedAreas->setMinimumHeight(160);
    m_sharedEthnicity = new QCheckBox(tr("Would like a mentor of the same ethnic &group"), page);
    m_sharedEthnicity->setObjectName(QStringLiteral("sharedEthnicityCheck"));
    m_sharedEthnicity->setAccessibleName(tr("Would like a mentor of the same ethnic group"));
    m_sharedLanguage = new QCheckBox(tr("Would like a mentor who speaks their lang&uage"), page);
    m_sharedLanguage->setObjectName(QStringLiteral("sharedLanguageCheck"));
    m_sharedLanguage->setAccessibleName(tr("Would like a mentor who speaks their language"));
    m_preferenceNote = new QPlainTextEdit(page);
    m_preferenceNote->setObjectName(QStringLiteral("preferenceNoteEdit"));
    m_preferenceNote->setAccessibleName(tr("Note on matching preferences"));
    m_preferenceNote->setTabChangesFocus(true);
    m_preferenceNote->setMaximumHeight(70);

    auto* contact = new QGroupBox(tr("Contact"), page);
    auto* contactForm = newForm(contact);
    contactForm->addRow(tr("First &name:"), m_given);
    contactForm->addRow(tr("F&amily name:"), m_family);
    contactForm->addRow(tr("&Known as:"), m_knownAs);
    contactForm->addRow(tr("Date of &birth:"), m_birth);
    contactForm->addRow(tr("&Email:"), m_email);
    contactForm->addRow(tr("&Phone:"), m_phone);
    contactForm->addRow(tr("Address:"), m_address);
    contactForm->addRow(tr("Postcode:"), m_postcode);
    contactForm->addRow(tr("Re&ference:"), m_reference);
    for (QWidget* field : { static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_postcode) }) {
        if (auto* label = qobject_cast<QLabel*>(contactForm->labelForField(field))) {
            label->setBuddy(field);
        }
    }

    auto* about = new QGroupBox(tr("Equality monitoring (optional)"), page);
    auto* aboutForm = newForm(about);
    aboutForm->addRow(new WrappingLabel(
        tr("Only if the person chose to answer. \"Not asked\": the question was not asked; \"Not stated\": they "
           "chose not to say."),
        page));
    aboutForm->addRow(tr("Gender:"), m_gender);
    aboutForm->addRow(tr("E&thnic group:"), m_ethnicity);
    for (QWidget* field : { static_cast<QWidget*>(m_gender) }) {
        if (auto* label = qobject_cast<QLabel*>(aboutForm->labelForField(field))) {
            label->setBuddy(field);
        }
    }

    auto* risk = new QGroupBox(tr("Risk note"), page);
    auto* riskForm = new QVBoxLayout(risk);
    auto* riskLabel = new WrappingLabel(
        tr("Shown at the top of the record whenever it is not empty. Keep it short and factual."), page);
    riskForm->addWidget(riskLabel);
    riskForm->addWidget(m_riskNote);
    riskForm->addWidget(m_riskUpdated);

    auto* preferences = new QGroupBox(tr("Matching preferences"), page);
    auto* preferenceForm = newForm(preferences);
    preferenceForm->addRow(tr("&Languages:"), m_languages);
    auto* slotsLabel = new QLabel(tr("Available:"), page);
    slotsLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    preferenceForm->addRow(slotsLabel, slotsWidget);
    preferenceForm->addRow(QString(), m_homeVisits);
    preferenceForm->addRow(tr("&Mentor's gender:"), m_wantedGender);
    auto* areasLabel = new QLabel(tr("Shared lived e&xperience:"), page);
    areasLabel->setBuddy(m_wantedAreas);
    areasLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    preferenceForm->addRow(areasLabel, m_wantedAreas);
    preferenceForm->addRow(QString(), m_sharedEthnicity);
    preferenceForm->addRow(QString(), m_sharedLanguage);
    preferenceForm->addRow(tr("No&te:"), m_preferenceNote);

    auto* inner = new QWidget;
    auto* left = new QVBoxLayout;
    left->addWidget(contact);
    left->addWidget(about);
    left->addWidget(risk);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(preferences);
    right->addStretch(1);
    auto* columns = new QBoxLayout(QBoxLayout::LeftToRight, inner);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false);
    inner->setAutoFillBackground(false);
    // Side by side when there is room; one above the other in a small window, so nothing is cut off.
    new ReflowFilter(scroll->viewport(), [columns, left, right](int width) {
        const QMargins margins = columns->contentsMargins();
        const int needed = left->minimumSize().width() + right->minimumSize().width() + columns->spacing()
            + margins.left() + margins.right();
        columns->setDirection(width < needed ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    });

    auto* revert = editButton(tr("Re&vert"), QStringLiteral("revertDetailsButton"), tr("Put back the saved details"));
    revert->setAutoDefault(false); // Enter in a field must never throw away what was typed
    connect(revert, &QPushButton::clicked, this, &ClientRecordDialog::showProfile);
    auto* save = editButton(tr("Sa&ve Details"), QStringLiteral("saveDetailsButton"), tr("Save the details"));
    connect(save, &QPushButton::clicked, this, &ClientRecordDialog::saveProfile);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(revert);
    actions->addWidget(save);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(scroll, 1);
    layout->addLayout(actions);

    if (!m_canEdit) {
        for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
            edit->setReadOnly(true);
        }
        for (QPlainTextEdit* edit : page->findChildren<QPlainTextEdit*>()) {
            edit->setReadOnly(true);
            edit->setPlaceholderText(QString()); // an invitation to type, which this account cannot
        }
        m_languages->setPlaceholderText(QString());
        m_birth->setReadOnly(true);
        for (QComboBox* combo : { m_gender, m_ethnicity, m_wantedGender }) {
            combo->setEnabled(false);
        }
        for (QCheckBox* box : page->findChildren<QCheckBox*>()) {
            box->setEnabled(false);
        }
    }
    return page;
}

void ClientRecordDialog::loadProfile(bool force)
{
    auto profile = ClientService(m_db).profile(m_actor, m_clientId);
    if (!profile) {
        showMessage(profile.message());
        return;
    }
    if (!force && profile.value() == m_profile) {
        return; // keep whatever is being typed
    }
    m_profile = profile.value();
    showProfile();
}

void ClientRecordDialog::showProfile()
{
    const core::ClientProfile& p = m_profile;
    m_given->setText(p.givenName);
    m_family->setText(p.familyName);
    m_knownAs->setText(p.knownAs);
    m_birth->setDate(p.dateOfBirth);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_address->setText(p.address);
    m_postcode->setText(p.postcode);
    m_reference->setText(p.reference);
    setKeyValue(m_gender, p.gender.isEmpty() ? QString() : Demographics::genderKey(p.gender));
    setKeyValue(m_ethnicity, p.ethnicity);
    m_riskNote->setPlainText(p.riskNote);
    m_riskUpdated->setText(p.riskUpdatedOn.isValid() ? tr("Last updated on %1.").arg(shortDate(p.riskUpdatedOn))
                                                     : tr("No risk note recorded."));
    m_languages->setText(p.languages);
    for (QCheckBox* box : std::as_const(m_slots)) {
        box->setChecked(p.availability.contains(box->property("slotKey").toString()));
    }
    m_homeVisits->setChecked(p.needsHomeVisits);
    setKeyValue(m_wantedGender, p.wantedGender);
    for (int i = 0; i < m_wantedAreas->count(); ++i) {
        QListWidgetItem* item = m_wantedAreas->item(i);
        item->setCheckState(
            p.wantedSharedAreas.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_sharedEthnicity->setChecked(p.wantsSharedEthnicity);
    m_sharedLanguage->setChecked(p.wantsSharedLanguage);
    m_preferenceNote->setPlainText(p.preferenceNote);
    updateHeader();
    ErasureDialog::showAnonymised(
        m_tabs->widget(0), p.anonymisedOn, findChild<QPushButton*>(QStringLiteral("anonymiseButton")));
}

core::ClientProfile ClientRecordDialog::profileFromForm() const
{
    core::ClientProfile p = m_profile; // keeps the ids
    p.givenName = m_given->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.knownAs = m_knownAs->text().trimmed();
    p.dateOfBirth = m_birth->date();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.address = m_address->text().trimmed();
    p.postcode = m_postcode->text().trimmed();
    p.reference = m_reference->text().trimmed();
    p.gender = comboKey(m_gender);
    p.ethnicity = comboKey(m_ethnicity);
    p.riskNote = m_riskNote->toPlainText().trimmed();
    if (p.riskNote != m_profile.riskNote.trimmed()) {
        p.riskUpdatedOn = p.riskNote.isEmpty() ? QDate() : core::Clock::instance().today();
    }
    p.languages = m_languages->text().trimmed();
    p.availability.clear();
    for (const QCheckBox* box : m_slots) {
        if (box->isChecked()) {
            p.availability << box->property("slotKey").toString();
        }
    }
    p.needsHomeVisits = m_homeVisits->isChecked();
    p.wantedGender = comboKey(m_wantedGender);
    p.wantedSharedAreas.clear();
    for (int i = 0; i < m_wantedAreas->count(); ++i) {
        if (m_wantedAreas->item(i)->checkState() == Qt::Checked) {
            p.wantedSharedAreas << m_wantedAreas->item(i)->data(Qt::UserRole).toString();
        }
    }
    p.wantsSharedEthnicity = m_sharedEthnicity->isChecked();
    p.wantsSharedLanguage = m_sharedLanguage->isChecked();
    p.preferenceNote = m_preferenceNote->toPlainText().trimmed();
    return p;
}

void ClientRecordDialog::saveProfile()
{
    const core::ClientProfile before = m_profile;
    const core::ClientProfile after = profileFromForm();
    if (after == before) {
        return;
    }
    if (core::Status s = ClientService::validate(after); !s) {
        showMessage(s.message());
        return;
    }
    if (core::Status s = ClientService(m_db).updateProfile(m_actor, after); !s) {
        showMessage(s.message());
        return;
    }
    m_profile = after;
    showProfile();
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        QPointer<ClientRecordDialog> self(this);
        auto put = [db, actor, self](const core::ClientProfile& p) {
            const core::Status s = ClientService(*db).updateProfile(actor, p);
            if (self) {
                self->m_profileStale = true; // read the form again when the stack's indexChanged arrives
            }
            return s;
        };
        m_undo->push(new SavedChange(
            tr("Change %1's details").arg(after.givenName), [put, before] { return put(before); },
            [put, after] { return put(after); }));
    }
    changeSaved();
}

void ClientRecordDialog::addErasureButtons(QHBoxLayout* bottom)
{
    if (!core::Permissions::allowed(m_actor.role, core::Permissions::Action::EraseRecords)) {
        return;
    }
    auto* anonymise = new QPushButton(tr("Anonymise…"), this);
    anonymise->setObjectName(QStringLiteral("anonymiseButton"));
    anonymise->setAccessibleName(
        tr("Anonymise this record: remove names, contact details and notes, keep the numbers"));
    auto* erase = new QPushButton(tr("Erase…"), this);
    erase->setObjectName(QStringLiteral("eraseButton"));
    erase->setAccessibleName(tr("Erase this person and everything recorded about them"));
    auto run = [this](ErasureDialog::Mode mode) {
        if (!ErasureDialog::confirmAndRun(m_db, m_actor, m_profile.personId, mode, this)) {
            return;
        }
        m_madeChanges = true;
        if (mode == ErasureDialog::Mode::Erase) {
            // Nothing is left to show, and no earlier change to this person can be undone.
            if (m_undo) {
                m_undo->disconnect(this);
                m_undo->clear();
            }
            reject();
            return;
        }
        if (m_undo) {
            m_undo->clear(); // reads the record again
        }
        loadProfile(true);
        reload();
    };
    connect(anonymise, &QPushButton::clicked, this, [run] { run(ErasureDialog::Mode::Anonymise); });
    connect(erase, &QPushButton::clicked, this, [run] { run(ErasureDialog::Mode::Erase); });
    bottom->addWidget(anonymise);
    bottom->addWidget(erase);
}

} // namespace alongside::ui
