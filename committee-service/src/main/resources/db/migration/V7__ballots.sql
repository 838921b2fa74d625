-- The vote of an open meeting (评审表决): attendance, the secret ballot and the minutes (MOHRSS order 40, 002 一(四)).
-- Secrecy is structural: per application, who has voted (ballot_voter: no time, no order, no choice) and how many
-- chose what (ballot_tally: counts only, updated in place, no history) are kept apart. There is no per-vote row that
-- holds a voter id, so no query can link a voter to a choice.

CREATE TABLE voting_session (
    meeting_id uuid        PRIMARY KEY REFERENCES meeting (id),
    chair      varchar(64) NOT NULL,
    stage      varchar(20) NOT NULL CHECK (stage IN ('ATTENDANCE', 'BALLOTING', 'CLOSED')),
    version    int         NOT NULL
);

-- the sign-in sheet: panel experts marked present or absent (unmarked ones count as absent)
CREATE TABLE voting_attendance (
    meeting_id uuid        NOT NULL REFERENCES voting_session (meeting_id),
    expert_id  varchar(64) NOT NULL,
    present    boolean     NOT NULL,
    PRIMARY KEY (meeting_id, expert_id)
);

CREATE TABLE ballot_tally (
    meeting_id     uuid NOT NULL REFERENCES voting_session (meeting_id),
    application_id uuid NOT NULL,
    position       int  NOT NULL,
    agree          int  NOT NULL CHECK (agree >= 0),
    disagree       int  NOT NULL CHECK (disagree >= 0),
    abstain        int  NOT NULL CHECK (abstain >= 0),
    PRIMARY KEY (meeting_id, application_id)
);

-- the voter roll: only that the expert voted on the application, to refuse a second ballot
CREATE TABLE ballot_voter (
    meeting_id     uuid        NOT NULL,
    application_id uuid        NOT NULL,
    expert_id      varchar(64) NOT NULL,
    PRIMARY KEY (meeting_id, application_id, expert_id),
    FOREIGN KEY (meeting_id, application_id) REFERENCES ballot_tally (meeting_id, application_id)
);

-- the minutes, stored once when the chair closes the meeting, with the SHA-256 of their canonical text
CREATE TABLE meeting_minutes (
    meeting_id   uuid        PRIMARY KEY REFERENCES voting_session (meeting_id),
    content      jsonb       NOT NULL,
    content_hash char(64)    NOT NULL,
    closed_at    timestamptz NOT NULL
);

-- archived, never edited afterwards: the database refuses any change of a stored row
CREATE FUNCTION meeting_minutes_immutable() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the minutes of meeting % are archived and cannot be changed', OLD.meeting_id
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER meeting_minutes_no_change
    BEFORE UPDATE OR DELETE ON meeting_minutes
    FOR EACH ROW EXECUTE FUNCTION meeting_minutes_immutable();

-- once closed, the tallies and the roll are final too
CREATE FUNCTION ballot_closed_immutable() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM meeting_minutes WHERE meeting_id = COALESCE(NEW.meeting_id, OLD.meeting_id)) THEN
        RAISE EXCEPTION 'the vote of meeting % is closed', COALESCE(NEW.meeting_id, OLD.meeting_id)
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN COALESCE(NEW, OLD);
END;
$$;

CREATE TRIGGER ballot_tally_closed
    BEFORE INSERT OR UPDATE OR DELETE ON ballot_tally
    FOR EACH ROW EXECUTE FUNCTION ballot_closed_immutable();

CREATE TRIGGER ballot_voter_closed
    BEFORE INSERT OR UPDATE OR DELETE ON ballot_voter
    FOR EACH ROW EXECUTE FUNCTION ballot_closed_immutable();
