-- Webhook subscriptions of machine clients (the provincial platform) and the deliveries of events to them.
CREATE TABLE webhook_subscription (
    id          uuid          PRIMARY KEY,
    -- the client that owns it (its service account's username, e.g. service-account-platform)
    owner       varchar(200)  NOT NULL,
    url         varchar(2000) NOT NULL,
    event_types text[]        NOT NULL,
    description varchar(500),
    -- the HMAC key, AES-GCM encrypted with zhicheng.notification.webhooks.encryption-key
    secret      text          NOT NULL,
    active      boolean       NOT NULL,
    version     integer       NOT NULL,
    created_at  timestamptz   NOT NULL,
    updated_at  timestamptz   NOT NULL
);

CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner, created_at);
CREATE INDEX webhook_subscription_types ON webhook_subscription USING gin (event_types) WHERE active;

CREATE TABLE webhook_delivery (
    id               uuid         PRIMARY KEY,
    -- the order of the deliveries of one subscription and subject
    seq              bigserial    NOT NULL UNIQUE,
    subscription_id  uuid         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id         uuid         NOT NULL,
    event_type       varchar(60)  NOT NULL,
    subject          varchar(200) NOT NULL,
    payload          text         NOT NULL,
    status           varchar(10)  NOT NULL,
    attempts         integer      NOT NULL,
    next_attempt_at  timestamptz  NOT NULL,
    last_status_code integer,
    last_error       text,
    created_at       timestamptz  NOT NULL,
    delivered_at     timestamptz,
    dead_at          timestamptz,
    CONSTRAINT webhook_delivery_once UNIQUE (subscription_id, event_id)
);

CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status IN ('PENDING', 'FAILED');
CREATE INDEX webhook_delivery_order ON webhook_delivery (subscription_id, subject, seq)
    WHERE status IN ('PENDING', 'FAILED');
CREATE INDEX webhook_delivery_of ON webhook_delivery (subscription_id, status, seq DESC);
