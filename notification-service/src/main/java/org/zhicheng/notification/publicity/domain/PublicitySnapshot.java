package org.zhicheng.notification.publicity.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything a publicity holds, for storing and restoring it.
 *
 * @param publisher   the organisation the public sees as publishing it (the unit's or the committee's name)
 * @param contentHash SHA-256 of what was asked to be published, so a repeated open is recognised
 */
public record PublicitySnapshot(UUID id, PublicityKind kind, PublicitySubject subject, String region,
        String committee, String unit, String publisher, String title, String body, PublicityContact contact,
        List<PublicityEntry> entries, PublicityPeriod period, PublicityStatus status, PublicityOutcome outcome,
        Instant heldSince, Instant closedAt, String closedBy, String contentHash, int version, String openedBy,
        Instant openedAt, Instant updatedAt) {

    public PublicitySnapshot {
        entries = List.copyOf(entries);
    }
}
