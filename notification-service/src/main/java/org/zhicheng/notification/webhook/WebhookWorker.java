package org.zhicheng.notification.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.notification.webhook.SubscriptionRepository.Subscription;
import org.zhicheng.notification.webhook.WebhookDeliveryRepository.Delivery;

/**
 * Delivers the queued webhooks: each pass claims the due deliveries that are first in line for their subscription
 * and subject (so one subject's events arrive in order), signs each body with the subscription's secret and POSTs it,
 * up to {@code concurrency} at a time (different subjects only).
 * A 2xx answer is delivered; anything else (an error status, a timeout, a refused connection, a redirect, an address
 * that now resolves privately) is tried again after a doubling backoff, and after {@code max-attempts} the delivery is
 * dead-lettered, which lets the subject's later events go on. No transaction is open while a request is in flight.
 */
@Component
class WebhookWorker {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);
    private static final int MAX_BODY_ECHO = 300;

    private final WebhookDeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final SecretBox secrets;
    private final WebhookUrlPolicy urls;
    private final WebhookProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HttpClient http;
    private final Counter delivered;
    private final Counter failed;
    private final Counter dead;

    WebhookWorker(WebhookDeliveryRepository deliveries, SubscriptionRepository subscriptions, SecretBox secrets,
            WebhookUrlPolicy urls, WebhookProperties properties, TransactionTemplate transaction, Clock clock,
            MeterRegistry meters) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.secrets = secrets;
        this.urls = urls;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.delivered = Counter.builder("zhicheng.notification.webhooks").tag("result", "delivered")
                .register(meters);
        this.failed = Counter.builder("zhicheng.notification.webhooks").tag("result", "failed").register(meters);
        this.dead = Counter.builder("zhicheng.notification.webhooks").tag("result", "dead").register(meters);
    }

    @Scheduled(fixedDelayString = "${zhicheng.notification.webhooks.poll-interval:1s}")
    void scheduled() {
        if (!properties.workerEnabled()) {
            return;
        }
        try {
            while (deliverDue() >= properties.batchSize()) {
                log.debug("Webhook backlog: delivering the next batch");
            }
        } catch (RuntimeException ex) {
            log.warn("Webhook pass failed: {}", ex.toString());
        }
    }

    /** One pass; answers how many deliveries were claimed. */
    int deliverDue() {
        Instant now = clock.instant();
        List<Delivery> claimed = transaction.execute(status -> deliveries.claimDue(now, now.plus(properties.lease()),
                properties.batchSize()));
        if (claimed == null || claimed.isEmpty()) {
            return 0;
        }
        Map<UUID, Optional<Subscription>> subscriptionsById = new HashMap<>();
        for (Delivery delivery : claimed) {
            subscriptionsById.computeIfAbsent(delivery.subscriptionId(), subscriptions::find);
        }
        // a claimed batch holds at most one delivery per subscription and subject (the claim leaves out those with an
        // earlier one still to go), so they may be sent side by side without breaking any subject's order
        Semaphore slots = new Semaphore(properties.concurrency());
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Delivery delivery : claimed) {
                Optional<Subscription> subscription = subscriptionsById.get(delivery.subscriptionId());
                if (subscription.isEmpty()) {
                    // unsubscribed while the delivery was claimed: its rows went with it
                    continue;
                }
                slots.acquireUninterruptibly();
                senders.submit(() -> {
                    try {
                        attempt(delivery, subscription.get());
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        return claimed.size();
    }

    private void attempt(Delivery delivery, Subscription subscription) {
        URI url = URI.create(subscription.url());
        String refusal = urls.refusal(url);
        if (refusal != null) {
            record(delivery, null, "not sent: " + refusal);
            return;
        }
        long timestamp = clock.instant().getEpochSecond();
        String signature = WebhookSignature.sign(secrets.open(subscription.sealedSecret()), timestamp,
                delivery.payload());
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "zhicheng-webhooks/1")
                .header(WebhookSignature.DELIVERY_HEADER, delivery.id().toString())
                .header(WebhookSignature.EVENT_ID_HEADER, delivery.eventId().toString())
                .header(WebhookSignature.EVENT_TYPE_HEADER, delivery.eventType())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 200 && response.statusCode() < 300) {
                deliveries.delivered(delivery.id(), response.statusCode(), clock.instant());
                delivered.increment();
                return;
            }
            record(delivery, response.statusCode(), "answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        } catch (IOException ex) {
            record(delivery, null, ex.toString());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            record(delivery, null, "interrupted");
        }
    }

    private void record(Delivery delivery, Integer status, String error) {
        if (delivery.attempts() >= properties.maxAttempts()) {
            deliveries.dead(delivery.id(), status, error, clock.instant());
            dead.increment();
            log.warn("Webhook delivery {} ({} {}) dead after {} attempts: {}", delivery.id(), delivery.eventType(),
                    delivery.eventId(), delivery.attempts(), error);
            return;
        }
        Instant next = clock.instant().plus(properties.backoff().after(delivery.attempts()));
        deliveries.failed(delivery.id(), status, error, next);
        failed.increment();
        log.info("Webhook delivery {} failed (attempt {}), next at {}: {}", delivery.id(), delivery.attempts(), next,
                error);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= MAX_BODY_ECHO ? body : body.substring(0, MAX_BODY_ECHO) + "…";
    }
}
