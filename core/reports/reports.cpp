#include "core/reports/reports.h"

#include "core/auth/permissions.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/reports/lists/listreports.h"
#include "core/reports/quarterly/sections.h"
#include "core/services/servicesupport.h"
#include "core/services/settingsservice.h"

#include <QCoreApplication>

namespace alongside::core::report {

namespace {

class Reports
{
    Q_DECLARE_TR_FUNCTIONS(alongside::core::report::Reports)
};

constexpr int kMaxYears = 5;

/** One read transaction around a build, so every figure comes from the same moment. */
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
    {
        if (db.transactionDepth() == 0) {
            m_active = bool(sql::execute(db, QStringLiteral("BEGIN DEFERRED")));
        }
    }

    ~ReadSnapshot()
    {
        if (m_active) {
            (void)sql::execute(m_db, QStringLiteral("ROLLBACK"));
        }
    }

    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_active = false;
};

Error cancelled()
{
    return Error { Error::Code::Cancelled, Reports::tr("The report was cancelled before it was finished."), {} };
}

Status checkDates(const Request& request, const ReportInfo& info)
{
    if (info.usesPeriod) {
        if (!request.from.isValid() || !request.to.isValid()) {
            return invalidInput(Reports::tr("Give the first and the last day of the period, as YYYY-MM-DD (for "
                                            "example 2026-07-01 and 2026-09-30)."));
        }
        if (request.to < request.from) {
            return invalidInput(Reports::tr("The period ends (%1) before it starts (%2). Swap the two dates.")
                                    .arg(request.to.toString(Qt::ISODate), request.from.toString(Qt::ISODate)));
        }
        if (request.from > service::today()) {
            return invalidInput(Reports::tr("The period starts on %1, which is in the future, so there is nothing "
                                            "to report yet. Choose a period that has started.")
                                    .arg(request.from.toString(Qt::ISODate)));
        }
        if (request.from.addYears(kMaxYears) <= request.to) {
            return invalidInput(
                Reports::tr("The period is longer than %1 years. Choose a shorter one (a report covers a quarter "
                            "or a financial year, usually).")
                    .arg(kMaxYears));
        }
    }
    if (info.usesAsOf && request.asOf.isValid() && request.asOf > service::today()) {
        return invalidInput(Reports::tr("The \"as at\" day %1 is in the future. Choose today or a day before it.")
                                .arg(request.asOf.toString(Qt::ISODate)));
    }
    return Status::ok();
}

using SectionBuilder = Result<Section> (*)(const quarterly::Context&);

struct SectionStep
{
    SectionBuilder build;
    const char* doing; // for the progress bar
};

const SectionStep kSections[] = {
    { &quarterly::reach, QT_TRANSLATE_NOOP("alongside::core::report::Reports", "Counting reach and sessions") },
    { &quarterly::referralSources, QT_TRANSLATE_NOOP("alongside::core::report::Reports", "Counting referral sources") },
    { &quarterly::demographics, QT_TRANSLATE_NOOP("alongside::core::report::Reports", "Counting demographics") },
    { &quarterly::wellbeing, QT_TRANSLATE_NOOP("alongside::core::report::Reports", "Pairing wellbeing scores") },
    { &quarterly::goals, QT_TRANSLATE_NOOP("alongside::core::report::Reports", "Counting goals") },
    { &quarterly::exitQuestionnaire,
        QT_TRANSLATE_NOOP("alongside::core::report::Reports", "Counting exit questionnaire answers") },
    { &quarterly::talkingTherapies,
        QT_TRANSLATE_NOOP("alongside::core::report::Reports", "Comparing with NHS Talking Therapies") },
    { &quarterly::workforce, QT_TRANSLATE_NOOP("alongside::core::report::Reports", "Counting the workforce") },
    { &quarterly::coproduction, QT_TRANSLATE_NOOP("alongside::core::report::Reports", "Counting co-production") },
    { &quarterly::stories, QT_TRANSLATE_NOOP("alongside::core::report::Reports", "Choosing stories") },
};

Result<Report> quarterlyFor(Database& db, const Actor& actor, const CharitySettings& settings, const Period& period,
    const QDate& asOf, const Progress& progress, int& step, int steps)
{
    Report report;
    report.id = QStringLiteral("quarterly");
    report.period = period;
    quarterly::Context context { db, actor, period, settings, asOf };
    for (const SectionStep& s : kSections) {
        if (progress && !progress(step, steps, Reports::tr(s.doing))) {
            return cancelled();
        }
        ++step;
        if (period.key != QLatin1String("current") && s.build == &quarterly::stories) {
            continue; // stories are not compared
        }
        auto section = s.build(context);
        if (!section) {
            return section.error();
        }
        report.sections.append(section.value());
    }
    return report;
}

Result<Report> quarterlyReport(
    Database& db, const Actor& actor, const Request& request, const CharitySettings& settings, const Progress& progress)
{
    const int ysm = settings.yearStartMonth;
    const Period current = makePeriod(request.from, request.to, ysm);
    QList<Period> periods { current };
    if (request.comparePrevious) {
        periods.append(previousPeriod(current, ysm));
    }
    if (request.compareYearToDate) {
        periods.append(yearToDate(current, ysm));
    }
    const QDate asOf = service::today();
    const int steps = int(std::size(kSections) * periods.size()) + 1;
    int step = 0;
    QList<Report> built;
    for (const Period& p : periods) {
        auto r = quarterlyFor(db, actor, settings, p, asOf, progress, step, steps);
        if (!r) {
            return r.error();
        }
        built.append(r.value());
    }
    if (progress && !progress(step, steps, Reports::tr("Putting the report together"))) {
        return cancelled();
    }
    Report report = built.takeFirst();
    addComparisons(report, built);
    if (!built.isEmpty()) {
        report.notes.append(Reports::tr("Tables with up to %1 figures a row also show the comparison periods; wider "
                                        "tables show this period only, so that every figure stays readable.")
                                .arg(kMaxComparedFigures));
    }
    report.title = Reports::tr("Quarterly report");
    report.subtitle = Reports::tr("For trustees and funders");
    report.notes.prepend(Reports::tr("Every table gives the period it covers and its n, the number of people (or "
                                     "sessions, or pairs of scores) it counts. No one is named."));
    return report;
}

} // namespace

QList<ReportInfo> catalogue()
{
    QList<ReportInfo> list;
    list.append({ QStringLiteral("quarterly"), Reports::tr("Quarterly report"),
        Reports::tr("Reach, referrals, demographics, outcomes, goals, exit questionnaire, workforce, co-production "
                    "and stories, for trustees and funders."),
        true, false, true });
    list.append({ QStringLiteral("compliance"), Reports::tr("Compliance matrix"),
        Reports::tr("Each worker's checks and training against what their role requires, as at a day."), false, true,
        false });
    list.append({ QStringLiteral("supervision-overdue"), Reports::tr("Supervision overdue"),
        Reports::tr("Workers whose supervision is overdue or due soon, as at a day."), false, true, false });
    list.append({ QStringLiteral("caseloads"), Reports::tr("Caseloads per mentor"),
        Reports::tr("How many people each mentor is matched with, against their limit, as at a day."), false, true,
        false });
    list.append({ QStringLiteral("match-outcomes"), Reports::tr("Match outcomes"),
        Reports::tr("Mentor matches that ended in the period and how they ended."), true, false, false });
    list.append({ QStringLiteral("workforce-snapshot"), Reports::tr("Workforce snapshot"),
        Reports::tr("Paid and unpaid workers, FTE, vacancies and sickness, as at a day."), false, true, false });
    for (ReportInfo& i : list) {
        i.namesPeople = i.id == QLatin1String("compliance") || i.id == QLatin1String("supervision-overdue")
            || i.id == QLatin1String("caseloads");
    }
    return list;
}

std::optional<ReportInfo> info(const QString& reportId)
{
    for (const ReportInfo& i : catalogue()) {
        if (i.id == reportId) {
            return i;
        }
    }
    return std::nullopt;
}

Result<Report> build(Database& db, const Actor& actor, const Request& request, const Progress& progress)
{
    const auto known = info(request.reportId);
    if (!known) {
        QStringList ids;
        for (const ReportInfo& i : catalogue()) {
            ids.append(i.id);
        }
        return invalidInput(Reports::tr("There is no report called \"%1\". The reports are: %2.")
                                .arg(request.reportId, ids.join(QStringLiteral(", "))));
    }
    if (Status s = checkDates(request, *known); !s) {
        return s.error();
    }
    if (Status s = service::refuse(db, actor, Permissions::Action::RunAggregateReports, QStringLiteral("report")); !s) {
        return s.error();
    }
    if (Status s = lists::permitted(db, actor, request.reportId); !s) {
        return s.error();
    }
    auto settings = SettingsService(db).load(actor);
    if (!settings) {
        return settings.error();
    }
    const CharitySettings& cs = settings.value();

    Request req = request;
    if (!req.asOf.isValid()) {
        req.asOf = req.to.isValid() ? std::min(req.to, service::today()) : service::today();
    }
    const bool suppressIt = req.suppress || Permissions::mustSuppress(actor.role);

    ReadSnapshot snapshot(db);
    Result<Report> built = Report {};
    const QString& id = req.reportId;
    if (id == QLatin1String("quarterly")) {
        built = quarterlyReport(db, actor, req, cs, progress);
    } else {
        if (progress && !progress(0, 1, known->title)) {
            return cancelled();
        }
        if (id == QLatin1String("compliance")) {
            built = lists::compliance(db, actor, req);
        } else if (id == QLatin1String("supervision-overdue")) {
            built = lists::supervisionOverdue(db, actor, req);
        } else if (id == QLatin1String("caseloads")) {
            built = lists::caseloads(db, actor, req);
        } else if (id == QLatin1String("match-outcomes")) {
            built = lists::matchOutcomes(db, actor, req);
        } else {
            built = lists::workforceSnapshot(db, actor, req);
        }
    }
    if (!built) {
        return built.error();
    }
    Report report = built.value();
    report.id = id;
    if (report.title.isEmpty()) {
        report.title = known->title;
    }
    report.organisation = cs.charityName;
    report.logoPng = cs.logoPng;
    if (!known->usesPeriod) {
        report.period = Period { QStringLiteral("current"), {}, {}, {} };
        report.asOf = req.asOf;
        report.period.label = Reports::tr("As at %1").arg(QLocale().toString(req.asOf, QStringLiteral("d MMM yyyy")));
    } else if (report.period.label.isEmpty()) {
        report.period = makePeriod(req.from, req.to, cs.yearStartMonth);
    }
    report.generatedAt = Clock::instance().now();
    report.generatedBy = Permissions::roleName(actor.role);
    report.threshold = cs.suppressionThreshold;
    if (suppressIt && !report.namesPeople) {
        suppress(report, cs.suppressionThreshold);
    } else {
        report.suppressed = false;
        if (!report.namesPeople) {
            report.notes.append(Reports::tr("Small numbers are NOT suppressed in this preview. It may identify "
                                            "people: do not print it, send it or show it outside the team."));
        }
    }
    format(report);
    if (progress) {
        progress(1, 1, Reports::tr("Done"));
    }
    return report;
}

} // namespace alongside::core::report
