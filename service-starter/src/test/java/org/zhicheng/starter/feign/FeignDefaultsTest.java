package org.zhicheng.starter.feign;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.zhicheng.infra.FreePorts;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.web.RequestIds;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Feign defaults against WireMock (on 127.0.0.1) standing for Keycloak's token endpoint and for another service;
 * no database or broker is involved, so their auto-configuration is left out.
 */
@SpringBootTest(classes = FeignDefaultsTest.ClientApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = { "spring.autoconfigure.exclude="
                + "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration,"
                + "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration,"
                + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
                "spring.security.oauth2.client.registration.zhicheng.provider=keycloak",
                "spring.security.oauth2.client.registration.zhicheng.client-id=plan-service",
                "spring.security.oauth2.client.registration.zhicheng.client-secret=secret",
                "spring.security.oauth2.client.registration.zhicheng.authorization-grant-type=client_credentials" })
class FeignDefaultsTest {

    /** The consumer's own view of the other service's answer. */
    record Hours(String person, int hours) {
    }

    @FeignClient(name = "education", url = "${test.education-url}")
    interface EducationClient {

        @GetMapping("/api/v1/education/hours/{person}")
        Hours hours(@PathVariable String person);
    }

    @FeignClient(name = "notification", url = "${test.dead-url}")
    interface DeadClient {

        @GetMapping("/api/v1/inbox")
        Map<String, Object> inbox();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @EnableFeignClients(clients = { EducationClient.class, DeadClient.class })
    static class ClientApplication {
    }

    private static final WireMockServer WIREMOCK = startWireMock();

    private static WireMockServer startWireMock() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.keycloak.token-uri",
                () -> WIREMOCK.baseUrl() + "/realms/zhicheng/protocol/openid-connect/token");
        registry.add("test.education-url", WIREMOCK::baseUrl);
        // nothing listens there: a service that is down
        registry.add("test.dead-url", () -> "http://127.0.0.1:" + FreePorts.find());
    }

    @AfterAll
    static void stopWireMock() {
        WIREMOCK.stop();
    }

    @Autowired
    EducationClient education;

    @Autowired
    DeadClient dead;

    @Autowired
    OAuth2AuthorizedClientService authorizedClients;

    @BeforeEach
    void stubKeycloak() {
        WIREMOCK.stubFor(WireMock.post("/realms/zhicheng/protocol/openid-connect/token")
            .willReturn(WireMock.okJson("{\"access_token\":\"service-token-1\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
    }

    @AfterEach
    void reset() {
        WIREMOCK.resetAll();
        MDC.remove(RequestIds.MDC_KEY);
    }

    @Test
    void serviceTokenIsFetchedOnceAndSentWithTheRequestId() {
        WIREMOCK.stubFor(WireMock.get("/api/v1/education/hours/p-1")
            .willReturn(WireMock.okJson("{\"person\":\"p-1\",\"hours\":90,\"category\":\"专业科目\"}")));
        MDC.put(RequestIds.MDC_KEY, "req-feign-1");
        // start without a cached token, whatever ran before
        authorizedClients.removeAuthorizedClient("zhicheng", ServiceTokenInterceptor.SERVICE_PRINCIPAL);

        assertThat(education.hours("p-1")).isEqualTo(new Hours("p-1", 90));
        assertThat(education.hours("p-1")).isEqualTo(new Hours("p-1", 90));

        WIREMOCK.verify(2, getRequestedFor(urlEqualTo("/api/v1/education/hours/p-1"))
            .withHeader("Authorization", equalTo("Bearer service-token-1"))
            .withHeader("X-Request-Id", equalTo("req-feign-1")));
        // the token lives 300 s: the second call reuses it
        WIREMOCK.verify(1, postRequestedFor(urlEqualTo("/realms/zhicheng/protocol/openid-connect/token"))
            .withRequestBody(WireMock.containing("grant_type=client_credentials")));
    }

    @Test
    void problemOfTheOtherServiceIsDecoded() {
        WIREMOCK.stubFor(WireMock.get("/api/v1/education/hours/p-2")
            .willReturn(WireMock.status(422)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:zhicheng:problem:education.hours-short\",\"status\":422,"
                        + "\"code\":\"education.hours-short\",\"rule\":\"001-四\",\"detail\":\"只有 60 学时\"}")));

        assertThatThrownBy(() -> RemoteCalls.call("education", () -> education.hours("p-2")))
            .isInstanceOfSatisfying(RemoteProblemException.class, problem -> {
                assertThat(problem.client()).isEqualTo("education");
                assertThat(problem.status()).isEqualTo(422);
                assertThat(problem.code()).isEqualTo("education.hours-short");
                assertThat(problem.rule()).isEqualTo("001-四");
                assertThat(problem.detail()).isEqualTo("只有 60 学时");
            });
    }

    @Test
    void answerWithoutProblemJsonKeepsTheStatus() {
        WIREMOCK.stubFor(WireMock.get("/api/v1/education/hours/p-3").willReturn(WireMock.status(404)));

        assertThatThrownBy(() -> RemoteCalls.call("education", () -> education.hours("p-3")))
            .isInstanceOfSatisfying(RemoteProblemException.class,
                    problem -> assertThat(problem.code()).isEqualTo("http.404"));
    }

    @Test
    void deadServiceIsUnavailable() {
        assertThatThrownBy(() -> RemoteCalls.call("notification", dead::inbox))
            .isInstanceOfSatisfying(ProblemException.class, problem -> {
                assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(problem.code()).isEqualTo("unavailable");
                assertThat(problem.args()).containsExactly("notification");
            });
    }
}
