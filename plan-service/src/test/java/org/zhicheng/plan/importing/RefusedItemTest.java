package org.zhicheng.plan.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.zhicheng.starter.problem.FieldProblem;
import org.zhicheng.starter.problem.Problems;

/**
 * Which item a refusal of the plan domain names, so the report can put it on that item's source row: a field problem
 * {@code items[i].…} (the domain's answer to a time like "13 月") or a rule numbering the item from 1.
 */
class RefusedItemTest {

    @Test
    void aRefusedFieldNamesItsItem() {
        var refused = Problems.badRequest("plan.invalid-time", "13 月").withErrors(List.of(
                new FieldProblem("items[2].expectedEvaluationTime", "plan.invalid-time", "13 月 is no month")));

        assertThat(PlanImports.refusedItem(refused)).isEqualTo(2);
    }

    @Test
    void aRuleNamesItsItemByNumber() {
        var refused = Problems.ruleViolated("plan.deadline-outside-year", "000-一", 1, LocalDate.of(2025, 1, 15),
                2024);

        assertThat(PlanImports.refusedItem(refused)).isZero();
    }

    @Test
    void aRefusalOfThePlanNamesNoItem() {
        assertThat(PlanImports.refusedItem(Problems.forbidden("plan.out-of-scope", "3306"))).isEqualTo(-1);
    }
}
