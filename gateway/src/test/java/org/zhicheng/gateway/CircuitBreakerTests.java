package org.zhicheng.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.zhicheng.gateway.routing.DownstreamService;

class CircuitBreakerTests extends GatewayTestSupport {

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @AfterEach
    void closeTheBreakerForTheOtherTests() {
        breaker().reset();
    }

    @Test
    void stopsCallingAServiceThatKeepsFailingUntilTheBreakerLetsProbesThrough() {
        // the tests' breaker opens after 4 calls with at least half failed
        stubs.whileDown(DownstreamService.APPLICATION, () -> {
            for (int call = 0; call < 4; call++) {
                client.get().uri("/api/v1/applications/breaker").exchange().expectStatus().isEqualTo(503);
            }
        });
        assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        client.get().uri("/api/v1/applications/breaker")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("service.unavailable")
                .jsonPath("$.service").isEqualTo("application");
        // the service is back, but an open breaker does not even try it
        stubs.service(DownstreamService.APPLICATION).verify(0, getRequestedFor(urlEqualTo("/api/v1/applications/breaker")));
    }

    private CircuitBreaker breaker() {
        return breakers.getCircuitBreakerRegistry().circuitBreaker("application");
    }
}
