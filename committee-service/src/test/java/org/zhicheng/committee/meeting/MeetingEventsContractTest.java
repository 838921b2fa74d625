package org.zhicheng.committee.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.nio.file.Path;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.zhicheng.committee.CommitteeTopic;
import org.zhicheng.committee.meeting.MeetingFlows.Committee;
import org.zhicheng.committee.meeting.MeetingFlows.Drawn;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ZhichengServiceTest;
import org.zhicheng.starter.test.ShiftableClock;

import tools.jackson.databind.JsonNode;

/** MeetingFiled and MeetingResultsRecorded as they land on Kafka, checked against {@code docs/events/asyncapi.yaml}. */
@ZhichengServiceTest
@Import(MeetingTestClock.class)
class MeetingEventsContractTest {

    static final Path CONTRACT = AsyncApiContract.repositoryContract();

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    MeetingDrawPort drawPort;

    @Test
    void filedAndResultsRecordedEnvelopesMatchTheContractAndNameNoExpert() {
        MeetingFlows flows = new MeetingFlows(port, clock, drawPort);
        Committee committee = flows.committee("SY-ENG-MID", SHANGYU);
        List<String> panel = flows.poolExperts(committee, 5);
        Drawn meeting = flows.drawn(committee, panel, 2);
        flows.balloting(meeting, 5);
        for (String expert : panel.subList(0, 4)) {
            flows.ballot(meeting, meeting.applications().getFirst(), expert, "AGREE");
        }
        flows.ballot(meeting, meeting.applications().getFirst(), panel.get(4), "ABSTAIN");
        String hash = flows.close(meeting).json().path("minutesHash").asString();

        ConsumerRecord<String, String> filed = CommitteeTopic.awaitEvent(committee.code(), "MeetingFiled");
        ConsumerRecord<String, String> recorded = CommitteeTopic.awaitEvent(committee.code(),
                "MeetingResultsRecorded");
        AsyncApiContract.assertMatches(CONTRACT, "MeetingFiled", filed.value());
        AsyncApiContract.assertMatches(CONTRACT, "MeetingResultsRecorded", recorded.value());

        JsonNode filedData = ServiceApi.JSON.readTree(filed.value()).path("data");
        assertThat(filedData.path("meetingId").asString()).isEqualTo(meeting.id());
        assertThat(filedData.path("committee").asString()).isEqualTo(committee.code());
        assertThat(filedData.path("applicationIds")).hasSize(2);
        assertThat(filedData.path("meetingDate").asString()).isEqualTo(meeting.date().toString());
        JsonNode results = ServiceApi.JSON.readTree(recorded.value()).path("data");
        assertThat(results.path("minutesHash").asString()).isEqualTo(hash);
        assertThat(results.path("attending").asInt()).isEqualTo(5);
        JsonNode first = results.path("outcomes").get(0);
        assertThat(first.path("applicationId").asString()).isEqualTo(meeting.applications().getFirst().toString());
        assertThat(first.path("agree").asInt()).isEqualTo(4);
        assertThat(first.path("abstain").asInt()).isEqualTo(1);
        assertThat(first.path("outcome").asString()).isEqualTo("PASSED");
        assertThat(results.path("outcomes").get(1).path("outcome").asString()).isEqualTo("NOT_VOTED");
        assertThat(panel).noneMatch(recorded.value()::contains).noneMatch(filed.value()::contains);
    }
}
