package org.zhicheng.committee.meeting.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.zhicheng.starter.calendar.WorkingDayAnswer;
import org.zhicheng.starter.calendar.WorkingDayCalendar;
import org.zhicheng.starter.problem.RuleRefused;

/**
 * The filing (qualification review, pre-evaluation publicity, panel composition) reaches the HR bureau at least
 * {@code workingDays} working days before the meeting. Reading: the filing day and the days after it, up to the eve of
 * the meeting, hold at least that many working days, the filing day counting when it is itself a working day
 * ({@link WorkingDayCalendar#workingDayBefore}). For a Monday meeting with no holiday the Monday a week earlier is the
 * last filing day; a filing made on a weekend or holiday counts from the next working day.
 */
public final class FilingLeadTime {

    // 001 五(二): report qualification review, pre-publicity and panel composition to HR 5 working days before
    public static final String RULE = "001-五(二)";
    public static final String CODE = "meeting.filing-lead-time";

    private final WorkingDayCalendar calendar;
    private final int workingDays;

    public FilingLeadTime(WorkingDayCalendar calendar, int workingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (workingDays < 1) {
            throw new IllegalArgumentException("workingDays must be at least 1, was " + workingDays);
        }
        this.workingDays = workingDays;
    }

    public int workingDays() {
        return workingDays;
    }

    /** The last filing day for a meeting on {@code meetingDate}, with the calendar's grounds. */
    public FilingWindow window(LocalDate meetingDate) {
        WorkingDayAnswer latest = calendar.workingDayBefore(meetingDate, workingDays);
        return new FilingWindow(meetingDate, latest.date(), latest.provisional(), latest.sources());
    }

    /**
     * Refuses a filing made too late; otherwise returns the window it was checked against (keep its
     * {@code provisional} flag with the filing).
     *
     * @throws RuleRefused {@code meeting.filing-lead-time}; arguments: filing day, meeting date, last filing day,
     *                     working days, provisional
     */
    public FilingWindow check(LocalDate filedOn, LocalDate meetingDate) {
        FilingWindow window = window(meetingDate);
        if (!window.allows(filedOn)) {
            throw new RuleRefused(CODE, RULE, filedOn, meetingDate, window.latestFilingDay(), workingDays,
                    window.provisional());
        }
        return window;
    }
}
