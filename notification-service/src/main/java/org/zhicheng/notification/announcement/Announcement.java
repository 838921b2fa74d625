package org.zhicheng.notification.announcement;

import java.time.Instant;
import java.util.UUID;

/** A public announcement (公告) as stored; {@code subjectId} is what it announces (a plan for a plan notice). */
record Announcement(UUID id, AnnouncementKind kind, String region, String title, String body, UUID sourceEventId,
        UUID subjectId, Instant publishedAt, Instant createdAt) {
}
