package org.zhicheng.committee.selfevaluation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.zhicheng.starter.calendar.WorkingDayAnswer;
import org.zhicheng.starter.calendar.WorkingDayCalendar;

/**
 * When a self-evaluating unit's filings are due. Reading of 001 五(三) (a 2024 notice: plan and scheme "by 30 November",
 * summary "by 28 February 2025") and 002 三(二): for evaluation year Y the three-year plan covering Y and the scheme
 * for Y are due on 30 November of Y itself (the unit files, obtains consent, then holds Y's meetings, usually in
 * December); the summary of Y is due on 28 February of Y + 1; each meeting is reported at least 5 working days before
 * it, counted as for committee meetings (the report day and the days up to the eve of the meeting hold 5 working
 * days). Deadlines are inclusive calendar dates and do not move off weekends.
 */
public final class FilingDeadlines {

    // 001 五(三), 002 三(二): plan and scheme by 30 Nov, meetings reported 5 working days before, summary by 28 Feb
    public static final String RULE = "001-五(三)";
    public static final String REPORT_LEAD_TIME_CODE = "self-evaluation.report-lead-time";

    private final SelfEvaluationSettings settings;
    private final WorkingDayCalendar calendar;

    public FilingDeadlines(SelfEvaluationSettings settings, WorkingDayCalendar calendar) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public SelfEvaluationSettings settings() {
        return settings;
    }

    /**
     * The due date of a plan, scheme or summary for evaluation {@code year} (for a three-year plan: the first year
     * it covers).
     */
    public Deadline dueFor(FilingKind kind, int year) {
        LocalDate due = switch (kind) {
            case THREE_YEAR_PLAN, ANNUAL_SCHEME -> settings.planAndSchemeDue().atYear(year);
            case SUMMARY -> settings.summaryDue().atYear(year + 1);
            case MEETING_REPORT -> throw new IllegalArgumentException("a meeting report is due by its meeting date");
        };
        return new Deadline(due, false, List.of(kind + " " + year + ": " + RULE));
    }

    /** The last day a meeting on {@code meetingDate} may be reported, on the working-day calendar. */
    public Deadline meetingReportDue(LocalDate meetingDate) {
        WorkingDayAnswer latest = calendar.workingDayBefore(meetingDate, settings.meetingReportWorkingDays());
        return new Deadline(latest.date(), latest.provisional(), latest.sources());
    }

    /**
     * The first evaluation year a unit whose rights begin on {@code rightsFrom} owes filings for: the year itself when
     * its plan and scheme are still due on or after that day, else the next one (a unit given rights in December
     * cannot have filed by 30 November).
     */
    public int firstOwedYear(LocalDate rightsFrom) {
        int year = rightsFrom.getYear();
        return rightsFrom.isAfter(settings.planAndSchemeDue().atYear(year)) ? year + 1 : year;
    }

    /** Whether a recorded plan, scheme or summary was filed on time. */
    public boolean onTime(AnnualFiling filing) {
        return dueFor(filing.kind(), filing.year()).metBy(filing.filedOn());
    }

    /** Whether a three-year plan covers evaluation {@code year}. */
    public boolean covers(AnnualFiling plan, int year) {
        return plan.kind() == FilingKind.THREE_YEAR_PLAN && plan.year() <= year
                && year <= lastYearAnswered(plan.kind(), plan.year());
    }

    /**
     * The last evaluation year a filing of ({@code kind}, {@code year}) answers: a three-year plan every year it covers,
     * a scheme or summary its own year.
     */
    public int lastYearAnswered(FilingKind kind, int year) {
        return kind == FilingKind.THREE_YEAR_PLAN ? year + settings.planYears() - 1 : year;
    }

    /**
     * Refuses a meeting report made too late for its meeting; otherwise returns the deadline it met.
     *
     * @throws SelfEvaluationRefused {@code self-evaluation.report-lead-time}; arguments: report day, meeting date, last report
     *                     day, working days, provisional, the calendar sources (one text, {@code "; "}-joined)
     */
    public Deadline checkMeetingReport(LocalDate reportedOn, LocalDate meetingDate) {
        Deadline due = meetingReportDue(meetingDate);
        if (!due.metBy(reportedOn)) {
            throw new SelfEvaluationRefused(REPORT_LEAD_TIME_CODE, RULE, reportedOn, meetingDate, due.dueOn(),
                    settings.meetingReportWorkingDays(), due.provisional(), String.join("; ", due.sources()));
        }
        return due;
    }
}
