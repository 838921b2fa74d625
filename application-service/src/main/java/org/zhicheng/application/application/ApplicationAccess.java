package org.zhicheng.application.application;

import java.util.UUID;

import org.zhicheng.application.workflow.ApplicationState;
import org.zhicheng.application.workflow.Desk;
import org.zhicheng.starter.problem.ProblemException;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who sees and acts on an application (per object, never by role alone). The applicant: their own. The unit's HR desk:
 * its unit's, once submitted. The competent department: those recommended through it, once they reached it. The
 * committee office: those addressed to its committees, once they reached it. The HR bureau: those of its region and
 * below (the unit's or the plan's region), once submitted. Experts: only through their drawn panel
 * ({@code ExpertAccess}). Anyone else does not learn that the application exists (404).
 */
public final class ApplicationAccess {

    private ApplicationAccess() {
    }

    public static boolean canRead(ZhichengPrincipal user, Application a) {
        boolean submitted = a.state() != ApplicationState.DRAFT || a.submission() > 0;
        if (user.hasRole(Roles.APPLICANT) && a.person().equals(user.person())) {
            return true;
        }
        if (user.hasRole(Roles.EMPLOYER) && a.unit().equals(user.unit()) && submitted) {
            return true;
        }
        if (user.hasRole(Roles.DEPARTMENT) && a.fixed().needsDepartment() && a.reachedDepartmentAt() != null
                && user.unit() != null && user.unit().equals(a.fixed().department())) {
            return true;
        }
        if (user.hasRole(Roles.COMMITTEE_OFFICE) && user.isMember(a.committee()) && a.reachedOfficeAt() != null) {
            return true;
        }
        if (user.hasRole(Roles.HR_BUREAU) && submitted
                && (user.coversRegion(a.fixed().planRegion()) || user.coversRegion(a.fixed().region()))) {
            return true;
        }
        return user.hasRole(Roles.ADMIN) && submitted;
    }

    /** 404 {@code application.not-found} for a caller who may not see it. */
    public static void requireRead(ZhichengPrincipal user, Application a) {
        if (!canRead(user, a)) {
            throw notFound(a.id());
        }
    }

    public static ProblemException notFound(UUID id) {
        return Problems.notFound("application", id);
    }

    /** Whether the caller is the desk {@code desk} for this application. */
    public static boolean isDesk(ZhichengPrincipal user, Application a, Desk desk) {
        return switch (desk) {
            case APPLICANT -> user.hasRole(Roles.APPLICANT) && a.person().equals(user.person());
            case UNIT -> user.hasRole(Roles.EMPLOYER) && a.unit().equals(user.unit());
            case DEPARTMENT -> user.hasRole(Roles.DEPARTMENT) && user.unit() != null
                    && user.unit().equals(a.fixed().department());
            case OFFICE -> user.hasRole(Roles.COMMITTEE_OFFICE) && user.isMember(a.committee());
            case HR_BUREAU -> user.hasRole(Roles.HR_BUREAU) && user.coversRegion(a.fixed().planRegion());
            case COMMITTEE, NONE -> false;
        };
    }

    /**
     * The caller acting as the desk holding the application now: 404 when they may not see it, 403
     * {@code application.not-your-desk} naming the holding desk when they may see it but it is not theirs.
     */
    public static Actor requireHolder(ZhichengPrincipal user, Application a) {
        requireRead(user, a);
        if (!isDesk(user, a, a.desk())) {
            throw Problems.forbidden("application.not-your-desk", a.desk(), a.state());
        }
        return actor(user, a.desk());
    }

    /** The caller acting as any desk with the application in scope (a veto): unit, department, office, HR bureau. */
    public static Actor requireStaff(ZhichengPrincipal user, Application a) {
        requireRead(user, a);
        for (Desk desk : new Desk[] { Desk.OFFICE, Desk.HR_BUREAU, Desk.DEPARTMENT, Desk.UNIT }) {
            if (isDesk(user, a, desk) || (desk == Desk.HR_BUREAU && user.hasRole(Roles.HR_BUREAU)
                    && user.coversRegion(a.fixed().region()))) {
                return actor(user, desk);
            }
        }
        throw Problems.forbidden("application.not-your-desk", "STAFF", a.state());
    }

    public static Actor requireApplicant(ZhichengPrincipal user, Application a) {
        requireRead(user, a);
        if (!isDesk(user, a, Desk.APPLICANT)) {
            throw Problems.forbidden("application.not-your-desk", Desk.APPLICANT, a.state());
        }
        return actor(user, Desk.APPLICANT);
    }

    static Actor actor(ZhichengPrincipal user, Desk desk) {
        String role = switch (desk) {
            case APPLICANT -> Roles.APPLICANT;
            case UNIT -> Roles.EMPLOYER;
            case DEPARTMENT -> Roles.DEPARTMENT;
            case OFFICE -> Roles.COMMITTEE_OFFICE;
            case HR_BUREAU -> Roles.HR_BUREAU;
            case COMMITTEE, NONE -> "service";
        };
        return new Actor(user.actor(), role);
    }
}
