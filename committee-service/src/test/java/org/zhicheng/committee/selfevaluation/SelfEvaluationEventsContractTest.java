package org.zhicheng.committee.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ZhichengTestInfrastructure;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code SelfEvaluationFilingOverdue} as it lands on {@code zhicheng.committee.events}, against the AsyncAPI contract. */
@SelfEvaluationServiceTest
class SelfEvaluationEventsContractTest {

    static final Path CONTRACT = AsyncApiContract.repositoryContract();

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OverdueScan scan;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOverdueFlagIsPublishedKeyedByTheCommitteeAndMatchesTheContract() {
        SelfEvaluationFixtures fixtures = new SelfEvaluationFixtures(port, jdbc);
        clock.today("2024-06-03");
        String code = fixtures.selfEvaluatingCommittee(SHANGYU);
        clock.today("2024-11-29");
        fixtures.file(code, SHANGYU, "THREE_YEAR_PLAN", 2024);
        clock.today("2024-12-03");
        scan.scan();

        String published = awaitEvent(code, SelfEvaluationFixtures.OVERDUE);

        AsyncApiContract.assertMatches(CONTRACT, SelfEvaluationFixtures.OVERDUE, published);
        JsonNode envelope = ServiceApi.JSON.readTree(published);
        assertThat(envelope.path("subject").asString()).isEqualTo(code);
        assertThat(envelope.path("source").asString()).isEqualTo("committee-service");
        JsonNode data = envelope.path("data");
        assertThat(data.path("committee").asString()).isEqualTo(code);
        assertThat(data.path("territory").asString()).isEqualTo(SHANGYU);
        assertThat(data.path("kind").asString()).isEqualTo("ANNUAL_SCHEME");
        assertThat(data.path("year").asInt()).isEqualTo(2024);
        assertThat(data.path("dueDate").asString()).isEqualTo("2024-11-30");
        assertThat(data.path("daysOverdue").asLong()).isEqualTo(3);
        // a flag for a meeting report is no part of the contract: the kinds are the annual filings'
        ((ObjectNode) envelope.path("data")).put("kind", "MEETING_REPORT");
        assertThat(AsyncApiContract.violations(CONTRACT, SelfEvaluationFixtures.OVERDUE, envelope)).isNotEmpty();
    }

    /** Reads the topic from the start until the event of {@code type} keyed {@code key} arrives; its JSON text. */
    static String awaitEvent(String key, String type) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ZhichengTestInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "self-evaluation-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(SelfEvaluationEvents.TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())
                            && type.equals(ServiceApi.JSON.readTree(record.value()).path("type").asString())) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " keyed " + key + " on " + SelfEvaluationEvents.TOPIC);
    }
}
