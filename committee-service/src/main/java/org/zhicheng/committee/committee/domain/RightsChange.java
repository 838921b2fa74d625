package org.zhicheng.committee.committee.domain;

import java.time.Instant;
import java.util.UUID;

/** One suspension or reinstatement: who, when, from which state to which, and why. Never changed afterwards. */
public record RightsChange(UUID id, RightsAction action, CommitteeStatus from, CommitteeStatus to, String reason,
        String actor, Instant at) {
}
