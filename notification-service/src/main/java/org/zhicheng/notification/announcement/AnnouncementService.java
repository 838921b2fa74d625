package org.zhicheng.notification.announcement;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.starter.web.PageView;

/** Makes announcements from events and serves them to the public. */
@Service
public class AnnouncementService {

    private final AnnouncementRepository announcements;
    private final PlanNoticeWriter writer;
    private final PassedListWriter passedWriter;
    private final Clock clock;

    AnnouncementService(AnnouncementRepository announcements, PlanNoticeWriter writer, PassedListWriter passedWriter,
            Clock clock) {
        this.announcements = announcements;
        this.writer = writer;
        this.passedWriter = passedWriter;
        this.clock = clock;
    }

    /**
     * The plan notice (评审公告) of a published plan. Runs inside the inbox's transaction; the unique (kind, subject)
     * keeps it single even if the same plan were published by two different events.
     */
    @Transactional
    public void announcePlan(UUID eventId, PublishedPlan plan) {
        Instant now = clock.instant();
        announcements.insertIfAbsent(new Announcement(UUID.randomUUID(), AnnouncementKind.PLAN_NOTICE, plan.region(),
                writer.title(plan), writer.body(plan), eventId, plan.planId(),
                plan.publishedAt() == null ? now : plan.publishedAt(), now));
    }

    /**
     * The published passed list (评审通过人员名单) of a result publication: one announcement per publication, in the
     * inbox's transaction.
     */
    @Transactional
    public void announcePassedList(UUID eventId, PublishedResult result) {
        Instant now = clock.instant();
        announcements.insertIfAbsent(new Announcement(UUID.randomUUID(), AnnouncementKind.PASSED_LIST, result.region(),
                passedWriter.title(result), passedWriter.body(result), eventId, result.resultId(),
                result.publishedAt() == null ? now : result.publishedAt(), now));
    }

    @Transactional(readOnly = true)
    public PageView<AnnouncementView> search(String region, AnnouncementKind kind, int page, int size) {
        return PageView.of(announcements.search(region, kind, page, size).stream().map(AnnouncementView::of).toList(),
                page, size, announcements.count(region, kind));
    }

    @Transactional(readOnly = true)
    public Optional<AnnouncementView> find(UUID id) {
        return announcements.findById(id).map(AnnouncementView::of);
    }
}
