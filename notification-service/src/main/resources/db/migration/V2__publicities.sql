-- Publicities (公示) with their entries and history, and the committees read model they are opened for.

-- What this service knows of committee-service's committees, from CommitteeRegistered/Suspended/Reinstated
-- (or, for one it has not heard of, from committee-service's public register).
CREATE TABLE committee (
    code         varchar(40)  PRIMARY KEY,
    committee_id uuid,
    name         varchar(300) NOT NULL,
    territory    varchar(12)  NOT NULL,
    kind         varchar(30),
    office_unit  varchar(200),
    status       varchar(20)  NOT NULL,
    -- the event time of the last change applied, so an older event never overwrites a newer state
    changed_at   timestamptz  NOT NULL
);

CREATE INDEX committee_by_id ON committee (committee_id);

CREATE TABLE publicity (
    id               uuid         PRIMARY KEY,
    kind             varchar(20)  NOT NULL,
    subject_type     varchar(30)  NOT NULL,
    subject_id       varchar(100) NOT NULL,
    region           varchar(12)  NOT NULL,
    committee_code   varchar(40),
    unit             varchar(100),
    publisher        varchar(300) NOT NULL,
    title            varchar(300) NOT NULL,
    body             text         NOT NULL,
    contact          jsonb,
    starts_on        date         NOT NULL,
    working_days     integer      NOT NULL,
    ends_on          date         NOT NULL,
    closes_at        timestamptz  NOT NULL,
    provisional      boolean      NOT NULL,
    calendar_sources text[]       NOT NULL,
    status           varchar(20)  NOT NULL,
    outcome          varchar(30),
    held_since       timestamptz,
    closed_at        timestamptz,
    closed_by        varchar(200),
    content_hash     char(64)     NOT NULL,
    version          integer      NOT NULL,
    opened_by        varchar(200) NOT NULL,
    opened_at        timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    -- one publicity of each kind per subject (opening again is recognised, not repeated)
    CONSTRAINT publicity_once_per_subject UNIQUE (kind, subject_type, subject_id),
    CONSTRAINT publicity_opener CHECK ((kind = 'UNIT' AND unit IS NOT NULL)
                                       OR (kind <> 'UNIT' AND committee_code IS NOT NULL))
);

CREATE INDEX publicity_region ON publicity (region varchar_pattern_ops);
CREATE INDEX publicity_listing ON publicity (opened_at DESC, id);
-- the closer's work: open publicities whose period is over
CREATE INDEX publicity_due ON publicity (closes_at) WHERE status <> 'CLOSED';
CREATE INDEX publicity_committee ON publicity (committee_code) WHERE committee_code IS NOT NULL;
CREATE INDEX publicity_unit ON publicity (unit) WHERE unit IS NOT NULL;

CREATE TABLE publicity_entry (
    publicity_id   uuid         NOT NULL REFERENCES publicity (id),
    position       integer      NOT NULL,
    id             uuid         NOT NULL UNIQUE,
    application_id uuid,
    person         varchar(100),
    name           varchar(100) NOT NULL,
    unit           varchar(200) NOT NULL,
    title          varchar(200) NOT NULL,
    specialty      varchar(200),
    achievements   text[]       NOT NULL,
    remark         varchar(500),
    PRIMARY KEY (publicity_id, position)
);

CREATE INDEX publicity_entry_application ON publicity_entry (application_id) WHERE application_id IS NOT NULL;
CREATE INDEX publicity_entry_person ON publicity_entry (person) WHERE person IS NOT NULL;

CREATE TABLE publicity_history (
    id           uuid         PRIMARY KEY,
    publicity_id uuid         NOT NULL REFERENCES publicity (id),
    action       varchar(20)  NOT NULL,
    from_status  varchar(20),
    to_status    varchar(20)  NOT NULL,
    actor        varchar(200) NOT NULL,
    reason       text,
    at           timestamptz  NOT NULL
);

CREATE INDEX publicity_history_of ON publicity_history (publicity_id, at);
