-- Evaluation meetings (评审会议) of committees: created a week ahead (002 一(三)), filed with the HR bureau five working
-- days ahead (001 五(二)) and approved by it, the applications they evaluate, the drawn panel, opening and closing,
-- and the history of every change. The vote itself (attendance, ballots, minutes) is in V7.

CREATE TABLE meeting (
    id                uuid         PRIMARY KEY,
    committee_code    varchar(40)  NOT NULL REFERENCES committee (code),
    title             varchar(200) NOT NULL,
    meeting_date      date         NOT NULL,
    venue             varchar(200),
    -- what the panel is drawn from (the draw reads it) and its size
    specialties       text[]       NOT NULL,
    title_levels      text[]       NOT NULL,
    panel_size        int          NOT NULL CHECK (panel_size > 0),
    alternates        int          NOT NULL CHECK (alternates >= 0),
    status            varchar(20)  NOT NULL
        CHECK (status IN ('PLANNED', 'FILED', 'APPROVED', 'PANEL_DRAWN', 'OPEN', 'CLOSED', 'CANCELLED')),
    -- optimistic lock: every save bumps it, and a save from a stale read changes no row
    version           int          NOT NULL,
    -- the latest filing (qualification review, pre-publicity, panel composition) and the window it was checked against
    filing            jsonb,
    -- the HR bureau's written consent
    approval          jsonb,
    return_reason     text,
    panel_draw_id     uuid,
    panel_recorded_by varchar(200),
    panel_recorded_at timestamptz,
    chair             varchar(64),
    opened_by         varchar(200),
    opened_at         timestamptz,
    -- the chair's closing: minutes hash, counts and per-application results (the minutes themselves are in V7)
    closing           jsonb,
    cancel_reason     text,
    created_by        varchar(200) NOT NULL,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CHECK ((status IN ('PANEL_DRAWN', 'OPEN', 'CLOSED')) <= (panel_draw_id IS NOT NULL)),
    CHECK ((status IN ('OPEN', 'CLOSED')) <= (chair IS NOT NULL)),
    CHECK ((status = 'CLOSED') = (closing IS NOT NULL))
);

CREATE INDEX meeting_of_committee ON meeting (committee_code, meeting_date);

CREATE TABLE meeting_assignment (
    meeting_id       uuid         NOT NULL REFERENCES meeting (id),
    application_id   uuid         NOT NULL,
    position         int          NOT NULL,
    applicant_person varchar(100) NOT NULL,
    applicant_unit   varchar(200) NOT NULL,
    title            varchar(120) NOT NULL,
    specialty        varchar(120) NOT NULL,
    PRIMARY KEY (meeting_id, application_id)
);

CREATE INDEX meeting_assignment_of_application ON meeting_assignment (application_id);

-- the drawn panel in drawn order; before the meeting closes only the office and the HR bureau read it
CREATE TABLE meeting_panel (
    meeting_id uuid        NOT NULL REFERENCES meeting (id),
    position   int         NOT NULL,
    expert_id  varchar(64) NOT NULL,
    PRIMARY KEY (meeting_id, position),
    UNIQUE (meeting_id, expert_id)
);

CREATE INDEX meeting_panel_of_expert ON meeting_panel (expert_id);

CREATE TABLE meeting_history (
    id             uuid         PRIMARY KEY,
    meeting_id     uuid         NOT NULL REFERENCES meeting (id),
    action         varchar(20)  NOT NULL,
    from_status    varchar(20),
    to_status      varchar(20)  NOT NULL,
    actor          varchar(200) NOT NULL,
    reason         text,
    application_id uuid,
    at             timestamptz  NOT NULL,
    seq            bigserial
);

CREATE INDEX meeting_history_of ON meeting_history (meeting_id, seq);
