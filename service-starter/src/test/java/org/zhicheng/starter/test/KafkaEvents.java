package org.zhicheng.starter.test;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Other services' events as their outbox relays send them: an envelope put on a topic of the test broker, and a wait
 * until the consumer group of the service under test has committed everything on it.
 */
public final class KafkaEvents {

    private KafkaEvents() {
    }

    /** An envelope of {@code type} from {@code source} about {@code subject}; answers its event id. */
    public static UUID send(String topic, String source, String type, String subject, Map<String, Object> data) {
        UUID id = UUID.randomUUID();
        sendRaw(topic, subject, envelope(id, source, type, subject, data));
        return id;
    }

    /** The envelope's JSON, as a relay sends it (to send the same event more than once). */
    public static String envelope(UUID id, String source, String type, String subject, Map<String, Object> data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id.toString());
        envelope.put("type", type);
        envelope.put("version", 1);
        envelope.put("occurredAt", Instant.now().toString());
        envelope.put("source", source);
        envelope.put("subject", subject);
        envelope.put("actor", "test");
        envelope.put("data", data);
        return ServiceApi.JSON.writeValueAsString(envelope);
    }

    public static void sendRaw(String topic, String key, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ZhichengTestInfrastructure.kafka().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        } catch (Exception ex) {
            throw new IllegalStateException("cannot send to " + topic, ex);
        }
    }

    /** Waits until the consumer group {@code group} has committed every record of {@code topic}. */
    public static void awaitConsumed(String topic, String group) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ZhichengTestInfrastructure.kafka().bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (System.nanoTime() < deadline) {
                List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                        .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
                Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                boolean done = partitions.stream().allMatch(p -> committed.get(p) != null
                        && committed.get(p).offset() >= ends.get(p).offset());
                if (done) {
                    return;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } catch (Exception ex) {
            throw new IllegalStateException("cannot read the offsets of " + topic, ex);
        }
        throw new AssertionError(group + " did not consume " + topic + " in time");
    }

    /** Sends and waits until {@code group} consumed it. */
    public static UUID deliver(String topic, String group, String source, String type, String subject,
            Map<String, Object> data) {
        UUID id = send(topic, source, type, subject, data);
        awaitConsumed(topic, group);
        return id;
    }
}
