package org.zhicheng.application.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of the integrity archive.
 *
 * @param bannedUntil  the last day of a ban (BAN, FRAUD_VETO); null otherwise
 * @param excludedYear the year a RECOMMENDATION_EXCLUSION applies to
 * @param outcome      a complaint's handling (UPHELD, NOT_UPHELD, OUTSIDE_SCOPE), null while it is investigated
 */
public record IntegrityRecord(UUID id, IntegrityKind kind, String person, String region, String unit,
        UUID applicationId, UUID objectionId, String trackingNumber, String description, String outcome,
        LocalDate bannedUntil, Integer excludedYear, String recordedBy, Instant recordedAt, Instant resolvedAt,
        String liftedBy, Instant liftedAt, String liftReason) {

    public boolean lifted() {
        return liftedAt != null;
    }

    /** Whether the record bars its person from applying on {@code day}. */
    public boolean bans(LocalDate day) {
        return !lifted() && bannedUntil != null && !day.isAfter(bannedUntil)
                && (kind == IntegrityKind.BAN || kind == IntegrityKind.FRAUD_VETO);
    }

    /** Whether the record takes the person's recommendation away in {@code year}. */
    public boolean excludes(int year) {
        return !lifted() && kind == IntegrityKind.RECOMMENDATION_EXCLUSION && excludedYear != null
                && excludedYear == year;
    }
}
