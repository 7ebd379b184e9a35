#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace alongside::core {

class Database;

/** One search hit: enough to choose the right person, nothing more. */
struct PersonMatch
{
    qint64 personId = 0;
    QString name; // "Given Family (known as)"
    bool isWorker = false;
    bool isClient = false;
};

/** The summary of one person's record that the record view shows. */
struct PersonRecord
{
    qint64 personId = 0;
    QString givenName;
    QString familyName;
    QString knownAs;
    QDate dateOfBirth;
    QString email;
    QString phone;
    QString postcode;

    bool isWorker = false;
    QString workerStatus; // key: enquiry, applicant, in_training, active, paused, left
    QDate workerStatusSince;
    QStringList currentRoles; // role names

    bool isClient = false;
    int referrals = 0;
    int sessionsAttended = 0;
    QDate lastSession;
};

/**
 * Finding people and opening their records: the one way in to identifiable details about a
 * person. Roles that may not open a kind of record (trustees: none; supervisors: not the people
 * supported) are refused here, whatever screen asked, and both the opening and any refusal are
 * written to the audit log.
 */
class PersonService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::PersonService)

public:
    static constexpr int kDefaultLimit = 50;

    explicit PersonService(Database& db)
        : m_db(db)
    { }

    /** People whose names contain text (case-insensitive), limited to the kinds actor may open. */
    Result<QList<PersonMatch>> find(const Actor& actor, const QString& text, int limit = kDefaultLimit) const;

    /** Opens one record (audited). Refused if the person is of a kind actor may not open. */
    Result<PersonRecord> open(const Actor& actor, qint64 personId);

    /**
     * A person's reference (from the charity's old records) is unique: refused, naming who has it,
     * when someone other than personId already does. Empty references are never checked.
     */
    static Status checkReference(Database& db, const QString& reference, qint64 personId);

    /** "Active", translated, for a worker status key. */
    static QString statusName(const QString& key);

private:
    Database& m_db;
};

} // namespace alongside::core
