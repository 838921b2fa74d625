package org.zhicheng.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.CommitteeFixtures.HR_SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.nio.file.Path;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/** The committee and expert events as they land on Kafka, checked against {@code docs/events/asyncapi.yaml}. */
@ZhichengServiceTest
class CommitteeEventsContractTest {

    static final Path CONTRACT = AsyncApiContract.repositoryContract();

    @LocalServerPort
    int port;

    @Test
    void committeeEnvelopesMatchTheContract() {
        CommitteeFixtures fixtures = new CommitteeFixtures(port);
        String code = CommitteeFixtures.unique("SY-ENG");
        fixtures.api().post("/api/v1/committees", TestTokens.bearer(HR_SHANGYU),
                CommitteeFixtures.committeeBody(code, SHANGYU));
        fixtures.api().post("/api/v1/committees/" + code + "/suspension", TestTokens.bearer(HR_SHANGYU),
                Map.of("reason", "暂停评审权"));
        fixtures.api().post("/api/v1/committees/" + code + "/reinstatement", TestTokens.bearer(HR_SHANGYU),
                Map.of("reason", "整改完成"));

        ConsumerRecord<String, String> registered = CommitteeTopic.awaitEvent(code, "CommitteeRegistered");
        ConsumerRecord<String, String> suspended = CommitteeTopic.awaitEvent(code, "CommitteeSuspended");
        ConsumerRecord<String, String> reinstated = CommitteeTopic.awaitEvent(code, "CommitteeReinstated");
        AsyncApiContract.assertMatches(CONTRACT, "CommitteeRegistered", registered.value());
        AsyncApiContract.assertMatches(CONTRACT, "CommitteeSuspended", suspended.value());
        AsyncApiContract.assertMatches(CONTRACT, "CommitteeReinstated", reinstated.value());

        JsonNode data = ServiceApi.JSON.readTree(registered.value()).path("data");
        assertThat(data.path("territory").asString()).isEqualTo(SHANGYU);
        assertThat(data.path("evaluatedTitles").get(0).asString()).isEqualTo("ENGINEER");
        assertThat(ServiceApi.JSON.readTree(suspended.value()).path("data").path("reason").asString())
                .isEqualTo("暂停评审权");
        assertThat(ServiceApi.JSON.readTree(reinstated.value()).path("data").path("reinstatedBy").asString())
                .isEqualTo(HR_SHANGYU.username());
    }

    @Test
    void expertDisciplinedMatchesTheContractAndNamesTheUnitAndCommittees() {
        CommitteeFixtures fixtures = new CommitteeFixtures(port);
        String code = fixtures.committee("SY-ENG", SHANGYU);
        String expert = fixtures.expert("E-SY", SHANGYU, "SY-U002");
        fixtures.inPool(code, SHANGYU, HR_SHANGYU, expert);
        fixtures.api().post("/api/v1/experts/" + expert + "/discipline", TestTokens.bearer(HR_SHANGYU),
                Map.of("kind", "LEAK", "reason", "泄露评审信息"));

        ConsumerRecord<String, String> disciplined = CommitteeTopic.awaitEvent(expert, "ExpertDisciplined");
        AsyncApiContract.assertMatches(CONTRACT, "ExpertDisciplined", disciplined.value());

        JsonNode data = ServiceApi.JSON.readTree(disciplined.value()).path("data");
        assertThat(data.path("unit").asString()).isEqualTo("SY-U002");
        assertThat(data.path("kind").asString()).isEqualTo("LEAK");
        assertThat(data.path("committees").valueStream().map(JsonNode::asString)).containsExactly(code);
    }
}
