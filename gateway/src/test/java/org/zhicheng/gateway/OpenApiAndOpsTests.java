package org.zhicheng.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class OpenApiAndOpsTests extends GatewayTestSupport {

    @Test
    void swaggerUiListsTheFiveServiceDocuments() {
        client.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls.length()").isEqualTo(5)
                .jsonPath("$.urls[*].name").value(names -> assertThat(names)
                        .asInstanceOf(LIST)
                        .containsExactlyInAnyOrder("plan", "application", "committee", "education", "notification"))
                .jsonPath("$.urls[?(@.name == 'education')].url").isEqualTo("/v3/api-docs/education");
    }

    @Test
    void servesSwaggerUi() {
        client.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value(HttpHeaders.LOCATION,
                        location -> assertThat(location).contains("swagger-ui/index.html"));
    }

    @Test
    void reportsLivenessAndReadiness() {
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void exposesPrometheusMetrics() {
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("jvm_memory_used_bytes"));
    }

    /**
     * Reactor Netty 1.3.6 can leave a reused connection unread (reactor/reactor-netty#4361), so the gateway closes
     * each connection after one answer; drop this test together with {@code server.netty.max-keep-alive-requests}.
     */
    @Test
    void closesEachConnectionAfterOneAnswerUntilReactorNettyIsFixed() {
        client.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.CONNECTION, "close");
    }
}
