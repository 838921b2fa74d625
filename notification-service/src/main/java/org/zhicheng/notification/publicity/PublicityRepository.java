package org.zhicheng.notification.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.notification.publicity.domain.Publicity;
import org.zhicheng.notification.publicity.domain.PublicityAction;
import org.zhicheng.notification.publicity.domain.PublicityContact;
import org.zhicheng.notification.publicity.domain.PublicityEntry;
import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.PublicityOutcome;
import org.zhicheng.notification.publicity.domain.PublicityPeriod;
import org.zhicheng.notification.publicity.domain.PublicitySnapshot;
import org.zhicheng.notification.publicity.domain.PublicityStatus;
import org.zhicheng.notification.publicity.domain.PublicitySubject;
import org.zhicheng.notification.publicity.domain.PublicityTransition;
import org.zhicheng.notification.publicity.domain.SubjectType;
import org.zhicheng.starter.jdbc.TextArray;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publicities in tables {@code publicity}, {@code publicity_entry} and {@code publicity_history}. The entries never
 * change after opening; the period, status and close are columns, the contact a small {@code jsonb} document.
 */
@Repository
class PublicityRepository {

    private static final String COLUMNS = """
            id, kind, subject_type, subject_id, region, committee_code, unit, publisher, title, body, contact::text,
            starts_on, working_days, ends_on, closes_at, provisional, calendar_sources, status, outcome, held_since,
            closed_at, closed_by, content_hash, version, opened_by, opened_at, updated_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PublicityRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Publicity publicity) {
        PublicitySnapshot s = publicity.snapshot();
        jdbc.sql("""
                INSERT INTO publicity (id, kind, subject_type, subject_id, region, committee_code, unit, publisher,
                    title, body, contact, starts_on, working_days, ends_on, closes_at, provisional, calendar_sources,
                    status, content_hash, version, opened_by, opened_at, updated_at)
                VALUES (:id, :kind, :subjectType, :subjectId, :region, :committee, :unit, :publisher, :title, :body,
                    CAST(:contact AS jsonb), :startsOn, :workingDays, :endsOn, :closesAt, :provisional, :sources,
                    :status, :hash, 0, :openedBy, :openedAt, :updatedAt)
                """)
                .param("id", s.id()).param("kind", s.kind().name()).param("subjectType", s.subject().type().name())
                .param("subjectId", s.subject().id()).param("region", s.region()).param("committee", s.committee())
                .param("unit", s.unit()).param("publisher", s.publisher()).param("title", s.title())
                .param("body", s.body())
                .param("contact", s.contact().isEmpty() ? null : json.writeValueAsString(s.contact()))
                .param("startsOn", s.period().startsOn()).param("workingDays", s.period().workingDays())
                .param("endsOn", s.period().endsOn()).param("closesAt", Timestamp.from(s.period().closesAt()))
                .param("provisional", s.period().provisional())
                .param("sources", new TextArray(s.period().sources())).param("status", s.status().name())
                .param("hash", s.contentHash()).param("openedBy", s.openedBy())
                .param("openedAt", Timestamp.from(s.openedAt())).param("updatedAt", Timestamp.from(s.updatedAt()))
                .update();
        List<PublicityEntry> entries = s.entries();
        for (int position = 0; position < entries.size(); position++) {
            PublicityEntry e = entries.get(position);
            jdbc.sql("""
                    INSERT INTO publicity_entry (publicity_id, position, id, application_id, person, name, unit, title,
                        specialty, achievements, remark)
                    VALUES (:publicity, :position, :id, :application, :person, :name, :unit, :title, :specialty,
                        :achievements, :remark)
                    """)
                    .param("publicity", s.id()).param("position", position).param("id", e.id())
                    .param("application", e.applicationId()).param("person", e.person()).param("name", e.name())
                    .param("unit", e.unit()).param("title", e.title()).param("specialty", e.specialty())
                    .param("achievements", new TextArray(e.representativeAchievements()))
                    .param("remark", e.remark())
                    .update();
        }
    }

    /**
     * Stores what can change after opening (period, status, close) if nobody saved it since it was read.
     *
     * @throws OptimisticLockingFailureException when another transaction changed it first (409 concurrent-update)
     */
    void update(Publicity publicity) {
        PublicitySnapshot s = publicity.snapshot();
        int changed = jdbc.sql("""
                UPDATE publicity SET ends_on = :endsOn, closes_at = :closesAt, provisional = :provisional,
                    calendar_sources = :sources, status = :status, outcome = :outcome, held_since = :heldSince,
                    closed_at = :closedAt, closed_by = :closedBy, version = version + 1, updated_at = :updatedAt
                WHERE id = :id AND version = :version
                """)
                .param("id", s.id()).param("version", s.version()).param("endsOn", s.period().endsOn())
                .param("closesAt", Timestamp.from(s.period().closesAt()))
                .param("provisional", s.period().provisional())
                .param("sources", new TextArray(s.period().sources())).param("status", s.status().name())
                .param("outcome", s.outcome() == null ? null : s.outcome().name())
                .param("heldSince", timestamp(s.heldSince())).param("closedAt", timestamp(s.closedAt()))
                .param("closedBy", s.closedBy()).param("updatedAt", Timestamp.from(s.updatedAt()))
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("publicity " + s.id() + " changed since version "
                    + s.version());
        }
        publicity.savedAs(s.version() + 1);
    }

    void appendHistory(UUID publicityId, PublicityTransition transition) {
        jdbc.sql("""
                INSERT INTO publicity_history (id, publicity_id, action, from_status, to_status, actor, reason, at)
                VALUES (:id, :publicity, :action, :from, :to, :actor, :reason, :at)
                """)
                .param("id", UUID.randomUUID()).param("publicity", publicityId)
                .param("action", transition.action().name())
                .param("from", transition.from() == null ? null : transition.from().name())
                .param("to", transition.to().name()).param("actor", transition.actor())
                .param("reason", transition.reason()).param("at", Timestamp.from(transition.at()))
                .update();
    }

    Optional<Publicity> find(UUID id) {
        return load("SELECT " + COLUMNS + " FROM publicity WHERE id = ?", id);
    }

    Optional<Publicity> lock(UUID id) {
        return load("SELECT " + COLUMNS + " FROM publicity WHERE id = ? FOR UPDATE", id);
    }

    Optional<Publicity> findBySubject(PublicityKind kind, PublicitySubject subject) {
        return jdbc.sql("SELECT id FROM publicity WHERE kind = ? AND subject_type = ? AND subject_id = ?")
                .params(kind.name(), subject.type().name(), subject.id()).query(UUID.class).optional()
                .flatMap(this::find);
    }

    /** Open publicities whose period is over at {@code now}, and running ones whose end is provisional. */
    List<UUID> dueOrProvisional(Instant now, int limit) {
        return jdbc.sql("""
                SELECT id FROM publicity
                WHERE status <> 'CLOSED' AND (closes_at <= :now OR (status = 'RUNNING' AND provisional))
                ORDER BY closes_at LIMIT :limit
                """)
                .param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
    }

    /** The filters of the public list; null means any. */
    record Filter(String region, PublicityKind kind, String committee, String unit, List<PublicityStatus> statuses) {
    }

    /** One page of publicities (without entries), newest first, and how many match in all. */
    record Page(List<Summary> publicities, long total) {
    }

    /** A publicity as the list shows it. */
    record Summary(UUID id, PublicityKind kind, SubjectType subjectType, String subjectId, String region,
            String committee, String unit, String publisher, String title, LocalDate startsOn, int workingDays,
            LocalDate endsOn, Instant closesAt, boolean provisional, PublicityStatus status, PublicityOutcome outcome,
            int entryCount, Instant openedAt, Instant closedAt) {
    }

    Page search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.region() != null) {
            where.append(" AND p.region LIKE :region");
            params.put("region", filter.region() + "%");
        }
        if (filter.kind() != null) {
            where.append(" AND p.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.committee() != null) {
            where.append(" AND p.committee_code = :committee");
            params.put("committee", filter.committee());
        }
        if (filter.unit() != null) {
            where.append(" AND p.unit = :unit");
            params.put("unit", filter.unit());
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" AND p.status IN (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        long total = jdbc.sql("SELECT count(*) FROM publicity p" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Summary> rows = jdbc.sql("""
                SELECT p.id, p.kind, p.subject_type, p.subject_id, p.region, p.committee_code, p.unit, p.publisher,
                    p.title, p.starts_on, p.working_days, p.ends_on, p.closes_at, p.provisional, p.status, p.outcome,
                    p.opened_at, p.closed_at,
                    (SELECT count(*) FROM publicity_entry e WHERE e.publicity_id = p.id) AS entry_count
                FROM publicity p""" + where + " ORDER BY p.opened_at DESC, p.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, n) -> new Summary(rs.getObject("id", UUID.class), PublicityKind.valueOf(rs.getString("kind")),
                        SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id"),
                        rs.getString("region"), rs.getString("committee_code"), rs.getString("unit"),
                        rs.getString("publisher"), rs.getString("title"), rs.getObject("starts_on", LocalDate.class),
                        rs.getInt("working_days"), rs.getObject("ends_on", LocalDate.class),
                        instant(rs, "closes_at"), rs.getBoolean("provisional"),
                        PublicityStatus.valueOf(rs.getString("status")), outcome(rs.getString("outcome")),
                        rs.getInt("entry_count"), instant(rs, "opened_at"), instant(rs, "closed_at")))
                .list();
        return new Page(rows, total);
    }

    /** A history row as the API shows it. */
    record HistoryRow(PublicityAction action, PublicityStatus from, PublicityStatus to, String actor, String reason,
            Instant at) {
    }

    List<HistoryRow> history(UUID publicityId) {
        return jdbc.sql("""
                SELECT action, from_status, to_status, actor, reason, at FROM publicity_history
                WHERE publicity_id = ? ORDER BY at, id""")
                .param(publicityId)
                .query((rs, n) -> new HistoryRow(PublicityAction.valueOf(rs.getString("action")),
                        rs.getString("from_status") == null ? null : PublicityStatus.valueOf(rs.getString("from_status")),
                        PublicityStatus.valueOf(rs.getString("to_status")), rs.getString("actor"),
                        rs.getString("reason"), instant(rs, "at")))
                .list();
    }

    private Optional<Publicity> load(String sql, UUID id) {
        Optional<Row> row = jdbc.sql(sql).param(id).query(this::row).optional();
        return row.map(r -> Publicity.restore(r.snapshot(entries(r.id()))));
    }

    private List<PublicityEntry> entries(UUID publicityId) {
        return jdbc.sql("""
                SELECT id, application_id, person, name, unit, title, specialty, achievements, remark
                FROM publicity_entry WHERE publicity_id = ? ORDER BY position""")
                .param(publicityId)
                .query((rs, n) -> new PublicityEntry(rs.getObject("id", UUID.class),
                        rs.getObject("application_id", UUID.class), rs.getString("person"), rs.getString("name"),
                        rs.getString("unit"), rs.getString("title"), rs.getString("specialty"),
                        new ArrayList<>(TextArray.read(rs, "achievements")), rs.getString("remark")))
                .list();
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        String contact = rs.getString("contact");
        PublicityPeriod period = new PublicityPeriod(rs.getObject("starts_on", LocalDate.class),
                rs.getInt("working_days"), rs.getObject("ends_on", LocalDate.class), instant(rs, "closes_at"),
                rs.getBoolean("provisional"), TextArray.read(rs, "calendar_sources"));
        return new Row(rs.getObject("id", UUID.class), PublicityKind.valueOf(rs.getString("kind")),
                new PublicitySubject(SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id")),
                rs.getString("region"), rs.getString("committee_code"), rs.getString("unit"),
                rs.getString("publisher"), rs.getString("title"), rs.getString("body"),
                contact == null ? null : json.readValue(contact, PublicityContact.class), period,
                PublicityStatus.valueOf(rs.getString("status")), outcome(rs.getString("outcome")),
                instant(rs, "held_since"), instant(rs, "closed_at"), rs.getString("closed_by"),
                rs.getString("content_hash"), rs.getInt("version"), rs.getString("opened_by"),
                instant(rs, "opened_at"), instant(rs, "updated_at"));
    }

    private record Row(UUID id, PublicityKind kind, PublicitySubject subject, String region, String committee,
            String unit, String publisher, String title, String body, PublicityContact contact, PublicityPeriod period,
            PublicityStatus status, PublicityOutcome outcome, Instant heldSince, Instant closedAt, String closedBy,
            String contentHash, int version, String openedBy, Instant openedAt, Instant updatedAt) {

        PublicitySnapshot snapshot(List<PublicityEntry> entries) {
            return new PublicitySnapshot(id, kind, subject, region, committee, unit, publisher, title, body, contact,
                    entries, period, status, outcome, heldSince, closedAt, closedBy, contentHash, version, openedBy,
                    openedAt, updatedAt);
        }
    }

    private static PublicityOutcome outcome(String value) {
        return value == null ? null : PublicityOutcome.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
