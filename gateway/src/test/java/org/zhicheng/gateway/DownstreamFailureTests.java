package org.zhicheng.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.zhicheng.gateway.requestid.RequestIds;
import org.zhicheng.gateway.routing.DownstreamService;

class DownstreamFailureTests extends GatewayTestSupport {

    @Test
    void answersADeadServiceWithAServiceUnavailableProblemAtOnce() {
        stubs.whileDown(DownstreamService.EDUCATION, () -> {
            long started = System.nanoTime();

            client.get().uri("/api/v1/education/hours?year=2025")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken())
                    .header(RequestIds.HEADER, "dead-service-1")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals(RequestIds.HEADER, "dead-service-1")
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:zhicheng:problem:service.unavailable")
                    .jsonPath("$.code").isEqualTo("service.unavailable")
                    .jsonPath("$.status").isEqualTo(503)
                    .jsonPath("$.service").isEqualTo("education")
                    .jsonPath("$.instance").isEqualTo("/api/v1/education/hours")
                    .jsonPath("$.requestId").isEqualTo("dead-service-1");

            // a refused connection needs no timeout at all; the margin is for slow shared build machines
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        });
    }

    @Test
    void answersASlowServiceWithAServiceUnavailableProblemWithinTheResponseTimeout() {
        stubs.service(DownstreamService.COMMITTEE).stubFor(get(urlEqualTo("/api/v1/meetings/slow"))
                .willReturn(okJson("{}").withFixedDelay(6_000)));
        long started = System.nanoTime();

        client.get().uri("/api/v1/meetings/slow")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("service.unavailable")
                .jsonPath("$.service").isEqualTo("committee");

        // the response timeout in the tests is 2 s (a cold first call on a loaded build machine can take over 1 s);
        // the margin is for slow shared build machines
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
    }
}
