package org.zhicheng.application.plan;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/**
 * Keeps the plan items' read model from plan-service's events, each applied once through the inbox however often
 * Kafka delivers it.
 */
@Component
class PlanEventsListener {

    static final String TOPIC = "zhicheng.plan.events";
    static final String CONSUMER = "application-service.plans";

    private final Inbox inbox;
    private final PlanItems items;

    PlanEventsListener(Inbox inbox, PlanItems items) {
        this.inbox = inbox;
        this.items = items;
    }

    @KafkaListener(topics = TOPIC, groupId = "application-service")
    void on(EventEnvelope event) {
        switch (event.type()) {
            case "PlanPublished" -> inbox.receive(event, CONSUMER,
                    received -> items.published(received.dataAs(PlanEventData.Published.class)));
            case "PlanDeadlineChanged" -> inbox.receive(event, CONSUMER,
                    received -> items.deadlineChanged(received.dataAs(PlanEventData.DeadlineChanged.class)));
            case "PlanClosed" -> inbox.receive(event, CONSUMER,
                    received -> items.closed(received.dataAs(PlanEventData.Closed.class)));
            default -> {
                // whatever plan-service adds later
            }
        }
    }
}
