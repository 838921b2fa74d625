package org.zhicheng.starter.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.zhicheng.starter.test.AsyncApiContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The test-jar's {@link AsyncApiContract} on a small AsyncAPI 3 document shaped like the repository's (a message
 * whose payload is {@code allOf} the shared envelope and its own data), with envelopes as {@link EventEnvelope}
 * serialises them.
 */
class AsyncApiContractTest {

    private static final String DOCUMENT = """
            asyncapi: 3.0.0
            info: { title: test events, version: 0.1.0 }
            channels:
              things:
                address: zhicheng.thing.events
                messages:
                  ThingMade: { $ref: '#/components/messages/ThingMade' }
            components:
              messages:
                ThingMade:
                  payload:
                    allOf:
                      - $ref: '#/components/schemas/Envelope'
                      - type: object
                        properties:
                          type: { const: ThingMade }
                          data: { $ref: '#/components/schemas/ThingMadeData' }
              schemas:
                Envelope:
                  type: object
                  required: [id, type, version, occurredAt, source, subject, data]
                  properties:
                    id: { type: string, format: uuid }
                    type: { type: string }
                    version: { type: integer, minimum: 1 }
                    occurredAt: { type: string, format: date-time }
                    source: { type: string }
                    subject: { type: string }
                    actor: { type: [string, 'null'] }
                    data: { type: object }
                ThingMadeData:
                  type: object
                  required: [thingId, year]
                  properties:
                    thingId: { type: string }
                    year: { type: integer }
            """;

    private final JsonMapper json = JsonMapper.builder().build();

    private Path contract;

    @BeforeEach
    void writeContract(@TempDir Path directory) throws IOException {
        contract = Files.writeString(directory.resolve("asyncapi.yaml"), DOCUMENT);
    }

    private ObjectNode envelope(String type, ObjectNode data) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, 1, Instant.parse("2026-11-22T01:02:03Z"),
                "thing-service", "t-1", null, data);
        return (ObjectNode) json.valueToTree(envelope);
    }

    private ObjectNode data() {
        return json.createObjectNode().put("thingId", "t-1").put("year", 2026);
    }

    @Test
    void anEnvelopeWithTheDocumentedDataMatches() {
        AsyncApiContract.assertMatches(contract, "ThingMade", json.writeValueAsString(envelope("ThingMade", data())));

        assertThat(AsyncApiContract.violations(contract, "ThingMade", envelope("ThingMade", data()))).isEmpty();
    }

    @Test
    void dataMissingARequiredFieldIsReportedWithItsName() {
        ObjectNode data = data();
        data.remove("year");

        assertThatThrownBy(() -> AsyncApiContract.assertMatches(contract, "ThingMade",
                json.writeValueAsString(envelope("ThingMade", data))))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("ThingMade")
            .hasMessageContaining("/data")
            .hasMessageContaining("year");
    }

    @Test
    void aWrongTypeAMissingEnvelopeFieldAndABadUuidAreEachReported() {
        ObjectNode envelope = envelope("ThingUnmade", data());
        envelope.remove("source");
        envelope.put("id", "not-a-uuid");

        assertThat(AsyncApiContract.violations(contract, "ThingMade", envelope)).hasSize(3)
            .anySatisfy(violation -> assertThat(violation).contains("source"))
            .anySatisfy(violation -> assertThat(violation).contains("/type"))
            .anySatisfy(violation -> assertThat(violation).contains("/id"));
    }

    @Test
    void aMessageTheDocumentDoesNotDefineIsAnError() {
        assertThatThrownBy(() -> AsyncApiContract.violations(contract, "ThingLost", envelope("ThingLost", data())))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("No message ThingLost");
    }
}
