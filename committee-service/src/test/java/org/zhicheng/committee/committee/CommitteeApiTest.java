package org.zhicheng.committee.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.CommitteeFixtures.ADMIN;
import static org.zhicheng.committee.CommitteeFixtures.HR_LIANDU;
import static org.zhicheng.committee.CommitteeFixtures.HR_SHANGYU;
import static org.zhicheng.committee.CommitteeFixtures.HR_SHAOXING;
import static org.zhicheng.committee.CommitteeFixtures.committeeBody;
import static org.zhicheng.committee.CommitteeFixtures.unique;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.committee.CommitteeFixtures;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

/** Registration (idempotent by name in a territory), public reading, suspension and reinstatement. */
@ZhichengServiceTest
class CommitteeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new CommitteeFixtures(port).api();
    }

    @Test
    void registeringANewCommitteeAnswersCreatedWithLocationAndAnnouncesIt() {
        String code = unique("SY-ENG");
        Reply created = api.post("/api/v1/committees", TestTokens.bearer(HR_SHANGYU), committeeBody(code, SHANGYU));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/committees/" + code);
        assertThat(created.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(created.json().path("specialties")).hasSize(2);
        assertThat(created.json().path("rightsHistory")).isEmpty();
        assertThat(events(code, "CommitteeRegistered")).isEqualTo(1);
    }

    @Test
    void theSameRegistrationTwiceKeepsOneCommitteeAndOneEvent() {
        String code = unique("SY-ENG");
        Map<String, Object> body = committeeBody(code, SHANGYU);
        Reply first = api.post("/api/v1/committees", TestTokens.bearer(HR_SHANGYU), body);
        Map<String, Object> reordered = new HashMap<>(body);
        reordered.put("specialties", List.of("信息技术", "机电制造"));
        Reply second = api.post("/api/v1/committees", TestTokens.bearer(TestUsers.serviceAccount("plan-service")),
                reordered);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(rows(body.get("name"))).isEqualTo(1);
        assertThat(events(code, "CommitteeRegistered")).isEqualTo(1);
    }

    @Test
    void aPlanImportRegistersByNameAloneAndAgainGetsTheGeneratedCode() {
        Map<String, Object> body = committeeBody(null, LIANDU);
        body.remove("code");
        body.put("name", "莲都区工程系列中级评委会 " + unique("N"));
        var planService = TestTokens.bearer(TestUsers.serviceAccount("plan-service"));

        Reply first = api.post("/api/v1/committees", planService, body);
        Reply again = api.post("/api/v1/committees", planService, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("code").asString()).matches("C-\\d{6}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("code").asString()).isEqualTo(first.json().path("code").asString());
        // only plan-service's account registers: another service's is refused like any role that may not
        Reply notification = api.post("/api/v1/committees",
                TestTokens.bearer(TestUsers.serviceAccount("notification-service")), body);
        assertThat(notification.status()).isEqualTo(403);
        assertThat(notification.code()).isEqualTo("committee.role-required");
    }

    @Test
    void aTakenNameWithOtherAttributesIsAConflictAndChangesNothing() {
        String code = unique("SY-ENG");
        Map<String, Object> body = committeeBody(code, SHANGYU);
        api.post("/api/v1/committees", TestTokens.bearer(HR_SHANGYU), body);
        Map<String, Object> senior = new HashMap<>(body);
        senior.put("level", "SENIOR");

        Reply conflict = api.post("/api/v1/committees", TestTokens.bearer(HR_SHANGYU), senior);

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.code()).isEqualTo("committee.name-taken");
        assertThat(api.get("/api/v1/committees/" + code, null).json().path("level").asString())
                .isEqualTo("INTERMEDIATE");
        Map<String, Object> otherName = committeeBody(code, SHANGYU);
        otherName.put("name", "另一个评委会 " + code);
        Reply codeTaken = api.post("/api/v1/committees", TestTokens.bearer(HR_SHANGYU), otherName);
        assertThat(codeTaken.status()).isEqualTo(409);
        assertThat(codeTaken.code()).isEqualTo("committee.code-taken");
    }

    @Test
    void concurrentIdenticalRegistrationsCreateOneCommittee() throws Exception {
        Map<String, Object> body = committeeBody(null, SHANGYU);
        body.remove("code");
        body.put("name", "并发登记评委会 " + unique("N"));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(() -> api.post("/api/v1/committees", TestTokens.bearer(HR_SHANGYU), body).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(rows(body.get("name"))).isEqualTo(1);
        String code = jdbc.sql("SELECT code FROM committee WHERE name = :name").param("name", body.get("name"))
                .query(String.class).single();
        assertThat(events(code, "CommitteeRegistered")).isEqualTo(1);
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstAnswer() {
        String code = unique("SY-ENG");
        String key = unique("key");
        Reply first = api.send("POST", "/api/v1/committees", TestTokens.bearer(HR_SHANGYU),
                committeeBody(code, SHANGYU), "Idempotency-Key", key);
        Reply replay = api.send("POST", "/api/v1/committees", TestTokens.bearer(HR_SHANGYU),
                committeeBody(code, SHANGYU), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(events(code, "CommitteeRegistered")).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithTheField() {
        Map<String, Object> both = committeeBody(unique("SY-ENG"), SHANGYU);
        both.put("recommendedTitles", List.of("ENGINEER"));
        Reply refused = api.post("/api/v1/committees", TestTokens.bearer(HR_SHANGYU), both);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("committee.title-evaluated-and-recommended");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("recommendedTitles");

        Map<String, Object> badTerritory = committeeBody(unique("SY-ENG"), "3306044");
        assertThat(api.post("/api/v1/committees", TestTokens.bearer(HR_SHANGYU), badTerritory).status())
                .isEqualTo(400);
    }

    @Test
    void anyoneReadsCommitteesAndFiltersThem() {
        String code = unique("LD-ENG");
        api.post("/api/v1/committees", TestTokens.bearer(HR_LIANDU), committeeBody(code, LIANDU));

        Reply anonymous = api.get("/api/v1/committees/" + code, null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().path("territory").asString()).isEqualTo(LIANDU);

        Reply lishui = api.get("/api/v1/committees?territory=3311&series=ENGINEERING&level=INTERMEDIATE&size=100",
                TestTokens.bearer(TestUsers.applicant(LIANDU, "LD-U001", "P-LD-0001")));
        assertThat(lishui.status()).isEqualTo(200);
        assertThat(lishui.json().path("content").valueStream().map(view -> view.path("code").asString()))
                .contains(code);
        assertThat(lishui.json().path("content").valueStream().map(view -> view.path("territory").asString()))
                .allMatch(territory -> territory.startsWith("3311"));
        Reply shaoxing = api.get("/api/v1/committees?territory=3306&size=100", null);
        assertThat(shaoxing.json().path("content").valueStream().map(view -> view.path("code").asString()))
                .doesNotContain(code);
        assertThat(api.get("/api/v1/committees?size=1000", null).code()).isEqualTo("paging.invalid");
    }

    @Test
    void theBureauSuspendsAndReinstatesWithReasonsAndEvents() {
        String code = new CommitteeFixtures(port).committee("SY-ENG", SHANGYU);

        Reply suspended = api.post("/api/v1/committees/" + code + "/suspension", TestTokens.bearer(HR_SHAOXING),
                Map.of("reason", "复核发现问题严重，整改无明显改善"));
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().path("status").asString()).isEqualTo("SUSPENDED");

        Reply twice = api.post("/api/v1/committees/" + code + "/suspension", TestTokens.bearer(HR_SHANGYU),
                Map.of("reason", "again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("committee.wrong-state");
        assertThat(twice.json().path("rule").asString()).isEqualTo("001-四");

        Reply reinstated = api.post("/api/v1/committees/" + code + "/reinstatement", TestTokens.bearer(HR_SHANGYU),
                Map.of("reason", "整改完成"));
        assertThat(reinstated.status()).isEqualTo(200);
        assertThat(reinstated.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(reinstated.json().path("rightsHistory").valueStream().map(change -> change.path("action")
                .asString())).containsExactly("SUSPEND", "REINSTATE");
        assertThat(reinstated.json().path("rightsHistory").get(0).path("actor").asString())
                .isEqualTo(HR_SHAOXING.username());
        assertThat(api.post("/api/v1/committees/" + code + "/reinstatement", TestTokens.bearer(HR_SHANGYU),
                Map.of("reason", "again")).code()).isEqualTo("committee.wrong-state");
        assertThat(events(code, "CommitteeSuspended")).isEqualTo(1);
        assertThat(events(code, "CommitteeReinstated")).isEqualTo(1);

        Reply noReason = api.post("/api/v1/committees/" + code + "/suspension", TestTokens.bearer(HR_SHANGYU),
                Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(ADMIN.roles()).contains("admin");
    }

    private long events(String code, String type) {
        return jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key = :code AND type = :type")
                .param("code", code).param("type", type).query(Long.class).single();
    }

    private long rows(Object name) {
        return jdbc.sql("SELECT count(*) FROM committee WHERE name = :name").param("name", name).query(Long.class)
                .single();
    }
}
