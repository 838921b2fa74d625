package org.zhicheng.committee.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.committee.meeting.domain.ApplicationResult;
import org.zhicheng.committee.meeting.domain.MeetingEvent;
import org.zhicheng.committee.meeting.domain.MeetingFiled;
import org.zhicheng.committee.meeting.domain.MeetingResultsRecorded;

/**
 * The {@code data} of the meeting events, as documented in {@code docs/events/asyncapi.yaml}; key = the committee's
 * code, so one committee's meetings are announced in order. Panel identities are never part of them.
 */
final class MeetingEvents {

    /** The committee service's topic; an explicit name, part of the event contract. */
    static final String TOPIC = "zhicheng.committee.events";

    private MeetingEvents() {
    }

    /** The envelope data of a domain event. */
    static Object dataOf(MeetingEvent event) {
        return switch (event) {
            case MeetingFiled filed -> MeetingFiledData.of(filed);
            case MeetingResultsRecorded recorded -> MeetingResultsRecordedData.of(recorded);
        };
    }

    record MeetingFiledData(UUID meetingId, String committee, LocalDate meetingDate, List<UUID> applicationIds,
            int qualifiedCount, LocalDate filedOn, LocalDate latestFilingDay, boolean provisional, String filedBy,
            Instant filedAt) {

        static MeetingFiledData of(MeetingFiled event) {
            return new MeetingFiledData(event.meetingId(), event.committeeCode(), event.meetingDate(),
                    event.applicationIds(), event.qualifiedCount(), event.filedOn(), event.latestFilingDay(),
                    event.provisional(), event.filedBy(), event.filedAt());
        }
    }

    record MeetingResultsRecordedData(UUID meetingId, String committee, LocalDate meetingDate, int panelSize,
            int attending, Instant closedAt, String minutesHash, List<Outcome> outcomes) {

        static MeetingResultsRecordedData of(MeetingResultsRecorded event) {
            return new MeetingResultsRecordedData(event.meetingId(), event.committeeCode(), event.meetingDate(),
                    event.panelSize(), event.attending(), event.closedAt(), event.minutesHash(),
                    event.results().stream().map(Outcome::of).toList());
        }
    }

    /** One application's tally and outcome ({@code PASSED}, {@code FAILED}, {@code NOT_VOTED}). */
    record Outcome(UUID applicationId, int agree, int disagree, int abstain, int attending, String outcome) {

        static Outcome of(ApplicationResult result) {
            return new Outcome(result.applicationId(), result.agree(), result.disagree(), result.abstain(),
                    result.attending(), result.outcome().name());
        }
    }
}
