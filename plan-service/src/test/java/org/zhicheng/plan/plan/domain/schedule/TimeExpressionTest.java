package org.zhicheng.plan.plan.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form of time in the four seed notices, and the impossible ones the parser must refuse. */
class TimeExpressionTest {

    /** 000 附件1–4 and 002: whole months, with and without a space, in the columns 预计评审时间/预计接收材料截止时间. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            12 月 | 2024-12-01 | 2024-12-31
            11月  | 2024-11-01 | 2024-11-30
            8 月  | 2024-08-01 | 2024-08-31
            10月  | 2024-10-01 | 2024-10-31
            2 月  | 2024-02-01 | 2024-02-29
            ７ 月 | 2024-07-01 | 2024-07-31
            １２月 | 2024-12-01 | 2024-12-31
            """)
    void monthsOfTheSeedTables(String text, LocalDate earliest, LocalDate latest) {
        TimeExpression time = TimeExpression.parse(text, 2024);

        assertThat(time.kind()).isEqualTo(TimeExpressionKind.MONTH);
        assertThat(time.text()).isEqualTo(text.strip());
        assertThat(time.earliest()).isEqualTo(earliest);
        assertThat(time.latest()).isEqualTo(latest);
    }

    /** 002 rows 4 (交通): 8 月下旬 / 8 月上旬. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            8 月下旬  | 2021-08-21 | 2021-08-31
            8 月上旬  | 2021-08-01 | 2021-08-10
            10 月中旬 | 2021-10-11 | 2021-10-20
            2月下旬   | 2021-02-21 | 2021-02-28
            """)
    void partsOfAMonth(String text, LocalDate earliest, LocalDate latest) {
        TimeExpression time = TimeExpression.parse(text, 2021);

        assertThat(time.kind()).isEqualTo(TimeExpressionKind.PART_OF_MONTH);
        assertThat(time.earliest()).isEqualTo(earliest);
        assertThat(time.latest()).isEqualTo(latest);
    }

    /** 002 rows 5 (水利) and 9 (党校): "9 月 30 日前", "8 月 20 日前", "9月30日前", "9月1日前"; inclusive. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            9 月 30 日前 | 2021-09-30
            8 月 20 日前 | 2021-08-20
            9月30日前    | 2021-09-30
            9月1日前     | 2021-09-01
            """)
    void beforeADate(String text, LocalDate latest) {
        TimeExpression time = TimeExpression.parse(text, 2021);

        assertThat(time.kind()).isEqualTo(TimeExpressionKind.BEFORE_DATE);
        assertThat(time.earliest()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(time.latest()).isEqualTo(latest);
    }

    /** 003 二(二) and 一: "2024 年 8 月 23 日", "9 月 5 日", "10 月 18 日", "2024 年 12 月 31 日", "2024 年 7 月 31 日". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2024 年 8 月 23 日  | 2024-08-23
            9 月 5 日           | 2024-09-05
            10 月 18 日         | 2024-10-18
            2024 年 12 月 31 日 | 2024-12-31
            2024 年 7 月 31 日  | 2024-07-31
            ２０２４年８月２３日 | 2024-08-23
            2025年2月28日       | 2025-02-28
            """)
    void singleDays(String text, LocalDate day) {
        TimeExpression time = TimeExpression.parse(text, 2024);

        assertThat(time.kind()).isEqualTo(TimeExpressionKind.DATE);
        assertThat(time.earliest()).isEqualTo(day);
        assertThat(time.latest()).isEqualTo(day);
    }

    /** 002 row 1 (经信): "9-10 月" evaluation, "8-9 月" deadline. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            9-10 月  | 2021-09-01 | 2021-10-31
            8-9 月   | 2021-08-01 | 2021-09-30
            ９－１０月 | 2021-09-01 | 2021-10-31
            9月至10月 | 2021-09-01 | 2021-10-31
            """)
    void monthRanges(String text, LocalDate earliest, LocalDate latest) {
        TimeExpression time = TimeExpression.parse(text, 2021);

        assertThat(time.kind()).isEqualTo(TimeExpressionKind.MONTH_RANGE);
        assertThat(time.earliest()).isEqualTo(earliest);
        assertThat(time.latest()).isEqualTo(latest);
    }

    /** 002 row 21 (经济): the provincial senior committee fixes the time. */
    @Test
    void toBeFixedByTheProvincialPlan() {
        TimeExpression time = TimeExpression.parse("按省高评委评审计划另定", 2021);

        assertThat(time.kind()).isEqualTo(TimeExpressionKind.TO_BE_FIXED_BY_PROVINCIAL_PLAN);
        assertThat(time.isDated()).isFalse();
        assertThat(time.earliest()).isNull();
        assertThat(time.endsAfter(LocalDate.of(2021, 1, 1))).isFalse();
    }

    /** 001 附件1: 启动时间 and 完成时间 in two columns, e.g. row 1 "6 月" / "8 月", row 11 "7月" / "10月". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            6 月 | 8 月  | 2024-06-01 | 2024-08-31
            7 月 | 9 月  | 2024-07-01 | 2024-09-30
            8 月 | 10 月 | 2024-08-01 | 2024-10-31
            5月  | 7月   | 2024-05-01 | 2024-07-31
            7月  | 10月  | 2024-07-01 | 2024-10-31
            """)
    void startAndCompletionColumns(String start, String completion, LocalDate earliest, LocalDate latest) {
        TimeExpression time = TimeExpression.startCompletion(start, completion, 2024);

        assertThat(time.kind()).isEqualTo(TimeExpressionKind.START_COMPLETION);
        assertThat(time.earliest()).isEqualTo(earliest);
        assertThat(time.latest()).isEqualTo(latest);
        assertThat(time.parts()).extracting(TimeExpression::text).containsExactly(start.strip(), completion.strip());
        assertThat(TimeExpression.parse(time.text(), 2024)).isEqualTo(time);
    }

    @Test
    void aStartCompletionPairWithoutAStartIsTheCompletion() {
        TimeExpression time = TimeExpression.startCompletion("", "8 月", 2024);

        assertThat(time.kind()).isEqualTo(TimeExpressionKind.MONTH);
        assertThat(time.text()).isEqualTo("8 月");
    }

    /** 001 附件2: 初定 batches "3月、6月、 9月、12月、" (trailing 、 and a stray space as printed). */
    @Test
    void quarterlyBatches() {
        TimeExpression time = TimeExpression.parse("3月、6月、 9月、12月、", 2024);

        assertThat(time.kind()).isEqualTo(TimeExpressionKind.MONTHS);
        assertThat(time.listedMonths()).containsExactly(3, 6, 9, 12);
        assertThat(time.earliest()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(time.latest()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void anEmptyCellIsNoTimeWhenOptional() {
        assertThat(TimeExpression.parseOptional("  ", 2021)).isEmpty();
        assertThat(TimeExpression.parseOptional(null, 2021)).isEmpty();
        assertThat(TimeExpression.parseOptional("9月", 2021)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13 月", "0 月", "2 月 30 日", "2023 年 2 月 29 日", "4月31日前", "10-9 月", "12月上下旬",
            "尽快", "", "3月、2月", "启动 8 月；完成 6 月", "32日"})
    void impossibleTimesAreRefusedNamingTheText(String text) {
        assertThatThrownBy(() -> TimeExpression.parse(text, 2023))
                .isInstanceOfSatisfying(InvalidTimeExpression.class,
                        refused -> assertThat(refused.text()).isEqualTo(text.strip()));
    }

    @Test
    void theYearOfTheTextWinsOverThePlanYear() {
        TimeExpression time = TimeExpression.parse("2025 年 1 月", 2024);

        assertThat(time.earliest()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(time.endsAfter(LocalDate.of(2024, 12, 31))).isTrue();
    }

    @Test
    void aMonthWithBeforeEndsTheMonthBefore() {
        TimeExpression time = TimeExpression.parse("11月底前", 2024);

        assertThat(time.kind()).isEqualTo(TimeExpressionKind.BEFORE_DATE);
        assertThat(time.latest()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(TimeExpression.parse("9 月前", 2024).latest()).isEqualTo(LocalDate.of(2024, 8, 31));
    }
}
