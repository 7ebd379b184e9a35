#include "demographics.h"

#include <QRegularExpression>

namespace alongside::core {

namespace {

struct Ethnicity
{
    const char* key; // ONS Census 2021 tick-box code (ethnic_group_tb)
    int group; // 1 Asian, 2 Black, 3 Mixed, 4 White, 5 Other
    const char* nhs; // NHS Data Dictionary ETHNIC CATEGORY
    const char* name;
};

// MEASURES.md §7.1 and §7.2. Census 2021 puts Chinese under Asian, the NHS list under "Other" (R);
// Gypsy or Irish Traveller and Roma have no NHS letter of their own (C), nor has Arab (S).
const Ethnicity kEthnicities[] = {
    { "1", 1, "K", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Asian: Bangladeshi") },
    { "2", 1, "R", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Asian: Chinese") },
    { "3", 1, "H", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Asian: Indian") },
    { "4", 1, "J", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Asian: Pakistani") },
    { "5", 1, "L", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Asian: any other Asian background") },
    { "6", 2, "N", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Black: African") },
    { "7", 2, "M", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Black: Caribbean") },
    { "8", 2, "P", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Black: any other Black background") },
    { "9", 3, "F", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Mixed: White and Asian") },
    { "10", 3, "E", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Mixed: White and Black African") },
    { "11", 3, "D", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Mixed: White and Black Caribbean") },
    { "12", 3, "G", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Mixed: any other mixed background") },
    { "13", 4, "A",
        QT_TRANSLATE_NOOP(
            "alongside::core::Demographics", "White: English, Welsh, Scottish, Northern Irish or British") },
    { "14", 4, "B", QT_TRANSLATE_NOOP("alongside::core::Demographics", "White: Irish") },
    { "15", 4, "C", QT_TRANSLATE_NOOP("alongside::core::Demographics", "White: Gypsy or Irish Traveller") },
    { "16", 4, "C", QT_TRANSLATE_NOOP("alongside::core::Demographics", "White: Roma") },
    { "17", 4, "C", QT_TRANSLATE_NOOP("alongside::core::Demographics", "White: any other White background") },
    { "18", 5, "S", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Other: Arab") },
    { "19", 5, "S", QT_TRANSLATE_NOOP("alongside::core::Demographics", "Other: any other ethnic group") },
};

const Ethnicity* findEthnicity(const QString& key)
{
    for (const Ethnicity& e : kEthnicities) {
        if (key == QLatin1String(e.key)) {
            return &e;
        }
    }
    return nullptr;
}

const char* const kDays[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
const char* const kParts[] = { "day", "eve" };

} // namespace

QString AgeBand::label() const
{
    return to < 0 ? Demographics::tr("%1 and above").arg(from) : Demographics::tr("%1–%2").arg(from).arg(to);
}

QStringList Demographics::genderKeys()
{
    return { QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("non_binary"), QStringLiteral("other"),
        QString::fromLatin1(kNotStated) };
}

QString Demographics::genderName(const QString& key)
{
    const QString k = genderKey(key);
    if (k == QLatin1String("female")) {
        return tr("Female");
    }
    if (k == QLatin1String("male")) {
        return tr("Male");
    }
    if (k == QLatin1String("non_binary")) {
        return tr("Non-binary");
    }
    if (k == QLatin1String("other")) {
        return tr("In another way");
    }
    if (k == QLatin1String(kNotStated)) {
        return tr("Not stated");
    }
    return key; // an older free-text answer: shown as it was given
}

QString Demographics::genderKey(const QString& stored)
{
    const QString s = stored.trimmed().toLower();
    if (s.isEmpty()) {
        return {};
    }
    if (genderKeys().contains(s)) {
        return s;
    }
    if (s == QLatin1String("woman") || s == QLatin1String("f")) {
        return QStringLiteral("female");
    }
    if (s == QLatin1String("man") || s == QLatin1String("m")) {
        return QStringLiteral("male");
    }
    if (s == QLatin1String("non-binary")) {
        return QStringLiteral("non_binary");
    }
    if (s == QLatin1String("in another way")) {
        return QStringLiteral("other");
    }
    if (s == QLatin1String("prefer_not_to_say") || s == QLatin1String("prefer not to say")) {
        return QString::fromLatin1(kNotStated);
    }
    return stored.trimmed();
}

QStringList Demographics::ethnicityKeys()
{
    QStringList keys;
    for (const Ethnicity& e : kEthnicities) {
        keys << QString::fromLatin1(e.key);
    }
    keys << QString::fromLatin1(kNotStated);
    return keys;
}

QString Demographics::ethnicityName(const QString& key)
{
    if (const Ethnicity* e = findEthnicity(key)) {
        return tr(e->name);
    }
    if (key == QLatin1String(kNotStated) || key == QLatin1String("prefer_not_to_say")) {
        return tr("Not stated");
    }
    return key;
}

int Demographics::ethnicGroup(const QString& key)
{
    const Ethnicity* e = findEthnicity(key);
    return e ? e->group : 0;
}

QString Demographics::ethnicGroupName(int group)
{
    switch (group) {
    case 1:
        return tr("Asian, Asian British or Asian Welsh");
    case 2:
        return tr("Black, Black British, Black Welsh, Caribbean or African");
    case 3:
        return tr("Mixed or multiple ethnic groups");
    case 4:
        return tr("White");
    case 5:
        return tr("Other ethnic group");
    default:
        return tr("Not known or not stated");
    }
}

QString Demographics::nhsEthnicCategory(const QString& key)
{
    if (const Ethnicity* e = findEthnicity(key)) {
        return QString::fromLatin1(e->nhs);
    }
    if (key == QLatin1String(kNotStated) || key == QLatin1String("prefer_not_to_say")) {
        return QStringLiteral("Z");
    }
    return QStringLiteral("99");
}

int Demographics::ageOn(const QDate& birth, const QDate& day)
{
    if (!birth.isValid() || !day.isValid() || birth > day) {
        return -1;
    }
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day())) {
        --age;
    }
    return age;
}

QList<AgeBand> Demographics::standardAgeBands()
{
    return { { 16, 25 }, { 26, 35 }, { 36, 45 }, { 46, 55 }, { 56, 65 }, { 66, -1 } };
}

int Demographics::ageBandIndex(const QDate& birth, const QDate& day, const QList<AgeBand>& bands)
{
    const int age = ageOn(birth, day);
    if (age < 0) {
        return -1;
    }
    for (int i = 0; i < bands.size(); ++i) {
        if (age >= bands[i].from && (bands[i].to < 0 || age <= bands[i].to)) {
            return i;
        }
    }
    return -1;
}

QStringList Demographics::slotKeys()
{
    QStringList keys;
    for (const char* day : kDays) {
        for (const char* part : kParts) {
            keys << QStringLiteral("%1_%2").arg(QLatin1String(day), QLatin1String(part));
        }
    }
    return keys;
}

QString Demographics::slotName(const QString& key)
{
    static const char* const dayNames[] = { QT_TR_NOOP("Monday"), QT_TR_NOOP("Tuesday"), QT_TR_NOOP("Wednesday"),
        QT_TR_NOOP("Thursday"), QT_TR_NOOP("Friday"), QT_TR_NOOP("Saturday"), QT_TR_NOOP("Sunday") };
    const int index = int(slotKeys().indexOf(key));
    if (index < 0) {
        return key;
    }
    const QString day = tr(dayNames[index / 2]);
    return index % 2 == 0 ? tr("%1 daytime").arg(day) : tr("%1 evening").arg(day);
}

QStringList Demographics::languageList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;/]|\\band\\b"));
    QStringList out;
    for (const QString& part : text.split(separators)) {
        const QString language = part.trimmed().toLower();
        if (!language.isEmpty() && !out.contains(language)) {
            out << language;
        }
    }
    return out;
}

QString Demographics::postcodeDistrict(const QString& postcode)
{
    QString p = postcode.trimmed().toUpper();
    if (p.isEmpty()) {
        return {};
    }
    p.remove(QLatin1Char(' '));
    // A full postcode ends in a three-character inward code (digit, letter, letter).
    static const QRegularExpression full(QStringLiteral("^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$"));
    if (const auto m = full.match(p); m.hasMatch()) {
        return m.captured(1);
    }
    static const QRegularExpression outward(QStringLiteral("^[A-Z]{1,2}[0-9][A-Z0-9]?$"));
    if (outward.match(p).hasMatch()) {
        return p;
    }
    return postcodeArea(p);
}

QString Demographics::postcodeArea(const QString& postcode)
{
    static const QRegularExpression area(QStringLiteral("^([A-Z]{1,2})"));
    const auto m = area.match(postcode.trimmed().toUpper());
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace alongside::core
