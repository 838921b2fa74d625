package org.zhicheng.starter.calendar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** On the calendar the starter ships (zhicheng/working-days.yaml, 2024–2026). */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayData
        .load(new ClassPathResource("zhicheng/working-days.yaml"));

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void shipsTheThreeYearsOfTheNotices() {
        assertThat(calendar.coveredYears()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void adjustedSundayBeforeSpringFestivalIsAWorkingDay() {
        assertThat(day("2024-02-04").getDayOfWeek()).hasToString("SUNDAY");
        assertThat(calendar.isWorkingDay(day("2024-02-04"))).isTrue();
    }

    @Test
    void springFestivalMondayIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(day("2024-02-12"))).isFalse();
    }

    @Test
    void ordinaryWeekdaysAndWeekends() {
        assertThat(calendar.isWorkingDay(day("2024-03-05"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2024-03-09"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2025-10-08"))).isFalse();
        assertThat(calendar.isWorkingDay(day("2025-10-11"))).isTrue();
        assertThat(calendar.isWorkingDay(day("2026-02-28"))).isTrue();
    }

    @Test
    void publicityOfFiveWorkingDaysStartingOnAWorkingDayCountsThatDayFirst() {
        WorkingDayAnswer end = calendar.addWorkingDays(day("2024-03-04"), 5);

        assertThat(end.date()).isEqualTo(day("2024-03-08"));
        assertThat(end.provisional()).isFalse();
    }

    @Test
    void publicityAcrossNationalDay2024SkipsTheHolidayAndCountsTheAdjustedSaturday() {
        // starts Sunday 29 Sep (a 调休 working day): 29, 30 Sep, then 1–7 Oct off, then 8, 9, 10 Oct
        WorkingDayAnswer end = calendar.addWorkingDays(day("2024-09-29"), 5);

        assertThat(end.date()).isEqualTo(day("2024-10-10"));
        assertThat(end.provisional()).isFalse();
        assertThat(end.sources()).singleElement().asString().contains("〔2023〕7号");
    }

    @Test
    void publicityStartingOnAHolidayBeginsOnTheNextWorkingDay() {
        // 1 Oct is off: 8, 9, 10, 11 Oct, then Saturday 12 Oct (调休)
        assertThat(calendar.addWorkingDays(day("2024-10-01"), 5).date()).isEqualTo(day("2024-10-12"));
    }

    @Test
    void latestDayFiveWorkingDaysBeforeAMeeting() {
        // meeting Monday 14 Oct 2024: Sat 12 (调休), Fri 11, Thu 10, Wed 9, Tue 8 are the five working days
        WorkingDayAnswer deadline = calendar.workingDayBefore(day("2024-10-14"), 5);

        assertThat(deadline.date()).isEqualTo(day("2024-10-08"));
        assertThat(calendar.countWorkingDays(deadline.date(), day("2024-10-13"))).isEqualTo(5);
    }

    @Test
    void countsWorkingDaysInclusively() {
        assertThat(calendar.countWorkingDays(day("2024-10-01"), day("2024-10-07"))).isZero();
        assertThat(calendar.countWorkingDays(day("2024-09-28"), day("2024-10-12"))).isEqualTo(7);
        assertThat(calendar.countWorkingDays(day("2024-10-12"), day("2024-10-01"))).isZero();
    }

    @Test
    void yearWithoutDataAssumesMondayToFridayAndSaysSo() {
        // 2027-01-01 is a Friday; without the 2027 notice it counts as a working day
        WorkingDayAnswer end = calendar.addWorkingDays(day("2026-12-30"), 5);

        assertThat(end.date()).isEqualTo(day("2027-01-05"));
        assertThat(end.provisional()).isTrue();
        assertThat(end.sources()).hasSize(2);
        assertThat(end.sources().get(1)).startsWith("2027").contains("Monday–Friday");
        assertThat(calendar.isProvisional(day("2026-12-30"), day("2027-01-05"))).isTrue();
        assertThat(calendar.isProvisional(day("2026-01-01"), day("2026-12-31"))).isFalse();
    }

    @Test
    void aSingleDateIsAnsweredWithTheNoticeOfItsYear() {
        WorkingDayCheck adjustedSaturday = calendar.check(day("2024-10-12"));
        WorkingDayCheck nationalDay = calendar.check(day("2025-10-01"));

        assertThat(adjustedSaturday.workingDay()).isTrue();
        assertThat(adjustedSaturday.provisional()).isFalse();
        assertThat(adjustedSaturday.sources()).singleElement().asString().startsWith("2024: ").contains("〔2023〕7号");
        assertThat(nationalDay.workingDay()).isFalse();
        assertThat(nationalDay.sources()).singleElement().asString().contains("〔2024〕12号");
    }

    @Test
    void aSingleDateOfAYearWithoutDataSaysMondayToFridayWasAssumed() {
        WorkingDayCheck check = calendar.check(day("2031-01-06"));

        assertThat(check.workingDay()).isTrue();
        assertThat(check.provisional()).isTrue();
        assertThat(check.sources()).singleElement().asString().startsWith("2031").contains("Monday–Friday");
    }

    @Test
    void refusesNonsensicalCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(day("2024-01-02"), 0));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.workingDayBefore(day("2024-01-02"), -1));
    }

    @Test
    void anEditedFileAddsANewYearWithoutARelease(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("working-days.yaml");
        Files.writeString(file, """
                years:
                  2027:
                    source: test notice for 2027
                    days-off: [2027-01-01]
                    working-weekend-days: []
                """);

        WorkingDayCalendar edited = WorkingDayData.load(new FileSystemResource(file));

        assertThat(edited.isWorkingDay(day("2027-01-01"))).isFalse();
        assertThat(edited.addWorkingDays(day("2027-01-01"), 1).provisional()).isFalse();
    }

    @Test
    void aWorkingWeekendDayThatIsAWeekdayIsRejectedAtLoad(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("working-days.yaml");
        Files.writeString(file, """
                years:
                  2027:
                    source: typo
                    working-weekend-days: [2027-01-04]
                """);

        assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayData.load(new FileSystemResource(file)))
            .withMessageContaining("2027-01-04");
    }
}
