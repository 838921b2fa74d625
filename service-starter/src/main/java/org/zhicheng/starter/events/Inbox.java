package org.zhicheng.starter.events;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a consumer's effect happen once per event although Kafka delivers at least once: the event id is recorded
 * in table {@code inbox_event} in the same transaction as the effect.
 */
public class Inbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Inbox(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Applies {@code effect} to the event unless {@code consumer} already did. Returns true when the effect ran
     * now, false for a redelivery. If the effect throws, nothing is recorded (the transaction rolls back) and the
     * exception propagates, so the listener's error handling retries the event.
     */
    public boolean receive(EventEnvelope event, String consumer, Consumer<EventEnvelope> effect) {
        Boolean applied = transaction.execute(status -> {
            int inserted = jdbc.sql("""
                    INSERT INTO inbox_event (event_id, consumer, type, received_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (event_id, consumer) DO NOTHING""")
                .params(event.id(), consumer, event.type(), Timestamp.from(clock.instant()))
                .update();
            if (inserted == 0) {
                return false;
            }
            effect.accept(event);
            return true;
        });
        return Boolean.TRUE.equals(applied);
    }
}
