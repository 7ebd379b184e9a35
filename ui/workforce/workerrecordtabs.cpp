// The tabs of WorkerRecordDialog that list dated rows (status and roles, recruitment and checks,
// hours, training): each row is changed through a small FormDialog, saved by the service and put on
// the undo stack with pushSaved, so undo puts back exactly the row as it was.

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/trainingservice.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/recordrows.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/supervision/supervisionhistorydialog.h"
#include "ui/supervision/supervisionlook.h"
#include "ui/workforce/completiondialog.h"
#include "ui/workforce/formdialog.h"
#include "ui/workforce/workerrecorddialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

using core::SupervisionService;
using core::TrainingService;
using core::WorkforceService;

using recordrows::addRow;
using recordrows::enableWithSelection;
using recordrows::findById;
using recordrows::keyCombo;
using recordrows::pushRow;
using recordrows::selectedId;
using recordrows::selectId;
using recordrows::tableBox;

QString hoursText(double hours)
{
    return QLocale().toString(hours, 'g', 6);
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("alongside::ui::WorkerRecordDialog", "Yes")
                 : QCoreApplication::translate("alongside::ui::WorkerRecordDialog", "No");
}

} // namespace

template<typename Service, typename T>
core::Status WorkerRecordDialog::saveAndRecord(T row, const std::optional<T>& before, const QString& text,
    core::Result<qint64> (Service::*save)(const core::Actor&, const T&),
    core::Status (Service::*remove)(const core::Actor&, qint64))
{
    Service service(m_db);
    auto id = (service.*save)(m_actor, row);
    if (!id) {
        return id.status();
    }
    row.id = id.value();
    pushRow<Service, T>(m_undo, &m_db, m_actor, text, before, row, save, remove);
    return core::Status::ok();
}

template<typename Service, typename T>
void WorkerRecordDialog::removeSelected(const QList<T>& rows, QTreeWidget* table,
    const std::type_identity_t<std::function<QString(const T&)>>& text,
    core::Result<qint64> (Service::*save)(const core::Actor&, const T&),
    core::Status (Service::*remove)(const core::Actor&, qint64))
{
    const auto before = findById(rows, selectedId(table));
    if (!before) {
        return;
    }
    Service service(m_db);
    if (core::Status s = (service.*remove)(m_actor, before->id); !s) {
        showMessage(s.message());
        return;
    }
    pushRow<Service, T>(m_undo, &m_db, m_actor, text(*before), before, std::nullopt, save, remove);
    changeSaved();
}

// ---- status and roles --------------------------------------------------------------------------

QWidget* WorkerRecordDialog::buildStatusTab()
{
    auto* page = new QWidget(this);
    m_statusTable = newRecordTable(
        QStringLiteral("statusTable"), tr("Status history"), { tr("Since"), tr("Status"), tr("Reason") }, page);
    auto* change = editButton(tr("&Change Status…"), QStringLiteral("changeStatusButton"), tr("Change status"));
    auto* removeStatus
        = editButton(tr("Remo&ve"), QStringLiteral("removeStatusButton"), tr("Remove the selected status"));
    connect(change, &QPushButton::clicked, this, &WorkerRecordDialog::changeStatus);
    connect(removeStatus, &QPushButton::clicked, this, &WorkerRecordDialog::removeStatus);
    enableWithSelection(m_statusTable, { removeStatus });

    m_roleTable = newRecordTable(QStringLiteral("roleTable"), tr("Roles"),
        { tr("Role"), tr("Pay basis"), tr("Hours a week"), tr("Funding source"), tr("Funding ends"), tr("From"),
            tr("To") },
        page);
    auto* add = editButton(tr("&Add Role…"), QStringLiteral("addRoleButton"), tr("Add a role"));
    auto* edit = editButton(tr("&Edit…"), QStringLiteral("editRoleButton"), tr("Edit the selected role"));
    auto* end = editButton(tr("E&nd Role…"), QStringLiteral("endRoleButton"), tr("End the selected role"));
    auto* remove = editButton(tr("Re&move"), QStringLiteral("removeRoleButton"), tr("Remove the selected role"));
    connect(add, &QPushButton::clicked, this, [this] { editRole(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editRole(false); });
    connect(end, &QPushButton::clicked, this, &WorkerRecordDialog::endRole);
    connect(remove, &QPushButton::clicked, this, &WorkerRecordDialog::removeRole);
    enableWithSelection(m_roleTable, { edit, end, remove });
    if (m_canEdit) {
        connect(m_roleTable, &QTreeWidget::itemActivated, this, [this] { editRole(false); });
    }

    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableBox(tr("Status history (newest first)"), m_statusTable, { change, removeStatus }, page));
    splitter->addWidget(tableBox(tr("Roles"), m_roleTable, { add, edit, end, remove }, page));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

void WorkerRecordDialog::loadStatus()
{
    WorkforceService service(m_db);
    auto types = service.roleTypes(m_actor, true);
    if (types) {
        m_roleTypes = types.value();
    }
    const qint64 statusId = selectedId(m_statusTable);
    m_statusTable->clear();
    auto statuses = service.statusHistory(m_actor, m_workerId);
    m_statuses = statuses ? statuses.value() : QList<core::StatusChange>();
    for (const core::StatusChange& s : std::as_const(m_statuses)) {
        addRow(m_statusTable, s.id, { shortDate(s.since), WorkforceService::statusName(s.status), s.reason });
    }
    selectId(m_statusTable, statusId);

    const qint64 roleId = selectedId(m_roleTable);
    m_roleTable->clear();
    auto roles = service.roles(m_actor, m_workerId);
    m_roles = roles ? roles.value() : QList<core::RoleAssignment>();
    for (const core::RoleAssignment& r : std::as_const(m_roles)) {
        addRow(m_roleTable, r.id,
            { r.roleName, WorkforceService::payBasisName(r.payBasis),
                r.hoursPerWeek ? hoursText(*r.hoursPerWeek) : tr("Not set"), r.fundingSource,
                shortDate(r.fundingEndsOn), shortDate(r.startsOn), shortDate(r.endsOn, tr("Current")) });
    }
    selectId(m_roleTable, roleId);
    if (!statuses || !roles) {
        showMessage(!statuses ? statuses.message() : roles.message());
    }
}

void WorkerRecordDialog::changeStatus()
{
    FormDialog dialog(tr("Change Status"), tr("&Save Status"), this);
    QString current = m_statuses.isEmpty() ? QStringLiteral("active") : m_statuses.first().status;
    auto* status
        = keyCombo(&dialog, tr("New status"), WorkforceService::statusKeys(), &WorkforceService::statusName, current);
    status->setObjectName(QStringLiteral("statusCombo"));
    auto* since = newDateEdit(tr("Status since"), core::Clock::instance().today(), &dialog);
    since->setObjectName(QStringLiteral("sinceEdit"));
    auto* reason = new QLineEdit(&dialog);
    reason->setObjectName(QStringLiteral("reasonEdit"));
    reason->setAccessibleName(tr("Reason"));
    reason->setMaxLength(500);
    reason->setPlaceholderText(tr("Needed when pausing or leaving, e.g. \"own health\""));
    dialog.form()->addRow(tr("&Status:"), status);
    dialog.form()->addRow(tr("S&ince:"), since);
    dialog.form()->addRow(tr("&Reason:"), reason);
    dialog.setSave([&]() -> core::Status {
        core::StatusChange change { 0, m_workerId, status->currentData().toString(), since->date(),
            reason->text().trimmed() };
        if (core::Status s = WorkforceService::validate(change); !s) {
            return s;
        }
        auto id = WorkforceService(m_db).saveStatus(m_actor, change);
        if (!id) {
            return id.status();
        }
        change.id = id.value();
        pushRow<WorkforceService, core::StatusChange>(m_undo, &m_db, m_actor,
            tr("Change status to %1").arg(WorkforceService::statusName(change.status)), std::nullopt, change,
            &WorkforceService::saveStatus, &WorkforceService::removeStatus);
        return core::Status::ok();
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void WorkerRecordDialog::removeStatus()
{
    removeSelected<WorkforceService>(
        m_statuses, m_statusTable, [this](const core::StatusChange&) { return tr("Remove a status"); },
        &WorkforceService::saveStatus, &WorkforceService::removeStatus);
}

void WorkerRecordDialog::editRole(bool adding)
{
    std::optional<core::RoleAssignment> before;
    core::RoleAssignment role;
    role.workerId = m_workerId;
    role.startsOn = core::Clock::instance().today();
    if (!adding) {
        before = findById(m_roles, selectedId(m_roleTable));
        if (!before) {
            return;
        }
        role = *before;
    }
    FormDialog dialog(adding ? tr("Add Role") : tr("Edit Role"), adding ? tr("&Add Role") : tr("&Save"), this);
    auto* type = new QComboBox(&dialog);
    type->setObjectName(QStringLiteral("roleTypeCombo"));
    type->setAccessibleName(tr("Role"));
    for (const core::RoleType& t : std::as_const(m_roleTypes)) {
        if (t.active || t.id == role.roleTypeId) {
            type->addItem(t.name, t.id);
        }
    }
    if (adding && !m_roleTypes.isEmpty()) {
        role.payBasis = m_roleTypes.first().defaultPayBasis;
    }
    type->setCurrentIndex(std::max(0, type->findData(role.roleTypeId)));
    auto* pay = keyCombo(
        &dialog, tr("Pay basis"), WorkforceService::payBasisKeys(), &WorkforceService::payBasisName, role.payBasis);
    pay->setObjectName(QStringLiteral("payBasisCombo"));
    if (adding) {
        // A new role starts on the pay basis the role usually has.
        connect(type, &QComboBox::currentIndexChanged, &dialog, [this, type, pay] {
            for (const core::RoleType& t : std::as_const(m_roleTypes)) {
                if (t.id == type->currentData().toLongLong()) {
                    pay->setCurrentIndex(std::max(0, pay->findData(t.defaultPayBasis)));
                }
            }
        });
    }
    auto* hours = new QDoubleSpinBox(&dialog);
    hours->setObjectName(QStringLiteral("hoursPerWeekSpin"));
    hours->setAccessibleName(tr("Hours a week"));
    hours->setRange(-0.5, 80);
    hours->setSingleStep(0.5);
    hours->setDecimals(1);
    hours->setSpecialValueText(tr("Not set"));
    hours->setValue(role.hoursPerWeek.value_or(-0.5));
    auto* funding = new QLineEdit(role.fundingSource, &dialog);
    funding->setObjectName(QStringLiteral("fundingSourceEdit"));
    funding->setAccessibleName(tr("Funding source"));
    funding->setMaxLength(200);
    auto* fundingEnds = new OptionalDateEdit(tr("Known:"), tr("Funding ends on"), &dialog);
    fundingEnds->setDate(role.fundingEndsOn);
    auto* starts = newDateEdit(tr("Role starts on"), role.startsOn, &dialog);
    starts->setObjectName(QStringLiteral("startsOnEdit"));
    auto* ends = new OptionalDateEdit(tr("Ended:"), tr("Role ends on"), &dialog);
    ends->setObjectName(QStringLiteral("endsOnEdit"));
    ends->setDate(role.endsOn);
    ends->setDefaultDate(core::Clock::instance().today());
    QFormLayout* form = dialog.form();
    form->addRow(tr("&Role:"), type);
    form->addRow(tr("&Pay basis:"), pay);
    form->addRow(tr("&Hours a week:"), hours);
    form->addRow(tr("&Funding source:"), funding);
    form->addRow(tr("Funding &ends:"), fundingEnds);
    form->addRow(tr("&Starts on:"), starts);
    form->addRow(tr("En&ds on:"), ends);
    dialog.setSave([&]() -> core::Status {
        core::RoleAssignment r = role;
        r.roleTypeId = type->currentData().toLongLong();
        r.roleName = type->currentText();
        r.payBasis = pay->currentData().toString();
        r.hoursPerWeek = hours->value() < 0 ? std::nullopt : std::optional<double>(hours->value());
        r.fundingSource = funding->text().trimmed();
        r.fundingEndsOn = fundingEnds->date();
        r.startsOn = starts->date();
        r.endsOn = ends->date();
        if (core::Status s = WorkforceService::validate(r); !s) {
            return s;
        }
        return saveAndRecord<WorkforceService>(r, before,
            adding ? tr("Add role %1").arg(r.roleName) : tr("Change role %1").arg(r.roleName),
            &WorkforceService::saveRole, &WorkforceService::removeRole);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void WorkerRecordDialog::endRole()
{
    const auto before = findById(m_roles, selectedId(m_roleTable));
    if (!before) {
        return;
    }
    FormDialog dialog(tr("End Role"), tr("E&nd Role"), this);
    auto* ends = newDateEdit(
        tr("Role ends on"), before->endsOn.isValid() ? before->endsOn : core::Clock::instance().today(), &dialog);
    ends->setObjectName(QStringLiteral("endsOnEdit"));
    dialog.form()->addRow(tr("Role:"), new QLabel(before->roleName, &dialog));
    dialog.form()->addRow(tr("&Last day:"), ends);
    dialog.setSave([&]() -> core::Status {
        core::RoleAssignment r = *before;
        r.endsOn = ends->date();
        if (core::Status s = WorkforceService::validate(r); !s) {
            return s;
        }
        auto id = WorkforceService(m_db).saveRole(m_actor, r);
        if (!id) {
            return id.status();
        }
        pushRow<WorkforceService, core::RoleAssignment>(m_undo, &m_db, m_actor, tr("End role %1").arg(r.roleName),
            before, r, &WorkforceService::saveRole, &WorkforceService::removeRole);
        return core::Status::ok();
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void WorkerRecordDialog::removeRole()
{
    removeSelected<WorkforceService>(
        m_roles, m_roleTable, [&](const core::RoleAssignment& row) { return tr("Remove role %1").arg(row.roleName); },
        &WorkforceService::saveRole, &WorkforceService::removeRole);
}

// ---- recruitment and checks --------------------------------------------------------------------

QWidget* WorkerRecordDialog::buildChecksTab()
{
    auto* page = new QWidget(this);
    m_stepTable = newRecordTable(QStringLiteral("stepTable"), tr("Recruitment steps"),
        { tr("Step"), tr("Done on"), tr("Done by"), tr("Note") }, page);
    auto* markDone = editButton(tr("&Mark Done…"), QStringLiteral("markStepDoneButton"), tr("Mark the step done"));
    auto* clear = editButton(tr("C&lear"), QStringLiteral("clearStepButton"), tr("Clear the step's done date"));
    connect(markDone, &QPushButton::clicked, this, &WorkerRecordDialog::markStepDone);
    connect(clear, &QPushButton::clicked, this, &WorkerRecordDialog::clearStep);
    enableWithSelection(m_stepTable, { markDone });
    if (m_canEdit) {
        connect(m_stepTable, &QTreeWidget::itemActivated, this, &WorkerRecordDialog::markStepDone);
    }
    connect(m_stepTable, &QTreeWidget::currentItemChanged, this, [this, clear] {
        const qint64 stepId = selectedId(m_stepTable);
        bool done = false;
        for (const core::StepRecord& r : std::as_const(m_stepRecords)) {
            done = done || r.stepId == stepId;
        }
        clear->setEnabled(done);
    });
    clear->setEnabled(false);

    m_referenceTable = newRecordTable(QStringLiteral("referenceTable"), tr("References"),
        { tr("Referee"), tr("Relationship"), tr("Requested"), tr("Received"), tr("Satisfactory") }, page);
    auto* addRef = editButton(tr("&Add…"), QStringLiteral("addReferenceButton"), tr("Add a reference"));
    auto* editRef = editButton(tr("&Edit…"), QStringLiteral("editReferenceButton"), tr("Edit the selected reference"));
    auto* removeRef
        = editButton(tr("&Remove"), QStringLiteral("removeReferenceButton"), tr("Remove the selected reference"));
    connect(addRef, &QPushButton::clicked, this, [this] { editReference(true); });
    connect(editRef, &QPushButton::clicked, this, [this] { editReference(false); });
    connect(removeRef, &QPushButton::clicked, this, &WorkerRecordDialog::removeReference);
    enableWithSelection(m_referenceTable, { editRef, removeRef });
    if (m_canEdit) {
        connect(m_referenceTable, &QTreeWidget::itemActivated, this, [this] { editReference(false); });
    }

    m_dbsTable = newRecordTable(QStringLiteral("dbsTable"), tr("DBS checks"),
        { tr("Level"), tr("Certificate number"), tr("Issued"), tr("Update Service"), tr("Recheck due") }, page);
    auto* addDbs = editButton(tr("A&dd…"), QStringLiteral("addDbsButton"), tr("Add a DBS check"));
    auto* editDbs = editButton(tr("Ed&it…"), QStringLiteral("editDbsButton"), tr("Edit the selected DBS check"));
    auto* removeDbs = editButton(tr("Remo&ve"), QStringLiteral("removeDbsButton"), tr("Remove the selected DBS check"));
    connect(addDbs, &QPushButton::clicked, this, [this] { editDbsCheck(true); });
    connect(editDbs, &QPushButton::clicked, this, [this] { editDbsCheck(false); });
    connect(removeDbs, &QPushButton::clicked, this, &WorkerRecordDialog::removeDbsCheck);
    enableWithSelection(m_dbsTable, { editDbs, removeDbs });
    if (m_canEdit) {
        connect(m_dbsTable, &QTreeWidget::itemActivated, this, [this] { editDbsCheck(false); });
    }

    // Stacked, each the full width: side by side, the dates and answers were cut off.
    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableBox(tr("Recruitment steps"), m_stepTable, { markDone, clear }, page));
    splitter->addWidget(tableBox(tr("References"), m_referenceTable, { addRef, editRef, removeRef }, page));
    splitter->addWidget(tableBox(tr("DBS checks (newest first)"), m_dbsTable, { addDbs, editDbs, removeDbs }, page));
    splitter->setSizes({ 240, 150, 150 });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

void WorkerRecordDialog::loadChecks()
{
    WorkforceService service(m_db);
    auto steps = service.steps(m_actor);
    auto records = service.stepRecords(m_actor, m_workerId);
    auto references = service.references(m_actor, m_workerId);
    auto checks = service.dbsChecks(m_actor, m_workerId);
    m_steps = steps ? steps.value() : QList<core::RecruitmentStep>();
    m_stepRecords = records ? records.value() : QList<core::StepRecord>();
    m_references = references ? references.value() : QList<core::Reference>();
    m_dbsChecks = checks ? checks.value() : QList<core::DbsCheck>();

    const qint64 stepId = selectedId(m_stepTable);
    m_stepTable->clear();
    for (const core::RecruitmentStep& step : std::as_const(m_steps)) {
        QStringList row { step.name, tr("Not yet"), QString(), QString() };
        for (const core::StepRecord& r : std::as_const(m_stepRecords)) {
            if (r.stepId == step.id) {
                row = QStringList { step.name, shortDate(r.doneOn), r.doneBy, r.note };
            }
        }
        addRow(m_stepTable, step.id, row);
    }
    selectId(m_stepTable, stepId);

    const qint64 referenceId = selectedId(m_referenceTable);
    m_referenceTable->clear();
    for (const core::Reference& r : std::as_const(m_references)) {
        addRow(m_referenceTable, r.id,
            { r.refereeName, r.relationship, shortDate(r.requestedOn, tr("Not yet")),
                shortDate(r.receivedOn, tr("Not yet")), r.satisfactory ? yesNo(*r.satisfactory) : tr("Not yet") });
    }
    selectId(m_referenceTable, referenceId);

    const qint64 dbsId = selectedId(m_dbsTable);
    m_dbsTable->clear();
    for (const core::DbsCheck& c : std::as_const(m_dbsChecks)) {
        addRow(m_dbsTable, c.id,
            { WorkforceService::dbsLevelName(c.level), c.certificateNumber, shortDate(c.issuedOn),
                yesNo(c.updateService), shortDate(c.effectiveRecheck, tr("Not needed")) });
    }
    selectId(m_dbsTable, dbsId);
    for (const core::Status& s : { steps.status(), records.status(), references.status(), checks.status() }) {
        if (!s) {
            showMessage(s.message());
        }
    }
}

void WorkerRecordDialog::markStepDone()
{
    const qint64 stepId = selectedId(m_stepTable);
    QString stepName;
    for (const core::RecruitmentStep& s : std::as_const(m_steps)) {
        if (s.id == stepId) {
            stepName = s.name;
        }
    }
    if (stepId <= 0) {
        return;
    }
    std::optional<core::StepRecord> before;
    core::StepRecord record { 0, m_workerId, stepId, core::Clock::instance().today(), QString(), QString() };
    for (const core::StepRecord& r : std::as_const(m_stepRecords)) {
        if (r.stepId == stepId) {
            before = r;
            record = r;
        }
    }
    FormDialog dialog(tr("Mark Step Done"), tr("&Mark Done"), this);
    auto* doneOn = newDateEdit(tr("Done on"), record.doneOn, &dialog);
    doneOn->setObjectName(QStringLiteral("doneOnEdit"));
    auto* note = new QLineEdit(record.note, &dialog);
    note->setObjectName(QStringLiteral("noteEdit"));
    note->setAccessibleName(tr("Note"));
    note->setMaxLength(500);
    dialog.form()->addRow(tr("Step:"), new QLabel(stepName, &dialog));
    dialog.form()->addRow(tr("&Done on:"), doneOn);
    dialog.form()->addRow(tr("&Note:"), note);
    dialog.setSave([&]() -> core::Status {
        core::StepRecord r = record;
        r.doneOn = doneOn->date();
        r.note = note->text().trimmed();
        if (core::Status s = WorkforceService::validate(r); !s) {
            return s;
        }
        auto id = WorkforceService(m_db).saveStepRecord(m_actor, r);
        if (!id) {
            return id.status();
        }
        r.id = id.value();
        // As saved (the service fills in who did it): read back, so redo writes the same row.
        auto saved = WorkforceService(m_db).stepRecords(m_actor, m_workerId);
        if (saved) {
            if (auto again = findById(saved.value(), r.id)) {
                r = *again;
            }
        }
        pushRow<WorkforceService, core::StepRecord>(m_undo, &m_db, m_actor, tr("Mark \"%1\" done").arg(stepName),
            before, r, &WorkforceService::saveStepRecord, &WorkforceService::removeStepRecord);
        return core::Status::ok();
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void WorkerRecordDialog::clearStep()
{
    const qint64 stepId = selectedId(m_stepTable);
    std::optional<core::StepRecord> before;
    for (const core::StepRecord& r : std::as_const(m_stepRecords)) {
        if (r.stepId == stepId) {
            before = r;
        }
    }
    if (!before) {
        return;
    }
    if (core::Status s = WorkforceService(m_db).removeStepRecord(m_actor, before->id); !s) {
        showMessage(s.message());
        return;
    }
    pushRow<WorkforceService, core::StepRecord>(m_undo, &m_db, m_actor, tr("Clear a recruitment step"), before,
        std::nullopt, &WorkforceService::saveStepRecord, &WorkforceService::removeStepRecord);
    changeSaved();
}

void WorkerRecordDialog::editReference(bool adding)
{
    std::optional<core::Reference> before;
    core::Reference ref;
    ref.workerId = m_workerId;
    ref.requestedOn = core::Clock::instance().today();
    if (!adding) {
        before = findById(m_references, selectedId(m_referenceTable));
        if (!before) {
            return;
        }
        ref = *before;
    }
    FormDialog dialog(adding ? tr("Add Reference") : tr("Edit Reference"), adding ? tr("&Add") : tr("&Save"), this);
    auto* name = new QLineEdit(ref.refereeName, &dialog);
    name->setObjectName(QStringLiteral("refereeEdit"));
    name->setAccessibleName(tr("Referee's name"));
    name->setMaxLength(200);
    auto* relationship = new QLineEdit(ref.relationship, &dialog);
    relationship->setObjectName(QStringLiteral("relationshipEdit"));
    relationship->setAccessibleName(tr("Relationship to the person"));
    relationship->setMaxLength(200);
    auto* contact = new QLineEdit(ref.contact, &dialog);
    contact->setObjectName(QStringLiteral("contactEdit"));
    contact->setAccessibleName(tr("Referee's contact details"));
    contact->setMaxLength(300);
    auto* requested = new OptionalDateEdit(tr("Requested:"), tr("Date requested"), &dialog);
    requested->setDate(ref.requestedOn);
    auto* received = new OptionalDateEdit(tr("Received:"), tr("Date received"), &dialog);
    received->setDate(ref.receivedOn);
    received->setDefaultDate(core::Clock::instance().today());
    auto* satisfactory = new QComboBox(&dialog);
    satisfactory->setObjectName(QStringLiteral("satisfactoryCombo"));
    satisfactory->setAccessibleName(tr("Satisfactory"));
    satisfactory->addItem(tr("Not yet read"), QString());
    satisfactory->addItem(tr("Yes"), QStringLiteral("yes"));
    satisfactory->addItem(tr("No"), QStringLiteral("no"));
    satisfactory->setCurrentIndex(ref.satisfactory ? (*ref.satisfactory ? 1 : 2) : 0);
    auto* note = new QLineEdit(ref.note, &dialog);
    note->setAccessibleName(tr("Note"));
    note->setMaxLength(500);
    QFormLayout* form = dialog.form();
    form->addRow(tr("&Referee:"), name);
    form->addRow(tr("Re&lationship:"), relationship);
    form->addRow(tr("&Contact:"), contact);
    form->addRow(tr("Re&quested:"), requested);
    form->addRow(tr("Recei&ved:"), received);
    form->addRow(tr("&Satisfactory:"), satisfactory);
    form->addRow(tr("&Note:"), note);
    dialog.setSave([&]() -> core::Status {
        core::Reference r = ref;
        r.refereeName = name->text().trimmed();
        r.relationship = relationship->text().trimmed();
        r.contact = contact->text().trimmed();
        r.requestedOn = requested->date();
        r.receivedOn = received->date();
        const QString answer = satisfactory->currentData().toString();
        r.satisfactory = answer.isEmpty() ? std::nullopt : std::optional<bool>(answer == QLatin1String("yes"));
        r.note = note->text().trimmed();
        if (core::Status s = WorkforceService::validate(r); !s) {
            return s;
        }
        return saveAndRecord<WorkforceService>(r, before, adding ? tr("Add a reference") : tr("Change a reference"),
            &WorkforceService::saveReference, &WorkforceService::removeReference);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void WorkerRecordDialog::removeReference()
{
    removeSelected<WorkforceService>(
        m_references, m_referenceTable, [this](const core::Reference&) { return tr("Remove a reference"); },
        &WorkforceService::saveReference, &WorkforceService::removeReference);
}

void WorkerRecordDialog::editDbsCheck(bool adding)
{
    std::optional<core::DbsCheck> before;
    core::DbsCheck check;
    check.workerId = m_workerId;
    check.issuedOn = core::Clock::instance().today();
    if (!adding) {
        before = findById(m_dbsChecks, selectedId(m_dbsTable));
        if (!before) {
            return;
        }
        check = *before;
    }
    FormDialog dialog(adding ? tr("Add DBS Check") : tr("Edit DBS Check"), adding ? tr("&Add") : tr("&Save"), this);
    auto* level = keyCombo(
        &dialog, tr("Level of check"), WorkforceService::dbsLevelKeys(), &WorkforceService::dbsLevelName, check.level);
    level->setObjectName(QStringLiteral("levelCombo"));
    auto* number = new QLineEdit(check.certificateNumber, &dialog);
    number->setObjectName(QStringLiteral("certificateNumberEdit"));
    number->setAccessibleName(tr("Certificate number"));
    number->setMaxLength(20);
    auto* issued = newDateEdit(tr("Issued on"), check.issuedOn, &dialog);
    issued->setObjectName(QStringLiteral("issuedOnEdit"));
    auto* updateService = new QCheckBox(tr("Subscribed to the &Update Service"), &dialog);
    updateService->setAccessibleName(tr("Subscribed to the Update Service"));
    updateService->setChecked(check.updateService);
    auto* recheck = new OptionalDateEdit(tr("Set a date:"), tr("Recheck due on"), &dialog);
    recheck->setDate(check.recheckDueOn);
    auto* note = new QLineEdit(check.note, &dialog);
    note->setAccessibleName(tr("Note"));
    note->setMaxLength(500);
    QFormLayout* form = dialog.form();
    form->addRow(tr("&Level:"), level);
    form->addRow(tr("&Certificate number:"), number);
    form->addRow(tr("&Issued on:"), issued);
    form->addRow(QString(), updateService);
    form->addRow(tr("&Recheck due:"), recheck);
    form->addRow(
        QString(), new WrappingLabel(tr("Leave the recheck date unset to use the charity's usual interval."), &dialog));
    form->addRow(tr("&Note:"), note);
    dialog.setSave([&]() -> core::Status {
        core::DbsCheck c = check;
        c.level = level->currentData().toString();
        c.certificateNumber = number->text().trimmed();
        c.issuedOn = issued->date();
        c.updateService = updateService->isChecked();
        c.recheckDueOn = recheck->date();
        c.note = note->text().trimmed();
        if (core::Status s = WorkforceService::validate(c); !s) {
            return s;
        }
        return saveAndRecord<WorkforceService>(c, before, adding ? tr("Add a DBS check") : tr("Change a DBS check"),
            &WorkforceService::saveDbsCheck, &WorkforceService::removeDbsCheck);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void WorkerRecordDialog::removeDbsCheck()
{
    removeSelected<WorkforceService>(
        m_dbsChecks, m_dbsTable, [this](const core::DbsCheck&) { return tr("Remove a DBS check"); },
        &WorkforceService::saveDbsCheck, &WorkforceService::removeDbsCheck);
}

// ---- hours -------------------------------------------------------------------------------------

QWidget* WorkerRecordDialog::buildHoursTab()
{
    auto* page = new QWidget(this);
    m_hoursTable = newRecordTable(
        QStringLiteral("hoursTable"), tr("Hours given"), { tr("Date"), tr("Hours"), tr("Activity") }, page);
    auto* add = editButton(tr("&Add…"), QStringLiteral("addHoursButton"), tr("Add hours"));
    auto* edit = editButton(tr("&Edit…"), QStringLiteral("editHoursButton"), tr("Edit the selected hours"));
    auto* remove = editButton(tr("&Remove"), QStringLiteral("removeHoursButton"), tr("Remove the selected hours"));
    connect(add, &QPushButton::clicked, this, [this] { editHours(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editHours(false); });
    connect(remove, &QPushButton::clicked, this, &WorkerRecordDialog::removeHours);
    enableWithSelection(m_hoursTable, { edit, remove });
    if (m_canEdit) {
        connect(m_hoursTable, &QTreeWidget::itemActivated, this, [this] { editHours(false); });
    }
    m_monthTable = newRecordTable(QStringLiteral("monthTable"), tr("Hours per month, last 12 months"),
        { tr("Month"), tr("Hours"), tr("Value") }, page);
    m_monthTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_monthTable->setFocusPolicy(Qt::TabFocus);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableBox(tr("Hours given (newest first)"), m_hoursTable, { add, edit, remove }, page));
    auto* monthBox = tableBox(tr("Last 12 months"), m_monthTable, {}, page);
    monthBox->layout()->addWidget(new WrappingLabel(
        tr("Value: the hours at the charity's hourly rate for volunteer time (set in Settings)."), monthBox));
    splitter->addWidget(monthBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

void WorkerRecordDialog::loadHours()
{
    WorkforceService service(m_db);
    const qint64 id = selectedId(m_hoursTable);
    m_hoursTable->clear();
    auto hours = service.hours(m_actor, m_workerId);
    m_hours = hours ? hours.value() : QList<core::HoursEntry>();
    for (const core::HoursEntry& e : std::as_const(m_hours)) {
        addRow(m_hoursTable, e.id, { shortDate(e.workedOn), hoursText(e.hours), e.activity });
    }
    selectId(m_hoursTable, id);

    m_monthTable->clear();
    const QDate today = core::Clock::instance().today();
    const QDate from = QDate(today.year(), today.month(), 1).addMonths(-11);
    auto months = service.monthlyHours(m_actor, m_workerId, from, today);
    const QLocale locale;
    double totalHours = 0;
    qint64 totalPence = 0;
    for (int i = 11; i >= 0; --i) {
        const QDate month = from.addMonths(i);
        core::MonthlyHours m { month.year(), month.month(), 0, 0, 0 };
        if (months) {
            for (const core::MonthlyHours& got : months.value()) {
                if (got.year == m.year && got.month == m.month) {
                    m = got;
                }
            }
        }
        totalHours += m.hours;
        totalPence += m.valuePence;
        addRow(m_monthTable, 0,
            { locale.toString(month, QStringLiteral("MMMM yyyy")), hoursText(m.hours),
                QStringLiteral("£%1").arg(locale.toString(double(m.valuePence) / 100.0, 'f', 2)) });
    }
    auto* total = addRow(m_monthTable, 0,
        { tr("Total"), hoursText(totalHours),
            QStringLiteral("£%1").arg(locale.toString(double(totalPence) / 100.0, 'f', 2)) });
    QFont bold = total->font(0);
    bold.setBold(true);
    for (int c = 0; c < 3; ++c) {
        total->setFont(c, bold);
    }
    for (QTreeWidget* table : { m_monthTable }) {
        for (int c = 1; c < 3; ++c) {
            for (int r = 0; r < table->topLevelItemCount(); ++r) {
                table->topLevelItem(r)->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            }
        }
    }
    if (!hours || !months) {
        showMessage(!hours ? hours.message() : months.message());
    }
}

void WorkerRecordDialog::editHours(bool adding)
{
    std::optional<core::HoursEntry> before;
    core::HoursEntry entry;
    entry.workerId = m_workerId;
    entry.workedOn = core::Clock::instance().today();
    entry.hours = 2;
    if (!adding) {
        before = findById(m_hours, selectedId(m_hoursTable));
        if (!before) {
            return;
        }
        entry = *before;
    }
    FormDialog dialog(adding ? tr("Add Hours") : tr("Edit Hours"), adding ? tr("&Add") : tr("&Save"), this);
    auto* date = newDateEdit(tr("Date"), entry.workedOn, &dialog);
    date->setObjectName(QStringLiteral("workedOnEdit"));
    auto* hours = new QDoubleSpinBox(&dialog);
    hours->setObjectName(QStringLiteral("hoursSpin"));
    hours->setAccessibleName(tr("Hours"));
    hours->setRange(0, 24);
    hours->setSingleStep(0.25);
    hours->setDecimals(2);
    hours->setValue(entry.hours);
    auto* activity = new QLineEdit(entry.activity, &dialog);
    activity->setObjectName(QStringLiteral("activityEdit"));
    activity->setAccessibleName(tr("Activity"));
    activity->setMaxLength(200);
    activity->setPlaceholderText(tr("For example: drop-in group"));
    dialog.form()->addRow(tr("&Date:"), date);
    dialog.form()->addRow(tr("&Hours:"), hours);
    dialog.form()->addRow(tr("&Activity:"), activity);
    dialog.setSave([&]() -> core::Status {
        core::HoursEntry e = entry;
        e.workedOn = date->date();
        e.hours = hours->value();
        e.activity = activity->text().trimmed();
        if (core::Status s = WorkforceService::validate(e); !s) {
            return s;
        }
        return saveAndRecord<WorkforceService>(e, before, adding ? tr("Add hours") : tr("Change hours"),
            &WorkforceService::saveHours, &WorkforceService::removeHours);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void WorkerRecordDialog::removeHours()
{
    removeSelected<WorkforceService>(
        m_hours, m_hoursTable, [this](const core::HoursEntry&) { return tr("Remove hours"); },
        &WorkforceService::saveHours, &WorkforceService::removeHours);
}

// ---- training ----------------------------------------------------------------------------------

QWidget* WorkerRecordDialog::buildTrainingTab()
{
    auto* page = new QWidget(this);
    m_completionTable = newRecordTable(QStringLiteral("completionTable"), tr("Training completed"),
        { tr("Course"), tr("Completed"), tr("Expires"), tr("Certificate") }, page);
    auto* add = editButton(tr("&Add…"), QStringLiteral("addCompletionButton"), tr("Record a course completed"));
    auto* edit = editButton(tr("&Edit…"), QStringLiteral("editCompletionButton"), tr("Edit the selected completion"));
    auto* remove
        = editButton(tr("&Remove"), QStringLiteral("removeCompletionButton"), tr("Remove the selected completion"));
    connect(add, &QPushButton::clicked, this, [this] { editCompletion(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editCompletion(false); });
    connect(remove, &QPushButton::clicked, this, &WorkerRecordDialog::removeCompletion);
    enableWithSelection(m_completionTable, { edit, remove });
    // Opening a completion is also how a read-only role saves its certificate.
    connect(m_completionTable, &QTreeWidget::itemActivated, this, [this] { editCompletion(false); });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        tableBox(tr("Training completed (newest first)"), m_completionTable, { add, edit, remove }, page));
    return page;
}

void WorkerRecordDialog::loadTraining()
{
    const qint64 id = selectedId(m_completionTable);
    m_completionTable->clear();
    auto completions = TrainingService(m_db).completions(m_actor, m_workerId);
    m_completions = completions ? completions.value() : QList<core::Completion>();
    for (const core::Completion& c : std::as_const(m_completions)) {
        addRow(m_completionTable, c.id,
            { c.courseTitle, shortDate(c.completedOn), shortDate(c.effectiveExpiry, tr("Does not expire")),
                c.hasCertificate ? tr("Yes: %1").arg(c.certificateName) : tr("No") });
    }
    selectId(m_completionTable, id);
    if (!completions) {
        showMessage(completions.message());
    }
}

void WorkerRecordDialog::editCompletion(bool adding)
{
    std::optional<core::Completion> existing;
    if (!adding) {
        existing = findById(m_completions, selectedId(m_completionTable));
        if (!existing) {
            return;
        }
    }
    CompletionDialog dialog(m_db, m_actor, m_canEdit ? m_undo : nullptr, m_workerId, existing, this);
    if (dialog.exec() == QDialog::Accepted && m_canEdit) {
        changeSaved();
    }
}

void WorkerRecordDialog::removeCompletion()
{
    auto before = findById(m_completions, selectedId(m_completionTable));
    if (!before) {
        return;
    }
    TrainingService service(m_db);
    if (before->hasCertificate) {
        // Kept with the undo step, so that undo brings the certificate back too.
        auto file = service.certificate(m_actor, before->id);
        if (file) {
            before->certificate = file.value();
        }
    }
    if (core::Status s = service.removeCompletion(m_actor, before->id); !s) {
        showMessage(s.message());
        return;
    }
    pushRow<TrainingService, core::Completion>(m_undo, &m_db, m_actor, tr("Remove %1").arg(before->courseTitle), before,
        std::nullopt, &TrainingService::saveCompletion, &TrainingService::removeCompletion);
    changeSaved();
}

// ---- supervision -------------------------------------------------------------------------------

bool WorkerRecordDialog::maySeeSupervision() const
{
    using Action = core::Permissions::Action;
    if (core::Permissions::allowed(m_actor.role, Action::ViewAllSupervisionSummaries)) {
        return true;
    }
    if (!core::Permissions::allowed(m_actor.role, Action::ViewOwnSupervision) || m_actor.workerId <= 0) {
        return false;
    }
    if (m_actor.workerId == m_workerId) {
        return true;
    }
    // Asked about themselves, which is always allowed: so no refusal is recorded for anyone else's record.
    auto supervisees
        = SupervisionService(m_db).superviseesOf(m_actor, m_actor.workerId, core::Clock::instance().today());
    if (supervisees) {
        for (const core::SupervisionArrangement& a : supervisees.value()) {
            if (a.workerId == m_workerId) {
                return true;
            }
        }
    }
    return false;
}

QWidget* WorkerRecordDialog::buildSupervisionTab()
{
    auto* page = new QWidget(this);
    m_supervisionDue = new WrappingLabel(QString(), page);
    m_supervisionDue->setObjectName(QStringLiteral("supervisionDueLabel"));
    m_supervisionDueIcon = new QLabel(page);
    m_supervisionDueIcon->setObjectName(QStringLiteral("supervisionDueIcon"));
    auto* history = new QPushButton(tr("Supervision &History…"), page);
    history->setObjectName(QStringLiteral("supervisionHistoryButton"));
    history->setAccessibleName(tr("Open the supervision history, with the wellbeing chart"));
    connect(history, &QPushButton::clicked, this, &WorkerRecordDialog::openSupervisionHistory);

    m_arrangementTable = newRecordTable(QStringLiteral("arrangementTable"), tr("Supervisors"),
        { tr("Supervisor"), tr("Kind"), tr("Organisation"), tr("From"), tr("To"), tr("Note") }, page);
    auto* add = editButton(tr("&Add Supervisor…"), QStringLiteral("addArrangementButton"), tr("Add a supervisor"));
    auto* edit = editButton(
        tr("&Edit…"), QStringLiteral("editArrangementButton"), tr("Edit the selected supervision arrangement"));
    auto* end = editButton(
        tr("E&nd…"), QStringLiteral("endArrangementButton"), tr("End the selected supervision arrangement"));
    auto* remove = editButton(
        tr("Re&move"), QStringLiteral("removeArrangementButton"), tr("Remove the selected supervision arrangement"));
    connect(add, &QPushButton::clicked, this, [this] { editArrangement(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editArrangement(false); });
    connect(end, &QPushButton::clicked, this, &WorkerRecordDialog::endArrangement);
    connect(remove, &QPushButton::clicked, this, &WorkerRecordDialog::removeArrangement);
    enableWithSelection(m_arrangementTable, { edit, end, remove });
    if (m_canEdit) {
        connect(m_arrangementTable, &QTreeWidget::itemActivated, this, [this] { editArrangement(false); });
    }

    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_supervisionDueIcon, 0, Qt::AlignTop);
    dueRow->addWidget(m_supervisionDue, 1);
    dueRow->addWidget(history, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(dueRow);
    layout->addWidget(
        tableBox(tr("Who supervises them (current first)"), m_arrangementTable, { add, edit, end, remove }, page), 1);
    layout->addWidget(new WrappingLabel(tr("A person can have more than one supervisor at once, for example one at "
                                           "the charity and one at a partner organisation. Their sessions are "
                                           "recorded with Supervision > Record Supervision."),
        page));
    return page;
}

void WorkerRecordDialog::loadSupervision()
{
    const qint64 id = selectedId(m_arrangementTable);
    m_arrangementTable->clear();
    auto arrangements = SupervisionService(m_db).arrangements(m_actor, m_workerId);
    m_arrangements = arrangements ? arrangements.value() : QList<core::SupervisionArrangement>();
    for (const core::SupervisionArrangement& a : std::as_const(m_arrangements)) {
        addRow(m_arrangementTable, a.id,
            { a.supervisorName.isEmpty() ? a.externalSupervisor : a.supervisorName,
                SupervisionService::supervisorKindName(a.supervisorKind), a.organisation, shortDate(a.startsOn),
                shortDate(a.endsOn, tr("Continuing")), a.note });
    }
    selectId(m_arrangementTable, id);
    supervisionlook::showNextDue(
        m_supervisionDueIcon, m_supervisionDue, supervisionlook::nextDue(m_db, m_actor, m_workerId));
    if (!arrangements) {
        showMessage(arrangements.message());
    }
}

void WorkerRecordDialog::editArrangement(bool adding)
{
    std::optional<core::SupervisionArrangement> before;
    core::SupervisionArrangement arrangement;
    arrangement.workerId = m_workerId;
    arrangement.startsOn = core::Clock::instance().today();
    if (!adding) {
        before = findById(m_arrangements, selectedId(m_arrangementTable));
        if (!before) {
            return;
        }
        arrangement = *before;
    }
    FormDialog dialog(
        adding ? tr("Add a Supervisor") : tr("Edit Supervision Arrangement"), adding ? tr("&Add") : tr("&Save"), this);
    auto* inside = new QRadioButton(tr("Someone on &record here:"), &dialog);
    inside->setObjectName(QStringLiteral("supervisorInsideRadio"));
    inside->setAccessibleName(tr("The supervisor is someone on record here"));
    auto* outside = new QRadioButton(tr("Someone &outside the charity:"), &dialog);
    outside->setObjectName(QStringLiteral("supervisorOutsideRadio"));
    outside->setAccessibleName(tr("The supervisor is someone outside the charity"));
    auto* group = new QButtonGroup(&dialog);
    group->addButton(inside);
    group->addButton(outside);
    auto* worker = new QComboBox(&dialog);
    worker->setObjectName(QStringLiteral("supervisorWorkerCombo"));
    worker->setAccessibleName(tr("Supervisor on record"));
    worker->addItem(tr("Choose a person…"), 0); // nobody is chosen for the user by accident
    if (auto workers = WorkforceService(m_db).list(m_actor)) {
        for (const core::WorkerSummary& w : workers.value()) {
            if (w.workerId == m_workerId) {
                continue; // no one supervises themselves
            }
            if (w.status == QLatin1String("left") && w.workerId != arrangement.supervisorWorkerId) {
                continue;
            }
            worker->addItem(
                w.roles.isEmpty() ? w.name : tr("%1 — %2").arg(w.name, w.roles.join(QStringLiteral(", "))), w.workerId);
        }
    }
    auto* external = new QLineEdit(arrangement.externalSupervisor, &dialog);
    external->setObjectName(QStringLiteral("externalSupervisorEdit"));
    external->setAccessibleName(tr("Name of the supervisor outside the charity"));
    external->setMaxLength(200);
    auto* kind = keyCombo(&dialog, tr("Kind of supervisor"), SupervisionService::supervisorKindKeys(),
        &SupervisionService::supervisorKindName, arrangement.supervisorKind);
    kind->setObjectName(QStringLiteral("supervisorKindCombo"));
    auto* organisation = new QLineEdit(arrangement.organisation, &dialog);
    organisation->setObjectName(QStringLiteral("organisationEdit"));
    organisation->setAccessibleName(tr("Organisation"));
    organisation->setMaxLength(200);
    organisation->setPlaceholderText(tr("Optional, for example: the partner NHS trust"));
    auto* starts = newDateEdit(tr("Supervision starts on"), arrangement.startsOn, &dialog);
    starts->setObjectName(QStringLiteral("arrangementStartsEdit"));
    auto* ends = new OptionalDateEdit(tr("Ended:"), tr("Supervision ends on"), &dialog);
    ends->setObjectName(QStringLiteral("arrangementEndsEdit"));
    ends->setDate(arrangement.endsOn);
    ends->setDefaultDate(core::Clock::instance().today());
    auto* note = new QLineEdit(arrangement.note, &dialog);
    note->setObjectName(QStringLiteral("arrangementNoteEdit"));
    note->setAccessibleName(tr("Note"));
    note->setMaxLength(500);

    const bool isOutside = !adding && arrangement.supervisorWorkerId <= 0;
    (isOutside || worker->count() <= 1 ? outside : inside)->setChecked(true);
    worker->setCurrentIndex(std::max(0, worker->findData(arrangement.supervisorWorkerId)));
    auto follow = [worker, external, kind, inside] {
        worker->setEnabled(inside->isChecked());
        external->setEnabled(!inside->isChecked());
        // Someone outside is an external supervisor; someone here is a peer or not.
        const QString k = kind->currentData().toString();
        if (!inside->isChecked()) {
            kind->setCurrentIndex(std::max(0, kind->findData(QString::fromLatin1(core::supervision::kExternal))));
        } else if (k == QLatin1String(core::supervision::kExternal)) {
            kind->setCurrentIndex(std::max(0, kind->findData(QString::fromLatin1(core::supervision::kNonPeer))));
        }
    };
    follow();
    connect(inside, &QRadioButton::toggled, &dialog, follow);

    QFormLayout* form = dialog.form();
    form->addRow(inside, worker);
    form->addRow(outside, external);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("Or&ganisation:"), organisation);
    form->addRow(tr("Starts o&n:"), starts);
    form->addRow(tr("En&ds on:"), ends);
    form->addRow(tr("No&te:"), note);
    dialog.setSave([&]() -> core::Status {
        core::SupervisionArrangement a = arrangement;
        if (inside->isChecked()) {
            a.supervisorWorkerId = worker->currentData().toLongLong();
            a.externalSupervisor.clear();
        } else {
            a.supervisorWorkerId = 0;
            a.externalSupervisor = external->text().trimmed();
        }
        a.supervisorKind = kind->currentData().toString();
        a.organisation = organisation->text().trimmed();
        a.startsOn = starts->date();
        a.endsOn = ends->date();
        a.note = note->text().trimmed();
        if (core::Status s = SupervisionService::validate(a, core::Clock::instance().today()); !s) {
            return s;
        }
        const QString who
            = inside->isChecked() ? worker->currentText().section(QStringLiteral(" — "), 0, 0) : a.externalSupervisor;
        return saveAndRecord<SupervisionService>(a, before,
            adding ? tr("Add supervisor %1").arg(who) : tr("Change supervision by %1").arg(who),
            &SupervisionService::saveArrangement, &SupervisionService::removeArrangement);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void WorkerRecordDialog::endArrangement()
{
    const auto before = findById(m_arrangements, selectedId(m_arrangementTable));
    if (!before) {
        return;
    }
    const QString who = before->supervisorName.isEmpty() ? before->externalSupervisor : before->supervisorName;
    FormDialog dialog(tr("End Supervision Arrangement"), tr("E&nd"), this);
    auto* ends = newDateEdit(tr("Supervision ends on"),
        before->endsOn.isValid() ? before->endsOn : core::Clock::instance().today(), &dialog);
    ends->setObjectName(QStringLiteral("arrangementEndsEdit"));
    dialog.form()->addRow(tr("Supervisor:"), new QLabel(who, &dialog));
    dialog.form()->addRow(tr("&Last day:"), ends);
    dialog.setSave([&]() -> core::Status {
        core::SupervisionArrangement a = *before;
        a.endsOn = ends->date();
        if (core::Status s = SupervisionService::validate(a, core::Clock::instance().today()); !s) {
            return s;
        }
        return saveAndRecord<SupervisionService>(a, before, tr("End supervision by %1").arg(who),
            &SupervisionService::saveArrangement, &SupervisionService::removeArrangement);
    });
    if (dialog.exec() == QDialog::Accepted) {
        changeSaved();
    }
}

void WorkerRecordDialog::removeArrangement()
{
    removeSelected<SupervisionService>(
        m_arrangements, m_arrangementTable,
        [&](const core::SupervisionArrangement& row) {
            return tr("Remove supervisor %1")
                .arg(row.supervisorName.isEmpty() ? row.externalSupervisor : row.supervisorName);
        },
        &SupervisionService::saveArrangement, &SupervisionService::removeArrangement);
}

void WorkerRecordDialog::openSupervisionHistory()
{
    SupervisionHistoryDialog dialog(m_db, m_actor, m_undo, m_workerId,
        core::WorkforceService::displayName(m_profile.givenName, m_profile.familyName, m_profile.knownAs), this);
    dialog.exec();
    if (dialog.madeChanges()) {
        m_madeChanges = true;
        reload();
    }
}

} // namespace alongside::ui
