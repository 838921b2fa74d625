-- Applications (申报) through their workflow, what they are made against (the published plan items, kept from
-- plan-service's events) and what they keep (submissions with their archive snapshots, the history).

-- The published plan items applications are made against, from PlanPublished / PlanDeadlineChanged / PlanClosed, or
-- fetched from plan-service (GET /api/v1/plan-items/{id}) when an event has not been seen.
CREATE TABLE plan_item (
    item_id              uuid         PRIMARY KEY,
    plan_id              uuid         NOT NULL,
    plan_title           varchar(300) NOT NULL,
    plan_year            integer      NOT NULL,
    plan_region          varchar(12)  NOT NULL,
    plan_category        varchar(30)  NOT NULL,
    committee_id         uuid,
    committee_code       varchar(40),
    committee_name       varchar(300) NOT NULL,
    evaluated_titles     text[]       NOT NULL,
    recommended_titles   text[]       NOT NULL,
    specialties          text[]       NOT NULL,
    acceptance_scope     varchar(500),
    scope_by_level       jsonb        NOT NULL DEFAULT '{}',
    exclusions           text[]       NOT NULL,
    -- the last day of individual application: the item's own, else the plan's staged one (003 二(二))
    deadline             date,
    -- ITEM or PLAN: where the deadline came from, so a moved stage moves only the items that follow it
    deadline_from        varchar(10),
    unit_deadline        date,
    city_deadline        date,
    seniority_cut_off    date,
    achievements_cut_off date,
    published_at         timestamptz  NOT NULL,
    closed_at            timestamptz,
    -- EVENT (PlanPublished) or FETCHED (plan-service's API, when the event had not arrived)
    learned_from         varchar(10)  NOT NULL,
    updated_at           timestamptz  NOT NULL
);

CREATE INDEX plan_item_of_plan ON plan_item (plan_id);

CREATE TABLE application (
    id                  uuid         PRIMARY KEY,
    person              varchar(100) NOT NULL,
    applicant_name      varchar(100) NOT NULL,
    unit                varchar(100) NOT NULL,
    unit_name           varchar(300),
    unit_type           varchar(40),
    -- the unit's region (GB/T 2260)
    region              varchar(12)  NOT NULL,
    department          varchar(100),
    needs_department    boolean      NOT NULL,
    plan_id             uuid         NOT NULL,
    plan_item_id        uuid         NOT NULL REFERENCES plan_item (item_id),
    plan_region         varchar(12)  NOT NULL,
    year                integer      NOT NULL,
    committee           varchar(40)  NOT NULL,
    committee_name      varchar(300),
    title               varchar(60)  NOT NULL,
    title_name          varchar(100) NOT NULL,
    series              varchar(60),
    level               varchar(30)  NOT NULL,
    specialty           varchar(200),
    route               varchar(30)  NOT NULL,
    -- the applicant's answers the route and the rules ask for (self-score, entrustment letter, post approval, …)
    particulars         jsonb        NOT NULL,
    state               varchar(30)  NOT NULL,
    -- the state a send-back came from: a resubmission returns there
    returned_from       varchar(30),
    desk                varchar(20)  NOT NULL,
    holder              varchar(100),
    held_since          timestamptz  NOT NULL,
    submission          integer      NOT NULL,
    archive_version     integer,
    -- continuing education (education-service): PENDING until answered, then COMPLIANT / NON_COMPLIANT
    compliance          varchar(20),
    compliance_detail   jsonb,
    compliance_attempts integer      NOT NULL DEFAULT 0,
    compliance_next_at  timestamptz,
    meeting_id          uuid,
    -- the publicity the application is in now, and the round of its unit publicity (subject <id>, <id>/2, …)
    publicity_id        uuid,
    publicity_ends_on   date,
    unit_publicity_round integer     NOT NULL DEFAULT 0,
    outcome             varchar(20),
    reached_office_at   timestamptz,
    reached_department_at timestamptz,
    created_at          timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    version             integer      NOT NULL
);

CREATE INDEX application_person ON application (person, created_at DESC);
CREATE INDEX application_unit ON application (unit, state);
CREATE INDEX application_committee ON application (committee, state);
CREATE INDEX application_department ON application (department, state) WHERE department IS NOT NULL;
CREATE INDEX application_region ON application (region varchar_pattern_ops);
CREATE INDEX application_plan_region ON application (plan_region varchar_pattern_ops);
CREATE INDEX application_desk ON application (desk, holder, state);
CREATE INDEX application_meeting ON application (meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX application_publicity ON application (publicity_id) WHERE publicity_id IS NOT NULL;
CREATE INDEX application_compliance_due ON application (compliance_next_at) WHERE compliance = 'PENDING';
-- one live application per person and plan item (withdrawn, rejected and vetoed ones do not count)
CREATE UNIQUE INDEX application_once_per_item ON application (person, plan_item_id)
    WHERE state NOT IN ('WITHDRAWN', 'REJECTED', 'VETOED');

-- Each submission as it was made: the archive snapshot, the pledge as pledged, the eligibility findings.
CREATE TABLE application_submission (
    application_id  uuid         NOT NULL REFERENCES application (id),
    submission      integer      NOT NULL,
    archive_version integer      NOT NULL,
    snapshot        jsonb        NOT NULL,
    pledge          text         NOT NULL,
    findings        jsonb        NOT NULL,
    submitted_by    varchar(200) NOT NULL,
    submitted_at    timestamptz  NOT NULL,
    PRIMARY KEY (application_id, submission)
);

-- Every transition: who, in which role, when, from, to, why; never updated (inspections replay it, 000 三(四)).
CREATE TABLE application_history (
    application_id uuid         NOT NULL REFERENCES application (id),
    seq            integer      NOT NULL,
    action         varchar(40)  NOT NULL,
    from_state     varchar(30),
    to_state       varchar(30)  NOT NULL,
    desk           varchar(20)  NOT NULL,
    holder         varchar(100),
    actor          varchar(200) NOT NULL,
    role           varchar(40),
    reason         text,
    data           jsonb,
    at             timestamptz  NOT NULL,
    PRIMARY KEY (application_id, seq)
);

CREATE FUNCTION application_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'application_history is append-only';
END $$;

CREATE TRIGGER application_history_no_change BEFORE UPDATE OR DELETE ON application_history
    FOR EACH ROW EXECUTE FUNCTION application_history_append_only();

-- The publicities application-service opened in notification-service (a unit's for one application, an office's for
-- a list or a meeting's results), so PublicityClosed finds the applications it moves.
CREATE TABLE publicity_link (
    publicity_id   uuid         PRIMARY KEY,
    kind           varchar(20)  NOT NULL,
    subject_type   varchar(30)  NOT NULL,
    subject_id     varchar(100) NOT NULL,
    committee      varchar(40),
    unit           varchar(100),
    application_ids uuid[]      NOT NULL,
    ends_on        date,
    status         varchar(20)  NOT NULL,
    outcome        varchar(30),
    opened_by      varchar(200) NOT NULL,
    opened_at      timestamptz  NOT NULL,
    closed_at      timestamptz
);

-- What this service knows of committee-service's committees: their rights (CommitteeSuspended/Reinstated, 001 四).
CREATE TABLE committee_status (
    code       varchar(40) PRIMARY KEY,
    status     varchar(20) NOT NULL,
    changed_at timestamptz NOT NULL
);
