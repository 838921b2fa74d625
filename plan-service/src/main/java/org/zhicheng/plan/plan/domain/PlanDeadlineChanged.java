package org.zhicheng.plan.plan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A published plan's deadline was moved by special approval (000 三(三)); consumers re-open or re-schedule
 * applications. Data of the {@code PlanDeadlineChanged} event. Exactly one of {@code itemId} and {@code stage} is set.
 */
public record PlanDeadlineChanged(
        UUID planId,
        int year,
        String region,
        UUID itemId,
        DeadlineStage stage,
        LocalDate oldDeadline,
        LocalDate newDeadline,
        String approvedBy,
        String reason,
        String approvalReference,
        Instant changedAt) implements PlanEvent {

    public static final String TYPE = "PlanDeadlineChanged";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int version() {
        return 1;
    }
}
