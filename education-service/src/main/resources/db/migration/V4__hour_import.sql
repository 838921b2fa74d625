-- Files and batches already taken into the ledger, keyed by what makes a delivery the same delivery (the SHA-256 of
-- an imported file, or the platform's batch id), so delivering it again is recognised and changes nothing.
CREATE TABLE hour_import (
    delivery_key text        PRIMARY KEY,
    format       text        NOT NULL,
    rows         integer     NOT NULL,
    imported_by  text        NOT NULL,
    imported_at  timestamptz NOT NULL
);
