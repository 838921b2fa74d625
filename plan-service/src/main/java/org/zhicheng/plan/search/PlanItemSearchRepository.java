package org.zhicheng.plan.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.plan.plan.domain.PlanCategory;
import org.zhicheng.plan.plan.domain.PlanStatus;
import org.zhicheng.plan.plan.domain.schedule.AcceptanceScope;

/**
 * The search SQL. Every filter is on {@code plan_item} alone (partial indexes on published items for order, region
 * and deadline; GIN on the code arrays); the page is cut first and only its rows are joined to {@code plan} for the
 * title and category, and to the small {@code committee} read model for the linked committee's code and rights, so
 * one page is one query plus one count, whatever its size. The order is stable:
 * year (newest first), region, plan, the item's position in the plan. Also the read of one public item by its id,
 * which maps its row as a hit does.
 */
@Repository
@Transactional(readOnly = true)
class PlanItemSearchRepository {

    private final JdbcClient jdbc;

    PlanItemSearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Page(List<PlanItemHit> hits, long total) {
    }

    /** SQL and its parameters; package-visible so a test can EXPLAIN exactly what runs. */
    record Sql(String text, Map<String, Object> params) {
    }

    Page search(PlanItemQuery query) {
        Sql count = countSql(query);
        long total = jdbc.sql(count.text()).params(count.params()).query(Long.class).single();
        if (total == 0) {
            return new Page(List.of(), 0);
        }
        Sql page = pageSql(query);
        List<PlanItemHit> hits = jdbc.sql(page.text()).params(page.params())
                .query((rs, row) -> hit(rs))
                .list();
        return new Page(hits, total);
    }

    /**
     * The item {@code id} when its plan is published or closed; empty for an unknown id and for an item of a plan
     * not public yet, so a caller cannot tell the two apart. One query: the item, its plan and its committee.
     */
    Optional<PlanItemDetail> find(UUID id) {
        return jdbc.sql("""
                SELECT i.id, i.plan_id, i.plan_year, i.plan_region, i.committee_name, i.committee_id,
                       i.evaluated_titles, i.recommended_titles, i.specialties, i.series, i.levels,
                       i.acceptance_scope, i.expected_evaluation, i.expected_evaluation_from,
                       i.expected_evaluation_to, i.material_deadline, i.material_deadline_from,
                       i.material_deadline_to, i.published_on, i.effective_deadline, i.receiving_unit, i.phone,
                       i.remarks, i.exclusions, i.applicants,
                       p.title AS plan_title, p.category AS plan_category, p.status AS plan_state, p.closed_at,
                       p.individual_deadline, p.unit_recommendation_deadline, p.city_recommendation_deadline,
                       p.seniority_cut_off, p.achievements_cut_off,
                       c.code AS committee_code, COALESCE(c.status = 'SUSPENDED', false) AS committee_suspended
                FROM plan_item i
                JOIN plan p ON p.id = i.plan_id
                LEFT JOIN committee c ON c.id = i.committee_id
                WHERE i.id = :id AND p.status IN ('PUBLISHED', 'CLOSED')""")
                .param("id", id)
                .query((rs, row) -> detail(rs))
                .optional();
    }

    static Sql countSql(PlanItemQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        return new Sql("SELECT count(*) FROM plan_item i WHERE " + where(query, params), params);
    }

    static Sql pageSql(PlanItemQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        params.put("limit", query.size());
        params.put("offset", (long) query.page() * query.size());
        return new Sql("""
                SELECT i.*, p.title AS plan_title, p.category AS plan_category, c.code AS committee_code,
                       COALESCE(c.status = 'SUSPENDED', false) AS committee_suspended
                FROM (SELECT id, plan_id, position, plan_year, plan_region, committee_name, committee_id,
                             evaluated_titles, recommended_titles, specialties, series, levels, acceptance_scope,
                             expected_evaluation, expected_evaluation_from, expected_evaluation_to,
                             material_deadline, material_deadline_from, material_deadline_to, published_on,
                             effective_deadline, receiving_unit, phone, remarks, exclusions, applicants
                      FROM plan_item i
                      WHERE %s
                      ORDER BY plan_year DESC, plan_region, plan_id, position
                      LIMIT :limit OFFSET :offset) i
                JOIN plan p ON p.id = i.plan_id
                LEFT JOIN committee c ON c.id = i.committee_id
                ORDER BY i.plan_year DESC, i.plan_region, i.plan_id, i.position""".formatted(where), params);
    }

    private static String where(PlanItemQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("i.plan_status = 'PUBLISHED'");
        if (query.year() != null) {
            conditions.add("i.plan_year = :year");
            params.put("year", query.year());
        }
        if (query.region() != null) {
            // the region itself and its children by prefix; its parents (province, city) by equality
            List<String> parents = new ArrayList<>();
            for (int length = 2; length < query.region().length(); length += 2) {
                parents.add(query.region().substring(0, length));
            }
            params.put("regionPrefix", query.region() + "%");
            if (parents.isEmpty()) {
                conditions.add("i.plan_region LIKE :regionPrefix");
            } else {
                conditions.add("(i.plan_region LIKE :regionPrefix OR i.plan_region IN (:regionParents))");
                params.put("regionParents", parents);
            }
        }
        if (query.series() != null) {
            conditions.add("i.series @> ARRAY[CAST(:series AS text)]");
            params.put("series", query.series());
        }
        if (query.specialty() != null) {
            conditions.add("i.specialties @> ARRAY[CAST(:specialty AS text)]");
            params.put("specialty", query.specialty());
        }
        if (query.level() != null) {
            conditions.add("i.levels @> ARRAY[CAST(:level AS text)]");
            params.put("level", query.level());
        }
        if (query.committee() != null) {
            UUID id = query.committeeId();
            if (id != null) {
                conditions.add("i.committee_id = :committeeId");
                params.put("committeeId", id);
            } else {
                conditions.add("strpos(i.committee_name, :committeeName) > 0");
                params.put("committeeName", query.committee());
            }
        }
        if (query.openOn() != null) {
            conditions.add("i.effective_deadline >= :openOn AND i.published_on <= :openOn");
            params.put("openOn", query.openOn());
        }
        return String.join(" AND ", conditions);
    }

    private static PlanItemHit hit(ResultSet rs) throws SQLException {
        return new PlanItemHit(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getInt("plan_year"), rs.getString("plan_region"),
                PlanCategory.valueOf(rs.getString("plan_category")), rs.getString("plan_title"),
                rs.getString("committee_name"), rs.getObject("committee_id", UUID.class),
                rs.getString("committee_code"), rs.getBoolean("committee_suspended"),
                texts(rs, "evaluated_titles"), texts(rs, "recommended_titles"), texts(rs, "specialties"),
                texts(rs, "series"), texts(rs, "levels"), rs.getString("acceptance_scope"),
                rs.getString("expected_evaluation"), date(rs, "expected_evaluation_from"),
                date(rs, "expected_evaluation_to"), rs.getString("material_deadline"),
                date(rs, "material_deadline_from"), date(rs, "material_deadline_to"), date(rs, "published_on"),
                date(rs, "effective_deadline"), rs.getString("receiving_unit"), rs.getString("phone"),
                rs.getString("remarks"), texts(rs, "exclusions"), rs.getString("applicants"));
    }

    /** The scope by level is read again from the text as written, as the plan repository does: one parser. */
    private static PlanItemDetail detail(ResultSet rs) throws SQLException {
        AcceptanceScope scope = AcceptanceScope.parse(rs.getString("acceptance_scope"));
        OffsetDateTime closedAt = rs.getObject("closed_at", OffsetDateTime.class);
        return PlanItemDetail.of(hit(rs), PlanStatus.valueOf(rs.getString("plan_state")),
                closedAt == null ? null : closedAt.toInstant(),
                new PlanItemDetail.Dates(date(rs, "individual_deadline"), date(rs, "unit_recommendation_deadline"),
                        date(rs, "city_recommendation_deadline"), date(rs, "seniority_cut_off"),
                        date(rs, "achievements_cut_off")),
                scope == null ? Map.of() : scope.byLevel());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
