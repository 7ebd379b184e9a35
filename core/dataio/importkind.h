#pragma once

// Internal to core: what each kind of import file (volunteers, sessions, ...) implements, and the
// tools it is given. The Importer does the rest: column matching, ragged rows, progress and
// cancel, duplicate choices, the one transaction, the audit entry, dry runs.
//
// A kind is a KindImporter made by its factory (declared below, registered in importer.cpp's
// makeKind()). For each data row the Importer gives checkRow() a RowReader: the kind reads its
// fields through it (typed: text, date, whole number, category), each bad value becoming an
// ImportProblem with the row's line and column, and returns a prepared ImportRecord holding
// everything needed to write the row (ids found, dates read). run() later hands each prepared
// record to writeRow(), inside the Importer's transaction; writeRow() writes through the services.

#include "core/actor.h"
#include "core/clients/clienttypes.h"
#include "core/dataio/importer.h"
#include "core/dataio/importvalues.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

namespace alongside::core {
class Database;
}

namespace alongside::core::dataio {

/** Someone on file (not anonymised), as the import finds people and workers. */
struct PersonOnFile
{
    qint64 personId = 0;
    qint64 clientId = 0; // 0: not a person supported
    qint64 workerId = 0; // 0: not on the workforce
    QString givenName;
    QString familyName;
    QString knownAs;
    QDate dateOfBirth;
    QString email;
    QString reference;

    /** "Jo Bloggs, born 3 May 1980" (or without the birth date). */
    QString describe() const;
};

/** Whom a lookup searches: people supported or the workforce. */
enum class Among
{
    Supported,
    Workforce,
};

/** Everyone on file, read once per check; finds people the way every kind needs. */
class PeopleIndex
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::dataio::PeopleIndex)

public:
    Status load(Database& db);

    const QList<PersonOnFile>& all() const { return m_people; }

    const PersonOnFile* byPersonId(qint64 personId) const;

    /** The key two names match by: given and family name normalised (case, accents, spaces ignored). */
    static QString nameKey(const QString& givenName, const QString& familyName);

    /** Everyone with this reference (case ignored), name key, or email address (case ignored). */
    QList<const PersonOnFile*> withReference(const QString& reference) const;
    QList<const PersonOnFile*> withName(const QString& givenName, const QString& familyName) const;
    QList<const PersonOnFile*> withEmail(const QString& email) const;

    /**
     * One person among `among`: by reference when given; else by given and family name plus
     * date of birth when the birth date is given; else by a name that only one of them has. Null
     * with *why set (who was not found or who is ambiguous, and what to do) otherwise.
     */
    const PersonOnFile* find(Among among, const QString& reference, const QString& givenName, const QString& familyName,
        const QDate& dateOfBirth, QString* why) const;

    /**
     * One person among `among` from a single cell: their reference, or their name as "Given
     * Family" (or "Known-as Family"), ignoring case and spaces. Null with *why set otherwise.
     */
    const PersonOnFile* findByName(Among among, const QString& text, QString* why) const;

private:
    QList<const PersonOnFile*> lookup(const QMultiHash<QString, int>& index, const QString& key) const;

    QList<PersonOnFile> m_people;
    QMultiHash<QString, int> m_byReference; // lower case
    QMultiHash<QString, int> m_byName; // nameKey()
    QMultiHash<QString, int> m_byEmail; // lower case
    QMultiHash<QString, int> m_byFullName; // normalised "given family" and "known-as family" (findByName)
};

/** What every kind is given while checking and writing. One per check() or run(). */
class ImportContext
{
public:
    ImportContext(Database& db, const Actor& actor, const ImportOptions& options, const QDate& today)
        : db(db)
        , actor(actor)
        , options(options)
        , today(today)
    { }

    Database& db;
    const Actor& actor;
    const ImportOptions& options;
    const QDate today;
    PeopleIndex people; // loaded before the first row

    /** Records that writing created n of `what` (translated, plural: "sessions"). Kept in first-seen order. */
    void count(const QString& what, int n = 1);

    const QList<QPair<QString, int>>& created() const { return m_created; }

private:
    QList<QPair<QString, int>> m_created;
};

/**
 * One data row, read field by field. Cells are trimmed; a field not matched to a column reads as
 * empty. Every read that fails records one problem for the field's column and returns an empty
 * value; a kind need not check anything but the result it uses.
 */
class RowReader
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::dataio::RowReader)

public:
    enum class When
    {
        Any, // any valid date
        NotFuture, // something that has happened: today or before
        Birth, // a date of birth: not in the future, an age from 0 to 120
    };

    RowReader(const SourceTable& table, const SourceRow& row, const QList<FieldSpec>& fields,
        const QHash<QString, int>& mapping, const QDate& today);

    int line() const { return m_row.line; }

    /** The field is matched to a column of the file. */
    bool isMapped(const QString& key) const;
    /** The trimmed cell of the field; empty when not matched or the row is short. */
    QString cell(const QString& key) const;
    /** The field's title ("Given name"), for messages. */
    QString title(const QString& key) const;

    QString text(const QString& key, bool required = false, int maxLength = 200);
    QDate date(const QString& key, When when = When::NotFuture, bool required = false);
    std::optional<int> whole(const QString& key, int min, int max, const QString& unit = {}, bool required = false);
    std::optional<double> number(const QString& key, double min, double max, bool required = false);
    /** The option's key; fallback when the cell is empty and not required. */
    QString category(
        const QString& key, const QList<CategoryOption>& options, bool required = false, const QString& fallback = {});

    /** A problem with the field's cell (key empty: with the whole row). */
    void problem(const QString& key, const QString& message);

    bool hasProblems() const { return !m_problems.isEmpty(); }

    const QList<ImportProblem>& problems() const { return m_problems; }

    /**
     * The person the row is about, among people supported or the workforce, from the fields
     * prefix+"reference", prefix+"given_name", prefix+"family_name", prefix+"date_of_birth"
     * (see personLookupFields()). Null, with a problem recorded, when there is none or several.
     */
    const PersonOnFile* person(const PeopleIndex& people, Among among, const QString& prefix = {});

    /** A worker named in one cell (see PeopleIndex::findByName); null with a problem when not found. */
    const PersonOnFile* worker(const PeopleIndex& people, const QString& key, bool required = false);

private:
    const SourceTable& m_table;
    const SourceRow& m_row;
    const QList<FieldSpec>& m_fields;
    const QHash<QString, int>& m_mapping;
    QDate m_today;
    QList<ImportProblem> m_problems;
};

/** A row read and checked, ready to write. Kinds derive their own with what writeRow() needs. */
struct ImportRecord
{
    virtual ~ImportRecord() = default;
    int line = 0;
    /** Set by kinds that add people, when the row may be someone on file or an earlier row. */
    std::optional<PossibleDuplicate> duplicate;
};

class KindImporter
{
public:
    virtual ~KindImporter() = default;

    /** The columns this kind understands (keys stable, titles and help translated). */
    virtual Result<QList<FieldSpec>> fields() const = 0;

    /** Once per check, before the first row: load catalogues and the like. ctx.people is loaded. */
    virtual Status prepare(ImportContext& ctx)
    {
        Q_UNUSED(ctx);
        return Status::ok();
    }

    /**
     * Reads and checks one row; problems go to row. Returns the prepared record, or null when the
     * row has problems. Must not write anything. Rows arrive in file order, so a kind may remember
     * earlier rows (e.g. for duplicates within the file).
     */
    virtual std::unique_ptr<ImportRecord> checkRow(ImportContext& ctx, RowReader& row) = 0;

    /**
     * For a record with a duplicate: a problem with the choice made (empty when it can be done),
     * e.g. "use existing" for someone who already is a volunteer.
     */
    virtual QString checkChoice(const ImportContext& ctx, const ImportRecord& record, DuplicateChoice choice) const
    {
        Q_UNUSED(ctx);
        Q_UNUSED(record);
        Q_UNUSED(choice);
        return {};
    }

    /**
     * Writes one prepared record through the services (inside the Importer's transaction) and
     * counts what it created with ctx.count(). choice is AddNew or UseExisting for records with a
     * duplicate, AddNew otherwise. An error stops the whole import.
     */
    virtual Status writeRow(ImportContext& ctx, const ImportRecord& record, DuplicateChoice choice) = 0;
};

// The kinds: one factory each, registered in importer.cpp (makeKind).
std::unique_ptr<KindImporter> makeVolunteersImporter();
std::unique_ptr<KindImporter> makePeopleSupportedImporter();
std::unique_ptr<KindImporter> makeReferralsImporter();
std::unique_ptr<KindImporter> makeSessionsImporter();
std::unique_ptr<KindImporter> makeMeasureResponsesImporter(Database& db, const QString& measureId);
std::unique_ptr<KindImporter> makeTrainingCompletionsImporter();
std::unique_ptr<KindImporter> makeSupervisionEntriesImporter();

// Shared field lists.

/** A column a kind understands: its key, title, help and the headers that match it automatically. */
inline FieldSpec fieldSpec(const QString& key, const QString& title, const QString& help, const QStringList& headers,
    bool required = false, const QString& oneOf = {})
{
    FieldSpec f;
    f.key = key;
    f.title = title;
    f.help = help;
    f.headerNames = headers;
    f.required = required;
    f.oneOf = oneOf;
    return f;
}

/** f, read as a date by rule (what RowReader::date is asked for that field must agree). */
inline FieldSpec dated(FieldSpec f, FieldSpec::DateRule rule)
{
    f.dateRule = rule;
    return f;
}

/**
 * The fields that identify someone already on file: prefix+"reference", "given_name",
 * "family_name", "date_of_birth" (titles prefixed by who, e.g. "Worker's given name", when given).
 * At least the reference or the given name must be matched (oneOf).
 */
QList<FieldSpec> personLookupFields(const QString& prefix = {}, const QString& whoTitle = {});

// People added by an import (volunteers, people supported): kinds/newperson.cpp.

/** A person's details as a row of a volunteers or people-supported file gives them. */
struct NewPerson
{
    QString reference;
    QString givenName;
    QString familyName;
    QString knownAs;
    QDate dateOfBirth;
    QString gender; // Demographics key or empty
    QString ethnicity; // Demographics key or empty
    QString email;
    QString phone;
    QString address;
    QString postcode;

    /** "Jo Bloggs, born 3 May 1980" (or without the birth date). */
    QString describe() const;
};

/** reference, given_name (required), family_name, known_as, date_of_birth, gender, ethnicity, email, phone, address,
 * postcode. */
QList<FieldSpec> newPersonFields();

/** Reads the fields of newPersonFields(); problems go to row. */
NewPerson readNewPerson(RowReader& row);

/**
 * For "use existing": the details of the person on file, with any detail they lack taken from the
 * row (what is on file is never overwritten).
 */
Result<NewPerson> mergedWithFile(Database& db, qint64 personId, const NewPerson& incoming);

/** The problem with choosing `choice` for a new person's duplicate, or empty (see KindImporter::checkChoice). */
QString duplicateChoiceProblem(const PeopleIndex& people, const ImportRecord& record, const NewPerson& person,
    DuplicateChoice choice, Among adding);

/** Gender and ethnic group as import categories: Demographics keys, names and common synonyms. */
QList<CategoryOption> genderOptions();
QList<CategoryOption> ethnicityOptions();

/**
 * Finds the possible duplicate of a new person: someone on file with the same reference, the same
 * name and date of birth, the same email address, or the same name when either has no date of
 * birth; else an earlier row of the file by the same tests. Remembers every row it is given.
 */
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::dataio::DuplicateFinder)

public:
    std::optional<PossibleDuplicate> check(const PeopleIndex& people, const NewPerson& person, int line);

    /** "(person supported)", "(volunteer or worker)" or both, for PossibleDuplicate::existing. */
    static QString roles(const PersonOnFile& person);

private:
    QList<QPair<int, NewPerson>> m_earlier;
    QMultiHash<QString, int> m_earlierKeys; // "r:" reference, "n:" name key, "e:" email -> index into m_earlier
};

// Referrals (people supported, further referrals): kinds/referrals.cpp.

/** referred_on (required), source_category, source_name, source_detail, reason. */
QList<FieldSpec> referralFields();

/** The referral sources catalogue, read once; reads a row's referral fields against it. */
class ReferralReader
{
public:
    Status load(ImportContext& ctx);
    /** The row's referral (clientId 0); problems go to row. */
    Referral read(RowReader& row) const;

private:
    QList<ReferralSource> m_sources;
};

} // namespace alongside::core::dataio
