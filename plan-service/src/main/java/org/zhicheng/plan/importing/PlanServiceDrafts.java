package org.zhicheng.plan.importing;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhicheng.plan.plan.PlanAccess;
import org.zhicheng.plan.plan.PlanCommands.CreatePlan;
import org.zhicheng.plan.plan.PlanService;
import org.zhicheng.plan.plan.domain.PlanItemInput;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * {@link PlanDrafts} on the plan's create command, through the same {@link PlanItemInput} the API uses, so an
 * imported row is read by exactly the rules a typed one is. Every cell a row carries is passed on: the scope as
 * written (the domain splits it per level), 001's 启动时间 and 完成时间 as start and completion of the evaluation,
 * 申报对象 as applicants, the exclusions the remarks, scope and applicants name ("全区（自主评聘单位除外）"), the
 * receiving unit and phone. The individual application deadline stays null unless the upload gave one: the domain
 * then takes the plan's staged deadline, else the end of the material deadline, else the end of the plan year
 * ({@code PlanItem.effectiveDeadline}). Who may import is who may draft ({@link PlanAccess#requireDrafter}).
 */
@Component
class PlanServiceDrafts implements PlanDrafts {

    private final PlanService plans;
    private final PlanAccess access;

    PlanServiceDrafts(PlanService plans, PlanAccess access) {
        this.plans = plans;
        this.access = access;
    }

    @Override
    public void requireDrafter(ZhichengPrincipal user, String region) {
        access.requireDrafter(user, region);
    }

    @Override
    public UUID createDraft(ImportedPlan plan, ZhichengPrincipal by) {
        var items = plan.items().stream().map(item -> input(item, plan)).toList();
        return plans.create(new CreatePlan(plan.year(), plan.region(), plan.category(), plan.title(), null, null,
                items), by).id();
    }

    static PlanItemInput input(ImportedItem item, ImportedPlan plan) {
        boolean startCompletion = item.startTime() != null || item.completionTime() != null;
        return new PlanItemInput(item.committeeName(), null, item.evaluatedTitles(), item.recommendedTitles(),
                item.specialties(), item.acceptanceScope(), startCompletion ? item.startTime() : null,
                startCompletion ? item.completionTime() : item.expectedEvaluationTime(), item.materialDeadline(),
                plan.applicationDeadline(), item.receivingUnit(), item.phone(), item.remarks(),
                PlanItemInput.exclusionsIn(item.remarks(), item.acceptanceScope(), item.applicants()), item.applicants(),
                null);
    }
}
