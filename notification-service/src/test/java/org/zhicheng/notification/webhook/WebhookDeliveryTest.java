package org.zhicheng.notification.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.notification.support.KafkaEvents;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.notification.support.NotificationTestInfrastructure;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;

/**
 * Webhook deliveries to receivers at their HTTP boundary (WireMock): signed, retried with backoff until the receiver
 * answers 2xx, dead-lettered after the last attempt and replayed by the client, and in order per subject.
 */
@NotificationServiceTest
class WebhookDeliveryTest {

    private static final String PLANS = "zhicheng.plan.events";

    @LocalServerPort
    int port;

    private ServiceApi api;
    private final WireMockServer receiver = NotificationTestInfrastructure.wiremock();
    private final String platform = TestTokens.bearer(TestUsers.platform());
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(id -> api.send("DELETE", "/api/v1/webhooks/" + id, platform, null));
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheSignedEventOnTheThirdAttempt() {
        String path = "/hooks/flaky-" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("failed once"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("failed once")
                .willReturn(aResponse().withStatus(502)).willSetStateTo("failed twice"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("failed twice")
                .willReturn(aResponse().withStatus(204)));
        JsonNode subscription = subscribe(path, "PlanClosed");
        String plan = UUID.randomUUID().toString();

        UUID event = KafkaEvents.send(PLANS, "plan-service", "PlanClosed", plan, Map.of("planId", plan, "year", 2026,
                "region", "330604", "closedAt", Instant.now().toString()));

        JsonNode delivered = awaitDelivery(subscription, d -> d.path("status").asString().equals("DELIVERED"));
        assertThat(delivered.path("attempts").asInt()).isEqualTo(3);
        assertThat(delivered.path("eventId").asString()).isEqualTo(event.toString());
        List<LoggedRequest> requests = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(requests).hasSize(3);
        LoggedRequest last = requests.getLast();
        String body = last.getBodyAsString();
        assertThat(ServiceApi.JSON.readTree(body).path("id").asString()).isEqualTo(event.toString());
        assertThat(last.getHeader(WebhookSignature.EVENT_TYPE_HEADER)).isEqualTo("PlanClosed");
        assertThat(last.getHeader(WebhookSignature.DELIVERY_HEADER)).isEqualTo(delivered.path("id").asString());
        String secret = subscription.path("secret").asString();
        assertThat(WebhookSignature.verify(secret, last.getHeader(WebhookSignature.TIMESTAMP_HEADER),
                last.getHeader(WebhookSignature.SIGNATURE_HEADER), body, Instant.now(), Duration.ofMinutes(5)))
                .isNull();
        assertThat(WebhookSignature.verify(secret, last.getHeader(WebhookSignature.TIMESTAMP_HEADER),
                last.getHeader(WebhookSignature.SIGNATURE_HEADER), body.replace("2026", "2027"), Instant.now(),
                Duration.ofMinutes(5))).isEqualTo(WebhookSignature.Refusal.TAMPERED);
    }

    @Test
    void aReceiverThatAlwaysFailsEndsInTheDeadLettersWhichTheClientReplays() {
        String path = "/hooks/down-" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(500).withBody("down")));
        JsonNode subscription = subscribe(path, "PlanClosed");
        String id = subscription.path("id").asString();
        String plan = UUID.randomUUID().toString();
        KafkaEvents.send(PLANS, "plan-service", "PlanClosed", plan, Map.of("planId", plan, "year", 2026,
                "region", "330604", "closedAt", Instant.now().toString()));

        JsonNode dead = awaitDelivery(subscription, d -> d.path("status").asString().equals("DEAD"));
        Reply deadLetters = api.get("/api/v1/webhooks/" + id + "/dead-letters", platform);
        receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
        Reply replayed = api.post("/api/v1/webhooks/" + id + "/dead-letters/" + dead.path("id").asString()
                + "/replay", platform, null);
        Reply replayAgain = api.post("/api/v1/webhooks/" + id + "/dead-letters/" + dead.path("id").asString()
                + "/replay", platform, null);
        JsonNode delivered = awaitDelivery(subscription, d -> d.path("status").asString().equals("DELIVERED"));

        assertThat(dead.path("attempts").asInt()).isEqualTo(4);
        assertThat(dead.path("lastStatusCode").asInt()).isEqualTo(500);
        assertThat(deadLetters.json().path("content").findValuesAsString("id"))
                .containsExactly(dead.path("id").asString());
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().path("status").asString()).isEqualTo("PENDING");
        assertThat(replayAgain.status()).isIn(200, 409);
        assertThat(delivered.path("id").asString()).isEqualTo(dead.path("id").asString());
        assertThat(api.get("/api/v1/webhooks/" + id + "/dead-letters", platform).json().path("totalElements")
                .asLong()).isZero();
    }

    @Test
    void oneSubjectsEventsArriveInTheOrderTheyHappened() {
        String path = "/hooks/order-" + UUID.randomUUID();
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        receiver.stubFor(post(urlEqualTo(path)).inScenario(path).whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        JsonNode subscription = subscribe(path, "PlanDeadlineChanged", "PlanClosed");
        String plan = UUID.randomUUID().toString();

        UUID first = KafkaEvents.send(PLANS, "plan-service", "PlanDeadlineChanged", plan, Map.of("planId", plan,
                "year", 2026, "region", "330604", "stage", "UNIT_RECOMMENDATION", "oldDeadline", "2026-12-10",
                "newDeadline", "2026-12-17", "approvedBy", "hr.sy", "reason", "系统故障顺延",
                "changedAt", Instant.now().toString()));
        UUID second = KafkaEvents.send(PLANS, "plan-service", "PlanClosed", plan, Map.of("planId", plan,
                "year", 2026, "region", "330604", "closedAt", Instant.now().toString()));

        awaitDelivery(subscription, d -> d.path("eventId").asString().equals(second.toString())
                && d.path("status").asString().equals("DELIVERED"));
        List<String> arrived = receiver.findAll(postRequestedFor(urlEqualTo(path))).stream()
                .map(r -> r.getHeader(WebhookSignature.EVENT_ID_HEADER)).toList();
        assertThat(arrived).containsExactly(first.toString(), first.toString(), second.toString());
    }

    private JsonNode subscribe(String path, String... types) {
        Reply made = api.post("/api/v1/webhooks", platform, Map.of("url", receiver.baseUrl() + path,
                "eventTypes", List.of(types), "description", "test receiver"));
        assertThat(made.status()).as(made.raw().body()).isEqualTo(201);
        subscriptions.add(made.json().path("id").asString());
        return made.json();
    }

    private JsonNode awaitDelivery(JsonNode subscription, Predicate<JsonNode> done) {
        String id = subscription.path("id").asString();
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = api.get("/api/v1/webhooks/" + id + "/deliveries?size=100", platform).json();
            for (JsonNode delivery : last.path("content")) {
                if (done.test(delivery)) {
                    return delivery;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no such delivery for " + id + ": " + last);
    }
}
