package org.zhicheng.plan.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.LISHUI;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;
import static org.zhicheng.starter.test.TestUsers.ZHEJIANG;

import java.util.ArrayList;
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
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * The portals' search through the API: published items only, the region with its parents and children, each filter,
 * and stable paging. Each test uses a year of its own, so the tests sharing the database do not see each other.
 */
@ZhichengServiceTest
class PlanItemSearchTest {

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void aRegionMatchesItselfItsParentsAndItsChildren() {
        int year = 2031;
        for (String region : List.of(ZHEJIANG, SHAOXING, SHANGYU, LISHUI, LIANDU)) {
            publish(year, region, List.of(item("委员会 " + region, "ENGINEER_INTERMEDIATE", "MECHATRONICS")));
        }
        create(year, SHANGYU, List.of(item("未发布的委员会", "ENGINEER_INTERMEDIATE", "MECHATRONICS")));

        assertThat(regions(search("year=" + year + "&region=" + SHANGYU)))
                .containsExactlyInAnyOrder(ZHEJIANG, SHAOXING, SHANGYU);
        assertThat(regions(search("year=" + year + "&region=" + SHAOXING)))
                .containsExactlyInAnyOrder(ZHEJIANG, SHAOXING, SHANGYU);
        assertThat(regions(search("year=" + year + "&region=" + LISHUI)))
                .containsExactlyInAnyOrder(ZHEJIANG, LISHUI, LIANDU);
        assertThat(regions(search("year=" + year + "&region=" + ZHEJIANG))).hasSize(5);
        assertThat(search("year=" + year).valueStream().map(hit -> hit.path("committeeName").asString()))
                .doesNotContain("未发布的委员会");
    }

    @Test
    void eachFilterNarrowsTheItems() {
        int year = 2032;
        // an item naming a committee id needs a committee committee-service registered
        CommitteeTopic.register(new Committee(UUID.fromString("6f0f8a52-8d37-4c55-9b0e-3a9f1c2d7e41"), "SX-ENG-SEARCH",
                "绍兴市机电制造工程技术人员中级评审委员会（检索测试）", SHAOXING));
        Map<String, Object> engineering = item("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会",
                "ENGINEER_INTERMEDIATE", "MECHATRONICS");
        engineering.put("recommendedTitles", List.of("ENGINEER_SENIOR"));
        engineering.put("committeeId", "6f0f8a52-8d37-4c55-9b0e-3a9f1c2d7e41");
        Map<String, Object> agriculture = item("绍兴市农业技术人员中级专业技术职务任职资格评审委员会",
                "AGRONOMIST_INTERMEDIATE", "AGRONOMY");
        agriculture.put("applicationDeadline", year + "-07-15");
        publish(year, SHAOXING, List.of(engineering, agriculture));

        assertThat(committees(search("year=" + year + "&series=AGRICULTURE"))).containsExactly("绍兴市农业技术人员中级专业技术职务任职资格评审委员会");
        assertThat(committees(search("year=" + year + "&specialty=MECHATRONICS")))
                .containsExactly("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会");
        assertThat(committees(search("year=" + year + "&level=DEPUTY_SENIOR")))
                .containsExactly("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会");
        assertThat(committees(search("year=" + year + "&level=INTERMEDIATE"))).hasSize(2);
        JsonNode byCommittee = search("year=" + year + "&committee=6f0f8a52-8d37-4c55-9b0e-3a9f1c2d7e41");
        assertThat(committees(byCommittee)).containsExactly("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会");
        assertThat(byCommittee.get(0).path("committeeCode").asString()).isEqualTo("SX-ENG-SEARCH");
        assertThat(byCommittee.get(0).path("committeeSuspended").asBoolean()).isFalse();
        assertThat(committees(search("year=" + year + "&committee=农业"))).hasSize(1);
        // the engineering item closes with its material deadline (8 月 → 08-31), agriculture on its own 07-15
        assertThat(committees(search("year=" + year + "&openOn=" + year + "-08-01")))
                .containsExactly("绍兴市机电制造工程技术人员中级专业技术职务任职资格评审委员会");
        assertThat(committees(search("year=" + year + "&openOn=" + year + "-07-01"))).hasSize(2);
        assertThat(committees(search("year=" + year + "&openOn=" + year + "-09-01"))).isEmpty();
        assertThat(committees(search("year=" + year + "&openOn=2020-01-01"))).as("before publication").isEmpty();
    }

    @Test
    void pagesAreStableAndCoverEveryItemOnce() {
        int year = 2033;
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            items.add(item("委员会 " + i, "ENGINEER_INTERMEDIATE", "MECHATRONICS"));
        }
        publish(year, SHANGYU, items);

        Reply first = api.get("/api/v1/plan-items?year=" + year + "&page=0&size=2", null);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(committees(search("year=" + year + "&page=" + page + "&size=2")));
        }

        assertThat(first.json().path("totalElements").asLong()).isEqualTo(5);
        assertThat(first.json().path("totalPages").asInt()).isEqualTo(3);
        assertThat(paged).containsExactly("委员会 1", "委员会 2", "委员会 3", "委员会 4", "委员会 5");
        assertThat(committees(search("year=" + year + "&page=0&size=2"))).containsExactly("委员会 1", "委员会 2");
    }

    @Test
    void aHitCarriesItsPlanAndItsTimes() {
        int year = 2034;
        publish(year, SHAOXING, List.of(item("绍兴市交通运输工程技术人员中级专业技术职务任职资格评审委员会",
                "ENGINEER_INTERMEDIATE", "TRANSPORT")));

        JsonNode hit = search("year=" + year).get(0);

        assertThat(hit.path("planTitle").asString()).isEqualTo(year + " 年度职称评审计划");
        assertThat(hit.path("category").asString()).isEqualTo("REGULAR");
        assertThat(hit.path("series").get(0).asString()).isEqualTo("ENGINEERING");
        assertThat(hit.path("expectedEvaluationTime").asString()).isEqualTo("11 月");
        assertThat(hit.path("expectedEvaluationFrom").asString()).isEqualTo(year + "-11-01");
        assertThat(hit.path("effectiveDeadline").asString()).isEqualTo(year + "-08-31");
    }

    @Test
    void aClosedPlanLeavesTheSearch() {
        int year = 2035;
        String id = publish(year, SHANGYU, List.of(item("委员会", "ENGINEER_INTERMEDIATE", "MECHATRONICS")));
        assertThat(search("year=" + year)).hasSize(1);

        Reply closed = api.post("/api/v1/plans/" + id + "/close", TestTokens.bearer(TestUsers.hrBureau(SHANGYU)),
                null);

        assertThat(closed.status()).isEqualTo(200);
        assertThat(search("year=" + year)).isEmpty();
    }

    @Test
    void badFiltersAreA400NamingTheFilter() {
        Reply region = api.get("/api/v1/plan-items?region=shaoxing", null);
        Reply level = api.get("/api/v1/plan-items?level=intermediate", null);
        Reply size = api.get("/api/v1/plan-items?size=1000", null);
        Reply date = api.get("/api/v1/plan-items?openOn=13-2024", null);

        assertThat(region.status()).isEqualTo(400);
        assertThat(region.code()).isEqualTo("plan-items.invalid-filter");
        assertThat(region.json().path("detail").asString()).contains("region");
        assertThat(level.status()).isEqualTo(400);
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.code()).isEqualTo("paging.invalid");
        assertThat(date.status()).isEqualTo(400);
    }

    @Test
    void theSearchIsAnonymousAndAlsoAnswersACaller() {
        assertThat(api.get("/api/v1/plan-items", null).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/plan-items", TestTokens.bearer(TestUsers.applicant(SHANGYU, "u", "p"))).status())
                .isEqualTo(200);
    }

    private JsonNode search(String query) {
        Reply reply = api.get("/api/v1/plan-items?" + query, null);
        assertThat(reply.status()).as("%s: %s", query, reply.json()).isEqualTo(200);
        return reply.json().path("content");
    }

    private static List<String> regions(JsonNode hits) {
        return hits.valueStream().map(hit -> hit.path("region").asString()).toList();
    }

    private static List<String> committees(JsonNode hits) {
        return hits.valueStream().map(hit -> hit.path("committeeName").asString()).toList();
    }

    private static Map<String, Object> item(String committee, String title, String specialty) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("committeeName", committee);
        item.put("evaluatedTitles", List.of(title));
        item.put("specialties", List.of(specialty));
        item.put("expectedEvaluationTime", "11 月");
        item.put("materialDeadline", "8 月");
        return item;
    }

    private String create(int year, String region, List<Map<String, Object>> items) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("region", region);
        body.put("category", "REGULAR");
        body.put("title", year + " 年度职称评审计划");
        body.put("items", items);
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(TestUsers.hrBureau(region)), body);
        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private String publish(int year, String region, List<Map<String, Object>> items) {
        String id = create(year, region, items);
        for (String action : List.of("submit", "approve", "publish")) {
            Reply reply = api.post("/api/v1/plans/" + id + "/" + action,
                    TestTokens.bearer(TestUsers.hrBureau(region)), null);
            assertThat(reply.status()).as("%s: %s", action, reply.json()).isEqualTo(200);
        }
        return id;
    }
}
