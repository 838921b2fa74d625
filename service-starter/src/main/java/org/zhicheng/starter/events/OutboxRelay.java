package org.zhicheng.starter.events;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.starter.web.RequestIds;

/**
 * Publishes outbox rows to Kafka. Each poll claims due rows with {@code FOR UPDATE SKIP LOCKED} (several instances
 * share the work without sending a row twice at once), sends them (key = subject, headers {@code event-type},
 * {@code event-id}, {@code x-request-id}), waits for the broker's acknowledgements and marks them sent in the same
 * transaction. A row that fails is retried with exponential backoff until it is sent; it is never dropped. A row
 * is claimed only when no earlier unsent row has the same key, so one aggregate's events go out in order.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR_LENGTH = 2000;
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaOperations<String, String> kafka;
    private final OutboxProperties properties;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private ScheduledExecutorService executor;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaOperations<String, String> kafka,
            OutboxProperties properties, JsonMapper jsonMapper, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.properties = properties;
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        Gauge.builder("zhicheng.outbox.pending", pending, AtomicLong::get)
            .description("Outbox events not yet published")
            .register(meters);
        this.published = Counter.builder("zhicheng.outbox.published")
            .description("Outbox events published to Kafka")
            .register(meters);
        this.failures = Counter.builder("zhicheng.outbox.publish.failures")
            .description("Failed attempts to publish an outbox event")
            .register(meters);
    }

    private record Row(UUID id, String topic, String key, String type, String payload, String headers, int attempts) {
    }

    /** One poll: publishes the due rows of one batch; returns how many were published. */
    public int relayDue() {
        Integer sent = transaction.execute(status -> publish(claimDue()));
        refreshPending();
        return sent == null ? 0 : sent;
    }

    private List<Row> claimDue() {
        return jdbc.sql("""
                SELECT o.id, o.topic, o.event_key, o.type, o.payload::text, o.headers::text, o.attempts
                FROM outbox_event o
                WHERE o.sent_at IS NULL AND o.next_attempt_at <= ?
                  AND NOT EXISTS (SELECT 1 FROM outbox_event e
                                  WHERE e.event_key = o.event_key AND e.sent_at IS NULL AND e.seq < o.seq)
                ORDER BY o.seq
                LIMIT ?
                FOR UPDATE OF o SKIP LOCKED""")
            .params(Timestamp.from(clock.instant()), properties.batchSize())
            .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getInt(7)))
            .list();
    }

    private int publish(List<Row> rows) {
        List<CompletableFuture<?>> acks = new ArrayList<>(rows.size());
        RuntimeException sendFailure = null;
        for (Row row : rows) {
            if (sendFailure != null) {
                break;
            }
            try {
                acks.add(kafka.send(record(row)));
            }
            catch (RuntimeException ex) {
                // the producer could not even take the record (no broker for max.block.ms): the rest would wait as long
                sendFailure = ex;
            }
        }
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        int sent = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String error = i < acks.size() ? awaitAck(acks.get(i), deadline) : describe(sendFailure);
            if (error == null) {
                markSent(row);
                sent++;
            }
            else {
                markFailed(row, error);
            }
        }
        return sent;
    }

    private ProducerRecord<String, String> record(Row row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        record.headers().add(new RecordHeader("event-type", bytes(row.type())));
        record.headers().add(new RecordHeader("event-id", bytes(row.id().toString())));
        String requestId = jsonMapper.readValue(row.headers(), HEADERS).get(RequestIds.KAFKA_HEADER);
        if (requestId != null) {
            record.headers().add(new RecordHeader(RequestIds.KAFKA_HEADER, bytes(requestId)));
        }
        return record;
    }

    /** Null when acknowledged, else why not. */
    private static String awaitAck(CompletableFuture<?> ack, long deadline) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        }
        catch (ExecutionException ex) {
            return describe(ex.getCause());
        }
        catch (TimeoutException ex) {
            return "no acknowledgement within the send timeout";
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for the acknowledgement";
        }
    }

    private void markSent(Row row) {
        jdbc.sql("UPDATE outbox_event SET sent_at = ?, last_error = NULL WHERE id = ?")
            .params(Timestamp.from(clock.instant()), row.id())
            .update();
        published.increment();
    }

    private void markFailed(Row row, String error) {
        int attempts = row.attempts() + 1;
        Instant next = clock.instant().plus(properties.backoffAfter(attempts));
        jdbc.sql("UPDATE outbox_event SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?")
            .params(attempts, truncate(error), Timestamp.from(next), row.id())
            .update();
        failures.increment();
        log.warn("Publishing event {} ({}) to {} failed (attempt {}), next attempt at {}: {}", row.id(), row.type(),
                row.topic(), attempts, next, error);
    }

    private void refreshPending() {
        Long count = jdbc.sql("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL").query(Long.class).single();
        pending.set(count == null ? 0 : count);
    }

    private static String describe(Throwable failure) {
        if (failure == null) {
            return "unknown failure";
        }
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return failure == cause ? failure.toString() : failure + " <- " + cause;
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private void poll() {
        try {
            // a full batch suggests more are due: keep going until the backlog is drained
            while (relayDue() >= properties.batchSize()) {
                log.debug("Outbox backlog: relaying the next batch");
            }
        }
        catch (RuntimeException ex) {
            // e.g. the database is unreachable: the rows stay, the next poll tries again
            log.warn("Outbox relay poll failed: {}", ex.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (!properties.relayEnabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("outbox-relay").factory());
        long interval = Math.max(1, properties.pollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                if (!executor.awaitTermination(Duration.ofSeconds(5).toMillis(), TimeUnit.MILLISECONDS)) {
                    executor.shutdownNow();
                }
            }
            catch (InterruptedException ex) {
                executor.shutdownNow();
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
