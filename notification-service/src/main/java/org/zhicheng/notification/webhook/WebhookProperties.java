package org.zhicheng.notification.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.zhicheng.notification.retry.Backoff;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code zhicheng.notification.webhooks.*}.
 *
 * @param owners                the realm roles whose clients may subscribe (the platform, admins)
 * @param encryptionKey         AES key (base64, 16 or 32 bytes) the subscriptions' secrets are stored encrypted with;
 *                              from the environment outside the local stack
 * @param allowedPrivateNetworks loopback or private networks (CIDR, e.g. {@code 127.0.0.1/32}) a URL may still
 *                              resolve to: the tests' and the local stack's receivers; empty in production
 * @param workerEnabled         run the delivery worker in this instance
 * @param pollInterval          pause between the worker's passes
 * @param batchSize             deliveries claimed per pass
 * @param maxAttempts           attempts before a delivery is dead-lettered
 * @param initialBackoff        wait after the first failure, doubling up to {@code maxBackoff}
 * @param maxBackoff            the longest wait
 * @param lease                 how long a claimed delivery is kept from other workers while it is sent
 * @param timeout               how long the receiver may take to answer
 * @param maxSubscriptions      subscriptions one client may hold
 * @param concurrency           deliveries of different subjects sent at the same time
 */
@ConfigurationProperties("zhicheng.notification.webhooks")
public record WebhookProperties(@DefaultValue({ "platform", "admin" }) List<String> owners, String encryptionKey,
        List<String> allowedPrivateNetworks, @DefaultValue("true") boolean workerEnabled,
        @DefaultValue("1s") Duration pollInterval, @DefaultValue("50") int batchSize,
        @DefaultValue("8") int maxAttempts, @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff, @DefaultValue("2m") Duration lease,
        @DefaultValue("10s") Duration timeout, @DefaultValue("20") int maxSubscriptions,
        @DefaultValue("16") int concurrency) {

    public WebhookProperties {
        allowedPrivateNetworks = allowedPrivateNetworks == null ? List.of() : List.copyOf(allowedPrivateNetworks);
        if (concurrency < 1) {
            throw new IllegalArgumentException("zhicheng.notification.webhooks.concurrency must be at least 1");
        }
    }

    Backoff backoff() {
        return new Backoff(initialBackoff, maxBackoff);
    }
}
