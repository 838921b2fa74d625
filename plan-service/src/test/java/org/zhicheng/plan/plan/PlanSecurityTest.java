package org.zhicheng.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

/**
 * Who may call what: tokens (401), roles and region scope (403), and the invisibility of other regions' drafts
 * (404).
 */
@ZhichengServiceTest
class PlanSecurityTest {

    static final TestUser OFFICE = TestUsers.committeeOffice(SHANGYU, "shangyu-engineering");
    static final TestUser HR = TestUsers.hrBureau(SHANGYU);
    static final TestUser HR_LIANDU = TestUsers.hrBureau(LIANDU);
    static final TestUser OFFICE_LIANDU = TestUsers.committeeOffice(LIANDU, "liandu-engineering");
    static final TestUser APPLICANT = TestUsers.applicant(SHANGYU, "unit-1", "person-1");

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    static Stream<Arguments> protectedEndpointsAndBadTokens() {
        List<String[]> endpoints = List.of(new String[] { "POST", "/api/v1/plans" },
                new String[] { "PUT", "/api/v1/plans/{id}" },
                new String[] { "POST", "/api/v1/plans/{id}/submit" },
                new String[] { "POST", "/api/v1/plans/{id}/approve" },
                new String[] { "POST", "/api/v1/plans/{id}/return" },
                new String[] { "POST", "/api/v1/plans/{id}/publish" },
                new String[] { "POST", "/api/v1/plans/{id}/close" },
                new String[] { "POST", "/api/v1/plans/{id}/deadline-changes" },
                new String[] { "GET", "/api/v1/plans/{id}/history" });
        List<Arguments> cases = new ArrayList<>();
        Function<TestUser, String> none = user -> null;
        List<Object[]> tokens = List.of(new Object[] { "no token", none },
                new Object[] { "expired", (Function<TestUser, String>) TestTokens::expired },
                new Object[] { "wrong issuer", (Function<TestUser, String>) TestTokens::wrongIssuer },
                new Object[] { "alg none", (Function<TestUser, String>) TestTokens::algNone });
        for (String[] endpoint : endpoints) {
            for (Object[] token : tokens) {
                cases.add(Arguments.of(endpoint[0], endpoint[1], token[0], token[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} with {2} → 401")
    @MethodSource("protectedEndpointsAndBadTokens")
    void withoutAValidTokenTheAnswerIs401(String method, String path, String tokenKind,
            Function<TestUser, String> token) {
        Reply reply = api.send(method, path.replace("{id}", "5a4bd3f6-3a55-4b6c-9d7e-2f0d8f1c9a10"), token.apply(HR),
                method.equals("GET") ? null : PlanBodies.plan(SHANGYU, "2024-08-23"));

        assertThat(reply.status()).as(tokenKind).isEqualTo(401);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().path("status").asInt()).isEqualTo(401);
    }

    @Test
    void anApplicantCannotCreateAPlan() {
        Reply reply = api.post("/api/v1/plans", TestTokens.bearer(APPLICANT), PlanBodies.plan(SHANGYU, "2024-08-23"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("plan.role-required");
    }

    @Test
    void anOfficeCannotCreateAPlanForAnotherRegion() {
        Reply reply = api.post("/api/v1/plans", TestTokens.bearer(OFFICE_LIANDU),
                PlanBodies.plan(SHANGYU, "2024-08-23"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("plan.out-of-scope");
    }

    @Test
    void anotherRegionsHrBureauCannotApprove() {
        String id = submittedPlan();

        Reply reply = api.post("/api/v1/plans/" + id + "/approve", TestTokens.bearer(HR_LIANDU), null);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("plan.out-of-scope");
        assertThat(api.get("/api/v1/plans/" + id, TestTokens.bearer(HR)).json().path("status").asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void aCommitteeOfficeCannotApproveItsOwnPlan() {
        String id = submittedPlan();

        Reply reply = api.post("/api/v1/plans/" + id + "/approve", TestTokens.bearer(OFFICE), null);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("plan.role-required");
    }

    @Test
    void anotherRegionsOfficeDoesNotSeeADraft() {
        String id = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"))
                .json().path("id").asString();

        Reply read = api.get("/api/v1/plans/" + id, TestTokens.bearer(OFFICE_LIANDU));
        Reply history = api.get("/api/v1/plans/" + id + "/history", TestTokens.bearer(OFFICE_LIANDU));
        Reply list = api.get("/api/v1/plans?region=" + SHANGYU + "&status=DRAFT", TestTokens.bearer(OFFICE_LIANDU));

        assertThat(read.status()).isEqualTo(404);
        assertThat(read.code()).isEqualTo("plan.not-found");
        assertThat(history.status()).isEqualTo(404);
        assertThat(list.json().path("content").valueStream().map(plan -> plan.path("id").asString()))
                .doesNotContain(id);
        assertThat(api.get("/api/v1/plans/" + id, TestTokens.bearer(HR)).status()).isEqualTo(200);
    }

    @Test
    void anApplicantSeesOnlyPublishedPlans() {
        String id = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"))
                .json().path("id").asString();

        assertThat(api.get("/api/v1/plans/" + id, TestTokens.bearer(APPLICANT)).status()).isEqualTo(404);
    }

    private String submittedPlan() {
        String id = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"))
                .json().path("id").asString();
        assertThat(api.post("/api/v1/plans/" + id + "/submit", TestTokens.bearer(OFFICE), null).status())
                .isEqualTo(200);
        return id;
    }
}
