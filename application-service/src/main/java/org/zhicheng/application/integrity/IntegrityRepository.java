package org.zhicheng.application.integrity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code integrity_record}. */
@Repository
class IntegrityRepository {

    private final JdbcClient jdbc;

    IntegrityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts; a complaint already recorded for the objection is left as it is (answers false). */
    boolean insert(IntegrityRecord r) {
        return jdbc.sql("""
                INSERT INTO integrity_record (id, kind, person, region, unit, application_id, objection_id,
                    tracking_number, description, outcome, banned_until, excluded_year, recorded_by, recorded_at)
                VALUES (:id, :kind, :person, :region, :unit, :application, :objection, :tracking, :description,
                    :outcome, :until, :year, :by, :at)
                ON CONFLICT (objection_id) DO NOTHING""")
                .param("id", r.id()).param("kind", r.kind().name()).param("person", r.person())
                .param("region", r.region()).param("unit", r.unit()).param("application", r.applicationId())
                .param("objection", r.objectionId()).param("tracking", r.trackingNumber())
                .param("description", r.description()).param("outcome", r.outcome())
                .param("until", r.bannedUntil()).param("year", r.excludedYear()).param("by", r.recordedBy())
                .param("at", Timestamp.from(r.recordedAt())).update() == 1;
    }

    int resolveComplaint(UUID objectionId, String outcome, Instant at) {
        return jdbc.sql("UPDATE integrity_record SET outcome = ?, resolved_at = ? WHERE objection_id = ?")
                .params(outcome, Timestamp.from(at), objectionId).update();
    }

    int lift(UUID id, String by, String reason, Instant at) {
        return jdbc.sql("UPDATE integrity_record SET lifted_by = ?, lift_reason = ?, lifted_at = ? "
                + "WHERE id = ? AND lifted_at IS NULL").params(by, reason, Timestamp.from(at), id).update();
    }

    Optional<IntegrityRecord> find(UUID id) {
        return jdbc.sql("SELECT * FROM integrity_record WHERE id = ?").param(id).query(this::row).optional();
    }

    List<IntegrityRecord> ofPerson(String person) {
        return jdbc.sql("SELECT * FROM integrity_record WHERE person = ? ORDER BY recorded_at DESC, id")
                .param(person).query(this::row).list();
    }

    /** Records of a region and the regions under it, newest first; optionally one kind. */
    List<IntegrityRecord> ofRegion(String region, IntegrityKind kind, int offset, int limit) {
        return jdbc.sql("""
                SELECT * FROM integrity_record WHERE region LIKE :prefix AND (CAST(:kind AS varchar) IS NULL
                    OR kind = :kind) ORDER BY recorded_at DESC, id OFFSET :offset LIMIT :limit""")
                .param("prefix", region + "%").param("kind", kind == null ? null : kind.name())
                .param("offset", offset).param("limit", limit).query(this::row).list();
    }

    long countOfRegion(String region, IntegrityKind kind) {
        return jdbc.sql("""
                SELECT count(*) FROM integrity_record WHERE region LIKE :prefix
                    AND (CAST(:kind AS varchar) IS NULL OR kind = :kind)""")
                .param("prefix", region + "%").param("kind", kind == null ? null : kind.name())
                .query(Long.class).single();
    }

    private IntegrityRecord row(ResultSet rs, int n) throws SQLException {
        return new IntegrityRecord(rs.getObject("id", UUID.class), IntegrityKind.valueOf(rs.getString("kind")),
                rs.getString("person"), rs.getString("region"), rs.getString("unit"),
                rs.getObject("application_id", UUID.class), rs.getObject("objection_id", UUID.class),
                rs.getString("tracking_number"), rs.getString("description"), rs.getString("outcome"),
                rs.getObject("banned_until", LocalDate.class), (Integer) rs.getObject("excluded_year"),
                rs.getString("recorded_by"), instant(rs, "recorded_at"), instant(rs, "resolved_at"),
                rs.getString("lifted_by"), instant(rs, "lifted_at"), rs.getString("lift_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
