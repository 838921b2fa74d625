package org.zhicheng.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The receiver refuses an unsigned, tampered, stale or replayed delivery, each with its problem code. */
class WebhookVerifierTest {

    private static final String SECRET = "whsec_receiver";
    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private static final String BODY = "{\"id\":\"e-1\",\"type\":\"PublicityClosed\"}";

    private final WebhookVerifier verifier = new WebhookVerifier(SECRET, Duration.ofMinutes(5),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aGenuineDeliveryIsAcceptedOnceAndItsReplayRefused() {
        String timestamp = Long.toString(NOW.getEpochSecond());
        String signature = WebhookSignature.sign(SECRET, NOW.getEpochSecond(), BODY);

        assertThat(verifier.verify("d-1", timestamp, signature, BODY)).isNull();
        WebhookVerifier.Refusal replayed = verifier.verify("d-1", timestamp, signature, BODY);
        assertThat(replayed).isEqualTo(WebhookVerifier.Refusal.REPLAYED);
        assertThat(replayed.code()).isEqualTo("webhook.delivery-replayed");
        assertThat(verifier.verify("d-2", timestamp, signature, BODY)).isNull();
    }

    @Test
    void tamperedStaleAndUnsignedDeliveriesAreRefusedWithTheirCodes() {
        long old = NOW.minus(Duration.ofMinutes(10)).getEpochSecond();
        String signature = WebhookSignature.sign(SECRET, NOW.getEpochSecond(), BODY);

        assertThat(verifier.verify("d-3", Long.toString(NOW.getEpochSecond()), signature, BODY + " "))
                .isEqualTo(WebhookVerifier.Refusal.TAMPERED);
        assertThat(verifier.verify("d-4", Long.toString(old), WebhookSignature.sign(SECRET, old, BODY), BODY).code())
                .isEqualTo("webhook.signature-stale");
        assertThat(verifier.verify("d-5", null, null, BODY)).isEqualTo(WebhookVerifier.Refusal.MISSING);
        assertThat(verifier.verify(null, Long.toString(NOW.getEpochSecond()), signature, BODY))
                .isEqualTo(WebhookVerifier.Refusal.MISSING);
    }
}
