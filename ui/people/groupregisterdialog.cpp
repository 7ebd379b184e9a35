#include "groupregisterdialog.h"

#include "core/clients/clientservice.h"
#include "core/clock.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/feedback.h"
#include "ui/common/fonts.h"
#include "ui/common/prompts.h"
#include "ui/common/savedchange.h"
#include "ui/common/wrappinglabel.h"
#include "ui/workforce/formdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace alongside::ui {

namespace {

using core::ClientService;

constexpr int kMaxTopicLength = 200;
constexpr int kMaxNoteLength = 2000;
constexpr int kMaxMinutes = 600;

QString longDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("ddd d MMM yyyy"));
}

bool isGroupKind(const QString& kind)
{
    return kind == QLatin1String("course") || kind == QLatin1String("group");
}

} // namespace

GroupRegisterDialog::GroupRegisterDialog(
    core::Database& db, const core::Actor& actor, QUndoStack* undo, qint64 componentId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_component(new QComboBox(this))
    , m_meeting(new QComboBox(this))
    , m_date(newDateEdit(tr("Date of the meeting"), core::Clock::instance().today(), this))
    , m_duration(new QSpinBox(this))
    , m_worker(new QComboBox(this))
    , m_topic(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_markAll(new QPushButton(tr("Mark All &Attended"), this))
    , m_count(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_registerPage(new QWidget)
    , m_grid(new QGridLayout)
    , m_empty(new WrappingLabel(QString(), m_registerPage))
    , m_error(new WrappingLabel(QString(), this))
    , m_delete(new QPushButton(tr("D&elete Meeting…"), this))
{
    setObjectName(QStringLiteral("groupRegisterDialog"));
    setWindowTitle(tr("Record a Group Session"));

    auto* intro = new WrappingLabel(tr("The register of one meeting of a course or group. Everyone with an open "
                                       "place in it on the day is listed: mark who came. Each person's record gets "
                                       "the session. To correct an earlier meeting, pick it under Meeting."),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));

    m_component->setObjectName(QStringLiteral("componentCombo"));
    m_component->setAccessibleName(tr("Course or group"));
    m_component->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_meeting->setObjectName(QStringLiteral("meetingCombo"));
    m_meeting->setAccessibleName(tr("Meeting: a new one or an earlier one to correct"));
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(0, kMaxMinutes);
    m_duration->setSingleStep(15);
    m_duration->setSpecialValueText(tr("Not recorded"));
    m_duration->setSuffix(tr(" minutes"));
    m_worker->setObjectName(QStringLiteral("workerCombo"));
    m_worker->setAccessibleName(tr("Led by"));
    m_worker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_topic->setObjectName(QStringLiteral("topicEdit"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setMaxLength(kMaxTopicLength);
    m_topic->setPlaceholderText(tr("Optional, for example: week 3, managing sleep"));
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setMaxLength(kMaxNoteLength);
    m_note->setPlaceholderText(tr("Optional, about the meeting as a whole"));
    for (QWidget* w : std::initializer_list<QWidget*> { m_date, m_duration }) {
        w->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("&Course or group:"), m_component);
    form->addRow(tr("&Meeting:"), m_meeting);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("D&uration:"), m_duration);
    form->addRow(tr("&Led by:"), m_worker);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Note:"), m_note);

    auto* heading = new QLabel(tr("Register"), this);
    heading->setFont(scaledFont(heading->font(), 1.05));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setWordWrap(true);
    m_markAll->setObjectName(QStringLiteral("markAllButton"));
    m_markAll->setAccessibleName(tr("Mark everyone on the register as attended"));
    connect(m_markAll, &QPushButton::clicked, this, &GroupRegisterDialog::markAllAttended);

    m_empty->setObjectName(QStringLiteral("emptyRegisterLabel"));
    m_empty->hide();
    m_grid->setColumnStretch(2, 1);
    m_grid->setHorizontalSpacing(16);
    auto* pageLayout = new QVBoxLayout(m_registerPage);
    pageLayout->addWidget(m_empty);
    pageLayout->addLayout(m_grid);
    pageLayout->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("registerArea"));
    m_scroll->setWidget(m_registerPage);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumHeight(220);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFeedbackColour(m_error, Feedback::Problem);
    m_error->hide();

    m_delete->setObjectName(QStringLiteral("deleteMeetingButton"));
    m_delete->setAccessibleName(tr("Delete this meeting and its register"));
    m_delete->hide();
    connect(m_delete, &QPushButton::clicked, this, &GroupRegisterDialog::deleteMeeting);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Save Register"));
    m_ok->setAccessibleName(tr("Save the meeting and its register"));
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupRegisterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* registerTop = new QHBoxLayout;
    registerTop->addWidget(heading);
    registerTop->addWidget(m_count, 1);
    registerTop->addWidget(m_markAll);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_delete);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addLayout(registerTop);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);

    fillWorkers();
    fillComponents(componentId);
    connect(m_component, &QComboBox::currentIndexChanged, this, &GroupRegisterDialog::componentChanged);
    connect(m_meeting, &QComboBox::currentIndexChanged, this, &GroupRegisterDialog::meetingChanged);
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        m_error->hide();
        reloadRegister();
    });
    for (QLineEdit* edit : { m_topic, m_note }) {
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    }
    componentChanged();
    resize(QSize(680, 720).expandedTo(layout->sizeHint()));
    m_component->setFocus();
}

// ---- choices -----------------------------------------------------------------------------------

void GroupRegisterDialog::fillComponents(qint64 select)
{
    const QSignalBlocker block(m_component);
    m_component->clear();
    auto all = ClientService(m_db).components(m_actor, true);
    if (!all) {
        showProblem(all.message());
    } else {
        for (const core::ServiceComponent& c : all.value()) {
            if (isGroupKind(c.kind) && (c.active || c.id == select)) {
                m_component->addItem(c.active ? c.name : tr("%1 (no longer offered)").arg(c.name), c.id);
            }
        }
    }
    if (m_component->count() == 0) {
        if (all) {
            showProblem(tr("There is no course or group in the list of services. Add one under Roles, Services and "
                           "Other Lists, then record its meetings here."));
        }
        m_component->setEnabled(false);
        m_ok->setEnabled(false);
        m_markAll->setEnabled(false);
        return;
    }
    m_component->setCurrentIndex(std::max(0, m_component->findData(select)));
}

void GroupRegisterDialog::fillWorkers()
{
    m_worker->clear();
    m_workerNames.clear();
    m_worker->addItem(tr("Not recorded"), qint64(0));
    auto people = core::WorkforceService(m_db).list(m_actor);
    if (!people) {
        return; // a role that cannot open worker records can still take a register
    }
    QList<core::WorkerSummary> list = people.takeValue();
    std::sort(list.begin(), list.end(), [](const core::WorkerSummary& a, const core::WorkerSummary& b) {
        return QString::localeAwareCompare(a.sortName, b.sortName) < 0;
    });
    for (const core::WorkerSummary& w : std::as_const(list)) {
        m_workerNames.insert(w.workerId, w.name);
        if (w.status == QLatin1String("active") || w.status == QLatin1String("in_training")) {
            m_worker->addItem(w.name, w.workerId);
        }
    }
}

void GroupRegisterDialog::selectWorker(qint64 workerId)
{
    int index = m_worker->findData(workerId);
    if (index < 0 && workerId != 0) {
        // Led by someone who has since left: still shown as they were recorded.
        m_worker->addItem(m_workerNames.value(workerId, tr("Someone no longer on the list")), workerId);
        index = m_worker->count() - 1;
    }
    m_worker->setCurrentIndex(std::max(0, index));
}

void GroupRegisterDialog::componentChanged()
{
    m_error->hide();
    fillMeetings(0);
    meetingChanged();
}

void GroupRegisterDialog::fillMeetings(qint64 select)
{
    const QSignalBlocker block(m_meeting);
    m_meeting->clear();
    m_meetings.clear();
    m_meeting->addItem(tr("A new meeting"), qint64(0));
    const qint64 component = m_component->currentData().toLongLong();
    if (component == 0) {
        m_meeting->setEnabled(false);
        return;
    }
    const QDate today = core::Clock::instance().today();
    auto meetings = ClientService(m_db).groupSessions(m_actor, component, today.addMonths(-kEarlierMonths), today);
    if (!meetings) {
        showProblem(meetings.message());
        return;
    }
    m_meetings = meetings.takeValue();
    for (const core::GroupSession& g : std::as_const(m_meetings)) {
        const int people = int(g.lines.size());
        const QString register_ = people == 1 ? tr("1 on the register") : tr("%1 on the register").arg(people);
        const QString text = g.topic.isEmpty() ? tr("%1 — %2").arg(longDate(g.heldOn), register_)
                                               : tr("%1 — %2 — %3").arg(longDate(g.heldOn), g.topic, register_);
        m_meeting->addItem(text, g.id);
    }
    m_meeting->setEnabled(true);
    m_meeting->setCurrentIndex(std::max(0, m_meeting->findData(select)));
}

void GroupRegisterDialog::meetingChanged()
{
    m_error->hide();
    const qint64 id = m_meeting->currentData().toLongLong();
    m_editing.reset();
    for (const core::GroupSession& g : std::as_const(m_meetings)) {
        if (g.id == id && id != 0) {
            m_editing = g;
        }
    }
    {
        const QSignalBlocker block(m_date);
        if (m_editing) {
            m_date->setDate(m_editing->heldOn);
            m_duration->setValue(m_editing->durationMinutes.value_or(0));
            selectWorker(m_editing->workerId);
            m_topic->setText(m_editing->topic);
            m_note->setText(m_editing->note);
        } else {
            // A new meeting: usually as long as, and led by the same person as, the last one.
            m_date->setDate(core::Clock::instance().today());
            const core::GroupSession last = m_meetings.value(0);
            m_duration->setValue(last.durationMinutes.value_or(0));
            selectWorker(last.workerId);
            m_topic->clear();
            m_note->clear();
        }
    }
    m_delete->setVisible(m_editing.has_value());
    m_ok->setText(m_editing ? tr("&Save Changes") : tr("&Save Register"));
    m_lines.clear();
    reloadRegister();
}

bool GroupRegisterDialog::openMeeting(qint64 groupSessionId)
{
    const int index = m_meeting->findData(groupSessionId);
    if (groupSessionId == 0 || index < 0) {
        return false;
    }
    m_meeting->setCurrentIndex(index);
    return true;
}

// ---- the register ------------------------------------------------------------------------------

void GroupRegisterDialog::reloadRegister()
{
    // Choices already made on screen survive a change of date.
    QHash<qint64, QString> chosen;
    for (const Line& line : currentLines()) {
        chosen.insert(line.episodeId, line.attendance);
    }
    const qint64 component = m_component->currentData().toLongLong();
    QList<Line> lines;
    if (component != 0) {
        auto open = ClientService(m_db).registerFor(m_actor, component, m_date->date());
        if (!open) {
            showProblem(open.message());
        } else if (m_editing) {
            // The saved register first, then anyone else with a place that day (left off unless chosen).
            QSet<qint64> saved;
            for (const core::RegisterLine& r : std::as_const(m_editing->lines)) {
                saved.insert(r.episodeId);
                lines << Line { r.episodeId, r.clientName, chosen.value(r.episodeId, r.attendance), true };
            }
            for (const core::RegisterLine& r : open.value()) {
                if (!saved.contains(r.episodeId)) {
                    lines << Line { r.episodeId, r.clientName, chosen.value(r.episodeId), false };
                }
            }
        } else {
            for (const core::RegisterLine& r : open.value()) {
                lines << Line { r.episodeId, r.clientName, chosen.value(r.episodeId, r.attendance), true };
            }
        }
    }
    showLines(lines);
}

void GroupRegisterDialog::showLines(const QList<Line>& lines)
{
    qDeleteAll(m_rowWidgets);
    m_rowWidgets.clear();
    m_combos.clear();
    m_lines = lines;

    QWidget* previous = m_markAll;
    for (int row = 0; row < m_lines.size(); ++row) {
        const Line& line = m_lines.at(row);
        auto* combo = new QComboBox(m_registerPage);
        combo->setObjectName(QStringLiteral("attendanceCombo%1").arg(row));
        combo->setAccessibleName(tr("Attendance of %1").arg(line.name));
        if (!line.onRegister) {
            combo->addItem(tr("Not on this register"), QString());
        }
        for (const QString& key : ClientService::attendanceKeys()) {
            combo->addItem(ClientService::attendanceName(key), key);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(line.attendance)));
        connect(combo, &QComboBox::currentIndexChanged, this, &GroupRegisterDialog::updateCount);
        auto* name = new QLabel(QString(line.name).replace(QLatin1Char('&'), QStringLiteral("&&")), m_registerPage);
        name->setBuddy(combo);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(combo, row, 1);
        m_rowWidgets << name << combo;
        m_combos << combo;
        setTabOrder(previous, combo);
        previous = combo;
    }
    setTabOrder(previous, m_delete);
    setTabOrder(m_delete, m_ok);
    setTabOrder(m_ok, m_cancel);

    const bool empty = m_lines.isEmpty() && m_component->currentData().toLongLong() != 0;
    if (empty) {
        m_empty->setText(tr("Nobody has an open place in %1 on %2. Add the people who take part from their "
                            "records (a new episode in %1), then take the register.")
                             .arg(m_component->currentText(), longDate(m_date->date())));
    }
    m_empty->setVisible(empty);
    m_markAll->setEnabled(!m_lines.isEmpty());
    updateCount();
}

QList<GroupRegisterDialog::Line> GroupRegisterDialog::currentLines() const
{
    QList<Line> out = m_lines;
    for (int i = 0; i < out.size() && i < m_combos.size(); ++i) {
        out[i].attendance = m_combos.at(i)->currentData().toString();
    }
    return out;
}

void GroupRegisterDialog::markAllAttended()
{
    for (QComboBox* combo : std::as_const(m_combos)) {
        if (!combo->currentData().toString().isEmpty()) {
            combo->setCurrentIndex(combo->findData(QStringLiteral("attended")));
        }
    }
}

void GroupRegisterDialog::updateCount()
{
    QHash<QString, int> counts;
    int on = 0;
    int off = 0;
    for (const Line& line : currentLines()) {
        if (line.attendance.isEmpty()) {
            ++off;
        } else {
            ++on;
            ++counts[line.attendance];
        }
    }
    if (on == 0 && off == 0) {
        m_count->clear();
        return;
    }
    QStringList parts;
    if (int n = counts.value(QStringLiteral("attended"))) {
        parts << tr("%1 attended").arg(n);
    }
    if (int n = counts.value(QStringLiteral("did_not_attend"))) {
        parts << tr("%1 did not attend").arg(n);
    }
    if (int n = counts.value(QStringLiteral("cancelled_by_client"))) {
        parts << tr("%1 cancelled by the person").arg(n);
    }
    if (int n = counts.value(QStringLiteral("cancelled_by_service"))) {
        parts << tr("%1 cancelled by the service").arg(n);
    }
    QString text = on == 1 ? tr("1 person") : tr("%1 people").arg(on);
    if (!parts.isEmpty()) {
        text = tr("%1: %2").arg(text, parts.join(QStringLiteral(", ")));
    }
    if (off > 0) {
        text = tr("%1 (%2 more with a place, not on this register)").arg(text).arg(off);
    }
    m_count->setText(text);
}

// ---- saving ------------------------------------------------------------------------------------

core::GroupSession GroupRegisterDialog::fromForm() const
{
    core::GroupSession g;
    g.id = m_editing ? m_editing->id : 0;
    g.componentId = m_component->currentData().toLongLong();
    g.heldOn = m_date->date();
    if (m_duration->value() > 0) {
        g.durationMinutes = m_duration->value();
    }
    g.workerId = m_worker->currentData().toLongLong();
    g.topic = m_topic->text().trimmed();
    g.note = m_note->text().trimmed();
    for (const Line& line : currentLines()) {
        if (!line.attendance.isEmpty()) {
            g.lines << core::RegisterLine { line.episodeId, line.name, line.attendance };
        }
    }
    return g;
}

void GroupRegisterDialog::showProblem(const QString& message)
{
    m_error->setText(tr("Problem: %1").arg(message));
    m_error->show();
}

void GroupRegisterDialog::accept()
{
    if (!m_ok->isEnabled()) {
        return;
    }
    core::GroupSession after = fromForm();
    const QString component = m_component->currentText();
    const QString day = longDate(after.heldOn);
    if (m_editing && after == *m_editing) {
        m_summary = tr("Nothing was changed in the register of %1 on %2.").arg(component, day);
        QDialog::accept();
        return;
    }
    auto id = ClientService(m_db).saveGroupSession(m_actor, after);
    if (!id) {
        showProblem(id.message());
        if (after.heldOn > core::Clock::instance().today()) {
            m_date->setFocus(Qt::OtherFocusReason);
        }
        return;
    }
    after.id = id.value();
    m_savedId = after.id;
    int attended = 0;
    for (const core::RegisterLine& line : std::as_const(after.lines)) {
        attended += line.attendance == QLatin1String("attended") ? 1 : 0;
    }
    const int total = int(after.lines.size());
    m_summary = tr("Saved the register of %1 on %2: %3 of %4 attended.").arg(component, day).arg(attended).arg(total);

    core::Database* db = &m_db;
    const core::Actor actor = m_actor;
    pushSaved<core::GroupSession>(
        m_undo,
        m_editing ? tr("Change the register of %1 on %2").arg(component, day)
                  : tr("Record the register of %1 on %2").arg(component, day),
        m_editing, after,
        [db, actor](const core::GroupSession& g) { return ClientService(*db).saveGroupSession(actor, g); },
        [db, actor](qint64 groupId) { return ClientService(*db).removeGroupSession(actor, groupId); });
    QDialog::accept();
}

void GroupRegisterDialog::deleteMeeting()
{
    if (!m_editing) {
        return;
    }
    const core::GroupSession before = *m_editing;
    const QString component = m_component->currentText();
    const QString day = longDate(before.heldOn);
    const int people = int(before.lines.size());
    if (!prompts::confirm(this, tr("Delete Meeting"),
            tr("Delete the meeting of %1 on %2? Its register of %3 is taken off everyone's record. Edit > Undo "
               "brings it back.")
                .arg(component, day, people == 1 ? tr("1 person") : tr("%1 people").arg(people)),
            tr("Delete"))) {
        return;
    }
    if (core::Status s = ClientService(m_db).removeGroupSession(m_actor, before.id); !s) {
        showProblem(s.message());
        return;
    }
    m_summary = tr("Deleted the meeting of %1 on %2.").arg(component, day);
    core::Database* db = &m_db;
    const core::Actor actor = m_actor;
    pushSaved<core::GroupSession>(
        m_undo, tr("Delete the meeting of %1 on %2").arg(component, day), before, std::nullopt,
        [db, actor](const core::GroupSession& g) { return ClientService(*db).saveGroupSession(actor, g); },
        [db, actor](qint64 groupId) { return ClientService(*db).removeGroupSession(actor, groupId); });
    QDialog::accept();
}

} // namespace alongside::ui
