#include "erasureservice.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/services/servicesupport.h"

namespace alongside::core {

namespace {

using Action = Permissions::Action;

const QString kPerson = QStringLiteral("person");

// Supervision sessions where the worker was the only person supervised: their notes are about them.
const QString kOwnSupervision = QStringLiteral(
    "SELECT a.entry_id FROM supervision_attendee a WHERE a.worker_id = ? AND NOT EXISTS "
    "(SELECT 1 FROM supervision_attendee o WHERE o.entry_id = a.entry_id AND o.worker_id <> a.worker_id)");

// The episodes of a person supported.
const QString kOwnEpisodes
    = QStringLiteral("SELECT e.id FROM episode e JOIN referral r ON r.id = e.referral_id WHERE r.client_id = ?");

Status run(Database& db, const QString& statement, const QVariantList& bind, const QString& what)
{
    auto q = sql::query(db, statement, bind, what);
    return q.status();
}

int count(const Database& db, const QString& statement, const QVariantList& bind)
{
    auto v = sql::scalar(db, statement, bind);
    return v ? v.value().toInt() : 0;
}

} // namespace

QList<ErasureReason> ErasureService::reasons()
{
    return { ErasureReason::PersonAsked, ErasureReason::PastRetention, ErasureReason::AddedByMistake };
}

QString ErasureService::reasonKey(ErasureReason reason)
{
    switch (reason) {
    case ErasureReason::PersonAsked:
        return QStringLiteral("person_asked");
    case ErasureReason::PastRetention:
        return QStringLiteral("past_retention");
    case ErasureReason::AddedByMistake:
        return QStringLiteral("added_by_mistake");
    }
    return QString();
}

QString ErasureService::describeReason(ErasureReason reason)
{
    switch (reason) {
    case ErasureReason::PersonAsked:
        return tr("The person asked for it");
    case ErasureReason::PastRetention:
        return tr("Past the retention period");
    case ErasureReason::AddedByMistake:
        return tr("Added by mistake, or a duplicate");
    }
    return QString();
}

QString ErasureService::anonymisedName()
{
    return tr("Anonymised");
}

QString ErasureService::removedText()
{
    return tr("(removed)");
}

Status ErasureService::checkNotReidentifying(const Database& db, qint64 personId, const IdentifyingDetails& details)
{
    auto q = sql::query(db,
        QStringLiteral("SELECT anonymised_on, given_name, family_name, known_as, email, phone, address, postcode, "
                       "reference FROM person WHERE id = ?"),
        { personId }, QStringLiteral("check whether the record was anonymised"));
    if (!q) {
        return q.status();
    }
    if (!q.value().next() || q.value().value(0).isNull()) {
        return Status::ok();
    }
    const QSqlQuery& r = q.value();
    const QStringList wanted { details.givenName, details.familyName, details.knownAs, details.email, details.phone,
        details.address, details.postcode.toUpper(), details.reference };
    for (int i = 0; i < int(wanted.size()); ++i) {
        if (wanted.at(i).trimmed() != r.value(i + 1).toString().trimmed()) {
            const QDate on = QDate::fromString(r.value(0).toString(), Qt::ISODate);
            return invalidInput(tr("This record was anonymised on %1, so a name, contact details or a reference "
                                   "cannot be put back on it. If the person has come back, add them as someone "
                                   "new.")
                                    .arg(QLocale().toString(on, QLocale::ShortFormat)));
        }
    }
    return Status::ok();
}

Result<ErasureService::Ids> ErasureService::lookUp(qint64 personId) const
{
    auto q = sql::query(m_db,
        QStringLiteral(
            "SELECT p.id, COALESCE(w.id, 0), COALESCE(c.id, 0), p.anonymised_on, "
            "(SELECT COUNT(*) FROM account a WHERE a.worker_id = w.id), "
            "(SELECT COUNT(*) FROM account a WHERE a.worker_id = w.id AND a.disabled = 0), "
            "(SELECT COUNT(*) FROM mentor_match m WHERE m.mentor_id = w.id AND m.episode_id NOT IN "
            " (SELECT e.id FROM episode e JOIN referral r ON r.id = e.referral_id WHERE r.client_id = c.id)), "
            "(SELECT COUNT(*) FROM supervision_arrangement s WHERE s.supervisor_id = w.id AND s.worker_id <> w.id) "
            "FROM person p LEFT JOIN worker w ON w.person_id = p.id LEFT JOIN client c ON c.person_id = p.id "
            "WHERE p.id = ?"),
        { personId }, QStringLiteral("find the person"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return invalidInput(tr("There is no person with record number %1: the record may have been erased already. "
                               "Refresh the list and try again.")
                                .arg(personId));
    }
    const QSqlQuery& r = q.value();
    Ids ids;
    ids.personId = r.value(0).toLongLong();
    ids.workerId = r.value(1).toLongLong();
    ids.clientId = r.value(2).toLongLong();
    ids.anonymisedOn = QDate::fromString(r.value(3).toString(), Qt::ISODate);
    ids.anonymised = !r.value(3).isNull();
    ids.accounts = r.value(4).toInt();
    ids.enabledAccounts = r.value(5).toInt();
    ids.matchesAsMentor = r.value(6).toInt();
    ids.arrangementsAsSupervisor = r.value(7).toInt();
    return ids;
}

QString ErasureService::eraseRefusal(const Ids& ids) const
{
    if (ids.accounts > 0) {
        return tr("This person has a login account, and the audit trail must keep it. Disable the account (Tools > "
                  "Accounts) and anonymise the record instead.");
    }
    if (ids.matchesAsMentor > 0) {
        const QString matches = ids.matchesAsMentor == 1 ? tr("1 match") : tr("%1 matches").arg(ids.matchesAsMentor);
        return tr("This person was the mentor in %1 of other people supported, which belong to those people's "
                  "records. Anonymise this person instead: the matches stay, without their name.")
            .arg(matches);
    }
    if (ids.arrangementsAsSupervisor > 0) {
        // supervision_arrangement.supervisor_id cascades: erasing would delete other workers' arrangements.
        const QString arrangements = ids.arrangementsAsSupervisor == 1
            ? tr("1 supervision arrangement")
            : tr("%1 supervision arrangements").arg(ids.arrangementsAsSupervisor);
        return tr("This person is the supervisor in %1 of other volunteers or workers, which belong to those "
                  "people's records and would be deleted with them. In each of those records (Supervision tab), "
                  "change the supervisor or remove the arrangement first; or anonymise this person instead: the "
                  "arrangements stay, without their name.")
            .arg(arrangements);
    }
    return QString();
}

QString ErasureService::anonymiseRefusal(const Ids& ids) const
{
    if (ids.anonymised) {
        return tr("This record was already anonymised on %1.")
            .arg(QLocale().toString(ids.anonymisedOn, QLocale::ShortFormat));
    }
    if (ids.enabledAccounts > 0) {
        return tr("This person's login account is still enabled. Disable it first (Tools > Accounts), then anonymise "
                  "the record.");
    }
    return QString();
}

Result<ErasurePreview> ErasureService::preview(const Actor& actor, qint64 personId) const
{
    if (Status s = Permissions::require(actor, Action::EraseRecords); !s) {
        return s.error();
    }
    auto found = lookUp(personId);
    if (!found) {
        return found.error();
    }
    const Ids& ids = found.value();
    ErasurePreview p;
    p.personId = personId;
    auto q = sql::query(m_db,
        QStringLiteral("SELECT given_name, family_name, known_as, reference FROM person WHERE id = ?"), { personId },
        QStringLiteral("read the person"));
    if (!q) {
        return q.error();
    }
    if (q.value().next()) {
        p.name = QStringList { q.value().value(0).toString(), q.value().value(1).toString() }
                     .join(QLatin1Char(' '))
                     .trimmed();
        p.reference = q.value().value(3).toString();
    }
    p.supported = ids.clientId != 0;
    p.worker = ids.workerId != 0;
    p.anonymisedOn = ids.anonymisedOn;
    p.matchesAsMentor = ids.matchesAsMentor;
    p.arrangementsAsSupervisor = ids.arrangementsAsSupervisor;
    const QVariantList c { ids.clientId };
    const QVariantList w { ids.workerId };
    p.referrals = count(m_db, QStringLiteral("SELECT COUNT(*) FROM referral WHERE client_id = ?"), c);
    p.sessions
        = count(m_db, QStringLiteral("SELECT COUNT(*) FROM session WHERE episode_id IN (%1)").arg(kOwnEpisodes), c);
    p.questionnaires = count(m_db, QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE client_id = ?"), c);
    p.goals = count(m_db, QStringLiteral("SELECT COUNT(*) FROM goal WHERE client_id = ?"), c);
    p.hoursEntries = count(m_db, QStringLiteral("SELECT COUNT(*) FROM volunteer_hours WHERE worker_id = ?"), w);
    p.trainingCompletions
        = count(m_db, QStringLiteral("SELECT COUNT(*) FROM training_completion WHERE worker_id = ?"), w);
    p.supervisionSessions
        = count(m_db, QStringLiteral("SELECT COUNT(*) FROM supervision_attendee WHERE worker_id = ?"), w);
    p.stories = count(m_db, QStringLiteral("SELECT COUNT(*) FROM story WHERE person_id = ?"), { personId });
    p.eraseRefusal = eraseRefusal(ids);
    p.anonymiseRefusal = anonymiseRefusal(ids);
    return p;
}

Status ErasureService::erase(const Actor& actor, qint64 personId, ErasureReason reason)
{
    if (Status s = service::refuse(m_db, actor, Action::EraseRecords, kPerson, personId); !s) {
        return s;
    }
    {
        Transaction t(m_db);
        if (!t.isActive()) {
            return t.beginStatus();
        }
        auto found = lookUp(personId);
        if (!found) {
            return found.status();
        }
        const Ids& ids = found.value();
        if (const QString refusal = eraseRefusal(ids); !refusal.isEmpty()) {
            return invalidInput(refusal);
        }
        // Actions they owned stay in other people's meetings and supervision, without an owner: any
        // owner text kept beside the link (it may be their name) goes too.
        if (Status s
            = run(m_db, QStringLiteral("UPDATE meeting_action SET owner_text = NULL WHERE owner_person_id = ?"),
                { personId }, QStringLiteral("erase the person"));
            !s) {
            return s;
        }
        if (ids.workerId != 0) {
            if (Status s
                = run(m_db, QStringLiteral("UPDATE supervision_action SET owner_text = NULL WHERE owner_id = ?"),
                    { ids.workerId }, QStringLiteral("erase the person"));
                !s) {
                return s;
            }
            // One-to-one supervision of this person: the notes are about them, and nobody else was there.
            if (Status s
                = run(m_db, QStringLiteral("DELETE FROM supervision_entry WHERE id IN (%1)").arg(kOwnSupervision),
                    { ids.workerId }, QStringLiteral("erase the person's supervision"));
                !s) {
                return s;
            }
        }
        // Everything else that is theirs cascades from person (client, worker, referrals, episodes,
        // sessions, scores, training, hours, consent, stories, meeting attendance...).
        if (Status s = run(m_db, QStringLiteral("DELETE FROM person WHERE id = ?"), { personId },
                QStringLiteral("erase the person"));
            !s) {
            return s;
        }
        AuditEvent e;
        e.action = QString::fromLatin1(AuditLog::kErase);
        e.entity = kPerson;
        e.recordId = QString::number(personId);
        e.note = QStringLiteral("reason: %1").arg(reasonKey(reason));
        if (Status s = AuditLog(m_db).record(actor, e); !s) {
            return s;
        }
        if (Status s = t.commit(); !s) {
            return s;
        }
    }
    checkpoint();
    return Status::ok();
}

Status ErasureService::anonymise(const Actor& actor, qint64 personId, ErasureReason reason)
{
    if (Status s = service::refuse(m_db, actor, Action::EraseRecords, kPerson, personId); !s) {
        return s;
    }
    {
        Transaction t(m_db);
        if (!t.isActive()) {
            return t.beginStatus();
        }
        if (Status s = anonymiseOne(actor, personId, reason); !s) {
            return s;
        }
        if (Status s = t.commit(); !s) {
            return s;
        }
    }
    checkpoint();
    return Status::ok();
}

Status ErasureService::anonymiseMany(const Actor& actor, const QList<qint64>& ids, ErasureReason reason,
    const std::function<bool(int done, int total)>& progress)
{
    if (Status s = service::refuse(m_db, actor, Action::EraseRecords, kPerson); !s) {
        return s;
    }
    const int total = int(ids.size());
    {
        Transaction t(m_db);
        if (!t.isActive()) {
            return t.beginStatus();
        }
        for (int i = 0; i < total; ++i) {
            if (progress && !progress(i, total)) {
                return Error { Error::Code::Cancelled, tr("Stopped: no record was anonymised."), {} };
            }
            if (Status s = anonymiseOne(actor, ids.at(i), reason); !s) {
                return Error { s.error().code,
                    tr("No record was anonymised, because record number %1 could not be: %2")
                        .arg(ids.at(i))
                        .arg(s.message()),
                    s.error().detail };
            }
        }
        if (progress && !progress(total, total)) {
            return Error { Error::Code::Cancelled, tr("Stopped: no record was anonymised."), {} };
        }
        if (Status s = t.commit(); !s) {
            return s;
        }
    }
    checkpoint();
    return Status::ok();
}

Status ErasureService::anonymiseOne(const Actor& actor, qint64 personId, ErasureReason reason)
{
    auto found = lookUp(personId);
    if (!found) {
        return found.status();
    }
    const Ids& ids = found.value();
    if (const QString refusal = anonymiseRefusal(ids); !refusal.isEmpty()) {
        return invalidInput(refusal);
    }
    const QString now = service::nowStamp();
    const QString today = service::today().toString(Qt::ISODate);
    const QString removed = removedText();
    const QVariantList p { personId };
    const QVariantList c { ids.clientId };
    const QVariantList w { ids.workerId };

    struct Step
    {
        QString sql;
        QVariantList bind;
    };

    // The person: names, contact details and the charity's reference go; the date of birth becomes
    // 1 July of the birth year (the middle of the year), so an age band is right to within six months.
    QList<Step> steps = {
        { QStringLiteral("UPDATE person SET given_name = ?, family_name = '', known_as = NULL, "
                         "date_of_birth = CASE WHEN length(date_of_birth) >= 4 "
                         "THEN substr(date_of_birth, 1, 4) || '-07-01' END, "
                         "email = NULL, phone = NULL, postcode = NULL, address = NULL, reference = NULL, "
                         "anonymised_on = ?, updated_at = ? WHERE id = ?"),
            { anonymisedName(), today, now, personId } },
        { QStringLiteral("UPDATE consent SET detail = NULL, note = NULL WHERE person_id = ?"), p },
        // A story's body is the person's own words: the story goes (its themes and periods cascade).
        { QStringLiteral("DELETE FROM story WHERE person_id = ?"), p },
        { QStringLiteral("UPDATE meeting_attendee SET organisation = NULL WHERE person_id = ?"), p },
        // Actions they own in a group's meetings stay (the group's record), named only by the link.
        { QStringLiteral("UPDATE meeting_action SET owner_text = NULL WHERE owner_person_id = ?"), p },
    };
    if (ids.clientId != 0) {
        steps += QList<Step> {
            // A rare language can identify someone; the lived-experience areas they wanted a mentor to
            // share are special-category detail.
            { QStringLiteral("UPDATE client SET risk_note = NULL, availability = NULL, preference_note = NULL, "
                             "languages = NULL, wanted_shared_areas = NULL, updated_at = ? WHERE id = ?"),
                { now, ids.clientId } },
            { QStringLiteral("UPDATE referral SET source_detail = NULL, reason = NULL, triage_note = NULL "
                             "WHERE client_id = ?"),
                c },
            { QStringLiteral("UPDATE episode SET ending_note = NULL WHERE id IN (%1)").arg(kOwnEpisodes), c },
            { QStringLiteral("UPDATE session SET note = NULL WHERE episode_id IN (%1)").arg(kOwnEpisodes), c },
            { QStringLiteral("UPDATE mentor_match SET ending_note = NULL, reasons = NULL WHERE episode_id IN (%1)")
                    .arg(kOwnEpisodes),
                c },
            { QStringLiteral("UPDATE goal SET description = ? WHERE client_id = ?"), { removed, ids.clientId } },
            { QStringLiteral("UPDATE measure_answer SET text_value = NULL WHERE response_id IN "
                             "(SELECT id FROM measure_response WHERE client_id = ?)"),
                c },
        };
    }
    if (ids.workerId != 0) {
        steps += QList<Step> {
            { QStringLiteral("UPDATE worker SET emergency_contact_name = NULL, emergency_contact_relationship = NULL, "
                             "emergency_contact_phone = NULL, availability = NULL, access_needs = NULL, "
                             "available_slots = NULL, languages = NULL, updated_at = ? WHERE id = ?"),
                { now, ids.workerId } },
            { QStringLiteral("UPDATE worker_status SET reason = NULL WHERE worker_id = ?"), w },
            { QStringLiteral("UPDATE worker_step SET note = NULL WHERE worker_id = ?"), w },
            // Referees are other people, named with their contact details: the rows go.
            { QStringLiteral("DELETE FROM worker_reference WHERE worker_id = ?"), w },
            { QStringLiteral("UPDATE dbs_check SET certificate_number = NULL, note = NULL WHERE worker_id = ?"), w },
            { QStringLiteral("UPDATE volunteer_hours SET activity = NULL WHERE worker_id = ?"), w },
            // Lived experience is special-category detail that no report uses: the row goes.
            { QStringLiteral("DELETE FROM worker_lived_experience WHERE worker_id = ?"), w },
            { QStringLiteral("UPDATE training_completion SET certificate_name = NULL, certificate = NULL, note = NULL "
                             "WHERE worker_id = ?"),
                w },
            { QStringLiteral("UPDATE supervision_arrangement SET note = NULL WHERE worker_id = ?"), w },
            { QStringLiteral("UPDATE supervision_entry SET summary = NULL, private_notes = NULL, updated_at = ? "
                             "WHERE id IN (%1)")
                    .arg(kOwnSupervision),
                { now, ids.workerId } },
            { QStringLiteral("UPDATE supervision_action SET description = ?, owner_text = NULL WHERE entry_id IN (%1)")
                    .arg(kOwnSupervision),
                { removed, ids.workerId } },
            { QStringLiteral("UPDATE supervision_action SET owner_text = NULL WHERE owner_id = ?"), w },
            // A disabled account stays for the audit trail (its user name too); its display name goes.
            { QStringLiteral("UPDATE account SET display_name = '' WHERE worker_id = ?"), w },
        };
    }
    if (ids.workerId != 0) {
        // What they recorded while logged in carries their shown name as text (who recorded a consent,
        // a story or a meeting, chose a story's period, recorded training, ticked off a recruitment step,
        // acknowledged a risk prompt, changed a questionnaire): the display name, or the user name
        // when the account had none. Both become the anonymised label there. The account's user name
        // itself stays, for the audit trail.
        auto names = sql::query(m_db, QStringLiteral("SELECT user_name, display_name FROM account WHERE worker_id = ?"),
            w, QStringLiteral("find the person's login account"));
        if (!names) {
            return names.status();
        }
        QStringList shown;
        while (names.value().next()) {
            for (int i = 0; i < 2; ++i) {
                const QString name = names.value().value(i).toString();
                if (!name.trimmed().isEmpty() && !shown.contains(name)) {
                    shown << name;
                }
            }
        }
        static const QList<QPair<const char*, const char*>> kRecordedBy = {
            { "consent", "recorded_by" },
            { "story", "recorded_by" },
            { "meeting", "recorded_by" },
            { "story_period", "chosen_by" },
            { "training_completion", "recorded_by" },
            { "worker_step", "done_by" },
            { "measure_response", "risk_acknowledged_by" },
            { "measure_definition", "created_by" },
        };
        QList<Step> renames;
        for (const QString& name : std::as_const(shown)) {
            for (const auto& [table, column] : kRecordedBy) {
                renames << Step { QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?")
                                      .arg(QLatin1String(table), QLatin1String(column)),
                    { anonymisedName(), name } };
            }
        }
        steps += renames;
    }
    for (const Step& step : steps) {
        if (Status s = run(m_db, step.sql, step.bind, QStringLiteral("anonymise the person")); !s) {
            return s;
        }
    }
    AuditEvent e;
    e.action = QString::fromLatin1(AuditLog::kAnonymise);
    e.entity = kPerson;
    e.recordId = QString::number(personId);
    e.note = QStringLiteral("reason: %1").arg(reasonKey(reason));
    return AuditLog(m_db).record(actor, e);
}

void ErasureService::checkpoint()
{
    // With secure_delete on, the freed space in the file is zeroed as pages are written; this moves
    // the changed pages from the write-ahead log into the file and empties the log, so the old text
    // is not left in the -wal file either. If another reader holds the log, the next checkpoint
    // finishes the job; the change itself is already saved.
    if (m_db.transactionDepth() == 0) {
        (void)sql::scalar(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
}

} // namespace alongside::core
