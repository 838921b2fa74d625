package org.zhicheng.plan.committee;

import java.nio.file.Path;
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
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ZhichengTestInfrastructure;

/**
 * committee-service's topic as this service's tests produce to it: envelopes as committee-service's relay sends them
 * (key = the committee's code), each checked against the documented contract before it is sent, and a wait until
 * plan-service's consumer group has read everything. Tests share one database: each uses committees of its own
 * (codes and names no other test drafts items with).
 */
public final class CommitteeTopic {

    public static final String TOPIC = "zhicheng.committee.events";
    private static final Path CONTRACT = AsyncApiContract.repositoryContract();
    private static final Instant REGISTERED_AT = Instant.parse("2024-03-01T02:00:00Z");

    private CommitteeTopic() {
    }

    /** A committee of committee-service, by its id, code, name and territory (GB/T 2260). */
    public record Committee(UUID id, String code, String name, String territory) {

        public static Committee of(String code, String name, String territory) {
            return new Committee(UUID.randomUUID(), code, name, territory);
        }

        /** {@code CommitteeRegistered} with a fresh event id, as registered at {@code at}. */
        public Event registered(Instant at) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("committeeId", id.toString());
            data.put("code", code);
            data.put("name", name);
            data.put("level", "INTERMEDIATE");
            data.put("kind", "REGULAR");
            data.put("series", "ENGINEERING");
            data.put("specialties", List.of("MECHATRONICS"));
            data.put("evaluatedTitles", List.of("ENGINEER_INTERMEDIATE"));
            data.put("recommendedTitles", List.of("ENGINEER_SENIOR"));
            data.put("territory", territory);
            data.put("organisingUnit", "人力社保局");
            data.put("officeUnit", "经信局");
            data.put("registeredBy", "hr-bureau-" + territory);
            data.put("registeredAt", at.toString());
            return event("CommitteeRegistered", data, at);
        }

        /** {@code CommitteeSuspended} with a fresh event id, as of {@code at}. */
        public Event suspended(Instant at) {
            return rightsChanged("CommitteeSuspended", "suspended", at);
        }

        /** {@code CommitteeReinstated} with a fresh event id, as of {@code at}. */
        public Event reinstated(Instant at) {
            return rightsChanged("CommitteeReinstated", "reinstated", at);
        }

        private Event rightsChanged(String type, String verb, Instant at) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("committeeId", id.toString());
            data.put("code", code);
            data.put("name", name);
            data.put("territory", territory);
            data.put("reason", "评审工作不规范，责令整改");
            data.put(verb + "By", "hr-bureau-" + territory);
            data.put(verb + "At", at.toString());
            return event(type, data, at);
        }

        private Event event(String type, Map<String, Object> data, Instant at) {
            UUID eventId = UUID.randomUUID();
            String json = ServiceApi.JSON.writeValueAsString(Map.of("id", eventId.toString(), "type", type,
                    "version", 1, "occurredAt", at.toString(), "source", "committee-service", "subject", code,
                    "actor", UUID.randomUUID().toString(), "data", data));
            AsyncApiContract.assertMatches(CONTRACT, type, json);
            return new Event(eventId, code, json);
        }
    }

    /** One envelope: its id, its Kafka key and its JSON. */
    public record Event(UUID id, String key, String json) {
    }

    /** Registers the committees (as of 1 March 2024) and waits until plan-service has read them. */
    public static void register(Committee... committees) {
        for (Committee committee : committees) {
            send(committee.registered(REGISTERED_AT));
        }
        awaitConsumed();
    }

    /** Sends the events in order and waits for the broker's acknowledgement of each. */
    public static void send(Event... events) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ZhichengTestInfrastructure.kafka().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (Event event : events) {
                producer.send(new ProducerRecord<>(TOPIC, event.key(), event.json())).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception failed) {
            throw new AssertionError("could not send to " + TOPIC, failed);
        }
    }

    /** Waits until plan-service's consumer group has committed every record of the topic. */
    public static void awaitConsumed() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ZhichengTestInfrastructure.kafka().bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (System.nanoTime() < deadline) {
                List<TopicPartition> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get()
                        .get(TOPIC).partitions().stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
                Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("plan-service")
                        .partitionsToOffsetAndMetadata().get();
                if (partitions.stream().allMatch(p -> committed.get(p) != null
                        && committed.get(p).offset() >= ends.get(p).offset())) {
                    return;
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for plan-service", interrupted);
        } catch (Exception failed) {
            throw new AssertionError("could not read the offsets of " + TOPIC, failed);
        }
        throw new AssertionError("plan-service did not consume " + TOPIC + " in time");
    }
}
