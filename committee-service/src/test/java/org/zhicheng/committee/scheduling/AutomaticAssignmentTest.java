package org.zhicheng.committee.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.committee.meeting.MeetingDrawPort;
import org.zhicheng.committee.meeting.MeetingFlows;
import org.zhicheng.committee.meeting.MeetingFlows.Committee;
import org.zhicheng.committee.meeting.MeetingFlows.Drawn;
import org.zhicheng.committee.meeting.MeetingTestClock;
import org.zhicheng.committee.scheduling.ApplicationTopic.Application;
import org.zhicheng.committee.scheduling.ApplicationTopic.Event;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.ShiftableClock;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.ZhichengServiceTest;

import tools.jackson.databind.JsonNode;

/**
 * application-service's events on the real broker, and what committee-service makes of them: an application ready
 * for evaluation goes to its committee's earliest fitting PLANNED meeting or waits for one; a meeting planned or
 * amended takes the waiting ones; a withdrawn or rejected application leaves its meeting; a redelivery changes
 * nothing. Every assignment is the meeting's own, with its history row.
 */
@ZhichengServiceTest
@Import(MeetingTestClock.class)
class AutomaticAssignmentTest {

    static final String SCHEDULED = "ready for evaluation (ApplicationScheduled)";

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
        shangyu = flows.committee("SY-SCH", SHANGYU);
    }

    @Test
    void aScheduledApplicationGoesToTheEarliestPlannedMeetingOfItsLevelAndSpecialtyAndNeverToAFiledOne() {
        LocalDate today = clock.nextMorning();
        String filed = meeting(today.plusDays(10), List.of("DEPUTY_SENIOR"), List.of("机电制造"));
        flows.file(shangyu, filed);
        String otherLevel = meeting(today.plusDays(11), List.of("FULL_SENIOR"), List.of("机电制造"));
        String otherSpecialty = meeting(today.plusDays(11), List.of("DEPUTY_SENIOR"), List.of("信息技术"));
        String earliest = meeting(today.plusDays(12), List.of("DEPUTY_SENIOR", "FULL_SENIOR"), List.of("机电制造"));
        String later = meeting(today.plusDays(20), List.of("DEPUTY_SENIOR"), List.of("机电制造"));
        Application application = Application.of(shangyu.code(), "DEPUTY_SENIOR", "机电制造");

        ApplicationTopic.deliver(application.scheduled());

        assertThat(applications(earliest)).containsExactly(application.id().toString());
        assertThat(List.of(filed, otherLevel, otherSpecialty, later)).allSatisfy(
                meeting -> assertThat(applications(meeting)).isEmpty());
        JsonNode assigned = meetingView(earliest).path("applications").get(0);
        assertThat(assigned.path("applicantPerson").asString()).isEqualTo(application.person());
        assertThat(assigned.path("applicantUnit").asString()).isEqualTo(application.unit());
        assertThat(assigned.path("title").asString()).isEqualTo("ENGINEER_SENIOR");
        assertThat(assigned.path("specialty").asString()).isEqualTo("机电制造");
        JsonNode history = history(earliest).getLast();
        assertThat(history.path("action").asString()).isEqualTo("ASSIGN");
        assertThat(history.path("actor").asString()).isEqualTo("application-service");
        assertThat(history.path("reason").asString()).isEqualTo(SCHEDULED);
        assertThat(history.path("applicationId").asString()).isEqualTo(application.id().toString());
        JsonNode row = waiting(application);
        assertThat(row.path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(row.path("meetingId").asString()).isEqualTo(earliest);
        assertThat(row.path("level").asString()).isEqualTo("DEPUTY_SENIOR");
        assertThat(row.path("titleName").asString()).isEqualTo("高级工程师");
    }

    @Test
    void withoutAFittingMeetingItWaitsAndAMeetingPlannedOrAmendedLaterTakesTheWaitingOnesOldestFirst() {
        LocalDate today = clock.nextMorning();
        String past = meeting(today.plusDays(7), List.of("DEPUTY_SENIOR"), List.of("机电制造"));
        clock.moveTo(today.plusDays(8));
        LocalDate later = clock.today();
        Application deputy = Application.of(shangyu.code(), "DEPUTY_SENIOR", "机电制造");
        Application full = Application.of(shangyu.code(), "FULL_SENIOR", "机电制造");
        Application withoutSpecialty = Application.of(shangyu.code(), "FULL_SENIOR", null);

        ApplicationTopic.deliver(deputy.scheduled(), full.scheduled(), withoutSpecialty.scheduled());

        assertThat(applications(past)).isEmpty();
        assertThat(ids(api.get(list("AWAITING"), office()))).containsExactly(deputy.id().toString(),
                full.id().toString(), withoutSpecialty.id().toString());
        assertThat(waiting(deputy).path("meetingId").isNull()).isTrue();

        Reply planned = api.post("/api/v1/meetings", office(), body(later.plusDays(10), List.of("DEPUTY_SENIOR"),
                List.of("机电制造")));
        assertThat(planned.status()).as(String.valueOf(planned.json())).isEqualTo(201);
        String meeting = planned.json().path("id").asString();
        assertThat(applicationIds(planned.json())).containsExactly(deputy.id().toString());
        assertThat(planned.header("ETag")).isEqualTo("\"" + planned.json().path("version").asInt() + "\"");
        assertThat(waiting(deputy).path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(waiting(full).path("status").asString()).isEqualTo("AWAITING");

        Map<String, Object> amendment = body(later.plusDays(10), List.of("DEPUTY_SENIOR", "FULL_SENIOR"),
                List.of("机电制造"));
        amendment.put("reason", "增加正高级");
        Reply amended = api.put("/api/v1/meetings/" + meeting, office(), amendment,
                planned.header("ETag"));
        assertThat(amended.status()).as(String.valueOf(amended.json())).isEqualTo(200);
        assertThat(applicationIds(amended.json())).containsExactly(deputy.id().toString(), full.id().toString(),
                withoutSpecialty.id().toString());
        assertThat(amended.json().path("applications").get(2).path("specialty").isNull()).isTrue();
        assertThat(ids(api.get(list("AWAITING"), office()))).isEmpty();
        assertThat(history(meeting)).extracting(row -> row.path("action").asString())
                .containsExactly("CREATE", "ASSIGN", "AMEND", "ASSIGN", "ASSIGN");
        assertThat(history(meeting).get(3).path("actor").asString()).isEqualTo("application-service");
    }

    @Test
    void aRedeliveredEventAssignsOnceAndAnotherScheduledForAnApplicationOnAnOpenMeetingChangesNothing() {
        String meeting = meeting(clock.nextMorning().plusDays(10), List.of("DEPUTY_SENIOR"), List.of("机电制造"));
        Application application = Application.of(shangyu.code(), "DEPUTY_SENIOR", "机电制造");
        Event scheduled = application.scheduled();

        ApplicationTopic.deliver(scheduled, scheduled, application.stepCompleted());
        JsonNode before = waiting(application);
        ApplicationTopic.deliver(application.scheduled());

        assertThat(applications(meeting)).containsExactly(application.id().toString());
        assertThat(history(meeting)).extracting(row -> row.path("action").asString())
                .containsExactly("CREATE", "ASSIGN");
        assertThat(waiting(application)).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_event WHERE event_id = :id").param("id", scheduled.id())
                .query(Long.class).single()).isOne();
    }

    @Test
    void anApplicationTheOfficeAssignedByHandIsRecordedThereAndTakenOffWhenWithdrawn() {
        String meeting = meeting(clock.nextMorning().plusDays(10), List.of("DEPUTY_SENIOR"), List.of("机电制造"));
        UUID byHand = flows.assign(shangyu, meeting);
        Application application = new Application(byHand, shangyu.code(), "P-" + byHand, "申报单位",
                "DEPUTY_SENIOR", "机电制造");

        ApplicationTopic.deliver(application.scheduled());

        assertThat(waiting(application).path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(waiting(application).path("meetingId").asString()).isEqualTo(meeting);
        assertThat(history(meeting)).extracting(row -> row.path("actor").asString())
                .containsExactly(shangyu.office().username(), shangyu.office().username());

        ApplicationTopic.deliver(application.withdrawn());

        assertThat(applications(meeting)).isEmpty();
        JsonNode unassigned = history(meeting).getLast();
        assertThat(unassigned.path("action").asString()).isEqualTo("UNASSIGN");
        assertThat(unassigned.path("actor").asString()).isEqualTo("application-service");
        assertThat(unassigned.path("reason").asString()).isEqualTo("withdrawn");
        assertThat(waiting(application).path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(waiting(application).path("meetingId").isNull()).isTrue();
    }

    @Test
    void aWithdrawnOrRejectedApplicationLeavesItsMeetingEvenOnceFiledAndIsNeverScheduledAgain() {
        String meeting = meeting(clock.nextMorning().plusDays(10), List.of("DEPUTY_SENIOR"), List.of("机电制造"));
        Application withdrawn = Application.of(shangyu.code(), "DEPUTY_SENIOR", "机电制造");
        Application vetoed = Application.of(shangyu.code(), "DEPUTY_SENIOR", "机电制造");
        ApplicationTopic.deliver(withdrawn.scheduled(), vetoed.scheduled());
        flows.file(shangyu, meeting);

        ApplicationTopic.deliver(withdrawn.withdrawn(), vetoed.rejected("VETO"));

        assertThat(applications(meeting)).isEmpty();
        assertThat(history(meeting).stream().filter(row -> row.path("action").asString().equals("UNASSIGN")))
                .extracting(row -> row.path("reason").asString()).containsExactly("withdrawn", "rejected by VETO");
        assertThat(ids(api.get(list("WITHDRAWN"), office()))).containsExactly(withdrawn.id().toString(),
                vetoed.id().toString());

        ApplicationTopic.deliver(withdrawn.scheduled());
        assertThat(waiting(withdrawn).path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(applications(meeting)).isEmpty();
    }

    @Test
    void scheduledAgainAfterAMeetingClosedWithoutVotingOnItTheApplicationGoesToTheNextPlannedMeeting() {
        List<String> panel = flows.poolExperts(shangyu, 3);
        Drawn closed = flows.drawn(shangyu, panel, 1);
        UUID id = closed.applications().getFirst();
        Application application = new Application(id, shangyu.code(), "P-" + id, "申报单位", "DEPUTY_SENIOR",
                "机电制造");
        flows.open(closed);
        assertThat(flows.close(closed).status()).isEqualTo(200);
        String next = meeting(clock.today().plusDays(10), List.of("DEPUTY_SENIOR"), List.of("机电制造"));

        ApplicationTopic.deliver(application.scheduled());

        assertThat(applications(next)).containsExactly(id.toString());
        assertThat(applications(closed.id())).containsExactly(id.toString());
        assertThat(waiting(application).path("meetingId").asString()).isEqualTo(next);
    }

    @Test
    void anUnknownOrSuspendedCommitteeKeepsTheApplicationWaitingAndTheEventIsApplied() {
        meeting(clock.nextMorning().plusDays(10), List.of("DEPUTY_SENIOR"), List.of("机电制造"));
        Application unknown = Application.of("SY-NONE-" + UUID.randomUUID().toString().substring(0, 6),
                "DEPUTY_SENIOR", "机电制造");
        Reply suspended = api.post("/api/v1/committees/" + shangyu.code() + "/suspension",
                TestTokens.bearer(shangyu.hr()), Map.of("reason", "暂停评审权"));
        assertThat(suspended.status()).isEqualTo(200);
        Application waiting = Application.of(shangyu.code(), "DEPUTY_SENIOR", "机电制造");
        Event toUnknown = unknown.scheduled();
        Event toSuspended = waiting.scheduled();

        ApplicationTopic.deliver(toUnknown, toSuspended);

        assertThat(waiting(waiting).path("status").asString()).isEqualTo("AWAITING");
        assertThat(jdbc.sql("SELECT status FROM awaiting_evaluation WHERE application_id = :id")
                .param("id", unknown.id()).query(String.class).single()).isEqualTo("AWAITING");
        // applied at the first delivery: a failed attempt rolls its inbox row back and is retried, then dead-lettered
        assertThat(jdbc.sql("SELECT count(*) FROM inbox_event WHERE event_id IN (:ids)")
                .param("ids", List.of(toUnknown.id(), toSuspended.id())).query(Long.class).single()).isEqualTo(2);
    }

    private String office() {
        return TestTokens.bearer(shangyu.office());
    }

    private Map<String, Object> body(LocalDate date, List<String> levels, List<String> specialties) {
        Map<String, Object> body = MeetingFlows.meetingBody(shangyu.code(), date);
        body.put("titleLevels", levels);
        body.put("specialties", specialties);
        return body;
    }

    private String meeting(LocalDate date, List<String> levels, List<String> specialties) {
        Reply created = api.post("/api/v1/meetings", office(), body(date, levels, specialties));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private JsonNode meetingView(String meeting) {
        return api.get("/api/v1/meetings/" + meeting, office()).json();
    }

    private List<String> applications(String meeting) {
        return applicationIds(meetingView(meeting));
    }

    private static List<String> applicationIds(JsonNode meeting) {
        return meeting.path("applications").valueStream().map(node -> node.path("applicationId").asString())
                .toList();
    }

    private List<JsonNode> history(String meeting) {
        return api.get("/api/v1/meetings/" + meeting + "/history", office()).json().valueStream().toList();
    }

    private String list(String status) {
        return "/api/v1/committees/" + shangyu.code() + "/awaiting-applications?status=" + status;
    }

    /** The application's row on the committee's waiting list. */
    private JsonNode waiting(Application application) {
        return api.get("/api/v1/committees/" + shangyu.code() + "/awaiting-applications?size=100", office()).json()
                .path("content").valueStream()
                .filter(row -> row.path("applicationId").asString().equals(application.id().toString()))
                .findFirst().orElseThrow(() -> new AssertionError("not on the list: " + application.id()));
    }

    private static List<String> ids(Reply page) {
        return page.json().path("content").valueStream().map(node -> node.path("applicationId").asString())
                .toList();
    }
}
