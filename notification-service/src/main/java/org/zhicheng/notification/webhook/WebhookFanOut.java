package org.zhicheng.notification.webhook;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.starter.events.EventEnvelope;

import tools.jackson.databind.json.JsonMapper;

/**
 * Queues an event for every active subscription to its type, in the event's inbox transaction: the delivery body is
 * the event's envelope as it travelled on Kafka. Types outside the catalog are never delivered.
 */
@Component
public class WebhookFanOut {

    private final SubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final JsonMapper json;
    private final Clock clock;

    WebhookFanOut(SubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries, JsonMapper json,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    /** Whether any subscription could want events of this type (a cheap check before the inbox transaction). */
    public boolean deliverable(String eventType) {
        return WebhookEventTypes.subscribable(eventType);
    }

    /** Queues the event for its subscribers; answers how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int queue(EventEnvelope event) {
        if (!WebhookEventTypes.subscribable(event.type())) {
            return 0;
        }
        List<UUID> subscribers = subscriptions.subscribedTo(event.type());
        if (subscribers.isEmpty()) {
            return 0;
        }
        String payload = json.writeValueAsString(event);
        for (UUID subscription : subscribers) {
            deliveries.insert(subscription, event.id(), event.type(), event.subject(), payload, clock.instant());
        }
        return subscribers.size();
    }
}
