package org.zhicheng.committee.meeting.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.RuleRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.COMMITTEE;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.PANEL_PLAN;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.OFFICE;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.RULES;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.at;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.day;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.morningOf;

class MeetingLeadTimeTest {

    @Test
    void refusesAMeetingSixDaysAhead() {
        assertThatExceptionOfType(RuleRefused.class)
            .isThrownBy(() -> Meeting.plan(UUID.randomUUID(), COMMITTEE, "评审会", day("2024-03-10"), null, PANEL_PLAN, RULES,
                    OFFICE, morningOf("2024-03-04")))
            .satisfies(refused -> {
                assertThat(refused.code()).isEqualTo("meeting.lead-time");
                assertThat(refused.rule()).isEqualTo("002-一(三)");
                assertThat(refused.arguments()).containsExactly(day("2024-03-10"), day("2024-03-04"),
                        day("2024-03-11"), 7);
            });
    }

    @Test
    void acceptsAMeetingSevenDaysAhead() {
        Meeting meeting = Meeting.plan(UUID.randomUUID(), COMMITTEE, "评审会", day("2024-03-11"), null, PANEL_PLAN, RULES, OFFICE,
                morningOf("2024-03-04"));

        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.takeRecorded()).singleElement().satisfies(created -> {
            assertThat(created.action()).isEqualTo(MeetingAction.CREATE);
            assertThat(created.from()).isNull();
            assertThat(created.to()).isEqualTo(MeetingStatus.PLANNED);
            assertThat(created.actor()).isEqualTo(OFFICE);
        });
    }

    @Test
    void countsTheDayOfCreationInShanghaiNotInUtc() {
        // 2024-03-03T16:30Z is already 00:30 on 4 March in Shanghai: 10 March is then six days ahead
        assertThatExceptionOfType(RuleRefused.class)
            .isThrownBy(() -> Meeting.plan(UUID.randomUUID(), COMMITTEE, "评审会", day("2024-03-10"), null, PANEL_PLAN, RULES,
                    OFFICE, at("2024-03-04", "00:30")));
        // at 23:59 on 3 March in Shanghai it is a full week ahead
        assertThat(Meeting.plan(UUID.randomUUID(), COMMITTEE, "评审会", day("2024-03-10"), null, PANEL_PLAN, RULES, OFFICE,
                at("2024-03-03", "23:59")).date()).isEqualTo(day("2024-03-10"));
    }

    @Test
    void reschedulingSixDaysAheadIsRefusedAndChangesNothing() {
        Meeting meeting = MeetingFixtures.planned();
        meeting.takeRecorded();

        assertThatExceptionOfType(RuleRefused.class)
            .isThrownBy(() -> meeting.amend(meeting.title(), day("2024-09-25"), "elsewhere", PANEL_PLAN, RULES, OFFICE,
                    "hall booked",
                    morningOf("2024-09-19")))
            .extracting(RuleRefused::code).isEqualTo("meeting.lead-time");

        assertThat(meeting.date()).isEqualTo(day("2024-10-14"));
        assertThat(meeting.venue()).isEqualTo("区人力社保局 3 楼");
        assertThat(meeting.takeRecorded()).isEmpty();
    }

    @Test
    void reschedulingAWeekAheadMovesTheMeeting() {
        Meeting meeting = MeetingFixtures.planned();

        MeetingTransition moved = meeting.amend(meeting.title(), day("2024-09-26"), "会议室 B", PANEL_PLAN, RULES, OFFICE,
                "hall booked", morningOf("2024-09-19"));

        assertThat(meeting.date()).isEqualTo(day("2024-09-26"));
        assertThat(moved.action()).isEqualTo(MeetingAction.AMEND);
        assertThat(moved.reason()).isEqualTo("hall booked");
    }

    @Test
    void amendingWithoutMovingTheDateIsNotCheckedAgainstTheWeek() {
        Meeting meeting = MeetingFixtures.planned();
        PanelPlan larger = new PanelPlan(PANEL_PLAN.specialties(), PANEL_PLAN.titleLevels(), 11, 3);

        meeting.amend("机电 2024 第一次评审会（调整）", meeting.date(), null, larger, RULES, OFFICE, null,
                morningOf("2024-10-10"));

        assertThat(meeting.panelPlan()).isEqualTo(larger);
        assertThat(meeting.title()).isEqualTo("机电 2024 第一次评审会（调整）");
        assertThat(meeting.venue()).isNull();
    }

    @Test
    void aConfiguredLeadTimeReplacesTheWeek() {
        MeetingLeadTime tenDays = new MeetingLeadTime(10);

        assertThat(tenDays.earliestMeetingDate(day("2024-03-04"))).isEqualTo(day("2024-03-14"));
        assertThatExceptionOfType(RuleRefused.class)
            .isThrownBy(() -> tenDays.check(day("2024-03-04"), day("2024-03-13")));
    }
}
