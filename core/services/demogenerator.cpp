#include "demogenerator.h"

#include "core/clock.h"
#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/db/sqldialect.h"
#include "core/db/transaction.h"
#include "core/services/demonames.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <map>
#include <random>
#include <utility>
#include <vector>

namespace alongside::core {

namespace {

// Days are Julian day numbers: integer arithmetic is exact and fast, and QDate converts both ways.
using Day = int;
constexpr Day kNever = std::numeric_limits<int>::max();

QString fromUtf8(const char* text)
{
    return QString::fromUtf8(text);
}

// ---------------------------------------------------------------------------------------------
// Random numbers. std::mt19937_64 is fully specified by the standard, so its raw output is the
// same everywhere; the standard distributions are not, so every mapping below is our own.

quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

class Rng
{
public:
    // One stream per phase, so that a change to one phase does not reshuffle every other.
    Rng(quint64 seed, quint64 stream)
        : m_engine(splitMix(seed ^ splitMix(stream)))
    { }

    quint64 bits() { return m_engine(); }

    /** Uniform in [0, n), n >= 1: Lemire's multiply-shift on 32 bits, rejecting the biased tail. */
    quint32 below(quint32 n)
    {
        quint64 m = quint64(quint32(bits() >> 32)) * n;
        quint32 low = quint32(m);
        if (low < n) {
            const quint32 threshold = (0u - n) % n;
            while (low < threshold) {
                m = quint64(quint32(bits() >> 32)) * n;
                low = quint32(m);
            }
        }
        return quint32(m >> 32);
    }

    /** Uniform in [lo, hi]; lo when hi <= lo. */
    int range(int lo, int hi)
    {
        if (hi <= lo) {
            return lo;
        }
        return lo + int(below(quint32(hi - lo) + 1u));
    }

    /** Uniform in [0, 1) from the top 53 bits. */
    double unit() { return double(bits() >> 11) * 0x1.0p-53; }

    bool chance(double p) { return unit() < p; }

    /** Approximately standard normal (Irwin-Hall, 12 uniforms): plain arithmetic, so bit-identical everywhere. */
    double normal()
    {
        double sum = 0.0;
        for (int i = 0; i < 12; ++i) {
            sum += unit();
        }
        return sum - 6.0;
    }

    /** An index chosen with the given integer weights. */
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = int(below(quint32(total)));
        int index = 0;
        for (int w : weights) {
            if (r < w) {
                return index;
            }
            r -= w;
            ++index;
        }
        return index - 1;
    }

    template<typename T> const T& pick(const std::vector<T>& items) { return items[below(quint32(items.size()))]; }

    const char* pick(demo::Words words) { return words[below(quint32(words.size()))]; }

    /** Moves k randomly chosen items to the front of items (partial Fisher-Yates). */
    template<typename T> void chooseFront(std::vector<T>& items, int k)
    {
        const int n = int(items.size());
        for (int i = 0; i < k && i < n - 1; ++i) {
            std::swap(items[i], items[i + range(0, n - 1 - i)]);
        }
    }

    template<typename T> void shuffle(std::vector<T>& items) { chooseFront(items, int(items.size())); }

private:
    std::mt19937_64 m_engine;
};

int roundToInt(double x)
{
    return int(std::floor(x + 0.5));
}

int clampInt(int v, int lo, int hi)
{
    return std::max(lo, std::min(hi, v));
}

Day addMonths(Day d, int months)
{
    return Day(QDate::fromJulianDay(d).addMonths(months).toJulianDay());
}

// Julian day 0 was a Monday; the result matches QDate::dayOfWeek (1 = Monday .. 7 = Sunday).
int weekday(Day d)
{
    return d % 7 + 1;
}

/** ISO date text for each day, made once: the same few thousand dates appear millions of times. */
class Dates
{
public:
    Dates(Day first, Day last)
        : m_first(first)
    {
        m_text.reserve(std::size_t(last - first + 1));
        for (Day d = first; d <= last; ++d) {
            m_text.push_back(QDate::fromJulianDay(d).toString(Qt::ISODate));
        }
    }

    QString text(Day d) const
    {
        if (d >= m_first && d - m_first < int(m_text.size())) {
            return m_text[std::size_t(d - m_first)];
        }
        return QDate::fromJulianDay(d).toString(Qt::ISODate);
    }

    /** An ISO-8601 UTC timestamp on day d, secondOfDay seconds after midnight. */
    QString stamp(Day d, int secondOfDay) const
    {
        char time[32];
        std::snprintf(
            time, sizeof time, "T%02d:%02d:%02dZ", secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60);
        return text(d) + QLatin1String(time);
    }

private:
    Day m_first;
    std::vector<QString> m_text;
};

// ---------------------------------------------------------------------------------------------
// Inserts rows several at a time: one multi-row statement per batch costs far less than one
// statement per row, and both statements are prepared once and reused.

class BatchInsert
{
public:
    Status prepare(const Database& db, const QString& table, const QStringList& columns)
    {
        m_columns = int(columns.size());
        // Stay under SQLite's historical limit of 999 bound parameters per statement.
        m_batchRows = std::max(1, std::min(100, 990 / m_columns));
        m_what = QStringLiteral("demo data: insert into ") + table;
        QString oneRow = QStringLiteral("(?");
        for (int i = 1; i < m_columns; ++i) {
            oneRow += QStringLiteral(", ?");
        }
        oneRow += QLatin1Char(')');
        const QString head = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
            + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES ");
        QString many = head + oneRow;
        for (int i = 1; i < m_batchRows; ++i) {
            many += QStringLiteral(", ") + oneRow;
        }
        auto single = sql::prepare(db, head + oneRow);
        if (!single) {
            return single.status();
        }
        auto multi = sql::prepare(db, many);
        if (!multi) {
            return multi.status();
        }
        m_single = single.takeValue();
        m_multi = multi.takeValue();
        m_values.reserve(std::size_t(m_columns * m_batchRows));
        return Status::ok();
    }

    template<typename... Args> Status row(Args&&... args)
    {
        static_assert(sizeof...(Args) > 0);
        (m_values.emplace_back(std::forward<Args>(args)), ...);
        Q_ASSERT(int(m_values.size()) % m_columns == 0);
        if (int(m_values.size()) == m_columns * m_batchRows) {
            for (int i = 0; i < int(m_values.size()); ++i) {
                m_multi.bindValue(i, m_values[std::size_t(i)]);
            }
            m_values.clear();
            return sql::exec(m_multi, m_what);
        }
        return Status::ok();
    }

    /** Writes the rows that did not fill a whole batch. */
    Status finish()
    {
        const int rows = int(m_values.size()) / m_columns;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < m_columns; ++c) {
                m_single.bindValue(c, m_values[std::size_t(r * m_columns + c)]);
            }
            if (Status s = sql::exec(m_single, m_what); !s) {
                return s;
            }
        }
        m_values.clear();
        return Status::ok();
    }

private:
    QSqlQuery m_single;
    QSqlQuery m_multi;
    QString m_what;
    int m_columns = 1;
    int m_batchRows = 1;
    std::vector<QVariant> m_values;
};

template<typename T> QVariant orNull(bool present, const T& value)
{
    return present ? QVariant(value) : QVariant();
}

// ---------------------------------------------------------------------------------------------
// Progress: a handful of calls per phase, never one per row.

class Reporter
{
public:
    explicit Reporter(const DemoGenerator::Progress& progress)
        : m_progress(progress)
    { }

    bool begin(const QString& phase, double from, double to, qint64 units)
    {
        m_phase = phase;
        m_from = from;
        m_to = to;
        m_units = std::max<qint64>(1, units);
        m_next = m_units / kSteps;
        return report(from);
    }

    /** done units of this phase so far; false if the user cancelled. */
    bool advance(qint64 done)
    {
        if (done < m_next) {
            return true;
        }
        m_next = done + m_units / kSteps + 1;
        return report(m_from + (m_to - m_from) * std::min(1.0, double(done) / double(m_units)));
    }

    bool report(double fraction) { return !m_progress || m_progress(m_phase, std::clamp(fraction, 0.0, 1.0)); }

private:
    static constexpr qint64 kSteps = 40;
    const DemoGenerator::Progress& m_progress;
    QString m_phase;
    double m_from = 0.0;
    double m_to = 0.0;
    qint64 m_units = 1;
    qint64 m_next = 0;
};

// ---------------------------------------------------------------------------------------------
// The plan of the fictional charity, built in memory and written in date order.

enum Gender
{
    Female,
    Male,
    OtherGender,
    GenderNotStated
};

const char* const kGenderCodes[] = { "female", "male", "other", "not_stated" };

// Weights per ONS Census 2021 tick-box code, index 0 meaning "not stated": roughly a large city in
// the north-west of England.
constexpr std::initializer_list<int> kEthnicityWeights
    = { 40, 15, 15, 25, 60, 15, 50, 20, 10, 10, 10, 20, 10, 560, 20, 3, 3, 50, 12, 12 };

struct Person
{
    QString given;
    QString family;
    Day dob = 0; // 0: not recorded
    int gender = GenderNotStated;
    int ethnicity = 0; // 0: not stated, else the ONS code
    QString email;
    QString phone;
    QString postcode;
};

enum class Kind
{
    Coordinator,
    PeerSupervisor,
    EmployedPsw,
    SessionalPsw,
    PeerTrainer,
    NonPeerStaff,
    Volunteer
};

enum class Fate
{
    Active,
    Paused,
    Left,
    DroppedOut,
    Enquiry,
    Applicant,
    InTraining
};

// Positions of the seeded role types (schema.cpp), looked up by name at run time.
enum RoleIndex
{
    RoleVolunteerMentor,
    RoleSessionalPsw,
    RoleEmployedPsw,
    RolePeerTrainer,
    RolePeerSupervisor,
    RoleCoordinator,
    RoleNonPeerStaff,
    RolePartnerStaff,
    RoleCount
};

struct SeedRole
{
    const char* name;
    int isPeer;
    const char* payBasis;
    int supervisionDays;
};

const SeedRole kSeedRoles[RoleCount] = {
    { "Volunteer peer mentor", 1, "unpaid", 30 },
    { "Sessional peer support worker", 1, "sessional", 30 },
    { "Employed peer support worker", 1, "paid", 14 },
    { "Peer trainer", 1, "sessional", 30 },
    { "Peer supervisor", 1, "paid", 30 },
    { "Coordinator", 1, "paid", 30 },
    { "Non-peer staff", 0, "paid", 30 },
    { "Partner staff", 0, "paid", 0 },
};

enum Component
{
    Mentoring,
    Connect,
    Course,
    Group,
    ComponentCount
};

const char* const kComponentKinds[ComponentCount] = { "mentoring", "connect", "course", "group" };

const char* const kComponentNames[ComponentCount]
    = { "1:1 peer mentoring", "Peer connect", "Wellbeing course", "Peer support group" };

enum Ending
{
    PlannedEnding,
    Disengaged,
    MovedAway,
    ReferredOn
};

const char* const kEndingReasons[] = { "Planned ending", "Disengaged", "Moved away", "Referred on" };

const char* const kSourceCategories[] = { "self", "internal", "external" };

enum Mode
{
    FaceToFace,
    Telephone,
    Video,
    HomeVisit,
    GroupMode
};

const char* const kModes[] = { "face_to_face", "telephone", "video", "home_visit", "group" };

enum Attendance
{
    Attended,
    DidNotAttend,
    CancelledByClient,
    CancelledByService
};

const char* const kAttendance[] = { "attended", "did_not_attend", "cancelled_by_client", "cancelled_by_service" };

struct Measure
{
    const char* id;
    int items;
    int minValue;
    int maxValue;
};

enum MeasureIndex
{
    Wemwbs,
    Swemwbs,
    Phq9,
    Gad7,
    MeasureCount
};

const Measure kMeasures[MeasureCount] = {
    { "wemwbs", 14, 1, 5 },
    { "swemwbs", 7, 1, 5 },
    { "phq9", 9, 0, 3 },
    { "gad7", 7, 0, 3 },
};

// Small per-item offsets so that items do not all score alike (e.g. "energy to spare" runs low).
const double kWemwbsItemOffsets[14] = { 0.1, 0.2, -0.2, 0.1, -0.4, 0.0, -0.1, 0.2, 0.1, 0.0, 0.2, 0.1, 0.0, -0.1 };
// SWEMWBS asks WEMWBS items 1, 2, 3, 6, 7, 9 and 11.
const int kSwemwbsItems[7] = { 0, 1, 2, 5, 6, 8, 10 };

enum SupervisionKind
{
    LineManagement,
    Reflective,
    GroupReflective,
    Debrief,
    AdHoc
};

const char* const kSupervisionKinds[] = { "line_management", "reflective", "group_reflective", "debrief", "ad_hoc" };

const char* const kSupervisionFormats[] = { "in_person", "video", "telephone" };

struct Worker
{
    Kind kind = Kind::Volunteer;
    Fate fate = Fate::Active;
    int order = 0; // position before sorting, the tie-break that keeps sorting deterministic
    Day enquiry = 0;
    Day applied = 0; // 0: stage not reached
    Day training = 0; // 0: stage not reached
    Day active = 0; // 0: stage not reached
    Day stoppedOn = kNever; // paused or left from this day
    Day promotedOn = 0; // sessional workers who began as volunteers: first day of the paid role
    Day mentorFrom = kNever;
    Day mentorTo = kNever; // may take mentees on days in [mentorFrom, mentorTo)
    int maxMentees = 0;
    bool storeMaxMentees = false;
    bool formerClient = false;
    bool overdue = false;
    int supervisor = -1; // index into workers; -1 means an external supervisor
    Day lastSupervision = 0;
    double wellbeing = 7.0;
    int id = 0;
    int personId = 0;
    Person person;
    std::vector<Day> groupDays;
    std::vector<Day> matchEnds; // current mentees' end days, pruned as the plan moves forward

    bool isActiveOn(Day d) const { return active != 0 && active <= d && d < stoppedOn; }

    bool reachedActive() const { return active != 0; }
};

struct Client
{
    int order = 0;
    int worker = -1; // the worker this person later became, or -1
    Person person;
    Day referred = 0;
    int source = 0;
    QString sourceDetail;
    int reason = -1; // index into referralReasons(), -1: none recorded
    int component = Mentoring;
    Day start = 0;
    Day plannedEnd = 0; // 0: none
    Day ended = 0; // 0: still open
    int ending = PlannedEnding;
    Day lastSessionDay = 0;
    int weeksAvailable = 0; // courses and groups: weekly meetings between start and the last session day
    int mentor = -1; // mentoring: worker index
    int keyWorker = -1; // connect: worker index
    bool proposed = false; // mentoring: a match proposed but not started
    Day proposedOn = 0;
    int primaryMode = FaceToFace;
    bool clinical = false; // also asked PHQ-9 and GAD-7
    double level = 0.0; // latent wellbeing, standard units
    double improvement = 0.0;
    double clinicalImprovement = 0.0;
    int minSessions = 1;
    int capSessions = 1;
    double naturalSessions = 1.0;
    int sessions = 0;
    int firstSession = 0; // offset into the session plan
    int id = 0;
    int personId = 0;
    int referralId = 0;
    int episodeId = 0;
};

struct SessionPlan
{
    Day day = 0;
    int client = 0;
    int worker = -1;
    qint8 mode = FaceToFace;
    qint8 attendance = Attended;
    qint16 duration = 0; // 0: not recorded
    qint16 note = -1;
};

struct ResponsePlan
{
    Day day = 0;
    int client = 0;
    int measure = Wemwbs;
    int tier = 0; // which to drop first when there are too many: lowest tier first
    quint64 key = 0;
};

struct SupervisionPlan
{
    Day day = 0;
    int kind = Reflective;
    int supervisor = -1; // worker index, -1: external
    int duration = 60;
    int format = 0;
    int summary = 0;
    int privateNote = -1;
    int firstAttendee = 0;
    int attendees = 0;
    int order = 0;
};

struct AttendeePlan
{
    int worker = 0;
    int wellbeingIn = 0;
    int wellbeingOut = 0;
};

struct CompletionPlan
{
    Day day = 0;
    int worker = 0;
    int course = 0;
    Day expires = 0;
};

struct IdBases
{
    int person = 0;
    int worker = 0;
    int workerStatus = 0;
    int workerRole = 0;
    int client = 0;
    int referral = 0;
    int episode = 0;
    int session = 0;
    int match = 0;
    int supervision = 0;
    int completion = 0;
    int response = 0;
};

class Generator
{
public:
    Generator(Database& db, const DemoGenerator::Options& options, Day asAt, const DemoGenerator::Progress& progress)
        : m_db(db)
        , m_options(options)
        , m_targets(DemoGenerator::targets(options.size))
        , m_asAt(asAt)
        , m_dates(asAt - 6 * 366, asAt + 4 * 366)
        , m_reporter(progress)
    { }

    Status run();

private:
    Status cancelled() const
    {
        return Error { Error::Code::InvalidInput,
            DemoGenerator::tr("Demo data generation was cancelled; nothing was added."), {} };
    }

    Status readCatalogues();
    Status readIdBases();
    Person makePerson(Rng& rng, Day dob, std::initializer_list<int> genderWeights, double emailChance,
        double phoneChance, double postcodeChance);
    Status insertPerson(BatchInsert& insert, int id, const Person& p, const QString& createdAt);

    void planWorkforce();
    Status writeWorkforce();
    void planClients();
    void planEpisode(Rng& rng, Client& c);
    void assignMentors(Rng& rng);
    int pickWorker(Rng& rng, const std::vector<int>& pool, Day from, Day to);
    int facilitator(Rng& rng, int component, Day day);
    Status writeClients();
    Status planAndWriteSessions();
    Status planAndWriteMeasures();
    Status planAndWriteSupervision();
    Status planAndWriteTraining();
    Status writeSettings();

    int workerId(int index) const { return index >= 0 ? m_workers[std::size_t(index)].id : 0; }

    Database& m_db;
    const DemoGenerator::Options& m_options;
    const DemoGenerator::Targets m_targets;
    const Day m_asAt;
    const Dates m_dates;
    Reporter m_reporter;

    std::array<int, RoleCount> m_roleIds {};
    std::array<int, ComponentCount> m_componentIds {};
    std::array<int, demo::CourseCount> m_courseIds {};
    IdBases m_base;

    QHash<QString, int> m_emailCounts; // lookups only: never iterated, so it cannot affect row order
    std::vector<Worker> m_workers;
    std::vector<Client> m_clients;
    std::vector<SessionPlan> m_sessions;
    int m_coordinator = 0;
    std::vector<int> m_mentors;
    std::vector<int> m_deliverers;
    std::vector<int> m_facilitators;
    std::map<qint64, int> m_facilitatorByDay; // ordered: deterministic
    qint64 m_supervisionRows = 0;
    qint64 m_completionRows = 0;
};

// Phase boundaries of the progress bar, by how long each phase takes.
constexpr double kWorkforceEnd = 0.03;
constexpr double kClientsEnd = 0.10;
constexpr double kSessionsEnd = 0.55;
constexpr double kMeasuresEnd = 0.87;
constexpr double kSupervisionEnd = 0.95;

Status Generator::readCatalogues()
{
    // Role types: the migration seeds them in the language of the day, so match by translated or
    // original name; a charity that deleted one gets it back.
    {
        auto q = sql::prepare(m_db, QStringLiteral("SELECT id, name FROM role_type ORDER BY id"));
        if (!q) {
            return q.status();
        }
        if (Status s = sql::exec(q.value(), QStringLiteral("demo data: read role types")); !s) {
            return s;
        }
        std::vector<std::pair<int, QString>> rows;
        while (q.value().next()) {
            rows.emplace_back(q.value().value(0).toInt(), q.value().value(1).toString());
        }
        for (int i = 0; i < RoleCount; ++i) {
            const QString original = fromUtf8(kSeedRoles[i].name);
            const QString translated = QCoreApplication::translate("alongside::core::schema", kSeedRoles[i].name);
            m_roleIds[std::size_t(i)] = 0;
            for (const auto& [id, name] : rows) {
                if (name == translated || name == original) {
                    m_roleIds[std::size_t(i)] = id;
                    break;
                }
            }
            if (m_roleIds[std::size_t(i)] != 0) {
                continue;
            }
            auto insert = sql::prepare(m_db,
                QStringLiteral("INSERT INTO role_type (name, is_peer, default_pay_basis, supervision_interval_days) "
                               "VALUES (?, ?, ?, ?)"));
            if (!insert) {
                return insert.status();
            }
            insert.value().addBindValue(translated);
            insert.value().addBindValue(kSeedRoles[i].isPeer);
            insert.value().addBindValue(QString::fromLatin1(kSeedRoles[i].payBasis));
            insert.value().addBindValue(orNull(kSeedRoles[i].supervisionDays > 0, kSeedRoles[i].supervisionDays));
            if (Status s = sql::exec(insert.value(), QStringLiteral("demo data: add role type")); !s) {
                return s;
            }
            m_roleIds[std::size_t(i)] = insert.value().lastInsertId().toInt();
        }
    }

    // Service components: the first active one of each kind.
    {
        auto q = sql::prepare(m_db, QStringLiteral("SELECT id, kind FROM service_component ORDER BY active DESC, id"));
        if (!q) {
            return q.status();
        }
        if (Status s = sql::exec(q.value(), QStringLiteral("demo data: read service components")); !s) {
            return s;
        }
        m_componentIds.fill(0);
        while (q.value().next()) {
            const QString kind = q.value().value(1).toString();
            for (int i = 0; i < ComponentCount; ++i) {
                if (m_componentIds[std::size_t(i)] == 0 && kind == QLatin1String(kComponentKinds[i])) {
                    m_componentIds[std::size_t(i)] = q.value().value(0).toInt();
                }
            }
        }
        for (int i = 0; i < ComponentCount; ++i) {
            if (m_componentIds[std::size_t(i)] != 0) {
                continue;
            }
            auto insert
                = sql::prepare(m_db, QStringLiteral("INSERT INTO service_component (name, kind) VALUES (?, ?)"));
            if (!insert) {
                return insert.status();
            }
            insert.value().addBindValue(QCoreApplication::translate("alongside::core::schema", kComponentNames[i]));
            insert.value().addBindValue(QString::fromLatin1(kComponentKinds[i]));
            if (Status s = sql::exec(insert.value(), QStringLiteral("demo data: add service component")); !s) {
                return s;
            }
            m_componentIds[std::size_t(i)] = insert.value().lastInsertId().toInt();
        }
    }

    // Training catalogue: added unless a course of the same title exists already.
    {
        auto insert = sql::prepare(m_db,
            QStringLiteral("INSERT INTO training_course (title, provider, length_days, credits, refresh_months, "
                           "mandatory) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (title) DO NOTHING"));
        if (!insert) {
            return insert.status();
        }
        auto find = sql::prepare(m_db, QStringLiteral("SELECT id FROM training_course WHERE title = ?"));
        if (!find) {
            return find.status();
        }
        const auto courses = demo::trainingCourses();
        for (std::size_t i = 0; i < courses.size(); ++i) {
            const demo::CourseSpec& c = courses[i];
            insert.value().addBindValue(fromUtf8(c.title));
            insert.value().addBindValue(fromUtf8(c.provider));
            insert.value().addBindValue(c.lengthDays);
            insert.value().addBindValue(orNull(c.credits > 0, c.credits));
            insert.value().addBindValue(orNull(c.refreshMonths > 0, c.refreshMonths));
            insert.value().addBindValue(c.mandatory ? 1 : 0);
            if (Status s = sql::exec(insert.value(), QStringLiteral("demo data: add training course")); !s) {
                return s;
            }
            find.value().addBindValue(fromUtf8(c.title));
            if (Status s = sql::exec(find.value(), QStringLiteral("demo data: find training course")); !s) {
                return s;
            }
            if (!find.value().next()) {
                return Error { Error::Code::Database, DemoGenerator::tr("The training courses could not be added."),
                    QStringLiteral("training course missing after insert") };
            }
            m_courseIds[i] = find.value().value(0).toInt();
            find.value().finish();
        }
    }
    return Status::ok();
}

Status Generator::readIdBases()
{
    // Explicit ids, counted on from the highest in use: no per-row lookups of generated ids.
    const std::pair<int*, const char*> tables[] = {
        { &m_base.person, "person" },
        { &m_base.worker, "worker" },
        { &m_base.workerStatus, "worker_status" },
        { &m_base.workerRole, "worker_role" },
        { &m_base.client, "client" },
        { &m_base.referral, "referral" },
        { &m_base.episode, "episode" },
        { &m_base.session, "session" },
        { &m_base.match, "mentor_match" },
        { &m_base.supervision, "supervision_entry" },
        { &m_base.completion, "training_completion" },
        { &m_base.response, "measure_response" },
    };
    for (const auto& [base, table] : tables) {
        auto v = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + QString::fromLatin1(table));
        if (!v) {
            return v.status();
        }
        *base = v.value().toInt();
    }
    return Status::ok();
}

QString asciiLower(const QString& name)
{
    // For e-mail addresses: "Róisín O'Brien" becomes "roisin" and "obrien".
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z')) {
            out += c;
        }
    }
    return out;
}

Person Generator::makePerson(Rng& rng, Day dob, std::initializer_list<int> genderWeights, double emailChance,
    double phoneChance, double postcodeChance)
{
    Person p;
    p.gender = rng.weighted(genderWeights);
    demo::Words given = demo::neutralGivenNames();
    if (p.gender == Female) {
        given = demo::femaleGivenNames();
    } else if (p.gender == Male) {
        given = demo::maleGivenNames();
    } else {
        const int which = rng.range(0, 2);
        given = which == 0 ? demo::femaleGivenNames() : which == 1 ? demo::maleGivenNames() : given;
    }
    p.given = fromUtf8(rng.pick(given));
    p.family = fromUtf8(rng.pick(demo::familyNames()));
    p.dob = dob;
    p.ethnicity = rng.weighted(kEthnicityWeights);
    if (rng.chance(emailChance)) {
        const QString local = asciiLower(p.given) + QLatin1Char('.') + asciiLower(p.family);
        const int n = ++m_emailCounts[local];
        p.email = local + (n > 1 ? QString::number(n) : QString()) + QStringLiteral("@example.org");
    }
    if (rng.chance(phoneChance)) {
        // Ofcom's range for drama: 07700 900000 to 900999 is never allocated to a real phone.
        p.phone = QStringLiteral("07700 900") + QString::number(rng.range(0, 999)).rightJustified(3, QLatin1Char('0'));
    }
    if (rng.chance(postcodeChance)) {
        static const char kLetters[] = "ABDEFGHJLNPQRSTUWXYZ";
        const int letters = int(sizeof kLetters) - 1;
        p.postcode = fromUtf8(rng.pick(demo::postcodeDistricts())) + QLatin1Char(' ') + QString::number(rng.range(1, 9))
            + QLatin1Char(kLetters[rng.range(0, letters - 1)]) + QLatin1Char(kLetters[rng.range(0, letters - 1)]);
    }
    return p;
}

Status Generator::insertPerson(BatchInsert& insert, int id, const Person& p, const QString& createdAt)
{
    return insert.row(id, p.given, p.family, orNull(p.dob != 0, m_dates.text(p.dob)),
        QString::fromLatin1(kGenderCodes[p.gender]),
        p.ethnicity == 0 ? QStringLiteral("not_stated") : QString::number(p.ethnicity),
        orNull(!p.email.isEmpty(), p.email), orNull(!p.phone.isEmpty(), p.phone),
        orNull(!p.postcode.isEmpty(), p.postcode), createdAt, createdAt);
}

// ---------------------------------------------------------------------------------------------
// Workforce

void Generator::planWorkforce()
{
    Rng rng(m_options.seed, 1);
    const int n = m_targets.workers;
    const Day a = m_asAt;

    auto share = [n](double fraction, int minimum) { return std::max(minimum, roundToInt(n * fraction)); };
    std::vector<Kind> kinds;
    kinds.push_back(Kind::Coordinator);
    for (int i = 0; i < share(1.0 / 40, 1); ++i) {
        kinds.push_back(Kind::PeerSupervisor);
    }
    for (int i = 0; i < share(0.07, 1); ++i) {
        kinds.push_back(Kind::EmployedPsw);
    }
    for (int i = 0; i < share(0.10, 1); ++i) {
        kinds.push_back(Kind::SessionalPsw);
    }
    for (int i = 0; i < share(0.02, 1); ++i) {
        kinds.push_back(Kind::PeerTrainer);
    }
    for (int i = 0; i < share(0.02, 1); ++i) {
        kinds.push_back(Kind::NonPeerStaff);
    }
    kinds.resize(std::size_t(std::min<int>(int(kinds.size()), n)));
    while (int(kinds.size()) < n) {
        kinds.push_back(Kind::Volunteer);
    }

    m_workers.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        Worker& w = m_workers[std::size_t(i)];
        w.order = i;
        w.kind = kinds[std::size_t(i)];
        switch (w.kind) {
        case Kind::Coordinator:
        case Kind::PeerSupervisor:
        case Kind::NonPeerStaff:
            w.fate = Fate::Active;
            break;
        case Kind::EmployedPsw:
        case Kind::PeerTrainer:
            w.fate = std::array { Fate::Active, Fate::Paused, Fate::Left }[std::size_t(rng.weighted({ 80, 5, 15 }))];
            break;
        case Kind::SessionalPsw:
            w.fate = std::array { Fate::Active, Fate::Paused, Fate::Left }[std::size_t(rng.weighted({ 72, 6, 22 }))];
            break;
        case Kind::Volunteer:
            w.fate = std::array { Fate::Active, Fate::Paused, Fate::Left, Fate::DroppedOut, Fate::Enquiry,
                Fate::Applicant, Fate::InTraining }[std::size_t(rng.weighted({ 60, 5, 17, 5, 4, 4, 5 }))];
            break;
        }

        // Work back from the stage reached so that nothing lies after "as at".
        switch (w.fate) {
        case Fate::Active:
            if (w.kind == Kind::Coordinator) {
                w.active = a - rng.range(1500, 1800);
            } else if (w.kind == Kind::PeerSupervisor) {
                w.active = a - rng.range(800, 1700);
            } else {
                w.active = a - rng.range(20, 1750);
            }
            break;
        case Fate::Paused:
            w.active = a - rng.range(200, 1500);
            w.stoppedOn = rng.range(w.active + 90, a - 5);
            break;
        case Fate::Left:
            w.active = a - rng.range(150, 1800);
            w.stoppedOn = std::min(w.active + rng.range(90, 1100), a - 1);
            break;
        case Fate::DroppedOut:
            w.enquiry = a - rng.range(120, 1100);
            w.applied = w.enquiry + rng.range(5, 20);
            if (rng.chance(0.5)) {
                w.training = w.applied + rng.range(14, 45);
            }
            w.stoppedOn = std::max(w.applied, w.training) + rng.range(7, 40);
            break;
        case Fate::Enquiry:
            w.enquiry = a - rng.range(0, 40);
            break;
        case Fate::Applicant:
            w.applied = a - rng.range(0, 45);
            w.enquiry = w.applied - rng.range(5, 20);
            break;
        case Fate::InTraining:
            w.training = a - rng.range(0, 40);
            w.applied = w.training - rng.range(14, 45);
            w.enquiry = w.applied - rng.range(5, 20);
            break;
        }
        if (w.active != 0) {
            w.training = w.active - rng.range(14, 45);
            w.applied = w.training - rng.range(14, 45);
            w.enquiry = w.applied - rng.range(5, 20);
        }

        if (w.kind == Kind::SessionalPsw && w.active != 0 && rng.chance(0.5)) {
            // Progression: began as a volunteer mentor, then took a sessional paid role.
            const Day end = std::min(w.stoppedOn, a);
            const int room = end - w.active - 30;
            if (room > 180) {
                w.promotedOn = w.active + rng.range(180, std::min(700, room));
            }
        }

        switch (w.kind) {
        case Kind::Volunteer:
            w.maxMentees = 2 + rng.weighted({ 40, 40, 20 });
            w.storeMaxMentees = true;
            break;
        case Kind::EmployedPsw:
            w.maxMentees = rng.range(3, 4);
            w.storeMaxMentees = true;
            break;
        case Kind::Coordinator:
            // Only a fallback mentor when nobody else is free.
            w.maxMentees = 2;
            w.storeMaxMentees = true;
            break;
        case Kind::SessionalPsw:
            w.maxMentees = 2;
            break;
        default:
            break;
        }
        if (w.active != 0 && (w.kind == Kind::Volunteer || w.kind == Kind::EmployedPsw)) {
            w.mentorFrom = w.active;
            w.mentorTo = w.stoppedOn;
        } else if (w.promotedOn != 0) {
            w.mentorFrom = w.active;
            w.mentorTo = w.promotedOn;
        }

        const Day dobDay = w.enquiry - rng.range(19, 68) * 365 - rng.range(0, 364);
        w.person = makePerson(rng, dobDay, { 62, 33, 3, 2 }, 1.0, 1.0, 1.0);
        w.wellbeing = 7.0 + 1.0 * rng.normal();
    }

    // Ids follow the order people first got in touch, as they would in a real database.
    std::sort(m_workers.begin(), m_workers.end(), [](const Worker& x, const Worker& y) {
        return x.enquiry != y.enquiry ? x.enquiry < y.enquiry : x.order < y.order;
    });
    std::vector<int> peerSupervisors;
    for (int i = 0; i < n; ++i) {
        Worker& w = m_workers[std::size_t(i)];
        w.id = m_base.worker + i + 1;
        w.personId = m_base.person + i + 1;
        if (w.kind == Kind::Coordinator) {
            m_coordinator = i;
        }
        if (w.kind == Kind::PeerSupervisor) {
            peerSupervisors.push_back(i);
        }
        if (w.mentorFrom != kNever && w.kind != Kind::Coordinator) {
            m_mentors.push_back(i);
        }
        if (w.active != 0
            && (w.kind == Kind::Volunteer || w.kind == Kind::EmployedPsw || w.kind == Kind::SessionalPsw)) {
            m_deliverers.push_back(i);
        }
        if (w.active != 0
            && (w.kind == Kind::SessionalPsw || w.kind == Kind::PeerTrainer || w.kind == Kind::EmployedPsw)) {
            m_facilitators.push_back(i);
        }
    }
    m_workers[std::size_t(m_coordinator)].mentorFrom = m_workers[std::size_t(m_coordinator)].active;

    // Supervision lines: volunteers and PSWs to a peer supervisor, peer supervisors to the
    // coordinator, the coordinator to an external supervisor.
    for (int i = 0; i < n; ++i) {
        Worker& w = m_workers[std::size_t(i)];
        if (w.kind == Kind::Coordinator) {
            w.supervisor = -1;
        } else if (w.kind == Kind::PeerSupervisor || peerSupervisors.empty()) {
            w.supervisor = m_coordinator;
        } else {
            w.supervisor = rng.pick(peerSupervisors);
        }
    }

    // A few current workers whose supervision has lapsed, for the overdue list.
    std::vector<int> overdueCandidates;
    for (int i = 0; i < n; ++i) {
        const Worker& w = m_workers[std::size_t(i)];
        if (w.fate == Fate::Active && w.kind != Kind::Coordinator && w.kind != Kind::PeerSupervisor
            && w.active <= a - 150) {
            overdueCandidates.push_back(i);
        }
    }
    const int overdue
        = std::min(int(overdueCandidates.size()), std::max(1, roundToInt(overdueCandidates.size() * 0.08)));
    rng.chooseFront(overdueCandidates, overdue);
    for (int k = 0; k < overdue; ++k) {
        m_workers[std::size_t(overdueCandidates[std::size_t(k)])].overdue = true;
    }
    for (Worker& w : m_workers) {
        if (w.active == 0) {
            continue;
        }
        const Day end = std::min(a, w.stoppedOn - 1);
        w.lastSupervision = w.overdue ? a - rng.range(62, 110) : end - rng.range(0, 24);
    }

    // Some volunteers were first supported by the charity themselves (client, then volunteer).
    std::vector<int> former;
    for (int i = 0; i < n; ++i) {
        const Worker& w = m_workers[std::size_t(i)];
        if (w.kind == Kind::Volunteer && w.active != 0 && w.enquiry >= a - 730 + 240 && w.enquiry <= a - 30) {
            former.push_back(i);
        }
    }
    const int formerCount = std::min(int(former.size()), std::min(m_targets.clients, roundToInt(n * 0.06)));
    rng.chooseFront(former, formerCount);
    former.resize(std::size_t(formerCount));
    std::sort(former.begin(), former.end());
    for (int i : former) {
        m_workers[std::size_t(i)].formerClient = true;
    }
}

Status Generator::writeWorkforce()
{
    Rng rng(m_options.seed, 2);
    const Day a = m_asAt;
    BatchInsert persons, workers, statuses, roles;
    if (Status s = persons.prepare(m_db, QStringLiteral("person"),
            { QStringLiteral("id"), QStringLiteral("given_name"), QStringLiteral("family_name"),
                QStringLiteral("date_of_birth"), QStringLiteral("gender"), QStringLiteral("ethnicity"),
                QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("postcode"),
                QStringLiteral("created_at"), QStringLiteral("updated_at") });
        !s) {
        return s;
    }
    if (Status s = workers.prepare(m_db, QStringLiteral("worker"),
            { QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("max_mentees"),
                QStringLiteral("created_at") });
        !s) {
        return s;
    }
    if (Status s = statuses.prepare(m_db, QStringLiteral("worker_status"),
            { QStringLiteral("id"), QStringLiteral("worker_id"), QStringLiteral("status"), QStringLiteral("since"),
                QStringLiteral("reason") });
        !s) {
        return s;
    }
    if (Status s = roles.prepare(m_db, QStringLiteral("worker_role"),
            { QStringLiteral("id"), QStringLiteral("worker_id"), QStringLiteral("role_type_id"),
                QStringLiteral("pay_basis"), QStringLiteral("hours_per_week"), QStringLiteral("funding_source"),
                QStringLiteral("funding_ends_on"), QStringLiteral("starts_on"), QStringLiteral("ends_on") });
        !s) {
        return s;
    }

    int statusId = m_base.workerStatus;
    int roleId = m_base.workerRole;
    const demo::Words funding = demo::fundingSources();
    const int coreFunds = int(funding.size()) - 1;

    auto addRole = [&](const Worker& w, int role, const char* payBasis, double hours, Day from, Day to,
                       bool fundingEnded) -> Status {
        QVariant source;
        QVariant fundingEnds;
        if (std::strcmp(payBasis, "unpaid") != 0) {
            const int f = w.kind == Kind::Coordinator ? coreFunds : int(rng.below(quint32(funding.size())));
            source = fromUtf8(funding[std::size_t(f)]);
            if (f != coreFunds) {
                Day ends = 0;
                if (fundingEnded) {
                    ends = to;
                } else if (to != kNever) {
                    ends = to + rng.range(0, 300);
                } else if (rng.chance(0.25)) {
                    ends = a + rng.range(14, 90); // short-term funding about to run out
                } else {
                    ends = a + rng.range(120, 730);
                }
                fundingEnds = m_dates.text(ends);
            }
        }
        return roles.row(++roleId, w.id, m_roleIds[std::size_t(role)], QString::fromLatin1(payBasis), hours, source,
            fundingEnds, m_dates.text(from), orNull(to != kNever, m_dates.text(to)));
    };

    for (std::size_t i = 0; i < m_workers.size(); ++i) {
        const Worker& w = m_workers[i];
        const int createdSecond = rng.range(9 * 3600, 17 * 3600);
        const QString created = m_dates.stamp(w.enquiry, createdSecond);
        if (Status s = insertPerson(persons, w.personId, w.person, created); !s) {
            return s;
        }
        if (Status s = workers.row(w.id, w.personId, orNull(w.storeMaxMentees, w.maxMentees), created); !s) {
            return s;
        }

        auto status = [&](const char* code, Day since, const QVariant& reason) {
            return statuses.row(++statusId, w.id, QString::fromLatin1(code), m_dates.text(since), reason);
        };
        if (Status s = status("enquiry", w.enquiry, {}); !s) {
            return s;
        }
        if (w.applied != 0) {
            if (Status s = status("applicant", w.applied, {}); !s) {
                return s;
            }
        }
        if (w.training != 0) {
            if (Status s = status("in_training", w.training, {}); !s) {
                return s;
            }
        }
        if (w.active != 0) {
            if (Status s = status("active", w.active, {}); !s) {
                return s;
            }
        }
        bool fundingEnded = false;
        if (w.fate == Fate::Paused) {
            const QString reason = fromUtf8(demo::pauseReasons()[std::size_t(rng.weighted({ 70, 18, 12 }))]);
            if (Status s = status("paused", w.stoppedOn, reason); !s) {
                return s;
            }
        } else if (w.fate == Fate::Left) {
            const bool paid = w.kind != Kind::Volunteer;
            const char* reason = rng.pick(paid ? demo::paidLeavingReasons() : demo::volunteerLeavingReasons());
            fundingEnded = std::strcmp(reason, "Funding ended") == 0;
            if (Status s = status("left", w.stoppedOn, fromUtf8(reason)); !s) {
                return s;
            }
        } else if (w.fate == Fate::DroppedOut) {
            const QString reason = w.training != 0 ? QStringLiteral("Did not complete training")
                                                   : QStringLiteral("Withdrew application");
            if (Status s = status("left", w.stoppedOn, reason); !s) {
                return s;
            }
        }

        if (w.active != 0) {
            const Day roleEnd = w.fate == Fate::Left ? w.stoppedOn : kNever;
            Status s;
            switch (w.kind) {
            case Kind::Coordinator:
                s = addRole(w, RoleCoordinator, "paid", rng.chance(0.7) ? 37.5 : 30.0, w.active, roleEnd, false);
                break;
            case Kind::PeerSupervisor:
                s = addRole(w, RolePeerSupervisor, "paid", rng.chance(0.5) ? 22.5 : 30.0, w.active, roleEnd, false);
                break;
            case Kind::EmployedPsw: {
                static const double kHours[] = { 15.0, 18.75, 22.5, 30.0, 37.5 };
                s = addRole(w, RoleEmployedPsw, "paid", kHours[rng.range(0, 4)], w.active, roleEnd, fundingEnded);
                break;
            }
            case Kind::SessionalPsw:
                if (w.promotedOn != 0) {
                    s = addRole(
                        w, RoleVolunteerMentor, "unpaid", rng.range(4, 12) * 0.5, w.active, w.promotedOn - 1, false);
                    if (!s) {
                        return s;
                    }
                }
                s = addRole(w, RoleSessionalPsw, "sessional", rng.range(8, 32) * 0.5,
                    w.promotedOn != 0 ? w.promotedOn : w.active, roleEnd, fundingEnded);
                break;
            case Kind::PeerTrainer:
                s = addRole(w, RolePeerTrainer, "sessional", rng.range(8, 16) * 0.5, w.active, roleEnd, fundingEnded);
                break;
            case Kind::NonPeerStaff: {
                static const double kHours[] = { 15.0, 22.5, 37.5 };
                s = addRole(w, RoleNonPeerStaff, "paid", kHours[rng.range(0, 2)], w.active, roleEnd, false);
                break;
            }
            case Kind::Volunteer:
                s = addRole(w, RoleVolunteerMentor, "unpaid", rng.range(4, 12) * 0.5, w.active, roleEnd, false);
                break;
            }
            if (!s) {
                return s;
            }
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    for (BatchInsert* insert : { &persons, &workers, &statuses, &roles }) {
        if (Status s = insert->finish(); !s) {
            return s;
        }
    }
    return Status::ok();
}

// ---------------------------------------------------------------------------------------------
// People supported: referrals, episodes and mentor matches

void Generator::planEpisode(Rng& rng, Client& c)
{
    const Day a = m_asAt;
    // Courses start every six weeks on a Tuesday; the group meets on Thursdays.
    const Day anchor = a - 800 - ((a - 800) % 7) + 1; // a Tuesday
    auto nextWeekday = [](Day from, int day) { return from + ((day - weekday(from)) % 7 + 7) % 7; };

    if (c.component == Course) {
        const Day earliest = c.referred + 3;
        const Day start = anchor + (earliest - anchor + 41) / 42 * 42;
        if (start > a) {
            c.component = Connect;
        } else {
            c.start = start;
            c.plannedEnd = start + 35;
            c.ending = rng.weighted({ 80, 20 }) == 0 ? PlannedEnding : Disengaged;
            const Day end = c.ending == PlannedEnding ? c.plannedEnd : start + 7 * rng.range(1, 4);
            c.ended = end < a ? end : 0;
        }
    }
    if (c.component == Group) {
        const Day start = nextWeekday(c.referred + 3, 4);
        if (start > a) {
            c.component = Connect;
        } else {
            c.start = start;
            const Day end = start + 7 * (rng.range(4, 40) - 1);
            c.ending = std::array { PlannedEnding, Disengaged, MovedAway,
                ReferredOn }[std::size_t(rng.weighted({ 45, 35, 8, 12 }))];
            c.ended = end < a ? end : 0;
        }
    }
    if (c.component == Connect) {
        c.start = std::min(c.referred + rng.range(2, 14), a);
        c.plannedEnd = c.start + 42;
        const Day end = c.start + rng.range(7, 49);
        c.ending = std::array { PlannedEnding, ReferredOn, Disengaged }[std::size_t(rng.weighted({ 70, 20, 10 }))];
        c.ended = end < a ? end : 0;
    }
    if (c.component == Mentoring) {
        c.start = std::min(c.referred + rng.range(5, 21), a);
        c.plannedEnd = c.start + rng.range(140, 170);
        c.ending = std::array { PlannedEnding, Disengaged, MovedAway,
            ReferredOn }[std::size_t(rng.weighted({ 65, 20, 5, 10 }))];
        Day end = 0;
        switch (c.ending) {
        case PlannedEnding:
            end = c.plannedEnd + rng.range(-14, 21);
            break;
        case Disengaged:
            end = c.start + rng.range(14, 120);
            break;
        default:
            end = c.start + rng.range(30, 150);
            break;
        }
        c.ended = end < a ? end : 0;
        c.proposed = c.ended == 0 && c.start >= a - 10 && rng.chance(0.5);
        c.proposedOn = std::max(c.referred, c.start - rng.range(1, 7));
    }
}

void Generator::planClients()
{
    Rng rng(m_options.seed, 3);
    const Day a = m_asAt;
    const int n = m_targets.clients;
    m_clients.resize(std::size_t(n));

    std::vector<int> former;
    for (int i = 0; i < int(m_workers.size()); ++i) {
        if (m_workers[std::size_t(i)].formerClient) {
            former.push_back(i);
        }
    }

    for (int i = 0; i < n; ++i) {
        Client& c = m_clients[std::size_t(i)];
        c.order = i;
        if (i < int(former.size())) {
            // Supported through mentoring first, then came back to volunteer.
            const Worker& w = m_workers[std::size_t(former[std::size_t(i)])];
            c.worker = former[std::size_t(i)];
            c.referred = std::max(a - 730, w.enquiry - rng.range(200, 240));
            c.component = Mentoring;
            c.start = c.referred + rng.range(5, 14);
            c.plannedEnd = c.start + rng.range(140, 170);
            c.ending = PlannedEnding;
            c.ended = std::min(c.plannedEnd + rng.range(-10, 10), w.enquiry - 7);
            c.proposedOn = std::max(c.referred, c.start - rng.range(1, 7));
        } else {
            // Referrals grow over the two years: density rises from 0.5 to 1.5 times the average.
            double x = rng.unit();
            if (rng.chance(0.5)) {
                x = std::max(x, rng.unit());
            }
            c.referred = a - 730 + int(x * 728.0);
            c.component = rng.weighted({ 60, 20, 12, 8 });
            planEpisode(rng, c);
            const int ageBand = rng.weighted({ 18, 22, 20, 18, 12, 10 });
            static const int kAgeFrom[] = { 16, 26, 36, 46, 56, 66 };
            static const int kAgeTo[] = { 25, 35, 45, 55, 65, 85 };
            const int age = rng.range(kAgeFrom[ageBand], kAgeTo[ageBand]);
            Day dob = c.referred - age * 365 - age / 4 - rng.range(0, 364);
            if (rng.chance(0.03)) {
                dob = 0;
            }
            c.person = makePerson(rng, dob, { 55, 40, 2, 3 }, 0.55, 0.85, 0.9);
        }

        c.source = rng.weighted({ 45, 15, 40 });
        if (c.worker >= 0) {
            c.source = 0;
        }
        switch (c.source) {
        case 0:
            c.sourceDetail = rng.chance(0.7) ? fromUtf8(rng.pick(demo::selfReferralDetails())) : QString();
            break;
        case 1:
            c.sourceDetail = fromUtf8(rng.pick(demo::internalReferralDetails()));
            break;
        default:
            c.sourceDetail
                = fromUtf8(demo::externalReferralDetails()[std::size_t(rng.weighted({ 35, 25, 15, 10, 10, 5 }))]);
            break;
        }
        c.reason = rng.chance(0.75) ? int(rng.below(quint32(demo::referralReasons().size()))) : -1;
        c.primaryMode = c.component == Connect ? rng.weighted({ 30, 40, 10, 20 }) : rng.weighted({ 55, 20, 15, 10 });
        c.clinical = rng.chance(c.source == 2 ? 0.6 : c.source == 1 ? 0.5 : 0.4);
        c.level = rng.normal();
        c.improvement = 0.42 + 0.35 * rng.normal();
        c.clinicalImprovement = 0.40 + 0.35 * rng.normal();
    }

    // Ids follow referral dates.
    std::sort(m_clients.begin(), m_clients.end(), [](const Client& x, const Client& y) {
        return x.referred != y.referred ? x.referred < y.referred : x.order < y.order;
    });
    int nextPerson = m_base.person + int(m_workers.size());
    for (int i = 0; i < n; ++i) {
        Client& c = m_clients[std::size_t(i)];
        c.id = m_base.client + i + 1;
        c.referralId = m_base.referral + i + 1;
        c.episodeId = m_base.episode + i + 1;
        c.personId = c.worker >= 0 ? m_workers[std::size_t(c.worker)].personId : ++nextPerson;
    }
    assignMentors(rng);
}

int Generator::pickWorker(Rng& rng, const std::vector<int>& pool, Day from, Day to)
{
    // Someone active over the whole of [from, to]; a few random tries, then a scan, then the coordinator.
    auto fits = [&](int i) {
        const Worker& w = m_workers[std::size_t(i)];
        return w.isActiveOn(from) && (to == kNever ? w.stoppedOn == kNever : w.stoppedOn > to);
    };
    if (pool.empty()) {
        return m_coordinator;
    }
    for (int attempt = 0; attempt < 24; ++attempt) {
        const int i = rng.pick(pool);
        if (fits(i)) {
            return i;
        }
    }
    const int offset = int(rng.below(quint32(pool.size())));
    for (std::size_t k = 0; k < pool.size(); ++k) {
        const int i = pool[(std::size_t(offset) + k) % pool.size()];
        if (fits(i)) {
            return i;
        }
    }
    return m_coordinator;
}

int Generator::facilitator(Rng& rng, int component, Day day)
{
    // The same person runs a given course or group meeting for everyone who attends it.
    const qint64 key = qint64(component) * 100000000LL + day;
    const auto found = m_facilitatorByDay.find(key);
    if (found != m_facilitatorByDay.end()) {
        return found->second;
    }
    const int worker = pickWorker(rng, m_facilitators, day, day);
    m_facilitatorByDay.emplace(key, worker);
    return worker;
}

void Generator::assignMentors(Rng& rng)
{
    std::vector<int> order;
    for (int i = 0; i < int(m_clients.size()); ++i) {
        if (m_clients[std::size_t(i)].component == Mentoring) {
            order.push_back(i);
        }
    }
    std::sort(order.begin(), order.end(), [this](int x, int y) {
        const Day sx = m_clients[std::size_t(x)].start;
        const Day sy = m_clients[std::size_t(y)].start;
        return sx != sy ? sx < sy : x < y;
    });
    // Matches are made in date order, honouring the hard gates: active for the whole match and
    // (where anyone is free) within max_mentees.
    for (int ci : order) {
        Client& c = m_clients[std::size_t(ci)];
        const Day end = c.ended != 0 ? c.ended : kNever;
        int chosen = -1;
        int freeSeen = 0;
        int tiedSeen = 0;
        double bestRatio = 1e9;
        for (int mi : m_mentors) {
            Worker& w = m_workers[std::size_t(mi)];
            if (w.mentorFrom > c.proposedOn || (end == kNever ? w.mentorTo != kNever : w.mentorTo <= end)) {
                continue;
            }
            std::erase_if(w.matchEnds, [&](Day e) { return e <= c.start; });
            const int load = int(w.matchEnds.size());
            if (load < w.maxMentees) {
                // Reservoir sampling: uniform among mentors with room.
                ++freeSeen;
                if (rng.below(quint32(freeSeen)) == 0) {
                    chosen = mi;
                }
            } else if (freeSeen == 0) {
                const double ratio = double(load) / double(std::max(1, w.maxMentees));
                if (ratio < bestRatio) {
                    bestRatio = ratio;
                    tiedSeen = 1;
                    chosen = mi;
                } else if (ratio == bestRatio && rng.below(quint32(++tiedSeen)) == 0) {
                    chosen = mi;
                }
            }
        }
        if (chosen < 0) {
            chosen = m_coordinator;
        }
        c.mentor = chosen;
        m_workers[std::size_t(chosen)].matchEnds.push_back(end);
    }

    for (Client& c : m_clients) {
        if (c.component == Connect) {
            c.keyWorker = pickWorker(rng, m_deliverers, c.start, c.ended != 0 ? c.ended : kNever);
        }
    }
}

Status Generator::writeClients()
{
    Rng rng(m_options.seed, 4);
    BatchInsert persons, clients, referrals, episodes, matches;
    if (Status s = persons.prepare(m_db, QStringLiteral("person"),
            { QStringLiteral("id"), QStringLiteral("given_name"), QStringLiteral("family_name"),
                QStringLiteral("date_of_birth"), QStringLiteral("gender"), QStringLiteral("ethnicity"),
                QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("postcode"),
                QStringLiteral("created_at"), QStringLiteral("updated_at") });
        !s) {
        return s;
    }
    if (Status s = clients.prepare(m_db, QStringLiteral("client"),
            { QStringLiteral("id"), QStringLiteral("person_id"), QStringLiteral("created_at") });
        !s) {
        return s;
    }
    if (Status s = referrals.prepare(m_db, QStringLiteral("referral"),
            { QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("referred_on"),
                QStringLiteral("source_category"), QStringLiteral("source_detail"), QStringLiteral("reason"),
                QStringLiteral("triage_outcome") });
        !s) {
        return s;
    }
    if (Status s = episodes.prepare(m_db, QStringLiteral("episode"),
            { QStringLiteral("id"), QStringLiteral("referral_id"), QStringLiteral("component_id"),
                QStringLiteral("starts_on"), QStringLiteral("planned_end_on"), QStringLiteral("ended_on"),
                QStringLiteral("ending_reason") });
        !s) {
        return s;
    }
    if (Status s = matches.prepare(m_db, QStringLiteral("mentor_match"),
            { QStringLiteral("id"), QStringLiteral("episode_id"), QStringLiteral("mentor_id"), QStringLiteral("status"),
                QStringLiteral("proposed_on"), QStringLiteral("started_on"), QStringLiteral("planned_end_on"),
                QStringLiteral("ended_on"), QStringLiteral("ending_reason") });
        !s) {
        return s;
    }

    const QString accepted = QStringLiteral("Accepted");
    int matchId = m_base.match;
    for (std::size_t i = 0; i < m_clients.size(); ++i) {
        const Client& c = m_clients[i];
        const QString created = m_dates.stamp(c.referred, rng.range(9 * 3600, 17 * 3600));
        if (c.worker < 0) {
            if (Status s = insertPerson(persons, c.personId, c.person, created); !s) {
                return s;
            }
        }
        if (Status s = clients.row(c.id, c.personId, created); !s) {
            return s;
        }
        if (Status s = referrals.row(c.referralId, c.id, m_dates.text(c.referred),
                QString::fromLatin1(kSourceCategories[c.source]), orNull(!c.sourceDetail.isEmpty(), c.sourceDetail),
                c.reason >= 0 ? QVariant(fromUtf8(demo::referralReasons()[std::size_t(c.reason)])) : QVariant(),
                accepted);
            !s) {
            return s;
        }
        const bool ended = c.ended != 0;
        const QVariant endedOn = orNull(ended, m_dates.text(c.ended));
        const QVariant endingReason = ended ? QVariant(fromUtf8(kEndingReasons[c.ending])) : QVariant();
        const QVariant plannedEnd = orNull(c.plannedEnd != 0, m_dates.text(c.plannedEnd));
        if (Status s = episodes.row(c.episodeId, c.referralId, m_componentIds[std::size_t(c.component)],
                m_dates.text(c.start), plannedEnd, endedOn, endingReason);
            !s) {
            return s;
        }
        if (c.component == Mentoring) {
            const char* status = c.proposed ? "proposed" : ended ? "ended" : "active";
            if (Status s = matches.row(++matchId, c.episodeId, workerId(c.mentor), QString::fromLatin1(status),
                    m_dates.text(c.proposedOn), orNull(!c.proposed, m_dates.text(c.start)), plannedEnd, endedOn,
                    endingReason);
                !s) {
                return s;
            }
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    for (BatchInsert* insert : { &persons, &clients, &referrals, &episodes, &matches }) {
        if (Status s = insert->finish(); !s) {
            return s;
        }
    }
    return Status::ok();
}

// ---------------------------------------------------------------------------------------------
// Sessions

Status Generator::planAndWriteSessions()
{
    Rng rng(m_options.seed, 5);
    const Day a = m_asAt;
    const int target = m_targets.sessions;

    // How many sessions each episode would naturally have, and the most it can plausibly hold.
    double naturalTotal = 0.0;
    for (Client& c : m_clients) {
        c.lastSessionDay
            = c.ended != 0 ? c.ended : (c.component >= Course ? a : std::max(c.start, a - rng.range(0, 6)));
        const int span = c.lastSessionDay - c.start;
        switch (c.component) {
        case Mentoring:
            if (c.proposed) {
                c.minSessions = c.capSessions = 0;
                c.naturalSessions = 0.0;
            } else {
                c.minSessions = 1;
                c.capSessions = std::min(60, span / 3 + 1);
                c.naturalSessions = (span / 7 + 1) * (c.ending == Disengaged ? 0.7 : 0.95);
            }
            break;
        case Connect:
            c.minSessions = 1;
            c.capSessions = std::min(4, span / 3 + 1);
            c.naturalSessions = std::min(c.capSessions, rng.range(1, 4));
            break;
        case Course:
            c.weeksAvailable = std::min(6, span / 7 + 1);
            c.minSessions = 1;
            c.capSessions = c.weeksAvailable;
            c.naturalSessions = c.weeksAvailable;
            break;
        default:
            c.weeksAvailable = span / 7 + 1;
            c.minSessions = 1;
            c.capSessions = std::min(60, c.weeksAvailable);
            c.naturalSessions = std::max(1.0, 0.75 * c.weeksAvailable);
            break;
        }
        naturalTotal += c.naturalSessions;
    }

    // Scale to the exact target, then nudge one session at a time (in a shuffled order) to fix rounding.
    const double factor = naturalTotal > 0.0 ? double(target) / naturalTotal : 1.0;
    qint64 planned = 0;
    for (Client& c : m_clients) {
        c.sessions = clampInt(roundToInt(c.naturalSessions * factor), c.minSessions, c.capSessions);
        planned += c.sessions;
    }
    std::vector<int> order(m_clients.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = int(i);
    }
    rng.shuffle(order);
    bool relaxed = false;
    while (planned != target) {
        bool changed = false;
        for (int i : order) {
            Client& c = m_clients[std::size_t(i)];
            if (planned < target && c.sessions < c.capSessions) {
                ++c.sessions;
                ++planned;
                changed = true;
            } else if (planned > target && c.sessions > c.minSessions) {
                --c.sessions;
                --planned;
                changed = true;
            }
            if (planned == target) {
                break;
            }
        }
        if (!changed) {
            if (relaxed) {
                return Error { Error::Code::InvalidInput,
                    DemoGenerator::tr("The demo data could not be made at the requested size."),
                    QStringLiteral("session targets unreachable") };
            }
            // Only reachable with an unusual "as at" date: allow up to 60 sessions anywhere.
            relaxed = true;
            for (Client& c : m_clients) {
                if (!c.proposed) {
                    c.capSessions = 60;
                }
            }
        }
    }

    // Place the sessions.
    static const int kMentoringMinutes[] = { 45, 50, 55, 60, 60, 60, 60, 65, 75, 90 };
    const demo::Words notes = demo::sessionNotes();
    m_sessions.clear();
    m_sessions.reserve(std::size_t(target));
    for (int ci = 0; ci < int(m_clients.size()); ++ci) {
        Client& c = m_clients[std::size_t(ci)];
        c.firstSession = int(m_sessions.size());
        const int n = c.sessions;
        Day previous = c.start - 1;
        for (int k = 0; k < n; ++k) {
            SessionPlan s;
            s.client = ci;
            if (c.component == Course || c.component == Group) {
                const int week = c.component == Course ? k : int(qint64(k) * c.weeksAvailable / n);
                s.day = std::min(c.start + 7 * week, c.lastSessionDay);
                s.mode = GroupMode;
                s.worker = facilitator(rng, c.component, s.day);
            } else {
                const int span = c.lastSessionDay - c.start;
                Day d = n == 1 ? c.start : c.start + int(qint64(k) * span / (n - 1));
                const Day upper = c.lastSessionDay - (n - 1 - k);
                if (span >= 2 * n && k > 0 && k < n - 1) {
                    d += rng.range(-1, 1);
                }
                // Few sessions fall at weekends.
                if (weekday(d) == 7 && d + 1 <= upper) {
                    d += 1;
                } else if (weekday(d) == 6 && d - 1 > previous && d - 1 >= c.start) {
                    d -= 1;
                }
                d = std::max(d, previous + 1);
                if (!relaxed) {
                    d = std::min(d, upper);
                }
                s.day = std::min(std::max(d, c.start), c.lastSessionDay);
                if (c.component == Mentoring) {
                    s.worker = c.mentor;
                    s.mode = qint8(rng.chance(0.7) ? c.primaryMode : rng.weighted({ 55, 20, 15, 10 }));
                } else {
                    s.worker = c.keyWorker;
                    s.mode = qint8(rng.chance(0.6) ? c.primaryMode : rng.weighted({ 30, 40, 10, 20 }));
                }
            }
            previous = s.day;
            s.attendance = qint8(rng.weighted({ 80, 12, 5, 3 }));
            if (c.ended != 0 && c.ending == Disengaged && n >= 3 && k >= n - 2) {
                s.attendance = qint8(rng.chance(0.7) ? DidNotAttend : CancelledByClient);
            }
            if (s.attendance == Attended) {
                if (s.mode == GroupMode) {
                    s.duration = 90;
                } else if (c.component == Connect) {
                    s.duration = qint16(std::array { 45, 60, 60, 75 }[std::size_t(rng.range(0, 3))]);
                } else {
                    s.duration = qint16(kMentoringMinutes[rng.range(0, 9)]);
                }
                if (rng.chance(0.08)) {
                    s.note = qint16(rng.below(quint32(notes.size())));
                }
            }
            m_sessions.push_back(s);
        }
    }

    // Written in date order, so that ids rise with held_on as they would in real use.
    std::vector<int> byDate(m_sessions.size());
    for (std::size_t i = 0; i < byDate.size(); ++i) {
        byDate[i] = int(i);
    }
    std::sort(byDate.begin(), byDate.end(), [this](int x, int y) {
        const SessionPlan& sx = m_sessions[std::size_t(x)];
        const SessionPlan& sy = m_sessions[std::size_t(y)];
        return sx.day != sy.day ? sx.day < sy.day : x < y;
    });

    BatchInsert insert;
    if (Status s = insert.prepare(m_db, QStringLiteral("session"),
            { QStringLiteral("id"), QStringLiteral("episode_id"), QStringLiteral("held_on"),
                QStringLiteral("duration_minutes"), QStringLiteral("mode"), QStringLiteral("attendance"),
                QStringLiteral("worker_id"), QStringLiteral("note") });
        !s) {
        return s;
    }
    QString modes[5];
    QString attendance[4];
    for (int i = 0; i < 5; ++i) {
        modes[i] = QString::fromLatin1(kModes[i]);
    }
    for (int i = 0; i < 4; ++i) {
        attendance[i] = QString::fromLatin1(kAttendance[i]);
    }
    std::vector<QString> noteText;
    for (const char* note : notes) {
        noteText.push_back(fromUtf8(note));
    }
    int id = m_base.session;
    for (std::size_t i = 0; i < byDate.size(); ++i) {
        const SessionPlan& s = m_sessions[std::size_t(byDate[i])];
        if (Status st = insert.row(++id, m_clients[std::size_t(s.client)].episodeId, m_dates.text(s.day),
                orNull(s.duration > 0, int(s.duration)), modes[s.mode], attendance[s.attendance],
                orNull(s.worker >= 0, workerId(s.worker)),
                s.note >= 0 ? QVariant(noteText[std::size_t(s.note)]) : QVariant());
            !st) {
            return st;
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    return insert.finish();
}

// ---------------------------------------------------------------------------------------------
// Questionnaires

Status Generator::planAndWriteMeasures()
{
    Rng rng(m_options.seed, 6);
    const Day a = m_asAt;
    const int target = m_targets.measureResponses;
    std::vector<ResponsePlan> plan;
    plan.reserve(std::size_t(target) + m_clients.size());

    auto attendedDays = [this](const Client& c) {
        std::vector<Day> days;
        for (int k = 0; k < c.sessions; ++k) {
            const SessionPlan& s = m_sessions[std::size_t(c.firstSession + k)];
            if (s.attendance == Attended && (days.empty() || days.back() != s.day)) {
                days.push_back(s.day);
            }
        }
        return days;
    };
    auto wellbeingMeasure = [a](const Client& c) { return c.start < a - 365 ? Wemwbs : Swemwbs; };

    // The natural pattern: a first score at the first session attended, a last score at the
    // ending for many (more often the more sessions attended), a review at about 12 weeks.
    for (int ci = 0; ci < int(m_clients.size()); ++ci) {
        const Client& c = m_clients[std::size_t(ci)];
        const std::vector<Day> days = attendedDays(c);
        if (days.empty()) {
            continue;
        }
        const int wm = wellbeingMeasure(c);
        auto add = [&](Day day, int measure, int tier) { plan.push_back({ day, ci, measure, tier, rng.bits() }); };
        if (rng.chance(0.92)) {
            add(days.front(), wm, 4);
        }
        if (c.clinical) {
            add(days.front(), Phq9, 3);
            add(days.front(), Gad7, 3);
        }
        const int attended = int(days.size());
        if (c.ended != 0 && attended >= 2 && rng.chance(attended >= 6 ? 0.79 : 0.30)) {
            add(days.back(), wm, 2);
            if (c.clinical) {
                add(days.back(), Phq9, 1);
                add(days.back(), Gad7, 1);
            }
        }
        if ((c.component == Mentoring || c.component == Group) && attended >= 8 && rng.chance(0.6)) {
            const Day want = days.front() + 84;
            Day best = days[1];
            for (Day d : days) {
                if (std::abs(d - want) < std::abs(best - want)) {
                    best = d;
                }
            }
            if (best != days.back()) {
                add(best, wm, 0);
            }
        }
    }

    // Trim or top up to the exact target.
    if (int(plan.size()) > target) {
        std::vector<int> idx(plan.size());
        for (std::size_t i = 0; i < idx.size(); ++i) {
            idx[i] = int(i);
        }
        std::sort(idx.begin(), idx.end(), [&plan](int x, int y) {
            const ResponsePlan& px = plan[std::size_t(x)];
            const ResponsePlan& py = plan[std::size_t(y)];
            if (px.tier != py.tier) {
                return px.tier < py.tier;
            }
            return px.key != py.key ? px.key < py.key : x < y;
        });
        std::vector<char> drop(plan.size(), 0);
        for (std::size_t k = 0; k < plan.size() - std::size_t(target); ++k) {
            drop[std::size_t(idx[k])] = 1;
        }
        std::vector<ResponsePlan> kept;
        kept.reserve(std::size_t(target));
        for (std::size_t i = 0; i < plan.size(); ++i) {
            if (!drop[i]) {
                kept.push_back(plan[i]);
            }
        }
        plan.swap(kept);
    } else if (int(plan.size()) < target) {
        // Extra reviews on attended session days not yet used for that measure: first the
        // wellbeing scale, then (if still short) PHQ-9 and GAD-7.
        std::vector<std::vector<std::pair<int, Day>>> used(m_clients.size());
        for (const ResponsePlan& p : plan) {
            used[std::size_t(p.client)].emplace_back(p.measure, p.day);
        }
        std::vector<std::vector<Day>> days(m_clients.size());
        std::vector<int> order;
        for (int ci = 0; ci < int(m_clients.size()); ++ci) {
            days[std::size_t(ci)] = attendedDays(m_clients[std::size_t(ci)]);
            if (!days[std::size_t(ci)].empty()) {
                order.push_back(ci);
            }
        }
        rng.shuffle(order);
        for (int round = 0; round < 3 && int(plan.size()) < target; ++round) {
            bool changed = true;
            while (changed && int(plan.size()) < target) {
                changed = false;
                for (int ci : order) {
                    const Client& c = m_clients[std::size_t(ci)];
                    const int measure = round == 0 ? wellbeingMeasure(c) : round == 1 ? Phq9 : Gad7;
                    const std::vector<Day>& d = days[std::size_t(ci)];
                    auto& u = used[std::size_t(ci)];
                    const int offset = int(rng.below(quint32(d.size())));
                    for (std::size_t k = 0; k < d.size(); ++k) {
                        const Day day = d[(std::size_t(offset) + k) % d.size()];
                        if (std::find(u.begin(), u.end(), std::make_pair(measure, day)) == u.end()) {
                            u.emplace_back(measure, day);
                            plan.push_back({ day, ci, measure, 0, 0 });
                            changed = true;
                            break;
                        }
                    }
                    if (int(plan.size()) == target) {
                        break;
                    }
                }
            }
        }
        if (int(plan.size()) < target) {
            return Error { Error::Code::InvalidInput,
                DemoGenerator::tr("The demo data could not be made at the requested size."),
                QStringLiteral("measure targets unreachable") };
        }
    }

    std::sort(plan.begin(), plan.end(), [](const ResponsePlan& x, const ResponsePlan& y) {
        if (x.day != y.day) {
            return x.day < y.day;
        }
        return x.client != y.client ? x.client < y.client : x.measure < y.measure;
    });

    BatchInsert responses, answers;
    if (Status s = responses.prepare(m_db, QStringLiteral("measure_response"),
            { QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("episode_id"),
                QStringLiteral("measure_id"), QStringLiteral("definition_version"), QStringLiteral("administered_on"),
                QStringLiteral("entered_at") });
        !s) {
        return s;
    }
    if (Status s = answers.prepare(m_db, QStringLiteral("measure_answer"),
            { QStringLiteral("response_id"), QStringLiteral("item_no"), QStringLiteral("value") });
        !s) {
        return s;
    }
    QString measureIds[MeasureCount];
    for (int m = 0; m < MeasureCount; ++m) {
        measureIds[m] = QString::fromLatin1(kMeasures[m].id);
    }
    int id = m_base.response;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        const ResponsePlan& p = plan[i];
        const Client& c = m_clients[std::size_t(p.client)];
        const Measure& m = kMeasures[p.measure];
        ++id;
        const Day entered = std::min(a, p.day + rng.weighted({ 50, 30, 10, 10 }));
        if (Status s = responses.row(id, c.id, c.episodeId, measureIds[p.measure], 1, m_dates.text(p.day),
                m_dates.stamp(entered, rng.range(9 * 3600, 17 * 3600 + 1800)));
            !s) {
            return s;
        }
        // Answers move with the person's latent level and a modest, uneven improvement over the episode.
        const double t
            = std::clamp(double(p.day - c.start) / double(std::max(1, c.lastSessionDay - c.start)), 0.0, 1.0);
        const bool wellbeing = p.measure == Wemwbs || p.measure == Swemwbs;
        const double centre = wellbeing
            ? 2.85 + 0.45 * c.level + c.improvement * t
            : (p.measure == Phq9 ? 1.40 : 1.50) - 0.40 * c.level - c.clinicalImprovement * t;
        for (int item = 1; item <= m.items; ++item) {
            double mu = centre;
            if (p.measure == Wemwbs) {
                mu += kWemwbsItemOffsets[item - 1];
            } else if (p.measure == Swemwbs) {
                mu += kWemwbsItemOffsets[kSwemwbsItems[item - 1]];
            } else if (p.measure == Phq9 && item == 9) {
                mu -= 1.8; // thoughts of self-harm: mostly "not at all"
            }
            const int value = clampInt(roundToInt(mu + 0.6 * rng.normal()), m.minValue, m.maxValue);
            if (Status s = answers.row(id, item, value); !s) {
                return s;
            }
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    if (Status s = responses.finish(); !s) {
        return s;
    }
    return answers.finish();
}

// ---------------------------------------------------------------------------------------------
// Supervision and training

Status Generator::planAndWriteSupervision()
{
    Rng rng(m_options.seed, 7);
    const Day a = m_asAt;
    const Day windowStart = a - 365;
    std::vector<SupervisionPlan> entries;
    std::vector<AttendeePlan> attendees;
    const demo::Words summaries = demo::supervisionSummaries();
    const demo::Words privateNotes = demo::supervisionPrivateNotes();

    auto firstDay = [windowStart](const Worker& w) { return std::max(windowStart, w.active + 14); };
    auto wellbeing = [&rng](const Worker& w, Day d) {
        // The literature's dip at about four months in role.
        const double dip = (d - w.active >= 90 && d - w.active <= 150) ? 1.5 : 0.0;
        const int in = clampInt(roundToInt(w.wellbeing + rng.normal() - dip), 0, 10);
        return AttendeePlan { 0, in, clampInt(in + rng.range(0, 2), 0, 10) };
    };
    auto addEntry = [&](Day day, int kind, int supervisor, int duration) -> SupervisionPlan& {
        SupervisionPlan e;
        e.day = day;
        e.kind = kind;
        e.supervisor = supervisor;
        e.duration = duration;
        e.format = kind == GroupReflective ? rng.weighted({ 80, 20, 0 }) : rng.weighted({ 65, 25, 10 });
        e.summary = int(rng.below(quint32(summaries.size())));
        e.privateNote = rng.chance(0.06) ? int(rng.below(quint32(privateNotes.size()))) : -1;
        e.firstAttendee = int(attendees.size());
        e.order = int(entries.size());
        entries.push_back(e);
        return entries.back();
    };

    // Group reflective practice: most months, each supervisor meets 3-6 of their supervisees on the
    // second Wednesday.
    std::vector<std::vector<int>> supervisees(m_workers.size());
    for (int i = 0; i < int(m_workers.size()); ++i) {
        const Worker& w = m_workers[std::size_t(i)];
        if (w.active != 0 && w.supervisor >= 0 && w.kind != Kind::PeerSupervisor) {
            supervisees[std::size_t(w.supervisor)].push_back(i);
        }
    }
    const QDate asAtDate = QDate::fromJulianDay(a);
    for (int s = 0; s < int(m_workers.size()); ++s) {
        if (supervisees[std::size_t(s)].size() < 3) {
            continue;
        }
        for (int back = 12; back >= 0; --back) {
            const QDate month = QDate(asAtDate.year(), asAtDate.month(), 1).addMonths(-back);
            const Day first = Day(month.toJulianDay());
            const Day day = first + (3 - weekday(first) + 7) % 7 + 7; // second Wednesday
            if (day > a || day < windowStart || !rng.chance(0.6)) {
                continue;
            }
            std::vector<int> eligible;
            for (int wi : supervisees[std::size_t(s)]) {
                const Worker& w = m_workers[std::size_t(wi)];
                if (w.isActiveOn(day) && day >= firstDay(w) && day <= w.lastSupervision) {
                    eligible.push_back(wi);
                }
            }
            if (eligible.size() < 3) {
                continue;
            }
            const int k = rng.range(3, std::min(6, int(eligible.size())));
            rng.chooseFront(eligible, k);
            eligible.resize(std::size_t(k));
            std::sort(eligible.begin(), eligible.end());
            SupervisionPlan& e = addEntry(day, GroupReflective, s, 90);
            e.attendees = k;
            for (int wi : eligible) {
                Worker& w = m_workers[std::size_t(wi)];
                AttendeePlan at = wellbeing(w, day);
                at.worker = wi;
                attendees.push_back(at);
                w.groupDays.push_back(day);
            }
        }
    }

    // One-to-one supervision, walking back from each worker's most recent one; a group meeting
    // near the date takes its place.
    for (int wi = 0; wi < int(m_workers.size()); ++wi) {
        const Worker& w = m_workers[std::size_t(wi)];
        if (w.active == 0) {
            continue;
        }
        const bool fortnightly = w.kind == Kind::EmployedPsw;
        for (Day d = w.lastSupervision; d >= firstDay(w); d -= fortnightly ? rng.range(12, 16) : rng.range(25, 35)) {
            if (!w.isActiveOn(d)) {
                continue;
            }
            const bool nearGroup
                = std::any_of(w.groupDays.begin(), w.groupDays.end(), [d](Day g) { return std::abs(g - d) <= 10; });
            if (nearGroup) {
                continue;
            }
            Day day = d;
            if (weekday(day) == 6) {
                day -= 1;
            } else if (weekday(day) == 7) {
                day -= 2;
            }
            int kind = Reflective;
            int duration = rng.chance(0.5) ? 45 : 60;
            const bool manages
                = w.kind == Kind::EmployedPsw || w.kind == Kind::PeerSupervisor || w.kind == Kind::NonPeerStaff;
            if (w.kind != Kind::Coordinator) {
                const double lineShare = w.kind == Kind::NonPeerStaff ? 0.7 : manages ? 0.3 : 0.0;
                const double r = rng.unit();
                if (r < lineShare) {
                    kind = LineManagement;
                    duration = rng.chance(0.5) ? 30 : 45;
                } else if (r > 0.97) {
                    kind = AdHoc;
                    duration = rng.range(4, 6) * 5;
                } else if (r > 0.955) {
                    kind = Debrief;
                    duration = 30;
                }
            }
            addEntry(day, kind, w.supervisor, duration).attendees = 1;
            AttendeePlan at = wellbeing(w, day);
            at.worker = wi;
            attendees.push_back(at);
        }
    }

    std::sort(entries.begin(), entries.end(), [](const SupervisionPlan& x, const SupervisionPlan& y) {
        return x.day != y.day ? x.day < y.day : x.order < y.order;
    });

    BatchInsert entryInsert, attendeeInsert;
    if (Status s = entryInsert.prepare(m_db, QStringLiteral("supervision_entry"),
            { QStringLiteral("id"), QStringLiteral("held_on"), QStringLiteral("duration_minutes"),
                QStringLiteral("kind"), QStringLiteral("format"), QStringLiteral("supervisor_id"),
                QStringLiteral("external_supervisor"), QStringLiteral("summary"), QStringLiteral("private_notes"),
                QStringLiteral("created_at") });
        !s) {
        return s;
    }
    if (Status s = attendeeInsert.prepare(m_db, QStringLiteral("supervision_attendee"),
            { QStringLiteral("entry_id"), QStringLiteral("worker_id"), QStringLiteral("wellbeing_in"),
                QStringLiteral("wellbeing_out") });
        !s) {
        return s;
    }
    m_supervisionRows = qint64(entries.size());
    const QString external = fromUtf8(demo::externalSupervisorName());
    int id = m_base.supervision;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const SupervisionPlan& e = entries[i];
        ++id;
        const Day created = std::min(a, e.day + rng.weighted({ 60, 30, 10 }));
        if (Status s
            = entryInsert.row(id, m_dates.text(e.day), e.duration, QString::fromLatin1(kSupervisionKinds[e.kind]),
                QString::fromLatin1(kSupervisionFormats[e.format]), orNull(e.supervisor >= 0, workerId(e.supervisor)),
                orNull(e.supervisor < 0, external), fromUtf8(summaries[std::size_t(e.summary)]),
                e.privateNote >= 0 ? QVariant(fromUtf8(privateNotes[std::size_t(e.privateNote)])) : QVariant(),
                m_dates.stamp(created, rng.range(9 * 3600, 18 * 3600)));
            !s) {
            return s;
        }
        for (int k = 0; k < e.attendees; ++k) {
            const AttendeePlan& at = attendees[std::size_t(e.firstAttendee + k)];
            if (Status s = attendeeInsert.row(id, workerId(at.worker), at.wellbeingIn, at.wellbeingOut); !s) {
                return s;
            }
        }
        if (!m_reporter.advance(qint64(i) + 1)) {
            return cancelled();
        }
    }
    if (Status s = entryInsert.finish(); !s) {
        return s;
    }
    return attendeeInsert.finish();
}

Status Generator::planAndWriteTraining()
{
    Rng rng(m_options.seed, 8);
    const Day a = m_asAt;
    std::vector<CompletionPlan> plan;
    const auto courses = demo::trainingCourses();

    // Safeguarding state of current workers on the compliance matrix: 0 in date, 1 expiring within two
    // months, 2 expired, 3 never done. Dealt out rather than drawn, so every size shows each state.
    std::vector<int> safeguarding(m_workers.size(), 0);
    {
        std::vector<int> longServing;
        std::vector<int> others;
        for (int wi = 0; wi < int(m_workers.size()); ++wi) {
            const Worker& w = m_workers[std::size_t(wi)];
            if (w.fate == Fate::Active) {
                (w.training <= a - 1140 ? longServing : others).push_back(wi);
            }
        }
        const int current = int(longServing.size() + others.size());
        rng.shuffle(longServing);
        rng.shuffle(others);
        const int lapsing = std::max(1, roundToInt(current * 0.1));
        int k = 0;
        for (int state = 1; state <= 2; ++state) {
            for (int j = 0; j < lapsing && k < int(longServing.size()); ++j) {
                safeguarding[std::size_t(longServing[std::size_t(k++)])] = state;
            }
        }
        const int missing = roundToInt(current * 0.03);
        for (int j = 0; j < missing && j < int(others.size()); ++j) {
            safeguarding[std::size_t(others[std::size_t(j)])] = 3;
        }
    }

    for (int wi = 0; wi < int(m_workers.size()); ++wi) {
        const Worker& w = m_workers[std::size_t(wi)];
        if (w.training == 0) {
            continue;
        }
        // Nothing after "as at", and nothing after someone stopped.
        const Day limit = std::min(a, w.stoppedOn - 1);
        auto add = [&](int course, Day day) {
            if (day > limit || day < w.enquiry) {
                return false;
            }
            const int refresh = courses[std::size_t(course)].refreshMonths;
            plan.push_back({ day, wi, course, refresh > 0 ? addMonths(day, refresh) : 0 });
            return true;
        };
        const Day induction = w.training + rng.range(0, 10);
        if (!add(demo::VolunteerInduction, induction)) {
            continue;
        }
        const bool peer = w.kind != Kind::NonPeerStaff;
        if (peer && w.active != 0) {
            const Day day = w.active > w.training + 8 ? rng.range(w.training + 7, w.active - 1) : w.active;
            add(demo::PeerSupportInternal, std::max(day, induction));
        }
        // Safeguarding every three years. For current workers, work back from the latest completion.
        const Day firstSafeguarding = induction + rng.range(0, 30);
        if (w.fate == Fate::Active) {
            const int state = safeguarding[std::size_t(wi)];
            if (state != 3) {
                Day latest = a - rng.range(0, 33 * 30);
                if (state == 1) {
                    latest = addMonths(a + rng.range(5, 60), -36);
                } else if (state == 2) {
                    latest = addMonths(a - rng.range(10, 300), -36);
                }
                latest = std::max(latest, firstSafeguarding);
                std::vector<Day> days { latest };
                for (Day d = addMonths(latest, -36) + rng.range(0, 60); d >= firstSafeguarding;
                     d = addMonths(d, -36) + rng.range(0, 60)) {
                    days.push_back(d);
                }
                for (auto it = days.rbegin(); it != days.rend(); ++it) {
                    add(demo::SafeguardingRefresher, *it);
                }
            }
        } else if (w.active != 0 || w.fate == Fate::InTraining) {
            Day day = firstSafeguarding;
            while (add(demo::SafeguardingRefresher, day)) {
                if (rng.chance(0.2)) {
                    break;
                }
                day = plan.back().expires - rng.range(0, 60);
            }
        }
        if (w.active == 0) {
            continue;
        }
        double accredited = 0.0;
        double sessions = 0.0;
        double trainer = 0.0;
        switch (w.kind) {
        case Kind::Coordinator:
            accredited = 1.0;
            trainer = 0.5;
            break;
        case Kind::PeerSupervisor:
            accredited = 0.8;
            trainer = 0.5;
            break;
        case Kind::EmployedPsw:
            accredited = 0.6;
            sessions = 0.3;
            break;
        case Kind::SessionalPsw:
            accredited = 0.4;
            sessions = 0.5;
            trainer = 0.1;
            break;
        case Kind::PeerTrainer:
            accredited = 0.5;
            trainer = 1.0;
            break;
        case Kind::Volunteer:
            accredited = 0.08;
            sessions = 0.4;
            break;
        case Kind::NonPeerStaff:
            break;
        }
        if (rng.chance(accredited)) {
            add(demo::AccreditedPeerSupport, w.active + rng.range(60, 700));
        }
        if (rng.chance(sessions)) {
            add(demo::PeerSessions, w.active + rng.range(20, 400));
        }
        if (rng.chance(trainer)) {
            add(demo::TrainTheTrainer, w.active + rng.range(100, 900));
        }
    }

    std::sort(plan.begin(), plan.end(), [](const CompletionPlan& x, const CompletionPlan& y) {
        if (x.day != y.day) {
            return x.day < y.day;
        }
        return x.worker != y.worker ? x.worker < y.worker : x.course < y.course;
    });
    BatchInsert insert;
    if (Status s = insert.prepare(m_db, QStringLiteral("training_completion"),
            { QStringLiteral("id"), QStringLiteral("course_id"), QStringLiteral("worker_id"),
                QStringLiteral("completed_on"), QStringLiteral("expires_on") });
        !s) {
        return s;
    }
    m_completionRows = qint64(plan.size());
    int id = m_base.completion;
    for (const CompletionPlan& c : plan) {
        if (Status s = insert.row(++id, m_courseIds[std::size_t(c.course)], workerId(c.worker), m_dates.text(c.day),
                orNull(c.expires != 0, m_dates.text(c.expires)));
            !s) {
            return s;
        }
    }
    return insert.finish();
}

Status Generator::writeSettings()
{
    auto q = sql::prepare(m_db, SqlDialect().upsertSetting());
    if (!q) {
        return q.status();
    }
    const QString name = m_options.charityName.trimmed().isEmpty() ? fromUtf8(demo::defaultCharityName())
                                                                   : m_options.charityName.trimmed();
    q.value().addBindValue(QStringLiteral("charity_name"));
    q.value().addBindValue(name);
    return sql::exec(q.value(), QStringLiteral("demo data: charity name"));
}

Status Generator::run()
{
    // Parent and child rows go out in separate batches, so a child batch may be written before
    // its parents' batch: check foreign keys at commit instead (SQLite resets this at commit).
    if (Status s = m_db.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s) {
        return s;
    }
    if (Status s = readCatalogues(); !s) {
        return s;
    }
    if (Status s = readIdBases(); !s) {
        return s;
    }

    if (!m_reporter.begin(DemoGenerator::tr("Creating the workforce"), 0.0, kWorkforceEnd, m_targets.workers)) {
        return cancelled();
    }
    planWorkforce();
    if (Status s = writeWorkforce(); !s) {
        return s;
    }

    if (!m_reporter.begin(
            DemoGenerator::tr("Adding people supported"), kWorkforceEnd, kClientsEnd, m_targets.clients)) {
        return cancelled();
    }
    planClients();
    if (Status s = writeClients(); !s) {
        return s;
    }

    if (!m_reporter.begin(DemoGenerator::tr("Adding sessions"), kClientsEnd, kSessionsEnd, m_targets.sessions)) {
        return cancelled();
    }
    if (Status s = planAndWriteSessions(); !s) {
        return s;
    }

    if (!m_reporter.begin(
            DemoGenerator::tr("Adding questionnaires"), kSessionsEnd, kMeasuresEnd, m_targets.measureResponses)) {
        return cancelled();
    }
    if (Status s = planAndWriteMeasures(); !s) {
        return s;
    }

    // Roughly one supervision entry per active worker a month, plus their group meetings.
    if (!m_reporter.begin(DemoGenerator::tr("Adding supervision and training"), kMeasuresEnd, kSupervisionEnd,
            qint64(m_targets.workers) * 12)) {
        return cancelled();
    }
    if (Status s = planAndWriteSupervision(); !s) {
        return s;
    }
    if (Status s = planAndWriteTraining(); !s) {
        return s;
    }
    return writeSettings();
}

} // namespace

DemoGenerator::Targets DemoGenerator::targets(Size size)
{
    switch (size) {
    case Size::Small:
        return { 30, 300, 5000, 1200 };
    case Size::Medium:
        return { 300, 5000, 100000, 20000 };
    case Size::Large:
        return { 2000, 50000, 1000000, 200000 };
    }
    return {};
}

bool DemoGenerator::parseSize(const QString& text, Size* size)
{
    const QString t = text.trimmed().toLower();
    Size parsed = Size::Small;
    if (t == QLatin1String("small")) {
        parsed = Size::Small;
    } else if (t == QLatin1String("medium")) {
        parsed = Size::Medium;
    } else if (t == QLatin1String("large")) {
        parsed = Size::Large;
    } else {
        return false;
    }
    if (size) {
        *size = parsed;
    }
    return true;
}

Status DemoGenerator::generate(Database& db, const Actor& actor, const Options& options, const Progress& progress)
{
    // Every role may fill a new, empty file; permissions will be checked here once accounts exist.
    Q_UNUSED(actor);

    if (db.isReadOnly()) {
        return Error { Error::Code::InvalidInput, tr("This database is open read-only, so no demo data was added."),
            {} };
    }
    const QDate asAtDate = options.asAt.isValid() ? options.asAt : Clock::instance().today();

    Transaction transaction(db);
    if (!transaction.isActive()) {
        return transaction.beginStatus();
    }
    auto people = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM person"));
    if (!people) {
        return people.status();
    }
    if (people.value().toLongLong() > 0) {
        return Error { Error::Code::InvalidInput,
            tr("This database already holds people, so no demo data was added. Demo data can only be added "
               "to a new, empty database."),
            {} };
    }

    Generator generator(db, options, Day(asAtDate.toJulianDay()), progress);
    if (Status s = generator.run(); !s) {
        return s; // the transaction rolls back as it goes out of scope
    }
    if (progress && !progress(tr("Saving"), kSupervisionEnd)) {
        return Error { Error::Code::InvalidInput, tr("Demo data generation was cancelled; nothing was added."), {} };
    }
    if (Status s = transaction.commit(); !s) {
        return s;
    }
    if (progress) {
        progress(tr("Finished"), 1.0); // too late to cancel: the data is saved
    }
    return Status::ok();
}

} // namespace alongside::core
