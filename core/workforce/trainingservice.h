#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "core/workforce/workforcetypes.h"

#include <QCoreApplication>

namespace alongside::core {

class Database;

/**
 * The training catalogue (courses, which roles they are mandatory for, the competences they cover)
 * and who completed what. Expiry is computed from the course's refresh interval unless a date was
 * entered from the certificate; certificates are stored inside the database, so a backup holds them.
 * Reading completions needs OpenWorkerRecords; recording them EditRecords; the catalogue
 * EditCatalogues. Every change is audited and returns an id for undo.
 */
class TrainingService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::TrainingService)

public:
    static constexpr qint64 kMaxCertificateBytes = 10 * 1024 * 1024;

    explicit TrainingService(Database& db)
        : m_db(db)
    { }

    Result<QList<Course>> courses(const Actor& actor, bool includeInactive = false) const;
    Result<qint64> saveCourse(const Actor& actor, const Course& course);

    Result<QList<Competence>> competences(const Actor& actor) const;
    /**
     * Adds competences from a CSV list with two columns, domain and competence (a first row of
     * headings is recognised and skipped); ones already present are left alone. Returns how many were
     * added. A malformed file adds nothing and says which line is wrong.
     */
    Result<int> importCompetences(const Actor& actor, const QByteArray& csv);

    /** A worker's completions (workerId > 0) or a course's (courseId > 0), newest first, without certificate bytes. */
    Result<QList<Completion>> completions(const Actor& actor, qint64 workerId, qint64 courseId = 0) const;
    Result<qint64> saveCompletion(const Actor& actor, const Completion& completion);
    Status removeCompletion(const Actor& actor, qint64 id);
    /** Records one course for a whole cohort at once: all saved, or none. Returns the new ids. */
    Result<QList<qint64>> recordCohort(const Actor& actor, const Completion& common, const QList<qint64>& workerIds);
    /** The stored certificate file (audited as a view). */
    Result<QByteArray> certificate(const Actor& actor, qint64 completionId);

    static Status validate(const Course& course);
    static Status validate(const Completion& completion);

    /** expiresOn if entered, else completedOn + refreshMonths, else null (does not expire). */
    static QDate expiryDate(const QDate& completedOn, const QDate& expiresOn, int refreshMonths);

private:
    Database& m_db;
};

} // namespace alongside::core
