package org.zhicheng.committee.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.zhicheng.committee.meeting.MeetingFlows.Committee;
import org.zhicheng.committee.meeting.MeetingFlows.Drawn;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;
import org.zhicheng.starter.test.ShiftableClock;

/**
 * Every meeting and ballot endpoint against callers outside its scope: anonymous (401), applicants, the office of
 * another committee (LD-ENG-MID against an SY-ENG-MID meeting), the HR bureau of another region (331102 against
 * 330604) and an expert not on the panel (403; in session the vote's own rules answer a ballot or a closing with 422
 * naming the rule), and an unknown meeting for a caller who would be allowed (404). The meeting is in session.
 */
@ZhichengServiceTest
@Import(MeetingTestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingSecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    MeetingDrawPort drawPort;

    private ServiceApi api;
    private Committee shangyu;
    private Committee liandu;
    private Drawn meeting;
    private String outsider;

    /** One endpoint: how to call it on a meeting, and who may. */
    record Endpoint(String name, String method, String path, Object body, Function<MeetingSecurityTest, TestUser> allowed,
            boolean meetingScoped) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    void aDrawnMeetingOfShangyu() {
        MeetingFlows flows = new MeetingFlows(port, clock, drawPort);
        api = flows.api();
        shangyu = flows.committee("SY-ENG-MID", SHANGYU);
        liandu = flows.committee("LD-ENG-MID", LIANDU);
        List<String> experts = flows.poolExperts(shangyu, 4);
        meeting = flows.drawn(shangyu, experts.subList(0, 3), 1);
        flows.balloting(meeting, 3);
        outsider = experts.get(3);
    }

    private TestUser office() {
        return shangyu.office();
    }

    private TestUser hr() {
        return shangyu.hr();
    }

    private TestUser panelist() {
        return MeetingFlows.expert(meeting, meeting.panel().getFirst());
    }

    Stream<Endpoint> endpoints() {
        Map<String, Object> amendment = Map.of("title", "评审会", "date", "2099-01-05", "specialties", List.of("机电制造"),
                "titleLevels", List.of("DEPUTY_SENIOR"), "panelSize", 7, "alternates", 2);
        Function<MeetingSecurityTest, TestUser> office = MeetingSecurityTest::office;
        Function<MeetingSecurityTest, TestUser> hr = MeetingSecurityTest::hr;
        Function<MeetingSecurityTest, TestUser> expert = MeetingSecurityTest::panelist;
        return Stream.of(
                new Endpoint("create", "POST", "/api/v1/meetings", null, office, false),
                new Endpoint("list", "GET", "/api/v1/meetings", null, office, false),
                new Endpoint("get", "GET", "/{id}", null, office, true),
                new Endpoint("amend", "PUT", "/{id}", amendment, office, true),
                new Endpoint("assign", "POST", "/{id}/applications", MeetingFlows.application(UUID.randomUUID()),
                        office, true),
                new Endpoint("unassign", "DELETE", "/{id}/applications/{app}", null, office, true),
                new Endpoint("file", "POST", "/{id}/filing", MeetingFlows.filingBody(), office, true),
                new Endpoint("approve", "POST", "/{id}/approval", Map.of("consentReference", "人社函〔2026〕1号"), hr,
                        true),
                new Endpoint("return", "POST", "/{id}/return", Map.of("reason", "材料不全"), hr, true),
                new Endpoint("cancel", "POST", "/{id}/cancellation", Map.of("reason", "取消"), office, true),
                new Endpoint("history", "GET", "/{id}/history", null, hr, true),
                new Endpoint("open", "POST", "/{id}/opening", Map.of("chair", "E-NOBODY"), office, true),
                new Endpoint("vote", "GET", "/{id}/vote", null, hr, true),
                new Endpoint("attendance", "POST", "/{id}/attendance", Map.of("present", List.of()), office, true),
                new Endpoint("balloting", "POST", "/{id}/balloting", null, office, true),
                new Endpoint("ballot", "POST", "/{id}/applications/{app}/ballot", Map.of("choice", "AGREE"), expert,
                        true),
                new Endpoint("closing", "POST", "/{id}/closing", null, expert, true),
                new Endpoint("minutes", "GET", "/{id}/minutes", null, hr, true),
                new Endpoint("my-ballots", "GET", "/{id}/my-ballots", null, expert, true));
    }

    private Reply call(Endpoint endpoint, String meetingId, String authorization) {
        String path = endpoint.path().startsWith("/api") ? endpoint.path()
                : "/api/v1/meetings" + endpoint.path().replace("{id}", meetingId)
                        .replace("{app}", meeting.applications().getFirst().toString());
        Object body = endpoint.body();
        if (endpoint.name().equals("create")) {
            body = MeetingFlows.meetingBody(meetingId.equals(meeting.id()) ? shangyu.code() : "NO-SUCH-COMMITTEE",
                    clock.today().plusDays(30));
        }
        return api.send(endpoint.method(), path, authorization, body);
    }

    private Reply call(Endpoint endpoint, TestUser user) {
        return call(endpoint, meeting.id(), TestTokens.bearer(user));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anonymousCallersAreUnauthorized(Endpoint endpoint) {
        Reply reply = call(endpoint, meeting.id(), null);
        assertThat(reply.status()).isEqualTo(401);
        Reply expired = call(endpoint, meeting.id(), TestTokens.expired(office()));
        assertThat(expired.status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void applicantsAreForbidden(Endpoint endpoint) {
        Reply reply = call(endpoint, TestUsers.applicant(SHANGYU, "SY-U001", "P-SY-0001"));
        assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(403);
        assertThat(reply.code()).isEqualTo("meeting.role-required");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theOfficeOfAnotherCommitteeIsForbidden(Endpoint endpoint) {
        if (endpoint.name().equals("list")) {
            assertThat(call(endpoint, liandu.office()).json().path("content").valueStream()
                    .map(node -> node.path("id").asString())).doesNotContain(meeting.id());
            return;
        }
        Reply reply = call(endpoint, liandu.office());
        assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void theHrBureauOfAnotherRegionIsForbidden(Endpoint endpoint) {
        if (endpoint.name().equals("list")) {
            assertThat(call(endpoint, liandu.hr()).json().path("content").valueStream()
                    .map(node -> node.path("id").asString())).doesNotContain(meeting.id());
            return;
        }
        Reply reply = call(endpoint, liandu.hr());
        assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anExpertNotOnThePanelIsForbidden(Endpoint endpoint) {
        TestUser notOnPanel = MeetingFlows.expert(meeting, outsider);
        Reply reply = call(endpoint, notOnPanel);
        if (endpoint.name().equals("list")) {
            assertThat(reply.json().path("content")).isEmpty();
            return;
        }
        if (endpoint.name().equals("ballot") || endpoint.name().equals("closing")) {
            // the vote's own rules answer a non-panelist in session: not on the panel, not the chair
            assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(422);
            assertThat(reply.code()).isIn("ballot.not-on-panel", "ballot.not-chair");
            assertThat(reply.json().path("rule").asString()).isNotBlank();
            return;
        }
        assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anUnknownMeetingIsNotFoundForACallerWhoWouldBeAllowed(Endpoint endpoint) {
        if (endpoint.name().equals("list")) {
            assertThat(call(endpoint, office()).status()).isEqualTo(200);
            return;
        }
        Reply reply = call(endpoint, UUID.randomUUID().toString(), TestTokens.bearer(endpoint.allowed().apply(this)));
        assertThat(reply.status()).as(String.valueOf(reply.json())).isEqualTo(404);
        assertThat(reply.code()).isEqualTo(endpoint.name().equals("create") ? "committee.not-found"
                : "meeting.not-found");
    }
}
