package org.zhicheng.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The verifier a receiver writes (docs/api/notification-service.md): genuine, tampered, replayed, unsigned. */
class WebhookSignatureTest {

    private static final String SECRET = "whsec_test";
    private static final String BODY = "{\"id\":\"e1\",\"type\":\"PlanPublished\",\"data\":{\"title\":\"计划\"}}";
    private static final Instant SENT = Instant.parse("2026-12-02T02:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(5);

    @Test
    void theSignatureIsAnHmacOfTimestampDotBody() {
        // the same answer as: printf '%s' '1.body' | openssl dgst -sha256 -hmac key
        assertThat(WebhookSignature.sign("key", 1, "body"))
                .isEqualTo("v1=91b5374b153842ad05b2c4eab9349b8321b14703165bd3fb8b034dfb8be98ae5");
        assertThat(WebhookSignature.sign(SECRET, 1764640800L, "{\"id\":\"e1\"}"))
                .isEqualTo("v1=fc07254084ad7533ad24377da8b1be844b50d3f02c36559009b0cdf0125992f7");
    }

    @Test
    void aGenuineFreshDeliveryIsAccepted() {
        String signature = WebhookSignature.sign(SECRET, SENT.getEpochSecond(), BODY);

        assertThat(WebhookSignature.verify(SECRET, Long.toString(SENT.getEpochSecond()), signature, BODY,
                SENT.plusSeconds(30), WINDOW)).isNull();
    }

    @Test
    void aChangedBodyTimestampOrSecretIsTampered() {
        String signature = WebhookSignature.sign(SECRET, SENT.getEpochSecond(), BODY);
        String timestamp = Long.toString(SENT.getEpochSecond());

        assertThat(WebhookSignature.verify(SECRET, timestamp, signature, BODY.replace("计划", "计戈"), SENT, WINDOW))
                .isEqualTo(WebhookSignature.Refusal.TAMPERED);
        assertThat(WebhookSignature.verify(SECRET, Long.toString(SENT.getEpochSecond() + 1), signature, BODY, SENT,
                WINDOW)).isEqualTo(WebhookSignature.Refusal.TAMPERED);
        assertThat(WebhookSignature.verify("whsec_other", timestamp, signature, BODY, SENT, WINDOW))
                .isEqualTo(WebhookSignature.Refusal.TAMPERED);
    }

    @Test
    void anOldDeliverySentAgainIsStale() {
        String signature = WebhookSignature.sign(SECRET, SENT.getEpochSecond(), BODY);

        assertThat(WebhookSignature.verify(SECRET, Long.toString(SENT.getEpochSecond()), signature, BODY,
                SENT.plus(Duration.ofMinutes(6)), WINDOW)).isEqualTo(WebhookSignature.Refusal.STALE);
    }

    @Test
    void anUnsignedOrMalformedDeliveryIsMissingItsSignature() {
        assertThat(WebhookSignature.verify(SECRET, null, "v1=00", BODY, SENT, WINDOW))
                .isEqualTo(WebhookSignature.Refusal.MISSING);
        assertThat(WebhookSignature.verify(SECRET, "yesterday", "v1=00", BODY, SENT, WINDOW))
                .isEqualTo(WebhookSignature.Refusal.MISSING);
        assertThat(WebhookSignature.verify(SECRET, "1", "sha256=00", BODY, SENT, WINDOW))
                .isEqualTo(WebhookSignature.Refusal.MISSING);
    }
}
