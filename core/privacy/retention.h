#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace alongside::core {

class Database;

/**
 * How long a charity keeps records it no longer needs (BRIEF §9), stored in the `setting` table so
 * that the schedule travels with the file. 0 means "never": records of that kind are never listed
 * for review.
 */
struct RetentionSettings
{
    static constexpr int kDefaultSupportedYears = 6; // after the last contact
    static constexpr int kDefaultWorkerYears = 6; // after leaving
    static constexpr int kDefaultApplicantMonths = 6; // after the last change of status
    static constexpr int kMaxYears = 50;
    static constexpr int kMaxMonths = 120;

    int supportedYears = kDefaultSupportedYears;
    int workerYears = kDefaultWorkerYears;
    int applicantMonths = kDefaultApplicantMonths;
};

/** One person whose records are past their retention period. */
struct RetentionItem
{
    qint64 personId = 0;
    bool supported = false; // a person supported, past retention
    bool worker = false; // a volunteer or worker who left, past retention
    bool applicant = false; // an unsuccessful applicant (never active), past retention
    bool hasAccount = false; // linked to a login account: disable it before anonymising
    QString reference;
    QString name; // as shown in lists
    QDate lastDate; // last contact, leaving day or last status change (the one that decides)
    QDate dueOn; // lastDate + the retention period: past retention from the day after
    int daysPast = 0; // dueOn to the review day

    /** "Person supported", "Volunteer or worker (left)", "Unsuccessful applicant", or several. */
    QString kindText() const;
    /** "1 year 2 months", "3 months", "12 days". */
    QString pastText() const;
    /** What to do, in a few words: "Anonymise"; "Erase or anonymise" for applicants (nothing in it is
     * needed for statistics); "Disable their login, then anonymise". */
    QString suggestedAction() const;
};

/**
 * Reads and saves the retention schedule, and lists the people past it. Reading the schedule is
 * open to every role (screens explain it); saving it and the review need EraseRecords.
 *
 * A person is listed only when every part of their record is past its period: a former client who
 * now volunteers is kept while they volunteer. Anonymised people are never listed again.
 * - People supported: the last contact is the latest of referral, triage, episode start and end,
 *   session, questionnaire, goal set or achieved, consent given or withdrawn, and meeting attended.
 *   A person with an episode still open is in contact, whatever the dates.
 * - Volunteers and workers: the day their status became "left", for anyone who was ever in
 *   training, active or paused.
 * - Unsuccessful applicants (never in training, active or paused): the day of their last status
 *   change, when that status is enquiry, applicant or left.
 */
class RetentionService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::RetentionService)

public:
    static constexpr const char* kSupportedYearsKey = "retention_supported_years";
    static constexpr const char* kWorkerYearsKey = "retention_worker_years";
    static constexpr const char* kApplicantMonthsKey = "retention_applicant_months";

    explicit RetentionService(Database& db)
        : m_db(db)
    { }

    Result<RetentionSettings> load(const Actor& actor) const;
    Status save(const Actor& actor, const RetentionSettings& settings);
    static Status validate(const RetentionSettings& settings);

    /** The people past retention on asOf, longest past first. */
    Result<QList<RetentionItem>> review(const Actor& actor, const QDate& asOf) const;

private:
    Database& m_db;
};

} // namespace alongside::core
