package org.zhicheng.notification.publicity.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A publicity opened and runs until {@code period.closesAt()}. */
public record PublicityStarted(UUID publicityId, PublicityKind kind, PublicitySubject subject, String region,
        String committee, String unit, String title, PublicityPeriod period, List<UUID> applicationIds,
        int entryCount, String openedBy, Instant openedAt) implements PublicityEvent {

    public PublicityStarted {
        applicationIds = List.copyOf(applicationIds);
    }
}
