#pragma once

#include "core/actor.h"
#include "core/clients/clienttypes.h"
#include "core/result.h"

#include <QCoreApplication>

namespace alongside::core {

class Database;

/** Someone already on file with the same name and date of birth as a new referral. */
struct ClientDuplicate
{
    qint64 personId = 0;
    qint64 clientId = 0; // 0 if they are not (yet) a person supported
    QString name;
    QDate dateOfBirth;
    bool isWorker = false;
};

/**
 * People supported: the list, referrals, episodes, sessions (one by one and as group registers),
 * goals and consent, plus the catalogues of referral sources and service components. Reading needs
 * OpenClientRecords; changing needs EditRecords (catalogues: EditCatalogues). Every change is
 * validated first (the message says what is wrong and what to do), saved in one transaction with
 * its audit entry (field names only), and returns the row's id for the window's undo stack;
 * save*() with the id of a removed row re-creates it.
 *
 * Rules kept here, whatever screen asks: no date in the future; no session before its referral or
 * outside its episode; an episode starts on or after its referral and ends with a reason; ending
 * an episode ends its active match on the same day.
 */
class ClientService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::ClientService)

public:
    explicit ClientService(Database& db)
        : m_db(db)
    { }

    // People supported.
    /** Everyone who has been referred, with their status, services and mentors on asOf (null: today). */
    Result<QList<ClientSummary>> list(const Actor& actor, const QDate& asOf = {}) const;
    /** Opens the details of one person supported (audited as a view). */
    Result<ClientProfile> profile(const Actor& actor, qint64 clientId);
    /** People on file with the same name and date of birth (or the same name, if either has none). */
    Result<QList<ClientDuplicate>> possibleDuplicates(const Actor& actor, const ClientProfile& profile) const;
    /**
     * Adds a person supported with their first referral, in one transaction. With profile.personId
     * set, someone already on file (a volunteer, say) becomes a person supported and keeps their details.
     */
    Result<qint64> createClient(const Actor& actor, const ClientProfile& profile, const Referral& firstReferral);
    Status updateProfile(const Actor& actor, const ClientProfile& profile);
    /** Takes back the adding of a person supported (undo); refused once they have sessions. */
    Status removeClient(const Actor& actor, qint64 clientId);

    // Referrals, newest first.
    Result<QList<Referral>> referrals(const Actor& actor, qint64 clientId) const;
    Result<qint64> saveReferral(const Actor& actor, const Referral& referral);
    /** Refused while the referral has episodes. */
    Status removeReferral(const Actor& actor, qint64 id);

    // Episodes of all of a person's referrals, newest first.
    Result<QList<Episode>> episodes(const Actor& actor, qint64 clientId) const;
    Result<Episode> episode(const Actor& actor, qint64 episodeId) const;
    Result<qint64> saveEpisode(const Actor& actor, const Episode& episode);
    /** Refused while the episode has sessions or matches. */
    Status removeEpisode(const Actor& actor, qint64 id);

    // Sessions of all of a person's episodes, newest first.
    Result<QList<Session>> sessions(const Actor& actor, qint64 clientId) const;
    Result<qint64> saveSession(const Actor& actor, const Session& session);
    Status removeSession(const Actor& actor, qint64 id);

    // Group sessions (courses and groups).
    /** Episodes of componentId open on day, for a new register: one line each, marked attended. */
    Result<QList<RegisterLine>> registerFor(const Actor& actor, qint64 componentId, const QDate& day) const;
    Result<QList<GroupSession>> groupSessions(
        const Actor& actor, qint64 componentId, const QDate& from, const QDate& to) const;
    /** Saves a meeting and its whole register in one transaction (lines not listed are removed). */
    Result<qint64> saveGroupSession(const Actor& actor, const GroupSession& session);
    Status removeGroupSession(const Actor& actor, qint64 id);

    // Goals, oldest first.
    Result<QList<Goal>> goals(const Actor& actor, qint64 clientId) const;
    Result<qint64> saveGoal(const Actor& actor, const Goal& goal);
    Status removeGoal(const Actor& actor, qint64 id);

    // Consent, per person (supported or workforce), newest first.
    Result<QList<Consent>> consents(const Actor& actor, qint64 personId) const;
    Result<qint64> saveConsent(const Actor& actor, const Consent& consent);
    Status removeConsent(const Actor& actor, qint64 id);

    // Catalogues (every role may read them; they hold no personal data).
    Result<QList<ReferralSource>> referralSources(const Actor& actor, bool includeInactive = false) const;
    Result<qint64> saveReferralSource(const Actor& actor, const ReferralSource& source);
    Result<QList<ServiceComponent>> components(const Actor& actor, bool includeInactive = false) const;
    Result<qint64> saveComponent(const Actor& actor, const ServiceComponent& component);

    /**
     * Open mentoring and connect episodes with no session logged for noSessionWeeks weeks before
     * asOf (or since they started), and active matches or open episodes whose planned end falls
     * within the next 14 days. Names need OpenClientRecords.
     */
    Result<QList<ClientAlert>> alerts(const Actor& actor, const QDate& asOf, int noSessionWeeks) const;
    static constexpr int kPlannedEndAlertDays = 14;

    // Validation: the message says what is wrong and what to do. today is the last allowed date.
    static Status validate(const ClientProfile& profile);
    static Status validate(const Referral& referral, const QDate& today);
    static Status validate(const Episode& episode, const QDate& today);
    static Status validate(const Session& session, const QDate& today);
    static Status validate(const Goal& goal, const QDate& today);
    static Status validate(const Consent& consent, const QDate& today);
    static Status validate(const ReferralSource& source);
    static Status validate(const ServiceComponent& component);

    // Names for keys, translated.
    static QStringList sourceCategoryKeys();
    static QString sourceCategoryName(const QString& key);
    static QStringList triageOutcomeKeys();
    static QString triageOutcomeName(const QString& key);
    static QStringList componentKindKeys();
    static QString componentKindName(const QString& key);
    static QStringList endingReasonKeys(); // episodes
    static QStringList matchEndingReasonKeys(); // matches: the episode's reasons plus rematched, mentor_unavailable
    static QString endingReasonName(const QString& key);
    static QStringList modeKeys();
    static QString modeName(const QString& key);
    static QStringList attendanceKeys();
    static QString attendanceName(const QString& key);
    static QStringList consentPurposeKeys();
    static QString consentPurposeName(const QString& key);
    static QStringList clientStatusKeys();
    static QString clientStatusName(const QString& key);
    static QStringList matchStatusKeys();
    static QString matchStatusName(const QString& key);

private:
    Database& m_db;
};

} // namespace alongside::core
