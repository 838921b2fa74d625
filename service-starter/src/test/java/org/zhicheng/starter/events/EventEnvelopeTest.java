package org.zhicheng.starter.events;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class EventEnvelopeTest {

    private final JsonMapper json = JsonMapper.builder().build();

    /** A consumer's own small view of the event: two of the producer's fields. */
    record PlanView(String planId, int year) {
    }

    @Test
    void roundTripsAsJsonAndReadsDataIntoTheConsumersOwnRecordIgnoringUnknownFields() {
        String published = """
                {"id":"7d444840-9dc0-11d1-b245-5ffdce74fad2","type":"PlanPublished","version":1,
                 "occurredAt":"2026-11-22T01:02:03Z","source":"plan-service","subject":"p-1","actor":"u-1",
                 "data":{"planId":"p-1","year":2026,"region":"3306","items":[{"committee":"c"}]},
                 "addedLater":"ignored"}""";

        EventEnvelope envelope = json.readValue(published, EventEnvelope.class);

        assertThat(envelope.id()).isEqualTo(UUID.fromString("7d444840-9dc0-11d1-b245-5ffdce74fad2"));
        assertThat(envelope.occurredAt()).isEqualTo(Instant.parse("2026-11-22T01:02:03Z"));
        assertThat(envelope.dataAs(PlanView.class)).isEqualTo(new PlanView("p-1", 2026));
        assertThat(json.readValue(json.writeValueAsString(envelope), EventEnvelope.class)).isEqualTo(envelope);
        assertThat(json.writeValueAsString(envelope)).contains("\"occurredAt\":\"2026-11-22T01:02:03Z\"");
    }

    @Test
    void backoffDoublesUpToTheMaximum() {
        OutboxProperties properties = new OutboxProperties(true, Duration.ofMillis(500), 100, Duration.ofSeconds(30),
                Duration.ofSeconds(1), Duration.ofMinutes(5));

        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.backoffAfter(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(properties.backoffAfter(12)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.backoffAfter(1000)).isEqualTo(Duration.ofMinutes(5));
    }
}
