package org.zhicheng.plan.plan;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhicheng.plan.plan.domain.EvaluationPlan;
import org.zhicheng.plan.plan.domain.PlanTransition;
import org.zhicheng.plan.plan.persistence.PlanPage;
import org.zhicheng.plan.plan.persistence.PlanRepository;
import org.zhicheng.plan.plan.persistence.PlanSearch;
import org.zhicheng.plan.plan.domain.PlanCategory;
import org.zhicheng.plan.plan.domain.PlanStatus;
import org.zhicheng.starter.problem.Problems;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * The plan's reads. Anyone sees published and closed plans; offices and HR bureaus also see the unpublished plans of
 * regions they cover. A plan the caller may not see is reported as not found, so its existence is not revealed.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private final PlanRepository plans;
    private final PlanAccess access;

    PlanQueries(PlanRepository plans, PlanAccess access) {
        this.plans = plans;
        this.access = access;
    }

    public EvaluationPlan find(UUID id, ZhichengPrincipal user) {
        return plans.findById(id)
                .filter(plan -> access.canSee(user, plan))
                .orElseThrow(() -> Problems.notFound("plan", id));
    }

    public List<PlanTransition> history(UUID id, ZhichengPrincipal user) {
        return plans.history(find(id, user).id());
    }

    public PlanPage search(Integer year, String region, PlanCategory category, PlanStatus status, int page, int size,
            ZhichengPrincipal user) {
        return plans.search(new PlanSearch(year, region, category, status, access.draftScope(user), page, size));
    }
}
