#include "compliance.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/db/rowstore.h"
#include "core/reports/csvfile.h"
#include "core/services/settingsservice.h"
#include "core/workforce/trainingservice.h"
#include "core/workforce/workforceservice.h"

#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace alongside::core {

namespace {

using Action = Permissions::Action;

int dbsRank(const QString& level)
{
    return int(WorkforceService::dbsLevelKeys().indexOf(level)); // -1 for none
}

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QStringLiteral("d MMM yyyy"));
}

int severity(ComplianceState s)
{
    switch (s) {
    case ComplianceState::NotRequired:
        return 0;
    case ComplianceState::Done:
        return 1;
    case ComplianceState::ExpiringSoon:
        return 2;
    case ComplianceState::Missing:
        return 3;
    case ComplianceState::Expired:
        return 4;
    }
    return 0;
}

struct Latest
{
    QDate doneOn;
    QDate expiresOn;
    QString level;
};

} // namespace

ComplianceState ComplianceRow::worst() const
{
    ComplianceState w = ComplianceState::NotRequired;
    for (const ComplianceCell& c : cells) {
        if (severity(c.state) > severity(w)) {
            w = c.state;
        }
    }
    return w;
}

int ComplianceRow::count(ComplianceState state) const
{
    return int(
        std::count_if(cells.cbegin(), cells.cend(), [state](const ComplianceCell& c) { return c.state == state; }));
}

ComplianceState ComplianceService::stateFor(const QDate& expiresOn, const QDate& asOf, int warningDays)
{
    if (!expiresOn.isValid()) {
        return ComplianceState::Done;
    }
    if (asOf >= expiresOn) {
        return ComplianceState::Expired;
    }
    if (asOf.daysTo(expiresOn) <= warningDays) {
        return ComplianceState::ExpiringSoon;
    }
    return ComplianceState::Done;
}

QString ComplianceService::stateName(ComplianceState state)
{
    switch (state) {
    case ComplianceState::NotRequired:
        return tr("Not needed");
    case ComplianceState::Done:
        return tr("Done");
    case ComplianceState::ExpiringSoon:
        return tr("Expiring soon");
    case ComplianceState::Expired:
        return tr("Expired");
    case ComplianceState::Missing:
        return tr("Missing");
    }
    return QString();
}

QString ComplianceService::stateKey(ComplianceState state)
{
    switch (state) {
    case ComplianceState::NotRequired:
        return QStringLiteral("not_required");
    case ComplianceState::Done:
        return QStringLiteral("done");
    case ComplianceState::ExpiringSoon:
        return QStringLiteral("expiring");
    case ComplianceState::Expired:
        return QStringLiteral("expired");
    case ComplianceState::Missing:
        return QStringLiteral("missing");
    }
    return QString();
}

QString ComplianceService::cellText(const ComplianceCell& cell)
{
    switch (cell.state) {
    case ComplianceState::NotRequired:
        return tr("Not needed");
    case ComplianceState::Done:
        return cell.expiresOn.isValid() ? tr("Done, expires %1").arg(shortDate(cell.expiresOn)) : tr("Done");
    case ComplianceState::ExpiringSoon:
        return tr("Expires %1").arg(shortDate(cell.expiresOn));
    case ComplianceState::Expired:
        return tr("Expired %1").arg(shortDate(cell.expiresOn));
    case ComplianceState::Missing:
        return cell.detail.isEmpty() ? tr("Missing") : tr("Missing: %1").arg(cell.detail);
    }
    return QString();
}

Result<ComplianceCounts> ComplianceService::counts(const Actor& actor, const QDate& asOf) const
{
    if (Status s = Permissions::require(actor, Action::RunAggregateReports); !s) {
        return s.error();
    }
    // The matrix reads workers' records; only the counts leave this function, so it is read with
    // the rights of a read-only account whatever the caller's role (a trustee may see the counts).
    Actor reader = actor;
    reader.role = Actor::Role::ReadOnly;
    auto m = matrix(reader, asOf, 0);
    if (!m) {
        return m.error();
    }
    ComplianceCounts c;
    for (const ComplianceRow& row : m.value().rows) {
        ++c.people;
        bool inDate = true;
        bool needsCourse = false;
        bool coursesInDate = true;
        for (int i = 0; i < row.cells.size() && i < m.value().columns.size(); ++i) {
            const ComplianceState state = row.cells.at(i).state;
            const bool bad = state == ComplianceState::Missing || state == ComplianceState::Expired;
            inDate = inDate && !bad;
            if (m.value().columns.at(i).key.startsWith(QLatin1String("course:"))
                && state != ComplianceState::NotRequired) {
                needsCourse = true;
                coursesInDate = coursesInDate && !bad;
            }
        }
        c.allInDate += inDate ? 1 : 0;
        c.needTraining += needsCourse ? 1 : 0;
        c.trainingInDate += needsCourse && coursesInDate ? 1 : 0;
    }
    return c;
}

Result<ComplianceMatrix> ComplianceService::matrix(const Actor& actor, const QDate& asOf, int warningDays) const
{
    if (Status s = Permissions::require(actor, Action::OpenWorkerRecords); !s) {
        return s.error();
    }
    ComplianceMatrix m;
    m.asOf = asOf;
    m.warningDays = std::max(0, warningDays);
    auto settings = SettingsService(m_db).load(actor);
    if (!settings) {
        return settings.error();
    }
    WorkforceService workforce(m_db);
    auto types = workforce.roleTypes(actor, true);
    auto people = workforce.list(actor, asOf);
    auto catalogue = TrainingService(m_db).courses(actor, false);
    if (!types || !people || !catalogue) {
        return !types ? types.error() : (!people ? people.error() : catalogue.error());
    }
    QHash<qint64, RoleType> typeById;
    for (const RoleType& t : types.value()) {
        typeById.insert(t.id, t);
    }

    // Columns: DBS and references when some role needs them, then the courses mandatory for
    // every role, then those mandatory for some roles.
    bool anyDbs = false;
    bool anyReferences = false;
    for (const RoleType& t : types.value()) {
        anyDbs = anyDbs || !t.dbsLevel.isEmpty();
        anyReferences = anyReferences || t.referencesRequired > 0;
    }
    if (anyDbs) {
        m.columns << ComplianceColumn { QStringLiteral("dbs"), tr("DBS check") };
    }
    if (anyReferences) {
        m.columns << ComplianceColumn { QStringLiteral("references"), tr("References") };
    }
    QList<Course> courses;
    for (const Course& c : catalogue.value()) {
        if (c.mandatoryForAll || !c.mandatoryRoleIds.isEmpty()) {
            courses << c;
        }
    }
    std::stable_sort(courses.begin(), courses.end(),
        [](const Course& a, const Course& b) { return a.mandatoryForAll && !b.mandatoryForAll; });
    for (const Course& c : courses) {
        m.columns << ComplianceColumn { QStringLiteral("course:%1").arg(c.id), c.title };
    }

    // The latest of each thing done on or before asOf.
    const QString day = asOf.toString(Qt::ISODate);
    QHash<QPair<qint64, qint64>, Latest> training;
    {
        auto q = rows::query(m_db,
            QStringLiteral("SELECT worker_id, course_id, completed_on, expires_on FROM training_completion "
                           "WHERE completed_on <= ? ORDER BY completed_on, id"),
            { day }, QStringLiteral("read training for the compliance matrix"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            training.insert({ q.value().value(0).toLongLong(), q.value().value(1).toLongLong() },
                Latest { rows::toDate(q.value().value(2)), rows::toDate(q.value().value(3)), {} });
        }
    }
    QHash<qint64, QList<DbsCheck>> dbs; // oldest first
    {
        auto q = rows::query(m_db,
            QStringLiteral("SELECT worker_id, level, issued_on, recheck_due_on FROM dbs_check WHERE issued_on <= ? "
                           "ORDER BY issued_on, id"),
            { day }, QStringLiteral("read DBS checks for the compliance matrix"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            DbsCheck c;
            c.level = q.value().value(1).toString();
            c.issuedOn = rows::toDate(q.value().value(2));
            c.recheckDueOn = rows::toDate(q.value().value(3));
            dbs[q.value().value(0).toLongLong()] << c;
        }
    }
    QHash<qint64, QPair<int, QDate>> references; // satisfactory ones received by asOf, and the last date
    {
        auto q = rows::query(m_db,
            QStringLiteral("SELECT worker_id, COUNT(*), MAX(received_on) FROM worker_reference WHERE satisfactory = 1 "
                           "AND received_on <= ? GROUP BY worker_id"),
            { day }, QStringLiteral("read references for the compliance matrix"));
        if (!q) {
            return q.error();
        }
        while (q.value().next()) {
            references.insert(
                q.value().value(0).toLongLong(), { q.value().value(1).toInt(), rows::toDate(q.value().value(2)) });
        }
    }

    static const QSet<QString> included = { QStringLiteral("applicant"), QStringLiteral("in_training"),
        QStringLiteral("active"), QStringLiteral("paused") };
    for (const WorkerSummary& w : people.value()) {
        if (!included.contains(w.status) || w.roleTypeIds.isEmpty()) {
            continue;
        }
        ComplianceRow row;
        row.worker = w;
        QString neededLevel;
        int neededReferences = 0;
        QSet<qint64> roleIds;
        for (qint64 id : w.roleTypeIds) {
            roleIds.insert(id);
            const RoleType t = typeById.value(id);
            if (dbsRank(t.dbsLevel) > dbsRank(neededLevel)) {
                neededLevel = t.dbsLevel;
            }
            neededReferences = std::max(neededReferences, t.referencesRequired);
        }
        for (const ComplianceColumn& col : std::as_const(m.columns)) {
            ComplianceCell cell;
            if (col.key == QLatin1String("dbs")) {
                if (!neededLevel.isEmpty()) {
                    const QList<DbsCheck> checks = dbs.value(w.workerId);
                    const DbsCheck* best = nullptr;
                    for (const DbsCheck& c : checks) {
                        if (dbsRank(c.level) >= dbsRank(neededLevel)) {
                            best = &c; // the newest check at the level needed
                        }
                    }
                    if (best) {
                        cell.doneOn = best->issuedOn;
                        cell.expiresOn = WorkforceService::dbsRecheckDate(*best, settings.value().dbsRecheckMonths);
                        cell.state = stateFor(cell.expiresOn, asOf, m.warningDays);
                        cell.detail = WorkforceService::dbsLevelName(best->level);
                    } else {
                        cell.state = ComplianceState::Missing;
                        cell.detail = checks.isEmpty() ? tr("no check recorded")
                                                       : tr("%1 check; the role needs %2")
                                                             .arg(WorkforceService::dbsLevelName(checks.last().level),
                                                                 WorkforceService::dbsLevelName(neededLevel));
                    }
                }
            } else if (col.key == QLatin1String("references")) {
                if (neededReferences > 0) {
                    const auto got = references.value(w.workerId);
                    if (got.first >= neededReferences) {
                        cell.state = ComplianceState::Done;
                        cell.doneOn = got.second;
                    } else {
                        cell.state = ComplianceState::Missing;
                        cell.detail = tr("%1 of %2 received").arg(got.first).arg(neededReferences);
                    }
                }
            } else {
                const qint64 courseId = col.key.mid(7).toLongLong();
                const auto course = std::find_if(
                    courses.cbegin(), courses.cend(), [courseId](const Course& c) { return c.id == courseId; });
                bool needed = course->mandatoryForAll;
                for (qint64 id : course->mandatoryRoleIds) {
                    needed = needed || roleIds.contains(id);
                }
                if (needed) {
                    const auto it = training.constFind({ w.workerId, courseId });
                    if (it == training.cend()) {
                        cell.state = ComplianceState::Missing;
                    } else {
                        cell.doneOn = it->doneOn;
                        cell.expiresOn = TrainingService::expiryDate(it->doneOn, it->expiresOn, course->refreshMonths);
                        cell.state = stateFor(cell.expiresOn, asOf, m.warningDays);
                    }
                }
            }
            row.cells << cell;
        }
        m.rows << row;
    }
    return m;
}

Result<QList<ComplianceReminder>> ComplianceService::reminders(const Actor& actor, const QDate& asOf, int days) const
{
    auto m = matrix(actor, asOf, days);
    if (!m) {
        return m.error();
    }
    return remindersFrom(m.value());
}

QList<ComplianceReminder> ComplianceService::remindersFrom(const ComplianceMatrix& m)
{
    QList<ComplianceReminder> out;
    for (const ComplianceRow& row : m.rows) {
        for (int i = 0; i < row.cells.size(); ++i) {
            const ComplianceCell& c = row.cells[i];
            if (c.state == ComplianceState::Expired || c.state == ComplianceState::ExpiringSoon) {
                out << ComplianceReminder { row.worker.workerId, row.worker.name, m.columns[i].title, c.state,
                    c.expiresOn };
            }
        }
    }
    std::stable_sort(out.begin(), out.end(),
        [](const ComplianceReminder& a, const ComplianceReminder& b) { return a.expiresOn < b.expiresOn; });
    return out;
}

QByteArray ComplianceService::toCsv(const ComplianceMatrix& m)
{
    QList<QStringList> table;
    QStringList header { tr("Name"), tr("Roles"), tr("Status") };
    for (const ComplianceColumn& c : m.columns) {
        header << c.title;
    }
    table << header;
    for (const ComplianceRow& row : m.rows) {
        QStringList line { row.worker.name, row.worker.roles.join(QStringLiteral("; ")),
            WorkforceService::statusName(row.worker.status) };
        for (const ComplianceCell& cell : row.cells) {
            line << cellText(cell);
        }
        table << line;
    }
    return csv::write(table);
}

Status ComplianceService::exportCsv(const Actor& actor, const ComplianceMatrix& m, const QString& filePath)
{
    AuditLog log(m_db);
    if (Status s = Permissions::require(actor, Action::ExportRecords); !s) {
        return log.refused(actor, s, QStringLiteral("compliance_matrix"));
    }
    if (Status s = csv::saveFile(filePath, toCsv(m)); !s) {
        return s;
    }
    return log.record(actor,
        { QString::fromLatin1(AuditLog::kExport), QStringLiteral("compliance_matrix"), {}, {},
            QStringLiteral("csv, %1 people").arg(m.rows.size()) });
}

Status ComplianceService::recordPrint(const Actor& actor, const ComplianceMatrix& m)
{
    AuditLog log(m_db);
    if (Status s = Permissions::require(actor, Action::ExportRecords); !s) {
        return log.refused(actor, s, QStringLiteral("compliance_matrix"));
    }
    return log.record(actor,
        { QString::fromLatin1(AuditLog::kExport), QStringLiteral("compliance_matrix"), {}, {},
            QStringLiteral("print, %1 people").arg(m.rows.size()) });
}

} // namespace alongside::core
