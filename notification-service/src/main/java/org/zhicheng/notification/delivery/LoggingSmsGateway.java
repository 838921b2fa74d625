package org.zhicheng.notification.delivery;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what would be sent to the log instead of sending it (the local stack and demos, {@code
 * zhicheng.notification.sms.mode=log}); the number is masked in the middle.
 */
class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    private final String signature;

    LoggingSmsGateway(String signature) {
        this.signature = signature;
    }

    @Override
    public String send(UUID deliveryId, String mobile, String text) {
        log.info("SMS (not sent, sms.mode=log) to {}: 【{}】{}", masked(mobile), signature, text);
        return "logged:" + deliveryId;
    }

    static String masked(String mobile) {
        if (mobile.length() < 7) {
            return "****";
        }
        return mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
