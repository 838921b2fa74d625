package org.zhicheng.notification.messaging;

import org.zhicheng.notification.webhook.WebhookFanOut;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/** The webhook effect every listener applies: subscribable events are queued for their subscribers, once. */
final class Webhooks {

    static final String CONSUMER = "notification-service.webhooks";

    private Webhooks() {
    }

    static void queue(Inbox inbox, WebhookFanOut webhooks, EventEnvelope event) {
        if (webhooks.deliverable(event.type())) {
            inbox.receive(event, CONSUMER, webhooks::queue);
        }
    }
}
