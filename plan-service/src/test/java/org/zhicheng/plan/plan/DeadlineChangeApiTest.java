package org.zhicheng.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * 000 三(三) through the API: the special approval of a deadline change after publication — who may approve it,
 * what it records, the event it emits, and what it refuses without changing anything.
 */
@ZhichengServiceTest
class DeadlineChangeApiTest {

    static final TestUser OFFICE = TestUsers.committeeOffice(SHANGYU, "shangyu-engineering");
    static final TestUser HR_SHANGYU = TestUsers.hrBureau(SHANGYU);
    static final TestUser HR_SHAOXING = TestUsers.hrBureau(SHAOXING);
    static final TestUser HR_LIANDU = TestUsers.hrBureau(LIANDU);

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void theRegionsHrBureauApprovesAChangeWhichTheHistoryShowsAndAnEventAnnounces() {
        String id = published();
        JsonNode plan = api.get("/api/v1/plans/" + id, null).json();
        String itemId = plan.path("items").get(0).path("id").asString();

        Reply reply = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(HR_SHANGYU),
                change(itemId, null, "2024-08-30", "台风影响，顺延一周"));

        assertThat(reply.status()).as("%s", reply.json()).isEqualTo(200);
        assertThat(reply.json().path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(reply.json().path("items").get(0).path("applicationDeadline").asString()).isEqualTo("2024-08-30");
        JsonNode history = api.get("/api/v1/plans/" + id + "/history", TestTokens.bearer(HR_SHANGYU)).json();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.path("action").asString()).isEqualTo("CHANGE_DEADLINE");
        assertThat(last.path("actor").asString()).isEqualTo(HR_SHANGYU.username());
        assertThat(last.path("reason").asString()).isEqualTo("台风影响，顺延一周");
        assertThat(last.path("deadlineChange").path("itemId").asString()).isEqualTo(itemId);
        assertThat(last.path("deadlineChange").path("oldDeadline").asString()).isEqualTo("2024-08-23");
        assertThat(last.path("deadlineChange").path("newDeadline").asString()).isEqualTo("2024-08-30");
        assertThat(last.path("deadlineChange").path("approvalReference").asString()).isEqualTo("虞人社〔2024〕9号");

        String event = PlanTopic.awaitEvent(id, "PlanDeadlineChanged");
        AsyncApiContract.assertMatches(AsyncApiContract.repositoryContract(), "PlanDeadlineChanged", event);
        JsonNode data = ServiceApi.JSON.readTree(event).path("data");
        assertThat(data.path("oldDeadline").asString()).isEqualTo("2024-08-23");
        assertThat(data.path("newDeadline").asString()).isEqualTo("2024-08-30");
        assertThat(data.path("approvedBy").asString()).isEqualTo(HR_SHANGYU.username());
    }

    @Test
    void aStagedDeadlineCanBeMovedByTheCityBureauAbove() {
        String id = published();

        Reply reply = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(HR_SHAOXING),
                change(null, "INDIVIDUAL_APPLICATION", "2024-08-20", "统一申报时间"));

        assertThat(reply.status()).as("%s", reply.json()).isEqualTo(200);
        assertThat(reply.json().path("dates").path("individualApplication").asString()).isEqualTo("2024-08-20");
    }

    @Test
    void anHrBureauOfAnotherRegionIsRefusedAndNothingChanges() {
        String id = published();
        String itemId = api.get("/api/v1/plans/" + id, null).json().path("items").get(0).path("id").asString();

        Reply reply = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(HR_LIANDU),
                change(itemId, null, "2024-08-30", "延期"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("plan.out-of-scope");
        assertUnchanged(id);
    }

    @Test
    void aCommitteeOfficeCannotApproveAChange() {
        String id = published();

        Reply reply = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(OFFICE),
                change(null, "INDIVIDUAL_APPLICATION", "2024-08-30", "延期"));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("plan.role-required");
        assertUnchanged(id);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        String id = published();

        Reply reply = api.post("/api/v1/plans/" + id + "/deadline-changes", null,
                change(null, "INDIVIDUAL_APPLICATION", "2024-08-30", "延期"));

        assertThat(reply.status()).isEqualTo(401);
        assertUnchanged(id);
    }

    @Test
    void aChangeWithoutAReasonOrWithBothTargetsIsA400() {
        String id = published();
        String itemId = api.get("/api/v1/plans/" + id, null).json().path("items").get(0).path("id").asString();

        Reply noReason = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(HR_SHANGYU),
                change(itemId, null, "2024-08-30", " "));
        Reply both = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(HR_SHANGYU),
                change(itemId, "INDIVIDUAL_APPLICATION", "2024-08-30", "延期"));

        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        assertThat(both.status()).isEqualTo(400);
        assertUnchanged(id);
    }

    @Test
    void aNewDeadlineAfterTheEvaluationIsA422AndNothingChanges() {
        String id = published();
        String itemId = api.get("/api/v1/plans/" + id, null).json().path("items").get(0).path("id").asString();

        Reply reply = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(HR_SHANGYU),
                change(itemId, null, "2024-12-15", "延期"));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().path("rule").asString()).isEqualTo("002-一(三)");
        assertUnchanged(id);
    }

    @Test
    void aDraftIsAmendedInsteadSoAChangeIsA409() {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"));
        String id = created.json().path("id").asString();

        Reply reply = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(HR_SHANGYU),
                change(null, "INDIVIDUAL_APPLICATION", "2024-08-30", "延期"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("plan.wrong-state");
    }

    @Test
    void anItemOfAnotherPlanIsNotFound() {
        String id = published();

        Reply reply = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(HR_SHANGYU),
                change("5a4bd3f6-3a55-4b6c-9d7e-2f0d8f1c9a10", null, "2024-08-30", "延期"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("plan-item.not-found");
        assertUnchanged(id);
    }

    private void assertUnchanged(String id) {
        JsonNode plan = api.get("/api/v1/plans/" + id, null).json();
        assertThat(plan.path("items").get(0).path("applicationDeadline").asString()).isEqualTo("2024-08-23");
        assertThat(plan.path("dates").path("individualApplication").isNull()).isTrue();
        assertThat(plan.path("version").asInt()).isEqualTo(3);
        JsonNode history = api.get("/api/v1/plans/" + id + "/history", TestTokens.bearer(HR_SHANGYU)).json();
        assertThat(history.valueStream().map(entry -> entry.path("action").asString()))
                .doesNotContain("CHANGE_DEADLINE");
    }

    private static Map<String, Object> change(String itemId, String stage, String newDeadline, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("itemId", itemId);
        body.put("stage", stage);
        body.put("newDeadline", newDeadline);
        body.put("reason", reason);
        body.put("approvalReference", "虞人社〔2024〕9号");
        return body;
    }

    private String published() {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"));
        String id = created.json().path("id").asString();
        for (String action : List.of("submit", "approve", "publish")) {
            Reply reply = api.post("/api/v1/plans/" + id + "/" + action,
                    TestTokens.bearer("submit".equals(action) ? OFFICE : HR_SHANGYU), null);
            assertThat(reply.status()).as("%s: %s", action, reply.json()).isEqualTo(200);
        }
        return id;
    }
}
