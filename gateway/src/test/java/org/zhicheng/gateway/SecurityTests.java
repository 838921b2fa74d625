package org.zhicheng.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.util.function.Supplier;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhicheng.gateway.requestid.RequestIds;
import org.zhicheng.gateway.routing.DownstreamService;

class SecurityTests extends GatewayTestSupport {

    static Stream<Arguments> invalidTokens() {
        TestTokens tokens = stubs.tokens();
        return Stream.of(
                Arguments.of("expired", (Supplier<String>) () -> tokens.expired(stubs.issuer())),
                Arguments.of("foreign issuer", (Supplier<String>) tokens::foreignIssuer),
                Arguments.of("alg none", (Supplier<String>) () -> tokens.unsigned(stubs.issuer())),
                Arguments.of("forged signature", (Supplier<String>) () -> tokens.forgedSignature(stubs.issuer())),
                Arguments.of("not a JWT", (Supplier<String>) () -> "not-a-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidTokens")
    void refusesAnInvalidTokenEvenOnAPublicRead(String kind, Supplier<String> token) {
        client.get().uri("/api/v1/plans")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.get())
                .header(RequestIds.HEADER, "bad-token-1")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader().valueEquals(RequestIds.HEADER, "bad-token-1")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:zhicheng:problem:auth.invalid-token")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.code").isEqualTo("auth.invalid-token")
                .jsonPath("$.title").isEqualTo("访问令牌无效")
                .jsonPath("$.instance").isEqualTo("/api/v1/plans")
                .jsonPath("$.requestId").isEqualTo("bad-token-1")
                .jsonPath("$.rule").isEmpty()
                .jsonPath("$.errors").isArray()
                .jsonPath("$.service").doesNotExist();
    }

    @Test
    void answersServiceUnavailableWhenTheKeysCannotBeFetched() {
        StubMapping outage = stubs.identityProvider().stubFor(get(urlEqualTo(StubServers.JWKS_PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        try {
            client.get().uri("/api/v1/plans")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + stubs.tokens().signedWithARotatedKey(stubs.issuer()))
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("service.unavailable")
                    .jsonPath("$.service").isEqualTo("identity");
        } finally {
            stubs.identityProvider().removeStub(outage);
        }
    }

    @Test
    void answersInEnglishWhenAskedTo() {
        client.get().uri("/api/v1/plans")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + stubs.tokens().expired(stubs.issuer()))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.title").isEqualTo("Invalid access token");
    }

    @Test
    void letsAnonymousReadsThroughForTheServiceToDecide() {
        client.get().uri("/api/v1/applications/anonymous-read")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubServers.SERVED_BY, "application")
                .expectHeader().doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void refusesAnonymousWritesOutsideObjections(String method) {
        client.method(HttpMethod.valueOf(method)).uri("/api/v1/plans/anonymous-write")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.code").isEqualTo("auth.unauthenticated");

        stubs.service(DownstreamService.PLAN).verify(0, postRequestedFor(urlEqualTo("/api/v1/plans/anonymous-write")));
    }

    @Test
    void letsAnAnonymousObjectionThrough() {
        client.post().uri("/api/v1/objections")
                .header("X-Forwarded-For", "198.51.100.20")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"publicityId\":\"p-1\",\"text\":\"材料不实\"}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubServers.SERVED_BY, "notification");
    }

    @Test
    void answersAnUnknownPathWithANotFoundProblem() {
        client.get().uri("/api/v1/nothing-here")
                .header(RequestIds.HEADER, "unknown-path-1")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("request.not-found")
                .jsonPath("$.instance").isEqualTo("/api/v1/nothing-here")
                .jsonPath("$.requestId").isEqualTo("unknown-path-1");
    }

    @Test
    void answersAWrongMethodWithAMethodNotAllowedProblem() {
        authenticated(client.post().uri("/actuator/health"))
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("request.method-not-allowed");
    }

    @Test
    void keepsTheFallbackEndpointInternal() {
        authenticated(client.get().uri("/fallback/plan"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("auth.forbidden");
    }

    private WebTestClient.RequestHeadersSpec<?> authenticated(WebTestClient.RequestHeadersSpec<?> request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + validToken());
    }
}
