package org.zhicheng.committee.committee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.jdbc.TextArray;
import org.springframework.stereotype.Repository;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.committee.committee.domain.CommitteeKind;
import org.zhicheng.committee.committee.domain.CommitteeLevel;
import org.zhicheng.committee.committee.domain.CommitteeProfile;
import org.zhicheng.committee.committee.domain.CommitteeStatus;
import org.zhicheng.committee.committee.domain.RightsAction;
import org.zhicheng.committee.committee.domain.RightsChange;

/** Committees and their rights history in tables {@code committee} and {@code committee_rights_change}. */
@Repository
class CommitteeRepository {

    private final JdbcClient jdbc;

    CommitteeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Serialises registrations of one name in one territory until the transaction ends, so two concurrent identical
     * registrations see each other: the second finds the first's committee instead of failing on the unique index.
     */
    void lockName(String territory, String name) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('committee-name|' || :territory || '|' || :name))")
                .param("territory", territory).param("name", name).query().singleRow();
    }

    String nextCode() {
        return jdbc.sql("SELECT 'C-' || lpad(nextval('committee_code_seq')::text, 6, '0')").query(String.class)
                .single();
    }

    void insert(Committee committee) {
        CommitteeProfile profile = committee.profile();
        jdbc.sql("""
                INSERT INTO committee (id, code, name, level, kind, series, specialties, evaluated_titles,
                    recommended_titles, territory, organising_unit, office_unit, status, registered_by, registered_at)
                VALUES (:id, :code, :name, :level, :kind, :series, :specialties, :evaluated, :recommended,
                    :territory, :organising, :office, :status, :registeredBy, :registeredAt)
                """)
                .param("id", committee.id()).param("code", committee.code()).param("name", profile.name())
                .param("level", profile.level().name()).param("kind", profile.kind().name())
                .param("series", profile.series()).param("specialties", new TextArray(profile.specialties()))
                .param("evaluated", new TextArray(profile.evaluatedTitles()))
                .param("recommended", new TextArray(profile.recommendedTitles()))
                .param("territory", profile.territory()).param("organising", profile.organisingUnit())
                .param("office", profile.officeUnit()).param("status", committee.status().name())
                .param("registeredBy", committee.registeredBy())
                .param("registeredAt", Timestamp.from(committee.registeredAt()))
                .update();
    }

    Optional<Committee> findByCode(String code) {
        return one("SELECT * FROM committee WHERE code = :code", Map.of("code", code));
    }

    /** The committee, its row locked until the transaction ends (for a change of its rights or its pool). */
    Optional<Committee> lockByCode(String code) {
        return one("SELECT * FROM committee WHERE code = :code FOR UPDATE", Map.of("code", code));
    }

    List<String> codesOfKind(CommitteeKind kind) {
        return jdbc.sql("SELECT code FROM committee WHERE kind = :kind ORDER BY code").param("kind", kind.name())
                .query(String.class).list();
    }

    Optional<Committee> findByName(String territory, String name) {
        return one("SELECT * FROM committee WHERE territory = :territory AND name = :name",
                Map.of("territory", territory, "name", name));
    }

    void saveChange(Committee committee, RightsChange change) {
        jdbc.sql("UPDATE committee SET status = :status WHERE id = :id")
                .param("status", committee.status().name()).param("id", committee.id()).update();
        jdbc.sql("""
                INSERT INTO committee_rights_change (id, committee_id, action, from_status, to_status, reason, actor,
                    changed_at)
                VALUES (:id, :committee, :action, :from, :to, :reason, :actor, :at)
                """)
                .param("id", change.id()).param("committee", committee.id()).param("action", change.action().name())
                .param("from", change.from().name()).param("to", change.to().name()).param("reason", change.reason())
                .param("actor", change.actor()).param("at", Timestamp.from(change.at()))
                .update();
    }

    /**
     * One page of committees, by territory then name; {@code territory} matches the code and every region below it
     * (3306 lists Shaoxing's districts too); null filters match everything.
     */
    CommitteePage search(String territory, String series, CommitteeLevel level, CommitteeStatus status, int page,
            int size) {
        String where = """
                 WHERE (CAST(:territory AS text) IS NULL OR territory LIKE CAST(:territory AS text) || '%')
                   AND (CAST(:series AS text) IS NULL OR series = CAST(:series AS text))
                   AND (CAST(:level AS text) IS NULL OR level = CAST(:level AS text))
                   AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))
                """;
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("territory", territory);
        filters.put("series", series);
        filters.put("level", level == null ? null : level.name());
        filters.put("status", status == null ? null : status.name());
        long total = jdbc.sql("SELECT count(*) FROM committee" + where).params(filters).query(Long.class).single();
        Map<String, Object> paged = new LinkedHashMap<>(filters);
        paged.put("limit", size);
        paged.put("offset", (long) page * size);
        List<Committee> found = withHistory(jdbc.sql("SELECT * FROM committee" + where
                + " ORDER BY territory, name, code LIMIT :limit OFFSET :offset").params(paged).query(Row::map).list());
        return new CommitteePage(found, total);
    }

    record CommitteePage(List<Committee> committees, long total) {
    }

    private Optional<Committee> one(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(Row::map).optional()
                .map(row -> withHistory(List.of(row)).getFirst());
    }

    private List<Committee> withHistory(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<RightsChange>> changes = new LinkedHashMap<>();
        rows.forEach(row -> changes.put(row.id(), new ArrayList<>()));
        jdbc.sql("""
                SELECT * FROM committee_rights_change WHERE committee_id IN (:ids) ORDER BY changed_at, id
                """).param("ids", changes.keySet())
                .query((rs, index) -> {
                    changes.get(rs.getObject("committee_id", UUID.class)).add(new RightsChange(
                            rs.getObject("id", UUID.class), RightsAction.valueOf(rs.getString("action")),
                            CommitteeStatus.valueOf(rs.getString("from_status")),
                            CommitteeStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
                            rs.getString("actor"), rs.getTimestamp("changed_at").toInstant()));
                    return null;
                }).list();
        return rows.stream().map(row -> row.toCommittee(changes.get(row.id()))).toList();
    }

    private record Row(UUID id, String code, CommitteeProfile profile, CommitteeStatus status, String registeredBy,
            Instant registeredAt) {

        static Row map(ResultSet rs, int index) throws SQLException {
            CommitteeProfile profile = new CommitteeProfile(rs.getString("name"),
                    CommitteeLevel.valueOf(rs.getString("level")), CommitteeKind.valueOf(rs.getString("kind")),
                    rs.getString("series"), TextArray.read(rs, "specialties"), TextArray.read(rs, "evaluated_titles"),
                    TextArray.read(rs, "recommended_titles"), rs.getString("territory"),
                    rs.getString("organising_unit"), rs.getString("office_unit"));
            return new Row(rs.getObject("id", UUID.class), rs.getString("code"), profile,
                    CommitteeStatus.valueOf(rs.getString("status")), rs.getString("registered_by"),
                    rs.getTimestamp("registered_at").toInstant());
        }

        Committee toCommittee(List<RightsChange> history) {
            return new Committee(id, code, profile, status, registeredBy, registeredAt, history);
        }
    }
}
