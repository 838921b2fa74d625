package org.zhicheng.notification.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code plan_item}: the items watched for their offices. */
@Repository
class PlanItemRepository {

    private final JdbcClient jdbc;

    PlanItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A watched item. */
    record WatchedItem(UUID itemId, UUID planId, int year, String planTitle, String region, UUID committeeId,
            String committeeName, LocalDate deadline, String deadlineFrom) {
    }

    void upsert(WatchedItem item) {
        jdbc.sql("""
                INSERT INTO plan_item (item_id, plan_id, plan_year, plan_title, region, committee_id, committee_name,
                    deadline, deadline_from)
                VALUES (:item, :plan, :year, :title, :region, :committee, :name, :deadline, :from)
                ON CONFLICT (item_id) DO UPDATE SET plan_title = EXCLUDED.plan_title,
                    committee_id = EXCLUDED.committee_id, committee_name = EXCLUDED.committee_name,
                    deadline = EXCLUDED.deadline, deadline_from = EXCLUDED.deadline_from
                """)
                .param("item", item.itemId()).param("plan", item.planId()).param("year", item.year())
                .param("title", item.planTitle()).param("region", item.region())
                .param("committee", item.committeeId()).param("name", item.committeeName())
                .param("deadline", item.deadline()).param("from", item.deadlineFrom())
                .update();
    }

    List<WatchedItem> ofPlan(UUID planId) {
        return jdbc.sql("SELECT * FROM plan_item WHERE plan_id = ? ORDER BY committee_name, item_id").param(planId)
                .query((rs, n) -> item(rs)).list();
    }

    /** Moves the deadline of one item, or of the plan's items that follow the plan's stage; answers those moved. */
    List<WatchedItem> moveDeadline(UUID planId, UUID itemId, LocalDate newDeadline) {
        List<UUID> moved = itemId != null
                ? jdbc.sql("UPDATE plan_item SET deadline = ?, deadline_from = 'ITEM' WHERE item_id = ? AND plan_id = ? "
                        + "RETURNING item_id").params(newDeadline, itemId, planId).query(UUID.class).list()
                : jdbc.sql("UPDATE plan_item SET deadline = ? WHERE plan_id = ? AND deadline_from = 'PLAN' "
                        + "RETURNING item_id").params(newDeadline, planId).query(UUID.class).list();
        return moved.isEmpty() ? List.of() : jdbc.sql("SELECT * FROM plan_item WHERE item_id IN (:ids)")
                .param("ids", moved).query((rs, n) -> item(rs)).list();
    }

    void close(UUID planId) {
        jdbc.sql("UPDATE plan_item SET closed = true WHERE plan_id = ?").param(planId).update();
    }

    /** Open items with a known committee whose deadline is from {@code from} to {@code to} and not yet reminded. */
    List<WatchedItem> dueForReminder(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT * FROM plan_item
                WHERE NOT closed AND committee_id IS NOT NULL AND deadline BETWEEN ? AND ?
                  AND (reminded_for IS NULL OR reminded_for <> deadline)
                ORDER BY deadline, item_id""")
                .params(from, to).query((rs, n) -> item(rs)).list();
    }

    void reminded(UUID itemId, LocalDate deadline) {
        jdbc.sql("UPDATE plan_item SET reminded_for = ? WHERE item_id = ?").params(deadline, itemId).update();
    }

    private static WatchedItem item(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new WatchedItem(rs.getObject("item_id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getInt("plan_year"), rs.getString("plan_title"), rs.getString("region"),
                rs.getObject("committee_id", UUID.class), rs.getString("committee_name"),
                rs.getObject("deadline", LocalDate.class), rs.getString("deadline_from"));
    }
}
