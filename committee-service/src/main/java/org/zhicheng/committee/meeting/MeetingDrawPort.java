package org.zhicheng.committee.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the panel draw (package {@code org.zhicheng.committee.draw}) needs from a meeting, and what it gives back.
 * Implemented by the meeting feature; the draw calls it inside its own transaction, so a draw and the meeting's
 * change commit together or not at all.
 */
public interface MeetingDrawPort {

    /**
     * The meeting as the draw sees it, for any caller (scope is the draw's to check, by the committee); 404
     * {@code meeting.not-found} when there is no such meeting.
     */
    DrawableMeeting drawable(UUID meetingId);

    /**
     * As {@link #drawable}, with the meeting's row locked until the caller's transaction ends: a draw step that checks
     * the assignments and then records something (a seat, the confirmed panel) cannot interleave with an assignment,
     * which locks the same row.
     */
    DrawableMeeting lockDrawable(UUID meetingId);

    /**
     * The draw's panel is final (every seat confirmed): the meeting records it and moves to {@code PANEL_DRAWN}.
     * Allowed only while the meeting is {@code APPROVED} (409 {@code meeting.wrong-state} otherwise).
     */
    void panelConfirmed(UUID meetingId, UUID drawId, List<String> expertIds, String actor);

    /**
     * @param title       the meeting's title, as the drawn experts are told
     * @param venue       where it is held; null when not yet set
     * @param status      the meeting's state name ({@code PLANNED}, {@code FILED}, {@code APPROVED},
     *                    {@code PANEL_DRAWN}, {@code OPEN}, {@code CLOSED}, {@code CANCELLED}); a draw needs
     *                    {@code APPROVED}
     * @param specialties the specialties the panel is drawn from (pool members' {@code specialty})
     * @param titleLevels the title levels the panel is drawn from (pool members' {@code titleLevel} names)
     * @param panelSize   the seats of the panel (odd: the draw's rule)
     * @param alternates  how many alternates to draw besides the panel
     * @param assignments the applications assigned to the meeting, whose applicants and units the panel must not
     *                    have a conflict with; fixed once the panel is drawn
     */
    record DrawableMeeting(UUID id, String committeeCode, String title, LocalDate date, String venue, String status,
            Set<String> specialties, Set<String> titleLevels, int panelSize, int alternates,
            List<Assigned> assignments) {
    }

    /** One application assigned to the meeting: who applies, from which unit. */
    record Assigned(UUID applicationId, String applicantPerson, String applicantUnit) {
    }
}
