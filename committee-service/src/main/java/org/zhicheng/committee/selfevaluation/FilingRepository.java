package org.zhicheng.committee.selfevaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.zhicheng.committee.selfevaluation.domain.Filing;
import org.zhicheng.committee.selfevaluation.domain.FilingKind;
import org.zhicheng.committee.selfevaluation.domain.MeetingReport;

/** Filings (every version) and meeting reports, tables {@code self_evaluation_filing} and {@code …_meeting_report}. */
@Repository
class FilingRepository {

    private final JdbcClient jdbc;

    FilingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version a new filing of (kind, year) gets: one after the current one, 1 for the first. */
    int nextVersion(UUID committeeId, FilingKind kind, int year) {
        return jdbc.sql("""
                SELECT coalesce(max(version), 0) + 1 FROM self_evaluation_filing
                WHERE committee_id = :committee AND kind = :kind AND year = :year
                """).param("committee", committeeId).param("kind", kind.name()).param("year", year)
                .query(Integer.class).single();
    }

    void insert(Filing filing) {
        jdbc.sql("""
                INSERT INTO self_evaluation_filing (id, committee_id, kind, year, version, title, document_ref, summary,
                    filed_on, filed_at, filed_by, due_on, days_late)
                VALUES (:id, :committee, :kind, :year, :version, :title, :documentRef, :summary, :filedOn, :filedAt,
                    :filedBy, :dueOn, :daysLate)
                """)
                .param("id", filing.id()).param("committee", filing.committeeId()).param("kind", filing.kind().name())
                .param("year", filing.year()).param("version", filing.version()).param("title", filing.title())
                .param("documentRef", filing.documentRef()).param("summary", filing.summary())
                .param("filedOn", filing.filedOn()).param("filedAt", Timestamp.from(filing.filedAt()))
                .param("filedBy", filing.filedBy()).param("dueOn", filing.dueOn())
                .param("daysLate", (int) filing.daysLate())
                .update();
    }

    /** Every version of the committee's filings (of {@code year} when given), by kind, year and version. */
    List<Filing> filings(UUID committeeId, Integer year) {
        return jdbc.sql("""
                SELECT * FROM self_evaluation_filing
                WHERE committee_id = :committee AND (CAST(:year AS int) IS NULL OR year = :year)
                ORDER BY kind, year, version
                """).param("committee", committeeId).param("year", year).query(FilingRepository::filing).list();
    }

    void insert(MeetingReport report) {
        jdbc.sql("""
                INSERT INTO self_evaluation_meeting_report (id, committee_id, meeting_date, application_count, summary,
                    reported_on, reported_at, reported_by, last_report_day, provisional, calendar_sources)
                VALUES (:id, :committee, :meetingDate, :applications, :summary, :reportedOn, :reportedAt,
                    :reportedBy, :lastDay, :provisional, :sources)
                """)
                .param("id", report.id()).param("committee", report.committeeId())
                .param("meetingDate", report.meetingDate()).param("applications", report.applicationCount())
                .param("summary", report.summary()).param("reportedOn", report.reportedOn())
                .param("reportedAt", Timestamp.from(report.reportedAt())).param("reportedBy", report.reportedBy())
                .param("lastDay", report.lastReportDay()).param("provisional", report.provisional())
                .param("sources", String.join("\n", report.calendarSources()))
                .update();
    }

    /** The committee's meeting reports (of meetings in {@code year} when given), by meeting date. */
    List<MeetingReport> reports(UUID committeeId, Integer year) {
        return jdbc.sql("""
                SELECT * FROM self_evaluation_meeting_report
                WHERE committee_id = :committee
                  AND (CAST(:year AS int) IS NULL OR extract(YEAR FROM meeting_date) = :year)
                ORDER BY meeting_date, reported_at
                """).param("committee", committeeId).param("year", year).query(FilingRepository::report).list();
    }

    private static Filing filing(ResultSet rs, int row) throws SQLException {
        return new Filing(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
                FilingKind.valueOf(rs.getString("kind")), rs.getInt("year"), rs.getInt("version"),
                rs.getString("title"), rs.getString("document_ref"), rs.getString("summary"),
                rs.getObject("filed_on", LocalDate.class), rs.getTimestamp("filed_at").toInstant(),
                rs.getString("filed_by"), rs.getObject("due_on", LocalDate.class), rs.getInt("days_late"));
    }

    private static MeetingReport report(ResultSet rs, int row) throws SQLException {
        return new MeetingReport(rs.getObject("id", UUID.class), rs.getObject("committee_id", UUID.class),
                rs.getObject("meeting_date", LocalDate.class), rs.getInt("application_count"),
                rs.getString("summary"), rs.getObject("reported_on", LocalDate.class),
                rs.getTimestamp("reported_at").toInstant(), rs.getString("reported_by"),
                rs.getObject("last_report_day", LocalDate.class), rs.getBoolean("provisional"),
                Arrays.asList(rs.getString("calendar_sources").split("\n")));
    }
}
