package org.zhicheng.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

/**
 * Fresh committees, experts and pools for API tests, made through the API itself. Codes and ids are unique per call,
 * since test classes share one application context (and database) and one Kafka broker.
 */
public final class CommitteeFixtures {

    public static final TestUser ADMIN = TestUsers.admin();
    public static final TestUser HR_SHANGYU = TestUsers.hrBureau(TestUsers.SHANGYU);
    public static final TestUser HR_LIANDU = TestUsers.hrBureau(TestUsers.LIANDU);
    public static final TestUser HR_SHAOXING = TestUsers.hrBureau(TestUsers.SHAOXING);

    private final ServiceApi api;

    public CommitteeFixtures(int port) {
        this.api = new ServiceApi(port);
    }

    public ServiceApi api() {
        return api;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A registration body of an intermediate engineering committee named after its code. */
    public static Map<String, Object> committeeBody(String code, String territory) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "工程系列中级评委会 " + code);
        body.put("level", "INTERMEDIATE");
        body.put("kind", "REGULAR");
        body.put("series", "ENGINEERING");
        body.put("specialties", List.of("机电制造", "信息技术"));
        body.put("evaluatedTitles", List.of("ENGINEER"));
        body.put("recommendedTitles", List.of("SENIOR_ENGINEER"));
        body.put("territory", territory);
        body.put("organisingUnit", "人力社保局");
        body.put("officeUnit", "职称办");
        return body;
    }

    /** Registers a committee (by the admin) and answers its code. */
    public String committee(String prefix, String territory) {
        String code = unique(prefix);
        Reply created = api.post("/api/v1/committees", TestTokens.bearer(ADMIN), committeeBody(code, territory));
        assertThat(created.status()).as(created.json() == null ? "" : created.json().toString()).isEqualTo(201);
        return code;
    }

    public static Map<String, Object> expertBody(String id, String region, String unit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "专家 " + id);
        body.put("title", "高级工程师");
        body.put("titleLevel", "DEPUTY_SENIOR");
        body.put("series", "ENGINEERING");
        body.put("specialty", "机电制造");
        body.put("unit", unit);
        body.put("region", region);
        body.put("phone", "0575-82000000");
        body.put("email", id.toLowerCase() + "@example.org");
        return body;
    }

    /** Creates an expert of the region (by the region's HR bureau) and answers the id. */
    public String expert(String prefix, String region, String unit) {
        String id = unique(prefix);
        Reply created = api.post("/api/v1/experts", TestTokens.bearer(TestUsers.hrBureau(region)),
                expertBody(id, region, unit));
        assertThat(created.status()).as(created.json() == null ? "" : created.json().toString()).isEqualTo(201);
        return id;
    }

    public static TestUser office(String region, String code) {
        return TestUsers.committeeOffice(region, code);
    }

    public static Map<String, Object> add(String expert, LocalDate start, LocalDate end) {
        return Map.of("expert", expert, "termStart", start.toString(), "termEnd", end.toString());
    }

    public static Map<String, Object> changes(List<Map<String, Object>> add, List<Map<String, Object>> remove) {
        return Map.of("add", add, "remove", remove, "reason", "专家库调整");
    }

    /** Files a request by the committee's office and answers its id. */
    public String fileRequest(String code, String region, Map<String, Object> changes) {
        Reply filed = api.post("/api/v1/committees/" + code + "/pool-requests", TestTokens.bearer(office(region, code)),
                changes);
        assertThat(filed.status()).as(filed.json() == null ? "" : filed.json().toString()).isEqualTo(201);
        return filed.json().path("id").asString();
    }

    public Reply approve(String code, String requestId, TestUser hr) {
        return api.post("/api/v1/committees/" + code + "/pool-requests/" + requestId + "/approval",
                TestTokens.bearer(hr), Map.of("reason", "同意备案"));
    }

    /** Puts the experts in the committee's pool for three years from today: a request and its approval. */
    public void inPool(String code, String region, TestUser hr, String... experts) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        List<Map<String, Object>> additions = java.util.Arrays.stream(experts)
                .map(expert -> add(expert, today, today.plusYears(3).minusDays(1))).toList();
        String request = fileRequest(code, region, changes(additions, List.of()));
        Reply approved = approve(code, request, hr);
        assertThat(approved.status()).as(approved.json().toString()).isEqualTo(200);
    }
}
