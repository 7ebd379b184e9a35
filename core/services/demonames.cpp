#include "demonames.h"

#include <iterator>

namespace alongside::core::demo {

namespace {

// Given names reflect the mix of a large English city: long-established British and Irish names
// beside South Asian, African, Caribbean, East Asian and Eastern European ones, across generations.
const char* const kFemale[] = {
    "Olivia",
    "Amelia",
    "Isla",
    "Ava",
    "Mia",
    "Grace",
    "Sophie",
    "Emily",
    "Chloe",
    "Jessica",
    "Hannah",
    "Lucy",
    "Ellie",
    "Megan",
    "Charlotte",
    "Rebecca",
    "Sarah",
    "Laura",
    "Emma",
    "Rachel",
    "Claire",
    "Nicola",
    "Joanne",
    "Helen",
    "Karen",
    "Susan",
    "Julie",
    "Angela",
    "Tracey",
    "Linda",
    "Margaret",
    "Patricia",
    "Janet",
    "Jean",
    "Pauline",
    "Fatima",
    "Aisha",
    "Amina",
    "Zainab",
    "Maryam",
    "Ayesha",
    "Noor",
    "Sana",
    "Priya",
    "Anjali",
    "Simran",
    "Nisha",
    "Mei",
    "Xin",
    "Chidinma",
    "Ngozi",
    "Abena",
    "Adaeze",
    "Folake",
    "Yetunde",
    "Precious",
    "Shanice",
    "Keisha",
    "Aaliyah",
    "Marcia",
    "Siobhan",
    "Aoife",
    "Niamh",
    "Ciara",
    "Róisín",
    "Ffion",
    "Cerys",
    "Siân",
    "Eilidh",
    "Kirsty",
    "Agnieszka",
    "Katarzyna",
    "Magdalena",
    "Ioana",
    "Elena",
    "Zoë",
    "Hodan",
    "Layla",
};

const char* const kMale[] = {
    "Oliver",
    "George",
    "Harry",
    "Jack",
    "Noah",
    "Leo",
    "Jacob",
    "Charlie",
    "Thomas",
    "James",
    "William",
    "Daniel",
    "Matthew",
    "Ryan",
    "Liam",
    "Connor",
    "Callum",
    "Lewis",
    "Kieran",
    "Darren",
    "Lee",
    "Wayne",
    "Gary",
    "Paul",
    "Mark",
    "Stephen",
    "Andrew",
    "David",
    "Michael",
    "Peter",
    "John",
    "Robert",
    "Brian",
    "Keith",
    "Trevor",
    "Mohammed",
    "Muhammad",
    "Ahmed",
    "Ali",
    "Hassan",
    "Imran",
    "Bilal",
    "Omar",
    "Yusuf",
    "Arjun",
    "Rohan",
    "Sanjay",
    "Vikram",
    "Raj",
    "Wei",
    "Jun",
    "Chinedu",
    "Emeka",
    "Kwame",
    "Kofi",
    "Tunde",
    "Dwayne",
    "Marcus",
    "Tyrone",
    "Jermaine",
    "Delroy",
    "Aidan",
    "Ciarán",
    "Seán",
    "Rhys",
    "Dylan",
    "Gethin",
    "Euan",
    "Fraser",
    "Piotr",
    "Tomasz",
    "Andrei",
    "Mateusz",
    "Abdi",
    "Tariq",
};

const char* const kNeutral[] = {
    "Alex",
    "Sam",
    "Jordan",
    "Charlie",
    "Robin",
    "Jamie",
    "Morgan",
    "Riley",
    "Frankie",
    "Ash",
    "Rowan",
    "Sky",
    "Kai",
    "Jesse",
    "Reese",
    "Billie",
    "Taylor",
    "Ari",
};

const char* const kFamily[] = {
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Hughes",
    "Edwards",
    "Lewis",
    "Harris",
    "Turner",
    "Hill",
    "Moore",
    "Cooper",
    "Ward",
    "Morris",
    "Patel",
    "Khan",
    "Ahmed",
    "Hussain",
    "Ali",
    "Begum",
    "Shah",
    "Iqbal",
    "Akhtar",
    "Mahmood",
    "Singh",
    "Kaur",
    "Sharma",
    "Chowdhury",
    "Rahman",
    "Islam",
    "Miah",
    "Chen",
    "Wong",
    "Li",
    "Nguyen",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Okoye",
    "Osei",
    "Abdi",
    "Mohamed",
    "Campbell",
    "Stewart",
    "Murray",
    "MacDonald",
    "Reid",
    "O'Brien",
    "O'Connor",
    "Murphy",
    "Kelly",
    "Byrne",
    "Doyle",
    "Nowak",
    "Popescu",
    "Silva",
    "Santos",
    "Pereira",
    "Costa",
    "Yilmaz",
    "Demir",
    "Haddad",
    "Gordon",
    "Francis",
    "Bailey",
    "Barnes",
    "Fletcher",
    "Hart",
    "Lloyd",
    "Price",
    "Pritchard",
    "Griffiths",
    "Llewellyn",
    "Fraser",
    "Grant",
    "Kaya",
    "Brennan",
    "Whitfield",
    "Ashworth",
};

// Outward codes only: the inward half ("5QT") is made up per person, so the full code is fictional.
const char* const kDistricts[] = {
    "M1",
    "M4",
    "M8",
    "M9",
    "M11",
    "M12",
    "M13",
    "M14",
    "M15",
    "M16",
    "M18",
    "M19",
    "M20",
    "M21",
    "M22",
    "M23",
    "M40",
    "M41",
    "SK4",
    "SK5",
    "OL8",
    "M30",
};

const char* const kReferralReasons[] = {
    "Low mood and feeling isolated",
    "Anxiety affecting day-to-day life",
    "Wants to rebuild confidence after a hospital stay",
    "Looking for support from someone with lived experience",
    "Recently bereaved and finding it hard to cope",
    "Wants to get out more and meet people",
    "Stress and difficulty sleeping",
    "Managing a long-term mental health condition",
    "Lost confidence after leaving work",
    "Would like help with next steps after therapy",
};

const char* const kFollowOnReasons[] = {
    "Wants to stay connected with peers now 1:1 support has ended",
    "Finished the wellbeing course and would like to keep going",
    "Would like ongoing peer support after mentoring",
};

const char* const kSelfDetails[] = {
    "Website",
    "Word of mouth",
    "Leaflet or poster",
    "Social media",
};

const char* const kExternalDetails[] = {
    "GP",
    "Primary care mental health team",
    "Voluntary sector organisation",
    "Community mental health team",
    "Social prescriber",
    "Housing provider",
};

const char* const kInternalDetails[] = {
    "Another service of the charity",
    "Another service of the charity",
    "Peer support group",
};

const char* const kSessionNotes[] = {
    "Talked about goals for the next few weeks.",
    "Went for a walk in the park and talked about routines.",
    "Looked at local groups and activities together.",
    "Reviewed progress and what has helped so far.",
    "Planned how to prepare for the ending.",
    "Talked through ways of coping with a difficult week.",
};

// Shareable summaries of supervision, by the session's main theme (SupervisionTheme order). Written
// as a supervisor would for the record: what was talked about, never who the people supported are.
const char* const kBoundariesSummaries[] = {
    "Talked about a mentee who has started texting late at night; agreed how to reset contact times.",
    "Reflected on saying no to an extra meeting and how that felt.",
    "Discussed where peer support ends and friendship begins with a long-standing mentee.",
};

const char* const kDisclosureSummaries[] = {
    "Reflected on how much of their own story to share in a first meeting.",
    "Talked through a disclosure that felt like too much afterwards, and what to do differently.",
    "Discussed sharing experience of medication without giving advice.",
};

const char* const kLivedExperienceSummaries[] = {
    "Reflected on using lived experience in sessions.",
    "Reflected on a session that went well and why.",
    "Talked about keeping the focus on the mentee's experience rather than their own.",
};

const char* const kCaseloadSummaries[] = {
    "Talked through caseload and upcoming endings.",
    "Reviewed caseload, hours and availability for the next month.",
    "Agreed not to take a new mentee until two current matches end.",
};

const char* const kRiskSummaries[] = {
    "A mentee spoke about thoughts of ending their life; went through what was done and the safeguarding steps.",
    "Talked through a safeguarding concern raised in a session and who was told.",
    "Reviewed a mentee's risk plan and when to contact the coordinator out of hours.",
};

const char* const kRoleClaritySummaries[] = {
    "Talked about what the role includes and what it does not.",
    "Reviewed training needs and availability.",
    "Discussed being asked by a referrer to do tasks outside the role.",
};

const char* const kWellbeingSummaries[] = {
    "Wellbeing check-in; no concerns raised.",
    "Discussed self-care and managing time.",
    "Talked about a session that brought back memories of their own experience, and what helps.",
};

const char* const kEndingsSummaries[] = {
    "Planned an ending with a mentee and how to prepare for it.",
    "Reflected on a match that ended sooner than planned.",
    "Talked about marking an ending well when a mentee moves on.",
};

const char* const kStaffSummaries[] = {
    "Talked about working alongside clinical staff.",
    "Discussed a ward round where the peer view was not heard, and how to raise it next time.",
    "Planned how to explain the peer role at a team meeting.",
};

const Words kThemeSummaries[]
    = { kBoundariesSummaries, kDisclosureSummaries, kLivedExperienceSummaries, kCaseloadSummaries, kRiskSummaries,
          kRoleClaritySummaries, kWellbeingSummaries, kEndingsSummaries, kStaffSummaries };
static_assert(std::size(kThemeSummaries) == kSupervisionThemeCount);

const char* const kDebriefSummaries[] = {
    "Debrief after a mentee became very distressed in a session; talked through what happened and what helped.",
    "Debrief after calling an ambulance for a group member; went through the steps taken and how they are now.",
    "Debrief after a safeguarding referral; reflected on the conversation and what support is there.",
};

// Agreed actions, by theme like the summaries.
const char* const kBoundariesActions[] = {
    "Agree contact times with the mentee at the next meeting",
    "Re-read the boundaries section of the peer worker handbook",
    "Bring the gift question back to the next supervision",
};

const char* const kDisclosureActions[] = {
    "Note what felt right to share and what did not, for next supervision",
    "Look at the self-disclosure guide from training",
};

const char* const kLivedExperienceActions[] = {
    "Try the three-questions approach to sharing experience in the next session",
    "Write a short reflection on a session that went well",
};

const char* const kCaseloadActions[] = {
    "Update availability on the rota",
    "Hold new matches until the next review of caseload",
    "Check which matches are due to end this quarter",
};

const char* const kRiskActions[] = {
    "Record the safeguarding concern on the referral form",
    "Check the mentee's risk plan with the coordinator",
    "Go over the out-of-hours contact list",
};

const char* const kRoleClarityActions[] = {
    "Book onto the next peer support refresher",
    "Share the role description with the referrer",
    "Look at hours and days with the coordinator",
};

const char* const kWellbeingActions[] = {
    "Update the wellbeing action plan",
    "Take the time off in lieu owed this month",
    "Try one thing from the self-care list before the next session",
};

const char* const kEndingsActions[] = {
    "Plan the last two sessions with the mentee",
    "Send the ending letter template to the mentee",
};

const char* const kStaffActions[] = {
    "Ask to join the next team meeting to explain the peer role",
    "Meet the ward manager about how referrals are made",
};

const Words kThemeActions[] = { kBoundariesActions, kDisclosureActions, kLivedExperienceActions, kCaseloadActions,
    kRiskActions, kRoleClarityActions, kWellbeingActions, kEndingsActions, kStaffActions };
static_assert(std::size(kThemeActions) == kSupervisionThemeCount);

// Actions a supervisor takes away from a session.
const char* const kSupervisorActions[] = {
    "Send the self-disclosure guide from training",
    "Find out the dates of the next peer support refresher",
    "Raise the referral question with the partner team",
    "Check with the coordinator about time off in lieu",
    "Send the reading on trauma-informed practice",
    "Follow up the safeguarding referral with the coordinator",
    "Look at caseload numbers with the coordinator",
};

const char* const kSupervisionPrivateNotes[] = {
    "Follow up on own wellbeing next time.",
    "Mentioned a busy time at home; check in again next month.",
    "Wants to talk about reducing hours; revisit next time.",
};

// The worker whose wellbeing dips: their sessions as things get harder, then better, by phase.
const char* const kDipFalling[] = {
    "Wellbeing lower this month; talked about what has changed and what helps.",
    "Said things have been harder at home; agreed to meet weekly for a while.",
    "Talked about feeling tired and finding sessions harder to prepare for.",
    "Talked about a session that hit close to home and how it stayed with them.",
    "Checked in on sleep and energy; went through what helped last time things were hard.",
};

const char* const kDipLow[] = {
    "A hard few weeks; went through the wellbeing action plan together.",
    "Still finding things hard; talked about the support in place outside work.",
    "Talked about stepping back from new matches for now and how that feels.",
    "Short session; talked about getting through the week and who to call if needed.",
};

const char* const kDipExtra[] = {
    "Extra check-in asked for; talked through a difficult week and the support in place.",
};

const char* const kDipRecovering[] = {
    "Things feeling a little easier; reviewed the pause on new matches.",
    "Talked about what has helped over the last couple of months.",
    "Sleeping better and enjoying sessions again; meeting every fortnight for now.",
    "A better few weeks; talked about pacing the return to a full caseload.",
};

const char* const kDipRecovered[] = {
    "Wellbeing picking up; agreed to go back to the usual supervision pattern.",
    "Back to the usual pattern of supervision; agreed to take one new match.",
};

const Words kDipSummaries[] = { kDipFalling, kDipLow, kDipExtra, kDipRecovering, kDipRecovered };

const char* const kDipActions[] = {
    "Pause new mentee matches until the next review",
    "Use the wellbeing action plan and get in touch between sessions if things get harder",
    "Look at the Employee Assistance Programme details together",
    "Review the pause on new matches",
};

const char* const kDipPrivateNote = "Going through a bereavement in the family; said it is fine to mention it "
                                    "in supervision but not to others yet.";

// Outside supervisors. The first supervises the coordinator; the others are clinical supervisors at
// the partner NHS trust. The people and organisations are fictional.
const ExternalSupervisor kExternalSupervisors[] = {
    { "Dr Imogen Hale", "Calder Bridge Psychology" },
    { "Dr Ruth Okafor", "Westmere Partnership NHS Foundation Trust" },
    { "Tom Brennan", "Westmere Partnership NHS Foundation Trust" },
    { "Dr Anjali Mehta", "Westmere Partnership NHS Foundation Trust" },
};

const char* const kArrangementNotes[] = {
    "Monthly external supervision, paid from core funds.",
    "Clinical supervision at the partner trust under the partnership agreement, about every six weeks.",
    "Line management; reflective supervision stays with their peer supervisor.",
    "Moved to another supervisor to even out numbers.",
    "Outside supervision until a supervisor was in post.",
};
static_assert(std::size(kArrangementNotes) == ArrangementNoteCount);

const char* const kFundingSources[] = {
    "National Lottery Community Fund",
    "Local authority public health grant",
    "NHS integrated care board contract",
    "Charitable trust grant",
    "Core funds",
};

const char* const kVolunteerLeaving[] = {
    "Moved into paid work",
    "Moved away",
    "Own health",
    "Caring responsibilities",
    "Started studying",
    "Role no longer fitted their plans",
};

const char* const kPaidLeaving[] = {
    "Funding ended",
    "New job",
    "Moved away",
    "Own health",
};

const char* const kPauseReasons[] = {
    "Own health",
    "Caring responsibilities",
    "Taking a break",
};

// Workforce profiles and recruitment (schema version 3).

const Relation kEmergencyRelationships[] = {
    { "Partner", 'a', false },
    { "Wife", 'f', true },
    { "Husband", 'm', true },
    { "Mother", 'f', true },
    { "Father", 'm', true },
    { "Sister", 'f', true },
    { "Brother", 'm', true },
    { "Daughter", 'f', true },
    { "Son", 'm', true },
    { "Friend", 'a', false },
    { "Flatmate", 'a', false },
};

const char* const kAvailabilities[] = {
    "Weekday mornings",
    "Weekday afternoons",
    "Tuesday and Thursday evenings",
    "Monday and Wednesday daytime",
    "Weekends only",
    "Flexible, with a week's notice",
    "Fridays",
    "Weekday evenings after 6pm",
    "School hours, term time only",
    "Saturday mornings and one weekday evening",
};

// The slots (Demographics::slotKeys()) each entry of kAvailabilities stands for, in the same order.
const char* const kAvailabilitySlots[] = {
    "mon_day,tue_day,wed_day,thu_day,fri_day",
    "mon_day,tue_day,wed_day,thu_day,fri_day",
    "tue_eve,thu_eve",
    "mon_day,wed_day",
    "sat_day,sat_eve,sun_day,sun_eve",
    "mon_day,mon_eve,tue_day,tue_eve,wed_day,wed_eve,thu_day,thu_eve,fri_day,fri_eve",
    "fri_day,fri_eve",
    "mon_eve,tue_eve,wed_eve,thu_eve,fri_eve",
    "mon_day,tue_day,wed_day,thu_day,fri_day",
    "sat_day,wed_eve",
};

static_assert(std::size(kAvailabilitySlots) == std::size(kAvailabilities));

// Second languages, most common first (the generator weights them by position).
const char* const kSecondLanguages[] = {
    "Urdu",
    "Polish",
    "Punjabi",
    "Arabic",
    "Bengali",
    "British Sign Language",
    "Somali",
    "Romanian",
    "Cantonese",
    "Spanish",
    "Welsh",
    "Kurdish",
};

const char* const kAccessNeeds[] = {
    "Step-free access to meeting rooms",
    "Written materials in large print",
    "Hearing loop in group sessions",
    "Regular breaks on long training days",
    "Agenda and papers sent a few days in advance",
    "A quiet room to take a break in",
    "Documents that work with a screen reader",
    "Prefers phone calls to be arranged by text first",
};

// Equality monitoring answers, free text as the record stores them ("prefer_not_to_say" is added by
// the generator). Census 2021 wording.
const char* const kSexualOrientations[] = {
    "Straight or heterosexual",
    "Gay or lesbian",
    "Bisexual",
    "Another sexual orientation",
};

const char* const kReligions[] = {
    "No religion",
    "Christian",
    "Muslim",
    "Hindu",
    "Sikh",
    "Jewish",
    "Buddhist",
    "Any other religion",
};

const char* const kRefereeRelationships[] = {
    "Current employer",
    "Former employer",
    "Volunteer manager elsewhere",
    "College tutor",
    "Personal referee, known for over five years",
    "Line manager",
    "Support worker who knows them well",
};

const char* const kVolunteerActivities[] = {
    "1:1 mentoring",
    "Peer support group",
    "Drop-in",
    "Training",
    "Admin",
};

const char* const kDisclosurePreferences[] = {
    "Happy to share with mentees in general terms",
    "Happy to share when it helps, decided case by case",
    "Share with staff and supervisors only",
    "Happy to share in training and group sessions",
    "Prefers not to share with mentees",
};

// People supported (schema version 4).

// Fictional practice names, for the odd referral whose free-text detail names the surgery.
const char* const kGpPractices[] = {
    "Parkside Medical Practice",
    "Canal Street Surgery",
    "Riverbank Health Centre",
    "Old Mill Family Practice",
    "Hollins Lane Surgery",
    "Westfield Medical Centre",
    "Brookvale Group Practice",
    "Market Square Surgery",
};

const char* const kSignpostedNotes[] = {
    "Signposted to talking therapies",
    "Signposted to a bereavement support service",
    "Signposted to debt and benefits advice",
    "Signposted to a carers' support service",
    "Wanted practical help with housing; signposted to the housing advice line",
    "Signposted to a local walking group and the library's social groups",
};

const char* const kDeclinedNotes[] = {
    "Decided it was not the right time; welcome to get back in touch",
    "Could not be reached after three attempts; letter sent",
    "Chose to stay with the support they already have",
    "Wanted a group only; chose not to go ahead when told about the wait",
};

const char* const kNotEligibleNotes[] = {
    "Lives outside the area we cover; passed details of the local service",
    "Under 18: passed to the young people's service with consent",
    "Needs more support than peer support can offer; discussed with the referrer",
};

// Short, plain and non-graphic, as a coordinator would write them at the top of a record.
const char* const kRiskNotes[] = {
    "Self-harm in the past; safety plan agreed with the GP. Check in on how things are at each session.",
    "Lives alone and can become very isolated in winter. Agreed we may contact the GP if worried.",
    "Has a care coordinator at the community mental health team; contact details on the referral.",
    "Prefers not to meet at home. Meet in public places only.",
    "Recent contact with the crisis team. Mentor to ask about support at the start of each session.",
    "Can become distressed talking about family; agreed to pause and take a break when needed.",
    "Meet in the community, not at home, until a home visit risk assessment has been done.",
    "Drinks more when low; has agreed to talk about it with the mentor and the GP.",
};

const char* const kPreferenceNotes[] = {
    "Would like to meet near the bus station",
    "Prefers a text before any phone call",
    "Would rather meet outdoors, for walks",
    "Works part time; mornings only on Fridays",
    "Would like someone a bit older",
    "Nervous about meeting new people; first meeting by phone please",
    "Needs step-free access",
};

// Goals in the person's own words, as written on the goal sheet a week or two into support.
const char* const kGoals[] = {
    "Get out of the house at least three times a week",
    "Go to the library on my own",
    "Feel less anxious on the bus",
    "Sleep better",
    "Join a walking group",
    "Ring my sister once a week",
    "Cook proper meals again",
    "Look into volunteering",
    "Go back to the gym",
    "Talk to my GP about my medication",
    "Make one new friend",
    "Go to the supermarket without panicking",
    "Sort out my benefits letters",
    "Start a college course in September",
    "Have a daily routine",
    "Go for a walk every day",
    "Feel confident enough to try a group",
    "Understand my anxiety better",
    "Get back in touch with old friends",
    "Apply for a job",
    "Say no to things without feeling guilty",
    "Take up drawing again",
    "Spend less time in bed during the day",
    "Go to my grandson's birthday party",
    "Get my flat sorted so I can have people round",
    "Be kinder to myself",
};

const char* const kContactMethods[] = {
    "Phone and text",
    "Text only",
    "Phone, text and email",
    "Email only",
    "Phone only",
    "Letters to home address",
};

const char* const kSharingServices[] = {
    "GP practice",
    "Community mental health team",
    "Primary care mental health team",
    "Housing provider",
    "Social prescriber",
    "Carers' support service",
};

const char* const kStoryNotes[] = {
    "For the annual report; first name only",
    "Happy for a quote to be used in funding bids, no name",
    "Agreed to a short case study for the newsletter",
};

// The six weeks of the wellbeing course, in order.
const char* const kCourseTopics[] = {
    "Week 1: Getting to know each other and what wellbeing means",
    "Week 2: Understanding stress and anxiety",
    "Week 3: Sleep, routine and looking after ourselves",
    "Week 4: Thoughts and feelings",
    "Week 5: Connecting with others",
    "Week 6: Staying well and next steps",
};

const char* const kGroupTopics[] = {
    "Check-in and open discussion",
    "Coping with difficult days",
    "Sleep and routines",
    "Getting through the winter",
    "Setting small goals",
    "Self-care ideas",
    "Managing worry",
    "Guest speaker: local activities and groups",
    "Walk and talk",
    "Creative session",
    "Looking back and looking forward",
};

const char* const kGroupSessionNotes[] = {
    "Met in the garden room this week",
    "Quieter week; several people away",
    "New members welcomed",
};

const CourseSpec kCourses[] = {
    { "Volunteer induction", "In-house", 1.0, 0, 0, true },
    { "Peer support training (internal)", "In-house", 1.0, 0, 0, false },
    { "Accredited peer support training", "Calder Bridge University", 11.0, 20, 0, false },
    { "The peer sessions", "In-house (co-produced)", 3.0, 0, 0, false },
    { "Train the trainer", "Calder Bridge University", 5.0, 20, 0, false },
    { "Safeguarding refresher", "In-house", 0.5, 0, 36, true },
};

static_assert(std::size(kCourses) == CourseCount);

} // namespace

Words femaleGivenNames()
{
    return kFemale;
}

Words maleGivenNames()
{
    return kMale;
}

Words neutralGivenNames()
{
    return kNeutral;
}

Words familyNames()
{
    return kFamily;
}

Words postcodeDistricts()
{
    return kDistricts;
}

Words referralReasons()
{
    return kReferralReasons;
}

Words followOnReasons()
{
    return kFollowOnReasons;
}

Words selfReferralDetails()
{
    return kSelfDetails;
}

Words externalReferralDetails()
{
    return kExternalDetails;
}

Words internalReferralDetails()
{
    return kInternalDetails;
}

Words sessionNotes()
{
    return kSessionNotes;
}

Words supervisionSummaries(int theme)
{
    return kThemeSummaries[theme];
}

Words supervisionActions(int theme)
{
    return kThemeActions[theme];
}

Words supervisorActions()
{
    return kSupervisorActions;
}

Words debriefSummaries()
{
    return kDebriefSummaries;
}

Words dipSummaries(int phase)
{
    return kDipSummaries[phase];
}

Words dipActions()
{
    return kDipActions;
}

const char* dipPrivateNote()
{
    return kDipPrivateNote;
}

Words supervisionPrivateNotes()
{
    return kSupervisionPrivateNotes;
}

Words fundingSources()
{
    return kFundingSources;
}

Words volunteerLeavingReasons()
{
    return kVolunteerLeaving;
}

Words paidLeavingReasons()
{
    return kPaidLeaving;
}

Words pauseReasons()
{
    return kPauseReasons;
}

std::span<const Relation> emergencyRelationships()
{
    return kEmergencyRelationships;
}

Words availabilities()
{
    return kAvailabilities;
}

Words secondLanguages()
{
    return kSecondLanguages;
}

Words accessNeeds()
{
    return kAccessNeeds;
}

Words sexualOrientations()
{
    return kSexualOrientations;
}

Words religions()
{
    return kReligions;
}

Words refereeRelationships()
{
    return kRefereeRelationships;
}

Words volunteerActivities()
{
    return kVolunteerActivities;
}

Words disclosurePreferences()
{
    return kDisclosurePreferences;
}

Words availabilitySlots()
{
    return kAvailabilitySlots;
}

Words gpPractices()
{
    return kGpPractices;
}

Words signpostedNotes()
{
    return kSignpostedNotes;
}

Words declinedNotes()
{
    return kDeclinedNotes;
}

Words notEligibleNotes()
{
    return kNotEligibleNotes;
}

Words riskNotes()
{
    return kRiskNotes;
}

Words preferenceNotes()
{
    return kPreferenceNotes;
}

Words goalDescriptions()
{
    return kGoals;
}

Words contactMethods()
{
    return kContactMethods;
}

Words sharingServices()
{
    return kSharingServices;
}

Words storyNotes()
{
    return kStoryNotes;
}

Words courseTopics()
{
    return kCourseTopics;
}

Words groupTopics()
{
    return kGroupTopics;
}

Words groupSessionNotes()
{
    return kGroupSessionNotes;
}

std::span<const CourseSpec> trainingCourses()
{
    return kCourses;
}

const char* defaultCharityName()
{
    return "Riverside Peer Support (demo)";
}

std::span<const ExternalSupervisor> externalSupervisors()
{
    return kExternalSupervisors;
}

const char* arrangementNote(ArrangementNote note)
{
    return kArrangementNotes[note];
}

} // namespace alongside::core::demo
