package org.zhicheng.education.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.LISHUI;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

/** Reading the seeded rule sets (with inheritance) and writing new versions as an HR bureau. */
@ZhichengServiceTest
class RuleSetApiTest {

    static final TestUser HR_LISHUI = TestUsers.hrBureau(LISHUI);

    @LocalServerPort
    int port;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void aDistrictInheritsItsCitysSeededRules() {
        Reply liandu = api.get("/api/v1/education/rule-sets/" + LIANDU + "?year=2024",
                TestTokens.bearer(TestUsers.applicant(LIANDU, "u", "p")));
        assertThat(liandu.status()).isEqualTo(200);
        assertThat(liandu.json().path("region").asString()).isEqualTo(LISHUI);
        assertThat(liandu.json().path("rules").get(0).path("kind").asString()).isEqualTo("YEARLY_MINIMUM");
        assertThat(liandu.json().path("rules").get(0).path("total").decimalValue()).isEqualByComparingTo("90");
        assertThat(api.get("/api/v1/education/rule-sets/3308?year=2022", TestTokens.bearer(HR_LISHUI)).json()
                .path("rules").size()).isEqualTo(5);
        assertThat(api.get("/api/v1/education/rule-sets/3308?year=2021", TestTokens.bearer(HR_LISHUI)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/education/rule-sets/" + LIANDU + "?year=2024", null).status()).isEqualTo(401);
    }

    @Test
    void theBureauWritesANewVersionAndTheOldOneStaysInTheHistory() {
        Reply first = write(HR_LISHUI, LISHUI, yearly(2030, 100, 60, 20, 12));
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("version").asInt()).isEqualTo(1);
        Reply second = write(HR_LISHUI, LISHUI, yearly(2030, 96, 60, 24, 12));
        assertThat(second.json().path("version").asInt()).isEqualTo(2);

        Reply inForce = api.get("/api/v1/education/rule-sets/" + LIANDU + "?year=2031", TestTokens.bearer(HR_LISHUI));
        assertThat(inForce.json().path("validFrom").asInt()).isEqualTo(2030);
        assertThat(inForce.json().path("version").asInt()).isEqualTo(2);
        assertThat(inForce.json().path("rules").get(0).path("total").decimalValue()).isEqualByComparingTo("96");
        assertThat(api.get("/api/v1/education/rule-sets/" + LISHUI + "?year=2029", TestTokens.bearer(HR_LISHUI))
                .json().path("validFrom").asInt()).isEqualTo(2024);
        assertThat(api.get("/api/v1/education/rule-sets/" + LISHUI + "?year=2023", TestTokens.bearer(HR_LISHUI))
                .json().path("validFrom").asInt()).isEqualTo(2019);

        Reply history = api.get("/api/v1/education/rule-sets/" + LISHUI + "/history", TestTokens.bearer(HR_LISHUI));
        assertThat(history.json().size()).isEqualTo(4);
        assertThat(history.json().get(1).path("reason").asString()).isEqualTo("new notice");
    }

    @Test
    void contradictoryNumbersAreRefusedNamingTheRule() {
        Reply refused = write(HR_LISHUI, LISHUI, yearly(2031, 90, 100, 18, 12));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("rule-set.contradictory");
        assertThat(refused.json().path("rule").asString()).isEqualTo("yearly");
        assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("professional > total");
        assertThat(api.get("/api/v1/education/rule-sets/" + LISHUI + "?year=2031", TestTokens.bearer(HR_LISHUI))
                .json().path("validFrom").asInt()).isNotEqualTo(2031);
    }

    @Test
    void onlyTheBureauOfTheRegionWritesItsRules() {
        assertThat(write(TestUsers.hrBureau(SHAOXING), LISHUI, yearly(2032, 90, 60, 18, 12)).code())
                .isEqualTo("rule-set.out-of-scope");
        Reply employer = write(TestUsers.employer(LIANDU, "u"), LISHUI, yearly(2032, 90, 60, 18, 12));
        assertThat(employer.status()).isEqualTo(403);
        assertThat(employer.code()).isEqualTo("rule-set.role-required");
        assertThat(api.post("/api/v1/education/rule-sets/" + LISHUI, null, yearly(2032, 90, 60, 18, 12)).status())
                .isEqualTo(401);
        assertThat(write(TestUsers.hrBureau(LIANDU), LIANDU, yearly(2032, 90, 60, 18, 12)).status())
                .isEqualTo(201);
    }

    private Reply write(TestUser user, String region, Map<String, Object> body) {
        return api.post("/api/v1/education/rule-sets/" + region, TestTokens.bearer(user), body);
    }

    private static Map<String, Object> yearly(int validFrom, int total, int professional, int publicHours,
            int generalPublic) {
        Map<String, Object> rule = Map.of("kind", "YEARLY_MINIMUM", "code", "yearly", "notice", "001-五(一)",
                "appliesTo", Map.of("route", "EVALUATION"), "total", total, "professional", professional,
                "publicHours", publicHours, "generalPublic", generalPublic, "deemedCompliantBefore", 2019,
                "recentYears", 2);
        return Map.of("validFrom", validFrom, "rules", List.of(rule), "reason", "new notice");
    }
}
