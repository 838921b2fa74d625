package org.zhicheng.committee.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.committee.meeting.MeetingDrawPort;
import org.zhicheng.committee.meeting.MeetingFlows;
import org.zhicheng.committee.meeting.MeetingFlows.Committee;
import org.zhicheng.committee.meeting.MeetingFlows.Drawn;
import org.zhicheng.committee.meeting.MeetingTestClock;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.ZhichengServiceTest;
import org.zhicheng.starter.test.ShiftableClock;

import tools.jackson.databind.JsonNode;

/**
 * The meeting in session through the API: opening, attendance and quorum, the secret ballot and its refusals, the
 * pass threshold at 5, 7, 9 and 11 attending, the chair's closing and the immutable minutes, and what the database
 * keeps of a vote.
 */
@ZhichengServiceTest
@Import(MeetingTestClock.class)
class BallotApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    MeetingDrawPort drawPort;

    @Autowired
    JdbcClient jdbc;

    private MeetingFlows flows;
    private ServiceApi api;
    private Committee shangyu;

    @BeforeEach
    void aCommitteeOfShangyu() {
        flows = new MeetingFlows(port, clock, drawPort);
        api = flows.api();
        shangyu = flows.committee("SY-ENG-MID", SHANGYU);
    }

    private String office() {
        return TestTokens.bearer(shangyu.office());
    }

    private JsonNode vote(Drawn meeting) {
        return api.get(meeting.path() + "/vote", office()).json();
    }

    private int[] tally(Drawn meeting, UUID application) {
        return jdbc.sql("SELECT agree, disagree, abstain FROM ballot_tally WHERE meeting_id = :m AND application_id "
                + "= :a").param("m", UUID.fromString(meeting.id())).param("a", application)
                .query((rs, i) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) }).single();
    }

    @Test
    void aMeetingOpensOnlyFiledApprovedWithItsPanelOnItsDayChairedByAPanelist() {
        List<String> experts = flows.poolExperts(shangyu, 3);
        String filed = flows.create(shangyu, clock.nextMorning().plusDays(10));
        flows.assign(shangyu, filed);
        flows.file(shangyu, filed);
        Map<String, Object> chair = Map.of("chair", experts.getFirst());

        Reply notApproved = api.post("/api/v1/meetings/" + filed + "/opening", office(), chair);
        assertThat(notApproved.status()).isEqualTo(409);
        assertThat(notApproved.code()).isEqualTo("meeting.wrong-state");
        assertThat(notApproved.json().path("rule").asString()).isEqualTo("001-五(二)");
        flows.approve(shangyu, filed);
        Reply noPanel = api.post("/api/v1/meetings/" + filed + "/opening", office(), chair);
        assertThat(noPanel.status()).isEqualTo(409);
        assertThat(noPanel.json().path("rule").isNull()).isTrue();

        Drawn meeting = flows.drawn(shangyu, experts, 1);
        Reply early = api.post(meeting.path() + "/opening", office(), chair);
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.code()).isEqualTo("meeting.before-date");
        assertThat(early.json().path("rule").asString()).isEqualTo("001-五(二)");

        clock.moveTo(meeting.date());
        Reply outsiderChair = api.post(meeting.path() + "/opening", office(), Map.of("chair", "E-NOBODY"));
        assertThat(outsiderChair.status()).isEqualTo(422);
        assertThat(outsiderChair.code()).isEqualTo("meeting.chair-not-on-panel");
        assertThat(outsiderChair.json().path("rule").asString()).isEqualTo("MOHRSS-40");
        assertThat(api.get(meeting.path() + "/vote", office()).code()).isEqualTo("meeting.wrong-state");

        Reply opened = api.post(meeting.path() + "/opening", office(), chair);
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.json().path("stage").asString()).isEqualTo("ATTENDANCE");
        assertThat(opened.json().path("quorum").asInt()).isEqualTo(2);
        JsonNode open = api.get(meeting.path(), office()).json();
        assertThat(open.path("status").asString()).isEqualTo("OPEN");
        assertThat(open.path("panel").path("chair").asString()).isEqualTo(experts.getFirst());
        JsonNode asChair = api.get(meeting.path(), TestTokens.bearer(MeetingFlows.expert(meeting,
                experts.getFirst()))).json();
        assertThat(asChair.path("panel").path("chairing").asBoolean()).isTrue();
    }

    /** Quorum: 2/3 of the panel present before any ballot (MOHRSS order 40), compared as 3 × present ≥ 2 × panel. */
    @ParameterizedTest(name = "panel {0}: {1} present are a quorum, one fewer is not")
    @CsvSource({ "5, 4", "7, 5", "9, 6", "11, 8" })
    void aQuorumShortByOneIsRefusedNamingTheRuleAndNothingChanges(int panelSize, int quorum) {
        List<String> panel = flows.poolExperts(shangyu, panelSize);
        Drawn meeting = flows.drawn(shangyu, panel, 1);
        flows.open(meeting);

        assertThat(flows.attendance(meeting, panel.subList(0, quorum - 1)).status()).isEqualTo(200);
        Reply shortByOne = flows.startBalloting(meeting);
        assertThat(shortByOne.status()).isEqualTo(422);
        assertThat(shortByOne.code()).isEqualTo("ballot.quorum");
        assertThat(shortByOne.json().path("rule").asString()).isEqualTo("MOHRSS-40");
        assertThat(vote(meeting).path("stage").asString()).isEqualTo("ATTENDANCE");
        Reply beforeQuorum = flows.ballot(meeting, meeting.applications().getFirst(), panel.getFirst(), "AGREE");
        assertThat(beforeQuorum.status()).isEqualTo(409);
        assertThat(beforeQuorum.code()).isEqualTo("ballot.wrong-state");
        assertThat(beforeQuorum.json().path("rule").asString()).isEqualTo("MOHRSS-40");
        assertThat(tally(meeting, meeting.applications().getFirst())).containsExactly(0, 0, 0);

        assertThat(flows.attendance(meeting, panel.subList(0, quorum)).status()).isEqualTo(200);
        Reply started = flows.startBalloting(meeting);
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json().path("stage").asString()).isEqualTo("BALLOTING");
        assertThat(started.json().path("presentCount").asInt()).isEqualTo(quorum);
        assertThat(started.json().path("quorum").asInt()).isEqualTo(quorum);
        Reply lateArrival = flows.attendance(meeting, panel);
        assertThat(lateArrival.status()).isEqualTo(422);
        assertThat(lateArrival.code()).isEqualTo("ballot.attendance-closed");
        assertThat(vote(meeting).path("presentCount").asInt()).isEqualTo(quorum);
    }

    @Test
    void attendanceListsOnlyPanelExperts() {
        List<String> experts = flows.poolExperts(shangyu, 4);
        Drawn meeting = flows.drawn(shangyu, experts.subList(0, 3), 1);
        flows.open(meeting);

        Reply refused = flows.attendance(meeting, List.of(experts.get(0), experts.get(3)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("ballot.not-on-panel");
        assertThat(refused.json().path("rule").asString()).isEqualTo("002-一(四)");
        assertThat(vote(meeting).path("presentCount").asInt()).isZero();
    }

    /** 002 一(四): pass when 3 × agree ≥ 2 × attending; abstentions and disagreements count as not agreeing. */
    @ParameterizedTest(name = "{0} attending: {1} approving pass, {2} fail")
    @CsvSource({ "5, 4, 3", "7, 5, 4", "9, 6, 5", "11, 8, 7" })
    void passesWhenTwoThirdsOfTheAttendingApprove(int attending, int passing, int failing) {
        List<String> panel = flows.poolExperts(shangyu, attending);
        Drawn meeting = flows.drawn(shangyu, panel, 2);
        flows.balloting(meeting, attending);
        UUID passes = meeting.applications().get(0);
        UUID fails = meeting.applications().get(1);
        for (int i = 0; i < attending; i++) {
            flows.ballot(meeting, passes, panel.get(i), i < passing ? "AGREE" : "DISAGREE");
            flows.ballot(meeting, fails, panel.get(i), i < failing ? "AGREE" : "ABSTAIN");
        }

        JsonNode results = flows.close(meeting).json().path("results");

        assertThat(results.get(0).path("outcome").asString()).isEqualTo("PASSED");
        assertThat(results.get(0).path("agree").asInt()).isEqualTo(passing);
        assertThat(results.get(0).path("disagree").asInt()).isEqualTo(attending - passing);
        assertThat(results.get(1).path("outcome").asString()).isEqualTo("FAILED");
        assertThat(results.get(1).path("agree").asInt()).isEqualTo(failing);
        assertThat(results.get(1).path("abstain").asInt()).isEqualTo(attending - failing);
    }

    @Test
    void absentExpertsAreNotCountedAndPresentOnesWhoDoNotVoteCountAsNotAgreeing() {
        List<String> panel = flows.poolExperts(shangyu, 7);
        Drawn meeting = flows.drawn(shangyu, panel, 1);
        flows.balloting(meeting, 5);
        UUID application = meeting.applications().getFirst();
        for (int i = 0; i < 4; i++) {
            assertThat(flows.ballot(meeting, application, panel.get(i), "AGREE").status()).isEqualTo(201);
        }

        Reply absent = flows.ballot(meeting, application, panel.get(6), "AGREE");
        assertThat(absent.status()).isEqualTo(422);
        assertThat(absent.code()).isEqualTo("ballot.not-attending");
        assertThat(absent.json().path("rule").asString()).isEqualTo("MOHRSS-40");

        JsonNode result = flows.close(meeting).json().path("results").get(0);
        // 4 of 5 attending approve (the fifth never voted): 12 ≥ 10 passes, although only 4 of 7 panelists agreed
        assertThat(result.path("attending").asInt()).isEqualTo(5);
        assertThat(result.path("agree").asInt()).isEqualTo(4);
        assertThat(result.path("outcome").asString()).isEqualTo("PASSED");
    }

    @Test
    void ballotsFromOutsidersAbsenteesProxiesAndSecondBallotsAreRefusedNamingTheRuleAndChangeNothing() {
        List<String> experts = flows.poolExperts(shangyu, 6);
        List<String> panel = experts.subList(0, 5);
        String outsider = experts.get(5);
        Drawn meeting = flows.drawn(shangyu, panel, 1);
        flows.balloting(meeting, 4);
        UUID application = meeting.applications().getFirst();
        String voter = panel.get(1);

        Reply cast = flows.ballot(meeting, application, voter, "AGREE");
        assertThat(cast.status()).isEqualTo(201);
        assertThat(cast.json().path("voter").asString()).isEqualTo(voter);
        assertThat(cast.raw().body()).doesNotContain("AGREE");

        List<Reply> refused = new ArrayList<>();
        refused.add(flows.ballot(meeting, application, outsider, "DISAGREE"));
        refused.add(flows.ballot(meeting, application, panel.get(4), "DISAGREE"));
        refused.add(flows.ballot(meeting, application, voter, "DISAGREE"));
        refused.add(api.post(meeting.path() + "/applications/" + application + "/ballot",
                TestTokens.bearer(MeetingFlows.expert(meeting, panel.get(2))),
                Map.of("choice", "DISAGREE", "voter", panel.get(3))));
        refused.add(flows.ballot(meeting, UUID.randomUUID(), panel.get(2), "DISAGREE"));
        assertThat(refused).extracting(Reply::status).containsOnly(422);
        assertThat(refused).extracting(Reply::code).containsExactly("ballot.not-on-panel", "ballot.not-attending",
                "ballot.already-cast", "ballot.proxy", "ballot.not-on-agenda");
        assertThat(refused).extracting(reply -> reply.json().path("rule").asString()).containsExactly("002-一(四)",
                "MOHRSS-40", "MOHRSS-40", "MOHRSS-40", "002-一(三)");
        Reply office = api.post(meeting.path() + "/applications/" + application + "/ballot", office(),
                Map.of("choice", "AGREE"));
        assertThat(office.status()).isEqualTo(403);
        assertThat(office.code()).isEqualTo("meeting.role-required");

        assertThat(tally(meeting, application)).containsExactly(1, 0, 0);
        assertThat(vote(meeting).path("ballotsCast").get(0).path("cast").asInt()).isOne();
    }

    @Test
    void onlyTheChairClosesAndTheArchivedMinutesCannotBeChanged() {
        List<String> panel = flows.poolExperts(shangyu, 5);
        Drawn meeting = flows.drawn(shangyu, panel, 2);
        flows.balloting(meeting, 4);
        UUID first = meeting.applications().get(0);
        for (String expert : panel.subList(0, 4)) {
            flows.ballot(meeting, first, expert, "AGREE");
        }
        assertThat(api.get(meeting.path() + "/minutes", office()).code()).isEqualTo("meeting.wrong-state");

        Reply notChair = api.post(meeting.path() + "/closing", TestTokens.bearer(MeetingFlows.expert(meeting,
                panel.get(1))), null);
        assertThat(notChair.status()).isEqualTo(422);
        assertThat(notChair.code()).isEqualTo("ballot.not-chair");
        assertThat(notChair.json().path("rule").asString()).isEqualTo("MOHRSS-40");

        Reply closed = flows.close(meeting);
        assertThat(closed.status()).isEqualTo(200);
        String hash = closed.json().path("minutesHash").asString();
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(api.get(meeting.path(), office()).json().path("status").asString()).isEqualTo("CLOSED");

        JsonNode minutes = api.get(meeting.path() + "/minutes", TestTokens.bearer(shangyu.hr())).json();
        assertThat(minutes.path("contentHash").asString()).isEqualTo(hash);
        assertThat(minutes.path("present").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrderElementsOf(panel.subList(0, 4));
        assertThat(minutes.path("absent").valueStream().map(JsonNode::asString)).containsExactly(panel.get(4));
        assertThat(minutes.path("closedBy").asString()).isEqualTo(panel.getFirst());
        assertThat(minutes.path("results").get(0).path("outcome").asString()).isEqualTo("PASSED");
        assertThat(minutes.path("results").get(1).path("outcome").asString()).isEqualTo("NOT_VOTED");

        Reply late = flows.ballot(meeting, meeting.applications().get(1), panel.get(1), "AGREE");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("ballot.late");
        assertThat(late.json().path("rule").asString()).isEqualTo("MOHRSS-40");
        assertThat(flows.close(meeting).status()).isEqualTo(409);
        UUID id = UUID.fromString(meeting.id());
        assertThatThrownBy(() -> jdbc.sql("UPDATE meeting_minutes SET content_hash = repeat('0', 64) WHERE "
                + "meeting_id = :id").param("id", id).update()).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("archived");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM meeting_minutes WHERE meeting_id = :id").param("id", id)
                .update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE ballot_tally SET agree = 0 WHERE meeting_id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class);
        assertThat(api.get(meeting.path() + "/minutes", office()).json().path("contentHash").asString())
                .isEqualTo(hash);
    }

    @Test
    void theDatabaseKeepsWhoVotedApartFromHowAndAnExpertReadsOnlyTheirOwnReceipts() {
        List<String> panel = flows.poolExperts(shangyu, 5);
        Drawn meeting = flows.drawn(shangyu, panel, 2);
        flows.balloting(meeting, 5);
        UUID first = meeting.applications().get(0);
        List<String> choices = new ArrayList<>(List.of("AGREE", "AGREE", "AGREE", "DISAGREE", "ABSTAIN"));
        Collections.shuffle(choices);
        for (int i = 0; i < 5; i++) {
            flows.ballot(meeting, first, panel.get(i), choices.get(i));
        }

        assertThat(columns("ballot_voter")).containsExactlyInAnyOrder("meeting_id", "application_id", "expert_id");
        assertThat(columns("ballot_tally")).doesNotContain("expert_id").contains("agree", "disagree", "abstain");
        List<String> linking = jdbc.sql("""
                SELECT table_name FROM information_schema.columns WHERE table_schema = 'public'
                GROUP BY table_name
                HAVING bool_or(column_name IN ('expert_id', 'voter', 'expert'))
                   AND bool_or(column_name IN ('agree', 'disagree', 'abstain', 'choice'))
                """).query(String.class).list();
        assertThat(linking).isEmpty();
        assertThat(tally(meeting, first)).containsExactly(3, 1, 1);
        assertThat(jdbc.sql("SELECT count(*) FROM ballot_voter WHERE meeting_id = :m")
                .param("m", UUID.fromString(meeting.id())).query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_event WHERE payload::text LIKE '%' || :e || '%'")
                .param("e", panel.get(3)).query(Long.class).single()).isZero();

        JsonNode mine = api.get(meeting.path() + "/my-ballots", TestTokens.bearer(MeetingFlows.expert(meeting,
                panel.get(3)))).json();
        assertThat(mine.path("expert").asString()).isEqualTo(panel.get(3));
        assertThat(mine.path("present").asBoolean()).isTrue();
        assertThat(mine.path("votedOn").valueStream().map(JsonNode::asString)).containsExactly(first.toString());
        assertThat(mine.path("notVotedOn").valueStream().map(JsonNode::asString))
                .containsExactly(meeting.applications().get(1).toString());
        assertThat(mine.toString()).doesNotContain("AGREE").doesNotContain("DISAGREE").doesNotContain(panel.get(0));
        JsonNode panelistVote = api.get(meeting.path() + "/vote", TestTokens.bearer(MeetingFlows.expert(meeting,
                panel.get(3)))).json();
        assertThat(panelistVote.path("present").isNull()).isTrue();
        assertThat(panelistVote.path("ballotsCast").get(0).path("cast").asInt()).isEqualTo(5);
        assertThat(panelistVote.toString()).doesNotContain("agree");
    }

    private List<String> columns(String table) {
        return jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = :t")
                .param("t", table).query(String.class).list();
    }
}
