package org.zhicheng.notification.inbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** The response bodies of the inbox API. */
final class InboxViews {

    private InboxViews() {
    }

    @Schema(description = "A notice in one of the caller's inboxes, written in the caller's language "
            + "(Accept-Language; zh-CN by default, en otherwise). address: KIND:id of the inbox it is in.")
    record InboxItemView(UUID id, String address, NoticeType type, String title, String body, String linkType,
            String linkId, Map<String, String> values, boolean read, Instant createdAt, Instant readAt) {
    }

    @Schema(description = "A page of the caller's notices, newest first, with how many of the inboxes' notices are "
            + "unread; addresses: the inboxes read")
    record InboxPageView(List<InboxItemView> content, int page, int size, long totalElements, int totalPages,
            long unread, List<String> addresses) {
    }

    record MarkedView(int marked) {
    }
}
