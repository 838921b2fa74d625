package org.zhicheng.plan.plan.persistence;

import org.zhicheng.plan.plan.domain.PlanCategory;
import org.zhicheng.plan.plan.domain.PlanStatus;

/**
 * A page of plans matching the filters (each optional). Public plans always match the visibility; non-public ones only
 * when {@code draftScope} (a region code prefix) covers their region, and never when it is null.
 */
public record PlanSearch(Integer year, String region, PlanCategory category, PlanStatus status, String draftScope,
        int page, int size) {
}
