package org.zhicheng.application.workflow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code publicity_link}: the publicities the workflow opened and the applications each shows. */
@Repository
class PublicityLinks {

    record Link(UUID publicityId, String kind, String subjectType, String subjectId, String committee, String unit,
            List<UUID> applicationIds, LocalDate endsOn, String status, String outcome) {
    }

    private final JdbcClient jdbc;

    PublicityLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Link link, String openedBy, Instant at) {
        jdbc.sql("""
                INSERT INTO publicity_link (publicity_id, kind, subject_type, subject_id, committee, unit,
                    application_ids, ends_on, status, opened_by, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)
                ON CONFLICT (publicity_id) DO NOTHING""")
                .params(link.publicityId(), link.kind(), link.subjectType(), link.subjectId(), link.committee(),
                        link.unit(), link.applicationIds().toArray(UUID[]::new), link.endsOn(), openedBy,
                        Timestamp.from(at))
                .update();
    }

    Optional<Link> find(UUID publicityId) {
        return jdbc.sql("SELECT * FROM publicity_link WHERE publicity_id = ?").param(publicityId).query(this::row)
                .optional();
    }

    /** How many publicities of the kind were opened for subjects starting with {@code subjectId} (rounds). */
    int rounds(String kind, String subjectId) {
        return jdbc.sql("SELECT count(*) FROM publicity_link WHERE kind = ? AND (subject_id = ? OR subject_id LIKE ?)")
                .params(kind, subjectId, subjectId + "/%").query(Integer.class).single();
    }

    void started(UUID publicityId, LocalDate endsOn) {
        jdbc.sql("UPDATE publicity_link SET ends_on = ? WHERE publicity_id = ?").params(endsOn, publicityId).update();
    }

    void closed(UUID publicityId, String outcome, Instant at) {
        jdbc.sql("UPDATE publicity_link SET status = 'CLOSED', outcome = ?, closed_at = ? WHERE publicity_id = ?")
                .params(outcome, Timestamp.from(at), publicityId).update();
    }

    private Link row(ResultSet rs, int n) throws SQLException {
        UUID[] ids = (UUID[]) rs.getArray("application_ids").getArray();
        return new Link(rs.getObject("publicity_id", UUID.class), rs.getString("kind"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("committee"), rs.getString("unit"), Arrays.asList(ids),
                rs.getObject("ends_on", LocalDate.class), rs.getString("status"), rs.getString("outcome"));
    }
}
