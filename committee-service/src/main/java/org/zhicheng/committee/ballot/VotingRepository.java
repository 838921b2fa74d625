package org.zhicheng.committee.ballot;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.committee.ballot.domain.Attendance;
import org.zhicheng.committee.ballot.domain.Ballot;
import org.zhicheng.committee.ballot.domain.BallotRules;
import org.zhicheng.committee.ballot.domain.CastReceipt;
import org.zhicheng.committee.ballot.domain.Minutes;
import org.zhicheng.committee.ballot.domain.Tally;
import org.zhicheng.committee.ballot.domain.VotingSession;
import org.zhicheng.committee.ballot.domain.VotingStage;
import org.zhicheng.committee.meeting.domain.ApplicationAssignment;
import org.zhicheng.committee.meeting.domain.ApplicationResult;
import org.zhicheng.committee.meeting.domain.Meeting;

import tools.jackson.databind.json.JsonMapper;

/**
 * Voting sessions in tables {@code voting_session}, {@code voting_attendance}, {@code ballot_tally},
 * {@code ballot_voter} and {@code meeting_minutes}. A ballot touches two rows that share nothing but the application:
 * the voter joins the roll, the tally's count goes up in place. Nothing stores a voter next to a choice, and no
 * intermediate count is kept.
 */
@Repository
class VotingRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    VotingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(VotingSession session) {
        jdbc.sql("INSERT INTO voting_session (meeting_id, chair, stage, version) VALUES (:id, :chair, :stage, 0)")
                .param("id", session.meetingId()).param("chair", session.chair())
                .param("stage", session.stage().name()).update();
        List<ApplicationAssignment> candidates = session.candidates();
        for (int position = 0; position < candidates.size(); position++) {
            jdbc.sql("""
                    INSERT INTO ballot_tally (meeting_id, application_id, position, agree, disagree, abstain)
                    VALUES (:id, :application, :position, 0, 0, 0)
                    """).param("id", session.meetingId()).param("application", candidates.get(position).applicationId())
                    .param("position", position).update();
        }
    }

    /** The vote of an open or closed meeting, its row locked until the transaction ends; empty before opening. */
    Optional<VotingSession> lock(Meeting meeting, BallotRules rules) {
        return load(meeting, rules, " FOR UPDATE");
    }

    Optional<VotingSession> find(Meeting meeting, BallotRules rules) {
        return load(meeting, rules, "");
    }

    /** Stores the sign-in sheet: every panel expert as present or absent. */
    void saveAttendance(VotingSession session) {
        UUID id = session.meetingId();
        jdbc.sql("DELETE FROM voting_attendance WHERE meeting_id = :id").param("id", id).update();
        Attendance attendance = session.attendance();
        for (String expert : attendance.panel()) {
            jdbc.sql("INSERT INTO voting_attendance (meeting_id, expert_id, present) VALUES (:id, :expert, :present)")
                    .param("id", id).param("expert", expert).param("present", attendance.isPresent(expert)).update();
        }
    }

    /** Stores the stage if nobody changed the session since it was read. */
    void saveStage(VotingSession session) {
        int changed = jdbc.sql("""
                UPDATE voting_session SET stage = :stage, version = version + 1
                WHERE meeting_id = :id AND version = :version
                """).param("stage", session.stage().name()).param("id", session.meetingId())
                .param("version", session.version()).update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("the vote of meeting " + session.meetingId() + " changed");
        }
        session.savedAs(session.version() + 1);
    }

    /** One ballot: the voter joins the roll, the application's counts become the session's. */
    void saveCast(VotingSession session, CastReceipt receipt) {
        jdbc.sql("""
                INSERT INTO ballot_voter (meeting_id, application_id, expert_id) VALUES (:id, :application, :voter)
                """).param("id", receipt.meetingId()).param("application", receipt.applicationId())
                .param("voter", receipt.voter()).update();
        Tally tally = session.ballot(receipt.applicationId()).tally();
        jdbc.sql("""
                UPDATE ballot_tally SET agree = :agree, disagree = :disagree, abstain = :abstain
                WHERE meeting_id = :id AND application_id = :application
                """).param("agree", tally.agree()).param("disagree", tally.disagree())
                .param("abstain", tally.abstain()).param("id", receipt.meetingId())
                .param("application", receipt.applicationId()).update();
    }

    /** Archives the minutes once, with their hash; the database refuses any later change of the row. */
    void insertMinutes(Minutes minutes) {
        MinutesDocument document = new MinutesDocument(minutes.meetingId(), minutes.panel(), minutes.present(),
                minutes.candidates(), minutes.results(), minutes.closedBy(), minutes.closedAt());
        jdbc.sql("""
                INSERT INTO meeting_minutes (meeting_id, content, content_hash, closed_at)
                VALUES (:id, CAST(:content AS jsonb), :hash, :closedAt)
                """).param("id", minutes.meetingId()).param("content", json.writeValueAsString(document))
                .param("hash", minutes.contentHash()).param("closedAt", Timestamp.from(minutes.closedAt())).update();
    }

    /** The archived minutes, checked against their hash (an altered archive fails loudly). */
    Optional<Minutes> minutes(UUID meetingId) {
        return jdbc.sql("SELECT content, content_hash FROM meeting_minutes WHERE meeting_id = :id")
                .param("id", meetingId)
                .query((rs, index) -> {
                    MinutesDocument d = json.readValue(rs.getString("content"), MinutesDocument.class);
                    return Minutes.restore(d.meetingId(), d.panel(), d.present(), d.candidates(), d.results(),
                            d.closedBy(), d.closedAt(), rs.getString("content_hash"));
                }).optional();
    }

    /** The applications of the meeting the expert has voted on (the roll, never a choice). */
    List<UUID> votedOn(UUID meetingId, String expert) {
        return jdbc.sql("""
                SELECT v.application_id FROM ballot_voter v
                JOIN ballot_tally t ON t.meeting_id = v.meeting_id AND t.application_id = v.application_id
                WHERE v.meeting_id = :id AND v.expert_id = :expert ORDER BY t.position
                """).param("id", meetingId).param("expert", expert).query(UUID.class).list();
    }

    private Optional<VotingSession> load(Meeting meeting, BallotRules rules, String lock) {
        UUID id = meeting.id();
        return jdbc.sql("SELECT chair, stage, version FROM voting_session WHERE meeting_id = :id" + lock)
                .param("id", id)
                .query((rs, index) -> new SessionRow(rs.getString("chair"), VotingStage.valueOf(rs.getString("stage")),
                        rs.getInt("version")))
                .optional()
                .map(row -> restore(meeting, rules, row));
    }

    private VotingSession restore(Meeting meeting, BallotRules rules, SessionRow row) {
        UUID id = meeting.id();
        List<String> present = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        jdbc.sql("SELECT expert_id, present FROM voting_attendance WHERE meeting_id = :id").param("id", id)
                .query((rs, index) -> (rs.getBoolean("present") ? present : absent).add(rs.getString("expert_id")))
                .list();
        Map<UUID, Set<String>> rolls = new HashMap<>();
        jdbc.sql("SELECT application_id, expert_id FROM ballot_voter WHERE meeting_id = :id").param("id", id)
                .query((rs, index) -> rolls.computeIfAbsent(rs.getObject("application_id", UUID.class),
                        application -> new HashSet<>()).add(rs.getString("expert_id")))
                .list();
        Map<UUID, Ballot> ballots = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM ballot_tally WHERE meeting_id = :id ORDER BY position").param("id", id)
                .query((rs, index) -> {
                    UUID application = rs.getObject("application_id", UUID.class);
                    return ballots.put(application, Ballot.restore(application, rolls.getOrDefault(application,
                            Set.of()), new Tally(rs.getInt("agree"), rs.getInt("disagree"), rs.getInt("abstain"))));
                }).list();
        Attendance attendance = Attendance.restore(meeting.panel(), present, absent,
                row.stage() != VotingStage.ATTENDANCE);
        Minutes minutes = row.stage() == VotingStage.CLOSED ? minutes(id).orElseThrow() : null;
        return VotingSession.restore(id, row.chair(), meeting.assignments(), attendance, ballots.values(), rules,
                row.stage(), minutes, row.version());
    }

    private record SessionRow(String chair, VotingStage stage, int version) {
    }

    /** The stored form of the minutes; the hash is over {@link Minutes#canonicalText()}, not over this JSON. */
    record MinutesDocument(UUID meetingId, List<String> panel, List<String> present,
            List<ApplicationAssignment> candidates, List<ApplicationResult> results, String closedBy,
            Instant closedAt) {
    }
}
