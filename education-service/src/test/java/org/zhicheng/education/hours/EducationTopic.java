package org.zhicheng.education.hours;

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

/** The education service's topic as a consumer sees it: the record values exactly as the relay sent them. */
final class EducationTopic {

    private EducationTopic() {
    }

    /** Reads the topic from the start until the event of {@code type} about ledger entry {@code recordId} arrives. */
    static ConsumerRecord<String, String> awaitEvent(String recordId, String type) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ZhichengTestInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "education-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(HoursEvents.TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    var event = ServiceApi.JSON.readTree(record.value());
                    if (type.equals(event.path("type").asString())
                            && recordId.equals(event.path("data").path("recordId").asString())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no " + type + " for record " + recordId + " on " + HoursEvents.TOPIC);
    }
}
