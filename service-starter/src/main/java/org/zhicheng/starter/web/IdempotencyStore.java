package org.zhicheng.starter.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Table {@code idempotency_key} (migration of the starter): one row per (subject, method, path, key). A row is
 * claimed before the request runs (status null), completed with the response when it succeeds, and released when it
 * fails, so only successful creates are replayed and a failed one can be retried with the same key.
 */
public class IdempotencyStore {

    /** A remembered request: its body hash and, once completed, its response. */
    public record Entry(String requestHash, Integer status, byte[] body, String contentType, String location,
            String etag, Instant expiresAt) {

        boolean completed() {
            return status != null;
        }
    }

    /** Identifies a key: the same key of two users, or on two paths, are different keys. */
    public record Key(String subject, String method, String path, String key) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration ttl;

    public IdempotencyStore(JdbcClient jdbc, Clock clock, Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = ttl;
    }

    public Optional<Entry> find(Key key) {
        return jdbc.sql("""
                SELECT request_hash, status, body, content_type, location, etag, expires_at FROM idempotency_key
                WHERE subject = ? AND method = ? AND path = ? AND idem_key = ? AND expires_at > ?""")
            .params(key.subject(), key.method(), key.path(), key.key(), Timestamp.from(clock.instant()))
            .query((rs, row) -> new Entry(rs.getString(1), (Integer) rs.getObject(2), rs.getBytes(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
            .optional();
    }

    /** Claims the key for a request about to run; false when another request holds a live claim or result. */
    public boolean claim(Key key, String requestHash) {
        Instant now = clock.instant();
        // an expired row of the same key is gone for good: the key starts afresh
        jdbc.sql("DELETE FROM idempotency_key WHERE subject = ? AND method = ? AND path = ? AND idem_key = ? AND expires_at <= ?")
            .params(key.subject(), key.method(), key.path(), key.key(), Timestamp.from(now))
            .update();
        return jdbc.sql("""
                INSERT INTO idempotency_key (subject, method, path, idem_key, request_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
            .params(key.subject(), key.method(), key.path(), key.key(), requestHash, Timestamp.from(now),
                    Timestamp.from(now.plus(ttl)))
            .update() == 1;
    }

    public void complete(Key key, int status, byte[] body, String contentType, String location, String etag) {
        jdbc.sql("""
                UPDATE idempotency_key SET status = ?, body = ?, content_type = ?, location = ?, etag = ?
                WHERE subject = ? AND method = ? AND path = ? AND idem_key = ?""")
            .params(status, body, contentType, location, etag, key.subject(), key.method(), key.path(), key.key())
            .update();
    }

    public void release(Key key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE subject = ? AND method = ? AND path = ? AND idem_key = ? AND status IS NULL")
            .params(key.subject(), key.method(), key.path(), key.key())
            .update();
    }

    /** Deletes expired keys; returns how many. */
    public int purgeExpired() {
        return jdbc.sql("DELETE FROM idempotency_key WHERE expires_at <= ?")
            .param(Timestamp.from(clock.instant()))
            .update();
    }
}
