package org.zhicheng.plan.plan.domain;

/**
 * 000 三(三): once a plan is published its individual application deadline is not changed, except by a special
 * approval that is recorded ({@link EvaluationPlan#changeDeadline}). Any other edit happens before publication only,
 * while the plan is a draft or returned for amendment.
 */
public final class PublishedDeadlineIsFixed {

    public static final String RULE = "000-三(三)";

    public void check(PlanStatus status) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED) {
            throw new WrongPlanStateException(status, PlanAction.AMEND, RULE);
        }
    }
}
