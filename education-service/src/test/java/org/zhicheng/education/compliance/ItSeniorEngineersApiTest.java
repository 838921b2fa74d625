package org.zhicheng.education.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * 003 as data: a region's HR bureau writes the registered-hours rule for senior engineers, and the check counts only
 * hours whose source is the provincial IT system, a reversal counting against the system of the entry it cancels.
 */
@ZhichengServiceTest
class ItSeniorEngineersApiTest {

    /** Zhoushan: a region no other test writes rule sets for. */
    static final String ZHOUSHAN = "3309";
    static final String IT_SYSTEM = "浙江省工业和信息化领域专业技术人员继续教育学时登记管理系统";
    static final TestUser PLATFORM = TestUsers.platform();

    @LocalServerPort
    int port;

    private ServiceApi api;
    private String person;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
        person = "person-" + UUID.randomUUID();
    }

    @Test
    void registeredHoursIn2022To2024AreVerifiedAndAReversalLeavesAGap() {
        Map<String, Object> rule = Map.of("kind", "REGISTERED_HOURS_WINDOW", "code", "it-senior-registered-hours",
                "notice", "003-继续教育",
                "appliesTo", Map.of("route", "EVALUATION", "levels", List.of("DEPUTY_SENIOR", "FULL_SENIOR"),
                        "series", List.of("ENGINEERING")),
                "system", IT_SYSTEM, "years", 3, "minimumPerYear", 0);
        Reply written = api.post("/api/v1/education/rule-sets/" + ZHOUSHAN,
                TestTokens.bearer(TestUsers.hrBureau(ZHOUSHAN)),
                Map.of("validFrom", 2024, "rules", List.of(rule), "reason", "seed notice 003"));
        assertThat(written.status()).isEqualTo(201);

        record(2022, IT_SYSTEM);
        String of2023 = record(2023, IT_SYSTEM);
        record(2024, IT_SYSTEM);
        record(2023, "市继续教育登记系统");

        Reply compliant = check("ENGINEERING");
        assertThat(compliant.status()).isEqualTo(200);
        assertThat(compliant.json().path("compliant").asBoolean()).isTrue();
        assertThat(compliant.json().path("findings").size()).isEqualTo(3);

        assertThat(api.post("/api/v1/education/records/" + of2023 + "/reversal", TestTokens.bearer(PLATFORM),
                Map.of("reason", "certificate withdrawn")).status()).isEqualTo(201);
        Reply gap = check("ENGINEERING");
        assertThat(gap.json().path("compliant").asBoolean()).isFalse();
        JsonNode failed = null;
        for (JsonNode finding : gap.json().path("findings")) {
            if (!finding.path("met").asBoolean()) {
                failed = finding;
            }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.path("fromYear").asInt()).isEqualTo(2023);
        assertThat(failed.path("rule").asString()).isEqualTo("it-senior-registered-hours");
        assertThat(failed.path("notice").asString()).isEqualTo("003-继续教育");

        assertThat(check("HEALTH").json().path("findings").size()).isZero();
    }

    private String record(int year, String system) {
        Map<String, Object> source = new HashMap<>();
        source.put("system", system);
        source.put("certificateNumber", "IT-" + UUID.randomUUID());
        Map<String, Object> body = new HashMap<>(Map.of("person", person, "region", ZHOUSHAN, "unit", "zhoushan-port",
                "year", year, "category", "PROFESSIONAL", "hours", 90, "source", source));
        Reply created = api.post("/api/v1/education/records", TestTokens.bearer(PLATFORM), body);
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private Reply check(String series) {
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        body.put("region", ZHOUSHAN);
        body.put("level", "DEPUTY_SENIOR");
        body.put("series", series);
        body.put("applicationYear", 2024);
        body.put("requiredYears", 5);
        body.put("education", "BACHELOR");
        body.put("route", "EVALUATION");
        return api.post("/api/v1/education/compliance-checks", TestTokens.bearer(PLATFORM), body);
    }
}
