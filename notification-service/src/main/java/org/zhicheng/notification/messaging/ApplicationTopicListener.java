package org.zhicheng.notification.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.notification.announcement.AnnouncementService;
import org.zhicheng.notification.announcement.PublishedResult;
import org.zhicheng.notification.webhook.WebhookFanOut;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/**
 * Listens to application-service: a published result becomes the public passed list (公告) and, like an issued
 * certificate, goes to the webhook subscribers. The applicants' own step notices are added with the workflow.
 */
@Component
class ApplicationTopicListener {

    static final String TOPIC = "zhicheng.application.events";
    static final String PASSED_LIST = "notification-service.passed-list";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;
    private final AnnouncementService announcements;

    ApplicationTopicListener(Inbox inbox, WebhookFanOut webhooks, AnnouncementService announcements) {
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.announcements = announcements;
    }

    @KafkaListener(topics = TOPIC, groupId = "notification-service")
    void on(EventEnvelope event) {
        Webhooks.queue(inbox, webhooks, event);
        if ("ResultPublished".equals(event.type())) {
            inbox.receive(event, PASSED_LIST, received -> announcements.announcePassedList(received.id(),
                    received.dataAs(PublishedResult.class)));
        }
    }
}
