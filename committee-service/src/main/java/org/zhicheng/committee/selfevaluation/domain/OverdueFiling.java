package org.zhicheng.committee.selfevaluation.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A filing to flag to the HR bureau: still missing after its due date ({@code filedOn} null), or filed after it.
 *
 * @param year        the evaluation year (for a meeting report, the meeting's year)
 * @param meetingId   the meeting, for {@link FilingKind#MEETING_REPORT} only
 * @param daysOverdue calendar days from the due date to today (missing) or to the filing day (late)
 * @param provisional the due date rests on a year without working-day calendar data
 */
public record OverdueFiling(UUID committeeId, FilingKind kind, int year, UUID meetingId, LocalDate dueOn,
        LocalDate filedOn, long daysOverdue, boolean provisional) {

    /** Whether the filing is still missing (rather than filed late). */
    public boolean missing() {
        return filedOn == null;
    }
}
