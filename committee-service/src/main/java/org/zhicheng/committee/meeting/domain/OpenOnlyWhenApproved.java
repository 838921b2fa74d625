package org.zhicheng.committee.meeting.domain;

import java.time.LocalDate;
import org.zhicheng.starter.problem.RuleRefused;
import org.zhicheng.starter.problem.WrongStateRefused;

/**
 * A meeting is held only after the HR bureau has filed it and consented in writing, and not before the date it was
 * filed for (the filing lead time was checked against that date). A meeting that was never approved, or whose filing
 * was sent back, is refused with this rule; an approved one without a drawn panel is refused by the lifecycle alone.
 */
public final class OpenOnlyWhenApproved {

    // 001 五(二), 002 一(三): the meeting is held only after the HR bureau's filing and written consent (备案)
    public static final String RULE = "001-五(二)";
    public static final String BEFORE_DATE_CODE = "meeting.before-date";

    /**
     * @throws WrongStateRefused {@code meeting.wrong-state} naming this rule when the meeting is not approved
     * @throws RuleRefused       {@code meeting.before-date} when opened before its date; arguments: today, meeting
     *                           date
     */
    public void check(MeetingStatus status, LocalDate today, LocalDate meetingDate) {
        if (status == MeetingStatus.PLANNED || status == MeetingStatus.FILED) {
            throw new WrongStateRefused("meeting", status, MeetingAction.OPEN.label(), RULE);
        }
        if (status != MeetingStatus.PANEL_DRAWN) {
            throw new WrongStateRefused("meeting", status, MeetingAction.OPEN.label(), null);
        }
        if (today.isBefore(meetingDate)) {
            throw new RuleRefused(BEFORE_DATE_CODE, RULE, today, meetingDate);
        }
    }
}
