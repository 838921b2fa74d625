package org.zhicheng.plan.plan.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.zhicheng.plan.plan.domain.PlanCategory;
import org.zhicheng.plan.plan.domain.PlanStatus;

/** A plan as the API shows it; {@code version} is also the ETag. */
public record PlanView(
        UUID id,
        int year,
        String region,
        PlanCategory category,
        String title,
        PlanDatesBody dates,
        String authorityHolder,
        PlanStatus status,
        int version,
        List<PlanItemView> items,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant closedAt) {
}
