package org.zhicheng.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.zhicheng.gateway.requestid.RequestIds;
import org.zhicheng.gateway.routing.DownstreamService;

class RoutingTests extends GatewayTestSupport {

    @Test
    void forwardsPathQueryBodyTokenAndRequestIdUnchanged() {
        String token = validToken();
        String body = "{\"reason\":\"材料齐全\"}";

        client.post().uri("/api/v1/plans/4d1e/approve?notify=true&lang=zh")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(RequestIds.HEADER, "portal-42")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubServers.SERVED_BY, "plan")
                .expectHeader().valueEquals(RequestIds.HEADER, "portal-42");

        stubs.service(DownstreamService.PLAN).verify(1,
                postRequestedFor(urlEqualTo("/api/v1/plans/4d1e/approve?notify=true&lang=zh"))
                        .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
                        .withHeader(RequestIds.HEADER, equalTo("portal-42"))
                        .withRequestBody(equalToJson(body)));
    }

    @Test
    void leavesTheServicesResponseHeadersAlone() {
        stubs.service(DownstreamService.PLAN).stubFor(get(urlEqualTo("/api/v1/plans/published-7"))
                .willReturn(okJson("{}")
                        .withHeader(HttpHeaders.ETAG, "\"v3\"")
                        .withHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60")));

        client.get().uri("/api/v1/plans/published-7")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"v3\"")
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
    }

    static Stream<Arguments> prefixes() {
        return Stream.of(
                Arguments.of("/api/v1/catalog/series", DownstreamService.PLAN),
                Arguments.of("/api/v1/plans", DownstreamService.PLAN),
                Arguments.of("/api/v1/plan-items/7/history", DownstreamService.PLAN),
                Arguments.of("/api/v1/archives/3", DownstreamService.APPLICATION),
                Arguments.of("/api/v1/applications", DownstreamService.APPLICATION),
                Arguments.of("/api/v1/certificates/ZJ-2025-001/verification", DownstreamService.APPLICATION),
                Arguments.of("/api/v1/integrity/records", DownstreamService.APPLICATION),
                Arguments.of("/api/v1/committees", DownstreamService.COMMITTEE),
                Arguments.of("/api/v1/experts/9", DownstreamService.COMMITTEE),
                Arguments.of("/api/v1/meetings/2/draws", DownstreamService.COMMITTEE),
                Arguments.of("/api/v1/self-evaluation/filings", DownstreamService.COMMITTEE),
                Arguments.of("/api/v1/education/hours", DownstreamService.EDUCATION),
                Arguments.of("/api/v1/publicities", DownstreamService.NOTIFICATION),
                Arguments.of("/api/v1/objections/5", DownstreamService.NOTIFICATION),
                Arguments.of("/api/v1/announcements", DownstreamService.NOTIFICATION),
                Arguments.of("/api/v1/inbox", DownstreamService.NOTIFICATION),
                Arguments.of("/api/v1/calendar/2025/working-days", DownstreamService.NOTIFICATION),
                Arguments.of("/api/v1/webhooks/subscriptions", DownstreamService.NOTIFICATION),
                Arguments.of("/v3/api-docs/plan", DownstreamService.PLAN),
                Arguments.of("/v3/api-docs/application", DownstreamService.APPLICATION),
                Arguments.of("/v3/api-docs/committee", DownstreamService.COMMITTEE),
                Arguments.of("/v3/api-docs/education", DownstreamService.EDUCATION),
                Arguments.of("/v3/api-docs/notification", DownstreamService.NOTIFICATION));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("prefixes")
    void routesEachPrefixToItsService(String path, DownstreamService service) {
        client.get().uri(path)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(StubServers.SERVED_BY, service.serviceName());
    }

    @Test
    void servesEachServiceOpenApiDocumentFromTheServicesOwnDocsPath() {
        client.get().uri("/v3/api-docs/committee")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").isEqualTo("committee");

        stubs.service(DownstreamService.COMMITTEE).verify(getRequestedFor(urlEqualTo("/v3/api-docs")));
    }

    @Test
    void generatesARequestIdWhenNoneIsSentAndGivesTheSameToServiceAndCaller() {
        String echoed = client.get().uri("/api/v1/announcements/generated-id")
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestIds.HEADER);

        assertThat(UUID.fromString(echoed)).isNotNull();
        stubs.service(DownstreamService.NOTIFICATION).verify(1,
                getRequestedFor(urlEqualTo("/api/v1/announcements/generated-id"))
                        .withHeader(RequestIds.HEADER, equalTo(echoed)));
    }

    @Test
    void replacesAnUnsafeRequestIdInsteadOfForwardingIt() {
        String unsafe = "x\"><script>alert(1)</script>";

        String echoed = client.get().uri("/api/v1/announcements/unsafe-id")
                .header(RequestIds.HEADER, unsafe)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(RequestIds.HEADER);

        assertThat(UUID.fromString(echoed)).isNotNull();
        stubs.service(DownstreamService.NOTIFICATION).verify(1,
                getRequestedFor(urlEqualTo("/api/v1/announcements/unsafe-id"))
                        .withHeader(RequestIds.HEADER, equalTo(echoed)));
    }
}
