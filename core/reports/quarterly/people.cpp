#include "core/clients/clientservice.h"
#include "core/clients/demographics.h"
#include "core/db/sql.h"
#include "core/reports/quarterly/sections.h"
#include "core/reports/quarterly/tablesupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <array>

// Sections 1–3 of the quarterly report: reach, referral sources and the demographics of the people
// who attended. Every figure is counted in SQL or from rows that hold no name (a date of birth, a
// gender and an ethnic group key at most); nothing here suppresses: reports.cpp does that after.

namespace alongside::core::report::quarterly {

namespace {

class People
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::quarterly::People)
};

// The people (client ids) who attended at least one session held in the period, with how many.
const char* const kAttendedSql = "SELECT r.client_id, COUNT(*) FROM session s "
                                 "JOIN episode e ON e.id = s.episode_id "
                                 "JOIN referral r ON r.id = e.referral_id "
                                 "WHERE s.attendance = 'attended' AND s.held_on BETWEEN ? AND ? "
                                 "GROUP BY r.client_id";

struct Attendance
{
    int once = 0; // people with at least one attended session
    int twice = 0; // at least two
};

Result<Attendance> attendance(const Context& context)
{
    auto q = sql::query(context.db, QString::fromLatin1(kAttendedSql),
        { iso(context.period.from), iso(context.period.to) }, People::tr("count the people who attended"));
    if (!q) {
        return q.error();
    }
    Attendance a;
    while (q.value().next()) {
        ++a.once;
        if (q.value().value(1).toInt() >= 2) {
            ++a.twice;
        }
    }
    return a;
}

/** Sessions delivered in the period, by component id and mode. */
struct SessionCounts
{
    QMap<qint64, QMap<QString, int>> byComponent; // component id -> mode -> sessions
    int total = 0;
};

Result<SessionCounts> sessionsDelivered(const Context& context)
{
    // One-to-one sessions count once each; a group meeting counts once however many people were on
    // its register, provided at least one of them attended.
    const QString text = QStringLiteral(
        "SELECT e.component_id, s.mode, COUNT(*) FROM session s JOIN episode e ON e.id = s.episode_id "
        "WHERE s.group_session_id IS NULL AND s.attendance = 'attended' AND s.held_on BETWEEN ? AND ? "
        "GROUP BY e.component_id, s.mode "
        "UNION ALL "
        "SELECT g.component_id, 'group', COUNT(*) FROM group_session g "
        "WHERE EXISTS (SELECT 1 FROM session s WHERE s.group_session_id = g.id AND s.attendance = 'attended' "
        "AND s.held_on BETWEEN ? AND ?) GROUP BY g.component_id");
    const QString from = iso(context.period.from);
    const QString to = iso(context.period.to);
    auto q = sql::query(context.db, text, { from, to, from, to }, People::tr("count the sessions delivered"));
    if (!q) {
        return q.error();
    }
    SessionCounts counts;
    while (q.value().next()) {
        const int n = q.value().value(2).toInt();
        counts.byComponent[q.value().value(0).toLongLong()][q.value().value(1).toString()] += n;
        counts.total += n;
    }
    return counts;
}

struct Component
{
    qint64 id = 0;
    QString name;
};

Result<QList<Component>> components(const Context& context, const SessionCounts& counts)
{
    auto q = sql::query(context.db, QStringLiteral("SELECT id, name, active FROM service_component ORDER BY name, id"),
        {}, People::tr("read the service components"));
    if (!q) {
        return q.error();
    }
    QList<Component> list;
    while (q.value().next()) {
        const qint64 id = q.value().value(0).toLongLong();
        // Inactive components are listed only when they delivered sessions in the period.
        if (q.value().value(2).toInt() == 1 || counts.byComponent.contains(id)) {
            list.append(Component { id, q.value().value(1).toString() });
        }
    }
    return list;
}

} // namespace

Result<Section> reach(const Context& context)
{
    Section s;
    s.id = QStringLiteral("reach");
    s.title = People::tr("Reach");
    s.blocks.append(Block::paragraph(People::tr(
        "How many people came to us in the period, how many took part, and how many sessions we delivered.")));

    const QString from = iso(context.period.from);
    const QString to = iso(context.period.to);
    auto referred = sql::scalar(context.db,
        QStringLiteral("SELECT COUNT(DISTINCT client_id) FROM referral WHERE referred_on BETWEEN ? AND ?"),
        { from, to });
    if (!referred) {
        return referred.error();
    }
    auto attended = attendance(context);
    if (!attended) {
        return attended.error();
    }
    auto delivered = sessionsDelivered(context);
    if (!delivered) {
        return delivered.error();
    }
    auto q = sql::query(context.db,
        QStringLiteral("SELECT COALESCE(SUM(attendance = 'attended'), 0), COALESCE(SUM(attendance = 'did_not_attend'), "
                       "0) FROM session WHERE held_on BETWEEN ? AND ?"),
        { from, to }, People::tr("count the appointments not attended"));
    if (!q) {
        return q.error();
    }
    int attendedAppointments = 0;
    int missed = 0;
    if (q.value().next()) {
        attendedAppointments = q.value().value(0).toInt();
        missed = q.value().value(1).toInt();
    }
    const SessionCounts& counts = delivered.value();

    Table summary;
    summary.id = QStringLiteral("reach.summary");
    summary.title = People::tr("People and sessions");
    summary.periodKey = context.period.key;
    summary.n = attended.value().once;
    summary.nLabel = People::tr("people who attended at least one session");
    summary.columns = { labelColumn(QString()),
        figureColumn(context, QStringLiteral("count"), People::tr("Number"), CellKind::Count),
        percentColumn(context, QStringLiteral("percent"), People::tr("Rate"), 1) };
    summary.rows = {
        row(QStringLiteral("referred"),
            { Cell::label(People::tr("People referred")), Cell::count(referred.value().toInt()), Cell::none() }),
        row(QStringLiteral("attended_one"),
            { Cell::label(People::tr("People who attended at least one session")), Cell::count(attended.value().once),
                Cell::none() }),
        row(QStringLiteral("attended_two"),
            { Cell::label(People::tr("People who attended at least two sessions")), Cell::count(attended.value().twice),
                Cell::none() }),
        row(QStringLiteral("sessions"),
            { Cell::label(People::tr("Sessions delivered")), Cell::countOf(counts.total, true), Cell::none() }),
        row(QStringLiteral("did_not_attend"),
            { Cell::label(People::tr("Appointments not attended (did-not-attend rate)")), Cell::countOf(missed, true),
                Cell::percent(missed, attendedAppointments + missed) }),
    };
    {
        // Appointments, not people: the rate is shown however few were missed.
        Cell& rate = summary.rows.last().cells.last();
        rate.notPeople = true;
        rate.base = -1;
    }
    summary.sums = Sums::None;
    summary.notes = {
        People::tr("People referred: people with a referral received in the period (someone referred twice counts "
                   "once)."),
        People::tr("Attended: people with at least one (or two) sessions marked \"attended\" in the period, one-to-one "
                   "or in a group."),
        People::tr("Sessions delivered: one-to-one sessions attended, plus group meetings with at least one person "
                   "attending (a group meeting counts once, however many came)."),
        People::tr("Did-not-attend rate: appointments marked \"did not attend\" as a share of appointments attended "
                   "or not attended, one line per person on a group register. Appointments cancelled by the person or "
                   "by the service are left out."),
    };
    s.blocks.append(Block::ofTable(summary));

    auto list = components(context, counts);
    if (!list) {
        return list.error();
    }
    const QStringList modes = ClientService::modeKeys();
    Table byMode;
    byMode.id = QStringLiteral("reach.sessions");
    byMode.title = People::tr("Sessions delivered, by service and how they were held");
    byMode.periodKey = context.period.key;
    byMode.n = counts.total;
    byMode.nLabel = People::tr("sessions delivered");
    byMode.columns.append(labelColumn(People::tr("Service")));
    for (const QString& mode : modes) {
        byMode.columns.append(figureColumn(context, mode, ClientService::modeName(mode), CellKind::Count));
    }
    byMode.columns.append(totalColumn(context, QStringLiteral("total"), People::tr("Total")));
    QMap<QString, int> modeTotals;
    for (const Component& c : list.value()) {
        const QMap<QString, int> m = counts.byComponent.value(c.id);
        QList<Cell> cells { Cell::label(c.name) };
        int total = 0;
        for (const QString& mode : modes) {
            cells.append(Cell::countOf(m.value(mode), true));
            total += m.value(mode);
            modeTotals[mode] += m.value(mode);
        }
        cells.append(Cell::countOf(total, true));
        byMode.rows.append(row(QStringLiteral("component.%1").arg(c.id), cells));
    }
    QList<Cell> totals { Cell::label(People::tr("All services")) };
    for (const QString& mode : modes) {
        totals.append(Cell::countOf(modeTotals.value(mode), true));
    }
    totals.append(Cell::countOf(counts.total, true));
    byMode.rows.append(row(QStringLiteral("total"), totals, RowKind::Total));
    byMode.sums = Sums::Both;
    byMode.emptyText = People::tr("No service components are set up.");
    byMode.notes = { People::tr("A session is counted under the service of the episode it belongs to (a group "
                                "meeting under its own service) and under the way it was held.") };
    s.blocks.append(Block::ofTable(byMode));

    Chart chart;
    chart.id = QStringLiteral("reach.sessions.chart");
    chart.title = People::tr("Sessions delivered, by service");
    chart.kind = Chart::Kind::Bars;
    chart.tableId = byMode.id;
    chart.categoryColumn = 0;
    chart.series = { ChartSeries { People::tr("Sessions delivered"), int(byMode.columns.size()) - 1 } };
    chart.valueAxisTitle = People::tr("Sessions");
    chart.percentAxis = false;
    chart.nLabel = byMode.nLabel;
    s.blocks.append(Block::ofChart(chart));
    return s;
}

Result<Section> referralSources(const Context& context)
{
    Section s;
    s.id = QStringLiteral("referrals");
    s.title = People::tr("Referral sources");
    s.blocks.append(Block::paragraph(People::tr("Where the referrals we received in the period came from: people "
                                                "referring themselves, our other services, or other organisations.")));

    auto q = sql::query(context.db,
        QStringLiteral("SELECT source_category, COALESCE(source_id, 0), COUNT(*) FROM referral "
                       "WHERE referred_on BETWEEN ? AND ? GROUP BY source_category, COALESCE(source_id, 0)"),
        { iso(context.period.from), iso(context.period.to) }, People::tr("count the referrals by source"));
    if (!q) {
        return q.error();
    }
    QHash<QString, QMap<qint64, int>> counts; // category -> source id (0: none recorded) -> referrals
    int total = 0;
    while (q.value().next()) {
        const int n = q.value().value(2).toInt();
        counts[q.value().value(0).toString()][q.value().value(1).toLongLong()] += n;
        total += n;
    }
    auto sources = sql::query(context.db,
        QStringLiteral("SELECT id, category, name, active FROM referral_source ORDER BY category, position, name, id"),
        {}, People::tr("read the referral sources"));
    if (!sources) {
        return sources.error();
    }

    struct Source
    {
        qint64 id;
        QString name;
    };

    QHash<QString, QList<Source>> catalogue;
    while (sources.value().next()) {
        const qint64 id = sources.value().value(0).toLongLong();
        const QString category = sources.value().value(1).toString();
        // A retired source is listed only when it was used in the period.
        if (sources.value().value(3).toInt() == 1 || counts.value(category).contains(id)) {
            catalogue[category].append(Source { id, sources.value().value(2).toString() });
        }
    }

    Table t;
    t.id = QStringLiteral("referrals.sources");
    t.title = People::tr("Referrals by source");
    t.periodKey = context.period.key;
    t.n = total;
    t.nLabel = People::tr("referrals received");
    t.columns = { labelColumn(People::tr("Source")),
        figureColumn(context, QStringLiteral("count"), People::tr("Referrals"), CellKind::Count),
        percentColumn(context, QStringLiteral("percent"), People::tr("%"), 1) };
    for (const QString& category : ClientService::sourceCategoryKeys()) {
        const QMap<qint64, int> inCategory = counts.value(category);
        int categoryTotal = 0;
        for (int n : inCategory) {
            categoryTotal += n;
        }
        t.rows.append(row(category,
            { Cell::label(ClientService::sourceCategoryName(category)), Cell::count(categoryTotal),
                Cell::percent(categoryTotal, total) }));
        const QList<Source> subs = catalogue.value(category);
        for (const Source& source : subs) {
            const int n = inCategory.value(source.id);
            t.rows.append(row(QStringLiteral("%1.source.%2").arg(category).arg(source.id),
                { Cell::label(source.name), Cell::count(n), Cell::percent(n, total) }, RowKind::Breakdown));
        }
        // Referrals with no sub-source (or one filed under another category) so that the sub-rows add up.
        int unlisted = 0;
        for (auto it = inCategory.cbegin(); it != inCategory.cend(); ++it) {
            bool inSubs = false;
            for (const Source& source : subs) {
                inSubs = inSubs || source.id == it.key();
            }
            if (!inSubs) {
                unlisted += it.value();
            }
        }
        if (!subs.isEmpty() && unlisted > 0) {
            t.rows.append(row(QStringLiteral("%1.source.none").arg(category),
                { Cell::label(People::tr("Source not recorded")), Cell::count(unlisted),
                    Cell::percent(unlisted, total) },
                RowKind::Breakdown));
        }
    }
    t.rows.append(row(QStringLiteral("total"),
        { Cell::label(People::tr("All referrals")), Cell::count(total), Cell::percent(total, total) }, RowKind::Total));
    t.sums = Sums::Down;
    t.notes = {
        People::tr("Referrals received in the period, by the source recorded on the referral. Someone referred twice "
                   "in the period counts twice."),
        People::tr("Self-referral: the person came to us themselves. Internal: from another of our services. "
                   "External: from another organisation (GP, NHS team, another charity…). The indented rows are the "
                   "sources within each of these; percentages are of all referrals."),
    };
    s.blocks.append(Block::ofTable(t));
    return s;
}

Result<Section> demographics(const Context& context)
{
    Section s;
    s.id = QStringLiteral("demographics");
    s.title = People::tr("Who we supported");
    s.blocks.append(Block::paragraph(
        People::tr("The ethnic group, gender and age of the people who attended at least one session in the period, "
                   "as they told us. Every category is listed, with zeros, so periods can be compared.")));

    auto q = sql::query(context.db,
        QStringLiteral(
            "SELECT p.date_of_birth, p.gender, p.ethnicity FROM client c JOIN person p ON p.id = c.person_id "
            "WHERE c.id IN (SELECT r.client_id FROM session s JOIN episode e ON e.id = s.episode_id "
            "JOIN referral r ON r.id = e.referral_id "
            "WHERE s.attendance = 'attended' AND s.held_on BETWEEN ? AND ?)"),
        { iso(context.period.from), iso(context.period.to) }, People::tr("count the demographics"));
    if (!q) {
        return q.error();
    }
    const QList<AgeBand> bands = Demographics::standardAgeBands();
    std::array<int, 6> ethnic {}; // 0 not known, 1..5 the Census 2021 groups
    QMap<QString, int> gender; // male, female, other, unknown
    QList<int> age(bands.size() + 1, 0); // the last: not specified
    int people = 0;
    while (q.value().next()) {
        ++people;
        const QDate birth = QDate::fromString(q.value().value(0).toString(), Qt::ISODate);
        const int band = Demographics::ageBandIndex(birth, context.period.from, bands);
        ++age[band < 0 ? bands.size() : band];
        const QString g = Demographics::genderKey(q.value().value(1).toString());
        if (g == QLatin1String("male") || g == QLatin1String("female")) {
            ++gender[g];
        } else if (g.isEmpty() || g == QLatin1String(Demographics::kNotStated)) {
            ++gender[QStringLiteral("unknown")];
        } else {
            ++gender[QStringLiteral("other")];
        }
        ++ethnic[size_t(Demographics::ethnicGroup(q.value().value(2).toString()))];
    }

    auto table = [&](const QString& id, const QString& title, const QString& what,
                     const QList<QPair<QString, QString>>& categories, const QList<int>& values) {
        Table t;
        t.id = id;
        t.title = title;
        t.periodKey = context.period.key;
        t.n = people;
        t.nLabel = People::tr("people who attended at least one session");
        t.columns = { labelColumn(what),
            figureColumn(context, QStringLiteral("count"), People::tr("People"), CellKind::Count),
            percentColumn(context, QStringLiteral("percent"), People::tr("%"), 1) };
        for (int i = 0; i < categories.size(); ++i) {
            t.rows.append(row(categories.at(i).first,
                { Cell::label(categories.at(i).second), Cell::count(values.at(i)),
                    Cell::percent(values.at(i), people) }));
        }
        t.rows.append(row(QStringLiteral("total"),
            { Cell::label(People::tr("Total")), Cell::count(people), Cell::percent(people, people) }, RowKind::Total));
        t.sums = Sums::Down;
        return t;
    };

    QList<QPair<QString, QString>> ethnicRows;
    QList<int> ethnicValues;
    for (int group = 1; group <= 5; ++group) {
        ethnicRows.append({ QStringLiteral("group%1").arg(group), Demographics::ethnicGroupName(group) });
        ethnicValues.append(ethnic[size_t(group)]);
    }
    ethnicRows.append({ QStringLiteral("not_known"), People::tr("Not known / not stated") });
    ethnicValues.append(ethnic[0]);
    Table e = table(QStringLiteral("demographics.ethnicity"), People::tr("Ethnic group"), People::tr("Ethnic group"),
        ethnicRows, ethnicValues);
    e.notes
        = { People::tr("The five high-level ethnic groups of the 2021 Census (England and Wales). \"Not known / not "
                       "stated\": the person was not asked, or chose not to say.") };
    s.blocks.append(Block::ofTable(e));

    Table g = table(QStringLiteral("demographics.gender"), People::tr("Gender"), People::tr("Gender"),
        { { QStringLiteral("male"), People::tr("Male") }, { QStringLiteral("female"), People::tr("Female") },
            { QStringLiteral("other"), People::tr("Other") },
            { QStringLiteral("unknown"), People::tr("Not known / not stated") } },
        { gender.value(QStringLiteral("male")), gender.value(QStringLiteral("female")),
            gender.value(QStringLiteral("other")), gender.value(QStringLiteral("unknown")) });
    g.notes = { People::tr("Gender as the person described it. \"Other\": non-binary, or described in another way. "
                           "\"Not known / not stated\": not recorded, or the person chose not to say.") };
    s.blocks.append(Block::ofTable(g));

    QList<QPair<QString, QString>> ageRows;
    for (const AgeBand& b : bands) {
        ageRows.append(
            { b.to < 0 ? QStringLiteral("age%1plus").arg(b.from) : QStringLiteral("age%1_%2").arg(b.from).arg(b.to),
                b.label() });
    }
    ageRows.append({ QStringLiteral("not_specified"), People::tr("Not specified") });
    Table a = table(QStringLiteral("demographics.age"), People::tr("Age"), People::tr("Age"), ageRows, age);
    a.notes = { People::tr("Age on the first day of the period (%1), from the date of birth recorded. \"Not "
                           "specified\": no date of birth recorded, or under %2 on that day.")
                    .arg(QLocale().toString(context.period.from, QStringLiteral("d MMM yyyy")))
                    .arg(bands.constFirst().from) };
    s.blocks.append(Block::ofTable(a));
    return s;
}

} // namespace alongside::core::report::quarterly
