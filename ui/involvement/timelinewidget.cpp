#include "timelinewidget.h"

#include "core/auth/permissions.h"
#include "core/involvement/involvementservice.h"
#include "ui/common/wrappinglabel.h"
#include "ui/involvement/attendancewords.h"
#include "ui/involvement/meetingdialog.h"
#include "ui/involvement/storydialog.h"
#include "ui/workforce/formdialog.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

using core::InvolvementService;
using core::TimelineEvent;

constexpr int kKindRole = Qt::UserRole + 1;

QString stageDates(const core::JourneyStage& s)
{
    if (!s.to.isValid()) {
        return TimelineWidget::tr("since %1").arg(attendancewords::monthYear(s.from));
    }
    if (attendancewords::monthYear(s.from) == attendancewords::monthYear(s.to)) {
        return attendancewords::monthYear(s.from);
    }
    return TimelineWidget::tr("%1 – %2").arg(attendancewords::monthYear(s.from), attendancewords::monthYear(s.to));
}

} // namespace

TimelineWidget::TimelineWidget(core::Database& db, const core::Actor& actor, QUndoStack* undo, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_strip(new WrappingLabel(QString(), this))
    , m_note(new WrappingLabel(QString(), this))
    , m_events(newRecordTable(QStringLiteral("timelineEvents"), tr("Involvement timeline"),
          { tr("Date"), tr("What"), tr("Detail"), tr("Part of the journey") }, this))
{
    setObjectName(QStringLiteral("involvementTimeline"));
    auto* heading = new QLabel(tr("Journey"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_strip->setObjectName(QStringLiteral("journeyStrip"));
    m_strip->setAccessibleName(tr("Journey"));
    m_strip->setFrameShape(QFrame::StyledPanel);
    m_strip->setMargin(8);
    m_strip->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_strip->setFont([&] {
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.1);
        return f;
    }());
    m_note->setObjectName(QStringLiteral("timelineNote"));
    // The date and the part of the journey take what they need; what happened and its detail share
    // the rest, wrapping rather than running off the side on a narrow window.
    m_events->header()->setStretchLastSection(false);
    m_events->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_events->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_events->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_events->setWordWrap(true);
    m_events->setUniformRowHeights(false);
    connect(m_events, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { openEvent(m_events->indexOfTopLevelItem(item)); });

    m_writeStory = new QPushButton(tr("&Write a Story…"), this);
    m_writeStory->setObjectName(QStringLiteral("writeStoryButton"));
    m_writeStory->setAccessibleName(tr("Write a story or case study by or with this person"));
    m_writeStory->setVisible(core::Permissions::allowed(m_actor.role, core::Permissions::Action::EditRecords));
    connect(m_writeStory, &QPushButton::clicked, this, &TimelineWidget::writeStory);

    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_writeStory);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_strip);
    layout->addWidget(m_note);
    layout->addWidget(m_events, 1);
}

void TimelineWidget::setPerson(qint64 personId)
{
    if (personId != m_personId) {
        m_personId = personId;
        m_loaded = false;
    }
}

QString TimelineWidget::stagesInWords(const QList<core::JourneyStage>& stages)
{
    QStringList parts;
    for (const core::JourneyStage& s : stages) {
        // Non-breaking spaces keep each stage whole: a long journey wraps between stages, at the arrows.
        parts << tr("%1  %2")
                     .arg(InvolvementService::standingName(s.standing), stageDates(s))
                     .replace(QLatin1Char(' '), QChar(0x00a0))
                     .replace(QChar(0x2013), QStringLiteral("\u2060\u2013\u2060")); // no break at the dash
    }
    return parts.join(QStringLiteral("  →  "));
}

QString TimelineWidget::journeyText() const
{
    return QString(m_strip->text()).replace(QChar(0x00a0), QLatin1Char(' ')).remove(QChar(0x2060));
}

void TimelineWidget::refresh()
{
    m_events->clear();
    m_loaded = true;
    if (m_personId <= 0) {
        m_journey = core::Journey {};
        m_strip->setText(tr("Nothing to show yet."));
        m_note->hide();
        return;
    }
    auto journey = InvolvementService(m_db).journey(m_actor, m_personId);
    if (!journey) {
        m_journey = core::Journey {};
        m_strip->setText(journey.message());
        m_note->hide();
        return;
    }
    m_journey = journey.value();
    m_strip->setText(m_journey.stages.isEmpty() ? tr("No stages yet: nothing is recorded about their involvement.")
                                                : stagesInWords(m_journey.stages));
    const bool mayOpen = core::Permissions::allowed(m_actor.role, core::Permissions::Action::OpenClientRecords);
    bool anyMeeting = false;
    const QLocale locale;
    for (const TimelineEvent& e : std::as_const(m_journey.events)) {
        auto* item = new QTreeWidgetItem(m_events,
            { locale.toString(e.on, QStringLiteral("d MMM yyyy")), e.title, e.detail,
                e.standing.isEmpty() ? QString() : InvolvementService::standingName(e.standing) });
        item->setData(0, Qt::UserRole, e.recordId);
        item->setData(0, kKindRole, int(e.kind));
        item->setToolTip(2, e.detail);
        if (e.kind == TimelineEvent::Kind::Meeting) {
            anyMeeting = true;
            if (mayOpen) {
                item->setToolTip(1, tr("Double-click to open the meeting."));
            }
        } else if (e.kind == TimelineEvent::Kind::Story) {
            anyMeeting = true;
            item->setToolTip(1, tr("Double-click to open the story."));
        }
    }
    if (m_journey.events.isEmpty()) {
        m_note->setText(tr("Nothing on their timeline yet."));
    } else {
        m_note->setText(anyMeeting && mayOpen ? tr("Oldest first. Double-click a meeting or a story to open it.")
                                              : tr("Oldest first."));
    }
    m_note->show();
}

void TimelineWidget::openEvent(int row)
{
    if (row < 0 || row >= m_events->topLevelItemCount()) {
        return;
    }
    const QTreeWidgetItem* item = m_events->topLevelItem(row);
    const auto kind = TimelineEvent::Kind(item->data(0, kKindRole).toInt());
    if ((kind != TimelineEvent::Kind::Meeting && kind != TimelineEvent::Kind::Story)
        || !core::Permissions::allowed(m_actor.role, core::Permissions::Action::OpenClientRecords)) {
        return;
    }
    if (kind == TimelineEvent::Kind::Story) {
        StoryDialog dialog(m_db, m_actor, m_undo, item->data(0, Qt::UserRole).toLongLong(), 0, this);
        if (dialog.exec() == QDialog::Accepted && dialog.savedId() > 0) {
            refresh();
            emit changed();
        }
        return;
    }
    MeetingDialog dialog(m_db, m_actor, m_undo, item->data(0, Qt::UserRole).toLongLong(), 0, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedId() > 0) {
        refresh();
        emit changed();
    }
}

void TimelineWidget::writeStory()
{
    if (m_personId <= 0) {
        return;
    }
    StoryDialog dialog(m_db, m_actor, m_undo, 0, m_personId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedId() > 0) {
        refresh();
        emit changed();
    }
}

} // namespace alongside::ui
