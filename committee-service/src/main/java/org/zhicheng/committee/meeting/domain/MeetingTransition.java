package org.zhicheng.committee.meeting.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One history row (who, when, from, to, why) and the events the change emits. {@code from} is null for the creation;
 * {@code applicationId} is set for {@link MeetingAction#ASSIGN} and {@link MeetingAction#UNASSIGN} only.
 */
public record MeetingTransition(
        MeetingAction action,
        MeetingStatus from,
        MeetingStatus to,
        String actor,
        String reason,
        Instant at,
        UUID applicationId,
        List<MeetingEvent> events) {

    public MeetingTransition {
        events = List.copyOf(events);
    }
}
