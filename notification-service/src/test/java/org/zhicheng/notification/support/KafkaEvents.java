package org.zhicheng.notification.support;

import java.util.Map;
import java.util.UUID;

/**
 * Other services' events as their outbox relays send them, consumed by notification-service's consumer group: the
 * starter's {@link org.zhicheng.starter.test.KafkaEvents} with the group filled in.
 */
public final class KafkaEvents {

    private static final String GROUP = "notification-service";

    private KafkaEvents() {
    }

    /** An envelope of {@code type} from {@code source} about {@code subject}; answers its event id. */
    public static UUID send(String topic, String source, String type, String subject, Map<String, Object> data) {
        return org.zhicheng.starter.test.KafkaEvents.send(topic, source, type, subject, data);
    }

    /** The envelope's JSON, as a relay sends it (to send the same event more than once). */
    public static String envelope(UUID id, String source, String type, String subject, Map<String, Object> data) {
        return org.zhicheng.starter.test.KafkaEvents.envelope(id, source, type, subject, data);
    }

    public static void sendRaw(String topic, String key, String value) {
        org.zhicheng.starter.test.KafkaEvents.sendRaw(topic, key, value);
    }

    /** Waits until notification-service's consumer group has committed every record of {@code topic}. */
    public static void awaitConsumed(String topic) {
        org.zhicheng.starter.test.KafkaEvents.awaitConsumed(topic, GROUP);
    }

    /** Sends and waits until it is consumed. */
    public static UUID deliver(String topic, String source, String type, String subject, Map<String, Object> data) {
        return org.zhicheng.starter.test.KafkaEvents.deliver(topic, GROUP, source, type, subject, data);
    }
}
