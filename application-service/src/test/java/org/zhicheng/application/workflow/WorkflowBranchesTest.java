package org.zhicheng.application.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.application.support.ApplicationServiceTest;
import org.zhicheng.application.support.Drive;
import org.zhicheng.application.support.Workflows;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.EventTopic;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

/**
 * The workflow's other branches: the competent department's recommendation, a publication sent back, a veto after
 * certification revoking the certificate, a meeting that did not vote, a failure, a withdrawal, an upheld objection
 * against the result, and the public institution suspended for not appointing its passed applicant within a year.
 */
@ApplicationServiceTest
class WorkflowBranchesTest {

    static final EventTopic EVENTS = new EventTopic("zhicheng.application.events");

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Test
    void aSeniorTitleGoesThroughTheCompetentDepartmentOnlyItsOwn() {
        Map<String, Object> archive = senior(Workflows.archive("赵敏", "SY-U" + uuid(), "SY-D001"));
        Drive drive = new Drive(port, clock, "赵敏", archive);
        String id = drive.submitted("ENGINEER_SENIOR", "NORMAL");
        TestUser department = TestUsers.department(TestUsers.SHANGYU, "SY-D001");
        assertThat(drive.api.get("/api/v1/applications/" + id, Drive.bearer(department)).status()).isEqualTo(404);

        drive.recommendedByUnit(id);
        assertThat(drive.state(id)).isEqualTo("DEPARTMENT_REVIEW");
        assertThat(drive.api.get("/api/v1/applications/" + id, Drive.bearer(department)).status()).isEqualTo(200);
        assertThat(drive.api.get("/api/v1/applications/" + id, Drive.bearer(TestUsers.department(TestUsers.SHANGYU,
                "SY-D002"))).status()).isEqualTo(404);
        assertThat(drive.api.get("/api/v1/applications/" + id, Drive.bearer(TestUsers.department(TestUsers.LIANDU,
                "LD-D001"))).status()).isEqualTo(404);
        assertThat(drive.api.get("/api/v1/applications?holding=true", Drive.bearer(department)).json()
                .path("content").findValuesAsString("id")).contains(id);
        assertThat(drive.api.get("/api/v1/applications/queue-counts", Drive.bearer(department)).json()
                .path("holding").asLong()).isPositive();

        Reply recommended = drive.api.post(Drive.path(id, "department-recommendation"), Drive.bearer(department),
                Map.of("reason", "同意推荐"));
        assertThat(recommended.json().path("state").asString()).as(recommended.raw().body()).isEqualTo("ACCEPTANCE");
        assertThat(recommended.json().path("desk").asString()).isEqualTo("OFFICE");
    }

    @Test
    void aReturnedPublicationIsRequestedAgainAndAVetoAfterCertificationRevokesTheCertificate() {
        Drive drive = new Drive(port, clock, "孙丽", null);
        String id = drive.submitted("ENGINEER_INTERMEDIATE", "NORMAL");
        drive.recommendedByUnit(id);
        drive.readyForEvaluation(id);
        UUID meeting = drive.evaluated(id, "PASSED");
        String publication = drive.publicationRequested(meeting);

        Reply returned = drive.api.post("/api/v1/publications/" + publication + "/return", Drive.bearer(drive.hr),
                Map.of("reason", "备案表缺少评委会组建单位公章"));
        assertThat(returned.json().path("status").asString()).as(returned.raw().body()).isEqualTo("RETURNED");
        assertThat(drive.state(id)).isEqualTo("RESULT_CONFIRMED");
        Reply again = drive.api.post("/api/v1/publications", Drive.bearer(drive.office), Map.of("applicationIds",
                List.of(id)));
        assertThat(again.status()).as(again.raw().body()).isEqualTo(201);
        Reply published = drive.api.post("/api/v1/publications/" + again.json().path("id").asString() + "/publish",
                Drive.bearer(drive.hr), Map.of("issuingBody", "绍兴市上虞区人力资源和社会保障局"));
        assertThat(published.status()).isEqualTo(200);
        String number = drive.api.get(Drive.path(id, "certificate"), Drive.bearer(drive.applicant)).json()
                .path("certificateNumber").asString();

        Reply vetoed = drive.api.post(Drive.path(id, "veto"), Drive.bearer(drive.hr), Map.of("reason",
                "论文系抄袭，经查证属实"));
        assertThat(vetoed.json().path("state").asString()).as(vetoed.raw().body()).isEqualTo("VETOED");
        Reply verified = drive.api.get("/api/v1/certificates/verification?number=" + number + "&name=孙丽", null);
        assertThat(verified.json().path("status").asString()).isEqualTo("REVOKED");
        assertThat(verified.json().path("revokedAt").asString()).isNotBlank();
        String revoked = EVENTS.awaitKeyed(id, "CertificateRevoked").value();
        AsyncApiContract.assertMatches(AsyncApiContract.repositoryContract(), "CertificateRevoked", revoked);
        AsyncApiContract.assertMatches(AsyncApiContract.repositoryContract(), "ApplicationRejected",
                EVENTS.awaitKeyed(id, "ApplicationRejected").value());
    }

    @Test
    void aMeetingThatDidNotVoteSchedulesItAgainAFailureEndsIt() {
        Drive drive = new Drive(port, clock, "周杰", null);
        String id = drive.submitted("ENGINEER_INTERMEDIATE", "NORMAL");
        drive.recommendedByUnit(id);
        drive.readyForEvaluation(id);

        drive.evaluated(id, "NOT_VOTED");
        assertThat(drive.state(id)).isEqualTo("READY_FOR_EVALUATION");
        drive.evaluated(id, "FAILED");
        assertThat(drive.state(id)).isEqualTo("FAILED");
        Reply withdraw = drive.api.post(Drive.path(id, "withdraw"), Drive.bearer(drive.applicant), Map.of());
        assertThat(withdraw.status()).isEqualTo(409);
        assertThat(drive.api.get(Drive.path(id, "history"), Drive.bearer(drive.applicant)).json()
                .findValuesAsString("action")).containsSubsequence("PRE_EVALUATION_PUBLICITY_CLOSED", "MEETING_FILED",
                        "NOT_VOTED", "MEETING_FILED", "EVALUATED");
    }

    @Test
    void theApplicantWithdrawsBeforeEvaluation() {
        Drive drive = new Drive(port, clock, "吴刚", null);
        String id = drive.submitted("ENGINEER_INTERMEDIATE", "NORMAL");

        Reply withdrawn = drive.api.post(Drive.path(id, "withdraw"), Drive.bearer(drive.applicant),
                Map.of("reason", "改为明年申报"));

        assertThat(withdrawn.json().path("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().path("desk").asString()).isEqualTo("NONE");
        AsyncApiContract.assertMatches(AsyncApiContract.repositoryContract(), "ApplicationWithdrawn",
                EVENTS.awaitKeyed(id, "ApplicationWithdrawn").value());
        assertThat(drive.api.post(Drive.path(id, "withdraw"), Drive.bearer(drive.applicant), Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void anUpheldObjectionAgainstTheResultSendsItBackToTheOffice() {
        Drive drive = new Drive(port, clock, "郑华", null);
        String id = drive.submitted("ENGINEER_INTERMEDIATE", "NORMAL");
        drive.recommendedByUnit(id);
        drive.readyForEvaluation(id);
        UUID meeting = drive.evaluated(id, "PASSED");
        UUID publicity = UUID.randomUUID();
        Workflows.publicityOpens(meeting.toString(), publicity, clock.today().plusDays(30));
        drive.api.post("/api/v1/applications/result-publicities", Drive.bearer(drive.office), Map.of("meetingId",
                meeting.toString()));
        UUID objection = UUID.randomUUID();
        Workflows.deliver(Workflows.NOTIFICATION_TOPIC, "notification-service", "ObjectionResolved",
                publicity.toString(), Workflows.envelopeData("objectionId", objection.toString(), "trackingNumber",
                        "YY2026-000901", "publicityId", publicity.toString(), "publicityKind", "RESULT",
                        "applicationId", id, "kind", "OBJECTION", "outcome", "UPHELD", "answeredBy", "office.sy",
                        "answeredAt", clock.instant().toString()));

        assertThat(drive.state(id)).isEqualTo("PASSED");
        drive.closed(publicity, "RESULT");
        assertThat(drive.state(id)).as("the close does not move it on again").isEqualTo("PASSED");
        AsyncApiContract.assertMatches(AsyncApiContract.repositoryContract(), "ApplicationReturned",
                EVENTS.awaitKeyed(id, "ApplicationReturned").value());
    }

    @Test
    void aPublicInstitutionThatLeftItsPassedApplicantUnappointedForAYearIsSuspendedTheNextYear() {
        String unit = "SY-PI" + uuid();
        Map<String, Object> archive = Workflows.archive("钱晨", unit, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> employment = new HashMap<>((Map<String, Object>) archive.get("employment"));
        employment.put("unitType", "PUBLIC_INSTITUTION");
        archive = new HashMap<>(archive);
        archive.put("employment", employment);
        Drive drive = new Drive(port, clock, "钱晨", archive);
        UUID item = Workflows.publishPlan(clock.today().plusDays(30), null);
        Reply created = drive.api.post("/api/v1/applications", Drive.bearer(drive.applicant), Map.of("planItemId",
                item.toString(), "title", "ENGINEER_INTERMEDIATE", "route", "NORMAL", "specialty", "建筑施工",
                "particulars", Map.of("postApproval", "虞人社岗〔2026〕3号")));
        String id = created.json().path("id").asString();
        assertThat(drive.api.post(Drive.path(id, "submit"), Drive.bearer(drive.applicant), Map.of("pledge", true))
                .status()).isEqualTo(200);
        assertThat(drive.api.post(Drive.path(id, "appointment"), Drive.bearer(drive.employer),
                Map.of("appointedOn", clock.today().toString())).status()).as("not certified yet").isEqualTo(409);
        drive.certified(id);
        assertThat(drive.api.post(Drive.path(id, "appointment"), Drive.bearer(TestUsers.employer(
                TestUsers.SHANGYU, "SY-OTHER")), Map.of("appointedOn", clock.today().toString())).status())
                .isEqualTo(404);

        LocalDate nextYear = LocalDate.of(clock.today().getYear() + 2, 1, 10);
        clock.moveTo(nextYear);
        UUID later = Workflows.publishPlan(nextYear.plusDays(30), null);
        Reply draft = drive.api.post("/api/v1/applications", Drive.bearer(drive.applicant), Map.of("planItemId",
                later.toString(), "title", "ENGINEER_SENIOR", "route", "QUANTITATIVE", "specialty", "建筑施工",
                "particulars", Map.of("postApproval", "虞人社岗〔2028〕1号", "selfScore", 130)));
        Reply dryRun = drive.api.get(Drive.path(draft.json().path("id").asString(), "eligibility"),
                Drive.bearer(drive.applicant));
        assertThat(dryRun.json().path("findings").findValuesAsString("code")).contains("eligibility.unit-suspended");
    }

    private static Map<String, Object> senior(Map<String, Object> archive) {
        Map<String, Object> changed = new HashMap<>(archive);
        changed.put("titles", List.of(Map.of("title", "ENGINEER_INTERMEDIATE", "name", "工程师", "level",
                "INTERMEDIATE", "obtainedOn", "2015-09-01", "via", "EVALUATION", "issuer", "上虞区人力社保局")));
        return changed;
    }

    private static String uuid() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
