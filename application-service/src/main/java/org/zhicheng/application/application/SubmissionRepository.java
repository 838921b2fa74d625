package org.zhicheng.application.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.eligibility.Finding;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Table {@code application_submission}: written once per submission, never changed. */
@Repository
public class SubmissionRepository {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SubmissionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Submission s) {
        jdbc.sql("""
                INSERT INTO application_submission (application_id, submission, archive_version, snapshot, pledge,
                    findings, submitted_by, submitted_at)
                VALUES (?, ?, ?, CAST(? AS jsonb), ?, CAST(? AS jsonb), ?, ?)""")
                .params(s.applicationId(), s.submission(), s.archiveVersion(), json.writeValueAsString(s.snapshot()),
                        s.pledge(), json.writeValueAsString(s.findings()), s.submittedBy(),
                        Timestamp.from(s.submittedAt()))
                .update();
    }

    public Optional<Submission> latest(UUID applicationId) {
        return jdbc.sql("SELECT * FROM application_submission WHERE application_id = ? ORDER BY submission DESC "
                + "LIMIT 1").param(applicationId).query(this::row).optional();
    }

    public Optional<Submission> first(UUID applicationId) {
        return jdbc.sql("SELECT * FROM application_submission WHERE application_id = ? AND submission = 1")
                .param(applicationId).query(this::row).optional();
    }

    public List<Submission> all(UUID applicationId) {
        return jdbc.sql("SELECT * FROM application_submission WHERE application_id = ? ORDER BY submission")
                .param(applicationId).query(this::row).list();
    }

    private Submission row(ResultSet rs, int n) throws SQLException {
        return new Submission(rs.getObject("application_id", UUID.class), rs.getInt("submission"),
                rs.getInt("archive_version"), json.readValue(rs.getString("snapshot"), ArchiveContent.class),
                rs.getString("pledge"), json.readValue(rs.getString("findings"), FINDINGS),
                rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant());
    }
}
