package org.zhicheng.application.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.zhicheng.application.archive.domain.UnitType;
import org.zhicheng.application.workflow.ApplicationState;

/** An application as stored (table {@code application}). */
public record ApplicationSnapshot(Fixed fixed, String specialty, Route route, Particulars particulars,
        ApplicationState state, ApplicationState returnedFrom, Instant heldSince, int submission,
        Integer archiveVersion, ComplianceStatus compliance, Map<String, Object> complianceDetail,
        int complianceAttempts, Instant complianceNextAt, UUID meetingId, UUID publicityId, LocalDate publicityEndsOn,
        int unitPublicityRound, String outcome, Instant reachedOfficeAt, Instant reachedDepartmentAt,
        Instant createdAt, Instant updatedAt, int version) {

    /**
     * What an application is for and whose it is, fixed when it is created (a different item or title is a new
     * application).
     *
     * @param region          the unit's region (GB/T 2260)
     * @param needsDepartment whether the route or the level needs the competent department's recommendation
     */
    public record Fixed(UUID id, String person, String applicantName, String unit, String unitName,
            UnitType unitType, String region, String department, boolean needsDepartment, UUID planId,
            UUID planItemId, String planRegion, int year, String committee, String committeeName, String title,
            String titleName, String series, String level) {
    }
}
