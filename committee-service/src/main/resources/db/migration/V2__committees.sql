-- Evaluation committees (评委会): what they evaluate and recommend, where, who organises them, and the history of
-- suspensions and reinstatements of their evaluation rights (001 四).

-- generated committee codes C-000001, … for registrations that bring no code of their own
CREATE SEQUENCE committee_code_seq;

CREATE TABLE committee (
    id                 uuid         PRIMARY KEY,
    code               varchar(40)  NOT NULL,
    name               varchar(200) NOT NULL,
    level              varchar(20)  NOT NULL CHECK (level IN ('JUNIOR', 'INTERMEDIATE', 'SENIOR')),
    kind               varchar(20)  NOT NULL
        CHECK (kind IN ('REGULAR', 'DELEGATED', 'SOCIALIZED', 'SELF_EVALUATING')),
    series             varchar(40)  NOT NULL,
    specialties        text[]       NOT NULL DEFAULT '{}',
    evaluated_titles   text[]       NOT NULL DEFAULT '{}',
    recommended_titles text[]       NOT NULL DEFAULT '{}',
    territory          varchar(12)  NOT NULL,
    organising_unit    varchar(200),
    office_unit        varchar(200),
    status             varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    registered_by      varchar(200) NOT NULL,
    registered_at      timestamptz  NOT NULL,
    CONSTRAINT committee_code_unique UNIQUE (code),
    -- registration is idempotent by name within a territory (plan imports register committees by name); the
    -- constraint also keeps two concurrent registrations of one name from both succeeding
    CONSTRAINT committee_name_unique_in_territory UNIQUE (territory, name)
);

CREATE INDEX committee_territory ON committee (territory varchar_pattern_ops);
CREATE INDEX committee_series_level ON committee (series, level);

CREATE TABLE committee_rights_change (
    id          uuid         PRIMARY KEY,
    committee_id uuid        NOT NULL REFERENCES committee (id),
    action      varchar(20)  NOT NULL CHECK (action IN ('SUSPEND', 'REINSTATE')),
    from_status varchar(20)  NOT NULL,
    to_status   varchar(20)  NOT NULL,
    reason      text         NOT NULL,
    actor       varchar(200) NOT NULL,
    changed_at  timestamptz  NOT NULL
);

CREATE INDEX committee_rights_change_of ON committee_rights_change (committee_id, changed_at);
