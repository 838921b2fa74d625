package org.zhicheng.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery, and its verification as a receiver writes it (docs/api/notification-service.md,
 * "Verifying a webhook"). The sender puts {@code Zhicheng-Timestamp: <unix seconds>} and
 * {@code Zhicheng-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>} on every request. A receiver
 * recomputes the HMAC over the raw body it received, compares in constant time, and refuses a timestamp outside its
 * replay window (five minutes by default) and a delivery id it has already processed.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "Zhicheng-Timestamp";
    public static final String SIGNATURE_HEADER = "Zhicheng-Signature";
    public static final String DELIVERY_HEADER = "Zhicheng-Delivery";
    public static final String EVENT_ID_HEADER = "Zhicheng-Event-Id";
    public static final String EVENT_TYPE_HEADER = "Zhicheng-Event-Type";
    public static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofMinutes(5);
    private static final String VERSION = "v1=";

    private WebhookSignature() {
    }

    /** The {@code Zhicheng-Signature} value for {@code body} sent at {@code timestamp} (unix seconds). */
    public static String sign(String secret, long timestamp, String body) {
        return VERSION + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    /** Why a receiver refuses a delivery: the stable code of the refusal. */
    public enum Refusal {
        /** No or malformed signature or timestamp header. */
        MISSING,
        /** The HMAC does not match: the body or the timestamp was changed, or another secret signed it. */
        TAMPERED,
        /** The timestamp is outside the replay window: an old request sent again. */
        STALE
    }

    /**
     * Verifies a received delivery; answers null when it is genuine and fresh, else why not. A receiver also keeps
     * the {@code Zhicheng-Delivery} ids it processed for the window and refuses a repeated one (a replay inside the
     * window).
     */
    public static Refusal verify(String secret, String timestampHeader, String signatureHeader, String body,
            Instant now, Duration window) {
        if (timestampHeader == null || signatureHeader == null || !signatureHeader.startsWith(VERSION)) {
            return Refusal.MISSING;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException notANumber) {
            return Refusal.MISSING;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.US_ASCII))) {
            return Refusal.TAMPERED;
        }
        if (Math.abs(now.getEpochSecond() - timestamp) > window.toSeconds()) {
            return Refusal.STALE;
        }
        return null;
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
