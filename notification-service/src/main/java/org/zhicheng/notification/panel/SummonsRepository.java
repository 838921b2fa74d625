package org.zhicheng.notification.panel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code draw_summons}: the rounds whose experts are still to be told. */
@Repository
class SummonsRepository {

    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;

    SummonsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A round to tell. */
    record Pending(UUID drawId, int round, UUID meetingId, String committee, UUID sourceEventId, int attempts) {
    }

    void enqueue(UUID drawId, int round, UUID meetingId, String committee, UUID eventId, Instant now) {
        jdbc.sql("""
                INSERT INTO draw_summons (draw_id, round, meeting_id, committee_code, source_event_id, status,
                    attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                ON CONFLICT (draw_id, round) DO NOTHING""")
                .params(drawId, round, meetingId, committee, eventId, Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** Claims due rounds, kept from other instances until {@code leaseUntil}; counts the attempt. */
    List<Pending> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE draw_summons SET attempts = attempts + 1, next_attempt_at = :lease
                WHERE (draw_id, round) IN (
                    SELECT draw_id, round FROM draw_summons
                    WHERE status = 'PENDING' AND next_attempt_at <= :now
                    ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING draw_id, round, meeting_id, committee_code, source_event_id, attempts""")
                .param("lease", Timestamp.from(leaseUntil)).param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getObject(5, UUID.class), rs.getInt(6)))
                .list();
    }

    void done(UUID drawId, int round, int told, Instant at) {
        jdbc.sql("""
                UPDATE draw_summons SET status = 'DONE', experts_told = ?, done_at = ?, last_error = NULL
                WHERE draw_id = ? AND round = ?""")
                .params(told, Timestamp.from(at), drawId, round).update();
    }

    void retryAt(UUID drawId, int round, String error, Instant next) {
        jdbc.sql("UPDATE draw_summons SET last_error = ?, next_attempt_at = ? WHERE draw_id = ? AND round = ?")
                .params(truncate(error), Timestamp.from(next), drawId, round).update();
    }

    void gaveUp(UUID drawId, int round, String error, Instant at) {
        jdbc.sql("""
                UPDATE draw_summons SET status = 'GAVE_UP', last_error = ?, done_at = ?
                WHERE draw_id = ? AND round = ?""")
                .params(truncate(error), Timestamp.from(at), drawId, round).update();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
