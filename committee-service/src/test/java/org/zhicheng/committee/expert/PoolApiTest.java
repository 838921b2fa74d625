package org.zhicheng.committee.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.CommitteeFixtures.HR_SHANGYU;
import static org.zhicheng.committee.CommitteeFixtures.add;
import static org.zhicheng.committee.CommitteeFixtures.changes;
import static org.zhicheng.committee.CommitteeFixtures.office;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.committee.CommitteeFixtures;
import org.zhicheng.committee.expert.domain.ConflictSource;
import org.zhicheng.committee.expert.domain.ConflictType;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/** Pool requests and their approval, the term rule, discipline ending memberships, conflicts, the pool read model. */
@ZhichengServiceTest
class PoolApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PoolMembers poolMembers;

    private CommitteeFixtures fixtures;
    private ServiceApi api;
    private String code;

    @BeforeEach
    void aCommitteeOfShangyu() {
        fixtures = new CommitteeFixtures(port);
        api = fixtures.api();
        code = fixtures.committee("SY-ENG", SHANGYU);
    }

    @Test
    void anApprovedRequestPutsTheExpertsInThePool() {
        String first = fixtures.expert("E-SY", SHANGYU, "SY-U002");
        String second = fixtures.expert("E-SY", SHANGYU, "SY-U003");
        String request = fixtures.fileRequest(code, SHANGYU, changes(List.of(
                add(first, TODAY, TODAY.plusYears(3).minusDays(1)),
                add(second, TODAY.plusDays(10), TODAY.plusYears(2))), List.of()));

        assertThat(pool().path("members")).isEmpty();
        Reply pending = api.get(requests() + "/" + request, TestTokens.bearer(HR_SHANGYU));
        assertThat(pending.json().path("status").asString()).isEqualTo("PENDING");

        Reply approved = fixtures.approve(code, request, CommitteeFixtures.HR_SHAOXING);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().path("decidedBy").asString()).isEqualTo(CommitteeFixtures.HR_SHAOXING.username());

        JsonNode pool = pool();
        assertThat(pool.path("members").valueStream().map(member -> member.path("expert").asString()))
                .containsExactlyInAnyOrder(first, second);
        assertThat(pool.path("members").valueStream().filter(member -> member.path("serving").asBoolean())
                .map(member -> member.path("expert").asString())).containsExactly(first);
        assertThat(pool.path("composition").path("members").asInt()).isEqualTo(1);
        assertThat(pool.path("composition").path("odd").asBoolean()).isTrue();
        assertThat(pool.path("composition").path("rule").asString()).isEqualTo("MOHRSS-40");
        assertThat(poolMembers.activeOn(code, TODAY)).extracting(PoolMember::expertId).containsExactly(first);
        assertThat(poolMembers.activeOn(code, TODAY.plusDays(10))).extracting(PoolMember::expertId)
                .containsExactlyInAnyOrder(first, second);
        assertThat(api.get(requests() + "?status=APPROVED", TestTokens.bearer(office(SHANGYU, code))).json())
                .hasSize(1);
    }

    @Test
    void aTermOneDayOverThreeYearsIsRefusedNamingTheRuleAndNothingIsFiled() {
        String expert = fixtures.expert("E-SY", SHANGYU, "SY-U002");
        Reply refused = api.post(requests(), TestTokens.bearer(office(SHANGYU, code)), changes(List.of(
                add(expert, TODAY, TODAY.plusYears(3))), List.of()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("pool.term-too-long");
        assertThat(refused.json().path("rule").asString()).isEqualTo("000-三(一)");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("add[0].termEnd");
        assertThat(api.get(requests(), TestTokens.bearer(HR_SHANGYU)).json()).isEmpty();

        Reply reversed = api.post(requests(), TestTokens.bearer(office(SHANGYU, code)), changes(List.of(
                add(expert, TODAY, TODAY.minusDays(1))), List.of()));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.code()).isEqualTo("pool.term-reversed");
        Reply empty = api.post(requests(), TestTokens.bearer(office(SHANGYU, code)), changes(List.of(), List.of()));
        assertThat(empty.code()).isEqualTo("pool-request.empty");
        Reply unknown = api.post(requests(), TestTokens.bearer(office(SHANGYU, code)), changes(List.of(
                add("E-NOBODY", TODAY, TODAY)), List.of()));
        assertThat(unknown.code()).isEqualTo("pool.unknown-expert");
    }

    @Test
    void approvalAppliesAllOrNothing() {
        String fine = fixtures.expert("E-SY", SHANGYU, "SY-U002");
        String disciplined = fixtures.expert("E-SY", SHANGYU, "SY-U003");
        String request = fixtures.fileRequest(code, SHANGYU, changes(List.of(add(fine, TODAY, TODAY.plusYears(1)),
                add(disciplined, TODAY, TODAY.plusYears(1))), List.of()));
        assertThat(api.post("/api/v1/experts/" + disciplined + "/discipline", TestTokens.bearer(HR_SHANGYU),
                Map.of("kind", "BREACH", "reason", "私下接触申报人")).status()).isEqualTo(201);

        Reply refused = fixtures.approve(code, request, HR_SHANGYU);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("pool.expert-disqualified");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("add[1]");
        assertThat(pool().path("members")).isEmpty();
        assertThat(api.get(requests() + "/" + request, TestTokens.bearer(HR_SHANGYU)).json().path("status")
                .asString()).isEqualTo("PENDING");
    }

    @Test
    void aSuspendedCommitteeChangesNoPool() {
        String expert = fixtures.expert("E-SY", SHANGYU, "SY-U002");
        String request = fixtures.fileRequest(code, SHANGYU, changes(List.of(add(expert, TODAY, TODAY)), List.of()));
        api.post("/api/v1/committees/" + code + "/suspension", TestTokens.bearer(HR_SHANGYU),
                Map.of("reason", "暂停评审权"));

        Reply approval = fixtures.approve(code, request, HR_SHANGYU);
        assertThat(approval.status()).isEqualTo(409);
        assertThat(approval.code()).isEqualTo("committee.wrong-state");
        assertThat(approval.json().path("rule").asString()).isEqualTo("001-四");
        Reply filing = api.post(requests(), TestTokens.bearer(office(SHANGYU, code)),
                changes(List.of(add(expert, TODAY, TODAY)), List.of()));
        assertThat(filing.code()).isEqualTo("committee.wrong-state");
        assertThat(pool().path("members")).isEmpty();
    }

    @Test
    void aServingMemberIsNotAddedAgainAndARemovalEndsTheMembership() {
        String expert = fixtures.expert("E-SY", SHANGYU, "SY-U002");
        fixtures.inPool(code, SHANGYU, HR_SHANGYU, expert);

        Reply again = api.post(requests(), TestTokens.bearer(office(SHANGYU, code)),
                changes(List.of(add(expert, TODAY, TODAY)), List.of()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("pool.already-member");

        String removal = fixtures.fileRequest(code, SHANGYU, changes(List.of(),
                List.of(Map.of("expert", expert, "reason", "工作调动"))));
        assertThat(fixtures.approve(code, removal, HR_SHANGYU).status()).isEqualTo(200);
        assertThat(pool().path("members")).isEmpty();
        assertThat(jdbc.sql("SELECT end_reason FROM pool_membership WHERE expert_id = :expert")
                .param("expert", expert).query(String.class).single()).isEqualTo("REMOVED");
    }

    @Test
    void aRejectedRequestChangesNothingAndCannotBeApprovedLater() {
        String expert = fixtures.expert("E-SY", SHANGYU, "SY-U002");
        String request = fixtures.fileRequest(code, SHANGYU, changes(List.of(add(expert, TODAY, TODAY)), List.of()));

        Reply rejected = api.post(requests() + "/" + request + "/rejection", TestTokens.bearer(HR_SHANGYU),
                Map.of("reason", "专家资历不足"));
        assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().path("decisionReason").asString()).isEqualTo("专家资历不足");
        Reply late = fixtures.approve(code, request, HR_SHANGYU);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("pool-request.wrong-state");
        assertThat(pool().path("members")).isEmpty();
    }

    @Test
    void disciplineDisqualifiesTheExpertAndEndsEveryMembership() {
        String other = fixtures.committee("SY-ENG", SHANGYU);
        String expert = fixtures.expert("E-SY", SHANGYU, "SY-U002");
        fixtures.inPool(code, SHANGYU, HR_SHANGYU, expert);
        fixtures.inPool(other, SHANGYU, HR_SHANGYU, expert);

        Reply record = api.post("/api/v1/experts/" + expert + "/discipline", TestTokens.bearer(HR_SHANGYU),
                Map.of("kind", "LEAK", "reason", "泄露评审信息"));

        assertThat(record.status()).isEqualTo(201);
        assertThat(record.json().path("committees").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(code, other);
        assertThat(record.json().path("unit").asString()).isEqualTo("SY-U002");
        assertThat(api.get("/api/v1/experts/" + expert, TestTokens.bearer(HR_SHANGYU)).json().path("status")
                .asString()).isEqualTo("DISQUALIFIED");
        assertThat(pool().path("members")).isEmpty();
        assertThat(poolMembers.activeOn(other, TODAY)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pool_membership WHERE expert_id = :expert AND end_reason = "
                + "'DISCIPLINE'").param("expert", expert).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE event_key = :expert AND type = "
                + "'ExpertDisciplined'").param("expert", expert).query(Long.class).single()).isEqualTo(1);

        Reply again = api.post("/api/v1/experts/" + expert + "/discipline", TestTokens.bearer(HR_SHANGYU),
                Map.of("kind", "BREACH", "reason", "again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("expert.wrong-state");
        assertThat(api.get("/api/v1/experts/" + expert + "/discipline", TestTokens.bearer(HR_SHANGYU)).json())
                .hasSize(1);
    }

    @Test
    void expertsDeclareOfficesPinAndEachWithdrawsOnlyTheirOwn() {
        String expert = fixtures.expert("E-SY", SHANGYU, "SY-U002");
        fixtures.inPool(code, SHANGYU, HR_SHANGYU, expert);
        var self = TestTokens.bearer(TestUsers.expert(SHANGYU, expert));
        var office = TestTokens.bearer(office(SHANGYU, code));

        Reply declared = api.post(conflicts(expert), self, Map.of("type", "RELATIVE", "person", "P-SY-0001",
                "note", "配偶"));
        Reply pinned = api.post(conflicts(expert), office, Map.of("type", "SAME_UNIT", "unit", "SY-U002"));
        assertThat(declared.status()).isEqualTo(201);
        assertThat(declared.json().path("source").asString()).isEqualTo("DECLARED");
        assertThat(pinned.json().path("source").asString()).isEqualTo("PINNED");
        assertThat(pinned.json().path("committee").asString()).isEqualTo(code);
        assertThat(api.post(conflicts(expert), self, Map.of("type", "OTHER", "person", "x", "unit", "y")).code())
                .isEqualTo("conflict.person-or-unit");

        List<PoolMember> members = poolMembers.activeOn(code, TODAY);
        assertThat(members).singleElement().satisfies(member -> assertThat(member.conflicts()).containsExactly(
                new PoolMember.Conflict(ConflictType.RELATIVE, ConflictSource.DECLARED, "P-SY-0001", null),
                new PoolMember.Conflict(ConflictType.SAME_UNIT, ConflictSource.PINNED, null, "SY-U002")));

        String declaredId = declared.json().path("id").asString();
        Reply byOffice = api.post(conflicts(expert) + "/" + declaredId + "/withdrawal", office,
                Map.of("reason", "x"));
        assertThat(byOffice.status()).isEqualTo(403);
        assertThat(byOffice.code()).isEqualTo("conflict.not-declarer");
        Reply withdrawn = api.post(conflicts(expert) + "/" + declaredId + "/withdrawal", self,
                Map.of("reason", "已离婚"));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("inForce").asBoolean()).isFalse();
        assertThat(api.post(conflicts(expert) + "/" + declaredId + "/withdrawal", self, Map.of("reason", "again"))
                .code()).isEqualTo("conflict.wrong-state");

        assertThat(api.get(conflicts(expert), TestTokens.bearer(HR_SHANGYU)).json()).hasSize(2);
        assertThat(poolMembers.activeOn(code, TODAY).getFirst().conflicts()).hasSize(1);
    }

    @Test
    void theExpertReadsTheirOwnProfileWithContactAndBureausListTheirRegion() {
        String expert = fixtures.expert("E-SY", SHANGYU, "SY-U002");

        Reply self = api.get("/api/v1/experts/" + expert, TestTokens.bearer(TestUsers.expert(SHANGYU, expert)));
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.json().path("phone").asString()).isEqualTo("0575-82000000");
        assertThat(self.json().path("status").asString()).isEqualTo("ACTIVE");

        Reply listed = api.get("/api/v1/experts?specialty=机电制造&size=100", TestTokens.bearer(HR_SHANGYU));
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("content").valueStream().map(view -> view.path("id").asString()))
                .contains(expert);
        Reply taken = api.post("/api/v1/experts", TestTokens.bearer(HR_SHANGYU),
                CommitteeFixtures.expertBody(expert, SHANGYU, "SY-U002"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("expert.id-taken");
    }

    private JsonNode pool() {
        Reply pool = api.get("/api/v1/committees/" + code + "/pool", TestTokens.bearer(office(SHANGYU, code)));
        assertThat(pool.status()).isEqualTo(200);
        return pool.json();
    }

    private String requests() {
        return "/api/v1/committees/" + code + "/pool-requests";
    }

    private static String conflicts(String expert) {
        return "/api/v1/experts/" + expert + "/conflicts";
    }
}
