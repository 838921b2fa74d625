package org.zhicheng.plan.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.plan.plan.domain.CatalogCodes;

/**
 * The catalog tables: reads, the admin's writes, and the plans' question which codes are unknown (a deactivated code,
 * or a code of a deactivated series, counts as unknown for new and amended plans).
 */
@Repository
class CatalogRepository implements CatalogCodes {

    private static final String SERIES_COLUMNS = "code, name_zh, name_en, exam_only, active";

    private final JdbcClient jdbc;

    CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SeriesView> allSeries() {
        Map<String, List<SpecialtyView>> specialties = new LinkedHashMap<>();
        jdbc.sql("SELECT series_code, code, name_zh, active FROM specialty ORDER BY series_code, code")
                .query(rs -> {
                    specialties.computeIfAbsent(rs.getString("series_code"), key -> new ArrayList<>())
                            .add(specialty(rs, 0));
                });
        return jdbc.sql("SELECT " + SERIES_COLUMNS + " FROM series ORDER BY code")
                .query((rs, row) -> series(rs, specialties.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    Optional<SeriesView> series(String code) {
        List<SpecialtyView> specialties = jdbc
                .sql("SELECT code, name_zh, active FROM specialty WHERE series_code = :series ORDER BY code")
                .param("series", code)
                .query(CatalogRepository::specialty)
                .list();
        return jdbc.sql("SELECT " + SERIES_COLUMNS + " FROM series WHERE code = :code")
                .param("code", code)
                .query((rs, row) -> series(rs, specialties))
                .optional();
    }

    List<LevelView> levels() {
        return jdbc.sql("SELECT code, name_zh, name_en, rank_order FROM level ORDER BY rank_order")
                .query((rs, row) -> new LevelView(rs.getString("code"), rs.getString("name_zh"),
                        rs.getString("name_en"), rs.getInt("rank_order")))
                .list();
    }

    boolean levelExists(String code) {
        return jdbc.sql("SELECT count(*) FROM level WHERE code = :code").param("code", code).query(Long.class)
                .single() > 0;
    }

    List<TitleView> titles(String series, String level) {
        StringBuilder sql = new StringBuilder("""
                SELECT t.code, t.series_code, t.level_code, t.name_zh, t.active
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
                .query(CatalogRepository::title)
                .list();
    }

    Optional<TitleView> title(String code) {
        return jdbc.sql("SELECT code, series_code, level_code, name_zh, active FROM title WHERE code = :code")
                .param("code", code)
                .query(CatalogRepository::title)
                .optional();
    }

    Optional<SpecialtyView> specialty(String code) {
        return jdbc.sql("SELECT code, name_zh, active FROM specialty WHERE code = :code")
                .param("code", code)
                .query(CatalogRepository::specialty)
                .optional();
    }

    /** False when the code is taken. */
    boolean insertSeries(CatalogRequests.NewSeries series) {
        return jdbc.sql("""
                INSERT INTO series (code, name_zh, name_en, exam_only) VALUES (:code, :zh, :en, :examOnly)
                ON CONFLICT (code) DO NOTHING""")
                .param("code", series.code())
                .param("zh", series.nameZh())
                .param("en", series.nameEn())
                .param("examOnly", series.examOnly())
                .update() == 1;
    }

    /** False when there is no such series. */
    boolean updateSeries(String code, CatalogRequests.SeriesChange change) {
        return jdbc.sql("""
                UPDATE series SET name_zh = :zh, name_en = :en, exam_only = :examOnly, active = :active
                WHERE code = :code""")
                .param("code", code)
                .param("zh", change.nameZh())
                .param("en", change.nameEn())
                .param("examOnly", change.examOnly())
                .param("active", change.active())
                .update() == 1;
    }

    boolean seriesHasMembers(String code) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM title WHERE series_code = :code)
                    OR EXISTS (SELECT 1 FROM specialty WHERE series_code = :code)""")
                .param("code", code).query(Boolean.class).single();
    }

    boolean deleteSeries(String code) {
        return jdbc.sql("DELETE FROM series WHERE code = :code").param("code", code).update() == 1;
    }

    /** False when the code is taken (in any series: plan items name specialties by code alone). */
    boolean insertSpecialty(String series, CatalogRequests.NewSpecialty specialty) {
        return jdbc.sql("""
                INSERT INTO specialty (series_code, code, name_zh) VALUES (:series, :code, :zh)
                ON CONFLICT DO NOTHING""")
                .param("series", series)
                .param("code", specialty.code())
                .param("zh", specialty.nameZh())
                .update() == 1;
    }

    boolean updateSpecialty(String code, CatalogRequests.SpecialtyChange change) {
        return jdbc.sql("UPDATE specialty SET name_zh = :zh, active = :active WHERE code = :code")
                .param("code", code)
                .param("zh", change.nameZh())
                .param("active", change.active())
                .update() == 1;
    }

    boolean deleteSpecialty(String code) {
        return jdbc.sql("DELETE FROM specialty WHERE code = :code").param("code", code).update() == 1;
    }

    boolean insertTitle(CatalogRequests.NewTitle title) {
        return jdbc.sql("""
                INSERT INTO title (code, series_code, level_code, name_zh) VALUES (:code, :series, :level, :zh)
                ON CONFLICT DO NOTHING""")
                .param("code", title.code())
                .param("series", title.series())
                .param("level", title.level())
                .param("zh", title.nameZh())
                .update() == 1;
    }

    boolean updateTitle(String code, CatalogRequests.TitleChange change) {
        return jdbc.sql("""
                UPDATE title SET series_code = :series, level_code = :level, name_zh = :zh, active = :active
                WHERE code = :code""")
                .param("code", code)
                .param("series", change.series())
                .param("level", change.level())
                .param("zh", change.nameZh())
                .param("active", change.active())
                .update() == 1;
    }

    boolean deleteTitle(String code) {
        return jdbc.sql("DELETE FROM title WHERE code = :code").param("code", code).update() == 1;
    }

    /** Whether any plan (in any state) names the title; answered by the GIN indexes on the title arrays. */
    boolean titleInUse(String code) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM plan_item WHERE evaluated_titles @> ARRAY[CAST(:code AS text)])
                    OR EXISTS (SELECT 1 FROM plan_item WHERE recommended_titles @> ARRAY[CAST(:code AS text)])""")
                .param("code", code).query(Boolean.class).single();
    }

    boolean specialtyInUse(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM plan_item WHERE specialties @> ARRAY[CAST(:code AS text)])")
                .param("code", code).query(Boolean.class).single();
    }

    /** Whether the series exists (active or not). */
    boolean seriesExists(String code) {
        return jdbc.sql("SELECT count(*) FROM series WHERE code = :code").param("code", code).query(Long.class)
                .single() > 0;
    }

    @Override
    public Set<String> unknownTitles(Collection<String> codes) {
        return unknown("""
                SELECT t.code FROM title t JOIN series s ON s.code = t.series_code
                WHERE t.active AND s.active AND t.code IN (:codes)""", codes);
    }

    @Override
    public Set<String> unknownSpecialties(Collection<String> codes) {
        return unknown("""
                SELECT p.code FROM specialty p JOIN series s ON s.code = p.series_code
                WHERE p.active AND s.active AND p.code IN (:codes)""", codes);
    }

    @Override
    public Map<String, String> titleNames(Collection<String> codes) {
        return names("SELECT code, name_zh FROM title WHERE code IN (:codes)", codes);
    }

    @Override
    public Map<String, String> specialtyNames(Collection<String> codes) {
        return names("SELECT code, name_zh FROM specialty WHERE code IN (:codes)", codes);
    }

    private Map<String, String> names(String sql, Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.isEmpty()) {
            return names;
        }
        jdbc.sql(sql).param("codes", List.copyOf(codes)).query(rs -> {
            names.put(rs.getString("code"), rs.getString("name_zh"));
        });
        return names;
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

    List<TitleAliasView> titleAliases() {
        return jdbc.sql("SELECT alias, title_code, note FROM title_alias ORDER BY title_code, alias")
                .query(CatalogRepository::titleAlias).list();
    }

    Optional<TitleAliasView> titleAlias(String alias) {
        return jdbc.sql("SELECT alias, title_code, note FROM title_alias WHERE alias = :alias")
                .param("alias", alias)
                .query(CatalogRepository::titleAlias).optional();
    }

    /** False when the alias is taken: an alias names one title. */
    boolean insertTitleAlias(CatalogRequests.NewTitleAlias alias) {
        return jdbc.sql("""
                INSERT INTO title_alias (alias, title_code, note) VALUES (:alias, :title, :note)
                ON CONFLICT DO NOTHING""")
                .param("alias", alias.alias().strip())
                .param("title", alias.title())
                .param("note", alias.note())
                .update() == 1;
    }

    boolean deleteTitleAlias(String alias) {
        return jdbc.sql("DELETE FROM title_alias WHERE alias = :alias").param("alias", alias).update() == 1;
    }

    private static SeriesView series(ResultSet rs, List<SpecialtyView> specialties) throws SQLException {
        return new SeriesView(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en"),
                rs.getBoolean("exam_only"), rs.getBoolean("active"), List.copyOf(specialties));
    }

    private static SpecialtyView specialty(ResultSet rs, int row) throws SQLException {
        return new SpecialtyView(rs.getString("code"), rs.getString("name_zh"), rs.getBoolean("active"));
    }

    private static TitleView title(ResultSet rs, int row) throws SQLException {
        return new TitleView(rs.getString("code"), rs.getString("series_code"), rs.getString("level_code"),
                rs.getString("name_zh"), rs.getBoolean("active"));
    }

    private static TitleAliasView titleAlias(ResultSet rs, int row) throws SQLException {
        return new TitleAliasView(rs.getString("alias"), rs.getString("title_code"), rs.getString("note"));
    }
}
