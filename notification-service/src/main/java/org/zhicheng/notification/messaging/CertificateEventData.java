package org.zhicheng.notification.messaging;

import java.time.LocalDate;
import java.util.UUID;

/** What notification-service reads of {@code CertificateIssued} and {@code CertificateRevoked} (schema CertificateData). */
record CertificateEventData(String certificateNumber, UUID applicationId, String person, String holderName,
        String unit, String titleName, String issuingBody, LocalDate issuedOn, String revocationReason) {
}
