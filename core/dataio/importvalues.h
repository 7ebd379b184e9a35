#pragma once

// Internal to core: reading the text of one spreadsheet cell as a date, a number or a choice from a
// list, with a plain sentence saying what is wrong when it cannot be read. parseDate() itself is
// declared in importer.h (the wizard uses it too).

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace alongside::core::dataio {

/** One accepted value of a category column: the stored key, its translated name, other common ways of writing it. */
struct CategoryOption
{
    QString key;
    QString name;
    QStringList synonyms;
};

class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::dataio::ImportValues)

public:
    /** Lower case, accents, spaces and punctuation removed: "Face-to-face " -> "facetoface". */
    static QString normalised(const QString& text);

    /** "%1 is empty: every row needs a value in this column." for the field's title. */
    static QString emptyMessage(const QString& title);

    /**
     * A date (see parseDate) that must not be after today: what has happened cannot be in the
     * future. *why names the field (title) when it is refused. A two-digit year is refused suggesting
     * the year, 19yy or 20yy, nearest to today and not after it.
     */
    static QDate parsePastDate(const QString& text, const QString& title, const QDate& today, QString* why);

    /**
     * A date of birth: not in the future and giving an age from 0 to 120 on today. A two-digit year
     * is refused suggesting the years that give such an age, nearest first ("12/04/87": 12/04/1987;
     * "01/01/20": 01/01/2020 or 01/01/1920).
     */
    static QDate parseBirthDate(const QString& text, const QString& title, const QDate& today, QString* why);

    /**
     * A whole number from min to max. unit, when given, is the plural noun ("minutes"):
     * "Duration must be a whole number of minutes from 0 to 600; this row has 900."
     * "12.0" is read as 12; thousands separators and decimals are refused.
     */
    static std::optional<int> parseWhole(
        const QString& text, int min, int max, const QString& title, const QString& unit, QString* why);

    /** A decimal number from min to max ("7.5"), with a point for the decimals. */
    static std::optional<double> parseNumber(
        const QString& text, double min, double max, const QString& title, QString* why);

    /**
     * The key of the option text names: by key, translated name or synonym, ignoring case, spaces,
     * accents and punctuation. Empty and *why set (listing the accepted names) when none matches.
     */
    static QString matchCategory(
        const QString& text, const QList<CategoryOption>& options, const QString& title, QString* why);

    /** The accepted names of options, for help texts: "Attended, Did not attend, ...". */
    static QString acceptedNames(const QList<CategoryOption>& options);

    /** "3 May 1980": the long form used in duplicate descriptions. */
    static QString longDate(const QDate& date);

private:
    /** parsePastDate, or parseBirthDate when birth (which decides the year a two-digit year suggests). */
    static QDate pastDate(const QString& text, const QString& title, const QDate& today, bool birth, QString* why);
};

} // namespace alongside::core::dataio
