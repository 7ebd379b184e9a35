#include "cataloguesdialog.h"

#include "core/auth/permissions.h"
#include "core/clients/clientservice.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/feedback.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

constexpr int kMaxNameLength = 100;

QFormLayout* newForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return form;
}

QFont bold(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

CataloguesDialog::CataloguesDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_canEdit(core::Permissions::allowed(actor.role, core::Permissions::Action::EditCatalogues))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("cataloguesDialog"));
    setWindowTitle(tr("Roles, Services and Other Lists"));

    m_tabs->setObjectName(QStringLiteral("cataloguesTabs"));
    m_tabs->setAccessibleName(tr("Lists"));
    m_tabs->addTab(makeRolesTab(), tr("&Roles"));
    m_tabs->addTab(makeStepsTab(), tr("Recruitment &steps"));
    m_tabs->addTab(makeServicesTab(), tr("Servi&ces"));
    m_tabs->addTab(makeSourcesTab(), tr("Referra&l sources"));
    m_tabs->addTab(makeThemesTab(), tr("Supervision t&hemes"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    if (!m_canEdit) {
        for (QPushButton* b :
            { m_addRole, m_saveRole, m_addStep, m_saveStep, m_moveUp, m_moveDown, m_addService, m_saveService,
                m_addSource, m_saveSource, m_addTheme, m_saveTheme, m_removeTheme, m_themeUp, m_themeDown }) {
            b->hide();
        }
        for (QLineEdit* edit : { m_roleName, m_stepName, m_serviceName, m_sourceName, m_themeName }) {
            edit->setReadOnly(true);
        }
        for (QWidget* w : std::initializer_list<QWidget*> { m_rolePeer, m_rolePay, m_roleDbs, m_roleActive,
                 m_stepEnabled, m_serviceKind, m_serviceActive, m_sourceCategory, m_sourceActive, m_themeActive }) {
            w->setEnabled(false);
        }
        for (QSpinBox* spin : { m_roleSupervision, m_roleReferences, m_sourcePosition }) {
            spin->setReadOnly(true);
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        }
    }
    if (m_undo) {
        connect(m_undo, &QUndoStack::indexChanged, this, &CataloguesDialog::reload);
    }

    resize(QSize(980, 620).expandedTo(layout->sizeHint()));
    reload();
    m_roleTable->setFocus();
}

QWidget* CataloguesDialog::makeRolesTab()
{
    auto* page = new QWidget(this);
    auto* intro = new WrappingLabel(tr("The roles people hold. Each role says how often its holders should have "
                                       "supervision and which checks they need before they start. A role that is "
                                       "no longer used can be made inactive; it stays on old records."),
        page);

    m_roleTable = new QTreeWidget(page);
    m_roleTable->setObjectName(QStringLiteral("rolesTable"));
    m_roleTable->setAccessibleName(tr("Roles"));
    m_roleTable->setRootIsDecorated(false);
    m_roleTable->setUniformRowHeights(true);
    m_roleTable->setAllColumnsShowFocus(true);
    m_roleTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roleTable->setHeaderLabels({ tr("Role"), tr("Peer role"), tr("Default pay"), tr("Supervision"),
        tr("DBS check needed"), tr("References"), tr("Active") });
    m_roleTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roleTable->header()->setStretchLastSection(true);
    connect(m_roleTable, &QTreeWidget::currentItemChanged, this, &CataloguesDialog::roleChanged);
    auto* tableLabel = new QLabel(tr("R&oles:"), page);
    tableLabel->setBuddy(m_roleTable);

    m_roleHeading = new QLabel(page);
    m_roleHeading->setObjectName(QStringLiteral("roleHeading"));
    m_roleHeading->setFont(bold(m_roleHeading->font()));

    m_roleName = new QLineEdit(page);
    m_roleName->setObjectName(QStringLiteral("roleNameEdit"));
    m_roleName->setAccessibleName(tr("Role name"));
    m_roleName->setMaxLength(kMaxNameLength);
    m_rolePeer = new QCheckBox(tr("&Peer role (held by people with lived experience)"), page);
    m_rolePeer->setObjectName(QStringLiteral("rolePeerCheck"));
    m_rolePeer->setAccessibleName(tr("Peer role"));
    m_rolePay = new QComboBox(page);
    m_rolePay->setObjectName(QStringLiteral("rolePayCombo"));
    m_rolePay->setAccessibleName(tr("Default pay basis"));
    for (const QString& key : core::WorkforceService::payBasisKeys()) {
        m_rolePay->addItem(core::WorkforceService::payBasisName(key), key);
    }
    m_roleSupervision = new QSpinBox(page);
    m_roleSupervision->setObjectName(QStringLiteral("roleSupervisionSpin"));
    m_roleSupervision->setAccessibleName(tr("Supervision expected every so many days"));
    m_roleSupervision->setRange(0, 365);
    m_roleSupervision->setSpecialValueText(tr("No expected interval"));
    m_roleSupervision->setSuffix(tr(" days"));
    m_roleDbs = new QComboBox(page);
    m_roleDbs->setObjectName(QStringLiteral("roleDbsCombo"));
    m_roleDbs->setAccessibleName(tr("DBS check needed"));
    m_roleDbs->addItem(tr("Not needed"), QString());
    for (const QString& key : core::WorkforceService::dbsLevelKeys()) {
        m_roleDbs->addItem(core::WorkforceService::dbsLevelName(key), key);
    }
    m_roleReferences = new QSpinBox(page);
    m_roleReferences->setObjectName(QStringLiteral("roleReferencesSpin"));
    m_roleReferences->setAccessibleName(tr("References needed"));
    m_roleReferences->setRange(0, 10);
    m_roleActive = new QCheckBox(tr("&Active (untick when the role is no longer used)"), page);
    m_roleActive->setObjectName(QStringLiteral("roleActiveCheck"));
    m_roleActive->setAccessibleName(tr("Active"));

    auto* form = newForm();
    form->addRow(tr("&Name:"), m_roleName);
    form->addRow(QString(), m_rolePeer);
    form->addRow(tr("Default pa&y basis:"), m_rolePay);
    form->addRow(tr("S&upervision every:"), m_roleSupervision);
    form->addRow(tr("D&BS check needed:"), m_roleDbs);
    form->addRow(tr("Re&ferences needed:"), m_roleReferences);
    form->addRow(QString(), m_roleActive);
    for (QWidget* field :
        std::initializer_list<QWidget*> { m_rolePay, m_roleSupervision, m_roleDbs, m_roleReferences }) {
        field->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }

    m_roleFeedback = new WrappingLabel(QString(), page);
    m_roleFeedback->setObjectName(QStringLiteral("roleFeedbackLabel"));
    m_roleFeedback->setAccessibleName(tr("Message"));
    m_roleFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_roleFeedback->hide();

    m_addRole = new QPushButton(tr("A&dd Role"), page);
    m_addRole->setObjectName(QStringLiteral("addRoleButton"));
    m_addRole->setAccessibleName(tr("Add a role"));
    m_saveRole = new QPushButton(tr("Sa&ve Role"), page);
    m_saveRole->setObjectName(QStringLiteral("saveRoleButton"));
    m_saveRole->setAccessibleName(tr("Save the role"));
    connect(m_addRole, &QPushButton::clicked, this, &CataloguesDialog::addRole);
    connect(m_saveRole, &QPushButton::clicked, this, &CataloguesDialog::saveRole);

    auto* formColumn = new QVBoxLayout;
    formColumn->addWidget(m_roleHeading);
    formColumn->addLayout(form);
    formColumn->addWidget(m_roleFeedback);
    formColumn->addStretch(1);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_addRole);
    formButtons->addStretch(1);
    formButtons->addWidget(m_saveRole);
    formColumn->addLayout(formButtons);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(tableLabel);
    layout->addWidget(m_roleTable, 1);
    layout->addLayout(formColumn);
    return page;
}

QWidget* CataloguesDialog::makeStepsTab()
{
    auto* page = new QWidget(this);
    auto* intro = new WrappingLabel(tr("The steps of recruitment, in the order they usually happen. Each worker's "
                                       "record shows them as a checklist. References and the DBS check have records "
                                       "of their own, and induction is a course. A step you do not use can be "
                                       "switched off; it stays on old records."),
        page);

    m_stepList = new QListWidget(page);
    m_stepList->setObjectName(QStringLiteral("stepsList"));
    m_stepList->setAccessibleName(tr("Recruitment steps, in order"));
    connect(m_stepList, &QListWidget::currentRowChanged, this, &CataloguesDialog::stepChanged);
    auto* listLabel = new QLabel(tr("S&teps, in order:"), page);
    listLabel->setBuddy(m_stepList);

    m_moveUp = new QPushButton(tr("Move &Up"), page);
    m_moveUp->setObjectName(QStringLiteral("moveUpButton"));
    m_moveUp->setAccessibleName(tr("Move the step up"));
    m_moveDown = new QPushButton(tr("Move Do&wn"), page);
    m_moveDown->setObjectName(QStringLiteral("moveDownButton"));
    m_moveDown->setAccessibleName(tr("Move the step down"));
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveStep(1); });

    m_stepHeading = new QLabel(page);
    m_stepHeading->setObjectName(QStringLiteral("stepHeading"));
    m_stepHeading->setFont(bold(m_stepHeading->font()));
    m_stepName = new QLineEdit(page);
    m_stepName->setObjectName(QStringLiteral("stepNameEdit"));
    m_stepName->setAccessibleName(tr("Step name"));
    m_stepName->setMaxLength(kMaxNameLength);
    m_stepEnabled = new QCheckBox(tr("Us&ed (untick to switch the step off)"), page);
    m_stepEnabled->setObjectName(QStringLiteral("stepEnabledCheck"));
    m_stepEnabled->setAccessibleName(tr("Step is used"));

    auto* form = newForm();
    form->addRow(tr("&Name:"), m_stepName);
    form->addRow(QString(), m_stepEnabled);

    m_stepFeedback = new WrappingLabel(QString(), page);
    m_stepFeedback->setObjectName(QStringLiteral("stepFeedbackLabel"));
    m_stepFeedback->setAccessibleName(tr("Message"));
    m_stepFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stepFeedback->hide();

    m_addStep = new QPushButton(tr("A&dd Step"), page);
    m_addStep->setObjectName(QStringLiteral("addStepButton"));
    m_addStep->setAccessibleName(tr("Add a step"));
    m_saveStep = new QPushButton(tr("Sa&ve Step"), page);
    m_saveStep->setObjectName(QStringLiteral("saveStepButton"));
    m_saveStep->setAccessibleName(tr("Save the step"));
    connect(m_addStep, &QPushButton::clicked, this, &CataloguesDialog::addStep);
    connect(m_saveStep, &QPushButton::clicked, this, &CataloguesDialog::saveStep);

    auto* moveButtons = new QVBoxLayout;
    moveButtons->addWidget(m_moveUp);
    moveButtons->addWidget(m_moveDown);
    moveButtons->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_stepList, 1);
    listRow->addLayout(moveButtons);

    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_addStep);
    formButtons->addStretch(1);
    formButtons->addWidget(m_saveStep);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_stepHeading);
    layout->addLayout(form);
    layout->addWidget(m_stepFeedback);
    layout->addLayout(formButtons);
    return page;
}

void CataloguesDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
    switch (tab) {
    case Tab::Roles:
        m_roleTable->setFocus();
        break;
    case Tab::Steps:
        m_stepList->setFocus();
        break;
    case Tab::Services:
        m_serviceTable->setFocus();
        break;
    case Tab::ReferralSources:
        m_sourceTable->setFocus();
        break;
    case Tab::SupervisionThemes:
        m_themeList->setFocus();
        break;
    }
}

void CataloguesDialog::reload()
{
    reloadRoles(m_role.id);
    reloadSteps(m_step.id);
    reloadServices(m_service.id);
    reloadSources(m_source.id);
    reloadThemes(m_theme.id);
}

// ---- roles -------------------------------------------------------------------------------------

void CataloguesDialog::reloadRoles(qint64 selectId)
{
    auto roles = core::WorkforceService(m_db).roleTypes(m_actor, true);
    const QSignalBlocker block(m_roleTable);
    m_roleTable->clear();
    if (!roles) {
        m_roles.clear();
        showProblem(m_roleFeedback, roles.message());
        return;
    }
    m_roles = roles.takeValue();
    QTreeWidgetItem* select = nullptr;
    for (const core::RoleType& r : std::as_const(m_roles)) {
        const QString supervision
            = r.supervisionIntervalDays > 0 ? tr("Every %1 days").arg(r.supervisionIntervalDays) : tr("No interval");
        auto* item = new QTreeWidgetItem(m_roleTable,
            { r.name, r.isPeer ? tr("Yes") : tr("No"), core::WorkforceService::payBasisName(r.defaultPayBasis),
                supervision, r.dbsLevel.isEmpty() ? tr("Not needed") : core::WorkforceService::dbsLevelName(r.dbsLevel),
                QString::number(r.referencesRequired), r.active ? tr("Yes") : tr("No") });
        item->setData(0, Qt::UserRole, r.id);
        if ((selectId != 0 && r.id == selectId) || !select) {
            select = item;
        }
    }
    if (selectId == 0 && m_role.id == 0 && m_roleName->isModified()) {
        return; // a new role being typed in
    }
    if (select) {
        m_roleTable->setCurrentItem(select);
        const qint64 id = select->data(0, Qt::UserRole).toLongLong();
        for (const core::RoleType& r : std::as_const(m_roles)) {
            if (r.id == id) {
                showRole(r);
            }
        }
    } else {
        showRole(core::RoleType {});
    }
}

void CataloguesDialog::showRole(const core::RoleType& role)
{
    m_role = role;
    m_roleHeading->setText(role.id == 0 ? tr("New role") : tr("Role: %1").arg(role.name));
    m_roleName->setText(role.name);
    m_roleName->setModified(false);
    m_rolePeer->setChecked(role.isPeer);
    m_rolePay->setCurrentIndex(std::max(0, m_rolePay->findData(role.defaultPayBasis)));
    m_roleSupervision->setValue(role.supervisionIntervalDays);
    int dbs = m_roleDbs->findData(role.dbsLevel);
    if (dbs < 0) {
        m_roleDbs->addItem(role.dbsLevel, role.dbsLevel); // a level this version does not know: keep it
        dbs = m_roleDbs->count() - 1;
    }
    m_roleDbs->setCurrentIndex(dbs);
    m_roleReferences->setValue(role.referencesRequired);
    m_roleActive->setChecked(role.active);
}

void CataloguesDialog::roleChanged()
{
    QTreeWidgetItem* item = m_roleTable->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const core::RoleType& r : std::as_const(m_roles)) {
        if (r.id == id) {
            m_roleFeedback->hide();
            showRole(r);
        }
    }
}

void CataloguesDialog::addRole()
{
    {
        const QSignalBlocker block(m_roleTable);
        m_roleTable->setCurrentItem(nullptr);
        m_roleTable->clearSelection();
    }
    m_roleFeedback->hide();
    showRole(core::RoleType {});
    m_roleName->setFocus();
}

void CataloguesDialog::saveRole()
{
    if (!m_canEdit) {
        return;
    }
    const core::RoleType before = m_role;
    core::RoleType after = m_role;
    after.name = m_roleName->text().trimmed();
    after.isPeer = m_rolePeer->isChecked();
    after.defaultPayBasis = m_rolePay->currentData().toString();
    after.supervisionIntervalDays = m_roleSupervision->value();
    after.dbsLevel = m_roleDbs->currentData().toString();
    after.referencesRequired = m_roleReferences->value();
    after.active = m_roleActive->isChecked();
    auto saved = core::WorkforceService(m_db).saveRoleType(m_actor, after);
    if (!saved) {
        showProblem(m_roleFeedback, saved.message());
        m_roleName->setFocus();
        return;
    }
    const bool adding = before.id == 0;
    after.id = saved.value();
    m_role = after;
    reloadRoles(after.id);
    showDone(m_roleFeedback,
        adding ? tr("Saved: the role \"%1\" was added.").arg(after.name)
               : tr("Saved: the changes to \"%1\".").arg(after.name));
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        core::RoleType undone = before;
        if (adding) {
            // Roles cannot be deleted: taking back an added role makes it inactive.
            undone = after;
            undone.active = false;
        }
        m_undo->push(new SavedChange(
            adding ? tr("Add role %1").arg(after.name) : tr("Change role %1").arg(after.name),
            [db, actor, undone] { return core::WorkforceService(*db).saveRoleType(actor, undone).status(); },
            [db, actor, after] { return core::WorkforceService(*db).saveRoleType(actor, after).status(); }));
    }
}

// ---- recruitment steps -------------------------------------------------------------------------

void CataloguesDialog::reloadSteps(qint64 selectId)
{
    auto steps = core::WorkforceService(m_db).steps(m_actor, true);
    const QSignalBlocker block(m_stepList);
    m_stepList->clear();
    if (!steps) {
        m_steps.clear();
        showProblem(m_stepFeedback, steps.message());
        updateStepButtons();
        return;
    }
    m_steps = steps.takeValue();
    int select = m_steps.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_steps.size(); ++i) {
        const core::RecruitmentStep& s = m_steps.at(i);
        auto* item = new QListWidgetItem(
            s.enabled ? tr("%1. %2").arg(i + 1).arg(s.name) : tr("%1. %2 (switched off)").arg(i + 1).arg(s.name),
            m_stepList);
        item->setData(Qt::UserRole, s.id);
        if (selectId != 0 && s.id == selectId) {
            select = i;
        }
    }
    if (selectId == 0 && m_step.id == 0 && m_stepName->isModified()) {
        updateStepButtons();
        return; // a new step being typed in
    }
    m_stepList->setCurrentRow(select);
    showStep(select >= 0 ? m_steps.at(select) : core::RecruitmentStep {});
    updateStepButtons();
}

void CataloguesDialog::showStep(const core::RecruitmentStep& step)
{
    m_step = step;
    m_stepHeading->setText(step.id == 0 ? tr("New step") : tr("Step: %1").arg(step.name));
    m_stepName->setText(step.name);
    m_stepName->setModified(false);
    m_stepEnabled->setChecked(step.enabled);
}

void CataloguesDialog::stepChanged()
{
    const int row = m_stepList->currentRow();
    if (row >= 0 && row < m_steps.size()) {
        m_stepFeedback->hide();
        showStep(m_steps.at(row));
    }
    updateStepButtons();
}

void CataloguesDialog::updateStepButtons()
{
    const int row = m_step.id != 0 ? m_stepList->currentRow() : -1;
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < m_steps.size() - 1);
}

void CataloguesDialog::addStep()
{
    {
        const QSignalBlocker block(m_stepList);
        m_stepList->setCurrentRow(-1);
        m_stepList->clearSelection();
    }
    m_stepFeedback->hide();
    core::RecruitmentStep step;
    for (const core::RecruitmentStep& s : std::as_const(m_steps)) {
        step.position = std::max(step.position, s.position);
    }
    ++step.position; // at the end
    showStep(step);
    updateStepButtons();
    m_stepName->setFocus();
}

void CataloguesDialog::saveStep()
{
    if (!m_canEdit) {
        return;
    }
    const core::RecruitmentStep before = m_step;
    core::RecruitmentStep after = m_step;
    after.name = m_stepName->text().trimmed();
    after.enabled = m_stepEnabled->isChecked();
    auto saved = core::WorkforceService(m_db).saveStep(m_actor, after);
    if (!saved) {
        showProblem(m_stepFeedback, saved.message());
        m_stepName->setFocus();
        return;
    }
    const bool adding = before.id == 0;
    after.id = saved.value();
    m_step = after;
    reloadSteps(after.id);
    showDone(m_stepFeedback,
        adding ? tr("Saved: the step \"%1\" was added.").arg(after.name)
               : tr("Saved: the changes to \"%1\".").arg(after.name));
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        core::RecruitmentStep undone = before;
        if (adding) {
            // Steps cannot be deleted: taking back an added step switches it off.
            undone = after;
            undone.enabled = false;
        }
        m_undo->push(new SavedChange(
            adding ? tr("Add step %1").arg(after.name) : tr("Change step %1").arg(after.name),
            [db, actor, undone] { return core::WorkforceService(*db).saveStep(actor, undone).status(); },
            [db, actor, after] { return core::WorkforceService(*db).saveStep(actor, after).status(); }));
    }
}

void CataloguesDialog::moveStep(int by)
{
    const int row = m_stepList->currentRow();
    const int to = row + by;
    if (!m_canEdit || row < 0 || to < 0 || to >= m_steps.size()) {
        return;
    }
    QList<core::RecruitmentStep> order = m_steps;
    order.swapItemsAt(row, to);
    // Number them 1, 2, 3… so that equal positions cannot leave the order to chance.
    QList<core::RecruitmentStep> before;
    QList<core::RecruitmentStep> after;
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i).position != i + 1) {
            before << order.at(i);
            core::RecruitmentStep moved = order.at(i);
            moved.position = i + 1;
            after << moved;
        }
    }
    auto saveAll = [](core::Database* db, const core::Actor& actor, const QList<core::RecruitmentStep>& steps) {
        for (const core::RecruitmentStep& s : steps) {
            if (auto r = core::WorkforceService(*db).saveStep(actor, s); !r) {
                return r.status();
            }
        }
        return core::Status::ok();
    };
    core::Database* db = &m_db;
    const core::Actor actor = m_actor;
    const core::Status s = saveAll(db, actor, after);
    const qint64 id = m_steps.at(row).id;
    if (!s) {
        // Put back any that were saved, so that the order is not half changed.
        saveAll(db, actor, before);
        reloadSteps(id);
        showProblem(m_stepFeedback, s.message());
        return;
    }
    reloadSteps(id);
    m_stepList->setFocus();
    m_stepFeedback->hide();
    if (m_undo) {
        const QString name = m_steps.value(to).name;
        m_undo->push(new SavedChange(
            by < 0 ? tr("Move step %1 up").arg(name) : tr("Move step %1 down").arg(name),
            [saveAll, db, actor, before] { return saveAll(db, actor, before); },
            [saveAll, db, actor, after] { return saveAll(db, actor, after); }));
    }
}

// ---- services ----------------------------------------------------------------------------------

QWidget* CataloguesDialog::makeServicesTab()
{
    auto* page = new QWidget(this);
    auto* intro = new WrappingLabel(tr("The services offered to people supported: 1:1 mentoring, short-term support, "
                                       "courses and groups. A person's record shows which they take part in; "
                                       "courses and groups have an attendance register for each meeting. A service "
                                       "no longer offered can be made inactive; it stays on old records."),
        page);

    m_serviceTable = new QTreeWidget(page);
    m_serviceTable->setObjectName(QStringLiteral("servicesTable"));
    m_serviceTable->setAccessibleName(tr("Services"));
    m_serviceTable->setRootIsDecorated(false);
    m_serviceTable->setUniformRowHeights(true);
    m_serviceTable->setAllColumnsShowFocus(true);
    m_serviceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_serviceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_serviceTable->setHeaderLabels({ tr("Service"), tr("Kind"), tr("Active") });
    m_serviceTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_serviceTable->header()->setStretchLastSection(true);
    connect(m_serviceTable, &QTreeWidget::currentItemChanged, this, &CataloguesDialog::serviceChanged);
    auto* tableLabel = new QLabel(tr("Services &offered:"), page);
    tableLabel->setBuddy(m_serviceTable);

    m_serviceHeading = new QLabel(page);
    m_serviceHeading->setObjectName(QStringLiteral("serviceHeading"));
    m_serviceHeading->setFont(bold(m_serviceHeading->font()));
    m_serviceName = new QLineEdit(page);
    m_serviceName->setObjectName(QStringLiteral("serviceNameEdit"));
    m_serviceName->setAccessibleName(tr("Service name"));
    m_serviceName->setMaxLength(kMaxNameLength);
    m_serviceKind = new QComboBox(page);
    m_serviceKind->setObjectName(QStringLiteral("serviceKindCombo"));
    m_serviceKind->setAccessibleName(tr("Kind of service"));
    for (const QString& key : core::ClientService::componentKindKeys()) {
        m_serviceKind->addItem(core::ClientService::componentKindName(key), key);
    }
    m_serviceKind->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_serviceActive = new QCheckBox(tr("&Active (untick when the service is no longer offered)"), page);
    m_serviceActive->setObjectName(QStringLiteral("serviceActiveCheck"));
    m_serviceActive->setAccessibleName(tr("Active"));

    auto* form = newForm();
    form->addRow(tr("&Name:"), m_serviceName);
    form->addRow(tr("&Kind:"), m_serviceKind);
    form->addRow(QString(), m_serviceActive);

    m_serviceFeedback = new WrappingLabel(QString(), page);
    m_serviceFeedback->setObjectName(QStringLiteral("serviceFeedbackLabel"));
    m_serviceFeedback->setAccessibleName(tr("Message"));
    m_serviceFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_serviceFeedback->hide();

    m_addService = new QPushButton(tr("A&dd Service"), page);
    m_addService->setObjectName(QStringLiteral("addServiceButton"));
    m_addService->setAccessibleName(tr("Add a service"));
    m_saveService = new QPushButton(tr("Sa&ve Service"), page);
    m_saveService->setObjectName(QStringLiteral("saveServiceButton"));
    m_saveService->setAccessibleName(tr("Save the service"));
    connect(m_addService, &QPushButton::clicked, this, &CataloguesDialog::addService);
    connect(m_saveService, &QPushButton::clicked, this, &CataloguesDialog::saveService);

    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_addService);
    formButtons->addStretch(1);
    formButtons->addWidget(m_saveService);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(tableLabel);
    layout->addWidget(m_serviceTable, 1);
    layout->addWidget(m_serviceHeading);
    layout->addLayout(form);
    layout->addWidget(m_serviceFeedback);
    layout->addLayout(formButtons);
    return page;
}

void CataloguesDialog::reloadServices(qint64 selectId)
{
    auto services = core::ClientService(m_db).components(m_actor, true);
    const QSignalBlocker block(m_serviceTable);
    m_serviceTable->clear();
    if (!services) {
        m_services.clear();
        showProblem(m_serviceFeedback, services.message());
        return;
    }
    m_services = services.takeValue();
    QTreeWidgetItem* select = nullptr;
    for (const core::ServiceComponent& c : std::as_const(m_services)) {
        auto* item = new QTreeWidgetItem(m_serviceTable,
            { c.name, core::ClientService::componentKindName(c.kind), c.active ? tr("Yes") : tr("No") });
        item->setData(0, Qt::UserRole, c.id);
        if ((selectId != 0 && c.id == selectId) || !select) {
            select = item;
        }
    }
    if (selectId == 0 && m_service.id == 0 && m_serviceName->isModified()) {
        return; // a new service being typed in
    }
    if (select) {
        m_serviceTable->setCurrentItem(select);
        const qint64 id = select->data(0, Qt::UserRole).toLongLong();
        for (const core::ServiceComponent& c : std::as_const(m_services)) {
            if (c.id == id) {
                showService(c);
            }
        }
    } else {
        showService(core::ServiceComponent {});
    }
}

void CataloguesDialog::showService(const core::ServiceComponent& service)
{
    m_service = service;
    m_serviceHeading->setText(service.id == 0 ? tr("New service") : tr("Service: %1").arg(service.name));
    m_serviceName->setText(service.name);
    m_serviceName->setModified(false);
    int kind = m_serviceKind->findData(service.kind);
    if (kind < 0) {
        kind = std::max(0, m_serviceKind->findData(QStringLiteral("group")));
    }
    m_serviceKind->setCurrentIndex(kind);
    m_serviceActive->setChecked(service.active);
}

void CataloguesDialog::serviceChanged()
{
    QTreeWidgetItem* item = m_serviceTable->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const core::ServiceComponent& c : std::as_const(m_services)) {
        if (c.id == id) {
            m_serviceFeedback->hide();
            showService(c);
        }
    }
}

void CataloguesDialog::addService()
{
    {
        const QSignalBlocker block(m_serviceTable);
        m_serviceTable->setCurrentItem(nullptr);
        m_serviceTable->clearSelection();
    }
    m_serviceFeedback->hide();
    core::ServiceComponent service;
    service.kind = QStringLiteral("group");
    showService(service);
    m_serviceName->setFocus();
}

void CataloguesDialog::saveService()
{
    if (!m_canEdit) {
        return;
    }
    const core::ServiceComponent before = m_service;
    core::ServiceComponent after = m_service;
    after.name = m_serviceName->text().trimmed();
    after.kind = m_serviceKind->currentData().toString();
    after.active = m_serviceActive->isChecked();
    auto saved = core::ClientService(m_db).saveComponent(m_actor, after);
    if (!saved) {
        showProblem(m_serviceFeedback, saved.message());
        m_serviceName->setFocus();
        return;
    }
    const bool adding = before.id == 0;
    after.id = saved.value();
    m_service = after;
    reloadServices(after.id);
    showDone(m_serviceFeedback,
        adding ? tr("Saved: the service \"%1\" was added.").arg(after.name)
               : tr("Saved: the changes to \"%1\".").arg(after.name));
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        core::ServiceComponent undone = before;
        if (adding) {
            // Services cannot be deleted: taking back an added service makes it inactive.
            undone = after;
            undone.active = false;
        }
        m_undo->push(new SavedChange(
            adding ? tr("Add service %1").arg(after.name) : tr("Change service %1").arg(after.name),
            [db, actor, undone] { return core::ClientService(*db).saveComponent(actor, undone).status(); },
            [db, actor, after] { return core::ClientService(*db).saveComponent(actor, after).status(); }));
    }
}

// ---- referral sources --------------------------------------------------------------------------

QWidget* CataloguesDialog::makeSourcesTab()
{
    auto* page = new QWidget(this);
    auto* intro = new WrappingLabel(tr("Where referrals come from, under the three types of referral: self-referral "
                                       "(for example: our website, a poster), internal (another of the charity's "
                                       "services) and external (for example: a GP practice, the community mental "
                                       "health team). They are offered in this order when a referral is recorded. "
                                       "A source no longer used can be made inactive; it stays on old referrals."),
        page);

    m_sourceTable = new QTreeWidget(page);
    m_sourceTable->setObjectName(QStringLiteral("sourcesTable"));
    m_sourceTable->setAccessibleName(tr("Referral sources"));
    m_sourceTable->setRootIsDecorated(false);
    m_sourceTable->setUniformRowHeights(true);
    m_sourceTable->setAllColumnsShowFocus(true);
    m_sourceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sourceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sourceTable->setHeaderLabels({ tr("Type of referral"), tr("Source"), tr("Place in the list"), tr("Active") });
    m_sourceTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sourceTable->header()->setStretchLastSection(true);
    connect(m_sourceTable, &QTreeWidget::currentItemChanged, this, &CataloguesDialog::sourceChanged);
    auto* tableLabel = new QLabel(tr("Sources, in the order &offered:"), page);
    tableLabel->setBuddy(m_sourceTable);

    m_sourceHeading = new QLabel(page);
    m_sourceHeading->setObjectName(QStringLiteral("sourceHeading"));
    m_sourceHeading->setFont(bold(m_sourceHeading->font()));
    m_sourceCategory = new QComboBox(page);
    m_sourceCategory->setObjectName(QStringLiteral("sourceCategoryCombo"));
    m_sourceCategory->setAccessibleName(tr("Type of referral"));
    for (const QString& key : core::ClientService::sourceCategoryKeys()) {
        m_sourceCategory->addItem(core::ClientService::sourceCategoryName(key), key);
    }
    m_sourceCategory->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_sourceCategory, &QComboBox::currentIndexChanged, this, [this] {
        if (m_source.id == 0) {
            m_sourcePosition->setValue(nextSourcePosition(m_sourceCategory->currentData().toString()));
        }
    });
    m_sourceName = new QLineEdit(page);
    m_sourceName->setObjectName(QStringLiteral("sourceNameEdit"));
    m_sourceName->setAccessibleName(tr("Source name"));
    m_sourceName->setMaxLength(kMaxNameLength);
    m_sourcePosition = new QSpinBox(page);
    m_sourcePosition->setObjectName(QStringLiteral("sourcePositionSpin"));
    m_sourcePosition->setAccessibleName(tr("Place in the list: lower numbers are offered first"));
    m_sourcePosition->setRange(0, 999);
    m_sourcePosition->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_sourceActive = new QCheckBox(tr("&Active (untick when the source is no longer used)"), page);
    m_sourceActive->setObjectName(QStringLiteral("sourceActiveCheck"));
    m_sourceActive->setAccessibleName(tr("Active"));

    auto* form = newForm();
    form->addRow(tr("Referral &type:"), m_sourceCategory);
    form->addRow(tr("&Name:"), m_sourceName);
    form->addRow(tr("&Place in the list:"), m_sourcePosition);
    form->addRow(QString(), m_sourceActive);

    m_sourceFeedback = new WrappingLabel(QString(), page);
    m_sourceFeedback->setObjectName(QStringLiteral("sourceFeedbackLabel"));
    m_sourceFeedback->setAccessibleName(tr("Message"));
    m_sourceFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceFeedback->hide();

    m_addSource = new QPushButton(tr("A&dd Source"), page);
    m_addSource->setObjectName(QStringLiteral("addSourceButton"));
    m_addSource->setAccessibleName(tr("Add a referral source"));
    m_saveSource = new QPushButton(tr("Sa&ve Source"), page);
    m_saveSource->setObjectName(QStringLiteral("saveSourceButton"));
    m_saveSource->setAccessibleName(tr("Save the referral source"));
    connect(m_addSource, &QPushButton::clicked, this, &CataloguesDialog::addSource);
    connect(m_saveSource, &QPushButton::clicked, this, &CataloguesDialog::saveSource);

    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_addSource);
    formButtons->addStretch(1);
    formButtons->addWidget(m_saveSource);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(tableLabel);
    layout->addWidget(m_sourceTable, 1);
    layout->addWidget(m_sourceHeading);
    layout->addLayout(form);
    layout->addWidget(m_sourceFeedback);
    layout->addLayout(formButtons);
    return page;
}

void CataloguesDialog::reloadSources(qint64 selectId)
{
    auto sources = core::ClientService(m_db).referralSources(m_actor, true);
    const QSignalBlocker block(m_sourceTable);
    m_sourceTable->clear();
    if (!sources) {
        m_sources.clear();
        showProblem(m_sourceFeedback, sources.message());
        return;
    }
    m_sources = sources.takeValue(); // by category, then in the order offered
    QTreeWidgetItem* select = nullptr;
    for (const core::ReferralSource& r : std::as_const(m_sources)) {
        auto* item = new QTreeWidgetItem(m_sourceTable,
            { core::ClientService::sourceCategoryName(r.category), r.name, QString::number(r.position),
                r.active ? tr("Yes") : tr("No") });
        item->setData(0, Qt::UserRole, r.id);
        if ((selectId != 0 && r.id == selectId) || !select) {
            select = item;
        }
    }
    if (selectId == 0 && m_source.id == 0 && m_sourceName->isModified()) {
        return; // a new source being typed in
    }
    if (select) {
        m_sourceTable->setCurrentItem(select);
        const qint64 id = select->data(0, Qt::UserRole).toLongLong();
        for (const core::ReferralSource& r : std::as_const(m_sources)) {
            if (r.id == id) {
                showSource(r);
            }
        }
    } else {
        showSource(newSource());
    }
}

void CataloguesDialog::showSource(const core::ReferralSource& source)
{
    m_source = source;
    m_sourceHeading->setText(source.id == 0 ? tr("New referral source") : tr("Referral source: %1").arg(source.name));
    {
        const QSignalBlocker block(m_sourceCategory);
        m_sourceCategory->setCurrentIndex(std::max(0, m_sourceCategory->findData(source.category)));
    }
    m_sourceName->setText(source.name);
    m_sourceName->setModified(false);
    m_sourcePosition->setValue(source.position);
    m_sourceActive->setChecked(source.active);
}

void CataloguesDialog::sourceChanged()
{
    QTreeWidgetItem* item = m_sourceTable->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    for (const core::ReferralSource& r : std::as_const(m_sources)) {
        if (r.id == id) {
            m_sourceFeedback->hide();
            showSource(r);
        }
    }
}

core::ReferralSource CataloguesDialog::newSource() const
{
    core::ReferralSource source;
    // Most added sources are organisations that refer people (GP practices, teams).
    source.category = QStringLiteral("external");
    source.position = nextSourcePosition(source.category);
    return source;
}

int CataloguesDialog::nextSourcePosition(const QString& category) const
{
    int last = 0;
    for (const core::ReferralSource& r : m_sources) {
        if (r.category == category) {
            last = std::max(last, r.position);
        }
    }
    return last + 1;
}

void CataloguesDialog::addSource()
{
    {
        const QSignalBlocker block(m_sourceTable);
        m_sourceTable->setCurrentItem(nullptr);
        m_sourceTable->clearSelection();
    }
    m_sourceFeedback->hide();
    showSource(newSource());
    m_sourceName->setFocus();
}

void CataloguesDialog::saveSource()
{
    if (!m_canEdit) {
        return;
    }
    const core::ReferralSource before = m_source;
    core::ReferralSource after = m_source;
    after.category = m_sourceCategory->currentData().toString();
    after.name = m_sourceName->text().trimmed();
    after.position = m_sourcePosition->value();
    after.active = m_sourceActive->isChecked();
    auto saved = core::ClientService(m_db).saveReferralSource(m_actor, after);
    if (!saved) {
        showProblem(m_sourceFeedback, saved.message());
        m_sourceName->setFocus();
        return;
    }
    const bool adding = before.id == 0;
    after.id = saved.value();
    m_source = after;
    reloadSources(after.id);
    showDone(m_sourceFeedback,
        adding ? tr("Saved: the referral source \"%1\" was added.").arg(after.name)
               : tr("Saved: the changes to \"%1\".").arg(after.name));
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        core::ReferralSource undone = before;
        if (adding) {
            // Sources cannot be deleted: taking back an added source makes it inactive.
            undone = after;
            undone.active = false;
        }
        m_undo->push(new SavedChange(
            adding ? tr("Add referral source %1").arg(after.name) : tr("Change referral source %1").arg(after.name),
            [db, actor, undone] { return core::ClientService(*db).saveReferralSource(actor, undone).status(); },
            [db, actor, after] { return core::ClientService(*db).saveReferralSource(actor, after).status(); }));
    }
}

// ---- supervision themes ------------------------------------------------------------------------

QWidget* CataloguesDialog::makeThemesTab()
{
    auto* page = new QWidget(this);
    auto* intro = new WrappingLabel(tr("The themes a supervision record can be tagged with, such as boundaries or "
                                       "endings. They are offered in this order when supervision is recorded. A "
                                       "theme no longer used can be retired: it stays on the records that have it. "
                                       "A theme that no record has can be removed."),
        page);

    m_themeList = new QListWidget(page);
    m_themeList->setObjectName(QStringLiteral("themesList"));
    m_themeList->setAccessibleName(tr("Supervision themes, in order"));
    connect(m_themeList, &QListWidget::currentRowChanged, this, &CataloguesDialog::themeChanged);
    auto* listLabel = new QLabel(tr("Th&emes, in the order offered:"), page);
    listLabel->setBuddy(m_themeList);

    m_themeUp = new QPushButton(tr("Move &Up"), page);
    m_themeUp->setObjectName(QStringLiteral("themeUpButton"));
    m_themeUp->setAccessibleName(tr("Move the theme up"));
    m_themeDown = new QPushButton(tr("Move Do&wn"), page);
    m_themeDown->setObjectName(QStringLiteral("themeDownButton"));
    m_themeDown->setAccessibleName(tr("Move the theme down"));
    connect(m_themeUp, &QPushButton::clicked, this, [this] { moveTheme(-1); });
    connect(m_themeDown, &QPushButton::clicked, this, [this] { moveTheme(1); });

    m_themeHeading = new QLabel(page);
    m_themeHeading->setObjectName(QStringLiteral("themeHeading"));
    m_themeHeading->setFont(bold(m_themeHeading->font()));
    m_themeName = new QLineEdit(page);
    m_themeName->setObjectName(QStringLiteral("themeNameEdit"));
    m_themeName->setAccessibleName(tr("Theme name"));
    m_themeName->setMaxLength(kMaxNameLength);
    m_themeActive = new QCheckBox(tr("&Offered (untick to retire the theme)"), page);
    m_themeActive->setObjectName(QStringLiteral("themeActiveCheck"));
    m_themeActive->setAccessibleName(tr("Theme is offered"));

    auto* form = newForm();
    form->addRow(tr("&Name:"), m_themeName);
    form->addRow(QString(), m_themeActive);

    m_themeFeedback = new WrappingLabel(QString(), page);
    m_themeFeedback->setObjectName(QStringLiteral("themeFeedbackLabel"));
    m_themeFeedback->setAccessibleName(tr("Message"));
    m_themeFeedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_themeFeedback->hide();

    m_addTheme = new QPushButton(tr("A&dd Theme"), page);
    m_addTheme->setObjectName(QStringLiteral("addThemeButton"));
    m_addTheme->setAccessibleName(tr("Add a theme"));
    m_removeTheme = new QPushButton(tr("Re&move Theme"), page);
    m_removeTheme->setObjectName(QStringLiteral("removeThemeButton"));
    m_removeTheme->setAccessibleName(tr("Remove the theme, if no record has it"));
    m_saveTheme = new QPushButton(tr("Sa&ve Theme"), page);
    m_saveTheme->setObjectName(QStringLiteral("saveThemeButton"));
    m_saveTheme->setAccessibleName(tr("Save the theme"));
    connect(m_addTheme, &QPushButton::clicked, this, &CataloguesDialog::addTheme);
    connect(m_removeTheme, &QPushButton::clicked, this, &CataloguesDialog::removeTheme);
    connect(m_saveTheme, &QPushButton::clicked, this, &CataloguesDialog::saveTheme);

    auto* moveButtons = new QVBoxLayout;
    moveButtons->addWidget(m_themeUp);
    moveButtons->addWidget(m_themeDown);
    moveButtons->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_themeList, 1);
    listRow->addLayout(moveButtons);

    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_addTheme);
    formButtons->addWidget(m_removeTheme);
    formButtons->addStretch(1);
    formButtons->addWidget(m_saveTheme);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 1);
    layout->addWidget(m_themeHeading);
    layout->addLayout(form);
    layout->addWidget(m_themeFeedback);
    layout->addLayout(formButtons);
    return page;
}

void CataloguesDialog::reloadThemes(qint64 selectId)
{
    auto themes = core::SupervisionService(m_db).themes(m_actor, true);
    const QSignalBlocker block(m_themeList);
    m_themeList->clear();
    if (!themes) {
        m_themes.clear();
        showProblem(m_themeFeedback, themes.message());
        updateThemeButtons();
        return;
    }
    m_themes = themes.takeValue();
    int select = m_themes.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_themes.size(); ++i) {
        const core::SupervisionTheme& t = m_themes.at(i);
        auto* item = new QListWidgetItem(
            t.active ? tr("%1. %2").arg(i + 1).arg(t.name) : tr("%1. %2 (retired)").arg(i + 1).arg(t.name),
            m_themeList);
        item->setData(Qt::UserRole, t.id);
        if (selectId != 0 && t.id == selectId) {
            select = i;
        }
    }
    if (selectId == 0 && m_theme.id == 0 && m_themeName->isModified()) {
        updateThemeButtons();
        return; // a new theme being typed in
    }
    m_themeList->setCurrentRow(select);
    showTheme(select >= 0 ? m_themes.at(select) : core::SupervisionTheme {});
    updateThemeButtons();
}

void CataloguesDialog::showTheme(const core::SupervisionTheme& theme)
{
    m_theme = theme;
    m_themeHeading->setText(theme.id == 0 ? tr("New theme") : tr("Theme: %1").arg(theme.name));
    m_themeName->setText(theme.name);
    m_themeName->setModified(false);
    m_themeActive->setChecked(theme.active);
}

void CataloguesDialog::themeChanged()
{
    const int row = m_themeList->currentRow();
    if (row >= 0 && row < m_themes.size()) {
        m_themeFeedback->hide();
        showTheme(m_themes.at(row));
    }
    updateThemeButtons();
}

void CataloguesDialog::updateThemeButtons()
{
    const int row = m_theme.id != 0 ? m_themeList->currentRow() : -1;
    m_themeUp->setEnabled(row > 0);
    m_themeDown->setEnabled(row >= 0 && row < m_themes.size() - 1);
    m_removeTheme->setEnabled(m_theme.id != 0);
}

void CataloguesDialog::addTheme()
{
    {
        const QSignalBlocker block(m_themeList);
        m_themeList->setCurrentRow(-1);
        m_themeList->clearSelection();
    }
    m_themeFeedback->hide();
    core::SupervisionTheme theme;
    for (const core::SupervisionTheme& t : std::as_const(m_themes)) {
        theme.position = std::max(theme.position, t.position);
    }
    ++theme.position; // at the end
    showTheme(theme);
    updateThemeButtons();
    m_themeName->setFocus();
}

void CataloguesDialog::saveTheme()
{
    if (!m_canEdit) {
        return;
    }
    const core::SupervisionTheme before = m_theme;
    core::SupervisionTheme after = m_theme;
    after.name = m_themeName->text().trimmed();
    after.active = m_themeActive->isChecked();
    auto saved = core::SupervisionService(m_db).saveTheme(m_actor, after);
    if (!saved) {
        showProblem(m_themeFeedback, saved.message());
        m_themeName->setFocus();
        return;
    }
    const bool adding = before.id == 0;
    after.id = saved.value();
    m_theme = after;
    reloadThemes(after.id);
    showDone(m_themeFeedback,
        adding ? tr("Saved: the theme \"%1\" was added.").arg(after.name)
            : before.active && !after.active
            ? tr("Saved: \"%1\" is retired. It stays on the records that have it, and is no longer offered.")
                  .arg(after.name)
            : tr("Saved: the changes to \"%1\".").arg(after.name));
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        if (adding) {
            m_undo->push(new SavedChange(
                tr("Add supervision theme %1").arg(after.name),
                [db, actor, after] { return core::SupervisionService(*db).removeTheme(actor, after.id); },
                [db, actor, after] { return core::SupervisionService(*db).saveTheme(actor, after).status(); }));
        } else {
            m_undo->push(new SavedChange(
                tr("Change supervision theme %1").arg(after.name),
                [db, actor, before] { return core::SupervisionService(*db).saveTheme(actor, before).status(); },
                [db, actor, after] { return core::SupervisionService(*db).saveTheme(actor, after).status(); }));
        }
    }
}

void CataloguesDialog::removeTheme()
{
    if (!m_canEdit || m_theme.id == 0) {
        return;
    }
    const core::SupervisionTheme before = m_theme;
    if (core::Status s = core::SupervisionService(m_db).removeTheme(m_actor, before.id); !s) {
        showProblem(m_themeFeedback, s.message());
        return;
    }
    m_theme = core::SupervisionTheme {};
    reloadThemes(0);
    showDone(m_themeFeedback, tr("Removed the theme \"%1\". Edit > Undo brings it back.").arg(before.name));
    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        m_undo->push(new SavedChange(
            tr("Remove supervision theme %1").arg(before.name),
            [db, actor, before] { return core::SupervisionService(*db).saveTheme(actor, before).status(); },
            [db, actor, before] { return core::SupervisionService(*db).removeTheme(actor, before.id); }));
    }
}

void CataloguesDialog::moveTheme(int by)
{
    const int row = m_themeList->currentRow();
    const int to = row + by;
    if (!m_canEdit || row < 0 || to < 0 || to >= m_themes.size()) {
        return;
    }
    QList<core::SupervisionTheme> order = m_themes;
    order.swapItemsAt(row, to);
    // Number them 1, 2, 3… so that equal positions cannot leave the order to chance.
    QList<core::SupervisionTheme> before;
    QList<core::SupervisionTheme> after;
    for (int i = 0; i < order.size(); ++i) {
        if (order.at(i).position != i + 1) {
            before << order.at(i);
            core::SupervisionTheme moved = order.at(i);
            moved.position = i + 1;
            after << moved;
        }
    }
    auto saveAll = [](core::Database* db, const core::Actor& actor, const QList<core::SupervisionTheme>& themes) {
        for (const core::SupervisionTheme& t : themes) {
            if (auto r = core::SupervisionService(*db).saveTheme(actor, t); !r) {
                return r.status();
            }
        }
        return core::Status::ok();
    };
    core::Database* db = &m_db;
    const core::Actor actor = m_actor;
    const core::Status s = saveAll(db, actor, after);
    const qint64 id = m_themes.at(row).id;
    if (!s) {
        saveAll(db, actor, before); // never leave the order half changed
        reloadThemes(id);
        showProblem(m_themeFeedback, s.message());
        return;
    }
    reloadThemes(id);
    m_themeList->setFocus();
    m_themeFeedback->hide();
    if (m_undo) {
        const QString name = m_themes.value(to).name;
        m_undo->push(new SavedChange(
            by < 0 ? tr("Move theme %1 up").arg(name) : tr("Move theme %1 down").arg(name),
            [saveAll, db, actor, before] { return saveAll(db, actor, before); },
            [saveAll, db, actor, after] { return saveAll(db, actor, after); }));
    }
}

void CataloguesDialog::showProblem(WrappingLabel* label, const QString& message)
{
    label->setText(tr("Problem: %1").arg(message));
    setFeedbackColour(label, Feedback::Problem);
    label->show();
}

void CataloguesDialog::showDone(WrappingLabel* label, const QString& message)
{
    label->setText(message);
    setFeedbackColour(label, Feedback::Good);
    label->show();
}

} // namespace alongside::ui
