package org.zhicheng.notification.publicity.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A publicity closed with its outcome; {@code heldSince} is set when open objections kept it open past its end.
 */
public record PublicityClosed(UUID publicityId, PublicityKind kind, PublicitySubject subject, String region,
        String committee, String unit, PublicityOutcome outcome, LocalDate endsOn, Instant heldSince,
        ObjectionTally objections, String closedBy, Instant closedAt) implements PublicityEvent {
}
