#include "supervisionlook.h"

#include "core/clock.h"
#include "core/models/supervisionmodel.h"
#include "core/services/settingsservice.h"
#include "core/supervision/supervisionreport.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/compliance.h"
#include "ui/compliance/compliancepage.h"

#include <QColor>
#include <QLabel>
#include <QLocale>
#include <QStyle>

namespace alongside::ui {

using core::SupervisionDueState;

namespace supervisionlook {

namespace {

// The compliance matrix's shapes and colours, so that the two tables read alike.
core::ComplianceState asCompliance(SupervisionDueState state)
{
    switch (state) {
    case SupervisionDueState::UpToDate:
        return core::ComplianceState::Done;
    case SupervisionDueState::DueSoon:
        return core::ComplianceState::ExpiringSoon;
    case SupervisionDueState::Overdue:
        break;
    }
    return core::ComplianceState::Expired;
}

} // namespace

QIcon icon(SupervisionDueState state)
{
    return CompliancePage::stateIcon(asCompliance(state));
}

QString symbol(SupervisionDueState state)
{
    switch (state) {
    case SupervisionDueState::UpToDate:
        return QStringLiteral("\u2713");
    case SupervisionDueState::DueSoon:
        return QStringLiteral("!");
    case SupervisionDueState::Overdue:
        break;
    }
    return QStringLiteral("\u2715");
}

QString textColour(SupervisionDueState state)
{
    switch (state) {
    case SupervisionDueState::UpToDate:
        return QStringLiteral("#1b5e20");
    case SupervisionDueState::DueSoon:
        return QStringLiteral("#7a4f00");
    case SupervisionDueState::Overdue:
        break;
    }
    return QStringLiteral("#a31616");
}

QString backgroundColour(SupervisionDueState state)
{
    switch (state) {
    case SupervisionDueState::UpToDate:
        return QStringLiteral("#e8f5e9");
    case SupervisionDueState::DueSoon:
        return QStringLiteral("#fff3d6");
    case SupervisionDueState::Overdue:
        break;
    }
    return QStringLiteral("#fde4e4");
}

QString key()
{
    return QCoreApplication::translate("alongside::ui::supervisionlook", "Key: %1 %2, %3 %4, %5 %6.")
        .arg(symbol(SupervisionDueState::UpToDate), core::SupervisionService::stateName(SupervisionDueState::UpToDate),
            symbol(SupervisionDueState::DueSoon), core::SupervisionService::stateName(SupervisionDueState::DueSoon),
            symbol(SupervisionDueState::Overdue), core::SupervisionService::stateName(SupervisionDueState::Overdue));
}

NextDue nextDue(core::Database& db, const core::Actor& actor, qint64 workerId)
{
    const QDate today = core::Clock::instance().today();
    auto due = core::SupervisionService::supervisionDue(db, today);
    if (!due) {
        return { std::nullopt,
            QCoreApplication::translate(
                "alongside::ui::supervisionlook", "When the next supervision is due could not be worked out: %1")
                .arg(due.message()) };
    }
    if (!due.value().contains(workerId)) {
        return { std::nullopt,
            QCoreApplication::translate("alongside::ui::supervisionlook",
                "No supervision is expected at present: the person is not active, or none of their current roles "
                "sets how often supervision is due (see Settings).") };
    }
    auto settings = core::SettingsService(db).load(actor);
    core::SupervisionStatus status;
    status.workerId = workerId;
    status.nextDue = due.value().value(workerId);
    const int soon
        = settings ? settings.value().supervisionDueSoonDays : core::CharitySettings::kDefaultSupervisionDueSoonDays;
    status.state = core::SupervisionService::stateFor(status.nextDue, today, soon);
    status.overdueDays = status.state == SupervisionDueState::Overdue ? int(status.nextDue.daysTo(today)) : 0;
    return { status.state,
        QCoreApplication::translate("alongside::ui::supervisionlook", "Next supervision due on %1. %2.")
            .arg(QLocale().toString(status.nextDue, QStringLiteral("d MMMM yyyy")),
                core::SupervisionReport::stateText(status, today)) };
}

void showNextDue(QLabel* iconLabel, QLabel* textLabel, const NextDue& due)
{
    textLabel->setText(due.text);
    if (due.state) {
        const int size = iconLabel->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, iconLabel);
        iconLabel->setPixmap(icon(*due.state).pixmap(size, size));
    } else {
        iconLabel->clear();
    }
    iconLabel->setVisible(due.state.has_value());
}

} // namespace supervisionlook

QVariant SupervisionDecoration::data(const QModelIndex& index, int role) const
{
    if (index.column() == core::SupervisionModel::State
        && (role == Qt::DecorationRole || role == Qt::ForegroundRole || role == Qt::BackgroundRole)) {
        const auto state
            = SupervisionDueState(QIdentityProxyModel::data(index, core::SupervisionModel::StateRole).toInt());
        if (role == Qt::DecorationRole) {
            return supervisionlook::icon(state);
        }
        return QColor(
            role == Qt::ForegroundRole ? supervisionlook::textColour(state) : supervisionlook::backgroundColour(state));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace alongside::ui
