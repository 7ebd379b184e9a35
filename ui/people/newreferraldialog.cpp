#include "newreferraldialog.h"

#include "core/clock.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/formdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace alongside::ui {

namespace {

using core::ClientService;

QLineEdit* newEdit(QWidget* parent, const QString& objectName, const QString& accessibleName, int maxLength = 200)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(maxLength);
    return edit;
}

QString describe(const core::ClientDuplicate& d)
{
    QString line = d.dateOfBirth.isValid() ? NewReferralDialog::tr("%1, born %2").arg(d.name, shortDate(d.dateOfBirth))
                                           : NewReferralDialog::tr("%1, date of birth not known").arg(d.name);
    if (d.clientId > 0) {
        line += NewReferralDialog::tr(" (already a person supported)");
    } else if (d.isWorker) {
        line += NewReferralDialog::tr(" (volunteer or staff)");
    } else {
        line += NewReferralDialog::tr(" (on file)");
    }
    return line;
}

} // namespace

NewReferralDialog::NewReferralDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_given(newEdit(this, QStringLiteral("givenNameEdit"), tr("First name"), 100))
    , m_family(newEdit(this, QStringLiteral("familyNameEdit"), tr("Family name"), 100))
    , m_knownAs(newEdit(this, QStringLiteral("knownAsEdit"), tr("Known as"), 100))
    , m_birth(new OptionalDateEdit(tr("Known:"), tr("Date of birth"), this))
    , m_phone(newEdit(this, QStringLiteral("phoneEdit"), tr("Phone")))
    , m_email(newEdit(this, QStringLiteral("emailEdit"), tr("Email")))
    , m_postcode(newEdit(this, QStringLiteral("postcodeEdit"), tr("Postcode"), 12))
    , m_referredOn(newDateEdit(tr("Referred on"), core::Clock::instance().today(), this))
    , m_category(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_detail(newEdit(this, QStringLiteral("sourceDetailEdit"), tr("Referral detail"), 300))
    , m_reason(new QPlainTextEdit(this))
    , m_triage(new QComboBox(this))
    , m_triageOn(newDateEdit(tr("Triage date"), core::Clock::instance().today(), this))
    , m_problem(new FeedbackBanner(QStringLiteral("problemLabel"), this))
{
    setObjectName(QStringLiteral("newReferralDialog"));
    setWindowTitle(tr("Refer Someone"));
    m_birth->setObjectName(QStringLiteral("dateOfBirthEdit"));
    m_birth->setDefaultDate(QDate(1980, 1, 1));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_referredOn->setObjectName(QStringLiteral("referredOnEdit"));

    m_category->setObjectName(QStringLiteral("sourceCategoryCombo"));
    m_category->setAccessibleName(tr("Referred by"));
    for (const QString& key : ClientService::sourceCategoryKeys()) {
        m_category->addItem(ClientService::sourceCategoryName(key), key);
    }
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_source->setAccessibleName(tr("Referral source"));
    auto sources = ClientService(m_db).referralSources(m_actor);
    if (sources) {
        m_sources = sources.value();
    }
    fillSources();
    connect(m_category, &QComboBox::currentIndexChanged, this, &NewReferralDialog::fillSources);
    m_detail->setPlaceholderText(tr("For example: the practice, or who made the referral"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the referral"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(70);
    m_triage->setObjectName(QStringLiteral("triageCombo"));
    m_triage->setAccessibleName(tr("Triage outcome"));
    m_triage->addItem(ClientService::triageOutcomeName(QString()), QString());
    for (const QString& key : ClientService::triageOutcomeKeys()) {
        m_triage->addItem(ClientService::triageOutcomeName(key), key);
    }
    m_triageOn->setObjectName(QStringLiteral("triageOnEdit"));
    m_triageOn->setEnabled(false);
    connect(m_triage, &QComboBox::currentIndexChanged, this,
        [this] { m_triageOn->setEnabled(!m_triage->currentData().toString().isEmpty()); });

    auto* person = new QGroupBox(tr("Person"), this);
    auto* personForm = new QFormLayout(person);
    personForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    personForm->addRow(tr("&First name (required):"), m_given);
    personForm->addRow(tr("F&amily name:"), m_family);
    personForm->addRow(tr("&Known as:"), m_knownAs);
    personForm->addRow(tr("Date of &birth:"), m_birth);
    personForm->addRow(tr("&Phone:"), m_phone);
    personForm->addRow(tr("&Email:"), m_email);
    personForm->addRow(tr("P&ostcode:"), m_postcode);

    auto* referral = new QGroupBox(tr("Referral"), this);
    auto* referralForm = new QFormLayout(referral);
    referralForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    referralForm->addRow(tr("&Referred on:"), m_referredOn);
    referralForm->addRow(tr("Referred b&y:"), m_category);
    referralForm->addRow(tr("&Source:"), m_source);
    referralForm->addRow(tr("De&tail:"), m_detail);
    referralForm->addRow(tr("Reaso&n:"), m_reason);
    referralForm->addRow(tr("Tri&age:"), m_triage);
    referralForm->addRow(tr("Triage &date:"), m_triageOn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Refer"));
    ok->setAccessibleName(tr("Refer this person"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addWidget(person, 1);
    columns->addWidget(referral, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new WrappingLabel(tr("Add the person referred and their referral. Everything else (services, "
                                           "sessions, goals, consent) goes on their record, which opens next."),
        this));
    layout->addLayout(columns);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(760);
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    }
    if (!sources) {
        showProblem(sources.message());
    }
    m_given->setFocus();
}

void NewReferralDialog::fillSources()
{
    const QString category = m_category->currentData().toString();
    m_source->clear();
    m_source->addItem(tr("Not recorded"), qint64(0));
    for (const core::ReferralSource& s : std::as_const(m_sources)) {
        if (s.category == category && s.active) {
            m_source->addItem(s.name, s.id);
        }
    }
    m_source->setEnabled(m_source->count() > 1);
}

void NewReferralDialog::showProblem(const QString& message, QWidget* field)
{
    m_problem->showProblem(message);
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
    }
}

core::ClientProfile NewReferralDialog::profileFromForm() const
{
    core::ClientProfile p;
    p.givenName = m_given->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.knownAs = m_knownAs->text().trimmed();
    p.dateOfBirth = m_birth->date();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.postcode = m_postcode->text().trimmed().toUpper();
    return p;
}

core::Referral NewReferralDialog::referralFromForm() const
{
    core::Referral r;
    r.referredOn = m_referredOn->date();
    r.sourceCategory = m_category->currentData().toString();
    r.sourceId = m_source->currentData().toLongLong();
    r.sourceName = m_source->currentIndex() > 0 ? m_source->currentText() : QString();
    r.sourceDetail = m_detail->text().trimmed();
    r.reason = m_reason->toPlainText().trimmed();
    r.triageOutcome = m_triage->currentData().toString();
    if (!r.triageOutcome.isEmpty()) {
        r.triageOn = m_triageOn->date();
    }
    return r;
}

void NewReferralDialog::accept()
{
    core::ClientProfile profile = profileFromForm();
    if (core::Status s = ClientService::validate(profile); !s) {
        showProblem(s.message(), profile.givenName.isEmpty() ? static_cast<QWidget*>(m_given) : nullptr);
        return;
    }
    const core::Referral referral = referralFromForm();
    const QDate today = core::Clock::instance().today();
    if (core::Status s = ClientService::validate(referral, today); !s) {
        showProblem(s.message(), referral.referredOn > today ? static_cast<QWidget*>(m_referredOn) : nullptr);
        return;
    }

    ClientService service(m_db);
    auto duplicates = service.possibleDuplicates(m_actor, profile);
    if (!duplicates) {
        showProblem(duplicates.message());
        return;
    }
    if (!duplicates.value().isEmpty()) {
        DuplicateChoiceDialog choice(duplicates.value(), true, this);
        if (choice.exec() != QDialog::Accepted) {
            return; // back to the form, nothing saved
        }
        const core::ClientDuplicate existing = choice.selected();
        switch (choice.choice()) {
        case DuplicateChoiceDialog::Choice::Cancel:
            return;
        case DuplicateChoiceDialog::Choice::OpenExisting:
            m_clientId = existing.clientId;
            QDialog::accept();
            return;
        case DuplicateChoiceDialog::Choice::AddReferralToExisting:
            if (addReferralTo(existing.clientId, existing.name, referral)) {
                QDialog::accept();
            }
            return;
        case DuplicateChoiceDialog::Choice::UseExistingPerson:
            // They keep the details already on their record; the record is where to change them.
            profile.personId = existing.personId;
            break;
        case DuplicateChoiceDialog::Choice::AddNew:
            break;
        }
    }
    if (create(profile, referral)) {
        QDialog::accept();
    }
}

bool NewReferralDialog::create(core::ClientProfile profile, core::Referral referral)
{
    ClientService service(m_db);
    auto created = service.createClient(m_actor, profile, referral);
    if (!created) {
        showProblem(created.message());
        return false;
    }
    m_clientId = created.value();
    m_madeChanges = true;
    // As saved, with their ids: redo after undo puts back the same person and referral.
    auto saved = service.profile(m_actor, m_clientId);
    if (saved) {
        profile = saved.value();
    } else {
        profile.clientId = m_clientId;
    }
    auto referrals = service.referrals(m_actor, m_clientId);
    if (referrals && !referrals.value().isEmpty()) {
        referral = referrals.value().constFirst(); // the only one so far
    }
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        auto id = std::make_shared<qint64>(m_clientId);
        m_undo->push(new SavedChange(
            tr("Refer %1").arg(profile.givenName),
            [db, actor, id] { return ClientService(*db).removeClient(actor, *id); },
            [db, actor, profile, referral, id]() -> core::Status {
                auto again = ClientService(*db).createClient(actor, profile, referral);
                if (!again) {
                    return again.status();
                }
                *id = again.value();
                return core::Status::ok();
            }));
    }
    return true;
}

bool NewReferralDialog::addReferralTo(qint64 clientId, const QString& name, core::Referral referral)
{
    referral.clientId = clientId;
    auto id = ClientService(m_db).saveReferral(m_actor, referral);
    if (!id) {
        showProblem(id.message());
        return false;
    }
    referral.id = id.value();
    m_clientId = clientId;
    m_madeChanges = true;
    core::Database* db = &m_db;
    const core::Actor actor = m_actor;
    pushSaved<core::Referral>(
        m_undo, tr("Add a referral for %1").arg(name), std::nullopt, referral,
        [db, actor](const core::Referral& r) { return ClientService(*db).saveReferral(actor, r); },
        [db, actor](qint64 rowId) { return ClientService(*db).removeReferral(actor, rowId); });
    return true;
}

// ---- possible duplicates -----------------------------------------------------------------------

DuplicateChoiceDialog::DuplicateChoiceDialog(
    const QList<core::ClientDuplicate>& duplicates, bool canEdit, QWidget* parent)
    : QDialog(parent)
    , m_duplicates(duplicates)
    , m_list(new QListWidget(this))
    , m_addReferral(new QPushButton(tr("Add the Referral to &Their Record"), this))
    , m_open(new QPushButton(tr("&Open Their Record"), this))
    , m_use(new QPushButton(tr("&Support This Person"), this))
    , m_addNew(new QPushButton(tr("Add as Someone &New"), this))
{
    setObjectName(QStringLiteral("duplicateChoiceDialog"));
    setWindowTitle(tr("Possible Duplicate"));
    auto* text = new WrappingLabel(
        tr("Someone with the same name is already on file. If it is the same person, use their record rather than "
           "add them twice. Add someone new only if they are a different person."),
        this);
    text->setObjectName(QStringLiteral("duplicateText"));
    m_list->setObjectName(QStringLiteral("duplicatesList"));
    m_list->setAccessibleName(tr("People on file with the same name"));
    for (const core::ClientDuplicate& d : duplicates) {
        m_list->addItem(describe(d));
    }
    m_list->setCurrentRow(0);
    m_list->setMaximumHeight(120);
    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicateChoiceDialog::updateButtons);

    m_addReferral->setObjectName(QStringLiteral("addReferralToExistingButton"));
    m_addReferral->setAccessibleName(tr("Add this referral to the selected person's record"));
    m_open->setObjectName(QStringLiteral("openExistingButton"));
    m_open->setAccessibleName(tr("Open the selected person's record without adding anything"));
    m_use->setObjectName(QStringLiteral("useExistingButton"));
    m_use->setAccessibleName(tr("Make the selected person a person supported, keeping their details"));
    m_addNew->setObjectName(QStringLiteral("addNewButton"));
    m_addNew->setAccessibleName(tr("Add a new person after all"));
    m_addReferral->setVisible(canEdit);
    m_use->setVisible(canEdit);
    m_addNew->setVisible(canEdit);
    connect(m_addReferral, &QPushButton::clicked, this, [this] { choose(Choice::AddReferralToExisting); });
    connect(m_open, &QPushButton::clicked, this, [this] { choose(Choice::OpenExisting); });
    connect(m_use, &QPushButton::clicked, this, [this] { choose(Choice::UseExistingPerson); });
    connect(m_addNew, &QPushButton::clicked, this, [this] { choose(Choice::AddNew); });
    auto* cancel = new QPushButton(tr("Back to the Form"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* existing = new QHBoxLayout;
    existing->addWidget(m_addReferral);
    existing->addWidget(m_open);
    existing->addWidget(m_use);
    existing->addStretch(1);
    auto* other = new QHBoxLayout;
    other->addWidget(m_addNew);
    other->addStretch(1);
    other->addWidget(cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list);
    layout->addLayout(existing);
    layout->addSpacing(8);
    layout->addLayout(other);
    setMinimumWidth(620);
    updateButtons();
    cancel->setDefault(true);
    m_list->setFocus();
}

core::ClientDuplicate DuplicateChoiceDialog::selected() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_duplicates.size() ? m_duplicates.at(row) : core::ClientDuplicate {};
}

void DuplicateChoiceDialog::updateButtons()
{
    const core::ClientDuplicate d = selected();
    const bool supported = d.clientId > 0;
    m_addReferral->setEnabled(supported);
    m_open->setEnabled(supported);
    m_use->setEnabled(d.personId > 0 && !supported);
}

void DuplicateChoiceDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace alongside::ui
