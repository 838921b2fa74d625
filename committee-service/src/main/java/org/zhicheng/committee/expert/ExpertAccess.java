package org.zhicheng.committee.expert;

import java.util.List;

import org.springframework.stereotype.Component;
import org.zhicheng.committee.committee.CommitteeScope;
import org.zhicheng.committee.expert.domain.Expert;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.Roles;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * Who sees an expert's profile (contact included): the expert themself (token {@code person}), the HR bureau covering
 * the expert's region, a committee office covering that region or whose committee's pool holds the expert. Other
 * roles get 403 before anything is looked up; an expert asking about someone else 403; a bureau or office outside
 * the scope 404, as if the expert did not exist.
 */
@Component
class ExpertAccess {

    private final ExpertRepository experts;
    private final PoolRepository pools;

    ExpertAccess(ExpertRepository experts, PoolRepository pools) {
        this.experts = experts;
        this.pools = pools;
    }

    /** The expert, if the user may read them; 403 or 404 as above. */
    Expert readable(ZhichengPrincipal user, String id) {
        CommitteeScope.requireRole(user, "expert", Roles.EXPERT, Roles.HR_BUREAU, Roles.COMMITTEE_OFFICE);
        if (!user.hasAnyRole(Roles.HR_BUREAU, Roles.COMMITTEE_OFFICE) && !id.equals(user.person())) {
            throw Problems.forbidden("expert.other-person", id);
        }
        Expert expert = experts.find(id).orElseThrow(() -> Problems.notFound("expert", id));
        if (!canRead(user, expert)) {
            throw Problems.notFound("expert", id);
        }
        return expert;
    }

    boolean canRead(ZhichengPrincipal user, Expert expert) {
        if (user.hasRole(Roles.EXPERT) && expert.id().equals(user.person())) {
            return true;
        }
        if (user.hasAnyRole(Roles.HR_BUREAU, Roles.COMMITTEE_OFFICE) && user.coversRegion(expert.region())) {
            return true;
        }
        return !officeCommitteesHolding(user, expert.id()).isEmpty();
    }

    /** The codes of the user's committees (as their office) whose pools hold the expert. */
    List<String> officeCommitteesHolding(ZhichengPrincipal user, String expertId) {
        if (!user.hasRole(Roles.COMMITTEE_OFFICE) || user.committees().isEmpty()) {
            return List.of();
        }
        return pools.committeesHolding(expertId).stream().filter(user::isMember).toList();
    }

    /** Creating a profile or listing profiles: an HR bureau or a committee office covering {@code region}. */
    void requireRegistrar(ZhichengPrincipal user, String region) {
        CommitteeScope.requireRole(user, "expert", Roles.HR_BUREAU, Roles.COMMITTEE_OFFICE);
        if (!user.coversRegion(region)) {
            throw Problems.forbidden("expert.out-of-scope", region);
        }
    }
}
