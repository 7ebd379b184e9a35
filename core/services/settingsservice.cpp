#include "settingsservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/db/sqldialect.h"
#include "core/db/transaction.h"

#include <QHash>

namespace alongside::core {

namespace {

const QString kName = QStringLiteral("charity_name");
const QString kLogo = QStringLiteral("logo_png");
const QString kYearStart = QStringLiteral("year_start_month");
const QString kSuppression = QStringLiteral("suppression_threshold");
const QString kBackups = QStringLiteral("backups_to_keep");
const QString kAutoLock = QStringLiteral("auto_lock_minutes");
const QString kHourlyRate = QStringLiteral("hourly_rate_pence");
const QString kDbsRecheck = QStringLiteral("dbs_recheck_months");
const QString kExpiryWarning = QStringLiteral("expiry_warning_days");
const QString kNoSessionWeeks = QStringLiteral("no_session_alert_weeks");
const QString kDefaultMentees = QStringLiteral("default_max_mentees");
const QString kSupervisionDueSoon = QStringLiteral("supervision_due_soon_days");

} // namespace

Result<CharitySettings> SettingsService::load(const Actor& actor) const
{
    Q_UNUSED(actor) // every role may read the charity's settings
    auto q = sql::prepare(m_db, QStringLiteral("SELECT key, value FROM setting"));
    if (!q) {
        return q.error();
    }
    if (Status s = sql::exec(q.value(), QStringLiteral("read settings")); !s) {
        return s.error();
    }
    QHash<QString, QString> values;
    while (q.value().next()) {
        values.insert(q.value().value(0).toString(), q.value().value(1).toString());
    }
    CharitySettings s;
    s.charityName = values.value(kName);
    s.logoPng = QByteArray::fromBase64(values.value(kLogo).toLatin1());
    auto number = [&](const QString& key, int fallback, int lo, int hi) {
        bool ok = false;
        const int v = values.value(key).toInt(&ok);
        // A hand-edited or damaged value falls back to the default rather than breaking reports.
        return ok && v >= lo && v <= hi ? v : fallback;
    };
    s.isDemoData = values.value(QString::fromLatin1(CharitySettings::kDemoDataKey)) == QLatin1String("1");
    s.yearStartMonth = number(kYearStart, CharitySettings::kDefaultYearStartMonth, 1, 12);
    s.suppressionThreshold = number(kSuppression, CharitySettings::kDefaultSuppressionThreshold,
        CharitySettings::kMinSuppression, CharitySettings::kMaxSuppression);
    s.backupsToKeep = number(
        kBackups, CharitySettings::kDefaultBackupsToKeep, CharitySettings::kMinBackups, CharitySettings::kMaxBackups);
    s.autoLockMinutes = number(kAutoLock, CharitySettings::kDefaultAutoLockMinutes, CharitySettings::kMinAutoLock,
        CharitySettings::kMaxAutoLock);
    s.hourlyRatePence
        = number(kHourlyRate, CharitySettings::kDefaultHourlyRatePence, 0, CharitySettings::kMaxHourlyRatePence);
    s.dbsRecheckMonths
        = number(kDbsRecheck, CharitySettings::kDefaultDbsRecheckMonths, 0, CharitySettings::kMaxDbsRecheckMonths);
    s.expiryWarningDays = number(kExpiryWarning, CharitySettings::kDefaultExpiryWarningDays,
        CharitySettings::kMinExpiryWarningDays, CharitySettings::kMaxExpiryWarningDays);
    s.noSessionWeeks = number(kNoSessionWeeks, CharitySettings::kDefaultNoSessionWeeks,
        CharitySettings::kMinNoSessionWeeks, CharitySettings::kMaxNoSessionWeeks);
    s.defaultMaxMentees
        = number(kDefaultMentees, CharitySettings::kDefaultMaxMentees, 0, CharitySettings::kMaxDefaultMentees);
    s.supervisionDueSoonDays = number(kSupervisionDueSoon, CharitySettings::kDefaultSupervisionDueSoonDays,
        CharitySettings::kMinSupervisionDueSoonDays, CharitySettings::kMaxSupervisionDueSoonDays);
    return s;
}

Status SettingsService::validate(const CharitySettings& s)
{
    if (s.charityName.trimmed().size() > CharitySettings::kMaxNameLength) {
        return invalidInput(
            tr("The charity name is too long: use at most %1 characters.").arg(CharitySettings::kMaxNameLength));
    }
    if (s.logoPng.size() > CharitySettings::kMaxLogoBytes) {
        return invalidInput(tr("The logo is too large: choose a picture under 1 MB."));
    }
    if (s.yearStartMonth < 1 || s.yearStartMonth > 12) {
        return invalidInput(tr("The reporting year must start in a month from January to December."));
    }
    if (s.suppressionThreshold < CharitySettings::kMinSuppression
        || s.suppressionThreshold > CharitySettings::kMaxSuppression) {
        return invalidInput(tr("The small-number threshold must be between %1 and %2.")
                                .arg(CharitySettings::kMinSuppression)
                                .arg(CharitySettings::kMaxSuppression));
    }
    if (s.backupsToKeep < CharitySettings::kMinBackups || s.backupsToKeep > CharitySettings::kMaxBackups) {
        return invalidInput(tr("The number of daily backups to keep must be between %1 and %2.")
                                .arg(CharitySettings::kMinBackups)
                                .arg(CharitySettings::kMaxBackups));
    }
    if (s.autoLockMinutes < CharitySettings::kMinAutoLock || s.autoLockMinutes > CharitySettings::kMaxAutoLock) {
        return invalidInput(tr("Locking after inactivity must be set to between %1 and %2 minutes.")
                                .arg(CharitySettings::kMinAutoLock)
                                .arg(CharitySettings::kMaxAutoLock));
    }
    if (s.hourlyRatePence < 0 || s.hourlyRatePence > CharitySettings::kMaxHourlyRatePence) {
        return invalidInput(tr("The value of an hour of volunteering must be between £0 and £%1.")
                                .arg(CharitySettings::kMaxHourlyRatePence / 100));
    }
    if (s.dbsRecheckMonths < 0 || s.dbsRecheckMonths > CharitySettings::kMaxDbsRecheckMonths) {
        return invalidInput(tr("The DBS recheck interval must be between 0 (no routine recheck) and %1 months.")
                                .arg(CharitySettings::kMaxDbsRecheckMonths));
    }
    if (s.expiryWarningDays < CharitySettings::kMinExpiryWarningDays
        || s.expiryWarningDays > CharitySettings::kMaxExpiryWarningDays) {
        return invalidInput(tr("Warn about expiring checks and training between %1 and %2 days ahead.")
                                .arg(CharitySettings::kMinExpiryWarningDays)
                                .arg(CharitySettings::kMaxExpiryWarningDays));
    }
    if (s.noSessionWeeks < CharitySettings::kMinNoSessionWeeks
        || s.noSessionWeeks > CharitySettings::kMaxNoSessionWeeks) {
        return invalidInput(tr("Alert about people with no session logged after between %1 and %2 weeks.")
                                .arg(CharitySettings::kMinNoSessionWeeks)
                                .arg(CharitySettings::kMaxNoSessionWeeks));
    }
    if (s.defaultMaxMentees < 0 || s.defaultMaxMentees > CharitySettings::kMaxDefaultMentees) {
        return invalidInput(tr("The usual number of mentees for a mentor must be between 0 and %1.")
                                .arg(CharitySettings::kMaxDefaultMentees));
    }
    if (s.supervisionDueSoonDays < CharitySettings::kMinSupervisionDueSoonDays
        || s.supervisionDueSoonDays > CharitySettings::kMaxSupervisionDueSoonDays) {
        return invalidInput(tr("Show supervision as due soon between %1 and %2 days before it is due.")
                                .arg(CharitySettings::kMinSupervisionDueSoonDays)
                                .arg(CharitySettings::kMaxSupervisionDueSoonDays));
    }
    return Status::ok();
}

Status SettingsService::save(const Actor& actor, const CharitySettings& s)
{
    if (Status allowed = Permissions::require(actor, Permissions::Action::ChangeSettings); !allowed) {
        return AuditLog(m_db).refused(actor, allowed, QStringLiteral("setting"));
    }
    if (Status v = validate(s); !v) {
        return v;
    }
    Transaction t(m_db);
    if (!t.isActive()) {
        return t.beginStatus();
    }
    auto before = load(actor);
    if (!before) {
        return before.status();
    }
    auto q = sql::prepare(m_db, SqlDialect().upsertSetting());
    if (!q) {
        return q.status();
    }
    const QList<QPair<QString, QString>> rows = {
        { kName, s.charityName.trimmed() },
        { kLogo, QString::fromLatin1(s.logoPng.toBase64()) },
        { kYearStart, QString::number(s.yearStartMonth) },
        { kSuppression, QString::number(s.suppressionThreshold) },
        { kBackups, QString::number(s.backupsToKeep) },
        { kAutoLock, QString::number(s.autoLockMinutes) },
        { kHourlyRate, QString::number(s.hourlyRatePence) },
        { kDbsRecheck, QString::number(s.dbsRecheckMonths) },
        { kExpiryWarning, QString::number(s.expiryWarningDays) },
        { kNoSessionWeeks, QString::number(s.noSessionWeeks) },
        { kDefaultMentees, QString::number(s.defaultMaxMentees) },
        { kSupervisionDueSoon, QString::number(s.supervisionDueSoonDays) },
    };
    for (const auto& [key, value] : rows) {
        q.value().addBindValue(key);
        q.value().addBindValue(value);
        if (Status st = sql::exec(q.value(), QStringLiteral("save setting")); !st) {
            return st;
        }
    }
    const CharitySettings& b = before.value();
    QStringList changed;
    const QPair<QString, bool> fields[] = { { kName, b.charityName != s.charityName.trimmed() },
        { kLogo, b.logoPng != s.logoPng }, { kYearStart, b.yearStartMonth != s.yearStartMonth },
        { kSuppression, b.suppressionThreshold != s.suppressionThreshold },
        { kBackups, b.backupsToKeep != s.backupsToKeep }, { kAutoLock, b.autoLockMinutes != s.autoLockMinutes },
        { kHourlyRate, b.hourlyRatePence != s.hourlyRatePence },
        { kDbsRecheck, b.dbsRecheckMonths != s.dbsRecheckMonths },
        { kExpiryWarning, b.expiryWarningDays != s.expiryWarningDays },
        { kNoSessionWeeks, b.noSessionWeeks != s.noSessionWeeks },
        { kDefaultMentees, b.defaultMaxMentees != s.defaultMaxMentees },
        { kSupervisionDueSoon, b.supervisionDueSoonDays != s.supervisionDueSoonDays } };
    for (const auto& [key, differs] : fields) {
        if (differs) {
            changed << key;
        }
    }
    if (!changed.isEmpty()) {
        if (Status st = AuditLog(m_db).record(
                actor, { QString::fromLatin1(AuditLog::kUpdate), QStringLiteral("setting"), {}, changed, {} });
            !st) {
            return st;
        }
    }
    return t.commit();
}

} // namespace alongside::core
