#include "core/reports/lists/listreports.h"

#include "core/clients/clientservice.h"
#include "core/db/rowstore.h"
#include "core/services/servicesupport.h"
#include "core/services/settingsservice.h"
#include "core/supervision/supervisionreport.h"
#include "core/supervision/supervisionservice.h"
#include "core/workforce/compliance.h"
#include "core/workforce/workforceservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace alongside::core::report::lists {

namespace {

using Action = Permissions::Action;

class ListReports
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::ListReports)
};

const QString kCurrent = QStringLiteral("current");

// A full-time week for FTE: the NHS Agenda for Change standard week. Alongside records hours a
// week per role, not a contract's full-time hours, so one standard is used and the report says so.
constexpr double kFullTimeHours = 37.5;

QString shortDate(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

Column label(const QString& key, const QString& title)
{
    Column c;
    c.key = key;
    c.title = title;
    c.kind = CellKind::Text;
    return c;
}

Column figure(const QString& key, const QString& title, CellKind kind, bool total = false, int percentOf = -1)
{
    Column c;
    c.key = key;
    c.title = title;
    c.kind = kind;
    c.periodKey = kCurrent;
    c.total = total;
    c.percentOf = percentOf;
    return c;
}

Row row(const QString& key, const QList<Cell>& cells, bool total = false)
{
    Row r;
    r.key = key;
    r.cells = cells;
    r.total = total;
    return r;
}

Table table(const QString& id, const QString& title, int n, const QString& nLabel)
{
    Table t;
    t.id = id;
    t.title = title;
    t.n = n;
    t.nLabel = nLabel;
    t.comparable = false;
    return t;
}

Section section(const QString& id, const QString& title)
{
    Section s;
    s.id = id;
    s.title = title;
    return s;
}

/** The charity's settings, read as actor. */
Result<CharitySettings> settingsFor(Database& db, const Actor& actor)
{
    return SettingsService(db).load(actor);
}

// ---- compliance ------------------------------------------------------------------------------

struct RequirementCounts
{
    int needed = 0;
    int inDate = 0; // done or expiring soon
    int expiring = 0;
    int expired = 0;
    int missing = 0;
};

Row summaryRow(const QString& key, const QString& title, const RequirementCounts& c)
{
    return row(key,
        { Cell::label(title), Cell::count(c.needed), Cell::count(c.inDate), Cell::percent(c.inDate, c.needed),
            Cell::count(c.expiring), Cell::count(c.expired), Cell::count(c.missing) });
}

// ---- supervision -----------------------------------------------------------------------------

bool moreUrgent(const SupervisionStatus& a, const SupervisionStatus& b)
{
    const bool ao = a.state == SupervisionDueState::Overdue;
    const bool bo = b.state == SupervisionDueState::Overdue;
    if (ao != bo) {
        return ao;
    }
    if (a.overdueDays != b.overdueDays) {
        return a.overdueDays > b.overdueDays;
    }
    if (a.nextDue != b.nextDue) {
        return a.nextDue < b.nextDue;
    }
    return a.sortName.localeAwareCompare(b.sortName) < 0;
}

// ---- workforce -------------------------------------------------------------------------------

int payRank(const QString& basis)
{
    if (basis == QLatin1String("paid")) {
        return 2;
    }
    return basis == QLatin1String("sessional") ? 1 : 0;
}

const QStringList kPayBases = { QStringLiteral("unpaid"), QStringLiteral("sessional"), QStringLiteral("paid") };

} // namespace

Status permitted(Database& db, const Actor& actor, const QString& reportId)
{
    QString entity;
    if (reportId == QLatin1String("compliance")) {
        entity = QStringLiteral("report_compliance");
    } else if (reportId == QLatin1String("supervision-overdue")) {
        entity = QStringLiteral("report_supervision_overdue");
    } else if (reportId == QLatin1String("caseloads")) {
        entity = QStringLiteral("report_caseloads");
    } else {
        return Status::ok(); // aggregate only: RunAggregateReports, which build() checks
    }
    if (Status s = service::refuse(db, actor, Action::OpenWorkerRecords, entity); !s) {
        return s;
    }
    if (reportId != QLatin1String("supervision-overdue")
        || Permissions::allowed(actor.role, Action::ViewAllSupervisionSummaries)) {
        return Status::ok();
    }
    if (Status s = service::refuse(db, actor, Action::ViewOwnSupervision, entity); !s) {
        return s;
    }
    if (actor.workerId <= 0) {
        const Status refusal = Error { Error::Code::PermissionDenied,
            ListReports::tr("This account is not linked to a worker record, so there is no one it supervises. Ask a "
                            "coordinator for this report."),
            QStringLiteral("refused: supervision report without a worker record") };
        return AuditLog(db).refused(actor, refusal, entity);
    }
    return Status::ok();
}

Result<Report> compliance(Database& db, const Actor& actor, const Request& request)
{
    if (Status s = permitted(db, actor, QStringLiteral("compliance")); !s) {
        return s.error();
    }
    auto settings = settingsFor(db, actor);
    if (!settings) {
        return settings.error();
    }
    const int warningDays = settings.value().expiryWarningDays;
    auto built = ComplianceService(db).matrix(actor, request.asOf, warningDays);
    if (!built) {
        return built.error();
    }
    const ComplianceMatrix& m = built.value();

    Report report;
    report.title = ListReports::tr("Compliance matrix");
    report.subtitle = ListReports::tr("Checks and training against what each worker's roles require");
    report.namesPeople = true;

    Section s = section(QStringLiteral("compliance"), ListReports::tr("Compliance"));
    const QString nLabel
        = ListReports::tr("people whose status on the day is applicant, in training, active or paused and who "
                          "hold a role");

    // Summary: per requirement, then everyone's requirements together.
    Table summary = table(
        QStringLiteral("compliance.summary"), ListReports::tr("In date, per requirement"), int(m.rows.size()), nLabel);
    summary.columns = { label(QStringLiteral("requirement"), ListReports::tr("Requirement")),
        figure(QStringLiteral("needed"), ListReports::tr("People who need it"), CellKind::Count),
        figure(QStringLiteral("in_date"), ListReports::tr("In date"), CellKind::Count),
        figure(QStringLiteral("in_date_percent"), ListReports::tr("% in date"), CellKind::Percent, false, 2),
        figure(QStringLiteral("expiring"), ListReports::tr("Of whom expiring soon"), CellKind::Count),
        figure(QStringLiteral("expired"), ListReports::tr("Expired"), CellKind::Count),
        figure(QStringLiteral("missing"), ListReports::tr("Missing"), CellKind::Count) };
    RequirementCounts everyone;
    for (int col = 0; col < m.columns.size(); ++col) {
        RequirementCounts c;
        for (const ComplianceRow& r : m.rows) {
            switch (r.cells.at(col).state) {
            case ComplianceState::NotRequired:
                continue;
            case ComplianceState::Done:
                ++c.inDate;
                break;
            case ComplianceState::ExpiringSoon:
                ++c.inDate;
                ++c.expiring;
                break;
            case ComplianceState::Expired:
                ++c.expired;
                break;
            case ComplianceState::Missing:
                ++c.missing;
                break;
            }
            ++c.needed;
        }
        summary.rows << summaryRow(m.columns.at(col).key, m.columns.at(col).title, c);
    }
    for (const ComplianceRow& r : m.rows) {
        const ComplianceState worst = r.worst();
        if (worst == ComplianceState::NotRequired) {
            continue;
        }
        ++everyone.needed;
        if (worst == ComplianceState::Expired) {
            ++everyone.expired;
        } else if (worst == ComplianceState::Missing) {
            ++everyone.missing;
        } else {
            ++everyone.inDate;
            everyone.expiring += worst == ComplianceState::ExpiringSoon ? 1 : 0;
        }
    }
    summary.rows << summaryRow(QStringLiteral("all"), ListReports::tr("Everything their roles require"), everyone);
    summary.notes << ListReports::tr(
        "In date: done and not lapsed on the day, including what expires soon. The last row counts "
        "each person once: in date only when every requirement is; someone with something expired "
        "and something missing is counted under expired.");
    summary.emptyText = ListReports::tr("No one held a role on this day, so there is nothing to check.");
    s.blocks << Block::ofTable(summary);

    Table matrix
        = table(QStringLiteral("compliance.matrix"), ListReports::tr("Compliance matrix"), int(m.rows.size()), nLabel);
    matrix.columns = { label(QStringLiteral("name"), ListReports::tr("Name")),
        label(QStringLiteral("roles"), ListReports::tr("Roles")),
        label(QStringLiteral("status"), ListReports::tr("Status")) };
    for (const ComplianceColumn& c : m.columns) {
        matrix.columns << label(c.key, c.title);
    }
    for (const ComplianceRow& r : m.rows) {
        QList<Cell> cells { Cell::label(r.worker.name), Cell::label(r.worker.roles.join(QStringLiteral(", "))),
            Cell::label(WorkforceService::statusName(r.worker.status)) };
        for (const ComplianceCell& c : r.cells) {
            cells << Cell::label(ComplianceService::cellText(c));
        }
        matrix.rows << row(QString::number(r.worker.workerId), cells);
    }
    matrix.notes << ListReports::tr(
        "Each cell says in words where the person stands: done (with the date it expires, if it does), "
        "expires (within %1 days of the day, as set in Settings), expired, missing, or not needed "
        "for their roles.")
                        .arg(warningDays);
    matrix.notes << ListReports::tr(
        "A requirement is a DBS check at the highest level any of the person's roles needs, that "
        "role's number of satisfactory references, and each course mandatory for every role or for "
        "one of theirs.");
    matrix.emptyText = summary.emptyText;
    s.blocks << Block::ofTable(matrix);
    report.sections << s;
    report.notes << ListReports::tr(
        "This report names people. Keep it inside the team: it is not for trustees or funders.");
    return report;
}

Result<Report> supervisionOverdue(Database& db, const Actor& actor, const Request& request)
{
    if (Status s = permitted(db, actor, QStringLiteral("supervision-overdue")); !s) {
        return s.error();
    }
    auto settings = settingsFor(db, actor);
    if (!settings) {
        return settings.error();
    }
    const int soon = settings.value().supervisionDueSoonDays;
    SupervisionService service(db);
    const bool everyone = Permissions::allowed(actor.role, Action::ViewAllSupervisionSummaries);
    Result<SupervisionCompliance> read = SupervisionCompliance {};
    if (everyone) {
        read = service.compliance(actor, request.asOf, soon);
    } else {
        read = service.supervisees(actor, actor.workerId, request.asOf, soon);
    }
    if (!read) {
        return read.error();
    }
    const SupervisionCompliance& c = read.value();

    Report report;
    report.title = ListReports::tr("Supervision overdue");
    report.subtitle = everyone ? ListReports::tr("Everyone whose roles expect supervision")
                               : ListReports::tr("The people you supervise");
    report.namesPeople = true;
    Section s = section(QStringLiteral("supervision"), ListReports::tr("Supervision"));
    const int total = int(c.rows.size());

    Table summary = table(QStringLiteral("supervision.summary"), ListReports::tr("Where people stand"), total,
        ListReports::tr("people whose roles expect supervision on the day"));
    summary.sums = Sums::Down;
    summary.columns = { label(QStringLiteral("state"), ListReports::tr("Where they stand")),
        figure(QStringLiteral("count"), ListReports::tr("People"), CellKind::Count),
        figure(QStringLiteral("percent"), ListReports::tr("%"), CellKind::Percent, false, 1) };
    for (SupervisionDueState st :
        { SupervisionDueState::Overdue, SupervisionDueState::DueSoon, SupervisionDueState::UpToDate }) {
        const int n = c.count(st);
        summary.rows << row(SupervisionService::stateKey(st),
            { Cell::label(SupervisionService::stateName(st)), Cell::count(n), Cell::percent(n, total) });
    }
    summary.rows << row(QStringLiteral("total"),
        { Cell::label(ListReports::tr("Total")), Cell::count(total), Cell::percent(total, total) }, true);
    summary.notes << ListReports::tr(
        "Due soon: the next supervision is due within %1 days of the day (as set in Settings), or on "
        "it. Overdue: it was due before the day.")
                         .arg(soon);
    s.blocks << Block::ofTable(summary);

    QList<SupervisionStatus> listed;
    for (const SupervisionStatus& r : c.rows) {
        if (r.state != SupervisionDueState::UpToDate) {
            listed << r;
        }
    }
    std::stable_sort(listed.begin(), listed.end(), moreUrgent);
    Table list
        = table(QStringLiteral("supervision.overdue"), ListReports::tr("Overdue or due soon, most overdue first"),
            int(listed.size()), ListReports::tr("people whose supervision is overdue or due soon"));
    list.columns = { label(QStringLiteral("name"), ListReports::tr("Name")),
        label(QStringLiteral("roles"), ListReports::tr("Roles")),
        label(QStringLiteral("supervisors"), ListReports::tr("Supervisors")),
        label(QStringLiteral("last"), ListReports::tr("Last supervision")),
        label(QStringLiteral("due"), ListReports::tr("Next due")),
        label(QStringLiteral("state"), ListReports::tr("Where they stand")),
        figure(QStringLiteral("days_overdue"), ListReports::tr("Days overdue"), CellKind::Number) };
    for (const SupervisionStatus& r : listed) {
        list.rows << row(QString::number(r.workerId),
            { Cell::label(r.name), Cell::label(r.roles.join(QStringLiteral(", "))),
                Cell::label(r.supervisors.isEmpty() ? ListReports::tr("None recorded")
                                                    : r.supervisors.join(QStringLiteral("; "))),
                Cell::label(r.lastHeldOn.isValid() ? shortDate(r.lastHeldOn) : ListReports::tr("Never")),
                Cell::label(shortDate(r.nextDue)), Cell::label(SupervisionReport::stateText(r, c.asOf)),
                r.state == SupervisionDueState::Overdue ? Cell::number(r.overdueDays, 0) : Cell::none() });
    }
    list.notes << ListReports::tr(
        "The next supervision is due the shortest expected interval of the person's roles after their "
        "last session (or after they started, if they have had none).");
    list.emptyText = ListReports::tr("No one's supervision is overdue or due soon on this day.");
    s.blocks << Block::ofTable(list);
    report.sections << s;
    report.notes << ListReports::tr(
        "This report names people. Keep it inside the team: it is not for trustees or funders.");
    return report;
}

Result<Report> caseloads(Database& db, const Actor& actor, const Request& request)
{
    if (Status s = permitted(db, actor, QStringLiteral("caseloads")); !s) {
        return s.error();
    }
    auto settings = settingsFor(db, actor);
    if (!settings) {
        return settings.error();
    }
    const int defaultLimit = settings.value().defaultMaxMentees;
    const QString day = request.asOf.toString(Qt::ISODate);
    // Active on the day: started by then and not ended by then. Proposed on the day: proposed by
    // then, not yet started and not ended (a proposal that never started still holds a place).
    auto q = rows::query(db,
        QStringLiteral(
            "SELECT w.id, p.given_name, p.family_name, p.known_as, w.max_mentees, "
            "(SELECT s.status FROM worker_status s WHERE s.worker_id = w.id AND s.since <= ? "
            " ORDER BY s.since DESC, s.id DESC LIMIT 1), "
            "(SELECT COUNT(*) FROM mentor_match m WHERE m.mentor_id = w.id AND m.started_on IS NOT NULL "
            " AND m.started_on <= ? AND (m.ended_on IS NULL OR m.ended_on > ?)), "
            "(SELECT COUNT(*) FROM mentor_match m WHERE m.mentor_id = w.id AND m.proposed_on <= ? "
            " AND (m.started_on IS NULL OR m.started_on > ?) AND (m.ended_on IS NULL OR m.ended_on > ?)), "
            "EXISTS (SELECT 1 FROM worker_role r JOIN role_type t ON t.id = r.role_type_id WHERE r.worker_id = w.id "
            " AND t.is_peer = 1 AND r.starts_on <= ? AND (r.ends_on IS NULL OR r.ends_on >= ?)) "
            "FROM worker w JOIN person p ON p.id = w.person_id ORDER BY p.family_name, p.given_name, w.id"),
        { day, day, day, day, day, day, day, day }, QStringLiteral("read caseloads"));
    if (!q) {
        return q.error();
    }

    Report report;
    report.title = ListReports::tr("Caseloads per mentor");
    report.subtitle = ListReports::tr("Matches held against each mentor's limit");
    report.namesPeople = true;
    Section s = section(QStringLiteral("caseloads"), ListReports::tr("Caseloads"));
    Table t = table(QStringLiteral("caseloads.mentors"), ListReports::tr("Caseloads per mentor"), 0,
        ListReports::tr(
            "mentors: people holding a peer role on the day who had not left, and anyone else with a current "
            "match"));
    t.sums = Sums::Down;
    t.columns = { label(QStringLiteral("mentor"), ListReports::tr("Mentor")),
        label(QStringLiteral("status"), ListReports::tr("Status")),
        figure(QStringLiteral("active"), ListReports::tr("Active matches"), CellKind::Count),
        figure(QStringLiteral("proposed"), ListReports::tr("Proposed"), CellKind::Count),
        figure(QStringLiteral("limit"), ListReports::tr("Limit"), CellKind::Count),
        label(QStringLiteral("limit_from"), ListReports::tr("Limit set by")),
        figure(QStringLiteral("free"), ListReports::tr("Free places"), CellKind::Count),
        label(QStringLiteral("caseload"), ListReports::tr("Caseload")) };
    int mentors = 0;
    int active = 0;
    int proposed = 0;
    int limits = 0;
    int free = 0;
    int over = 0;
    int full = 0;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const QString status = r.value(5).toString();
        const int a = r.value(6).toInt();
        const int p = r.value(7).toInt();
        const bool peer = r.value(8).toBool();
        const bool mentor = (peer && !status.isEmpty() && status != QLatin1String("left")) || a > 0 || p > 0;
        if (!mentor) {
            continue;
        }
        const bool ownLimit = !r.value(4).isNull();
        const int limit = ownLimit ? r.value(4).toInt() : defaultLimit;
        const int held = a + p;
        const int places = std::max(0, limit - held);
        QString words;
        if (held > limit) {
            words = ListReports::tr("Over the limit by %1").arg(held - limit);
            ++over;
        } else if (held == limit) {
            words = limit == 0 ? ListReports::tr("Takes no mentees") : ListReports::tr("Full");
            full += limit == 0 ? 0 : 1;
        } else {
            words = places == 1 ? ListReports::tr("1 place free") : ListReports::tr("%1 places free").arg(places);
        }
        Cell limitCell = Cell::countOf(limit, true);
        Cell freeCell = Cell::countOf(places, true);
        t.rows << row(QString::number(r.value(0).toLongLong()),
            { Cell::label(
                  WorkforceService::displayName(r.value(1).toString(), r.value(2).toString(), r.value(3).toString())),
                Cell::label(status.isEmpty() ? ListReports::tr("No status") : WorkforceService::statusName(status)),
                Cell::count(a), Cell::count(p), limitCell,
                Cell::label(ownLimit ? ListReports::tr("Their record") : ListReports::tr("Settings (default)")),
                freeCell, Cell::label(words) });
        ++mentors;
        active += a;
        proposed += p;
        limits += limit;
        free += places;
    }
    t.n = mentors;
    QStringList totalWords;
    totalWords << (over == 1 ? ListReports::tr("1 mentor over the limit")
                             : ListReports::tr("%1 mentors over the limit").arg(over));
    totalWords << (full == 1 ? ListReports::tr("1 full") : ListReports::tr("%1 full").arg(full));
    t.rows << row(QStringLiteral("total"),
        { Cell::label(ListReports::tr("Total")), Cell::label(QString()), Cell::count(active), Cell::count(proposed),
            Cell::countOf(limits, true), Cell::label(QString()), Cell::countOf(free, true),
            Cell::label(totalWords.join(QStringLiteral("; "))) },
        true);
    t.notes << ListReports::tr(
        "Active: started on or before the day and not ended by it. Proposed: proposed on or before the day "
        "and not yet started or ended; a proposal holds a place, as it does when matching.");
    t.notes << ListReports::tr(
        "A mentor whose record sets no limit has the default from Settings (%1). Free places: the limit "
        "less active and proposed matches, never below 0; a mentor over the limit is said so in words.")
                   .arg(defaultLimit);
    t.emptyText = ListReports::tr("No one held a peer role or had a match on this day.");
    s.blocks << Block::ofTable(t);
    report.sections << s;
    report.notes << ListReports::tr(
        "This report names mentors (never the people they support). Keep it inside the team.");
    return report;
}

Result<Report> matchOutcomes(Database& db, const Actor& actor, const Request& request)
{
    Q_UNUSED(actor); // aggregate only: build() has checked RunAggregateReports
    const QVariantList period { request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate) };
    auto ended = rows::query(db,
        QStringLiteral("SELECT ending_reason, started_on, ended_on FROM mentor_match WHERE status = 'ended' AND "
                       "started_on IS NOT NULL AND ended_on BETWEEN ? AND ? ORDER BY id"),
        period, QStringLiteral("read the matches that ended"));
    if (!ended) {
        return ended.error();
    }
    QHash<QString, int> byReason;
    QStringList unknownReasons;
    QList<qint64> lengths;
    while (ended.value().next()) {
        const QSqlQuery& r = ended.value();
        QString reason = r.value(0).toString().trimmed();
        if (reason.isEmpty()) {
            reason = QStringLiteral("other");
        }
        if (!ClientService::matchEndingReasonKeys().contains(reason) && !unknownReasons.contains(reason)) {
            unknownReasons << reason;
        }
        ++byReason[reason];
        lengths << rows::toDate(r.value(1)).daysTo(rows::toDate(r.value(2)));
    }
    auto started
        = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM mentor_match WHERE started_on BETWEEN ? AND ?"), period);
    auto withdrawn = sql::scalar(db,
        QStringLiteral("SELECT COUNT(*) FROM mentor_match WHERE status = 'ended' AND started_on IS NULL AND ended_on "
                       "BETWEEN ? AND ?"),
        period);
    if (!started || !withdrawn) {
        return !started ? started.error() : withdrawn.error();
    }
    const int total = int(lengths.size());

    Report report;
    report.title = ListReports::tr("Match outcomes");
    report.subtitle = ListReports::tr("Mentor matches that ended in the period, and how");
    Section s = section(QStringLiteral("match_outcomes"), ListReports::tr("Match outcomes"));

    Table endings = table(QStringLiteral("match-outcomes.endings"), ListReports::tr("How matches ended"), total,
        ListReports::tr("mentor matches that had started and ended in the period"));
    endings.sums = Sums::Down;
    endings.columns = { label(QStringLiteral("reason"), ListReports::tr("Ending")),
        figure(QStringLiteral("count"), ListReports::tr("Matches"), CellKind::Count),
        figure(QStringLiteral("percent"), ListReports::tr("%"), CellKind::Percent, false, 1) };
    for (const QString& key : ClientService::matchEndingReasonKeys() + unknownReasons) {
        const int n = byReason.value(key);
        endings.rows << row(
            key, { Cell::label(ClientService::endingReasonName(key)), Cell::count(n), Cell::percent(n, total) });
    }
    endings.rows << row(QStringLiteral("total"),
        { Cell::label(ListReports::tr("Total")), Cell::count(total), Cell::percent(total, total) }, true);
    endings.notes << ListReports::tr(
        "Each match is one person supported with one mentor; someone re-matched has one match ending "
        "\"re-matched\" and a new one. A match with no reason recorded is counted as \"other\".");
    endings.emptyText = ListReports::tr("No match ended in this period.");
    s.blocks << Block::ofTable(endings);

    Table length = table(QStringLiteral("match-outcomes.length"), ListReports::tr("How long the matches lasted"), total,
        ListReports::tr("mentor matches that had started and ended in the period"));
    length.columns = { label(QStringLiteral("measure"), ListReports::tr("Measure")),
        figure(QStringLiteral("value"), ListReports::tr("Weeks"), CellKind::Number) };
    Cell median = Cell::none();
    if (!lengths.isEmpty()) {
        std::sort(lengths.begin(), lengths.end());
        const qsizetype mid = lengths.size() / 2;
        const double days
            = lengths.size() % 2 == 1 ? double(lengths.at(mid)) : (lengths.at(mid - 1) + lengths.at(mid)) / 2.0;
        median = Cell::number(days / 7.0, 1, total, ListReports::tr("weeks"));
    }
    length.rows << row(QStringLiteral("median_weeks"), { Cell::label(ListReports::tr("Median length")), median });
    length.notes << ListReports::tr(
        "From the day the match started to the day it ended, in weeks of 7 days: half the matches "
        "were shorter, half longer.");
    s.blocks << Block::ofTable(length);

    Table activity = table(QStringLiteral("match-outcomes.activity"),
        ListReports::tr("Matches begun and proposals withdrawn"), -1, ListReports::tr("mentor matches"));
    activity.columns = { label(QStringLiteral("measure"), ListReports::tr("Matches")),
        figure(QStringLiteral("count"), ListReports::tr("Number"), CellKind::Count) };
    activity.rows << row(QStringLiteral("started"),
        { Cell::label(ListReports::tr("Matches that started in the period")), Cell::count(started.value().toInt()) });
    activity.rows << row(QStringLiteral("ended_before_start"),
        { Cell::label(ListReports::tr("Proposed matches that ended in the period before they started")),
            Cell::count(withdrawn.value().toInt()) });
    activity.notes << ListReports::tr(
        "A proposal that ends before the first meeting is not counted among the matches that ended "
        "above.");
    s.blocks << Block::ofTable(activity);
    report.sections << s;
    report.notes << ListReports::tr("No one is named: every figure counts matches.");
    return report;
}

Result<Report> workforceSnapshot(Database& db, const Actor& actor, const Request& request)
{
    Q_UNUSED(actor); // aggregate only: build() has checked RunAggregateReports
    const QString day = request.asOf.toString(Qt::ISODate);
    auto types = rows::query(db, QStringLiteral("SELECT id, name, active FROM role_type ORDER BY name, id"), {},
        QStringLiteral("read roles"));
    if (!types) {
        return types.error();
    }

    struct RoleInfo
    {
        qint64 id = 0;
        QString name;
        bool active = true;
    };

    QList<RoleInfo> roleTypes;
    while (types.value().next()) {
        roleTypes << RoleInfo { types.value().value(0).toLongLong(), types.value().value(1).toString(),
            types.value().value(2).toInt() != 0 };
    }
    // Every role held on the day, with the holder's status that day.
    auto held = rows::query(db,
        QStringLiteral("SELECT r.worker_id, r.role_type_id, r.pay_basis, r.hours_per_week, "
                       "(SELECT s.status FROM worker_status s WHERE s.worker_id = r.worker_id AND s.since <= ? "
                       " ORDER BY s.since DESC, s.id DESC LIMIT 1) "
                       "FROM worker_role r WHERE r.starts_on <= ? AND (r.ends_on IS NULL OR r.ends_on >= ?) "
                       "ORDER BY r.worker_id, r.id"),
        { day, day, day }, QStringLiteral("read the roles held on the day"));
    if (!held) {
        return held.error();
    }
    QHash<qint64, QString> statusOf; // everyone holding a role on the day
    QHash<qint64, int> bestPay; // in post: the highest pay basis over their roles
    QHash<qint64, QHash<qint64, int>> payByRole; // role → worker → highest pay basis in that role

    struct Fte
    {
        QSet<qint64> people;
        QSet<qint64> withHours;
        double hours = 0;
    };

    QHash<qint64, Fte> fteByRole;
    Fte fteAll;
    while (held.value().next()) {
        const QSqlQuery& r = held.value();
        const qint64 worker = r.value(0).toLongLong();
        const qint64 role = r.value(1).toLongLong();
        const QString pay = r.value(2).toString();
        const QString status = r.value(4).toString();
        statusOf.insert(worker, status.isEmpty() ? QStringLiteral("none") : status);
        if (status != QLatin1String("active") && status != QLatin1String("paused")) {
            continue;
        }
        const int rank = payRank(pay);
        bestPay[worker] = std::max(bestPay.value(worker, -1), rank);
        QHash<qint64, int>& inRole = payByRole[role];
        inRole[worker] = std::max(inRole.value(worker, -1), rank);
        if (rank > 0) {
            for (Fte* f : { &fteByRole[role], &fteAll }) {
                f->people.insert(worker);
                if (!r.value(3).isNull()) {
                    f->withHours.insert(worker);
                    f->hours += r.value(3).toDouble();
                }
            }
        }
    }

    Report report;
    report.title = ListReports::tr("Workforce snapshot");
    report.subtitle
        = ListReports::tr("Paid and unpaid workers, FTE, vacancies and sickness (the HEE benchmarking themes)");
    const QString inPost
        = ListReports::tr("people in post on the day: holding a role, with the status active or paused");

    // Headcount by role and pay basis.
    Section headcount = section(QStringLiteral("headcount"), ListReports::tr("Headcount"));
    Table byRole = table(QStringLiteral("workforce-snapshot.headcount"),
        ListReports::tr("People in post by role, paid and unpaid"), int(bestPay.size()), inPost);
    byRole.sums = Sums::Both;
    byRole.columns = { label(QStringLiteral("role"), ListReports::tr("Role")) };
    for (const QString& basis : kPayBases) {
        byRole.columns << figure(basis, WorkforceService::payBasisName(basis), CellKind::Count);
    }
    byRole.columns << figure(QStringLiteral("total"), ListReports::tr("Total"), CellKind::Count, true);
    int all[3] = { 0, 0, 0 };
    auto headcountRow = [&all](const QString& key, const QString& title, const QHash<qint64, int>& pay) {
        int n[3] = { 0, 0, 0 };
        for (int rank : pay) {
            ++n[rank];
            ++all[rank];
        }
        return row(key,
            { Cell::label(title), Cell::count(n[0]), Cell::count(n[1]), Cell::count(n[2]),
                Cell::count(n[0] + n[1] + n[2]) });
    };
    for (const RoleInfo& t : roleTypes) {
        const auto it = payByRole.constFind(t.id);
        if (it == payByRole.cend() && !t.active) {
            continue;
        }
        byRole.rows << headcountRow(QString::number(t.id), t.name, it == payByRole.cend() ? QHash<qint64, int>() : *it);
    }
    byRole.rows << row(QStringLiteral("total"),
        { Cell::label(ListReports::tr("All roles")), Cell::count(all[0]), Cell::count(all[1]), Cell::count(all[2]),
            Cell::count(all[0] + all[1] + all[2]) },
        true);
    byRole.notes << ListReports::tr(
        "Someone with two roles is counted under each, so the last row counts roles held; n counts each person "
        "once. Paused people (away for a while, for example for their own health) are still in post.");
    byRole.emptyText = ListReports::tr("No one was in post on this day.");
    headcount.blocks << Block::ofTable(byRole);

    Table byStatus
        = table(QStringLiteral("workforce-snapshot.status"), ListReports::tr("Everyone holding a role, by status"),
            int(statusOf.size()), ListReports::tr("people holding a role on the day"));
    byStatus.sums = Sums::Down;
    byStatus.columns = { label(QStringLiteral("status"), ListReports::tr("Status on the day")),
        figure(QStringLiteral("count"), ListReports::tr("People"), CellKind::Count),
        figure(QStringLiteral("percent"), ListReports::tr("%"), CellKind::Percent, false, 1) };
    QHash<QString, int> statusCounts;
    for (const QString& st : std::as_const(statusOf)) {
        ++statusCounts[st];
    }
    const int holders = int(statusOf.size());
    for (const QString& key : WorkforceService::statusKeys() + QStringList { QStringLiteral("none") }) {
        const int n = statusCounts.value(key);
        const bool always = key == QLatin1String("applicant") || key == QLatin1String("in_training")
            || key == QLatin1String("active") || key == QLatin1String("paused");
        if (n == 0 && !always) {
            continue;
        }
        const QString name
            = key == QLatin1String("none") ? ListReports::tr("No status recorded") : WorkforceService::statusName(key);
        byStatus.rows << row(key, { Cell::label(name), Cell::count(n), Cell::percent(n, holders) });
    }
    byStatus.rows << row(QStringLiteral("total"),
        { Cell::label(ListReports::tr("Total")), Cell::count(holders), Cell::percent(holders, holders) }, true);
    byStatus.emptyText = byRole.emptyText;
    headcount.blocks << Block::ofTable(byStatus);
    report.sections << headcount;

    // FTE of paid staff.
    Section fte = section(QStringLiteral("fte"), ListReports::tr("Full-time equivalent (FTE)"));
    Table fteTable
        = table(QStringLiteral("workforce-snapshot.fte"), ListReports::tr("FTE of paid staff in post, by role"),
            int(fteAll.people.size()), ListReports::tr("people in post on the day in a paid or sessional role"));
    fteTable.sums = Sums::Down;
    fteTable.columns = { label(QStringLiteral("role"), ListReports::tr("Role")),
        figure(QStringLiteral("people"), ListReports::tr("People"), CellKind::Count),
        figure(QStringLiteral("with_hours"), ListReports::tr("With hours recorded"), CellKind::Count),
        figure(QStringLiteral("hours"), ListReports::tr("Hours a week"), CellKind::Number),
        figure(QStringLiteral("fte"), ListReports::tr("FTE"), CellKind::Number) };
    fteTable.columns[3].additive = true; // hours and FTE add up to the last row: protect them like counts
    fteTable.columns[4].additive = true;
    auto fteRow = [](const QString& key, const QString& title, int people, int withHours, double hours, bool total) {
        const bool any = withHours > 0;
        return row(key,
            { Cell::label(title), Cell::count(people), Cell::count(withHours),
                any ? Cell::number(hours, 1, withHours) : Cell::none(),
                any ? Cell::number(hours / kFullTimeHours, 2, withHours) : Cell::none() },
            total);
    };
    int fteHolders = 0;
    int fteWithHours = 0;
    for (const RoleInfo& t : roleTypes) {
        const auto it = fteByRole.constFind(t.id);
        if (it != fteByRole.cend()) {
            fteTable.rows << fteRow(
                QString::number(t.id), t.name, int(it->people.size()), int(it->withHours.size()), it->hours, false);
            fteHolders += int(it->people.size());
            fteWithHours += int(it->withHours.size());
        }
    }
    if (!fteTable.rows.isEmpty()) {
        fteTable.rows << fteRow(
            QStringLiteral("total"), ListReports::tr("All paid roles"), fteHolders, fteWithHours, fteAll.hours, true);
    }
    fteTable.notes << ListReports::tr("Someone with two paid roles is counted under each, and twice in the last row; n "
                                      "counts each person once.");
    fteTable.notes << ListReports::tr(
        "FTE is the hours a week recorded for each paid or sessional role held on the day, divided "
        "by a full-time week of %1 hours (the NHS Agenda for Change standard). Alongside records "
        "hours per role, not contracts: a role with no hours recorded is counted under People but "
        "adds nothing to the FTE. Volunteers' hours are recorded as hours given, not as a post, so "
        "they have no FTE.")
                          .arg(QLocale().toString(kFullTimeHours, 'f', 1));
    fteTable.emptyText = ListReports::tr("No one was in post in a paid or sessional role on this day.");
    fte.blocks << Block::ofTable(fteTable);
    report.sections << fte;

    Section vacancies = section(QStringLiteral("vacancies"), ListReports::tr("Vacancies"));
    vacancies.blocks << Block::paragraph(
        ListReports::tr("Vacancies are not recorded in Alongside: it holds the people in post and "
                        "their roles, not the posts the charity has funding or plans for. Count "
                        "vacant posts from the charity's own establishment list."));
    report.sections << vacancies;

    Section sickness = section(QStringLiteral("sickness"), ListReports::tr("Sickness absence"));
    sickness.blocks << Block::paragraph(
        ListReports::tr("Sickness absence is not recorded in Alongside: there are no absence days or rates to report. "
                        "What is recorded is a pause, with a reason in the person's own words (often their own "
                        "health); the table of statuses above shows how many people were paused on the day, for "
                        "any reason."));
    report.sections << sickness;
    report.notes << ListReports::tr("No one is named: every figure counts people or hours.");
    return report;
}

} // namespace alongside::core::report::lists
