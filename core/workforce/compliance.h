#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "core/workforce/workforcetypes.h"

#include <QCoreApplication>

namespace alongside::core {

class Database;

enum class ComplianceState
{
    NotRequired, // none of the person's roles needs it
    Done, // in date
    ExpiringSoon, // lapses within the warning window
    Expired, // lapsed on or before the day asked about
    Missing, // needed and never done (or not at the level the role needs)
};

/** One requirement (a column of the matrix). */
struct ComplianceColumn
{
    QString key; // "dbs", "references" or "course:<id>"
    QString title;
};

struct ComplianceCell
{
    ComplianceState state = ComplianceState::NotRequired;
    QDate doneOn; // completion, DBS issue or last reference received
    QDate expiresOn; // null if it does not lapse
    QString detail; // e.g. "1 of 2 references received", "Basic; the role needs Enhanced"
};

struct ComplianceRow
{
    WorkerSummary worker;
    QList<ComplianceCell> cells; // one per column
    ComplianceState worst() const;
    int count(ComplianceState state) const;
};

/** The compliance matrix as of one day: the single report model behind the screen, print and CSV. */
struct ComplianceMatrix
{
    QDate asOf;
    int warningDays = 30;
    QList<ComplianceColumn> columns;
    QList<ComplianceRow> rows;
};

/** The compliance matrix in numbers, for aggregate reports: no names. */
struct ComplianceCounts
{
    int people = 0; // rows of the matrix
    int allInDate = 0; // nothing missing or expired (expiring soon is still in date)
    int needTraining = 0; // people with at least one required course
    int trainingInDate = 0; // of those, every required course done and in date
};

/** Something that lapses soon or has lapsed, for the dashboard. */
struct ComplianceReminder
{
    qint64 workerId = 0;
    QString workerName;
    QString requirement;
    ComplianceState state = ComplianceState::Expired;
    QDate expiresOn;
};

/**
 * Who is cleared, trained and in date. The people are everyone whose status on the day is
 * applicant, in training, active or paused and who holds a role that day; their requirements are
 * the union of their roles' needs: the courses mandatory for every role or for one of theirs, a DBS
 * check at the highest level any of their roles needs, and that role's number of satisfactory
 * references. A requirement lapses on its expiry date (expired from that day), and is "expiring
 * soon" when it lapses within warningDays after asOf.
 */
class ComplianceService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::ComplianceService)

public:
    explicit ComplianceService(Database& db)
        : m_db(db)
    { }

    Result<ComplianceMatrix> matrix(const Actor& actor, const QDate& asOf, int warningDays) const;
    /** The same matrix as counts of people, for reports: needs only RunAggregateReports, gives no names. */
    Result<ComplianceCounts> counts(const Actor& actor, const QDate& asOf) const;

    /** What has expired, or expires within days of asOf, soonest first (people's names: OpenWorkerRecords). */
    Result<QList<ComplianceReminder>> reminders(const Actor& actor, const QDate& asOf, int days) const;
    /** The same, from a matrix already worked out (its warning window is the days ahead). */
    static QList<ComplianceReminder> remindersFrom(const ComplianceMatrix& matrix);

    /** Writes the matrix as CSV (ExportRecords; audited). Never includes sensitive fields. */
    Status exportCsv(const Actor& actor, const ComplianceMatrix& matrix, const QString& filePath);
    /** The CSV text itself, with a header row; the same rows as the screen. */
    static QByteArray toCsv(const ComplianceMatrix& matrix);
    /** Records that the matrix was printed (ExportRecords). */
    Status recordPrint(const Actor& actor, const ComplianceMatrix& matrix);

    /** The state of something done, lapsing on expiresOn (null: never), as of asOf. */
    static ComplianceState stateFor(const QDate& expiresOn, const QDate& asOf, int warningDays);
    static QString stateName(ComplianceState state);
    static QString stateKey(ComplianceState state);
    /** The text of a cell as the screen, print and CSV show it: state, then the date that matters. */
    static QString cellText(const ComplianceCell& cell);

private:
    Database& m_db;
};

} // namespace alongside::core
