package org.zhicheng.plan.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.plan.plan.domain.PlanFixtures.RULES;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date rules of the seed notices, each on the rows that motivate it. */
class PlanDateRulesTest {

    /** 003 二(二): 2024-08-23, 09-05, 10-18; 一: seniority to 12-31, achievements to 07-31. */
    static final PlanDates SENIOR_ENGINEERS_2024 = new PlanDates(LocalDate.of(2024, 8, 23), LocalDate.of(2024, 9, 5),
            LocalDate.of(2024, 10, 18), LocalDate.of(2024, 12, 31), LocalDate.of(2024, 7, 31));

    @Test
    void anEvaluationTimeReachingIntoTheNextYearBreaks000One() {
        List<PlanItem> items = List.of(PlanFixtures.item("2025 年 1 月", "8 月", null));

        assertThatThrownBy(() -> new EvaluationWithinPlanYear().check(2024, PlanDates.NONE, items))
                .isInstanceOfSatisfying(PlanRuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("000-一");
                    assertThat(violation.code()).isEqualTo("plan.evaluation-outside-year");
                    assertThat(violation.arguments()).containsExactly(1, "2025 年 1 月", 2024);
                });
    }

    @Test
    void aMaterialDeadlineOrAStageAfterTheYearBreaks000One() {
        List<PlanItem> late = List.of(PlanFixtures.item("12 月", "2025 年 1 月 5 日", null));
        PlanDates lateStage = new PlanDates(LocalDate.of(2025, 1, 2), null, null, null, null);

        assertThatThrownBy(() -> new EvaluationWithinPlanYear().check(2024, PlanDates.NONE, late))
                .isInstanceOfSatisfying(PlanRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("plan.material-deadline-outside-year"));
        assertThatThrownBy(() -> new EvaluationWithinPlanYear().check(2024, lateStage, List.of()))
                .isInstanceOfSatisfying(PlanRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("plan.stage-outside-year");
                    assertThat(violation.rule()).isEqualTo("000-一");
                });
    }

    @Test
    void aTimeToBeFixedByTheProvincialPlanPassesEveryDateRule() {
        List<PlanItem> items = List.of(PlanFixtures.item("按省高评委评审计划另定", null, null));

        assertThatNoException().isThrownBy(() -> new EvaluationWithinPlanYear().check(2024, PlanDates.NONE, items));
        assertThatNoException().isThrownBy(() -> new DeadlineBeforeEvaluation(0).check(PlanDates.NONE, items));
    }

    @Test
    void aMaterialDeadlineAfterTheEvaluationTimeIsRefusedNamingTheRule() {
        List<PlanItem> items = List.of(PlanFixtures.item("9 月", "10 月", null));

        assertThatThrownBy(() -> new DeadlineBeforeEvaluation(0).check(PlanDates.NONE, items))
                .isInstanceOfSatisfying(PlanRuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("002-一(三)");
                    assertThat(violation.code()).isEqualTo("plan.deadline-after-evaluation");
                    assertThat(violation.arguments()).containsExactly(1, "10 月", "9 月");
                });
    }

    @Test
    void anApplicationDeadlineAfterTheEvaluationTimeIsRefused() {
        List<PlanItem> items = List.of(PlanFixtures.item("11 月", "8 月", LocalDate.of(2024, 12, 1)));

        assertThatThrownBy(() -> new DeadlineBeforeEvaluation(0).check(PlanDates.NONE, items))
                .isInstanceOfSatisfying(PlanRuleViolation.class,
                        violation -> assertThat(violation.arguments()).containsExactly(1, LocalDate.of(2024, 12, 1),
                                "11 月"));
    }

    /** 000 row 17 "9月 / 9月", 002 row 1 "9-10 月 / 8-9 月", row 4 "8 月下旬 / 8 月上旬", row 5 "9 月 30 日前 / 8 月 20 日前". */
    @Test
    void theSeedRowsKeepTheirDeadlinesBeforeTheEvaluation() {
        List<PlanItem> items = List.of(PlanFixtures.item("9月", "9月", null),
                PlanFixtures.item("9-10 月", "8-9 月", null), PlanFixtures.item("8 月下旬", "8 月上旬", null),
                PlanFixtures.item("9 月 30 日前", "8 月 20 日前", null));

        assertThatNoException().isThrownBy(() -> new DeadlineBeforeEvaluation(0).check(PlanDates.NONE, items));
    }

    /** Every (预计评审时间, 预计接收材料截止时间) pair of the 000 and 002 tables passes all date rules of its year. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12 月 | 10 月
            12 月 | 11 月
            11 月 | 9 月
            8 月 | 7 月
            9 月 | 8 月
            11 月 | 8 月
            10月 | 8月
            10月 | 9月
            11月 | 10月
            9月 | 9月
            8月 | 8月
            12 月 | 9 月
            11 月 | 10 月
            10 月 | 9 月
            9-10 月 | 8-9 月
            8 月下旬 | 8 月上旬
            9 月 30 日前 | 8 月 20 日前
            9月30日前 | 9月1日前
            12月 | 10月
            按省高评委评审计划另定 |
            """)
    void everySeedRowPassesTheDateRules(String evaluation, String material) {
        PlanItem item = PlanFixtures.item(evaluation, material, null);

        assertThatNoException().isThrownBy(
                () -> RULES.checkDates(2024, PlanCategory.REGULAR, PlanDates.NONE, List.of(item)));
    }

    /** 001 附件1: every (启动时间, 完成时间) pair, and 附件2's quarterly batches in an initial-certification plan. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            6 月 | 8 月
            7 月 | 9 月
            8 月 | 10 月
            7月 | 9月
            5月 | 7月
            7月 | 10月
            """)
    void every001RowPassesTheDateRules(String start, String completion) {
        PlanItem item = PlanFixtures.input(List.of("ENGINEER_ASSISTANT"), List.of(), start, completion, null, null)
                .toItem(2024, 0);
        PlanItem batches = PlanFixtures.item("3月、6月、 9月、12月、", null, null);

        assertThatNoException().isThrownBy(
                () -> RULES.checkDates(2024, PlanCategory.REGULAR, PlanDates.NONE, List.of(item)));
        assertThatNoException().isThrownBy(
                () -> RULES.checkDates(2024, PlanCategory.INITIAL_CERTIFICATION, PlanDates.NONE, List.of(batches)));
    }

    @Test
    void theMinimumGapComesFromTheSettings() {
        List<PlanItem> items = List.of(PlanFixtures.item("9 月 30 日前", "9 月 25 日", null));

        assertThatNoException().isThrownBy(() -> new DeadlineBeforeEvaluation(0).check(PlanDates.NONE, items));
        assertThatThrownBy(() -> new DeadlineBeforeEvaluation(10).check(PlanDates.NONE, items))
                .isInstanceOf(PlanRuleViolation.class);
    }

    @Test
    void thePlansStagedIndividualDeadlineMustAlsoPrecedeTheEvaluation() {
        List<PlanItem> items = List.of(PlanFixtures.item("8 月上旬", null, null));

        assertThatThrownBy(() -> new DeadlineBeforeEvaluation(0).check(SENIOR_ENGINEERS_2024, items))
                .isInstanceOf(PlanRuleViolation.class);
    }

    @Test
    void the003StagesAreInOrderAndAReversedPairIsRefused() {
        PlanDates reversed = new PlanDates(LocalDate.of(2024, 9, 6), LocalDate.of(2024, 9, 5), null, null, null);

        assertThatNoException().isThrownBy(() -> new StagedDeadlinesInOrder().check(SENIOR_ENGINEERS_2024));
        assertThatThrownBy(() -> new StagedDeadlinesInOrder().check(reversed))
                .isInstanceOfSatisfying(PlanRuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("003-二(二)");
                    assertThat(violation.code()).isEqualTo("plan.stages-out-of-order");
                    assertThat(violation.arguments()).containsExactly(DeadlineStage.UNIT_RECOMMENDATION,
                            LocalDate.of(2024, 9, 5), DeadlineStage.INDIVIDUAL_APPLICATION, LocalDate.of(2024, 9, 6));
                });
    }

    @Test
    void initialCertificationRunsInTheQuarterlyBatchMonthsOnly() {
        InitialCertificationBatches batches = new InitialCertificationBatches(Set.of(3, 6, 9, 12));
        List<PlanItem> quarterly = List.of(PlanFixtures.item("3月、6月、 9月、12月、", null, null));
        List<PlanItem> april = List.of(PlanFixtures.item("4 月", null, null));

        assertThatNoException().isThrownBy(() -> batches.check(PlanCategory.INITIAL_CERTIFICATION, quarterly));
        assertThatNoException().isThrownBy(() -> batches.check(PlanCategory.REGULAR, april));
        assertThatThrownBy(() -> batches.check(PlanCategory.INITIAL_CERTIFICATION, april))
                .isInstanceOfSatisfying(PlanRuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("001-附件2");
                    assertThat(violation.arguments()).containsExactly(1, "4 月", 4);
                });
    }

    @Test
    void theEffectiveDeadlineFallsBackFromItemToStageToMaterialToYearEnd() {
        PlanItem own = PlanFixtures.item("11 月", "8 月", LocalDate.of(2024, 8, 1));
        PlanItem material = PlanFixtures.item("11 月", "8 月", null);
        PlanItem open = PlanFixtures.item("按省高评委评审计划另定", null, null);

        assertThat(own.effectiveDeadline(SENIOR_ENGINEERS_2024, 2024)).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(material.effectiveDeadline(SENIOR_ENGINEERS_2024, 2024)).isEqualTo(LocalDate.of(2024, 8, 23));
        assertThat(material.effectiveDeadline(PlanDates.NONE, 2024)).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(open.effectiveDeadline(PlanDates.NONE, 2024)).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void theRulesTogetherAcceptThe003Plan() {
        List<PlanItem> items = List.of(PlanFixtures.item("11 月", null, null));

        assertThatNoException().isThrownBy(
                () -> RULES.checkContent(2024, PlanCategory.REGULAR, SENIOR_ENGINEERS_2024, items));
    }
}
