package org.zhicheng.plan.plan.domain;

import java.time.Instant;
import java.util.List;

/**
 * One history row (who, when, from, to, why) and the events the change emits. {@code from} is null for the creation.
 */
public record PlanTransition(
        PlanAction action,
        PlanStatus from,
        PlanStatus to,
        String actor,
        String reason,
        Instant at,
        List<PlanEvent> events) {

    public PlanTransition {
        events = List.copyOf(events);
    }
}
