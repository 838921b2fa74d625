package org.zhicheng.committee.meeting;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.committee.meeting.domain.ApplicationAssignment;
import org.zhicheng.committee.meeting.domain.Meeting;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Assigning applications to a meeting and taking them off again: the office's API, and the one path every other
 * caller (the scheduling of applications ready for evaluation) goes through too, so the meeting's rules (until the
 * panel is drawn, one open meeting per application) and its history apply however an application got there.
 */
@Service
class AssignmentService {

    private final Meetings meetings;
    private final MeetingRepository repository;
    private final MeetingAccess access;
    private final Clock clock;

    AssignmentService(Meetings meetings, MeetingRepository repository, MeetingAccess access, Clock clock) {
        this.meetings = meetings;
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    /** The office assigns an application, until the panel is drawn; one open meeting per application at a time. */
    @Transactional
    Meeting assign(UUID id, ApplicationAssignment assignment, ZhichengPrincipal user) {
        return assign(access.lockForOffice(id, user), assignment, user.actor(), null, user.subject());
    }

    /** The office takes an application off the meeting, until the meeting opens. */
    @Transactional
    Meeting unassign(UUID id, UUID applicationId, String reason, ZhichengPrincipal user) {
        return unassign(access.lockForOffice(id, user), applicationId, user.actor(), reason, user.subject());
    }

    /**
     * Assigns to a meeting the caller locked: the domain's transition, then 409 {@code meeting.assigned-elsewhere}
     * when another meeting neither closed nor cancelled has the application (the transaction rolls back, nothing
     * stays), then the save with the history row.
     *
     * @param subject the envelopes' {@code actor} should the save emit anything
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Meeting assign(Meeting meeting, ApplicationAssignment assignment, String actor, String reason, String subject) {
        MeetingProblems.translating(() -> meeting.assign(assignment, actor, reason, clock.instant()));
        repository.assignedElsewhere(assignment.applicationId(), meeting.id()).ifPresent(other -> {
            throw Problems.conflict("meeting.assigned-elsewhere", assignment.applicationId(), other);
        });
        meetings.save(meeting, subject);
        return meeting;
    }

    /** Takes an application off a meeting the caller locked, with the history row. */
    @Transactional(propagation = Propagation.MANDATORY)
    Meeting unassign(Meeting meeting, UUID applicationId, String actor, String reason, String subject) {
        MeetingProblems.translating(() -> meeting.unassign(applicationId, actor, reason, clock.instant()));
        meetings.save(meeting, subject);
        return meeting;
    }
}
