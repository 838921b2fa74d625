package org.zhicheng.plan.importing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code plan_import_job} table. */
@Repository
class ImportJobRepository {

    private final JdbcClient jdbc;

    ImportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ImportJob job) {
        jdbc.sql("""
                INSERT INTO plan_import_job (id, owner_subject, owner_username, region, year, category, title,
                    file_name, status, rows_total, rows_done, created_at, updated_at)
                VALUES (:id, :subject, :username, :region, :year, :category, :title, :file, :status, 0, 0, :now, :now)
                """)
                .param("id", job.id()).param("subject", job.ownerSubject()).param("username", job.ownerUsername())
                .param("region", job.region()).param("year", job.year()).param("category", job.category())
                .param("title", job.title()).param("file", job.fileName()).param("status", job.status().name())
                .param("now", Timestamp.from(job.createdAt()))
                .update();
    }

    void running(UUID id, int total, Instant now) {
        jdbc.sql("UPDATE plan_import_job SET status = 'RUNNING', rows_total = :total, updated_at = :now WHERE id = :id")
                .param("id", id).param("total", total).param("now", Timestamp.from(now)).update();
    }

    void progress(UUID id, int done, Instant now) {
        jdbc.sql("UPDATE plan_import_job SET rows_done = :done, updated_at = :now WHERE id = :id")
                .param("id", id).param("done", done).param("now", Timestamp.from(now)).update();
    }

    void finish(UUID id, ImportStatus status, int done, String report, String failureCode, UUID planId,
            Instant now) {
        jdbc.sql("""
                UPDATE plan_import_job SET status = :status, rows_done = :done, report = :report,
                    failure_code = :failure, plan_id = :plan, updated_at = :now
                WHERE id = :id""")
                .param("id", id).param("status", status.name()).param("done", done).param("report", report)
                .param("failure", failureCode).param("plan", planId).param("now", Timestamp.from(now))
                .update();
    }

    /** Jobs a restart interrupted: their file was only in memory, so they cannot resume. */
    int failInterrupted(Instant now) {
        return jdbc.sql("""
                UPDATE plan_import_job SET status = 'FAILED', failure_code = 'import.interrupted', updated_at = :now
                WHERE status IN ('QUEUED', 'RUNNING')""")
                .param("now", Timestamp.from(now)).update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM plan_import_job WHERE id = :id").param("id", id)
                .query((rs, n) -> new ImportJob(rs.getObject("id", UUID.class), rs.getString("owner_subject"),
                        rs.getString("owner_username"), rs.getString("region"), rs.getInt("year"),
                        rs.getString("category"), rs.getString("title"), rs.getString("file_name"),
                        ImportStatus.valueOf(rs.getString("status")), rs.getInt("rows_total"),
                        rs.getInt("rows_done"), rs.getString("report"), rs.getString("failure_code"),
                        rs.getObject("plan_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }
}
