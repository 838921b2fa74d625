package org.zhicheng.committee.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.zhicheng.starter.test.TestUsers.LIANDU;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.time.LocalDate;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.committee.meeting.MeetingFlows.Committee;
import org.zhicheng.committee.meeting.MeetingFlows.Drawn;
import org.zhicheng.starter.calendar.WorkingDayAnswer;
import org.zhicheng.starter.calendar.WorkingDayCalendar;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ZhichengServiceTest;
import org.zhicheng.starter.test.ShiftableClock;

import tools.jackson.databind.JsonNode;

/** Planning, amending, assigning, filing with the HR bureau and its answer, the draw port, who sees what. */
@ZhichengServiceTest
@Import(MeetingTestClock.class)
class MeetingApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ShiftableClock clock;

    @Autowired
    MeetingDrawPort drawPort;

    @Autowired
    WorkingDayCalendar calendar;

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

    private String hr() {
        return TestTokens.bearer(shangyu.hr());
    }

    private JsonNode get(String meeting) {
        return api.get("/api/v1/meetings/" + meeting, office()).json();
    }

    private long meetingsOf(String committee) {
        return jdbc.sql("SELECT count(*) FROM meeting WHERE committee_code = :code").param("code", committee)
                .query(Long.class).single();
    }

    @Test
    void aMeetingSixDaysAheadIsRefusedNamingTheRuleAndSevenDaysAheadIsPlanned() {
        LocalDate today = clock.nextMorning();

        Reply refused = api.post("/api/v1/meetings", office(), MeetingFlows.meetingBody(shangyu.code(),
                today.plusDays(6)));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("meeting.lead-time");
        assertThat(refused.json().path("rule").asString()).isEqualTo("002-一(三)");
        assertThat(refused.json().path("detail").asString()).contains(today.plusDays(7).toString());
        assertThat(meetingsOf(shangyu.code())).isZero();

        Reply planned = api.post("/api/v1/meetings", office(), MeetingFlows.meetingBody(shangyu.code(),
                today.plusDays(7)));
        assertThat(planned.status()).isEqualTo(201);
        assertThat(planned.header("Location")).endsWith(planned.json().path("id").asString());
        JsonNode meeting = planned.json();
        assertThat(meeting.path("status").asString()).isEqualTo("PLANNED");
        assertThat(meeting.path("committee").asString()).isEqualTo(shangyu.code());
        assertThat(meeting.path("date").asString()).isEqualTo(today.plusDays(7).toString());
        assertThat(meeting.path("panelSize").asInt()).isEqualTo(7);
        assertThat(meeting.path("alternates").asInt()).isEqualTo(2);
        assertThat(meeting.path("titleLevels").get(0).asString()).isEqualTo("DEPUTY_SENIOR");
        WorkingDayAnswer latest = calendar.workingDayBefore(today.plusDays(7), 5);
        assertThat(meeting.path("filingWindow").path("latestFilingDay").asString())
                .isEqualTo(latest.date().toString());
        assertThat(meeting.path("filingWindow").path("provisional").asBoolean()).isEqualTo(latest.provisional());
        assertThat(meetingsOf(shangyu.code())).isOne();
    }

    @Test
    void aSuspendedCommitteePlansNoMeeting() {
        api.post("/api/v1/committees/" + shangyu.code() + "/suspension", hr(), Map.of("reason", "暂停评审权"));

        Reply refused = api.post("/api/v1/meetings", office(), MeetingFlows.meetingBody(shangyu.code(),
                clock.nextMorning().plusDays(10)));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("committee.wrong-state");
        assertThat(refused.json().path("rule").asString()).isEqualTo("001-四");
        assertThat(meetingsOf(shangyu.code())).isZero();
    }

    @Test
    void aPlannedMeetingIsAmendedAndANewDateIsCheckedAgainstTheWeek() {
        LocalDate today = clock.nextMorning();
        String meeting = flows.create(shangyu, today.plusDays(10));
        Map<String, Object> tooSoon = amendment(today.plusDays(6), 9);

        Reply refused = api.put("/api/v1/meetings/" + meeting, office(), tooSoon, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("meeting.lead-time");
        assertThat(get(meeting).path("date").asString()).isEqualTo(today.plusDays(10).toString());

        Reply stale = api.put("/api/v1/meetings/" + meeting, office(), amendment(today.plusDays(12), 9), "\"7\"");
        assertThat(stale.status()).isEqualTo(412);

        Reply amended = api.put("/api/v1/meetings/" + meeting, office(), amendment(today.plusDays(12), 9), "\"0\"");
        assertThat(amended.status()).isEqualTo(200);
        assertThat(amended.header("ETag")).isEqualTo("\"1\"");
        assertThat(amended.json().path("date").asString()).isEqualTo(today.plusDays(12).toString());
        assertThat(amended.json().path("panelSize").asInt()).isEqualTo(9);
        assertThat(amended.json().path("specialties").valueStream().map(JsonNode::asString))
                .containsExactly("信息技术", "机电制造");

        flows.file(shangyu, meeting);
        Reply afterFiling = api.put("/api/v1/meetings/" + meeting, office(), amendment(today.plusDays(14), 9), null);
        assertThat(afterFiling.status()).isEqualTo(409);
        assertThat(afterFiling.code()).isEqualTo("meeting.wrong-state");
    }

    private static Map<String, Object> amendment(LocalDate date, int panelSize) {
        return Map.of("title", "机电专业评审会（调整）", "date", date.toString(), "venue", "会议室 B",
                "specialties", List.of("机电制造", "信息技术"), "titleLevels", List.of("DEPUTY_SENIOR", "FULL_SENIOR"),
                "panelSize", panelSize, "alternates", 2, "reason", "会议室冲突");
    }

    @Test
    void filingShowsTheLatestFilingDayAndTheBureauApprovesOrSendsItBack() {
        LocalDate today = clock.nextMorning();
        String meeting = flows.create(shangyu, today.plusDays(10));
        flows.assign(shangyu, meeting);

        Reply filed = api.post("/api/v1/meetings/" + meeting + "/filing", office(), MeetingFlows.filingBody());
        assertThat(filed.status()).isEqualTo(200);
        assertThat(filed.json().path("status").asString()).isEqualTo("FILED");
        WorkingDayAnswer latest = calendar.workingDayBefore(today.plusDays(10), 5);
        JsonNode filing = filed.json().path("filing");
        assertThat(filing.path("latestFilingDay").asString()).isEqualTo(latest.date().toString());
        assertThat(filing.path("provisional").asBoolean()).isEqualTo(latest.provisional());
        assertThat(filing.path("filedOn").asString()).isEqualTo(today.toString());
        assertThat(filing.path("prePublicityReference").asString()).isEqualTo("GS-2026-017");

        Reply approvedTooEarly = api.post("/api/v1/meetings/" + meeting + "/approval",
                TestTokens.bearer(TestUsers.hrBureau(LIANDU)), Map.of("consentReference", "莲人社函〔2026〕1号"));
        assertThat(approvedTooEarly.status()).isEqualTo(403);

        Reply returned = api.post("/api/v1/meetings/" + meeting + "/return", hr(), Map.of("reason", "公示材料不全"));
        assertThat(returned.json().path("status").asString()).isEqualTo("PLANNED");
        assertThat(returned.json().path("returnReason").asString()).isEqualTo("公示材料不全");
        Reply approvingPlanned = api.post("/api/v1/meetings/" + meeting + "/approval", hr(),
                Map.of("consentReference", "虞人社函〔2026〕7号"));
        assertThat(approvingPlanned.status()).isEqualTo(409);
        assertThat(approvingPlanned.code()).isEqualTo("meeting.wrong-state");

        flows.file(shangyu, meeting);
        Reply approved = api.post("/api/v1/meetings/" + meeting + "/approval",
                TestTokens.bearer(TestUsers.hrBureau(TestUsers.SHAOXING)),
                Map.of("consentReference", "绍人社函〔2026〕7号"));
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().path("approval").path("consentReference").asString())
                .isEqualTo("绍人社函〔2026〕7号");

        List<JsonNode> history = api.get("/api/v1/meetings/" + meeting + "/history", hr()).json().valueStream()
                .toList();
        assertThat(history).extracting(row -> row.path("action").asString())
                .containsExactly("CREATE", "ASSIGN", "FILE", "RETURN", "FILE", "APPROVE");
        assertThat(history.get(3).path("reason").asString()).isEqualTo("公示材料不全");
        assertThat(history.get(5).path("actor").asString()).isEqualTo(TestUsers.hrBureau(TestUsers.SHAOXING)
                .username());
    }

    @Test
    void filingLessThanFiveWorkingDaysAheadIsRefusedNamingTheRuleAndNothingChanges() {
        LocalDate created = clock.nextMorning();
        String meeting = flows.create(shangyu, created.plusDays(7));
        clock.moveTo(created.plusDays(3));

        Reply refused = api.post("/api/v1/meetings/" + meeting + "/filing", office(), MeetingFlows.filingBody());

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("meeting.filing-lead-time");
        assertThat(refused.json().path("rule").asString()).isEqualTo("001-五(二)");
        LocalDate latest = calendar.workingDayBefore(created.plusDays(7), 5).date();
        assertThat(refused.json().path("detail").asString()).contains(latest.toString());
        JsonNode unchanged = get(meeting);
        assertThat(unchanged.path("status").asString()).isEqualTo("PLANNED");
        assertThat(unchanged.path("filing").isNull()).isTrue();
        assertThat(unchanged.path("version").asInt()).isZero();
    }

    @Test
    void applicationsAreAssignedOnceAndOnlyUntilThePanelIsDrawn() {
        List<String> panel = flows.poolExperts(shangyu, 3);
        LocalDate today = clock.nextMorning();
        String meeting = flows.create(shangyu, today.plusDays(10));
        UUID application = flows.assign(shangyu, meeting);
        String path = "/api/v1/meetings/" + meeting + "/applications";

        Reply twice = api.post(path, office(), MeetingFlows.application(application));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("meeting.already-assigned");
        String other = flows.create(shangyu, today.plusDays(11));
        Reply elsewhere = api.post("/api/v1/meetings/" + other + "/applications", office(),
                MeetingFlows.application(application));
        assertThat(elsewhere.status()).isEqualTo(409);
        assertThat(elsewhere.code()).isEqualTo("meeting.assigned-elsewhere");

        flows.file(shangyu, meeting);
        flows.approve(shangyu, meeting);
        UUID late = flows.assign(shangyu, meeting);
        drawPort.panelConfirmed(UUID.fromString(meeting), UUID.randomUUID(), panel, "draw-test");

        Reply afterDraw = api.post(path, office(), MeetingFlows.application(UUID.randomUUID()));
        assertThat(afterDraw.status()).isEqualTo(409);
        assertThat(afterDraw.code()).isEqualTo("meeting.wrong-state");
        assertThat(afterDraw.json().path("rule").asString()).isEqualTo("MOHRSS-40");
        Reply withdrawn = api.send("DELETE", path + "/" + late + "?reason=撤回", office(), null);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("applications").valueStream()
                .map(node -> node.path("applicationId").asString())).containsExactly(application.toString());
    }

    @Test
    void theDrawPortReadsTheMeetingAndRecordsThePanelOnlyWhenApproved() {
        List<String> panel = flows.poolExperts(shangyu, 3);
        String meeting = flows.create(shangyu, clock.nextMorning().plusDays(10));
        UUID application = flows.assign(shangyu, meeting);
        UUID id = UUID.fromString(meeting);

        MeetingDrawPort.DrawableMeeting drawable = drawPort.drawable(id);
        assertThat(drawable.committeeCode()).isEqualTo(shangyu.code());
        assertThat(drawable.status()).isEqualTo("PLANNED");
        assertThat(drawable.specialties()).containsExactly("机电制造");
        assertThat(drawable.titleLevels()).containsExactly("DEPUTY_SENIOR");
        assertThat(drawable.panelSize()).isEqualTo(7);
        assertThat(drawable.alternates()).isEqualTo(2);
        assertThat(drawable.assignments()).containsExactly(new MeetingDrawPort.Assigned(application,
                "P-" + application, "申报单位"));
        assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(() -> drawPort.panelConfirmed(id, UUID.randomUUID(), panel, "draw-test"))
                .satisfies(problem -> assertThat(problem.code()).isEqualTo("meeting.wrong-state"));
        assertThatExceptionOfType(ProblemException.class).isThrownBy(() -> drawPort.drawable(UUID.randomUUID()))
                .satisfies(problem -> assertThat(problem.code()).isEqualTo("meeting.not-found"));

        flows.file(shangyu, meeting);
        flows.approve(shangyu, meeting);
        drawPort.panelConfirmed(id, UUID.randomUUID(), panel, "draw-test");

        JsonNode drawn = get(meeting);
        assertThat(drawn.path("status").asString()).isEqualTo("PANEL_DRAWN");
        assertThat(drawn.path("panel").path("experts").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(panel);
        assertThatExceptionOfType(ProblemException.class)
                .isThrownBy(() -> drawPort.panelConfirmed(id, UUID.randomUUID(), panel, "draw-test"))
                .satisfies(problem -> assertThat(problem.code()).isEqualTo("meeting.wrong-state"));
    }

    @Test
    void anExpertSeesOnlyMeetingsOnWhosePanelTheySitAndNeverTheOtherPanelists() {
        List<String> experts = flows.poolExperts(shangyu, 4);
        Drawn meeting = flows.drawn(shangyu, experts.subList(0, 3), 1);
        String panelist = TestTokens.bearer(MeetingFlows.expert(meeting, experts.get(1)));
        String outsider = TestTokens.bearer(MeetingFlows.expert(meeting, experts.get(3)));

        Reply seen = api.get(meeting.path(), panelist);
        assertThat(seen.status()).isEqualTo(200);
        JsonNode view = seen.json();
        assertThat(view.path("panel").path("member").asBoolean()).isTrue();
        assertThat(view.path("panel").path("size").asInt()).isEqualTo(3);
        assertThat(view.path("panel").path("experts").isNull()).isTrue();
        assertThat(view.path("panel").path("chair").isNull()).isTrue();
        assertThat(view.path("filing").isNull()).isTrue();
        assertThat(view.path("approval").isNull()).isTrue();
        assertThat(seen.raw().body()).doesNotContain(experts.get(0)).doesNotContain(experts.get(2));
        assertThat(api.get("/api/v1/meetings", panelist).json().path("content").valueStream()
                .map(node -> node.path("id").asString())).containsExactly(meeting.id());

        Reply notOnPanel = api.get(meeting.path(), outsider);
        assertThat(notOnPanel.status()).isEqualTo(403);
        assertThat(notOnPanel.code()).isEqualTo("meeting.not-on-panel");
        assertThat(api.get("/api/v1/meetings", outsider).json().path("content")).isEmpty();
        Reply applicant = api.get(meeting.path(), TestTokens.bearer(TestUsers.applicant(SHANGYU, "U1", "P-1")));
        assertThat(applicant.status()).isEqualTo(403);
        assertThat(applicant.code()).isEqualTo("meeting.role-required");
    }

    @Test
    void officesAndBureausListOnlyTheMeetingsOfTheirCommitteesAndRegion() {
        Committee liandu = flows.committee("LD-ENG-MID", LIANDU);
        LocalDate day = clock.nextMorning().plusDays(10);
        String ours = flows.create(shangyu, day);
        String theirs = flows.create(liandu, day);

        assertThat(ids(api.get("/api/v1/meetings", office()))).contains(ours).doesNotContain(theirs);
        assertThat(ids(api.get("/api/v1/meetings?committee=" + shangyu.code(), hr()))).containsExactly(ours);
        // by committee: the shared database holds more meetings of these regions than one page
        String shaoxing = TestTokens.bearer(TestUsers.hrBureau(TestUsers.SHAOXING));
        assertThat(ids(api.get("/api/v1/meetings?committee=" + shangyu.code(), shaoxing))).containsExactly(ours);
        assertThat(ids(api.get("/api/v1/meetings?committee=" + liandu.code(), shaoxing))).isEmpty();
        String lianduHr = TestTokens.bearer(liandu.hr());
        assertThat(ids(api.get("/api/v1/meetings?committee=" + liandu.code(), lianduHr))).containsExactly(theirs);
        assertThat(ids(api.get("/api/v1/meetings?committee=" + shangyu.code(), lianduHr))).isEmpty();
        assertThat(ids(api.get("/api/v1/meetings?status=CLOSED&committee=" + shangyu.code(), office()))).isEmpty();
        assertThat(api.get("/api/v1/meetings?size=0", office()).code()).isEqualTo("paging.invalid");
    }

    @Test
    void aPageOfMeetingsShowsEachMeetingWithItsOwnApplicationsAndPanel() {
        List<String> experts = flows.poolExperts(shangyu, 3);
        Drawn drawn = flows.drawn(shangyu, experts, 2);
        String planned = flows.create(shangyu, drawn.date().plusDays(1));
        UUID plannedApplication = flows.assign(shangyu, planned);

        Map<String, JsonNode> listed = new HashMap<>();
        api.get("/api/v1/meetings?committee=" + shangyu.code(), office()).json().path("content").valueStream()
                .forEach(node -> listed.put(node.path("id").asString(), node));

        assertThat(listed).containsOnlyKeys(drawn.id(), planned);
        assertThat(applicationIds(listed.get(drawn.id())))
                .containsExactlyElementsOf(drawn.applications().stream().map(UUID::toString).toList());
        assertThat(listed.get(drawn.id()).path("panel").path("experts").valueStream().map(JsonNode::asString))
                .containsExactlyElementsOf(experts);
        assertThat(applicationIds(listed.get(planned))).containsExactly(plannedApplication.toString());
        assertThat(listed.get(planned).path("panel").isNull()).isTrue();
    }

    private static List<String> applicationIds(JsonNode meeting) {
        return meeting.path("applications").valueStream().map(node -> node.path("applicationId").asString())
                .toList();
    }

    private static List<String> ids(Reply page) {
        return page.json().path("content").valueStream().map(node -> node.path("id").asString()).toList();
    }

    @Test
    void aMeetingIsCancelledBeforeItOpensWithTheReasonInItsHistory() {
        String meeting = flows.create(shangyu, clock.nextMorning().plusDays(10));

        Reply cancelled = api.post("/api/v1/meetings/" + meeting + "/cancellation", office(),
                Map.of("reason", "申报人数不足"));

        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().path("cancelReason").asString()).isEqualTo("申报人数不足");
        Reply again = api.post("/api/v1/meetings/" + meeting + "/cancellation", office(), Map.of("reason", "再次"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/meetings/" + meeting + "/history", office()).json().valueStream()
                .map(row -> row.path("action").asString())).containsExactly("CREATE", "CANCEL");
    }

    @Test
    void twoConcurrentFilingsCannotBothWin() throws Exception {
        String meeting = flows.create(shangyu, clock.nextMorning().plusDays(10));
        Callable<Integer> filing = () -> api.post("/api/v1/meetings/" + meeting + "/filing", office(),
                MeetingFlows.filingBody()).status();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = pool.invokeAll(List.of(filing, filing));
            assertThat(List.of(answers.get(0).get(), answers.get(1).get())).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(get(meeting).path("version").asInt()).isOne();
        assertThat(api.get("/api/v1/meetings/" + meeting + "/history", office()).json().valueStream()
                .filter(row -> row.path("action").asString().equals("FILE")).count()).isOne();
    }
}
