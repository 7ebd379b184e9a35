#include "supervisionreport.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"
#include "core/reports/csvfile.h"
#include "core/supervision/supervisionservice.h"

#include <QLocale>
#include <QSaveFile>

namespace alongside::core {

namespace {

using Action = Permissions::Action;

const char* const kTable = "supervision_compliance";

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

QString longDate(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMMM yyyy"));
}

// Spelled out rather than %n: without a translation loaded, English would read "1 days".
QString days(int n)
{
    return n == 1 ? SupervisionReport::tr("1 day") : SupervisionReport::tr("%1 days").arg(n);
}

QString score(const std::optional<int>& v)
{
    return v ? SupervisionReport::tr("%1 out of 10").arg(*v) : SupervisionReport::tr("not recorded");
}

} // namespace

QStringList SupervisionReport::columnTitles()
{
    return { tr("Name"), tr("Roles"), tr("Supervisors"), tr("Last supervision"), tr("Type of last session"),
        tr("Next due"), tr("Where they stand"), tr("Days overdue"), tr("Open actions"), tr("Actions overdue") };
}

QStringList SupervisionReport::rowTexts(const SupervisionStatus& row)
{
    QString state;
    switch (row.state) {
    case SupervisionDueState::Overdue:
        state = tr("Overdue by %1").arg(days(row.overdueDays));
        break;
    case SupervisionDueState::DueSoon:
        state = tr("Due soon");
        break;
    case SupervisionDueState::UpToDate:
        state = tr("Up to date");
        break;
    }
    return { row.name, row.roles.join(QStringLiteral("; ")), row.supervisors.join(QStringLiteral("; ")),
        row.lastHeldOn.isValid() ? shortDate(row.lastHeldOn) : tr("Never"),
        row.lastKind.isEmpty() ? QString() : SupervisionService::kindName(row.lastKind),
        row.nextDue.isValid() ? shortDate(row.nextDue) : QString(), state,
        row.overdueDays > 0 ? QString::number(row.overdueDays) : QString(), QString::number(row.openActions),
        QString::number(row.overdueActions) };
}

QString SupervisionReport::stateText(const SupervisionStatus& row, const QDate& asOf)
{
    if (!row.nextDue.isValid() || !asOf.isValid()) {
        return SupervisionService::stateName(row.state);
    }
    const qint64 ahead = asOf.daysTo(row.nextDue);
    if (ahead < 0) {
        return tr("Overdue by %1").arg(days(int(-ahead)));
    }
    if (ahead == 0) {
        return tr("Due today");
    }
    if (row.state == SupervisionDueState::DueSoon) {
        return tr("Due in %1").arg(days(int(ahead)));
    }
    return tr("Up to date");
}

QByteArray SupervisionReport::toCsv(const SupervisionCompliance& table)
{
    QList<QStringList> lines;
    lines << columnTitles();
    for (const SupervisionStatus& row : table.rows) {
        lines << rowTexts(row);
    }
    return csv::write(lines);
}

Status SupervisionReport::exportCsv(const Actor& actor, const SupervisionCompliance& table, const QString& filePath)
{
    AuditLog log(m_db);
    if (Status s = Permissions::require(actor, Action::ExportRecords); !s) {
        return log.refused(actor, s, QString::fromLatin1(kTable));
    }
    if (Status s = csv::saveFile(filePath, toCsv(table)); !s) {
        return s;
    }
    return log.record(actor,
        { QString::fromLatin1(AuditLog::kExport), QString::fromLatin1(kTable), {}, {},
            QStringLiteral("csv, %1 people").arg(table.rows.size()) });
}

QList<ReportLine> SupervisionReport::recordLines(const SupervisionEntry& e)
{
    // Built from the shareable parts only: e.privateNotes is never read here.
    QList<ReportLine> out;
    out << ReportLine { tr("Date"), e.heldOn.isValid() ? longDate(e.heldOn) : tr("Not recorded") };
    out << ReportLine { tr("Duration"),
        e.durationMinutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(e.durationMinutes) };
    out << ReportLine { tr("Type"), SupervisionService::kindName(e.kind) };
    out << ReportLine { tr("Format"),
        e.format.isEmpty() ? tr("Not recorded") : SupervisionService::formatName(e.format) };
    const QString supervisor = e.supervisorName.isEmpty() ? e.externalSupervisor : e.supervisorName;
    out << ReportLine { tr("Supervisor"),
        supervisor.isEmpty() ? tr("Not recorded") : SupervisionService::supervisorLabel(supervisor, e.supervisorKind) };
    for (const SupervisionAttendee& a : e.attendees) {
        out << ReportLine {
            e.attendees.size() == 1 ? tr("Person supervised") : tr("Person in the group"),
            tr("%1: wellbeing at check-in %2, at check-out %3").arg(a.name, score(a.wellbeingIn), score(a.wellbeingOut))
        };
    }
    out << ReportLine { tr("Themes"),
        e.themeNames.isEmpty() ? tr("None recorded") : e.themeNames.join(QStringLiteral(", ")) };
    out << ReportLine { tr("Shareable summary"),
        e.summary.trimmed().isEmpty() ? tr("None written") : e.summary.trimmed() };
    if (e.actions.isEmpty()) {
        out << ReportLine { tr("Agreed actions"), tr("None") };
    }
    for (const SupervisionAction& a : e.actions) {
        QStringList parts { a.description.trimmed() };
        const QString owner = a.ownerName.isEmpty() ? a.ownerText : a.ownerName;
        parts << (owner.isEmpty() ? tr("no owner named") : tr("owner: %1").arg(owner));
        parts << (a.dueOn.isValid() ? tr("due %1").arg(longDate(a.dueOn)) : tr("no due date"));
        parts << (a.doneOn.isValid() ? tr("done %1").arg(longDate(a.doneOn)) : tr("still open"));
        out << ReportLine { tr("Agreed action"), parts.join(QStringLiteral("; ")) };
    }
    out << ReportLine { tr("Signed off by the supervisor"),
        e.supervisorSignedOn.isValid() ? longDate(e.supervisorSignedOn) : tr("Not yet") };
    for (const SupervisionAttendee& a : e.attendees) {
        out << ReportLine { tr("Signed off by %1").arg(a.name),
            a.signedOn.isValid() ? longDate(a.signedOn) : tr("Not yet") };
    }
    if (e.hasPrivateNotes) {
        out << ReportLine { tr("Private notes"),
            tr("Kept in Alongside for the supervisor and the people supervised only; never printed or exported.") };
    }
    return out;
}

Status SupervisionReport::recordPrint(const Actor& actor, const QString& what, qint64 entryId)
{
    AuditLog log(m_db);
    if (entryId == 0) {
        if (Status s = Permissions::require(actor, Action::ExportRecords); !s) {
            return log.refused(actor, s, QString::fromLatin1(kTable));
        }
        return log.record(actor,
            { QString::fromLatin1(AuditLog::kExport), QString::fromLatin1(kTable), {}, {},
                QStringLiteral("print: %1").arg(what) });
    }
    const QString entity = QStringLiteral("supervision_entry");
    const QString id = QString::number(entryId);
    if (Status s = Permissions::require(actor, Action::ViewOwnSupervision); !s) {
        return log.refused(actor, s, entity, id);
    }
    const qint64 me = actor.workerId > 0 ? actor.workerId : qint64(-1);
    auto q = rows::query(m_db,
        QStringLiteral("SELECT e.supervisor_id = ? OR EXISTS (SELECT 1 FROM supervision_attendee a WHERE a.entry_id = "
                       "e.id AND a.worker_id = ?) FROM supervision_entry e WHERE e.id = ?"),
        { me, me, entryId }, QStringLiteral("read a supervision record"));
    if (!q) {
        return q.status();
    }
    if (!q.value().next()) {
        return Error { Error::Code::NotFound,
            tr("This supervision record no longer exists: someone may have removed it. Close it and look again."), id };
    }
    const bool party = q.value().value(0).toInt() != 0;
    q.value().finish();
    if (!party && !Permissions::allowed(actor.role, Action::ViewAllSupervisionSummaries)) {
        return log.refused(actor,
            Error { Error::Code::PermissionDenied,
                tr("This supervision record is between other people: only its supervisor and the people supervised "
                   "can print it."),
                QStringLiteral("refused: printing a supervision record the user is not part of") },
            entity, id);
    }
    return log.record(
        actor, { QString::fromLatin1(AuditLog::kExport), entity, id, {}, QStringLiteral("print: %1").arg(what) });
}

} // namespace alongside::core
