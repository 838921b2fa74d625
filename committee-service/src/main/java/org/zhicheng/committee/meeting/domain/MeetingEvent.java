package org.zhicheng.committee.meeting.domain;

import java.util.UUID;

/** An event a meeting emits; its type name and version are the contract in {@code docs/events/asyncapi.yaml}. */
public sealed interface MeetingEvent permits MeetingFiled, MeetingResultsRecorded {

    /** The envelope's {@code type}: an explicit string, never a class name. */
    String type();

    int version();

    UUID meetingId();
}
