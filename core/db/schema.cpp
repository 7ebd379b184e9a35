#include "schema.h"

#include "core/db/sql.h"
#include "core/db/sqldialect.h"

#include <QCoreApplication>
#include <QStringList>

namespace alongside::core::schema {

namespace {

// Version 1: the entities of the foundation. Portable SQL: see SqlDialect for {id} and {blob}.
// Dates are ISO-8601 TEXT (yyyy-MM-dd), timestamps ISO-8601 UTC; booleans are INTEGER 0/1.
// Child rows cascade with their parent (so erasing a person later removes everything about them);
// references to a worker from someone else's record are set to NULL instead.
const char* const kVersion1[] = {
    R"(CREATE TABLE person (
        id {id},
        given_name TEXT NOT NULL,
        family_name TEXT NOT NULL DEFAULT '',
        known_as TEXT,
        date_of_birth TEXT,
        gender TEXT,
        ethnicity TEXT,
        email TEXT,
        phone TEXT,
        postcode TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE INDEX person_name ON person (family_name, given_name))",

    R"(CREATE TABLE role_type (
        id {id},
        name TEXT NOT NULL UNIQUE,
        is_peer INTEGER NOT NULL DEFAULT 1 CHECK (is_peer IN (0, 1)),
        default_pay_basis TEXT NOT NULL CHECK (default_pay_basis IN ('unpaid', 'sessional', 'paid')),
        supervision_interval_days INTEGER CHECK (supervision_interval_days > 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))))",

    R"(CREATE TABLE worker (
        id {id},
        person_id INTEGER NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
        max_mentees INTEGER CHECK (max_mentees >= 0),
        created_at TEXT NOT NULL))",

    R"(CREATE TABLE worker_status (
        id {id},
        worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('enquiry', 'applicant', 'in_training', 'active', 'paused', 'left')),
        since TEXT NOT NULL,
        reason TEXT))",
    R"(CREATE INDEX worker_status_worker ON worker_status (worker_id, since))",

    R"(CREATE TABLE worker_role (
        id {id},
        worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
        role_type_id INTEGER NOT NULL REFERENCES role_type (id),
        pay_basis TEXT NOT NULL CHECK (pay_basis IN ('unpaid', 'sessional', 'paid')),
        hours_per_week REAL CHECK (hours_per_week >= 0),
        funding_source TEXT,
        funding_ends_on TEXT,
        starts_on TEXT NOT NULL,
        ends_on TEXT,
        CHECK (ends_on IS NULL OR ends_on >= starts_on)))",
    R"(CREATE INDEX worker_role_worker ON worker_role (worker_id, starts_on))",

    R"(CREATE TABLE service_component (
        id {id},
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('mentoring', 'connect', 'course', 'group', 'other')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))))",

    R"(CREATE TABLE client (
        id {id},
        person_id INTEGER NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
        risk_note TEXT,
        created_at TEXT NOT NULL))",

    R"(CREATE TABLE referral (
        id {id},
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        referred_on TEXT NOT NULL,
        source_category TEXT NOT NULL CHECK (source_category IN ('self', 'internal', 'external')),
        source_detail TEXT,
        reason TEXT,
        triage_outcome TEXT))",
    R"(CREATE INDEX referral_client ON referral (client_id))",
    R"(CREATE INDEX referral_date ON referral (referred_on))",

    R"(CREATE TABLE episode (
        id {id},
        referral_id INTEGER NOT NULL REFERENCES referral (id) ON DELETE CASCADE,
        component_id INTEGER NOT NULL REFERENCES service_component (id),
        starts_on TEXT NOT NULL,
        planned_end_on TEXT,
        ended_on TEXT,
        ending_reason TEXT,
        CHECK (ended_on IS NULL OR ended_on >= starts_on)))",
    R"(CREATE INDEX episode_referral ON episode (referral_id))",
    R"(CREATE INDEX episode_dates ON episode (starts_on, ended_on))",

    R"(CREATE TABLE session (
        id {id},
        episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
        held_on TEXT NOT NULL,
        duration_minutes INTEGER CHECK (duration_minutes >= 0),
        mode TEXT NOT NULL CHECK (mode IN ('face_to_face', 'telephone', 'video', 'home_visit', 'group')),
        attendance TEXT NOT NULL CHECK (attendance IN ('attended', 'did_not_attend', 'cancelled_by_client',
                                                        'cancelled_by_service')),
        worker_id INTEGER REFERENCES worker (id) ON DELETE SET NULL,
        note TEXT))",
    R"(CREATE INDEX session_episode ON session (episode_id, held_on))",
    R"(CREATE INDEX session_date ON session (held_on))",
    R"(CREATE INDEX session_worker ON session (worker_id))",

    R"(CREATE TABLE mentor_match (
        id {id},
        episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
        mentor_id INTEGER NOT NULL REFERENCES worker (id),
        status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'ended')),
        proposed_on TEXT NOT NULL,
        started_on TEXT,
        planned_end_on TEXT,
        ended_on TEXT,
        ending_reason TEXT))",
    R"(CREATE INDEX mentor_match_episode ON mentor_match (episode_id))",
    R"(CREATE INDEX mentor_match_mentor ON mentor_match (mentor_id, status))",

    R"(CREATE TABLE supervision_entry (
        id {id},
        held_on TEXT NOT NULL,
        duration_minutes INTEGER CHECK (duration_minutes >= 0),
        kind TEXT NOT NULL CHECK (kind IN ('line_management', 'reflective', 'group_reflective', 'debrief', 'ad_hoc')),
        format TEXT,
        supervisor_id INTEGER REFERENCES worker (id) ON DELETE SET NULL,
        external_supervisor TEXT,
        summary TEXT,
        private_notes TEXT,
        created_at TEXT NOT NULL))",
    R"(CREATE INDEX supervision_date ON supervision_entry (held_on))",

    R"(CREATE TABLE supervision_attendee (
        entry_id INTEGER NOT NULL REFERENCES supervision_entry (id) ON DELETE CASCADE,
        worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
        wellbeing_in INTEGER CHECK (wellbeing_in BETWEEN 0 AND 10),
        wellbeing_out INTEGER CHECK (wellbeing_out BETWEEN 0 AND 10),
        PRIMARY KEY (entry_id, worker_id)))",
    R"(CREATE INDEX supervision_attendee_worker ON supervision_attendee (worker_id))",

    R"(CREATE TABLE training_course (
        id {id},
        title TEXT NOT NULL UNIQUE,
        provider TEXT,
        length_days REAL CHECK (length_days > 0),
        credits INTEGER CHECK (credits >= 0),
        refresh_months INTEGER CHECK (refresh_months > 0),
        mandatory INTEGER NOT NULL DEFAULT 0 CHECK (mandatory IN (0, 1))))",

    R"(CREATE TABLE training_completion (
        id {id},
        course_id INTEGER NOT NULL REFERENCES training_course (id),
        worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
        completed_on TEXT NOT NULL,
        expires_on TEXT,
        certificate_name TEXT,
        certificate {blob},
        CHECK (expires_on IS NULL OR expires_on >= completed_on)))",
    R"(CREATE INDEX training_completion_worker ON training_completion (worker_id, course_id))",

    R"(CREATE TABLE measure_response (
        id {id},
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        episode_id INTEGER REFERENCES episode (id) ON DELETE SET NULL,
        measure_id TEXT NOT NULL,
        definition_version INTEGER NOT NULL,
        administered_on TEXT NOT NULL,
        total REAL,
        band TEXT,
        entered_at TEXT NOT NULL))",
    R"(CREATE INDEX measure_response_client ON measure_response (client_id, measure_id, administered_on))",
    R"(CREATE INDEX measure_response_episode ON measure_response (episode_id))",

    // Item-level answers: totals and bands are derived from these by the measure engine.
    R"(CREATE TABLE measure_answer (
        response_id INTEGER NOT NULL REFERENCES measure_response (id) ON DELETE CASCADE,
        item_no INTEGER NOT NULL CHECK (item_no >= 1),
        value INTEGER,
        text_value TEXT,
        PRIMARY KEY (response_id, item_no)))",

    R"(CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT))",
};

// Version 2: accounts and the audit trail (see core/auth and core/audit).
// User names are stored lower-case so that "Sam" and "sam" are one account on any database.
// The audit log has no foreign keys: its entries must outlive the accounts and records they name.
const char* const kVersion2[] = {
    R"(CREATE TABLE account (
        id {id},
        user_name TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL CHECK (role IN ('administrator', 'coordinator', 'supervisor', 'trustee', 'read_only')),
        worker_id INTEGER REFERENCES worker (id) ON DELETE SET NULL,
        password_hash TEXT NOT NULL,
        kdf_algorithm TEXT NOT NULL,
        kdf_salt {blob} NOT NULL,
        kdf_ops_limit INTEGER NOT NULL,
        kdf_mem_limit INTEGER NOT NULL,
        must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        locked_until TEXT,
        last_login_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE audit_log (
        seq INTEGER NOT NULL PRIMARY KEY CHECK (seq >= 1),
        at TEXT NOT NULL,
        account_id INTEGER,
        user_name TEXT NOT NULL,
        role TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL DEFAULT '',
        record_id TEXT NOT NULL DEFAULT '',
        fields TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL))",
    R"(CREATE INDEX audit_log_at ON audit_log (at))",
    R"(CREATE INDEX audit_log_user ON audit_log (user_name, at))",
    "{append_only:audit_log}",
};

// Version 3: the workforce (issue 4). Profile fields join worker; equality-monitoring answers are
// free text where "prefer_not_to_say" is a value of its own and NULL means "not asked".
// worker_lived_experience is SENSITIVE (see schema::sensitiveFields): it lives in its own table so
// that no query that lists workers can pick it up by accident.
const char* const kVersion3[] = {
    "ALTER TABLE person ADD COLUMN address TEXT",
    "ALTER TABLE worker ADD COLUMN emergency_contact_name TEXT",
    "ALTER TABLE worker ADD COLUMN emergency_contact_relationship TEXT",
    "ALTER TABLE worker ADD COLUMN emergency_contact_phone TEXT",
    "ALTER TABLE worker ADD COLUMN availability TEXT",
    "ALTER TABLE worker ADD COLUMN languages TEXT",
    "ALTER TABLE worker ADD COLUMN access_needs TEXT",
    "ALTER TABLE worker ADD COLUMN disability TEXT",
    "ALTER TABLE worker ADD COLUMN sexual_orientation TEXT",
    "ALTER TABLE worker ADD COLUMN religion TEXT",
    "ALTER TABLE worker ADD COLUMN updated_at TEXT",

    R"(ALTER TABLE role_type ADD COLUMN dbs_level TEXT
        CHECK (dbs_level IS NULL OR dbs_level IN ('basic', 'standard', 'enhanced', 'enhanced_barred')))",
    R"(ALTER TABLE role_type ADD COLUMN references_required INTEGER NOT NULL DEFAULT 2
        CHECK (references_required BETWEEN 0 AND 5))",
    "UPDATE role_type SET dbs_level = 'enhanced' WHERE is_peer = 1",

    R"(CREATE TABLE recruitment_step (
        id {id},
        name TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1))))",

    R"(CREATE TABLE worker_step (
        id {id},
        worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
        step_id INTEGER NOT NULL REFERENCES recruitment_step (id),
        done_on TEXT NOT NULL,
        done_by TEXT,
        note TEXT,
        UNIQUE (worker_id, step_id)))",

    R"(CREATE TABLE worker_reference (
        id {id},
        worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
        referee_name TEXT NOT NULL,
        relationship TEXT,
        contact TEXT,
        requested_on TEXT,
        received_on TEXT,
        satisfactory INTEGER CHECK (satisfactory IS NULL OR satisfactory IN (0, 1)),
        note TEXT,
        CHECK (received_on IS NULL OR requested_on IS NULL OR received_on >= requested_on)))",
    R"(CREATE INDEX worker_reference_worker ON worker_reference (worker_id))",

    R"(CREATE TABLE dbs_check (
        id {id},
        worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('basic', 'standard', 'enhanced', 'enhanced_barred')),
        certificate_number TEXT,
        issued_on TEXT NOT NULL,
        update_service INTEGER NOT NULL DEFAULT 0 CHECK (update_service IN (0, 1)),
        recheck_due_on TEXT,
        note TEXT,
        CHECK (recheck_due_on IS NULL OR recheck_due_on > issued_on)))",
    R"(CREATE INDEX dbs_check_worker ON dbs_check (worker_id, issued_on))",

    R"(CREATE TABLE volunteer_hours (
        id {id},
        worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
        worked_on TEXT NOT NULL,
        hours REAL NOT NULL CHECK (hours > 0 AND hours <= 24),
        activity TEXT))",
    R"(CREATE INDEX volunteer_hours_worker ON volunteer_hours (worker_id, worked_on))",
    R"(CREATE INDEX volunteer_hours_date ON volunteer_hours (worked_on))",

    R"(CREATE TABLE worker_lived_experience (
        worker_id INTEGER NOT NULL PRIMARY KEY REFERENCES worker (id) ON DELETE CASCADE,
        consent_on TEXT NOT NULL,
        areas TEXT NOT NULL DEFAULT '',
        disclosure TEXT,
        note TEXT,
        updated_at TEXT NOT NULL))",

    "ALTER TABLE training_course ADD COLUMN length_hours REAL CHECK (length_hours IS NULL OR length_hours > 0)",
    "ALTER TABLE training_course ADD COLUMN accreditation TEXT",
    "ALTER TABLE training_course ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))",
    R"(CREATE TABLE course_role (
        course_id INTEGER NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
        role_type_id INTEGER NOT NULL REFERENCES role_type (id) ON DELETE CASCADE,
        PRIMARY KEY (course_id, role_type_id)))",
    R"(CREATE TABLE competence (
        id {id},
        domain TEXT NOT NULL,
        title TEXT NOT NULL,
        UNIQUE (domain, title)))",
    R"(CREATE TABLE course_competence (
        course_id INTEGER NOT NULL REFERENCES training_course (id) ON DELETE CASCADE,
        competence_id INTEGER NOT NULL REFERENCES competence (id) ON DELETE CASCADE,
        PRIMARY KEY (course_id, competence_id)))",
    "ALTER TABLE training_completion ADD COLUMN provider TEXT",
    "ALTER TABLE training_completion ADD COLUMN credits INTEGER CHECK (credits IS NULL OR credits >= 0)",
    "ALTER TABLE training_completion ADD COLUMN note TEXT",
    "ALTER TABLE training_completion ADD COLUMN recorded_by TEXT",
    R"(CREATE INDEX training_completion_course ON training_completion (course_id, completed_on))",
};

// Version 4: people supported and matching (issue 5). Referral sub-sources become a catalogue; episode,
// match and triage outcomes become keys (what the old free text said is kept in the *_note columns);
// consent is per person and purpose; goals; group sessions with one attendance row per person;
// the preferences that matching ranks mentors by. At most one active match per episode.
const char* const kVersion4[] = {
    R"(CREATE TABLE referral_source (
        id {id},
        category TEXT NOT NULL CHECK (category IN ('self', 'internal', 'external')),
        name TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        UNIQUE (category, name)))",
    "ALTER TABLE referral ADD COLUMN source_id INTEGER REFERENCES referral_source (id)",
    "ALTER TABLE referral ADD COLUMN triage_on TEXT",
    "ALTER TABLE referral ADD COLUMN triage_note TEXT",
    R"(INSERT INTO referral_source (category, name)
        SELECT DISTINCT source_category, trim(source_detail) FROM referral
        WHERE source_detail IS NOT NULL AND trim(source_detail) <> '')",
    R"(UPDATE referral SET source_id = (SELECT s.id FROM referral_source s
        WHERE s.category = referral.source_category AND s.name = trim(referral.source_detail)),
        source_detail = NULL
        WHERE source_detail IS NOT NULL AND trim(source_detail) <> '')",
    R"(UPDATE referral SET triage_note = triage_outcome WHERE triage_outcome IS NOT NULL
        AND lower(triage_outcome) NOT IN ('accepted', 'signposted', 'declined', 'not_eligible', 'waiting'))",
    R"(UPDATE referral SET triage_outcome = CASE WHEN lower(triage_outcome)
        IN ('accepted', 'signposted', 'declined', 'not_eligible', 'waiting') THEN lower(triage_outcome) END)",

    "ALTER TABLE episode ADD COLUMN ending_note TEXT",
    R"(UPDATE episode SET ending_note = ending_reason WHERE ending_reason IS NOT NULL
        AND lower(ending_reason) NOT IN ('planned ending', 'disengaged', 'moved away', 'referred on'))",
    R"(UPDATE episode SET ending_reason = CASE lower(ending_reason) WHEN 'planned ending' THEN 'planned'
        WHEN 'disengaged' THEN 'disengaged' WHEN 'moved away' THEN 'moved_away' WHEN 'referred on' THEN 'referred_on'
        ELSE (CASE WHEN ended_on IS NULL THEN NULL ELSE 'other' END) END)",
    "ALTER TABLE mentor_match ADD COLUMN ending_note TEXT",
    "ALTER TABLE mentor_match ADD COLUMN reasons TEXT",
    R"(UPDATE mentor_match SET ending_note = ending_reason WHERE ending_reason IS NOT NULL
        AND lower(ending_reason) NOT IN ('planned ending', 'disengaged', 'moved away', 'referred on'))",
    R"(UPDATE mentor_match SET ending_reason = CASE lower(ending_reason) WHEN 'planned ending' THEN 'planned'
        WHEN 'disengaged' THEN 'disengaged' WHEN 'moved away' THEN 'moved_away' WHEN 'referred on' THEN 'referred_on'
        ELSE (CASE WHEN status = 'ended' THEN 'other' END) END)",
    // Two active matches in one episode were never possible through Alongside; end all but the
    // newest so that the rule below can hold for any file.
    R"(UPDATE mentor_match SET status = 'ended', ending_reason = 'rematched',
        ended_on = COALESCE(ended_on, started_on, proposed_on)
        WHERE status = 'active' AND id NOT IN (SELECT MAX(id) FROM mentor_match WHERE status = 'active'
                                               GROUP BY episode_id))",
    "CREATE UNIQUE INDEX mentor_match_one_active ON mentor_match (episode_id) WHERE status = 'active'",

    "ALTER TABLE client ADD COLUMN risk_updated_on TEXT",
    "ALTER TABLE client ADD COLUMN languages TEXT",
    "ALTER TABLE client ADD COLUMN availability TEXT",
    "ALTER TABLE client ADD COLUMN needs_home_visits INTEGER NOT NULL DEFAULT 0 CHECK (needs_home_visits IN (0, 1))",
    "ALTER TABLE client ADD COLUMN wanted_gender TEXT",
    "ALTER TABLE client ADD COLUMN wanted_shared_areas TEXT",
    "ALTER TABLE client ADD COLUMN wants_shared_ethnicity INTEGER NOT NULL DEFAULT 0 CHECK (wants_shared_ethnicity IN "
    "(0, 1))",
    "ALTER TABLE client ADD COLUMN wants_shared_language INTEGER NOT NULL DEFAULT 0 CHECK (wants_shared_language IN "
    "(0, 1))",
    "ALTER TABLE client ADD COLUMN preference_note TEXT",
    "ALTER TABLE client ADD COLUMN updated_at TEXT",
    "ALTER TABLE worker ADD COLUMN available_slots TEXT",
    "ALTER TABLE worker ADD COLUMN home_visits INTEGER NOT NULL DEFAULT 0 CHECK (home_visits IN (0, 1))",

    R"(CREATE TABLE consent (
        id {id},
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN ('service', 'evaluation', 'sharing', 'contact', 'story')),
        given_on TEXT NOT NULL,
        detail TEXT,
        withdrawn_on TEXT,
        recorded_by TEXT,
        note TEXT,
        CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)))",
    R"(CREATE INDEX consent_person ON consent (person_id, purpose))",

    R"(CREATE TABLE goal (
        id {id},
        client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
        episode_id INTEGER REFERENCES episode (id) ON DELETE SET NULL,
        description TEXT NOT NULL,
        set_on TEXT NOT NULL,
        progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        achieved_on TEXT,
        CHECK (achieved_on IS NULL OR achieved_on >= set_on)))",
    R"(CREATE INDEX goal_client ON goal (client_id, set_on))",

    R"(CREATE TABLE group_session (
        id {id},
        component_id INTEGER NOT NULL REFERENCES service_component (id),
        held_on TEXT NOT NULL,
        duration_minutes INTEGER CHECK (duration_minutes >= 0),
        worker_id INTEGER REFERENCES worker (id) ON DELETE SET NULL,
        topic TEXT,
        note TEXT))",
    R"(CREATE INDEX group_session_date ON group_session (component_id, held_on))",
    "ALTER TABLE session ADD COLUMN group_session_id INTEGER REFERENCES group_session (id) ON DELETE CASCADE",
    R"(CREATE INDEX session_group ON session (group_session_id))",
};

// Version 5: supervision as BRIEF §6 describes it. Who supervises whom (a worker can have two
// supervisors, and a supervisor may be a peer, a non-peer or someone outside the charity); the
// themes a session touched, from a list the charity keeps; agreed actions with an owner and due
// and done dates; sign-off by the supervisor and by each person supervised.
const char* const kVersion5[] = {
    R"(CREATE TABLE supervision_arrangement (
        id {id},
        worker_id INTEGER NOT NULL REFERENCES worker (id) ON DELETE CASCADE,
        supervisor_id INTEGER REFERENCES worker (id) ON DELETE CASCADE,
        external_supervisor TEXT,
        supervisor_kind TEXT NOT NULL CHECK (supervisor_kind IN ('peer', 'non_peer', 'external')),
        organisation TEXT,
        starts_on TEXT NOT NULL,
        ends_on TEXT,
        note TEXT,
        CHECK ((supervisor_id IS NULL) <> (external_supervisor IS NULL)),
        CHECK (supervisor_id IS NULL OR supervisor_id <> worker_id),
        CHECK (ends_on IS NULL OR ends_on >= starts_on)))",
    R"(CREATE INDEX supervision_arrangement_worker ON supervision_arrangement (worker_id))",
    R"(CREATE INDEX supervision_arrangement_supervisor ON supervision_arrangement (supervisor_id))",

    "ALTER TABLE supervision_entry ADD COLUMN supervisor_kind TEXT CHECK (supervisor_kind IN ('peer', 'non_peer', "
    "'external'))",
    "ALTER TABLE supervision_entry ADD COLUMN supervisor_signed_on TEXT",
    "ALTER TABLE supervision_entry ADD COLUMN updated_at TEXT",
    "ALTER TABLE supervision_attendee ADD COLUMN signed_on TEXT",
    // What kind of supervisor each existing entry had: an outside name is external; a worker is a
    // peer if on that day they held a role marked as a peer role, and a non-peer otherwise.
    R"(UPDATE supervision_entry SET supervisor_kind = CASE
        WHEN supervisor_id IS NULL AND external_supervisor IS NOT NULL THEN 'external'
        WHEN supervisor_id IS NULL THEN NULL
        WHEN EXISTS (SELECT 1 FROM worker_role r JOIN role_type t ON t.id = r.role_type_id
                     WHERE r.worker_id = supervision_entry.supervisor_id AND t.is_peer = 1
                       AND r.starts_on <= supervision_entry.held_on
                       AND (r.ends_on IS NULL OR r.ends_on >= supervision_entry.held_on)) THEN 'peer'
        ELSE 'non_peer' END)",

    // Each worker's supervisor is taken, on upgrade, to be the one of their most recent one-to-one
    // session, from the first session they had together.
    R"(INSERT INTO supervision_arrangement (worker_id, supervisor_id, external_supervisor, supervisor_kind, starts_on)
        SELECT a.worker_id, e.supervisor_id, CASE WHEN e.supervisor_id IS NULL THEN e.external_supervisor END,
            e.supervisor_kind,
            (SELECT MIN(e2.held_on) FROM supervision_entry e2 JOIN supervision_attendee a2 ON a2.entry_id = e2.id
             WHERE a2.worker_id = a.worker_id AND e2.supervisor_id IS e.supervisor_id
               AND (e.supervisor_id IS NOT NULL OR e2.external_supervisor IS e.external_supervisor))
        FROM supervision_attendee a JOIN supervision_entry e ON e.id = a.entry_id
        WHERE e.supervisor_kind IS NOT NULL AND e.id = (
            SELECT e3.id FROM supervision_entry e3 JOIN supervision_attendee a3 ON a3.entry_id = e3.id
            WHERE a3.worker_id = a.worker_id AND e3.kind <> 'group_reflective' AND e3.supervisor_kind IS NOT NULL
              AND e3.supervisor_id IS NOT a.worker_id
            ORDER BY e3.held_on DESC, e3.id DESC LIMIT 1))",

    R"(CREATE TABLE supervision_theme (
        id {id},
        name TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))))",
    R"(CREATE TABLE supervision_entry_theme (
        entry_id INTEGER NOT NULL REFERENCES supervision_entry (id) ON DELETE CASCADE,
        theme_id INTEGER NOT NULL REFERENCES supervision_theme (id),
        PRIMARY KEY (entry_id, theme_id)))",
    R"(CREATE INDEX supervision_entry_theme_theme ON supervision_entry_theme (theme_id))",

    R"(CREATE TABLE supervision_action (
        id {id},
        entry_id INTEGER NOT NULL REFERENCES supervision_entry (id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        owner_id INTEGER REFERENCES worker (id) ON DELETE SET NULL,
        owner_text TEXT,
        due_on TEXT,
        done_on TEXT))",
    R"(CREATE INDEX supervision_action_entry ON supervision_action (entry_id))",
    R"(CREATE INDEX supervision_action_open ON supervision_action (done_on, due_on))",
};

// Version 6: outcome measures kept in the database. measure_definition holds questionnaires as JSON
// in the format MeasureLoader reads: a charity's own ('custom') and a charity's changed bands or
// thresholds of a shipped measure ('adjusted'). Every change is a new version, so an old response
// is always read with the version that scored it. A response also keeps what the engine gave (the
// reported score, e.g. the SWEMWBS metric; whether the total was prorated) and the risk prompt: a
// risk item answered above its threshold is flagged, and who saw the prompt and when is recorded.
const char* const kVersion6[] = {
    R"(CREATE TABLE measure_definition (
        id {id},
        measure_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        json TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('custom', 'adjusted')),
        created_at TEXT NOT NULL,
        created_by TEXT,
        UNIQUE (measure_id, version)))",

    "ALTER TABLE measure_response ADD COLUMN metric REAL",
    "ALTER TABLE measure_response ADD COLUMN prorated INTEGER NOT NULL DEFAULT 0 CHECK (prorated IN (0, 1))",
    "ALTER TABLE measure_response ADD COLUMN risk_flagged INTEGER NOT NULL DEFAULT 0 CHECK (risk_flagged IN (0, 1))",
    "ALTER TABLE measure_response ADD COLUMN risk_acknowledged_by TEXT",
    "ALTER TABLE measure_response ADD COLUMN risk_acknowledged_at TEXT",
};

// Version 7: co-production and stories (issue 8). Involvement groups (the co-production group, a
// volunteers' peer support group...) and their meetings: attendance with each person's standing at
// the time (a person in the database, or a stakeholder recorded by name and organisation), decisions
// with "what changed because of it", and actions with an owner and due date. Stories written by or
// with someone, resting on that person's consent to use a story: the consent row is linked, so
// withdrawing it (or removing it) takes the story out of every later report. story.body, the words
// as written, is never reported; reports use only the anonymised text.
const char* const kVersion7[] = {
    R"(CREATE TABLE involvement_group (
        id {id},
        name TEXT NOT NULL UNIQUE,
        purpose TEXT,
        meets_every_weeks INTEGER CHECK (meets_every_weeks IS NULL OR meets_every_weeks > 0),
        position INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))))",

    R"(CREATE TABLE meeting (
        id {id},
        group_id INTEGER NOT NULL REFERENCES involvement_group (id),
        held_on TEXT NOT NULL,
        duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes >= 0),
        location TEXT,
        topics TEXT,
        notes TEXT,
        recorded_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE INDEX meeting_group ON meeting (group_id, held_on))",
    R"(CREATE INDEX meeting_date ON meeting (held_on))",

    R"(CREATE TABLE meeting_attendee (
        id {id},
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
        external_name TEXT,
        organisation TEXT,
        standing TEXT NOT NULL CHECK (standing IN ('supported', 'volunteer', 'paid_peer', 'staff', 'stakeholder')),
        CHECK ((person_id IS NULL) <> (external_name IS NULL)),
        CHECK (person_id IS NOT NULL OR standing = 'stakeholder')))",
    R"(CREATE UNIQUE INDEX meeting_attendee_once ON meeting_attendee (meeting_id, person_id)
        WHERE person_id IS NOT NULL)",
    R"(CREATE INDEX meeting_attendee_person ON meeting_attendee (person_id))",
    R"(CREATE INDEX meeting_attendee_meeting ON meeting_attendee (meeting_id))",

    R"(CREATE TABLE meeting_decision (
        id {id},
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        description TEXT NOT NULL,
        change_made TEXT,
        changed_on TEXT,
        component_id INTEGER REFERENCES service_component (id) ON DELETE SET NULL,
        CHECK (changed_on IS NULL OR change_made IS NOT NULL)))",
    R"(CREATE INDEX meeting_decision_meeting ON meeting_decision (meeting_id))",

    R"(CREATE TABLE meeting_action (
        id {id},
        meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        description TEXT NOT NULL,
        owner_person_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
        owner_text TEXT,
        due_on TEXT,
        done_on TEXT))",
    R"(CREATE INDEX meeting_action_meeting ON meeting_action (meeting_id))",
    R"(CREATE INDEX meeting_action_owner ON meeting_action (owner_person_id))",

    R"(CREATE TABLE story_theme (
        id {id},
        name TEXT NOT NULL UNIQUE,
        position INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))))",

    R"(CREATE TABLE story (
        id {id},
        person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
        author_type TEXT NOT NULL CHECK (author_type IN ('supported', 'volunteer', 'paid_peer', 'staff')),
        written_with_id INTEGER REFERENCES worker (id) ON DELETE SET NULL,
        title TEXT NOT NULL,
        written_on TEXT NOT NULL,
        body TEXT NOT NULL,
        anonymised TEXT,
        consent_id INTEGER REFERENCES consent (id) ON DELETE SET NULL,
        recorded_by TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE INDEX story_person ON story (person_id))",
    R"(CREATE INDEX story_consent ON story (consent_id))",

    R"(CREATE TABLE story_theme_link (
        story_id INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
        theme_id INTEGER NOT NULL REFERENCES story_theme (id),
        PRIMARY KEY (story_id, theme_id)))",
    R"(CREATE INDEX story_theme_link_theme ON story_theme_link (theme_id))",

    R"(CREATE TABLE story_period (
        story_id INTEGER NOT NULL REFERENCES story (id) ON DELETE CASCADE,
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        chosen_by TEXT,
        chosen_on TEXT,
        PRIMARY KEY (story_id, period_start, period_end),
        CHECK (period_end >= period_start)))",
    R"(CREATE INDEX story_period_dates ON story_period (period_start, period_end))",
};

// Version 8: bringing data in and letting it out (issue 10). A person's reference from the
// charity's own records ("C0042" in the old spreadsheet), unique when given, so that imported
// referrals, sessions and scores can find the person they belong to; and the day a person's record
// was anonymised (names, contact details, free text and identifiers removed; counts, bands, scores
// and dates kept for statistics), so that lists and the retention review can tell them apart.
const char* const kVersion8[] = {
    "ALTER TABLE person ADD COLUMN reference TEXT",
    "CREATE UNIQUE INDEX person_reference ON person (reference) WHERE reference IS NOT NULL",
    "ALTER TABLE person ADD COLUMN anonymised_on TEXT",
};

Status execAll(Database& db, const QStringList& statements)
{
    const SqlDialect dialect;
    for (const QString& statement : statements) {
        static const QString appendOnly = QStringLiteral("{append_only:");
        if (statement.startsWith(appendOnly)) {
            const QString table = statement.mid(appendOnly.size()).chopped(1);
            for (const QString& trigger : dialect.appendOnlyTriggers(table)) {
                if (Status s = sql::execute(db, trigger); !s) {
                    return s;
                }
            }
            continue;
        }
        if (Status s = sql::execute(db, dialect.expand(statement)); !s) {
            return s;
        }
    }
    return Status::ok();
}

Status seedVersion1(Database& db)
{
    // Catalogue rows a charity starts with; all are editable later. Names are stored in the
    // language Alongside runs in when the file is created.
    struct Role
    {
        const char* name;
        int isPeer;
        const char* payBasis;
        int supervisionDays;
    };

    static const Role roles[] = {
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Volunteer peer mentor"), 1, "unpaid", 30 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Sessional peer support worker"), 1, "sessional", 30 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Employed peer support worker"), 1, "paid", 14 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Peer trainer"), 1, "sessional", 30 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Peer supervisor"), 1, "paid", 30 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Coordinator"), 1, "paid", 30 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Non-peer staff"), 0, "paid", 30 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Partner staff"), 0, "paid", 0 },
    };
    auto q = sql::prepare(db,
        QStringLiteral("INSERT INTO role_type (name, is_peer, default_pay_basis, supervision_interval_days) "
                       "VALUES (?, ?, ?, ?)"));
    if (!q) {
        return q.status();
    }
    for (const Role& r : roles) {
        q.value().addBindValue(QCoreApplication::translate("alongside::core::schema", r.name));
        q.value().addBindValue(r.isPeer);
        q.value().addBindValue(QString::fromLatin1(r.payBasis));
        q.value().addBindValue(r.supervisionDays > 0 ? QVariant(r.supervisionDays) : QVariant());
        if (Status s = sql::exec(q.value(), QStringLiteral("seed role types")); !s) {
            return s;
        }
    }

    struct Component
    {
        const char* name;
        const char* kind;
    };

    static const Component components[] = {
        { QT_TRANSLATE_NOOP("alongside::core::schema", "1:1 peer mentoring"), "mentoring" },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Peer connect"), "connect" },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Wellbeing course"), "course" },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Peer support group"), "group" },
    };
    auto c = sql::prepare(db, QStringLiteral("INSERT INTO service_component (name, kind) VALUES (?, ?)"));
    if (!c) {
        return c.status();
    }
    for (const Component& comp : components) {
        c.value().addBindValue(QCoreApplication::translate("alongside::core::schema", comp.name));
        c.value().addBindValue(QString::fromLatin1(comp.kind));
        if (Status s = sql::exec(c.value(), QStringLiteral("seed service components")); !s) {
            return s;
        }
    }
    return Status::ok();
}

Status migrateTo1(Database& db)
{
    QStringList statements;
    for (const char* s : kVersion1) {
        statements << QString::fromUtf8(s);
    }
    if (Status s = execAll(db, statements); !s) {
        return s;
    }
    return seedVersion1(db);
}

Status migrateTo2(Database& db)
{
    QStringList statements;
    for (const char* s : kVersion2) {
        statements << QString::fromUtf8(s);
    }
    return execAll(db, statements);
}

Status seedVersion3(Database& db)
{
    // Recruitment steps a charity starts with (each can be renamed, reordered or switched off).
    // References and the DBS check have records of their own; induction is a course.
    static const char* const steps[] = {
        QT_TRANSLATE_NOOP("alongside::core::schema", "Enquiry received"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Application received"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Informal chat or interview"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Code of conduct signed"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Lone-working agreement signed"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Equipment issued"),
    };
    auto q = sql::prepare(db, QStringLiteral("INSERT INTO recruitment_step (name, position) VALUES (?, ?)"));
    if (!q) {
        return q.status();
    }
    int position = 0;
    for (const char* step : steps) {
        q.value().addBindValue(QCoreApplication::translate("alongside::core::schema", step));
        q.value().addBindValue(++position);
        if (Status s = sql::exec(q.value(), QStringLiteral("seed recruitment steps")); !s) {
            return s;
        }
    }

    // The typical catalogue (BRIEF §4), added unless a course of that title exists. Induction and the
    // safeguarding refresher are mandatory for every role; peer support training for peer roles.
    struct Course
    {
        const char* title;
        const char* provider;
        double days;
        int credits; // -1: none
        int refreshMonths; // 0: no refresh
        int mandatory; // 0 no, 1 every role, 2 peer roles
    };

    static const Course courses[] = {
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Volunteer induction"), "", 1, -1, 0, 1 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Peer support training (internal)"), "", 1, -1, 0, 2 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Accredited peer support training"), "", 11, 20, 0, 0 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "The peer sessions"), "", 3, -1, 0, 0 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Train the trainer"), "", 5, 20, 0, 0 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Safeguarding refresher"), "", 0.5, -1, 36, 1 },
    };
    for (const Course& c : courses) {
        const QString title = QCoreApplication::translate("alongside::core::schema", c.title);
        auto existing = sql::scalar(db, QStringLiteral("SELECT id FROM training_course WHERE title = ?"), { title });
        if (!existing) {
            return existing.status();
        }
        qint64 id = existing.value().toLongLong();
        if (id == 0) {
            auto ins = sql::prepare(db,
                QStringLiteral("INSERT INTO training_course (title, provider, length_days, credits, refresh_months, "
                               "mandatory) VALUES (?, ?, ?, ?, ?, ?)"));
            if (!ins) {
                return ins.status();
            }
            ins.value().addBindValue(title);
            ins.value().addBindValue(QVariant(QMetaType::fromType<QString>()));
            ins.value().addBindValue(c.days);
            ins.value().addBindValue(c.credits >= 0 ? QVariant(c.credits) : QVariant(QMetaType::fromType<int>()));
            ins.value().addBindValue(
                c.refreshMonths > 0 ? QVariant(c.refreshMonths) : QVariant(QMetaType::fromType<int>()));
            ins.value().addBindValue(c.mandatory == 1 ? 1 : 0);
            if (Status s = sql::exec(ins.value(), QStringLiteral("seed training courses")); !s) {
                return s;
            }
            id = ins.value().lastInsertId().toLongLong();
        }
        if (c.mandatory == 2) {
            if (Status s = sql::execute(db,
                    QStringLiteral("INSERT INTO course_role (course_id, role_type_id) SELECT %1, id FROM role_type "
                                   "WHERE is_peer = 1 AND id NOT IN (SELECT role_type_id FROM course_role WHERE "
                                   "course_id = %1)")
                        .arg(id));
                !s) {
                return s;
            }
        }
    }
    return Status::ok();
}

Status migrateTo3(Database& db)
{
    QStringList statements;
    for (const char* s : kVersion3) {
        statements << QString::fromUtf8(s);
    }
    if (Status s = execAll(db, statements); !s) {
        return s;
    }
    return seedVersion3(db);
}

Status seedVersion4(Database& db)
{
    // The sub-sources a charity starts with (BRIEF §2); each can be renamed, reordered or retired.
    struct Source
    {
        const char* category;
        const char* name;
    };

    static const Source sources[] = {
        { "self", QT_TRANSLATE_NOOP("alongside::core::schema", "Website") },
        { "self", QT_TRANSLATE_NOOP("alongside::core::schema", "Word of mouth") },
        { "self", QT_TRANSLATE_NOOP("alongside::core::schema", "Leaflet or poster") },
        { "self", QT_TRANSLATE_NOOP("alongside::core::schema", "Social media") },
        { "internal", QT_TRANSLATE_NOOP("alongside::core::schema", "Another service of the charity") },
        { "internal", QT_TRANSLATE_NOOP("alongside::core::schema", "Peer support group") },
        { "external", QT_TRANSLATE_NOOP("alongside::core::schema", "GP") },
        { "external", QT_TRANSLATE_NOOP("alongside::core::schema", "Primary care mental health team") },
        { "external", QT_TRANSLATE_NOOP("alongside::core::schema", "Community mental health team") },
        { "external", QT_TRANSLATE_NOOP("alongside::core::schema", "Voluntary sector organisation") },
        { "external", QT_TRANSLATE_NOOP("alongside::core::schema", "Social prescriber") },
        { "external", QT_TRANSLATE_NOOP("alongside::core::schema", "Housing provider") },
    };
    int position = 0;
    for (const Source& source : sources) {
        const QString category = QString::fromLatin1(source.category);
        const QString name = QCoreApplication::translate("alongside::core::schema", source.name);
        ++position;
        auto q = sql::query(db,
            QStringLiteral("INSERT INTO referral_source (category, name, position) SELECT ?, ?, ? WHERE NOT EXISTS "
                           "(SELECT 1 FROM referral_source WHERE category = ? AND name = ?)"),
            { category, name, position, category, name }, QStringLiteral("seed referral sources"));
        if (!q) {
            return q.status();
        }
    }
    return Status::ok();
}

Status migrateTo4(Database& db)
{
    QStringList statements;
    for (const char* s : kVersion4) {
        statements << QString::fromUtf8(s);
    }
    if (Status s = execAll(db, statements); !s) {
        return s;
    }
    return seedVersion4(db);
}

Status seedVersion5(Database& db)
{
    // The themes BRIEF §6 names; each can be renamed, reordered or retired, and more added.
    static const char* const themes[] = {
        QT_TRANSLATE_NOOP("alongside::core::schema", "Boundaries"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Self-disclosure"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Use of lived experience"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Caseload"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Risk or safeguarding concern"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Role clarity"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Own wellbeing and triggers"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Endings"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Working with staff"),
    };
    int position = 0;
    for (const char* theme : themes) {
        const QString name = QCoreApplication::translate("alongside::core::schema", theme);
        ++position;
        auto q = sql::query(db,
            QStringLiteral("INSERT INTO supervision_theme (name, position) SELECT ?, ? WHERE NOT EXISTS "
                           "(SELECT 1 FROM supervision_theme WHERE name = ?)"),
            { name, position, name }, QStringLiteral("seed supervision themes"));
        if (!q) {
            return q.status();
        }
    }
    return Status::ok();
}

Status migrateTo5(Database& db)
{
    QStringList statements;
    for (const char* s : kVersion5) {
        statements << QString::fromUtf8(s);
    }
    if (Status s = execAll(db, statements); !s) {
        return s;
    }
    return seedVersion5(db);
}

Status migrateTo6(Database& db)
{
    QStringList statements;
    for (const char* s : kVersion6) {
        statements << QString::fromUtf8(s);
    }
    return execAll(db, statements);
}

Status seedVersion7(Database& db)
{
    // Two groups most user-led charities have, and the story themes BRIEF §2 and §7 name (CHIME and
    // the journey to volunteering). All can be renamed, retired or added to.
    struct Group
    {
        const char* name;
        const char* purpose;
        int weeks;
    };

    static const Group groups[] = {
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Co-production group"),
            QT_TRANSLATE_NOOP("alongside::core::schema",
                "People supported, volunteers, staff and partners shaping the service together."),
            8 },
        { QT_TRANSLATE_NOOP("alongside::core::schema", "Volunteers' peer support group"),
            QT_TRANSLATE_NOOP("alongside::core::schema", "Volunteers meeting to support each other."), 4 },
    };
    int position = 0;
    for (const Group& g : groups) {
        const QString name = QCoreApplication::translate("alongside::core::schema", g.name);
        ++position;
        auto q = sql::query(db,
            QStringLiteral("INSERT INTO involvement_group (name, purpose, meets_every_weeks, position) "
                           "SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM involvement_group WHERE name = ?)"),
            { name, QCoreApplication::translate("alongside::core::schema", g.purpose), g.weeks, position, name },
            QStringLiteral("seed involvement groups"));
        if (!q) {
            return q.status();
        }
    }
    static const char* const themes[] = {
        QT_TRANSLATE_NOOP("alongside::core::schema", "Hope"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Connection"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Confidence"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Coping"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Becoming a volunteer"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Identity"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Meaning and purpose"),
        QT_TRANSLATE_NOOP("alongside::core::schema", "Empowerment"),
    };
    position = 0;
    for (const char* theme : themes) {
        const QString name = QCoreApplication::translate("alongside::core::schema", theme);
        ++position;
        auto q = sql::query(db,
            QStringLiteral("INSERT INTO story_theme (name, position) SELECT ?, ? WHERE NOT EXISTS "
                           "(SELECT 1 FROM story_theme WHERE name = ?)"),
            { name, position, name }, QStringLiteral("seed story themes"));
        if (!q) {
            return q.status();
        }
    }
    return Status::ok();
}

Status migrateTo7(Database& db)
{
    QStringList statements;
    for (const char* s : kVersion7) {
        statements << QString::fromUtf8(s);
    }
    if (Status s = execAll(db, statements); !s) {
        return s;
    }
    return seedVersion7(db);
}

Status migrateTo8(Database& db)
{
    QStringList statements;
    for (const char* s : kVersion8) {
        statements << QString::fromUtf8(s);
    }
    return execAll(db, statements);
}

} // namespace

const std::vector<MigrationStep>& standardMigrations()
{
    static const std::vector<MigrationStep> steps = {
        { 1, migrateTo1 },
        { 2, migrateTo2 },
        { 3, migrateTo3 },
        { 4, migrateTo4 },
        { 5, migrateTo5 },
        { 6, migrateTo6 },
        { 7, migrateTo7 },
        { 8, migrateTo8 },
    };
    return steps;
}

QStringList tableNames()
{
    return { QStringLiteral("person"), QStringLiteral("role_type"), QStringLiteral("worker"),
        QStringLiteral("worker_status"), QStringLiteral("worker_role"), QStringLiteral("service_component"),
        QStringLiteral("client"), QStringLiteral("referral"), QStringLiteral("episode"), QStringLiteral("session"),
        QStringLiteral("mentor_match"), QStringLiteral("supervision_entry"), QStringLiteral("supervision_attendee"),
        QStringLiteral("training_course"), QStringLiteral("training_completion"), QStringLiteral("measure_response"),
        QStringLiteral("measure_answer"), QStringLiteral("setting"), QStringLiteral("account"),
        QStringLiteral("audit_log"), QStringLiteral("recruitment_step"), QStringLiteral("worker_step"),
        QStringLiteral("worker_reference"), QStringLiteral("dbs_check"), QStringLiteral("volunteer_hours"),
        QStringLiteral("worker_lived_experience"), QStringLiteral("course_role"), QStringLiteral("competence"),
        QStringLiteral("course_competence"), QStringLiteral("referral_source"), QStringLiteral("consent"),
        QStringLiteral("goal"), QStringLiteral("group_session"), QStringLiteral("supervision_arrangement"),
        QStringLiteral("supervision_theme"), QStringLiteral("supervision_entry_theme"),
        QStringLiteral("supervision_action"), QStringLiteral("measure_definition"), QStringLiteral("involvement_group"),
        QStringLiteral("meeting"), QStringLiteral("meeting_attendee"), QStringLiteral("meeting_decision"),
        QStringLiteral("meeting_action"), QStringLiteral("story_theme"), QStringLiteral("story"),
        QStringLiteral("story_theme_link"), QStringLiteral("story_period") };
}

QList<SensitiveField> sensitiveFields()
{
    // Special-category detail that is never exported or reported by default and is read only by
    // the roles Permissions allow (ViewLivedExperience; supervision private notes: their parties).
    return {
        { QStringLiteral("worker_lived_experience"), QStringLiteral("areas") },
        { QStringLiteral("worker_lived_experience"), QStringLiteral("disclosure") },
        { QStringLiteral("worker_lived_experience"), QStringLiteral("note") },
        { QStringLiteral("supervision_entry"), QStringLiteral("private_notes") },
        { QStringLiteral("client"), QStringLiteral("risk_note") },
        { QStringLiteral("story"), QStringLiteral("body") },
    };
}

} // namespace alongside::core::schema
