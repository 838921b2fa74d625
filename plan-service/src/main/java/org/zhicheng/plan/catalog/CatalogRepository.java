package org.zhicheng.plan.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.plan.plan.domain.CatalogCodes;

/** Reads the catalog tables; also answers the plans' question which codes are unknown. */
@Repository
class CatalogRepository implements CatalogCodes {

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SeriesView> allSeries() {
        Map<String, List<SpecialtyView>> specialties = new LinkedHashMap<>();
        jdbc.sql("SELECT series_code, code, name_zh FROM specialty ORDER BY series_code, code")
                .query(rs -> {
                    specialties.computeIfAbsent(rs.getString("series_code"), key -> new ArrayList<>())
                            .add(new SpecialtyView(rs.getString("code"), rs.getString("name_zh")));
                });
        return jdbc.sql("SELECT code, name_zh, name_en, exam_only FROM series ORDER BY code")
                .query((rs, row) -> new SeriesView(rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getBoolean("exam_only"),
                        List.copyOf(specialties.getOrDefault(rs.getString("code"), List.of()))))
                .list();
    }

    Optional<SeriesView> series(String code) {
        List<SpecialtyView> specialties = jdbc
                .sql("SELECT code, name_zh FROM specialty WHERE series_code = :series ORDER BY code")
                .param("series", code)
                .query((rs, row) -> new SpecialtyView(rs.getString("code"), rs.getString("name_zh")))
                .list();
        return jdbc.sql("SELECT code, name_zh, name_en, exam_only FROM series WHERE code = :code")
                .param("code", code)
                .query((rs, row) -> new SeriesView(rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getBoolean("exam_only"), specialties))
                .optional();
    }

    List<LevelView> levels() {
        return jdbc.sql("SELECT code, name_zh, name_en, rank_order FROM level ORDER BY rank_order")
                .query((rs, row) -> new LevelView(rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getInt("rank_order")))
                .list();
    }

    List<TitleView> titles(String series, String level) {
        StringBuilder sql = new StringBuilder("""
                SELECT t.code, t.series_code, t.level_code, t.name_zh
                FROM title t JOIN level l ON l.code = t.level_code
                WHERE 1 = 1""");
        Map<String, Object> params = new LinkedHashMap<>();
        if (series != null && !series.isBlank()) {
            sql.append(" AND t.series_code = :series");
            params.put("series", series);
        }
        if (level != null && !level.isBlank()) {
            sql.append(" AND t.level_code = :level");
            params.put("level", level);
        }
        sql.append(" ORDER BY t.series_code, l.rank_order, t.code");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, row) -> new TitleView(rs.getString("code"), rs.getString("series_code"),
                        rs.getString("level_code"), rs.getString("name_zh")))
                .list();
    }

    @Override
    public Set<String> unknownTitles(Collection<String> codes) {
        return unknown("SELECT code FROM title WHERE code IN (:codes)", codes);
    }

    @Override
    public Set<String> unknownSpecialties(Collection<String> codes) {
        return unknown("SELECT code FROM specialty WHERE code IN (:codes)", codes);
    }

    private Set<String> unknown(String sql, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        Set<String> known = new HashSet<>(jdbc.sql(sql).param("codes", List.copyOf(codes)).query(String.class).list());
        Set<String> unknown = new HashSet<>(codes);
        unknown.removeAll(known);
        return unknown;
    }
}
