package org.zhicheng.plan.plan.domain;

/**
 * 000 三(三): once a plan is published its individual application deadline is not changed. This slice has no special
 * approval, so a plan can be edited only before publication, while it is a draft or returned for amendment.
 */
public final class PublishedDeadlineIsFixed {

    public static final String RULE = "000-三(三)";

    public void check(PlanStatus status) {
        if (status != PlanStatus.DRAFT && status != PlanStatus.RETURNED) {
            throw new WrongPlanStateException(status, PlanAction.AMEND, RULE);
        }
    }
}
