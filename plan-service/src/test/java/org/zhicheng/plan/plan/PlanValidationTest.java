package org.zhicheng.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

/** Bad input and refused changes: 400 with field errors, 422 with the rule, 412 for a stale If-Match, 409 state. */
@ZhichengServiceTest
class PlanValidationTest {

    static final TestUser OFFICE = TestUsers.committeeOffice(SHANGYU, "shangyu-engineering");
    static final TestUser HR = TestUsers.hrBureau(SHANGYU);

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void anUnknownTitleCodeIsA422NamingTheCode() {
        Map<String, Object> body = PlanBodies.plan(SHANGYU, "2024-08-23");
        body.put("items", List.of(PlanBodies.item("2024-08-23", "GRAND_WIZARD")));

        Reply reply = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("plan.unknown-title");
        assertThat(reply.json().path("detail").asString()).contains("GRAND_WIZARD");
    }

    @Test
    void aDeadlineAfterThePlanYearBreaksRule000One() {
        Reply reply = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2025-01-15"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("plan.deadline-outside-year");
        assertThat(reply.json().path("rule").asString()).isEqualTo("000-一");
        assertThat(reply.json().path("detail").asString())
                .isEqualTo("第 1 项的个人申报截止时间 2025-01-15 晚于 2024 年底；评审和推荐工作须在年底前完成");
    }

    @Test
    void missingFieldsAreA400WithFieldErrors() {
        Map<String, Object> body = PlanBodies.plan(SHANGYU, "2024-08-23");
        body.remove("year");
        Map<String, Object> item = PlanBodies.item("2024-08-23", "ENGINEER_INTERMEDIATE");
        // the application deadline is optional since plans carry staged deadlines (docs/api/plan-service.md)
        item.remove("committeeName");
        body.put("items", List.of(item));

        Reply reply = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .contains("year", "items[0].committeeName");
    }

    @Test
    void aStaleIfMatchIsA412() {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"));
        String id = created.json().path("id").asString();
        api.put("/api/v1/plans/" + id, TestTokens.bearer(OFFICE), PlanBodies.update("第一次修改", "2024-08-30"),
                created.header("ETag"));

        Reply stale = api.put("/api/v1/plans/" + id, TestTokens.bearer(OFFICE),
                PlanBodies.update("第二次修改", "2024-09-30"), created.header("ETag"));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/v1/plans/" + id, TestTokens.bearer(OFFICE)).json().path("title").asString())
                .isEqualTo("第一次修改");
    }

    @Test
    void approvingADraftIsA409NamingTheState() {
        String id = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"))
                .json().path("id").asString();

        Reply reply = api.post("/api/v1/plans/" + id + "/approve", TestTokens.bearer(HR), null);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("plan.wrong-state");
        assertThat(reply.json().path("detail").asString()).contains("DRAFT");
    }

    @Test
    void aPublishedPlansDeadlineCannotBeEdited() {
        String id = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"))
                .json().path("id").asString();
        for (var step : List.of(Map.entry("submit", OFFICE), Map.entry("approve", HR), Map.entry("publish", HR))) {
            assertThat(api.post("/api/v1/plans/" + id + "/" + step.getKey(), TestTokens.bearer(step.getValue()), null)
                    .status()).isEqualTo(200);
        }

        Reply reply = api.put("/api/v1/plans/" + id, TestTokens.bearer(OFFICE),
                PlanBodies.update("延期", "2024-09-30"), null);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("plan.wrong-state");
        assertThat(reply.json().path("rule").asString()).isEqualTo("000-三(三)");
    }

    @Test
    void aReturnWithoutAReasonIsA400() {
        String id = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"))
                .json().path("id").asString();
        api.post("/api/v1/plans/" + id + "/submit", TestTokens.bearer(OFFICE), null);

        Reply reply = api.post("/api/v1/plans/" + id + "/return", TestTokens.bearer(HR), Map.of("reason", " "));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
    }
}
