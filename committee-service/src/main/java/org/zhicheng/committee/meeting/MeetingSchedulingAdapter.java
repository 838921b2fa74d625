package org.zhicheng.committee.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.meeting.domain.ApplicationAssignment;
import org.zhicheng.committee.meeting.domain.Meeting;

/**
 * The meeting side of the scheduling of applications ({@link MeetingSchedulingPort}): reads for the choice of a
 * meeting, and assignments through {@link AssignmentService}, the office's own path.
 */
@Component
class MeetingSchedulingAdapter implements MeetingSchedulingPort {

    private final Meetings meetings;
    private final MeetingRepository repository;
    private final AssignmentService assignments;

    MeetingSchedulingAdapter(Meetings meetings, MeetingRepository repository, AssignmentService assignments) {
        this.meetings = meetings;
        this.repository = repository;
        this.assignments = assignments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CandidateMeeting> plannedFrom(String committeeCode, LocalDate from) {
        return repository.plannedFrom(committeeCode, from).stream().map(MeetingSchedulingAdapter::candidate).toList();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public CandidateMeeting lock(UUID meetingId) {
        return candidate(meetings.lock(meetingId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Holding> holding(UUID applicationId) {
        return repository.openMeetingOf(applicationId);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void assign(UUID meetingId, ApplicationAssignment assignment, String actor, String reason) {
        assignments.assign(meetings.lock(meetingId), assignment, actor, reason, actor);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void unassign(UUID meetingId, UUID applicationId, String actor, String reason) {
        assignments.unassign(meetings.lock(meetingId), applicationId, actor, reason, actor);
    }

    private static CandidateMeeting candidate(Meeting meeting) {
        return new CandidateMeeting(meeting.id(), meeting.committeeCode(), meeting.date(), meeting.status(),
                meeting.panelPlan().specialties(), meeting.panelPlan().titleLevels());
    }
}
