package org.zhicheng.committee.expert;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.committee.expert.domain.EndReason;
import org.zhicheng.committee.expert.domain.MembershipStatus;
import org.zhicheng.committee.expert.domain.PoolChange;
import org.zhicheng.committee.expert.domain.PoolChange.Addition;
import org.zhicheng.committee.expert.domain.PoolChange.Removal;
import org.zhicheng.committee.expert.domain.PoolMembership;
import org.zhicheng.committee.expert.domain.PoolRequest;
import org.zhicheng.committee.expert.domain.PoolRequestStatus;
import org.zhicheng.committee.expert.domain.Term;

/** Pool memberships and pool requests: tables {@code pool_membership}, {@code pool_request(_change)}. */
@Repository
class PoolRepository {

    private final JdbcClient jdbc;

    PoolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- memberships -------------------------------------------------------------------------------------------

    /** The committee's ACTIVE memberships (including terms not yet begun or already run out), by expert. */
    List<PoolMembership> active(UUID committeeId) {
        return jdbc.sql("""
                SELECT * FROM pool_membership WHERE committee_id = :committee AND status = 'ACTIVE'
                ORDER BY expert_id
                """).param("committee", committeeId).query(PoolRepository::membership).list();
    }

    /** Memberships ACTIVE and in term on {@code day}. */
    List<PoolMembership> activeOn(UUID committeeId, LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM pool_membership
                WHERE committee_id = :committee AND status = 'ACTIVE' AND term_start <= :day AND term_end >= :day
                ORDER BY expert_id
                """).param("committee", committeeId).param("day", Date.valueOf(day))
                .query(PoolRepository::membership).list();
    }

    void insertMembership(PoolMembership membership) {
        jdbc.sql("""
                INSERT INTO pool_membership (id, committee_id, expert_id, term_start, term_end, status,
                    added_by_request)
                VALUES (:id, :committee, :expert, :start, :end, 'ACTIVE', :request)
                """)
                .param("id", membership.id()).param("committee", membership.committeeId())
                .param("expert", membership.expertId()).param("start", Date.valueOf(membership.term().start()))
                .param("end", Date.valueOf(membership.term().end())).param("request", membership.addedByRequest())
                .update();
    }

    /** Ends the expert's active membership in the committee; whether there was one. */
    boolean end(UUID committeeId, String expertId, EndReason reason, String note, Instant at) {
        return jdbc.sql("""
                UPDATE pool_membership SET status = 'ENDED', end_reason = :reason, end_note = :note, ended_at = :at
                WHERE committee_id = :committee AND expert_id = :expert AND status = 'ACTIVE'
                """)
                .param("reason", reason.name()).param("note", note).param("at", Timestamp.from(at))
                .param("committee", committeeId).param("expert", expertId).update() > 0;
    }

    /** Ends every active membership of the expert; the codes of the committees concerned, sorted. */
    List<String> endAll(String expertId, EndReason reason, String note, Instant at) {
        return jdbc.sql("""
                WITH ended AS (
                    UPDATE pool_membership SET status = 'ENDED', end_reason = :reason, end_note = :note, ended_at = :at
                    WHERE expert_id = :expert AND status = 'ACTIVE'
                    RETURNING committee_id)
                SELECT c.code FROM ended JOIN committee c ON c.id = ended.committee_id ORDER BY c.code
                """)
                .param("reason", reason.name()).param("note", note).param("at", Timestamp.from(at))
                .param("expert", expertId).query(String.class).list();
    }

    /** Codes of the committees whose pool holds the expert (an ACTIVE membership). */
    List<String> committeesHolding(String expertId) {
        return jdbc.sql("""
                SELECT c.code FROM pool_membership m JOIN committee c ON c.id = m.committee_id
                WHERE m.expert_id = :expert AND m.status = 'ACTIVE' ORDER BY c.code
                """).param("expert", expertId).query(String.class).list();
    }

    // ---- requests ----------------------------------------------------------------------------------------------

    void insertRequest(PoolRequest request) {
        jdbc.sql("""
                INSERT INTO pool_request (id, committee_id, status, reason, requested_by, requested_at)
                VALUES (:id, :committee, :status, :reason, :by, :at)
                """)
                .param("id", request.id()).param("committee", request.committeeId())
                .param("status", request.status().name()).param("reason", request.reason())
                .param("by", request.requestedBy()).param("at", Timestamp.from(request.requestedAt()))
                .update();
        List<PoolChange> changes = request.changes();
        for (int position = 0; position < changes.size(); position++) {
            PoolChange change = changes.get(position);
            Term term = change instanceof Addition addition ? addition.term() : null;
            jdbc.sql("""
                    INSERT INTO pool_request_change (request_id, position, kind, expert_id, term_start, term_end, reason)
                    VALUES (:request, :position, :kind, :expert, :start, :end, :reason)
                    """)
                    .param("request", request.id()).param("position", position)
                    .param("kind", change instanceof Addition ? "ADD" : "REMOVE").param("expert", change.expertId())
                    .param("start", term == null ? null : Date.valueOf(term.start()))
                    .param("end", term == null ? null : Date.valueOf(term.end()))
                    .param("reason", change instanceof Removal removal ? removal.reason() : null)
                    .update();
        }
    }

    void saveDecision(PoolRequest request) {
        jdbc.sql("""
                UPDATE pool_request SET status = :status, decided_by = :by, decided_at = :at, decision_reason = :reason
                WHERE id = :id
                """)
                .param("status", request.status().name()).param("by", request.decidedBy())
                .param("at", Timestamp.from(request.decidedAt())).param("reason", request.decisionReason())
                .param("id", request.id()).update();
    }

    /** The committee's request {@code id}, its row locked when {@code forUpdate}. */
    Optional<PoolRequest> findRequest(UUID committeeId, String committeeCode, UUID id, boolean forUpdate) {
        List<PoolRequest> found = requests("WHERE r.committee_id = :committee AND r.id = :id"
                + (forUpdate ? " FOR UPDATE" : ""), Map.of("committee", committeeId, "id", id), committeeCode);
        return found.stream().findFirst();
    }

    /** The committee's requests, newest first; {@code status} null for all. */
    List<PoolRequest> requests(UUID committeeId, String committeeCode, PoolRequestStatus status) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("committee", committeeId);
        params.put("status", status == null ? null : status.name());
        return requests("""
                WHERE r.committee_id = :committee
                  AND (CAST(:status AS text) IS NULL OR r.status = CAST(:status AS text))
                ORDER BY r.requested_at DESC, r.id
                """, params, committeeCode);
    }

    private List<PoolRequest> requests(String clause, Map<String, Object> params, String committeeCode) {
        List<RequestRow> rows = jdbc.sql("SELECT r.* FROM pool_request r " + clause).params(params)
                .query(RequestRow::map).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PoolChange>> changes = new LinkedHashMap<>();
        rows.forEach(row -> changes.put(row.id(), new ArrayList<>()));
        jdbc.sql("SELECT * FROM pool_request_change WHERE request_id IN (:ids) ORDER BY request_id, position")
                .param("ids", changes.keySet())
                .query((rs, index) -> changes.get(rs.getObject("request_id", UUID.class)).add(change(rs)))
                .list();
        return rows.stream().map(row -> row.toRequest(committeeCode, changes.get(row.id()))).toList();
    }

    private static PoolChange change(ResultSet rs) throws SQLException {
        if ("ADD".equals(rs.getString("kind"))) {
            return new Addition(rs.getString("expert_id"),
                    new Term(rs.getDate("term_start").toLocalDate(), rs.getDate("term_end").toLocalDate()));
        }
        return new Removal(rs.getString("expert_id"), rs.getString("reason"));
    }

    private record RequestRow(UUID id, UUID committeeId, PoolRequestStatus status, String reason, String requestedBy,
            Instant requestedAt, String decidedBy, Instant decidedAt, String decisionReason) {

        static RequestRow map(ResultSet rs, int index) throws SQLException {
            Timestamp decided = rs.getTimestamp("decided_at");
            return new RequestRow(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
                    PoolRequestStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                    rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
                    rs.getString("decided_by"), decided == null ? null : decided.toInstant(),
                    rs.getString("decision_reason"));
        }

        PoolRequest toRequest(String committeeCode, List<PoolChange> changes) {
            return new PoolRequest(id, committeeId, committeeCode, changes, reason, status, requestedBy, requestedAt,
                    decidedBy, decidedAt, decisionReason);
        }
    }

    static PoolMembership membership(ResultSet rs, int index) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        String reason = rs.getString("end_reason");
        return new PoolMembership(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
                rs.getString("expert_id"),
                new Term(rs.getDate("term_start").toLocalDate(), rs.getDate("term_end").toLocalDate()),
                MembershipStatus.valueOf(rs.getString("status")), rs.getObject("added_by_request", UUID.class),
                reason == null ? null : EndReason.valueOf(reason), rs.getString("end_note"),
                ended == null ? null : ended.toInstant());
    }
}
