#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "core/workforce/workforcetypes.h"

#include <QCoreApplication>

#include <optional>

namespace alongside::core {

class Database;

/** An existing person whose name and date of birth match someone about to be added. */
struct PossibleDuplicate
{
    qint64 personId = 0;
    qint64 workerId = 0; // 0 if they are not a worker
    QString name;
    QDate dateOfBirth;
    bool isClient = false;
};

/**
 * The workforce side of a record: profile, dated statuses and roles, the recruitment pipeline,
 * references, DBS checks, volunteer hours and (sensitive) lived experience, plus the catalogues of
 * roles and recruitment steps. Reading needs OpenWorkerRecords; changing needs EditRecords (the
 * catalogues: EditCatalogues; lived experience: ViewLivedExperience as well). Every change is
 * validated first, saved in one transaction with its audit entry, and returns the row's id so that
 * the window's undo stack can put it back. save*() with the id of a removed row re-creates it.
 */
class WorkforceService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::WorkforceService)

public:
    explicit WorkforceService(Database& db)
        : m_db(db)
    { }

    // People who deliver support.
    /** Everyone who has been a worker, with their status and roles on asOf (null: today). */
    Result<QList<WorkerSummary>> list(const Actor& actor, const QDate& asOf = {}) const;
    /** Opens a profile (audited as a view). */
    Result<WorkerProfile> profile(const Actor& actor, qint64 workerId);
    /** People already on file with the same name and date of birth (or the same name, if either has none). */
    Result<QList<PossibleDuplicate>> possibleDuplicates(const Actor& actor, const WorkerProfile& profile) const;
    /** Adds a person as a worker with a first status. */
    Result<qint64> createWorker(const Actor& actor, const WorkerProfile& profile, const StatusChange& firstStatus);
    Status updateProfile(const Actor& actor, const WorkerProfile& profile);
    /**
     * Takes back the adding of a worker (undo). Refused once anything else refers to them
     * (sessions, supervision, matches, an account): then record them as "left" instead.
     */
    Status removeWorker(const Actor& actor, qint64 workerId);

    // Status history, newest first.
    Result<QList<StatusChange>> statusHistory(const Actor& actor, qint64 workerId) const;
    Result<qint64> saveStatus(const Actor& actor, const StatusChange& change);
    Status removeStatus(const Actor& actor, qint64 id);

    // Roles.
    Result<QList<RoleType>> roleTypes(const Actor& actor, bool includeInactive = false) const;
    Result<qint64> saveRoleType(const Actor& actor, const RoleType& type);
    Result<QList<RoleAssignment>> roles(const Actor& actor, qint64 workerId) const;
    Result<qint64> saveRole(const Actor& actor, const RoleAssignment& role);
    Status removeRole(const Actor& actor, qint64 id);

    // Recruitment pipeline.
    Result<QList<RecruitmentStep>> steps(const Actor& actor, bool includeDisabled = false) const;
    Result<qint64> saveStep(const Actor& actor, const RecruitmentStep& step);
    Result<QList<StepRecord>> stepRecords(const Actor& actor, qint64 workerId) const;
    Result<qint64> saveStepRecord(const Actor& actor, const StepRecord& record);
    Status removeStepRecord(const Actor& actor, qint64 id);

    Result<QList<Reference>> references(const Actor& actor, qint64 workerId) const;
    Result<qint64> saveReference(const Actor& actor, const Reference& reference);
    Status removeReference(const Actor& actor, qint64 id);

    /** DBS checks, newest first, each with its effective recheck date. */
    Result<QList<DbsCheck>> dbsChecks(const Actor& actor, qint64 workerId) const;
    Result<qint64> saveDbsCheck(const Actor& actor, const DbsCheck& check);
    Status removeDbsCheck(const Actor& actor, qint64 id);

    // Volunteer hours.
    Result<QList<HoursEntry>> hours(const Actor& actor, qint64 workerId) const;
    Result<qint64> saveHours(const Actor& actor, const HoursEntry& entry);
    Status removeHours(const Actor& actor, qint64 id);
    /** Totals per calendar month between from and to (inclusive), valued at the charity's rate; workerId 0: everyone.
     */
    Result<QList<MonthlyHours>> monthlyHours(
        const Actor& actor, qint64 workerId, const QDate& from, const QDate& to) const;

    // Lived experience (sensitive).
    Result<std::optional<LivedExperience>> livedExperience(const Actor& actor, qint64 workerId);
    Status saveLivedExperience(const Actor& actor, const LivedExperience& record);
    /** Consent withdrawn: the record is deleted, not kept. */
    Status removeLivedExperience(const Actor& actor, qint64 workerId);

    // Validation: the message says what is wrong and what to do.
    static Status validate(const WorkerProfile& profile);
    static Status validate(const StatusChange& change);
    static Status validate(const RoleType& type);
    static Status validate(const RoleAssignment& role);
    static Status validate(const StepRecord& record);
    static Status validate(const Reference& reference);
    static Status validate(const DbsCheck& check);
    static Status validate(const HoursEntry& entry);
    static Status validate(const LivedExperience& record);

    // Names for keys, translated.
    static QStringList statusKeys();
    static QString statusName(const QString& key);
    static QStringList payBasisKeys();
    static QString payBasisName(const QString& key);
    static QStringList dbsLevelKeys();
    static QString dbsLevelName(const QString& key);
    static QStringList livedExperienceAreaKeys();
    static QString livedExperienceAreaName(const QString& key);

    /** The recheck date of a DBS check: the one entered, else issuedOn + recheckMonths (null if 0). */
    static QDate dbsRecheckDate(const DbsCheck& check, int recheckMonths);
    /** "Given Family (known as)". */
    static QString displayName(const QString& given, const QString& family, const QString& knownAs);

private:
    Status requireWorker(qint64 workerId) const;
    Database& m_db;
};

} // namespace alongside::core
