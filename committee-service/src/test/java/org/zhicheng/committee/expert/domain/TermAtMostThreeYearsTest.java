package org.zhicheng.committee.expert.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class TermAtMostThreeYearsTest {

    final TermAtMostThreeYears rule = new TermAtMostThreeYears(3);

    @Test
    void acceptsATermOfExactlyThreeYears() {
        Term term = rule.check(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), "add[0].termEnd");
        assertThat(term.end()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void refusesATermOneDayLongerThanThreeYearsNamingTheRule() {
        assertThatThrownBy(() -> rule.check(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1), "add[0].termEnd"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.RULE);
                    assertThat(refusal.code()).isEqualTo("pool.term-too-long");
                    assertThat(refusal.rule()).isEqualTo("000-三(一)");
                    assertThat(refusal.field()).isEqualTo("add[0].termEnd");
                    assertThat(refusal.arguments()).contains(3, LocalDate.of(2027, 12, 31));
                });
    }

    @Test
    void aTermFromTheTwentyNinthOfFebruaryEndsOnTheLastDayOfFebruary() {
        assertThat(rule.latestEnd(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(rule.latestEnd(LocalDate.of(2024, 3, 1))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(rule.latestEnd(LocalDate.of(2025, 3, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThatThrownBy(() -> rule.check(LocalDate.of(2024, 2, 29), LocalDate.of(2027, 3, 1), "t"))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void acceptsAOneDayTermAndRefusesOneThatEndsBeforeItStarts() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThat(rule.check(day, day, "t").contains(day)).isTrue();
        assertThatThrownBy(() -> rule.check(day, day.minusDays(1), "add[1].termEnd"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.BAD_INPUT);
                    assertThat(refusal.code()).isEqualTo("pool.term-reversed");
                });
    }

    @Test
    void theNumberOfYearsComesFromConfiguration() {
        TermAtMostThreeYears twoYears = new TermAtMostThreeYears(2);
        assertThat(twoYears.latestEnd(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> twoYears.check(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1), "t"))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> new TermAtMostThreeYears(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
