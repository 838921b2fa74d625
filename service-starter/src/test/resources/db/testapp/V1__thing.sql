CREATE TABLE thing (
    id      uuid PRIMARY KEY,
    name    varchar(200) NOT NULL,
    size    integer NOT NULL,
    version bigint NOT NULL
);

CREATE TABLE thing_seen (
    thing_id varchar(64) PRIMARY KEY,
    times    integer NOT NULL,
    -- the request id the listener saw in its MDC: proves it is restored from the record's headers
    request_id varchar(64)
);
