#include "core/db/sql.h"
#include "core/measures/measureservice.h"
#include "core/reports/quarterly/sections.h"
#include "core/reports/quarterly/tablesupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace alongside::core::report::quarterly {

namespace {

class Goals
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::quarterly::Goals)
};

class ExitQuestionnaire
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::quarterly::ExitQuestionnaire)
};

// People supported in the period: anyone with at least one session marked attended on a day in it
// (one-to-one or group). The same population as the demographics section.
const char kSupportedInPeriod[] = "SELECT DISTINCT r.client_id FROM session s JOIN episode e ON e.id = s.episode_id "
                                  "JOIN referral r ON r.id = e.referral_id WHERE s.attendance = 'attended' "
                                  "AND s.held_on >= ? AND s.held_on <= ?";

/** A questionnaire the exit section reports: a charity's own, with yes / no / not applicable items. */
struct Questionnaire
{
    MeasureDefinition definition; // the current version
    QString tableId;
};

/**
 * The questionnaires this section reports: every questionnaire of the charity's own ("custom",
 * made in the questionnaire editor) whose current version has at least one yes / no / not applicable
 * question and that has been answered at least once (on any day). The choice does not depend on the
 * period, so the tables line up across comparison periods. The one called "exit" (or the only one)
 * has the table id "exit.items"; any other has "exit.items.<its id>".
 */
Result<QList<Questionnaire>> questionnaires(const Context& context)
{
    MeasureService measures(context.db);
    auto known = measures.definitions(context.actor);
    if (!known) {
        return known.error();
    }
    QList<Questionnaire> out;
    for (const KnownMeasure& k : known.value()) {
        if (!k.current || k.source != QLatin1String("custom")) {
            continue;
        }
        const bool hasYesNo = std::any_of(k.definition.items.cbegin(), k.definition.items.cend(),
            [](const MeasureItem& i) { return i.kind == ItemKind::YesNoNa; });
        if (!hasYesNo) {
            continue;
        }
        auto answered = sql::scalar(context.db,
            QStringLiteral("SELECT COUNT(*) FROM measure_response WHERE measure_id = ?"), { k.definition.id });
        if (!answered) {
            return answered.error();
        }
        if (answered.value().toInt() == 0) {
            continue;
        }
        out.append(Questionnaire { k.definition, {} });
    }
    std::sort(out.begin(), out.end(), [](const Questionnaire& a, const Questionnaire& b) {
        const bool ae = a.definition.id == QLatin1String("exit");
        const bool be = b.definition.id == QLatin1String("exit");
        return ae != be ? ae : a.definition.id < b.definition.id;
    });
    const bool hasExit = !out.isEmpty() && out.first().definition.id == QLatin1String("exit");
    for (int i = 0; i < out.size(); ++i) {
        out[i].tableId = (i == 0 && (hasExit || out.size() == 1))
            ? QStringLiteral("exit.items")
            : QStringLiteral("exit.items.") + out[i].definition.id;
    }
    return out;
}

struct Overall
{
    int people = 0; // people who returned the questionnaire in the period
    int answered = 0; // people with at least one yes or no answer in the period
    int allYes = 0; // of those, people with no "no" to any question in any questionnaire of the period
};

/** Who returned the questionnaire in the period, and who said yes to every question that applied. */
Result<Overall> overallOf(const Context& context, const Questionnaire& q)
{
    MeasureService measures(context.db);
    Overall o;
    auto people = sql::scalar(context.db,
        QStringLiteral("SELECT COUNT(DISTINCT client_id) FROM measure_response WHERE measure_id = ? "
                       "AND administered_on >= ? AND administered_on <= ?"),
        { q.definition.id, iso(context.period.from), iso(context.period.to) });
    if (!people) {
        return people.error();
    }
    o.people = people.value().toInt();
    auto answers = sql::query(context.db,
        QStringLiteral("SELECT r.client_id, r.definition_version, a.item_no, a.value FROM measure_response r "
                       "JOIN measure_answer a ON a.response_id = r.id WHERE r.measure_id = ? "
                       "AND r.administered_on >= ? AND r.administered_on <= ? AND a.value IS NOT NULL "
                       "ORDER BY r.id"),
        { q.definition.id, iso(context.period.from), iso(context.period.to) },
        QStringLiteral("read exit questionnaire answers"));
    if (!answers) {
        return answers.error();
    }
    QHash<int, std::optional<MeasureDefinition>> versions;
    QHash<qint64, int> state; // person -> 1 only yes so far, 2 a no
    QSqlQuery& r = answers.value();
    while (r.next()) {
        const qint64 person = r.value(0).toLongLong();
        const int version = r.value(1).toInt();
        if (!versions.contains(version)) {
            auto d = measures.definition(q.definition.id, version);
            versions.insert(version, d ? std::optional<MeasureDefinition>(d.value()) : std::nullopt);
        }
        const std::optional<MeasureDefinition>& d = versions[version];
        if (!d) {
            continue;
        }
        const int itemNo = r.value(2).toInt();
        const auto item = std::find_if(
            d->items.cbegin(), d->items.cend(), [itemNo](const MeasureItem& i) { return i.number == itemNo; });
        if (item == d->items.cend()) {
            continue;
        }
        const auto answer = MeasureService::yesNoOf(*item, r.value(3).toInt());
        if (!answer || *answer == outcomes::YesNoAnswer::NotApplicable) {
            continue;
        }
        int& s = state[person];
        s = std::max(s, *answer == outcomes::YesNoAnswer::Yes ? 1 : 2);
    }
    for (int s : std::as_const(state)) {
        ++o.answered;
        o.allYes += s == 1 ? 1 : 0;
    }
    return o;
}

} // namespace

// 5. Goals ---------------------------------------------------------------------------------------

Result<Section> goals(const Context& context)
{
    Section s;
    s.id = QStringLiteral("goals");
    s.title = Goals::tr("Goals");
    s.blocks.append(Block::paragraph(
        Goals::tr("People agree goals of their own with their peer worker and record when each is achieved. This "
                  "section counts the people supported in the period who had goals, and how many of them had "
                  "achieved more than half of their goals by the end of it.")));

    const QString from = iso(context.period.from);
    const QString to = iso(context.period.to);
    auto q = sql::query(context.db,
        QStringLiteral("WITH supported AS (") + QString::fromLatin1(kSupportedInPeriod)
            + QStringLiteral("), g AS (SELECT goal.client_id, COUNT(*) AS goals, "
                             "SUM(CASE WHEN goal.achieved_on IS NOT NULL AND goal.achieved_on <= ? THEN 1 ELSE 0 END) "
                             "AS achieved FROM goal JOIN supported ON supported.client_id = goal.client_id "
                             "WHERE goal.set_on <= ? GROUP BY goal.client_id) "
                             "SELECT (SELECT COUNT(*) FROM supported), (SELECT COUNT(*) FROM g), "
                             "(SELECT COUNT(*) FROM g WHERE 2 * achieved > goals)"),
        { from, to, to, to }, QStringLiteral("count goals"));
    if (!q) {
        return q.error();
    }
    int supported = 0;
    int withGoals = 0;
    int moreThanHalf = 0;
    if (q.value().next()) {
        supported = q.value().value(0).toInt();
        withGoals = q.value().value(1).toInt();
        moreThanHalf = q.value().value(2).toInt();
    }

    Table t;
    t.id = QStringLiteral("goals.summary");
    t.title = Goals::tr("Goals set and achieved");
    t.periodKey = context.period.key;
    t.n = supported;
    t.nLabel = Goals::tr("people supported in the period");
    t.columns << labelColumn(Goals::tr("People"))
              << figureColumn(context, QStringLiteral("count"), Goals::tr("Number"), CellKind::Count)
              << percentColumn(context, QStringLiteral("percent"), Goals::tr("%"), 1);
    t.rows << row(QStringLiteral("supported"),
        { Cell::label(Goals::tr("People supported in the period")), Cell::count(supported), Cell::none() });
    t.rows << row(QStringLiteral("with_goals"),
        { Cell::label(Goals::tr("People with goals set")), Cell::count(withGoals),
            Cell::percent(withGoals, supported) });
    t.rows << row(QStringLiteral("achieved_more_than_half"),
        { Cell::label(Goals::tr("People who achieved more than half of their goals")), Cell::count(moreThanHalf),
            Cell::percent(moreThanHalf, withGoals) });
    t.sums = Sums::None;
    t.notes << Goals::tr("People supported in the period: everyone with at least one session they attended (one to "
                         "one or in a group) on a day in the period.")
            << Goals::tr("People with goals set: people supported in the period with at least one goal set on or "
                         "before the last day of the period (% of people supported).")
            << Goals::tr("Achieved more than half: of the goals a person had set by the end of the period, more than "
                         "half were marked achieved on or before that day (% of people with goals set). Exactly "
                         "half does not count.");
    s.blocks.append(Block::ofTable(t));
    return s;
}

// 6. Exit questionnaire --------------------------------------------------------------------------

Result<Section> exitQuestionnaire(const Context& context)
{
    Section s;
    s.id = QStringLiteral("exit");
    s.title = ExitQuestionnaire::tr("Exit questionnaire");
    s.blocks.append(Block::paragraph(
        ExitQuestionnaire::tr("When their support ends, people are asked to fill in a short questionnaire about it. "
                              "For each question, the table shows how many people answered yes, no or \"does not "
                              "apply\", and the share who said yes.")));

    auto found = questionnaires(context);
    if (!found) {
        return found.error();
    }
    if (found.value().isEmpty()) {
        s.blocks.append(Block::paragraph(
            ExitQuestionnaire::tr("There is nothing to show: no questionnaire of the charity's own with yes or no "
                                  "questions has been filled in yet. A charity adds its exit questionnaire in "
                                  "Outcome measures, as a questionnaire of its own with yes / no / not applicable "
                                  "questions.")));
        return s;
    }

    MeasureService measures(context.db);
    const QString which
        = ExitQuestionnaire::tr("Which questionnaire: every questionnaire of the charity's own with yes / no / not "
                                "applicable questions that has ever been filled in; each has a table of its own.");

    Table overall;
    overall.id = QStringLiteral("exit.overall");
    overall.title = ExitQuestionnaire::tr("Overall satisfaction");
    overall.periodKey = context.period.key;
    overall.nLabel = ExitQuestionnaire::tr("people who returned a questionnaire in the period");
    overall.columns << labelColumn(ExitQuestionnaire::tr("Questionnaire"))
                    << figureColumn(context, QStringLiteral("returned"),
                           ExitQuestionnaire::tr("People who returned it"), CellKind::Count)
                    << figureColumn(context, QStringLiteral("all_yes"),
                           ExitQuestionnaire::tr("Said yes to every question that applied"), CellKind::Count)
                    << percentColumn(
                           context, QStringLiteral("percent"), ExitQuestionnaire::tr("% yes to every question"), 2);
    overall.n = 0;

    for (const Questionnaire& q : found.value()) {
        const MeasureDefinition& d = q.definition;
        Table t;
        t.id = q.tableId;
        t.title = ExitQuestionnaire::tr("%1: answers to each question").arg(d.title);
        t.periodKey = context.period.key;
        t.nLabel = ExitQuestionnaire::tr("people who returned the questionnaire in the period");
        t.columns << labelColumn(ExitQuestionnaire::tr("Question"))
                  << figureColumn(context, QStringLiteral("yes"), ExitQuestionnaire::tr("Yes"), CellKind::Count)
                  << figureColumn(context, QStringLiteral("no"), ExitQuestionnaire::tr("No"), CellKind::Count)
                  << figureColumn(context, QStringLiteral("not_applicable"), ExitQuestionnaire::tr("Does not apply"),
                         CellKind::Count)
                  << totalColumn(context, QStringLiteral("n"), ExitQuestionnaire::tr("Answered"))
                  << percentColumn(context, QStringLiteral("percent_yes"), ExitQuestionnaire::tr("% yes"), 1);
        t.sums = Sums::Both;
        outcomes::YesNoSummary all;
        for (const MeasureItem& item : d.items) {
            if (item.kind != ItemKind::YesNoNa) {
                continue;
            }
            auto answers
                = measures.yesNoAnswers(context.actor, d.id, item.number, context.period.from, context.period.to);
            if (!answers) {
                return answers.error();
            }
            const outcomes::YesNoSummary sum = outcomes::summariseYesNo(answers.value());
            all.yes += sum.yes;
            all.no += sum.no;
            all.notApplicable += sum.notApplicable;
            t.rows << row(QStringLiteral("item.%1").arg(item.number),
                { Cell::label(ExitQuestionnaire::tr("%1. %2").arg(item.number).arg(item.text)), Cell::count(sum.yes),
                    Cell::count(sum.no), Cell::count(sum.notApplicable),
                    Cell::count(sum.yes + sum.no + sum.notApplicable), Cell::percent(sum.yes, sum.yes + sum.no) });
        }
        t.rows << row(QStringLiteral("all"),
            { Cell::label(ExitQuestionnaire::tr("All questions")), Cell::count(all.yes), Cell::count(all.no),
                Cell::count(all.notApplicable), Cell::count(all.yes + all.no + all.notApplicable),
                Cell::percent(all.yes, all.yes + all.no) },
            RowKind::Total);

        auto o = overallOf(context, q);
        if (!o) {
            return o.error();
        }
        t.n = o.value().people;
        t.notes << which
                << ExitQuestionnaire::tr("Counts are of answers given on questionnaires filled in during the period; a "
                                         "question left blank is not counted. Answered = yes + no + does not apply.")
                << ExitQuestionnaire::tr("% yes is the share of yes among the people who answered yes or no: "
                                         "\"does not apply\" is left out of it.")
                << ExitQuestionnaire::tr("All questions adds up the answers to every question, so one person counts "
                                         "once for each question they answered.");
        s.blocks.append(Block::ofTable(t));

        overall.n += o.value().people;
        overall.rows << row(d.id,
            { Cell::label(d.title), Cell::count(o.value().people), Cell::count(o.value().allYes),
                Cell::percent(o.value().allYes, o.value().answered) });
    }
    overall.sums = Sums::None;
    overall.notes << ExitQuestionnaire::tr("Overall satisfaction: the share of people who said yes to every yes or no "
                                           "question that applied to them. People who answered only \"does not apply\" "
                                           "are left out of the share.")
                  << which;
    s.blocks.append(Block::ofTable(overall));
    return s;
}

} // namespace alongside::core::report::quarterly
