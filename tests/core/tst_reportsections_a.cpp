// Quarterly report sections 1–4 and 7 (reach, referral sources, demographics, wellbeing, NHS Talking
// Therapies) on a small database whose every figure is known: six people around the period
// 1 Jul – 30 Sep 2026, with one and two sessions, missed and cancelled appointments, referrals on
// both sides of the period, a person with no gender or date of birth, WEMWBS and SWEMWBS pairs (and
// one pair that ended before the period, one unpaired score), and PHQ-9/GAD-7 pairs at and not at
// caseness. Each test asserts the exact figures, and that no one's name appears anywhere.

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/measures/measureservice.h"
#include "core/reports/quarterly/sections.h"
#include "core/reports/reports.h"
#include "core/services/demogenerator.h"
#include "core/services/settingsservice.h"
#include "support/testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace alongside;
using namespace alongside::core;
using namespace alongside::core::report;

namespace {

const QDate kToday(2026, 11, 22);
const QDate kFrom(2026, 7, 1);
const QDate kTo(2026, 9, 30);

const QStringList kNames = { QStringLiteral("Alice"), QStringLiteral("Zebedee"), QStringLiteral("Bartholomew"),
    QStringLiteral("Quince"), QStringLiteral("Cordelia"), QStringLiteral("Vantablack"), QStringLiteral("Desmond"),
    QStringLiteral("Ultraviolet"), QStringLiteral("Eustace"), QStringLiteral("Marmalade"), QStringLiteral("Fenella"),
    QStringLiteral("Periwinkle") };

/** Answers (one per item, each from low to high) that add up to total, filled from the first item. */
QList<std::optional<int>> answersFor(int items, int low, int high, int total, int skipLast = 0)
{
    QList<std::optional<int>> out;
    int left = total - items * low;
    for (int i = 0; i < items; ++i) {
        int v = low;
        if (i < items - skipLast) {
            v = low + std::min(left, high - low);
            left -= v - low;
        }
        out << v;
    }
    return out;
}

} // namespace

class TstReportSectionsA : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void reachSummary();
    void reachSessionsByComponentAndMode();
    void referralSources();
    void demographics();
    void wellbeingBands();
    void wellbeingChange();
    void wellbeingCompletion();
    void talkingTherapies();
    void noNamesAnywhere();
    void builtReportSuppressesAndCompares();
    void demoDataLooksPlausible();

private:
    qint64 insert(const QString& text, const QVariantList& bind);
    qint64 person(const QString& given, const QString& family, const QVariant& dob, const QVariant& gender,
        const QVariant& ethnicity);
    qint64 referral(qint64 client, const QString& on, const QString& category, const QVariant& source);
    qint64 episode(qint64 referral, qint64 component, const QString& starts, const QVariant& ended);
    void session(qint64 episode, const QString& on, const QString& mode, const QString& attendance,
        const QVariant& group = QVariant());
    void score(qint64 client, qint64 episode, const QString& measure, const QString& on, int total);
    qint64 sourceId(const QString& name);
    qint64 componentId(const QString& name);
    Section section(Result<Section> (*build)(const quarterly::Context&));
    static const Table& table(const Section& s, const QString& id);
    static double value(const Table& t, const QString& row, const QString& column);
    static Hidden hidden(const Table& t, const QString& row, const QString& column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ScopedClock> m_clock;
    std::unique_ptr<Database> m_db;
    Actor m_admin = Actor::localUser();
};

qint64 TstReportSectionsA::insert(const QString& text, const QVariantList& bind)
{
    auto q = sql::query(*m_db, text, bind, text);
    if (!q) {
        qWarning() << q.error().message;
        return 0;
    }
    return q.value().lastInsertId().toLongLong();
}

qint64 TstReportSectionsA::person(
    const QString& given, const QString& family, const QVariant& dob, const QVariant& gender, const QVariant& ethnicity)
{
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    const qint64 p = insert(QStringLiteral("INSERT INTO person (given_name, family_name, date_of_birth, gender, "
                                           "ethnicity, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { given, family, dob, gender, ethnicity, now, now });
    return insert(QStringLiteral("INSERT INTO client (person_id, created_at) VALUES (?, ?)"), { p, now });
}

qint64 TstReportSectionsA::referral(qint64 client, const QString& on, const QString& category, const QVariant& source)
{
    return insert(QStringLiteral("INSERT INTO referral (client_id, referred_on, source_category, source_id) VALUES (?, "
                                 "?, ?, ?)"),
        { client, on, category, source });
}

qint64 TstReportSectionsA::episode(qint64 referral, qint64 component, const QString& starts, const QVariant& ended)
{
    return insert(QStringLiteral("INSERT INTO episode (referral_id, component_id, starts_on, ended_on, ending_reason) "
                                 "VALUES (?, ?, ?, ?, ?)"),
        { referral, component, starts, ended, ended.isNull() ? QVariant() : QVariant(QStringLiteral("planned")) });
}

void TstReportSectionsA::session(
    qint64 episode, const QString& on, const QString& mode, const QString& attendance, const QVariant& group)
{
    QVERIFY(insert(QStringLiteral("INSERT INTO session (episode_id, held_on, duration_minutes, mode, attendance, "
                                  "group_session_id) VALUES (?, ?, 60, ?, ?, ?)"),
                { episode, on, mode, attendance, group })
        > 0);
}

void TstReportSectionsA::score(qint64 client, qint64 episode, const QString& measure, const QString& on, int total)
{
    MeasureResponseInput in;
    in.clientId = client;
    in.episodeId = episode;
    in.measureId = measure;
    in.administeredOn = QDate::fromString(on, Qt::ISODate);
    if (measure == QLatin1String("wemwbs")) {
        in.answers = answersFor(14, 1, 5, total);
    } else if (measure == QLatin1String("swemwbs")) {
        in.answers = answersFor(7, 1, 5, total);
    } else if (measure == QLatin1String("phq9")) {
        in.answers = answersFor(9, 0, 3, total, 1); // item 9 (the risk item) left at 0
    } else {
        in.answers = answersFor(7, 0, 3, total);
    }
    auto id = MeasureService(*m_db).record(m_admin, in);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
}

qint64 TstReportSectionsA::sourceId(const QString& name)
{
    return test::scalar(*m_db, QStringLiteral("SELECT id FROM referral_source WHERE name = '%1'").arg(name))
        .toLongLong();
}

qint64 TstReportSectionsA::componentId(const QString& name)
{
    return test::scalar(*m_db, QStringLiteral("SELECT id FROM service_component WHERE name = '%1'").arg(name))
        .toLongLong();
}

void TstReportSectionsA::initTestCase()
{
    m_clock = std::make_unique<test::ScopedClock>(QDateTime(kToday, QTime(10, 0), Qt::UTC));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openOrCreate(m_dir->filePath(QStringLiteral("r.alongside")));
    QVERIFY(m_db);
    const qint64 mentoring = componentId(QStringLiteral("1:1 peer mentoring"));
    const qint64 connect = componentId(QStringLiteral("Peer connect"));
    const qint64 group = componentId(QStringLiteral("Peer support group"));
    QVERIFY(mentoring > 0 && connect > 0 && group > 0);

    // A: referred in the period (self, website), three sessions attended and one missed; WEMWBS
    // 40 -> 50; PHQ-9 15 -> 5 and GAD-7 12 -> 4 (recovered); episode ended in the period.
    const qint64 a = person(QStringLiteral("Alice"), QStringLiteral("Zebedee"), QStringLiteral("1990-03-01"),
        QStringLiteral("female"), QStringLiteral("13"));
    const qint64 ae = episode(
        referral(a, QStringLiteral("2026-07-05"), QStringLiteral("self"), sourceId(QStringLiteral("Website"))),
        mentoring, QStringLiteral("2026-07-05"), QStringLiteral("2026-09-20"));
    session(ae, QStringLiteral("2026-07-10"), QStringLiteral("face_to_face"), QStringLiteral("attended"));
    session(ae, QStringLiteral("2026-08-10"), QStringLiteral("telephone"), QStringLiteral("attended"));
    session(ae, QStringLiteral("2026-08-20"), QStringLiteral("face_to_face"), QStringLiteral("did_not_attend"));
    session(ae, QStringLiteral("2026-09-10"), QStringLiteral("face_to_face"), QStringLiteral("attended"));
    score(a, ae, QStringLiteral("wemwbs"), QStringLiteral("2026-07-10"), 40);
    score(a, ae, QStringLiteral("wemwbs"), QStringLiteral("2026-09-10"), 50);
    score(a, ae, QStringLiteral("phq9"), QStringLiteral("2026-07-10"), 15);
    score(a, ae, QStringLiteral("phq9"), QStringLiteral("2026-09-10"), 5);
    score(a, ae, QStringLiteral("gad7"), QStringLiteral("2026-07-10"), 12);
    score(a, ae, QStringLiteral("gad7"), QStringLiteral("2026-09-10"), 4);

    // B: referred ten days before the period (external, GP); one session
    // before the period and one in it; WEMWBS 45 -> 47; PHQ-9 8 -> 9, GAD-7 5 -> 3: not at caseness.
    const qint64 b = person(QStringLiteral("Bartholomew"), QStringLiteral("Quince"), QStringLiteral("1960-01-15"),
        QStringLiteral("male"), QStringLiteral("3"));
    const qint64 be
        = episode(referral(b, QStringLiteral("2026-06-20"), QStringLiteral("external"), sourceId(QStringLiteral("GP"))),
            connect, QStringLiteral("2026-06-25"), QStringLiteral("2026-09-25"));
    session(be, QStringLiteral("2026-06-28"), QStringLiteral("video"), QStringLiteral("attended"));
    session(be, QStringLiteral("2026-07-15"), QStringLiteral("video"), QStringLiteral("attended"));
    score(b, be, QStringLiteral("wemwbs"), QStringLiteral("2026-06-28"), 45);
    score(b, be, QStringLiteral("wemwbs"), QStringLiteral("2026-07-15"), 47);
    score(b, be, QStringLiteral("phq9"), QStringLiteral("2026-06-28"), 8);
    score(b, be, QStringLiteral("phq9"), QStringLiteral("2026-07-15"), 9);
    score(b, be, QStringLiteral("gad7"), QStringLiteral("2026-06-28"), 5);
    score(b, be, QStringLiteral("gad7"), QStringLiteral("2026-07-15"), 3);

    // C: referred on the last day of the period (internal, no sub-source); no gender, no date of
    // birth, ethnicity not stated; one group session; a single SWEMWBS (unpaired).
    const qint64 c = person(
        QStringLiteral("Cordelia"), QStringLiteral("Vantablack"), QVariant(), QVariant(), QStringLiteral("not_stated"));
    const qint64 ce = episode(referral(c, QStringLiteral("2026-09-30"), QStringLiteral("internal"), QVariant()), group,
        QStringLiteral("2026-09-30"), QVariant());
    score(c, ce, QStringLiteral("swemwbs"), QStringLiteral("2026-09-30"), 21);

    // D: referred before the period and again after it; two group sessions; SWEMWBS raw 14 -> 24
    // (metric 15.32 -> 21.54); a single PHQ-9 (finished, not paired).
    const qint64 d = person(QStringLiteral("Desmond"), QStringLiteral("Ultraviolet"), QStringLiteral("2004-08-01"),
        QStringLiteral("non_binary"), QStringLiteral("7"));
    const qint64 de = episode(referral(d, QStringLiteral("2026-04-10"), QStringLiteral("external"),
                                  sourceId(QStringLiteral("Housing provider"))),
        group, QStringLiteral("2026-04-15"), QStringLiteral("2026-09-30"));
    referral(
        d, QStringLiteral("2026-10-02"), QStringLiteral("external"), sourceId(QStringLiteral("Social prescriber")));
    const qint64 g1 = insert(QStringLiteral("INSERT INTO group_session (component_id, held_on) VALUES (?, ?)"),
        { group, QStringLiteral("2026-08-05") });
    const qint64 g2 = insert(QStringLiteral("INSERT INTO group_session (component_id, held_on) VALUES (?, ?)"),
        { group, QStringLiteral("2026-09-30") });
    session(de, QStringLiteral("2026-08-05"), QStringLiteral("group"), QStringLiteral("attended"), g1);
    session(de, QStringLiteral("2026-09-30"), QStringLiteral("group"), QStringLiteral("attended"), g2);
    session(ce, QStringLiteral("2026-09-30"), QStringLiteral("group"), QStringLiteral("attended"), g2);
    score(d, de, QStringLiteral("swemwbs"), QStringLiteral("2026-04-15"), 14);
    score(d, de, QStringLiteral("swemwbs"), QStringLiteral("2026-09-30"), 24);
    score(d, de, QStringLiteral("phq9"), QStringLiteral("2026-09-30"), 6);

    // E: referred before the period (self, word of mouth), no ethnicity; one cancellation, one
    // missed, one attended home visit; SWEMWBS raw 28 -> 27 (25.03 -> 24.11); a WEMWBS pair that
    // ended before the period; PHQ-9 scores but the episode is still open.
    const qint64 e = person(QStringLiteral("Eustace"), QStringLiteral("Marmalade"), QStringLiteral("1980-12-31"),
        QStringLiteral("Man"), QString());
    const qint64 ee = episode(
        referral(e, QStringLiteral("2026-05-01"), QStringLiteral("self"), sourceId(QStringLiteral("Word of mouth"))),
        mentoring, QStringLiteral("2026-05-05"), QVariant());
    session(ee, QStringLiteral("2026-07-20"), QStringLiteral("face_to_face"), QStringLiteral("cancelled_by_client"));
    session(ee, QStringLiteral("2026-08-01"), QStringLiteral("face_to_face"), QStringLiteral("did_not_attend"));
    session(ee, QStringLiteral("2026-08-15"), QStringLiteral("home_visit"), QStringLiteral("attended"));
    score(e, ee, QStringLiteral("swemwbs"), QStringLiteral("2026-05-05"), 28);
    score(e, ee, QStringLiteral("swemwbs"), QStringLiteral("2026-08-15"), 27);
    score(e, ee, QStringLiteral("wemwbs"), QStringLiteral("2026-05-05"), 30);
    score(e, ee, QStringLiteral("wemwbs"), QStringLiteral("2026-06-20"), 35);
    score(e, ee, QStringLiteral("phq9"), QStringLiteral("2026-05-05"), 12);
    score(e, ee, QStringLiteral("phq9"), QStringLiteral("2026-08-15"), 20);

    // F: referred in the period (external, GP); the service cancelled the only session; one PHQ-9;
    // episode ended in the period with nothing attended.
    const qint64 f = person(QStringLiteral("Fenella"), QStringLiteral("Periwinkle"), QStringLiteral("1975-05-05"),
        QStringLiteral("female"), QStringLiteral("19"));
    const qint64 fe
        = episode(referral(f, QStringLiteral("2026-07-20"), QStringLiteral("external"), sourceId(QStringLiteral("GP"))),
            connect, QStringLiteral("2026-07-25"), QStringLiteral("2026-08-30"));
    session(fe, QStringLiteral("2026-08-01"), QStringLiteral("telephone"), QStringLiteral("cancelled_by_service"));
    score(f, fe, QStringLiteral("phq9"), QStringLiteral("2026-07-25"), 11);
}

void TstReportSectionsA::cleanupTestCase()
{
    m_db.reset();
    m_clock.reset();
}

Section TstReportSectionsA::section(Result<Section> (*build)(const quarterly::Context&))
{
    auto settings = SettingsService(*m_db).load(m_admin);
    if (!settings) {
        qWarning() << settings.error().message;
        return {};
    }
    const quarterly::Context context { *m_db, m_admin, makePeriod(kFrom, kTo, 4), settings.value(), kToday };
    auto s = build(context);
    if (!s) {
        qWarning() << s.error().message;
        return {};
    }
    return s.value();
}

const Table& TstReportSectionsA::table(const Section& s, const QString& id)
{
    static const Table none;
    const Table* t = s.table(id);
    if (!t) {
        qWarning() << "no table" << id << "in section" << s.id;
        return none;
    }
    return *t;
}

double TstReportSectionsA::value(const Table& t, const QString& row, const QString& column)
{
    const Cell* c = t.cell(row, column);
    if (!c) {
        qWarning() << "no cell" << row << column << "in" << t.id;
        return -999;
    }
    return c->hidden == Hidden::NotApplicable ? -1 : c->value;
}

Hidden TstReportSectionsA::hidden(const Table& t, const QString& row, const QString& column)
{
    const Cell* c = t.cell(row, column);
    return c ? c->hidden : Hidden::NotApplicable;
}

void TstReportSectionsA::reachSummary()
{
    const Section s = section(&quarterly::reach);
    QCOMPARE(s.id, QStringLiteral("reach"));
    const Table& t = table(s, QStringLiteral("reach.summary"));
    QCOMPARE(t.periodKey, QStringLiteral("current"));
    QCOMPARE(t.n, 5);
    QVERIFY(!t.nLabel.isEmpty());
    QCOMPARE(t.sums, Sums::None);
    QCOMPARE(value(t, QStringLiteral("referred"), QStringLiteral("count")), 3.0); // A, C (last day), F
    QCOMPARE(value(t, QStringLiteral("attended_one"), QStringLiteral("count")), 5.0); // A B C D E
    QCOMPARE(value(t, QStringLiteral("attended_two"), QStringLiteral("count")), 2.0); // A (3) and D (2)
    QCOMPARE(value(t, QStringLiteral("sessions"), QStringLiteral("count")), 7.0); // 5 one-to-one + 2 group meetings
    QVERIFY(t.cell(QStringLiteral("sessions"), QStringLiteral("count"))->notPeople);
    QCOMPARE(value(t, QStringLiteral("did_not_attend"), QStringLiteral("count")), 2.0);
    // 2 missed of 10 attended-or-missed register lines (8 attended); cancellations left out.
    const Cell* rate = t.cell(QStringLiteral("did_not_attend"), QStringLiteral("percent"));
    QCOMPARE(rate->numerator, 2);
    QCOMPARE(rate->denominator, 10);
    QCOMPARE(rate->value, 20.0);
    QCOMPARE(t.columns.at(t.columnIndex(QStringLiteral("percent"))).percentOf, t.columnIndex(QStringLiteral("count")));
    QVERIFY(t.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Did-not-attend rate")));
}

void TstReportSectionsA::reachSessionsByComponentAndMode()
{
    const Section s = section(&quarterly::reach);
    const Table& t = table(s, QStringLiteral("reach.sessions"));
    QCOMPARE(t.sums, Sums::Both);
    QCOMPARE(t.n, 7);
    const QString mentoring = QStringLiteral("component.%1").arg(componentId(QStringLiteral("1:1 peer mentoring")));
    const QString connect = QStringLiteral("component.%1").arg(componentId(QStringLiteral("Peer connect")));
    const QString group = QStringLiteral("component.%1").arg(componentId(QStringLiteral("Peer support group")));
    const QString course = QStringLiteral("component.%1").arg(componentId(QStringLiteral("Wellbeing course")));
    QCOMPARE(value(t, mentoring, QStringLiteral("face_to_face")), 2.0);
    QCOMPARE(value(t, mentoring, QStringLiteral("telephone")), 1.0);
    QCOMPARE(value(t, mentoring, QStringLiteral("home_visit")), 1.0);
    QCOMPARE(value(t, mentoring, QStringLiteral("video")), 0.0);
    QCOMPARE(value(t, mentoring, QStringLiteral("total")), 4.0);
    QCOMPARE(value(t, connect, QStringLiteral("video")), 1.0);
    QCOMPARE(value(t, connect, QStringLiteral("total")), 1.0);
    QCOMPARE(value(t, group, QStringLiteral("group")), 2.0); // two meetings, three people on the registers
    QCOMPARE(value(t, group, QStringLiteral("total")), 2.0);
    QCOMPARE(value(t, course, QStringLiteral("total")), 0.0); // listed with zeros
    QCOMPARE(value(t, QStringLiteral("total"), QStringLiteral("face_to_face")), 2.0);
    QCOMPARE(value(t, QStringLiteral("total"), QStringLiteral("telephone")), 1.0);
    QCOMPARE(value(t, QStringLiteral("total"), QStringLiteral("video")), 1.0);
    QCOMPARE(value(t, QStringLiteral("total"), QStringLiteral("home_visit")), 1.0);
    QCOMPARE(value(t, QStringLiteral("total"), QStringLiteral("group")), 2.0);
    QCOMPARE(value(t, QStringLiteral("total"), QStringLiteral("total")), 7.0);
    QVERIFY(t.rows.constLast().total);
    QVERIFY(t.columns.constLast().total);
    // The chart reads the total column of this table.
    bool chart = false;
    for (const Block& b : s.blocks) {
        if (b.kind == Block::Kind::Chart) {
            chart = true;
            QCOMPARE(b.chart.tableId, t.id);
            QCOMPARE(b.chart.series.size(), 1);
            QCOMPARE(b.chart.series.at(0).column, t.columnIndex(QStringLiteral("total")));
        }
    }
    QVERIFY(chart);
}

void TstReportSectionsA::referralSources()
{
    const Section s = section(&quarterly::referralSources);
    QCOMPARE(s.id, QStringLiteral("referrals"));
    const Table& t = table(s, QStringLiteral("referrals.sources"));
    QCOMPARE(t.n, 3);
    QCOMPARE(t.sums, Sums::Down);
    QCOMPARE(value(t, QStringLiteral("self"), QStringLiteral("count")), 1.0);
    QCOMPARE(value(t, QStringLiteral("internal"), QStringLiteral("count")), 1.0);
    QCOMPARE(value(t, QStringLiteral("external"), QStringLiteral("count")), 1.0); // F; B and D outside the period
    QCOMPARE(value(t, QStringLiteral("total"), QStringLiteral("count")), 3.0);
    QCOMPARE(value(t, QStringLiteral("total"), QStringLiteral("percent")), 100.0);
    QCOMPARE(qRound(value(t, QStringLiteral("self"), QStringLiteral("percent")) * 10), 333);
    const QString website = QStringLiteral("self.source.%1").arg(sourceId(QStringLiteral("Website")));
    const QString word = QStringLiteral("self.source.%1").arg(sourceId(QStringLiteral("Word of mouth")));
    const QString gp = QStringLiteral("external.source.%1").arg(sourceId(QStringLiteral("GP")));
    const QString social = QStringLiteral("external.source.%1").arg(sourceId(QStringLiteral("Social prescriber")));
    QCOMPARE(value(t, website, QStringLiteral("count")), 1.0);
    QCOMPARE(value(t, word, QStringLiteral("count")), 0.0); // E was referred before the period
    QCOMPARE(value(t, gp, QStringLiteral("count")), 1.0);
    QCOMPARE(value(t, social, QStringLiteral("count")), 0.0); // D's second referral is after it
    QCOMPARE(value(t, QStringLiteral("internal.source.none"), QStringLiteral("count")), 1.0);
    QCOMPARE(t.rows.at(t.rowIndex(website)).level, 1);
    QCOMPARE(t.rows.at(t.rowIndex(QStringLiteral("self"))).level, 0);
    QVERIFY(t.rows.constLast().total);
    // Sub-rows come right after their category, and each category's sub-rows add up to it.
    for (int r = 0; r < t.rows.size(); ++r) {
        if (t.rows.at(r).level != 0 || t.rows.at(r).total) {
            continue;
        }
        double sum = 0;
        for (int k = r + 1; k < t.rows.size() && t.rows.at(k).level == 1; ++k) {
            sum += t.rows.at(k).cells.at(1).value;
        }
        QCOMPARE(sum, t.rows.at(r).cells.at(1).value);
    }
}

void TstReportSectionsA::demographics()
{
    const Section s = section(&quarterly::demographics);
    QCOMPARE(s.id, QStringLiteral("demographics"));
    const Table& e = table(s, QStringLiteral("demographics.ethnicity"));
    QCOMPARE(e.n, 5);
    QCOMPARE(e.sums, Sums::Down);
    QCOMPARE(e.rows.size(), 7); // five groups, not known, total
    QCOMPARE(value(e, QStringLiteral("group1"), QStringLiteral("count")), 1.0); // B, Asian
    QCOMPARE(value(e, QStringLiteral("group2"), QStringLiteral("count")), 1.0); // D, Black
    QCOMPARE(value(e, QStringLiteral("group3"), QStringLiteral("count")), 0.0);
    QCOMPARE(value(e, QStringLiteral("group4"), QStringLiteral("count")), 1.0); // A, White
    QCOMPARE(value(e, QStringLiteral("group5"), QStringLiteral("count")), 0.0); // F did not attend
    QCOMPARE(value(e, QStringLiteral("not_known"), QStringLiteral("count")), 2.0); // C not stated, E not asked
    QCOMPARE(value(e, QStringLiteral("not_known"), QStringLiteral("percent")), 40.0);
    QCOMPARE(value(e, QStringLiteral("total"), QStringLiteral("count")), 5.0);

    const Table& g = table(s, QStringLiteral("demographics.gender"));
    QCOMPARE(g.rows.size(), 5);
    QCOMPARE(value(g, QStringLiteral("male"), QStringLiteral("count")), 2.0); // B, and E's older "Man"
    QCOMPARE(value(g, QStringLiteral("female"), QStringLiteral("count")), 1.0);
    QCOMPARE(value(g, QStringLiteral("other"), QStringLiteral("count")), 1.0); // D, non-binary
    QCOMPARE(value(g, QStringLiteral("unknown"), QStringLiteral("count")), 1.0); // C, none recorded
    QCOMPARE(value(g, QStringLiteral("male"), QStringLiteral("percent")), 40.0);
    QCOMPARE(value(g, QStringLiteral("unknown"), QStringLiteral("percent")), 20.0);

    const Table& a = table(s, QStringLiteral("demographics.age"));
    QCOMPARE(a.rows.size(), 8);
    QCOMPARE(value(a, QStringLiteral("age16_25"), QStringLiteral("count")), 1.0); // D, 21
    QCOMPARE(value(a, QStringLiteral("age26_35"), QStringLiteral("count")), 0.0);
    QCOMPARE(value(a, QStringLiteral("age36_45"), QStringLiteral("count")), 2.0); // A 36, E 45
    QCOMPARE(value(a, QStringLiteral("age46_55"), QStringLiteral("count")), 0.0);
    QCOMPARE(value(a, QStringLiteral("age56_65"), QStringLiteral("count")), 0.0);
    QCOMPARE(value(a, QStringLiteral("age66plus"), QStringLiteral("count")), 1.0); // B, 66 on 1 July
    QCOMPARE(value(a, QStringLiteral("not_specified"), QStringLiteral("count")), 1.0); // C
    QCOMPARE(value(a, QStringLiteral("total"), QStringLiteral("percent")), 100.0);
    QVERIFY(a.notes.join(QLatin1Char(' ')).contains(QStringLiteral("first day of the period")));
}

void TstReportSectionsA::wellbeingBands()
{
    const Section s = section(&quarterly::wellbeing);
    QCOMPARE(s.id, QStringLiteral("wellbeing"));
    // WEMWBS: A 40 -> 50, B 45 -> 47; E's pair ended before the period.
    const Table& w = table(s, QStringLiteral("wellbeing.wemwbs.bands"));
    QCOMPARE(w.n, 2);
    QCOMPARE(w.sums, Sums::Down);
    QCOMPARE(value(w, QStringLiteral("low"), QStringLiteral("initial")), 1.0);
    QCOMPARE(value(w, QStringLiteral("average"), QStringLiteral("initial")), 1.0);
    QCOMPARE(value(w, QStringLiteral("high"), QStringLiteral("initial")), 0.0);
    QCOMPARE(value(w, QStringLiteral("low"), QStringLiteral("final")), 0.0);
    QCOMPARE(value(w, QStringLiteral("average"), QStringLiteral("final")), 2.0);
    QCOMPARE(value(w, QStringLiteral("low"), QStringLiteral("initial_percent")), 50.0);
    QCOMPARE(value(w, QStringLiteral("average"), QStringLiteral("final_percent")), 100.0);
    QCOMPARE(value(w, QStringLiteral("total"), QStringLiteral("final")), 2.0);
    // The normal-curve estimate from the Scottish Health Survey 2018 (mean 49.4, SD 8.96).
    QCOMPARE(qRound(value(w, QStringLiteral("low"), QStringLiteral("population")) * 10), 292);
    QCOMPARE(qRound(value(w, QStringLiteral("average"), QStringLiteral("population")) * 10), 578);
    QCOMPARE(qRound(value(w, QStringLiteral("high"), QStringLiteral("population")) * 10), 130);
    QCOMPARE(w.cell(QStringLiteral("low"), QStringLiteral("population"))->base, -1);

    // SWEMWBS (metric): D 15.32 -> 21.54, E 25.03 -> 24.11; C's single score is unpaired.
    const Table& sw = table(s, QStringLiteral("wellbeing.swemwbs.bands"));
    QCOMPARE(sw.n, 2);
    QCOMPARE(value(sw, QStringLiteral("low"), QStringLiteral("initial")), 1.0);
    QCOMPARE(value(sw, QStringLiteral("average"), QStringLiteral("initial")), 1.0);
    QCOMPARE(value(sw, QStringLiteral("average"), QStringLiteral("final")), 2.0);
    QCOMPARE(value(sw, QStringLiteral("high"), QStringLiteral("final")), 0.0);
    QCOMPARE(value(sw, QStringLiteral("low"), QStringLiteral("population")), 15.0);
    QCOMPARE(value(sw, QStringLiteral("average"), QStringLiteral("population")), 70.0);

    // A grouped bar chart per measure: first, last and population percentages from its table.
    int charts = 0;
    for (const Block& b : s.blocks) {
        if (b.kind != Block::Kind::Chart) {
            continue;
        }
        ++charts;
        const Table* t = s.table(b.chart.tableId);
        QVERIFY(t);
        QCOMPARE(b.chart.kind, Chart::Kind::GroupedBars);
        QCOMPARE(b.chart.series.size(), 3);
        QCOMPARE(b.chart.series.at(0).column, t->columnIndex(QStringLiteral("initial_percent")));
        QCOMPARE(b.chart.series.at(1).column, t->columnIndex(QStringLiteral("final_percent")));
        QCOMPARE(b.chart.series.at(2).column, t->columnIndex(QStringLiteral("population")));
    }
    QCOMPARE(charts, 2);
}

void TstReportSectionsA::wellbeingChange()
{
    const Section s = section(&quarterly::wellbeing);
    const Table& t = table(s, QStringLiteral("wellbeing.change"));
    QCOMPARE(t.n, -1); // pairs are per measure: a combined n could give away a hidden one
    QCOMPARE(value(t, QStringLiteral("wemwbs"), QStringLiteral("pairs")), 2.0);
    QCOMPARE(value(t, QStringLiteral("wemwbs"), QStringLiteral("mean_initial")), 42.5);
    QCOMPARE(value(t, QStringLiteral("wemwbs"), QStringLiteral("mean_final")), 48.5);
    QCOMPARE(value(t, QStringLiteral("wemwbs"), QStringLiteral("mean_change")), 6.0);
    // 6 ± t(0.975, 1) × SD(10, 2) / √2 = 6 ± 12.7062 × 5.6569 / 1.4142
    QCOMPARE(qRound(value(t, QStringLiteral("wemwbs"), QStringLiteral("ci_lower")) * 100), -4482);
    QCOMPARE(qRound(value(t, QStringLiteral("wemwbs"), QStringLiteral("ci_upper")) * 100), 5682);
    QCOMPARE(value(t, QStringLiteral("wemwbs"), QStringLiteral("meaningful")), 50.0); // A +10 (≥3); B +2
    QCOMPARE(value(t, QStringLiteral("wemwbs"), QStringLiteral("reliable")), 50.0); // A +10 (≥8)
    QCOMPARE(t.cell(QStringLiteral("wemwbs"), QStringLiteral("mean_change"))->base, 2);

    QCOMPARE(value(t, QStringLiteral("swemwbs"), QStringLiteral("pairs")), 2.0);
    QCOMPARE(qRound(value(t, QStringLiteral("swemwbs"), QStringLiteral("mean_initial")) * 1000), 20175);
    QCOMPARE(qRound(value(t, QStringLiteral("swemwbs"), QStringLiteral("mean_final")) * 1000), 22825);
    QCOMPARE(qRound(value(t, QStringLiteral("swemwbs"), QStringLiteral("mean_change")) * 100), 265);
    QCOMPARE(qRound(value(t, QStringLiteral("swemwbs"), QStringLiteral("ci_lower")) * 100), -4271);
    QCOMPARE(qRound(value(t, QStringLiteral("swemwbs"), QStringLiteral("ci_upper")) * 100), 4801);
    QCOMPARE(value(t, QStringLiteral("swemwbs"), QStringLiteral("meaningful")), 50.0); // D +6.22; E −0.92
    QCOMPARE(value(t, QStringLiteral("swemwbs"), QStringLiteral("reliable")), 50.0);
    QCOMPARE(t.cell(QStringLiteral("swemwbs"), QStringLiteral("reliable"))->base, 2);
}

void TstReportSectionsA::wellbeingCompletion()
{
    const Section s = section(&quarterly::wellbeing);
    const Table& t = table(s, QStringLiteral("wellbeing.completion"));
    // Episodes ended in the period: A (3 attended), B (2), D (2), F (0).
    QCOMPARE(t.n, 4);
    QCOMPARE(t.sums, Sums::Down);
    QCOMPARE(value(t, QStringLiteral("sessions0_0"), QStringLiteral("episodes")), 1.0);
    QCOMPARE(value(t, QStringLiteral("sessions0_0"), QStringLiteral("measured")), 0.0); // F had a PHQ-9 only
    QCOMPARE(value(t, QStringLiteral("sessions0_0"), QStringLiteral("percent")), -1.0); // nothing to be a share of
    QCOMPARE(value(t, QStringLiteral("sessions1_1"), QStringLiteral("episodes")), 0.0);
    QCOMPARE(value(t, QStringLiteral("sessions2_3"), QStringLiteral("episodes")), 3.0);
    QCOMPARE(value(t, QStringLiteral("sessions2_3"), QStringLiteral("measured")), 3.0);
    QCOMPARE(value(t, QStringLiteral("sessions2_3"), QStringLiteral("paired")), 3.0);
    QCOMPARE(value(t, QStringLiteral("sessions2_3"), QStringLiteral("percent")), 100.0);
    QCOMPARE(value(t, QStringLiteral("sessions13plus"), QStringLiteral("episodes")), 0.0);
    QCOMPARE(value(t, QStringLiteral("total"), QStringLiteral("episodes")), 4.0);
    QCOMPARE(value(t, QStringLiteral("total"), QStringLiteral("paired")), 3.0);
}

void TstReportSectionsA::talkingTherapies()
{
    const Section s = section(&quarterly::talkingTherapies);
    QCOMPARE(s.id, QStringLiteral("talking_therapies"));
    const Table& p = table(s, QStringLiteral("talking_therapies.population"));
    // Ended in the period with a PHQ-9 or GAD-7: A, B, D, F (E's episode is still open).
    QCOMPARE(p.n, 4);
    QCOMPARE(value(p, QStringLiteral("not_finished"), QStringLiteral("count")), 1.0); // F
    QCOMPARE(value(p, QStringLiteral("not_paired"), QStringLiteral("count")), 1.0); // D
    QCOMPARE(value(p, QStringLiteral("finished"), QStringLiteral("count")), 2.0); // A, B
    QCOMPARE(value(p, QStringLiteral("at_caseness"), QStringLiteral("count")), 1.0); // A
    QCOMPARE(value(p, QStringLiteral("not_at_caseness"), QStringLiteral("count")), 1.0); // B
    QCOMPARE(value(p, QStringLiteral("total"), QStringLiteral("count")), 4.0);

    const Table& t = table(s, QStringLiteral("talking_therapies.outcomes"));
    QCOMPARE(t.n, 2);
    QCOMPARE(value(t, QStringLiteral("recovery"), QStringLiteral("count")), 1.0);
    QCOMPARE(value(t, QStringLiteral("recovery"), QStringLiteral("of")), 1.0); // B not at caseness: left out
    QCOMPARE(value(t, QStringLiteral("recovery"), QStringLiteral("percent")), 100.0);
    QCOMPARE(value(t, QStringLiteral("reliable_improvement"), QStringLiteral("count")), 1.0);
    QCOMPARE(value(t, QStringLiteral("reliable_improvement"), QStringLiteral("of")), 2.0); // B included
    QCOMPARE(value(t, QStringLiteral("reliable_improvement"), QStringLiteral("percent")), 50.0);
    QCOMPARE(value(t, QStringLiteral("reliable_recovery"), QStringLiteral("percent")), 100.0);
    QCOMPARE(value(t, QStringLiteral("reliable_deterioration"), QStringLiteral("count")), 0.0);
    QCOMPARE(value(t, QStringLiteral("reliable_deterioration"), QStringLiteral("percent")), 0.0);
    const QString notes = t.notes.join(QLatin1Char(' '));
    QVERIFY(notes.contains(QStringLiteral("GAD-7 only")));
    QVERIFY(notes.contains(QStringLiteral("fall of 6 or more on PHQ-9 or 4 or more on GAD-7")));
}

void TstReportSectionsA::noNamesAnywhere()
{
    QStringList text;
    for (auto build : { &quarterly::reach, &quarterly::referralSources, &quarterly::demographics, &quarterly::wellbeing,
             &quarterly::talkingTherapies }) {
        const Section s = section(build);
        QVERIFY(!s.blocks.isEmpty());
        text << s.title;
        for (const Block& b : s.blocks) {
            text << b.heading << b.text << b.table.title << b.table.nLabel << b.table.notes << b.table.emptyText
                 << b.chart.title << b.chart.nLabel << b.chart.notes;
            for (const Column& c : b.table.columns) {
                text << c.title;
            }
            for (const Row& r : b.table.rows) {
                text << r.key;
                for (const Cell& c : r.cells) {
                    text << c.text;
                }
            }
        }
    }
    const QString all = text.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Did-not-attend"))); // the search reads real text
    for (const QString& name : kNames) {
        QVERIFY2(!all.contains(name, Qt::CaseInsensitive), qPrintable(name));
    }
}

void TstReportSectionsA::builtReportSuppressesAndCompares()
{
    Request request;
    request.reportId = QStringLiteral("quarterly");
    request.from = kFrom;
    request.to = kTo;
    request.comparePrevious = true;
    request.suppress = true;
    auto built = build(*m_db, m_admin, request);
    QVERIFY2(built, built ? "" : qPrintable(built.error().message));
    const Report& r = built.value();
    const Table* summary = r.table(QStringLiteral("reach.summary"));
    QVERIFY(summary);
    // 3 people referred is below the threshold of 5; 5 who attended is not.
    QCOMPARE(summary->cell(QStringLiteral("referred"), QStringLiteral("count"))->text, QStringLiteral("<5"));
    QCOMPARE(summary->cell(QStringLiteral("attended_one"), QStringLiteral("count"))->text, QStringLiteral("5"));
    // Sessions are not people: shown however few.
    QCOMPARE(summary->cell(QStringLiteral("sessions"), QStringLiteral("count"))->text, QStringLiteral("7"));
    // April–June: B, D and E were referred (3).
    const Cell* previous
        = summary->cell(QStringLiteral("referred"), QStringLiteral("count"), QStringLiteral("previous"));
    QVERIFY(previous);
    QCOMPARE(previous->value, 3.0);
    // Every gender count is below 5 and the total is 5: all hidden, the total still shown.
    const Table* gender = r.table(QStringLiteral("demographics.gender"));
    QVERIFY(gender);
    QCOMPARE(gender->cell(QStringLiteral("male"), QStringLiteral("count"))->hidden, Hidden::Small);
    QCOMPARE(gender->cell(QStringLiteral("male"), QStringLiteral("percent"))->hidden, Hidden::Secondary);
    QCOMPARE(gender->cell(QStringLiteral("total"), QStringLiteral("count"))->text, QStringLiteral("5"));
    // A statistic over 2 pairs is hidden as too few.
    const Table* change = r.table(QStringLiteral("wellbeing.change"));
    QVERIFY(change);
    QCOMPARE(change->cell(QStringLiteral("wemwbs"), QStringLiteral("mean_change"))->hidden, Hidden::TooFew);
    // The population norm is not a statistic over our people: never hidden.
    const Table* bands = r.table(QStringLiteral("wellbeing.wemwbs.bands"));
    QVERIFY(bands);
    QCOMPARE(bands->cell(QStringLiteral("low"), QStringLiteral("population"))->hidden, Hidden::No);
}

namespace {

QString describe(const Table& t)
{
    QStringList lines { QStringLiteral("%1 (n = %2 %3)").arg(t.id).arg(t.n).arg(t.nLabel) };
    for (const Row& r : t.rows) {
        QStringList cells;
        for (const Cell& c : r.cells) {
            cells << c.text;
        }
        lines << QStringLiteral("  %1%2").arg(
            QString(r.level * 2, QLatin1Char(' ')), cells.join(QStringLiteral(" | ")));
    }
    return lines.join(QLatin1Char('\n'));
}

/** The percentages in a column of the rows at one level (not the total) add up to about 100. */
bool addsUpTo100(const Table& t, const QString& column, int level = 0)
{
    double sum = 0;
    for (const Row& r : t.rows) {
        const int c = t.columnIndex(column);
        if (!r.total && r.level == level && c >= 0 && r.cells.at(c).hidden == Hidden::No) {
            sum += std::round(r.cells.at(c).value * 10) / 10;
        }
    }
    return std::abs(sum - 100) <= 0.5;
}

} // namespace

void TstReportSectionsA::demoDataLooksPlausible()
{
    QTemporaryDir dir;
    auto db = test::openOrCreate(dir.filePath(QStringLiteral("demo.alongside")));
    QVERIFY(db);
    DemoGenerator::Options o;
    o.asAt = kToday;
    QVERIFY(DemoGenerator::generate(*db, m_admin, o));
    Request request;
    request.from = kFrom;
    request.to = kTo;
    request.suppress = false;
    auto built = build(*db, m_admin, request);
    QVERIFY2(built, built ? "" : qPrintable(built.error().message));
    const Report& r = built.value();
    QStringList text;
    for (const QString& id : { QStringLiteral("reach"), QStringLiteral("referrals"), QStringLiteral("demographics"),
             QStringLiteral("wellbeing"), QStringLiteral("talking_therapies") }) {
        const Section* s = r.section(id);
        QVERIFY2(s, qPrintable(id));
        for (const Block& b : s->blocks) {
            text << b.text << b.table.notes << b.chart.title;
            if (b.kind == Block::Kind::Table) {
                qInfo("%s", qPrintable(describe(b.table)));
                QVERIFY2(b.table.n > 0 || b.table.id == QLatin1String("wellbeing.change"), qPrintable(b.table.id));
                for (const Row& row : b.table.rows) {
                    for (const Cell& c : row.cells) {
                        text << c.text;
                    }
                }
            }
        }
    }
    const Table* summary = r.table(QStringLiteral("reach.summary"));
    QVERIFY(summary);
    const double once = summary->cell(QStringLiteral("attended_one"), QStringLiteral("count"))->value;
    const double twice = summary->cell(QStringLiteral("attended_two"), QStringLiteral("count"))->value;
    QVERIFY(once > 0 && twice > 0 && twice <= once);
    const double dna = summary->cell(QStringLiteral("did_not_attend"), QStringLiteral("percent"))->value;
    QVERIFY2(dna > 1 && dna < 50, qPrintable(QString::number(dna)));
    QCOMPARE(r.table(QStringLiteral("reach.sessions"))->n,
        int(summary->cell(QStringLiteral("sessions"), QStringLiteral("count"))->value));
    for (const QString& id : { QStringLiteral("demographics.ethnicity"), QStringLiteral("demographics.gender"),
             QStringLiteral("demographics.age"), QStringLiteral("referrals.sources") }) {
        const Table* t = r.table(id);
        QVERIFY2(t && addsUpTo100(*t, QStringLiteral("percent")), qPrintable(id));
        QCOMPARE(t->cell(QStringLiteral("total"), QStringLiteral("count"))->value, double(t->n));
    }
    QCOMPARE(r.table(QStringLiteral("demographics.gender"))->n, int(once));
    for (const QString& id : { QStringLiteral("wellbeing.wemwbs.bands"), QStringLiteral("wellbeing.swemwbs.bands") }) {
        const Table* t = r.table(id);
        QVERIFY2(t && t->n > 0, qPrintable(id));
        QVERIFY(addsUpTo100(*t, QStringLiteral("initial_percent")));
        QVERIFY(addsUpTo100(*t, QStringLiteral("final_percent")));
        QVERIFY(addsUpTo100(*t, QStringLiteral("population")));
    }
    // Nobody's name, given or family, appears as a word in these sections, unless the same word is
    // in the report of the small test database (which holds none of these names): "White" is a
    // family name and an ethnic group.
    auto vocabulary = build(*m_db, m_admin, request);
    QVERIFY(vocabulary);
    QStringList words;
    for (const Section& s : vocabulary.value().sections) {
        for (const Block& b : s.blocks) {
            words << b.text << b.table.notes << b.chart.title;
            for (const Row& row : b.table.rows) {
                for (const Cell& c : row.cells) {
                    words << c.text;
                }
            }
        }
    }
    const QString known = words.join(QLatin1Char('\n'));
    auto names = sql::query(*db, QStringLiteral("SELECT given_name, family_name FROM person"), {}, QString());
    QVERIFY(names);
    const QString all = text.join(QLatin1Char('\n'));
    int checked = 0;
    while (names.value().next()) {
        for (int i = 0; i < 2; ++i) {
            const QString name = names.value().value(i).toString();
            if (name.size() < 3) {
                continue;
            }
            ++checked;
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(name)));
            if (word.match(known).hasMatch()) {
                continue;
            }
            QVERIFY2(!word.match(all).hasMatch(), qPrintable(name));
        }
    }
    QVERIFY(checked > 100);
}

QTEST_GUILESS_MAIN(TstReportSectionsA)
#include "tst_reportsections_a.moc"
