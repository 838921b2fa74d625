package org.zhicheng.notification.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.notification.support.KafkaEvents;
import org.zhicheng.notification.support.NotificationServiceTest;
import org.zhicheng.notification.support.PublicityFixtures;
import org.zhicheng.starter.calendar.WorkingDayCalendar;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;

import tools.jackson.databind.JsonNode;

/**
 * Opening publicities and reading them: who may open which kind, the period on the working-day calendar, the
 * idempotent repeat, the refusals that name their rule, and what the public sees of the people shown.
 */
@NotificationServiceTest
class PublicityApiTest {

    private static final String COMMITTEES = "zhicheng.committee.events";

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    WorkingDayCalendar calendar;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void theUnitsHrDeskOpensAUnitPublicityOfFiveWorkingDaysShownOnTheCalendar() {
        UUID application = UUID.randomUUID();

        Reply opened = api.post("/api/v1/publicities", bearer(PublicityFixtures.employer()),
                PublicityFixtures.unitPublicity(application, "P-SY-0001"));

        assertThat(opened.status()).as(opened.json().toString()).isEqualTo(201);
        assertThat(opened.header("Location")).isEqualTo("/api/v1/publicities/" + opened.json().path("id").asString());
        JsonNode period = opened.json().path("period");
        LocalDate today = clock.today();
        assertThat(period.path("startsOn").asString()).isEqualTo(today.toString());
        assertThat(period.path("workingDays").asInt()).isEqualTo(5);
        assertThat(period.path("endsOn").asString())
                .isEqualTo(calendar.addWorkingDays(today, 5).date().toString());
        assertThat(period.path("calendarSources").size()).isPositive();
        assertThat(opened.json().path("status").asString()).isEqualTo("RUNNING");
        assertThat(opened.json().path("region").asString()).isEqualTo(TestUsers.SHANGYU);
        assertThat(opened.json().path("unit").asString()).isEqualTo(PublicityFixtures.UNIT);
        assertThat(opened.json().path("kindLabel").asString()).isEqualTo("单位公示");
        // the opener sees the staff side
        assertThat(opened.json().path("entries").get(0).path("applicationId").asString())
                .isEqualTo(application.toString());
        assertThat(opened.json().path("objections").path("raised").asInt()).isZero();
    }

    @Test
    void theSameOpenAgainAnswersThePublicityAlreadyOpenedAndADifferentOneIsRefusedWithTheRule() {
        UUID application = UUID.randomUUID();
        Map<String, Object> body = PublicityFixtures.unitPublicity(application, "P-SY-0002");
        Reply first = api.post("/api/v1/publicities", bearer(PublicityFixtures.employer()), body);

        Reply again = api.post("/api/v1/publicities", bearer(PublicityFixtures.employer()), body);
        Map<String, Object> changed = new LinkedHashMap<>(body);
        changed.put("title", "关于陈明同志申报工程师职称的公示（更正）");
        Reply different = api.post("/api/v1/publicities", bearer(PublicityFixtures.employer()), changed);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.code()).isEqualTo("publicity.already-opened");
        assertThat(different.json().path("rule").asString()).isEqualTo("002-一(二)");
        assertThat(api.get("/api/v1/publicities/" + first.json().path("id").asString(), null).json()
                .path("title").asString()).isEqualTo("关于陈明同志申报工程师职称的公示");
    }

    @Test
    void aPeriodShorterThanTheMinimumIsRefusedWithTheKindsRuleAndNothingIsOpened() {
        UUID application = UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>(PublicityFixtures.unitPublicity(application, "P-SY-0003"));
        body.put("workingDays", 3);

        Reply refused = api.post("/api/v1/publicities", bearer(PublicityFixtures.employer()), body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("publicity.period-too-short");
        assertThat(refused.json().path("rule").asString()).isEqualTo("002-一(二)");
        assertThat(refused.json().path("detail").asString()).contains("3").contains("5");
        body.put("workingDays", 7);
        Reply longer = api.post("/api/v1/publicities", bearer(PublicityFixtures.employer()), body);
        assertThat(longer.status()).isEqualTo(201);
        assertThat(longer.json().path("period").path("workingDays").asInt()).isEqualTo(7);
    }

    @Test
    void entriesShowNoIdentityCardOrTelephoneNumberAndTheRefusalNamesTheField() {
        Map<String, Object> body = new LinkedHashMap<>(PublicityFixtures.unitPublicity(UUID.randomUUID(), null));
        Map<String, Object> entry = new LinkedHashMap<>(PublicityFixtures.entry(UUID.randomUUID(), null, "陈明"));
        entry.put("remark", "身份证号 11010519491231002X");
        body.put("entries", List.of(entry));

        Reply idNumber = api.post("/api/v1/publicities", bearer(PublicityFixtures.employer()), body);
        entry.put("remark", "联系电话 138 0013 8000");
        Reply phone = api.post("/api/v1/publicities", bearer(PublicityFixtures.employer()), body);

        assertThat(idNumber.status()).isEqualTo(422);
        assertThat(idNumber.code()).isEqualTo("publicity.personal-data");
        assertThat(idNumber.json().path("rule").asString()).isEqualTo("PIPL-6");
        assertThat(idNumber.json().path("detail").asString()).contains("entries[0].remark").contains("ID_NUMBER");
        assertThat(phone.code()).isEqualTo("publicity.personal-data");
        assertThat(phone.json().path("detail").asString()).contains("PHONE_NUMBER");
    }

    @Test
    void theCommitteesOfficeOpensAPreEvaluationPublicityInTheCommitteesTerritory() {
        String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaEvents.deliver(COMMITTEES, "committee-service", "CommitteeRegistered", code,
                PublicityFixtures.committeeRegistered(code, "测试评委会 " + code, TestUsers.SHANGYU));
        TestUser office = TestUsers.committeeOffice(TestUsers.SHANGYU, code);
        Map<String, Object> body = new LinkedHashMap<>(PublicityFixtures.preEvaluationPublicity("list-" + code,
                Map.of(UUID.randomUUID(), "P-A", UUID.randomUUID(), "P-B")));
        body.put("committee", code);

        Reply opened = api.post("/api/v1/publicities", bearer(office), body);
        Reply otherOffice = api.post("/api/v1/publicities",
                bearer(TestUsers.committeeOffice(TestUsers.SHANGYU, "OTHER")), body);
        Reply employer = api.post("/api/v1/publicities", bearer(PublicityFixtures.employer()), body);

        assertThat(opened.status()).as(opened.json().toString()).isEqualTo(201);
        assertThat(opened.json().path("publisher").asString()).isEqualTo("测试评委会 " + code);
        assertThat(opened.json().path("region").asString()).isEqualTo(TestUsers.SHANGYU);
        assertThat(opened.json().path("entries").size()).isEqualTo(2);
        assertThat(otherOffice.status()).isEqualTo(403);
        assertThat(otherOffice.code()).isEqualTo("publicity.out-of-scope");
        assertThat(employer.status()).isEqualTo(403);
        assertThat(employer.code()).isEqualTo("publicity.role-required");
    }

    @Test
    void aSuspendedCommitteeOpensNoPublicity() {
        String code = "S-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> registered = PublicityFixtures.committeeRegistered(code, "暂停评委会 " + code,
                TestUsers.SHANGYU);
        KafkaEvents.deliver(COMMITTEES, "committee-service", "CommitteeRegistered", code, registered);
        KafkaEvents.deliver(COMMITTEES, "committee-service", "CommitteeSuspended", code, Map.of("committeeId",
                registered.get("committeeId"), "code", code, "name", "暂停评委会 " + code, "territory",
                TestUsers.SHANGYU, "reason", "投诉较多、争议较大", "suspendedBy", "hr.sy", "suspendedAt",
                java.time.Instant.now().toString()));
        Map<String, Object> body = new LinkedHashMap<>(PublicityFixtures.preEvaluationPublicity("list-" + code,
                Map.of(UUID.randomUUID(), "P-C")));
        body.put("committee", code);

        Reply refused = api.post("/api/v1/publicities", bearer(TestUsers.committeeOffice(TestUsers.SHANGYU, code)),
                body);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("committee.wrong-state");
        assertThat(refused.json().path("rule").asString()).isEqualTo("001-四");
    }

    @Test
    void thePublicReadsRunningPublicitiesByRegionAndKindWithoutTheEntriesPrivateSide() {
        UUID application = UUID.randomUUID();
        String id = api.post("/api/v1/publicities", bearer(PublicityFixtures.employer()),
                PublicityFixtures.unitPublicity(application, "P-SY-0004")).json().path("id").asString();

        Reply anonymous = api.get("/api/v1/publicities/" + id, null);
        Reply listed = api.get("/api/v1/publicities?region=3306&kind=UNIT&open=true&size=100", null);
        Reply elsewhere = api.get("/api/v1/publicities?region=3311&kind=UNIT", null);
        Reply hr = api.get("/api/v1/publicities/" + id, bearer(PublicityFixtures.hrBureau()));
        Reply foreignHr = api.get("/api/v1/publicities/" + id, bearer(TestUsers.hrBureau(TestUsers.LIANDU)));

        assertThat(anonymous.status()).isEqualTo(200);
        JsonNode entry = anonymous.json().path("entries").get(0);
        assertThat(entry.path("name").asString()).isEqualTo("陈明");
        assertThat(entry.path("representativeAchievements").get(0).asString()).contains("深基坑");
        assertThat(entry.path("applicationId").isNull()).isTrue();
        assertThat(entry.path("person").isNull()).isTrue();
        assertThat(anonymous.json().path("objections").isNull()).isTrue();
        assertThat(anonymous.raw().body()).doesNotContain("P-SY-0004").doesNotContain(application.toString());
        assertThat(listed.json().path("content").findValuesAsString("id")).contains(id);
        assertThat(elsewhere.json().path("content").findValuesAsString("id")).doesNotContain(id);
        assertThat(hr.json().path("entries").get(0).path("person").asString()).isEqualTo("P-SY-0004");
        assertThat(foreignHr.json().path("entries").get(0).path("person").isNull()).isTrue();
    }

    @Test
    void theWorkflowsServiceAccountOpensForAUnitAndIsRecordedWithTheUserItActsFor() {
        Map<String, Object> body = new LinkedHashMap<>(PublicityFixtures.unitPublicity(UUID.randomUUID(), null));
        body.put("unit", "SY-U042");
        body.put("region", TestUsers.SHANGYU);
        body.put("onBehalfOf", "employer.sy");
        String workflow = bearer(TestUsers.serviceAccount("application-service"));

        Reply opened = api.post("/api/v1/publicities", workflow, body);
        Reply otherService = api.post("/api/v1/publicities", bearer(TestUsers.serviceAccount("plan-service")), body);
        Map<String, Object> withoutUnit = new LinkedHashMap<>(body);
        withoutUnit.remove("unit");
        withoutUnit.put("subject", Map.of("type", "APPLICATION", "id", UUID.randomUUID().toString()));
        Reply unitMissing = api.post("/api/v1/publicities", workflow, withoutUnit);

        assertThat(opened.status()).as(opened.raw().body()).isEqualTo(201);
        assertThat(opened.json().path("unit").asString()).isEqualTo("SY-U042");
        String id = opened.json().path("id").asString();
        assertThat(api.get("/api/v1/publicities/" + id + "/history", workflow).json().get(0).path("actor")
                .asString()).isEqualTo("employer.sy via service-account-application-service");
        assertThat(otherService.status()).isEqualTo(403);
        assertThat(otherService.code()).isEqualTo("publicity.role-required");
        assertThat(unitMissing.status()).isEqualTo(400);
        assertThat(unitMissing.code()).isEqualTo("publicity.unit-required");
    }

    @Test
    void badFiltersAndUnknownPublicitiesGetProblems() {
        assertThat(api.get("/api/v1/publicities?region=zj", null).code()).isEqualTo("region.invalid");
        assertThat(api.get("/api/v1/publicities?size=1000", null).code()).isEqualTo("paging.invalid");
        Reply missing = api.get("/api/v1/publicities/" + UUID.randomUUID(), null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("publicity.not-found");
    }

    private static String bearer(TestUser user) {
        return TestTokens.bearer(user);
    }
}
