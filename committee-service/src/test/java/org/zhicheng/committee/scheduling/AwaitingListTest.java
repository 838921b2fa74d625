package org.zhicheng.committee.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;
import static org.zhicheng.starter.test.TestUsers.SHAOXING;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.zhicheng.committee.meeting.MeetingDrawPort;
import org.zhicheng.committee.meeting.MeetingFlows;
import org.zhicheng.committee.meeting.MeetingFlows.Committee;
import org.zhicheng.committee.meeting.MeetingTestClock;
import org.zhicheng.committee.scheduling.ApplicationTopic.Application;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;

/**
 * Who reads a committee's waiting list: its office and the HR bureau covering its territory (Shaoxing for Shangyu);
 * anonymous 401, other roles 403 before anything is looked up, another committee's office or another region's bureau
 * 403, an unknown committee 404.
 */
@ZhichengServiceTest
@Import(MeetingTestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwaitingListTest {

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    MeetingDrawPort drawPort;

    private ServiceApi api;
    private Committee shangyu;
    private Committee liandu;
    private Application first;
    private Application second;

    @BeforeAll
    void twoApplicationsWaitingInShangyu() {
        MeetingFlows flows = new MeetingFlows(port, clock, drawPort);
        api = flows.api();
        shangyu = flows.committee("SY-WAIT", SHANGYU);
        liandu = flows.committee("LD-WAIT", LIANDU);
        first = Application.of(shangyu.code(), "INTERMEDIATE", "机电制造");
        second = Application.of(shangyu.code(), "FULL_SENIOR", null);
        ApplicationTopic.deliver(first.scheduled(), second.scheduled());
    }

    private String path(String code) {
        return "/api/v1/committees/" + code + "/awaiting-applications";
    }

    private Reply read(String code, TestUser user) {
        return api.get(path(code), user == null ? null : TestTokens.bearer(user));
    }

    @Test
    void theOfficeAndTheBureausCoveringTheTerritoryReadThePageOldestFirst() {
        for (TestUser reader : List.of(shangyu.office(), shangyu.hr(), TestUsers.hrBureau(SHAOXING))) {
            Reply page = read(shangyu.code(), reader);
            assertThat(page.status()).as(reader.username()).isEqualTo(200);
            assertThat(page.json().path("totalElements").asLong()).isEqualTo(2);
            assertThat(page.json().path("content").valueStream().map(row -> row.path("applicationId").asString()))
                    .containsExactly(first.id().toString(), second.id().toString());
        }
        Reply row = api.get(path(shangyu.code()) + "?size=1&page=1", TestTokens.bearer(shangyu.office()));
        assertThat(row.json().path("totalPages").asInt()).isEqualTo(2);
        assertThat(row.json().path("content").get(0).path("level").asString()).isEqualTo("FULL_SENIOR");
        assertThat(row.json().path("content").get(0).path("specialty").isNull()).isTrue();
        assertThat(row.json().path("content").get(0).path("status").asString()).isEqualTo("AWAITING");
        assertThat(api.get(path(shangyu.code()) + "?status=ASSIGNED", TestTokens.bearer(shangyu.office())).json()
                .path("content")).isEmpty();
        assertThat(api.get(path(shangyu.code()) + "?size=0", TestTokens.bearer(shangyu.office())).code())
                .isEqualTo("paging.invalid");
    }

    @Test
    void anonymousCallersOtherRolesAndOtherScopesAreRefused() {
        assertThat(read(shangyu.code(), null).status()).isEqualTo(401);

        for (TestUser other : List.of(TestUsers.applicant(SHANGYU, "SY-U-1", "P-1"), TestUsers.expert(SHANGYU,
                "E-1"), TestUsers.serviceAccount("application-service"), TestUsers.admin())) {
            Reply refused = read(shangyu.code(), other);
            assertThat(refused.status()).as(other.username()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("awaiting.role-required");
        }
        for (TestUser outside : List.of(liandu.office(), liandu.hr(), TestUsers.hrBureau(TestUsers.LISHUI))) {
            Reply refused = read(shangyu.code(), outside);
            assertThat(refused.status()).as(outside.username()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("committee.out-of-scope");
        }
        assertThat(read(liandu.code(), liandu.office()).json().path("content")).isEmpty();
    }

    @Test
    void anUnknownCommitteeIsNotFound() {
        Reply missing = read("SY-NONE-0", shangyu.office());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("committee.not-found");
    }
}
