package org.zhicheng.plan.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * 000 一: evaluation and recommendation finish within the plan year, so no item's individual application deadline
 * may fall after the year's end.
 */
public final class EvaluationWithinPlanYear {

    public static final String RULE = "000-一";
    public static final String CODE = "plan.deadline-outside-year";

    public void check(int year, List<PlanItem> items) {
        for (int i = 0; i < items.size(); i++) {
            LocalDate deadline = items.get(i).applicationDeadline();
            if (deadline.getYear() > year) {
                // arguments: the item's number as in the notice's tables (序号, from 1), its deadline, the plan year
                throw new PlanRuleViolation(CODE, RULE, i + 1, deadline, year);
            }
        }
    }
}
