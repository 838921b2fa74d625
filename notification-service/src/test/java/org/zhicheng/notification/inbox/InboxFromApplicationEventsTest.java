package org.zhicheng.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.notification.support.KafkaEvents;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

import tools.jackson.databind.JsonNode;

/**
 * application-service's events in the inboxes they concern: the applicant hears of every move of the application
 * (with the reason when it is sent back or rejected), the desk that holds it now hears that work waits in its queue,
 * a certificate's holder hears of its issue and, with the unit, of its revocation; once per event, never in another
 * person's or desk's inbox.
 */
@NotificationServiceTest
class InboxFromApplicationEventsTest {

    private static final String TOPIC = "zhicheng.application.events";

    @LocalServerPort
    int port;

    private ServiceApi api;
    private String person;
    private String unit;
    private String committee;
    private UUID application;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        person = "P-" + tag;
        unit = "SY-U-" + tag;
        committee = "SY-ENG-" + tag;
        application = UUID.randomUUID();
    }

    @Test
    void aSubmissionTellsTheApplicantAndQueuesItAtTheUnitOnce() {
        UUID event = UUID.randomUUID();
        String envelope = KafkaEvents.envelope(event, "application-service", "ApplicationSubmitted",
                application.toString(), move("SUBMIT", "DRAFT", "UNIT_REVIEW", "UNIT", unit, null));
        KafkaEvents.sendRaw(TOPIC, application.toString(), envelope);
        KafkaEvents.sendRaw(TOPIC, application.toString(), envelope);
        KafkaEvents.awaitConsumed(TOPIC);

        TestUser applicant = TestUsers.applicant(TestUsers.SHANGYU, unit, person);
        List<JsonNode> own = items(applicant);
        List<JsonNode> desk = items(TestUsers.employer(TestUsers.SHANGYU, unit));

        assertThat(own).hasSize(1);
        assertThat(own.get(0).path("type").asString()).isEqualTo("APPLICATION_SUBMITTED");
        assertThat(own.get(0).path("title").asString()).isEqualTo("职称申报已提交：工程师");
        assertThat(own.get(0).path("body").asString()).contains("陈明").contains("2026").contains("上虞建工集团");
        assertThat(own.get(0).path("address").asString()).isEqualTo("PERSON:" + person);
        assertThat(desk).hasSize(1);
        assertThat(desk.get(0).path("type").asString()).isEqualTo("APPLICATION_QUEUED");
        assertThat(desk.get(0).path("title").asString()).isEqualTo("待办：陈明的工程师申报");
        assertThat(desk.get(0).path("body").asString()).contains("单位审核");

        Reply english = api.send("GET", "/api/v1/inbox/" + own.get(0).path("id").asString(),
                TestTokens.bearer(applicant), null, "Accept-Language", "en");
        assertThat(english.json().path("title").asString()).isEqualTo("Application submitted: 工程师");

        assertThat(items(TestUsers.employer(TestUsers.SHANGYU, "SY-U-OTHER"))).isEmpty();
        assertThat(items(TestUsers.applicant(TestUsers.SHANGYU, unit, "P-OTHER"))).isEmpty();
        Reply foreign = api.get("/api/v1/inbox/" + own.get(0).path("id").asString(),
                TestTokens.bearer(TestUsers.applicant(TestUsers.LIANDU, "LD-U001", "P-LD-0001")));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/inbox", null).status()).isEqualTo(401);
    }

    @Test
    void aSendBackCarriesItsReasonAndIsUrgentButQueuesNoDesk() {
        KafkaEvents.deliver(TOPIC, "application-service", "ApplicationReturned", application.toString(),
                move("RETURN", "UNIT_REVIEW", "RETURNED", "APPLICANT", person, "代表性成果缺少论文检索证明"));

        List<JsonNode> own = items(TestUsers.applicant(TestUsers.SHANGYU, unit, person));

        assertThat(own).hasSize(1);
        assertThat(own.get(0).path("type").asString()).isEqualTo("APPLICATION_RETURNED");
        assertThat(own.get(0).path("body").asString()).contains("退回修改").contains("代表性成果缺少论文检索证明");
        assertThat(items(TestUsers.employer(TestUsers.SHANGYU, unit))).isEmpty();
    }

    @Test
    void eachDeskHearsWhenTheApplicationReachesIt() {
        KafkaEvents.deliver(TOPIC, "application-service", "ApplicationStepCompleted", application.toString(),
                move("RECOMMEND", "UNIT_RECOMMENDATION", "ACCEPTANCE", "OFFICE", committee, null));
        KafkaEvents.deliver(TOPIC, "application-service", "ApplicationStepCompleted", application.toString(),
                move("REQUEST_PUBLICATION", "RESULT_CONFIRMED", "PUBLICATION_REQUESTED", "HR_BUREAU",
                        TestUsers.SHANGYU, null));

        List<JsonNode> office = items(TestUsers.committeeOffice(TestUsers.SHANGYU, committee));
        List<String> bureau = items(TestUsers.hrBureau(TestUsers.SHANGYU)).stream()
                .map(item -> item.path("type").asString()).toList();
        List<String> own = items(TestUsers.applicant(TestUsers.SHANGYU, unit, person)).stream()
                .map(item -> item.path("title").asString()).toList();

        assertThat(office).hasSize(1);
        assertThat(office.get(0).path("body").asString()).contains("评委会办公室受理");
        assertThat(bureau).containsExactly("APPLICATION_QUEUED");
        assertThat(items(TestUsers.hrBureau(TestUsers.LIANDU))).isEmpty();
        assertThat(own).containsExactlyInAnyOrder("职称申报进度更新：评委会办公室受理", "职称申报进度更新：待人社部门审批发文");
    }

    @Test
    void aCertificateReachesItsHolderAndARevocationAlsoTheUnit() {
        String number = "330604-2026-" + person;
        KafkaEvents.deliver(TOPIC, "application-service", "CertificateIssued", application.toString(),
                certificate(number, null));
        KafkaEvents.deliver(TOPIC, "application-service", "CertificateRevoked", application.toString(),
                certificate(number, "一票否决：论文代写"));

        List<String> own = items(TestUsers.applicant(TestUsers.SHANGYU, unit, person)).stream()
                .map(item -> item.path("title").asString()).toList();
        List<JsonNode> desk = items(TestUsers.employer(TestUsers.SHANGYU, unit));

        assertThat(own).containsExactlyInAnyOrder("职称证书已核发：工程师", "职称证书已撤销：" + number);
        assertThat(desk).hasSize(1);
        assertThat(desk.get(0).path("type").asString()).isEqualTo("CERTIFICATE_REVOKED");
        assertThat(desk.get(0).path("body").asString()).contains("一票否决：论文代写");
    }

    private Map<String, Object> move(String action, String from, String state, String desk, String holder,
            String reason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("applicationId", application.toString());
        data.put("person", person);
        data.put("applicantName", "陈明");
        data.put("unit", unit);
        data.put("unitName", "上虞建工集团");
        data.put("region", TestUsers.SHANGYU);
        data.put("department", null);
        data.put("committee", committee);
        data.put("committeeName", "上虞区工程系列中级评委会");
        data.put("planId", UUID.randomUUID().toString());
        data.put("planItemId", UUID.randomUUID().toString());
        data.put("year", 2026);
        data.put("title", "ENGINEER_INTERMEDIATE");
        data.put("titleName", "工程师");
        data.put("series", "ENGINEERING");
        data.put("level", "INTERMEDIATE");
        data.put("specialty", "建筑施工");
        data.put("route", "NORMAL");
        data.put("submission", 1);
        data.put("action", action);
        data.put("from", from);
        data.put("state", state);
        data.put("desk", desk);
        data.put("holder", holder);
        data.put("actor", "someone");
        data.put("role", "employer");
        data.put("reason", reason);
        data.put("meetingId", null);
        data.put("at", Instant.now().toString());
        return data;
    }

    private Map<String, Object> certificate(String number, String revocationReason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("certificateNumber", number);
        data.put("applicationId", application.toString());
        data.put("publicationId", UUID.randomUUID().toString());
        data.put("person", person);
        data.put("holderName", "陈明");
        data.put("unit", unit);
        data.put("title", "ENGINEER_INTERMEDIATE");
        data.put("titleName", "工程师");
        data.put("issuingBody", "绍兴市上虞区人力资源和社会保障局");
        data.put("region", TestUsers.SHANGYU);
        data.put("year", 2026);
        data.put("issuedOn", "2026-12-01");
        data.put("status", revocationReason == null ? "VALID" : "REVOKED");
        data.put("revocationReason", revocationReason);
        return data;
    }

    private List<JsonNode> items(TestUser user) {
        Reply inbox = api.get("/api/v1/inbox?size=100", TestTokens.bearer(user));
        assertThat(inbox.status()).as(inbox.raw().body()).isEqualTo(200);
        List<JsonNode> items = new java.util.ArrayList<>();
        inbox.json().path("content").forEach(item -> {
            if (application.toString().equals(item.path("linkId").asString())) {
                items.add(item);
            }
        });
        return items;
    }
}
