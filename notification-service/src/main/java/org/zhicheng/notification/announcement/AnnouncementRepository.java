package org.zhicheng.notification.announcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code announcement}. */
@Repository
class AnnouncementRepository {

    private final JdbcClient jdbc;

    AnnouncementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the announcement unless one of the same kind for the same subject exists; true when it was saved. */
    boolean insertIfAbsent(Announcement announcement) {
        return jdbc.sql("""
                INSERT INTO announcement (id, kind, region, title, body, source_event_id, subject_id, published_at,
                                          created_at)
                VALUES (:id, :kind, :region, :title, :body, :eventId, :subjectId, :publishedAt, :createdAt)
                ON CONFLICT (kind, subject_id) DO NOTHING""")
                .param("id", announcement.id())
                .param("kind", announcement.kind().name())
                .param("region", announcement.region())
                .param("title", announcement.title())
                .param("body", announcement.body())
                .param("eventId", announcement.sourceEventId())
                .param("subjectId", announcement.subjectId())
                .param("publishedAt", announcement.publishedAt().atOffset(ZoneOffset.UTC))
                .param("createdAt", announcement.createdAt().atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    Optional<Announcement> findById(UUID id) {
        return jdbc.sql("SELECT * FROM announcement WHERE id = :id").param("id", id)
                .query(AnnouncementRepository::row)
                .optional();
    }

    /** Newest first; {@code regionPrefix} matches the region and the regions under it. */
    List<Announcement> search(String regionPrefix, AnnouncementKind kind, int page, int size) {
        Map<String, Object> params = filters(regionPrefix, kind);
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return jdbc.sql("SELECT * FROM announcement" + where(regionPrefix, kind)
                        + " ORDER BY published_at DESC, id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(AnnouncementRepository::row)
                .list();
    }

    long count(String regionPrefix, AnnouncementKind kind) {
        return jdbc.sql("SELECT count(*) FROM announcement" + where(regionPrefix, kind))
                .params(filters(regionPrefix, kind))
                .query(Long.class)
                .single();
    }

    private static String where(String regionPrefix, AnnouncementKind kind) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (regionPrefix != null) {
            where.append(" AND region LIKE :region");
        }
        if (kind != null) {
            where.append(" AND kind = :kind");
        }
        return where.toString();
    }

    private static Map<String, Object> filters(String regionPrefix, AnnouncementKind kind) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (regionPrefix != null) {
            params.put("region", regionPrefix + "%");
        }
        if (kind != null) {
            params.put("kind", kind.name());
        }
        return params;
    }

    private static Announcement row(ResultSet rs, int row) throws SQLException {
        return new Announcement(rs.getObject("id", UUID.class), AnnouncementKind.valueOf(rs.getString("kind")),
                rs.getString("region"), rs.getString("title"), rs.getString("body"),
                rs.getObject("source_event_id", UUID.class), rs.getObject("subject_id", UUID.class),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
