-- Units with self-evaluation rights (自主评聘, 001 五(三), 002 三(二)): their filed plans, schemes and summaries (every
-- version kept; the highest is current), their meeting reports, and the overdue flags raised to the HR bureau (kept
-- after they clear, as their history).

CREATE TABLE self_evaluation_filing (
    id           uuid         PRIMARY KEY,
    committee_id uuid         NOT NULL REFERENCES committee (id),
    kind         varchar(20)  NOT NULL CHECK (kind IN ('THREE_YEAR_PLAN', 'ANNUAL_SCHEME', 'SUMMARY')),
    year         int          NOT NULL,
    version      int          NOT NULL CHECK (version >= 1),
    title        varchar(200) NOT NULL,
    document_ref varchar(200) NOT NULL,
    summary      text,
    filed_on     date         NOT NULL,
    filed_at     timestamptz  NOT NULL,
    filed_by     varchar(200) NOT NULL,
    due_on       date         NOT NULL,
    days_late    int          NOT NULL CHECK (days_late >= 0),
    -- a re-filing is the next version, never an edit
    CONSTRAINT self_evaluation_filing_version UNIQUE (committee_id, kind, year, version)
);

CREATE TABLE self_evaluation_meeting_report (
    id                uuid         PRIMARY KEY,
    committee_id      uuid         NOT NULL REFERENCES committee (id),
    meeting_date      date         NOT NULL,
    application_count int          NOT NULL CHECK (application_count >= 0),
    summary           text         NOT NULL,
    reported_on       date         NOT NULL,
    reported_at       timestamptz  NOT NULL,
    reported_by       varchar(200) NOT NULL,
    last_report_day   date         NOT NULL,
    provisional       boolean      NOT NULL,
    -- one line per calendar year the count ran through (its notice, or the Monday–Friday assumption)
    calendar_sources  text         NOT NULL,
    CHECK (reported_on <= last_report_day)
);

CREATE INDEX self_evaluation_meeting_report_of ON self_evaluation_meeting_report (committee_id, meeting_date);

CREATE TABLE self_evaluation_overdue_flag (
    id                uuid         PRIMARY KEY,
    committee_id      uuid         NOT NULL REFERENCES committee (id),
    committee_code    varchar(40)  NOT NULL,
    territory         varchar(12)  NOT NULL,
    kind              varchar(20)  NOT NULL CHECK (kind IN ('THREE_YEAR_PLAN', 'ANNUAL_SCHEME', 'SUMMARY')),
    year              int          NOT NULL,
    due_on            date         NOT NULL,
    flagged_on        date         NOT NULL,
    flagged_at        timestamptz  NOT NULL,
    cleared_on        date,
    cleared_at        timestamptz,
    cleared_by_filing uuid         REFERENCES self_evaluation_filing (id),
    CHECK ((cleared_at IS NULL) = (cleared_by_filing IS NULL) AND (cleared_at IS NULL) = (cleared_on IS NULL)),
    -- each missing filing is flagged (and announced) once, however often the scan runs
    CONSTRAINT self_evaluation_overdue_flag_once UNIQUE (committee_id, kind, year)
);

CREATE INDEX self_evaluation_overdue_flag_territory ON self_evaluation_overdue_flag (territory varchar_pattern_ops);
