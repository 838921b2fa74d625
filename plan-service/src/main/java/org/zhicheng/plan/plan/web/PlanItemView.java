package org.zhicheng.plan.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One plan item as the API shows it. */
public record PlanItemView(
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
}
