package org.zhicheng.notification.publicity.domain;

import java.time.Instant;
import java.util.List;

/** One history row (who, when, from, to, why) and the events the change emits; {@code from} is null for opening. */
public record PublicityTransition(PublicityAction action, PublicityStatus from, PublicityStatus to, String actor,
        String reason, Instant at, List<PublicityEvent> events) {

    public PublicityTransition {
        events = List.copyOf(events);
    }
}
