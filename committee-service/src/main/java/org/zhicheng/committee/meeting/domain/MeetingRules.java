package org.zhicheng.committee.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import org.zhicheng.starter.calendar.WorkingDayCalendar;

/** The rules a meeting checks, built once from the settings and the working-day calendar. */
public record MeetingRules(MeetingLeadTime leadTime, FilingLeadTime filingLeadTime,
        OpenOnlyWhenApproved openOnlyWhenApproved, ZoneId zone) {

    public MeetingRules {
        Objects.requireNonNull(leadTime, "leadTime");
        Objects.requireNonNull(filingLeadTime, "filingLeadTime");
        Objects.requireNonNull(openOnlyWhenApproved, "openOnlyWhenApproved");
        Objects.requireNonNull(zone, "zone");
    }

    public static MeetingRules of(MeetingRuleSettings settings, WorkingDayCalendar calendar) {
        return new MeetingRules(new MeetingLeadTime(settings.meetingLeadDays()),
                new FilingLeadTime(calendar, settings.filingLeadWorkingDays()), new OpenOnlyWhenApproved(),
                settings.zone());
    }

    /** The business date of {@code instant} (Asia/Shanghai by default). */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
