package org.zhicheng.education.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.LISHUI;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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

/** The compliance check over the API, on hours recorded through the ledger and the seeded rule sets. */
@ZhichengServiceTest
class ComplianceCheckApiTest {

    static final String QUZHOU = "3308";
    static final String UNIT = "liandu-design-institute";
    static final String IT_SYSTEM = "浙江省工业和信息化领域专业技术人员继续教育学时登记管理系统";
    static final TestUser EMPLOYER = TestUsers.employer(LIANDU, UNIT);
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
    void aLianduApplicantWithExactly90HoursInBothYearsIsCompliantUnderLishuiRules() {
        for (int year = 2023; year <= 2024; year++) {
            record(LIANDU, UNIT, year, "PROFESSIONAL", 72);
            record(LIANDU, UNIT, year, "GENERAL_PUBLIC", 12);
            record(LIANDU, UNIT, year, "INDUSTRY_PUBLIC", 6);
        }
        Reply answer = check(TestUsers.applicant(LIANDU, UNIT, person), lianduCase(2024, 2));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("compliant").asBoolean()).isTrue();
        assertThat(answer.json().path("ruleSet").path("region").asString()).isEqualTo(LISHUI);
        JsonNode first = answer.json().path("findings").get(0);
        assertThat(first.path("rule").asString()).isEqualTo("lishui-yearly-hours");
        assertThat(first.path("notice").asString()).isEqualTo("001-五(一)");
        assertThat(first.path("required").decimalValue()).isEqualByComparingTo("90");
        assertThat(first.path("recorded").decimalValue()).isEqualByComparingTo("90");
    }

    @Test
    void aGapInThePreviousYearIsNamedInTheReasons() {
        record(LIANDU, UNIT, 2024, "PROFESSIONAL", 100);
        record(LIANDU, UNIT, 2024, "GENERAL_PUBLIC", 20);
        Reply answer = check(EMPLOYER, lianduCase(2024, 2));
        assertThat(answer.json().path("compliant").asBoolean()).isFalse();
        for (JsonNode finding : answer.json().path("findings")) {
            assertThat(finding.path("met").asBoolean()).isEqualTo(finding.path("fromYear").asInt() == 2024);
        }
    }

    @Test
    void quzhouCountsPublicHoursOfTheThreeYearsBeforeTheApplication() {
        record(QUZHOU, "quzhou-unit", 2019, "GENERAL_PUBLIC", 30);
        record(QUZHOU, "quzhou-unit", 2021, "INDUSTRY_PUBLIC", 24);
        record(QUZHOU, "quzhou-unit", 2022, "GENERAL_PUBLIC", 20);
        Reply in2022 = check(PLATFORM, caseOf(QUZHOU, "INTERMEDIATE", 2022, 3, "BACHELOR", "EVALUATION"));
        assertThat(in2022.json().path("compliant").asBoolean()).isTrue();
        JsonNode window = in2022.json().path("findings").get(0);
        assertThat(window.path("fromYear").asInt()).isEqualTo(2019);
        assertThat(window.path("toYear").asInt()).isEqualTo(2021);
        assertThat(window.path("recorded").decimalValue()).isEqualByComparingTo("54");

        Reply in2023 = check(PLATFORM, caseOf(QUZHOU, "INTERMEDIATE", 2023, 3, "BACHELOR", "EVALUATION"));
        assertThat(in2023.json().path("compliant").asBoolean()).isFalse();
        assertThat(in2023.json().path("findings").get(0).path("recorded").decimalValue())
                .isEqualByComparingTo("44");
        assertThat(in2023.json().path("findings").get(0).path("required").decimalValue())
                .isEqualByComparingTo("54");
        Reply senior = check(PLATFORM, caseOf(QUZHOU, "DEPUTY_SENIOR", 2022, 5, "MASTER", "EVALUATION"));
        assertThat(senior.json().path("rulesApplied").asBoolean()).isFalse();
        assertThat(senior.json().path("compliant").asBoolean()).isFalse();
    }

    @Test
    void quzhouInitialCertificationOfAMasterNeeds270OverThreeYears() {
        for (int year = 2019; year <= 2021; year++) {
            record(QUZHOU, "quzhou-unit", year, "GENERAL_PUBLIC", 18);
            record(QUZHOU, "quzhou-unit", year, "PROFESSIONAL", 72);
        }
        Reply answer = check(TestUsers.hrBureau(QUZHOU),
                caseOf(QUZHOU, "INTERMEDIATE", 2022, 3, "MASTER", "INITIAL_CERTIFICATION"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("compliant").asBoolean()).isTrue();
        assertThat(answer.json().path("findings").get(0).path("rule").asString())
                .isEqualTo("quzhou-initial-intermediate");
    }

    @Test
    void aRegionWithoutRulesOfItsOwnOrAboveIsNotFound() {
        Reply answer = check(PLATFORM, caseOf(SHAOXING, "INTERMEDIATE", 2023, 2, "BACHELOR", "EVALUATION"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("rule-set.not-found");
    }

    @Test
    void theProvincialItRuleOf003ReachesRegionsWithAndWithoutTheirOwnSets() {
        for (int year = 2022; year <= 2024; year++) {
            record(SHAOXING, "shaoxing-chemicals", year, "PROFESSIONAL", 30, IT_SYSTEM);
        }
        Reply inherited = check(PLATFORM, caseOf(SHAOXING, "DEPUTY_SENIOR", 2024, 5, "BACHELOR", "EVALUATION"));
        assertThat(inherited.status()).isEqualTo(200);
        assertThat(inherited.json().path("ruleSet").path("region").asString()).isEqualTo("33");
        assertThat(inherited.json().path("compliant").asBoolean()).isTrue();
        assertThat(inherited.json().path("findings").size()).isEqualTo(3);
        for (JsonNode finding : inherited.json().path("findings")) {
            assertThat(finding.path("rule").asString()).isEqualTo("it-senior-registered-hours");
            assertThat(finding.path("notice").asString()).isEqualTo("003-继续教育");
        }
        Reply intermediate = check(PLATFORM, caseOf(SHAOXING, "INTERMEDIATE", 2024, 2, "BACHELOR", "EVALUATION"));
        assertThat(intermediate.json().path("rulesApplied").asBoolean()).isFalse();
        assertThat(intermediate.json().path("compliant").asBoolean()).isFalse();

        Reply lishui = check(PLATFORM, caseOf(LIANDU, "DEPUTY_SENIOR", 2024, 5, "BACHELOR", "EVALUATION"));
        assertThat(lishui.json().path("ruleSet").path("region").asString()).isEqualTo(LISHUI);
        assertThat(lishui.json().path("ruleSet").path("validFrom").asInt()).isEqualTo(2024);
        Set<String> rules = new HashSet<>();
        lishui.json().path("findings").forEach(finding -> rules.add(finding.path("rule").asString()));
        assertThat(rules).containsExactlyInAnyOrder("lishui-yearly-hours", "it-senior-registered-hours");
        assertThat(lishui.json().path("compliant").asBoolean()).isFalse();

        Reply quzhou = check(PLATFORM, caseOf(QUZHOU, "FULL_SENIOR", 2024, 5, "DOCTOR", "EVALUATION"));
        assertThat(quzhou.json().path("rulesApplied").asBoolean()).isTrue();
        assertThat(quzhou.json().path("findings").get(0).path("rule").asString())
                .isEqualTo("it-senior-registered-hours");
        // hours belong to the person, wherever they were recorded: the same registered years count in Quzhou
        assertThat(quzhou.json().path("compliant").asBoolean()).isTrue();
    }

    @Test
    void theCheckIsScopedToSelfUnitRegionPlatformAndServices() {
        record(LIANDU, UNIT, 2024, "PROFESSIONAL", 10);
        Map<String, Object> body = lianduCase(2024, 2);
        assertThat(api.post("/api/v1/education/compliance-checks", null, body).status()).isEqualTo(401);
        assertThat(check(TestUsers.serviceAccount("application-service"), body).status()).isEqualTo(200);
        TestUser realmDefaults = TestUsers.serviceAccount("application-service")
                .withRoles("default-roles-zhicheng", "offline_access");
        assertThat(check(realmDefaults, body).status()).isEqualTo(200);
        // named like a service account but without the service role: a realm user, not a service
        TestUser impostor = TestUsers.withRoles("service-account-application-service", "default-roles-zhicheng");
        assertThat(check(impostor, body).status()).isEqualTo(403);
        assertThat(check(TestUsers.hrBureau(LISHUI), body).status()).isEqualTo(200);

        Reply otherApplicant = check(TestUsers.applicant(LIANDU, UNIT, "someone-else"), body);
        assertThat(otherApplicant.status()).isEqualTo(403);
        assertThat(otherApplicant.code()).isEqualTo("compliance.out-of-scope");
        assertThat(check(TestUsers.hrBureau(SHAOXING), body).status()).isEqualTo(403);
        Reply otherUnit = check(TestUsers.employer(LIANDU, "another-unit"), body);
        assertThat(otherUnit.status()).isEqualTo(404);
        assertThat(otherUnit.code()).isEqualTo("person.not-found");
        Reply expert = check(TestUsers.expert(LISHUI, "e-1"), body);
        assertThat(expert.status()).isEqualTo(403);
        assertThat(expert.code()).isEqualTo("compliance.role-required");
    }

    @Test
    void anIncompleteCaseIsRefusedNamingTheField() {
        Map<String, Object> body = lianduCase(2024, 2);
        body.remove("route");
        Reply refused = check(PLATFORM, body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("route");
    }

    private Map<String, Object> lianduCase(int year, int requiredYears) {
        return caseOf(LIANDU, "INTERMEDIATE", year, requiredYears, "BACHELOR", "EVALUATION");
    }

    private Map<String, Object> caseOf(String region, String level, int year, int requiredYears, String education,
            String route) {
        Map<String, Object> body = new HashMap<>();
        body.put("person", person);
        body.put("region", region);
        body.put("level", level);
        body.put("series", "ENGINEERING");
        body.put("applicationYear", year);
        body.put("requiredYears", requiredYears);
        body.put("education", education);
        body.put("route", route);
        return body;
    }

    private Reply check(TestUser user, Map<String, Object> body) {
        return api.post("/api/v1/education/compliance-checks", TestTokens.bearer(user), body);
    }

    private void record(String region, String unit, int year, String category, double hours) {
        record(region, unit, year, category, hours, "registration system");
    }

    private void record(String region, String unit, int year, String category, double hours, String system) {
        Map<String, Object> source = new HashMap<>();
        source.put("system", system);
        Map<String, Object> body = new HashMap<>(Map.of("person", person, "region", region, "unit", unit, "year",
                year, "category", category, "hours", hours, "source", source));
        assertThat(api.post("/api/v1/education/records", TestTokens.bearer(PLATFORM), body).status())
                .isEqualTo(201);
    }
}
