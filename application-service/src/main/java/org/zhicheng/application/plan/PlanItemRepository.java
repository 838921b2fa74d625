package org.zhicheng.application.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.starter.jdbc.TextArray;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code plan_item}: the read model of published plan items. */
@Repository
class PlanItemRepository {

    private static final TypeReference<Map<String, String>> SCOPES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PlanItemRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Writes the item as published; an item already known keeps its deadline changes and closing when the row came
     * from a later event (a redelivered or late {@code PlanPublished} never undoes them).
     */
    void upsert(PlanItem item, String learnedFrom, Instant now) {
        jdbc.sql("""
                INSERT INTO plan_item (item_id, plan_id, plan_title, plan_year, plan_region, plan_category,
                    committee_id, committee_code, committee_name, evaluated_titles, recommended_titles, specialties,
                    acceptance_scope, scope_by_level, exclusions, deadline, deadline_from, unit_deadline,
                    city_deadline, seniority_cut_off, achievements_cut_off, published_at, closed_at, learned_from,
                    updated_at)
                VALUES (:item, :plan, :title, :year, :region, :category, :committeeId, :committeeCode,
                    :committeeName, :evaluated, :recommended, :specialties, :scope, CAST(:byLevel AS jsonb),
                    :exclusions, :deadline, :deadlineFrom, :unitDeadline, :cityDeadline, :seniority, :achievements,
                    :publishedAt, :closedAt, :learnedFrom, :now)
                ON CONFLICT (item_id) DO UPDATE SET
                    committee_id = COALESCE(EXCLUDED.committee_id, plan_item.committee_id),
                    committee_code = COALESCE(EXCLUDED.committee_code, plan_item.committee_code),
                    specialties = EXCLUDED.specialties,
                    acceptance_scope = EXCLUDED.acceptance_scope,
                    scope_by_level = EXCLUDED.scope_by_level,
                    exclusions = EXCLUDED.exclusions,
                    learned_from = CASE WHEN EXCLUDED.learned_from = 'EVENT' THEN 'EVENT'
                                        ELSE plan_item.learned_from END,
                    updated_at = EXCLUDED.updated_at""")
                .param("item", item.itemId()).param("plan", item.planId()).param("title", item.planTitle())
                .param("year", item.year()).param("region", item.planRegion()).param("category", item.category())
                .param("committeeId", item.committeeId()).param("committeeCode", item.committeeCode())
                .param("committeeName", item.committeeName())
                .param("evaluated", new TextArray(item.evaluatedTitles()))
                .param("recommended", new TextArray(item.recommendedTitles()))
                .param("specialties", new TextArray(item.specialties()))
                .param("scope", item.acceptanceScope())
                .param("byLevel", json.writeValueAsString(item.scopeByLevel()))
                .param("exclusions", new TextArray(item.exclusions()))
                .param("deadline", item.deadline()).param("deadlineFrom", item.deadlineFrom())
                .param("unitDeadline", item.unitDeadline()).param("cityDeadline", item.cityDeadline())
                .param("seniority", item.seniorityCutOff()).param("achievements", item.achievementsCutOff())
                .param("publishedAt", Timestamp.from(item.publishedAt()))
                .param("closedAt", item.closedAt() == null ? null : Timestamp.from(item.closedAt()))
                .param("learnedFrom", learnedFrom).param("now", Timestamp.from(now))
                .update();
    }

    Optional<PlanItem> find(UUID itemId) {
        return jdbc.sql("SELECT * FROM plan_item WHERE item_id = ?").param(itemId).query(this::row).optional();
    }

    /** The item's own individual deadline moved (000 三(三)). */
    int moveItemDeadline(UUID itemId, LocalDate deadline, Instant now) {
        return jdbc.sql("UPDATE plan_item SET deadline = ?, deadline_from = 'ITEM', updated_at = ? WHERE item_id = ?")
                .params(deadline, Timestamp.from(now), itemId).update();
    }

    /**
     * A staged deadline of the plan moved (003 二(二)): the individual stage moves the items whose deadline follows
     * the plan; the recommendation stages move the desks' deadlines of every item.
     */
    int moveStage(UUID planId, String stage, LocalDate deadline, Instant now) {
        String sql = switch (stage) {
            case "INDIVIDUAL_APPLICATION" -> "UPDATE plan_item SET deadline = :d, updated_at = :now "
                    + "WHERE plan_id = :plan AND (deadline_from = 'PLAN' OR deadline_from IS NULL)";
            case "UNIT_RECOMMENDATION" -> "UPDATE plan_item SET unit_deadline = :d, updated_at = :now "
                    + "WHERE plan_id = :plan";
            case "CITY_RECOMMENDATION" -> "UPDATE plan_item SET city_deadline = :d, updated_at = :now "
                    + "WHERE plan_id = :plan";
            default -> null;
        };
        if (sql == null) {
            return 0;
        }
        return jdbc.sql(sql).param("d", deadline).param("now", Timestamp.from(now)).param("plan", planId).update();
    }

    int close(UUID planId, Instant closedAt) {
        return jdbc.sql("UPDATE plan_item SET closed_at = ?, updated_at = ? WHERE plan_id = ? AND closed_at IS NULL")
                .params(Timestamp.from(closedAt), Timestamp.from(closedAt), planId).update();
    }

    private PlanItem row(ResultSet rs, int n) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new PlanItem(rs.getObject("item_id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getString("plan_title"), rs.getInt("plan_year"), rs.getString("plan_region"),
                rs.getString("plan_category"), rs.getObject("committee_id", UUID.class),
                rs.getString("committee_code"), rs.getString("committee_name"),
                TextArray.read(rs, "evaluated_titles"), TextArray.read(rs, "recommended_titles"),
                TextArray.read(rs, "specialties"), rs.getString("acceptance_scope"),
                json.readValue(rs.getString("scope_by_level"), SCOPES), TextArray.read(rs, "exclusions"),
                date(rs, "deadline"), rs.getString("deadline_from"), date(rs, "unit_deadline"),
                date(rs, "city_deadline"), date(rs, "seniority_cut_off"), date(rs, "achievements_cut_off"),
                rs.getTimestamp("published_at").toInstant(), closed == null ? null : closed.toInstant());
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    List<UUID> itemsOf(UUID planId) {
        return jdbc.sql("SELECT item_id FROM plan_item WHERE plan_id = ?").param(planId).query(UUID.class).list();
    }
}
