package org.zhicheng.committee.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.CommitteeFixtures.HR_LIANDU;
import static org.zhicheng.committee.CommitteeFixtures.HR_SHANGYU;
import static org.zhicheng.committee.draw.DrawScenario.draws;
import static org.zhicheng.committee.draw.DrawScenario.seatedExperts;
import static org.zhicheng.committee.draw.DrawScenario.texts;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhicheng.committee.CommitteeFixtures;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * Who sees and does what with a draw: 401 without a token except the public record and replay, 403 for the wrong
 * role, committee, region or expert, 404 for an unknown meeting, draw or round; identities only for the office, HR
 * and (a round's summons) notification-service's account.
 */
@ZhichengServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrawSecurityTest {

    @LocalServerPort
    int port;

    private DrawScenario scenario;
    private ServiceApi api;
    private String meeting;
    private String drawId;
    private String base;
    private List<String> panel;
    private List<String> experts;

    @BeforeAll
    void aDrawnMeeting() {
        scenario = new DrawScenario(port);
        api = scenario.api;
        experts = scenario.pooledExperts(8);
        meeting = scenario.approvedMeeting(5, 1, List.of(DrawScenario.application("P-SEC-1", "SY-SEC-UNIT")));
        JsonNode drawn = scenario.drawn(meeting);
        drawId = drawn.path("id").asString();
        base = draws(meeting) + "/" + drawId;
        panel = seatedExperts(drawn);
    }

    @Test
    void everyEndpointButTheRecordAndReplayNeedsAToken() {
        assertThat(api.post(draws(meeting), null, null).status()).isEqualTo(401);
        assertThat(api.post(base + "/draw", null, null).status()).isEqualTo(401);
        assertThat(api.post(base + "/seats/" + panel.getFirst() + "/confirmation", null, null).status())
                .isEqualTo(401);
        assertThat(api.post(base + "/seats/" + panel.getFirst() + "/decline", null, Map.of("reason", "x")).status())
                .isEqualTo(401);
        assertThat(api.post(base + "/top-up", null, null).status()).isEqualTo(401);
        assertThat(api.post(base + "/emergency-picks", null, Map.of("expertId", "E-X", "hrConsentReference", "x"))
                .status()).isEqualTo(401);
        assertThat(api.get(base, null).status()).isEqualTo(401);
        assertThat(api.get(base + "/salt", null).status()).isEqualTo(401);

        Reply record = api.get(base + "/record", null);
        assertThat(record.status()).isEqualTo(200);
        assertThat(record.raw().body()).doesNotContain(experts.toArray(String[]::new)).doesNotContain("专家")
                .doesNotContain("P-SEC-1", "SY-SEC-UNIT");
        Reply replay = api.get(base + "/replay", null);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.raw().body()).doesNotContain(experts.toArray(String[]::new));
    }

    @Test
    void applicantsAndOtherRolesAreRefused() {
        TestUser applicant = TestUsers.applicant(SHANGYU, "SY-SEC-UNIT", "P-SEC-1");
        Reply read = api.get(base, TestTokens.bearer(applicant));
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.code()).isEqualTo("draw.role-required");
        assertThat(api.post(draws(meeting), TestTokens.bearer(applicant), null).code())
                .isEqualTo("draw.role-required");
        Reply hrCommits = api.post(draws(meeting), TestTokens.bearer(HR_SHANGYU), null);
        assertThat(hrCommits.status()).isEqualTo(403);
        assertThat(hrCommits.code()).isEqualTo("draw.role-required");
        assertThat(api.post(base + "/top-up", TestTokens.bearer(applicant), null).status()).isEqualTo(403);
        assertThat(api.get(base + "/salt", TestTokens.bearer(applicant)).status()).isEqualTo(403);
    }

    @Test
    void anotherCommitteesOfficeAndAnotherRegionsHrBureauAreOutOfScope() {
        TestUser otherOffice = CommitteeFixtures.office(SHANGYU, "SY-OTHER-COMMITTEE");
        for (Reply reply : List.of(api.get(base, TestTokens.bearer(otherOffice)),
                api.post(draws(meeting), TestTokens.bearer(otherOffice), null),
                api.post(base + "/draw", TestTokens.bearer(otherOffice), null),
                api.post(base + "/top-up", TestTokens.bearer(otherOffice), null),
                api.post(base + "/emergency-picks", TestTokens.bearer(otherOffice),
                        Map.of("expertId", experts.getFirst(), "hrConsentReference", "x")),
                api.post(base + "/seats/" + panel.getFirst() + "/confirmation", TestTokens.bearer(otherOffice),
                        null),
                api.get(base + "/salt", TestTokens.bearer(otherOffice)),
                api.get(base, TestTokens.bearer(HR_LIANDU)),
                api.get(base + "/salt", TestTokens.bearer(HR_LIANDU)))) {
            assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(403);
            assertThat(reply.code()).isEqualTo("committee.out-of-scope");
        }
    }

    @Test
    void theOfficeAndHrSeeIdentitiesAndExclusionsAndTheSaltOnlyAfterTheMeetingCloses() {
        for (TestUser staff : List.of(scenario.office, HR_SHANGYU, CommitteeFixtures.HR_SHAOXING)) {
            JsonNode view = api.get(base, TestTokens.bearer(staff)).json();
            assertThat(seatedExperts(view)).isEqualTo(panel);
            assertThat(view.has("exclusions")).isTrue();
        }
        Reply salt = api.get(base + "/salt", TestTokens.bearer(HR_SHANGYU));
        assertThat(salt.status()).isEqualTo(409);
        assertThat(salt.code()).isEqualTo("meeting.wrong-state");
    }

    @Test
    void aRoundsSummonsIsForTheOfficeItsHrBureauAndNotificationServiceOnly() {
        JsonNode byOffice = null;
        for (TestUser reader : List.of(scenario.office, HR_SHANGYU, DrawScenario.NOTIFICATION_SERVICE)) {
            Reply summons = scenario.summons(meeting, drawId, 0, reader);
            assertThat(summons.status()).as(String.valueOf(summons.json())).isEqualTo(200);
            assertThat(summons.json().path("experts").valueStream().map(expert -> expert.path("expertId")
                    .asString()).limit(panel.size())).containsExactlyElementsOf(panel);
            byOffice = byOffice == null ? summons.json() : byOffice;
            assertThat(summons.json()).isEqualTo(byOffice);
        }

        for (TestUser outsider : List.of(TestUsers.applicant(SHANGYU, "SY-SEC-UNIT", "P-SEC-1"),
                TestUsers.expert(SHANGYU, panel.getFirst()), TestUsers.serviceAccount("plan-service"))) {
            Reply refused = scenario.summons(meeting, drawId, 0, outsider);
            assertThat(refused.status()).as(outsider.username()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("draw.role-required");
        }
        for (TestUser outOfScope : List.of(CommitteeFixtures.office(SHANGYU, "SY-OTHER-COMMITTEE"), HR_LIANDU)) {
            Reply refused = scenario.summons(meeting, drawId, 0, outOfScope);
            assertThat(refused.status()).as(outOfScope.username()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("committee.out-of-scope");
        }
        assertThat(scenario.summons(meeting, drawId, 0, null).status()).isEqualTo(401);
    }

    @Test
    void aDrawnExpertSeesOnlyTheirOwnSeatAndAnswersOnlyForThemself() {
        String mine = panel.get(1);
        TestUser expert = TestUsers.expert(SHANGYU, mine);
        Reply own = api.get(base, TestTokens.bearer(expert));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().path("expert").asString()).isEqualTo(mine);
        assertThat(own.json().path("seat").asInt()).isEqualTo(2);
        assertThat(own.raw().body()).doesNotContain(experts.stream().filter(other -> !other.equals(mine))
                .toArray(String[]::new));

        Reply forAnother = api.post(base + "/seats/" + panel.get(2) + "/confirmation", TestTokens.bearer(expert),
                null);
        assertThat(forAnother.status()).isEqualTo(403);
        assertThat(forAnother.code()).isEqualTo("draw.other-expert");

        String notDrawn = experts.stream().filter(e -> !panel.contains(e)).filter(e -> !texts(api.get(base,
                TestTokens.bearer(scenario.office)).json().path("alternates")).contains(e)).findFirst().orElseThrow();
        Reply outsider = api.get(base, TestTokens.bearer(TestUsers.expert(SHANGYU, notDrawn)));
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.code()).isEqualTo("draw.not-drawn");
        Reply notOnPanel = api.post(base + "/seats/" + notDrawn + "/confirmation",
                TestTokens.bearer(TestUsers.expert(SHANGYU, notDrawn)), null);
        assertThat(notOnPanel.status()).isEqualTo(409);
        assertThat(notOnPanel.code()).isEqualTo("draw.wrong-state");
    }

    @Test
    void anUnknownMeetingOrDrawIsNotFound() {
        String unknownMeeting = draws(UUID.randomUUID().toString());
        Reply noMeeting = api.get(unknownMeeting + "/" + drawId, TestTokens.bearer(scenario.office));
        assertThat(noMeeting.status()).isEqualTo(404);
        assertThat(noMeeting.code()).isEqualTo("meeting.not-found");
        assertThat(api.post(unknownMeeting, TestTokens.bearer(scenario.office), null).code())
                .isEqualTo("meeting.not-found");
        assertThat(api.get(unknownMeeting + "/" + drawId + "/record", null).status()).isEqualTo(404);
        assertThat(scenario.summons(UUID.randomUUID().toString(), drawId, 0, DrawScenario.NOTIFICATION_SERVICE)
                .code()).isEqualTo("meeting.not-found");

        String unknownDraw = draws(meeting) + "/" + UUID.randomUUID();
        for (Reply reply : List.of(api.get(unknownDraw, TestTokens.bearer(scenario.office)),
                api.get(unknownDraw + "/record", null), api.get(unknownDraw + "/replay", null),
                api.post(unknownDraw + "/draw", TestTokens.bearer(scenario.office), null),
                api.post(unknownDraw + "/top-up", TestTokens.bearer(scenario.office), null),
                api.post(unknownDraw + "/seats/" + panel.getFirst() + "/confirmation",
                        TestTokens.bearer(TestUsers.expert(SHANGYU, panel.getFirst())), null),
                api.get(unknownDraw + "/salt", TestTokens.bearer(HR_SHANGYU)),
                api.get(unknownDraw + "/rounds/0/summons", TestTokens.bearer(DrawScenario.NOTIFICATION_SERVICE)))) {
            assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(404);
            assertThat(reply.code()).isEqualTo("draw.not-found");
        }

        for (int round : new int[] { 1, -1 }) {
            Reply noRound = scenario.summons(meeting, drawId, round, scenario.office);
            assertThat(noRound.status()).isEqualTo(404);
            assertThat(noRound.code()).isEqualTo("draw.round-not-found");
        }
    }
}
