package org.zhicheng.application.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate (职称证书) issued on the publication of a passed list; also the data of {@code CertificateIssued} and
 * {@code CertificateRevoked} (schema {@code CertificateData}).
 *
 * @param certificateNumber {@code <region>-<year>-<serial>}, numbered per region and year
 */
public record Certificate(String certificateNumber, UUID applicationId, UUID publicationId, String person,
        String holderName, String unit, String title, String titleName, String series, String level,
        String specialty, String committee, String committeeName, String issuingBody, String region, int year,
        LocalDate issuedOn, Instant issuedAt, String status, Instant revokedAt, String revokedBy,
        String revocationReason) {

    public boolean valid() {
        return "VALID".equals(status);
    }
}
