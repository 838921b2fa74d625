package org.zhicheng.education.hours;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.zhicheng.starter.test.EventTopic;

/** The education service's topic as a consumer sees it: the record values exactly as the relay sent them. */
final class EducationTopic {

    private static final EventTopic EVENTS = new EventTopic(HoursEvents.TOPIC);

    private EducationTopic() {
    }

    /** Reads the topic from the start until the event of {@code type} about ledger entry {@code recordId} arrives. */
    static ConsumerRecord<String, String> awaitEvent(String recordId, String type) {
        return EVENTS.awaitWithData(type, "recordId", recordId);
    }
}
