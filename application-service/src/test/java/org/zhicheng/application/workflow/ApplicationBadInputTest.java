package org.zhicheng.application.workflow;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notFound;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.application.support.ApplicationServiceTest;
import org.zhicheng.application.support.Workflows;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

/**
 * What the bad-input list asks: each refusal a problem detail naming the rule, nothing changed — no
 * submission stored, the application still a draft, no event.
 */
@ApplicationServiceTest
class ApplicationBadInputTest {

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    JdbcClient jdbc;

    ServiceApi api;
    String person;
    String unit;
    TestUser applicant;
    TestUser employer;

    @BeforeEach
    void anApplicant() {
        api = new ServiceApi(port);
        person = "P-" + UUID.randomUUID().toString().substring(0, 8);
        unit = "SY-U" + UUID.randomUUID().toString().substring(0, 6);
        applicant = TestUsers.applicant(TestUsers.SHANGYU, unit, person);
        employer = TestUsers.employer(TestUsers.SHANGYU, unit);
        Workflows.catalog();
        Workflows.compliant();
        archive(Workflows.archive("王芳", unit, null));
    }

    @Test
    void afterTheDeadlineTheSubmissionIsRefusedWithTheRuleAndNothingIsStored() {
        UUID item = Workflows.publishPlan(clock.today().minusDays(1), null);
        String id = create(draft(item, "ENGINEER_INTERMEDIATE", "NORMAL", null));

        Reply late = submit(id);

        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("eligibility.deadline-passed");
        assertThat(late.json().path("rule").asString()).isEqualTo("000-三(三)");
        assertThat(late.json().path("errors").findValuesAsString("field")).contains("application-deadline");
        assertThat(late.json().path("detail").asString()).contains(clock.today().minusDays(1).toString());
        unchanged(id);
    }

    @Test
    void anExamOnlyTitleASecondApplicationAndAMissingPledgeAreRefused() {
        UUID item = Workflows.publishPlan(clock.today().plusDays(20), null);
        String exam = create(draft(item, "ACCOUNTANT_INTERMEDIATE", "NORMAL", null));
        Reply examOnly = submit(exam);
        assertThat(examOnly.code()).isEqualTo("eligibility.exam-only");
        assertThat(examOnly.json().path("rule").asString()).isEqualTo("000-二(三)");
        unchanged(exam);

        String first = create(draft(UUID.fromString(Workflows.publishPlan(clock.today().plusDays(20), null)
                .toString()), "ENGINEER_INTERMEDIATE", "NORMAL", null));
        Reply twice = api.post("/api/v1/applications", bearer(applicant), draft(applicationItem(first),
                "ENGINEER_INTERMEDIATE", "NORMAL", null));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.code()).isEqualTo("eligibility.duplicate-application");

        Reply noPledge = api.post("/api/v1/applications/" + first + "/submit", bearer(applicant),
                Map.of("pledge", false));
        assertThat(noPledge.status()).isEqualTo(422);
        assertThat(noPledge.code()).isEqualTo("application.pledge-missing");
        assertThat(noPledge.json().path("rule").asString()).isEqualTo("003-三(一)");
        unchanged(first);
    }

    @Test
    void aSelfScoreOf119IsRefusedAnd120Passes() {
        Map<String, Object> archive = Workflows.archive("王芳", unit, "SY-D001");
        archive(archive);
        UUID item = Workflows.publishPlan(clock.today().plusDays(20), null);
        String id = create(draft(item, "ENGINEER_SENIOR", "QUANTITATIVE", Map.of("selfScore", 119)));

        Reply refused = submit(id);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("eligibility.self-score-too-low");
        assertThat(refused.json().path("rule").asString()).isEqualTo("003-二");
        unchanged(id);

        Reply current = api.get("/api/v1/applications/" + id, bearer(applicant));
        Reply amended = api.put("/api/v1/applications/" + id, bearer(applicant), Map.of("route", "QUANTITATIVE",
                "specialty", "建筑施工", "particulars", Map.of("selfScore", 120)), current.header("ETag"));
        assertThat(amended.status()).as(amended.raw().body()).isEqualTo(200);
        Reply accepted = submit(id);
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
        assertThat(accepted.json().path("department").asString()).isEqualTo("SY-D001");
    }

    @Test
    void everyFailingRuleIsListedAtOnceAndTheDryRunShowsThemBeforeSubmitting() {
        Map<String, Object> archive = Workflows.archive("王芳", unit, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> employment = new HashMap<>((Map<String, Object>) archive.get("employment"));
        employment.put("unitType", "PROVINCIAL_OR_CENTRAL_UNIT");
        employment.put("socialInsuranceUnit", "ZJ-SHENG-999");
        employment.put("archiveRegion", "330102");
        Map<String, Object> changed = new HashMap<>(archive);
        changed.put("employment", employment);
        archive(changed);
        UUID item = Workflows.publishPlan(clock.today().plusDays(20), null);
        String id = create(draft(item, "ENGINEER_INTERMEDIATE", "NORMAL", null));

        Reply dryRun = api.get("/api/v1/applications/" + id + "/eligibility", bearer(applicant));
        assertThat(dryRun.json().path("eligible").asBoolean()).isFalse();
        Reply refused = submit(id);

        assertThat(refused.code()).isEqualTo("eligibility.affiliation-insuring-unit");
        assertThat(refused.json().path("errors").findValuesAsString("code"))
                .containsExactly("eligibility.affiliation-insuring-unit", "eligibility.entrustment-required");
        assertThat(refused.json().path("errors").get(1).path("message").asString()).contains("委托评审函");
        assertThat(dryRun.json().path("findings").findValuesAsString("code"))
                .contains("eligibility.affiliation-insuring-unit", "eligibility.entrustment-required");
        unchanged(id);
    }

    @Test
    void aClosedPlanAndAnUnknownItemTakeNoApplication() {
        UUID item = Workflows.publishPlan(clock.today().plusDays(20), null);
        String id = create(draft(item, "ENGINEER_INTERMEDIATE", "NORMAL", null));
        UUID plan = jdbc.sql("SELECT plan_id FROM plan_item WHERE item_id = ?").param(item).query(UUID.class)
                .single();
        Workflows.deliver(Workflows.PLAN_TOPIC, "plan-service", "PlanClosed", plan.toString(),
                Workflows.envelopeData("planId", plan.toString(), "year", 2026, "region", "330604", "closedAt",
                        clock.instant().toString()));

        Reply closed = submit(id);
        assertThat(closed.code()).isEqualTo("eligibility.item-closed");
        unchanged(id);

        UUID unknown = UUID.randomUUID();
        Workflows.wiremock().stubFor(get(urlEqualTo("/api/v1/plan-items/" + unknown)).willReturn(notFound()
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":404,\"code\":\"plan-item.not-found\"}")));
        Reply missing = api.post("/api/v1/applications", bearer(applicant), draft(unknown, "ENGINEER_INTERMEDIATE",
                "NORMAL", null));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("plan-item.not-found");
    }

    @Test
    void aStepInTheWrongStateOrAfterTheStagedDeadlineIsRefused() {
        LocalDate today = clock.today();
        UUID item = Workflows.publishPlan(today.plusDays(20), today.minusDays(1));
        String id = create(draft(item, "ENGINEER_INTERMEDIATE", "NORMAL", null));
        assertThat(submit(id).status()).isEqualTo(200);

        Reply early = api.post("/api/v1/applications/" + id + "/unit-recommendation", bearer(employer), Map.of());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("application.wrong-state");

        UUID publicity = UUID.randomUUID();
        Workflows.publicityOpens(id, publicity, today.plusDays(9));
        api.post("/api/v1/applications/" + id + "/unit-approval", bearer(employer), Map.of());
        Workflows.deliver(Workflows.NOTIFICATION_TOPIC, "notification-service", "PublicityClosed",
                publicity.toString(), Workflows.envelopeData("publicityId", publicity.toString(), "kind", "UNIT",
                        "outcome", "NO_OBJECTIONS", "upheldApplicationIds", List.of(), "closedAt",
                        clock.instant().toString()));
        Reply late = api.post("/api/v1/applications/" + id + "/unit-recommendation", bearer(employer), Map.of());
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.code()).isEqualTo("application.stage-deadline-passed");
        assertThat(late.json().path("rule").asString()).isEqualTo("003-四(二)");
        assertThat(api.get("/api/v1/applications/" + id, bearer(employer)).json().path("state").asString())
                .isEqualTo("UNIT_RECOMMENDATION");
    }

    @Test
    void notificationServiceDownLeavesTheApplicationWhereItWas() {
        UUID item = Workflows.publishPlan(clock.today().plusDays(20), null);
        String id = create(draft(item, "ENGINEER_INTERMEDIATE", "NORMAL", null));
        submit(id);
        Workflows.wiremock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                urlEqualTo("/api/v1/publicities")).withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
                        .matchingJsonPath("$.subject.id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(id)))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable()));

        Reply down = api.post("/api/v1/applications/" + id + "/unit-approval", bearer(employer), Map.of());

        assertThat(down.status()).isEqualTo(503);
        assertThat(down.code()).isEqualTo("unavailable");
        assertThat(api.get("/api/v1/applications/" + id, bearer(employer)).json().path("state").asString())
                .isEqualTo("UNIT_REVIEW");
    }

    private UUID applicationItem(String id) {
        return UUID.fromString(api.get("/api/v1/applications/" + id, bearer(applicant)).json().path("planItemId")
                .asString());
    }

    private void unchanged(String id) {
        assertThat(api.get("/api/v1/applications/" + id, bearer(applicant)).json().path("state").asString())
                .isEqualTo("DRAFT");
        assertThat(jdbc.sql("SELECT count(*) FROM application_submission WHERE application_id = ?")
                .param(UUID.fromString(id)).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key = ?").param(id).query(Long.class)
                .single()).isZero();
    }

    private void archive(Map<String, Object> body) {
        Reply current = api.get("/api/v1/archives/me", bearer(applicant));
        Reply written = api.put("/api/v1/archives/me", bearer(applicant), body, current.header("ETag"));
        assertThat(written.status()).as(written.raw().body()).isEqualTo(200);
    }

    private String create(Map<String, Object> body) {
        Reply created = api.post("/api/v1/applications", bearer(applicant), body);
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private Reply submit(String id) {
        return api.post("/api/v1/applications/" + id + "/submit", bearer(applicant), Map.of("pledge", true));
    }

    static Map<String, Object> draft(UUID item, String title, String route, Map<String, Object> particulars) {
        Map<String, Object> body = new HashMap<>();
        body.put("planItemId", item.toString());
        body.put("title", title);
        body.put("route", route);
        body.put("specialty", "建筑施工");
        if (particulars != null) {
            body.put("particulars", particulars);
        }
        return body;
    }

    static String bearer(TestUser user) {
        return TestTokens.bearer(user);
    }
}
