package org.zhicheng.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhicheng.notification.retry.Backoff;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.notification.delivery.*}.
 *
 * @param workerEnabled  run the delivery worker in this instance
 * @param pollInterval   pause between the worker's passes
 * @param batchSize      deliveries claimed per pass
 * @param maxAttempts    attempts before giving up
 * @param initialBackoff wait after the first failure, doubling up to {@code maxBackoff}
 * @param maxBackoff     the longest wait between attempts
 * @param lease          how long a claimed delivery is kept from other workers while it is being sent
 * @param mailFrom       the sender of the e-mails
 */
@ConfigurationProperties("zhicheng.notification.delivery")
public record DeliveryProperties(@DefaultValue("true") boolean workerEnabled,
        @DefaultValue("1s") Duration pollInterval, @DefaultValue("20") int batchSize,
        @DefaultValue("6") int maxAttempts, @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff, @DefaultValue("2m") Duration lease,
        @DefaultValue("职称评审平台 <noreply@zhicheng.example>") String mailFrom) {

    Backoff backoff() {
        return new Backoff(initialBackoff, maxBackoff);
    }
}
