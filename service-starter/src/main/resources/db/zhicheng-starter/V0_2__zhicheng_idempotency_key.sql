-- Starter migration: responses of creates that carried an Idempotency-Key, replayed on a repeat.
CREATE TABLE idempotency_key (
    subject      varchar(255)  NOT NULL,
    method       varchar(16)   NOT NULL,
    path         varchar(2000) NOT NULL,
    idem_key     varchar(200)  NOT NULL,
    request_hash char(64)      NOT NULL,
    status       integer,
    body         bytea,
    content_type varchar(255),
    location     varchar(2000),
    etag         varchar(255),
    created_at   timestamptz   NOT NULL,
    expires_at   timestamptz   NOT NULL,
    PRIMARY KEY (subject, method, path, idem_key)
);

CREATE INDEX idempotency_key_expires_idx ON idempotency_key (expires_at);
