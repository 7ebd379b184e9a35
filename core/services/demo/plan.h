#pragma once

// Internal to the demo generator: the in-memory plan of the fictional charity and the Generator that
// builds and writes it, phase by phase (one .cpp file per phase).

#include "core/services/demo/support.h"
#include "core/services/demonames.h"

#include <QHash>

#include <array>
#include <initializer_list>
#include <map>
#include <utility>

namespace alongside::core::demo {

// ---------------------------------------------------------------------------------------------
// The plan of the fictional charity, built in memory and written in date order.

// Demographics::genderKeys(), in order.
enum Gender
{
    Female,
    Male,
    NonBinary,
    OtherGender,
    GenderNotStated
};

const char* const kGenderCodes[] = { "female", "male", "non_binary", "other", "not_stated" };

// Weights per ONS Census 2021 tick-box code, index 0 meaning "not stated": roughly a large city in
// the north-west of England.
constexpr std::initializer_list<int> kEthnicityWeights
    = { 40, 15, 15, 25, 60, 15, 50, 20, 10, 10, 10, 20, 10, 560, 20, 3, 3, 50, 12, 12 };

/** For e-mail addresses: "Róisín O'Brien" becomes "roisin" and "obrien". */
QString asciiLower(const QString& name);

/** Demographics::slotKeys() as bits and back: "tue_eve,thu_day" is bits 3 and 6. */
quint16 slotBits(const QString& keys);
QString slotText(quint16 bits);

/** How common a lived-experience area is (WorkforceService::livedExperienceAreaKeys()), as a weight. */
int livedExperienceWeight(const QString& key);

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

// The recruitment steps seeded by schema version 3, in order; looked up by name at run time.
enum StepIndex
{
    StepEnquiry,
    StepApplication,
    StepInterview,
    StepCodeOfConduct,
    StepLoneWorking,
    StepEquipment,
    StepCount
};

const char* const kSeedSteps[StepCount] = { "Enquiry received", "Application received", "Informal chat or interview",
    "Code of conduct signed", "Lone-working agreement signed", "Equipment issued" };

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

// Ending reasons (keys of ClientService::endingReasonKeys(); the last two are for matches only).
enum Ending
{
    PlannedEnding,
    Disengaged,
    MovedAway,
    ReferredOn,
    Rematched,
    MentorUnavailable
};

const char* const kEndingReasons[]
    = { "planned", "disengaged", "moved_away", "referred_on", "rematched", "mentor_unavailable" };

enum SourceCategory
{
    SelfReferral,
    InternalReferral,
    ExternalReferral,
    SourceCategoryCount
};

const char* const kSourceCategories[SourceCategoryCount] = { "self", "internal", "external" };

// Triage outcomes (keys of ClientService::triageOutcomeKeys()); only accepted referrals have an episode.
enum Triage
{
    NotTriaged = -1,
    Accepted,
    Signposted,
    Declined,
    NotEligible
};

const char* const kTriageOutcomes[] = { "accepted", "signposted", "declined", "not_eligible" };

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
    Exit, // the charity's own exit questionnaire (five yes / no / not applicable items and a comment)
    MeasureCount
};

const Measure kMeasures[MeasureCount] = {
    { "wemwbs", 14, 1, 5 },
    { "swemwbs", 7, 1, 5 },
    { "phq9", 9, 0, 3 },
    { "gad7", 7, 0, 3 },
    { "exit", 6, 0, 1 },
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

// The supervision themes seeded by schema version 5, in order; looked up by name at run time.
enum ThemeIndex
{
    ThemeBoundaries,
    ThemeSelfDisclosure,
    ThemeLivedExperience,
    ThemeCaseload,
    ThemeRisk,
    ThemeRoleClarity,
    ThemeOwnWellbeing,
    ThemeEndings,
    ThemeWorkingWithStaff,
    ThemeCount
};

static_assert(ThemeCount == demo::kSupervisionThemeCount);

const char* const kSeedThemes[ThemeCount] = { "Boundaries", "Self-disclosure", "Use of lived experience", "Caseload",
    "Risk or safeguarding concern", "Role clarity", "Own wellbeing and triggers", "Endings", "Working with staff" };

const char* const kSupervisorKinds[] = { "peer", "non_peer", "external" };

enum SupervisorKind
{
    PeerSupervisorKind,
    NonPeerSupervisorKind,
    ExternalSupervisorKind
};

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
    int supervisor = -1; // the main supervisor today (or when they stopped): a worker index, -1: external
    Day lastSupervision = 0;
    double wellbeing = 7.0;
    int firstArrangement = 0; // this worker's supervision arrangements: a run of Generator::m_arrangements
    int arrangementCount = 0;
    int id = 0;
    int personId = 0;
    Person person;
    std::vector<Day> groupDays;
    std::vector<Day> matchEnds; // last days of current matches (kNever: open), pruned as matching moves on
    // What matching compares (written with the profile and lived experience).
    quint16 slotMask = 0; // bit i: Demographics::slotKeys()[i]
    bool homeVisits = false;
    int secondLanguage = -1; // index into secondLanguages()
    QString languages;
    quint32 areas = 0; // bit i: WorkforceService::livedExperienceAreaKeys()[i]
    QString postcodeDistrict;
    QString postcodeArea;
    Day dbsLapsed = kNever; // from this day no DBS check at the level needed is in date

    bool isActiveOn(Day d) const { return active != 0 && active <= d && d < stoppedOn; }

    bool reachedActive() const { return active != 0; }

    /** Holds a peer role (every kind but non-peer staff) once active. */
    bool isPeer() const { return kind != Kind::NonPeerStaff; }

    /** The expected supervision interval of the role they hold (or held last), as seeded. */
    int supervisionDays() const
    {
        switch (kind) {
        case Kind::Coordinator:
            return kSeedRoles[RoleCoordinator].supervisionDays;
        case Kind::PeerSupervisor:
            return kSeedRoles[RolePeerSupervisor].supervisionDays;
        case Kind::EmployedPsw:
            return kSeedRoles[RoleEmployedPsw].supervisionDays;
        case Kind::SessionalPsw:
            return kSeedRoles[RoleSessionalPsw].supervisionDays;
        case Kind::PeerTrainer:
            return kSeedRoles[RolePeerTrainer].supervisionDays;
        case Kind::NonPeerStaff:
            return kSeedRoles[RoleNonPeerStaff].supervisionDays;
        case Kind::Volunteer:
            break;
        }
        return kSeedRoles[RoleVolunteerMentor].supervisionDays;
    }

    /** The last day they were active: "as at", or the day before they paused or left. */
    Day lastActiveDay(Day asAt) const { return std::min(asAt, stoppedOn - 1); }

    /** On today's compliance matrix: paused or active today, holding a role. */
    bool onMatrix() const { return fate == Fate::Active || fate == Fate::Paused; }
};

/**
 * One referral of a person supported, with its episode if it was accepted. A follow-on (a later
 * internal referral of the same person, into the peer support group) shares the person's client
 * row and details with their first referral.
 */
struct Client
{
    int order = 0;
    bool followOn = false;
    int worker = -1; // the worker this person later became, or -1
    Person person;
    Day referred = 0;
    int source = SelfReferral;
    int sourceEntry = -1; // index into the category's referral-detail words, -1: no sub-source
    QString sourceDetail; // free text, rarely given
    int reason = -1; // index into referralReasons(), -1: none recorded
    int triage = Accepted;
    Day triageOn = 0;
    int triageNote = -1; // index into the outcome's note words
    int component = Mentoring; // accepted referrals only
    Day start = 0;
    Day plannedEnd = 0; // 0: none
    Day ended = 0; // 0: still open
    int ending = PlannedEnding;
    Day lastSessionDay = 0;
    int weeksAvailable = 0; // courses and groups: weekly meetings between start and the last session day
    int circle = -1; // courses and groups: the class or group that meets together
    int keyWorker = -1; // connect: worker index
    // Mentoring: days from the first match's start to the planned and to the actual end, and the matches.
    int plannedDays = 0;
    int runDays = 0;
    int firstMatch = 0;
    int matchCount = 0;
    bool waiting = false; // mentoring: still waiting for a mentor on the "as at" day
    // Preferences and the record's other details.
    QString languages;
    int secondLanguage = -1; // index into secondLanguages()
    QString postcodeDistrict;
    QString postcodeArea;
    quint16 slotMask = 0;
    bool needsHomeVisits = false;
    int wantedGender = -1; // a Gender, -1: no preference
    quint32 wantedAreas = 0;
    bool wantsSharedEthnicity = false;
    bool wantsSharedLanguage = false;
    int riskNote = -1;
    Day riskUpdated = 0;
    int preferenceNote = -1;
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
    int episodeId = 0; // 0: no episode (not accepted, or not triaged yet)

    bool hasEpisode() const { return triage == Accepted; }
};

/** A mentor match: proposed, then (once started) active until it ends. */
struct MatchPlan
{
    int client = 0;
    int mentor = 0;
    Day proposed = 0;
    Day started = 0; // 0: still proposed on the "as at" day
    Day plannedEnd = 0;
    Day ended = 0; // 0: open
    int ending = PlannedEnding;
    QString reasons;
};

struct SessionPlan
{
    Day day = 0;
    int client = 0;
    int worker = -1;
    int meeting = -1; // courses and groups: index into the group meetings
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

/**
 * Who supervised a worker from when to when: a main supervisor (one at a time, changing when a
 * supervisor arrives or caseloads are evened out) and, for some, a second one alongside.
 */
struct ArrangementPlan
{
    int worker = 0;
    int supervisor = -1; // worker index, -1: external
    int external = 0; // index into demo::externalSupervisors(), when external
    Day from = 0;
    Day to = kNever; // the last day, kNever: continuing
    bool second = false;
    int note = -1; // a demo::ArrangementNote, -1: none

    bool covers(Day d) const { return from <= d && d <= to; }
};

/**
 * The hard time of the worker whose wellbeing dips: it falls for seven weeks, stays low for three,
 * comes back part of the way over nine, then creeps up.
 */
struct DipPlan
{
    Day start = 0; // wellbeing starts to fall
    Day low = 0; // at its lowest from this day ...
    Day lowEnd = 0; // ... to the day before this one
    Day recovered = 0; // back part of the way
    Day extra = 0; // the extra session they asked for; no new mentees from then until recovered
};

enum DipPhase
{
    DipFalling,
    DipLow,
    DipExtraSession,
    DipRecovering,
    DipRecovered
};

struct SupervisionPlan
{
    Day day = 0;
    int kind = Reflective;
    int supervisor = -1; // worker index, -1: external
    int external = 0; // index into demo::externalSupervisors(), when external
    int dipPhase = -1; // the dip worker's sessions in and just after their hard time: a DipPhase
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
    bool previousEmployer = false; // a certificate brought from a previous role, recorded at training
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
    int arrangement = 0;
    int action = 0;
    int completion = 0;
    int response = 0;
    int groupSession = 0;
};

struct MeetingPlan
{
    Day day = 0;
    int circle = 0;
    int component = Group;
    int worker = -1;
    int week = 0; // courses: which week of the course
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
    Status preparePersonInsert(BatchInsert& insert);
    Status insertPerson(BatchInsert& insert, int id, const Person& p, const QString& createdAt);

    void planWorkforce();
    Status writeWorkforce();
    Status writeRecruitment();
    Status writeDbsChecks();
    Status writeLivedExperience();
    Status writeVolunteerHours();
    QString staffName(Rng& rng, Day day) const;
    void planClients();
    double mentoringShare(int referrals) const;
    void planPreferences(Rng& rng, Client& c);
    void planEpisode(Rng& rng, Client& c);
    void assignMentors(Rng& rng);
    void addFollowOns(Rng& rng);
    void assignCircles();
    QString matchReasons(const Client& c, const Worker& w, int currentMentees, Day day) const;
    int pickWorker(Rng& rng, const std::vector<int>& pool, Day from, Day to);
    int facilitator(Rng& rng, int circle, Day day);
    Status writeClients();
    Status writeConsent();
    Status writeGoals();
    Status planAndWriteSessions();
    Status planAndWriteMeasures();
    void planSupervisionLines();
    const ArrangementPlan* arrangementOn(int worker, Day day, bool second) const;
    int supervisorKind(int supervisor) const;
    Status writeArrangements();
    Status planAndWriteSupervision();
    Status writeSupervision(const std::vector<SupervisionPlan>& entries, const std::vector<AttendeePlan>& attendees);
    Status planAndWriteTraining();
    Status planAndWriteInvolvement();
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
    std::array<int, StepCount> m_stepIds {};
    std::array<int, ThemeCount> m_themeIds {};
    std::array<std::vector<int>, SourceCategoryCount> m_sourceIds; // per category, by detail-word index
    IdBases m_base;

    QHash<QString, int> m_emailCounts; // lookups only: never iterated, so it cannot affect row order
    std::vector<Worker> m_workers;
    std::vector<Client> m_clients;
    std::vector<SessionPlan> m_sessions;
    std::vector<MatchPlan> m_matches;
    std::vector<MeetingPlan> m_meetings;
    int m_coordinator = 0;
    std::vector<int> m_staff; // coordinator, peer supervisors and non-peer staff: who signs things off
    std::vector<int> m_mentors;
    std::vector<int> m_deliverers;
    std::vector<int> m_facilitators;
    std::map<qint64, int> m_facilitatorByDay; // (circle, day) -> worker; ordered: deterministic
    std::vector<ArrangementPlan> m_arrangements;
    int m_dipWorker = -1; // the worker whose wellbeing dips in the last year, -1: none
    DipPlan m_dip;
    qint64 m_supervisionRows = 0;
    qint64 m_completionRows = 0;
};

// Phase boundaries of the progress bar, by how long each phase takes.
constexpr double kWorkforceEnd = 0.03;
constexpr double kClientsEnd = 0.10;
constexpr double kSessionsEnd = 0.55;
constexpr double kMeasuresEnd = 0.87;
constexpr double kSupervisionEnd = 0.95;

} // namespace alongside::core::demo
