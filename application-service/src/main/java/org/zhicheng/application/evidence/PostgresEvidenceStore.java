package org.zhicheng.application.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Evidence contents in table {@code evidence_blob} ({@code bytea}, compressed by PostgreSQL's TOAST). */
@Component
class PostgresEvidenceStore implements EvidenceStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PostgresEvidenceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean putIfAbsent(String sha256, String mediaType, byte[] content) {
        return jdbc.sql("""
                INSERT INTO evidence_blob (sha256, media_type, size_bytes, content, stored_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING""")
                .params(sha256, mediaType, (long) content.length, content, Timestamp.from(clock.instant()))
                .update() == 1;
    }

    @Override
    public Optional<byte[]> get(String sha256) {
        return jdbc.sql("SELECT content FROM evidence_blob WHERE sha256 = ?").param(sha256)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }
}
