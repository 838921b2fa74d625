package org.zhicheng.committee.committee;

import org.springframework.stereotype.Component;
import org.zhicheng.committee.committee.domain.Committee;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who acts for a committee. Its office: a {@code committee-office} user whose token's {@code committees} claim lists
 * the committee's code. Its HR bureau: an {@code hr-bureau} user whose region covers the committee's territory
 * (330604 by 330604, 3306 or 33). Everyone else only reads what is public.
 */
@Component
public class CommitteeScope {

    public boolean canActAsOffice(ZhichengPrincipal user, Committee committee) {
        return user != null && user.hasRole(Roles.COMMITTEE_OFFICE) && user.isMember(committee.code());
    }

    public boolean canActAsHr(ZhichengPrincipal user, Committee committee) {
        return user != null && user.hasRole(Roles.HR_BUREAU) && user.coversRegion(committee.territory());
    }

    /** 403 {@code committee.out-of-scope} unless the user is the committee's office. */
    public void requireOffice(ZhichengPrincipal user, Committee committee) {
        if (!canActAsOffice(user, committee)) {
            throw Problems.forbidden("committee.out-of-scope", committee.code());
        }
    }

    /** 403 {@code committee.out-of-scope} unless the user is the HR bureau covering the committee's territory. */
    public void requireHr(ZhichengPrincipal user, Committee committee) {
        if (!canActAsHr(user, committee)) {
            throw Problems.forbidden("committee.out-of-scope", committee.code());
        }
    }

    /** 403 {@code committee.out-of-scope} unless the user is the committee's office or its HR bureau. */
    public void requireOfficeOrHr(ZhichengPrincipal user, Committee committee) {
        if (!canActAsOffice(user, committee) && !canActAsHr(user, committee)) {
            throw Problems.forbidden("committee.out-of-scope", committee.code());
        }
    }

    /** 403 {@code <resource>.role-required} naming the roles, unless the user has one of them. */
    public static void requireRole(ZhichengPrincipal user, String resource, String... roles) {
        if (user == null || !user.hasAnyRole(roles)) {
            throw Problems.forbidden(resource + ".role-required", String.join(", ", roles));
        }
    }
}
