-- The continuing-education ledger (继续教育学时台账). Rows are never updated or deleted: a correction is a new row that
-- reverses an earlier one (kind REVERSAL, reverses = the original, hours = minus the original's), so every past
-- total can be explained from the rows.
CREATE TABLE hour_record (
    id                 uuid PRIMARY KEY,
    kind               text          NOT NULL CHECK (kind IN ('RECORD', 'REVERSAL')),
    person             text          NOT NULL,
    region             text          NOT NULL,
    unit               text          NOT NULL,
    year               integer       NOT NULL,
    category           text          NOT NULL CHECK (category IN ('GENERAL_PUBLIC', 'INDUSTRY_PUBLIC', 'PROFESSIONAL')),
    hours              numeric(6, 1) NOT NULL,
    source_system      text,
    provider           text,
    course             text,
    certificate_number text,
    reverses           uuid REFERENCES hour_record (id),
    reason             text,
    recorded_by        text          NOT NULL,
    recorded_at        timestamptz   NOT NULL,
    CHECK ((kind = 'RECORD' AND reverses IS NULL AND hours > 0)
        OR (kind = 'REVERSAL' AND reverses IS NOT NULL AND hours < 0))
);

-- an entry is reversed at most once
CREATE UNIQUE INDEX hour_record_reversed_once ON hour_record (reverses) WHERE reverses IS NOT NULL;
CREATE INDEX hour_record_person_year ON hour_record (person, year);
CREATE INDEX hour_record_certificate ON hour_record (certificate_number) WHERE certificate_number IS NOT NULL;
