package org.zhicheng.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhicheng.notification.delivery.DeliveryRepository.Delivery;
import org.zhicheng.notification.inbox.InboxItem;
import org.zhicheng.notification.inbox.InboxService;
import org.zhicheng.notification.inbox.NoticeTexts;

/**
 * Sends the planned deliveries: every {@code poll-interval} it claims a batch of due ones (a lease keeps them from
 * other instances while they are sent; no transaction stays open during a send), renders each notice in the
 * recipient's language and sends it. Sent is recorded with the provider's id; a failure is retried after a doubling
 * backoff until {@code max-attempts}, then given up; a permanent refusal is given up at once. At least once: a worker
 * that dies after sending and before recording leaves the delivery to be sent again when its lease ends.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final InboxService inbox;
    private final NoticeTexts texts;
    private final Channels channels;
    private final DeliveryProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final Counter gaveUp;

    DeliveryWorker(DeliveryRepository deliveries, InboxService inbox, NoticeTexts texts, Channels channels,
            DeliveryProperties properties, TransactionTemplate transaction, Clock clock, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.inbox = inbox;
        this.texts = texts;
        this.channels = channels;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
        this.sent = Counter.builder("zhicheng.notification.deliveries").tag("result", "sent").register(meters);
        this.failed = Counter.builder("zhicheng.notification.deliveries").tag("result", "failed").register(meters);
        this.gaveUp = Counter.builder("zhicheng.notification.deliveries").tag("result", "gave-up").register(meters);
    }

    @Scheduled(fixedDelayString = "${zhicheng.notification.delivery.poll-interval:1s}")
    void scheduled() {
        if (!properties.workerEnabled()) {
            return;
        }
        try {
            while (sendDue() >= properties.batchSize()) {
                log.debug("Delivery backlog: sending the next batch");
            }
        } catch (RuntimeException ex) {
            log.warn("Delivery pass failed: {}", ex.toString());
        }
    }

    /** One pass: claims and sends a batch; answers how many were claimed. */
    int sendDue() {
        Instant now = clock.instant();
        List<Delivery> claimed = transaction.execute(status -> deliveries.claimDue(now,
                now.plus(properties.lease()), properties.batchSize()));
        if (claimed == null) {
            return 0;
        }
        for (Delivery delivery : claimed) {
            attempt(delivery);
        }
        return claimed.size();
    }

    private void attempt(Delivery delivery) {
        Optional<InboxItem> item = inbox.item(delivery.inboxItemId());
        if (item.isEmpty()) {
            deliveries.markGaveUp(delivery.id(), "the inbox item is gone");
            return;
        }
        try {
            NoticeTexts.Text text = texts.render(item.get().type(), item.get().values(), delivery.language());
            String providerId = channels.send(delivery.id(), delivery.channel(), delivery.recipient(), text);
            deliveries.markSent(delivery.id(), providerId, clock.instant());
            sent.increment();
        } catch (DeliveryFailure failure) {
            if (failure.permanent() || delivery.attempts() >= properties.maxAttempts()) {
                deliveries.markGaveUp(delivery.id(), failure.getMessage());
                gaveUp.increment();
                log.warn("Gave up {} delivery {} after {} attempt(s): {}", delivery.channel(), delivery.id(),
                        delivery.attempts(), failure.getMessage());
            } else {
                Instant next = clock.instant().plus(properties.backoff().after(delivery.attempts()));
                deliveries.markFailed(delivery.id(), failure.getMessage(), next);
                failed.increment();
                log.info("{} delivery {} failed (attempt {}), next at {}: {}", delivery.channel(), delivery.id(),
                        delivery.attempts(), next, failure.getMessage());
            }
        }
    }
}
