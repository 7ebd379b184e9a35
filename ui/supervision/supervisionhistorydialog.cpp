#include "supervisionhistorydialog.h"

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/workforce/workforceservice.h"
#include "ui/common/fonts.h"
#include "ui/common/recordrows.h"
#include "ui/common/wrappinglabel.h"
#include "ui/supervision/supervisionentrydialog.h"
#include "ui/supervision/supervisionlook.h"
#include "ui/supervision/wellbeingchart.h"
#include "ui/workforce/formdialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

using Action = core::Permissions::Action;
using core::SupervisionService;

QString supervisorText(const core::SupervisionArrangement& a)
{
    return a.supervisorName.isEmpty() ? a.externalSupervisor : a.supervisorName;
}

QString signedText(const core::SupervisionSummary& e)
{
    if (e.isSignedOff()) {
        return SupervisionHistoryDialog::tr("Yes");
    }
    QStringList who;
    if (e.supervisorSignedOn.isValid()) {
        who << SupervisionHistoryDialog::tr("supervisor");
    }
    if (e.superviseesSigned > 0) {
        who << SupervisionHistoryDialog::tr("%1 of %2 supervised")
                   .arg(e.superviseesSigned)
                   .arg(e.superviseeWorkerIds.size());
    }
    return who.isEmpty() ? SupervisionHistoryDialog::tr("Not yet")
                         : SupervisionHistoryDialog::tr("Partly: %1").arg(who.join(QStringLiteral(", ")));
}

} // namespace

SupervisionHistoryDialog::SupervisionHistoryDialog(core::Database& db, const core::Actor& actor, QUndoStack* undo,
    qint64 workerId, const QString& name, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_actor(actor)
    , m_undo(undo)
    , m_workerId(workerId)
    , m_name(name)
    , m_title(new QLabel(this))
    , m_dueIcon(new QLabel(this))
    , m_due(new WrappingLabel(QString(), this))
    , m_message(new FeedbackBanner(QStringLiteral("historyMessage"), this))
    , m_arrangements(newRecordTable(QStringLiteral("historyArrangements"), tr("Supervisors"),
          { tr("Supervisor"), tr("Kind"), tr("Organisation"), tr("From"), tr("To") }, this))
    , m_sessions(newRecordTable(QStringLiteral("historySessions"), tr("Supervision sessions"),
          { tr("Date"), tr("Type"), tr("Supervisor"), tr("Signed off"), tr("Shareable summary") }, this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_print(new QPushButton(tr("&Print Record…"), this))
    , m_record(new QPushButton(tr("&Record Supervision…"), this))
    , m_chart(new WellbeingChart(this))
{
    setObjectName(QStringLiteral("supervisionHistoryDialog"));
    if (m_name.isEmpty()) {
        if (auto workers = core::WorkforceService(m_db).list(m_actor)) {
            for (const core::WorkerSummary& w : workers.value()) {
                if (w.workerId == workerId) {
                    m_name = w.name;
                }
            }
        }
    }
    setWindowTitle(tr("%1 — Supervision").arg(m_name));
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_title->setFont(scaledFont(m_title->font(), 1.4));
    m_title->setText(tr("Supervision of %1").arg(m_name));
    m_due->setObjectName(QStringLiteral("historyDueLabel"));
    m_dueIcon->setObjectName(QStringLiteral("historyDueIcon"));

    m_open->setObjectName(QStringLiteral("historyOpenButton"));
    m_open->setAccessibleName(tr("Open the selected session"));
    m_print->setObjectName(QStringLiteral("historyPrintButton"));
    m_print->setAccessibleName(tr("Print the selected session's record"));
    m_record->setObjectName(QStringLiteral("historyRecordButton"));
    m_record->setAccessibleName(tr("Record a supervision session with %1").arg(m_name));
    m_record->setVisible(core::Permissions::allowed(actor.role, Action::RecordSupervision));
    recordrows::enableWithSelection(m_sessions, { m_open, m_print });
    connect(m_open, &QPushButton::clicked, this, &SupervisionHistoryDialog::openSelected);
    connect(m_print, &QPushButton::clicked, this, &SupervisionHistoryDialog::printSelected);
    connect(m_record, &QPushButton::clicked, this, &SupervisionHistoryDialog::recordSession);
    connect(m_sessions, &QTreeWidget::itemActivated, this, &SupervisionHistoryDialog::openSelected);
    m_sessions->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_sessions->setWordWrap(false);

    auto* supervisors = new QGroupBox(tr("Supervisors"), this);
    auto* supervisorsLayout = new QVBoxLayout(supervisors);
    supervisorsLayout->addWidget(m_arrangements);

    auto* sessions
        = recordrows::tableBox(tr("Sessions attended (newest first)"), m_sessions, { m_open, m_print, m_record }, this);
    auto* wellbeing = new QGroupBox(tr("Wellbeing check-ins"), this);
    auto* wellbeingLayout = new QVBoxLayout(wellbeing);
    wellbeingLayout->addWidget(m_chart);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(sessions);
    splitter->addWidget(wellbeing);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    auto* dueRow = new QHBoxLayout;
    dueRow->addWidget(m_dueIcon, 0, Qt::AlignTop);
    dueRow->addWidget(m_due, 1);
    layout->addLayout(dueRow);
    layout->addWidget(m_message);
    layout->addWidget(supervisors);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(980, 780);

    if (m_undo) {
        connect(m_undo, &QUndoStack::indexChanged, this, &SupervisionHistoryDialog::reload);
    }
    reload();
}

void SupervisionHistoryDialog::reload()
{
    SupervisionService service(m_db);
    m_message->hide();
    QStringList problems;

    m_arrangements->clear();
    auto arrangements = service.arrangements(m_actor, m_workerId);
    if (arrangements) {
        for (const core::SupervisionArrangement& a : arrangements.value()) {
            recordrows::addRow(m_arrangements, a.id,
                { supervisorText(a), SupervisionService::supervisorKindName(a.supervisorKind), a.organisation,
                    shortDate(a.startsOn), shortDate(a.endsOn, tr("Continuing")) });
        }
        if (arrangements.value().isEmpty()) {
            auto* none = new QTreeWidgetItem(m_arrangements, { tr("No supervisor recorded") });
            none->setFlags(Qt::ItemIsEnabled);
        }
        // As tall as its rows (a person has one or two supervisors, rarely more), up to four.
        const int rows = std::clamp(m_arrangements->topLevelItemCount(), 1, 4);
        const int rowHeight = std::max(18, m_arrangements->sizeHintForRow(0));
        m_arrangements->setFixedHeight(
            m_arrangements->header()->sizeHint().height() + 2 * m_arrangements->frameWidth() + rowHeight * rows + 4);
    } else {
        problems << arrangements.message();
    }

    const qint64 selected = recordrows::selectedId(m_sessions);
    m_sessions->clear();
    auto history = service.history(m_actor, m_workerId);
    m_entries = history ? history.value() : QList<core::SupervisionSummary>();
    if (!history) {
        problems << history.message();
    }
    for (const core::SupervisionSummary& e : std::as_const(m_entries)) {
        QString summary = e.summary.simplified();
        if (summary.isEmpty()) {
            summary = tr("(no shareable summary)");
        }
        if (e.hasPrivateNotes) {
            summary += QLatin1Char(' ') + tr("[has private notes]");
        }
        QTreeWidgetItem* item = recordrows::addRow(m_sessions, e.id,
            { shortDate(e.heldOn), SupervisionService::kindName(e.kind), e.supervisorName, signedText(e), summary });
        item->setToolTip(4, e.summary);
    }
    recordrows::selectId(m_sessions, selected);
    for (int c = 0; c < 4; ++c) {
        m_sessions->resizeColumnToContents(c);
    }
    if (m_entries.isEmpty() && history) {
        auto* none = new QTreeWidgetItem(m_sessions, { QString(), tr("No sessions recorded that you may see.") });
        none->setFlags(Qt::ItemIsEnabled);
        none->setData(0, Qt::UserRole, 0);
    }

    auto points = service.wellbeing(m_actor, m_workerId);
    m_chart->setPoints(points ? points.value() : QList<core::WellbeingPoint>(), m_name);
    if (!points) {
        problems << points.message();
    }
    showDue();
    if (!problems.isEmpty()) {
        m_message->showProblem(problems.join(QLatin1Char(' ')));
    }
}

void SupervisionHistoryDialog::showDue()
{
    supervisionlook::showNextDue(m_dueIcon, m_due, supervisionlook::nextDue(m_db, m_actor, m_workerId));
}

void SupervisionHistoryDialog::openSelected()
{
    const qint64 id = recordrows::selectedId(m_sessions);
    if (id <= 0) {
        return;
    }
    SupervisionEntryDialog dialog(m_db, m_actor, m_undo, id, {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_madeChanges = true;
        reload();
    }
}

void SupervisionHistoryDialog::printSelected()
{
    const qint64 id = recordrows::selectedId(m_sessions);
    if (id > 0) {
        printSupervisionRecordWithDialog(m_db, m_actor, id, this);
    }
}

void SupervisionHistoryDialog::recordSession()
{
    SupervisionEntryDialog dialog(m_db, m_actor, m_undo, 0, { m_workerId }, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_madeChanges = true;
        reload();
    }
}

} // namespace alongside::ui
