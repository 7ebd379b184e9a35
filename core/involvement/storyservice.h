#pragma once

#include "core/actor.h"
#include "core/involvement/involvementtypes.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace alongside::core {

class Database;
struct Consent;

/**
 * Stories and case studies (BRIEF §7, §8). A story is written by or with a person and rests on
 * that person's consent to use a story (a consent row with purpose "story"): a report takes a
 * story only while that consent stands on the day the report is made, so withdrawing consent
 * withdraws the story from every later report. The words as written (body) are never reported;
 * reports use the anonymised text, which the writer prepares and the app checks for names, dates
 * of birth and contact details (identifiers::find).
 *
 * Reading stories needs OpenClientRecords; writing them EditRecords; themes are a catalogue
 * (EditCatalogues); the report view needs only RunAggregateReports and carries no names.
 */
class StoryService
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::StoryService)

public:
    explicit StoryService(Database& db)
        : m_db(db)
    { }

    // ---- themes -------------------------------------------------------------------------------------

    Result<QList<StoryTheme>> themes(const Actor& actor, bool includeInactive = false) const;
    Result<qint64> saveTheme(const Actor& actor, const StoryTheme& theme);
    /** Removes an unused theme; one in use is refused with advice to retire it. */
    Status removeTheme(const Actor& actor, qint64 id);

    // ---- stories ------------------------------------------------------------------------------------

    /** Every story, newest first (personId 0), or one person's. */
    Result<QList<StorySummary>> stories(const Actor& actor, qint64 personId = 0) const;
    /** One whole story (an audited view). */
    Result<Story> story(const Actor& actor, qint64 id);
    /**
     * Saves a story with its themes and the periods it is chosen for, in one transaction. The
     * consent, when given, must be this person's and for the use of a story. id as for other
     * services (0 adds; a missing id re-creates it, for undo). Audited (field names only).
     */
    Result<qint64> saveStory(const Actor& actor, const Story& story);
    Status removeStory(const Actor& actor, qint64 id);

    /** personId's consents for the use of a story, newest first, for the editor's choice. */
    Result<QList<Consent>> storyConsents(const Actor& actor, qint64 personId) const;

    /**
     * What in text could identify the writer: their names, date of birth and contact details, and
     * the names of the charity's workers (everyone with a worker record, and the worker who helped
     * write it). Needs OpenClientRecords.
     */
    Result<QList<IdentifierWarning>> checkAnonymised(
        const Actor& actor, qint64 personId, qint64 writtenWithWorkerId, const QString& text) const;

    /**
     * The stories for a report on the period from..to, made on asOf: see ReportStories. Needs
     * RunAggregateReports; carries no names.
     */
    Result<ReportStories> reportStories(
        const Actor& actor, const QDate& from, const QDate& to, const QDate& asOf) const;

    static Status validate(const Story& story, const QDate& today);

    /** "Person supported", "Volunteer"... for an author type (the standing keys bar stakeholder). */
    static QStringList authorTypeKeys();
    static QString consentStateName(StoryConsentState state);

private:
    Database& m_db;
};

} // namespace alongside::core
