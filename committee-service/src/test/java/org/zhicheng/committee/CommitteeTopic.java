package org.zhicheng.committee;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ZhichengTestInfrastructure;

/** The committee service's topic as a consumer sees it: the record values exactly as the relay sent them. */
public final class CommitteeTopic {

    public static final String TOPIC = "zhicheng.committee.events";

    private CommitteeTopic() {
    }

    /** Reads the topic from the start until the event of {@code type} with Kafka key {@code key} arrives. */
    public static ConsumerRecord<String, String> awaitEvent(String key, String type) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ZhichengTestInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "committee-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())
                            && type.equals(ServiceApi.JSON.readTree(record.value()).path("type").asString())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " with key " + key + " on " + TOPIC);
    }
}
