package org.zhicheng.plan.plan.domain;

/** What was done to a plan; each action leaves one history row. */
public enum PlanAction {
    CREATE,
    AMEND,
    SUBMIT,
    APPROVE,
    RETURN,
    PUBLISH,
    /** A deadline moved after publication by special approval (000 三(三)). */
    CHANGE_DEADLINE,
    CLOSE
}
