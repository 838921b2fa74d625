package org.zhicheng.plan.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhicheng.plan.plan.domain.PlanFixtures.NOW;
import static org.zhicheng.plan.plan.domain.PlanFixtures.OFFICE;
import static org.zhicheng.plan.plan.domain.PlanFixtures.RULES;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PlanRulesTest {

    @Test
    void anApplicationDeadlineAfterThePlanYearBreaksEvaluationWithinPlanYear() {
        List<PlanItem> items = List.of(PlanFixtures.mechatronicsItem(LocalDate.of(2025, 1, 10)));

        assertThatThrownBy(() -> new EvaluationWithinPlanYear().check(2024, PlanDates.NONE, items))
                .isInstanceOfSatisfying(PlanRuleViolation.class, violation -> {
                    assertThat(violation.rule()).isEqualTo("000-一");
                    assertThat(violation.code()).isEqualTo("plan.deadline-outside-year");
                    assertThat(violation.arguments()).containsExactly(1, LocalDate.of(2025, 1, 10), 2024);
                });
    }

    @Test
    void aDeadlineOnTheLastDayOfThePlanYearIsWithinTheYear() {
        List<PlanItem> items = List.of(PlanFixtures.mechatronicsItem(LocalDate.of(2024, 12, 31)));

        assertThatNoException().isThrownBy(() -> new EvaluationWithinPlanYear().check(2024, PlanDates.NONE, items));
    }

    @Test
    void aPublishedPlanCannotBeAmendedBecauseItsDeadlineIsFixed() {
        EvaluationPlan plan = PlanFixtures.published();
        List<PlanItem> items = List.of(PlanFixtures.mechatronicsItem(LocalDate.of(2024, 9, 30)));

        assertThatThrownBy(() -> plan.amend("改", PlanDates.NONE, null, items, RULES, OFFICE, null, NOW))
                .isInstanceOfSatisfying(WrongPlanStateException.class, refused -> {
                    assertThat(refused.current()).isEqualTo(PlanStatus.PUBLISHED);
                    assertThat(refused.rule()).isEqualTo("000-三(三)");
                });
        assertThat(plan.items()).singleElement()
                .extracting(PlanItem::applicationDeadline).isEqualTo(LocalDate.of(2024, 8, 23));
    }

    @Test
    void aSubmittedPlanCannotBeAmendedEither() {
        assertThatThrownBy(() -> new PublishedDeadlineIsFixed().check(PlanStatus.SUBMITTED))
                .isInstanceOf(WrongPlanStateException.class);
    }

    @Test
    void anUnknownTitleCodeIsNamed() {
        PlanItem item = PlanFixtures.bareItem(List.of("ENGINEER_INTERMEDIATE", "WIZARD"), List.of());

        assertThatThrownBy(() -> new TitlesFromCatalog(PlanFixtures.CATALOG).check(List.of(item)))
                .isInstanceOfSatisfying(PlanRuleViolation.class, violation -> {
                    assertThat(violation.code()).isEqualTo("plan.unknown-title");
                    assertThat(violation.arguments()).containsExactly("WIZARD");
                });
    }

    @Test
    void anUnknownSpecialtyIsNamed() {
        PlanItem item = PlanFixtures.bareItem(List.of("ENGINEER_INTERMEDIATE"), List.of("ALCHEMY"));

        assertThatThrownBy(() -> new TitlesFromCatalog(PlanFixtures.CATALOG).check(List.of(item)))
                .isInstanceOfSatisfying(PlanRuleViolation.class,
                        violation -> assertThat(violation.arguments()).containsExactly("ALCHEMY"));
    }

    @Test
    void anItemWithoutEvaluatedOrRecommendedTitlesIsRefused() {
        PlanItem item = PlanFixtures.bareItem(List.of(), List.of());

        assertThatThrownBy(() -> new ItemsHaveTitles().check(PlanCategory.REGULAR, List.of(item)))
                .isInstanceOfSatisfying(PlanRuleViolation.class,
                        violation -> assertThat(violation.code()).isEqualTo("plan.item-without-titles"));
    }

    @Test
    void anInitialCertificationItemNeedsNoTitles() {
        // 001 附件2 "大中专毕业生初定": the title follows from education, the table has no titles column
        PlanItem item = PlanFixtures.bareItem(List.of(), List.of());

        assertThatCode(() -> new ItemsHaveTitles().check(PlanCategory.INITIAL_CERTIFICATION, List.of(item)))
                .doesNotThrowAnyException();
    }

    @Test
    void aDraftIsRefusedWhenItsItemsBreakARule() {
        List<PlanItem> items = List.of(PlanFixtures.mechatronicsItem(LocalDate.of(2025, 3, 1)));

        assertThatThrownBy(() -> EvaluationPlan.draft(UUID.randomUUID(), 2024, "330604", PlanCategory.REGULAR, "计划",
                PlanDates.NONE, null, items, RULES, OFFICE, NOW)).isInstanceOf(PlanRuleViolation.class);
    }
}
