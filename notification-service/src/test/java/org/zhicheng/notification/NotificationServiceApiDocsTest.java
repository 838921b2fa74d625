package org.zhicheng.notification;

import org.zhicheng.starter.test.ServiceApi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.notification.support.NotificationServiceTest;

/** The OpenAPI document the gateway aggregates, and the probes the platform watches. */
@NotificationServiceTest
class NotificationServiceApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentDescribesEveryResource() {
        Reply docs = new ServiceApi(port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asString()).isEqualTo("Zhicheng notification service");
        assertThat(docs.json().path("paths").propertyNames()).contains("/api/v1/announcements",
                "/api/v1/announcements/{id}", "/api/v1/calendar/working-days/{date}",
                "/api/v1/calendar/working-days/add", "/api/v1/publicities", "/api/v1/publicities/{id}",
                "/api/v1/publicities/{id}/close", "/api/v1/publicities/{id}/history", "/api/v1/objections",
                "/api/v1/objections/{trackingNumber}", "/api/v1/objections/{trackingNumber}/notes",
                "/api/v1/objections/{trackingNumber}/answer", "/api/v1/inbox", "/api/v1/inbox/{id}",
                "/api/v1/inbox/preferences", "/api/v1/inbox/{id}/deliveries", "/api/v1/webhooks",
                "/api/v1/webhooks/{id}/dead-letters", "/api/v1/webhooks/{id}/dead-letters/{deliveryId}/replay");
    }

    @Test
    void itIsReady() {
        Reply readiness = new ServiceApi(port).get("/actuator/health/readiness", null);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
    }
}
