package org.zhicheng.starter.events;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON every event travels in: {@code id} (also the inbox key), {@code type} ({@code PlanPublished}, past
 * tense, an explicit string), {@code version} of the data's shape, {@code occurredAt}, {@code source} (the
 * publishing service), {@code subject} (the aggregate id, also the Kafka key so one aggregate's events stay in
 * order), {@code actor} (who caused it) and the {@code data}. Consumers read {@code data} into a record of their
 * own with {@link #dataAs(Class)}.
 */
public record EventEnvelope(UUID id, String type, int version, Instant occurredAt, String source, String subject,
        String actor, JsonNode data) {

    // tolerant reader: a producer may add fields without breaking any consumer
    private static final JsonMapper READER = JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();

    /** The data as the consumer's own view of it; fields the view does not declare are ignored. */
    public <T> T dataAs(Class<T> view) {
        return READER.treeToValue(data, view);
    }
}
