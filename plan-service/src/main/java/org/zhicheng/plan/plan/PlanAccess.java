package org.zhicheng.plan.plan;

import org.springframework.stereotype.Component;
import org.zhicheng.plan.plan.domain.EvaluationPlan;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who may do what with a plan: offices and HR bureaus draft and submit plans of regions they cover; only the HR bureau
 * of a covering region reviews, publishes and closes. Unpublished plans are invisible (404) outside that scope.
 */
@Component
class PlanAccess {

    /** Create, amend, submit: a committee office or HR bureau covering the region. */
    void requireDrafter(ZhichengPrincipal user, String region) {
        if (user == null || !user.hasAnyRole(Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU)) {
            throw Problems.forbidden("plan.role-required", Roles.COMMITTEE_OFFICE + ", " + Roles.HR_BUREAU);
        }
        requireScope(user, region);
    }

    /** Approve, return, publish, close: the HR bureau covering the region. */
    void requireReviewer(ZhichengPrincipal user, String region) {
        if (user == null || !user.hasRole(Roles.HR_BUREAU)) {
            throw Problems.forbidden("plan.role-required", Roles.HR_BUREAU);
        }
        requireScope(user, region);
    }

    boolean canSee(ZhichengPrincipal user, EvaluationPlan plan) {
        if (plan.status().isPublic()) {
            return true;
        }
        String scope = draftScope(user);
        return scope != null && plan.region().startsWith(scope);
    }

    /** The region prefix whose unpublished plans the user sees, or null when they see only public plans. */
    String draftScope(ZhichengPrincipal user) {
        if (user == null || !user.hasAnyRole(Roles.COMMITTEE_OFFICE, Roles.HR_BUREAU) || user.region() == null
                || user.region().isBlank()) {
            return null;
        }
        return user.region();
    }

    private static void requireScope(ZhichengPrincipal user, String region) {
        if (!user.coversRegion(region)) {
            throw Problems.forbidden("plan.out-of-scope", region);
        }
    }
}
