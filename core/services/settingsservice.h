#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace alongside::core {

class Database;

/** The charity-wide settings stored in the database (they travel with the file). */
struct CharitySettings
{
    static constexpr int kDefaultYearStartMonth = 4; // the UK financial year starts in April
    static constexpr int kDefaultSuppressionThreshold = 5;
    static constexpr int kDefaultBackupsToKeep = 14;
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kDefaultHourlyRatePence = 1271; // UK National Living Wage from April 2026
    static constexpr int kDefaultDbsRecheckMonths = 36;
    static constexpr int kDefaultExpiryWarningDays = 30;
    static constexpr int kDefaultNoSessionWeeks = 3;
    static constexpr int kDefaultMaxMentees = 3;
    static constexpr int kDefaultSupervisionDueSoonDays = 7;

    QString charityName;
    QByteArray logoPng; // PNG bytes, at most kMaxLogoBytes
    int yearStartMonth = kDefaultYearStartMonth;
    int suppressionThreshold = kDefaultSuppressionThreshold;
    int backupsToKeep = kDefaultBackupsToKeep;
    int autoLockMinutes = kDefaultAutoLockMinutes; // lock the window after this long without input
    int hourlyRatePence = kDefaultHourlyRatePence; // what an hour of volunteering is valued at
    int dbsRecheckMonths = kDefaultDbsRecheckMonths; // recheck a DBS check this long after issue; 0: never
    int expiryWarningDays = kDefaultExpiryWarningDays; // "expiring soon" on the compliance matrix
    int noSessionWeeks = kDefaultNoSessionWeeks; // dashboard alert: an open episode with no session this long
    int defaultMaxMentees = kDefaultMaxMentees; // for mentors whose record sets no limit
    // Supervision is "due soon" when the next session is due within this many days.
    int supervisionDueSoonDays = kDefaultSupervisionDueSoonDays;
    bool isDemoData = false; // read-only: set by DemoGenerator, so screens and reports can say so

    static constexpr const char* kDemoDataKey = "demo_data";

    static constexpr int kMaxNameLength = 120;
    static constexpr int kMaxLogoBytes = 1024 * 1024;
    static constexpr int kMinSuppression = 1; // 1 turns suppression off in practice: nothing is below 1
    static constexpr int kMaxSuppression = 50;
    static constexpr int kMinBackups = 1;
    static constexpr int kMaxBackups = 365;
    static constexpr int kMinAutoLock = 1;
    static constexpr int kMaxAutoLock = 240; // no "never": a shared office PC must lock itself
    static constexpr int kMaxHourlyRatePence = 100000;
    static constexpr int kMaxDbsRecheckMonths = 120;
    static constexpr int kMinExpiryWarningDays = 1;
    static constexpr int kMaxExpiryWarningDays = 365;
    static constexpr int kMinNoSessionWeeks = 1;
    static constexpr int kMaxNoSessionWeeks = 26;
    static constexpr int kMaxDefaultMentees = 20;
    static constexpr int kMinSupervisionDueSoonDays = 1;
    static constexpr int kMaxSupervisionDueSoonDays = 60;
};

/**
 * Reads and writes CharitySettings in the `setting` table. Every role may read them (screens need
 * the charity's name and threshold); only administrators may change them. Every value is validated
 * before anything is written, and all of them are written in one transaction with an audit entry
 * naming the settings that changed.
 */
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::SettingsService)

public:
    explicit SettingsService(Database& db)
        : m_db(db)
    { }

    Result<CharitySettings> load(const Actor& actor) const;
    Status save(const Actor& actor, const CharitySettings& settings);

    /** Checks every field; the message says which one is wrong and what is allowed. */
    static Status validate(const CharitySettings& settings);

private:
    Database& m_db;
};

} // namespace alongside::core
