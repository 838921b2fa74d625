package org.zhicheng.starter.testapp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.zhicheng.starter.events.EventEnvelope;
import org.zhicheng.starter.events.Inbox;
import org.zhicheng.starter.web.RequestIds;

/** Counts the things it hears about, through the inbox, so a redelivered event counts once. */
@Component
class ThingCreatedListener {

    static final String CONSUMER = "testapp.thing-counter";

    /** What this consumer reads of the event: only the id (tolerant reader). */
    record ThingCreatedView(String thingId) {
    }

    private final Inbox inbox;
    private final JdbcClient jdbc;

    ThingCreatedListener(Inbox inbox, JdbcClient jdbc) {
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @KafkaListener(topics = StarterTestApplication.TOPIC, groupId = "testapp")
    void on(EventEnvelope event) {
        inbox.receive(event, CONSUMER, received -> jdbc
            .sql("INSERT INTO thing_seen (thing_id, times, request_id) VALUES (?, 1, ?) "
                    + "ON CONFLICT (thing_id) DO UPDATE SET times = thing_seen.times + 1")
            .params(received.dataAs(ThingCreatedView.class).thingId(), RequestIds.current())
            .update());
    }
}
