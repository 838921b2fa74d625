package org.zhicheng.notification.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code webhook_delivery}: one row per subscription and event. */
@Repository
class WebhookDeliveryRepository {

    private static final int MAX_ERROR = 2000;

    private final JdbcClient jdbc;

    WebhookDeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code PENDING} until tried; {@code FAILED} and tried again; {@code DELIVERED}; {@code DEAD} after the last try. */
    enum Status {
        PENDING, FAILED, DELIVERED, DEAD
    }

    record Delivery(UUID id, long seq, UUID subscriptionId, UUID eventId, String eventType, String subject,
            String payload, Status status, int attempts, Instant nextAttemptAt, Integer lastStatusCode,
            String lastError, Instant createdAt, Instant deliveredAt, Instant deadAt) {
    }

    void insert(UUID subscriptionId, UUID eventId, String eventType, String subject, String payload, Instant now) {
        jdbc.sql("""
                INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, subject, payload, status,
                    attempts, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                ON CONFLICT (subscription_id, event_id) DO NOTHING""")
                .params(UUID.randomUUID(), subscriptionId, eventId, eventType, subject, payload, Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /**
     * Claims due deliveries, each only when no earlier delivery of the same subscription and subject is still to be
     * delivered (a dead one does not hold the others up), and leases them until {@code leaseUntil}. A paused
     * subscription's deliveries wait.
     */
    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                UPDATE webhook_delivery d SET attempts = d.attempts + 1, next_attempt_at = :lease
                WHERE d.id IN (
                    SELECT c.id FROM webhook_delivery c
                    WHERE c.status IN ('PENDING', 'FAILED') AND c.next_attempt_at <= :now
                      AND EXISTS (SELECT 1 FROM webhook_subscription s WHERE s.id = c.subscription_id AND s.active)
                      AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
                                      WHERE e.subscription_id = c.subscription_id AND e.subject = c.subject
                                        AND e.status IN ('PENDING', 'FAILED') AND e.seq < c.seq)
                    ORDER BY c.seq LIMIT :limit FOR UPDATE SKIP LOCKED)
                RETURNING d.*""")
                .param("lease", Timestamp.from(leaseUntil)).param("now", Timestamp.from(now)).param("limit", limit)
                .query(this::row).list();
    }

    void delivered(UUID id, int statusCode, Instant at) {
        jdbc.sql("""
                UPDATE webhook_delivery SET status = 'DELIVERED', last_status_code = ?, last_error = NULL,
                    delivered_at = ? WHERE id = ?""")
                .params(statusCode, Timestamp.from(at), id).update();
    }

    void failed(UUID id, Integer statusCode, String error, Instant nextAttempt) {
        jdbc.sql("""
                UPDATE webhook_delivery SET status = 'FAILED', last_status_code = ?, last_error = ?,
                    next_attempt_at = ? WHERE id = ?""")
                .params(statusCode, truncate(error), Timestamp.from(nextAttempt), id).update();
    }

    void dead(UUID id, Integer statusCode, String error, Instant at) {
        jdbc.sql("""
                UPDATE webhook_delivery SET status = 'DEAD', last_status_code = ?, last_error = ?, dead_at = ?
                WHERE id = ?""")
                .params(statusCode, truncate(error), Timestamp.from(at), id).update();
    }

    /** Puts a dead delivery back in the queue with fresh attempts; answers whether it was dead. */
    boolean replay(UUID subscriptionId, UUID id, Instant now) {
        return jdbc.sql("""
                UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?, dead_at = NULL
                WHERE id = ? AND subscription_id = ? AND status = 'DEAD'""")
                .params(Timestamp.from(now), id, subscriptionId).update() == 1;
    }

    int replayAll(UUID subscriptionId, Instant now) {
        return jdbc.sql("""
                UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?, dead_at = NULL
                WHERE subscription_id = ? AND status = 'DEAD'""")
                .params(Timestamp.from(now), subscriptionId).update();
    }

    Optional<Delivery> find(UUID subscriptionId, UUID id) {
        return jdbc.sql("SELECT * FROM webhook_delivery WHERE id = ? AND subscription_id = ?")
                .params(id, subscriptionId).query(this::row).optional();
    }

    /** The subscription's deliveries of a status (any, if null), newest first. */
    List<Delivery> page(UUID subscriptionId, Status status, int page, int size) {
        return jdbc.sql("SELECT * FROM webhook_delivery WHERE subscription_id = ? AND (CAST(? AS varchar) IS NULL OR status = ?) "
                + "ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(subscriptionId, status == null ? null : status.name(), status == null ? null : status.name(),
                        size, (long) page * size)
                .query(this::row).list();
    }

    long count(UUID subscriptionId, Status status) {
        return jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE subscription_id = ? AND (CAST(? AS varchar) IS NULL OR status = ?)")
                .params(subscriptionId, status == null ? null : status.name(), status == null ? null : status.name())
                .query(Long.class).single();
    }

    private Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getLong("seq"),
                rs.getObject("subscription_id", UUID.class), rs.getObject("event_id", UUID.class),
                rs.getString("event_type"), rs.getString("subject"), rs.getString("payload"),
                Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                (Integer) rs.getObject("last_status_code"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "delivered_at"), instant(rs, "dead_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
