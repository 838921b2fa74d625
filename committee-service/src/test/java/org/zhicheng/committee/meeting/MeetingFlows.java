package org.zhicheng.committee.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.zhicheng.committee.CommitteeFixtures;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUser;
import org.zhicheng.starter.test.TestUsers;
import org.zhicheng.starter.test.ShiftableClock;

/**
 * Meetings for API tests, made through the API (and the draw port for the panel, as the draw feature would): a
 * committee with its office and HR bureau, pool experts, a meeting moved along its lifecycle. Fresh codes and ids
 * per call, since the test classes share one context and database.
 */
public final class MeetingFlows {

    private final CommitteeFixtures fixtures;
    private final ServiceApi api;
    private final ShiftableClock clock;
    private final MeetingDrawPort drawPort;

    public MeetingFlows(int port, ShiftableClock clock, MeetingDrawPort drawPort) {
        this.fixtures = new CommitteeFixtures(port);
        this.api = fixtures.api();
        this.clock = clock;
        this.drawPort = drawPort;
    }

    public ServiceApi api() {
        return api;
    }

    public CommitteeFixtures fixtures() {
        return fixtures;
    }

    /** A committee of {@code region}, its office and the HR bureau of the region. */
    public record Committee(String code, String region, TestUser office, TestUser hr) {
    }

    /** A meeting with its panel drawn: its day, its applications and its panel. */
    public record Drawn(String id, LocalDate date, List<UUID> applications, List<String> panel, Committee committee) {

        public String path() {
            return "/api/v1/meetings/" + id;
        }
    }

    public Committee committee(String prefix, String region) {
        String code = fixtures.committee(prefix, region);
        return new Committee(code, region, CommitteeFixtures.office(region, code), TestUsers.hrBureau(region));
    }

    /** {@code count} experts created through the expert API and put in the committee's pool. */
    public List<String> poolExperts(Committee committee, int count) {
        List<String> experts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            experts.add(fixtures.expert("E-" + committee.region(), committee.region(), "U-" + i));
        }
        fixtures.inPool(committee.code(), committee.region(), committee.hr(), experts.toArray(String[]::new));
        return experts;
    }

    public static Map<String, Object> meetingBody(String committee, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("committee", committee);
        body.put("title", "机电专业评审会");
        body.put("date", date.toString());
        body.put("venue", "人力社保局 3 楼会议室");
        body.put("specialties", List.of("机电制造"));
        body.put("titleLevels", List.of("DEPUTY_SENIOR"));
        body.put("panelSize", 7);
        body.put("alternates", 2);
        return body;
    }

    public static Map<String, Object> application(UUID applicationId) {
        return Map.of("applicationId", applicationId.toString(), "applicantPerson", "P-" + applicationId,
                "applicantUnit", "申报单位", "title", "ENGINEER", "specialty", "机电制造");
    }

    public static Map<String, Object> filingBody() {
        return Map.of("qualifiedCount", 2, "qualificationReviewSummary", "3 人申报，2 人资格审查通过",
                "prePublicityReference", "GS-2026-017", "prePublicitySummary", "公示 5 个工作日，无异议",
                "panelCompositionSummary", "从机电专业库随机抽取 7 名专家");
    }

    public String create(Committee committee, LocalDate date) {
        Reply created = api.post("/api/v1/meetings", TestTokens.bearer(committee.office()),
                meetingBody(committee.code(), date));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        return created.json().path("id").asString();
    }

    public UUID assign(Committee committee, String meeting) {
        UUID application = UUID.randomUUID();
        Reply assigned = api.post("/api/v1/meetings/" + meeting + "/applications",
                TestTokens.bearer(committee.office()), application(application));
        assertThat(assigned.status()).as(String.valueOf(assigned.json())).isEqualTo(201);
        return application;
    }

    public void file(Committee committee, String meeting) {
        Reply filed = api.post("/api/v1/meetings/" + meeting + "/filing", TestTokens.bearer(committee.office()),
                filingBody());
        assertThat(filed.status()).as(String.valueOf(filed.json())).isEqualTo(200);
    }

    public void approve(Committee committee, String meeting) {
        Reply approved = api.post("/api/v1/meetings/" + meeting + "/approval", TestTokens.bearer(committee.hr()),
                Map.of("consentReference", "人社函〔2026〕88号"));
        assertThat(approved.status()).as(String.valueOf(approved.json())).isEqualTo(200);
    }

    /** A meeting ten days ahead, with {@code applications} assigned, filed, approved and its panel drawn. */
    public Drawn drawn(Committee committee, List<String> panel, int applications) {
        LocalDate date = clock.nextMorning().plusDays(10);
        String meeting = create(committee, date);
        List<UUID> assigned = IntStream.range(0, applications).mapToObj(i -> assign(committee, meeting)).toList();
        file(committee, meeting);
        approve(committee, meeting);
        drawPort.panelConfirmed(UUID.fromString(meeting), UUID.randomUUID(), panel, "draw-test");
        return new Drawn(meeting, date, assigned, panel, committee);
    }

    /** Moves the clock to the meeting's day and opens it, chaired by the first panelist. */
    public void open(Drawn meeting) {
        clock.moveTo(meeting.date());
        Reply opened = api.post(meeting.path() + "/opening", TestTokens.bearer(meeting.committee().office()),
                Map.of("chair", meeting.panel().getFirst()));
        assertThat(opened.status()).as(String.valueOf(opened.json())).isEqualTo(200);
    }

    public Reply attendance(Drawn meeting, List<String> present) {
        return api.post(meeting.path() + "/attendance", TestTokens.bearer(meeting.committee().office()),
                Map.of("present", present));
    }

    public Reply startBalloting(Drawn meeting) {
        return api.post(meeting.path() + "/balloting", TestTokens.bearer(meeting.committee().office()), null);
    }

    /** Opened, the first {@code present} panelists signed in and balloting started. */
    public void balloting(Drawn meeting, int present) {
        open(meeting);
        assertThat(attendance(meeting, meeting.panel().subList(0, present)).status()).isEqualTo(200);
        Reply started = startBalloting(meeting);
        assertThat(started.status()).as(String.valueOf(started.json())).isEqualTo(200);
    }

    public static TestUser expert(Drawn meeting, String id) {
        return TestUsers.expert(meeting.committee().region(), id);
    }

    public Reply ballot(Drawn meeting, UUID application, String expert, String choice) {
        return api.post(meeting.path() + "/applications/" + application + "/ballot",
                TestTokens.bearer(expert(meeting, expert)), Map.of("choice", choice));
    }

    /** The chair (the first panelist) closes the meeting. */
    public Reply close(Drawn meeting) {
        return api.post(meeting.path() + "/closing", TestTokens.bearer(expert(meeting, meeting.panel().getFirst())),
                null);
    }
}
