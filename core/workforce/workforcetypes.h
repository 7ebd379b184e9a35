#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alongside::core {

/** One row of the list of people who deliver support. */
struct WorkerSummary
{
    qint64 workerId = 0;
    qint64 personId = 0;
    QString name; // "Given Family (known as)"
    QString sortName; // "Family, Given"
    QString status; // key: enquiry, applicant, in_training, active, paused, left; empty if never set
    QDate statusSince;
    QStringList roles; // names of the roles held today
    QList<qint64> roleTypeIds;
    QString email;
    QString phone;
};

/** The profile section of a worker's record. Equality answers: empty = not asked. */
struct WorkerProfile
{
    static constexpr const char* kPreferNotToSay = "prefer_not_to_say";

    qint64 workerId = 0; // 0 for a new person
    qint64 personId = 0;
    QString givenName; // required
    QString familyName;
    QString knownAs;
    QDate dateOfBirth;
    QString email;
    QString phone;
    QString address;
    QString postcode;
    QString reference; // the charity's own ID from its old records; unique when not empty
    QDate anonymisedOn; // read only: set when ErasureService anonymised the record; null otherwise
    QString emergencyContactName;
    QString emergencyContactRelationship;
    QString emergencyContactPhone;
    QString availability; // free text, e.g. "not the first Monday of the month"
    QStringList availableSlots; // Demographics::slotKeys() the person is usually free, for matching
    bool homeVisits = false; // can visit people at home (matching)
    QString languages;
    QString accessNeeds;
    // Equality monitoring (optional; "prefer_not_to_say" is an answer of its own). Gender and
    // ethnicity hold Demographics keys ("not_stated": asked, not given); older records may hold
    // free text, kept as it was.
    QString gender;
    QString ethnicity;
    QString disability;
    QString sexualOrientation;
    QString religion;
    std::optional<int> maxMentees;

    bool operator==(const WorkerProfile&) const = default;
};

/** A dated status: enquiry, applicant, in_training, active, paused or left. */
struct StatusChange
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString status;
    QDate since;
    QString reason; // required for paused and left

    bool operator==(const StatusChange&) const = default;
};

/** One entry of the configurable role catalogue. */
struct RoleType
{
    qint64 id = 0;
    QString name;
    bool isPeer = true;
    QString defaultPayBasis = QStringLiteral("unpaid"); // unpaid, sessional, paid
    int supervisionIntervalDays = 0; // 0: no expected interval
    QString dbsLevel; // empty: no DBS check needed; basic, standard, enhanced, enhanced_barred
    int referencesRequired = 2;
    bool active = true;

    bool operator==(const RoleType&) const = default;
};

/** A dated role held by a worker. */
struct RoleAssignment
{
    qint64 id = 0;
    qint64 workerId = 0;
    qint64 roleTypeId = 0;
    QString roleName; // read only
    QString payBasis = QStringLiteral("unpaid");
    std::optional<double> hoursPerWeek;
    QString fundingSource;
    QDate fundingEndsOn;
    QDate startsOn;
    QDate endsOn; // null while current

    bool operator==(const RoleAssignment&) const = default;
};

/** One configurable step of the recruitment pipeline. */
struct RecruitmentStep
{
    qint64 id = 0;
    QString name;
    int position = 0;
    bool enabled = true;

    bool operator==(const RecruitmentStep&) const = default;
};

/** A pipeline step done for a worker: when and by whom. */
struct StepRecord
{
    qint64 id = 0;
    qint64 workerId = 0;
    qint64 stepId = 0;
    QDate doneOn;
    QString doneBy;
    QString note;

    bool operator==(const StepRecord&) const = default;
};

struct Reference
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString refereeName; // required
    QString relationship;
    QString contact;
    QDate requestedOn;
    QDate receivedOn;
    std::optional<bool> satisfactory; // unset until read
    QString note;

    bool operator==(const Reference&) const = default;
};

struct DbsCheck
{
    qint64 id = 0;
    qint64 workerId = 0;
    QString level = QStringLiteral("enhanced"); // basic, standard, enhanced, enhanced_barred
    QString certificateNumber;
    QDate issuedOn;
    bool updateService = false;
    QDate recheckDueOn; // as entered; null means "the charity's usual interval after issue"
    QString note;
    QDate effectiveRecheck; // read only: recheckDueOn, else issuedOn + the charity's interval

    bool operator==(const DbsCheck&) const = default;
};

struct HoursEntry
{
    qint64 id = 0;
    qint64 workerId = 0;
    QDate workedOn;
    double hours = 0;
    QString activity;

    bool operator==(const HoursEntry&) const = default;
};

struct MonthlyHours
{
    int year = 0;
    int month = 0;
    double hours = 0;
    int entries = 0;
    qint64 valuePence = 0; // hours x the charity's hourly rate, rounded to the penny
};

/**
 * SENSITIVE: lived experience, recorded only with consent and minimally (areas from a short list,
 * the person's own disclosure preference). Read and written only with ViewLivedExperience; never in
 * exports or reports by default (see schema::sensitiveFields()).
 */
struct LivedExperience
{
    qint64 workerId = 0;
    QDate consentOn; // required: no consent, no record
    QStringList areas; // keys from livedExperienceAreas()
    QString disclosure; // how the person wants it used or shared
    QString note;

    bool operator==(const LivedExperience&) const = default;
};

/** One entry of the training catalogue. */
struct Course
{
    qint64 id = 0;
    QString title; // required, unique
    QString provider;
    std::optional<double> lengthDays;
    std::optional<double> lengthHours;
    std::optional<int> credits;
    QString accreditation;
    int refreshMonths = 0; // 0: does not need refreshing
    bool mandatoryForAll = false;
    QList<qint64> mandatoryRoleIds; // roles it is mandatory for (besides "all")
    QList<qint64> competenceIds;
    bool active = true;

    bool operator==(const Course&) const = default;
};

/** A competence of the charity's framework, grouped by domain. */
struct Competence
{
    qint64 id = 0;
    QString domain;
    QString title;

    bool operator==(const Competence&) const = default;
};

struct Completion
{
    qint64 id = 0;
    qint64 courseId = 0;
    qint64 workerId = 0;
    QString courseTitle; // read only
    QString workerName; // read only
    QDate completedOn;
    QDate expiresOn; // as entered (e.g. printed on the certificate); null: computed from the course
    QString provider;
    std::optional<int> credits;
    QString note;
    QString certificateName; // file name of the attached certificate
    QByteArray certificate; // the file itself; filled by TrainingService::certificate() or to attach one
    bool hasCertificate = false; // read only
    QString recordedBy; // read only
    QDate effectiveExpiry; // read only: expiresOn, else completedOn + the course's refresh interval

    bool operator==(const Completion&) const = default;
};

} // namespace alongside::core
