package org.zhicheng.notification.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The receiver's side of a webhook, as docs/api/notification-service.md ("Verifying a webhook") tells the platform to
 * write it: the signature must be genuine ({@link WebhookSignature#verify}), the timestamp inside the replay window, and
 * the delivery id not seen inside that window. Each refusal has the problem code a receiver answers it with (401).
 * Thread-safe; remembers the delivery ids of one window.
 */
public final class WebhookVerifier {

    /** Why a delivery is refused, with the problem code to answer. */
    public enum Refusal {
        MISSING("webhook.signature-missing"),
        TAMPERED("webhook.signature-tampered"),
        STALE("webhook.signature-stale"),
        REPLAYED("webhook.delivery-replayed");

        private final String code;

        Refusal(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final String secret;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Instant> seen = new LinkedHashMap<>();

    public WebhookVerifier(String secret, Duration window, Clock clock) {
        this.secret = Objects.requireNonNull(secret, "secret");
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Null when the delivery is genuine, fresh and new (it is then remembered), else why it is refused. */
    public synchronized Refusal verify(String deliveryId, String timestamp, String signature, String body) {
        Instant now = clock.instant();
        forgetOlderThan(now.minus(window));
        WebhookSignature.Refusal refused = WebhookSignature.verify(secret, timestamp, signature, body, now, window);
        if (refused != null) {
            return Refusal.valueOf(refused.name());
        }
        if (deliveryId == null || deliveryId.isBlank()) {
            return Refusal.MISSING;
        }
        if (seen.putIfAbsent(deliveryId, now) != null) {
            return Refusal.REPLAYED;
        }
        return null;
    }

    private void forgetOlderThan(Instant limit) {
        Iterator<Map.Entry<String, Instant>> oldest = seen.entrySet().iterator();
        while (oldest.hasNext() && oldest.next().getValue().isBefore(limit)) {
            oldest.remove();
        }
    }
}
