package org.zhicheng.committee.meeting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The office filed the meeting with the HR bureau, which now has to consent. {@code provisional} says the last filing
 * day rested on a year without calendar data.
 */
public record MeetingFiled(UUID meetingId, String committeeCode, LocalDate meetingDate, List<UUID> applicationIds,
        int qualifiedCount, LocalDate filedOn, LocalDate latestFilingDay, boolean provisional, String filedBy,
        Instant filedAt) implements MeetingEvent {

    public static final String TYPE = "MeetingFiled";

    public MeetingFiled {
        applicationIds = List.copyOf(applicationIds);
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
