#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace alongside::core {

class Database;

/** Why a record is erased or anonymised: a fixed list, so that the audit trail never holds free text. */
enum class ErasureReason
{
    PersonAsked, // the person asked (UK GDPR article 17)
    PastRetention, // past the charity's retention period
    AddedByMistake, // added by mistake, or a duplicate
};

/** What the confirmation dialog shows before erasing or anonymising one person. */
struct ErasurePreview
{
    qint64 personId = 0;
    QString name; // as on the record, for the "type the name to confirm" check
    QString reference;
    bool supported = false;
    bool worker = false;
    QDate anonymisedOn; // null unless already anonymised
    // What stays (counted) when anonymising.
    int referrals = 0;
    int sessions = 0; // sessions attended as a person supported
    int questionnaires = 0;
    int goals = 0;
    int hoursEntries = 0;
    int trainingCompletions = 0;
    int supervisionSessions = 0;
    int stories = 0; // deleted when anonymising: the body is the person's own words
    int matchesAsMentor = 0; // matches of other people supported with this person as mentor
    int arrangementsAsSupervisor = 0; // supervision arrangements of other workers with this person as supervisor
    QString eraseRefusal; // empty when erase() may go ahead; otherwise why not and what to do
    QString anonymiseRefusal; // likewise for anonymise()
};

/**
 * Erasing and anonymising a person (BRIEF §9; UK GDPR articles 5(1)(e) and 17). Both need
 * Permissions::EraseRecords (administrators), take a reason from ErasureReason, write one audit
 * entry per person (entity "person", the record id, "reason: <key>" as the note; never a name), and
 * then checkpoint the write-ahead log so the removed text is gone from the file too (the database
 * runs with secure_delete on, so freed space is zeroed).
 *
 * erase() deletes the person and everything that is theirs (the schema cascades from person).
 * Refused when the person has a login account (the audit trail must keep it: disable the account and
 * anonymise instead) and when they are the mentor in matches of other people supported (those
 * matches belong to the other people's records: anonymise instead), and when they are the supervisor
 * in other workers' supervision arrangements (the schema would delete those arrangements with them:
 * give those workers another supervisor, or anonymise instead). Supervision sessions where they
 * were the only supervisee are deleted with them; group sessions keep the other people's rows.
 * Sessions, group sessions, supervision and stories they led for others stay, without them.
 *
 * anonymise() keeps what statistics need and removes what identifies: see docs/ERASURE.md, which lists
 * every column and what happens to it.
 *
 * Limits (documented for users): free text the person wrote about others, and other people's
 * records that mention them by name (a group's meeting notes, another person's session note) cannot
 * be found reliably and are left as they are; backups made before stay until they are rotated out.
 */
class ErasureService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::ErasureService)

public:
    explicit ErasureService(Database& db)
        : m_db(db)
    { }

    static QList<ErasureReason> reasons();
    /** The stable key written to the audit log ("person_asked"). */
    static QString reasonKey(ErasureReason reason);
    /** "The person asked for it", translated. */
    static QString describeReason(ErasureReason reason);

    /** The placeholder an anonymised person's given name becomes ("Anonymised"). */
    static QString anonymisedName();
    /** What required free text becomes ("(removed)"). */
    static QString removedText();

    /** The details of a person that name them or say how to reach them, as a profile would set them. */
    struct IdentifyingDetails
    {
        QString givenName;
        QString familyName;
        QString knownAs;
        QString email;
        QString phone;
        QString address;
        QString postcode;
        QString reference;
    };

    /**
     * Ok unless personId was anonymised and details differ from what the record holds now, which would
     * put a name, contact detail or reference back on it: then refused (InvalidInput), saying so and
     * what to do instead. Profile updates (ClientService, WorkforceService) call it.
     */
    static Status checkNotReidentifying(const Database& db, qint64 personId, const IdentifyingDetails& details);

    Result<ErasurePreview> preview(const Actor& actor, qint64 personId) const;

    Status erase(const Actor& actor, qint64 personId, ErasureReason reason);
    Status anonymise(const Actor& actor, qint64 personId, ErasureReason reason);

    /**
     * Anonymises every person in ids in one transaction: all or none. progress(done, total) is called
     * before each person and after the last; returning false cancels, leaving every record unchanged.
     */
    Status anonymiseMany(const Actor& actor, const QList<qint64>& ids, ErasureReason reason,
        const std::function<bool(int done, int total)>& progress = {});

private:
    struct Ids
    {
        qint64 personId = 0;
        qint64 workerId = 0;
        qint64 clientId = 0;
        bool anonymised = false;
        QDate anonymisedOn;
        int accounts = 0;
        int enabledAccounts = 0;
        int matchesAsMentor = 0;
        int arrangementsAsSupervisor = 0;
    };

    Result<Ids> lookUp(qint64 personId) const;
    QString eraseRefusal(const Ids& ids) const;
    QString anonymiseRefusal(const Ids& ids) const;
    Status anonymiseOne(const Actor& actor, qint64 personId, ErasureReason reason);
    /** Empties the write-ahead log into the file and truncates it (best effort after a commit). */
    void checkpoint();

    Database& m_db;
};

} // namespace alongside::core
