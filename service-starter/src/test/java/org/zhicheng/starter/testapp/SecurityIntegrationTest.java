package org.zhicheng.starter.testapp;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter chain of the starter against tokens signed by the JWKS stub: who gets in, and how refusals look. */
@StarterAppTest
class SecurityIntegrationTest {

    private static final TestUser OFFICE = TestUsers.committeeOffice(TestUsers.SHAOXING, "sx-engineering");

    @LocalServerPort
    int port;

    private Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        JsonNode body = response.json();
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("requestId").asString()).isEqualTo(response.headers().getFirst("X-Request-Id"));
        assertThat(response.text()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void validTokenGivesThePrincipalMappedFromItsClaims() {
        Http.Response response = http.get("/api/v1/me", TestTokens.bearer(OFFICE));

        assertThat(response.status()).isEqualTo(200);
        JsonNode me = response.json();
        assertThat(me.get("subject").asString()).isEqualTo(OFFICE.subject());
        assertThat(me.get("region").asString()).isEqualTo("3306");
        assertThat(me.get("roles").get(0).asString()).isEqualTo("committee-office");
        assertThat(me.get("committees").get(0).asString()).isEqualTo("sx-engineering");
    }

    @Test
    void missingTokenIs401Problem() {
        Http.Response response = http.get("/api/v1/me", (String) null);

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void expiredWrongIssuerUnsignedAndForgedTokensAre401Problems() {
        assertProblem(http.get("/api/v1/me", TestTokens.expired(OFFICE)), 401, "token.invalid");
        assertProblem(http.get("/api/v1/me", TestTokens.wrongIssuer(OFFICE)), 401, "token.invalid");
        assertProblem(http.get("/api/v1/me", TestTokens.algNone(OFFICE)), 401, "token.invalid");
        assertProblem(http.get("/api/v1/me", TestTokens.signedByOtherKey(OFFICE)), 401, "token.invalid");
        assertProblem(http.get("/api/v1/me", "Bearer not-a-jwt"), 401, "token.invalid");
    }

    @Test
    void wrongRoleIs403ProblemAndTheRightRolePasses() {
        assertProblem(http.get("/api/v1/bureau-only", TestTokens.bearer(OFFICE)), 403, "access.denied");

        Http.Response allowed = http.get("/api/v1/bureau-only", TestTokens.bearer(TestUsers.hrBureau(TestUsers.LISHUI)));
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.json().get("region").asString()).isEqualTo("3311");
    }

    @Test
    void publicEndpointsHealthAndApiDocsNeedNoToken() {
        Http.Response hello = http.get("/api/v1/public/hello", (String) null);
        assertThat(hello.status()).isEqualTo(200);
        assertThat(hello.json().get("anonymous").asBoolean()).isTrue();

        assertThat(http.get("/actuator/health", (String) null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/readiness", (String) null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", (String) null).status()).isEqualTo(200);
        assertThat(http.get("/v3/api-docs", (String) null).status()).isEqualTo(200);
    }

    @Test
    void declaredAnonymousWritesNeedNoTokenButOtherWritesDo() {
        Http.Response objection = http.post("/api/v1/public/objections", null, "{\"text\":\"异议\"}", headers -> {
        });
        assertThat(objection.status()).isEqualTo(202);
        assertThat(objection.json().get("anonymous").asBoolean()).isTrue();

        assertProblem(http.post("/api/v1/things", null, "{\"name\":\"x\",\"size\":1}", headers -> {
        }), 401, "unauthenticated");
    }

    @Test
    void prometheusShowsTheOutboxMetrics() {
        String metrics = http.get("/actuator/prometheus", (String) null).text();

        assertThat(metrics).contains("zhicheng_outbox_pending", "zhicheng_outbox_publish_failures_total");
    }

    @Test
    void otherActuatorEndpointsAreNotOpen() {
        assertThat(http.get("/actuator/env", (String) null).status()).isEqualTo(401);
        assertProblem(http.get("/actuator/env", TestTokens.bearer(TestUsers.admin())), 404, "path.not-found");
    }

    @Test
    void unknownPathIs404ProblemForAUser() {
        assertProblem(http.get("/api/v1/nothing-here", TestTokens.bearer(OFFICE)), 404, "path.not-found");
    }

    @Test
    void notFoundUsesTheServiceBundleAndTheCallersLanguage() {
        Http.Response response = http.get("/api/v1/things/7d444840-9dc0-11d1-b245-5ffdce74fad2", headers -> {
            headers.set("Authorization", TestTokens.bearer(OFFICE));
            headers.set("Accept-Language", "en");
        });

        assertProblem(response, 404, "thing.not-found");
        assertThat(response.json().get("title").asString()).isEqualTo("No such thing");
    }

    @Test
    void callersRequestIdIsEchoedAndUsedInProblems() {
        Http.Response response = http.get("/api/v1/me", headers -> headers.set("X-Request-Id", "req-42"));

        assertThat(response.headers().getFirst("X-Request-Id")).isEqualTo("req-42");
        assertThat(response.json().get("requestId").asString()).isEqualTo("req-42");
    }
}
