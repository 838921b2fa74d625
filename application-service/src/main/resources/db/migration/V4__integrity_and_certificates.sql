-- The integrity archive (诚信档案, 000 三(四), 002 三(一)), the units' appointments of passed applicants (评聘结合,
-- 000 三(二)), the publications of passed lists and the certificates issued on them.

CREATE TABLE integrity_record (
    id                 uuid         PRIMARY KEY,
    -- COMPLAINT (an objection or complaint against a publicity entry, with its handling), FRAUD_VETO (一票否决),
    -- BAN (a bar from applying until a date), RECOMMENDATION_EXCLUSION (取消推荐资格 for a year, 002 三(一))
    kind               varchar(30)  NOT NULL,
    person             varchar(100),
    region             varchar(12),
    unit               varchar(100),
    application_id     uuid,
    objection_id       uuid UNIQUE,
    tracking_number    varchar(40),
    description        text         NOT NULL,
    outcome            varchar(30),
    banned_until       date,
    excluded_year      integer,
    recorded_by        varchar(200) NOT NULL,
    recorded_at        timestamptz  NOT NULL,
    resolved_at        timestamptz,
    lifted_by          varchar(200),
    lifted_at          timestamptz,
    lift_reason        text
);

CREATE INDEX integrity_person ON integrity_record (person, recorded_at DESC);
CREATE INDEX integrity_region ON integrity_record (region varchar_pattern_ops);

-- A unit's appointment (聘用) of an applicant whose title it certified: a public institution that does not appoint a
-- passed applicant within a year is suspended from applying the next year (000 三(二)).
CREATE TABLE appointment (
    application_id uuid         PRIMARY KEY,
    unit           varchar(100) NOT NULL,
    appointed_on   date         NOT NULL,
    recorded_by    varchar(200) NOT NULL,
    recorded_at    timestamptz  NOT NULL
);

CREATE TABLE publication (
    id                 uuid         PRIMARY KEY,
    committee          varchar(40)  NOT NULL,
    committee_name     varchar(300),
    region             varchar(12)  NOT NULL,
    year               integer      NOT NULL,
    meeting_id         uuid,
    title              varchar(300) NOT NULL,
    application_ids    uuid[]       NOT NULL,
    -- REQUESTED → PUBLISHED, or REQUESTED → RETURNED
    status             varchar(20)  NOT NULL,
    requested_by       varchar(200) NOT NULL,
    requested_at       timestamptz  NOT NULL,
    issuing_body       varchar(300),
    approval_reference varchar(200),
    decided_by         varchar(200),
    decided_at         timestamptz,
    return_reason      text
);

CREATE INDEX publication_committee ON publication (committee, requested_at DESC);
CREATE INDEX publication_region ON publication (region varchar_pattern_ops);

-- the next serial of each region and year (certificate numbers <region>-<year>-<serial>)
CREATE TABLE certificate_serial (
    region varchar(12) NOT NULL,
    year   integer     NOT NULL,
    last   integer     NOT NULL,
    PRIMARY KEY (region, year)
);

CREATE TABLE certificate (
    number            varchar(40)  PRIMARY KEY,
    application_id    uuid         NOT NULL UNIQUE REFERENCES application (id),
    publication_id    uuid         NOT NULL REFERENCES publication (id),
    person            varchar(100) NOT NULL,
    holder_name       varchar(100) NOT NULL,
    unit              varchar(100) NOT NULL,
    title             varchar(60)  NOT NULL,
    title_name        varchar(100) NOT NULL,
    series            varchar(60),
    level             varchar(30)  NOT NULL,
    specialty         varchar(200),
    committee         varchar(40)  NOT NULL,
    committee_name    varchar(300),
    issuing_body      varchar(300) NOT NULL,
    region            varchar(12)  NOT NULL,
    year              integer      NOT NULL,
    issued_on         date         NOT NULL,
    issued_at         timestamptz  NOT NULL,
    -- VALID or REVOKED
    status            varchar(20)  NOT NULL,
    revoked_at        timestamptz,
    revoked_by        varchar(200),
    revocation_reason text
);

CREATE INDEX certificate_person ON certificate (person);
CREATE INDEX certificate_unit ON certificate (unit, issued_on);
