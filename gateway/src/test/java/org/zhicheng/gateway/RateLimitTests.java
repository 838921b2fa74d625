package org.zhicheng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

class RateLimitTests extends GatewayTestSupport {

    @Test
    void refusesAnonymousObjectionsBeyondTheBucketWithRetryAfter() {
        // the tests' bucket holds 2 and refills 1 per hour
        fileObjectionFrom("203.0.113.7").expectStatus().isOk();
        fileObjectionFrom("203.0.113.7").expectStatus().isOk();

        String retryAfter = fileObjectionFrom("203.0.113.7")
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("request.rate-limited")
                .jsonPath("$.status").isEqualTo(429)
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);

        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        fileObjectionFrom("203.0.113.8").expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec fileObjectionFrom(String clientIp) {
        return client.post().uri("/api/v1/objections")
                .header("X-Forwarded-For", clientIp)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"publicityId\":\"p-2\",\"text\":\"异议\"}")
                .exchange();
    }
}
