package org.zhicheng.committee.expert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.committee.expert.domain.Expert;
import org.zhicheng.committee.expert.domain.ExpertStatus;
import org.zhicheng.committee.expert.domain.TitleLevel;

/** Expert profiles in table {@code expert}. */
@Repository
class ExpertRepository {

    private final JdbcClient jdbc;

    ExpertRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextId() {
        return jdbc.sql("SELECT 'X-' || lpad(nextval('expert_id_seq')::text, 6, '0')").query(String.class).single();
    }

    void insert(Expert expert) {
        jdbc.sql("""
                INSERT INTO expert (id, name, title, title_level, series, specialty, unit, region, phone, email, status,
                    created_by, created_at)
                VALUES (:id, :name, :title, :level, :series, :specialty, :unit, :region, :phone, :email, :status,
                    :createdBy, :createdAt)
                """)
                .param("id", expert.id()).param("name", expert.name()).param("title", expert.title())
                .param("level", expert.titleLevel().name()).param("series", expert.series())
                .param("specialty", expert.specialty()).param("unit", expert.unit()).param("region", expert.region())
                .param("phone", expert.phone()).param("email", expert.email()).param("status", expert.status().name())
                .param("createdBy", expert.createdBy()).param("createdAt", Timestamp.from(expert.createdAt()))
                .update();
    }

    Optional<Expert> find(String id) {
        return jdbc.sql("SELECT * FROM expert WHERE id = :id").param("id", id).query(ExpertRepository::map)
                .optional();
    }

    /**
     * The experts, their rows locked until the transaction ends, in id order (so two transactions locking overlapping
     * sets cannot deadlock): a discipline and a pool approval of one expert never interleave.
     */
    Map<String, Expert> lock(Collection<String> ids) {
        Map<String, Expert> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT * FROM expert WHERE id IN (:ids) ORDER BY id FOR UPDATE").param("ids", ids)
                .query(ExpertRepository::map).list().forEach(expert -> found.put(expert.id(), expert));
        return found;
    }

    Map<String, Expert> findAll(Collection<String> ids) {
        Map<String, Expert> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT * FROM expert WHERE id IN (:ids)").param("ids", ids).query(ExpertRepository::map).list()
                .forEach(expert -> found.put(expert.id(), expert));
        return found;
    }

    void updateStatus(Expert expert) {
        jdbc.sql("UPDATE expert SET status = :status WHERE id = :id").param("status", expert.status().name())
                .param("id", expert.id()).update();
    }

    /** A page of experts in {@code region} and below, by region then id; null filters match everything. */
    ExpertPage search(String region, String specialty, ExpertStatus status, int page, int size) {
        String where = """
                 WHERE region LIKE :region || '%'
                   AND (CAST(:specialty AS text) IS NULL OR specialty = CAST(:specialty AS text))
                   AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))
                """;
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("region", region);
        filters.put("specialty", specialty);
        filters.put("status", status == null ? null : status.name());
        long total = jdbc.sql("SELECT count(*) FROM expert" + where).params(filters).query(Long.class).single();
        Map<String, Object> paged = new LinkedHashMap<>(filters);
        paged.put("limit", size);
        paged.put("offset", (long) page * size);
        List<Expert> experts = jdbc.sql("SELECT * FROM expert" + where + " ORDER BY region, id LIMIT :limit OFFSET :offset")
                .params(paged).query(ExpertRepository::map).list();
        return new ExpertPage(experts, total);
    }

    record ExpertPage(List<Expert> experts, long total) {
    }

    static Expert map(ResultSet rs, int index) throws SQLException {
        return new Expert(rs.getString("id"), rs.getString("name"), rs.getString("title"),
                TitleLevel.valueOf(rs.getString("title_level")), rs.getString("series"), rs.getString("specialty"),
                rs.getString("unit"), rs.getString("region"), rs.getString("phone"), rs.getString("email"),
                ExpertStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
