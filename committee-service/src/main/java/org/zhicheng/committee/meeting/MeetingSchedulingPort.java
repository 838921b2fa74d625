package org.zhicheng.committee.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.zhicheng.committee.meeting.domain.ApplicationAssignment;
import org.zhicheng.committee.meeting.domain.MeetingStatus;

/**
 * What the scheduling of applications ready for evaluation (package {@code org.zhicheng.committee.scheduling}) needs
 * from meetings: a committee's planned meetings, where an application is assigned now, and assigning or taking it off
 * a meeting through the same path as the office's API, so every rule of the meeting and its history apply. Runs in
 * the caller's transaction; scope is the caller's to check (it acts for a service, not a person).
 */
public interface MeetingSchedulingPort {

    /** The committee's {@code PLANNED} meetings dated {@code from} or later, earliest first (then earliest planned). */
    List<CandidateMeeting> plannedFrom(String committeeCode, LocalDate from);

    /** The meeting as it is now, its row locked until the caller's transaction ends; 404 when there is none. */
    CandidateMeeting lock(UUID meetingId);

    /** The meeting, neither closed nor cancelled, that the application is assigned to; empty when none has it. */
    Optional<Holding> holding(UUID applicationId);

    /**
     * Assigns the application (the office's path: 409 {@code meeting.wrong-state} once the panel is drawn,
     * {@code meeting.already-assigned}, {@code meeting.assigned-elsewhere}); the history names {@code actor} and
     * {@code reason}.
     */
    void assign(UUID meetingId, ApplicationAssignment assignment, String actor, String reason);

    /** Takes the application off the meeting (the office's path: until the meeting opens). */
    void unassign(UUID meetingId, UUID applicationId, String actor, String reason);

    /**
     * A meeting as the scheduling weighs it.
     *
     * @param specialties the specialties its panel is drawn from
     * @param titleLevels the title levels its panel is drawn from ({@code INTERMEDIATE}, {@code DEPUTY_SENIOR},
     *                    {@code FULL_SENIOR})
     */
    record CandidateMeeting(UUID id, String committeeCode, LocalDate date, MeetingStatus status,
            Set<String> specialties, Set<String> titleLevels) {
    }

    /** The meeting an application is on, and where that meeting stands. */
    record Holding(UUID meetingId, MeetingStatus status) {
    }
}
