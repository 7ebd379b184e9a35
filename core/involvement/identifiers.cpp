#include "identifiers.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace alongside::core::identifiers {

namespace {

// Everyday English words that are also first or family names. Such a name is flagged only where
// it is written as a name: capitalised, and not the first word of a sentence.
const char* const kEverydayWords[] = { "amber", "angel", "april", "august", "autumn", "baker", "banks", "bell", "berry",
    "bill", "bird", "bishop", "black", "bloom", "bond", "brook", "brooks", "brown", "buck", "burns", "butler",
    "carpenter", "carter", "chance", "charity", "chase", "clay", "cliff", "cook", "crane", "cross", "crystal", "daisy",
    "dale", "dawn", "day", "dean", "destiny", "drew", "faith", "fields", "fisher", "fletcher", "ford", "forest", "fox",
    "frank", "gardener", "gay", "glen", "golden", "grace", "grant", "gray", "green", "grey", "guy", "hall", "harmony",
    "hart", "hazel", "heath", "hill", "holly", "honey", "honour", "hope", "hunter", "iris", "ivy", "jack", "jade",
    "joy", "june", "king", "lamb", "lane", "liberty", "lily", "little", "long", "love", "lucky", "march", "mark",
    "marsh", "mason", "may", "mercy", "miller", "moon", "noble", "page", "park", "pat", "patience", "pearl", "penny",
    "pepper", "poppy", "porter", "potter", "price", "rain", "ray", "reed", "rich", "river", "robin", "rock", "rose",
    "ruby", "rush", "sage", "shepherd", "short", "sky", "small", "smith", "sonny", "sparrow", "spring", "star", "stone",
    "storm", "strong", "sue", "summer", "sunny", "swan", "sweet", "taylor", "trinity", "turner", "unity", "violet",
    "wade", "walker", "ward", "weaver", "well", "wells", "west", "white", "will", "wing", "winter", "wise", "wood",
    "woods", "young" };

QString fold(const QString& word)
{
    QString decomposed = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : std::as_const(decomposed)) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing) {
            out.append(c);
        }
    }
    return out.toCaseFolded();
}

struct Token
{
    int position = 0;
    int length = 0;
    QString folded;
};

QList<Token> tokens(const QString& text)
{
    static const QRegularExpression word(QStringLiteral(R"(\p{L}[\p{L}\p{M}]*)"));
    QList<Token> out;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out << Token { int(m.capturedStart()), int(m.capturedLength()), fold(m.captured()) };
    }
    return out;
}

/** True when position starts a sentence: nothing but spaces and opening quotes after . ! ? or a line break. */
bool startsSentence(const QString& text, int position)
{
    for (int i = position - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == u' ' || c == u'\t' || c == u'"' || c == u'\'' || c == u'(' || c == u'\u201C' || c == u'\u2018') {
            continue;
        }
        return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u'\r' || c == u':';
    }
    return true;
}

struct Name
{
    QStringList parts; // folded
    IdentifierWarning::Kind kind;
};

QString message(IdentifierWarning::Kind kind, const QString& found)
{
    switch (kind) {
    case IdentifierWarning::Kind::PersonName:
        return QCoreApplication::translate("alongside::core::identifiers",
            "\u201C%1\u201D is the writer's name. Replace it, for example with \u201Cthe writer\u201D or a made-up "
            "name.")
            .arg(found);
    case IdentifierWarning::Kind::WorkerName:
        return QCoreApplication::translate("alongside::core::identifiers",
            "\u201C%1\u201D is the name of someone who works with the charity. Replace it with their role, for "
            "example \u201Cmy mentor\u201D.")
            .arg(found);
    case IdentifierWarning::Kind::OtherName:
        return QCoreApplication::translate("alongside::core::identifiers",
            "\u201C%1\u201D is the name of someone on the charity's records. Replace it, for example with "
            "\u201Ca friend\u201D or \u201Csomeone in the group\u201D.")
            .arg(found);
    case IdentifierWarning::Kind::DateOfBirth:
        return QCoreApplication::translate("alongside::core::identifiers",
            "\u201C%1\u201D looks like the writer's date of birth. Leave it out, or give an age range instead.")
            .arg(found);
    case IdentifierWarning::Kind::Contact:
        return QCoreApplication::translate("alongside::core::identifiers",
            "\u201C%1\u201D is one of the writer's contact details (phone, email or postcode). Take it out.")
            .arg(found);
    }
    return found;
}

void findNames(const QString& text, const QList<Token>& words, const QList<Name>& names,
    const QHash<QString, QList<int>>& byFirst, QList<IdentifierWarning>* out)
{
    for (int i = 0; i < words.size(); ++i) {
        const auto candidates = byFirst.constFind(words[i].folded);
        if (candidates == byFirst.cend()) {
            continue;
        }
        for (int index : *candidates) {
            const Name& name = names[index];
            const int n = int(name.parts.size());
            if (i + n > words.size()) {
                continue;
            }
            bool same = true;
            for (int k = 0; k < n && same; ++k) {
                same = words[i + k].folded == name.parts[k];
            }
            if (!same) {
                continue;
            }
            const int start = words[i].position;
            const int end = words[i + n - 1].position + words[i + n - 1].length;
            if (n == 1 && isEverydayWord(name.parts.first())
                && (!text.at(start).isUpper()
                    || (name.kind != IdentifierWarning::Kind::PersonName && startsSentence(text, start)))) {
                continue;
            }
            const QString found = text.mid(start, end - start);
            *out << IdentifierWarning { name.kind, found, start, end - start, message(name.kind, found) };
            break; // the first (most specific) name that matches here
        }
    }
}

QString monthAlternatives(int month)
{
    QSet<QString> names;
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    names << english.monthName(month, QLocale::LongFormat) << english.monthName(month, QLocale::ShortFormat);
    if (month == 9) {
        names << QStringLiteral("Sept");
    }
    const QLocale local;
    names << local.monthName(month, QLocale::LongFormat) << local.monthName(month, QLocale::ShortFormat);
    QStringList escaped;
    for (const QString& n : std::as_const(names)) {
        if (!n.isEmpty()) {
            escaped << QRegularExpression::escape(n);
        }
    }
    // Longest first, so "September" is preferred to "Sep".
    std::sort(escaped.begin(), escaped.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return QStringLiteral("(?:%1)\\.?").arg(escaped.join(u'|'));
}

void findDateOfBirth(const QString& text, const QDate& dob, QList<IdentifierWarning>* out)
{
    if (!dob.isValid()) {
        return;
    }
    const QString d = QStringLiteral("0?%1").arg(dob.day());
    const QString m = QStringLiteral("0?%1").arg(dob.month());
    const QString yyyy = QString::number(dob.year());
    const QString yy = QStringLiteral("%1").arg(dob.year() % 100, 2, 10, QLatin1Char('0'));
    const QString year = QStringLiteral("(?:%1|%2)").arg(yyyy, yy);
    const QString month = monthAlternatives(dob.month());
    const QString suffix = QStringLiteral("(?:st|nd|rd|th)?");
    const QStringList patterns = {
        // 3/7/1985, 03-07-85, 3.7.85 (UK order) and 7/3/1985 (US order)
        QStringLiteral(R"((?<!\d)%1[/.\-]%2[/.\-]%3(?!\d))").arg(d, m, year),
        QStringLiteral(R"((?<!\d)%1[/.\-]%2[/.\-]%3(?!\d))").arg(m, d, year),
        // 1985-07-03
        QStringLiteral(R"((?<!\d)%1[/.\-]%2[/.\-]%3(?!\d))").arg(yyyy, m, d),
        // 3 July 1985, 3rd of July, 3 Jul 85
        QStringLiteral(R"((?<!\d)%1%2(?:\s+of)?\s+%3(?:,?\s+%4)?(?!\d))").arg(d, suffix, month, year),
        // July 3rd, 1985
        QStringLiteral(R"(\b%1\s+%2%3(?:,?\s+%4)?(?!\d))").arg(month, d, suffix, year),
    };
    for (const QString& p : patterns) {
        const QRegularExpression re(p, QRegularExpression::CaseInsensitiveOption);
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString found = match.captured();
            *out << IdentifierWarning { IdentifierWarning::Kind::DateOfBirth, found, int(match.capturedStart()),
                int(match.capturedLength()), message(IdentifierWarning::Kind::DateOfBirth, found) };
        }
    }
}

/** A phone number's national digits: "+44 (0)7700 900123" and "07700 900123" both give "7700900123". */
QString nationalDigits(const QString& phone)
{
    QString digits;
    for (QChar c : phone) {
        if (c.isDigit()) {
            digits.append(c);
        }
    }
    if (digits.startsWith(QStringLiteral("44")) && digits.size() > 10) {
        digits = digits.mid(2);
    }
    while (digits.startsWith(u'0')) {
        digits.remove(0, 1);
    }
    return digits;
}

void findContacts(const QString& text, const QStringList& contacts, QList<IdentifierWarning>* out)
{
    const auto add = [&](int start, int length) {
        const QString found = text.mid(start, length);
        *out << IdentifierWarning { IdentifierWarning::Kind::Contact, found, start, length,
            message(IdentifierWarning::Kind::Contact, found) };
    };
    static const QRegularExpression phoneLike(QStringLiteral(R"(\+?[\d(][\d ()\-]{5,}\d)"));
    static const QRegularExpression postcodeShape(
        QStringLiteral(R"(^[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}$)"), QRegularExpression::CaseInsensitiveOption);
    for (const QString& raw : contacts) {
        const QString contact = raw.trimmed();
        if (contact.isEmpty()) {
            continue;
        }
        if (contact.contains(u'@')) {
            int from = 0;
            while ((from = text.indexOf(contact, from, Qt::CaseInsensitive)) >= 0) {
                add(from, int(contact.size()));
                from += int(contact.size());
            }
            continue;
        }
        if (postcodeShape.match(contact).hasMatch()) {
            QString compact = contact;
            compact.remove(u' ');
            const QString pattern = QStringLiteral(R"(\b%1\s*%2\b)")
                                        .arg(QRegularExpression::escape(compact.left(compact.size() - 3)),
                                            QRegularExpression::escape(compact.right(3)));
            auto it = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption).globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                add(int(m.capturedStart()), int(m.capturedLength()));
            }
            continue;
        }
        const QString wanted = nationalDigits(contact);
        if (wanted.size() < 6) {
            continue;
        }
        auto it = phoneLike.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (nationalDigits(m.captured()).endsWith(wanted)) {
                add(int(m.capturedStart()), int(m.capturedLength()));
            }
        }
    }
}

} // namespace

bool isEverydayWord(const QString& word)
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w : kEverydayWords) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return words.contains(fold(word));
}

struct Matcher::Index
{
    QList<Name> names; // longest first
    QHash<QString, QList<int>> byFirst; // folded first word -> names, in that order
    QDate dateOfBirth;
    QStringList contacts;
};

Matcher::Matcher(const Sources& sources)
    : m_index(std::make_shared<Index>())
{
    // Names as folded word sequences, longest first so "Mary Ann" is one warning, not two; the
    // writer's own names before workers' and workers' before anyone else's (a name shared is
    // reported as the first kind).
    QSet<QString> seen;
    const auto addNames = [&](const QStringList& list, IdentifierWarning::Kind kind) {
        for (const QString& n : list) {
            QStringList parts;
            for (const Token& t : tokens(n)) {
                parts << t.folded;
            }
            const QString key = parts.join(u' ');
            if (parts.isEmpty() || key.size() < 2 || seen.contains(key)) {
                continue;
            }
            seen.insert(key);
            m_index->names << Name { parts, kind };
        }
    };
    addNames(sources.personNames, IdentifierWarning::Kind::PersonName);
    addNames(sources.workerNames, IdentifierWarning::Kind::WorkerName);
    addNames(sources.otherNames, IdentifierWarning::Kind::OtherName);
    std::stable_sort(m_index->names.begin(), m_index->names.end(),
        [](const Name& a, const Name& b) { return a.parts.size() > b.parts.size(); });
    for (int n = 0; n < m_index->names.size(); ++n) {
        m_index->byFirst[m_index->names[n].parts.first()] << n;
    }
    m_index->dateOfBirth = sources.dateOfBirth;
    m_index->contacts = sources.contacts;
}

QList<IdentifierWarning> Matcher::find(const QString& text) const
{
    QList<IdentifierWarning> found;
    if (text.trimmed().isEmpty()) {
        return found;
    }
    findNames(text, tokens(text), m_index->names, m_index->byFirst, &found);
    findDateOfBirth(text, m_index->dateOfBirth, &found);
    findContacts(text, m_index->contacts, &found);
    return merged(found);
}

QList<IdentifierWarning> merged(QList<IdentifierWarning> found)
{
    // In order; a span inside one already found is the same identifier.
    std::stable_sort(found.begin(), found.end(), [](const IdentifierWarning& a, const IdentifierWarning& b) {
        return a.position != b.position ? a.position < b.position : a.length > b.length;
    });
    QList<IdentifierWarning> out;
    int coveredTo = -1;
    for (const IdentifierWarning& w : std::as_const(found)) {
        if (w.position + w.length <= coveredTo) {
            continue;
        }
        out << w;
        coveredTo = std::max(coveredTo, w.position + w.length);
    }
    return out;
}

QList<IdentifierWarning> find(const QString& text, const Sources& sources)
{
    return Matcher(sources).find(text);
}

} // namespace alongside::core::identifiers
