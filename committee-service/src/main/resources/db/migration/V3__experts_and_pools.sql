-- Experts (评审专家), the pools of committees (专家库) with three-year terms, the requests by which a pool changes
-- only with the HR bureau's consent (000 三(一)), declared and pinned conflicts of interest, and discipline records.

-- generated expert ids X-000001, … for profiles created without an id of their own
CREATE SEQUENCE expert_id_seq;

CREATE TABLE expert (
    id          varchar(64)  PRIMARY KEY,
    name        varchar(100) NOT NULL,
    title       varchar(120) NOT NULL,
    title_level varchar(20)  NOT NULL CHECK (title_level IN ('INTERMEDIATE', 'DEPUTY_SENIOR', 'FULL_SENIOR')),
    series      varchar(40)  NOT NULL,
    specialty   varchar(120) NOT NULL,
    unit        varchar(200) NOT NULL,
    region      varchar(12)  NOT NULL,
    phone       varchar(40),
    email       varchar(200),
    status      varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'DISQUALIFIED')),
    created_by  varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL
);

CREATE INDEX expert_region_specialty ON expert (region varchar_pattern_ops, specialty);

CREATE TABLE pool_request (
    id              uuid         PRIMARY KEY,
    committee_id    uuid         NOT NULL REFERENCES committee (id),
    status          varchar(20)  NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    reason          text         NOT NULL,
    requested_by    varchar(200) NOT NULL,
    requested_at    timestamptz  NOT NULL,
    decided_by      varchar(200),
    decided_at      timestamptz,
    decision_reason text
);

CREATE INDEX pool_request_of_committee ON pool_request (committee_id, requested_at);

CREATE TABLE pool_request_change (
    request_id uuid        NOT NULL REFERENCES pool_request (id),
    position   int         NOT NULL,
    kind       varchar(10) NOT NULL CHECK (kind IN ('ADD', 'REMOVE')),
    expert_id  varchar(64) NOT NULL REFERENCES expert (id),
    term_start date,
    term_end   date,
    reason     text,
    PRIMARY KEY (request_id, position),
    CHECK (kind = 'REMOVE' OR (term_start IS NOT NULL AND term_end IS NOT NULL AND term_end >= term_start))
);

CREATE TABLE pool_membership (
    id               uuid        PRIMARY KEY,
    committee_id     uuid        NOT NULL REFERENCES committee (id),
    expert_id        varchar(64) NOT NULL REFERENCES expert (id),
    term_start       date        NOT NULL,
    term_end         date        NOT NULL,
    status           varchar(10) NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
    added_by_request uuid        NOT NULL REFERENCES pool_request (id),
    end_reason       varchar(20) CHECK (end_reason IN ('REMOVED', 'DISCIPLINE', 'TERM_EXPIRED')),
    end_note         text,
    ended_at         timestamptz,
    CHECK (term_end >= term_start),
    CHECK ((status = 'ACTIVE') = (end_reason IS NULL))
);

-- an expert holds at most one active membership per committee
CREATE UNIQUE INDEX pool_membership_one_active ON pool_membership (committee_id, expert_id) WHERE status = 'ACTIVE';
CREATE INDEX pool_membership_of_expert ON pool_membership (expert_id) WHERE status = 'ACTIVE';

CREATE TABLE expert_conflict (
    id                uuid         PRIMARY KEY,
    expert_id         varchar(64)  NOT NULL REFERENCES expert (id),
    type              varchar(20)  NOT NULL CHECK (type IN ('SAME_UNIT', 'RELATIVE', 'COLLABORATOR', 'OTHER')),
    source            varchar(10)  NOT NULL CHECK (source IN ('DECLARED', 'PINNED')),
    person            varchar(100),
    unit              varchar(200),
    note              text,
    -- the committee whose office pinned the conflict; null for one the expert declared
    committee_code    varchar(40),
    declared_by       varchar(200) NOT NULL,
    declared_at       timestamptz  NOT NULL,
    withdrawn_by      varchar(200),
    withdrawn_at      timestamptz,
    withdrawal_reason text,
    CHECK ((person IS NULL) <> (unit IS NULL)),
    CHECK ((source = 'PINNED') = (committee_code IS NOT NULL))
);

CREATE INDEX expert_conflict_of_expert ON expert_conflict (expert_id, declared_at);

CREATE TABLE discipline_record (
    id          uuid         PRIMARY KEY,
    expert_id   varchar(64)  NOT NULL REFERENCES expert (id),
    kind        varchar(10)  NOT NULL CHECK (kind IN ('BREACH', 'LEAK')),
    reason      text         NOT NULL,
    unit        varchar(200) NOT NULL,
    region      varchar(12)  NOT NULL,
    -- codes of the committees whose memberships the record ended
    committees  text[]       NOT NULL DEFAULT '{}',
    recorded_by varchar(200) NOT NULL,
    recorded_at timestamptz  NOT NULL
);

CREATE INDEX discipline_record_of_expert ON discipline_record (expert_id, recorded_at);
