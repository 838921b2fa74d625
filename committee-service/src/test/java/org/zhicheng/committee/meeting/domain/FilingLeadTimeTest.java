package org.zhicheng.committee.meeting.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.RuleRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.CALENDAR;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.COMMITTEE;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.PANEL_PLAN;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.OFFICE;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.RULES;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.day;
import static org.zhicheng.committee.meeting.domain.MeetingFixtures.morningOf;

/** 001 五(二): the filing day and the days up to the eve of the meeting hold at least 5 working days. */
class FilingLeadTimeTest {

    private final FilingLeadTime rule = new FilingLeadTime(CALENDAR, 5);

    private void allowed(String filedOn, String meetingDate) {
        assertThat(rule.check(day(filedOn), day(meetingDate)).provisional()).isFalse();
    }

    private void refused(String filedOn, String meetingDate) {
        assertThatExceptionOfType(RuleRefused.class).isThrownBy(() -> rule.check(day(filedOn), day(meetingDate)))
            .satisfies(refusal -> {
                assertThat(refusal.code()).isEqualTo("meeting.filing-lead-time");
                assertThat(refusal.rule()).isEqualTo("001-五(二)");
            });
    }

    @Test
    void lastFilingDayForAMondayMeetingIsTheMondayBefore() {
        assertThat(rule.window(day("2024-03-11")).latestFilingDay()).isEqualTo(day("2024-03-04"));
        allowed("2024-03-04", "2024-03-11");
        refused("2024-03-05", "2024-03-11");
    }

    @Test
    void aFilingOnTheWeekendCountsFromTheNextWorkingDay() {
        // Sat 2 March: Mon 4 – Fri 8 March are the five working days before Monday 11 March
        allowed("2024-03-02", "2024-03-11");
        // Sat 9 March: no working day is left before Monday 11 March
        refused("2024-03-09", "2024-03-11");
        // Friday meeting: the five working days are Fri 8, Mon 11 – Thu 14; Sat 9 leaves only four
        allowed("2024-03-08", "2024-03-15");
        refused("2024-03-09", "2024-03-15");
    }

    @Test
    void nationalDay2024IsSkippedAndTheAdjustedSaturdayCounts() {
        // meeting Mon 14 Oct 2024: Sat 12 (调休), Fri 11, Thu 10, Wed 9, Tue 8; 1–7 Oct are off
        assertThat(rule.window(day("2024-10-14")).latestFilingDay()).isEqualTo(day("2024-10-08"));
        allowed("2024-10-08", "2024-10-14");
        refused("2024-10-09", "2024-10-14");
        allowed("2024-09-30", "2024-10-14");
    }

    @Test
    void springFestival2025IsSkipped() {
        // meeting Mon 10 Feb 2025: Sat 8 Feb (调休), Fri 7, Thu 6, Wed 5, then 28 Jan – 4 Feb off, Mon 27 Jan
        assertThat(rule.window(day("2025-02-10")).latestFilingDay()).isEqualTo(day("2025-01-27"));
        allowed("2025-01-27", "2025-02-10");
        refused("2025-01-28", "2025-02-10");
    }

    @Test
    void nationalDay2026IsSkipped() {
        // meeting Mon 12 Oct 2026: Sat 10 (调休), Fri 9, Thu 8, then 1–7 Oct off, Wed 30 Sep, Tue 29 Sep
        assertThat(rule.window(day("2026-10-12")).latestFilingDay()).isEqualTo(day("2026-09-29"));
        allowed("2026-09-29", "2026-10-12");
        refused("2026-09-30", "2026-10-12");
    }

    @Test
    void aYearWithoutCalendarDataMakesTheWindowProvisionalAndSaysSo() {
        // 2027 has no data: Mon 4 – Thu 7 Jan and Fri 1 Jan are assumed working days
        FilingWindow window = rule.window(day("2027-01-08"));

        assertThat(window.latestFilingDay()).isEqualTo(day("2027-01-01"));
        assertThat(window.provisional()).isTrue();
        assertThat(window.sources()).anySatisfy(source -> assertThat(source).startsWith("2027")
            .contains("Monday–Friday"));
        assertThatExceptionOfType(RuleRefused.class)
            .isThrownBy(() -> rule.check(day("2027-01-04"), day("2027-01-08")))
            .satisfies(refusal -> assertThat(refusal.arguments()).containsExactly(day("2027-01-04"),
                    day("2027-01-08"), day("2027-01-01"), 5, true));
    }

    @Test
    void aMeetingFiledInTimeKeepsTheProvisionalFlagOfItsWindow() {
        Meeting meeting = Meeting.plan(UUID.randomUUID(), COMMITTEE, "评审会", day("2027-01-08"), null, PANEL_PLAN, RULES, OFFICE,
                morningOf("2026-12-01"));
        meeting.assign(MeetingFixtures.assignment(1), OFFICE, morningOf("2026-12-01"));

        MeetingTransition filed = meeting.file(MeetingFixtures.filing(), RULES, OFFICE, morningOf("2026-12-31"));

        assertThat(meeting.status()).isEqualTo(MeetingStatus.FILED);
        assertThat(meeting.snapshot().filing().window().provisional()).isTrue();
        assertThat(meeting.snapshot().filing().filedOn()).isEqualTo(day("2026-12-31"));
        assertThat(filed.events()).singleElement().isInstanceOfSatisfying(MeetingFiled.class, event -> {
            assertThat(event.provisional()).isTrue();
            assertThat(event.latestFilingDay()).isEqualTo(day("2027-01-01"));
            assertThat(event.applicationIds()).containsExactly(MeetingFixtures.assignment(1).applicationId());
        });
    }

    @Test
    void aMeetingFiledTooLateIsRefusedAndStaysPlanned() {
        Meeting meeting = MeetingFixtures.planned();
        meeting.takeRecorded();

        assertThatExceptionOfType(RuleRefused.class)
            .isThrownBy(() -> meeting.file(MeetingFixtures.filing(), RULES, OFFICE, morningOf("2024-10-09")))
            .satisfies(refusal -> assertThat(refusal.arguments()).startsWith(day("2024-10-09"), day("2024-10-14"),
                    day("2024-10-08")));

        assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(meeting.snapshot().filing()).isNull();
        assertThat(meeting.takeRecorded()).isEmpty();
    }

    @Test
    void theFilingDayIsTheShanghaiDate() {
        Meeting meeting = MeetingFixtures.planned();

        // 2024-10-08T16:30Z is 00:30 on 9 October in Shanghai: one day too late
        assertThatExceptionOfType(RuleRefused.class).isThrownBy(() -> meeting.file(MeetingFixtures.filing(), RULES,
                OFFICE, MeetingFixtures.at("2024-10-09", "00:30")));
        meeting.file(MeetingFixtures.filing(), RULES, OFFICE, MeetingFixtures.at("2024-10-08", "23:59"));
        assertThat(meeting.snapshot().filing().filedOn()).isEqualTo(LocalDate.parse("2024-10-08"));
    }
}
