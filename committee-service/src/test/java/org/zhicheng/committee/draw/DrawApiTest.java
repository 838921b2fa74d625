package org.zhicheng.committee.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.draw.DrawScenario.application;
import static org.zhicheng.committee.draw.DrawScenario.draws;
import static org.zhicheng.committee.draw.DrawScenario.seatedExperts;
import static org.zhicheng.committee.draw.DrawScenario.texts;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.committee.CommitteeFixtures;
import org.zhicheng.committee.CommitteeTopic;
import org.zhicheng.starter.test.AsyncApiContract;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * The draw's flows through the API: commit, draw, confirm, decline, top-up, emergency picks, exclusions, each round's
 * summons.
 */
@ZhichengServiceTest
class DrawApiTest {

    static final Path CONTRACT = AsyncApiContract.repositoryContract();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private DrawScenario scenario;
    private ServiceApi api;

    @BeforeEach
    void aCommitteeOfShangyu() {
        scenario = new DrawScenario(port);
        api = scenario.api;
    }

    @Test
    void aDrawnPanelWhoseSeatsAllConfirmMakesTheMeetingPanelDrawn() {
        List<String> experts = scenario.pooledExperts(8);
        String meeting = scenario.approvedMeeting(5, 2, List.of(application("P-APPLICANT-1", "SY-APPLICANT-UNIT")));

        Reply committed = scenario.commit(meeting);
        assertThat(committed.status()).as(String.valueOf(committed.json())).isEqualTo(201);
        JsonNode draw = committed.json();
        String drawId = draw.path("id").asString();
        assertThat(committed.header("Location")).endsWith(draws(meeting) + "/" + drawId);
        assertThat(draw.path("status").asString()).isEqualTo("COMMITTED");
        assertThat(draw.path("commitment").asString()).matches("[0-9a-f]{64}");
        assertThat(draw.path("eligible").asInt()).isEqualTo(8);
        assertThat(draw.path("rounds").get(0).path("seed").isNull()).isTrue();
        assertThat(draw.path("seats")).isEmpty();
        Reply sealed = api.get(draws(meeting) + "/" + drawId + "/record", null);
        assertThat(sealed.json().path("rounds").get(0).path("seed").isNull()).isTrue();

        Reply drawn = api.post(draws(meeting) + "/" + drawId + "/draw", TestTokens.bearer(scenario.office), null);
        assertThat(drawn.status()).as(String.valueOf(drawn.json())).isEqualTo(200);
        JsonNode view = drawn.json();
        assertThat(view.path("status").asString()).isEqualTo("DRAWN");
        List<String> panel = seatedExperts(view);
        assertThat(panel).hasSize(5).doesNotHaveDuplicates().isSubsetOf(experts);
        assertThat(texts(view.path("alternates"))).hasSize(2).doesNotContainAnyElementsOf(panel);
        assertThat(view.path("rounds").get(0).path("seed").asString()).matches("[0-9a-f]{64}");
        assertThat(view.path("commitment").asString()).isEqualTo(draw.path("commitment").asString());

        ConsumerRecord<String, String> event = CommitteeTopic.awaitEvent(scenario.code, "PanelDrawn");
        AsyncApiContract.assertMatches(CONTRACT, "PanelDrawn", event.value());
        JsonNode data = ServiceApi.JSON.readTree(event.value()).path("data");
        assertThat(data.path("drawId").asString()).isEqualTo(drawId);
        assertThat(data.path("commitment").asString()).isEqualTo(draw.path("commitment").asString());
        assertThat(data.path("panelSize").asInt()).isEqualTo(5);
        assertThat(data.path("alternates").asInt()).isEqualTo(2);
        assertThat(experts).allSatisfy(expert -> assertThat(event.value()).doesNotContain(expert));

        for (int i = 0; i < panel.size() - 1; i++) {
            assertThat(scenario.confirm(meeting, drawId, panel.get(i)).status()).isEqualTo(200);
            assertThat(meetingStatus(meeting)).isEqualTo("APPROVED");
        }
        Reply last = scenario.confirm(meeting, drawId, panel.getLast());
        assertThat(last.status()).as(String.valueOf(last.json())).isEqualTo(200);
        assertThat(last.json().path("seat").asInt()).isEqualTo(5);
        assertThat(last.json().has("seats")).isFalse();
        assertThat(meetingStatus(meeting)).isEqualTo("PANEL_DRAWN");
        JsonNode complete = scenario.read(meeting, drawId, scenario.office).json();
        assertThat(complete.path("complete").asBoolean()).isTrue();
        assertThat(complete.path("steps").valueStream().map(step -> step.path("type").asString()))
                .containsExactly("COMMITTED", "DRAWN", "CONFIRMED", "CONFIRMED", "CONFIRMED", "CONFIRMED",
                        "CONFIRMED");
        assertThat(complete.path("steps").get(2).path("actor").asString())
                .isEqualTo(TestUsers.expert(SHANGYU, panel.getFirst()).username());

        Reply afterwards = scenario.decline(meeting, drawId, panel.getFirst());
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.code()).isEqualTo("meeting.wrong-state");
        Reply again = scenario.commit(meeting);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aDeclineHandsTheSeatToTheNextAlternateAndATopUpFillsTheVacancyLogged() {
        scenario.pooledExperts(8);
        String meeting = scenario.approvedMeeting(5, 1, List.of());
        JsonNode view = scenario.drawn(meeting);
        String drawId = view.path("id").asString();
        List<String> panel = seatedExperts(view);
        String alternate = texts(view.path("alternates")).getFirst();

        JsonNode afterDecline = scenario.api.post(draws(meeting) + "/" + drawId + "/seats/" + panel.get(1)
                + "/decline", TestTokens.bearer(scenario.office), Map.of("reason", "身体原因")).json();
        assertThat(afterDecline.path("seats").get(1).path("expert").asString()).isEqualTo(alternate);
        assertThat(afterDecline.path("seats").get(1).path("status").asString()).isEqualTo("AWAITING");
        assertThat(afterDecline.path("alternates")).isEmpty();

        Reply noVacancy = api.post(draws(meeting) + "/" + drawId + "/top-up", TestTokens.bearer(scenario.office),
                null);
        assertThat(noVacancy.status()).isEqualTo(409);
        assertThat(noVacancy.code()).isEqualTo("draw.wrong-state");

        assertThat(scenario.decline(meeting, drawId, panel.get(3)).status()).isEqualTo(200);
        JsonNode vacant = scenario.read(meeting, drawId, scenario.office).json();
        assertThat(vacant.path("seats").get(3).path("status").asString()).isEqualTo("VACANT");

        Reply toppedUp = api.post(draws(meeting) + "/" + drawId + "/top-up", TestTokens.bearer(scenario.office),
                null);
        assertThat(toppedUp.status()).as(String.valueOf(toppedUp.json())).isEqualTo(200);
        assertThat(toppedUp.json().path("status").asString()).isEqualTo("COMMITTED");
        JsonNode round1 = toppedUp.json().path("rounds").get(1);
        assertThat(round1.path("previous").asString()).isEqualTo(view.path("commitment").asString());
        assertThat(round1.path("count").asInt()).isEqualTo(1);
        assertThat(round1.path("seed").isNull()).isTrue();

        JsonNode filled = api.post(draws(meeting) + "/" + drawId + "/draw", TestTokens.bearer(scenario.office),
                null).json();
        String newcomer = filled.path("seats").get(3).path("expert").asString();
        assertThat(newcomer).isNotIn(panel).isNotEqualTo(alternate);
        assertThat(filled.path("steps").valueStream().map(step -> step.path("type").asString()))
                .containsExactly("COMMITTED", "DRAWN", "DECLINED", "ALTERNATE_PROMOTED", "DECLINED", "COMMITTED",
                        "DRAWN");
        assertThat(filled.path("steps").get(2).path("note").asString()).isEqualTo("身体原因");
        assertThat(filled.path("steps").get(2).path("actor").asString()).isEqualTo(scenario.office.username());

        JsonNode record = api.get(draws(meeting) + "/" + drawId + "/record", null).json();
        assertThat(record.path("steps").get(2).path("note").isNull()).isTrue();
        assertThat(record.toString()).doesNotContain("身体原因");
        JsonNode replay = api.get(draws(meeting) + "/" + drawId + "/replay", null).json();
        assertThat(replay.path("verified").asBoolean()).as(replay.toString()).isTrue();
        assertThat(replay.path("matchesStoredDraw").asBoolean()).isTrue();
        assertThat(replay.path("commitments")).hasSize(2);
    }

    @Test
    void eachRoundsSummonsListsWhomItSelectedAsDrawnWithTheirContacts() {
        scenario.pooledExperts(8);
        String meeting = scenario.approvedMeeting(5, 1, List.of());
        JsonNode view = scenario.drawn(meeting);
        String drawId = view.path("id").asString();
        List<String> panel = seatedExperts(view);
        String alternate = texts(view.path("alternates")).getFirst();

        Reply round0 = scenario.summons(meeting, drawId, 0, DrawScenario.NOTIFICATION_SERVICE);

        assertThat(round0.status()).as(String.valueOf(round0.json())).isEqualTo(200);
        JsonNode summons = round0.json();
        assertThat(summons.path("meetingId").asString()).isEqualTo(meeting);
        assertThat(summons.path("committee").asString()).isEqualTo(scenario.code);
        assertThat(summons.path("committeeName").asString()).isEqualTo("工程系列中级评委会 " + scenario.code);
        assertThat(summons.path("meetingTitle").asString()).startsWith("评审会 ");
        assertThat(summons.path("meetingDate").asString()).isEqualTo(DrawScenario.TODAY.plusDays(21).toString());
        assertThat(summons.path("venue").asString()).isEqualTo(DrawScenario.VENUE);
        assertThat(summons.path("drawId").asString()).isEqualTo(drawId);
        assertThat(summons.path("round").asInt()).isZero();
        assertThat(summons.path("drawnAt").asString()).isEqualTo(view.path("rounds").get(0).path("drawnAt")
                .asString());
        JsonNode experts = summons.path("experts");
        assertThat(experts.valueStream().map(expert -> expert.path("expertId").asString()))
                .containsExactlyElementsOf(concat(panel, alternate));
        assertThat(experts.valueStream().map(expert -> expert.path("role").asString()))
                .containsExactly("PANEL", "PANEL", "PANEL", "PANEL", "PANEL", "ALTERNATE");
        assertThat(experts.valueStream().map(expert -> expert.path("seat").isNull() ? null : expert.path("seat")
                .asInt())).containsExactly(1, 2, 3, 4, 5, null);
        JsonNode first = experts.get(0);
        assertThat(first.path("name").asString()).isEqualTo("专家 " + panel.getFirst());
        assertThat(first.path("unit").asString()).startsWith("SY-UNIT-");
        assertThat(first.path("email").asString()).isEqualTo(panel.getFirst().toLowerCase() + "@example.org");
        assertThat(first.path("phone").asString()).isEqualTo("0575-82000000");

        assertThat(scenario.decline(meeting, drawId, panel.get(1)).status()).isEqualTo(200);
        assertThat(scenario.decline(meeting, drawId, panel.get(3)).status()).isEqualTo(200);
        assertThat(scenario.summons(meeting, drawId, 0, scenario.office).json())
                .as("round 0 as drawn, not the seats after the declines and the promotion").isEqualTo(summons);
        assertThat(api.post(draws(meeting) + "/" + drawId + "/top-up", TestTokens.bearer(scenario.office), null)
                .status()).isEqualTo(200);
        Reply notYetDrawn = scenario.summons(meeting, drawId, 1, DrawScenario.NOTIFICATION_SERVICE);
        assertThat(notYetDrawn.status()).isEqualTo(409);
        assertThat(notYetDrawn.code()).isEqualTo("draw.wrong-state");

        JsonNode filled = api.post(draws(meeting) + "/" + drawId + "/draw", TestTokens.bearer(scenario.office),
                null).json();

        JsonNode round1 = scenario.summons(meeting, drawId, 1, DrawScenario.NOTIFICATION_SERVICE).json();
        assertThat(round1.path("round").asInt()).isEqualTo(1);
        assertThat(round1.path("drawnAt").asString()).isEqualTo(filled.path("rounds").get(1).path("drawnAt")
                .asString());
        assertThat(round1.path("experts")).hasSize(1);
        JsonNode newcomer = round1.path("experts").get(0);
        assertThat(newcomer.path("expertId").asString()).isEqualTo(filled.path("seats").get(3).path("expert")
                .asString()).isNotIn(concat(panel, alternate));
        assertThat(newcomer.path("role").asString()).isEqualTo("PANEL");
        assertThat(newcomer.path("seat").asInt()).isEqualTo(4);
        assertThat(scenario.summons(meeting, drawId, 0, DrawScenario.NOTIFICATION_SERVICE).json()).isEqualTo(summons);
    }

    @Test
    void anEmergencyPickThatWouldMakeThirtyThreePercentIsRefusedAndChangesNothing() {
        scenario.pooledExperts(9);
        List<String> byName = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byName.add(scenario.pooledExpertOfOtherSpecialty());
        }
        String meeting = scenario.approvedMeeting(9, 0, List.of());
        JsonNode view = scenario.drawn(meeting);
        String drawId = view.path("id").asString();
        List<String> panel = seatedExperts(view);
        for (int i = 0; i < 3; i++) {
            assertThat(scenario.decline(meeting, drawId, panel.get(i)).status()).isEqualTo(200);
        }

        Reply noConsent = scenario.pick(meeting, drawId, byName.get(0), " ");
        assertThat(noConsent.status()).isEqualTo(422);
        assertThat(noConsent.code()).isEqualTo("draw.emergency-consent-missing");
        assertThat(noConsent.json().path("rule").asString()).isEqualTo("000-三(一)");
        Reply first = scenario.pick(meeting, drawId, byName.get(0), "虞人社函〔2026〕21号");
        assertThat(first.status()).as(String.valueOf(first.json())).isEqualTo(200);
        assertThat(first.json().path("seats").get(0).path("expert").asString()).isEqualTo(byName.get(0));
        assertThat(first.json().path("seats").get(0).path("emergency").asBoolean()).isTrue();
        Reply alreadyDrawn = scenario.pick(meeting, drawId, panel.get(5), "虞人社函〔2026〕20号");
        assertThat(alreadyDrawn.status()).isEqualTo(409);
        assertThat(alreadyDrawn.code()).isEqualTo("draw.wrong-state");
        assertThat(scenario.pick(meeting, drawId, byName.get(1), "虞人社函〔2026〕22号").status()).isEqualTo(200);
        int steps = stepCount(drawId);

        Reply third = scenario.pick(meeting, drawId, byName.get(2), "虞人社函〔2026〕23号");

        assertThat(third.status()).isEqualTo(422);
        assertThat(third.code()).isEqualTo("draw.emergency-over-limit");
        assertThat(third.json().path("rule").asString()).isEqualTo("000-三(一)");
        assertThat(stepCount(drawId)).isEqualTo(steps);
        JsonNode after = scenario.read(meeting, drawId, scenario.office).json();
        assertThat(after.path("emergencyPicks").asInt()).isEqualTo(2);
        assertThat(after.path("seats").get(2).path("status").asString()).isEqualTo("VACANT");

        Reply notInPool = scenario.pick(meeting, drawId, "E-NOBODY", "虞人社函〔2026〕24号");
        assertThat(notInPool.status()).isEqualTo(422);
        assertThat(notInPool.code()).isEqualTo("draw.emergency-not-in-pool");
    }

    @Test
    void aPoolOneShortIsRefusedNamingTheRuleAndExactlyEnoughIsDrawn() {
        scenario.pooledExperts(4);
        String meeting = scenario.approvedMeeting(5, 2, List.of());

        Reply refused = scenario.commit(meeting);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("draw.pool-too-small");
        assertThat(refused.json().path("rule").asString()).isEqualTo("002-一(四)");
        assertThat(jdbc.sql("SELECT count(*) FROM panel_draw WHERE meeting_id = :meeting::uuid")
                .param("meeting", meeting).query(Long.class).single()).isZero();

        scenario.pooledExperts(1);
        Reply exactlyEnough = scenario.commit(meeting);
        assertThat(exactlyEnough.status()).as(String.valueOf(exactlyEnough.json())).isEqualTo(201);
        assertThat(exactlyEnough.json().path("eligible").asInt()).isEqualTo(5);
        assertThat(exactlyEnough.json().path("alternateShortfall").asInt()).isEqualTo(2);
    }

    @Test
    void expertsOfAnApplicantsUnitOrWithADeclaredConflictAreExcludedWithTheirReasons() {
        List<String> free = scenario.pooledExperts(5);
        String colleague = scenario.pooledExpert("SY-APPLICANT-UNIT");
        String relative = scenario.pooledExpert(CommitteeFixtures.unique("SY-UNIT"));
        Reply declared = api.post("/api/v1/experts/" + relative + "/conflicts",
                TestTokens.bearer(TestUsers.expert(SHANGYU, relative)), Map.of("type", "RELATIVE",
                        "person", "P-APPLICANT-9"));
        assertThat(declared.status()).as(String.valueOf(declared.json())).isEqualTo(201);
        Map<String, Object> first = application("P-APPLICANT-8", "SY-APPLICANT-UNIT");
        Map<String, Object> second = application("P-APPLICANT-9", "SY-OTHER-UNIT");
        String meeting = scenario.approvedMeeting(5, 0, List.of(first, second));

        JsonNode view = scenario.drawn(meeting);

        assertThat(view.path("eligible").asInt()).isEqualTo(5);
        assertThat(view.path("excludedExperts").asInt()).isEqualTo(2);
        assertThat(seatedExperts(view)).containsExactlyInAnyOrderElementsOf(free);
        JsonNode exclusions = view.path("exclusions");
        assertThat(exclusions).hasSize(2);
        JsonNode sameUnit = exclusions.valueStream().filter(e -> e.path("expert").asString().equals(colleague))
                .findFirst().orElseThrow();
        assertThat(sameUnit.path("reason").asString()).isEqualTo("SAME_UNIT_AS_APPLICANT");
        assertThat(sameUnit.path("unit").asString()).isEqualTo("SY-APPLICANT-UNIT");
        assertThat(sameUnit.path("applicationId").asString()).isEqualTo(first.get("applicationId"));
        JsonNode conflict = exclusions.valueStream().filter(e -> e.path("expert").asString().equals(relative))
                .findFirst().orElseThrow();
        assertThat(conflict.path("reason").asString()).isEqualTo("CONFLICT_WITH_APPLICANT");
        assertThat(conflict.path("person").asString()).isEqualTo("P-APPLICANT-9");
        assertThat(conflict.path("conflictType").asString()).isEqualTo("RELATIVE");
        assertThat(conflict.path("conflictSource").asString()).isEqualTo("DECLARED");
        assertThat(conflict.path("applicationId").asString()).isEqualTo(second.get("applicationId"));

        String record = api.get(draws(meeting) + "/" + view.path("id").asString() + "/record", null).raw().body();
        assertThat(record).doesNotContain(colleague, relative, "SY-APPLICANT-UNIT", "P-APPLICANT-9", "RELATIVE");
        Reply emergencyConflicted = scenario.api.post(draws(meeting) + "/" + view.path("id").asString()
                + "/seats/" + free.getFirst() + "/decline", TestTokens.bearer(scenario.office),
                Map.of("reason", "回避"));
        assertThat(emergencyConflicted.status()).isEqualTo(200);
        Reply picked = scenario.pick(meeting, view.path("id").asString(), colleague, "虞人社函〔2026〕30号");
        assertThat(picked.status()).isEqualTo(422);
        assertThat(picked.code()).isEqualTo("draw.emergency-conflict");
        assertThat(picked.json().path("rule").asString()).isEqualTo("MOHRSS-40");
    }

    @Test
    void anApplicationAssignedAfterTheCommitStopsTheDrawUntilItIsTakenOff() {
        scenario.pooledExperts(6);
        String meeting = scenario.approvedMeeting(5, 0, List.of());
        String drawId = scenario.commit(meeting).json().path("id").asString();
        Map<String, Object> late = application("P-LATE", "SY-LATE-UNIT");
        assertThat(api.post("/api/v1/meetings/" + meeting + "/applications", TestTokens.bearer(scenario.office),
                late).status()).isEqualTo(201);

        Reply refused = api.post(draws(meeting) + "/" + drawId + "/draw", TestTokens.bearer(scenario.office), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("draw.wrong-state");
        assertThat(refused.json().path("rule").asString()).isEqualTo("MOHRSS-40");
        assertThat(stepCount(drawId)).isEqualTo(1);
    }

    private static List<String> concat(List<String> panel, String alternate) {
        List<String> all = new ArrayList<>(panel);
        all.add(alternate);
        return all;
    }

    private int stepCount(String drawId) {
        return jdbc.sql("SELECT count(*) FROM draw_step WHERE draw_id = :draw::uuid").param("draw", drawId)
                .query(Integer.class).single();
    }

    private String meetingStatus(String meeting) {
        return api.get("/api/v1/meetings/" + meeting, TestTokens.bearer(scenario.office)).json().path("status")
                .asString();
    }
}
