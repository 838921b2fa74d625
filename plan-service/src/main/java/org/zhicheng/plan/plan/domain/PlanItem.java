package org.zhicheng.plan.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One row of a plan (评审计划条目): a committee, the titles it evaluates (评审) and those it only recommends upward
 * (推荐), its specialties and scope, and the times as the notice writes them. Only the individual application
 * deadline is a date the platform enforces.
 */
public record PlanItem(
        UUID id,
        String committeeName,
        UUID committeeId,
        List<String> evaluatedTitles,
        List<String> recommendedTitles,
        List<String> specialties,
        String acceptanceScope,
        String expectedEvaluationTime,
        String materialDeadline,
        LocalDate applicationDeadline,
        String receivingUnit,
        String phone,
        String remarks) {

    public PlanItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(committeeName, "committeeName");
        Objects.requireNonNull(applicationDeadline, "applicationDeadline");
        evaluatedTitles = evaluatedTitles == null ? List.of() : List.copyOf(evaluatedTitles);
        recommendedTitles = recommendedTitles == null ? List.of() : List.copyOf(recommendedTitles);
        specialties = specialties == null ? List.of() : List.copyOf(specialties);
    }
}
