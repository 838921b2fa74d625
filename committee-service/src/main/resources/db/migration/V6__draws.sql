-- Verifiable panel draws (评审专家抽取, docs/api/committee-draw-algorithm.md). A draw is stored append-only: its
-- header with the constraints and the salt, the eligible pool in canonical order with each expert's pseudonym, the
-- assignments and exclusions it was assessed against, then rounds, seeds and steps as they happen. Nothing is ever
-- updated or deleted (the trigger below refuses it); restoring a draw replays these rows and refuses any that
-- contradict each other.

CREATE TABLE panel_draw (
    id             uuid         PRIMARY KEY,
    meeting_id     uuid         NOT NULL,
    committee_code varchar(40)  NOT NULL,
    algorithm      varchar(40)  NOT NULL,
    specialties    text[]       NOT NULL,
    title_levels   text[]       NOT NULL,
    panel_size     int          NOT NULL CHECK (panel_size > 0),
    alternates     int          NOT NULL CHECK (alternates >= 0),
    -- how many pool members lacked the meeting's specialties or levels
    not_matching   int          NOT NULL,
    -- the pseudonym salt, 64 hex digits: secret until the meeting is closed (office, HR bureau, auditors)
    salt           char(64)     NOT NULL,
    created_by     varchar(200) NOT NULL,
    created_at     timestamptz  NOT NULL
);

-- one draw per meeting: a second draw would let the office redraw until it likes the panel
CREATE UNIQUE INDEX panel_draw_one_per_meeting ON panel_draw (meeting_id);

-- the eligible pool in canonical order (ascending expert id), position 1, 2, …
CREATE TABLE draw_candidate (
    draw_id     uuid         NOT NULL REFERENCES panel_draw (id),
    position    int          NOT NULL,
    expert_id   varchar(64)  NOT NULL,
    pseudonym   char(64)     NOT NULL,
    specialty   varchar(120) NOT NULL,
    title_level varchar(20)  NOT NULL,
    unit        varchar(200),
    region      varchar(12),
    PRIMARY KEY (draw_id, position),
    UNIQUE (draw_id, expert_id)
);

-- the applications assigned to the meeting when the draw was committed (what conflicts were checked against)
CREATE TABLE draw_assignment (
    draw_id          uuid         NOT NULL REFERENCES panel_draw (id),
    position         int          NOT NULL,
    application_id   varchar(64)  NOT NULL,
    applicant_person varchar(100) NOT NULL,
    applicant_unit   varchar(200),
    PRIMARY KEY (draw_id, position)
);

-- every exclusion with its reason (回避): private to the office, the HR bureau and auditors
CREATE TABLE draw_exclusion (
    draw_id         uuid         NOT NULL REFERENCES panel_draw (id),
    position        int          NOT NULL,
    expert_id       varchar(64)  NOT NULL,
    reason          varchar(40)  NOT NULL CHECK (reason IN ('IS_APPLICANT', 'SAME_UNIT_AS_APPLICANT',
                                                          'CONFLICT_WITH_APPLICANT', 'CONFLICT_WITH_APPLICANT_UNIT')),
    application_id  varchar(64)  NOT NULL,
    person          varchar(100),
    unit            varchar(200),
    conflict_type   varchar(20),
    conflict_source varchar(10),
    PRIMARY KEY (draw_id, position)
);

-- each round's commitment, recorded before its seed is revealed
CREATE TABLE draw_round (
    draw_id      uuid        NOT NULL REFERENCES panel_draw (id),
    round        int         NOT NULL,
    previous     char(64),
    count        int         NOT NULL,
    seed_hash    char(64)    NOT NULL,
    commitment   char(64)    NOT NULL,
    committed_at timestamptz NOT NULL,
    PRIMARY KEY (draw_id, round),
    CHECK ((round = 0) = (previous IS NULL))
);

-- each round's seed, stored when the round is committed; revealed (published) once a DRAWN step names the round
CREATE TABLE draw_seed (
    draw_id uuid     NOT NULL,
    round   int      NOT NULL,
    seed    char(64) NOT NULL,
    PRIMARY KEY (draw_id, round),
    FOREIGN KEY (draw_id, round) REFERENCES draw_round (draw_id, round)
);

-- the log; (draw_id, sequence) is the key, so two concurrent steps cannot both be appended
CREATE TABLE draw_step (
    draw_id   uuid         NOT NULL REFERENCES panel_draw (id),
    sequence  int          NOT NULL,
    type      varchar(20)  NOT NULL CHECK (type IN ('COMMITTED', 'DRAWN', 'CONFIRMED', 'DECLINED',
                                                   'ALTERNATE_PROMOTED', 'EMERGENCY_PICKED')),
    at        timestamptz  NOT NULL,
    round     int,
    seat      int,
    expert_id varchar(64),
    -- a decline's reason (private) or an emergency pick's HR consent reference
    note      text,
    -- who made the step happen (the office, the expert, the HR bureau); not part of the replay
    actor     varchar(200) NOT NULL,
    PRIMARY KEY (draw_id, sequence)
);

CREATE FUNCTION draw_rows_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'draw records are append-only: % on % refused', TG_OP, TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER panel_draw_append_only BEFORE UPDATE OR DELETE ON panel_draw
    FOR EACH ROW EXECUTE FUNCTION draw_rows_are_append_only();
CREATE TRIGGER draw_candidate_append_only BEFORE UPDATE OR DELETE ON draw_candidate
    FOR EACH ROW EXECUTE FUNCTION draw_rows_are_append_only();
CREATE TRIGGER draw_assignment_append_only BEFORE UPDATE OR DELETE ON draw_assignment
    FOR EACH ROW EXECUTE FUNCTION draw_rows_are_append_only();
CREATE TRIGGER draw_exclusion_append_only BEFORE UPDATE OR DELETE ON draw_exclusion
    FOR EACH ROW EXECUTE FUNCTION draw_rows_are_append_only();
CREATE TRIGGER draw_round_append_only BEFORE UPDATE OR DELETE ON draw_round
    FOR EACH ROW EXECUTE FUNCTION draw_rows_are_append_only();
CREATE TRIGGER draw_seed_append_only BEFORE UPDATE OR DELETE ON draw_seed
    FOR EACH ROW EXECUTE FUNCTION draw_rows_are_append_only();
CREATE TRIGGER draw_step_append_only BEFORE UPDATE OR DELETE ON draw_step
    FOR EACH ROW EXECUTE FUNCTION draw_rows_are_append_only();
