package org.zhicheng.plan.plan.web;

import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhicheng.plan.plan.PlanCommands.AmendPlan;
import org.zhicheng.plan.plan.PlanCommands.CreatePlan;
import org.zhicheng.plan.plan.domain.EvaluationPlan;
import org.zhicheng.plan.plan.domain.PlanItem;
import org.zhicheng.plan.plan.domain.PlanTransition;

/** Between the API records and the domain; new items get fresh ids. */
@Mapper(componentModel = "spring")
interface PlanWebMapper {

    CreatePlan toCommand(CreatePlanRequest request);

    AmendPlan toCommand(UpdatePlanRequest request);

    @Mapping(target = "id", expression = "java(java.util.UUID.randomUUID())")
    PlanItem toItem(PlanItemRequest request);

    /** By hand: the aggregate has accessor methods, not bean getters. */
    default PlanView toView(EvaluationPlan plan) {
        return new PlanView(plan.id(), plan.year(), plan.region(), plan.category(), plan.title(), plan.status(),
                plan.version(), toItemViews(plan.items()), plan.createdBy(), plan.createdAt(), plan.updatedAt(),
                plan.publishedAt(), plan.closedAt());
    }

    List<PlanItemView> toItemViews(List<PlanItem> items);

    PlanItemView toView(PlanItem item);

    PlanHistoryEntryView toView(PlanTransition transition);

    List<PlanView> toViews(List<EvaluationPlan> plans);

    List<PlanHistoryEntryView> toHistory(List<PlanTransition> transitions);
}
