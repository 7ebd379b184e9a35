#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace alongside::core {

class Database;

/** A date range, both ends inclusive. */
struct Period
{
    QDate first;
    QDate last;
};

/** The dashboard's headline figures, with the periods they cover. */
struct DashboardCounts
{
    int activeWorkers = 0; // workers whose current status is "active"
    int peopleSupportedThisQuarter = 0; // distinct people with an attended session in the quarter so far
    int sessionsThisMonth = 0; // attended sessions in the calendar month so far
    int peopleSupportedTotal = 0; // everyone ever recorded as a person supported
    int workersTotal = 0;
    Period quarter;
    Period month;
    QString quarterLabel; // e.g. "Q3 2026/27"
    // Counts from 1 to suppressBelow - 1 must be shown as "fewer than suppressBelow": set for roles
    // that always see suppressed figures (trustees); 0 when every count may be shown.
    int suppressBelow = 0;

    /** True if n must not be shown as it is. Zero is shown: "none" identifies no one. */
    bool isSuppressed(int n) const { return suppressBelow > 0 && n > 0 && n < suppressBelow; }
};

/**
 * Computes the dashboard figures. Quarters follow the charity's reporting year (Settings), so a
 * year starting in April gives Q1 = April to June. "So far" ends at today (Clock).
 */
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::DashboardService)

public:
    explicit DashboardService(Database& db)
        : m_db(db)
    { }

    Result<DashboardCounts> counts(const Actor& actor) const;

    /** The reporting quarter that contains `day` for a year starting in yearStartMonth (1-12). */
    static Period quarterContaining(const QDate& day, int yearStartMonth);

    /** "Q3 2026/27" for a year starting in April, "Q4 2026" for a calendar year. */
    static QString quarterLabel(const QDate& day, int yearStartMonth);

private:
    Database& m_db;
};

} // namespace alongside::core
