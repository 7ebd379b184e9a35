#include "core/db/sql.h"
#include "core/involvement/involvementservice.h"
#include "core/involvement/storyservice.h"
#include "core/reports/quarterly/sections.h"
#include "core/reports/quarterly/tablesupport.h"

#include <QCoreApplication>

namespace alongside::core::report::quarterly {

namespace {

class Coproduction
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::quarterly::Coproduction)
};

class Stories
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::quarterly::Stories)
};

/** People (or attendances) by standing, one row per group, with a total column. */
Table byStanding(
    const Context& context, const QList<AttendanceCounts>& groups, const QString& id, const QString& title, bool people)
{
    Table t;
    t.id = id;
    t.title = title;
    t.periodKey = context.period.key;
    t.columns << labelColumn(Coproduction::tr("Group"));
    const QStringList standings = InvolvementService::standingKeys();
    for (const QString& key : standings) {
        t.columns << figureColumn(context, key, InvolvementService::standingName(key));
    }
    t.columns << totalColumn(context, QStringLiteral("total"), Coproduction::tr("Total"));
    int n = 0;
    QMap<QString, int> totals;
    for (const AttendanceCounts& g : groups) {
        const QMap<QString, int>& counts = people ? g.people : g.attendances;
        Row r = row(QStringLiteral("group.%1").arg(g.groupId), { Cell::label(g.groupName) });
        int sum = 0;
        for (const QString& key : standings) {
            r.cells << Cell::count(counts.value(key));
            sum += counts.value(key);
            totals[key] += counts.value(key);
        }
        r.cells << Cell::count(sum);
        n += sum;
        t.rows << r;
    }
    if (!people && !groups.isEmpty()) {
        // Attendances add up across groups; different people do not (one person may be in two groups).
        Row r = row(QStringLiteral("total"), { Cell::label(Coproduction::tr("All groups")) }, RowKind::Total);
        for (const QString& key : standings) {
            r.cells << Cell::count(totals.value(key));
        }
        r.cells << Cell::count(n);
        t.rows << r;
    }
    t.n = n;
    t.sums = people ? Sums::Across : Sums::Both;
    t.emptyText = Coproduction::tr("No group met in the period.");
    return t;
}

} // namespace

// 9. Co-production -------------------------------------------------------------------------------

Result<Section> coproduction(const Context& context)
{
    Section s;
    s.id = QStringLiteral("coproduction");
    s.title = Coproduction::tr("Co-production");
    s.blocks.append(Block::paragraph(
        Coproduction::tr("People supported, volunteers, staff and partners shape the service together in the "
                         "charity's groups. This section shows how often each group met, who came, and how many "
                         "decisions and changes to the service came out of the meetings.")));

    InvolvementService involvement(context.db);
    auto attendance = involvement.attendance(context.actor, context.period.from, context.period.to);
    if (!attendance) {
        return attendance.error();
    }
    QList<AttendanceCounts> met;
    int meetings = 0;
    for (const AttendanceCounts& g : attendance.value()) {
        if (g.meetings > 0) {
            met << g;
            meetings += g.meetings;
        }
    }

    Table m;
    m.id = QStringLiteral("coproduction.meetings");
    m.title = Coproduction::tr("Meetings held");
    m.periodKey = context.period.key;
    m.n = meetings;
    m.nIsPeople = false;
    m.nLabel = Coproduction::tr("meetings held in the period");
    m.columns << labelColumn(Coproduction::tr("Group"))
              << figureColumn(context, QStringLiteral("meetings"), Coproduction::tr("Meetings"));
    for (const AttendanceCounts& g : met) {
        m.rows << row(
            QStringLiteral("group.%1").arg(g.groupId), { Cell::label(g.groupName), Cell::countOf(g.meetings, true) });
    }
    if (!met.isEmpty()) {
        m.rows << row(QStringLiteral("total"),
            { Cell::label(Coproduction::tr("All groups")), Cell::countOf(meetings, true) }, RowKind::Total);
    }
    m.sums = Sums::Down;
    m.emptyText = Coproduction::tr("No group met in the period.");
    m.notes << Coproduction::tr("Meetings of each group held on a day in the period. Groups that did not meet are "
                                "left out.");
    s.blocks.append(Block::ofTable(m));

    Table people = byStanding(context, met, QStringLiteral("coproduction.attendance"),
        Coproduction::tr("Different people at meetings, by standing"), true);
    people.nLabel = Coproduction::tr("people at meetings in the period, counted once in each group");
    people.notes << Coproduction::tr("Each person counts once in a group, under what they were at their latest "
                                     "meeting of it in the period: a person supported, a volunteer, a paid peer "
                                     "worker, staff, or a stakeholder (a partner, commissioner or family member). "
                                     "Someone who came to two groups counts in both, so the groups are not added up.");
    s.blocks.append(Block::ofTable(people));

    Table visits = byStanding(context, met, QStringLiteral("coproduction.attendances"),
        Coproduction::tr("Attendances at meetings, by standing"), false);
    visits.nLabel = Coproduction::tr("attendances at meetings in the period");
    visits.notes << Coproduction::tr("An attendance is one person at one meeting: someone who came to three meetings "
                                     "counts three times, under what they were at each.");
    s.blocks.append(Block::ofTable(visits));

    auto decisions = sql::scalar(context.db,
        QStringLiteral("SELECT COUNT(*) FROM meeting_decision d JOIN meeting m ON m.id = d.meeting_id "
                       "WHERE m.held_on >= ? AND m.held_on <= ?"),
        { context.period.from.toString(Qt::ISODate), context.period.to.toString(Qt::ISODate) });
    if (!decisions) {
        return decisions.error();
    }
    auto changes = involvement.serviceChanges(context.actor, context.period.from, context.period.to);
    if (!changes) {
        return changes.error();
    }
    const int decided = decisions.value().toInt();
    const int changed = int(changes.value().size());
    Table c;
    c.id = QStringLiteral("coproduction.changes");
    c.title = Coproduction::tr("Decisions and changes to the service");
    c.periodKey = context.period.key;
    c.n = meetings;
    c.nIsPeople = false;
    c.nLabel = Coproduction::tr("meetings held in the period");
    c.columns << labelColumn(Coproduction::tr("What"))
              << figureColumn(context, QStringLiteral("count"), Coproduction::tr("Number"));
    c.rows << row(QStringLiteral("decisions"),
        { Cell::label(Coproduction::tr("Decisions made at meetings")), Cell::countOf(decided, true) });
    c.rows << row(QStringLiteral("changes"),
        { Cell::label(Coproduction::tr("Changes made to the service")), Cell::countOf(changed, true) });
    c.sums = Sums::None;
    c.notes << Coproduction::tr("Decisions: those recorded at meetings held in the period.")
            << Coproduction::tr("Changes: decisions (from any meeting) whose change to the service was made on a day "
                                "in the period, or, where no day is recorded, decided at a meeting in the period. "
                                "What was decided is not printed here: it is written freely and may name people.");
    s.blocks.append(Block::ofTable(c));
    return s;
}

// 10. Stories ------------------------------------------------------------------------------------

Result<Section> stories(const Context& context)
{
    Section s;
    s.id = QStringLiteral("stories");
    s.title = Stories::tr("Stories");
    auto found
        = StoryService(context.db).reportStories(context.actor, context.period.from, context.period.to, context.asOf);
    if (!found) {
        return found.error();
    }
    const ReportStories& r = found.value();
    if (r.stories.isEmpty()) {
        s.blocks.append(Block::paragraph(Stories::tr("No story was chosen for this period.")));
    } else {
        s.blocks.append(Block::paragraph(Stories::tr("In their own words: stories from people the charity supports "
                                                     "and its volunteers and workers, chosen for this period and "
                                                     "printed with their consent. Names and details that could "
                                                     "identify anyone have been taken out.")));
        for (const ReportStory& story : r.stories) {
            s.blocks.append(Block::story(story.title, story.text));
        }
    }
    QStringList left;
    if (r.withoutConsent == 1) {
        left << Stories::tr("1 story was left out because the writer's consent to use it does not stand today "
                            "(it was withdrawn, or never recorded).");
    } else if (r.withoutConsent > 1) {
        left << Stories::tr("%1 stories were left out because the writer's consent to use them does not stand today "
                            "(it was withdrawn, or never recorded).")
                    .arg(r.withoutConsent);
    }
    if (r.notAnonymised == 1) {
        left << Stories::tr("1 story was left out because it has no anonymised version, or a name or other detail "
                            "that could identify someone is still in it or in its title.");
    } else if (r.notAnonymised > 1) {
        left << Stories::tr("%1 stories were left out because they have no anonymised version, or a name or other "
                            "detail that could identify someone is still in them or in their titles.")
                    .arg(r.notAnonymised);
    }
    if (!left.isEmpty()) {
        s.blocks.append(Block::paragraph(left.join(u' ')));
    }
    return s;
}

} // namespace alongside::core::report::quarterly
