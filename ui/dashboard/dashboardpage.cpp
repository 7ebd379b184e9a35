#include "dashboardpage.h"

#include "core/auth/permissions.h"
#include "core/clients/clientservice.h"
#include "core/clock.h"
#include "core/db/backupmanager.h"
#include "core/db/database.h"
#include "core/services/dashboardservice.h"
#include "core/services/settingsservice.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/compliance.h"
#include "ui/common/fonts.h"
#include "ui/common/wrappinglabel.h"
#include "ui/compliance/compliancepage.h"
#include "ui/supervision/supervisionlook.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace alongside::ui {

namespace {

QString dateRange(const core::Period& p)
{
    const QLocale locale;
    return QObject::tr("%1 to %2")
        .arg(locale.toString(p.first, QStringLiteral("d MMM yyyy")),
            locale.toString(p.last, QStringLiteral("d MMM yyyy")));
}

} // namespace

StatCard::StatCard(const QString& objectName, QWidget* parent)
    : QFrame(parent)
    , m_title(new WrappingLabel(QString(), this))
    , m_value(new QLabel(this))
    , m_explanation(new WrappingLabel(QString(), this))
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard so a screen reader announces it
    setMinimumWidth(220);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    m_title->setFont(scaledFont(font(), 1.05, true));
    m_value->setFont(scaledFont(font(), 2.6, true));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
}

void StatCard::set(const QString& title, const QString& value, const QString& explanation)
{
    m_title->setText(title);
    m_value->setText(value);
    m_explanation->setText(explanation);
    setAccessibleName(title + QStringLiteral(": ") + m_value->text());
    setAccessibleDescription(explanation);
}

void StatCard::clear()
{
    m_value->setText(QStringLiteral("–"));
}

QString StatCard::valueText() const
{
    return m_value->text();
}

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_logo(new QLabel(this))
    , m_charity(new QLabel(this))
    , m_date(new QLabel(this))
    , m_hint(new WrappingLabel(QString(), this))
    , m_demoBanner(new WrappingLabel(QString(), this))
    , m_workers(new StatCard(QStringLiteral("activeWorkersCard"), this))
    , m_people(new StatCard(QStringLiteral("peopleSupportedCard"), this))
    , m_sessions(new StatCard(QStringLiteral("sessionsCard"), this))
    , m_fileInfo(new WrappingLabel(QString(), this))
    , m_backupInfo(new WrappingLabel(QString(), this))
    , m_error(new WrappingLabel(QString(), this))
    , m_reminders(new QGroupBox(tr("Checks and training to renew"), this))
    , m_reminderSummary(new WrappingLabel(QString(), this))
    , m_reminderList(new QTreeWidget(this))
    , m_openMatrix(new QPushButton(tr("Open the Compliance Matrix"), this))
    , m_alerts(new QGroupBox(tr("People who need attention"), this))
    , m_alertSummary(new WrappingLabel(QString(), this))
    , m_alertList(new QTreeWidget(this))
    , m_overdue(new QGroupBox(tr("Supervision overdue"), this))
    , m_overdueSummary(new WrappingLabel(QString(), this))
    , m_overdueList(new QTreeWidget(this))
    , m_openSupervision(new QPushButton(tr("Open Supervision"), this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_charity->setObjectName(QStringLiteral("charityNameLabel"));
    m_charity->setFont(scaledFont(font(), 1.7, true));
    m_charity->setWordWrap(true);
    m_logo->setAccessibleName(tr("Charity logo"));
    m_hint->setObjectName(QStringLiteral("dashboardHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_hint, &QLabel::linkActivated, this, &DashboardPage::settingsRequested);
    // Fictional records must never be mistaken for real ones: say so in words, on a framed banner.
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setFrameShape(QFrame::StyledPanel);
    m_demoBanner->setMargin(8);
    m_demoBanner->setText(tr("<b>Demo data.</b> Everyone in this database is made up. Use it to try Alongside; "
                             "create your charity's own database with File > New Database."));
    m_demoBanner->hide();
    m_error->setObjectName(QStringLiteral("dashboardError"));
    m_error->setWordWrap(true);
    m_error->hide();
    for (QLabel* l : { m_fileInfo, m_backupInfo }) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_fileInfo->setObjectName(QStringLiteral("databaseFileLabel"));
    m_backupInfo->setObjectName(QStringLiteral("lastBackupLabel"));

    auto* header = new QHBoxLayout;
    header->addWidget(m_logo);
    auto* names = new QVBoxLayout;
    names->addWidget(m_charity);
    names->addWidget(m_date);
    header->addLayout(names, 1);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    cards->addWidget(m_workers, 1);
    cards->addWidget(m_people, 1);
    cards->addWidget(m_sessions, 1);

    auto* data = new QGroupBox(tr("Your data"), this);
    auto* dataLayout = new QVBoxLayout(data);
    dataLayout->addWidget(m_fileInfo);
    dataLayout->addWidget(m_backupInfo);

    m_reminders->setObjectName(QStringLiteral("remindersBox"));
    m_reminderSummary->setObjectName(QStringLiteral("remindersSummary"));
    m_reminderList->setObjectName(QStringLiteral("remindersList"));
    m_reminderList->setAccessibleName(tr("Checks and training to renew"));
    m_reminderList->setRootIsDecorated(false);
    m_reminderList->setUniformRowHeights(true);
    m_reminderList->setHeaderLabels({ tr("When"), tr("What"), tr("Who") });
    m_openMatrix->setObjectName(QStringLiteral("openMatrixButton"));
    connect(m_openMatrix, &QPushButton::clicked, this, &DashboardPage::complianceRequested);
    connect(m_reminderList, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { emit workerRequested(item->data(0, Qt::UserRole).toLongLong()); });
    auto* remindersLayout = new QVBoxLayout(m_reminders);
    auto* remindersTop = new QHBoxLayout;
    remindersTop->addWidget(m_reminderSummary, 1);
    remindersTop->addWidget(m_openMatrix);
    remindersLayout->addLayout(remindersTop);
    remindersLayout->addWidget(m_reminderList);

    m_alerts->setObjectName(QStringLiteral("alertsBox"));
    m_alertSummary->setObjectName(QStringLiteral("alertsSummary"));
    m_alertList->setObjectName(QStringLiteral("alertsList"));
    m_alertList->setAccessibleName(tr("People who need attention"));
    m_alertList->setRootIsDecorated(false);
    m_alertList->setUniformRowHeights(true);
    m_alertList->setAllColumnsShowFocus(true);
    m_alertList->setHeaderLabels({ tr("Why"), tr("Person supported"), tr("Mentor") });
    connect(m_alertList, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem* item) { emit clientRequested(item->data(0, Qt::UserRole).toLongLong()); });
    auto* alertsLayout = new QVBoxLayout(m_alerts);
    alertsLayout->addWidget(m_alertSummary);
    alertsLayout->addWidget(m_alertList);

    m_overdue->setObjectName(QStringLiteral("supervisionOverdueBox"));
    m_overdueSummary->setObjectName(QStringLiteral("supervisionOverdueSummary"));
    m_overdueList->setObjectName(QStringLiteral("supervisionOverdueList"));
    m_overdueList->setAccessibleName(tr("Supervision overdue"));
    m_overdueList->setRootIsDecorated(false);
    m_overdueList->setUniformRowHeights(true);
    m_overdueList->setAllColumnsShowFocus(true);
    m_overdueList->setHeaderLabels({ tr("How late"), tr("Who"), tr("Last supervised"), tr("Supervisors") });
    m_openSupervision->setObjectName(QStringLiteral("openSupervisionButton"));
    m_openSupervision->setAccessibleName(tr("Open the Supervision area"));
    connect(m_openSupervision, &QPushButton::clicked, this, &DashboardPage::supervisionRequested);
    connect(m_overdueList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit supervisionHistoryRequested(item->data(0, Qt::UserRole).toLongLong(), item->text(1));
    });
    auto* overdueLayout = new QVBoxLayout(m_overdue);
    auto* overdueTop = new QHBoxLayout;
    overdueTop->addWidget(m_overdueSummary, 1);
    overdueTop->addWidget(m_openSupervision);
    overdueLayout->addLayout(overdueTop);
    overdueLayout->addWidget(m_overdueList);

    // The page scrolls when the alerts and reminders need more room than the window has.
    auto* content = new QWidget;
    content->setAutoFillBackground(false);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScrollArea"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->viewport()->setAutoFillBackground(false);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);
    layout->addLayout(cards);
    layout->addWidget(m_alerts);
    layout->addWidget(m_overdue);
    layout->addWidget(m_reminders);
    layout->addWidget(data);
    layout->addStretch(1);
    clear();
}

void DashboardPage::clear()
{
    m_charity->clear();
    m_logo->clear();
    m_logo->hide();
    m_hint->hide();
    m_demoBanner->hide();
    m_error->hide();
    m_workers->clear();
    m_people->clear();
    m_sessions->clear();
    m_fileInfo->clear();
    m_backupInfo->clear();
    m_reminderList->clear();
    m_reminders->hide();
    m_alertList->clear();
    m_alerts->hide();
    m_overdueList->clear();
    m_overdue->hide();
}

void DashboardPage::refresh(core::Database& db, const core::Actor& actor)
{
    const QLocale locale;
    auto settings = core::SettingsService(db).load(actor);
    auto counts = core::DashboardService(db).counts(actor);
    if (!settings || !counts) {
        m_error->setText(
            tr("The dashboard could not be worked out: %1").arg(!settings ? settings.message() : counts.message()));
        m_error->show();
        return;
    }
    m_error->hide();
    const core::CharitySettings& s = settings.value();
    const core::DashboardCounts& c = counts.value();

    m_charity->setText(s.charityName.isEmpty() ? tr("Dashboard") : s.charityName);
    m_date->setText(locale.toString(core::Clock::instance().today(), QLocale::LongFormat));
    QPixmap logo;
    if (!s.logoPng.isEmpty() && logo.loadFromData(s.logoPng, "PNG")) {
        m_logo->setPixmap(logo.scaledToHeight(64, Qt::SmoothTransformation));
        m_logo->show();
    } else {
        m_logo->hide();
    }

    m_demoBanner->setVisible(s.isDemoData);
    if (s.charityName.isEmpty()) {
        m_hint->setText(core::Permissions::allowed(actor.role, core::Permissions::Action::ChangeSettings)
                ? tr("Add your charity's name and logo in <a href=\"settings\">Settings</a>: they appear "
                     "here and on every report.")
                : tr("Your administrator can add the charity's name and logo in Settings: they appear here and on "
                     "every report."));
        m_hint->show();
    } else if (c.workersTotal == 0 && c.peopleSupportedTotal == 0) {
        m_hint->setText(tr("This database has no records yet. The figures below fill in as volunteers, people "
                           "supported and sessions are recorded."));
        m_hint->show();
    } else {
        m_hint->hide();
    }

    // Small numbers are hidden from roles that must only see suppressed figures (trustees).
    const auto shown
        = [&](int n) { return c.isSuppressed(n) ? tr("fewer than %1").arg(c.suppressBelow) : locale.toString(n); };
    const QString hidden = c.suppressBelow > 0
        ? QLatin1Char(' ') + tr("(Numbers under %1 are hidden to protect privacy.)").arg(c.suppressBelow)
        : QString();
    m_workers->set(tr("Active volunteers and peer workers"), shown(c.activeWorkers),
        tr("Active today, of %1 on record").arg(shown(c.workersTotal)) + hidden);
    m_people->set(tr("People supported in %1").arg(c.quarterLabel), shown(c.peopleSupportedThisQuarter),
        tr("With at least one session attended, %1").arg(dateRange(c.quarter)) + hidden);
    m_sessions->set(tr("Sessions this month"), shown(c.sessionsThisMonth),
        tr("Attended sessions, %1").arg(dateRange(c.month)) + hidden);

    showAlerts(db, actor, s.noSessionWeeks);
    showSupervisionOverdue(db, actor);
    showReminders(db, actor, s.expiryWarningDays);

    m_fileInfo->setText(tr("Database file: %1").arg(QDir::toNativeSeparators(db.path())));
    const core::BackupManager backups(db.path());
    if (const auto newest = backups.newest()) {
        m_backupInfo->setText(tr("Newest backup: %1, in %2")
                                  .arg(locale.toString(newest->takenAt, QLocale::ShortFormat),
                                      QDir::toNativeSeparators(backups.folder())));
    } else {
        m_backupInfo->setText(tr("No backup yet. Use File > Back Up Now."));
    }
}

void DashboardPage::showReminders(core::Database& db, const core::Actor& actor, int days)
{
    m_reminderList->clear();
    // Names of volunteers are for the roles that may open their records (not trustees).
    if (!core::Permissions::allowed(actor.role, core::Permissions::Action::OpenWorkerRecords)) {
        m_reminders->hide();
        return;
    }
    m_reminders->show();
    const QDate today = core::Clock::instance().today();
    auto matrix = core::ComplianceService(db).matrix(actor, today, days);
    if (!matrix) {
        m_reminderSummary->setText(tr("The reminders could not be worked out: %1").arg(matrix.message()));
        m_reminderList->hide();
        return;
    }
    const QList<core::ComplianceReminder> list = core::ComplianceService::remindersFrom(matrix.value());
    // Never done at all is not a reminder about a date, but it must not read as "all is well".
    int missingPeople = 0;
    for (const core::ComplianceRow& row : matrix.value().rows) {
        missingPeople += row.count(core::ComplianceState::Missing) > 0 ? 1 : 0;
    }
    const QString missingText = missingPeople == 0
        ? tr("Nobody on the compliance matrix is missing a check or a course.")
        : tr("%1 people are missing a check or a course they need: see the compliance matrix.").arg(missingPeople);
    int expired = 0;
    for (const core::ComplianceReminder& r : list) {
        expired += r.state == core::ComplianceState::Expired ? 1 : 0;
    }
    if (list.isEmpty()) {
        m_reminderSummary->setText(tr("Nothing has expired, and nothing expires in the next %1 days.").arg(days)
            + QLatin1Char(' ') + missingText);
        m_reminderList->hide();
        return;
    }
    m_reminderSummary->setText(tr("%1 expired and %2 expiring in the next %3 days. Double-click one to open the "
                                  "person's record.")
                                   .arg(expired)
                                   .arg(list.size() - expired)
                                   .arg(days)
        + QLatin1Char(' ') + missingText);
    m_reminderList->show();
    const QLocale locale;
    for (const core::ComplianceReminder& r : list) {
        const QString when = r.state == core::ComplianceState::Expired
            ? tr("Expired %1").arg(locale.toString(r.expiresOn, QStringLiteral("d MMM yyyy")))
            : tr("Expires %1").arg(locale.toString(r.expiresOn, QStringLiteral("d MMM yyyy")));
        auto* item = new QTreeWidgetItem(m_reminderList, { when, r.requirement, r.workerName });
        item->setIcon(0, CompliancePage::stateIcon(r.state));
        item->setData(0, Qt::UserRole, r.workerId);
    }
    for (int c = 0; c < 3; ++c) {
        m_reminderList->resizeColumnToContents(c);
    }
    // As tall as its rows, up to eight; the rest scroll.
    const int rowHeight = std::max(18, m_reminderList->sizeHintForRow(0));
    m_reminderList->setFixedHeight(m_reminderList->header()->sizeHint().height() + 2 * m_reminderList->frameWidth()
        + rowHeight * std::min<int>(int(list.size()), 8) + 4);
}

void DashboardPage::showAlerts(core::Database& db, const core::Actor& actor, int weeks)
{
    m_alertList->clear();
    // Names of people supported are for the roles that may open their records.
    if (!core::Permissions::allowed(actor.role, core::Permissions::Action::OpenClientRecords)) {
        m_alerts->hide();
        return;
    }
    m_alerts->show();
    m_alerts->setTitle(tr("People who need attention"));
    const QDate today = core::Clock::instance().today();
    auto alerts = core::ClientService(db).alerts(actor, today, weeks);
    if (!alerts) {
        m_alertSummary->setText(tr("The alerts could not be worked out: %1").arg(alerts.message()));
        m_alertList->hide();
        return;
    }
    const QList<core::ClientAlert>& list = alerts.value();
    const int days = core::ClientService::kPlannedEndAlertDays;
    if (list.isEmpty()) {
        m_alertSummary->setText(tr("Everyone in mentoring or short-term support has had a session logged in the last "
                                   "%1 weeks, and no planned end falls in the next %2 days.")
                                    .arg(weeks)
                                    .arg(days));
        m_alertList->hide();
        return;
    }
    int quiet = 0;
    for (const core::ClientAlert& a : list) {
        quiet += a.kind == core::ClientAlert::Kind::NoRecentSession ? 1 : 0;
    }
    m_alerts->setTitle(tr("People who need attention (%1)").arg(list.size()));
    m_alertSummary->setText(tr("%1 with no session logged for %2 weeks or more, and %3 with a planned end in the next "
                               "%4 days. Double-click one, or select it and press Enter, to open the person's record.")
                                .arg(quiet)
                                .arg(weeks)
                                .arg(list.size() - quiet)
                                .arg(days));
    m_alertList->show();
    const QLocale locale;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_alertList->setIconSize(QSize(iconSize, iconSize));
    for (const core::ClientAlert& a : list) {
        const QString date = locale.toString(a.date, QStringLiteral("d MMM yyyy"));
        const bool noSession = a.kind == core::ClientAlert::Kind::NoRecentSession;
        const QString why = noSession ? tr("No session logged since %1").arg(date) : tr("Planned end on %1").arg(date);
        auto* item = new QTreeWidgetItem(
            m_alertList, { why, a.clientName, a.mentorName.isEmpty() ? tr("No mentor") : a.mentorName });
        item->setIcon(0,
            style()->standardIcon(
                noSession ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation, nullptr, this));
        item->setData(0, Qt::UserRole, a.clientId);
        const QString line = a.mentorName.isEmpty() ? tr("%1 — %2").arg(why, a.clientName)
                                                    : tr("%1 — %2 (mentor: %3)").arg(why, a.clientName, a.mentorName);
        for (int c = 0; c < 3; ++c) {
            item->setToolTip(c, line);
        }
    }
    for (int c = 0; c < 3; ++c) {
        m_alertList->resizeColumnToContents(c);
    }
    // As tall as its rows, up to eight; the rest scroll.
    const int rowHeight = std::max(18, m_alertList->sizeHintForRow(0));
    m_alertList->setFixedHeight(m_alertList->header()->sizeHint().height() + 2 * m_alertList->frameWidth()
        + rowHeight * std::min<int>(int(list.size()), 8) + 4);
}

void DashboardPage::showSupervisionOverdue(core::Database& db, const core::Actor& actor)
{
    m_overdueList->clear();
    // Coordinators and administrators see everyone; a supervisor, the people they supervise.
    using Action = core::Permissions::Action;
    const bool everyone = core::Permissions::allowed(actor.role, Action::ViewAllSupervisionSummaries);
    if (!everyone && (!core::Permissions::allowed(actor.role, Action::ViewOwnSupervision) || actor.workerId <= 0)) {
        m_overdue->hide();
        return;
    }
    m_overdue->show();
    m_overdue->setTitle(tr("Supervision overdue"));
    auto overdue = core::SupervisionService(db).overdue(actor, core::Clock::instance().today());
    if (!overdue) {
        m_overdueSummary->setText(
            tr("Who is overdue for supervision could not be worked out: %1").arg(overdue.message()));
        m_overdueList->hide();
        return;
    }
    const QList<core::SupervisionStatus>& list = overdue.value(); // most overdue first
    if (list.isEmpty()) {
        m_overdueSummary->setText(everyone ? tr("No one is overdue for supervision.")
                                           : tr("No one you supervise is overdue for supervision."));
        m_overdueList->hide();
        return;
    }
    m_overdue->setTitle(tr("Supervision overdue (%1)").arg(list.size()));
    m_overdueSummary->setText(
        (everyone
                ? (list.size() == 1 ? tr("1 person is overdue for supervision.")
                                    : tr("%1 people are overdue for supervision, most overdue first.").arg(list.size()))
                : (list.size() == 1
                        ? tr("1 of the people you supervise is overdue.")
                        : tr("%1 of the people you supervise are overdue, most overdue first.").arg(list.size())))
        + QLatin1Char(' ') + tr("Double-click one, or select it and press Enter, to see their supervision history."));
    m_overdueList->show();
    const QLocale locale;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_overdueList->setIconSize(QSize(iconSize, iconSize));
    for (const core::SupervisionStatus& row : list) {
        const QString late
            = (row.overdueDays == 1 ? tr("Overdue by 1 day") : tr("Overdue by %1 days").arg(row.overdueDays));
        const QString last
            = row.lastHeldOn.isValid() ? locale.toString(row.lastHeldOn, QStringLiteral("d MMM yyyy")) : tr("Never");
        // Joined as the supervision table joins them: an outside supervisor's name may hold a comma.
        const QString supervisors
            = row.supervisors.isEmpty() ? tr("None recorded") : row.supervisors.join(QStringLiteral("; "));
        auto* item = new QTreeWidgetItem(m_overdueList, { late, row.name, last, supervisors });
        item->setIcon(0, supervisionlook::icon(row.state));
        item->setData(0, Qt::UserRole, row.workerId);
        const QString line = tr("%1 — %2, last supervised %3").arg(late, row.name, last);
        for (int c = 0; c < 4; ++c) {
            item->setToolTip(c, line);
        }
    }
    for (int c = 0; c < 4; ++c) {
        m_overdueList->resizeColumnToContents(c);
    }
    // As tall as its rows, up to eight; the rest scroll.
    const int rowHeight = std::max(18, m_overdueList->sizeHintForRow(0));
    m_overdueList->setFixedHeight(m_overdueList->header()->sizeHint().height() + 2 * m_overdueList->frameWidth()
        + rowHeight * std::min<int>(int(list.size()), 8) + 4);
}

} // namespace alongside::ui
