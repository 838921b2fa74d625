package org.zhicheng.plan.plan.domain;

import java.time.LocalDate;
import java.util.List;

import org.zhicheng.plan.plan.domain.schedule.TimeExpression;

/**
 * 000 一: evaluation and recommendation finish within the plan year. No item's expected evaluation time, material
 * deadline or individual application deadline, and none of the plan's staged deadlines, may reach past 31 December
 * of the plan year. A time "to be fixed by the provincial plan" has no range and passes.
 */
public final class EvaluationWithinPlanYear {

    public static final String RULE = "000-一";
    public static final String CODE = "plan.deadline-outside-year";
    public static final String MATERIAL_CODE = "plan.material-deadline-outside-year";
    public static final String EVALUATION_CODE = "plan.evaluation-outside-year";
    public static final String STAGE_CODE = "plan.stage-outside-year";

    public void check(int year, PlanDates dates, List<PlanItem> items) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        for (DeadlineStage stage : DeadlineStage.values()) {
            LocalDate deadline = dates.deadline(stage);
            if (deadline != null && deadline.isAfter(yearEnd)) {
                throw new PlanRuleViolation(STAGE_CODE, RULE, stage, deadline, year);
            }
        }
        for (int i = 0; i < items.size(); i++) {
            PlanItem item = items.get(i);
            // arguments: the item's number as in the notice's tables (序号, from 1), the time, the plan year
            LocalDate deadline = item.applicationDeadline();
            if (deadline != null && deadline.isAfter(yearEnd)) {
                throw new PlanRuleViolation(CODE, RULE, i + 1, deadline, year);
            }
            TimeExpression material = item.materialDeadlineTime();
            if (material != null && material.endsAfter(yearEnd)) {
                throw new PlanRuleViolation(MATERIAL_CODE, RULE, i + 1, material.text(), year);
            }
            TimeExpression evaluation = item.evaluationTime();
            if (evaluation != null && evaluation.endsAfter(yearEnd)) {
                throw new PlanRuleViolation(EVALUATION_CODE, RULE, i + 1, evaluation.text(), year);
            }
        }
    }
}
