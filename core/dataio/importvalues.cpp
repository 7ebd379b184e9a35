#include "core/dataio/importvalues.h"

#include "core/dataio/importer.h"
#include "core/services/servicesupport.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace alongside::core::dataio {

namespace {

QString ukDate(int day, int month, int year)
{
    return QStringLiteral("%1/%2/%3")
        .arg(day, 2, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(year, 4, 10, QLatin1Char('0'));
}

QString ukDate(const QDate& d)
{
    return ukDate(d.day(), d.month(), d.year());
}

/** 1..12 for an English month name or its abbreviation ("Sept", "sep", "September"); 0 otherwise. */
int monthFromName(const QString& text)
{
    static const char* const kMonths[] = { "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december" };
    const QString t = text.toLower();
    if (t.size() < 3) {
        return 0;
    }
    for (int i = 0; i < 12; ++i) {
        const QString full = QString::fromLatin1(kMonths[i]);
        if (full.startsWith(t)) {
            return i + 1;
        }
    }
    return 0;
}

// What a date is for, which decides the year a two-digit year is taken to mean in the suggestion.
enum class DateUse
{
    Any, // nearest to today, before or after
    Past, // not after today (what has happened)
    Birth, // not after today, and an age of at most 120
};

// The four-digit years "yy" may mean that suit the use, best first (nearest to today): one or, for a
// date of birth when both 19yy and 20yy give a possible age, both. A day the month does not have is
// compared as the first of the month.
QList<int> fullYears(int yy, int month, int day, const QDate& today, DateUse use)
{
    struct Candidate
    {
        int year;
        qint64 distance;
    };

    QList<Candidate> possible;
    QList<Candidate> all;
    for (const int year : { 2000 + yy, 1900 + yy }) {
        const QDate first(year, month, 1);
        const QDate d = day >= 1 && day <= first.daysInMonth() ? QDate(year, month, day) : first;
        const Candidate c { year, std::abs(d.daysTo(today)) };
        all << c;
        const bool future = d > today;
        const bool tooOld = d.addYears(121) <= today;
        if (use == DateUse::Any || (!future && (use == DateUse::Past || !tooOld))) {
            possible << c;
        }
    }
    if (possible.isEmpty()) {
        possible = all;
    }
    std::sort(possible.begin(), possible.end(),
        [](const Candidate& a, const Candidate& b) { return a.distance < b.distance; });
    if (use != DateUse::Birth) {
        possible.resize(1);
    }
    QList<int> years;
    for (const Candidate& c : possible) {
        years << c.year;
    }
    return years;
}

QString twoDigitYear(const QString& text, const QStringList& suggestions)
{
    if (suggestions.size() > 1) {
        return ImportValues::tr("\"%1\" has a two-digit year: write the year in full, %2 or %3.")
            .arg(text, suggestions.at(0), suggestions.at(1));
    }
    return ImportValues::tr("\"%1\" has a two-digit year: write the year in full, e.g. %2.")
        .arg(text, suggestions.value(0));
}

QString writeAs()
{
    return ImportValues::tr("write it as dd/mm/yyyy (e.g. 03/05/2025) or yyyy-mm-dd");
}

QDate checked(const QString& text, int year, int month, int day, bool dayFirst, QString* why)
{
    auto fail = [why](const QString& message) {
        if (why) {
            *why = message;
        }
        return QDate();
    };
    if (month < 1 || month > 12) {
        if (dayFirst && day >= 1 && day <= 12 && month > 12 && QDate(year, day, month).isValid()) {
            return fail(ImportValues::tr("\"%1\" is not a UK date: there is no month %2. Write the day first "
                                         "(dd/mm/yyyy): %3 if you meant %4.")
                            .arg(text)
                            .arg(month)
                            .arg(ukDate(month, day, year), ImportValues::longDate(QDate(year, day, month))));
        }
        return fail(
            ImportValues::tr("\"%1\" is not a date: there is no month %2; %3.").arg(text).arg(month).arg(writeAs()));
    }
    if (year < 1900) {
        return fail(ImportValues::tr("\"%1\" is before 1900: check the year.").arg(text));
    }
    const QDate first(year, month, 1);
    if (day < 1 || day > first.daysInMonth()) {
        return fail(ImportValues::tr("\"%1\" is not a date: %2 has %3 days.")
                        .arg(text, QLocale::c().toString(first, QStringLiteral("MMMM yyyy")))
                        .arg(first.daysInMonth()));
    }
    return QDate(year, month, day);
}

QDate parseDateFor(const QString& input, const QDate& today, DateUse use, QString* why)
{
    const QString text = input.trimmed();
    if (why) {
        why->clear();
    }
    if (text.isEmpty()) {
        if (why) {
            *why = ImportValues::tr("The date is empty: %1.").arg(writeAs());
        }
        return {};
    }
    // ISO yyyy-mm-dd (or yyyy/mm/dd), optionally followed by a time of day, which is ignored.
    static const QRegularExpression iso(QStringLiteral(
        R"(^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]\d{2}:?\d{2})?)?$)"));
    if (const auto m = iso.match(text); m.hasMatch()) {
        return checked(text, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), false, why);
    }
    // UK d/m/y with /, - or . between, optionally followed by a time of day.
    static const QRegularExpression uk(
        QStringLiteral(R"(^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d+)(?:\s+\d{1,2}[:.]\d{2}(?::\d{2})?)?$)"));
    if (const auto m = uk.match(text); m.hasMatch()) {
        const QString y = m.captured(4);
        const int day = m.captured(1).toInt();
        const int month = m.captured(3).toInt();
        if (y.size() == 2) {
            if (why) {
                QStringList suggestions;
                if (month >= 1 && month <= 12) {
                    for (const int full : fullYears(y.toInt(), month, day, today, use)) {
                        if (day >= 1 && day <= QDate(full, month, 1).daysInMonth()) {
                            suggestions << ukDate(day, month, full);
                        }
                    }
                }
                if (suggestions.isEmpty()) {
                    suggestions << QStringLiteral("03/05/2025");
                }
                *why = twoDigitYear(text, suggestions);
            }
            return {};
        }
        if (y.size() != 4) {
            if (why) {
                *why = ImportValues::tr("\"%1\" is not a date: the year must have four digits; %2.")
                           .arg(text, writeAs());
            }
            return {};
        }
        return checked(text, y.toInt(), month, day, true, why);
    }
    // "3 May 2025", "3-May-2025", "3rd Sept. 2025", "3 May, 2025".
    static const QRegularExpression named(
        QStringLiteral(R"(^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z]+)\.?,?[\s-]+(\d+)$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = named.match(text); m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        const QString y = m.captured(3);
        if (month == 0) {
            if (why) {
                *why = ImportValues::tr("\"%1\" is not a date: \"%2\" is not the name of a month; %3.")
                           .arg(text, m.captured(2), writeAs());
            }
            return {};
        }
        if (y.size() == 2) {
            if (why) {
                QStringList suggestions;
                for (const int full : fullYears(y.toInt(), month, m.captured(1).toInt(), today, use)) {
                    suggestions << QStringLiteral("%1 %2 %3").arg(m.captured(1), m.captured(2)).arg(full);
                }
                *why = twoDigitYear(text, suggestions);
            }
            return {};
        }
        if (y.size() != 4) {
            if (why) {
                *why = ImportValues::tr("\"%1\" is not a date: the year must have four digits; %2.")
                           .arg(text, writeAs());
            }
            return {};
        }
        return checked(text, y.toInt(), month, m.captured(1).toInt(), false, why);
    }
    if (why) {
        *why = ImportValues::tr("\"%1\" is not a date: %2.").arg(text, writeAs());
    }
    return {};
}

} // namespace

QDate parseDate(const QString& text, QString* why)
{
    return parseDateFor(text, service::today(), DateUse::Any, why);
}

QString ImportValues::normalised(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            out += c;
        }
    }
    return out;
}

QString ImportValues::emptyMessage(const QString& title)
{
    return tr("%1 is empty: every row needs a value in this column.").arg(title);
}

QString ImportValues::longDate(const QDate& date)
{
    return QLocale::c().toString(date, QStringLiteral("d MMMM yyyy"));
}

QDate ImportValues::parsePastDate(const QString& text, const QString& title, const QDate& today, QString* why)
{
    return pastDate(text, title, today, false, why);
}

QDate ImportValues::pastDate(const QString& text, const QString& title, const QDate& today, bool birth, QString* why)
{
    QString reason;
    const QDate d = parseDateFor(text, today, birth ? DateUse::Birth : DateUse::Past, &reason);
    if (!d.isValid()) {
        if (why) {
            *why = reason;
        }
        return {};
    }
    if (d > today) {
        if (why) {
            *why = tr("%1 \"%2\" is in the future (today is %3): only what has already happened can be imported. "
                      "Check the year.")
                       .arg(title, text.trimmed(), ukDate(today));
        }
        return {};
    }
    return d;
}

QDate ImportValues::parseBirthDate(const QString& text, const QString& title, const QDate& today, QString* why)
{
    const QDate d = pastDate(text, title, today, true, why);
    if (!d.isValid()) {
        return {};
    }
    int age = today.year() - d.year();
    if (today.month() < d.month() || (today.month() == d.month() && today.day() < d.day())) {
        --age;
    }
    if (age > 120) {
        if (why) {
            *why = tr("%1 \"%2\" gives an age of %3: check the year (ages from 0 to 120 are accepted).")
                       .arg(title, text.trimmed())
                       .arg(age);
        }
        return {};
    }
    return d;
}

std::optional<int> ImportValues::parseWhole(
    const QString& input, int min, int max, const QString& title, const QString& unit, QString* why)
{
    const QString text = input.trimmed();
    bool ok = false;
    double value = text.toDouble(&ok);
    static const QRegularExpression plain(QStringLiteral(R"(^[+-]?\d+(\.0+)?$)"));
    const bool whole = ok && plain.match(text).hasMatch();
    if (whole && value >= min && value <= max) {
        return static_cast<int>(value);
    }
    if (why) {
        const QString has = ok ? text : QStringLiteral("\"%1\"").arg(text);
        *why = unit.isEmpty()
            ? tr("%1 must be a whole number from %2 to %3; this row has %4.").arg(title).arg(min).arg(max).arg(has)
            : tr("%1 must be a whole number of %2 from %3 to %4; this row has %5.")
                  .arg(title, unit)
                  .arg(min)
                  .arg(max)
                  .arg(has);
    }
    return std::nullopt;
}

std::optional<double> ImportValues::parseNumber(
    const QString& input, double min, double max, const QString& title, QString* why)
{
    const QString text = input.trimmed();
    static const QRegularExpression plain(QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)$)"));
    bool ok = plain.match(text).hasMatch();
    const double value = ok ? text.toDouble(&ok) : 0.0;
    if (ok && value >= min && value <= max) {
        return value;
    }
    if (why) {
        *why = tr("%1 must be a number from %2 to %3; this row has %4.")
                   .arg(title, QLocale::c().toString(min), QLocale::c().toString(max),
                       ok ? text : QStringLiteral("\"%1\"").arg(text));
    }
    return std::nullopt;
}

QString ImportValues::acceptedNames(const QList<CategoryOption>& options)
{
    QStringList names;
    for (const CategoryOption& o : options) {
        names << o.name;
    }
    return names.join(QStringLiteral(", "));
}

QString ImportValues::matchCategory(
    const QString& text, const QList<CategoryOption>& options, const QString& title, QString* why)
{
    const QString wanted = normalised(text);
    if (!wanted.isEmpty()) {
        for (const CategoryOption& o : options) {
            if (normalised(o.key) == wanted || normalised(o.name) == wanted) {
                return o.key;
            }
        }
        for (const CategoryOption& o : options) {
            for (const QString& s : o.synonyms) {
                if (normalised(s) == wanted) {
                    return o.key;
                }
            }
        }
    }
    if (why) {
        *why = tr("\"%1\" is not one of the values accepted for %2: write one of %3.")
                   .arg(text.trimmed(), title, acceptedNames(options));
    }
    return {};
}

} // namespace alongside::core::dataio
