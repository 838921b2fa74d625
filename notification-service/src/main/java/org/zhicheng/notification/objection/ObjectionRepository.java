package org.zhicheng.notification.objection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.notification.objection.domain.Answer;
import org.zhicheng.notification.objection.domain.AnswerOutcome;
import org.zhicheng.notification.objection.domain.Assignee;
import org.zhicheng.notification.objection.domain.InvestigationNote;
import org.zhicheng.notification.objection.domain.Objection;
import org.zhicheng.notification.objection.domain.ObjectionAction;
import org.zhicheng.notification.objection.domain.ObjectionKind;
import org.zhicheng.notification.objection.domain.ObjectionSnapshot;
import org.zhicheng.notification.objection.domain.ObjectionStatus;
import org.zhicheng.notification.objection.domain.ObjectionTransition;
import org.zhicheng.notification.objection.domain.Raiser;
import org.zhicheng.notification.publicity.domain.ObjectionTally;
import org.zhicheng.notification.publicity.domain.PublicityKind;
import org.zhicheng.notification.publicity.domain.PublicitySubject;
import org.zhicheng.notification.publicity.domain.SubjectType;

/**
 * Objections in tables {@code objection}, {@code objection_note}, {@code objection_attachment} and
 * {@code objection_history}; the publicity's kind and subject are read from {@code publicity}.
 */
@Repository
class ObjectionRepository {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String SELECT = """
            SELECT o.id, o.tracking_number, o.access_code_hash, o.publicity_id, p.kind AS publicity_kind,
                p.subject_type, p.subject_id, o.entry_id, o.application_id, o.kind, o.text, o.raiser_name,
                o.raiser_contact, o.signed_by, o.raiser_person, o.assigned_kind, o.assigned_id, o.region, o.status,
                o.answer_outcome, o.answer_text, o.answered_by, o.answered_at, o.raised_at, o.version, o.updated_at
            FROM objection o JOIN publicity p ON p.id = o.publicity_id""";

    private final JdbcClient jdbc;

    ObjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next tracking number of the year {@code at} falls in (Asia/Shanghai): {@code YY2026-000042}. */
    String nextTrackingNumber(Instant at) {
        long number = jdbc.sql("SELECT nextval('objection_number')").query(Long.class).single();
        return "YY" + LocalDate.ofInstant(at, SHANGHAI).getYear() + "-" + String.format("%06d", number);
    }

    void insert(Objection objection, List<Attachment> attachments) {
        ObjectionSnapshot s = objection.snapshot();
        jdbc.sql("""
                INSERT INTO objection (id, tracking_number, access_code_hash, publicity_id, entry_id, application_id,
                    kind, text, raiser_name, raiser_contact, signed_by, raiser_person, assigned_kind, assigned_id,
                    region, status, raised_at, version, updated_at)
                VALUES (:id, :tracking, :code, :publicity, :entry, :application, :kind, :text, :name, :contact,
                    :signedBy, :person, :assignedKind, :assignedId, :region, :status, :raisedAt, 0, :updatedAt)
                """)
                .param("id", s.id()).param("tracking", s.trackingNumber()).param("code", s.accessCodeHash())
                .param("publicity", s.publicityId()).param("entry", s.entryId())
                .param("application", s.applicationId()).param("kind", s.kind().name()).param("text", s.text())
                .param("name", s.raiser().name()).param("contact", s.raiser().contact())
                .param("signedBy", s.raiser().signedBy()).param("person", s.raiser().person())
                .param("assignedKind", s.assignedTo().kind().name()).param("assignedId", s.assignedTo().id())
                .param("region", s.region()).param("status", s.status().name())
                .param("raisedAt", Timestamp.from(s.raisedAt())).param("updatedAt", Timestamp.from(s.updatedAt()))
                .update();
        for (int position = 0; position < attachments.size(); position++) {
            Attachment a = attachments.get(position);
            jdbc.sql("""
                    INSERT INTO objection_attachment (id, objection_id, position, file_name, media_type, size_bytes,
                        sha256, content)
                    VALUES (:id, :objection, :position, :name, :type, :size, :sha, :content)
                    """)
                    .param("id", a.id()).param("objection", s.id()).param("position", position)
                    .param("name", a.fileName()).param("type", a.mediaType()).param("size", a.size())
                    .param("sha", a.sha256()).param("content", a.content())
                    .update();
        }
    }

    /** Stores status and answer if nobody saved the objection since it was read; notes are appended. */
    void update(Objection objection) {
        ObjectionSnapshot s = objection.snapshot();
        Answer answer = s.answer();
        int changed = jdbc.sql("""
                UPDATE objection SET status = :status, answer_outcome = :outcome, answer_text = :answer,
                    answered_by = :answeredBy, answered_at = :answeredAt, version = version + 1,
                    updated_at = :updatedAt
                WHERE id = :id AND version = :version
                """)
                .param("id", s.id()).param("version", s.version()).param("status", s.status().name())
                .param("outcome", answer == null ? null : answer.outcome().name())
                .param("answer", answer == null ? null : answer.text())
                .param("answeredBy", answer == null ? null : answer.answeredBy())
                .param("answeredAt", answer == null ? null : Timestamp.from(answer.answeredAt()))
                .param("updatedAt", Timestamp.from(s.updatedAt()))
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException("objection " + s.id() + " changed since version "
                    + s.version());
        }
        objection.savedAs(s.version() + 1);
    }

    void insertNote(UUID objectionId, InvestigationNote note) {
        jdbc.sql("INSERT INTO objection_note (id, objection_id, author, text, at) VALUES (?, ?, ?, ?, ?)")
                .params(note.id(), objectionId, note.author(), note.text(), Timestamp.from(note.at())).update();
    }

    void appendHistory(UUID objectionId, ObjectionTransition transition) {
        jdbc.sql("""
                INSERT INTO objection_history (id, objection_id, action, from_status, to_status, actor, reason, at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), objectionId, transition.action().name(),
                        transition.from() == null ? null : transition.from().name(), transition.to().name(),
                        transition.actor(), transition.reason(), Timestamp.from(transition.at()))
                .update();
    }

    Optional<Objection> findByTrackingNumber(String trackingNumber) {
        return load(SELECT + " WHERE o.tracking_number = ?", trackingNumber);
    }

    Optional<Objection> lockByTrackingNumber(String trackingNumber) {
        return load(SELECT + " WHERE o.tracking_number = ? FOR UPDATE OF o", trackingNumber);
    }

    /** The publicity an objection belongs to, without loading it. */
    Optional<UUID> publicityOf(String trackingNumber) {
        return jdbc.sql("SELECT publicity_id FROM objection WHERE tracking_number = ?").param(trackingNumber)
                .query(UUID.class).optional();
    }

    ObjectionTally tally(UUID publicityId) {
        record Row(String status, String outcome, UUID application) {
        }
        List<Row> rows = jdbc.sql("SELECT status, answer_outcome, application_id FROM objection WHERE publicity_id = ?")
                .param(publicityId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class))).list();
        int open = 0;
        int upheld = 0;
        int notUpheld = 0;
        int outside = 0;
        List<UUID> upheldApplications = new ArrayList<>();
        for (Row row : rows) {
            if (ObjectionStatus.valueOf(row.status()).isOpen()) {
                open++;
                continue;
            }
            switch (AnswerOutcome.valueOf(row.outcome())) {
                case UPHELD -> {
                    upheld++;
                    if (row.application() != null && !upheldApplications.contains(row.application())) {
                        upheldApplications.add(row.application());
                    }
                }
                case NOT_UPHELD -> notUpheld++;
                case OUTSIDE_SCOPE -> outside++;
            }
        }
        return new ObjectionTally(rows.size(), open, upheld, notUpheld, outside, upheldApplications);
    }

    /** What a staff list may match: objections assigned to these desks, or in this region; null means any. */
    record Scope(List<Assignee> assignees, String region, String signedBy) {
    }

    record Filter(UUID publicity, ObjectionStatus status, ObjectionKind kind) {
    }

    /** One page of objections as the list shows them (without their notes), and how many match in all. */
    record Page(List<ObjectionSnapshot> objections, long total) {
    }

    Page search(Scope scope, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE (");
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < scope.assignees().size(); i++) {
            alternatives.add("(o.assigned_kind = :ak" + i + " AND o.assigned_id = :ai" + i + ")");
            params.put("ak" + i, scope.assignees().get(i).kind().name());
            params.put("ai" + i, scope.assignees().get(i).id());
        }
        if (scope.region() != null) {
            alternatives.add("o.region LIKE :region");
            params.put("region", scope.region() + "%");
        }
        if (scope.signedBy() != null) {
            alternatives.add("o.signed_by = :signedBy");
            params.put("signedBy", scope.signedBy());
        }
        where.append(alternatives.isEmpty() ? "FALSE" : String.join(" OR ", alternatives)).append(")");
        if (filter.publicity() != null) {
            where.append(" AND o.publicity_id = :publicity");
            params.put("publicity", filter.publicity());
        }
        if (filter.status() != null) {
            where.append(" AND o.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            where.append(" AND o.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        long total = jdbc.sql("SELECT count(*) FROM objection o" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ObjectionSnapshot> rows = jdbc.sql(SELECT + where + " ORDER BY o.raised_at DESC, o.id LIMIT :limit OFFSET :offset")
                .params(params).query(this::row).list();
        return new Page(rows, total);
    }

    /** An attachment's description (no content). */
    record AttachmentInfo(UUID id, String fileName, String mediaType, int size, String sha256) {
    }

    List<AttachmentInfo> attachments(UUID objectionId) {
        return jdbc.sql("""
                SELECT id, file_name, media_type, size_bytes, sha256 FROM objection_attachment
                WHERE objection_id = ? ORDER BY position""")
                .param(objectionId)
                .query((rs, n) -> new AttachmentInfo(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getString(5)))
                .list();
    }

    Optional<Attachment> attachment(UUID objectionId, UUID attachmentId) {
        return jdbc.sql("""
                SELECT id, file_name, media_type, size_bytes, sha256, content FROM objection_attachment
                WHERE objection_id = ? AND id = ?""")
                .params(objectionId, attachmentId)
                .query((rs, n) -> new Attachment(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getBytes(6)))
                .optional();
    }

    record HistoryRow(ObjectionAction action, ObjectionStatus from, ObjectionStatus to, String actor, String reason,
            Instant at) {
    }

    List<HistoryRow> history(UUID objectionId) {
        return jdbc.sql("""
                SELECT action, from_status, to_status, actor, reason, at FROM objection_history
                WHERE objection_id = ? ORDER BY at, id""")
                .param(objectionId)
                .query((rs, n) -> new HistoryRow(ObjectionAction.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : ObjectionStatus.valueOf(rs.getString(2)),
                        ObjectionStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    private Optional<Objection> load(String sql, Object key) {
        return jdbc.sql(sql).param(key).query(this::row).optional().map(s -> Objection.restore(withNotes(s)));
    }

    private ObjectionSnapshot withNotes(ObjectionSnapshot s) {
        List<InvestigationNote> notes = jdbc.sql(
                "SELECT id, author, text, at FROM objection_note WHERE objection_id = ? ORDER BY at, id")
                .param(s.id())
                .query((rs, n) -> new InvestigationNote(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        return new ObjectionSnapshot(s.id(), s.trackingNumber(), s.accessCodeHash(), s.publicityId(),
                s.publicityKind(), s.subject(), s.entryId(), s.applicationId(), s.kind(), s.text(), s.raiser(),
                s.assignedTo(), s.region(), s.status(), s.answer(), notes, s.raisedAt(), s.version(), s.updatedAt());
    }

    private ObjectionSnapshot row(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("answer_outcome");
        Answer answer = outcome == null ? null : new Answer(AnswerOutcome.valueOf(outcome), rs.getString("answer_text"),
                rs.getString("answered_by"), instant(rs, "answered_at"));
        return new ObjectionSnapshot(rs.getObject("id", UUID.class), rs.getString("tracking_number"),
                rs.getString("access_code_hash"), rs.getObject("publicity_id", UUID.class),
                PublicityKind.valueOf(rs.getString("publicity_kind")),
                new PublicitySubject(SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id")),
                rs.getObject("entry_id", UUID.class), rs.getObject("application_id", UUID.class),
                ObjectionKind.valueOf(rs.getString("kind")), rs.getString("text"),
                new Raiser(rs.getString("raiser_name"), rs.getString("raiser_contact"), rs.getString("signed_by"),
                        rs.getString("raiser_person")),
                new Assignee(Assignee.Kind.valueOf(rs.getString("assigned_kind")), rs.getString("assigned_id")),
                rs.getString("region"), ObjectionStatus.valueOf(rs.getString("status")), answer, List.of(),
                instant(rs, "raised_at"), rs.getInt("version"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
