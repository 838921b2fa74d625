package org.zhicheng.plan.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code committee} (V5) and the committee link of {@code plan_item}. Every write carries the time
 * committee-service made the change; a row is only moved forward in that time, so an older event arriving late
 * changes nothing.
 */
@Repository
class CommitteeRepository {

    private static final String COLUMNS = "id, code, name, territory, status";

    private final JdbcClient jdbc;

    CommitteeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a registration. A committee first known from a suspension keeps its status; the profile is the
     * registration's.
     */
    void register(CommitteeRegisteredData committee, Instant at) {
        jdbc.sql("""
                INSERT INTO committee (id, code, name, territory, level, kind, series, status, updated_at)
                VALUES (:id, :code, :name, :territory, :level, :kind, :series, 'ACTIVE', :at)
                ON CONFLICT (id) DO UPDATE SET code = EXCLUDED.code, name = EXCLUDED.name,
                    territory = EXCLUDED.territory, level = EXCLUDED.level, kind = EXCLUDED.kind,
                    series = EXCLUDED.series, updated_at = GREATEST(committee.updated_at, EXCLUDED.updated_at)""")
                .param("id", committee.committeeId())
                .param("code", committee.code())
                .param("name", committee.name())
                .param("territory", committee.territory())
                .param("level", committee.level())
                .param("kind", committee.kind())
                .param("series", committee.series())
                .param("at", utc(at))
                .update();
    }

    /**
     * Sets the committee's rights as of {@code at}, creating the row when the committee is not known yet (the
     * suspension then still holds). Answers false when a later change is already recorded.
     */
    boolean changeRights(CommitteeRightsChangedData committee, CommitteeStatus status, Instant at) {
        return jdbc.sql("""
                INSERT INTO committee (id, code, name, territory, status, updated_at)
                VALUES (:id, :code, :name, :territory, :status, :at)
                ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, updated_at = EXCLUDED.updated_at
                WHERE committee.updated_at <= EXCLUDED.updated_at""")
                .param("id", committee.committeeId())
                .param("code", committee.code())
                .param("name", committee.name())
                .param("territory", committee.territory())
                .param("status", status.name())
                .param("at", utc(at))
                .update() > 0;
    }

    /**
     * Links the committee to every plan item without a committee that names it and whose plan's region is in the
     * committee's territory lineage (one code a prefix of the other); answers how many.
     */
    int linkItems(UUID committeeId) {
        return jdbc.sql("""
                UPDATE plan_item i SET committee_id = c.id
                FROM committee c
                WHERE c.id = :id AND i.committee_id IS NULL AND i.committee_name = c.name
                  AND (i.plan_region LIKE c.territory || '%' OR c.territory LIKE i.plan_region || '%')""")
                .param("id", committeeId)
                .update();
    }

    Optional<KnownCommittee> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM committee WHERE id = :id")
                .param("id", id)
                .query(CommitteeRepository::committee)
                .optional();
    }

    /**
     * The committee of that name whose territory is in the lineage of {@code region}: the region's own first, then
     * the nearest above it, then one below it.
     */
    Optional<KnownCommittee> findByName(String name, String region) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM committee
                WHERE name = :name AND (:region LIKE territory || '%' OR territory LIKE :region || '%')
                ORDER BY territory = :region DESC, :region LIKE territory || '%' DESC, length(territory) DESC, code
                LIMIT 1""")
                .param("name", name)
                .param("region", region)
                .query(CommitteeRepository::committee)
                .optional();
    }

    List<KnownCommittee> findByIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM committee WHERE id IN (:ids)")
                .param("ids", List.copyOf(ids))
                .query(CommitteeRepository::committee)
                .list();
    }

    private static KnownCommittee committee(ResultSet rs, int row) throws SQLException {
        return new KnownCommittee(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                rs.getString("territory"), CommitteeStatus.valueOf(rs.getString("status")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
