#pragma once

// Code lists for optional demographics and for matching, with their translated names. Values stored
// in the database are the keys here; "not_stated" is an answer of its own (asked, not given) and an
// empty value means "not asked". See ../shared/domain/MEASURES.md §7 for the ethnic-group codes.

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace alongside::core {

/** One age band, both ends inclusive; to < 0 means "and above". */
struct AgeBand
{
    int from = 0;
    int to = -1;
    QString label() const;
};

class Demographics
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::Demographics)

public:
    static constexpr const char* kNotStated = "not_stated";

    // Gender: female, male, non_binary, other, not_stated.
    static QStringList genderKeys();
    static QString genderName(const QString& key);
    /** The key for a stored value, also accepting older free-text answers ("Woman", "Man"). */
    static QString genderKey(const QString& stored);

    // Ethnic group: the 19 ONS Census 2021 tick-box codes "1".."19", and not_stated.
    static QStringList ethnicityKeys();
    static QString ethnicityName(const QString& key);
    /** The Census 2021 high-level group: 1 Asian ... 5 Other; 0 for not stated or unknown keys. */
    static int ethnicGroup(const QString& key);
    static QString ethnicGroupName(int group);
    /** The NHS Data Dictionary ETHNIC CATEGORY letter: "A".."S", "Z" (not stated) or "99" (not asked). */
    static QString nhsEthnicCategory(const QString& key);

    /** Whole years on day; -1 if either date is null or birth is after day. */
    static int ageOn(const QDate& birth, const QDate& day);
    /** The reporting bands of BRIEF §8: 16–25, 26–35, ..., 66 and above. */
    static QList<AgeBand> standardAgeBands();
    /** Index into bands of the age on day; -1: not specified (no date of birth or outside every band). */
    static int ageBandIndex(const QDate& birth, const QDate& day, const QList<AgeBand>& bands);

    // Availability for matching: weekday x part of day ("mon_day", "mon_eve", ..., "sun_eve").
    static QStringList slotKeys();
    static QString slotName(const QString& key);

    /** "English, urdu ; BSL" -> {"english", "urdu", "bsl"} (lower case, trimmed, no blanks). */
    static QStringList languageList(const QString& text);
    /** The outward code of a UK postcode ("M13 9PL" -> "M13"); the area letters if only they are known. */
    static QString postcodeDistrict(const QString& postcode);
    /** The area letters ("M13 9PL" -> "M", "SK4 2AB" -> "SK"). */
    static QString postcodeArea(const QString& postcode);
};

} // namespace alongside::core
