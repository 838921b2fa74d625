package org.zhicheng.application.workflow;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/**
 * The workflow's consumers (group {@code application-service}): notification-service's publicities and objections,
 * committee-service's meetings and committees' rights. Each event is applied once through the inbox; other types on
 * the topics are skipped.
 */
@Component
class EventListeners {

    static final String NOTIFICATION_TOPIC = "zhicheng.notification.events";
    static final String COMMITTEE_TOPIC = "zhicheng.committee.events";
    static final String CONSUMER = "application-service.workflow";

    private final Inbox inbox;
    private final Reactions reactions;

    EventListeners(Inbox inbox, Reactions reactions) {
        this.inbox = inbox;
        this.reactions = reactions;
    }

    @KafkaListener(topics = NOTIFICATION_TOPIC, groupId = "application-service")
    void onNotification(EventEnvelope event) {
        switch (event.type()) {
            case "PublicityStarted" -> inbox.receive(event, CONSUMER, e -> reactions.publicityStarted(
                    e.dataAs(Reactions.PublicityStarted.class)));
            case "PublicityClosed" -> inbox.receive(event, CONSUMER, e -> reactions.publicityClosed(
                    e.dataAs(Reactions.PublicityClosed.class), e.source(), e.occurredAt()));
            case "ObjectionRaised" -> inbox.receive(event, CONSUMER, e -> reactions.objectionRaised(
                    e.dataAs(Reactions.ObjectionRaised.class), e.occurredAt()));
            case "ObjectionResolved" -> inbox.receive(event, CONSUMER, e -> reactions.objectionResolved(
                    e.dataAs(Reactions.ObjectionResolved.class), e.source(), e.occurredAt()));
            default -> {
                // announcements, deliveries and whatever notification-service adds later
            }
        }
    }

    @KafkaListener(topics = COMMITTEE_TOPIC, groupId = "application-service")
    void onCommittee(EventEnvelope event) {
        switch (event.type()) {
            case "MeetingFiled" -> inbox.receive(event, CONSUMER, e -> reactions.meetingFiled(
                    e.dataAs(Reactions.MeetingFiled.class), e.source(), e.occurredAt()));
            case "MeetingResultsRecorded" -> inbox.receive(event, CONSUMER, e -> reactions.meetingResults(
                    e.dataAs(Reactions.MeetingResults.class), e.source(), e.occurredAt()));
            case "CommitteeSuspended" -> inbox.receive(event, CONSUMER, e -> reactions.rights(
                    e.dataAs(Reactions.RightsChanged.class), "SUSPENDED", e.occurredAt()));
            case "CommitteeReinstated" -> inbox.receive(event, CONSUMER, e -> reactions.rights(
                    e.dataAs(Reactions.RightsChanged.class), "ACTIVE", e.occurredAt()));
            default -> {
                // registrations, draws, experts: not this consumer's business
            }
        }
    }
}
