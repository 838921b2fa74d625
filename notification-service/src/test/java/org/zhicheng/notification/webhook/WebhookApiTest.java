package org.zhicheng.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;

/**
 * Subscriptions: who may hold them, which URLs and types they may name, that a client sees only its own, and that
 * the secret is given once and stored sealed.
 */
@NotificationServiceTest
class WebhookApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ServiceApi api;
    private final String platform = TestTokens.bearer(TestUsers.platform());

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void urlsToPrivateLoopbackOrLinkLocalAddressesAreRefusedWithTheRule() {
        for (String url : List.of("http://10.0.0.8/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]:8080/hook", "http://192.168.1.10/hook", "http://100.64.0.1/hook", "http://127.0.0.2/x")) {
            Reply refused = api.post("/api/v1/webhooks", platform, Map.of("url", url,
                    "eventTypes", List.of("PlanPublished")));
            assertThat(refused.status()).as(url).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("webhook.url-not-public");
            assertThat(refused.json().path("rule").asString()).isEqualTo("OWASP-API7");
        }
        for (String url : List.of("ftp://example.org/hook", "file:///etc/passwd", "http://user:pw@example.org/",
                "/relative", "javascript:alert(1)")) {
            Reply refused = api.post("/api/v1/webhooks", platform, Map.of("url", url,
                    "eventTypes", List.of("PlanPublished")));
            assertThat(refused.status()).as(url).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("webhook.url-invalid");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_subscription WHERE url LIKE '%10.0.0.8%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlySubscribableTypesAreAccepted() {
        Reply unknown = api.post("/api/v1/webhooks", platform, Map.of("url", "http://127.0.0.1:1/hook",
                "eventTypes", List.of("HoursRecorded")));
        Reply types = api.get("/api/v1/webhooks/event-types", platform);

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("webhook.event-type-unknown");
        assertThat(types.raw().body()).contains("PublicityClosed").doesNotContain("HoursRecorded")
                .doesNotContain("ObjectionRaised");
    }

    @Test
    void aSubscriptionIsItsClientsAloneAndItsSecretIsShownOnceAndStoredSealed() {
        Reply made = api.post("/api/v1/webhooks", platform, Map.of("url", "http://127.0.0.1:1/hook",
                "eventTypes", List.of("PlanPublished", "PlanPublished", "PublicityClosed")));
        String id = made.json().path("id").asString();
        String secret = made.json().path("secret").asString();

        Reply read = api.get("/api/v1/webhooks/" + id, platform);
        Reply admin = api.get("/api/v1/webhooks/" + id, TestTokens.bearer(TestUsers.admin()));
        Reply hr = api.get("/api/v1/webhooks", TestTokens.bearer(TestUsers.hrBureau(TestUsers.SHANGYU)));
        Reply anonymous = api.get("/api/v1/webhooks", null);
        Reply foreignDelete = api.send("DELETE", "/api/v1/webhooks/" + id, TestTokens.bearer(TestUsers.admin()),
                null);
        Reply rotated = api.post("/api/v1/webhooks/" + id + "/secret", platform, null);
        String stored = jdbc.sql("SELECT secret FROM webhook_subscription WHERE id = ?").param(UUID.fromString(id))
                .query(String.class).single();
        Reply deleted = api.send("DELETE", "/api/v1/webhooks/" + id, platform, null);

        assertThat(made.status()).isEqualTo(201);
        assertThat(secret).startsWith("whsec_");
        assertThat(made.json().path("eventTypes").size()).isEqualTo(2);
        assertThat(read.json().path("secret").isNull()).isTrue();
        assertThat(admin.status()).isEqualTo(404);
        assertThat(admin.code()).isEqualTo("webhook.not-found");
        assertThat(hr.status()).isEqualTo(403);
        assertThat(hr.code()).isEqualTo("webhook.role-required");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(foreignDelete.status()).isEqualTo(404);
        assertThat(rotated.json().path("secret").asString()).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(stored).startsWith("v1:").doesNotContain(rotated.json().path("secret").asString());
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/webhooks/" + id, platform).status()).isEqualTo(404);
    }
}
