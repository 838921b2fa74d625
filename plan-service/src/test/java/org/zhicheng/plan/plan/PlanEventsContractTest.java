package org.zhicheng.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.nio.file.Path;
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
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan events as they land on Kafka, checked against their payload schemas in the events contract
 * ({@code docs/events/asyncapi.yaml}), which the consumers (notification-service first) are written against.
 */
@ZhichengServiceTest
class PlanEventsContractTest {

    static final TestUser OFFICE = TestUsers.committeeOffice(SHANGYU, "shangyu-engineering");
    static final TestUser HR_SHAOXING = TestUsers.hrBureau(SHAOXING);
    static final Path CONTRACT = AsyncApiContract.repositoryContract();

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void publishedAndClosedEnvelopesMatchTheContract() {
        String id = publishedPlan();
        String published = PlanTopic.awaitEvent(id, "PlanPublished");
        transition(id, "close", HR_SHAOXING);
        String closed = PlanTopic.awaitEvent(id, "PlanClosed");

        AsyncApiContract.assertMatches(CONTRACT, "PlanPublished", published);
        AsyncApiContract.assertMatches(CONTRACT, "PlanClosed", closed);
    }

    @Test
    void aPublishedEnvelopeCarriesTitleNamesTimesAndStagedDates() {
        Map<String, Object> body = PlanBodies.plan(SHANGYU, "2024-08-23");
        body.put("dates", Map.of("individualApplication", "2024-08-20", "unitRecommendation", "2024-08-27",
                "cityRecommendation", "2024-09-03"));
        String id = publishedPlan(body);
        String published = PlanTopic.awaitEvent(id, "PlanPublished");

        AsyncApiContract.assertMatches(CONTRACT, "PlanPublished", published);
        JsonNode data = ServiceApi.JSON.readTree(published).path("data");
        JsonNode item = data.path("items").path(0);
        assertThat(item.path("evaluatedTitles").get(0).asString()).isEqualTo("ENGINEER_INTERMEDIATE");
        assertThat(item.path("evaluatedTitleNames").size()).isEqualTo(1);
        assertThat(item.path("evaluatedTitleNames").get(0).asString()).isEqualTo("工程师");
        assertThat(item.path("recommendedTitleNames").size()).isEqualTo(1);
        assertThat(item.path("recommendedTitleNames").get(0).asString()).isEqualTo("高级工程师");
        assertThat(item.path("expectedEvaluationTime").asString()).isEqualTo("11 月");
        assertThat(item.path("materialDeadline").asString()).isEqualTo("8 月");
        assertThat(data.path("dates").path("individualApplication").asString()).isEqualTo("2024-08-20");
        assertThat(data.path("dates").path("unitRecommendation").asString()).isEqualTo("2024-08-27");
        assertThat(data.path("dates").path("cityRecommendation").asString()).isEqualTo("2024-09-03");
        assertThat(data.path("dates").path("seniorityCutOff").isNull()).isTrue();

        // the readable fields are optional within version 1: an event from before them still matches
        ObjectNode older = (ObjectNode) ServiceApi.JSON.readTree(published);
        ((ObjectNode) older.path("data")).remove("dates");
        ((ObjectNode) older.path("data").path("items").path(0)).remove(List.of("evaluatedTitleNames",
                "recommendedTitleNames", "expectedEvaluationTime", "materialDeadline"));
        assertThat(AsyncApiContract.violations(CONTRACT, "PlanPublished", older)).isEmpty();
        // and a name must be text
        ((ObjectNode) older.path("data").path("items").path(0)).putArray("evaluatedTitleNames").add(7);
        assertThat(AsyncApiContract.violations(CONTRACT, "PlanPublished", older)).isNotEmpty();
    }

    @Test
    void aDeadlineChangedEnvelopeMatchesTheContract() {
        String id = publishedPlan();
        Reply changed = api.post("/api/v1/plans/" + id + "/deadline-changes", TestTokens.bearer(HR_SHAOXING),
                Map.of("stage", "INDIVIDUAL_APPLICATION", "newDeadline", "2024-08-20", "reason",
                        "统一申报时间"));
        assertThat(changed.status()).as("change: %s", changed.json()).isEqualTo(200);

        String event = PlanTopic.awaitEvent(id, "PlanDeadlineChanged");

        AsyncApiContract.assertMatches(CONTRACT, "PlanDeadlineChanged", event);
        ObjectNode envelope = (ObjectNode) ServiceApi.JSON.readTree(event);
        assertThat(envelope.path("data").path("stage").asString()).isEqualTo("INDIVIDUAL_APPLICATION");
        JsonNode oldDeadline = envelope.path("data").path("oldDeadline");
        assertThat(oldDeadline.isNull() || oldDeadline.isMissingNode()).as("no old stage deadline").isTrue();
        ((ObjectNode) envelope.path("data")).remove("reason");
        assertThat(AsyncApiContract.violations(CONTRACT, "PlanDeadlineChanged", envelope)).isNotEmpty();
    }

    @Test
    void anEnvelopeMissingARequiredFieldIsReported() {
        String id = publishedPlan();
        ObjectNode envelope = (ObjectNode) ServiceApi.JSON.readTree(PlanTopic.awaitEvent(id, "PlanPublished"));
        ((ObjectNode) envelope.path("data")).remove("year");

        assertThat(AsyncApiContract.violations(CONTRACT, "PlanPublished", envelope))
                .singleElement().asString().contains("/data").contains("year");
        assertThatThrownBy(() -> AsyncApiContract.assertMatches(CONTRACT, "PlanPublished",
                ServiceApi.JSON.writeValueAsString(envelope)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("year");
        // a PlanPublished is no PlanClosed: its type and data do not fit that message
        assertThat(AsyncApiContract.violations(CONTRACT, "PlanClosed", envelope)).isNotEmpty();
    }

    private String publishedPlan() {
        return publishedPlan(PlanBodies.plan(SHANGYU, "2024-08-23"));
    }

    private String publishedPlan(Map<String, Object> body) {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), body);
        assertThat(created.status()).as("create: %s", created.json()).isEqualTo(201);
        String id = created.json().path("id").asString();
        transition(id, "submit", OFFICE);
        transition(id, "approve", HR_SHAOXING);
        transition(id, "publish", HR_SHAOXING);
        return id;
    }

    private void transition(String id, String action, TestUser user) {
        Reply reply = api.post("/api/v1/plans/" + id + "/" + action, TestTokens.bearer(user),
                "approve".equals(action) ? PlanBodies.reason("符合年度计划") : null);
        assertThat(reply.status()).as("%s: %s", action, reply.json()).isEqualTo(200);
    }
}
