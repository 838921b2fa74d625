package org.zhicheng.plan.plan.web;

import java.time.Instant;

import org.zhicheng.plan.plan.domain.PlanAction;
import org.zhicheng.plan.plan.domain.PlanStatus;

/** One history row: who did what when, from which state to which, and why. */
public record PlanHistoryEntryView(PlanAction action, PlanStatus from, PlanStatus to, String actor, String reason,
        Instant at) {
}
