package org.zhicheng.committee.meeting.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.zhicheng.starter.problem.RuleRefused;

/**
 * The meeting is created on the platform at least a week before it is held: its date is at least
 * {@code minimumDays} calendar days after the day of creation (Asia/Shanghai dates), so created on a Monday it may be
 * held on the next Monday, not on the Sunday.
 */
public final class MeetingLeadTime {

    // 002 一(三): create the meeting on the platform one week (7 days) before it is held
    public static final String RULE = "002-一(三)";
    public static final String CODE = "meeting.lead-time";

    private final int minimumDays;

    public MeetingLeadTime(int minimumDays) {
        if (minimumDays < 0) {
            throw new IllegalArgumentException("minimumDays must not be negative, was " + minimumDays);
        }
        this.minimumDays = minimumDays;
    }

    public int minimumDays() {
        return minimumDays;
    }

    /** The earliest date a meeting created on {@code createdOn} may be held. */
    public LocalDate earliestMeetingDate(LocalDate createdOn) {
        return createdOn.plusDays(minimumDays);
    }

    /**
     * Refuses a meeting date too close to the day it is created (or moved) on.
     *
     * @throws RuleRefused {@code meeting.lead-time}; arguments: meeting date, day of creation, earliest allowed date,
     *                     minimum days
     */
    public void check(LocalDate createdOn, LocalDate meetingDate) {
        if (ChronoUnit.DAYS.between(createdOn, meetingDate) < minimumDays) {
            throw new RuleRefused(CODE, RULE, meetingDate, createdOn, earliestMeetingDate(createdOn), minimumDays);
        }
    }
}
