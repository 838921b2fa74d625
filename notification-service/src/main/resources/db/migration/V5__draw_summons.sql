-- Panel draws whose drawn experts are still to be told: PanelDrawn names no expert, so the identities are fetched
-- from committee-service by a worker, outside the event's transaction, and retried until it answers.
CREATE TABLE draw_summons (
    draw_id         uuid         NOT NULL,
    round           integer      NOT NULL,
    meeting_id      uuid         NOT NULL,
    committee_code  varchar(40)  NOT NULL,
    source_event_id uuid         NOT NULL,
    status          varchar(10)  NOT NULL,
    attempts        integer      NOT NULL,
    next_attempt_at timestamptz  NOT NULL,
    last_error      text,
    experts_told    integer,
    created_at      timestamptz  NOT NULL,
    done_at         timestamptz,
    PRIMARY KEY (draw_id, round)
);

CREATE INDEX draw_summons_due ON draw_summons (next_attempt_at) WHERE status = 'PENDING';
