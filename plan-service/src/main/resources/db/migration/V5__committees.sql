-- The committees (评委会) committee-service has registered, as this service reads them from its events
-- (zhicheng.committee.events): enough to link plan items to them, to check a committee office drafts only for its
-- own committees, and to refuse items of committees whose rights are suspended (001 四). committee-service owns
-- them; this table is only a local copy, written by the listener alone.
CREATE TABLE committee (
    id         uuid         PRIMARY KEY,
    code       varchar(60)  NOT NULL UNIQUE,
    name       varchar(200) NOT NULL,
    -- GB/T 2260 code of the committee's territory
    territory  varchar(12)  NOT NULL,
    -- null while only a suspension or reinstatement is known (these events do not carry them)
    level      varchar(20),
    kind       varchar(20),
    series     varchar(60),
    status     varchar(20)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    -- when committee-service made the last change applied here (the event's occurredAt): older events are ignored
    updated_at timestamptz  NOT NULL
);

-- an item names its committee by name; matching at creation and linking at registration look the name up
CREATE INDEX committee_name ON committee (name);
CREATE INDEX plan_item_unlinked_committee_name ON plan_item (committee_name) WHERE committee_id IS NULL;
