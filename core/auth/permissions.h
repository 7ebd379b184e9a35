#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace alongside::core {

/**
 * The role x action table, in one place. Services call require() before they read or change
 * anything, so a screen that forgot to hide a button still cannot reach the data. Screens call
 * allowed() only to decide what to show. docs/USER_GUIDE.md prints the same table for users.
 */
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::Permissions)

public:
    enum class Action
    {
        ViewDashboard, // headline counts (aggregate)
        RunAggregateReports, // reports and charts; suppressed for roles with mustSuppress()
        FindPeople, // search names across the records the role may open
        OpenWorkerRecords, // a volunteer's or peer worker's record
        OpenClientRecords, // the record of a person supported
        EditRecords, // create, change and delete people, referrals, sessions, matches, training
        ViewLivedExperience, // the sensitive lived-experience fields (needed for matching)
        ViewAllSupervisionSummaries, // every supervision entry's date, people and shareable summary
        ViewOwnSupervision, // entries where the user is supervisor or supervisee (private notes too)
        RecordSupervision,
        ExportRecords, // identifiable exports, subject access requests
        ChangeSettings,
        ManageAccounts,
        ViewAuditLog,
        BackUpNow,
        RestoreBackup,
        AddDemoData,
        EditCatalogues, // roles, recruitment steps, training courses and competences
        ImportData, // bring records in from spreadsheets (CSV, Excel)
        EraseRecords, // erase or anonymise a person; retention schedules and the retention review
    };

    static QList<Action> allActions();

    static bool allowed(Actor::Role role, Action action);

    /** Ok when actor may do action; otherwise a PermissionDenied error that says what to do. */
    static Status require(const Actor& actor, Action action);

    /** Trustees see every count below the charity's threshold suppressed, whatever they run. */
    static bool mustSuppress(Actor::Role role) { return role == Actor::Role::Trustee; }

    /** "open people's records", for messages. */
    static QString describe(Action action);

    /** A stable key for the audit log and tests ("open_client_records"). */
    static QString key(Action action);

    static QList<Actor::Role> allRoles();

    /** "Coordinator", translated. */
    static QString roleName(Actor::Role role);

    /** What the role is for, one sentence, translated (shown when choosing a role). */
    static QString roleDescription(Actor::Role role);

    /** The stable key stored in the database ("read_only"). */
    static QString roleKey(Actor::Role role);

    static bool roleFromKey(const QString& key, Actor::Role* role);
};

} // namespace alongside::core
