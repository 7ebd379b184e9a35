#include "trainingcataloguedialog.h"

#include "core/auth/permissions.h"
#include "core/workforce/trainingservice.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/feedback.h"
#include "ui/common/listexport.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/training/recordcohortdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

namespace {

enum Column
{
    TitleColumn,
    LengthColumn,
    RefreshColumn,
    MandatoryColumn
};

constexpr int kMaxTitleLength = 200;
constexpr int kMaxTextLength = 200;
constexpr qint64 kMaxImportBytes = 1024 * 1024;

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QList<qint64> checkedIds(const QListWidget* list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem* item = list->item(i);
        if (item->checkState() == Qt::Checked) {
            ids << item->data(Qt::UserRole).toLongLong();
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void setCheckedIds(QListWidget* list, const QList<qint64>& ids)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

TrainingCatalogueDialog::TrainingCatalogueDialog(
    core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_canEdit(core::Permissions::allowed(actor.role, core::Permissions::Action::EditCatalogues))
    , m_canRecord(core::Permissions::allowed(actor.role, core::Permissions::Action::EditRecords))
    , m_table(new QTreeWidget(this))
    , m_showRetired(new QCheckBox(tr("Show retired c&ourses"), this))
    , m_formHeading(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_provider(new QLineEdit(this))
    , m_days(new QDoubleSpinBox(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_credits(new QSpinBox(this))
    , m_accreditation(new QLineEdit(this))
    , m_refresh(new QSpinBox(this))
    , m_mandatoryAll(new QCheckBox(tr("Mandatory for &every role"), this))
    , m_roleList(new QListWidget(this))
    , m_competenceList(new QListWidget(this))
    , m_active(new QCheckBox(tr("Acti&ve (untick to retire the course)"), this))
    , m_feedback(new WrappingLabel(QString(), this))
    , m_new(new QPushButton(tr("&New Course"), this))
    , m_save(new QPushButton(tr("&Save Course"), this))
    , m_import(new QPushButton(tr("&Import Competences…"), this))
    , m_record(new QPushButton(tr("Record for a &Group…"), this))
{
    setObjectName(QStringLiteral("trainingCatalogueDialog"));
    setWindowTitle(tr("Training Courses"));

    auto* intro = new WrappingLabel(m_canEdit
            ? tr("The courses your charity offers or recognises. A course with a refresh interval must be taken "
                 "again before it expires; mandatory courses show on the compliance matrix for the roles they are "
                 "mandatory for. Courses are never deleted: untick Active to retire one.")
            : tr("The courses your charity offers or recognises. Your role can look at the catalogue but not change "
                 "it."),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));

    // The list of courses.
    auto* tableLabel = new QLabel(tr("&Courses:"), this);
    tableLabel->setBuddy(m_table);
    m_table->setObjectName(QStringLiteral("coursesTable"));
    m_table->setAccessibleName(tr("Courses"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setHeaderLabels({ tr("Title"), tr("Length"), tr("Refresh"), tr("Mandatory for") });
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    m_table->setMinimumWidth(480);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &TrainingCatalogueDialog::currentChanged);

    m_showRetired->setObjectName(QStringLiteral("showRetiredCheck"));
    m_showRetired->setAccessibleName(tr("Show retired courses"));
    connect(m_showRetired, &QCheckBox::toggled, this, [this] {
        if (mayLeaveForm()) {
            reload();
        } else {
            const QSignalBlocker block(m_showRetired);
            m_showRetired->setChecked(!m_showRetired->isChecked());
        }
    });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(tableLabel);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_showRetired);
    auto* exportRow = new QHBoxLayout;
    auto* exporter = new ListExporter(m_table, tr("Training catalogue"), QStringLiteral("training_catalogue"), this);
    exporter->setContext(&m_db, m_actor);
    exporter->setFilterWidgets({ m_showRetired });
    exporter->addButtons(exportRow);
    exportRow->addStretch(1);
    leftLayout->addLayout(exportRow);

    // The form for one course.
    m_formHeading->setObjectName(QStringLiteral("formHeading"));
    QFont headingFont = m_formHeading->font();
    headingFont.setBold(true);
    m_formHeading->setFont(headingFont);

    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Course title"));
    m_title->setMaxLength(kMaxTitleLength);
    m_provider->setObjectName(QStringLiteral("providerEdit"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setMaxLength(kMaxTextLength);
    m_provider->setPlaceholderText(tr("For example: delivered by our own trainers"));

    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setAccessibleName(tr("Length in days"));
    m_days->setRange(0, 365);
    m_days->setDecimals(1);
    m_days->setSingleStep(0.5);
    m_days->setSpecialValueText(tr("Not set"));
    m_days->setSuffix(tr(" days"));
    m_hours->setObjectName(QStringLiteral("hoursSpin"));
    m_hours->setAccessibleName(tr("Length in hours"));
    m_hours->setRange(0, 2000);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setSpecialValueText(tr("Not set"));
    m_hours->setSuffix(tr(" hours"));
    auto* lengthRow = new QHBoxLayout;
    lengthRow->addWidget(m_days);
    auto* hoursLabel = new QLabel(tr("and/or &hours:"), this);
    hoursLabel->setBuddy(m_hours);
    lengthRow->addSpacing(12);
    lengthRow->addWidget(hoursLabel);
    lengthRow->addWidget(m_hours);
    lengthRow->addStretch(1);

    m_credits->setObjectName(QStringLiteral("creditsSpin"));
    m_credits->setAccessibleName(tr("Credits"));
    m_credits->setRange(-1, 360); // -1 shows "Not set": 0 credits is an answer of its own
    m_credits->setSpecialValueText(tr("Not set"));
    m_accreditation->setObjectName(QStringLiteral("accreditationEdit"));
    m_accreditation->setAccessibleName(tr("Accreditation"));
    m_accreditation->setMaxLength(kMaxTextLength);
    m_accreditation->setPlaceholderText(tr("For example: Level 3 award, awarding body"));

    m_refresh->setObjectName(QStringLiteral("refreshSpin"));
    m_refresh->setAccessibleName(tr("Refresh interval in months"));
    m_refresh->setAccessibleDescription(tr("0 means the course does not expire"));
    m_refresh->setRange(0, 120);
    m_refresh->setSpecialValueText(tr("Does not expire"));
    m_refresh->setSuffix(tr(" months"));

    m_mandatoryAll->setObjectName(QStringLiteral("mandatoryAllCheck"));
    m_mandatoryAll->setAccessibleName(tr("Mandatory for every role"));
    connect(m_mandatoryAll, &QCheckBox::toggled, this, &TrainingCatalogueDialog::updateRoleList);

    m_roleList->setObjectName(QStringLiteral("roleList"));
    m_roleList->setAccessibleName(tr("Roles the course is mandatory for"));
    m_roleList->setMinimumHeight(120);
    auto* rolesLabel = new QLabel(tr("Mandatory for these ro&les:"), this);
    rolesLabel->setBuddy(m_roleList);

    m_competenceList->setObjectName(QStringLiteral("competenceList"));
    m_competenceList->setAccessibleName(tr("Competences the course covers"));
    m_competenceList->setMinimumHeight(120);
    m_competenceList->setWordWrap(true); // long competence titles stay readable
    m_competenceList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* competencesLabel = new QLabel(tr("Co&mpetences it covers:"), this);
    competencesLabel->setBuddy(m_competenceList);

    m_active->setObjectName(QStringLiteral("activeCheck"));
    m_active->setAccessibleName(tr("Active"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("Length in &days:"), lengthRow);
    form->addRow(tr("C&redits:"), m_credits);
    form->addRow(tr("&Accreditation:"), m_accreditation);
    form->addRow(tr("Re&fresh every:"), m_refresh);
    form->addRow(QString(), m_mandatoryAll);
    form->addRow(QString(), m_active);
    for (QWidget* field : std::initializer_list<QWidget*> { m_days, m_hours, m_credits, m_refresh }) {
        field->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }
    // The row labels lead to their fields (QFormLayout sets the buddies of labels it makes).
    if (auto* daysLabel = qobject_cast<QLabel*>(form->labelForField(lengthRow))) {
        daysLabel->setBuddy(m_days);
    }

    auto* lists = new QHBoxLayout;
    auto* rolesColumn = new QVBoxLayout;
    rolesColumn->addWidget(rolesLabel);
    rolesColumn->addWidget(m_roleList, 1);
    auto* competencesColumn = new QVBoxLayout;
    competencesColumn->addWidget(competencesLabel);
    competencesColumn->addWidget(m_competenceList, 1);
    lists->addLayout(rolesColumn, 1);
    lists->addLayout(competencesColumn, 1);

    m_feedback->setObjectName(QStringLiteral("feedbackLabel"));
    m_feedback->setAccessibleName(tr("Message"));
    m_feedback->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_feedback->hide();

    m_new->setObjectName(QStringLiteral("newCourseButton"));
    m_new->setAccessibleName(tr("New course"));
    m_save->setObjectName(QStringLiteral("saveCourseButton"));
    m_save->setAccessibleName(tr("Save the course"));
    m_import->setObjectName(QStringLiteral("importCompetencesButton"));
    m_import->setAccessibleName(tr("Import competences from a CSV file"));
    m_record->setObjectName(QStringLiteral("recordGroupButton"));
    m_record->setAccessibleName(tr("Record the course for a group of people"));
    connect(m_new, &QPushButton::clicked, this, &TrainingCatalogueDialog::newCourse);
    connect(m_save, &QPushButton::clicked, this, &TrainingCatalogueDialog::save);
    connect(m_import, &QPushButton::clicked, this, &TrainingCatalogueDialog::importCompetences);
    connect(m_record, &QPushButton::clicked, this, &TrainingCatalogueDialog::recordForGroup);

    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch(1);
    formButtons->addWidget(m_save);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_formHeading);
    rightLayout->addLayout(form);
    rightLayout->addLayout(lists, 1);
    rightLayout->addWidget(m_feedback);
    rightLayout->addLayout(formButtons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("catalogueSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 580, 640 });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_new);
    actions->addWidget(m_import);
    actions->addWidget(m_record);
    actions->addStretch(1);
    actions->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    if (!m_canEdit) {
        m_new->hide();
        m_save->hide();
        m_import->hide();
        for (QLineEdit* edit : { m_title, m_provider, m_accreditation }) {
            edit->setReadOnly(true);
        }
        for (QAbstractSpinBox* spin :
            std::initializer_list<QAbstractSpinBox*> { m_days, m_hours, m_credits, m_refresh }) {
            spin->setReadOnly(true);
            spin->setButtonSymbols(QAbstractSpinBox::NoButtons);
        }
        m_mandatoryAll->setEnabled(false);
        m_active->setEnabled(false);
    }
    if (!m_canRecord) {
        m_record->hide();
    }

    if (m_undo) {
        // Undo and redo change the catalogue behind the form: show what is stored.
        connect(m_undo, &QUndoStack::indexChanged, this, [this] { reload(); });
    }

    resize(QSize(1240, 680).expandedTo(layout->sizeHint()));
    reloadLists();
    showCourse(core::Course {}); // so that the empty form counts as unchanged
    reload();
    m_table->setFocus();
}

void TrainingCatalogueDialog::reloadLists()
{
    auto roles = core::WorkforceService(m_db).roleTypes(m_actor, true);
    auto competences = core::TrainingService(m_db).competences(m_actor);
    m_roles = roles ? roles.takeValue() : QList<core::RoleType>();
    m_competences = competences ? competences.takeValue() : QList<core::Competence>();
    if (!roles) {
        showProblem(roles.message());
    } else if (!competences) {
        showProblem(competences.message());
    }

    const Qt::ItemFlags flags = m_canEdit ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable
                                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    m_roleList->clear();
    for (const core::RoleType& r : std::as_const(m_roles)) {
        auto* item = new QListWidgetItem(r.active ? r.name : tr("%1 (no longer used)").arg(r.name), m_roleList);
        item->setData(Qt::UserRole, r.id);
        item->setFlags(flags);
        item->setCheckState(Qt::Unchecked);
    }
    m_competenceList->clear();
    for (const core::Competence& c : std::as_const(m_competences)) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(c.domain, c.title), m_competenceList);
        item->setData(Qt::UserRole, c.id);
        item->setToolTip(item->text());
        item->setFlags(flags);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_competences.isEmpty()) {
        auto* item
            = new QListWidgetItem(tr("No competences yet. Import your framework from a CSV file."), m_competenceList);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(Qt::UserRole, qint64(0));
    }
}

void TrainingCatalogueDialog::reload(qint64 selectId)
{
    if (selectId == 0) {
        selectId = m_loaded.id;
    }
    auto courses = core::TrainingService(m_db).courses(m_actor, m_showRetired->isChecked());
    m_reloading = true;
    m_table->clear();
    if (!courses) {
        m_courses.clear();
        m_reloading = false;
        showProblem(courses.message());
        return;
    }
    m_courses = courses.takeValue();

    QHash<qint64, QString> roleNames;
    for (const core::RoleType& r : std::as_const(m_roles)) {
        roleNames.insert(r.id, r.name);
    }
    // A new course being typed in stays in the form, with nothing selected in the list.
    const bool keepNew = selectId == 0 && m_loaded.id == 0 && formChanged();
    QTreeWidgetItem* select = nullptr;
    for (const core::Course& c : std::as_const(m_courses)) {
        QStringList length;
        if (c.lengthDays) {
            length << (*c.lengthDays == 1 ? tr("1 day") : tr("%1 days").arg(number(*c.lengthDays)));
        }
        if (c.lengthHours) {
            length << (*c.lengthHours == 1 ? tr("1 hour") : tr("%1 hours").arg(number(*c.lengthHours)));
        }
        const QString refresh = c.refreshMonths > 0
            ? (c.refreshMonths == 1 ? tr("Every month") : tr("Every %1 months").arg(c.refreshMonths))
            : tr("Does not expire");
        QStringList names;
        for (qint64 id : c.mandatoryRoleIds) {
            names << roleNames.value(id, tr("Role no. %1").arg(id));
        }
        QString mandatory;
        if (c.mandatoryForAll) {
            mandatory = tr("Every role");
        } else if (names.isEmpty()) {
            mandatory = tr("Not mandatory");
        } else if (names.size() <= 2) {
            mandatory = names.join(tr(", "));
        } else {
            mandatory = tr("%1 roles").arg(names.size());
        }
        auto* item = new QTreeWidgetItem(m_table,
            { c.active ? c.title : tr("%1 (retired)").arg(c.title),
                length.isEmpty() ? tr("Not set") : length.join(tr(", ")), refresh, mandatory });
        item->setData(TitleColumn, Qt::UserRole, c.id);
        if (!names.isEmpty()) {
            item->setToolTip(MandatoryColumn, names.join(QLatin1Char('\n')));
        }
        if (!keepNew && (c.id == selectId || !select)) {
            select = item;
        }
    }
    m_reloading = false;
    if (keepNew) {
        return;
    }
    if (select) {
        {
            const QSignalBlocker block(m_table);
            m_table->setCurrentItem(select);
        }
        const qint64 id = select->data(TitleColumn, Qt::UserRole).toLongLong();
        for (const core::Course& c : std::as_const(m_courses)) {
            if (c.id == id) {
                showCourse(c);
                break;
            }
        }
    } else if (m_loaded.id != 0 || !m_canEdit) {
        showCourse(core::Course {});
    }
}

void TrainingCatalogueDialog::currentChanged()
{
    if (m_reloading) {
        return;
    }
    QTreeWidgetItem* item = m_table->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(TitleColumn, Qt::UserRole).toLongLong();
    if (id == m_loaded.id) {
        return;
    }
    if (!mayLeaveForm()) {
        // Stay on the course being edited.
        const QSignalBlocker block(m_table);
        QTreeWidgetItem* back = nullptr;
        for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
            if (m_table->topLevelItem(i)->data(TitleColumn, Qt::UserRole).toLongLong() == m_loaded.id) {
                back = m_table->topLevelItem(i);
            }
        }
        m_table->setCurrentItem(back);
        return;
    }
    for (const core::Course& c : std::as_const(m_courses)) {
        if (c.id == id) {
            m_feedback->hide();
            showCourse(c);
            return;
        }
    }
}

void TrainingCatalogueDialog::showCourse(const core::Course& course)
{
    m_loaded = course;
    m_formHeading->setText(course.id == 0 ? tr("New course") : tr("Course: %1").arg(course.title));
    m_title->setText(course.title);
    m_provider->setText(course.provider);
    m_days->setValue(course.lengthDays.value_or(0));
    m_hours->setValue(course.lengthHours.value_or(0));
    m_credits->setValue(course.credits.value_or(-1));
    m_accreditation->setText(course.accreditation);
    m_refresh->setValue(course.refreshMonths);
    m_mandatoryAll->setChecked(course.mandatoryForAll);
    setCheckedIds(m_roleList, course.mandatoryRoleIds);
    setCheckedIds(m_competenceList, course.competenceIds);
    m_active->setChecked(course.active);
    updateRoleList();
    m_record->setEnabled(course.id > 0 && course.active);
    // The form reads back what was shown (spin boxes round): compare edits with that.
    m_loaded = formCourse();
}

core::Course TrainingCatalogueDialog::formCourse() const
{
    core::Course c = m_loaded;
    c.title = m_title->text();
    c.provider = m_provider->text();
    c.lengthDays = m_days->value() > 0 ? std::optional<double>(m_days->value()) : std::nullopt;
    c.lengthHours = m_hours->value() > 0 ? std::optional<double>(m_hours->value()) : std::nullopt;
    c.credits = m_credits->value() >= 0 ? std::optional<int>(m_credits->value()) : std::nullopt;
    c.accreditation = m_accreditation->text();
    c.refreshMonths = m_refresh->value();
    c.mandatoryForAll = m_mandatoryAll->isChecked();
    c.mandatoryRoleIds = checkedIds(m_roleList);
    c.competenceIds = checkedIds(m_competenceList);
    c.competenceIds.removeAll(0);
    c.active = m_active->isChecked();
    return c;
}

bool TrainingCatalogueDialog::formChanged() const
{
    return m_canEdit && !(formCourse() == m_loaded);
}

bool TrainingCatalogueDialog::mayLeaveForm()
{
    if (!formChanged()) {
        return true;
    }
    const QString title = m_loaded.id == 0 ? tr("the new course") : tr("\"%1\"").arg(m_loaded.title);
    return prompts::confirm(this, tr("Discard Changes?"),
        tr("The changes to %1 are not saved. Discard them?").arg(title), tr("Discard Changes"));
}

void TrainingCatalogueDialog::updateRoleList()
{
    // Ticking "every role" makes the list moot; its ticks are kept for when it is unticked.
    m_roleList->setEnabled(!m_mandatoryAll->isChecked());
}

void TrainingCatalogueDialog::newCourse()
{
    if (!mayLeaveForm()) {
        return;
    }
    {
        const QSignalBlocker block(m_table);
        m_table->setCurrentItem(nullptr);
        m_table->clearSelection();
    }
    m_feedback->hide();
    showCourse(core::Course {});
    m_title->setFocus();
}

void TrainingCatalogueDialog::save()
{
    if (!m_canEdit) {
        return;
    }
    const core::Course before = m_loaded;
    core::Course after = formCourse();
    after.title = after.title.trimmed();
    auto saved = core::TrainingService(m_db).saveCourse(m_actor, after);
    if (!saved) {
        showProblem(saved.message());
        if (after.title.isEmpty()) {
            m_title->setFocus();
        }
        return;
    }
    const bool adding = before.id == 0;
    after.id = saved.value();
    // Show what is stored before the undo stack's signal asks for a reload.
    m_loaded = after;
    reload(after.id);
    showDone(adding ? tr("Saved: the course \"%1\" was added.").arg(after.title)
                    : tr("Saved: the changes to \"%1\".").arg(after.title));

    if (m_undo) {
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        core::Course undone = before;
        if (adding) {
            // Courses cannot be deleted: taking back an added course retires it.
            undone = after;
            undone.active = false;
        }
        m_undo->push(new SavedChange(
            adding ? tr("Add course %1").arg(after.title) : tr("Change course %1").arg(after.title),
            [db, actor, undone] { return core::TrainingService(*db).saveCourse(actor, undone).status(); },
            [db, actor, after] { return core::TrainingService(*db).saveCourse(actor, after).status(); }));
    }
}

void TrainingCatalogueDialog::importCompetences()
{
    const QString path
        = prompts::openFileName(this, tr("Import Competences"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("The file %1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > kMaxImportBytes) {
        showProblem(tr("The file %1 is larger than 1 MB, which is too big for a list of competences. Check that "
                       "you chose the right file.")
                        .arg(path));
        return;
    }
    const QByteArray csv = file.readAll();
    auto added = core::TrainingService(m_db).importCompetences(m_actor, csv);
    if (!added) {
        showProblem(added.message());
        return;
    }
    // Keep the ticks being edited while the list grows.
    const core::Course editing = formCourse();
    reloadLists();
    setCheckedIds(m_roleList, editing.mandatoryRoleIds);
    setCheckedIds(m_competenceList, editing.competenceIds);
    const int n = added.value();
    const QString text = n == 0 ? tr("No competences added: every one in the file is already in the list.")
        : n == 1                ? tr("1 competence added.")
                                : tr("%1 competences added.").arg(n);
    showDone(text);
    prompts::information(this, tr("Competences Imported"), text);
}

void TrainingCatalogueDialog::recordForGroup()
{
    if (m_loaded.id <= 0) {
        return;
    }
    RecordCohortDialog dialog(m_db, m_actor, m_undo, m_loaded.id, this);
    if (dialog.exec() == QDialog::Accepted) {
        showDone(dialog.summary());
    }
}

void TrainingCatalogueDialog::showProblem(const QString& message)
{
    m_feedback->setText(tr("Problem: %1").arg(message));
    setFeedbackColour(m_feedback, Feedback::Problem);
    m_feedback->show();
}

void TrainingCatalogueDialog::showDone(const QString& message)
{
    m_feedback->setText(message);
    setFeedbackColour(m_feedback, Feedback::Good);
    m_feedback->show();
}

} // namespace alongside::ui
