package org.zhicheng.committee.selfevaluation.domain;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.zhicheng.starter.calendar.WorkingDayCalendar;
import org.zhicheng.starter.calendar.WorkingDayData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** 001 五(三), 002 三(二): plan and scheme by 30 Nov of the year, meetings reported 5 working days before, summary by 28 Feb. */
class FilingDeadlinesTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayData
        .load(new ClassPathResource("zhicheng/working-days.yaml"));

    private final FilingDeadlines deadlines = new FilingDeadlines(SelfEvaluationSettings.SEED_NOTICES, CALENDAR);

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void planAndSchemeOfAnEvaluationYearAreDueOnThirtiethNovemberOfThatYear() {
        assertThat(deadlines.dueFor(FilingKind.ANNUAL_SCHEME, 2024).dueOn()).isEqualTo(day("2024-11-30"));
        assertThat(deadlines.dueFor(FilingKind.THREE_YEAR_PLAN, 2024).dueOn()).isEqualTo(day("2024-11-30"));
    }

    @Test
    void theSummaryOfAYearIsDueOnTwentyEighthFebruaryOfTheNextYearAsNotice001Says() {
        // 001 (a 2024 notice): "2025年2月28日前将评聘总结报…备案"
        assertThat(deadlines.dueFor(FilingKind.SUMMARY, 2024).dueOn()).isEqualTo(day("2025-02-28"));
        // the deadline is 28 February in a leap year too
        assertThat(deadlines.dueFor(FilingKind.SUMMARY, 2027).dueOn()).isEqualTo(day("2028-02-28"));
    }

    @Test
    void aFilingOnItsDueDateIsOnTimeAndTheDayAfterIsLate() {
        assertThat(deadlines.onTime(new AnnualFiling(FilingKind.ANNUAL_SCHEME, 2024, day("2024-11-30"), "a")))
            .isTrue();
        assertThat(deadlines.onTime(new AnnualFiling(FilingKind.ANNUAL_SCHEME, 2024, day("2024-12-01"), "a")))
            .isFalse();
        assertThat(deadlines.onTime(new AnnualFiling(FilingKind.SUMMARY, 2024, day("2025-02-28"), "s")))
            .isTrue();
        assertThat(deadlines.onTime(new AnnualFiling(FilingKind.SUMMARY, 2024, day("2025-03-01"), "s")))
            .isFalse();
    }

    @Test
    void theDatesAreConfigurable() {
        FilingDeadlines configured = new FilingDeadlines(
                new SelfEvaluationSettings(MonthDay.of(12, 15), MonthDay.of(2, 29), 3, 3), CALENDAR);

        assertThat(configured.dueFor(FilingKind.ANNUAL_SCHEME, 2024).dueOn()).isEqualTo(day("2024-12-15"));
        // 29 February where it exists, 28 February otherwise
        assertThat(configured.dueFor(FilingKind.SUMMARY, 2027).dueOn()).isEqualTo(day("2028-02-29"));
        assertThat(configured.dueFor(FilingKind.SUMMARY, 2024).dueOn()).isEqualTo(day("2025-02-28"));
        assertThat(configured.meetingReportDue(day("2024-12-16")).dueOn()).isEqualTo(day("2024-12-11"));
    }

    @Test
    void aThreeYearPlanCoversItsFirstYearAndTheTwoAfter() {
        AnnualFiling plan = new AnnualFiling(FilingKind.THREE_YEAR_PLAN, 2024, day("2024-11-01"), "p");

        assertThat(deadlines.covers(plan, 2023)).isFalse();
        assertThat(deadlines.covers(plan, 2024)).isTrue();
        assertThat(deadlines.covers(plan, 2026)).isTrue();
        assertThat(deadlines.covers(plan, 2027)).isFalse();
    }

    @Test
    void aThreeYearPlanAnswersEveryYearItCoversAndASchemeOrSummaryOnlyItsOwn() {
        assertThat(deadlines.lastYearAnswered(FilingKind.THREE_YEAR_PLAN, 2024)).isEqualTo(2026);
        assertThat(deadlines.lastYearAnswered(FilingKind.ANNUAL_SCHEME, 2024)).isEqualTo(2024);
        assertThat(deadlines.lastYearAnswered(FilingKind.SUMMARY, 2024)).isEqualTo(2024);
    }

    @Test
    void aMeetingIsReportedFiveWorkingDaysBefore() {
        // meeting Mon 16 Dec 2024: Mon 9 – Fri 13 Dec are the five working days
        assertThat(deadlines.checkMeetingReport(day("2024-12-09"), day("2024-12-16")).dueOn())
            .isEqualTo(day("2024-12-09"));
        assertThatExceptionOfType(SelfEvaluationRefused.class)
            .isThrownBy(() -> deadlines.checkMeetingReport(day("2024-12-10"), day("2024-12-16")))
            .satisfies(refused -> {
                assertThat(refused.code()).isEqualTo("self-evaluation.report-lead-time");
                assertThat(refused.rule()).isEqualTo("001-五(三)");
                assertThat(refused.arguments()).startsWith(day("2024-12-10"), day("2024-12-16"),
                        day("2024-12-09"), 5, false);
                assertThat(refused.arguments().get(5).toString()).startsWith("2024: ");
            });
    }

    @Test
    void aMeetingReportBeforeNationalDay2025SkipsTheHolidayAndCountsTheAdjustedSaturday() {
        // meeting Mon 13 Oct 2025: Sat 11 (调休), Fri 10, Thu 9, then 1–8 Oct off, Tue 30 Sep, Mon 29 Sep
        assertThat(deadlines.meetingReportDue(day("2025-10-13")).dueOn()).isEqualTo(day("2025-09-29"));
    }

    @Test
    void aMeetingReportDueInAYearWithoutCalendarDataIsProvisional() {
        Deadline due = deadlines.meetingReportDue(day("2027-01-08"));

        assertThat(due.provisional()).isTrue();
        assertThat(due.sources()).anySatisfy(source -> assertThat(source).startsWith("2027"));
    }

    @Test
    void aMeetingReportIsNotAnAnnualFiling() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new AnnualFiling(FilingKind.MEETING_REPORT, 2024, day("2024-12-01"), "r"));
        assertThatIllegalArgumentException().isThrownBy(() -> deadlines.dueFor(FilingKind.MEETING_REPORT, 2024));
    }

    @Test
    void rightsGivenByThirtiethNovemberOweThatYearAndLaterOnesTheNext() {
        assertThat(deadlines.firstOwedYear(day("2024-03-01"))).isEqualTo(2024);
        assertThat(deadlines.firstOwedYear(day("2024-11-30"))).isEqualTo(2024);
        assertThat(deadlines.firstOwedYear(day("2024-12-01"))).isEqualTo(2025);
    }
}
