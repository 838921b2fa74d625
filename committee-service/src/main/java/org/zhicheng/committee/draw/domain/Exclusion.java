package org.zhicheng.committee.draw.domain;

import java.util.Objects;

/**
 * One reason one expert was excluded from a draw; an expert conflicted several ways has several exclusions. Kept for
 * the office, the HR bureau and auditors; never published (it names experts and applicants).
 *
 * @param expertId       the excluded expert
 * @param reason         the rule that excluded them
 * @param applicationId  the assigned application the conflict concerns
 * @param person         the applicant concerned, for {@link ExclusionReason#IS_APPLICANT} and
 *                       {@link ExclusionReason#CONFLICT_WITH_APPLICANT}; otherwise null
 * @param unit           the unit concerned, for {@link ExclusionReason#SAME_UNIT_AS_APPLICANT} and
 *                       {@link ExclusionReason#CONFLICT_WITH_APPLICANT_UNIT}; otherwise null
 * @param conflictType   the conflict's type; {@link ConflictType#SAME_UNIT} for the implicit same-unit exclusion, null
 *                       for {@link ExclusionReason#IS_APPLICANT}
 * @param conflictSource who recorded the conflict; null for the implicit exclusions ({@code IS_APPLICANT},
 *                       {@code SAME_UNIT_AS_APPLICANT})
 */
public record Exclusion(String expertId, ExclusionReason reason, String applicationId, String person, String unit,
        ConflictType conflictType, ConflictSource conflictSource) {

    public Exclusion {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(applicationId, "applicationId");
    }
}
