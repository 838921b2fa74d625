package org.zhicheng.committee.scheduling;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/**
 * Listens to application-service: {@code ApplicationScheduled} puts an application on its committee's waiting list
 * (and on a meeting when one fits), {@code ApplicationWithdrawn} and {@code ApplicationRejected} take it off again;
 * the rest of the workflow's events are not this consumer's business and are skipped. Each event is applied once
 * through the inbox, however often Kafka delivers it; one that cannot be applied is retried, then dead-lettered
 * ({@code zhicheng.application.events.dlt}), never looped on.
 */
@Component
class ApplicationEventsListener {

    static final String TOPIC = "zhicheng.application.events";
    static final String CONSUMER = "committee-service.applications";
    /** The actor when an envelope names no source; the topic is application-service's. */
    private static final String PRODUCER = "application-service";

    private final Inbox inbox;
    private final ApplicationScheduling scheduling;

    ApplicationEventsListener(Inbox inbox, ApplicationScheduling scheduling) {
        this.inbox = inbox;
        this.scheduling = scheduling;
    }

    @KafkaListener(topics = TOPIC, groupId = "committee-service")
    void on(EventEnvelope event) {
        switch (event.type() == null ? "" : event.type()) {
            case "ApplicationScheduled" -> inbox.receive(event, CONSUMER, received -> scheduling.scheduled(
                    received.dataAs(ApplicationEventData.class).scheduled(), producer(received)));
            case "ApplicationWithdrawn" -> inbox.receive(event, CONSUMER, received -> closed(received, "withdrawn"));
            case "ApplicationRejected" -> inbox.receive(event, CONSUMER, received -> closed(received,
                    rejection(received.dataAs(ApplicationEventData.class).action())));
            default -> {
                // submissions, steps, returns, results, certificates: the application's workflow is not ours
            }
        }
    }

    private void closed(EventEnvelope event, String reason) {
        ApplicationEventData data = event.dataAs(ApplicationEventData.class);
        if (data.applicationId() == null) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " names no applicationId");
        }
        scheduling.closed(data.applicationId(), data.committee(), producer(event), reason);
    }

    /** "rejected by VETO": the history says how (a desk's REJECT, or the one-vote veto for fraud). */
    private static String rejection(String action) {
        return action == null || action.isBlank() ? "rejected" : "rejected by " + action;
    }

    private static String producer(EventEnvelope event) {
        return event.source() == null || event.source().isBlank() ? PRODUCER : event.source();
    }
}
