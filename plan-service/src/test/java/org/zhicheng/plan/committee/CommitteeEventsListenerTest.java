package org.zhicheng.plan.committee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.plan.committee.CommitteeTopic.Committee;
import org.zhicheng.plan.committee.CommitteeTopic.Event;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * committee-service's events, sent to the real broker as its relay sends them, keep the committee read model: a
 * registration links the plan items naming the committee in its territory's lineage, suspensions and reinstatements
 * show on the items, and a redelivered or late event changes nothing.
 */
@ZhichengServiceTest
class CommitteeEventsListenerTest {

    private static final Instant T1 = Instant.parse("2024-04-01T02:00:00Z");
    private static final Instant T2 = Instant.parse("2024-05-01T02:00:00Z");
    private static final Instant T3 = Instant.parse("2024-06-01T02:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private ServiceApi api;

    @BeforeEach
    void client() {
        api = new ServiceApi(port);
    }

    @Test
    void registeringACommitteeLinksTheItemsNamingItInItsTerritoryLineage() {
        String name = "上虞区链接测试工程技术人员中级评审委员会";
        String own = createPlan(SHANGYU, name, "上虞区另一评委会（链接测试）");
        String city = createPlan(SHAOXING, name);
        String elsewhere = createPlan(LIANDU, name);
        Committee committee = Committee.of("T-LINK-SY", name, SHANGYU);

        CommitteeTopic.register(committee);

        assertThat(row(committee.id())).containsEntry("code", "T-LINK-SY").containsEntry("name", name)
                .containsEntry("territory", SHANGYU).containsEntry("level", "INTERMEDIATE")
                .containsEntry("kind", "REGULAR").containsEntry("series", "ENGINEERING")
                .containsEntry("status", "ACTIVE");
        JsonNode ownItems = plan(own).path("items");
        assertThat(ownItems.get(0).path("committeeId").asString()).isEqualTo(committee.id().toString());
        assertThat(ownItems.get(0).path("committeeCode").asString()).isEqualTo("T-LINK-SY");
        assertThat(ownItems.get(0).path("committeeSuspended").asBoolean()).isFalse();
        assertThat(ownItems.get(1).path("committeeId").isNull()).as("another name").isTrue();
        assertThat(ownItems.get(1).path("committeeCode").isNull()).isTrue();
        assertThat(plan(city).path("items").get(0).path("committeeId").asString()).as("the city above the district")
                .isEqualTo(committee.id().toString());
        assertThat(plan(elsewhere).path("items").get(0).path("committeeId").isNull()).as("Liandu is no lineage")
                .isTrue();
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        Committee committee = Committee.of("T-REDELIVER", "莲都区重投测试评审委员会", LIANDU);
        CommitteeTopic.register(committee);
        Event suspension = committee.suspended(T1);

        CommitteeTopic.send(suspension, committee.reinstated(T2), suspension);
        CommitteeTopic.awaitConsumed();

        assertThat(row(committee.id())).containsEntry("status", "ACTIVE");
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_event WHERE event_id = ?").param(suspension.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSuspendedCommitteeShowsOnItsItemsUntilReinstated() {
        String name = "上虞区暂停测试工程技术人员中级评审委员会";
        Committee committee = Committee.of("T-SUSPEND-SY", name, SHANGYU);
        CommitteeTopic.register(committee);
        String planId = publishPlan(SHANGYU, name);

        CommitteeTopic.send(committee.suspended(T1));
        CommitteeTopic.awaitConsumed();

        assertThat(row(committee.id())).containsEntry("status", "SUSPENDED");
        assertThat(plan(planId).path("items").get(0).path("committeeSuspended").asBoolean()).isTrue();
        JsonNode hit = hitOf(committee);
        assertThat(hit.path("committeeCode").asString()).isEqualTo("T-SUSPEND-SY");
        assertThat(hit.path("committeeSuspended").asBoolean()).isTrue();

        CommitteeTopic.send(committee.reinstated(T2));
        CommitteeTopic.awaitConsumed();

        assertThat(row(committee.id())).containsEntry("status", "ACTIVE");
        assertThat(plan(planId).path("items").get(0).path("committeeSuspended").asBoolean()).isFalse();
        assertThat(hitOf(committee).path("committeeSuspended").asBoolean()).isFalse();
    }

    @Test
    void anOlderChangeArrivingLateIsIgnored() {
        Committee committee = Committee.of("T-LATE", "莲都区迟到测试评审委员会", LIANDU);
        CommitteeTopic.register(committee);

        CommitteeTopic.send(committee.suspended(T3), committee.reinstated(T2));
        CommitteeTopic.awaitConsumed();

        assertThat(row(committee.id())).containsEntry("status", "SUSPENDED");
    }

    /** Decision: the suspension names the committee, so it is kept although the registration was never seen. */
    @Test
    void aSuspensionOfACommitteeNotSeenRegisteredIsKept() {
        String name = "上虞区未见登记测试评审委员会";
        String planId = createPlan(SHANGYU, name);
        Committee committee = Committee.of("T-UNSEEN", name, SHANGYU);

        CommitteeTopic.send(committee.suspended(T1));
        CommitteeTopic.awaitConsumed();

        assertThat(row(committee.id())).containsEntry("status", "SUSPENDED").containsEntry("name", name)
                .containsEntry("level", null);
        assertThat(plan(planId).path("items").get(0).path("committeeId").asString())
                .isEqualTo(committee.id().toString());
        Reply refused = api.post("/api/v1/plans", TestTokens.bearer(TestUsers.hrBureau(SHANGYU)),
                body(SHANGYU, List.of(name)));
        assertThat(refused.status()).as("%s", refused.json()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("plan-item.committee-suspended");
    }

    private Map<String, Object> row(UUID id) {
        return jdbc.sql("SELECT code, name, territory, level, kind, series, status FROM committee WHERE id = ?")
                .param(id).query().singleRow();
    }

    private JsonNode plan(String id) {
        Reply reply = api.get("/api/v1/plans/" + id, TestTokens.bearer(TestUsers.hrBureau(TestUsers.ZHEJIANG)));
        assertThat(reply.status()).as("%s", reply.json()).isEqualTo(200);
        return reply.json();
    }

    private JsonNode hitOf(Committee committee) {
        Reply reply = api.get("/api/v1/plan-items?committee=" + committee.id(), null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("content").size()).isEqualTo(1);
        return reply.json().path("content").get(0);
    }

    /** A draft of {@code region}'s HR bureau with one item per committee name. */
    private String createPlan(String region, String... committeeNames) {
        Reply created = api.post("/api/v1/plans", TestTokens.bearer(TestUsers.hrBureau(region)),
                body(region, List.of(committeeNames)));
        assertThat(created.status()).as("%s", created.json()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private String publishPlan(String region, String committeeName) {
        String id = createPlan(region, committeeName);
        for (String action : List.of("submit", "approve", "publish")) {
            Reply reply = api.post("/api/v1/plans/" + id + "/" + action,
                    TestTokens.bearer(TestUsers.hrBureau(region)), null);
            assertThat(reply.status()).as("%s: %s", action, reply.json()).isEqualTo(200);
        }
        return id;
    }

    private static Map<String, Object> body(String region, List<String> committeeNames) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", 2024);
        body.put("region", region);
        body.put("category", "REGULAR");
        body.put("title", "2024 年度职称评审计划（评委会测试）");
        body.put("items", committeeNames.stream().map(CommitteeEventsListenerTest::item).toList());
        return body;
    }

    private static Map<String, Object> item(String committeeName) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("committeeName", committeeName);
        item.put("evaluatedTitles", List.of("ENGINEER_INTERMEDIATE"));
        item.put("specialties", List.of("MECHATRONICS"));
        item.put("expectedEvaluationTime", "11 月");
        item.put("materialDeadline", "8 月");
        return item;
    }
}
