package org.zhicheng.notification.announcement;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/**
 * Listens to the plan service: a published plan becomes a public plan notice. Other plan events are not this
 * consumer's business and are skipped without a trace.
 */
@Component
class PlanEventsListener {

    static final String TOPIC = "zhicheng.plan.events";
    static final String CONSUMER = "notification-service.plan-notice";
    private static final String PLAN_PUBLISHED = "PlanPublished";

    private final Inbox inbox;
    private final AnnouncementService announcements;

    PlanEventsListener(Inbox inbox, AnnouncementService announcements) {
        this.inbox = inbox;
        this.announcements = announcements;
    }

    @KafkaListener(topics = TOPIC, groupId = "notification-service")
    void on(EventEnvelope event) {
        if (!PLAN_PUBLISHED.equals(event.type())) {
            return;
        }
        inbox.receive(event, CONSUMER,
                received -> announcements.announcePlan(received.id(), received.dataAs(PublishedPlan.class)));
    }
}
