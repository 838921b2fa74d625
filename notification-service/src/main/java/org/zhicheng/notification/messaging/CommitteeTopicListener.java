package org.zhicheng.notification.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.notification.committee.CommitteeDirectory;
import org.zhicheng.notification.committee.KnownCommittee;
import org.zhicheng.notification.panel.DrawSummons;
import org.zhicheng.notification.webhook.WebhookFanOut;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;

/**
 * Listens to committee-service: committee registrations and rights changes keep the committees read model; the
 * events people must hear of become inbox notices; a drawn panel queues its experts' summons. Each effect once
 * through the inbox table.
 */
@Component
class CommitteeTopicListener {

    static final String TOPIC = "zhicheng.committee.events";
    static final String COMMITTEES = "notification-service.committees";
    static final String NOTICES = "notification-service.committee-notices";

    private final Inbox inbox;
    private final WebhookFanOut webhooks;
    private final CommitteeDirectory committees;
    private final CommitteeNotices notices;
    private final DrawSummons summons;

    CommitteeTopicListener(Inbox inbox, WebhookFanOut webhooks, CommitteeDirectory committees, CommitteeNotices notices,
            DrawSummons summons) {
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.committees = committees;
        this.notices = notices;
        this.summons = summons;
    }

    @KafkaListener(topics = TOPIC, groupId = "notification-service")
    void on(EventEnvelope event) {
        Webhooks.queue(inbox, webhooks, event);
        switch (event.type()) {
            case "CommitteeRegistered" -> inbox.receive(event, COMMITTEES, received -> {
                CommitteeEventData.Registered data = received.dataAs(CommitteeEventData.Registered.class);
                committees.changed(new KnownCommittee(data.code(), data.committeeId(), data.name(), data.territory(),
                        data.kind(), data.officeUnit(), true), received.occurredAt());
            });
            case "CommitteeSuspended", "CommitteeReinstated" -> {
                boolean suspended = event.type().equals("CommitteeSuspended");
                CommitteeEventData.RightsChanged data = event.dataAs(CommitteeEventData.RightsChanged.class);
                inbox.receive(event, COMMITTEES, received -> committees.changed(new KnownCommittee(data.code(),
                        data.committeeId(), data.name(), data.territory(), null, null, !suspended),
                        received.occurredAt()));
                inbox.receive(event, NOTICES, received -> notices.rightsChanged(received.id(), data, suspended));
            }
            case "ExpertDisciplined" -> inbox.receive(event, NOTICES, received -> notices.disciplined(received.id(),
                    received.dataAs(CommitteeEventData.ExpertDisciplined.class)));
            case "SelfEvaluationFilingOverdue" -> inbox.receive(event, NOTICES, received -> notices.filingOverdue(
                    received.id(), received.dataAs(CommitteeEventData.FilingOverdue.class)));
            case "MeetingFiled" -> inbox.receive(event, NOTICES, received -> notices.meetingFiled(received.id(),
                    received.dataAs(CommitteeEventData.MeetingFiled.class)));
            case "PanelDrawn" -> inbox.receive(event, NOTICES, received -> {
                CommitteeEventData.PanelDrawn data = received.dataAs(CommitteeEventData.PanelDrawn.class);
                summons.queue(received.id(), data.meetingId(), data.committee(), data.drawId(), data.round());
            });
            default -> {
                // MeetingResultsRecorded and whatever committee-service adds later: nobody here is told of them
            }
        }
    }
}
