package org.zhicheng.application.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.zhicheng.application.application.Particulars;
import org.zhicheng.application.application.Route;
import org.zhicheng.application.archive.domain.ArchiveContent;
import org.zhicheng.application.catalog.TitleInfo;
import org.zhicheng.application.integrity.IntegrityStanding;
import org.zhicheng.application.plan.PlanItem;

/**
 * Everything the rules read of one application, gathered once before they run.
 *
 * @param applicationId      the application (null for a dry run before it exists)
 * @param archive            the archive version the application is (to be) made from
 * @param title              the title applied for, as the catalog has it (null when the catalog does not know it)
 * @param today              the business date (Asia/Shanghai)
 * @param firstSubmission    false for a resubmission after a send-back (the deadline applied to the first one)
 * @param others             the person's other applications (for duplicates and last year's failure)
 * @param ownEvidence        the ids of the person's evidence files
 * @param committeeSuspended whether the item's committee's rights are suspended (001 四), as last heard
 * @param unitSuspendedFor   the year the unit is suspended from applying in (000 三(二)), or null
 * @param compliance         education-service's answer (null in a dry run that did not ask)
 */
public record ApplicationCase(UUID applicationId, String person, ArchiveContent archive, PlanItem item,
        TitleInfo title, String titleCode, Route route, String specialty, Particulars particulars, LocalDate today,
        boolean firstSubmission, List<OtherApplication> others, IntegrityStanding integrity, Set<UUID> ownEvidence,
        boolean committeeSuspended, Integer unitSuspendedFor, ComplianceAnswer compliance) {

    public ApplicationCase {
        others = others == null ? List.of() : List.copyOf(others);
        ownEvidence = ownEvidence == null ? Set.of() : Set.copyOf(ownEvidence);
        particulars = particulars == null ? Particulars.NONE : particulars;
        integrity = integrity == null ? IntegrityStanding.CLEAN : integrity;
    }

    /** The person's employment as the archive states it; never null (empty when the archive has none). */
    public ArchiveContent.Employment employment() {
        ArchiveContent.Employment e = archive.employment();
        return e != null ? e : new ArchiveContent.Employment(null, null, null, null, null, null, null, null, null,
                null, null, false);
    }

    /** Another application of the same person, as the rules need it. */
    public record OtherApplication(UUID id, UUID planItemId, int year, String title, String state,
            java.time.Instant firstSubmittedAt, Set<UUID> achievementIds, boolean live) {
    }

    /** Continuing-education compliance as education-service answered, or PENDING when it could not be asked. */
    public record ComplianceAnswer(String status, boolean rulesApplied, Object detail) {

        public static final ComplianceAnswer PENDING = new ComplianceAnswer("PENDING", false, null);
    }
}
