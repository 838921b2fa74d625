package org.zhicheng.notification.announcement;

import java.time.Instant;
import java.util.UUID;

/** An announcement as the public API shows it. */
public record AnnouncementView(UUID id, AnnouncementKind kind, String region, String title, String body,
        UUID subjectId, Instant publishedAt) {

    static AnnouncementView of(Announcement announcement) {
        return new AnnouncementView(announcement.id(), announcement.kind(), announcement.region(),
                announcement.title(), announcement.body(), announcement.subjectId(), announcement.publishedAt());
    }
}
