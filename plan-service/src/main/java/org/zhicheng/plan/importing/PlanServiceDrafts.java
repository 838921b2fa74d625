package org.zhicheng.plan.importing;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.zhicheng.plan.plan.PlanCommands.CreatePlan;
import org.zhicheng.plan.plan.PlanService;
import org.zhicheng.plan.plan.domain.PlanItem;
import org.zhicheng.starter.security.ZhichengPrincipal;

/**
 * {@link PlanDrafts} on today's create command. It passes committee, titles, specialties (codes), scope as one text,
 * evaluation time and material deadline as written, unit, phone and remarks. Not yet passed on, because the domain has
 * no place for them: per-level scope as structure, start and completion times (001), applicants (申报对象), the
 * specialty text beyond catalog codes, staged deadlines and exclusions.
 */
@Component
class PlanServiceDrafts implements PlanDrafts {

    private final PlanService plans;

    PlanServiceDrafts(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public UUID createDraft(ImportedPlan plan, ZhichengPrincipal by) {
        var items = plan.items().stream().map(item -> new PlanItem(UUID.randomUUID(), item.committeeName(), null,
                item.evaluatedTitles(), item.recommendedTitles(), item.specialties(), item.acceptanceScope(),
                evaluationTime(item), item.materialDeadline(), plan.applicationDeadline(), item.receivingUnit(),
                item.phone(), item.remarks())).toList();
        return plans.create(new CreatePlan(plan.year(), plan.region(), plan.category(), plan.title(), items), by).id();
    }

    /** 001 gives a start and a completion time instead of an evaluation time: the completion is when it is done. */
    private static String evaluationTime(ImportedItem item) {
        return item.expectedEvaluationTime() != null ? item.expectedEvaluationTime() : item.completionTime();
    }
}
