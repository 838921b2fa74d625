package org.zhicheng.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * Plan items as the notices describe them, through the API on real PostgreSQL: times as written and as ranges, scope
 * per level, exclusions, staged deadlines; and the bad input of issue 3, each leaving the data as it was.
 */
@ZhichengServiceTest
class PlanItemsApiTest {

    static final TestUser OFFICE = TestUsers.committeeOffice(SHANGYU, "shangyu-engineering");
    static final TestUser HR_SHAOXING = TestUsers.hrBureau(SHAOXING);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void anItemKeepsItsTimesAsWrittenWithTheirRangesAndItsScopePerLevel() {
        Map<String, Object> body = PlanBodies.plan(2021, SHANGYU, List.of(PlanBodies.quzhouItem()));

        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), body);

        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
        JsonNode item = api.get("/api/v1/plans/" + created.json().path("id").asString(), TestTokens.bearer(OFFICE))
                .json().path("items").get(0);
        assertThat(item.path("expectedEvaluationTime").asString()).isEqualTo("9-10 月");
        assertThat(item.path("expectedEvaluation").path("kind").asString()).isEqualTo("MONTH_RANGE");
        assertThat(item.path("expectedEvaluation").path("earliest").asString()).isEqualTo("2021-09-01");
        assertThat(item.path("expectedEvaluation").path("latest").asString()).isEqualTo("2021-10-31");
        assertThat(item.path("materialDeadlineRange").path("latest").asString()).isEqualTo("2021-09-30");
        assertThat(item.path("acceptanceScope").asString()).isEqualTo("初级：市本级 中级：全市 高级：全市");
        assertThat(item.path("acceptanceScopeByLevel").path("初级").asString()).isEqualTo("市本级");
        assertThat(item.path("acceptanceScopeByLevel").path("高级").asString()).isEqualTo("全市");
        assertThat(item.path("applicationDeadline").isNull()).isTrue();
        assertThat(item.path("effectiveDeadline").asString()).isEqualTo("2021-09-30");
    }

    /** 003: staged deadlines and cut-off dates on the plan; the items take the individual deadline from it. */
    @Test
    void aPlanWithThe003StagedDeadlines() {
        Map<String, Object> item = PlanBodies.item(null, "ENGINEER_SENIOR");
        item.put("expectedEvaluationTime", "11 月");
        item.remove("materialDeadline");
        Map<String, Object> body = PlanBodies.plan(2024, SHANGYU, List.of(item));
        body.put("dates", Map.of("individualApplication", "2024-08-23", "unitRecommendation", "2024-09-05",
                "cityRecommendation", "2024-10-18", "seniorityCutOff", "2024-12-31",
                "achievementsCutOff", "2024-07-31"));

        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), body);

        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
        assertThat(created.json().path("dates").path("cityRecommendation").asString()).isEqualTo("2024-10-18");
        assertThat(created.json().path("items").get(0).path("effectiveDeadline").asString()).isEqualTo("2024-08-23");
        assertThat(created.json().path("items").get(0).path("exclusions").valueStream().map(JsonNode::asString))
                .containsExactly("社会化评价", "民营企业自主评价");
    }

    @Test
    void stagesOutOfOrderAreA422NamingThe003Rule() {
        Map<String, Object> body = PlanBodies.plan(SHANGYU, "2024-08-23");
        body.put("dates", Map.of("individualApplication", "2024-09-06", "unitRecommendation", "2024-09-05"));
        long before = plans();

        Reply reply = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("plan.stages-out-of-order");
        assertThat(reply.json().path("rule").asString()).isEqualTo("003-二(二)");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void anImpossibleMonthIsA400NamingTheFieldAndNothingIsStored() {
        Map<String, Object> body = PlanBodies.plan(SHANGYU, "2024-08-23");
        Map<String, Object> item = PlanBodies.item("2024-08-23", "ENGINEER_INTERMEDIATE");
        item.put("expectedEvaluationTime", "13 月");
        body.put("items", List.of(PlanBodies.item("2024-08-23", "ENGINEER_INTERMEDIATE"), item));
        long before = plans();

        Reply reply = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("plan.invalid-time");
        assertThat(reply.json().path("errors").get(0).path("field").asString())
                .isEqualTo("items[1].expectedEvaluationTime");
        assertThat(reply.json().path("detail").asString()).contains("13 月");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void aDeadlineAfterTheEvaluationTimeIsA422NamingTheRule() {
        Map<String, Object> body = PlanBodies.plan(SHANGYU, "2024-08-23");
        Map<String, Object> item = PlanBodies.item("2024-08-23", "ENGINEER_INTERMEDIATE");
        item.put("expectedEvaluationTime", "9 月");
        item.put("materialDeadline", "10 月");
        body.put("items", List.of(item));
        long before = plans();

        Reply reply = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), body);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("plan.deadline-after-evaluation");
        assertThat(reply.json().path("rule").asString()).isEqualTo("002-一(三)");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void anEvaluationTimeAfterThePlanYearIsA422Naming000One() {
        Map<String, Object> item = PlanBodies.item(null, "ENGINEER_INTERMEDIATE");
        item.put("expectedEvaluationTime", "2025 年 1 月");
        long before = plans();

        Reply reply = api.post("/api/v1/plans", TestTokens.bearer(OFFICE),
                PlanBodies.plan(2024, SHANGYU, List.of(item)));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("plan.evaluation-outside-year");
        assertThat(reply.json().path("rule").asString()).isEqualTo("000-一");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void anUnknownSpecialtyCodeIsA422NamingTheCode() {
        Map<String, Object> item = PlanBodies.item("2024-08-23", "ENGINEER_INTERMEDIATE");
        item.put("specialties", List.of("ALCHEMY"));
        long before = plans();

        Reply reply = api.post("/api/v1/plans", TestTokens.bearer(OFFICE),
                PlanBodies.plan(2024, SHANGYU, List.of(item)));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.code()).isEqualTo("plan.unknown-specialty");
        assertThat(reply.json().path("detail").asString()).contains("ALCHEMY");
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    void anEditOfAPublishedPlanIsA409Naming000ThreeThreeAndChangesNothing() {
        String id = published();
        String etag = api.get("/api/v1/plans/" + id, null).header("ETag");

        Reply reply = api.put("/api/v1/plans/" + id, TestTokens.bearer(OFFICE),
                PlanBodies.update("改", "2024-09-30"), etag);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("plan.wrong-state");
        assertThat(reply.json().path("rule").asString()).isEqualTo("000-三(三)");
        JsonNode after = api.get("/api/v1/plans/" + id, null).json();
        assertThat(after.path("title").asString()).isEqualTo("2024 年度中、高级职称评审计划");
        assertThat(after.path("items").get(0).path("applicationDeadline").asString()).isEqualTo("2024-08-23");
    }

    private String published() {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"));
        String id = created.json().path("id").asString();
        for (String action : List.of("submit", "approve", "publish")) {
            Reply reply = api.post("/api/v1/plans/" + id + "/" + action,
                    TestTokens.bearer("submit".equals(action) ? OFFICE : HR_SHAOXING), null);
            assertThat(reply.status()).as("%s: %s", action, reply.json()).isEqualTo(200);
        }
        return id;
    }

    private long plans() {
        return jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM plan_item").query(Long.class).single();
    }
}
