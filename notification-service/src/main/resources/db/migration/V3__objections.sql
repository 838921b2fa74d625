-- Objections and complaints (异议、投诉举报) against publicities, their investigation and answer, and attachments.

-- tracking numbers: YY<year>-<number>, numbered across years (the year is the registration year)
CREATE SEQUENCE objection_number;

CREATE TABLE objection (
    id               uuid         PRIMARY KEY,
    tracking_number  varchar(20)  NOT NULL UNIQUE,
    -- SHA-256 of the access code given to the raiser once; with the tracking number it reads the objection
    access_code_hash char(64)     NOT NULL,
    publicity_id     uuid         NOT NULL REFERENCES publicity (id),
    entry_id         uuid,
    application_id   uuid,
    kind             varchar(20)  NOT NULL,
    text             text         NOT NULL,
    raiser_name      varchar(100),
    raiser_contact   varchar(200),
    -- the signed raiser's token: who (username) and, for a person, their person id (told of the answer)
    signed_by        varchar(200),
    raiser_person    varchar(100),
    assigned_kind    varchar(20)  NOT NULL,
    assigned_id      varchar(100) NOT NULL,
    region           varchar(12)  NOT NULL,
    status           varchar(20)  NOT NULL,
    answer_outcome   varchar(20),
    answer_text      text,
    answered_by      varchar(200),
    answered_at      timestamptz,
    raised_at        timestamptz  NOT NULL,
    version          integer      NOT NULL,
    updated_at       timestamptz  NOT NULL
);

CREATE INDEX objection_of_publicity ON objection (publicity_id);
CREATE INDEX objection_assigned ON objection (assigned_kind, assigned_id, raised_at DESC);
CREATE INDEX objection_region ON objection (region varchar_pattern_ops);
CREATE INDEX objection_raiser ON objection (raiser_person) WHERE raiser_person IS NOT NULL;

CREATE TABLE objection_note (
    id           uuid         PRIMARY KEY,
    objection_id uuid         NOT NULL REFERENCES objection (id),
    author       varchar(200) NOT NULL,
    text         text         NOT NULL,
    at           timestamptz  NOT NULL
);

CREATE INDEX objection_note_of ON objection_note (objection_id, at);

CREATE TABLE objection_attachment (
    id           uuid         PRIMARY KEY,
    objection_id uuid         NOT NULL REFERENCES objection (id),
    position     integer      NOT NULL,
    file_name    varchar(255) NOT NULL,
    media_type   varchar(50)  NOT NULL,
    size_bytes   integer      NOT NULL,
    sha256       char(64)     NOT NULL,
    content      bytea        NOT NULL,
    UNIQUE (objection_id, position)
);

CREATE TABLE objection_history (
    id           uuid         PRIMARY KEY,
    objection_id uuid         NOT NULL REFERENCES objection (id),
    action       varchar(20)  NOT NULL,
    from_status  varchar(20),
    to_status    varchar(20)  NOT NULL,
    actor        varchar(200) NOT NULL,
    reason       text,
    at           timestamptz  NOT NULL
);

CREATE INDEX objection_history_of ON objection_history (objection_id, at);
