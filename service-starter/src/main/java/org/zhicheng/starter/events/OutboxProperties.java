package org.zhicheng.starter.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.outbox.*}: how the relay publishes outbox rows.
 *
 * @param relayEnabled whether this instance runs the relay (several instances may: rows are claimed with
 * {@code SKIP LOCKED})
 * @param pollInterval pause between two polls when nothing was due
 * @param batchSize rows claimed per poll
 * @param sendTimeout how long to wait for the broker's acknowledgement of a batch
 * @param initialBackoff delay before the first retry of a failed row; doubles with each attempt
 * @param maxBackoff upper bound of that delay (failed rows are retried for ever, at this pace)
 */
@ConfigurationProperties("zhicheng.outbox")
public record OutboxProperties(@DefaultValue("true") boolean relayEnabled, @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("100") int batchSize, @DefaultValue("30s") Duration sendTimeout,
        @DefaultValue("1s") Duration initialBackoff, @DefaultValue("5m") Duration maxBackoff) {

    /** The delay before attempt number {@code attempts + 1}, after {@code attempts} failures. */
    public Duration backoffAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration delay = initialBackoff.multipliedBy(1L << doublings);
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
