package org.zhicheng.education.hours.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class HourRecordRulesTest {

    private final HourRecordRules rules = new HourRecordRules(new BigDecimal("200"));

    private static HoursInput input(int year, String category, String hours) {
        return new HoursInput("p-1", "331102", "unit-1", year, category, new BigDecimal(hours),
                new HourSource("浙江省专业技术人员继续教育管理系统", "provider", "course", "C-1"));
    }

    @Test
    void acceptsAKnownCategoryInAnyCaseAndKeepsTenths() {
        NewHours checked = rules.check(input(2024, "professional", "12.50"), 2024);
        assertThat(checked.category()).isEqualTo(HourCategory.PROFESSIONAL);
        assertThat(checked.hours()).isEqualByComparingTo("12.5");
        assertThat(checked.hours().scale()).isEqualTo(1);
    }

    @Test
    void theMaximumItselfIsAccepted() {
        assertThat(rules.check(input(2024, "GENERAL_PUBLIC", "200"), 2024).hours()).isEqualByComparingTo("200");
    }

    @Test
    void refusesZeroAndNegativeHours() {
        assertRefused(input(2024, "PROFESSIONAL", "0"), "hours.not-positive", "hours");
        assertRefused(input(2024, "PROFESSIONAL", "-3"), "hours.not-positive", "hours");
    }

    @Test
    void refusesAbsurdHoursAboveTheConfiguredMaximum() {
        assertRefused(input(2024, "PROFESSIONAL", "200.1"), "hours.above-maximum", "hours");
        assertThat(new HourRecordRules(new BigDecimal("90")).check(input(2024, "PROFESSIONAL", "90"), 2024))
                .isNotNull();
    }

    @Test
    void refusesHundredthsOfAnHour() {
        assertRefused(input(2024, "PROFESSIONAL", "1.25"), "hours.precision", "hours");
    }

    @Test
    void refusesAnUnknownOrMissingCategory() {
        assertRefused(input(2024, "SPORTS", "10"), "hours.unknown-category", "category");
        assertRefused(input(2024, null, "10"), "hours.unknown-category", "category");
    }

    @Test
    void refusesAFutureYearButNotTheCurrentOne() {
        assertRefused(input(2025, "PROFESSIONAL", "10"), "hours.future-year", "year");
        assertThat(rules.check(input(2024, "PROFESSIONAL", "10"), 2024).year()).isEqualTo(2024);
    }

    @Test
    void aMaximumMustBePositive() {
        assertThatThrownBy(() -> new HourRecordRules(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRefused(HoursInput input, String code, String field) {
        assertThatThrownBy(() -> rules.check(input, 2024)).isInstanceOfSatisfying(HoursRejected.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.field()).isEqualTo(field);
        });
    }
}
