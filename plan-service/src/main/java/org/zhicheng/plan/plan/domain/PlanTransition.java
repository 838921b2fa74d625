package org.zhicheng.plan.plan.domain;

import java.time.Instant;
import java.util.List;

/**
 * One history row (who, when, from, to, why) and the events the change emits. {@code from} is null for the creation;
 * {@code deadlineChange} is set only for {@link PlanAction#CHANGE_DEADLINE}.
 */
public record PlanTransition(
        PlanAction action,
        PlanStatus from,
        PlanStatus to,
        String actor,
        String reason,
        Instant at,
        List<PlanEvent> events,
        DeadlineChange deadlineChange) {

    public PlanTransition {
        events = List.copyOf(events);
    }
}
