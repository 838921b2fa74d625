package org.zhicheng.plan.plan.domain;

/** Where a plan is in its lifecycle: drafted, reviewed by the HR bureau, public, finished. */
public enum PlanStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    RETURNED,
    PUBLISHED,
    CLOSED;

    /** Published and closed plans are public; everything before publication stays inside the region's offices. */
    public boolean isPublic() {
        return this == PUBLISHED || this == CLOSED;
    }
}
