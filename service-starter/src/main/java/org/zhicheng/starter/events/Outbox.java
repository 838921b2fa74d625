package org.zhicheng.starter.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.starter.web.RequestIds;

/**
 * Records an event in table {@code outbox_event} in the caller's transaction, so the event exists exactly when the
 * state change it reports was committed. The {@link OutboxRelay} publishes it afterwards.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper jsonMapper;
    private final String source;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, JsonMapper jsonMapper, String source, Clock clock) {
        this.jdbc = jdbc;
        this.jsonMapper = jsonMapper;
        this.source = source;
        this.clock = clock;
    }

    /**
     * Appends an event to publish on {@code topic} with Kafka key {@code subject}; returns the event id. Refuses to
     * run outside a transaction: an event written on its own could report a change that was rolled back.
     *
     * @param topic e.g. {@code zhicheng.plan.events}
     * @param type e.g. {@code PlanPublished}
     * @param version version of the data's shape for this type
     * @param subject the aggregate's id
     * @param actor who caused the event (the principal's subject, or a system name)
     * @param data the event's data, serialized to JSON
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID append(String topic, String type, int version, String subject, String actor, Object data) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject (the Kafka key that keeps an aggregate's events in order)");
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        JsonNode tree = jsonMapper.valueToTree(data);
        EventEnvelope envelope = new EventEnvelope(id, type, version, now, source, subject, actor, tree);
        Map<String, String> headers = new LinkedHashMap<>();
        String requestId = RequestIds.current();
        if (requestId != null) {
            headers.put(RequestIds.KAFKA_HEADER, requestId);
        }
        jdbc.sql("""
                INSERT INTO outbox_event (id, topic, event_key, type, version, payload, headers, occurred_at,
                                          created_at, attempts, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, 0, ?)""")
            .params(id, topic, subject, type, version, jsonMapper.writeValueAsString(envelope),
                    jsonMapper.writeValueAsString(headers), Timestamp.from(now), Timestamp.from(now),
                    Timestamp.from(now))
            .update();
        return id;
    }
}
