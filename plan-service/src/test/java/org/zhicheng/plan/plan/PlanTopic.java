package org.zhicheng.plan.plan;

import org.zhicheng.starter.test.EventTopic;

/** The plan service's topic as a consumer sees it: the record values exactly as the relay sent them. */
final class PlanTopic {

    static final String TOPIC = "zhicheng.plan.events";

    private static final EventTopic EVENTS = new EventTopic(TOPIC);

    private PlanTopic() {
    }

    /** Reads the topic from the start until the event of {@code type} about plan {@code id} arrives; its JSON text. */
    static String awaitEvent(String id, String type) {
        return EVENTS.awaitKeyed(id, type).value();
    }
}
