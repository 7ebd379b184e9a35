#include "recordcohortdialog.h"

#include "core/clock.h"
#include "core/workforce/trainingservice.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/feedback.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

namespace {

constexpr int kMaxTextLength = 200;
constexpr int kMaxNoteLength = 1000;

bool isCurrent(const QString& status)
{
    static const QStringList current { QStringLiteral("applicant"), QStringLiteral("in_training"),
        QStringLiteral("active"), QStringLiteral("paused") };
    return current.contains(status);
}

} // namespace

RecordCohortDialog::RecordCohortDialog(
    core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 courseId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_course(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_provider(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_everyone(new QCheckBox(tr("Show &everyone, including people who have left or only enquired"), this))
    , m_list(new QListWidget(this))
    , m_selectAll(new QPushButton(tr("Select &All Shown"), this))
    , m_clear(new QPushButton(tr("C&lear"), this))
    , m_count(new QLabel(this))
    , m_error(new WrappingLabel(QString(), this))
{
    setObjectName(QStringLiteral("recordCohortDialog"));
    setWindowTitle(tr("Record a Course for a Group"));

    auto* intro = new WrappingLabel(tr("For a course a group took together: enter the course and date once, then "
                                       "tick everyone who completed it. Each person gets their own training record."),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));

    m_course->setObjectName(QStringLiteral("courseCombo"));
    m_course->setAccessibleName(tr("Course"));
    m_course->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto courses = core::TrainingService(m_db).courses(m_actor, true);
    if (courses) {
        for (const core::Course& c : courses.value()) {
            if (c.active || c.id == courseId) {
                m_course->addItem(c.active ? c.title : tr("%1 (retired)").arg(c.title), c.id);
                m_course->setItemData(m_course->count() - 1, c.provider, Qt::UserRole + 1);
            }
        }
    }
    m_course->setCurrentIndex(std::max(0, m_course->findData(courseId)));
    auto providerHint = [this] {
        const QString provider = m_course->currentData(Qt::UserRole + 1).toString();
        m_provider->setPlaceholderText(
            provider.isEmpty() ? tr("Who delivered it (optional)") : tr("Usually: %1").arg(provider));
    };
    connect(m_course, &QComboBox::currentIndexChanged, this, providerHint);

    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setAccessibleName(tr("Date completed"));
    m_date->setCalendarPopup(true);
    m_date->setDate(core::Clock::instance().today());
    m_provider->setObjectName(QStringLiteral("providerEdit"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->setMaxLength(kMaxTextLength);
    providerHint();
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaxLength(kMaxNoteLength);
    m_note->setPlaceholderText(tr("Optional, recorded for everyone ticked"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Course:"), m_course);
    form->addRow(tr("&Date completed:"), m_date);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Note:"), m_note);

    auto* peopleLabel = new QLabel(tr("&Who completed it:"), this);
    peopleLabel->setBuddy(m_list);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setAccessibleName(tr("Search people by name"));
    m_search->setPlaceholderText(tr("Type part of a name to search"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &RecordCohortDialog::applyFilter);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_everyone->setObjectName(QStringLiteral("showEveryoneCheck"));
    m_everyone->setAccessibleName(tr("Show everyone"));
    connect(m_everyone, &QCheckBox::toggled, this, &RecordCohortDialog::applyFilter);

    m_list->setObjectName(QStringLiteral("peopleList"));
    m_list->setAccessibleName(tr("People who completed the course"));
    m_list->setMinimumHeight(240);
    connect(m_list, &QListWidget::itemChanged, this, &RecordCohortDialog::updateCount);

    m_selectAll->setObjectName(QStringLiteral("selectAllButton"));
    m_selectAll->setAccessibleName(tr("Tick everyone shown"));
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setAccessibleName(tr("Untick everyone"));
    connect(m_selectAll, &QPushButton::clicked, this, [this] { setShownChecked(true); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i) {
            m_list->item(i)->setCheckState(Qt::Unchecked);
        }
    });
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setAccessibleName(tr("How many people are ticked"));

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFeedbackColour(m_error, Feedback::Problem);
    m_error->hide();

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_selectAll);
    listButtons->addWidget(m_clear);
    listButtons->addStretch(1);
    listButtons->addWidget(m_count);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Record"));
    ok->setAccessibleName(tr("Record the course for everyone ticked"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordCohortDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(peopleLabel);
    layout->addLayout(searchRow);
    layout->addWidget(m_everyone);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(QSize(620, 640).expandedTo(layout->sizeHint()));

    for (QLineEdit* edit : { m_provider, m_note, m_search }) {
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    }
    connect(m_date, &QDateEdit::dateChanged, m_error, &QWidget::hide);

    if (!courses) {
        showProblem(courses.message());
    }
    fillPeople();
    m_search->setFocus();
}

void RecordCohortDialog::fillPeople()
{
    auto people = core::WorkforceService(m_db).list(m_actor);
    if (!people) {
        showProblem(people.message());
        return;
    }
    m_people = people.takeValue();
    std::sort(m_people.begin(), m_people.end(), [](const core::WorkerSummary& a, const core::WorkerSummary& b) {
        return QString::localeAwareCompare(a.sortName, b.sortName) < 0;
    });
    const QSignalBlocker block(m_list);
    for (const core::WorkerSummary& w : std::as_const(m_people)) {
        const QString status = w.status.isEmpty() ? tr("no status") : core::WorkforceService::statusName(w.status);
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(w.name, status), m_list);
        item->setData(Qt::UserRole, w.workerId);
        item->setData(Qt::UserRole + 1, isCurrent(w.status));
        item->setData(Qt::UserRole + 2, w.name);
        if (!w.roles.isEmpty()) {
            item->setToolTip(w.roles.join(QLatin1Char('\n')));
        }
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    applyFilter();
}

void RecordCohortDialog::applyFilter()
{
    const QString text = m_search->text().trimmed();
    const bool everyone = m_everyone->isChecked();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool current = item->data(Qt::UserRole + 1).toBool();
        const bool matches
            = text.isEmpty() || item->data(Qt::UserRole + 2).toString().contains(text, Qt::CaseInsensitive);
        item->setHidden(!(matches && (everyone || current)));
    }
    m_list->scrollToTop();
    updateCount();
}

void RecordCohortDialog::updateCount()
{
    int ticked = 0;
    int hidden = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->checkState() == Qt::Checked) {
            ++ticked;
            if (item->isHidden()) {
                ++hidden;
            }
        }
    }
    QString text = ticked == 1 ? tr("1 person ticked") : tr("%1 people ticked").arg(ticked);
    if (hidden > 0) {
        text = tr("%1 (%2 not shown)").arg(text).arg(hidden);
    }
    m_count->setText(text);
    if (ticked > 0) {
        m_error->hide();
    }
}

void RecordCohortDialog::setShownChecked(bool checked)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (!item->isHidden()) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        }
    }
}

QList<qint64> RecordCohortDialog::tickedWorkers() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem* item = m_list->item(i);
        if (item->checkState() == Qt::Checked) {
            ids << item->data(Qt::UserRole).toLongLong();
        }
    }
    return ids;
}

void RecordCohortDialog::showProblem(const QString& message)
{
    m_error->setText(tr("Problem: %1").arg(message));
    m_error->show();
}

void RecordCohortDialog::accept()
{
    core::Completion common;
    common.courseId = m_course->currentData().toLongLong();
    common.completedOn = m_date->date();
    common.provider = m_provider->text().trimmed();
    common.note = m_note->text().trimmed();
    const QList<qint64> workers = tickedWorkers();
    auto ids = core::TrainingService(m_db).recordCohort(m_actor, common, workers);
    if (!ids) {
        showProblem(ids.message());
        if (common.completedOn > core::Clock::instance().today()) {
            m_date->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    m_recorded = ids.value();
    const QString course = m_course->currentText();
    const int n = int(m_recorded.size());
    m_summary = n == 1 ? tr("Recorded \"%1\" for 1 person.").arg(course)
                       : tr("Recorded \"%1\" for %2 people.").arg(course).arg(n);

    if (m_undo && n > 0) {
        QList<core::Completion> made;
        for (int i = 0; i < n; ++i) {
            core::Completion c = common;
            c.id = m_recorded.at(i);
            c.workerId = workers.at(i);
            made << c;
        }
        core::Database* db = &m_db;
        const core::Actor actor = m_actor;
        m_undo->push(new SavedChange(
            n == 1 ? tr("Record %1 for 1 person").arg(course) : tr("Record %1 for %2 people").arg(course).arg(n),
            [db, actor, made] {
                core::Status first;
                for (const core::Completion& c : made) {
                    const core::Status s = core::TrainingService(*db).removeCompletion(actor, c.id);
                    if (!s && first) {
                        first = s;
                    }
                }
                return first;
            },
            [db, actor, made] {
                for (const core::Completion& c : made) {
                    if (auto r = core::TrainingService(*db).saveCompletion(actor, c); !r) {
                        return r.status();
                    }
                }
                return core::Status::ok();
            }));
    }
    QDialog::accept();
}

} // namespace alongside::ui
