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
import org.zhicheng.plan.committee.CommitteeTopic;
import org.zhicheng.plan.committee.CommitteeTopic.Committee;
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
    /** A committee of this test alone (the tests share one database), and an office holding it. */
    static final Committee CONTRACT_COMMITTEE = Committee.of("SY-ENG-CONTRACT",
            "上虞区工程技术人员中级评审委员会（契约测试）", SHANGYU);
    static final TestUser CONTRACT_OFFICE = TestUsers.committeeOffice(SHANGYU, "SY-ENG-CONTRACT");

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

    /**
     * What application-service's read model of published items takes from the event: the linked committee's code,
     * the specialties, the scope as written and by level, the exclusions and 申报对象.
     */
    @Test
    void aPublishedEnvelopeCarriesTheCommitteeCodeSpecialtiesScopeExclusionsAndApplicants() {
        CommitteeTopic.register(CONTRACT_COMMITTEE);
        Map<String, Object> linked = PlanBodies.quzhouItem();
        linked.put("committeeName", CONTRACT_COMMITTEE.name());
        linked.put("remarks", "自主评聘单位除外");
        linked.put("applicants", "企业、事业单位工程技术人员");
        Map<String, Object> unlinked = PlanBodies.item("2024-08-23", "ENGINEER_INTERMEDIATE");
        String id = publishedPlan(PlanBodies.plan(2024, SHANGYU, List.of(linked, unlinked)), CONTRACT_OFFICE);
        String published = PlanTopic.awaitEvent(id, "PlanPublished");

        AsyncApiContract.assertMatches(CONTRACT, "PlanPublished", published);
        JsonNode items = ServiceApi.JSON.readTree(published).path("data").path("items");
        JsonNode first = items.path(0);
        assertThat(first.path("committeeId").asString()).isEqualTo(CONTRACT_COMMITTEE.id().toString());
        assertThat(first.path("committeeCode").asString()).isEqualTo(CONTRACT_COMMITTEE.code());
        assertThat(first.path("specialties").valueStream().map(JsonNode::asString))
                .containsExactly("MECHATRONICS", "INFORMATION_TECHNOLOGY");
        assertThat(first.path("acceptanceScope").asString()).isEqualTo("初级：市本级 中级：全市 高级：全市");
        assertThat(first.path("acceptanceScopeByLevel").path("初级").asString()).isEqualTo("市本级");
        assertThat(first.path("acceptanceScopeByLevel").path("中级").asString()).isEqualTo("全市");
        assertThat(first.path("acceptanceScopeByLevel").path("高级").asString()).isEqualTo("全市");
        assertThat(first.path("exclusions").valueStream().map(JsonNode::asString)).containsExactly("自主评聘单位");
        assertThat(first.path("applicants").asString()).isEqualTo("企业、事业单位工程技术人员");
        JsonNode second = items.path(1);
        assertThat(second.has("committeeCode")).as("present, null when not linked").isTrue();
        assertThat(second.path("committeeCode").isNull()).isTrue();
        assertThat(second.path("acceptanceScope").asString()).isEqualTo("全市");
        assertThat(second.path("acceptanceScopeByLevel").isObject()).isTrue();
        assertThat(second.path("acceptanceScopeByLevel").isEmpty()).as("a scope for every level").isTrue();
        assertThat(second.path("exclusions").valueStream().map(JsonNode::asString))
                .containsExactly("社会化评价", "民营企业自主评价");
        assertThat(second.path("applicants").isNull()).isTrue();

        // optional within version 1: an event from before them still matches
        ObjectNode older = (ObjectNode) ServiceApi.JSON.readTree(published);
        List<String> added = List.of("committeeCode", "specialties", "acceptanceScope", "acceptanceScopeByLevel",
                "exclusions", "applicants");
        ((ObjectNode) older.path("data").path("items").path(0)).remove(added);
        ((ObjectNode) older.path("data").path("items").path(1)).remove(added);
        assertThat(AsyncApiContract.violations(CONTRACT, "PlanPublished", older)).isEmpty();
        // and each has its type: a scope per level maps to text, specialties are text
        ObjectNode wrongScope = (ObjectNode) ServiceApi.JSON.readTree(published);
        ((ObjectNode) wrongScope.path("data").path("items").path(0).path("acceptanceScopeByLevel")).put("初级", 1);
        assertThat(AsyncApiContract.violations(CONTRACT, "PlanPublished", wrongScope)).isNotEmpty();
        ObjectNode wrongSpecialty = (ObjectNode) ServiceApi.JSON.readTree(published);
        ((ObjectNode) wrongSpecialty.path("data").path("items").path(0)).putArray("specialties").add(7);
        assertThat(AsyncApiContract.violations(CONTRACT, "PlanPublished", wrongSpecialty)).isNotEmpty();
        ObjectNode wrongCode = (ObjectNode) ServiceApi.JSON.readTree(published);
        ((ObjectNode) wrongCode.path("data").path("items").path(0)).put("committeeCode", 7);
        assertThat(AsyncApiContract.violations(CONTRACT, "PlanPublished", wrongCode)).isNotEmpty();
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
        return publishedPlan(body, OFFICE);
    }

    private String publishedPlan(Map<String, Object> body, TestUser office) {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(office), body);
        assertThat(created.status()).as("create: %s", created.json()).isEqualTo(201);
        String id = created.json().path("id").asString();
        transition(id, "submit", office);
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
