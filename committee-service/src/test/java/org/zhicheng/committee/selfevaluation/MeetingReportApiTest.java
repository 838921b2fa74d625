package org.zhicheng.committee.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhicheng.committee.CommitteeFixtures.office;
import static org.zhicheng.starter.test.TestUsers.SHANGYU;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.zhicheng.starter.test.ServiceApi;
import org.zhicheng.starter.test.ServiceApi.Reply;
import org.zhicheng.starter.test.TestTokens;
import org.zhicheng.starter.test.TestUsers;

/** 001 五(三): a self-evaluation meeting is reported at least 5 working days before it, on the working-day calendar. */
@SelfEvaluationServiceTest
class MeetingReportApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    private SelfEvaluationFixtures fixtures;
    private ServiceApi api;
    private String code;

    @BeforeEach
    void committee() {
        fixtures = new SelfEvaluationFixtures(port, jdbc);
        api = fixtures.api();
        clock.today("2024-05-06");
        code = fixtures.selfEvaluatingCommittee(SHANGYU);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWorkingDaysAcrossAWeekendAreEnoughAndFourAreNot() {
        // meeting Mon 16 Dec 2024: reported Mon 9 Dec, the days up to its eve hold 9–13 Dec, five working days
        clock.today("2024-12-09");
        Reply inTime = fixtures.report(code, SHANGYU, "2024-12-16");
        // reported Tue 10 Dec: 10–13 Dec are four working days (the weekend does not count)
        clock.today("2024-12-10");
        Reply tooLate = fixtures.report(code, SHANGYU, "2024-12-16");

        assertThat(inTime.status()).as("%s", inTime.json()).isEqualTo(201);
        assertThat(inTime.json().path("lastReportDay").asString()).isEqualTo("2024-12-09");
        assertThat(inTime.json().path("provisional").asBoolean()).isFalse();
        assertThat(inTime.json().path("applicationCount").asInt()).isEqualTo(12);
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.code()).isEqualTo("self-evaluation.report-lead-time");
        assertThat(tooLate.json().path("rule").asString()).isEqualTo("001-五(三)");
        assertThat(tooLate.json().path("detail").asString()).contains("2024-12-16").contains("2024-12-09")
                .contains("2024-12-10");
        Reply listed = api.get("/api/v1/self-evaluation/" + code + "/meeting-reports?year=2024",
                TestTokens.bearer(TestUsers.hrBureau(SHANGYU)));
        assertThat(listed.json()).singleElement()
                .satisfies(report -> assertThat(report.path("reportedOn").asString()).isEqualTo("2024-12-09"));
    }

    @Test
    void theNationalDayHolidayDoesNotCountAndTheAdjustedSaturdayDoes() {
        // meeting Mon 14 Oct 2024: Sat 12 Oct (调休) and 8–11 Oct are the five working days; 1–7 Oct are off
        clock.today("2024-10-08");
        Reply inTime = fixtures.report(code, SHANGYU, "2024-10-14");
        clock.today("2024-10-09");
        Reply tooLate = fixtures.report(code, SHANGYU, "2024-10-14");
        // reported on the holiday itself: counting starts on the next working day, 8 Oct, still in time
        clock.today("2024-10-03");
        Reply onHoliday = fixtures.report(code, SHANGYU, "2024-10-14");

        assertThat(inTime.status()).isEqualTo(201);
        assertThat(inTime.json().path("lastReportDay").asString()).isEqualTo("2024-10-08");
        assertThat(inTime.json().path("calendarSources").get(0).asString()).startsWith("2024: ");
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(onHoliday.status()).isEqualTo(201);
    }

    @Test
    void aCountThroughAYearWithoutCalendarDataIsAnsweredAsProvisional() {
        clock.today("2026-11-02");
        Reply reported = fixtures.report(code, SHANGYU, "2027-01-15");

        assertThat(reported.status()).isEqualTo(201);
        assertThat(reported.json().path("provisional").asBoolean()).isTrue();
        assertThat(reported.json().path("calendarSources").valueStream().map(source -> source.asString()))
                .anySatisfy(source -> assertThat(source).startsWith("2027").contains("Monday–Friday"));
    }

    @Test
    void aMeetingOnTheReportDayOrBeforeIsTooLate() {
        clock.today("2024-12-16");

        assertThat(fixtures.report(code, SHANGYU, "2024-12-16").code()).isEqualTo("self-evaluation.report-lead-time");
        assertThat(fixtures.report(code, SHANGYU, "2024-12-01").status()).isEqualTo(422);
    }

    @Test
    void aSuspendedUnitReportsNoMeetings() {
        clock.today("2024-11-01");
        assertThat(fixtures.suspend(code, SHANGYU).status()).isEqualTo(200);

        Reply refused = fixtures.report(code, SHANGYU, "2024-12-16");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("committee.wrong-state");
        assertThat(refused.json().path("rule").asString()).isEqualTo("001-四");
    }

    @Test
    void aCommitteeWithoutSelfEvaluationRightsReportsNoMeetings() {
        String regular = fixtures.regularCommittee(SHANGYU);
        clock.today("2024-12-02");

        Reply refused = api.post("/api/v1/self-evaluation/" + regular + "/meeting-reports",
                TestTokens.bearer(office(SHANGYU, regular)), SelfEvaluationFixtures.meeting("2024-12-16"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("self-evaluation.not-self-evaluating");
    }
}
