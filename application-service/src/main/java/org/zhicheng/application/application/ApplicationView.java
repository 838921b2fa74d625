package org.zhicheng.application.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.zhicheng.application.plan.PlanItem;
import org.zhicheng.application.workflow.ApplicationState;
import org.zhicheng.application.workflow.Desk;
import org.zhicheng.application.workflow.Step;
import org.zhicheng.starter.security.ZhichengPrincipal;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An application as the API shows it: where it stands, who holds it now and since when, and the next deadline of that
 * desk; what it is for; the steps the caller may take now.
 *
 * @param nextDeadline the holding desk's next deadline: the individual deadline for a draft, the unit's or the
 *                     city-level recommendation deadline (003 四(二)), or the last day of the running publicity
 * @param actions      the steps the caller may take on it now
 */
public record ApplicationView(
        UUID id,
        ApplicationState state,
        Desk desk,
        @Schema(description = "the holding desk: the person, unit, department, committee code or region") String holder,
        Instant heldSince,
        LocalDate nextDeadline,
        String person,
        String applicantName,
        String unit,
        String unitName,
        String region,
        String department,
        String committee,
        String committeeName,
        UUID planId,
        UUID planItemId,
        int year,
        String title,
        String titleName,
        String series,
        String level,
        String specialty,
        Route route,
        Particulars particulars,
        int submission,
        Integer archiveVersion,
        ComplianceStatus compliance,
        UUID meetingId,
        UUID publicityId,
        LocalDate publicityEndsOn,
        String outcome,
        ApplicationState returnedFrom,
        Instant createdAt,
        Instant updatedAt,
        int version,
        List<Step> actions) {

    public static ApplicationView of(Application a, PlanItem item, ZhichengPrincipal viewer) {
        ApplicationSnapshot.Fixed f = a.fixed();
        return new ApplicationView(a.id(), a.state(), a.desk(), a.holder(), a.heldSince(), nextDeadline(a, item),
                f.person(), f.applicantName(), f.unit(), f.unitName(), f.region(), f.department(), f.committee(),
                f.committeeName(), f.planId(), f.planItemId(), f.year(), f.title(), f.titleName(), f.series(),
                f.level(), a.specialty(), a.route(), a.particulars(), a.submission(), a.archiveVersion(),
                a.compliance(), a.meetingId(), a.publicityId(), a.publicityEndsOn(), a.outcome(), a.returnedFrom(),
                a.createdAt(), a.updatedAt(), a.version(), viewer == null ? List.of() : actions(a, viewer));
    }

    static LocalDate nextDeadline(Application a, PlanItem item) {
        return switch (a.state()) {
            case DRAFT -> item == null ? null : item.deadline();
            case UNIT_REVIEW, UNIT_RECOMMENDATION -> item == null ? null : item.unitDeadline();
            case DEPARTMENT_REVIEW -> item == null ? null : item.cityDeadline();
            case UNIT_PUBLICITY, PRE_EVALUATION_PUBLICITY, RESULT_PUBLICITY -> a.publicityEndsOn();
            default -> null;
        };
    }

    /** The steps the viewer may take now: the holder's own, the applicant's, and a veto for staff in scope. */
    static List<Step> actions(Application a, ZhichengPrincipal viewer) {
        List<Step> steps = new java.util.ArrayList<>();
        for (Step step : Step.takenFrom(a.state())) {
            boolean mine = switch (step.who()) {
                case APPLICANT -> ApplicationAccess.isDesk(viewer, a, Desk.APPLICANT);
                case HOLDER -> ApplicationAccess.isDesk(viewer, a, a.desk());
                case STAFF -> !ApplicationAccess.isDesk(viewer, a, Desk.APPLICANT)
                        && (ApplicationAccess.isDesk(viewer, a, Desk.UNIT)
                        || ApplicationAccess.isDesk(viewer, a, Desk.DEPARTMENT)
                        || ApplicationAccess.isDesk(viewer, a, Desk.OFFICE)
                        || ApplicationAccess.isDesk(viewer, a, Desk.HR_BUREAU));
                case SYSTEM -> false;
            };
            if (mine) {
                steps.add(step);
            }
        }
        return steps;
    }
}
