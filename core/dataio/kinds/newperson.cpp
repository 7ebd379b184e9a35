#include "core/clients/demographics.h"
#include "core/dataio/importkind.h"

#include <algorithm>

namespace alongside::core::dataio {

namespace {

QString name(const QString& given, const QString& family)
{
    return QStringList({ given.trimmed(), family.trimmed() }).join(QLatin1Char(' ')).trimmed();
}

bool sameName(const QString& g1, const QString& f1, const QString& g2, const QString& f2)
{
    return ImportValues::normalised(g1) == ImportValues::normalised(g2)
        && ImportValues::normalised(f1) == ImportValues::normalised(f2);
}

/** The reason two people may be one, or empty. */
QString reasonFor(const QString& ref1, const QString& g1, const QString& f1, const QDate& b1, const QString& e1,
    const QString& ref2, const QString& g2, const QString& f2, const QDate& b2, const QString& e2)
{
    if (!ref1.isEmpty() && ref1.compare(ref2, Qt::CaseInsensitive) == 0) {
        return DuplicateFinder::tr("same reference");
    }
    const bool named = sameName(g1, f1, g2, f2);
    if (named && b1.isValid() && b1 == b2) {
        return DuplicateFinder::tr("same name and date of birth");
    }
    if (!e1.trimmed().isEmpty() && e1.trimmed().compare(e2.trimmed(), Qt::CaseInsensitive) == 0) {
        return DuplicateFinder::tr("same email address");
    }
    if (named && (!b1.isValid() || !b2.isValid())) {
        return DuplicateFinder::tr("same name, and no date of birth to tell them apart");
    }
    return {};
}

} // namespace

QString NewPerson::describe() const
{
    const QString n = name(givenName, familyName);
    return dateOfBirth.isValid() ? PeopleIndex::tr("%1, born %2").arg(n, ImportValues::longDate(dateOfBirth)) : n;
}

QList<FieldSpec> newPersonFields()
{
    QList<FieldSpec> out;
    out << fieldSpec(QStringLiteral("reference"), Importer::tr("Reference"),
        Importer::tr("The ID from your old records (optional, unique): later files can find the person by it."),
        { QStringLiteral("ref"), QStringLiteral("id"), QStringLiteral("client id"), QStringLiteral("volunteer id"),
            QStringLiteral("person id"), QStringLiteral("record id") });
    out << fieldSpec(QStringLiteral("given_name"), Importer::tr("Given name"),
        Importer::tr("Their first name, or the name they use. Required."),
        { QStringLiteral("first name"), QStringLiteral("forename"), QStringLiteral("firstname"),
            QStringLiteral("first") },
        true);
    out << fieldSpec(QStringLiteral("family_name"), Importer::tr("Family name"), Importer::tr("Their surname."),
        { QStringLiteral("surname"), QStringLiteral("last name"), QStringLiteral("lastname") });
    out << fieldSpec(QStringLiteral("known_as"), Importer::tr("Known as"), Importer::tr("A name they prefer, if any."),
        { QStringLiteral("preferred name"), QStringLiteral("nickname") });
    out << dated(fieldSpec(QStringLiteral("date_of_birth"), Importer::tr("Date of birth"),
                     Importer::tr("dd/mm/yyyy or yyyy-mm-dd; an age from 0 to 120."),
                     { QStringLiteral("dob"), QStringLiteral("birth date"), QStringLiteral("born") }),
        FieldSpec::DateRule::Birth);
    out << fieldSpec(QStringLiteral("gender"), Importer::tr("Gender"),
        Importer::tr("One of: %1. Empty: not asked.").arg(ImportValues::acceptedNames(genderOptions())),
        { QStringLiteral("sex") });
    out << fieldSpec(QStringLiteral("ethnicity"), Importer::tr("Ethnic group"),
        Importer::tr("One of the Census 2021 groups (e.g. \"White: Irish\") or its number 1 to 19, or \"Not "
                     "stated\". Empty: not asked."),
        { QStringLiteral("ethnicity"), QStringLiteral("ethnic origin"), QStringLiteral("ethnic background") });
    out << fieldSpec(QStringLiteral("email"), Importer::tr("Email"), Importer::tr("Their email address."),
        { QStringLiteral("email address"), QStringLiteral("e-mail") });
    out << fieldSpec(QStringLiteral("phone"), Importer::tr("Phone"), Importer::tr("Their phone number."),
        { QStringLiteral("telephone"), QStringLiteral("mobile"), QStringLiteral("phone number"),
            QStringLiteral("tel") });
    out << fieldSpec(QStringLiteral("address"), Importer::tr("Address"), Importer::tr("Their postal address."),
        { QStringLiteral("home address"), QStringLiteral("street") });
    out << fieldSpec(QStringLiteral("postcode"), Importer::tr("Postcode"), Importer::tr("Their postcode."),
        { QStringLiteral("post code"), QStringLiteral("zip") });
    return out;
}

NewPerson readNewPerson(RowReader& row)
{
    NewPerson p;
    p.reference = row.text(QStringLiteral("reference"), false, 100);
    p.givenName = row.text(QStringLiteral("given_name"), true);
    p.familyName = row.text(QStringLiteral("family_name"));
    p.knownAs = row.text(QStringLiteral("known_as"));
    p.dateOfBirth = row.date(QStringLiteral("date_of_birth"), RowReader::When::Birth);
    p.gender = row.category(QStringLiteral("gender"), genderOptions());
    p.ethnicity = row.category(QStringLiteral("ethnicity"), ethnicityOptions());
    p.email = row.text(QStringLiteral("email"));
    if (!p.email.isEmpty() && !p.email.contains(QLatin1Char('@'))) {
        row.problem(QStringLiteral("email"),
            Importer::tr("\"%1\" is not an email address: it needs an @. Correct it or leave the cell empty.")
                .arg(p.email));
    }
    p.phone = row.text(QStringLiteral("phone"));
    p.address = row.text(QStringLiteral("address"), false, 2000);
    p.postcode = row.text(QStringLiteral("postcode"));
    return p;
}

QList<CategoryOption> genderOptions()
{
    QList<CategoryOption> out;
    for (const QString& key : Demographics::genderKeys()) {
        CategoryOption o { key, Demographics::genderName(key), {} };
        if (key == QLatin1String("female")) {
            o.synonyms = { QStringLiteral("f"), QStringLiteral("woman"), QStringLiteral("w") };
        } else if (key == QLatin1String("male")) {
            o.synonyms = { QStringLiteral("m"), QStringLiteral("man") };
        } else if (key == QLatin1String("non_binary")) {
            o.synonyms = { QStringLiteral("non binary"), QStringLiteral("nb"), QStringLiteral("enby") };
        } else if (key == QLatin1String(Demographics::kNotStated)) {
            o.synonyms = { QStringLiteral("prefer not to say"), QStringLiteral("not stated"),
                QStringLiteral("declined"), QStringLiteral("not given") };
        }
        out << o;
    }
    return out;
}

QList<CategoryOption> ethnicityOptions()
{
    QList<CategoryOption> out;
    for (const QString& key : Demographics::ethnicityKeys()) {
        CategoryOption o { key, Demographics::ethnicityName(key), {} };
        if (key == QLatin1String("13")) {
            o.synonyms
                = { QStringLiteral("White British"), QStringLiteral("British"), QStringLiteral("White English") };
        } else if (key == QLatin1String("14")) {
            o.synonyms = { QStringLiteral("White Irish"), QStringLiteral("Irish") };
        } else if (key == QLatin1String("17")) {
            o.synonyms = { QStringLiteral("White other") };
        } else if (key == QLatin1String("6")) {
            o.synonyms = { QStringLiteral("Black African"), QStringLiteral("African") };
        } else if (key == QLatin1String("7")) {
            o.synonyms = { QStringLiteral("Black Caribbean"), QStringLiteral("Caribbean") };
        } else if (key == QLatin1String("3")) {
            o.synonyms = { QStringLiteral("Indian") };
        } else if (key == QLatin1String("4")) {
            o.synonyms = { QStringLiteral("Pakistani") };
        } else if (key == QLatin1String("1")) {
            o.synonyms = { QStringLiteral("Bangladeshi") };
        } else if (key == QLatin1String("2")) {
            o.synonyms = { QStringLiteral("Chinese") };
        } else if (key == QLatin1String(Demographics::kNotStated)) {
            o.synonyms
                = { QStringLiteral("prefer not to say"), QStringLiteral("not stated"), QStringLiteral("declined") };
        }
        out << o;
    }
    return out;
}

QString DuplicateFinder::roles(const PersonOnFile& p)
{
    if (p.clientId && p.workerId) {
        return tr("(person supported, and volunteer or worker)");
    }
    if (p.clientId) {
        return tr("(person supported)");
    }
    if (p.workerId) {
        return tr("(volunteer or worker)");
    }
    return {};
}

std::optional<PossibleDuplicate> DuplicateFinder::check(const PeopleIndex& people, const NewPerson& n, int line)
{
    std::optional<PossibleDuplicate> found;
    // The strongest reason wins: a reference, then name and birth date, then email, then name alone.
    int best = 99;
    const QStringList order = { tr("same reference"), tr("same name and date of birth"), tr("same email address"),
        tr("same name, and no date of birth to tell them apart") };
    QList<const PersonOnFile*> candidates = people.withReference(n.reference);
    candidates << people.withName(n.givenName, n.familyName) << people.withEmail(n.email);
    for (const PersonOnFile* candidate : candidates) {
        const PersonOnFile& p = *candidate;
        const QString reason = reasonFor(n.reference, n.givenName, n.familyName, n.dateOfBirth, n.email, p.reference,
            p.givenName, p.familyName, p.dateOfBirth, p.email);
        const int rank = order.indexOf(reason);
        if (!reason.isEmpty() && rank < best) {
            best = rank;
            PossibleDuplicate d;
            d.line = line;
            d.incoming = n.describe();
            d.personId = p.personId;
            d.existing = QStringLiteral("%1 %2").arg(p.describe(), roles(p)).trimmed();
            d.reason = reason;
            d.sameReference = rank == 0;
            found = d;
        }
    }
    if (!found) {
        QList<int> indices
            = m_earlierKeys.values(QStringLiteral("n:") + PeopleIndex::nameKey(n.givenName, n.familyName));
        if (!n.reference.trimmed().isEmpty()) {
            indices << m_earlierKeys.values(QStringLiteral("r:") + n.reference.trimmed().toLower());
        }
        if (!n.email.trimmed().isEmpty()) {
            indices << m_earlierKeys.values(QStringLiteral("e:") + n.email.trimmed().toLower());
        }
        std::sort(indices.begin(), indices.end());
        indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
        for (int i : indices) {
            const auto& [earlierLine, e] = m_earlier.at(i);
            const QString reason = reasonFor(n.reference, n.givenName, n.familyName, n.dateOfBirth, n.email,
                e.reference, e.givenName, e.familyName, e.dateOfBirth, e.email);
            const int rank = order.indexOf(reason);
            if (!reason.isEmpty() && rank < best) {
                best = rank;
                PossibleDuplicate d;
                d.line = line;
                d.incoming = n.describe();
                d.earlierLine = earlierLine;
                d.existing = tr("%1 (row %2 of this file)").arg(e.describe()).arg(earlierLine);
                d.reason = reason;
                d.sameReference = rank == 0;
                found = d;
            }
        }
    }
    const int index = m_earlier.size();
    m_earlier << qMakePair(line, n);
    m_earlierKeys.insert(QStringLiteral("n:") + PeopleIndex::nameKey(n.givenName, n.familyName), index);
    if (!n.reference.trimmed().isEmpty()) {
        m_earlierKeys.insert(QStringLiteral("r:") + n.reference.trimmed().toLower(), index);
    }
    if (!n.email.trimmed().isEmpty()) {
        m_earlierKeys.insert(QStringLiteral("e:") + n.email.trimmed().toLower(), index);
    }
    return found;
}

} // namespace alongside::core::dataio

#include "core/db/rowstore.h"

namespace alongside::core::dataio {

Result<NewPerson> mergedWithFile(Database& db, qint64 personId, const NewPerson& in)
{
    auto q = rows::query(db,
        QStringLiteral("SELECT reference, given_name, family_name, known_as, date_of_birth, gender, ethnicity, "
                       "email, phone, address, postcode FROM person WHERE id = ?"),
        { personId }, QStringLiteral("read a person for an import"));
    if (!q) {
        return q.error();
    }
    if (!q.value().next()) {
        return Error { Error::Code::NotFound,
            Importer::tr("The person on file this row was to be added to no longer exists: check the file again."),
            {} };
    }
    const QSqlQuery& r = q.value();
    auto pick = [&r](int column, const QString& incoming) {
        const QString onFile = r.value(column).toString();
        return onFile.trimmed().isEmpty() ? incoming : onFile;
    };
    NewPerson p;
    p.reference = pick(0, in.reference);
    p.givenName = pick(1, in.givenName);
    p.familyName = pick(2, in.familyName);
    p.knownAs = pick(3, in.knownAs);
    p.dateOfBirth = r.value(4).isNull() ? in.dateOfBirth : rows::toDate(r.value(4));
    p.gender = r.value(5).isNull() ? in.gender : Demographics::genderKey(r.value(5).toString());
    p.ethnicity = pick(6, in.ethnicity);
    p.email = pick(7, in.email);
    p.phone = pick(8, in.phone);
    p.address = pick(9, in.address);
    p.postcode = pick(10, in.postcode);
    return p;
}

QString duplicateChoiceProblem(const PeopleIndex& people, const ImportRecord& record, const NewPerson& person,
    DuplicateChoice choice, Among adding)
{
    if (!record.duplicate) {
        return {};
    }
    const PossibleDuplicate& d = *record.duplicate;
    if (choice == DuplicateChoice::AddNew && d.sameReference) {
        return Importer::tr("The reference \"%1\" is already %2's: choose \"Use existing\" or \"Skip\", or correct "
                            "the reference if this is a different person.")
            .arg(person.reference, d.existing);
    }
    if (choice != DuplicateChoice::UseExisting) {
        return {};
    }
    if (d.personId == 0) {
        return Importer::tr("This row is the same person as row %1, which this file already adds: choose \"Skip\", "
                            "or \"Add new\" if they are different people.")
            .arg(d.earlierLine);
    }
    const PersonOnFile* p = people.byPersonId(d.personId);
    if (p && adding == Among::Workforce && p->workerId) {
        return Importer::tr("%1 is already a volunteer or worker: choose \"Skip\", or \"Add new\" if this is a "
                            "different person.")
            .arg(p->describe());
    }
    if (p && adding == Among::Supported && p->clientId) {
        return Importer::tr("%1 is already a person supported: choose \"Skip\" (add further referrals with a "
                            "referrals file), or \"Add new\" if this is a different person.")
            .arg(p->describe());
    }
    return {};
}

} // namespace alongside::core::dataio
