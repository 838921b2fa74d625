-- Applications ready for evaluation (待评审) that application-service scheduled (ApplicationScheduled), as each
-- committee's waiting list: assigned automatically to the committee's earliest fitting PLANNED meeting, or AWAITING one;
-- a withdrawn or rejected application stays as WITHDRAWN. No foreign key to committee: an event may name a committee
-- this service does not know (yet), and the application then waits like any other.
CREATE TABLE awaiting_evaluation (
    application_id uuid         PRIMARY KEY,
    committee_code varchar(40)  NOT NULL,
    person         varchar(100) NOT NULL,
    applicant_name varchar(200),
    unit           varchar(200) NOT NULL,
    unit_name      varchar(200),
    year           int          NOT NULL,
    -- the catalog title and its level (CLERK_JUNIOR … FULL_SENIOR), matched against a meeting's title levels
    title          varchar(120) NOT NULL,
    title_name     varchar(200),
    level          varchar(40)  NOT NULL,
    specialty      varchar(120),
    status         varchar(20)  NOT NULL CHECK (status IN ('AWAITING', 'ASSIGNED', 'WITHDRAWN')),
    -- the meeting it is on; kept for a withdrawn application only when a meeting in session keeps it
    meeting_id     uuid         REFERENCES meeting (id),
    -- the service whose event scheduled it: the actor of the automatic assignment in the meeting's history
    scheduled_by   varchar(200) NOT NULL,
    -- when it was first scheduled: its place in the queue, oldest first
    received_at    timestamptz  NOT NULL,
    updated_at     timestamptz  NOT NULL,
    CHECK ((status = 'ASSIGNED') <= (meeting_id IS NOT NULL))
);

CREATE INDEX awaiting_evaluation_of_committee ON awaiting_evaluation (committee_code, status, received_at);

-- application-service's events may name no specialty; such an application is assigned without one
ALTER TABLE meeting_assignment ALTER COLUMN specialty DROP NOT NULL;
