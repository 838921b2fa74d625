package org.zhicheng.notification.objection.domain;

import java.time.Instant;
import java.util.List;

/** One history row and the events the change emits; {@code from} is null for raising. */
public record ObjectionTransition(ObjectionAction action, ObjectionStatus from, ObjectionStatus to, String actor,
        String reason, Instant at, List<ObjectionEvent> events) {

    public ObjectionTransition {
        events = List.copyOf(events);
    }
}
