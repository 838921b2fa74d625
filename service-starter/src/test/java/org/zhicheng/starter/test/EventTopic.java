package org.zhicheng.starter.test;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import tools.jackson.databind.JsonNode;

/**
 * A service's topic on the test broker as a consumer sees it: the records exactly as the outbox relay sent them,
 * read from the start by a fresh consumer group until the awaited one arrives (45 s at most).
 */
public final class EventTopic {

    private static final Duration WAIT = Duration.ofSeconds(45);

    private final String topic;

    public EventTopic(String topic) {
        this.topic = topic;
    }

    /** The first event of {@code type} whose Kafka key is {@code key} (the aggregate the event is about). */
    public ConsumerRecord<String, String> awaitKeyed(String key, String type) {
        return await(type + " with key " + key,
                record -> key.equals(record.key()) && type.equals(envelope(record).path("type").asString()));
    }

    /** The first event of {@code type} whose envelope's {@code data.<field>} is {@code value}. */
    public ConsumerRecord<String, String> awaitWithData(String type, String field, String value) {
        return await(type + " with data." + field + " " + value, record -> {
            JsonNode envelope = envelope(record);
            return type.equals(envelope.path("type").asString())
                    && value.equals(envelope.path("data").path(field).asString());
        });
    }

    /** The first record matching {@code match}; an {@link AssertionError} naming {@code what} when none comes. */
    public ConsumerRecord<String, String> await(String what, Predicate<ConsumerRecord<String, String>> match) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ZhichengTestInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (match.test(record)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no " + what + " on " + topic + " within " + WAIT.toSeconds() + " s");
    }

    private static JsonNode envelope(ConsumerRecord<String, String> record) {
        return ServiceApi.JSON.readTree(record.value());
    }
}
