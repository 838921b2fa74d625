package org.zhicheng.plan.plan.domain;

import java.time.Instant;
import java.util.UUID;

/** A plan is finished: no more applications under it. Data of the {@code PlanClosed} event. */
public record PlanClosed(UUID planId, int year, String region, Instant closedAt) implements PlanEvent {

    public static final String TYPE = "PlanClosed";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int version() {
        return 1;
    }
}
