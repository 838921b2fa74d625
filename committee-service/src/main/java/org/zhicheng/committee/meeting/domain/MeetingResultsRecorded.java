package org.zhicheng.committee.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The chair closed the meeting: the per-application outcomes (PASSED, FAILED, NOT_VOTED) with their tallies, and the
 * hash of the immutable minutes. application-service reads it to move each application on.
 */
public record MeetingResultsRecorded(UUID meetingId, String committeeCode, LocalDate meetingDate, int panelSize,
        int attending, String closedBy, Instant closedAt, String minutesHash, List<ApplicationResult> results)
        implements MeetingEvent {

    public static final String TYPE = "MeetingResultsRecorded";

    public MeetingResultsRecorded {
        results = List.copyOf(results);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int version() {
        return 1;
    }
}
