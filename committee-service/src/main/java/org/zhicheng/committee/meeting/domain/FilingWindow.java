package org.zhicheng.committee.meeting.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The last day a meeting may be filed with the HR bureau, as the working-day calendar computes it. {@code provisional}
 * is true when a year without calendar data was involved (Monday–Friday assumed): show it as provisional, never
 * silently; {@code sources} names the notices (or the assumption) behind the answer.
 */
public record FilingWindow(LocalDate meetingDate, LocalDate latestFilingDay, boolean provisional,
        List<String> sources) {

    public FilingWindow {
        sources = List.copyOf(sources);
    }

    /** Whether a filing made on {@code filedOn} is in time. */
    public boolean allows(LocalDate filedOn) {
        return !filedOn.isAfter(latestFilingDay);
    }
}
