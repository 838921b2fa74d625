package org.zhicheng.committee.draw;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.draw.DrawAccess.Target;
import org.zhicheng.committee.draw.DrawQueries.Reading;
import org.zhicheng.committee.draw.domain.PanelDraw;
import org.zhicheng.committee.draw.domain.Seat;
import org.zhicheng.committee.meeting.MeetingDrawPort;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * A drawn expert's answer: confirm or decline the seat (by the expert, or by the office on their behalf; the log
 * keeps who). A decline hands the seat to the next alternate at once. When the last seat is confirmed the meeting
 * records the panel in the same transaction ({@link MeetingDrawPort#panelConfirmed}) and moves to
 * {@code PANEL_DRAWN}; from then on the draw takes no more steps.
 */
@Service
class SeatService {

    private final DrawAccess access;
    private final DrawRepository draws;
    private final MeetingDrawPort meetings;
    private final Clock clock;

    SeatService(DrawAccess access, DrawRepository draws, MeetingDrawPort meetings, Clock clock) {
        this.access = access;
        this.draws = draws;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Transactional
    Reading confirm(UUID meetingId, UUID drawId, String expertId, ZhichengPrincipal user) {
        Target target = access.asSeatHolderOrOffice(meetingId, expertId, user);
        DrawAccess.requireDrawable(target.meeting(), "confirm a seat");
        StoredDraw stored = draws.lock(meetingId, drawId);
        PanelDraw draw = stored.draw();
        DrawInputs.requireAssignmentsChecked(target.meeting(), draw, "confirm a seat");
        DrawProblems.translating(() -> draw.confirm(expertId, clock.instant()));
        String actor = user.actor();
        StoredDraw confirmed = draws.append(stored, actor);
        if (draw.isComplete()) {
            meetings.panelConfirmed(meetingId, drawId, draw.seats().stream().map(Seat::expert).toList(), actor);
        }
        return answer(confirmed, target, expertId, user);
    }

    @Transactional
    Reading decline(UUID meetingId, UUID drawId, String expertId, String reason, ZhichengPrincipal user) {
        Target target = access.asSeatHolderOrOffice(meetingId, expertId, user);
        DrawAccess.requireDrawable(target.meeting(), "decline a seat");
        StoredDraw stored = draws.lock(meetingId, drawId);
        DrawInputs.requireAssignmentsChecked(target.meeting(), stored.draw(), "decline a seat");
        DrawProblems.translating(() -> stored.draw().decline(expertId, reason, clock.instant()));
        return answer(draws.append(stored, user.actor()), target, expertId, user);
    }

    /** The office sees the whole draw after acting; an expert answering for themself only their own seat. */
    private Reading answer(StoredDraw stored, Target target, String expertId, ZhichengPrincipal user) {
        return access.isOffice(user, target) ? new Reading(stored, true, null) : new Reading(stored, false, expertId);
    }
}
