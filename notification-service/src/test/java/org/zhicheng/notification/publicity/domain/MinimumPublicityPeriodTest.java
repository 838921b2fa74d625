package org.zhicheng.notification.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.notification.publicity.domain.PublicityFixtures.CALENDAR;
import static org.zhicheng.notification.publicity.domain.PublicityFixtures.SHANGHAI;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.RuleRefused;

/**
 * 002 一(二)(三)(五): at least five working days on the statutory calendar, the opening day counting when it is a
 * working day; across weekends, holidays and the adjusted weekend working days (调休) of 2024–2026.
 */
class MinimumPublicityPeriodTest {

    private final MinimumPublicityPeriod period = PublicityFixtures.rules().period();

    @Test
    void fiveWorkingDaysFromAMondayEndOnFriday() {
        PublicityPeriod p = period.period(PublicityKind.UNIT, LocalDate.of(2024, 11, 4), null);

        assertThat(p.endsOn()).isEqualTo(LocalDate.of(2024, 11, 8));
        assertThat(p.closesAt()).isEqualTo(Instant.parse("2024-11-08T16:00:00Z"));
        assertThat(p.provisional()).isFalse();
        assertThat(p.sources()).singleElement().asString().contains("国办发明电〔2023〕7号");
    }

    @Test
    void aPeriodOpenedOnThursdayRunsAcrossTheWeekend() {
        assertThat(period.period(PublicityKind.UNIT, LocalDate.of(2025, 11, 20), null).endsOn())
                .isEqualTo(LocalDate.of(2025, 11, 26));
    }

    @Test
    void midAutumn2024CountsTheWorkingSaturdayAndSkipsTheHoliday() {
        // Fri 13 Sep, Sat 14 Sep (调休 working day), 15–17 Sep off, then 18, 19, 20
        assertThat(period.period(PublicityKind.PRE_EVALUATION, LocalDate.of(2024, 9, 13), null).endsOn())
                .isEqualTo(LocalDate.of(2024, 9, 20));
    }

    @Test
    void theNationalDayWeek2025IsSkippedAndItsWorkingSaturdayCounts() {
        // Tue 30 Sep, 1–8 Oct off, Thu 9, Fri 10, Sat 11 (调休), Mon 13
        assertThat(period.period(PublicityKind.RESULT, LocalDate.of(2025, 9, 30), null).endsOn())
                .isEqualTo(LocalDate.of(2025, 10, 13));
    }

    @Test
    void springFestival2026FromTheWorkingSaturdayBeforeIt() {
        // Sat 14 Feb (调休 working day), 15–23 Feb off, 24, 25, 26, 27
        assertThat(period.period(PublicityKind.UNIT, LocalDate.of(2026, 2, 14), null).endsOn())
                .isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void aPeriodOpenedOnAHolidayStartsCountingOnTheNextWorkingDay() {
        // opened on 1 Jan 2026 (off, as are 2–3 Jan); Sun 4 Jan is a working day
        assertThat(period.period(PublicityKind.UNIT, LocalDate.of(2026, 1, 1), null).endsOn())
                .isEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Test
    void aPeriodReachingAYearWithoutCalendarDataIsProvisionalAndSaysSo() {
        PublicityPeriod p = period.period(PublicityKind.UNIT, LocalDate.of(2026, 12, 28), null);

        assertThat(p.endsOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(p.provisional()).isTrue();
        assertThat(p.sources()).anySatisfy(source -> assertThat(source).contains("2027").contains("Monday–Friday"));
    }

    @Test
    void aShorterPeriodIsRefusedWithTheKindsRuleALongerOneAccepted() {
        assertThatThrownBy(() -> period.period(PublicityKind.UNIT, LocalDate.of(2024, 11, 4), 4))
                .isInstanceOfSatisfying(RuleRefused.class, refused -> {
                    assertThat(refused.code()).isEqualTo("publicity.period-too-short");
                    assertThat(refused.rule()).isEqualTo("002-一(二)");
                    assertThat(refused.arguments()).containsExactly("单位公示", 4, 5);
                });
        assertThatThrownBy(() -> period.period(PublicityKind.RESULT, LocalDate.of(2024, 11, 4), 1))
                .isInstanceOfSatisfying(RuleRefused.class, refused -> assertThat(refused.rule())
                        .isEqualTo("002-一(五)"));
        assertThat(period.period(PublicityKind.UNIT, LocalDate.of(2024, 11, 4), 7).endsOn())
                .isEqualTo(LocalDate.of(2024, 11, 12));
    }

    @Test
    void theMinimumIsConfigurationPerKind() {
        Map<PublicityKind, Integer> days = new EnumMap<>(PublicityKind.class);
        days.put(PublicityKind.UNIT, 5);
        days.put(PublicityKind.PRE_EVALUATION, 5);
        days.put(PublicityKind.RESULT, 7);
        MinimumPublicityPeriod seven = new MinimumPublicityPeriod(CALENDAR, days, SHANGHAI);

        assertThat(seven.period(PublicityKind.RESULT, LocalDate.of(2024, 11, 4), null).workingDays()).isEqualTo(7);
        assertThatThrownBy(() -> seven.period(PublicityKind.RESULT, LocalDate.of(2024, 11, 4), 5))
                .isInstanceOf(RuleRefused.class);
    }
}
