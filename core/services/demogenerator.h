#pragma once

#include "core/actor.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace alongside::core {

class Database;

/**
 * Fills an empty Alongside database with a realistic, entirely fictional charity: a workforce with
 * roles and statuses, training, people supported with referrals, episodes, sessions and mentor
 * matches, supervision, and item-level questionnaire answers. The same seed and the same "as at"
 * date always give byte-for-byte the same rows (it uses its own random number mapping, not the
 * standard library's distributions, whose output differs between library versions).
 */
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::DemoGenerator)

public:
    enum class Size
    {
        Small,
        Medium,
        Large
    };

    struct Targets
    {
        int workers = 0;
        int clients = 0;
        int sessions = 0;
        int measureResponses = 0;
    };

    struct Options
    {
        Size size = Size::Small;
        quint64 seed = 1;
        QDate asAt; // "today" for the data; invalid means Clock::instance().today()
        QString charityName; // empty means a fictional default
    };

    /** Progress: a short translated phase name and a fraction 0..1 of the whole job. Return false to cancel. */
    using Progress = std::function<bool(const QString& phase, double fraction)>;

    static Targets targets(Size size);

    /** Parses "small", "medium" or "large". */
    static bool parseSize(const QString& text, Size* size);

    /**
     * Generates the data in one transaction: on error or cancel nothing is written. Refuses a
     * database that already holds people.
     */
    static Status generate(Database& db, const Actor& actor, const Options& options, const Progress& progress = {});
};

} // namespace alongside::core
