-- Starter migration (classpath:db/zhicheng-starter), applied in every service's database before the service's
-- own V1__…: version 0.1 sorts before 1. Events to publish (outbox) and events already applied (inbox).
CREATE TABLE outbox_event (
    id              uuid         PRIMARY KEY,
    seq             bigserial    NOT NULL UNIQUE,
    topic           varchar(255) NOT NULL,
    event_key       varchar(255) NOT NULL,
    type            varchar(255) NOT NULL,
    version         integer      NOT NULL,
    payload         jsonb        NOT NULL,
    headers         jsonb        NOT NULL DEFAULT '{}'::jsonb,
    occurred_at     timestamptz  NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    last_error      text,
    sent_at         timestamptz
);

-- the relay looks only at unsent rows: keep that index small
CREATE INDEX outbox_event_due_idx ON outbox_event (next_attempt_at, seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_event_key_idx ON outbox_event (event_key, seq) WHERE sent_at IS NULL;

CREATE TABLE inbox_event (
    event_id    uuid         NOT NULL,
    consumer    varchar(255) NOT NULL,
    type        varchar(255) NOT NULL,
    received_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, consumer)
);
