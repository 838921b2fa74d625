package org.zhicheng.plan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.plan.committee.CommitteeTopic;
import org.zhicheng.plan.committee.CommitteeTopic.Committee;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * Committee offices draft items for their own committees (the codes of their {@code committees} claim) once
 * committee-service has registered them; HR bureaus for any committee of their region; nobody for an unknown committee
 * id or a suspended committee (001 四). Committees not registered yet pass by name, as before.
 */
@ZhichengServiceTest
class PlanItemCommitteesApiTest {

    static final Committee SHANGYU_ENGINEERING = Committee.of("SY-ENG-MID", "上虞区工程技术人员中级评审委员会（范围测试）",
            SHANGYU);
    static final Committee LIANDU_ENGINEERING = Committee.of("LD-ENG-MID", "莲都区工程技术人员中级评审委员会（范围测试）",
            LIANDU);
    static final Committee SHAOXING_SENIOR = Committee.of("SX-ENG-SEN", "绍兴市工程技术人员高级评审委员会（范围测试）",
            SHAOXING);
    static final Committee SHANGYU_SUSPENDED = Committee.of("SY-AGR-MID", "上虞区农业技术人员中级评审委员会（范围测试）",
            SHANGYU);

    static final TestUser OFFICE = TestUsers.committeeOffice(SHANGYU, "SY-ENG-MID", "SY-AGR-MID");
    static final TestUser HR = TestUsers.hrBureau(SHANGYU);

    private static boolean registered;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ServiceApi api;

    @BeforeEach
    void committees() {
        api = new ServiceApi(port);
        if (!registered) {
            CommitteeTopic.register(SHANGYU_ENGINEERING, LIANDU_ENGINEERING, SHAOXING_SENIOR, SHANGYU_SUSPENDED);
            CommitteeTopic.send(SHANGYU_SUSPENDED.suspended(Instant.parse("2024-04-01T00:00:00Z")));
            CommitteeTopic.awaitConsumed();
            registered = true;
        }
    }

    @Test
    void anOfficeDraftingForItsOwnCommitteeGetsTheItemLinked() {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), plan(item(SHANGYU_ENGINEERING.name())));

        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
        JsonNode item = created.json().path("items").get(0);
        assertThat(item.path("committeeId").asString()).isEqualTo(SHANGYU_ENGINEERING.id().toString());
        assertThat(item.path("committeeCode").asString()).isEqualTo("SY-ENG-MID");
        assertThat(item.path("committeeSuspended").asBoolean()).isFalse();
    }

    @Test
    void anOfficeMayNotDraftForAnotherOfficesCommittee() {
        long plans = plans();
        Map<String, Object> item = item(LIANDU_ENGINEERING.name());
        item.put("committeeId", LIANDU_ENGINEERING.id().toString());

        Reply refused = api.send("POST", "/api/v1/plans", TestTokens.bearer(OFFICE), plan(item),
                "Accept-Language", "en");

        assertThat(refused.status()).as("%s", refused.json()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("plan.other-committee");
        assertThat(refused.json().path("detail").asString()).contains(LIANDU_ENGINEERING.name())
                .contains("LD-ENG-MID");
        assertThat(plans()).isEqualTo(plans);
    }

    @Test
    void aCommitteeNamedInTheRegionsLineageIsMatchedAndChecked() {
        Reply refused = api.post("/api/v1/plans", TestTokens.bearer(OFFICE),
                plan(item(SHANGYU_ENGINEERING.name()), item(SHAOXING_SENIOR.name())));

        assertThat(refused.status()).as("%s", refused.json()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("plan.other-committee");
        assertThat(refused.json().path("detail").asString()).contains("第 2 项").contains("SX-ENG-SEN");
    }

    @Test
    void anOfficeMayNotAmendItsDraftToAnotherCommittee() {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), plan(item(SHANGYU_ENGINEERING.name())));
        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);

        Reply refused = api.put("/api/v1/plans/" + created.json().path("id").asString(), TestTokens.bearer(OFFICE),
                Map.of("title", "改", "items", List.of(item(SHAOXING_SENIOR.name()))), null);

        assertThat(refused.status()).as("%s", refused.json()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("plan.other-committee");
    }

    @Test
    void anUnknownCommitteeIdIs422NamingTheField() {
        Map<String, Object> item = item("不存在的评审委员会");
        item.put("committeeId", UUID.randomUUID().toString());

        Reply refused = api.post("/api/v1/plans", TestTokens.bearer(HR), plan(item(SHANGYU_ENGINEERING.name()), item));

        assertThat(refused.status()).as("%s", refused.json()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("plan-item.committee-unknown");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("items[1].committeeId");
    }

    @Test
    void aSuspendedCommitteeTakesNoItemsWhoeverDrafts() {
        for (TestUser drafter : List.of(OFFICE, HR)) {
            Reply refused = api.post("/api/v1/plans", TestTokens.bearer(drafter),
                    plan(item(SHANGYU_SUSPENDED.name())));

            assertThat(refused.status()).as("%s: %s", drafter.username(), refused.json()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("plan-item.committee-suspended");
            assertThat(refused.json().path("rule").asString()).isEqualTo("001-四");
            assertThat(refused.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("items[0].committeeName");
        }
    }

    @Test
    void aCommitteeSuspendedAfterDraftingStopsSubmissionAndPublication() {
        Committee later = Committee.of("SY-LAW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                "上虞区律师中级评审委员会（暂停测试 " + UUID.randomUUID() + "）", SHANGYU);
        CommitteeTopic.register(later);
        CommitteeTopic.awaitConsumed();
        Reply draft = api.post("/api/v1/plans", TestTokens.bearer(HR), plan(item(later.name())));
        Reply approved = api.post("/api/v1/plans", TestTokens.bearer(HR), plan(item(later.name())));
        assertThat(draft.status()).as("%s", draft.json()).isEqualTo(201);
        String draftId = draft.json().path("id").asString();
        String approvedId = approved.json().path("id").asString();
        for (String action : List.of("submit", "approve")) {
            assertThat(api.post("/api/v1/plans/" + approvedId + "/" + action, TestTokens.bearer(HR), null).status())
                    .isEqualTo(200);
        }

        CommitteeTopic.send(later.suspended(Instant.parse("2024-05-01T00:00:00Z")));
        CommitteeTopic.awaitConsumed();

        for (Map.Entry<String, String> refusedAction : Map.of(draftId, "submit", approvedId, "publish").entrySet()) {
            Reply refused = api.post("/api/v1/plans/" + refusedAction.getKey() + "/" + refusedAction.getValue(),
                    TestTokens.bearer(HR), null);
            assertThat(refused.status()).as("%s", refused.json()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("plan-item.committee-suspended");
            assertThat(refused.json().path("rule").asString()).isEqualTo("001-四");
            assertThat(refused.json().path("errors").get(0).path("field").asString())
                    .isEqualTo("items[0].committeeId");
        }
        assertThat(api.get("/api/v1/plans/" + approvedId, TestTokens.bearer(HR)).json().path("status").asString())
                .isEqualTo("APPROVED");
        assertThat(api.get("/api/v1/plans/" + draftId, TestTokens.bearer(HR)).json().path("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void anHrBureauDraftsForAnyCommitteeOfItsRegion() {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(HR),
                plan(item(SHANGYU_ENGINEERING.name()), item(SHAOXING_SENIOR.name())));

        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
        assertThat(created.json().path("items").get(1).path("committeeCode").asString()).isEqualTo("SX-ENG-SEN");
    }

    @Test
    void aCommitteeNotRegisteredYetPassesByName() {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(OFFICE), plan(item("上虞区尚未登记的评审委员会")));

        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
        assertThat(created.json().path("items").get(0).path("committeeId").isNull()).isTrue();
    }

    private long plans() {
        return jdbc.sql("SELECT count(*) FROM plan").query(Long.class).single();
    }

    @SafeVarargs
    private static Map<String, Object> plan(Map<String, Object>... items) {
        return PlanBodies.plan(2024, SHANGYU, List.of(items));
    }

    private static Map<String, Object> item(String committeeName) {
        Map<String, Object> item = PlanBodies.item("2024-08-23", "ENGINEER_INTERMEDIATE");
        item.put("committeeName", committeeName);
        return item;
    }
}
