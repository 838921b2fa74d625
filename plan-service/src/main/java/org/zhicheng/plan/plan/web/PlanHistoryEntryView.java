package org.zhicheng.plan.plan.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.zhicheng.plan.plan.domain.DeadlineStage;
import org.zhicheng.plan.plan.domain.PlanAction;
import org.zhicheng.plan.plan.domain.PlanStatus;

/**
 * One history row: who did what when, from which state to which, and why; for a deadline change approved after
 * publication also which deadline, old → new, and the approval's reference.
 */
public record PlanHistoryEntryView(PlanAction action, PlanStatus from, PlanStatus to, String actor, String reason,
        Instant at, DeadlineChangeView deadlineChange) {

    /** Old → new of one deadline; exactly one of {@code itemId} and {@code stage}. */
    public record DeadlineChangeView(UUID itemId, DeadlineStage stage, LocalDate oldDeadline, LocalDate newDeadline,
            String approvalReference) {
    }
}
