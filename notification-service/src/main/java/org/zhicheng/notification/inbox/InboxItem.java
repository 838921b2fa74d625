package org.zhicheng.notification.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A stored notice in one inbox; {@code readAt} is null while unread. */
public record InboxItem(UUID id, Address address, NoticeType type, Map<String, String> values, String linkType,
        String linkId, UUID sourceEventId, Instant createdAt, Instant readAt, String readBy) {

    public InboxItem {
        values = Map.copyOf(values);
    }
}
