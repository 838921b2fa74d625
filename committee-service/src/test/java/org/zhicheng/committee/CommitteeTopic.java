package org.zhicheng.committee;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.zhicheng.starter.test.EventTopic;

/** The committee service's topic as a consumer sees it: the record values exactly as the relay sent them. */
public final class CommitteeTopic {

    public static final String TOPIC = "zhicheng.committee.events";

    private static final EventTopic EVENTS = new EventTopic(TOPIC);

    private CommitteeTopic() {
    }

    /** Reads the topic from the start until the event of {@code type} with Kafka key {@code key} arrives. */
    public static ConsumerRecord<String, String> awaitEvent(String key, String type) {
        return EVENTS.awaitKeyed(key, type);
    }
}
