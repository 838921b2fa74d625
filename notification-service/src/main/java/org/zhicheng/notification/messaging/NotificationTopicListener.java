package org.zhicheng.notification.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.notification.webhook.WebhookFanOut;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/**
 * Listens to this service's own topic: the publicity events, as they were committed and relayed, go to the webhook
 * subscribers (the inbox notices were written with the change itself).
 */
@Component
class NotificationTopicListener {

    static final String TOPIC = "zhicheng.notification.events";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;

    NotificationTopicListener(Inbox inbox, WebhookFanOut webhooks) {
        this.inbox = inbox;
        this.webhooks = webhooks;
    }

    @KafkaListener(topics = TOPIC, groupId = "notification-service")
    void on(EventEnvelope event) {
        Webhooks.queue(inbox, webhooks, event);
    }
}
