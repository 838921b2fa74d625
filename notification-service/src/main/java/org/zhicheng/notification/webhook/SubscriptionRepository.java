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
import org.zhicheng.starter.jdbc.TextArray;

/** Table {@code webhook_subscription}; the secret column holds the sealed secret. */
@Repository
class SubscriptionRepository {

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A subscription as stored (secret sealed). */
    record Subscription(UUID id, String owner, String url, List<String> eventTypes, String description,
            String sealedSecret, boolean active, int version, Instant createdAt, Instant updatedAt) {
    }

    void insert(Subscription s) {
        jdbc.sql("""
                INSERT INTO webhook_subscription (id, owner, url, event_types, description, secret, active, version,
                    created_at, updated_at)
                VALUES (:id, :owner, :url, :types, :description, :secret, :active, 0, :createdAt, :updatedAt)
                """)
                .param("id", s.id()).param("owner", s.owner()).param("url", s.url())
                .param("types", new TextArray(s.eventTypes())).param("description", s.description())
                .param("secret", s.sealedSecret()).param("active", s.active())
                .param("createdAt", Timestamp.from(s.createdAt())).param("updatedAt", Timestamp.from(s.updatedAt()))
                .update();
    }

    /** Stores a changed subscription if its version is still {@code expectedVersion}; answers whether it did. */
    boolean update(Subscription s, int expectedVersion) {
        return jdbc.sql("""
                UPDATE webhook_subscription SET url = :url, event_types = :types, description = :description,
                    secret = :secret, active = :active, version = version + 1, updated_at = :updatedAt
                WHERE id = :id AND version = :version
                """)
                .param("id", s.id()).param("version", expectedVersion).param("url", s.url())
                .param("types", new TextArray(s.eventTypes())).param("description", s.description())
                .param("secret", s.sealedSecret()).param("active", s.active())
                .param("updatedAt", Timestamp.from(s.updatedAt()))
                .update() == 1;
    }

    boolean delete(UUID id, String owner) {
        return jdbc.sql("DELETE FROM webhook_subscription WHERE id = ? AND owner = ?").params(id, owner).update() == 1;
    }

    Optional<Subscription> find(UUID id) {
        return jdbc.sql("SELECT * FROM webhook_subscription WHERE id = ?").param(id).query(this::row).optional();
    }

    List<Subscription> ofOwner(String owner) {
        return jdbc.sql("SELECT * FROM webhook_subscription WHERE owner = ? ORDER BY created_at, id").param(owner)
                .query(this::row).list();
    }

    int countOf(String owner) {
        return jdbc.sql("SELECT count(*) FROM webhook_subscription WHERE owner = ?").param(owner)
                .query(Integer.class).single();
    }

    /** The active subscriptions to {@code eventType}. */
    List<UUID> subscribedTo(String eventType) {
        return jdbc.sql("SELECT id FROM webhook_subscription WHERE active AND event_types @> ARRAY[?]::text[]")
                .param(eventType).query(UUID.class).list();
    }

    private Subscription row(ResultSet rs, int n) throws SQLException {
        return new Subscription(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("url"),
                TextArray.read(rs, "event_types"), rs.getString("description"), rs.getString("secret"),
                rs.getBoolean("active"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
