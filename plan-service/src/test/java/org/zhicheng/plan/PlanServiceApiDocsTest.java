package org.zhicheng.plan;

import org.zhicheng.starter.test.ServiceApi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ZhichengServiceTest;

/** The OpenAPI document the gateway aggregates, and the probes the platform watches. */
@ZhichengServiceTest
class PlanServiceApiDocsTest {

    @LocalServerPort
    int port;

    @Test
    void theOpenApiDocumentDescribesPlansAndCatalog() {
        Reply docs = new ServiceApi(port).get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asString()).isEqualTo("Zhicheng plan service");
        assertThat(docs.json().path("info").path("description").asString()).contains("评审计划");
        assertThat(docs.json().path("paths").propertyNames()).contains("/api/v1/plans", "/api/v1/plans/{id}",
                "/api/v1/plans/{id}/approve", "/api/v1/plans/{id}/history", "/api/v1/catalog/series",
                "/api/v1/plans/{id}/deadline-changes", "/api/v1/plan-items", "/api/v1/plan-items/{id}",
                "/api/v1/catalog/titles/{code}");
    }

    @Test
    void itIsReady() {
        Reply readiness = new ServiceApi(port).get("/actuator/health/readiness", null);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
    }
}
