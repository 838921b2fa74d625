package org.zhicheng.notification.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * What notification-service reads of application-service's workflow events (schema {@code ApplicationEventData} in
 * docs/events/asyncapi.yaml): who applied, for what, the transition and the desk that holds the application now.
 * Fields it does not use are ignored.
 */
record ApplicationEventData(UUID applicationId, String person, String applicantName, String unit, String unitName,
        String region, String committee, String committeeName, Integer year, String titleName, Integer submission,
        String action, String from, String state, String desk, String holder, String reason, Instant at) {
}
