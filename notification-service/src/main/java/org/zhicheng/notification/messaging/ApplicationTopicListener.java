package org.zhicheng.notification.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.notification.announcement.AnnouncementService;
import org.zhicheng.notification.announcement.PublishedResult;
import org.zhicheng.notification.webhook.WebhookFanOut;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/**
 * Listens to application-service: every move of an application becomes a notice to its applicant and to the desk
 * that holds it now ({@link ApplicationNotices}); a certificate's issue or revocation tells its holder; a published
 * result becomes the public passed list (公告). Every event goes to the webhook subscribers. Each effect once through
 * the inbox table.
 */
@Component
class ApplicationTopicListener {

    static final String TOPIC = "zhicheng.application.events";
    static final String PASSED_LIST = "notification-service.passed-list";
    static final String NOTICES = "notification-service.application-notices";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;
    private final AnnouncementService announcements;
    private final ApplicationNotices notices;

    ApplicationTopicListener(Inbox inbox, WebhookFanOut webhooks, AnnouncementService announcements,
            ApplicationNotices notices) {
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.announcements = announcements;
        this.notices = notices;
    }

    @KafkaListener(topics = TOPIC, groupId = "notification-service")
    void on(EventEnvelope event) {
        Webhooks.queue(inbox, webhooks, event);
        switch (event.type()) {
            case "ResultPublished" -> inbox.receive(event, PASSED_LIST, received -> announcements.announcePassedList(
                    received.id(), received.dataAs(PublishedResult.class)));
            case "CertificateIssued", "CertificateRevoked" -> inbox.receive(event, NOTICES, received -> notices
                    .certificate(received.id(), received.dataAs(CertificateEventData.class),
                            "CertificateRevoked".equals(received.type())));
            default -> {
                if (event.type().startsWith("Application")) {
                    inbox.receive(event, NOTICES, received -> notices.moved(received.id(), received.type(),
                            received.dataAs(ApplicationEventData.class)));
                }
            }
        }
    }
}
