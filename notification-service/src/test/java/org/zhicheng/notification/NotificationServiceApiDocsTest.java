package org.zhicheng.notification;

import org.zhicheng.starter.test.ServiceApi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ZhichengServiceTest;

/** The OpenAPI document the gateway aggregates, and the probes the platform watches. */
@ZhichengServiceTest
class NotificationServiceApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentDescribesAnnouncementsAndCalendar() {
        Reply docs = new ServiceApi(port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asString()).isEqualTo("Zhicheng notification service");
        assertThat(docs.json().path("paths").propertyNames()).contains("/api/v1/announcements",
                "/api/v1/announcements/{id}", "/api/v1/calendar/working-days/{date}",
                "/api/v1/calendar/working-days/add");
    }

    @Test
    void itIsReady() {
        Reply readiness = new ServiceApi(port).get("/actuator/health/readiness", null);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
    }
}
