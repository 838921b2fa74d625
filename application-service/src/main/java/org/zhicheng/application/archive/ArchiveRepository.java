package org.zhicheng.application.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.application.archive.domain.ArchiveContent;

import tools.jackson.databind.json.JsonMapper;

/** Tables {@code archive} (the current version, locked for a change) and {@code archive_version}. */
@Repository
class ArchiveRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArchiveRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The person's current version number, its row locked; 0 (and a row made) for a person without an archive. */
    int lockCurrent(String person, java.time.Instant now) {
        jdbc.sql("INSERT INTO archive (person, current_version, updated_at) VALUES (?, 0, ?) "
                + "ON CONFLICT (person) DO NOTHING").params(person, Timestamp.from(now)).update();
        return jdbc.sql("SELECT current_version FROM archive WHERE person = ? FOR UPDATE").param(person)
                .query(Integer.class).single();
    }

    void append(ArchiveVersion version) {
        jdbc.sql("""
                INSERT INTO archive_version (person, version, content, created_by, created_at)
                VALUES (?, ?, CAST(? AS jsonb), ?, ?)""")
                .params(version.person(), version.version(), json.writeValueAsString(version.content()),
                        version.createdBy(), Timestamp.from(version.createdAt()))
                .update();
        jdbc.sql("UPDATE archive SET current_version = ?, updated_at = ? WHERE person = ?")
                .params(version.version(), Timestamp.from(version.createdAt()), version.person()).update();
    }

    Optional<ArchiveVersion> current(String person) {
        return jdbc.sql("""
                SELECT v.person, v.version, v.content::text, v.created_by, v.created_at FROM archive a
                JOIN archive_version v ON v.person = a.person AND v.version = a.current_version
                WHERE a.person = ?""").param(person).query(this::row).optional();
    }

    Optional<ArchiveVersion> version(String person, int version) {
        return jdbc.sql("""
                SELECT person, version, content::text, created_by, created_at FROM archive_version
                WHERE person = ? AND version = ?""").params(person, version).query(this::row).optional();
    }

    /** The versions of the person, newest first, without their contents. */
    record VersionEntry(int version, String createdBy, java.time.Instant createdAt) {
    }

    List<VersionEntry> versions(String person) {
        return jdbc.sql("SELECT version, created_by, created_at FROM archive_version WHERE person = ? "
                + "ORDER BY version DESC").param(person)
                .query((rs, n) -> new VersionEntry(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private ArchiveVersion row(ResultSet rs, int n) throws SQLException {
        return new ArchiveVersion(rs.getString(1), rs.getInt(2), json.readValue(rs.getString(3),
                ArchiveContent.class), rs.getString(4), rs.getTimestamp(5).toInstant());
    }
}
