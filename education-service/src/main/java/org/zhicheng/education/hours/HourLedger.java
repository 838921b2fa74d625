package org.zhicheng.education.hours;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.education.hours.domain.HourCategory;
import org.zhicheng.education.hours.domain.HourSource;

/** The ledger table: inserts and reads only, since rows are never changed. */
@Repository
class HourLedger {

    private static final String SELECT = """
            SELECT r.*, v.id AS reversed_by FROM hour_record r
            LEFT JOIN hour_record v ON v.reverses = r.id
            """;

    private final JdbcClient jdbc;

    HourLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(HourEntry entry) {
        HourSource source = entry.source();
        jdbc.sql("""
                INSERT INTO hour_record (id, kind, person, region, unit, year, category, hours, source_system,
                    provider, course, certificate_number, reverses, reason, recorded_by, recorded_at)
                VALUES (:id, :kind, :person, :region, :unit, :year, :category, :hours, :system, :provider, :course,
                    :certificate, :reverses, :reason, :recordedBy, :recordedAt)
                """)
                .param("id", entry.id()).param("kind", entry.kind()).param("person", entry.person())
                .param("region", entry.region()).param("unit", entry.unit()).param("year", entry.year())
                .param("category", entry.category().name()).param("hours", entry.hours())
                .param("system", source == null ? null : source.system())
                .param("provider", source == null ? null : source.provider())
                .param("course", source == null ? null : source.course())
                .param("certificate", source == null ? null : source.certificateNumber())
                .param("reverses", entry.reverses()).param("reason", entry.reason())
                .param("recordedBy", entry.recordedBy())
                .param("recordedAt", Timestamp.from(entry.recordedAt()))
                .update();
    }

    Optional<HourEntry> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(HourLedger::map).optional();
    }

    /** A person's entries, oldest year and first recorded first; {@code year} null for all years. */
    List<HourEntry> ofPerson(String person, Integer year) {
        return jdbc.sql(SELECT + """
                 WHERE r.person = :person AND (CAST(:year AS integer) IS NULL OR r.year = CAST(:year AS integer))
                 ORDER BY r.year, r.recorded_at, r.id
                """).param("person", person).param("year", year).query(HourLedger::map).list();
    }

    /**
     * Whether a certificate number is held by a record that no reversal cancels. Serialised per certificate number by
     * a transaction-scoped advisory lock, so two concurrent entries of one certificate cannot both pass; a reversed
     * record frees its number for the corrected entry.
     */
    boolean certificateInUse(String certificateNumber) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:certificate))").param("certificate", certificateNumber)
                .query().singleRow();
        return jdbc.sql("""
                SELECT count(*) FROM hour_record r
                WHERE r.certificate_number = :certificate AND r.kind = 'RECORD'
                  AND NOT EXISTS (SELECT 1 FROM hour_record v WHERE v.reverses = r.id)
                """).param("certificate", certificateNumber).query(Long.class).single() > 0;
    }

    private static HourEntry map(ResultSet row, int index) throws SQLException {
        return new HourEntry(row.getObject("id", UUID.class), row.getString("kind"), row.getString("person"),
                row.getString("region"), row.getString("unit"), row.getInt("year"),
                HourCategory.valueOf(row.getString("category")), row.getBigDecimal("hours"),
                new HourSource(row.getString("source_system"), row.getString("provider"), row.getString("course"),
                        row.getString("certificate_number")),
                row.getObject("reverses", UUID.class), row.getString("reason"), row.getString("recorded_by"),
                row.getTimestamp("recorded_at").toInstant(), row.getObject("reversed_by", UUID.class));
    }
}
