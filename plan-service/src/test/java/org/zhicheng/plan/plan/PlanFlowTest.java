package org.zhicheng.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * The slice end to end inside the plan service: draft → submit → approve → publish → close, what the public sees,
 * and the events on Kafka.
 */
@ZhichengServiceTest
class PlanFlowTest {

    static final TestUser OFFICE = TestUsers.committeeOffice(SHANGYU, "shangyu-engineering");
    static final TestUser HR_SHAOXING = TestUsers.hrBureau(SHAOXING);
    static final TestUser OFFICE_LIANDU = TestUsers.committeeOffice(LIANDU, "liandu-engineering");

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void aDraftIsApprovedPublishedAndAnnouncedOnKafka() {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/plans/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().path("status").asString()).isEqualTo("DRAFT");
        assertThat(created.json().path("items").get(0).path("applicationDeadline").asString()).isEqualTo("2024-08-23");

        // nobody outside the region's offices sees a draft
        assertThat(api.get("/api/v1/plans/" + id, null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/plans/" + id, TestTokens.bearer(OFFICE_LIANDU)).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/v1/plans?region=" + SHANGYU, null))).doesNotContain(id);
        assertThat(ids(api.get("/api/v1/plans?region=" + SHANGYU, TestTokens.bearer(OFFICE)))).contains(id);

        assertThat(transition(id, "submit", OFFICE).json().path("status").asString()).isEqualTo("SUBMITTED");
        // the city's HR bureau covers the district
        assertThat(api.post("/api/v1/plans/" + id + "/approve", TestTokens.bearer(HR_SHAOXING),
                PlanBodies.reason("符合年度计划")).json().path("status").asString()).isEqualTo("APPROVED");
        Reply published = transition(id, "publish", HR_SHAOXING);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.header("ETag")).isEqualTo("\"3\"");

        Reply read = api.get("/api/v1/plans/" + id, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"3\"");
        assertThat(ids(api.get("/api/v1/plans?year=2024&region=" + SHANGYU, null))).contains(id);

        JsonNode history = api.get("/api/v1/plans/" + id + "/history", TestTokens.bearer(OFFICE)).json();
        assertThat(history.valueStream().map(row -> row.path("action").asString()))
                .containsExactly("CREATE", "SUBMIT", "APPROVE", "PUBLISH");
        assertThat(history.get(2).path("actor").asString()).isEqualTo(HR_SHAOXING.username());
        assertThat(history.get(2).path("reason").asString()).isEqualTo("符合年度计划");
        assertThat(history.get(2).path("from").asString()).isEqualTo("SUBMITTED");
        assertThat(history.get(2).path("to").asString()).isEqualTo("APPROVED");

        JsonNode envelope = awaitEvent(id, "PlanPublished");
        // the documented contract, field for field: consumers rely on these names
        assertThat(envelope.propertyNames()).containsExactlyInAnyOrder("id", "type", "version", "occurredAt",
                "source", "subject", "actor", "data");
        assertThat(envelope.path("data").propertyNames()).containsExactlyInAnyOrder("planId", "year", "region",
                "category", "title", "publishedAt", "dates", "items");
        assertThat(envelope.path("data").path("items").get(0).propertyNames()).containsExactlyInAnyOrder("itemId",
                "committeeName", "committeeId", "committeeCode", "evaluatedTitles", "evaluatedTitleNames",
                "recommendedTitles", "recommendedTitleNames", "applicationDeadline", "expectedEvaluationTime",
                "materialDeadline", "specialties", "acceptanceScope", "acceptanceScopeByLevel", "exclusions",
                "applicants");
        assertThat(envelope.path("data").path("dates").propertyNames()).containsExactlyInAnyOrder(
                "individualApplication", "unitRecommendation", "cityRecommendation", "seniorityCutOff",
                "achievementsCutOff");
        assertThat(envelope.path("id").asString()).isNotBlank();
        assertThat(envelope.path("version").asInt()).isEqualTo(1);
        assertThat(envelope.path("source").asString()).isEqualTo("plan-service");
        assertThat(envelope.path("subject").asString()).isEqualTo(id);
        assertThat(envelope.path("actor").asString()).isEqualTo(HR_SHAOXING.subject());
        assertThat(envelope.path("occurredAt").asString()).isNotBlank();
        JsonNode data = envelope.path("data");
        assertThat(data.path("planId").asString()).isEqualTo(id);
        assertThat(data.path("year").asInt()).isEqualTo(2024);
        assertThat(data.path("region").asString()).isEqualTo(SHANGYU);
        assertThat(data.path("category").asString()).isEqualTo("REGULAR");
        assertThat(data.path("title").asString()).isEqualTo("2024 年度中、高级职称评审计划");
        assertThat(data.path("publishedAt").asString()).isEqualTo(read.json().path("publishedAt").asString());
        JsonNode item = data.path("items").get(0);
        assertThat(item.path("itemId").asString()).isEqualTo(read.json().path("items").get(0).path("id").asString());
        assertThat(item.path("committeeName").asString()).startsWith("绍兴市机电制造");
        assertThat(item.path("evaluatedTitles").get(0).asString()).isEqualTo("ENGINEER_INTERMEDIATE");
        assertThat(item.path("recommendedTitles").get(0).asString()).isEqualTo("ENGINEER_SENIOR");
        assertThat(item.path("applicationDeadline").asString()).isEqualTo("2024-08-23");
        assertThat(item.has("committeeId")).isTrue();

        assertThat(transition(id, "close", HR_SHAOXING).json().path("status").asString()).isEqualTo("CLOSED");
        JsonNode closed = awaitEvent(id, "PlanClosed");
        assertThat(closed.path("data").propertyNames()).containsExactlyInAnyOrder("planId", "year", "region",
                "closedAt");
        assertThat(closed.path("data").path("planId").asString()).isEqualTo(id);
        assertThat(closed.path("data").path("closedAt").asString()).isNotBlank();
        assertThat(api.get("/api/v1/plans/" + id, null).json().path("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void aReturnedPlanIsAmendedAndSubmittedAgain() {
        String id = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU, "2024-08-23"))
                .json().path("id").asString();
        transition(id, "submit", OFFICE);

        Reply returned = api.post("/api/v1/plans/" + id + "/return", TestTokens.bearer(HR_SHAOXING),
                PlanBodies.reason("请补充受理范围"));
        Reply amended = api.put("/api/v1/plans/" + id, TestTokens.bearer(OFFICE),
                PlanBodies.update("2024 年度职称评审计划（修订）", "2024-09-05"), returned.header("ETag"));
        Reply resubmitted = transition(id, "submit", OFFICE);

        assertThat(returned.json().path("status").asString()).isEqualTo("RETURNED");
        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.json().path("title").asString()).isEqualTo("2024 年度职称评审计划（修订）");
        assertThat(amended.json().path("items").get(0).path("applicationDeadline").asString())
                .isEqualTo("2024-09-05");
        assertThat(resubmitted.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(api.get("/api/v1/plans/" + id + "/history", TestTokens.bearer(HR_SHAOXING)).json()
                .valueStream().map(row -> row.path("reason").asString(null)))
                .contains("请补充受理范围");
    }

    @Test
    void aCreateRepeatedWithTheSameIdempotencyKeyMakesOnePlan() {
        String key = UUID.randomUUID().toString();

        Reply first = api.send("POST", "/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU,
                "2024-08-23"), "Idempotency-Key", key);
        Reply again = api.send("POST", "/api/v1/plans", TestTokens.bearer(OFFICE), PlanBodies.plan(SHANGYU,
                "2024-08-23"), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
    }

    private Reply transition(String id, String action, TestUser user) {
        Reply reply = api.post("/api/v1/plans/" + id + "/" + action, TestTokens.bearer(user), null);
        assertThat(reply.status()).as("%s: %s", action, reply.json()).isEqualTo(200);
        return reply;
    }

    private static List<String> ids(Reply page) {
        assertThat(page.status()).isEqualTo(200);
        return page.json().path("content").valueStream().map(plan -> plan.path("id").asString()).toList();
    }

    private static JsonNode awaitEvent(String id, String type) {
        return ServiceApi.JSON.readTree(PlanTopic.awaitEvent(id, type));
    }
}
