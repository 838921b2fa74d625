package org.zhicheng.committee.scheduling;

import java.nio.charset.StandardCharsets;
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
 * application-service's topic as these tests produce to it: envelopes as its outbox relay sends them (key = the
 * application's id, headers {@code event-type} and {@code event-id}), each checked against the documented contract
 * before it is sent, and a wait until committee-service's consumer group has committed everything on the topic.
 * Test classes share one broker: each uses applications and committees of its own.
 */
final class ApplicationTopic {

    static final String TOPIC = "zhicheng.application.events";
    private static final String GROUP = "committee-service";
    private static final Path CONTRACT = AsyncApiContract.repositoryContract();

    private ApplicationTopic() {
    }

    /** One envelope: its id, its type, its Kafka key and its JSON. */
    record Event(UUID id, String type, String key, String json) {
    }

    /**
     * An application of application-service as its events describe it: addressed to {@code committee}, for an
     * engineering title at {@code level}, with {@code specialty} (null for none).
     */
    record Application(UUID id, String committee, String person, String unit, String level, String specialty) {

        static Application of(String committee, String level, String specialty) {
            UUID id = UUID.randomUUID();
            return new Application(id, committee, "P-" + id.toString().substring(0, 8), "SY-U-" + id.toString()
                    .substring(9, 13), level, specialty);
        }

        /** Ready for evaluation: qualification review passed, pre-evaluation publicity closed. */
        Event scheduled() {
            return event("ApplicationScheduled", "SCHEDULE", "PRE_EVALUATION_PUBLICITY", "READY_FOR_EVALUATION",
                    "COMMITTEE", committee);
        }

        Event withdrawn() {
            return event("ApplicationWithdrawn", "WITHDRAW", "READY_FOR_EVALUATION", "WITHDRAWN", "NONE", null);
        }

        /** Rejected by {@code action}: {@code REJECT}, or {@code VETO} for fraud. */
        Event rejected(String action) {
            return event("ApplicationRejected", action, "READY_FOR_EVALUATION",
                    "VETO".equals(action) ? "VETOED" : "REJECTED", "NONE", null);
        }

        /** An event of the workflow committee-service does not act on. */
        Event stepCompleted() {
            return event("ApplicationStepCompleted", "QUALIFY", "QUALIFICATION_REVIEW", "QUALIFIED", "OFFICE",
                    committee);
        }

        private Event event(String type, String action, String from, String state, String desk, String holder) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("applicationId", id.toString());
            data.put("person", person);
            data.put("applicantName", "申报人 " + person);
            data.put("unit", unit);
            data.put("unitName", "上虞区建设工程有限公司");
            data.put("region", "330604");
            data.put("department", null);
            data.put("committee", committee);
            data.put("committeeName", "评委会 " + committee);
            data.put("planId", UUID.randomUUID().toString());
            data.put("planItemId", UUID.randomUUID().toString());
            data.put("year", 2026);
            data.put("title", "ENGINEER_SENIOR");
            data.put("titleName", "高级工程师");
            data.put("series", "ENGINEERING");
            data.put("level", level);
            data.put("specialty", specialty);
            data.put("route", "NORMAL");
            data.put("submission", 1);
            data.put("action", action);
            data.put("from", from);
            data.put("state", state);
            data.put("desk", desk);
            data.put("holder", holder);
            data.put("actor", "service-account-application-service");
            data.put("role", null);
            data.put("reason", null);
            data.put("meetingId", null);
            data.put("at", Instant.now().toString());
            UUID eventId = UUID.randomUUID();
            Map<String, Object> envelope = new LinkedHashMap<>();
            envelope.put("id", eventId.toString());
            envelope.put("type", type);
            envelope.put("version", 1);
            envelope.put("occurredAt", Instant.now().toString());
            envelope.put("source", "application-service");
            envelope.put("subject", id.toString());
            envelope.put("actor", "service-account-application-service");
            envelope.put("data", data);
            String json = ServiceApi.JSON.writeValueAsString(envelope);
            AsyncApiContract.assertMatches(CONTRACT, type, json);
            return new Event(eventId, type, id.toString(), json);
        }
    }

    /** Sends the events in order, waits for the broker's acknowledgement of each, then for the consumer. */
    static void deliver(Event... events) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ZhichengTestInfrastructure.kafka().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (Event event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, event.key(), event.json());
                record.headers().add("event-type", event.type().getBytes(StandardCharsets.UTF_8));
                record.headers().add("event-id", event.id().toString().getBytes(StandardCharsets.UTF_8));
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception failed) {
            throw new AssertionError("could not send to " + TOPIC, failed);
        }
        awaitConsumed();
    }

    /** Waits until committee-service's consumer group has committed every record of the topic. */
    static void awaitConsumed() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ZhichengTestInfrastructure.kafka().bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            while (System.nanoTime() < deadline) {
                List<TopicPartition> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get()
                        .get(TOPIC).partitions().stream().map(p -> new TopicPartition(TOPIC, p.partition())).toList();
                Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get();
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                if (partitions.stream().allMatch(p -> committed.get(p) != null
                        && committed.get(p).offset() >= ends.get(p).offset())) {
                    return;
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for committee-service", interrupted);
        } catch (Exception failed) {
            throw new AssertionError("could not read the offsets of " + TOPIC, failed);
        }
        throw new AssertionError("committee-service did not consume " + TOPIC + " in time");
    }
}
