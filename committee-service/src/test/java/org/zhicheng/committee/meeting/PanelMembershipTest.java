package org.zhicheng.committee.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.zhicheng.committee.meeting.MeetingFlows.Committee;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /meetings/{id}/panel-membership/{expert}}, application-service's question before it shows an expert an
 * application: a panel drawn through the draw API (a declined seat taken by the first alternate), the answer before
 * and after it is recorded, and every caller but application-service's account refused.
 */
@ZhichengServiceTest
@Import(MeetingTestClock.class)
class PanelMembershipTest {

    static final TestUser APPLICATION_SERVICE = TestUsers.serviceAccount("application-service");

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    MeetingDrawPort drawPort;

    @Test
    void theServiceLearnsWhoSitsOnTheRecordedPanelPromotedAlternatesIncludedAndNoOneBefore() {
        MeetingFlows flows = new MeetingFlows(port, clock, drawPort);
        ServiceApi api = flows.api();
        Committee committee = flows.committee("SY-PNL", SHANGYU);
        List<String> experts = flows.poolExperts(committee, 8);
        Map<String, Object> body = MeetingFlows.meetingBody(committee.code(), clock.nextMorning().plusDays(10));
        body.put("panelSize", 5);
        body.put("alternates", 2);
        Reply created = api.post("/api/v1/meetings", TestTokens.bearer(committee.office()), body);
        String meeting = created.json().path("id").asString();
        UUID application = flows.assign(committee, meeting);
        flows.file(committee, meeting);
        flows.approve(committee, meeting);
        String office = TestTokens.bearer(committee.office());

        JsonNode beforeDraw = membership(api, meeting, experts.getFirst(), APPLICATION_SERVICE).json();
        assertThat(beforeDraw.path("status").asString()).isEqualTo("APPROVED");
        assertThat(beforeDraw.path("panelDrawn").asBoolean()).isFalse();
        assertThat(beforeDraw.path("member").asBoolean()).isFalse();

        String draws = "/api/v1/meetings/" + meeting + "/draws";
        String drawId = api.post(draws, office, null).json().path("id").asString();
        JsonNode drawn = api.post(draws + "/" + drawId + "/draw", office, null).json();
        List<String> seated = drawn.path("seats").valueStream().map(seat -> seat.path("expert").asString()).toList();
        List<String> alternates = drawn.path("alternates").valueStream().map(JsonNode::asString).toList();
        assertThat(membership(api, meeting, seated.getFirst(), APPLICATION_SERVICE).json().path("member")
                .asBoolean()).as("drawn, not yet confirmed").isFalse();
        String decliner = seated.get(1);
        Reply declined = api.post(draws + "/" + drawId + "/seats/" + decliner + "/decline", office,
                Map.of("reason", "出差在外"));
        assertThat(declined.status()).as(String.valueOf(declined.json())).isEqualTo(200);
        List<String> panel = declined.json().path("seats").valueStream()
                .map(seat -> seat.path("expert").asString()).toList();
        assertThat(panel).contains(alternates.getFirst()).doesNotContain(decliner);
        for (String expert : panel) {
            Reply confirmed = api.post(draws + "/" + drawId + "/seats/" + expert + "/confirmation", office, null);
            assertThat(confirmed.status()).as(String.valueOf(confirmed.json())).isEqualTo(200);
        }

        for (String member : panel) {
            Reply answer = membership(api, meeting, member, APPLICATION_SERVICE);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().path("member").asBoolean()).as(member).isTrue();
        }
        JsonNode outsider = membership(api, meeting, decliner, APPLICATION_SERVICE).json();
        assertThat(outsider.path("meetingId").asString()).isEqualTo(meeting);
        assertThat(outsider.path("committee").asString()).isEqualTo(committee.code());
        assertThat(outsider.path("status").asString()).isEqualTo("PANEL_DRAWN");
        assertThat(outsider.path("panelDrawn").asBoolean()).isTrue();
        assertThat(outsider.path("member").asBoolean()).isFalse();
        assertThat(outsider.path("applicationIds").valueStream().map(JsonNode::asString))
                .containsExactly(application.toString());
        assertThat(membership(api, meeting, alternates.get(1), APPLICATION_SERVICE).json().path("member")
                .asBoolean()).as("an alternate never promoted").isFalse();
    }

    @Test
    void onlyApplicationServicesAccountAsksAndAnUnknownMeetingIsNotFound() {
        MeetingFlows flows = new MeetingFlows(port, clock, drawPort);
        ServiceApi api = flows.api();
        Committee committee = flows.committee("SY-PNL", SHANGYU);
        String meeting = flows.create(committee, clock.nextMorning().plusDays(10));

        assertThat(membership(api, meeting, "E-1", null).status()).isEqualTo(401);
        for (TestUser other : List.of(committee.office(), committee.hr(), TestUsers.expert(SHANGYU, "E-1"),
                TestUsers.admin(), TestUsers.serviceAccount("notification-service"),
                TestUsers.withRoles("service-account-application-service", "service", "committee-office"))) {
            Reply refused = membership(api, meeting, "E-1", other);
            assertThat(refused.status()).as(other.username()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("meeting.role-required");
        }
        Reply missing = membership(api, UUID.randomUUID().toString(), "E-1", APPLICATION_SERVICE);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("meeting.not-found");
        Reply planned = membership(api, meeting, "E-1", APPLICATION_SERVICE);
        assertThat(planned.status()).isEqualTo(200);
        assertThat(planned.json().path("panelDrawn").asBoolean()).isFalse();
        assertThat(planned.json().path("applicationIds")).isEmpty();
    }

    private static Reply membership(ServiceApi api, String meeting, String expert, TestUser user) {
        return api.get("/api/v1/meetings/" + meeting + "/panel-membership/" + expert,
                user == null ? null : TestTokens.bearer(user));
    }
}
