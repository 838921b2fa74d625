package org.zhicheng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class CorsTests extends GatewayTestSupport {

    private static final String PORTAL = "http://localhost:5173";

    @Test
    void answersAPreflightFromAPortal() {
        HttpHeaders headers = client.options().uri("/api/v1/applications/12")
                .header(HttpHeaders.ORIGIN, PORTAL)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,if-match,idempotency-key,accept-language")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, PORTAL)
                .returnResult(Void.class).getResponseHeaders();

        assertThat(headers.getAccessControlAllowMethods()).extracting(Object::toString).contains("PUT");
        assertThat(headers.getAccessControlAllowHeaders()).map(String::toLowerCase)
                .contains("authorization", "if-match", "idempotency-key", "accept-language");
    }

    @Test
    void refusesAPreflightFromAnotherOrigin() {
        client.options().uri("/api/v1/applications/12")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("request.cors-rejected");
    }

    @Test
    void letsAPortalReadTheGatewaysOwnRefusals() {
        client.post().uri("/api/v1/plans")
                .header(HttpHeaders.ORIGIN, PORTAL)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, PORTAL);
    }

    @Test
    void letsPortalScriptsReadTheHeadersTheyNeed() {
        HttpHeaders headers = client.get().uri("/api/v1/publicities")
                .header(HttpHeaders.ORIGIN, PORTAL)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, PORTAL)
                .returnResult(Void.class).getResponseHeaders();

        assertThat(headers.getAccessControlExposeHeaders()).containsAll(List.of("ETag", "Location", "X-Request-Id"));
    }
}
