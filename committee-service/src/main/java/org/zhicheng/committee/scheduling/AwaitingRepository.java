package org.zhicheng.committee.scheduling;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.committee.scheduling.domain.AwaitingApplication;
import org.zhicheng.committee.scheduling.domain.AwaitingStatus;
import org.zhicheng.committee.scheduling.domain.ScheduledApplication;

/** The waiting lists in table {@code awaiting_evaluation}, one row per application. */
@Repository
class AwaitingRepository {

    private final JdbcClient jdbc;

    AwaitingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The application's row, locked until the transaction ends. */
    Optional<AwaitingApplication> lock(UUID applicationId) {
        return jdbc.sql("SELECT * FROM awaiting_evaluation WHERE application_id = :id FOR UPDATE")
                .param("id", applicationId).query(AwaitingRepository::row).optional();
    }

    /** The committee's applications still waiting, oldest first, locked until the transaction ends. */
    List<AwaitingApplication> lockWaiting(String committee) {
        return jdbc.sql("""
                SELECT * FROM awaiting_evaluation WHERE committee_code = :committee AND status = 'AWAITING'
                ORDER BY received_at, application_id
                FOR UPDATE
                """).param("committee", committee).query(AwaitingRepository::row).list();
    }

    /** One page of the committee's list, oldest first; {@code status} null for every status. */
    Page page(String committee, AwaitingStatus status, int page, int size) {
        String where = " WHERE committee_code = :committee"
                + " AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))";
        String statusName = status == null ? null : status.name();
        long total = jdbc.sql("SELECT count(*) FROM awaiting_evaluation" + where).param("committee", committee)
                .param("status", statusName).query(Long.class).single();
        List<AwaitingApplication> rows = jdbc.sql("SELECT * FROM awaiting_evaluation" + where
                + " ORDER BY received_at, application_id LIMIT :limit OFFSET :offset")
                .param("committee", committee).param("status", statusName).param("limit", size)
                .param("offset", (long) page * size).query(AwaitingRepository::row).list();
        return new Page(rows, total);
    }

    record Page(List<AwaitingApplication> rows, long total) {
    }

    /** Inserts the row or replaces what it holds (its place in the queue, {@code received_at}, never changes). */
    void save(AwaitingApplication awaiting) {
        ScheduledApplication a = awaiting.application();
        jdbc.sql("""
                INSERT INTO awaiting_evaluation (application_id, committee_code, person, applicant_name, unit,
                    unit_name, year, title, title_name, level, specialty, status, meeting_id, scheduled_by,
                    received_at, updated_at)
                VALUES (:id, :committee, :person, :name, :unit, :unitName, :year, :title, :titleName, :level,
                    :specialty, :status, :meeting, :scheduledBy, :receivedAt, :updatedAt)
                ON CONFLICT (application_id) DO UPDATE SET committee_code = EXCLUDED.committee_code,
                    person = EXCLUDED.person, applicant_name = EXCLUDED.applicant_name, unit = EXCLUDED.unit,
                    unit_name = EXCLUDED.unit_name, year = EXCLUDED.year, title = EXCLUDED.title,
                    title_name = EXCLUDED.title_name, level = EXCLUDED.level, specialty = EXCLUDED.specialty,
                    status = EXCLUDED.status, meeting_id = EXCLUDED.meeting_id,
                    scheduled_by = EXCLUDED.scheduled_by, updated_at = EXCLUDED.updated_at
                """)
                .param("id", a.applicationId()).param("committee", a.committeeCode()).param("person", a.person())
                .param("name", a.applicantName()).param("unit", a.unit()).param("unitName", a.unitName())
                .param("year", a.year()).param("title", a.title()).param("titleName", a.titleName())
                .param("level", a.level()).param("specialty", a.specialty())
                .param("status", awaiting.status().name()).param("meeting", awaiting.meetingId())
                .param("scheduledBy", awaiting.scheduledBy())
                .param("receivedAt", Timestamp.from(awaiting.receivedAt()))
                .param("updatedAt", Timestamp.from(awaiting.updatedAt()))
                .update();
    }

    private static AwaitingApplication row(ResultSet rs, int index) throws SQLException {
        ScheduledApplication application = new ScheduledApplication(rs.getObject("application_id", UUID.class),
                rs.getString("committee_code"), rs.getString("person"), rs.getString("applicant_name"),
                rs.getString("unit"), rs.getString("unit_name"), rs.getInt("year"), rs.getString("title"),
                rs.getString("title_name"), rs.getString("level"), rs.getString("specialty"));
        return AwaitingApplication.restore(application, rs.getString("scheduled_by"),
                AwaitingStatus.valueOf(rs.getString("status")), rs.getObject("meeting_id", UUID.class),
                rs.getTimestamp("received_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
