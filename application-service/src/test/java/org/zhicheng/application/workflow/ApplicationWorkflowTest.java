package org.zhicheng.application.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.application.support.ApplicationServiceTest;
import org.zhicheng.application.support.Workflows;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.EventTopic;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

import tools.jackson.databind.JsonNode;

/**
 * An application the whole way: draft, dry run, submission with the pledge, the unit's review and publicity, its
 * recommendation, the office's acceptance and qualification review, the pre-evaluation publicity, the committee's
 * meeting and vote (as committee-service's events), the result publicity, the HR bureau's publication and the
 * certificate, verified anonymously. Every event it emits matches the AsyncAPI contract.
 */
@ApplicationServiceTest
class ApplicationWorkflowTest {

    static final EventTopic EVENTS = new EventTopic("zhicheng.application.events");

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    ServiceApi api;
    String person;
    String unit;
    TestUser applicant;
    TestUser employer;
    TestUser office = TestUsers.committeeOffice(TestUsers.SHANGYU, Workflows.COMMITTEE);
    TestUser hr = TestUsers.hrBureau(TestUsers.SHANGYU);

    @BeforeEach
    void anApplicantOfShangyu() {
        api = new ServiceApi(port);
        person = "P-" + UUID.randomUUID().toString().substring(0, 8);
        unit = "SY-U" + UUID.randomUUID().toString().substring(0, 6);
        applicant = TestUsers.applicant(TestUsers.SHANGYU, unit, person);
        employer = TestUsers.employer(TestUsers.SHANGYU, unit);
        Workflows.catalog();
        Workflows.compliant();
        Reply archive = api.put("/api/v1/archives/me", bearer(applicant), Workflows.archive("陈明", unit, null), null);
        assertThat(archive.status()).as(archive.raw().body()).isEqualTo(200);
    }

    @Test
    void fromDraftToAVerifiedCertificate() {
        LocalDate today = clock.today();
        UUID item = Workflows.publishPlan(today.plusDays(30), today.plusDays(60));

        Reply dryRun = api.post("/api/v1/applications/eligibility-checks", bearer(applicant), draft(item));
        assertThat(dryRun.json().path("eligible").asBoolean()).as(dryRun.raw().body()).isTrue();
        assertThat(dryRun.json().path("findings").findValuesAsString("notice")).contains("000-三(三)", "002-二(一)");

        Reply created = api.post("/api/v1/applications", bearer(applicant), draft(item));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        assertThat(created.json().path("state").asString()).isEqualTo("DRAFT");
        assertThat(created.json().path("nextDeadline").asString()).isEqualTo(today.plusDays(30).toString());

        Reply submitted = api.post(path(id, "submit"), bearer(applicant), Map.of("pledge", true));
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(200);
        assertThat(submitted.json().path("state").asString()).isEqualTo("UNIT_REVIEW");
        assertThat(submitted.json().path("desk").asString()).isEqualTo("UNIT");
        assertThat(submitted.json().path("holder").asString()).isEqualTo(unit);
        assertThat(submitted.json().path("compliance").asString()).isEqualTo("COMPLIANT");
        contract(id, "ApplicationSubmitted");

        UUID unitPublicity = UUID.randomUUID();
        Workflows.publicityOpens(id, unitPublicity, today.plusDays(9));
        Reply approved = api.post(path(id, "unit-approval"), bearer(employer), Map.of("reason", "审核通过"));
        assertThat(approved.status()).as(approved.raw().body()).isEqualTo(200);
        assertThat(approved.json().path("state").asString()).isEqualTo("UNIT_PUBLICITY");
        assertThat(approved.json().path("nextDeadline").asString()).isEqualTo(today.plusDays(9).toString());
        closed(unitPublicity, "UNIT", List.of());
        assertThat(state(id, employer)).isEqualTo("UNIT_RECOMMENDATION");

        Reply recommended = api.post(path(id, "unit-recommendation"), bearer(employer), Map.of());
        assertThat(recommended.json().path("state").asString()).as(recommended.raw().body()).isEqualTo("ACCEPTANCE");
        assertThat(api.post(path(id, "acceptance"), bearer(office), Map.of()).json().path("state").asString())
                .isEqualTo("QUALIFICATION_REVIEW");
        contract(id, "ApplicationAccepted");
        assertThat(api.post(path(id, "qualification"), bearer(office), Map.of()).json().path("state").asString())
                .isEqualTo("QUALIFIED");

        UUID prePublicity = UUID.randomUUID();
        Workflows.wiremock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/v1/publicities"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath(
                        "$.entries[0].applicationId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(id)))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.kind",
                        com.github.tomakehurst.wiremock.client.WireMock.equalTo("PRE_EVALUATION")))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"id\":\"" + prePublicity
                        + "\",\"period\":{\"endsOn\":\"" + today.plusDays(20) + "\"}}")));
        Reply pre = api.post("/api/v1/applications/pre-evaluation-publicities", bearer(office), Map.of(
                "committee", Workflows.COMMITTEE, "applicationIds", List.of(id)));
        assertThat(pre.status()).as(pre.raw().body()).isEqualTo(200);
        assertThat(state(id, office)).isEqualTo("PRE_EVALUATION_PUBLICITY");
        closed(prePublicity, "PRE_EVALUATION", List.of());
        assertThat(state(id, office)).isEqualTo("READY_FOR_EVALUATION");
        contract(id, "ApplicationScheduled");

        UUID meeting = UUID.randomUUID();
        Workflows.deliver(Workflows.COMMITTEE_TOPIC, "committee-service", "MeetingFiled", Workflows.COMMITTEE,
                Workflows.envelopeData("meetingId", meeting.toString(), "committee", Workflows.COMMITTEE,
                        "applicationIds", List.of(id)));
        Reply scheduled = api.get("/api/v1/applications/" + id, bearer(office));
        assertThat(scheduled.json().path("state").asString()).isEqualTo("SCHEDULED");
        assertThat(scheduled.json().path("meetingId").asString()).isEqualTo(meeting.toString());
        Workflows.deliver(Workflows.COMMITTEE_TOPIC, "committee-service", "MeetingResultsRecorded",
                Workflows.COMMITTEE, Workflows.envelopeData("meetingId", meeting.toString(), "committee",
                        Workflows.COMMITTEE, "outcomes", List.of(Map.of("applicationId", id, "agree", 5, "disagree",
                                1, "abstain", 1, "attending", 7, "outcome", "PASSED"))));
        assertThat(state(id, office)).isEqualTo("PASSED");

        UUID resultPublicity = UUID.randomUUID();
        Workflows.publicityOpens(meeting.toString(), resultPublicity, today.plusDays(30));
        Reply results = api.post("/api/v1/applications/result-publicities", bearer(office),
                Map.of("meetingId", meeting.toString()));
        assertThat(results.status()).as(results.raw().body()).isEqualTo(200);
        closed(resultPublicity, "RESULT", List.of());
        assertThat(state(id, office)).isEqualTo("RESULT_CONFIRMED");

        Reply requested = api.post("/api/v1/publications", bearer(office), Map.of("meetingId", meeting.toString()));
        assertThat(requested.status()).as(requested.raw().body()).isEqualTo(201);
        String publication = requested.json().path("id").asString();
        assertThat(state(id, hr)).isEqualTo("PUBLICATION_REQUESTED");
        assertThat(api.post("/api/v1/publications/" + publication + "/publish", bearer(office), Map.of()).status())
                .isEqualTo(403);
        Reply published = api.post("/api/v1/publications/" + publication + "/publish", bearer(hr),
                Map.of("approvalReference", "虞人社职〔2026〕9号"));
        assertThat(published.status()).as(published.raw().body()).isEqualTo(200);
        assertThat(published.json().path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(state(id, applicant)).isEqualTo("CERTIFIED");
        contract(publication, "ResultPublished");
        JsonNode issued = contract(id, "CertificateIssued");
        String number = issued.path("data").path("certificateNumber").asString();
        assertThat(number).matches("330604-" + today.getYear() + "-\\d{6}");

        Reply verified = api.get("/api/v1/certificates/verification?number=" + number + "&name=陈明", null);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("title").asString()).isEqualTo("工程师");
        assertThat(verified.json().path("issuingBody").asString()).isEqualTo("绍兴市上虞区人力资源和社会保障局");
        assertThat(verified.json().path("status").asString()).isEqualTo("VALID");
        assertThat(verified.raw().body()).doesNotContain(person).doesNotContain("13800000001");
        assertThat(api.get("/api/v1/certificates/verification?number=" + number + "&name=陈亮", null).status())
                .isEqualTo(404);

        List<String> actions = api.get(path(id, "history"), bearer(applicant)).json().findValuesAsString("action");
        assertThat(actions).containsExactly("CREATE", "SUBMIT", "UNIT_APPROVE", "UNIT_PUBLICITY_CLOSED",
                "UNIT_RECOMMEND", "ACCEPT", "QUALIFY", "PRE_EVALUATION_PUBLICITY_OPENED",
                "PRE_EVALUATION_PUBLICITY_CLOSED", "MEETING_FILED", "EVALUATED", "RESULT_PUBLICITY_OPENED",
                "RESULT_PUBLICITY_CLOSED", "REQUEST_PUBLICATION", "PUBLISH", "CERTIFY");
    }

    @Test
    void aSendBackIsAmendedAndResubmittedToTheDeskThatSentItKeepingTheFirstSubmission() {
        UUID item = Workflows.publishPlan(clock.today().plusDays(30), null);
        String id = submitted(item);

        Reply noReason = api.post(path(id, "return"), bearer(employer), Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        Reply returned = api.post(path(id, "return"), bearer(employer), Map.of("reason", "请补充项目验收材料"));
        assertThat(returned.json().path("state").asString()).as(returned.raw().body()).isEqualTo("RETURNED");
        assertThat(returned.json().path("desk").asString()).isEqualTo("APPLICANT");
        contract(id, "ApplicationReturned");

        assertThat(api.post(path(id, "unit-approval"), bearer(employer), Map.of()).code())
                .isEqualTo("application.not-your-desk");
        Reply resubmitted = api.post(path(id, "submit"), bearer(applicant), Map.of("pledge", true));
        assertThat(resubmitted.json().path("state").asString()).isEqualTo("UNIT_REVIEW");
        assertThat(resubmitted.json().path("submission").asInt()).isEqualTo(2);

        JsonNode submissions = api.get(path(id, "submissions"), bearer(employer)).json();
        assertThat(submissions).hasSize(2);
        assertThat(submissions.get(0).path("pledge").asString()).contains("真实");
        List<String> history = api.get(path(id, "history"), bearer(employer)).json().findValuesAsString("action");
        assertThat(history).containsExactly("CREATE", "SUBMIT", "RETURN", "RESUBMIT");
    }

    @Test
    void anUpheldObjectionSendsItBackToTheUnitAndAVetoBansTheApplicant() {
        LocalDate today = clock.today();
        UUID item = Workflows.publishPlan(today.plusDays(30), null);
        String id = submitted(item);
        UUID publicity = UUID.randomUUID();
        Workflows.publicityOpens(id, publicity, today.plusDays(9));
        api.post(path(id, "unit-approval"), bearer(employer), Map.of());
        UUID objection = UUID.randomUUID();
        Workflows.deliver(Workflows.NOTIFICATION_TOPIC, "notification-service", "ObjectionRaised",
                publicity.toString(), Workflows.envelopeData("objectionId", objection.toString(), "trackingNumber",
                        "YY2026-000777", "publicityId", publicity.toString(), "publicityKind", "UNIT",
                        "applicationId", id, "kind", "COMPLAINT", "raisedAt", clock.instant().toString()));
        Workflows.deliver(Workflows.NOTIFICATION_TOPIC, "notification-service", "ObjectionResolved",
                publicity.toString(), Workflows.envelopeData("objectionId", objection.toString(), "trackingNumber",
                        "YY2026-000777", "publicityId", publicity.toString(), "publicityKind", "UNIT",
                        "applicationId", id, "kind", "COMPLAINT", "outcome", "UPHELD", "answeredBy", "employer",
                        "answeredAt", clock.instant().toString()));

        assertThat(state(id, employer)).isEqualTo("UNIT_REVIEW");
        JsonNode records = api.get("/api/v1/integrity/persons/" + person, bearer(hr)).json();
        assertThat(records.findValuesAsString("kind")).containsExactly("COMPLAINT");
        assertThat(records.findValuesAsString("outcome")).containsExactly("UPHELD");

        Reply vetoed = api.post(path(id, "veto"), bearer(employer), Map.of("reason", "项目业绩系伪造"));
        assertThat(vetoed.json().path("state").asString()).as(vetoed.raw().body()).isEqualTo("VETOED");
        assertThat(api.get("/api/v1/integrity/me", bearer(applicant)).json().findValuesAsString("kind"))
                .contains("FRAUD_VETO");

        UUID next = Workflows.publishPlan(today.plusDays(40), null);
        Reply again = api.post("/api/v1/applications", bearer(applicant), draft(next));
        String second = again.json().path("id").asString();
        Reply refused = api.post(path(second, "submit"), bearer(applicant), Map.of("pledge", true));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("eligibility.integrity-ban");
        assertThat(refused.json().path("rule").asString()).isEqualTo("002-三(一)");
        assertThat(state(second, applicant)).isEqualTo("DRAFT");
    }

    @Test
    void whenEducationServiceIsDownTheApplicationIsSubmittedPendingAndTheReviewWaitsForTheAnswer() {
        Workflows.educationDownFor(person);
        UUID item = Workflows.publishPlan(clock.today().plusDays(30), null);
        Reply created = api.post("/api/v1/applications", bearer(applicant), draft(item));
        String id = created.json().path("id").asString();

        Reply submitted = api.post(path(id, "submit"), bearer(applicant), Map.of("pledge", true));
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(200);
        assertThat(submitted.json().path("compliance").asString()).isEqualTo("PENDING");
        String applicationId = id;
        move(applicationId);
        Reply waits = api.post(path(id, "qualification"), bearer(office), Map.of());
        assertThat(waits.status()).isEqualTo(409);
        assertThat(waits.code()).isEqualTo("application.compliance-pending");

        Workflows.educationBackFor(person);
        clock.moveTo(clock.instant().plusSeconds(3600));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/v1/applications/" + applicationId, bearer(office)).json()
                        .path("compliance").asString()).isEqualTo("COMPLIANT"));
        assertThat(api.post(path(id, "qualification"), bearer(office), Map.of()).json().path("state").asString())
                .isEqualTo("QUALIFIED");
    }

    /** Unit approval, its publicity closed, recommendation and acceptance: the application reaches the review. */
    private void move(String id) {
        UUID publicity = UUID.randomUUID();
        Workflows.publicityOpens(id, publicity, clock.today().plusDays(9));
        assertThat(api.post(path(id, "unit-approval"), bearer(employer), Map.of()).status()).isEqualTo(200);
        closed(publicity, "UNIT", List.of());
        assertThat(api.post(path(id, "unit-recommendation"), bearer(employer), Map.of()).status()).isEqualTo(200);
        assertThat(api.post(path(id, "acceptance"), bearer(office), Map.of()).status()).isEqualTo(200);
    }

    private String submitted(UUID item) {
        Reply created = api.post("/api/v1/applications", bearer(applicant), draft(item));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        Reply submitted = api.post(path(id, "submit"), bearer(applicant), Map.of("pledge", true));
        assertThat(submitted.status()).as(submitted.raw().body()).isEqualTo(200);
        return id;
    }

    private void closed(UUID publicity, String kind, List<String> upheld) {
        Workflows.deliver(Workflows.NOTIFICATION_TOPIC, "notification-service", "PublicityClosed",
                publicity.toString(), Workflows.envelopeData("publicityId", publicity.toString(), "kind", kind,
                        "outcome", upheld.isEmpty() ? "NO_OBJECTIONS" : "OBJECTIONS_UPHELD",
                        "upheldApplicationIds", upheld, "closedAt", clock.instant().toString()));
    }

    private String state(String id, TestUser user) {
        Reply read = api.get("/api/v1/applications/" + id, bearer(user));
        assertThat(read.status()).as(read.raw().body()).isEqualTo(200);
        return read.json().path("state").asString();
    }

    private static JsonNode contract(String key, String type) {
        String envelope = EVENTS.awaitKeyed(key, type).value();
        AsyncApiContract.assertMatches(AsyncApiContract.repositoryContract(), type, envelope);
        return ServiceApi.JSON.readTree(envelope);
    }

    static Map<String, Object> draft(UUID item) {
        return Map.of("planItemId", item.toString(), "title", "ENGINEER_INTERMEDIATE", "route", "NORMAL",
                "specialty", "建筑施工");
    }

    static String path(String id, String step) {
        return "/api/v1/applications/" + id + "/" + step;
    }

    static String bearer(TestUser user) {
        return TestTokens.bearer(user);
    }
}
