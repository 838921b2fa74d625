package org.zhicheng.education.hours;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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

    /** A person's entries, oldest year and first recorded first. */
    List<HourEntry> ofPerson(String person) {
        return jdbc.sql(SELECT + " WHERE r.person = :person ORDER BY r.year, r.recorded_at, r.id")
                .param("person", person).query(HourLedger::map).list();
    }

    /**
     * Which of the certificate numbers are held by a record that no reversal cancels, in one query however many
     * there are. Serialised per certificate number by transaction-scoped advisory locks, taken in sorted order so two
     * deliveries sharing numbers cannot deadlock, so two concurrent entries of one certificate cannot both pass; a
     * reversed record frees its number for the corrected entry.
     */
    Set<String> certificatesInUse(Collection<String> certificateNumbers) {
        if (certificateNumbers.isEmpty()) {
            return Set.of();
        }
        List<String> sorted = new TreeSet<>(certificateNumbers).stream().toList();
        jdbc.sql("""
                SELECT count(pg_advisory_xact_lock(hashtext(certificate)))
                FROM (SELECT certificate FROM unnest(ARRAY[:certificates]::text[]) AS certificate
                      ORDER BY certificate) AS sorted
                """).param("certificates", sorted).query().singleRow();
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT r.certificate_number FROM hour_record r
                WHERE r.certificate_number IN (:certificates) AND r.kind = 'RECORD'
                  AND NOT EXISTS (SELECT 1 FROM hour_record v WHERE v.reverses = r.id)
                """).param("certificates", sorted).query(String.class).list());
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
