package org.zhicheng.plan.committee;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/**
 * Listens to committee-service: registrations, suspensions and reinstatements of committees keep the read model;
 * other events on the topic (experts) are not this consumer's business and are skipped without a trace. Each event is
 * applied once through the inbox, however often Kafka delivers it.
 */
@Component
class CommitteeEventsListener {

    static final String TOPIC = "zhicheng.committee.events";
    static final String CONSUMER = "plan-service.committees";

    private final Inbox inbox;
    private final CommitteeReadModel readModel;

    CommitteeEventsListener(Inbox inbox, CommitteeReadModel readModel) {
        this.inbox = inbox;
        this.readModel = readModel;
    }

    @KafkaListener(topics = TOPIC, groupId = "plan-service")
    void on(EventEnvelope event) {
        switch (event.type()) {
            case "CommitteeRegistered" -> inbox.receive(event, CONSUMER, received -> readModel.registered(
                    received.dataAs(CommitteeRegisteredData.class), received.occurredAt()));
            case "CommitteeSuspended" -> inbox.receive(event, CONSUMER, received -> readModel.rightsChanged(
                    received.dataAs(CommitteeRightsChangedData.class), CommitteeStatus.SUSPENDED,
                    received.occurredAt()));
            case "CommitteeReinstated" -> inbox.receive(event, CONSUMER, received -> readModel.rightsChanged(
                    received.dataAs(CommitteeRightsChangedData.class), CommitteeStatus.ACTIVE,
                    received.occurredAt()));
            default -> {
                // ExpertDisciplined and whatever committee-service adds later
            }
        }
    }
}
