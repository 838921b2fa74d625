-- The inbox (站内消息), how each inbox wants to be reached, and the e-mail/SMS deliveries of its notices.

CREATE TABLE inbox_item (
    id              uuid         PRIMARY KEY,
    address_kind    varchar(20)  NOT NULL,
    address_id      varchar(100) NOT NULL,
    type            varchar(40)  NOT NULL,
    -- the values the templates print; the text is rendered when read, in the reader's language
    template_values jsonb        NOT NULL,
    link_type       varchar(30),
    link_id         varchar(100),
    source_event_id uuid,
    dedupe_key      varchar(200) NOT NULL,
    created_at      timestamptz  NOT NULL,
    read_at         timestamptz,
    read_by         varchar(200),
    CONSTRAINT inbox_item_once UNIQUE (address_kind, address_id, type, dedupe_key)
);

CREATE INDEX inbox_item_of ON inbox_item (address_kind, address_id, created_at DESC, id);
CREATE INDEX inbox_item_unread ON inbox_item (address_kind, address_id) WHERE read_at IS NULL;

-- how an inbox's holder wants to be reached; absent: e-mail on, SMS for urgent notices, zh-CN, contact from hints
CREATE TABLE contact_preference (
    address_kind varchar(20)  NOT NULL,
    address_id   varchar(100) NOT NULL,
    email        varchar(200),
    mobile       varchar(20),
    email_mode   varchar(10)  NOT NULL,
    sms_mode     varchar(10)  NOT NULL,
    language     varchar(10)  NOT NULL,
    updated_by   varchar(200) NOT NULL,
    updated_at   timestamptz  NOT NULL,
    PRIMARY KEY (address_kind, address_id)
);

CREATE TABLE delivery (
    id              uuid         PRIMARY KEY,
    inbox_item_id   uuid         NOT NULL REFERENCES inbox_item (id),
    channel         varchar(10)  NOT NULL,
    recipient       varchar(200) NOT NULL,
    language        varchar(10)  NOT NULL,
    status          varchar(10)  NOT NULL,
    attempts        integer      NOT NULL,
    next_attempt_at timestamptz  NOT NULL,
    last_error      text,
    provider_id     varchar(200),
    created_at      timestamptz  NOT NULL,
    sent_at         timestamptz,
    CONSTRAINT delivery_once UNIQUE (inbox_item_id, channel)
);

-- the worker's queue: deliveries still to try, by when
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status IN ('PENDING', 'FAILED');
