package org.zhicheng.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhicheng.stack.demo.DemoHours;
import org.zhicheng.stack.demo.Outcome;

/**
 * Continuing-education hours on the real stack, through the gateway with the demo users' tokens: the demo loader
 * records the Liandu employer's hours, the applicant reads their own, other scopes are refused, and the compliance
 * check answers with its reasons under Lishui's rule (notice 001). Loading again records nothing.
 */
class EducationE2EIT extends E2ETestBase {

    private static final String CHECK = """
            {"person": "%s", "region": "331102", "level": "INTERMEDIATE", "series": "ENGINEERING",
             "applicationYear": 2024, "requiredYears": 2, "education": "BACHELOR", "route": "EVALUATION"}""";

    @Test
    void employerRecordsApplicantReadsOwnOthersAreRefusedAndTheCheckGivesReasons() {
        List<DemoHours.Result> loaded = LocalStack.loadDemoHours(stack());
        assertThat(loaded).extracting(DemoHours.Result::person).containsExactly("P-LD-0001", "P-LD-0002");
        assertThat(loaded).allSatisfy(r -> {
            assertThat(r.outcome()).as(r.summary()).isEqualTo(Outcome.LOADED);
            assertThat(r.records()).as(r.summary()).isEqualTo(6);
        });

        // the applicant reads their own hours: 90 for each year
        HttpResponse<String> own = get("/api/v1/education/people/P-LD-0001/records", userToken("applicant.ld"));
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(JsonPath.<List<Object>>read(own.body(), "$.records")).hasSize(6);

        // another person, another region's HR bureau and another unit's employer see nothing
        assertThat(get("/api/v1/education/people/P-LD-0002/records", userToken("applicant.ld")).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/education/people/P-LD-0001/records", userToken("hr.sy")).statusCode())
                .isIn(403, 404);
        assertThat(get("/api/v1/education/people/P-LD-0001/records", userToken("employer.sy")).statusCode())
                .isIn(403, 404);
        assertThat(get("/api/v1/education/people/P-LD-0001/records", userToken("hr.ld")).statusCode())
                .isEqualTo(200);
        // an employer may not record for another unit's person
        HttpResponse<String> foreign = postJson("/api/v1/education/records", userToken("employer.sy"), """
                {"person": "P-LD-0001", "region": "331102", "unit": "LD-U001", "year": 2024,
                 "category": "PROFESSIONAL", "hours": 10, "source": {"system": "demo"}}""");
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(403);

        // the applicant's self-check: compliant at exactly 90 hours in both years
        HttpResponse<String> compliant = postJson("/api/v1/education/compliance-checks", userToken("applicant.ld"),
                CHECK.formatted("P-LD-0001"));
        assertThat(compliant.statusCode()).as(compliant.body()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(compliant.body(), "$.compliant")).as(compliant.body()).isTrue();
        assertThat(JsonPath.<List<Boolean>>read(compliant.body(), "$.findings[*].met")).isNotEmpty()
                .containsOnly(true);

        // the platform checks the second person: 2023 is short, and the answer names year, category and rule
        HttpResponse<String> short2023 = postJson("/api/v1/education/compliance-checks", clientToken("platform"),
                CHECK.formatted("P-LD-0002"));
        assertThat(short2023.statusCode()).as(short2023.body()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(short2023.body(), "$.compliant")).as(short2023.body()).isFalse();
        List<Map<String, Object>> unmet = JsonPath.read(short2023.body(), "$.findings[?(@.met == false)]");
        assertThat(unmet).as(short2023.body()).isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f).containsEntry("fromYear", 2023).containsEntry("toYear", 2023);
                    assertThat(f.get("rule")).isNotNull();
                    assertThat(f.get("notice")).isNotNull();
                })
                .extracting(f -> f.get("category")).contains("TOTAL", "PROFESSIONAL");

        // loading again records nothing
        assertThat(LocalStack.loadDemoHours(stack())).allSatisfy(r -> assertThat(r.outcome()).as(r.summary())
                .isEqualTo(Outcome.EXISTING));
    }
}
