#include "workerrecorddialog.h"

#include "core/auth/permissions.h"
#include "core/clients/demographics.h"
#include "core/clock.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/feedback.h"
#include "ui/common/fonts.h"
#include "ui/common/prompts.h"
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
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

using Action = core::Permissions::Action;
const QString kPreferNotToSay = QString::fromLatin1(core::WorkerProfile::kPreferNotToSay);

QLineEdit* newLine(QWidget* parent, const QString& objectName, const QString& accessibleName, int maxLength = 200)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

/** An editable combo offering "not asked" (empty), "Prefer not to say" and a few common answers. */
QComboBox* newEqualityCombo(
    QWidget* parent, const QString& objectName, const QString& accessibleName, const QStringList& answers)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString(), QString());
    combo->addItem(
        QCoreApplication::translate("alongside::ui::WorkerRecordDialog", "Prefer not to say"), kPreferNotToSay);
    for (const QString& answer : answers) {
        combo->addItem(answer, answer);
    }
    combo->lineEdit()->setPlaceholderText(
        QCoreApplication::translate("alongside::ui::WorkerRecordDialog", "Not asked"));
    return combo;
}

QString equalityValue(const QComboBox* combo)
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty()) {
        return {};
    }
    const int index = combo->findText(text);
    return index >= 0 ? combo->itemData(index).toString() : text;
}

void setEqualityValue(QComboBox* combo, const QString& value)
{
    const int index = combo->findData(value);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else {
        combo->setEditText(value);
    }
}

/** A fixed list of Demographics keys, with "not asked" (empty) first. */
QComboBox* newKeyCombo(QWidget* parent, const QString& objectName, const QString& accessibleName,
    const QStringList& keys, QString (*name)(const QString&))
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->addItem(QCoreApplication::translate("alongside::ui::WorkerRecordDialog", "Not asked"), QString());
    for (const QString& key : keys) {
        combo->addItem(name(key), key);
    }
    return combo;
}

constexpr int kOlderAnswerRole = Qt::UserRole + 1;

/** Selects key; a value from before the code lists (free text) is added and shown as it was. */
void setKeyValue(QComboBox* combo, const QString& key)
{
    for (int i = combo->count() - 1; i >= 0; --i) {
        if (combo->itemData(i, kOlderAnswerRole).toBool() && combo->itemData(i).toString() != key) {
            combo->removeItem(i);
        }
    }
    int index = combo->findData(key);
    if (index < 0) {
        combo->addItem(key, key);
        index = combo->count() - 1;
        combo->setItemData(index, true, kOlderAnswerRole);
        combo->setItemData(index,
            QCoreApplication::translate("alongside::ui::WorkerRecordDialog",
                "Recorded before Alongside used the standard list. Choose from the list to replace it."),
            Qt::ToolTipRole);
    }
    combo->setCurrentIndex(index);
}

/** The stored ethnicity as a key of the Census 2021 list, or as it was if it is not one. */
QString ethnicityKey(const QString& stored)
{
    const QString value = stored.trimmed();
    if (value == QLatin1String(core::WorkerProfile::kPreferNotToSay)) {
        return QString::fromLatin1(core::Demographics::kNotStated);
    }
    return value;
}

QFormLayout* newForm(QGroupBox* box)
{
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

} // namespace

WorkerRecordDialog::WorkerRecordDialog(
    core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 workerId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_workerId(workerId)
    , m_canEdit(core::Permissions::allowed(actor.role, Action::EditRecords))
    , m_name(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_message(new FeedbackBanner(QStringLiteral("messageLabel"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("workerRecordDialog"));
    setWindowTitle(tr("Record of a Person Who Delivers Support"));

    m_name->setObjectName(QStringLiteral("nameLabel"));
    m_name->setFont(scaledFont(m_name->font(), 1.4));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tabs->setObjectName(QStringLiteral("recordTabs"));
    m_tabs->setAccessibleName(tr("Parts of the record"));
    m_tabs->addTab(buildProfileTab(), tr("&Profile"));
    m_tabs->addTab(buildStatusTab(), tr("&Status and Roles"));
    m_tabs->addTab(buildChecksTab(), tr("&Recruitment and Checks"));
    m_tabs->addTab(buildHoursTab(), tr("&Hours"));
    m_tabs->addTab(buildTrainingTab(), tr("&Training"));
    if (maySeeSupervision()) {
        m_supervisionTab = buildSupervisionTab();
        m_tabs->addTab(m_supervisionTab, tr("S&upervision"));
    }
    if (core::Permissions::allowed(actor.role, Action::ViewLivedExperience)) {
        m_livedTab = buildLivedExperienceTab();
        m_tabs->addTab(m_livedTab, tr("&Lived Experience"));
        // Reading it is audited: only when someone actually looks.
        connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
            if (m_tabs->widget(index) == m_livedTab && !m_livedLoaded) {
                loadLivedExperience();
            }
        });
    }

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
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    resize(960, 680);

    loadProfile(true);
    reload();
}

void WorkerRecordDialog::addSubjectAccessAction(QHBoxLayout* layout)
{
    privacy::addSubjectAccessButton(this, layout, m_db, m_actor, [this] { return m_profile.personId; });
}

void WorkerRecordDialog::reload()
{
    if (m_profileStale) {
        m_profileStale = false;
        loadProfile(false);
    }
    loadStatus();
    loadChecks();
    loadHours();
    loadTraining();
    if (m_supervisionTab) {
        loadSupervision();
    }
    m_timeline->setPerson(m_profile.personId);
    if (m_tabs->currentWidget() == m_timeline) {
        m_timeline->refresh();
    }
    updateHeader();
}

void WorkerRecordDialog::changeSaved()
{
    m_madeChanges = true;
    m_message->hide();
    if (!m_undo) {
        reload(); // with a stack, its indexChanged reloads
    }
}

void WorkerRecordDialog::showMessage(const QString& message)
{
    m_message->showProblem(message);
}

void WorkerRecordDialog::updateHeader()
{
    m_name->setText(core::WorkforceService::displayName(m_profile.givenName, m_profile.familyName, m_profile.knownAs));
    setWindowTitle(tr("%1 — Record").arg(m_name->text()));
    QString status = tr("No status recorded");
    if (!m_statuses.isEmpty()) {
        const core::StatusChange& s = m_statuses.first();
        status = tr("%1 since %2").arg(core::WorkforceService::statusName(s.status), shortDate(s.since));
    }
    const QDate today = core::Clock::instance().today();
    QStringList current;
    for (const core::RoleAssignment& r : std::as_const(m_roles)) {
        if (r.startsOn <= today && (!r.endsOn.isValid() || r.endsOn >= today)) {
            current << r.roleName;
        }
    }
    m_summary->setText(tr("Status: %1. Current roles: %2.")
                           .arg(status, current.isEmpty() ? tr("none") : current.join(QStringLiteral(", "))));
}

QPushButton* WorkerRecordDialog::editButton(
    const QString& text, const QString& objectName, const QString& accessibleName)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setVisible(m_canEdit);
    return button;
}

// ---- profile -----------------------------------------------------------------------------------

QWidget* WorkerRecordDialog::buildProfileTab()
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
    m_emergencyName = newLine(page, QStringLiteral("emergencyNameEdit"), tr("Emergency contact's name"));
    m_emergencyRelationship
        = newLine(page, QStringLiteral("emergencyRelationshipEdit"), tr("Emergency contact's relationship"));
    m_emergencyPhone = newLine(page, QStringLiteral("emergencyPhoneEdit"), tr("Emergency contact's phone"));
    m_availability = newLine(page, QStringLiteral("availabilityEdit"), tr("Availability notes"), 500);
    m_availability->setPlaceholderText(tr("Anything else, for example: not in school holidays"));
    // The times of the week matching compares: a day and an evening for each weekday.
    auto* week = new QWidget(page);
    week->setObjectName(QStringLiteral("availableSlotsGrid"));
    auto* weekGrid = new QGridLayout(week);
    weekGrid->setContentsMargins(0, 0, 0, 0);
    weekGrid->setHorizontalSpacing(10);
    weekGrid->setVerticalSpacing(4);
    weekGrid->addWidget(new QLabel(tr("Daytime"), week), 1, 0);
    weekGrid->addWidget(new QLabel(tr("Evening"), week), 2, 0);
    const QLocale locale;
    const QStringList slotKeys = core::Demographics::slotKeys();
    for (int i = 0; i < slotKeys.size(); ++i) {
        const int day = i / 2;
        if (i % 2 == 0) {
            weekGrid->addWidget(
                new QLabel(locale.dayName(day + 1, QLocale::ShortFormat), week), 0, day + 1, Qt::AlignHCenter);
        }
        auto* check = new QCheckBox(week);
        check->setObjectName(QStringLiteral("slot_%1").arg(slotKeys.at(i)));
        check->setAccessibleName(core::Demographics::slotName(slotKeys.at(i)));
        check->setToolTip(core::Demographics::slotName(slotKeys.at(i)));
        weekGrid->addWidget(check, 1 + i % 2, day + 1, Qt::AlignHCenter);
        m_slotChecks << check;
    }
    weekGrid->setColumnStretch(8, 1);
    week->setFocusProxy(m_slotChecks.first());
    m_homeVisits = new QCheckBox(tr("Can do h&ome visits"), page);
    m_homeVisits->setObjectName(QStringLiteral("homeVisitsCheck"));
    m_homeVisits->setAccessibleName(tr("Can do home visits"));
    m_languages = newLine(page, QStringLiteral("languagesEdit"), tr("Languages"));
    m_accessNeeds = newLine(page, QStringLiteral("accessNeedsEdit"), tr("Access needs"), 500);
    m_maxMentees = new QSpinBox(page);
    m_maxMentees->setObjectName(QStringLiteral("maxMenteesSpin"));
    m_maxMentees->setAccessibleName(tr("Most mentees at once"));
    m_maxMentees->setRange(-1, 50);
    m_maxMentees->setSpecialValueText(tr("Not set"));
    m_gender = newKeyCombo(page, QStringLiteral("genderCombo"), tr("Gender"), core::Demographics::genderKeys(),
        &core::Demographics::genderName);
    m_ethnicity = newKeyCombo(page, QStringLiteral("ethnicityCombo"), tr("Ethnicity"),
        core::Demographics::ethnicityKeys(), &core::Demographics::ethnicityName);
    m_disability = newEqualityCombo(page, QStringLiteral("disabilityCombo"), tr("Disability"), { tr("Yes"), tr("No") });
    m_orientation = newEqualityCombo(page, QStringLiteral("orientationCombo"), tr("Sexual orientation"),
        { tr("Straight or heterosexual"), tr("Gay or lesbian"), tr("Bisexual"), tr("In another way") });
    m_religion = newEqualityCombo(page, QStringLiteral("religionCombo"), tr("Religion or belief"),
        { tr("No religion"), tr("Buddhist"), tr("Christian"), tr("Hindu"), tr("Jewish"), tr("Muslim"), tr("Sikh"),
            tr("Any other religion") });

    auto* contact = new QGroupBox(tr("Contact"), page);
    auto* contactForm = newForm(contact);
    contactForm->addRow(tr("First &name:"), m_given);
    contactForm->addRow(tr("F&amily name:"), m_family);
    contactForm->addRow(tr("&Known as:"), m_knownAs);
    contactForm->addRow(tr("Date of &birth:"), m_birth);
    contactForm->addRow(tr("&Email:"), m_email);
    contactForm->addRow(tr("P&hone:"), m_phone);
    contactForm->addRow(tr("A&ddress:"), m_address);
    contactForm->addRow(tr("Post&code:"), m_postcode);
    contactForm->addRow(tr("Re&ference:"), m_reference);

    auto* emergency = new QGroupBox(tr("Emergency contact"), page);
    auto* emergencyForm = newForm(emergency);
    emergencyForm->addRow(tr("Na&me:"), m_emergencyName);
    emergencyForm->addRow(tr("Relations&hip:"), m_emergencyRelationship);
    emergencyForm->addRow(tr("Phon&e:"), m_emergencyPhone);

    auto* needs = new QGroupBox(tr("Availability, languages and access needs"), page);
    auto* needsForm = newForm(needs);
    needsForm->addRow(tr("Usually &free:"), week);
    needsForm->addRow(tr("A&vailability notes:"), m_availability);
    needsForm->addRow(QString(), m_homeVisits);
    needsForm->addRow(tr("&Languages:"), m_languages);
    needsForm->addRow(tr("Access nee&ds:"), m_accessNeeds);
    needsForm->addRow(tr("Most &mentees at once:"), m_maxMentees);

    auto* equality = new QGroupBox(tr("Equality monitoring (optional)"), page);
    auto* equalityForm = newForm(equality);
    equalityForm->addRow(new WrappingLabel(tr("Only if the person chose to answer. Leave empty if not asked."), page));
    equalityForm->addRow(tr("&Gender:"), m_gender);
    equalityForm->addRow(tr("E&thnicity:"), m_ethnicity);
    equalityForm->addRow(tr("D&isability:"), m_disability);
    equalityForm->addRow(tr("Se&xual orientation:"), m_orientation);
    equalityForm->addRow(tr("Rel&igion or belief:"), m_religion);

    auto* inner = new QWidget;
    auto* grid = new QGridLayout(inner);
    grid->addWidget(contact, 0, 0);
    grid->addWidget(emergency, 1, 0);
    grid->addWidget(needs, 0, 1);
    grid->addWidget(equality, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(2, 1);
    auto* scroll = new QScrollArea(page);
    scroll->setWidget(inner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false);
    inner->setAutoFillBackground(false);

    auto* save = editButton(tr("Sa&ve Profile"), QStringLiteral("saveProfileButton"), tr("Save the profile"));
    connect(save, &QPushButton::clicked, this, &WorkerRecordDialog::saveProfile);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(save);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(scroll, 1);
    layout->addLayout(actions);

    if (!m_canEdit) {
        for (QLineEdit* edit : page->findChildren<QLineEdit*>()) {
            edit->setReadOnly(true);
        }
        m_birth->setReadOnly(true);
        m_maxMentees->setReadOnly(true);
        for (QComboBox* combo : { m_gender, m_ethnicity, m_disability, m_orientation, m_religion }) {
            combo->setEnabled(false);
        }
        for (QCheckBox* check : std::as_const(m_slotChecks)) {
            check->setEnabled(false);
        }
        m_homeVisits->setEnabled(false);
    }
    return page;
}

void WorkerRecordDialog::loadProfile(bool force)
{
    auto profile = core::WorkforceService(m_db).profile(m_actor, m_workerId);
    if (!profile) {
        showMessage(profile.message());
        return;
    }
    if (!force && profile.value() == m_profile) {
        return; // keep whatever is being typed
    }
    m_profile = profile.value();
    const core::WorkerProfile& p = m_profile;
    m_given->setText(p.givenName);
    m_family->setText(p.familyName);
    m_knownAs->setText(p.knownAs);
    m_birth->setDate(p.dateOfBirth);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_address->setText(p.address);
    m_postcode->setText(p.postcode);
    m_reference->setText(p.reference);
    m_emergencyName->setText(p.emergencyContactName);
    m_emergencyRelationship->setText(p.emergencyContactRelationship);
    m_emergencyPhone->setText(p.emergencyContactPhone);
    m_availability->setText(p.availability);
    const QStringList slotKeys = core::Demographics::slotKeys();
    for (int i = 0; i < m_slotChecks.size(); ++i) {
        m_slotChecks.at(i)->setChecked(p.availableSlots.contains(slotKeys.value(i)));
    }
    m_homeVisits->setChecked(p.homeVisits);
    m_languages->setText(p.languages);
    m_accessNeeds->setText(p.accessNeeds);
    m_maxMentees->setValue(p.maxMentees.value_or(-1));
    setKeyValue(m_gender, core::Demographics::genderKey(p.gender));
    setKeyValue(m_ethnicity, ethnicityKey(p.ethnicity));
    setEqualityValue(m_disability, p.disability);
    setEqualityValue(m_orientation, p.sexualOrientation);
    setEqualityValue(m_religion, p.religion);
    updateHeader();
    ErasureDialog::showAnonymised(
        m_tabs->widget(0), p.anonymisedOn, findChild<QPushButton*>(QStringLiteral("anonymiseButton")));
}

core::WorkerProfile WorkerRecordDialog::profileFromForm() const
{
    core::WorkerProfile p = m_profile; // keeps the ids
    p.givenName = m_given->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.knownAs = m_knownAs->text().trimmed();
    p.dateOfBirth = m_birth->date();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.address = m_address->text().trimmed();
    p.postcode = m_postcode->text().trimmed();
    p.reference = m_reference->text().trimmed();
    p.emergencyContactName = m_emergencyName->text().trimmed();
    p.emergencyContactRelationship = m_emergencyRelationship->text().trimmed();
    p.emergencyContactPhone = m_emergencyPhone->text().trimmed();
    p.availability = m_availability->text().trimmed();
    p.availableSlots.clear();
    const QStringList slotKeys = core::Demographics::slotKeys();
    for (int i = 0; i < m_slotChecks.size(); ++i) {
        if (m_slotChecks.at(i)->isChecked()) {
            p.availableSlots << slotKeys.value(i);
        }
    }
    p.homeVisits = m_homeVisits->isChecked();
    p.languages = m_languages->text().trimmed();
    p.accessNeeds = m_accessNeeds->text().trimmed();
    p.maxMentees = m_maxMentees->value() < 0 ? std::nullopt : std::optional<int>(m_maxMentees->value());
    p.gender = m_gender->currentData().toString();
    p.ethnicity = m_ethnicity->currentData().toString();
    p.disability = equalityValue(m_disability);
    p.sexualOrientation = equalityValue(m_orientation);
    p.religion = equalityValue(m_religion);
    return p;
}

void WorkerRecordDialog::saveProfile()
{
    const core::WorkerProfile before = m_profile;
    const core::WorkerProfile after = profileFromForm();
    if (after == before) {
        return;
    }
    core::WorkforceService service(m_db);
    if (core::Status s = core::WorkforceService::validate(after); !s) {
        showMessage(s.message());
        return;
    }
    if (core::Status s = service.updateProfile(m_actor, after); !s) {
        showMessage(s.message());
        return;
    }
    m_profile = after;
    // An older free-text answer replaced by one from the list leaves the list.
    setKeyValue(m_gender, after.gender);
    setKeyValue(m_ethnicity, after.ethnicity);
    updateHeader();
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        QPointer<WorkerRecordDialog> self(this);
        auto put = [db, actor, self](const core::WorkerProfile& p) {
            const core::Status s = core::WorkforceService(*db).updateProfile(actor, p);
            if (self) {
                self->m_profileStale = true; // read the form again when the stack's indexChanged arrives
            }
            return s;
        };
        m_undo->push(new SavedChange(
            tr("Change %1's profile").arg(after.givenName), [put, before] { return put(before); },
            [put, after] { return put(after); }));
    }
    changeSaved();
}

// ---- lived experience --------------------------------------------------------------------------

QWidget* WorkerRecordDialog::buildLivedExperienceTab()
{
    auto* page = new QWidget(this);
    auto* notice = new WrappingLabel(tr("Sensitive: recorded only with the person's consent and used only for "
                                        "matching. It is never exported or reported. Opening this tab is recorded "
                                        "in the audit log."),
        page);
    notice->setObjectName(QStringLiteral("sensitiveNotice"));
    notice->setFont(scaledFont(notice->font(), 1.0));

    m_consent = new OptionalDateEdit(tr("Consent given on:"), tr("Date consent was given"), page);
    m_consent->setObjectName(QStringLiteral("consentDateEdit"));
    m_consent->setDefaultDate(core::Clock::instance().today());
    m_areas = new QListWidget(page);
    m_areas->setObjectName(QStringLiteral("areasList"));
    m_areas->setAccessibleName(tr("Areas of lived experience"));
    for (const QString& key : core::WorkforceService::livedExperienceAreaKeys()) {
        auto* item = new QListWidgetItem(core::WorkforceService::livedExperienceAreaName(key), m_areas);
        item->setData(Qt::UserRole, key);
        item->setFlags(
            m_canEdit ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable) : Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    auto* areasLabel = new QLabel(tr("&Areas (tick those the person agreed to record):"), page);
    areasLabel->setBuddy(m_areas);
    m_disclosure = newLine(page, QStringLiteral("disclosureEdit"), tr("Disclosure preference"), 500);
    m_disclosure->setPlaceholderText(tr("For example: happy for mentees to know; not to be shared with funders"));
    m_livedNote = new QPlainTextEdit(page);
    m_livedNote->setObjectName(QStringLiteral("livedNoteEdit"));
    m_livedNote->setAccessibleName(tr("Note on lived experience"));
    m_livedNote->setTabChangesFocus(true);
    m_livedNote->setMaximumHeight(90);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Consent:"), m_consent);
    form->addRow(tr("&Disclosure preference:"), m_disclosure);
    form->addRow(tr("N&ote:"), m_livedNote);

    auto* save = editButton(
        tr("Sa&ve Lived Experience"), QStringLiteral("saveLivedButton"), tr("Save the lived-experience record"));
    connect(save, &QPushButton::clicked, this, &WorkerRecordDialog::saveLivedExperience);
    m_withdraw = editButton(tr("Consent Withdrawn — &Delete…"), QStringLiteral("withdrawLivedButton"),
        tr("Consent withdrawn: delete the lived-experience record"));
    connect(m_withdraw, &QPushButton::clicked, this, &WorkerRecordDialog::withdrawLivedExperience);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_withdraw);
    actions->addStretch(1);
    actions->addWidget(save);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(notice);
    layout->addLayout(form);
    layout->addWidget(areasLabel);
    layout->addWidget(m_areas, 1);
    layout->addLayout(actions);
    if (!m_canEdit) {
        m_consent->setReadOnly(true);
        m_disclosure->setReadOnly(true);
        m_livedNote->setReadOnly(true);
    }
    return page;
}

void WorkerRecordDialog::loadLivedExperience()
{
    auto record = core::WorkforceService(m_db).livedExperience(m_actor, m_workerId);
    if (!record) {
        showMessage(record.message());
        return;
    }
    m_livedLoaded = true;
    m_lived = record.value();
    const core::LivedExperience r = m_lived.value_or(core::LivedExperience {});
    m_consent->setDate(r.consentOn);
    for (int i = 0; i < m_areas->count(); ++i) {
        QListWidgetItem* item = m_areas->item(i);
        item->setCheckState(r.areas.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_disclosure->setText(r.disclosure);
    m_livedNote->setPlainText(r.note);
    m_withdraw->setEnabled(m_lived.has_value());
}

void WorkerRecordDialog::saveLivedExperience()
{
    core::LivedExperience r;
    r.workerId = m_workerId;
    r.consentOn = m_consent->date();
    for (int i = 0; i < m_areas->count(); ++i) {
        if (m_areas->item(i)->checkState() == Qt::Checked) {
            r.areas << m_areas->item(i)->data(Qt::UserRole).toString();
        }
    }
    r.disclosure = m_disclosure->text().trimmed();
    r.note = m_livedNote->toPlainText().trimmed();
    if (core::Status s = core::WorkforceService::validate(r); !s) {
        showMessage(s.message());
        return;
    }
    // Not put on the undo stack: the stack would keep a copy of sensitive details in memory.
    if (core::Status s = core::WorkforceService(m_db).saveLivedExperience(m_actor, r); !s) {
        showMessage(s.message());
        return;
    }
    m_lived = r;
    m_withdraw->setEnabled(true);
    m_message->hide();
    m_madeChanges = true;
}

void WorkerRecordDialog::withdrawLivedExperience()
{
    if (!m_lived) {
        return;
    }
    if (!prompts::confirm(this, tr("Delete lived experience"),
            tr("Delete everything recorded about %1's lived experience? Do this when they withdraw their consent. "
               "It cannot be undone.")
                .arg(m_profile.givenName),
            tr("Delete"))) {
        return;
    }
    if (core::Status s = core::WorkforceService(m_db).removeLivedExperience(m_actor, m_workerId); !s) {
        showMessage(s.message());
        return;
    }
    m_madeChanges = true;
    m_message->hide();
    loadLivedExperience();
}

void WorkerRecordDialog::addErasureButtons(QHBoxLayout* bottom)
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
