package org.zhicheng.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code delivery}: one row per inbox item and channel. */
@Repository
class DeliveryRepository {

    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A delivery as the worker and the API see it. */
    record Delivery(UUID id, UUID inboxItemId, Channel channel, String recipient, String language,
            DeliveryStatus status, int attempts, Instant nextAttemptAt, String lastError, String providerId,
            Instant createdAt, Instant sentAt) {
    }

    void insert(UUID itemId, Channel channel, String recipient, String language, Instant now) {
        jdbc.sql("""
                INSERT INTO delivery (id, inbox_item_id, channel, recipient, language, status, attempts,
                    next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                ON CONFLICT (inbox_item_id, channel) DO NOTHING""")
                .params(UUID.randomUUID(), itemId, channel.name(), recipient, language, Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /**
     * Claims up to {@code limit} due deliveries for this worker: they are kept from other workers until
     * {@code leaseUntil} (a worker that dies mid-send leaves them to be tried again then). Counts the attempt.
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM delivery WHERE status IN ('PENDING', 'FAILED') AND next_attempt_at <= ?
                ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED""")
                .params(Timestamp.from(now), limit).query(UUID.class).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("UPDATE delivery SET attempts = attempts + 1, next_attempt_at = :lease WHERE id IN (:ids)")
                .param("lease", Timestamp.from(leaseUntil)).param("ids", ids).update();
        return jdbc.sql("SELECT * FROM delivery WHERE id IN (:ids) ORDER BY created_at").param("ids", ids)
                .query(this::row).list();
    }

    void markSent(UUID id, String providerId, Instant at) {
        jdbc.sql("UPDATE delivery SET status = 'SENT', sent_at = ?, provider_id = ?, last_error = NULL WHERE id = ?")
                .params(Timestamp.from(at), providerId, id).update();
    }

    void markFailed(UUID id, String error, Instant nextAttempt) {
        jdbc.sql("UPDATE delivery SET status = 'FAILED', last_error = ?, next_attempt_at = ? WHERE id = ?")
                .params(truncate(error), Timestamp.from(nextAttempt), id).update();
    }

    void markGaveUp(UUID id, String error) {
        jdbc.sql("UPDATE delivery SET status = 'GAVE_UP', last_error = ? WHERE id = ?")
                .params(truncate(error), id).update();
    }

    List<Delivery> ofItem(UUID itemId) {
        return jdbc.sql("SELECT * FROM delivery WHERE inbox_item_id = ? ORDER BY channel").param(itemId)
                .query(this::row).list();
    }

    private Delivery row(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("inbox_item_id", UUID.class),
                Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("language"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                rs.getString("provider_id"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
