#pragma once

#include "core/actor.h"
#include "core/dataio/sourcetable.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace alongside::core {
class Database;
}

namespace alongside::core::dataio {

/** What one import file holds: one kind of record per file. */
enum class ImportKind
{
    Volunteers, // volunteers and peer workers: a person, their status and (optionally) a role
    PeopleSupported, // people supported: a person and their first referral
    Referrals, // further referrals of people already on file (optionally starting a service)
    Sessions, // one-to-one sessions, attached to the person's episode open on the day
    MeasureResponses, // questionnaire scores for people supported: item by item, or totals only
    TrainingCompletions, // a worker completed a course in the training catalogue
    SupervisionEntries, // supervision sessions: who, when, what kind, with whom
};

struct ImportKindInfo
{
    ImportKind kind = ImportKind::Volunteers;
    QString
        key; // stable, for the command line: volunteers, people, referrals, sessions, measures, training, supervision
    QString name; // "Volunteers and peer workers", translated
    QString description; // one sentence on what a row is, translated
};

QList<ImportKindInfo> importKinds();
std::optional<ImportKind> kindFromKey(const QString& key);
ImportKindInfo kindInfo(ImportKind kind);

/** One thing a row can say: a column Alongside understands. */
struct FieldSpec
{
    QString key; // stable ("given_name", "item_3")
    QString title; // "Given name", translated: what the wizard shows
    QString help; // what goes in it, with the accepted values for a category, translated
    bool required = false; // the import cannot start unless a column is matched to it
    QString oneOf; // fields sharing a non-empty oneOf: at least one of them must be matched
    QStringList headerNames; // lower-case header texts that match it automatically ("first name", "forename")

    /** How the field's cells are read as dates (see Importer::readDate); None: not a date. */
    enum class DateRule
    {
        None,
        Any, // any date (an expiry may be in the future)
        NotFuture, // what has happened: not after today
        Birth, // a date of birth: not in the future, an age from 0 to 120
    };
    DateRule dateRule = DateRule::None;
};

/** What to do with a row that may be someone already on file. */
enum class DuplicateChoice
{
    Ask, // not decided: the import cannot run until it is
    AddNew, // a different person with the same details: add them
    UseExisting, // the same person: add the row's records to the person on file
    Skip, // leave the row out
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Volunteers;
    QString measureId; // MeasureResponses: the questionnaire in the file ("WEMWBS")
    QHash<QString, int> mapping; // field key -> column (index into SourceTable::headers); absent: not imported
    QHash<int, DuplicateChoice> duplicateChoices; // by SourceRow::line
    DuplicateChoice duplicateDefault = DuplicateChoice::Ask; // for rows with no choice of their own
};

/** A reason a row cannot be imported. Any problem stops the whole import. */
struct ImportProblem
{
    int line = 0; // SourceRow::line; 0: the file as a whole (e.g. a required column not matched)
    QString column; // the file's header of the cell, empty when about the whole row
    QString message; // plain words: what is wrong and what to write instead, translated
};

/** A row that looks like someone already on file (or like an earlier row of the same file). */
struct PossibleDuplicate
{
    int line = 0;
    QString incoming; // "Jo Bloggs, born 3 May 1980" as the row has it
    qint64 personId = 0; // who is on file (0: an earlier row of this file)
    int earlierLine = 0; // the earlier row, when personId is 0
    QString existing; // "Jo Bloggs, born 3 May 1980 (person supported)"
    QString reason; // "same name and date of birth", translated
    bool sameReference = false; // the reason is the same reference: references are unique, so not a new person
};

struct ImportCheck
{
    int rowsRead = 0; // data rows in the file (blank rows not counted)
    int rowsReady = 0; // rows with no problem
    QList<ImportProblem> problems; // in line order, then column order
    QList<PossibleDuplicate> duplicates; // each needs a choice unless skipped or decided by default
    int undecided = 0; // duplicates still at DuplicateChoice::Ask

    bool canImport() const { return problems.isEmpty() && undecided == 0; }
};

struct ImportResult
{
    bool dryRun = false;
    int rowsImported = 0;
    int rowsSkipped = 0; // duplicates the user chose to skip
    QList<QPair<QString, int>> created; // ("people supported", 12), ("referrals", 12): translated, in order
};

/** done of total rows; return false to cancel (the import then leaves the database untouched). */
using ImportProgress = std::function<bool(int done, int total)>;

/**
 * Brings rows of a spreadsheet into the database: one kind of record per file, all or nothing.
 *
 * check() reads only: it matches every row against what Alongside accepts (required values,
 * dates as dd/mm/yyyy, d/m/yy is refused, ISO yyyy-mm-dd, categories by key or name, numbers in
 * range, dates not in the future, people and workers that must already be on file) and lists every
 * problem by row and column in plain words, and every possible duplicate of a person already on file
 * or of an earlier row.
 *
 * run() checks again, refuses if anything is wrong, and then writes every row through the same
 * services the screens use inside one transaction: the file goes in whole or not at all, and a
 * cancel, a full disk or any refusal leaves the database exactly as it was. With dryRun it does
 * everything and then rolls back, so its counts are what a real import would create. The import
 * is written to the audit log (kind, rows, file name; never the values).
 *
 * Requires Permissions::ImportData.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::dataio::Importer)

public:
    explicit Importer(Database& db);

    /** The columns a kind understands; for MeasureResponses, one per item of measureId plus the total. */
    Result<QList<FieldSpec>> fields(ImportKind kind, const QString& measureId = {}) const;

    /**
     * A cell of a date field (field.dateRule not None) read as the check reads it, on today
     * (service::today()): null with *why set when it would be refused. For the wizard's example.
     */
    static QDate readDate(const FieldSpec& field, const QString& text, QString* why);

    /** Matches headers to fields by name (case, spaces, punctuation and accents ignored); each column at most once. */
    static QHash<QString, int> autoMatch(const QList<FieldSpec>& fields, const QStringList& headers);

    Result<ImportCheck> check(const Actor& actor, const SourceTable& table, const ImportOptions& options,
        const ImportProgress& progress = {});

    Result<ImportResult> run(const Actor& actor, const SourceTable& table, const ImportOptions& options, bool dryRun,
        const ImportProgress& progress = {});

private:
    Database& m_db;
};

/**
 * Reads a date as people write it in UK spreadsheets: dd/mm/yyyy (also with - or . between, and
 * one-digit days or months), ISO yyyy-mm-dd (a time after it is ignored), and "3 May 2025",
 * "3-May-2025", "3 Sept 2025". A two-digit year, a month above 12 (an American mm/dd date) or a day
 * the month does not have is refused: returns a null date and sets *why to a plain sentence saying
 * what to write instead (translated). For a two-digit year that is the year, 19yy or 20yy, nearest to
 * today (service::today()); ImportValues::parsePastDate suggests the nearest not in the future, and
 * parseBirthDate names both when both give a possible age.
 */
QDate parseDate(const QString& text, QString* why = nullptr);

} // namespace alongside::core::dataio
