package org.zhicheng.plan.plan.domain;

import java.time.LocalDate;

/**
 * 003 二(二): the individual applies online first, then the unit recommends, then the city reviews and recommends;
 * each stage's deadline is on or after the one before (missing stages are skipped).
 */
public final class StagedDeadlinesInOrder {

    public static final String RULE = "003-二(二)";
    public static final String CODE = "plan.stages-out-of-order";

    public void check(PlanDates dates) {
        DeadlineStage previous = null;
        for (DeadlineStage stage : DeadlineStage.values()) {
            LocalDate deadline = dates.deadline(stage);
            if (deadline == null) {
                continue;
            }
            if (previous != null && deadline.isBefore(dates.deadline(previous))) {
                throw new PlanRuleViolation(CODE, RULE, stage, deadline, previous, dates.deadline(previous));
            }
            previous = stage;
        }
    }
}
