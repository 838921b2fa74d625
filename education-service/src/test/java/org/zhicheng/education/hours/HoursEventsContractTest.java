package org.zhicheng.education.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/** The ledger's events as they land on Kafka, checked against {@code docs/events/asyncapi.yaml}. */
@ZhichengServiceTest
class HoursEventsContractTest {

    static final Path CONTRACT = AsyncApiContract.repositoryContract();
    static final TestUser EMPLOYER = TestUsers.employer(LIANDU, "liandu-bank");

    @LocalServerPort
    int port;

    @Test
    void recordedAndReversedEnvelopesMatchTheContract() {
        ServiceApi api = new ServiceApi(port);
        String person = "person-" + UUID.randomUUID();
        Reply created = api.post("/api/v1/education/records", TestTokens.bearer(EMPLOYER),
                HoursBodies.record(person, LIANDU, "liandu-bank", 2024, "INDUSTRY_PUBLIC", 6.5));
        String id = created.json().path("id").asString();
        Reply reversal = api.post("/api/v1/education/records/" + id + "/reversal", TestTokens.bearer(EMPLOYER),
                Map.of("reason", "课程重复登记"));

        ConsumerRecord<String, String> recorded = EducationTopic.awaitEvent(id, "HoursRecorded");
        ConsumerRecord<String, String> reversed = EducationTopic.awaitEvent(reversal.json().path("id").asString(),
                "HoursReversed");
        AsyncApiContract.assertMatches(CONTRACT, "HoursRecorded", recorded.value());
        AsyncApiContract.assertMatches(CONTRACT, "HoursReversed", reversed.value());

        assertThat(recorded.key()).isEqualTo(person);
        JsonNode data = ServiceApi.JSON.readTree(recorded.value()).path("data");
        assertThat(data.path("hours").decimalValue()).isEqualByComparingTo("6.5");
        assertThat(data.path("category").asString()).isEqualTo("INDUSTRY_PUBLIC");
        assertThat(data.path("source").path("certificateNumber").asString()).startsWith("CERT-");
        JsonNode reversedData = ServiceApi.JSON.readTree(reversed.value()).path("data");
        assertThat(reversedData.path("reverses").asString()).isEqualTo(id);
        assertThat(reversedData.path("hours").decimalValue()).isEqualByComparingTo("-6.5");
        assertThat(reversedData.path("reason").asString()).isEqualTo("课程重复登记");
    }
}
