#include "attendancewords.h"

#include "core/involvement/involvementservice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace alongside::ui::attendancewords {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("alongside::ui::attendancewords", text);
}

int total(const QMap<QString, int>& byStanding)
{
    int n = 0;
    for (int v : byStanding) {
        n += v;
    }
    return n;
}

} // namespace

QString standingCount(const QString& standing, int count, bool brief)
{
    namespace k = core::involvement;
    const bool one = count == 1;
    QString text;
    if (standing == QLatin1String(k::kSupported)) {
        text = brief ? tr("%1 supported") : (one ? tr("1 person supported") : tr("%1 people supported"));
    } else if (standing == QLatin1String(k::kVolunteer)) {
        text = one ? tr("1 volunteer") : tr("%1 volunteers");
    } else if (standing == QLatin1String(k::kPaidPeer)) {
        text = brief ? (one ? tr("1 paid peer") : tr("%1 paid peers"))
                     : (one ? tr("1 paid peer worker") : tr("%1 paid peer workers"));
    } else if (standing == QLatin1String(k::kStaff)) {
        text = (one && !brief) ? tr("1 member of staff") : tr("%1 staff");
    } else if (standing == QLatin1String(k::kStakeholder)) {
        text = one ? tr("1 stakeholder") : tr("%1 stakeholders");
    } else {
        text = QStringLiteral("%1 ") + core::InvolvementService::standingName(standing);
    }
    return text.contains(QLatin1String("%1")) ? text.arg(count) : text;
}

QString countsInWords(const QMap<QString, int>& byStanding, bool brief)
{
    QStringList parts;
    QStringList keys = core::InvolvementService::standingKeys();
    for (auto it = byStanding.cbegin(); it != byStanding.cend(); ++it) {
        if (!keys.contains(it.key())) {
            keys << it.key();
        }
    }
    for (const QString& key : keys) {
        const int n = byStanding.value(key);
        if (n > 0) {
            parts << standingCount(key, n, brief);
        }
    }
    return parts.join(QStringLiteral(", "));
}

QString attendingSentence(const QMap<QString, int>& byStanding)
{
    const int n = total(byStanding);
    if (n == 0) {
        return tr("No one attending yet: add the people who came.");
    }
    return tr("%1 attending: %2").arg(n).arg(countsInWords(byStanding));
}

QString attendanceCell(const QMap<QString, int>& byStanding)
{
    const int n = total(byStanding);
    if (n == 0) {
        return tr("No one recorded");
    }
    return tr("%1: %2").arg(n).arg(countsInWords(byStanding, true));
}

QString monthYear(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("MMM yyyy"));
}

} // namespace alongside::ui::attendancewords
