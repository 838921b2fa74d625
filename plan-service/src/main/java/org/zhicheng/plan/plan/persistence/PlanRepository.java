package org.zhicheng.plan.plan.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.plan.plan.domain.DeadlineChange;
import org.zhicheng.plan.plan.domain.EvaluationPlan;
import org.zhicheng.plan.plan.domain.PlanAction;
import org.zhicheng.plan.plan.domain.PlanCategory;
import org.zhicheng.plan.plan.domain.PlanDates;
import org.zhicheng.plan.plan.domain.PlanItem;
import org.zhicheng.plan.plan.domain.PlanStatus;
import org.zhicheng.plan.plan.domain.PlanTransition;
import org.zhicheng.plan.plan.domain.schedule.AcceptanceScope;
import org.zhicheng.plan.plan.domain.schedule.TimeExpression;
import org.zhicheng.starter.jdbc.TextArray;
import org.zhicheng.starter.problem.Problems;

import tools.jackson.databind.json.JsonMapper;

/** The plan aggregate in tables {@code plan}, {@code plan_item} and {@code plan_history}. */
@Repository
public class PlanRepository {

    private static final String PLAN_COLUMNS = """
            id, year, region, category, title, status, version, created_by, created_at, updated_at, published_at,
            closed_at, individual_deadline, unit_recommendation_deadline, city_recommendation_deadline,
            seniority_cut_off, achievements_cut_off, authority_holder""";

    /** Dates of the search columns are business dates in Zhejiang. */
    private static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    private static final JsonMapper JSON = JsonMapper.shared();

    private final JdbcClient jdbc;
    private final NamedParameterJdbcOperations batch;

    PlanRepository(JdbcClient jdbc, NamedParameterJdbcOperations batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void insert(EvaluationPlan plan) {
        jdbc.sql("""
                INSERT INTO plan (id, year, region, category, title, status, version, created_by, created_at,
                                  updated_at, published_at, closed_at, individual_deadline,
                                  unit_recommendation_deadline, city_recommendation_deadline, seniority_cut_off,
                                  achievements_cut_off, authority_holder)
                VALUES (:id, :year, :region, :category, :title, :status, :version, :createdBy, :createdAt,
                        :updatedAt, :publishedAt, :closedAt, :individual, :unit, :city, :seniority, :achievements,
                        :authorityHolder)""")
                .param("id", plan.id())
                .param("year", plan.year())
                .param("region", plan.region())
                .param("category", plan.category().name())
                .param("title", plan.title())
                .param("status", plan.status().name())
                .param("version", plan.version())
                .param("createdBy", plan.createdBy())
                .param("createdAt", utc(plan.createdAt()))
                .param("updatedAt", utc(plan.updatedAt()))
                .param("publishedAt", utc(plan.publishedAt()))
                .param("closedAt", utc(plan.closedAt()))
                .param("individual", plan.dates().individualApplication())
                .param("unit", plan.dates().unitRecommendation())
                .param("city", plan.dates().cityRecommendation())
                .param("seniority", plan.dates().seniorityCutOff())
                .param("achievements", plan.dates().achievementsCutOff())
                .param("authorityHolder", plan.authorityHolder())
                .update();
        insertItems(plan);
    }

    /**
     * Saves the plan's row if nobody changed it since it was read (same version) and bumps the version; the items
     * too when {@code itemsChanged}. A concurrent change is a 409.
     */
    public void update(EvaluationPlan plan, boolean itemsChanged) {
        int updated = jdbc.sql("""
                UPDATE plan SET title = :title, status = :status, version = version + 1, updated_at = :updatedAt,
                                published_at = :publishedAt, closed_at = :closedAt,
                                individual_deadline = :individual, unit_recommendation_deadline = :unit,
                                city_recommendation_deadline = :city, seniority_cut_off = :seniority,
                                achievements_cut_off = :achievements, authority_holder = :authorityHolder
                WHERE id = :id AND version = :version""")
                .param("id", plan.id())
                .param("title", plan.title())
                .param("status", plan.status().name())
                .param("updatedAt", utc(plan.updatedAt()))
                .param("publishedAt", utc(plan.publishedAt()))
                .param("closedAt", utc(plan.closedAt()))
                .param("version", plan.version())
                .param("individual", plan.dates().individualApplication())
                .param("unit", plan.dates().unitRecommendation())
                .param("city", plan.dates().cityRecommendation())
                .param("seniority", plan.dates().seniorityCutOff())
                .param("achievements", plan.dates().achievementsCutOff())
                .param("authorityHolder", plan.authorityHolder())
                .update();
        if (updated == 0) {
            throw Problems.conflict("plan.concurrent-change", plan.id());
        }
        plan.savedAs(plan.version() + 1);
        if (itemsChanged) {
            jdbc.sql("DELETE FROM plan_item WHERE plan_id = :id").param("id", plan.id()).update();
            insertItems(plan);
        } else {
            // the search's copies of the plan's state
            jdbc.sql("UPDATE plan_item SET plan_status = :status, published_on = :publishedOn WHERE plan_id = :id")
                    .param("id", plan.id())
                    .param("status", plan.status().name())
                    .param("publishedOn", businessDate(plan.publishedAt()))
                    .update();
        }
    }

    public void appendHistory(UUID planId, List<PlanTransition> transitions) {
        for (PlanTransition transition : transitions) {
            DeadlineChange change = transition.deadlineChange();
            jdbc.sql("""
                    INSERT INTO plan_history (plan_id, action, from_status, to_status, actor, reason, occurred_at,
                                              change_target, old_value, new_value, approval_reference)
                    VALUES (:planId, :action, :from, :to, :actor, :reason, :at, :target, :old, :new, :reference)""")
                    .param("planId", planId)
                    .param("action", transition.action().name())
                    .param("from", transition.from() == null ? null : transition.from().name())
                    .param("to", transition.to().name())
                    .param("actor", transition.actor())
                    .param("reason", transition.reason())
                    .param("at", utc(transition.at()))
                    .param("target", change == null ? null : change.target())
                    .param("old", change == null || change.oldDate() == null ? null : change.oldDate().toString())
                    .param("new", change == null ? null : change.newDate().toString())
                    .param("reference", change == null ? null : change.approvalReference())
                    .update();
        }
    }

    public List<PlanTransition> history(UUID planId) {
        return jdbc.sql("""
                SELECT action, from_status, to_status, actor, reason, occurred_at, change_target, old_value,
                       new_value, approval_reference
                FROM plan_history WHERE plan_id = :planId ORDER BY id""")
                .param("planId", planId)
                .query((rs, row) -> new PlanTransition(PlanAction.valueOf(rs.getString("action")),
                        status(rs.getString("from_status")), PlanStatus.valueOf(rs.getString("to_status")),
                        rs.getString("actor"), rs.getString("reason"), instant(rs, "occurred_at"), List.of(),
                        rs.getString("change_target") == null ? null
                                : DeadlineChange.of(rs.getString("change_target"), date(rs.getString("old_value")),
                                        date(rs.getString("new_value")), rs.getString("approval_reference"))))
                .list();
    }

    public Optional<EvaluationPlan> findById(UUID id) {
        List<PlanRow> rows = jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan WHERE id = :id")
                .param("id", id)
                .query(PlanRepository::planRow)
                .list();
        return withItems(rows).stream().findFirst();
    }

    public PlanPage search(PlanSearch search) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (search.year() != null) {
            where.append(" AND year = :year");
            params.put("year", search.year());
        }
        if (search.region() != null) {
            where.append(" AND region = :region");
            params.put("region", search.region());
        }
        if (search.category() != null) {
            where.append(" AND category = :category");
            params.put("category", search.category().name());
        }
        if (search.status() != null) {
            where.append(" AND status = :status");
            params.put("status", search.status().name());
        }
        if (search.draftScope() == null) {
            where.append(" AND status IN ('PUBLISHED', 'CLOSED')");
        } else {
            where.append(" AND (status IN ('PUBLISHED', 'CLOSED') OR region LIKE :scope)");
            params.put("scope", search.draftScope() + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM plan" + where).params(params).query(Long.class).single();
        Map<String, Object> pageParams = new LinkedHashMap<>(params);
        pageParams.put("limit", search.size());
        pageParams.put("offset", (long) search.page() * search.size());
        List<PlanRow> rows = jdbc.sql("SELECT " + PLAN_COLUMNS + " FROM plan" + where
                        + " ORDER BY year DESC, created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(pageParams)
                .query(PlanRepository::planRow)
                .list();
        return new PlanPage(withItems(rows), total);
    }

    private List<EvaluationPlan> withItems(List<PlanRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PlanItem>> items = new LinkedHashMap<>();
        rows.forEach(row -> items.put(row.id(), new ArrayList<>()));
        jdbc.sql("""
                SELECT plan_id, plan_year, id, committee_name, committee_id, evaluated_titles, recommended_titles,
                       specialties, acceptance_scope, expected_evaluation, material_deadline, application_deadline,
                       receiving_unit, phone, remarks, exclusions, applicants, association
                FROM plan_item WHERE plan_id IN (:ids) ORDER BY plan_id, position""")
                .param("ids", List.copyOf(items.keySet()))
                .query(rs -> {
                    items.get(rs.getObject("plan_id", UUID.class)).add(itemRow(rs));
                });
        return rows.stream().map(row -> row.toPlan(items.get(row.id()))).toList();
    }

    /** One batch, however many items: a plan may have up to 2000, and amending it writes them all again. */
    private void insertItems(EvaluationPlan plan) {
        List<PlanItem> items = plan.items();
        if (items.isEmpty()) {
            return;
        }
        MapSqlParameterSource[] rows = new MapSqlParameterSource[items.size()];
        for (int position = 0; position < items.size(); position++) {
            PlanItem item = items.get(position);
            TimeExpression expected = item.evaluationTime();
            TimeExpression material = item.materialDeadlineTime();
            AcceptanceScope scope = item.scope();
            rows[position] = new MapSqlParameterSource()
                    .addValue("id", item.id())
                    .addValue("planId", plan.id())
                    .addValue("position", position)
                    .addValue("committeeName", item.committeeName())
                    .addValue("committeeId", item.committeeId())
                    .addValue("evaluated", new TextArray(item.evaluatedTitles()))
                    .addValue("recommended", new TextArray(item.recommendedTitles()))
                    .addValue("specialties", new TextArray(item.specialties()))
                    .addValue("scope", scope == null ? null : scope.text())
                    .addValue("scopeByLevel", JSON.writeValueAsString(scope == null ? Map.of() : scope.byLevel()))
                    .addValue("expected", expected == null ? null : expected.text())
                    .addValue("expectedKind", expected == null ? null : expected.kind().name())
                    .addValue("expectedFrom", expected == null ? null : expected.earliest())
                    .addValue("expectedTo", expected == null ? null : expected.latest())
                    .addValue("material", material == null ? null : material.text())
                    .addValue("materialKind", material == null ? null : material.kind().name())
                    .addValue("materialFrom", material == null ? null : material.earliest())
                    .addValue("materialTo", material == null ? null : material.latest())
                    .addValue("deadline", item.applicationDeadline())
                    .addValue("unit", item.receivingUnit())
                    .addValue("phone", item.phone())
                    .addValue("remarks", item.remarks())
                    .addValue("exclusions", new TextArray(item.exclusions()))
                    .addValue("applicants", item.applicants())
                    .addValue("association", item.association())
                    .addValue("year", plan.year())
                    .addValue("region", plan.region())
                    .addValue("status", plan.status().name())
                    .addValue("publishedOn", businessDate(plan.publishedAt()))
                    .addValue("effectiveDeadline", item.effectiveDeadline(plan.dates(), plan.year()));
        }
        // series and levels are derived from the titles in the same statement, for the portal search
        batch.batchUpdate("""
                INSERT INTO plan_item (id, plan_id, position, committee_name, committee_id, evaluated_titles,
                                       recommended_titles, specialties, acceptance_scope, scope_by_level,
                                       expected_evaluation, expected_evaluation_kind, expected_evaluation_from,
                                       expected_evaluation_to, material_deadline, material_deadline_kind,
                                       material_deadline_from, material_deadline_to, application_deadline,
                                       receiving_unit, phone, remarks, exclusions, applicants, association,
                                       plan_year, plan_region, plan_status, published_on, effective_deadline,
                                       series, levels)
                VALUES (:id, :planId, :position, :committeeName, :committeeId, :evaluated, :recommended,
                        :specialties, :scope, CAST(:scopeByLevel AS jsonb), :expected, :expectedKind,
                        :expectedFrom, :expectedTo, :material, :materialKind, :materialFrom, :materialTo,
                        :deadline, :unit, :phone, :remarks, :exclusions, :applicants, :association, :year,
                        :region, :status, :publishedOn, :effectiveDeadline,
                        ARRAY(SELECT DISTINCT t.series_code FROM title t
                              WHERE t.code = ANY (:evaluated) OR t.code = ANY (:recommended)),
                        ARRAY(SELECT DISTINCT t.level_code FROM title t
                              WHERE t.code = ANY (:evaluated) OR t.code = ANY (:recommended)))""", rows);
    }

    /** Times and scopes are read again from the text as written, so one parser defines them. */
    private static PlanItem itemRow(ResultSet rs) throws SQLException {
        int year = rs.getInt("plan_year");
        return new PlanItem(rs.getObject("id", UUID.class), rs.getString("committee_name"),
                rs.getObject("committee_id", UUID.class), texts(rs, "evaluated_titles"),
                texts(rs, "recommended_titles"), texts(rs, "specialties"),
                AcceptanceScope.parse(rs.getString("acceptance_scope")),
                TimeExpression.parseOptional(rs.getString("expected_evaluation"), year).orElse(null),
                TimeExpression.parseOptional(rs.getString("material_deadline"), year).orElse(null),
                rs.getObject("application_deadline", LocalDate.class), rs.getString("receiving_unit"),
                rs.getString("phone"), rs.getString("remarks"), texts(rs, "exclusions"), rs.getString("applicants"),
                rs.getString("association"));
    }

    private static PlanRow planRow(ResultSet rs, int row) throws SQLException {
        return new PlanRow(rs.getObject("id", UUID.class), rs.getInt("year"), rs.getString("region"),
                PlanCategory.valueOf(rs.getString("category")), rs.getString("title"),
                new PlanDates(rs.getObject("individual_deadline", LocalDate.class),
                        rs.getObject("unit_recommendation_deadline", LocalDate.class),
                        rs.getObject("city_recommendation_deadline", LocalDate.class),
                        rs.getObject("seniority_cut_off", LocalDate.class),
                        rs.getObject("achievements_cut_off", LocalDate.class)),
                rs.getString("authority_holder"), PlanStatus.valueOf(rs.getString("status")), rs.getInt("version"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "published_at"),
                instant(rs, "closed_at"));
    }

    private static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static LocalDate businessDate(Instant instant) {
        return instant == null ? null : instant.atZone(BUSINESS_ZONE).toLocalDate();
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static PlanStatus status(String name) {
        return name == null ? null : PlanStatus.valueOf(name);
    }

    private record PlanRow(UUID id, int year, String region, PlanCategory category, String title, PlanDates dates,
            String authorityHolder, PlanStatus status, int version, String createdBy, Instant createdAt,
            Instant updatedAt, Instant publishedAt, Instant closedAt) {

        EvaluationPlan toPlan(List<PlanItem> items) {
            return EvaluationPlan.restore(id, year, region, category, title, dates, authorityHolder, status, version,
                    items, createdBy, createdAt, updatedAt, publishedAt, closedAt);
        }
    }
}
