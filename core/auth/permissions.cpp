#include "permissions.h"

namespace alongside::core {

namespace {

using Role = Actor::Role;
using Action = Permissions::Action;

// One row per action: administrator, coordinator, supervisor, trustee, read-only.
// Trustees reach aggregate figures only; supervisors see people who deliver support but not the
// people supported; lived experience is for the roles that make matches.
struct Row
{
    Action action;
    bool admin, coordinator, supervisor, trustee, readOnly;
};

constexpr Row kTable[] = {
    { Action::ViewDashboard, true, true, true, true, true },
    { Action::RunAggregateReports, true, true, true, true, true },
    { Action::FindPeople, true, true, true, false, true },
    { Action::OpenWorkerRecords, true, true, true, false, true },
    { Action::OpenClientRecords, true, true, false, false, true },
    { Action::EditRecords, true, true, false, false, false },
    { Action::ViewLivedExperience, true, true, false, false, false },
    { Action::ViewAllSupervisionSummaries, true, true, false, false, false },
    { Action::ViewOwnSupervision, true, true, true, false, false },
    { Action::RecordSupervision, true, true, true, false, false },
    { Action::ExportRecords, true, true, false, false, false },
    { Action::ChangeSettings, true, false, false, false, false },
    { Action::ManageAccounts, true, false, false, false, false },
    { Action::ViewAuditLog, true, false, false, false, false },
    { Action::BackUpNow, true, true, true, false, false },
    { Action::RestoreBackup, true, false, false, false, false },
    { Action::AddDemoData, true, false, false, false, false },
    { Action::EditCatalogues, true, true, false, false, false },
    { Action::ImportData, true, false, false, false, false },
    { Action::EraseRecords, true, false, false, false, false },
};

const Row* rowFor(Action action)
{
    for (const Row& r : kTable) {
        if (r.action == action) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

QList<Permissions::Action> Permissions::allActions()
{
    QList<Action> all;
    for (const Row& r : kTable) {
        all << r.action;
    }
    return all;
}

bool Permissions::allowed(Actor::Role role, Action action)
{
    const Row* r = rowFor(action);
    if (!r) {
        return false; // an action missing from the table is refused to everyone
    }
    switch (role) {
    case Role::Administrator:
        return r->admin;
    case Role::Coordinator:
        return r->coordinator;
    case Role::Supervisor:
        return r->supervisor;
    case Role::Trustee:
        return r->trustee;
    case Role::ReadOnly:
        return r->readOnly;
    }
    return false;
}

Status Permissions::require(const Actor& actor, Action action)
{
    if (allowed(actor.role, action)) {
        return Status::ok();
    }
    return Error { Error::Code::PermissionDenied,
        tr("Your account (%1) cannot %2. If you need to, ask your Alongside administrator.")
            .arg(roleName(actor.role), describe(action)),
        QStringLiteral("refused: %1 for role %2").arg(key(action), roleKey(actor.role)) };
}

QString Permissions::describe(Action action)
{
    switch (action) {
    case Action::ViewDashboard:
        return tr("see the dashboard");
    case Action::RunAggregateReports:
        return tr("run reports");
    case Action::FindPeople:
        return tr("search for people");
    case Action::OpenWorkerRecords:
        return tr("open the records of volunteers and peer workers");
    case Action::OpenClientRecords:
        return tr("open the records of the people supported");
    case Action::EditRecords:
        return tr("change records");
    case Action::ViewLivedExperience:
        return tr("see lived-experience details");
    case Action::ViewAllSupervisionSummaries:
        return tr("see other people's supervision");
    case Action::ViewOwnSupervision:
        return tr("see supervision records");
    case Action::RecordSupervision:
        return tr("record supervision");
    case Action::ExportRecords:
        return tr("export people's records");
    case Action::ChangeSettings:
        return tr("change the charity's settings");
    case Action::ManageAccounts:
        return tr("manage accounts");
    case Action::ViewAuditLog:
        return tr("see the audit log");
    case Action::BackUpNow:
        return tr("make backups");
    case Action::RestoreBackup:
        return tr("restore a backup");
    case Action::AddDemoData:
        return tr("add demo data");
    case Action::EditCatalogues:
        return tr("change the lists of roles, recruitment steps and training courses");
    case Action::ImportData:
        return tr("import records from spreadsheets");
    case Action::EraseRecords:
        return tr("erase or anonymise people's records");
    }
    return QString();
}

QString Permissions::key(Action action)
{
    switch (action) {
    case Action::ViewDashboard:
        return QStringLiteral("view_dashboard");
    case Action::RunAggregateReports:
        return QStringLiteral("run_aggregate_reports");
    case Action::FindPeople:
        return QStringLiteral("find_people");
    case Action::OpenWorkerRecords:
        return QStringLiteral("open_worker_records");
    case Action::OpenClientRecords:
        return QStringLiteral("open_client_records");
    case Action::EditRecords:
        return QStringLiteral("edit_records");
    case Action::ViewLivedExperience:
        return QStringLiteral("view_lived_experience");
    case Action::ViewAllSupervisionSummaries:
        return QStringLiteral("view_all_supervision_summaries");
    case Action::ViewOwnSupervision:
        return QStringLiteral("view_own_supervision");
    case Action::RecordSupervision:
        return QStringLiteral("record_supervision");
    case Action::ExportRecords:
        return QStringLiteral("export_records");
    case Action::ChangeSettings:
        return QStringLiteral("change_settings");
    case Action::ManageAccounts:
        return QStringLiteral("manage_accounts");
    case Action::ViewAuditLog:
        return QStringLiteral("view_audit_log");
    case Action::BackUpNow:
        return QStringLiteral("back_up_now");
    case Action::RestoreBackup:
        return QStringLiteral("restore_backup");
    case Action::AddDemoData:
        return QStringLiteral("add_demo_data");
    case Action::EditCatalogues:
        return QStringLiteral("edit_catalogues");
    case Action::ImportData:
        return QStringLiteral("import_data");
    case Action::EraseRecords:
        return QStringLiteral("erase_records");
    }
    return QString();
}

QList<Actor::Role> Permissions::allRoles()
{
    return { Role::Administrator, Role::Coordinator, Role::Supervisor, Role::Trustee, Role::ReadOnly };
}

QString Permissions::roleName(Actor::Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Administrator");
    case Role::Coordinator:
        return tr("Coordinator");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Trustee:
        return tr("Trustee");
    case Role::ReadOnly:
        return tr("Read-only");
    }
    return QString();
}

QString Permissions::roleDescription(Actor::Role role)
{
    switch (role) {
    case Role::Administrator:
        return tr("Everything, including settings, accounts, backups and the audit log.");
    case Role::Coordinator:
        return tr("Day-to-day work: volunteers, people supported, matches, sessions and supervision summaries.");
    case Role::Supervisor:
        return tr("Supervision they give or receive, and the records of volunteers and peer workers.");
    case Role::Trustee:
        return tr("The dashboard and reports only, with small numbers always hidden. No one's records.");
    case Role::ReadOnly:
        return tr("Can look up records but change nothing; no lived experience or supervision.");
    }
    return QString();
}

QString Permissions::roleKey(Actor::Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("administrator");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Trustee:
        return QStringLiteral("trustee");
    case Role::ReadOnly:
        return QStringLiteral("read_only");
    }
    return QString();
}

bool Permissions::roleFromKey(const QString& key, Actor::Role* role)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key) {
            *role = r;
            return true;
        }
    }
    return false;
}

} // namespace alongside::core
