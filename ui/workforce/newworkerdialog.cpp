#include "newworkerdialog.h"

#include "core/clock.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/feedback.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/formdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace alongside::ui {

namespace {

constexpr int kMaxNameLength = 100;

QLineEdit* newEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMaxLength(200);
    return edit;
}

} // namespace

NewWorkerDialog::NewWorkerDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_given(newEdit(this, QStringLiteral("givenNameEdit"), tr("First name")))
    , m_family(newEdit(this, QStringLiteral("familyNameEdit"), tr("Family name")))
    , m_knownAs(newEdit(this, QStringLiteral("knownAsEdit"), tr("Known as")))
    , m_birth(new OptionalDateEdit(tr("Known:"), tr("Date of birth"), this))
    , m_email(newEdit(this, QStringLiteral("emailEdit"), tr("Email")))
    , m_phone(newEdit(this, QStringLiteral("phoneEdit"), tr("Phone")))
    , m_status(new QComboBox(this))
    , m_statusDate(newDateEdit(tr("Status since"), core::Clock::instance().today(), this))
    , m_role(new QComboBox(this))
    , m_roleStart(newDateEdit(tr("Role starts on"), core::Clock::instance().today(), this))
    , m_problem(new FeedbackBanner(QStringLiteral("problemLabel"), this))
{
    setObjectName(QStringLiteral("newWorkerDialog"));
    setWindowTitle(tr("Add a Person Who Delivers Support"));
    m_given->setMaxLength(kMaxNameLength);
    m_family->setMaxLength(kMaxNameLength);
    m_knownAs->setMaxLength(kMaxNameLength);
    m_birth->setObjectName(QStringLiteral("dateOfBirthEdit"));
    m_birth->setDefaultDate(QDate(1980, 1, 1));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("First status"));
    for (const QString& key : core::WorkforceService::statusKeys()) {
        m_status->addItem(core::WorkforceService::statusName(key), key);
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(QStringLiteral("enquiry"))));
    m_statusDate->setObjectName(QStringLiteral("statusDateEdit"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("First role"));
    m_role->addItem(tr("No role yet"), qint64(0));
    core::WorkforceService service(m_db);
    auto roleTypes = service.roleTypes(m_actor);
    if (roleTypes) {
        for (const core::RoleType& t : roleTypes.value()) {
            m_role->addItem(t.name, t.id);
        }
    }
    m_roleStart->setObjectName(QStringLiteral("roleStartEdit"));
    m_roleStart->setEnabled(false);
    connect(m_role, &QComboBox::currentIndexChanged, this,
        [this] { m_roleStart->setEnabled(m_role->currentData().toLongLong() > 0); });

    auto* person = new QGroupBox(tr("Person"), this);
    auto* personForm = new QFormLayout(person);
    personForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    personForm->addRow(tr("&First name (required):"), m_given);
    personForm->addRow(tr("F&amily name:"), m_family);
    personForm->addRow(tr("&Known as:"), m_knownAs);
    personForm->addRow(tr("Date of &birth:"), m_birth);
    personForm->addRow(tr("&Email:"), m_email);
    personForm->addRow(tr("&Phone:"), m_phone);

    auto* start = new QGroupBox(tr("Where they are now"), this);
    auto* startForm = new QFormLayout(start);
    startForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    startForm->addRow(tr("&Status:"), m_status);
    startForm->addRow(tr("Status &since:"), m_statusDate);
    startForm->addRow(tr("&Role:"), m_role);
    startForm->addRow(tr("Role s&tarts on:"), m_roleStart);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Add Person"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewWorkerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new WrappingLabel(
        tr("Add a volunteer, peer worker or member of staff. You can fill in the rest of their record after adding "
           "them."),
        this));
    layout->addWidget(person);
    layout->addWidget(start);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textEdited, m_problem, &QWidget::hide);
    }
    if (!roleTypes) {
        showProblem(roleTypes.message());
    }
    m_given->setFocus();
}

void NewWorkerDialog::showProblem(const QString& message, QWidget* field)
{
    m_problem->showProblem(message);
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
    }
}

void NewWorkerDialog::accept()
{
    core::WorkerProfile profile;
    profile.givenName = m_given->text().trimmed();
    profile.familyName = m_family->text().trimmed();
    profile.knownAs = m_knownAs->text().trimmed();
    profile.dateOfBirth = m_birth->date();
    profile.email = m_email->text().trimmed();
    profile.phone = m_phone->text().trimmed();
    if (core::Status s = core::WorkforceService::validate(profile); !s) {
        showProblem(s.message(), profile.givenName.isEmpty() ? static_cast<QWidget*>(m_given) : nullptr);
        return;
    }
    core::StatusChange status;
    status.status = m_status->currentData().toString();
    status.since = m_statusDate->date();
    if (core::Status s = core::WorkforceService::validate(status); !s) {
        showProblem(s.message(), m_status);
        return;
    }
    std::optional<core::RoleAssignment> role;
    core::WorkforceService service(m_db);
    if (const qint64 roleTypeId = m_role->currentData().toLongLong(); roleTypeId > 0) {
        core::RoleAssignment r;
        r.roleTypeId = roleTypeId;
        r.startsOn = m_roleStart->date();
        auto types = service.roleTypes(m_actor);
        if (types) {
            for (const core::RoleType& t : types.value()) {
                if (t.id == roleTypeId) {
                    r.payBasis = t.defaultPayBasis;
                }
            }
        }
        if (core::Status s = core::WorkforceService::validate(r); !s) {
            showProblem(s.message(), m_roleStart);
            return;
        }
        role = r;
    }

    auto duplicates = service.possibleDuplicates(m_actor, profile);
    if (!duplicates) {
        showProblem(duplicates.message());
        return;
    }
    if (!duplicates.value().isEmpty()) {
        QStringList lines;
        for (const core::PossibleDuplicate& d : duplicates.value()) {
            QString line = d.dateOfBirth.isValid() ? tr("%1, born %2").arg(d.name, shortDate(d.dateOfBirth))
                                                   : tr("%1, date of birth not known").arg(d.name);
            if (d.workerId > 0) {
                line += tr(" (delivers support)");
            } else if (d.isClient) {
                line += tr(" (a person supported)");
            }
            lines << QStringLiteral("• ") + line;
        }
        const QString text = tr("Someone with the same name is already on file:\n\n%1\n\nIf this is the same person, "
                                "choose Cancel and open their record instead. Add a new record only if they are "
                                "someone else.")
                                 .arg(lines.join(QLatin1Char('\n')));
        if (!prompts::confirm(this, tr("Possible duplicate"), text, tr("Add Anyway"))) {
            return;
        }
    }

    auto created = service.createWorker(m_actor, profile, status);
    if (!created) {
        showProblem(created.message());
        return;
    }
    m_workerId = created.value();
    auto saved = service.profile(m_actor, m_workerId);
    if (saved) {
        profile = saved.value();
    } else {
        profile.workerId = m_workerId;
    }
    if (role) {
        role->workerId = m_workerId;
        auto roleId = service.saveRole(m_actor, *role);
        if (!roleId) {
            // The person is added; say why the role is not, so it can be added on their record.
            prompts::warning(this, tr("Role not added"),
                tr("%1 was added, but their role was not: %2").arg(profile.givenName, roleId.message()));
            role.reset();
        } else {
            role->id = roleId.value();
        }
    }
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        const qint64 id = m_workerId;
        m_undo->push(new SavedChange(
            tr("Add %1").arg(
                core::WorkforceService::displayName(profile.givenName, profile.familyName, profile.knownAs)),
            [db, actor, id] { return core::WorkforceService(*db).removeWorker(actor, id); },
            [db, actor, profile, status, role]() -> core::Status {
                core::WorkforceService service(*db);
                auto again = service.createWorker(actor, profile, status);
                if (!again) {
                    return again.status();
                }
                if (role) {
                    return service.saveRole(actor, *role).status();
                }
                return core::Status::ok();
            }));
    }
    QDialog::accept();
}

} // namespace alongside::ui
