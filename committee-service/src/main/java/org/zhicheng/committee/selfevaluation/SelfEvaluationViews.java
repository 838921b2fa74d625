package org.zhicheng.committee.selfevaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.committee.selfevaluation.domain.FilingKind;

/** What the self-evaluation API answers. */
final class SelfEvaluationViews {

    private SelfEvaluationViews() {
    }

    /**
     * One version of a filing; {@code current} marks the latest of its (kind, year).
     *
     * @param dueOn       the due date it was measured against
     * @param late        filed after the due date (accepted, and visible to the HR bureau)
     * @param daysOverdue calendar days after the due date it was filed; 0 when on time
     */
    record FilingView(UUID id, String committee, FilingKind kind, int year, int version, boolean current,
            String title, String documentRef, String summary, LocalDate filedOn, Instant filedAt, String filedBy,
            LocalDate dueOn, boolean late, long daysOverdue) {
    }

    /**
     * A meeting report.
     *
     * @param lastReportDay   the last day the meeting could be reported (working days ahead on the calendar)
     * @param provisional     the last day rests on a year without calendar data (Monday–Friday assumed)
     * @param calendarSources the notices (or the assumption) the count rests on, one per calendar year
     */
    record MeetingReportView(UUID id, String committee, LocalDate meetingDate, int applicationCount, String summary,
            LocalDate reportedOn, Instant reportedAt, String reportedBy, LocalDate lastReportDay,
            boolean provisional, List<String> calendarSources) {
    }

    /**
     * An overdue flag to the HR bureau.
     *
     * @param daysOverdue calendar days from the due date to today while open, to the filing day once cleared
     */
    record OverdueFlagView(UUID id, String committee, String territory, FilingKind kind, int year, LocalDate dueDate,
            long daysOverdue, boolean open, LocalDate flaggedOn, Instant flaggedAt, LocalDate clearedOn,
            UUID clearedByFiling) {
    }
}
