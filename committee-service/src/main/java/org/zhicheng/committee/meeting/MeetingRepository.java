package org.zhicheng.committee.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.starter.jdbc.TextArray;
import org.zhicheng.committee.meeting.domain.ApplicationAssignment;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.committee.meeting.domain.MeetingAction;
import org.zhicheng.committee.meeting.domain.MeetingSnapshot;
import org.zhicheng.committee.meeting.domain.MeetingStatus;
import org.zhicheng.committee.meeting.domain.MeetingTransition;
import org.zhicheng.committee.meeting.domain.PanelPlan;

import tools.jackson.databind.json.JsonMapper;

/**
 * Meetings in tables {@code meeting}, {@code meeting_assignment}, {@code meeting_panel} and {@code meeting_history}.
 * The filing, the approval and the closing are small documents kept as {@code jsonb}; everything queried (status,
 * committee, date, panel membership, assignments) has a column or a table of its own.
 */
@Repository
class MeetingRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MeetingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Meeting meeting) {
        MeetingSnapshot s = meeting.snapshot();
        jdbc.sql("""
                INSERT INTO meeting (id, committee_code, title, meeting_date, venue, specialties, title_levels,
                    panel_size, alternates, status, version, created_by, created_at, updated_at)
                VALUES (:id, :committee, :title, :date, :venue, :specialties, :titleLevels, :panelSize, :alternates,
                    :status, 0, :createdBy, :createdAt, :updatedAt)
                """)
                .param("id", s.id()).param("committee", s.committeeCode()).param("title", s.title())
                .param("date", s.date()).param("venue", s.venue())
                .param("specialties", new TextArray(List.copyOf(s.panelPlan().specialties())))
                .param("titleLevels", new TextArray(List.copyOf(s.panelPlan().titleLevels())))
                .param("panelSize", s.panelPlan().panelSize()).param("alternates", s.panelPlan().alternates())
                .param("status", s.status().name()).param("createdBy", s.createdBy())
                .param("createdAt", Timestamp.from(s.createdAt())).param("updatedAt", Timestamp.from(s.updatedAt()))
                .update();
        writeAssignments(s);
    }

    /**
     * Stores the meeting's current state if nobody saved it since it was read (optimistic lock on {@code version}),
     * and tells the meeting its new version.
     *
     * @throws OptimisticLockingFailureException when another transaction changed it first (409 concurrent-update)
     */
    void update(Meeting meeting) {
        MeetingSnapshot s = meeting.snapshot();
        int changed = jdbc.sql("""
                UPDATE meeting SET title = :title, meeting_date = :date, venue = :venue, specialties = :specialties,
                    title_levels = :titleLevels, panel_size = :panelSize, alternates = :alternates, status = :status,
                    version = version + 1, filing = CAST(:filing AS jsonb), approval = CAST(:approval AS jsonb),
                    return_reason = :returnReason, panel_draw_id = :drawId, panel_recorded_by = :panelBy,
                    panel_recorded_at = :panelAt, chair = :chair, opened_by = :openedBy, opened_at = :openedAt,
                    closing = CAST(:closing AS jsonb), cancel_reason = :cancelReason, updated_at = :updatedAt
                WHERE id = :id AND version = :version
                """)
                .param("id", s.id()).param("version", s.version()).param("title", s.title())
                .param("date", s.date()).param("venue", s.venue())
                .param("specialties", new TextArray(List.copyOf(s.panelPlan().specialties())))
                .param("titleLevels", new TextArray(List.copyOf(s.panelPlan().titleLevels())))
                .param("panelSize", s.panelPlan().panelSize()).param("alternates", s.panelPlan().alternates())
                .param("status", s.status().name()).param("filing", write(s.filing()))
                .param("approval", write(s.approval())).param("returnReason", s.returnReason())
                .param("drawId", s.panel() == null ? null : s.panel().drawId())
                .param("panelBy", s.panel() == null ? null : s.panel().recordedBy())
                .param("panelAt", s.panel() == null ? null : Timestamp.from(s.panel().recordedAt()))
                .param("chair", s.opening() == null ? null : s.opening().chair())
                .param("openedBy", s.opening() == null ? null : s.opening().openedBy())
                .param("openedAt", s.opening() == null ? null : Timestamp.from(s.opening().openedAt()))
                .param("closing", write(s.closing())).param("cancelReason", s.cancelReason())
                .param("updatedAt", Timestamp.from(s.updatedAt()))
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("meeting " + s.id() + " changed since version " + s.version());
        }
        jdbc.sql("DELETE FROM meeting_assignment WHERE meeting_id = :id").param("id", s.id()).update();
        writeAssignments(s);
        jdbc.sql("DELETE FROM meeting_panel WHERE meeting_id = :id").param("id", s.id()).update();
        if (s.panel() != null) {
            List<String> experts = s.panel().experts();
            for (int position = 0; position < experts.size(); position++) {
                jdbc.sql("INSERT INTO meeting_panel (meeting_id, position, expert_id) VALUES (:id, :position, :expert)")
                        .param("id", s.id()).param("position", position).param("expert", experts.get(position))
                        .update();
            }
        }
        meeting.savedAs(s.version() + 1);
    }

    void appendHistory(UUID meetingId, MeetingTransition transition) {
        jdbc.sql("""
                INSERT INTO meeting_history (id, meeting_id, action, from_status, to_status, actor, reason,
                    application_id, at)
                VALUES (:id, :meeting, :action, :from, :to, :actor, :reason, :application, :at)
                """)
                .param("id", UUID.randomUUID()).param("meeting", meetingId)
                .param("action", transition.action().name())
                .param("from", transition.from() == null ? null : transition.from().name())
                .param("to", transition.to().name()).param("actor", transition.actor())
                .param("reason", transition.reason()).param("application", transition.applicationId())
                .param("at", Timestamp.from(transition.at()))
                .update();
    }

    Optional<Meeting> find(UUID id) {
        return one("SELECT * FROM meeting WHERE id = :id", id);
    }

    /** The meeting, its row locked until the transaction ends. */
    Optional<Meeting> lock(UUID id) {
        return one("SELECT * FROM meeting WHERE id = :id FOR UPDATE", id);
    }

    List<HistoryRow> history(UUID id) {
        return jdbc.sql("SELECT * FROM meeting_history WHERE meeting_id = :id ORDER BY seq").param("id", id)
                .query((rs, index) -> new HistoryRow(MeetingAction.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null
                                : MeetingStatus.valueOf(rs.getString("from_status")),
                        MeetingStatus.valueOf(rs.getString("to_status")), rs.getString("actor"),
                        rs.getString("reason"), rs.getObject("application_id", UUID.class),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    /** Another meeting, neither closed nor cancelled, that the application is assigned to. */
    Optional<UUID> assignedElsewhere(UUID applicationId, UUID meetingId) {
        return jdbc.sql("""
                SELECT m.id FROM meeting_assignment a JOIN meeting m ON m.id = a.meeting_id
                WHERE a.application_id = :application AND m.id <> :meeting
                  AND m.status NOT IN ('CLOSED', 'CANCELLED')
                LIMIT 1
                """).param("application", applicationId).param("meeting", meetingId).query(UUID.class).optional();
    }

    /** The committee's PLANNED meetings dated {@code from} or later: earliest first, then the earliest planned. */
    List<Meeting> plannedFrom(String committee, java.time.LocalDate from) {
        return withParts(jdbc.sql("""
                SELECT * FROM meeting
                WHERE committee_code = :committee AND status = 'PLANNED' AND meeting_date >= :from
                ORDER BY meeting_date, created_at, id
                """).param("committee", committee).param("from", from).query(this::row).list());
    }

    /** The meeting, neither closed nor cancelled, that the application is assigned to (at most one: assign checks). */
    Optional<MeetingSchedulingPort.Holding> openMeetingOf(UUID applicationId) {
        return jdbc.sql("""
                SELECT m.id, m.status FROM meeting_assignment a JOIN meeting m ON m.id = a.meeting_id
                WHERE a.application_id = :application AND m.status NOT IN ('CLOSED', 'CANCELLED')
                ORDER BY m.meeting_date, m.id
                LIMIT 1
                """).param("application", applicationId)
                .query((rs, index) -> new MeetingSchedulingPort.Holding(rs.getObject("id", UUID.class),
                        MeetingStatus.valueOf(rs.getString("status"))))
                .optional();
    }

    /**
     * One page of the meetings a caller may see, by date then id: those of {@code committees} (an office), of the
     * committees in {@code region} and below (an HR bureau), those {@code panelExpert} sits on (an expert); null
     * scopes add nothing. {@code committee} and {@code status} filter further.
     */
    MeetingPage search(Scope scope, String committee, MeetingStatus status, int page, int size) {
        List<String> visible = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (!scope.committees().isEmpty()) {
            visible.add("m.committee_code IN (:committees)");
            params.put("committees", scope.committees());
        }
        if (scope.region() != null) {
            visible.add("m.committee_code IN (SELECT code FROM committee WHERE territory LIKE :region || '%')");
            params.put("region", scope.region());
        }
        if (scope.panelExpert() != null) {
            visible.add("EXISTS (SELECT 1 FROM meeting_panel p WHERE p.meeting_id = m.id AND p.expert_id = :person)");
            params.put("person", scope.panelExpert());
        }
        if (visible.isEmpty()) {
            return new MeetingPage(List.of(), 0);
        }
        String where = " WHERE (" + String.join(" OR ", visible) + ")"
                + " AND (CAST(:committee AS text) IS NULL OR m.committee_code = CAST(:committee AS text))"
                + " AND (CAST(:status AS text) IS NULL OR m.status = CAST(:status AS text))";
        params.put("committee", committee);
        params.put("status", status == null ? null : status.name());
        long total = jdbc.sql("SELECT count(*) FROM meeting m" + where).params(params).query(Long.class).single();
        Map<String, Object> paged = new LinkedHashMap<>(params);
        paged.put("limit", size);
        paged.put("offset", (long) page * size);
        List<Row> rows = jdbc.sql("SELECT m.* FROM meeting m" + where
                + " ORDER BY m.meeting_date, m.id LIMIT :limit OFFSET :offset").params(paged)
                .query(this::row).list();
        return new MeetingPage(withParts(rows), total);
    }

    /** Who a list is for: an office's committees, an HR bureau's region, an expert's id; empty/null for none. */
    record Scope(List<String> committees, String region, String panelExpert) {
    }

    record MeetingPage(List<Meeting> meetings, long total) {
    }

    record HistoryRow(MeetingAction action, MeetingStatus from, MeetingStatus to, String actor, String reason,
            UUID applicationId, Instant at) {
    }

    private void writeAssignments(MeetingSnapshot s) {
        List<ApplicationAssignment> assignments = s.assignments();
        for (int position = 0; position < assignments.size(); position++) {
            ApplicationAssignment a = assignments.get(position);
            jdbc.sql("""
                    INSERT INTO meeting_assignment (meeting_id, application_id, position, applicant_person,
                        applicant_unit, title, specialty)
                    VALUES (:meeting, :application, :position, :person, :unit, :title, :specialty)
                    """)
                    .param("meeting", s.id()).param("application", a.applicationId()).param("position", position)
                    .param("person", a.applicantPerson()).param("unit", a.applicantUnit()).param("title", a.title())
                    .param("specialty", a.specialty())
                    .update();
        }
    }

    private Optional<Meeting> one(String sql, UUID id) {
        return jdbc.sql(sql).param("id", id).query(this::row).optional()
                .map(row -> withParts(List.of(row)).getFirst());
    }

    /** The meetings of the rows with their assignments and panels: two queries for any number of meetings. */
    private List<Meeting> withParts(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<ApplicationAssignment>> assignments = new HashMap<>();
        jdbc.sql("SELECT * FROM meeting_assignment WHERE meeting_id IN (:ids) ORDER BY meeting_id, position")
                .param("ids", ids)
                .query((rs, index) -> assignments.computeIfAbsent(rs.getObject("meeting_id", UUID.class),
                        meeting -> new ArrayList<>()).add(new ApplicationAssignment(
                                rs.getObject("application_id", UUID.class), rs.getString("applicant_person"),
                                rs.getString("applicant_unit"), rs.getString("title"), rs.getString("specialty"))))
                .list();
        Map<UUID, List<String>> panels = new HashMap<>();
        jdbc.sql("""
                SELECT meeting_id, expert_id FROM meeting_panel WHERE meeting_id IN (:ids)
                ORDER BY meeting_id, position
                """).param("ids", ids)
                .query((rs, index) -> panels.computeIfAbsent(rs.getObject("meeting_id", UUID.class),
                        meeting -> new ArrayList<>()).add(rs.getString("expert_id")))
                .list();
        return rows.stream().map(row -> Meeting.restore(row.snapshot(assignments.getOrDefault(row.id(), List.of()),
                panels.getOrDefault(row.id(), List.of())))).toList();
    }

    private Row row(ResultSet rs, int index) throws SQLException {
        UUID drawId = rs.getObject("panel_draw_id", UUID.class);
        String chair = rs.getString("chair");
        return new Row(rs.getObject("id", UUID.class), rs.getString("committee_code"), rs.getString("title"),
                rs.getObject("meeting_date", java.time.LocalDate.class), rs.getString("venue"),
                new PanelPlan(new LinkedHashSet<>(TextArray.read(rs, "specialties")),
                        new LinkedHashSet<>(TextArray.read(rs, "title_levels")), rs.getInt("panel_size"),
                        rs.getInt("alternates")),
                MeetingStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                read(rs.getString("filing"), MeetingSnapshot.Filing.class),
                read(rs.getString("approval"), MeetingSnapshot.Approval.class), rs.getString("return_reason"),
                drawId, rs.getString("panel_recorded_by"), instant(rs, "panel_recorded_at"), chair,
                rs.getString("opened_by"), instant(rs, "opened_at"),
                read(rs.getString("closing"), MeetingSnapshot.Closing.class), rs.getString("cancel_reason"),
                rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private record Row(UUID id, String committee, String title, java.time.LocalDate date, String venue,
            PanelPlan panelPlan, MeetingStatus status, int version, MeetingSnapshot.Filing filing,
            MeetingSnapshot.Approval approval, String returnReason, UUID drawId, String panelBy, Instant panelAt,
            String chair, String openedBy, Instant openedAt, MeetingSnapshot.Closing closing, String cancelReason,
            String createdBy, Instant createdAt, Instant updatedAt) {

        MeetingSnapshot snapshot(List<ApplicationAssignment> assignments, List<String> panel) {
            return new MeetingSnapshot(id, committee, title, date, venue, panelPlan, status, version, assignments,
                    filing, approval, returnReason,
                    drawId == null ? null : new MeetingSnapshot.Panel(drawId, panel, panelBy, panelAt),
                    chair == null ? null : new MeetingSnapshot.Opening(chair, openedBy, openedAt), closing,
                    cancelReason, createdBy, createdAt, updatedAt);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private String write(Object document) {
        return document == null ? null : json.writeValueAsString(document);
    }

    private <T> T read(String document, Class<T> type) {
        return document == null ? null : json.readValue(document, type);
    }
}
