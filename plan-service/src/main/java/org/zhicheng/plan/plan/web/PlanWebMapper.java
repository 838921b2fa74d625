package org.zhicheng.plan.plan.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.zhicheng.plan.committee.KnownCommittee;
import org.zhicheng.plan.plan.PlanCommands.AmendPlan;
import org.zhicheng.plan.plan.PlanCommands.ChangeDeadline;
import org.zhicheng.plan.plan.PlanCommands.CreatePlan;
import org.zhicheng.plan.plan.domain.DeadlineChange;
import org.zhicheng.plan.plan.domain.EvaluationPlan;
import org.zhicheng.plan.plan.domain.PlanDates;
import org.zhicheng.plan.plan.domain.PlanItem;
import org.zhicheng.plan.plan.domain.PlanItemInput;
import org.zhicheng.plan.plan.domain.PlanTransition;
import org.zhicheng.plan.plan.domain.schedule.TimeExpression;

/**
 * Between the API records and the domain. Items enter as text ({@link PlanItemInput}); the use case reads them
 * against the plan's year.
 */
@Mapper(componentModel = "spring")
interface PlanWebMapper {

    CreatePlan toCommand(CreatePlanRequest request);

    AmendPlan toCommand(UpdatePlanRequest request);

    ChangeDeadline toCommand(ChangeDeadlineRequest request);

    PlanItemInput toInput(PlanItemRequest request);

    PlanDates toDates(PlanDatesBody body);

    PlanDatesBody toBody(PlanDates dates);

    TimeView toView(TimeExpression time);

    @Mapping(target = "oldDeadline", source = "oldDate")
    @Mapping(target = "newDeadline", source = "newDate")
    PlanHistoryEntryView.DeadlineChangeView toView(DeadlineChange change);

    PlanHistoryEntryView toView(PlanTransition transition);

    List<PlanHistoryEntryView> toHistory(List<PlanTransition> transitions);

    /**
     * By hand: the aggregate has accessor methods, not bean getters. {@code committees} holds the registered
     * committees the items are linked to, by id (those missing show no code).
     */
    default PlanView toView(EvaluationPlan plan, Map<UUID, KnownCommittee> committees) {
        return new PlanView(plan.id(), plan.year(), plan.region(), plan.category(), plan.title(),
                toBody(plan.dates()), plan.authorityHolder(), plan.status(), plan.version(),
                plan.items().stream().map(item -> toView(item, plan,
                        item.committeeId() == null ? null : committees.get(item.committeeId()))).toList(),
                plan.createdBy(), plan.createdAt(), plan.updatedAt(), plan.publishedAt(), plan.closedAt());
    }

    default List<PlanView> toViews(List<EvaluationPlan> plans, Map<UUID, KnownCommittee> committees) {
        return plans.stream().map(plan -> toView(plan, committees)).toList();
    }

    /**
     * By hand: an item's view flattens its value objects and needs its plan for the effective deadline, and its
     * linked committee (or null) for the code and the suspension.
     */
    default PlanItemView toView(PlanItem item, EvaluationPlan plan, KnownCommittee committee) {
        return new PlanItemView(item.id(), item.committeeName(), item.committeeId(),
                committee == null ? null : committee.code(), committee != null && committee.suspended(),
                item.evaluatedTitles(), item.recommendedTitles(), item.specialties(),
                item.acceptanceScope(), item.scope() == null ? Map.of() : item.scope().byLevel(),
                item.expectedEvaluationTime(), toView(item.evaluationTime()), item.materialDeadline(),
                toView(item.materialDeadlineTime()), item.applicationDeadline(),
                item.effectiveDeadline(plan.dates(), plan.year()), item.receivingUnit(), item.phone(), item.remarks(),
                item.exclusions(), item.applicants(), item.association());
    }
}
