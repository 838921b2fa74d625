package org.zhicheng.plan.plan.persistence;

import java.util.List;

import org.zhicheng.plan.plan.domain.EvaluationPlan;

/** One page of plans and the total number of matches. */
public record PlanPage(List<EvaluationPlan> plans, long total) {
}
