package org.zhicheng.plan.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.test.ZhichengServiceTest;

/**
 * The search's query plans with about 10,000 published items: PostgreSQL must answer the portals' typical queries from
 * the indexes of migration V2, not by reading the whole table. The items live in the made-up region {@code 39} and
 * the years 2090–2099, so the other tests sharing the database never meet them. The plans are logged for the record.
 */
@ZhichengServiceTest
class PlanItemSearchExplainTest {

    private static final Logger log = LoggerFactory.getLogger(PlanItemSearchExplainTest.class);

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void tenThousandItems() {
        if (jdbc.sql("SELECT count(*) FROM plan WHERE region LIKE '39%'").query(Long.class).single() > 0) {
            return;
        }
        // 500 plans (province, 11 cities, 30 districts below them; years 2090-2099; 9 in 10 published) x 20 items
        jdbc.sql("""
                INSERT INTO plan (id, year, region, category, title, status, version, created_by, created_at,
                                  updated_at, published_at)
                SELECT md5('bench-plan-' || g)::uuid, 2090 + g % 10,
                       CASE WHEN g % 50 = 0 THEN '39'
                            WHEN g % 3 = 0 THEN '39' || lpad((g % 11 + 1)::text, 2, '0')
                            ELSE '39' || lpad((g % 11 + 1)::text, 2, '0') || lpad((g % 30 + 1)::text, 2, '0') END,
                       'REGULAR', 'bench ' || g, CASE WHEN g % 10 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END, 3, 'bench',
                       now(), now(), CASE WHEN g % 10 = 0 THEN NULL ELSE make_timestamptz(2090 + g % 10, 3, 1, 0, 0, 0) END
                FROM generate_series(1, 500) AS g""").update();
        jdbc.sql("""
                INSERT INTO plan_item (id, plan_id, position, committee_name, evaluated_titles, recommended_titles,
                                       specialties, application_deadline, plan_year, plan_region, plan_status,
                                       published_on, effective_deadline, series, levels)
                SELECT md5('bench-item-' || p.n || '-' || i)::uuid, p.id, i, 'bench committee ' || (p.n * 20 + i) % 300,
                       ARRAY[t.code], ARRAY[]::text[], ARRAY[s.code], NULL, p.year, p.region, p.status,
                       (p.published_at AT TIME ZONE 'Asia/Shanghai')::date,
                       make_date(p.year, 5 + i % 7, 1 + i % 28), ARRAY[t.series_code], ARRAY[t.level_code]
                FROM (SELECT id, year, region, status, published_at,
                             row_number() OVER (ORDER BY id) AS n FROM plan WHERE region LIKE '39%') p
                CROSS JOIN generate_series(0, 19) AS i
                JOIN LATERAL (SELECT code, series_code, level_code FROM title
                              ORDER BY md5(code || p.n || i) LIMIT 1) t ON true
                JOIN LATERAL (SELECT code FROM specialty ORDER BY md5(code || p.n || i) LIMIT 1) s ON true""")
                .update();
        jdbc.sql("ANALYZE plan_item").update();
        jdbc.sql("ANALYZE plan").update();
    }

    @Test
    void theDefaultPageWalksTheOrderIndex() {
        String plan = explain(PlanItemSearchRepository.pageSql(query(null, null, null, null, null, null)));

        assertThat(plan).contains("plan_item_published_order").doesNotContain("Seq Scan on plan_item");
    }

    @Test
    void aYearAndADistrictUseTheIndexes() {
        PlanItemQuery query = query(2095, "390512", null, null, null, null);

        assertIndexed(PlanItemSearchRepository.countSql(query));
        assertIndexed(PlanItemSearchRepository.pageSql(query));
        assertThat(count(query)).isPositive();
    }

    @Test
    void aSpecialtyUsesItsGinIndex() {
        PlanItemQuery query = query(null, null, "MECHATRONICS", null, null, null);

        assertThat(explain(PlanItemSearchRepository.countSql(query))).contains("plan_item_specialties");
        assertIndexed(PlanItemSearchRepository.pageSql(query));
    }

    @Test
    void openOnADayUsesTheDeadlineIndex() {
        PlanItemQuery query = query(null, null, null, null, null, LocalDate.of(2095, 9, 1));

        assertIndexed(PlanItemSearchRepository.countSql(query));
        assertIndexed(PlanItemSearchRepository.pageSql(query));
    }

    @Test
    void aSeriesAndALevelUseTheirGinIndexes() {
        PlanItemQuery query = query(null, null, null, "CRAFTS_ART", "FULL_SENIOR", null);

        assertIndexed(PlanItemSearchRepository.countSql(query));
        assertIndexed(PlanItemSearchRepository.pageSql(query));
    }

    private static PlanItemQuery query(Integer year, String region, String specialty, String series, String level,
            LocalDate openOn) {
        return new PlanItemQuery(year, region, series, specialty, level, null, openOn, 0, 20);
    }

    private long count(PlanItemQuery query) {
        PlanItemSearchRepository.Sql sql = PlanItemSearchRepository.countSql(query);
        return jdbc.sql(sql.text()).params(sql.params()).query(Long.class).single();
    }

    private void assertIndexed(PlanItemSearchRepository.Sql sql) {
        assertThat(explain(sql)).contains("Index").doesNotContain("Seq Scan on plan_item");
    }

    private String explain(PlanItemSearchRepository.Sql sql) {
        Map<String, Object> params = sql.params();
        String plan = jdbc.sql("EXPLAIN (ANALYZE, BUFFERS OFF, COSTS OFF) " + sql.text()).params(params)
                .query(String.class).list().stream().collect(Collectors.joining("\n"));
        log.info("EXPLAIN {}\n{}", params, plan);
        return plan;
    }

    @Test
    void theSeededItemsAreThere() {
        assertThat(jdbc.sql("SELECT count(*) FROM plan_item WHERE plan_region LIKE '39%'").query(Long.class).single())
                .isEqualTo(10_000L);
        assertThat(List.of(count(query(null, "39", null, null, null, null)))).singleElement()
                .isEqualTo(9_000L);
    }
}
