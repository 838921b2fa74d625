package org.zhicheng.committee.selfevaluation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A self-evaluation meeting reported (评聘会议报备) to the department and the HR bureau, at least 5 working days
 * before it is held (001 五(三)); only reports in time are accepted, so every stored report met its last day.
 *
 * @param lastReportDay   the last day the meeting could be reported
 * @param provisional     the last day rests on a year without working-day calendar data (Monday–Friday assumed)
 * @param calendarSources the calendar notices (or the assumption) the last day rests on
 */
public record MeetingReport(UUID id, UUID committeeId, LocalDate meetingDate, int applicationCount, String summary,
        LocalDate reportedOn, Instant reportedAt, String reportedBy, LocalDate lastReportDay, boolean provisional,
        List<String> calendarSources) {

    public MeetingReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meetingDate, "meetingDate");
        Objects.requireNonNull(reportedOn, "reportedOn");
        calendarSources = List.copyOf(calendarSources);
    }

    /** A report of a meeting on {@code meetingDate} made on {@code reportedOn}; refused when too late. */
    public static MeetingReport report(FilingDeadlines deadlines, UUID id, UUID committeeId, LocalDate meetingDate,
            int applicationCount, String summary, LocalDate reportedOn, Instant reportedAt, String reportedBy) {
        Deadline due = deadlines.checkMeetingReport(reportedOn, meetingDate);
        return new MeetingReport(id, committeeId, meetingDate, applicationCount, summary, reportedOn, reportedAt,
                reportedBy, due.dueOn(), due.provisional(), due.sources());
    }
}
