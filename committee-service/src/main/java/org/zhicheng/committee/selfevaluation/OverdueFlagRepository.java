package org.zhicheng.committee.selfevaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.committee.selfevaluation.domain.FilingKind;
import org.zhicheng.committee.selfevaluation.domain.OverdueFlag;

/** Overdue flags, table {@code self_evaluation_overdue_flag}; and which committees the scan visits. */
@Repository
class OverdueFlagRepository {

    private final JdbcClient jdbc;

    OverdueFlagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the flag unless (committee, kind, year) was flagged before; whether this call recorded it. */
    boolean insertIfAbsent(OverdueFlag flag) {
        return jdbc.sql("""
                INSERT INTO self_evaluation_overdue_flag (id, committee_id, committee_code, territory, kind, year,
                    due_on, flagged_on, flagged_at)
                VALUES (:id, :committee, :code, :territory, :kind, :year, :dueOn, :flaggedOn, :flaggedAt)
                ON CONFLICT ON CONSTRAINT self_evaluation_overdue_flag_once DO NOTHING
                """)
                .param("id", flag.id()).param("committee", flag.committeeId()).param("code", flag.committee())
                .param("territory", flag.territory()).param("kind", flag.kind().name()).param("year", flag.year())
                .param("dueOn", flag.dueOn()).param("flaggedOn", flag.flaggedOn())
                .param("flaggedAt", Timestamp.from(flag.flaggedAt()))
                .update() == 1;
    }

    /** Clears the open flags of (kind, a year from {@code fromYear} to {@code toYear}) with the filing that arrived. */
    int clear(UUID committeeId, FilingKind kind, int fromYear, int toYear, UUID filing, LocalDate on, Instant at) {
        return jdbc.sql("""
                UPDATE self_evaluation_overdue_flag
                SET cleared_on = :on, cleared_at = :at, cleared_by_filing = :filing
                WHERE committee_id = :committee AND kind = :kind AND year BETWEEN :fromYear AND :toYear
                  AND cleared_at IS NULL
                """)
                .param("on", on).param("at", Timestamp.from(at)).param("filing", filing)
                .param("committee", committeeId).param("kind", kind.name()).param("fromYear", fromYear)
                .param("toYear", toYear)
                .update();
    }

    /** Flags of committees in the region's subtree, open ones only unless {@code withCleared}; oldest due first. */
    List<OverdueFlag> inRegion(String region, boolean withCleared) {
        return jdbc.sql("""
                SELECT * FROM self_evaluation_overdue_flag
                WHERE territory LIKE :region || '%' AND (:withCleared OR cleared_at IS NULL)
                ORDER BY due_on, committee_code, kind, year
                """).param("region", region).param("withCleared", withCleared)
                .query(OverdueFlagRepository::flag).list();
    }

    private static OverdueFlag flag(ResultSet rs, int row) throws SQLException {
        Timestamp clearedAt = rs.getTimestamp("cleared_at");
        return new OverdueFlag(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
                rs.getString("committee_code"), rs.getString("territory"), FilingKind.valueOf(rs.getString("kind")),
                rs.getInt("year"), rs.getObject("due_on", LocalDate.class), rs.getObject("flagged_on", LocalDate.class),
                rs.getTimestamp("flagged_at").toInstant(), rs.getObject("cleared_on", LocalDate.class),
                clearedAt == null ? null : clearedAt.toInstant(), rs.getObject("cleared_by_filing", UUID.class));
    }
}
