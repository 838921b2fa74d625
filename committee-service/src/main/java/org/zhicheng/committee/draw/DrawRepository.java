package org.zhicheng.committee.draw;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.starter.jdbc.TextArray;
import org.zhicheng.committee.draw.domain.Assignment;
import org.zhicheng.committee.draw.domain.Candidate;
import org.zhicheng.committee.draw.domain.Commitment;
import org.zhicheng.committee.draw.domain.ConflictSource;
import org.zhicheng.committee.draw.domain.ConflictType;
import org.zhicheng.committee.draw.domain.DrawConstraints;
import org.zhicheng.committee.draw.domain.DrawRecord;
import org.zhicheng.committee.draw.domain.DrawRound;
import org.zhicheng.committee.draw.domain.DrawStep;
import org.zhicheng.committee.draw.domain.DrawStepType;
import org.zhicheng.committee.draw.domain.EligiblePool;
import org.zhicheng.committee.draw.domain.Exclusion;
import org.zhicheng.committee.draw.domain.ExclusionReason;
import org.zhicheng.committee.draw.domain.PanelDraw;
import org.zhicheng.committee.draw.domain.Pseudonyms;
import org.zhicheng.committee.draw.domain.Salt;
import org.zhicheng.committee.draw.domain.Seed;
import org.zhicheng.starter.problem.Problems;

/**
 * Draws, stored append-only (tables {@code panel_draw}, {@code draw_candidate}, {@code draw_assignment},
 * {@code draw_exclusion}, {@code draw_round}, {@code draw_seed}, {@code draw_step}; a trigger refuses UPDATE and
 * DELETE). Reading a draw restores it through {@link PanelDraw#restore}, which replays the rows and refuses rows that
 * contradict each other.
 */
@Repository
class DrawRepository {

    private final JdbcClient jdbc;

    DrawRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a freshly committed draw: its header, pool, assignments, exclusions, then its round and steps. */
    void insert(UUID id, UUID meetingId, String committeeCode, PanelDraw draw, String actor, Instant at) {
        DrawConstraints constraints = draw.constraints();
        jdbc.sql("""
                INSERT INTO panel_draw (id, meeting_id, committee_code, algorithm, specialties, title_levels,
                    panel_size, alternates, not_matching, salt, created_by, created_at)
                VALUES (:id, :meeting, :committee, :algorithm, :specialties, :levels, :panelSize, :alternates,
                    :notMatching, :salt, :by, :at)
                """)
                .param("id", id).param("meeting", meetingId).param("committee", committeeCode)
                .param("algorithm", Commitment.VERSION)
                .param("specialties", new TextArray(List.copyOf(constraints.specialties())))
                .param("levels", new TextArray(List.copyOf(constraints.titleLevels())))
                .param("panelSize", constraints.panelSize()).param("alternates", constraints.alternates())
                .param("notMatching", draw.pool().notMatching()).param("salt", draw.salt().hex())
                .param("by", actor).param("at", Timestamp.from(at))
                .update();
        List<Candidate> eligible = draw.pool().eligible();
        List<String> ids = eligible.stream().map(Candidate::expertId).toList();
        // one statement for the whole pool (10,000 experts is one round trip, not 10,000)
        jdbc.sql("""
                INSERT INTO draw_candidate (draw_id, position, expert_id, pseudonym, specialty, title_level, unit,
                    region)
                SELECT :draw, t.position, t.expert_id, t.pseudonym, t.specialty, t.title_level, t.unit, t.region
                FROM unnest(:ids, :pseudonyms, :specialties, :levels, :units, :regions)
                    WITH ORDINALITY AS t(expert_id, pseudonym, specialty, title_level, unit, region, position)
                """)
                .param("draw", id).param("ids", new TextArray(ids))
                .param("pseudonyms", new TextArray(Pseudonyms.of(draw.salt(), ids)))
                .param("specialties", new TextArray(eligible.stream().map(Candidate::specialty).toList()))
                .param("levels", new TextArray(eligible.stream().map(Candidate::titleLevel).toList()))
                .param("units", new TextArray(eligible.stream().map(Candidate::unit).toList()))
                .param("regions", new TextArray(eligible.stream().map(Candidate::region).toList()))
                .update();
        List<Assignment> assignments = draw.pool().assignments();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment assignment = assignments.get(i);
            jdbc.sql("""
                    INSERT INTO draw_assignment (draw_id, position, application_id, applicant_person, applicant_unit)
                    VALUES (:draw, :position, :application, :person, :unit)
                    """)
                    .param("draw", id).param("position", i + 1).param("application", assignment.applicationId())
                    .param("person", assignment.applicantPerson()).param("unit", assignment.applicantUnit())
                    .update();
        }
        List<Exclusion> exclusions = draw.pool().exclusions();
        for (int i = 0; i < exclusions.size(); i++) {
            Exclusion exclusion = exclusions.get(i);
            jdbc.sql("""
                    INSERT INTO draw_exclusion (draw_id, position, expert_id, reason, application_id, person, unit,
                        conflict_type, conflict_source)
                    VALUES (:draw, :position, :expert, :reason, :application, :person, :unit, :type, :source)
                    """)
                    .param("draw", id).param("position", i + 1).param("expert", exclusion.expertId())
                    .param("reason", exclusion.reason().name()).param("application", exclusion.applicationId())
                    .param("person", exclusion.person()).param("unit", exclusion.unit())
                    .param("type", exclusion.conflictType() == null ? null : exclusion.conflictType().name())
                    .param("source", exclusion.conflictSource() == null ? null : exclusion.conflictSource().name())
                    .update();
        }
        appendNew(id, draw, 0, 0, actor);
    }

    /**
     * Appends the rounds (with the seed of a newly committed round) and the steps the draw gained since
     * {@code storedRounds} / {@code storedSteps}. A step appended concurrently under the same sequence fails on the
     * key, so two transitions can never both be written.
     */
    void appendNew(UUID id, PanelDraw draw, int storedRounds, int storedSteps, String actor) {
        DrawRecord record = draw.record();
        List<DrawRound> rounds = record.rounds();
        for (int i = storedRounds; i < rounds.size(); i++) {
            DrawRound round = rounds.get(i);
            jdbc.sql("""
                    INSERT INTO draw_round (draw_id, round, previous, count, seed_hash, commitment, committed_at)
                    VALUES (:draw, :round, :previous, :count, :seedHash, :commitment, :at)
                    """)
                    .param("draw", id).param("round", round.index()).param("previous", round.previous())
                    .param("count", round.count()).param("seedHash", round.seedHash())
                    .param("commitment", round.commitment()).param("at", Timestamp.from(round.committedAt()))
                    .update();
            Seed seed = round.drawn() ? round.seed() : record.pendingSeed();
            jdbc.sql("INSERT INTO draw_seed (draw_id, round, seed) VALUES (:draw, :round, :seed)")
                    .param("draw", id).param("round", round.index()).param("seed", seed.hex()).update();
        }
        List<DrawStep> steps = record.steps();
        for (int i = storedSteps; i < steps.size(); i++) {
            DrawStep step = steps.get(i);
            jdbc.sql("""
                    INSERT INTO draw_step (draw_id, sequence, type, at, round, seat, expert_id, note, actor)
                    VALUES (:draw, :sequence, :type, :at, :round, :seat, :expert, :note, :actor)
                    """)
                    .param("draw", id).param("sequence", step.sequence()).param("type", step.type().name())
                    .param("at", Timestamp.from(step.at())).param("round", step.round()).param("seat", step.seat())
                    .param("expert", step.expert()).param("note", step.note()).param("actor", actor)
                    .update();
        }
    }

    /** The meeting's draw, if one was committed. */
    Optional<UUID> drawOf(UUID meetingId) {
        return jdbc.sql("SELECT id FROM panel_draw WHERE meeting_id = :meeting").param("meeting", meetingId)
                .query(UUID.class).optional();
    }

    /**
     * The draw {@code id} of the meeting, restored by replaying its rows; 404 {@code draw.not-found}.
     *
     * @throws IllegalStateException when the stored rows contradict their replay (tampered storage)
     */
    StoredDraw require(UUID meetingId, UUID id) {
        return find(meetingId, id, "");
    }

    /**
     * As {@link #require}, its header row locked until the transaction ends, so steps on one draw run one after the
     * other.
     */
    StoredDraw lock(UUID meetingId, UUID id) {
        return find(meetingId, id, " FOR UPDATE");
    }

    /**
     * Appends what the draw's aggregate gained since it was read ({@link #appendNew}), by {@code actor}; answers the
     * draw as now stored.
     */
    StoredDraw append(StoredDraw stored, String actor) {
        appendNew(stored.id(), stored.draw(), stored.storedRounds(), stored.storedSteps(), actor);
        return stored.advanced(actor);
    }

    private StoredDraw find(UUID meetingId, UUID id, String lock) {
        return jdbc.sql("SELECT * FROM panel_draw WHERE id = :id AND meeting_id = :meeting" + lock)
                .param("id", id).param("meeting", meetingId).query(DrawRepository::header).optional()
                .map(this::restore).orElseThrow(() -> Problems.notFound("draw", id));
    }

    private record Header(UUID id, UUID meetingId, String committeeCode, DrawConstraints constraints,
            int notMatching, Salt salt, String createdBy, Instant createdAt) {
    }

    private static Header header(ResultSet row, int index) throws SQLException {
        UUID meetingId = row.getObject("meeting_id", UUID.class);
        DrawConstraints constraints = DrawConstraints.of(meetingId.toString(),
                new TreeSet<>(TextArray.read(row, "specialties")), new TreeSet<>(TextArray.read(row, "title_levels")),
                row.getInt("panel_size"), row.getInt("alternates"));
        return new Header(row.getObject("id", UUID.class), meetingId, row.getString("committee_code"), constraints,
                row.getInt("not_matching"), Salt.ofHex(row.getString("salt")), row.getString("created_by"),
                row.getTimestamp("created_at").toInstant());
    }

    private record StepRow(DrawStep step, String actor) {
    }

    private StoredDraw restore(Header header) {
        UUID id = header.id();
        List<Candidate> eligible = jdbc.sql("""
                SELECT expert_id, specialty, title_level, unit, region FROM draw_candidate
                WHERE draw_id = :draw ORDER BY position
                """).param("draw", id)
                .query((row, n) -> new Candidate(row.getString("expert_id"), row.getString("specialty"),
                        row.getString("title_level"), row.getString("unit"), row.getString("region"), List.of()))
                .list();
        List<Assignment> assignments = jdbc.sql("""
                SELECT application_id, applicant_person, applicant_unit FROM draw_assignment
                WHERE draw_id = :draw ORDER BY position
                """).param("draw", id)
                .query((row, n) -> new Assignment(row.getString("application_id"), row.getString("applicant_person"),
                        row.getString("applicant_unit")))
                .list();
        List<Exclusion> exclusions = jdbc.sql("SELECT * FROM draw_exclusion WHERE draw_id = :draw ORDER BY position")
                .param("draw", id).query(DrawRepository::exclusion).list();
        List<StepRow> stepRows = jdbc.sql("SELECT * FROM draw_step WHERE draw_id = :draw ORDER BY sequence")
                .param("draw", id).query(DrawRepository::step).list();
        List<DrawStep> steps = stepRows.stream().map(StepRow::step).toList();
        Map<Integer, Instant> drawnAt = new HashMap<>();
        steps.stream().filter(step -> step.type() == DrawStepType.DRAWN)
                .forEach(step -> drawnAt.put(step.round(), step.at()));
        List<DrawRound> rounds = new ArrayList<>();
        Seed[] pending = new Seed[1];
        jdbc.sql("""
                SELECT r.*, s.seed FROM draw_round r JOIN draw_seed s ON s.draw_id = r.draw_id AND s.round = r.round
                WHERE r.draw_id = :draw ORDER BY r.round
                """).param("draw", id).query((row, n) -> {
                    int round = row.getInt("round");
                    Seed seed = Seed.ofHex(row.getString("seed"));
                    Instant drawn = drawnAt.get(round);
                    if (drawn == null) {
                        pending[0] = seed;
                    }
                    return new DrawRound(round, row.getString("previous"), row.getInt("count"),
                            row.getString("seed_hash"), row.getString("commitment"),
                            row.getTimestamp("committed_at").toInstant(), drawn == null ? null : seed, drawn);
                }).list().forEach(rounds::add);
        EligiblePool pool = new EligiblePool(header.constraints(), assignments, eligible, exclusions,
                header.notMatching());
        PanelDraw draw = PanelDraw.restore(new DrawRecord(pool, header.salt(), rounds, pending[0], steps));
        return new StoredDraw(id, header.meetingId(), header.committeeCode(), header.createdBy(), header.createdAt(),
                draw, rounds.size(), steps.size(), stepRows.stream().map(StepRow::actor).toList());
    }

    private static Exclusion exclusion(ResultSet row, int index) throws SQLException {
        String type = row.getString("conflict_type");
        String source = row.getString("conflict_source");
        return new Exclusion(row.getString("expert_id"), ExclusionReason.valueOf(row.getString("reason")),
                row.getString("application_id"), row.getString("person"), row.getString("unit"),
                type == null ? null : ConflictType.valueOf(type), source == null ? null : ConflictSource.valueOf(source));
    }

    private static StepRow step(ResultSet row, int index) throws SQLException {
        DrawStep step = new DrawStep(row.getInt("sequence"), DrawStepType.valueOf(row.getString("type")),
                row.getTimestamp("at").toInstant(), (Integer) row.getObject("round"), (Integer) row.getObject("seat"),
                row.getString("expert_id"), row.getString("note"));
        return new StepRow(step, row.getString("actor"));
    }
}
