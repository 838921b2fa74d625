package org.zhicheng.starter.testapp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.infra.FreePorts;
import org.zhicheng.infra.KafkaBroker;
import org.zhicheng.starter.events.Outbox;
import org.zhicheng.starter.events.OutboxProperties;
import org.zhicheng.starter.events.OutboxRelay;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengTestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Outbox → relay → Kafka → listener → inbox, on the real broker and database: headers and request ids, redelivery,
 * the dead-letter topic, and Kafka being down when the event is committed.
 */
@StarterAppTest
class OutboxInboxIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    KafkaTemplate<String, String> kafkaTemplate;

    @Autowired
    JsonMapper jsonMapper;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private UUID createThing(String requestId) {
        Http.Response created = http.post("/api/v1/things", TestTokens.bearer(TestUsers.admin()),
                "{\"name\":\"evented\",\"size\":1}", headers -> headers.set("X-Request-Id", requestId));
        assertThat(created.status()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private Integer timesSeen(String thingId) {
        return jdbc.sql("SELECT times FROM thing_seen WHERE thing_id = ?").param(thingId).query(Integer.class)
            .optional()
            .orElse(null);
    }

    private String payloadOf(String subject) {
        return jdbc.sql("SELECT payload::text FROM outbox_event WHERE event_key = ?").param(subject)
            .query(String.class)
            .single();
    }

    @Test
    void createdEventIsPublishedWithItsHeadersAndAppliedOnce() {
        UUID thing = createThing("req-outbox-1");

        await().atMost(Duration.ofSeconds(30)).until(() -> timesSeen(thing.toString()) != null);
        assertThat(timesSeen(thing.toString())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT request_id FROM thing_seen WHERE thing_id = ?").param(thing.toString())
            .query(String.class)
            .single()).isEqualTo("req-outbox-1");
        assertThat(jdbc.sql("SELECT sent_at IS NOT NULL FROM outbox_event WHERE event_key = ?")
            .param(thing.toString())
            .query(Boolean.class)
            .single()).isTrue();

        ConsumerRecord<String, String> record = readRecord(ZhichengTestInfrastructure.kafka().bootstrapServers(),
                StarterTestApplication.TOPIC, thing.toString());
        assertThat(header(record, "event-type")).isEqualTo("ThingCreated");
        assertThat(header(record, "x-request-id")).isEqualTo("req-outbox-1");
        assertThat(jsonMapper.readTree(record.value()).get("source").asString()).isEqualTo("starter-testapp");
        assertThat(header(record, "event-id")).isEqualTo(jsonMapper.readTree(record.value()).get("id").asString());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID thing = createThing("req-outbox-2");
        await().atMost(Duration.ofSeconds(30)).until(() -> timesSeen(thing.toString()) != null);

        // the same event again, then a marker behind it on the same key (same partition, so read after it)
        kafkaTemplate.send(StarterTestApplication.TOPIC, thing.toString(), payloadOf(thing.toString())).join();
        String marker = "marker-" + UUID.randomUUID();
        String markerEvent = jsonMapper.writeValueAsString(Map.of("id", UUID.randomUUID(), "type", "ThingCreated",
                "version", 1, "occurredAt", Instant.now().toString(), "source", "test", "subject", thing.toString(),
                "data", Map.of("thingId", marker)));
        kafkaTemplate.send(StarterTestApplication.TOPIC, thing.toString(), markerEvent).join();

        await().atMost(Duration.ofSeconds(30)).until(() -> timesSeen(marker) != null);
        assertThat(timesSeen(thing.toString())).isEqualTo(1);
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();
        kafkaTemplate.send(StarterTestApplication.TOPIC, key, "this is not an envelope").join();

        ConsumerRecord<String, String> dead = readRecord(ZhichengTestInfrastructure.kafka().bootstrapServers(),
                StarterTestApplication.TOPIC + ".dlt", key);
        assertThat(dead.value()).isEqualTo("this is not an envelope");
    }

    @Test
    void appendOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append("zhicheng.testapp.events", "ThingCreated", 1, "s", "a", Map.of()))
            .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void withKafkaDownTheEventStaysPendingAndIsPublishedWhenKafkaIsBack(@TempDir Path kafkaData) {
        int kafkaPort = FreePorts.find();
        int controllerPort = FreePorts.find();
        String subject = "down-" + UUID.randomUUID();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            outbox.append("zhicheng.testapp.offline", "ThingCreated", 1, subject, "tester", Map.of("thingId", subject));
            // in the same transaction, so the application's own relay (on the healthy broker) never sees it due
            jdbc.sql("UPDATE outbox_event SET next_attempt_at = now() + interval '1 day' WHERE event_key = ?")
                .param(subject)
                .update();
        });

        MutableClock clock = new MutableClock(Instant.now().plus(Duration.ofDays(2)));
        DefaultKafkaProducerFactory<String, String> producers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1500,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1500,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3000));
        OutboxProperties properties = new OutboxProperties(false, Duration.ofMillis(100), 100, Duration.ofSeconds(5),
                Duration.ofSeconds(1), Duration.ofMinutes(1));
        OutboxRelay relay = new OutboxRelay(jdbc, new TransactionTemplate(transactionManager),
                new KafkaTemplate<>(producers), properties, jsonMapper, clock, new SimpleMeterRegistry());
        try {
            relay.relayDue();
            assertThat(row(subject)).containsEntry("sent", false).containsEntry("attempts", 1);
            assertThat((String) row(subject).get("error")).isNotBlank();

            try (KafkaBroker broker = KafkaBroker.start(kafkaData, kafkaPort, controllerPort)) {
                clock.advance(Duration.ofMinutes(2));
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                    relay.relayDue();
                    clock.advance(Duration.ofMinutes(2));
                    return (Boolean) row(subject).get("sent");
                });
                ConsumerRecord<String, String> record = readRecord(broker.bootstrapServers(),
                        "zhicheng.testapp.offline", subject);
                assertThat(jsonMapper.readTree(record.value()).get("subject").asString()).isEqualTo(subject);
            }
        }
        finally {
            producers.destroy();
        }
    }

    private Map<String, Object> row(String subject) {
        return jdbc.sql("SELECT sent_at IS NOT NULL AS sent, attempts, last_error AS error FROM outbox_event WHERE event_key = ?")
            .param(subject)
            .query()
            .singleRow();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<String, String> readRecord(String bootstrapServers, String topic, String key) {
        Map<String, Object> settings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            return found.getFirst();
        }
    }

    /** A clock the test moves forward, to make backed-off rows due without waiting. */
    private static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
