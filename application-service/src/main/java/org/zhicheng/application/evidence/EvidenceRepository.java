package org.zhicheng.application.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code evidence_file}. */
@Repository
class EvidenceRepository {

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(EvidenceFile file) {
        jdbc.sql("""
                INSERT INTO evidence_file (id, person, sha256, file_name, media_type, size_bytes, pledge, uploaded_by,
                    uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(file.id(), file.person(), file.sha256(), file.fileName(), file.mediaType(), file.size(),
                        file.pledge(), file.uploadedBy(), Timestamp.from(file.uploadedAt()))
                .update();
    }

    Optional<EvidenceFile> find(UUID id) {
        return jdbc.sql("SELECT * FROM evidence_file WHERE id = ?").param(id).query(this::row).optional();
    }

    List<EvidenceFile> ofPerson(String person) {
        return jdbc.sql("SELECT * FROM evidence_file WHERE person = ? ORDER BY uploaded_at DESC, id").param(person)
                .query(this::row).list();
    }

    /** Which of {@code ids} are the person's files. */
    List<UUID> ownedOf(String person, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM evidence_file WHERE person = :person AND id IN (:ids)")
                .param("person", person).param("ids", ids).query(UUID.class).list();
    }

    private EvidenceFile row(ResultSet rs, int n) throws SQLException {
        return new EvidenceFile(rs.getObject("id", UUID.class), rs.getString("person"), rs.getString("sha256"),
                rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("pledge"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
