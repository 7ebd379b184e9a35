#include "dashboardservice.h"

#include "core/auth/permissions.h"
#include "core/clock.h"
#include "core/db/sql.h"
#include "core/services/settingsservice.h"

namespace alongside::core {

namespace {

// Months since the start of the reporting year, 0-11.
int monthIndex(const QDate& day, int yearStartMonth)
{
    return (day.month() - yearStartMonth + 12) % 12;
}

} // namespace

Period DashboardService::quarterContaining(const QDate& day, int yearStartMonth)
{
    const int index = monthIndex(day, yearStartMonth);
    const QDate monthStart(day.year(), day.month(), 1);
    const QDate first = monthStart.addMonths(-(index % 3));
    return { first, first.addMonths(3).addDays(-1) };
}

QString DashboardService::quarterLabel(const QDate& day, int yearStartMonth)
{
    const int quarter = monthIndex(day, yearStartMonth) / 3 + 1;
    // The reporting year is named after the calendar year it starts in.
    const int startYear = day.month() >= yearStartMonth ? day.year() : day.year() - 1;
    if (yearStartMonth == 1) {
        return tr("Q%1 %2").arg(quarter).arg(startYear);
    }
    return tr("Q%1 %2/%3").arg(quarter).arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

Result<DashboardCounts> DashboardService::counts(const Actor& actor) const
{
    if (Status allowed = Permissions::require(actor, Permissions::Action::ViewDashboard); !allowed) {
        return allowed.error();
    }
    auto settings = SettingsService(m_db).load(actor);
    if (!settings) {
        return settings.error();
    }
    const QDate today = Clock::instance().today();
    DashboardCounts c;
    c.quarter = quarterContaining(today, settings.value().yearStartMonth);
    c.quarter.last = std::min(c.quarter.last, today);
    c.quarterLabel = quarterLabel(today, settings.value().yearStartMonth);
    c.month = { QDate(today.year(), today.month(), 1), today };

    const QString iso = QStringLiteral("yyyy-MM-dd");

    struct Query
    {
        int* target;
        QString sql;
        QVariantList bind;
    };

    const Query queries[] = {
        { &c.activeWorkers,
            QStringLiteral("SELECT COUNT(*) FROM worker w WHERE (SELECT s.status FROM worker_status s "
                           "WHERE s.worker_id = w.id AND s.since <= ? ORDER BY s.since DESC, s.id DESC LIMIT 1) "
                           "= 'active'"),
            { today.toString(iso) } },
        { &c.peopleSupportedThisQuarter,
            QStringLiteral("SELECT COUNT(DISTINCT r.client_id) FROM session s "
                           "JOIN episode e ON e.id = s.episode_id JOIN referral r ON r.id = e.referral_id "
                           "WHERE s.attendance = 'attended' AND s.held_on BETWEEN ? AND ?"),
            { c.quarter.first.toString(iso), c.quarter.last.toString(iso) } },
        { &c.sessionsThisMonth,
            QStringLiteral("SELECT COUNT(*) FROM session WHERE attendance = 'attended' AND held_on BETWEEN ? AND ?"),
            { c.month.first.toString(iso), c.month.last.toString(iso) } },
        { &c.peopleSupportedTotal, QStringLiteral("SELECT COUNT(*) FROM client"), {} },
        { &c.workersTotal, QStringLiteral("SELECT COUNT(*) FROM worker"), {} },
    };
    for (const Query& q : queries) {
        auto v = sql::scalar(m_db, q.sql, q.bind);
        if (!v) {
            return v.error();
        }
        *q.target = v.value().toInt();
    }
    if (Permissions::mustSuppress(actor.role)) {
        c.suppressBelow = settings.value().suppressionThreshold;
    }
    return c;
}

} // namespace alongside::core
