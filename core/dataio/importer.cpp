#include "core/dataio/importer.h"

#include "core/audit/auditlog.h"
#include "core/auth/permissions.h"
#include "core/dataio/importkind.h"
#include "core/dataio/importvalues.h"
#include "core/db/database.h"
#include "core/db/rowstore.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/services/servicesupport.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace alongside::core::dataio {

namespace {

/** The kind's importer, or null while a kind is not available in this version. */
std::unique_ptr<KindImporter> makeKind(Database& db, ImportKind kind, const QString& measureId)
{
    switch (kind) {
    case ImportKind::Volunteers:
        return makeVolunteersImporter();
    case ImportKind::PeopleSupported:
        return makePeopleSupportedImporter();
    case ImportKind::Referrals:
        return makeReferralsImporter();
    case ImportKind::Sessions:
        return makeSessionsImporter();
    case ImportKind::MeasureResponses:
        return makeMeasureResponsesImporter(db, measureId);
    case ImportKind::TrainingCompletions:
        return makeTrainingCompletionsImporter();
    case ImportKind::SupervisionEntries:
        return makeSupervisionEntriesImporter();
    }
    return nullptr;
}

Result<std::unique_ptr<KindImporter>> kindImporter(Database& db, ImportKind kind, const QString& measureId)
{
    std::unique_ptr<KindImporter> k = makeKind(db, kind, measureId);
    if (!k) {
        return invalidInput(Importer::tr("Importing %1 is not available in this version of Alongside: enter them "
                                         "on their screens instead.")
                                .arg(kindInfo(kind).name.toLower()));
    }
    return k;
}

QString kindKey(ImportKind kind)
{
    return kindInfo(kind).key;
}

bool isAmong(const PersonOnFile& p, Among among)
{
    return among == Among::Supported ? p.clientId != 0 : p.workerId != 0;
}

QString amongPlural(Among among)
{
    return among == Among::Supported ? PeopleIndex::tr("people supported") : PeopleIndex::tr("volunteers or workers");
}

QString importFirst(Among among)
{
    return among == Among::Supported ? PeopleIndex::tr("import the people supported first")
                                     : PeopleIndex::tr("import the volunteers and peer workers first");
}

QString delimiterWord(QChar delimiter)
{
    if (delimiter == QLatin1Char(';')) {
        return Importer::tr("a semicolon");
    }
    if (delimiter == QLatin1Char('\t')) {
        return Importer::tr("a tab");
    }
    return Importer::tr("a comma");
}

/** Everything check() finds, kept for run(). */
struct Analysis
{
    ImportCheck check;
    std::vector<std::unique_ptr<ImportRecord>> records; // rows with no problem, in file order
    QList<DuplicateChoice> choices; // per record: AddNew for records without a duplicate
};

DuplicateChoice choiceFor(const ImportOptions& options, int line)
{
    return options.duplicateChoices.value(line, options.duplicateDefault);
}

} // namespace

// ---- kinds -------------------------------------------------------------------------------------

QList<ImportKindInfo> importKinds()
{
    QList<ImportKindInfo> out;
    for (ImportKind k :
        { ImportKind::Volunteers, ImportKind::PeopleSupported, ImportKind::Referrals, ImportKind::Sessions,
            ImportKind::MeasureResponses, ImportKind::TrainingCompletions, ImportKind::SupervisionEntries }) {
        out << kindInfo(k);
    }
    return out;
}

ImportKindInfo kindInfo(ImportKind kind)
{
    ImportKindInfo i;
    i.kind = kind;
    switch (kind) {
    case ImportKind::Volunteers:
        i.key = QStringLiteral("volunteers");
        i.name = Importer::tr("Volunteers and peer workers");
        i.description = Importer::tr("Each row is one person who delivers support, with their status and, if "
                                     "given, their role.");
        break;
    case ImportKind::PeopleSupported:
        i.key = QStringLiteral("people");
        i.name = Importer::tr("People supported");
        i.description = Importer::tr("Each row is one person supported, with their first referral.");
        break;
    case ImportKind::Referrals:
        i.key = QStringLiteral("referrals");
        i.name = Importer::tr("Referrals");
        i.description = Importer::tr("Each row is a further referral of someone already on file, and may start "
                                     "a service for them.");
        break;
    case ImportKind::Sessions:
        i.key = QStringLiteral("sessions");
        i.name = Importer::tr("Sessions");
        i.description = Importer::tr("Each row is one session with a person supported, added to the service "
                                     "they were in on the day.");
        break;
    case ImportKind::MeasureResponses:
        i.key = QStringLiteral("measures");
        i.name = Importer::tr("Measure responses");
        i.description = Importer::tr("Each row is one completed questionnaire: item by item, or the total only.");
        break;
    case ImportKind::TrainingCompletions:
        i.key = QStringLiteral("training");
        i.name = Importer::tr("Training completions");
        i.description = Importer::tr("Each row is one course of the training catalogue completed by a worker.");
        break;
    case ImportKind::SupervisionEntries:
        i.key = QStringLiteral("supervision");
        i.name = Importer::tr("Supervision entries");
        i.description = Importer::tr("Each row is one supervision session: who, when, what kind and with whom.");
        break;
    }
    return i;
}

std::optional<ImportKind> kindFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (const ImportKindInfo& i : importKinds()) {
        if (i.key == k) {
            return i.kind;
        }
    }
    return std::nullopt;
}

// ---- people on file ------------------------------------------------------------------------------

QString PersonOnFile::describe() const
{
    QString name = givenName.trimmed();
    if (!familyName.trimmed().isEmpty()) {
        name += QLatin1Char(' ') + familyName.trimmed();
    }
    if (dateOfBirth.isValid()) {
        return PeopleIndex::tr("%1, born %2").arg(name, ImportValues::longDate(dateOfBirth));
    }
    return name;
}

Status PeopleIndex::load(Database& db)
{
    m_people.clear();
    auto q = sql::query(db,
        QStringLiteral("SELECT p.id, (SELECT MIN(c.id) FROM client c WHERE c.person_id = p.id), (SELECT MIN(w.id) "
                       "FROM worker w WHERE w.person_id = p.id), p.given_name, p.family_name, p.known_as, "
                       "p.date_of_birth, p.email, p.reference FROM person p WHERE p.anonymised_on IS NULL "
                       "ORDER BY p.id"),
        {}, QStringLiteral("read the people on file for an import"));
    if (!q) {
        return q.status();
    }
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        PersonOnFile p;
        p.personId = r.value(0).toLongLong();
        p.clientId = r.value(1).toLongLong();
        p.workerId = r.value(2).toLongLong();
        p.givenName = r.value(3).toString();
        p.familyName = r.value(4).toString();
        p.knownAs = r.value(5).toString();
        p.dateOfBirth = rows::toDate(r.value(6));
        p.email = r.value(7).toString();
        p.reference = r.value(8).toString();
        m_people << p;
    }
    m_byReference.clear();
    m_byName.clear();
    m_byEmail.clear();
    m_byFullName.clear();
    for (int i = 0; i < m_people.size(); ++i) {
        const PersonOnFile& p = m_people.at(i);
        if (!p.reference.trimmed().isEmpty()) {
            m_byReference.insert(p.reference.trimmed().toLower(), i);
        }
        m_byName.insert(nameKey(p.givenName, p.familyName), i);
        if (!p.email.trimmed().isEmpty()) {
            m_byEmail.insert(p.email.trimmed().toLower(), i);
        }
        m_byFullName.insert(ImportValues::normalised(p.givenName + p.familyName), i);
        if (!p.knownAs.trimmed().isEmpty()) {
            m_byFullName.insert(ImportValues::normalised(p.knownAs + p.familyName), i);
        }
    }
    return Status::ok();
}

QString PeopleIndex::nameKey(const QString& givenName, const QString& familyName)
{
    return ImportValues::normalised(givenName) + QLatin1Char('|') + ImportValues::normalised(familyName);
}

QList<const PersonOnFile*> PeopleIndex::lookup(const QMultiHash<QString, int>& index, const QString& key) const
{
    QList<int> rows = index.values(key);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<const PersonOnFile*> out;
    for (int i : rows) {
        out << &m_people.at(i);
    }
    return out;
}

QList<const PersonOnFile*> PeopleIndex::withReference(const QString& reference) const
{
    return reference.trimmed().isEmpty() ? QList<const PersonOnFile*>()
                                         : lookup(m_byReference, reference.trimmed().toLower());
}

QList<const PersonOnFile*> PeopleIndex::withName(const QString& givenName, const QString& familyName) const
{
    return lookup(m_byName, nameKey(givenName, familyName));
}

QList<const PersonOnFile*> PeopleIndex::withEmail(const QString& email) const
{
    return email.trimmed().isEmpty() ? QList<const PersonOnFile*>() : lookup(m_byEmail, email.trimmed().toLower());
}

const PersonOnFile* PeopleIndex::byPersonId(qint64 personId) const
{
    for (const PersonOnFile& p : m_people) {
        if (p.personId == personId) {
            return &p;
        }
    }
    return nullptr;
}

const PersonOnFile* PeopleIndex::find(Among among, const QString& reference, const QString& givenName,
    const QString& familyName, const QDate& dateOfBirth, QString* why) const
{
    auto fail = [why](const QString& message) -> const PersonOnFile* {
        if (why) {
            *why = message;
        }
        return nullptr;
    };
    const QString ref = reference.trimmed();
    if (!ref.isEmpty()) {
        for (const PersonOnFile* found : withReference(ref)) {
            const PersonOnFile& p = *found;
            {
                if (isAmong(p, among)) {
                    return &p;
                }
                return fail(among == Among::Supported
                        ? tr("The reference \"%1\" belongs to someone who is not a person supported: check the "
                             "reference, or import them as a person supported first.")
                              .arg(ref)
                        : tr("The reference \"%1\" belongs to someone who is not a volunteer or worker: check the "
                             "reference, or import them as a volunteer first.")
                              .arg(ref));
            }
        }
        if (givenName.trimmed().isEmpty()) {
            return fail(tr("No one on file has the reference \"%1\": check it, or %2.").arg(ref, importFirst(among)));
        }
    }
    if (givenName.trimmed().isEmpty()) {
        return fail(tr("The row does not say who it is about: give a reference or a given name."));
    }
    QList<const PersonOnFile*> named;
    for (const PersonOnFile* p : withName(givenName, familyName)) {
        // A row whose reference is not on file is not someone on file with another reference.
        if (isAmong(*p, among) && (ref.isEmpty() || p->reference.trimmed().isEmpty())) {
            named << p;
        }
    }
    const QString name = QStringList({ givenName.trimmed(), familyName.trimmed() }).join(QLatin1Char(' ')).trimmed();
    if (!ref.isEmpty() && named.isEmpty()) {
        return fail(tr("No one on file has the reference \"%1\": check it, or %2.").arg(ref, importFirst(among)));
    }
    if (dateOfBirth.isValid()) {
        QList<const PersonOnFile*> born;
        QList<const PersonOnFile*> noBirth;
        for (const PersonOnFile* p : named) {
            if (p->dateOfBirth == dateOfBirth) {
                born << p;
            } else if (!p->dateOfBirth.isValid()) {
                noBirth << p;
            }
        }
        if (born.size() == 1) {
            return born.first();
        }
        if (born.size() > 1) {
            return fail(tr("%1 %2 are called %3 and born on %4: give a reference column to tell them apart.")
                            .arg(born.size())
                            .arg(amongPlural(among), name, ImportValues::longDate(dateOfBirth)));
        }
        if (noBirth.size() == 1) {
            return noBirth.first();
        }
        if (named.isEmpty()) {
            return fail(tr("No one among the %1 on file is called %2: check the spelling, or %3.")
                            .arg(amongPlural(among), name, importFirst(among)));
        }
        return fail(tr("No one among the %1 on file is called %2 and born on %3: check the date of birth, or %4.")
                        .arg(amongPlural(among), name, ImportValues::longDate(dateOfBirth), importFirst(among)));
    }
    if (named.size() == 1) {
        return named.first();
    }
    if (named.isEmpty()) {
        return fail(tr("No one among the %1 on file is called %2: check the spelling, or %3.")
                        .arg(amongPlural(among), name, importFirst(among)));
    }
    return fail(tr("%1 %2 are called %3: add a date of birth or reference column to tell them apart.")
                    .arg(named.size())
                    .arg(amongPlural(among), name));
}

const PersonOnFile* PeopleIndex::findByName(Among among, const QString& text, QString* why) const
{
    const QString wanted = ImportValues::normalised(text);
    if (wanted.isEmpty()) {
        if (why) {
            *why = tr("The name is empty.");
        }
        return nullptr;
    }
    for (const PersonOnFile* p : withReference(text)) {
        if (isAmong(*p, among)) {
            return p;
        }
    }
    QList<const PersonOnFile*> found;
    for (const PersonOnFile* p : lookup(m_byFullName, wanted)) {
        if (isAmong(*p, among)) {
            found << p;
        }
    }
    if (found.size() == 1) {
        return found.first();
    }
    if (why) {
        *why = found.isEmpty() ? tr("No one among the %1 on file is called \"%2\": write their given and family "
                                    "name as on file, or their reference, or %3.")
                                     .arg(amongPlural(among), text.trimmed(), importFirst(among))
                               : tr("%1 %2 are called \"%3\": write their reference instead to say which.")
                                     .arg(found.size())
                                     .arg(amongPlural(among), text.trimmed());
    }
    return nullptr;
}

void ImportContext::count(const QString& what, int n)
{
    for (auto& c : m_created) {
        if (c.first == what) {
            c.second += n;
            return;
        }
    }
    m_created << qMakePair(what, n);
}

// ---- one row ---------------------------------------------------------------------------------------

RowReader::RowReader(const SourceTable& table, const SourceRow& row, const QList<FieldSpec>& fields,
    const QHash<QString, int>& mapping, const QDate& today)
    : m_table(table)
    , m_row(row)
    , m_fields(fields)
    , m_mapping(mapping)
    , m_today(today)
{ }

bool RowReader::isMapped(const QString& key) const
{
    const int column = m_mapping.value(key, -1);
    return column >= 0 && column < m_table.headers.size();
}

QString RowReader::cell(const QString& key) const
{
    if (!isMapped(key)) {
        return {};
    }
    const int column = m_mapping.value(key);
    return column < m_row.cells.size() ? m_row.cells.at(column).trimmed() : QString();
}

QString RowReader::title(const QString& key) const
{
    for (const FieldSpec& f : m_fields) {
        if (f.key == key) {
            return f.title;
        }
    }
    return key;
}

void RowReader::problem(const QString& key, const QString& message)
{
    ImportProblem p;
    p.line = m_row.line;
    if (!key.isEmpty() && isMapped(key)) {
        p.column = m_table.headers.at(m_mapping.value(key));
    }
    p.message = message;
    m_problems << p;
}

QString RowReader::text(const QString& key, bool required, int maxLength)
{
    const QString value = cell(key);
    if (value.isEmpty()) {
        if (required) {
            problem(key, ImportValues::emptyMessage(title(key)));
        }
        return {};
    }
    if (maxLength > 0 && value.size() > maxLength) {
        problem(key, tr("%1 is %2 characters long: keep it to %3.").arg(title(key)).arg(value.size()).arg(maxLength));
        return {};
    }
    return value;
}

QDate RowReader::date(const QString& key, When when, bool required)
{
    const QString value = cell(key);
    if (value.isEmpty()) {
        if (required) {
            problem(key, ImportValues::emptyMessage(title(key)));
        }
        return {};
    }
    QString why;
    QDate d;
    // The rule the field says it has (the wizard's example reads by it) is the one it is read by.
    const FieldSpec::DateRule expected = when == When::Any ? FieldSpec::DateRule::Any
        : when == When::Birth                              ? FieldSpec::DateRule::Birth
                                                           : FieldSpec::DateRule::NotFuture;
    bool agrees = false;
    for (const FieldSpec& f : m_fields) {
        agrees = agrees || (f.key == key && f.dateRule == expected);
    }
    Q_ASSERT_X(agrees, "RowReader::date", qPrintable(key));
    switch (when) {
    case When::Any:
        d = parseDate(value, &why);
        break;
    case When::NotFuture:
        d = ImportValues::parsePastDate(value, title(key), m_today, &why);
        break;
    case When::Birth:
        d = ImportValues::parseBirthDate(value, title(key), m_today, &why);
        break;
    }
    if (!d.isValid()) {
        problem(key, why);
    }
    return d;
}

std::optional<int> RowReader::whole(const QString& key, int min, int max, const QString& unit, bool required)
{
    const QString value = cell(key);
    if (value.isEmpty()) {
        if (required) {
            problem(key, ImportValues::emptyMessage(title(key)));
        }
        return std::nullopt;
    }
    QString why;
    auto v = ImportValues::parseWhole(value, min, max, title(key), unit, &why);
    if (!v) {
        problem(key, why);
    }
    return v;
}

std::optional<double> RowReader::number(const QString& key, double min, double max, bool required)
{
    const QString value = cell(key);
    if (value.isEmpty()) {
        if (required) {
            problem(key, ImportValues::emptyMessage(title(key)));
        }
        return std::nullopt;
    }
    QString why;
    auto v = ImportValues::parseNumber(value, min, max, title(key), &why);
    if (!v) {
        problem(key, why);
    }
    return v;
}

QString RowReader::category(
    const QString& key, const QList<CategoryOption>& options, bool required, const QString& fallback)
{
    const QString value = cell(key);
    if (value.isEmpty()) {
        if (required) {
            problem(key, ImportValues::emptyMessage(title(key)));
        }
        return fallback;
    }
    QString why;
    const QString k = ImportValues::matchCategory(value, options, title(key), &why);
    if (k.isEmpty()) {
        problem(key, why);
    }
    return k;
}

const PersonOnFile* RowReader::person(const PeopleIndex& people, Among among, const QString& prefix)
{
    const QString refKey = prefix + QStringLiteral("reference");
    const QString givenKey = prefix + QStringLiteral("given_name");
    const QString familyKey = prefix + QStringLiteral("family_name");
    const QString birthKey = prefix + QStringLiteral("date_of_birth");
    const int before = m_problems.size();
    const QString reference = text(refKey);
    const QString given = text(givenKey);
    const QString family = text(familyKey);
    const QDate born = date(birthKey, When::Birth);
    if (m_problems.size() > before) {
        return nullptr;
    }
    if (reference.isEmpty() && given.isEmpty()) {
        problem(isMapped(refKey) ? refKey : givenKey,
            tr("The row does not say who it is about: give their reference or their given name."));
        return nullptr;
    }
    QString why;
    const PersonOnFile* p = people.find(among, reference, given, family, born, &why);
    if (!p) {
        problem(!reference.isEmpty() ? refKey : givenKey, why);
    }
    return p;
}

const PersonOnFile* RowReader::worker(const PeopleIndex& people, const QString& key, bool required)
{
    const QString name = text(key, required);
    if (name.isEmpty()) {
        return nullptr;
    }
    QString why;
    const PersonOnFile* p = people.findByName(Among::Workforce, name, &why);
    if (!p) {
        problem(key, why);
    }
    return p;
}

QList<FieldSpec> personLookupFields(const QString& prefix, const QString& whoTitle)
{
    auto titled = [&whoTitle](const QString& plain, const QString& withWho) {
        return whoTitle.isEmpty() ? plain : withWho.arg(whoTitle);
    };
    const QString group = prefix + QStringLiteral("who");
    QList<FieldSpec> out;
    FieldSpec ref;
    ref.key = prefix + QStringLiteral("reference");
    ref.title = titled(Importer::tr("Reference"), Importer::tr("%1's reference"));
    ref.help = Importer::tr("The ID from your old records, as imported with the person. Finds them even if the "
                            "name is spelt differently.");
    ref.oneOf = group;
    ref.headerNames = { QStringLiteral("reference"), QStringLiteral("ref"), QStringLiteral("id"),
        QStringLiteral("client id"), QStringLiteral("person id"), QStringLiteral("record id") };
    FieldSpec given;
    given.key = prefix + QStringLiteral("given_name");
    given.title = titled(Importer::tr("Given name"), Importer::tr("%1's given name"));
    given.help = Importer::tr("Their first name, as on file.");
    given.oneOf = group;
    given.headerNames = { QStringLiteral("given name"), QStringLiteral("first name"), QStringLiteral("forename"),
        QStringLiteral("firstname") };
    FieldSpec family;
    family.key = prefix + QStringLiteral("family_name");
    family.title = titled(Importer::tr("Family name"), Importer::tr("%1's family name"));
    family.help = Importer::tr("Their family name (surname), as on file.");
    family.headerNames = { QStringLiteral("family name"), QStringLiteral("surname"), QStringLiteral("last name"),
        QStringLiteral("lastname") };
    FieldSpec born;
    born.key = prefix + QStringLiteral("date_of_birth");
    born.title = titled(Importer::tr("Date of birth"), Importer::tr("%1's date of birth"));
    born.help = Importer::tr("Tells apart two people of the same name: dd/mm/yyyy.");
    born.headerNames = { QStringLiteral("date of birth"), QStringLiteral("dob"), QStringLiteral("birth date"),
        QStringLiteral("born") };
    born.dateRule = FieldSpec::DateRule::Birth;
    if (!prefix.isEmpty()) {
        for (FieldSpec* f : { &ref, &given, &family, &born }) {
            f->headerNames.clear();
        }
    }
    out << ref << given << family << born;
    return out;
}

// ---- the importer --------------------------------------------------------------------------------

Importer::Importer(Database& db)
    : m_db(db)
{ }

Result<QList<FieldSpec>> Importer::fields(ImportKind kind, const QString& measureId) const
{
    auto k = kindImporter(m_db, kind, measureId);
    if (!k) {
        return k.error();
    }
    return k.value()->fields();
}

QDate Importer::readDate(const FieldSpec& field, const QString& text, QString* why)
{
    switch (field.dateRule) {
    case FieldSpec::DateRule::None:
    case FieldSpec::DateRule::Any:
        return parseDate(text, why);
    case FieldSpec::DateRule::NotFuture:
        return ImportValues::parsePastDate(text, field.title, service::today(), why);
    case FieldSpec::DateRule::Birth:
        return ImportValues::parseBirthDate(text, field.title, service::today(), why);
    }
    return {};
}

QHash<QString, int> Importer::autoMatch(const QList<FieldSpec>& fields, const QStringList& headers)
{
    QHash<QString, int> out;
    QList<QString> normalisedHeaders;
    for (const QString& h : headers) {
        normalisedHeaders << ImportValues::normalised(h);
    }
    QSet<int> used;
    // Two passes: a header equal to a field's title or key first, then the other names it goes by.
    for (int pass = 0; pass < 2; ++pass) {
        for (const FieldSpec& f : fields) {
            if (out.contains(f.key)) {
                continue;
            }
            QStringList names;
            if (pass == 0) {
                names << f.title << f.key;
            } else {
                names = f.headerNames;
            }
            for (const QString& name : names) {
                const QString wanted = ImportValues::normalised(name);
                if (wanted.isEmpty()) {
                    continue;
                }
                const int column = normalisedHeaders.indexOf(wanted);
                if (column >= 0 && !used.contains(column)) {
                    out.insert(f.key, column);
                    used.insert(column);
                    break;
                }
            }
        }
    }
    return out;
}

namespace {

Result<Analysis> analyse(Database& db, const Actor& actor, const SourceTable& table, const ImportOptions& options,
    const ImportProgress& progress, KindImporter& kind, ImportContext& ctx)
{
    Analysis a;
    auto fieldsResult = kind.fields();
    if (!fieldsResult) {
        return fieldsResult.error();
    }
    const QList<FieldSpec> fields = fieldsResult.value();
    Q_UNUSED(actor);
    Q_UNUSED(db);

    // The file as a whole: every required field (and one of each oneOf group) matched to a column.
    QHash<QString, int> mapping;
    for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it) {
        if (it.value() >= 0 && it.value() < table.headers.size()) {
            mapping.insert(it.key(), it.value());
        }
    }
    QList<ImportProblem> fileProblems;
    QHash<QString, QStringList> groups;
    QSet<QString> groupsMatched;
    for (const FieldSpec& f : fields) {
        const bool matched = mapping.contains(f.key);
        if (f.required && !matched) {
            ImportProblem p;
            p.message = Importer::tr("No column is matched to %1: every row needs it. Choose the column that "
                                     "holds it, or add one to the file.")
                            .arg(f.title);
            fileProblems << p;
        }
        if (!f.oneOf.isEmpty()) {
            groups[f.oneOf] << f.title;
            if (matched) {
                groupsMatched.insert(f.oneOf);
            }
        }
    }
    for (const FieldSpec& f : fields) {
        if (!f.oneOf.isEmpty() && groups.contains(f.oneOf) && !groupsMatched.contains(f.oneOf)) {
            ImportProblem p;
            p.message = Importer::tr("No column is matched to any of %1: match at least one of them.")
                            .arg(groups.value(f.oneOf).join(Importer::tr(" or ")));
            fileProblems << p;
            groups.remove(f.oneOf);
        }
    }
    a.check.rowsRead = table.rows.size();
    if (!fileProblems.isEmpty()) {
        a.check.problems = fileProblems;
        return a;
    }

    if (Status s = ctx.people.load(ctx.db); !s) {
        return s.error();
    }
    if (Status s = kind.prepare(ctx); !s) {
        return s.error();
    }

    const int total = table.rows.size();
    int done = 0;
    for (const SourceRow& row : table.rows) {
        if (progress && !progress(done, total)) {
            return Error { Error::Code::Cancelled, Importer::tr("The import was cancelled: nothing was changed."), {} };
        }
        ++done;
        RowReader reader(table, row, fields, mapping, ctx.today);
        const int cells = row.cells.size();
        const int columns = table.headers.size();
        bool ragged = false;
        if (table.format == SourceFormat::Csv && cells != columns) {
            // Spreadsheet programs often leave empty cells after the last column: those are harmless.
            bool extraBlank = cells > columns;
            for (int i = columns; i < cells && extraBlank; ++i) {
                extraBlank = row.cells.at(i).trimmed().isEmpty();
            }
            if (!extraBlank) {
                ragged = true;
                reader.problem({},
                    cells > columns
                        ? Importer::tr("This row has %1 values but the header has %2 columns: %3 inside a value "
                                       "needs the value in double quotes.")
                              .arg(cells)
                              .arg(columns)
                              .arg(delimiterWord(table.delimiter))
                        : Importer::tr("This row has %1 values but the header has %2 columns: a value may be "
                                       "missing, or a line break inside a value needs the value in double quotes.")
                              .arg(cells)
                              .arg(columns));
            }
        }
        std::unique_ptr<ImportRecord> record;
        if (!ragged) {
            record = kind.checkRow(ctx, reader);
        }
        if (reader.hasProblems() || !record) {
            if (!reader.hasProblems()) {
                reader.problem({}, Importer::tr("This row cannot be imported."));
            }
            a.check.problems << reader.problems();
            continue;
        }
        record->line = row.line;
        DuplicateChoice choice = DuplicateChoice::AddNew;
        if (record->duplicate) {
            record->duplicate->line = row.line;
            a.check.duplicates << *record->duplicate;
            choice = choiceFor(options, row.line);
            if (choice == DuplicateChoice::Ask) {
                ++a.check.undecided;
            } else if (choice != DuplicateChoice::Skip) {
                const QString why = kind.checkChoice(ctx, *record, choice);
                if (!why.isEmpty()) {
                    ImportProblem p;
                    p.line = row.line;
                    p.message = why;
                    a.check.problems << p;
                    continue;
                }
            }
        }
        ++a.check.rowsReady;
        a.records.push_back(std::move(record));
        a.choices << choice;
    }
    if (progress && !progress(total, total)) {
        return Error { Error::Code::Cancelled, Importer::tr("The import was cancelled: nothing was changed."), {} };
    }
    // In line order, then column order (problems about the whole row first).
    std::stable_sort(
        a.check.problems.begin(), a.check.problems.end(), [&table](const ImportProblem& x, const ImportProblem& y) {
            if (x.line != y.line) {
                return x.line < y.line;
            }
            const int cx = x.column.isEmpty() ? -1 : table.headers.indexOf(x.column);
            const int cy = y.column.isEmpty() ? -1 : table.headers.indexOf(y.column);
            return cx < cy;
        });
    return a;
}

} // namespace

Result<ImportCheck> Importer::check(
    const Actor& actor, const SourceTable& table, const ImportOptions& options, const ImportProgress& progress)
{
    if (Status s = service::refuse(m_db, actor, Permissions::Action::ImportData, kindKey(options.kind)); !s) {
        return s.error();
    }
    auto kind = kindImporter(m_db, options.kind, options.measureId);
    if (!kind) {
        return kind.error();
    }
    ImportContext ctx(m_db, actor, options, service::today());
    auto a = analyse(m_db, actor, table, options, progress, *kind.value(), ctx);
    if (!a) {
        return a.error();
    }
    return a.value().check;
}

Result<ImportResult> Importer::run(const Actor& actor, const SourceTable& table, const ImportOptions& options,
    bool dryRun, const ImportProgress& progress)
{
    if (Status s = service::refuse(m_db, actor, Permissions::Action::ImportData, kindKey(options.kind)); !s) {
        return s.error();
    }
    auto kind = kindImporter(m_db, options.kind, options.measureId);
    if (!kind) {
        return kind.error();
    }
    ImportContext ctx(m_db, actor, options, service::today());
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return tx.beginStatus().error();
    }
    // Checked again inside the transaction, so nothing can change between the check and the writing.
    auto analysed = analyse(m_db, actor, table, options, {}, *kind.value(), ctx);
    if (!analysed) {
        return analysed.error();
    }
    const Analysis& a = analysed.value();
    if (!a.check.problems.isEmpty()) {
        const int n = a.check.problems.size();
        return invalidInput(n == 1 ? tr("The file has 1 problem: correct it and check the file again. Nothing was "
                                        "imported.")
                                   : tr("The file has %1 problems: correct them and check the file again. Nothing "
                                        "was imported.")
                                         .arg(n));
    }
    if (a.check.undecided > 0) {
        const int n = a.check.undecided;
        return invalidInput(n == 1 ? tr("1 row may be someone already on file: choose what to do with it first. "
                                        "Nothing was imported.")
                                   : tr("%1 rows may be someone already on file: choose what to do with each first. "
                                        "Nothing was imported.")
                                         .arg(n));
    }

    ImportResult result;
    result.dryRun = dryRun;
    const int total = static_cast<int>(a.records.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            tx.rollback();
            return Error { Error::Code::Cancelled, tr("The import was cancelled: nothing was changed."), {} };
        }
        const ImportRecord& record = *a.records.at(i);
        const DuplicateChoice choice = a.choices.at(i);
        if (choice == DuplicateChoice::Skip) {
            ++result.rowsSkipped;
            continue;
        }
        if (Status s = kind.value()->writeRow(ctx, record, choice); !s) {
            tx.rollback();
            Error e = s.error();
            e.message = tr("Row %1 could not be saved: %2 Nothing was imported.").arg(record.line).arg(e.message);
            return e;
        }
        ++result.rowsImported;
    }
    if (progress && !progress(total, total)) {
        tx.rollback();
        return Error { Error::Code::Cancelled, tr("The import was cancelled: nothing was changed."), {} };
    }
    result.created = ctx.created();
    QString note = result.rowsImported == 1 ? QStringLiteral("import: 1 row")
                                            : QStringLiteral("import: %1 rows").arg(result.rowsImported);
    if (result.rowsSkipped > 0) {
        note += QStringLiteral(", %1 skipped as duplicates").arg(result.rowsSkipped);
    }
    if (Status s
        = AuditLog(m_db).record(actor, { QString::fromLatin1(AuditLog::kCreate), kindKey(options.kind), {}, {}, note });
        !s) {
        tx.rollback();
        return s.error();
    }
    if (dryRun) {
        tx.rollback();
        return result;
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return result;
}

} // namespace alongside::core::dataio
