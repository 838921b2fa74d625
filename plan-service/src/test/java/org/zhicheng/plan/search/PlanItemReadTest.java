package org.zhicheng.plan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.plan.committee.CommitteeTopic;
import org.zhicheng.plan.committee.CommitteeTopic.Committee;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * One item of a published or closed plan by its id, as application-service asks for it when its read model lacks the
 * item: anonymous or with any token; the fields of a search hit plus the plan's state and staged dates; 404 for an
 * item of a plan not published, exactly as for an unknown id.
 */
@ZhichengServiceTest
class PlanItemReadTest {

    /** A committee of this test alone (the tests share one database). */
    static final Committee COMMITTEE = Committee.of("SX-ENG-READ", "绍兴市工程技术人员中级评审委员会（条目读取测试）",
            SHAOXING);
    static final TestUser HR = TestUsers.hrBureau(SHAOXING);

    private static boolean registered;

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
        if (!registered) {
            CommitteeTopic.register(COMMITTEE);
            registered = true;
        }
    }

    @Test
    void aPublishedItemCarriesItsPlanItsCommitteeItsTimesAndTheStagedDates() {
        Map<String, Object> body = plan(2041, List.of(item(COMMITTEE.name())));
        body.put("dates", Map.of("individualApplication", "2041-08-20", "unitRecommendation", "2041-08-27",
                "cityRecommendation", "2041-09-03", "seniorityCutOff", "2041-12-31"));
        JsonNode published = publish(body);
        String itemId = published.path("items").get(0).path("id").asString();

        Reply reply = api.get("/api/v1/plan-items/" + itemId, null);

        assertThat(reply.status()).as("%s", reply.json()).isEqualTo(200);
        JsonNode item = reply.json();
        assertThat(item.path("itemId").asString()).isEqualTo(itemId);
        assertThat(item.path("planId").asString()).isEqualTo(published.path("id").asString());
        assertThat(item.path("planTitle").asString()).isEqualTo("2041 年度职称评审计划");
        assertThat(item.path("year").asInt()).isEqualTo(2041);
        assertThat(item.path("region").asString()).isEqualTo(SHAOXING);
        assertThat(item.path("category").asString()).isEqualTo("REGULAR");
        assertThat(item.path("planStatus").asString()).isEqualTo("PUBLISHED");
        assertThat(item.has("closedAt")).isTrue();
        assertThat(item.path("closedAt").isNull()).as("open").isTrue();
        assertThat(item.path("committeeName").asString()).isEqualTo(COMMITTEE.name());
        assertThat(item.path("committeeId").asString()).isEqualTo(COMMITTEE.id().toString());
        assertThat(item.path("committeeCode").asString()).isEqualTo("SX-ENG-READ");
        assertThat(item.path("committeeSuspended").asBoolean()).isFalse();
        assertThat(texts(item.path("evaluatedTitles"))).containsExactly("ENGINEER_INTERMEDIATE", "ENGINEER_ASSISTANT");
        assertThat(texts(item.path("recommendedTitles"))).containsExactly("ENGINEER_SENIOR");
        assertThat(texts(item.path("specialties"))).containsExactly("MECHATRONICS");
        assertThat(texts(item.path("series"))).containsExactly("ENGINEERING");
        assertThat(texts(item.path("levels")))
                .containsExactlyInAnyOrder("ASSISTANT_JUNIOR", "INTERMEDIATE", "DEPUTY_SENIOR");
        assertThat(item.path("acceptanceScope").asString()).isEqualTo("初级：市本级 中级：全市");
        assertThat(item.path("acceptanceScopeByLevel").path("初级").asString()).isEqualTo("市本级");
        assertThat(item.path("acceptanceScopeByLevel").path("中级").asString()).isEqualTo("全市");
        assertThat(item.path("expectedEvaluationTime").asString()).isEqualTo("11 月");
        assertThat(item.path("expectedEvaluationFrom").asString()).isEqualTo("2041-11-01");
        assertThat(item.path("expectedEvaluationTo").asString()).isEqualTo("2041-11-30");
        assertThat(item.path("materialDeadline").asString()).isEqualTo("8 月");
        assertThat(item.path("materialDeadlineFrom").asString()).isEqualTo("2041-08-01");
        assertThat(item.path("materialDeadlineTo").asString()).isEqualTo("2041-08-31");
        assertThat(item.path("publishedOn").isNull()).as("published today").isFalse();
        assertThat(item.path("effectiveDeadline").asString()).as("the staged individual deadline")
                .isEqualTo("2041-08-20");
        assertThat(item.path("receivingUnit").asString()).isEqualTo("绍兴市经信局");
        assertThat(item.path("phone").asString()).isEqualTo("85157014");
        assertThat(texts(item.path("exclusions"))).containsExactly("自主评聘单位");
        assertThat(item.path("applicants").asString()).isEqualTo("企业工程技术人员");
        JsonNode dates = item.path("dates");
        assertThat(dates.path("individualApplication").asString()).isEqualTo("2041-08-20");
        assertThat(dates.path("unitRecommendation").asString()).isEqualTo("2041-08-27");
        assertThat(dates.path("cityRecommendation").asString()).isEqualTo("2041-09-03");
        assertThat(dates.path("seniorityCutOff").asString()).isEqualTo("2041-12-31");
        assertThat(dates.has("achievementsCutOff")).isTrue();
        assertThat(dates.path("achievementsCutOff").isNull()).as("not set").isTrue();
    }

    @Test
    void anItemOfAClosedPlanIsStillReadWithTheClosure() {
        JsonNode published = publish(plan(2042, List.of(item("绍兴市条目读取测试评审委员会（关闭）"))));
        String itemId = published.path("items").get(0).path("id").asString();
        Reply closed = api.post("/api/v1/plans/" + published.path("id").asString() + "/close",
                TestTokens.bearer(HR), null);
        assertThat(closed.status()).as("%s", closed.json()).isEqualTo(200);

        Reply reply = api.get("/api/v1/plan-items/" + itemId, null);

        assertThat(reply.status()).as("%s", reply.json()).isEqualTo(200);
        assertThat(reply.json().path("planStatus").asString()).isEqualTo("CLOSED");
        String stored = api.get("/api/v1/plans/" + published.path("id").asString(), null).json().path("closedAt")
                .asString();
        assertThat(reply.json().path("closedAt").asString()).isNotBlank().isEqualTo(stored);
        assertThat(reply.json().path("committeeCode").isNull()).as("not a registered committee").isTrue();
        assertThat(reply.json().path("dates").path("individualApplication").isNull()).isTrue();
        assertThat(reply.json().path("effectiveDeadline").asString()).as("the material deadline's last day")
                .isEqualTo("2042-08-31");
    }

    @Test
    void anItemOfAPlanNotPublishedIsNotFoundInEveryState() {
        String draft = create(plan(2043, List.of(item("绍兴市条目读取测试评审委员会（草稿）"))));
        String submitted = create(plan(2043, List.of(item("绍兴市条目读取测试评审委员会（已提交）"))));
        act(submitted, "submit");
        String approved = create(plan(2043, List.of(item("绍兴市条目读取测试评审委员会（已批准）"))));
        act(approved, "submit");
        act(approved, "approve");
        String returned = create(plan(2043, List.of(item("绍兴市条目读取测试评审委员会（已退回）"))));
        act(returned, "submit");
        Reply back = api.post("/api/v1/plans/" + returned + "/return", TestTokens.bearer(HR),
                Map.of("reason", "材料不全"));
        assertThat(back.status()).as("%s", back.json()).isEqualTo(200);

        for (String plan : List.of(draft, submitted, approved, returned)) {
            String itemId = api.get("/api/v1/plans/" + plan, TestTokens.bearer(HR)).json().path("items").get(0)
                    .path("id").asString();
            for (String authorization : new String[] { null, TestTokens.bearer(HR) }) {
                Reply reply = api.get("/api/v1/plan-items/" + itemId, authorization);

                assertThat(reply.status()).as("%s (%s): %s", plan, authorization, reply.json()).isEqualTo(404);
                assertThat(reply.code()).isEqualTo("plan-item.not-found");
            }
        }
    }

    @Test
    void anUnknownIdIsNotFoundWithTheMessageInEitherLanguage() {
        String id = UUID.randomUUID().toString();

        Reply zh = api.get("/api/v1/plan-items/" + id, null);
        Reply en = api.send("GET", "/api/v1/plan-items/" + id, null, null, "Accept-Language", "en");

        assertThat(zh.status()).isEqualTo(404);
        assertThat(zh.code()).isEqualTo("plan-item.not-found");
        assertThat(zh.json().path("title").asString()).isEqualTo("计划条目不存在");
        assertThat(zh.json().path("detail").asString()).isEqualTo("计划条目 " + id + " 不存在");
        assertThat(en.status()).isEqualTo(404);
        assertThat(en.json().path("detail").asString()).isEqualTo("Plan item " + id + " does not exist");
    }

    @Test
    void aMalformedIdIsABadRequest() {
        Reply reply = api.get("/api/v1/plan-items/not-a-uuid", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("request.parameter-invalid");
    }

    @Test
    void aTokenOfAnyRoleReadsTheItemToo() {
        String itemId = publish(plan(2044, List.of(item("绍兴市条目读取测试评审委员会（令牌）")))).path("items").get(0)
                .path("id").asString();

        for (TestUser caller : List.of(TestUsers.applicant(SHANGYU, "unit-read", "P-READ-1"),
                TestUsers.employer(SHANGYU, "unit-read"), TestUsers.expert(SHANGYU, "P-READ-2"),
                TestUsers.committeeOffice(SHANGYU, "SY-OTHER"), TestUsers.hrBureau(TestUsers.LIANDU),
                TestUsers.platform(), TestUsers.admin(), TestUsers.serviceAccount("application-service"))) {
            Reply reply = api.get("/api/v1/plan-items/" + itemId, TestTokens.bearer(caller));

            assertThat(reply.status()).as("%s: %s", caller.username(), reply.json()).isEqualTo(200);
            assertThat(reply.json().path("itemId").asString()).isEqualTo(itemId);
        }
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static Map<String, Object> item(String committee) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("committeeName", committee);
        item.put("evaluatedTitles", List.of("ENGINEER_INTERMEDIATE", "ENGINEER_ASSISTANT"));
        item.put("recommendedTitles", List.of("ENGINEER_SENIOR"));
        item.put("specialties", List.of("MECHATRONICS"));
        item.put("acceptanceScope", "初级：市本级 中级：全市");
        item.put("expectedEvaluationTime", "11 月");
        item.put("materialDeadline", "8 月");
        item.put("receivingUnit", "绍兴市经信局");
        item.put("phone", "85157014");
        item.put("remarks", "自主评聘单位除外");
        item.put("applicants", "企业工程技术人员");
        return item;
    }

    private static Map<String, Object> plan(int year, List<Map<String, Object>> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("region", SHAOXING);
        body.put("category", "REGULAR");
        body.put("title", year + " 年度职称评审计划");
        body.put("items", items);
        return body;
    }

    private String create(Map<String, Object> body) {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(HR), body);
        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private JsonNode act(String id, String action) {
        Reply reply = api.post("/api/v1/plans/" + id + "/" + action, TestTokens.bearer(HR), null);
        assertThat(reply.status()).as("%s: %s", action, reply.json()).isEqualTo(200);
        return reply.json();
    }

    /** Created, submitted, approved and published by the Shaoxing HR bureau; the published plan's view. */
    private JsonNode publish(Map<String, Object> body) {
        String id = create(body);
        act(id, "submit");
        act(id, "approve");
        return act(id, "publish");
    }
}
