package org.zhicheng.committee.meeting;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.committee.meeting.domain.PanelPlan;

/**
 * The meeting side of the panel draw ({@link MeetingDrawPort}): what the draw reads of a meeting, and recording the
 * confirmed panel. Runs in the draw's transaction; scope is the draw's to check.
 */
@Component
class MeetingDrawAdapter implements MeetingDrawPort {

    private final Meetings meetings;
    private final Clock clock;

    MeetingDrawAdapter(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public DrawableMeeting drawable(UUID meetingId) {
        return seenByTheDraw(meetings.require(meetingId));
    }

    @Override
    @Transactional
    public DrawableMeeting lockDrawable(UUID meetingId) {
        return seenByTheDraw(meetings.lock(meetingId));
    }

    private static DrawableMeeting seenByTheDraw(Meeting meeting) {
        PanelPlan plan = meeting.panelPlan();
        return new DrawableMeeting(meeting.id(), meeting.committeeCode(), meeting.title(), meeting.date(),
                meeting.venue(), meeting.status().name(), plan.specialties(), plan.titleLevels(), plan.panelSize(),
                plan.alternates(),
                meeting.assignments().stream()
                        .map(a -> new Assigned(a.applicationId(), a.applicantPerson(), a.applicantUnit())).toList());
    }

    /**
     * Records the panel and moves the meeting to {@code PANEL_DRAWN}; 409 {@code meeting.wrong-state} unless it is
     * {@code APPROVED}. No event: the draw announces its own.
     */
    @Override
    @Transactional
    public void panelConfirmed(UUID meetingId, UUID drawId, List<String> expertIds, String actor) {
        Meeting meeting = meetings.lock(meetingId);
        MeetingProblems.translating(() -> meeting.recordPanel(drawId, expertIds, actor, clock.instant()));
        meetings.save(meeting, actor);
    }
}
