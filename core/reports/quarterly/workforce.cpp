#include "core/clients/demographics.h"
#include "core/db/sql.h"
#include "core/reports/quarterly/sections.h"
#include "core/reports/quarterly/tablesupport.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/compliance.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QSet>

namespace alongside::core::report::quarterly {

namespace {

class Workforce
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::quarterly::Workforce)
};

// The workforce this section counts: volunteers (anyone in an unpaid role) and paid peer workers
// (a paid or sessional role of a type marked as a peer role). Paid staff in roles that are not peer
// roles are not counted.
const char kInScope[] = "(r.pay_basis = 'unpaid' OR t.is_peer = 1)";

// Roles in scope held on a day (bound three times) by workers whose status that day is active.
// Ordered so that each worker's first row is the role they are counted under: a paid role before an
// unpaid one, then the role held longest.
QString activeRolesSql(const QString& select)
{
    return QStringLiteral("SELECT ") + select
        + QStringLiteral(" FROM worker w JOIN worker_role r ON r.worker_id = w.id "
                         "JOIN role_type t ON t.id = r.role_type_id "
                         "WHERE r.starts_on <= ? AND (r.ends_on IS NULL OR r.ends_on >= ?) AND ")
        + QString::fromLatin1(kInScope)
        + QStringLiteral(" AND (SELECT s.status FROM worker_status s WHERE s.worker_id = w.id AND s.since <= ? "
                         "ORDER BY s.since DESC, s.id DESC LIMIT 1) = 'active'");
}

// People supported in the period: at least one session they attended on a day in it.
const char kSupportedClients[] = "SELECT DISTINCT r.client_id FROM session s JOIN episode e ON e.id = s.episode_id "
                                 "JOIN referral r ON r.id = e.referral_id WHERE s.attendance = 'attended' "
                                 "AND s.held_on >= ? AND s.held_on <= ?";

struct Member
{
    qint64 workerId = 0;
    qint64 roleTypeId = 0;
    QString roleName;
    bool paid = false;
};

Result<QList<Member>> activeWorkforce(const Context& context)
{
    const QString day = iso(context.period.to);
    auto q = sql::query(context.db,
        activeRolesSql(QStringLiteral("w.id, r.role_type_id, t.name, r.pay_basis"))
            + QStringLiteral(" ORDER BY w.id, CASE WHEN r.pay_basis = 'unpaid' THEN 1 ELSE 0 END, r.starts_on, r.id"),
        { day, day, day }, QStringLiteral("count the active workforce"));
    if (!q) {
        return q.error();
    }
    QList<Member> out;
    qint64 last = 0;
    while (q.value().next()) {
        const qint64 worker = q.value().value(0).toLongLong();
        if (worker == last) {
            continue;
        }
        last = worker;
        out.append(Member { worker, q.value().value(1).toLongLong(), q.value().value(2).toString(),
            q.value().value(3).toString() != QLatin1String("unpaid") });
    }
    return out;
}

Block activeTable(const Context& context, const QList<Member>& members)
{
    struct Line
    {
        QString name;
        int unpaid = 0;
        int paid = 0;
    };

    QMap<qint64, Line> byRole; // by role type id: the order roles were set up in
    int unpaid = 0;
    int paid = 0;
    for (const Member& m : members) {
        Line& l = byRole[m.roleTypeId];
        l.name = m.roleName;
        (m.paid ? l.paid : l.unpaid) += 1;
        (m.paid ? paid : unpaid) += 1;
    }
    Table t = table(context, QStringLiteral("workforce.active"),
        Workforce::tr("Active volunteers and paid peer workers by role, on %1")
            .arg(QLocale().toString(context.period.to, QStringLiteral("d MMM yyyy"))));
    t.pointInTime = true; // as at the period's last day
    t.n = unpaid + paid;
    t.nLabel = Workforce::tr("volunteers and paid peer workers active on the last day of the period");
    t.columns << labelColumn(Workforce::tr("Role"))
              << figureColumn(context, QStringLiteral("unpaid"), Workforce::tr("Unpaid (volunteers)"), CellKind::Count)
              << figureColumn(context, QStringLiteral("paid"), Workforce::tr("Paid"), CellKind::Count)
              << totalColumn(context, QStringLiteral("total"), Workforce::tr("Total"));
    for (auto it = byRole.cbegin(); it != byRole.cend(); ++it) {
        t.rows << row(QStringLiteral("role.%1").arg(it.key()),
            { Cell::label(it->name), Cell::count(it->unpaid), Cell::count(it->paid),
                Cell::count(it->unpaid + it->paid) });
    }
    t.rows << row(QStringLiteral("total"),
        { Cell::label(Workforce::tr("All roles")), Cell::count(unpaid), Cell::count(paid), Cell::count(unpaid + paid) },
        RowKind::Total);
    t.sums = Sums::Both;
    t.emptyText = Workforce::tr("No volunteers or paid peer workers were active on the last day of the period.");
    t.notes << Workforce::tr("Active: the worker's status on the last day of the period is Active and they hold a "
                             "role that day. Volunteers are people in an unpaid role; paid peer workers hold a paid "
                             "or sessional role of a type marked as a peer role. Staff in roles that are not peer "
                             "roles are not counted.")
            << Workforce::tr("Each person is counted once: under their paid role if they have one, otherwise under "
                             "the role they have held longest.");
    return Block::ofTable(t);
}

Result<Block> movementTable(const Context& context)
{
    const QString scope
        = QStringLiteral("EXISTS (SELECT 1 FROM worker_role r JOIN role_type t ON t.id = r.role_type_id "
                         "WHERE r.worker_id = w.id AND ")
        + QString::fromLatin1(kInScope) + QStringLiteral(")");
    const QString from = iso(context.period.from);
    const QString to = iso(context.period.to);
    auto q = sql::query(context.db,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM worker w WHERE ") + scope
            + QStringLiteral(" AND (SELECT MIN(s.since) FROM worker_status s WHERE s.worker_id = w.id AND s.status = "
                             "'active') BETWEEN ? AND ?), (SELECT COUNT(*) FROM worker w WHERE ")
            + scope
            + QStringLiteral(" AND EXISTS (SELECT 1 FROM worker_status s WHERE s.worker_id = w.id AND s.status = "
                             "'left' AND s.since BETWEEN ? AND ?))"),
        { from, to, from, to }, QStringLiteral("count starters and leavers"));
    if (!q) {
        return q.error();
    }
    int starters = 0;
    int leavers = 0;
    if (q.value().next()) {
        starters = q.value().value(0).toInt();
        leavers = q.value().value(1).toInt();
    }
    Table t = table(context, QStringLiteral("workforce.movement"), Workforce::tr("Starters and leavers"));
    t.n = starters + leavers;
    t.nLabel = Workforce::tr("people who started or left in the period");
    t.columns << labelColumn(Workforce::tr("People"))
              << figureColumn(context, QStringLiteral("count"), Workforce::tr("Number"), CellKind::Count);
    t.rows << row(QStringLiteral("starters"), { Cell::label(Workforce::tr("Started")), Cell::count(starters) });
    t.rows << row(QStringLiteral("leavers"), { Cell::label(Workforce::tr("Left")), Cell::count(leavers) });
    t.sums = Sums::None;
    t.notes << Workforce::tr("Started: volunteers and paid peer workers whose status first became Active on a day in "
                             "the period. Left: those whose status was set to Left on a day in the period (counted "
                             "once however many times).");
    return Block::ofTable(t);
}

Result<Block> hoursTable(const Context& context)
{
    auto q = sql::query(context.db,
        QStringLiteral("SELECT COALESCE(SUM(hours), 0), COUNT(DISTINCT worker_id) FROM volunteer_hours "
                       "WHERE worked_on >= ? AND worked_on <= ?"),
        { iso(context.period.from), iso(context.period.to) }, QStringLiteral("add up volunteer hours"));
    if (!q) {
        return q.error();
    }
    double hours = 0;
    int people = 0;
    if (q.value().next()) {
        hours = q.value().value(0).toDouble();
        people = q.value().value(1).toInt();
    }
    const double rate = context.settings.hourlyRatePence / 100.0;
    const QString pound = QStringLiteral("£");
    Table t = table(context, QStringLiteral("workforce.hours"), Workforce::tr("Volunteer hours and their value"));
    t.n = people;
    t.nLabel = Workforce::tr("people who recorded volunteer hours in the period");
    t.columns << labelColumn(Workforce::tr("Measure"))
              << figureColumn(context, QStringLiteral("value"), Workforce::tr("Figure"), CellKind::Number);
    t.rows << row(
        QStringLiteral("people"), { Cell::label(Workforce::tr("People who recorded hours")), Cell::count(people) });
    t.rows << row(QStringLiteral("hours"),
        { Cell::label(Workforce::tr("Hours given")), Cell::number(hours, 1, -1, Workforce::tr("hours")) });
    t.rows << row(QStringLiteral("value"),
        { Cell::label(Workforce::tr("Value of the hours")), Cell::number(hours * rate, 2, -1, pound) });
    t.sums = Sums::None;
    t.notes << Workforce::tr("Hours: every volunteer hours entry dated in the period.")
            << Workforce::tr("Value: the hours at %1%2 an hour, the rate set in Settings.")
                   .arg(pound, QLocale().toString(rate, 'f', 2));
    return Block::ofTable(t);
}

Table complianceTable(const Context& context, const QString& id, const QString& title, int good, int all,
    const QString& goodLabel, const QString& badLabel)
{
    Table t = table(context, id, title);
    t.n = all;
    t.columns << labelColumn(Workforce::tr("People"))
              << figureColumn(context, QStringLiteral("count"), Workforce::tr("Number"), CellKind::Count)
              << percentColumn(context, QStringLiteral("percent"), Workforce::tr("%"), 1);
    t.rows << row(QStringLiteral("compliant"), { Cell::label(goodLabel), Cell::count(good), Cell::percent(good, all) });
    t.rows << row(QStringLiteral("not_compliant"),
        { Cell::label(badLabel), Cell::count(all - good), Cell::percent(all - good, all) });
    t.rows << row(QStringLiteral("total"),
        { Cell::label(Workforce::tr("Total")), Cell::count(all), Cell::percent(all, all) }, RowKind::Total);
    t.sums = Sums::Down;
    return t;
}

Result<QList<Block>> complianceTables(const Context& context)
{
    const QDate day = context.period.to;
    const QString when = QLocale().toString(day, QStringLiteral("d MMM yyyy"));
    auto training = ComplianceService(context.db).counts(context.actor, day);
    if (!training) {
        return training.error();
    }
    Table t = complianceTable(context, QStringLiteral("workforce.training"),
        Workforce::tr("Training compliance on %1").arg(when), training.value().trainingInDate,
        training.value().needTraining, Workforce::tr("Every required course done and in date"),
        Workforce::tr("A required course missing or out of date"));
    t.pointInTime = true; // as at the period's last day
    t.nLabel = Workforce::tr("workers whose roles require training, on the last day of the period");
    t.notes << Workforce::tr("From the compliance matrix as it stood on the last day of the period: workers whose "
                             "status was applicant, in training, active or paused and who held a role, and whose "
                             "roles require at least one course (courses mandatory for every role or for one of "
                             "theirs). A course that lapses soon still counts as in date. DBS checks and references "
                             "are not part of this table.");
    auto supervision = SupervisionService(context.db).complianceCounts(context.actor, day, 0);
    if (!supervision) {
        return supervision.error();
    }
    const int overdue = supervision.value().value(SupervisionDueState::Overdue);
    int all = 0;
    for (int v : supervision.value()) {
        all += v;
    }
    Table s = complianceTable(context, QStringLiteral("workforce.supervision"),
        Workforce::tr("Supervision compliance on %1").arg(when), all - overdue, all,
        Workforce::tr("Supervision up to date"), Workforce::tr("Supervision overdue"));
    s.pointInTime = true; // as at the period's last day
    s.nLabel = Workforce::tr("workers whose roles expect supervision, on the last day of the period");
    s.notes << Workforce::tr("From the supervision compliance table as it stood on the last day of the period: "
                             "everyone whose roles expect supervision at set intervals. Overdue: their next "
                             "supervision was due before that day (counted from their last session, or from when "
                             "they started).");
    return QList<Block> { Block::ofTable(t), Block::ofTable(s) };
}

Result<Block> progressionTable(const Context& context)
{
    // Each person's first volunteer role, first paid peer role and first referral.
    auto q = sql::query(context.db,
        QStringLiteral(
            "SELECT MIN(CASE WHEN r.pay_basis = 'unpaid' THEN r.starts_on END), "
            "MIN(CASE WHEN r.pay_basis <> 'unpaid' AND t.is_peer = 1 THEN r.starts_on END), "
            "(SELECT MIN(f.referred_on) FROM client c JOIN referral f ON f.client_id = c.id WHERE c.person_id = "
            "w.person_id) FROM worker w JOIN worker_role r ON r.worker_id = w.id JOIN role_type t ON t.id = "
            "r.role_type_id GROUP BY w.id, w.person_id"),
        {}, QStringLiteral("count progression"));
    if (!q) {
        return q.error();
    }
    int started = 0;
    int supportedToVolunteer = 0;
    int volunteerToPaid = 0;
    while (q.value().next()) {
        const QDate volunteer = QDate::fromString(q.value().value(0).toString(), Qt::ISODate);
        const QDate paid = QDate::fromString(q.value().value(1).toString(), Qt::ISODate);
        const QDate referred = QDate::fromString(q.value().value(2).toString(), Qt::ISODate);
        const bool newVolunteer = context.period.contains(volunteer);
        const bool newPaid = context.period.contains(paid);
        if (newVolunteer || newPaid) {
            ++started;
        }
        if (newVolunteer && referred.isValid() && referred < volunteer) {
            ++supportedToVolunteer;
        }
        if (newPaid && volunteer.isValid() && volunteer < paid) {
            ++volunteerToPaid;
        }
    }
    Table t = table(context, QStringLiteral("workforce.progression"),
        Workforce::tr("Progression: from being supported to volunteering to paid work"));
    t.n = started;
    t.nLabel = Workforce::tr("people who took up their first volunteer or first paid peer role in the period");
    t.columns << labelColumn(Workforce::tr("People"))
              << figureColumn(context, QStringLiteral("count"), Workforce::tr("Number"), CellKind::Count);
    t.rows << row(QStringLiteral("supported_to_volunteer"),
        { Cell::label(Workforce::tr("Supported by the charity before, became volunteers")),
            Cell::count(supportedToVolunteer) });
    t.rows << row(QStringLiteral("volunteer_to_paid"),
        { Cell::label(Workforce::tr("Volunteers who became paid peer workers")), Cell::count(volunteerToPaid) });
    t.sums = Sums::None;
    t.notes << Workforce::tr("Became volunteers: people whose first unpaid role started in the period and who had "
                             "been referred to the charity before that day.")
            << Workforce::tr("Became paid peer workers: people whose first paid or sessional peer role started in the "
                             "period and who had held an unpaid role before that day.");
    return Block::ofTable(t);
}

/** Counts of people by gender, ethnic group and age band. */
struct Profile
{
    int people = 0;
    QMap<QString, int> gender;
    QMap<int, int> ethnicGroup;
    QMap<int, int> ageBand; // -1: not specified
};

Result<Profile> profileOf(const Context& context, const QString& sql, const QVariantList& bind)
{
    auto q = sql::query(context.db, sql, bind, QStringLiteral("read demographics for the workforce section"));
    if (!q) {
        return q.error();
    }
    const QList<AgeBand> bands = Demographics::standardAgeBands();
    const QStringList genders = Demographics::genderKeys();
    Profile p;
    while (q.value().next()) {
        ++p.people;
        QString g = Demographics::genderKey(q.value().value(1).toString());
        if (!genders.contains(g)) {
            g = QString::fromLatin1(Demographics::kNotStated);
        }
        ++p.gender[g];
        ++p.ethnicGroup[Demographics::ethnicGroup(q.value().value(2).toString())];
        ++p.ageBand[Demographics::ageBandIndex(
            QDate::fromString(q.value().value(0).toString(), Qt::ISODate), context.period.to, bands)];
    }
    return p;
}

Result<Block> diversityTable(const Context& context)
{
    const QString day = iso(context.period.to);
    auto workforce = profileOf(context,
        QStringLiteral("SELECT p.date_of_birth, p.gender, p.ethnicity FROM person p WHERE p.id IN (")
            + activeRolesSql(QStringLiteral("w.person_id")) + QStringLiteral(")"),
        { day, day, day });
    if (!workforce) {
        return workforce.error();
    }
    auto supported = profileOf(context,
        QStringLiteral("SELECT p.date_of_birth, p.gender, p.ethnicity FROM person p JOIN client c ON c.person_id = "
                       "p.id WHERE c.id IN (")
            + QString::fromLatin1(kSupportedClients) + QStringLiteral(")"),
        { iso(context.period.from), day });
    if (!supported) {
        return supported.error();
    }
    const Profile& w = workforce.value();
    const Profile& s = supported.value();

    Table t = table(context, QStringLiteral("workforce.diversity"),
        Workforce::tr("Diversity of the workforce beside the people supported"));
    t.pointInTime = true; // as at the period's last day
    t.n = w.people;
    t.nLabel = Workforce::tr("volunteers and paid peer workers active on the last day of the period (the people "
                             "supported beside them are counted in the heading rows)");
    t.columns << labelColumn(Workforce::tr("Group"))
              << figureColumn(context, QStringLiteral("workforce"), Workforce::tr("Workforce"), CellKind::Count)
              << percentColumn(context, QStringLiteral("workforce_percent"), Workforce::tr("Workforce %"), 1)
              << figureColumn(context, QStringLiteral("supported"), Workforce::tr("People supported"), CellKind::Count)
              << percentColumn(context, QStringLiteral("supported_percent"), Workforce::tr("People supported %"), 3);
    const auto heading = [&](const QString& key, const QString& label) {
        t.rows << row(key,
            { Cell::label(label), Cell::count(w.people), Cell::percent(w.people, w.people), Cell::count(s.people),
                Cell::percent(s.people, s.people) });
    };
    const auto line = [&](const QString& key, const QString& label, int inWorkforce, int inSupported) {
        t.rows << row(key,
            { Cell::label(label), Cell::count(inWorkforce), Cell::percent(inWorkforce, w.people),
                Cell::count(inSupported), Cell::percent(inSupported, s.people) },
            RowKind::Breakdown);
    };
    heading(QStringLiteral("gender"), Workforce::tr("Gender"));
    for (const QString& g : Demographics::genderKeys()) {
        const bool notStated = g == QLatin1String(Demographics::kNotStated);
        line(QStringLiteral("gender.") + g,
            notStated ? Workforce::tr("Not known or not stated") : Demographics::genderName(g), w.gender.value(g),
            s.gender.value(g));
    }
    heading(QStringLiteral("ethnicity"), Workforce::tr("Ethnic group"));
    for (int g : { 1, 2, 3, 4, 5, 0 }) {
        line(QStringLiteral("ethnicity.%1").arg(g), Demographics::ethnicGroupName(g), w.ethnicGroup.value(g),
            s.ethnicGroup.value(g));
    }
    heading(QStringLiteral("age"), Workforce::tr("Age"));
    const QList<AgeBand> bands = Demographics::standardAgeBands();
    for (int i = 0; i < bands.size(); ++i) {
        line(QStringLiteral("age.%1").arg(bands.at(i).from), bands.at(i).label(), w.ageBand.value(i),
            s.ageBand.value(i));
    }
    line(QStringLiteral("age.not_specified"), Workforce::tr("Not specified"), w.ageBand.value(-1), s.ageBand.value(-1));
    t.sums = Sums::Down;
    t.notes << Workforce::tr("Workforce: the volunteers and paid peer workers in the first table. People supported: "
                             "everyone with at least one session they attended in the period.")
            << Workforce::tr("Each heading row (gender, ethnic group, age) is everyone; the rows under it add up to "
                             "it. Ethnic groups are the Census 2021 high-level groups. Age is on the last day of the "
                             "period; \"not specified\" includes no date of birth and ages below the first band.")
            << Workforce::tr("Gender \"not known or not stated\" includes people who were not asked and answers "
                             "that are not on the list.");
    return Block::ofTable(t);
}

} // namespace

Result<Section> workforce(const Context& context)
{
    Section s;
    s.id = QStringLiteral("workforce");
    s.title = Workforce::tr("Workforce");
    s.blocks.append(Block::paragraph(
        Workforce::tr("The charity's peer workforce: volunteers and paid peer workers, who joined and who left, the "
                      "hours volunteers gave, whether training and supervision are up to date, how many people moved "
                      "from being supported to volunteering and on to paid work, and how the workforce compares "
                      "with the people it supports.")));

    auto members = activeWorkforce(context);
    if (!members) {
        return members.error();
    }
    s.blocks.append(activeTable(context, members.value()));
    auto movement = movementTable(context);
    if (!movement) {
        return movement.error();
    }
    s.blocks.append(movement.value());
    auto hours = hoursTable(context);
    if (!hours) {
        return hours.error();
    }
    s.blocks.append(hours.value());
    auto compliance = complianceTables(context);
    if (!compliance) {
        return compliance.error();
    }
    s.blocks.append(compliance.value());
    auto progression = progressionTable(context);
    if (!progression) {
        return progression.error();
    }
    s.blocks.append(progression.value());
    auto diversity = diversityTable(context);
    if (!diversity) {
        return diversity.error();
    }
    s.blocks.append(diversity.value());
    return s;
}

} // namespace alongside::core::report::quarterly
