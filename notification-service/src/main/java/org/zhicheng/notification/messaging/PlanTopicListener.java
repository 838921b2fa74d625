package org.zhicheng.notification.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.notification.announcement.AnnouncementService;
import org.zhicheng.notification.announcement.PublishedPlan;
import org.zhicheng.notification.deadline.PlanDeadlines;
import org.zhicheng.notification.deadline.PlanEventData;
import org.zhicheng.notification.webhook.WebhookFanOut;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/**
 * Listens to plan-service: a published plan becomes the public plan notice (公告) and its items' deadlines are
 * watched for their committee offices; a moved deadline and a closed plan update them.
 */
@Component
class PlanTopicListener {

    static final String TOPIC = "zhicheng.plan.events";
    static final String PLAN_NOTICE = "notification-service.plan-notice";
    static final String DEADLINES = "notification-service.plan-deadlines";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;
    private final AnnouncementService announcements;
    private final PlanDeadlines deadlines;

    PlanTopicListener(Inbox inbox, WebhookFanOut webhooks, AnnouncementService announcements, PlanDeadlines deadlines) {
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.announcements = announcements;
        this.deadlines = deadlines;
    }

    @KafkaListener(topics = TOPIC, groupId = "notification-service")
    void on(EventEnvelope event) {
        Webhooks.queue(inbox, webhooks, event);
        switch (event.type()) {
            case "PlanPublished" -> {
                inbox.receive(event, PLAN_NOTICE, received -> announcements.announcePlan(received.id(),
                        received.dataAs(PublishedPlan.class)));
                inbox.receive(event, DEADLINES, received -> deadlines.published(received.id(),
                        received.dataAs(PlanEventData.Published.class)));
            }
            case "PlanDeadlineChanged" -> inbox.receive(event, DEADLINES, received -> deadlines.deadlineChanged(
                    received.id(), received.dataAs(PlanEventData.DeadlineChanged.class)));
            case "PlanClosed" -> inbox.receive(event, DEADLINES,
                    received -> deadlines.closed(received.dataAs(PlanEventData.Closed.class)));
            default -> {
                // whatever plan-service adds later
            }
        }
    }
}
