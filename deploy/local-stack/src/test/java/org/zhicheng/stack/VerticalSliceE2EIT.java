package org.zhicheng.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The vertical slice on the real stack — real Keycloak tokens, real Kafka, real PostgreSQL, every call through the
 * gateway: an office drafts a plan, the HR bureau of its region approves and publishes it (another region's bureau
 * is refused), anonymous callers see only published plans, and notification-service turns the PlanPublished event
 * into a public announcement.
 */
class VerticalSliceE2EIT extends E2ETestBase {

    private static final String SHANGYU = "330604";
    private static final Duration EVENT_WAIT = Duration.ofSeconds(60);

    @Test
    void aPlanDraftedApprovedAndPublishedBecomesAPublicAnnouncement() throws InterruptedException {
        String office = userToken("office.sy");
        String hr = userToken("hr.sy");
        String otherRegionHr = userToken("hr.ld");

        // the catalog is public and seeded from the notices
        Response series = read("/api/v1/catalog/series", null);
        assertThat(series.status()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(series.body(), "$[*].code")).contains("ENGINEERING");

        Response created = write("POST", "/api/v1/plans", office, """
                {"year": 2026, "region": "%s", "category": "REGULAR", "title": "2026年度中、高级职称评审计划",
                 "items": [{"committeeName": "上虞区工程系列中级评审委员会",
                            "evaluatedTitles": ["ENGINEER_INTERMEDIATE"], "recommendedTitles": ["ENGINEER_SENIOR"],
                            "specialties": ["MECHATRONICS"], "acceptanceScope": "全区",
                            "expectedEvaluationTime": "11 月", "materialDeadline": "9 月 30 日前",
                            "applicationDeadline": "2026-09-20", "receivingUnit": "上虞区经信局",
                            "phone": "0575-82100000"}]}
                """.formatted(SHANGYU), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String planId = JsonPath.read(created.body(), "$.id");
        assertThat(JsonPath.<String>read(created.body(), "$.status")).isEqualTo("DRAFT");

        // a draft is invisible to the public
        assertThat(read("/api/v1/plans/" + planId, null).status()).isEqualTo(404);
        assertThat(JsonPath.<List<String>>read(read("/api/v1/plans?region=" + SHANGYU, null).body(), "$.content[*].id"))
                .doesNotContain(planId);

        assertThat(transition(planId, "submit", office).status()).isEqualTo(200);

        Response refused = transition(planId, "approve", otherRegionHr);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("plan.out-of-scope");

        assertThat(transition(planId, "approve", hr).status()).isEqualTo(200);
        Response published = transition(planId, "publish", hr);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(published.body(), "$.status")).isEqualTo("PUBLISHED");

        // anonymous callers now list and read it
        Response listed = read("/api/v1/plans?region=" + SHANGYU, null);
        assertThat(JsonPath.<List<String>>read(listed.body(), "$.content[*].id")).contains(planId);
        Response detail = read("/api/v1/plans/" + planId, null);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(JsonPath.<String>read(detail.body(), "$.items[0].committeeName")).isEqualTo("上虞区工程系列中级评审委员会");

        Response history = read("/api/v1/plans/" + planId + "/history", hr);
        assertThat(JsonPath.<List<String>>read(history.body(), "$[*].to"))
                .containsSubsequence("DRAFT", "SUBMITTED", "APPROVED", "PUBLISHED");

        // PlanPublished → outbox → Kafka → notification-service → public announcement
        String announcements = "/api/v1/announcements?region=" + SHANGYU;
        Instant until = Instant.now().plus(EVENT_WAIT);
        List<String> subjects = List.of();
        while (Instant.now().isBefore(until)) {
            subjects = JsonPath.read(read(announcements, null).body(), "$.content[*].subjectId");
            if (subjects.contains(planId)) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(subjects).as("announcement for plan %s within %s", planId, EVENT_WAIT).containsOnlyOnce(planId);
        String body = read(announcements, null).body();
        List<String> titles = JsonPath.read(body, "$.content[?(@.subjectId == '" + planId + "')].title");
        assertThat(titles).singleElement().asString().contains("2026年度中、高级职称评审计划");
    }

    @Test
    void theGatewayRefusesForgedAndMissingTokens() {
        String real = userToken("hr.sy");
        String[] parts = real.split("\\.");
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";

        Response algNone = read("/api/v1/plans", unsigned);
        assertThat(algNone.status()).isEqualTo(401);
        assertThat(algNone.contentType()).startsWith("application/problem+json");

        Response anonymousWrite = write("POST", "/api/v1/plans", null, "{}", Map.of());
        assertThat(anonymousWrite.status()).isEqualTo(401);

        Response wrongRole = write("POST", "/api/v1/plans", userToken("applicant.sy"), """
                {"year": 2026, "region": "%s", "category": "REGULAR", "title": "x",
                 "items": [{"committeeName": "x", "evaluatedTitles": ["ENGINEER_INTERMEDIATE"],
                            "applicationDeadline": "2026-12-10"}]}
                """.formatted(SHANGYU), Map.of());
        assertThat(wrongRole.status()).isEqualTo(403);
        assertThat(JsonPath.<String>read(wrongRole.body(), "$.code")).isNotBlank();
    }

    private static Response transition(String planId, String action, String token) {
        return write("POST", "/api/v1/plans/" + planId + "/" + action, token, "{}", Map.of());
    }

    private static Response read(String path, String token) {
        return exchange(gateway(path, token).header("Accept-Language", "en").GET());
    }

    private static Response write(String method, String path, String token, String json,
            Map<String, String> headers) {
        HttpRequest.Builder request = gateway(path, token).header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return exchange(request);
    }

    private static Response exchange(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request.build());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private record Response(int status, String contentType, String body) {
    }
}
