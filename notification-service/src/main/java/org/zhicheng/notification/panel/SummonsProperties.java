package org.zhicheng.notification.panel;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhicheng.notification.retry.Backoff;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.notification.summons.*}.
 *
 * @param pollInterval   pause between the worker's passes
 * @param initialBackoff wait after committee-service did not answer, doubling up to {@code maxBackoff}; it is asked
 *                       again until it answers
 * @param maxBackoff     the longest wait
 * @param lease          how long a claimed round is kept from other instances
 */
@ConfigurationProperties("zhicheng.notification.summons")
public record SummonsProperties(@DefaultValue("2s") Duration pollInterval, @DefaultValue("5s") Duration initialBackoff,
        @DefaultValue("10m") Duration maxBackoff, @DefaultValue("1m") Duration lease) {

    Backoff backoff() {
        return new Backoff(initialBackoff, maxBackoff);
    }
}
