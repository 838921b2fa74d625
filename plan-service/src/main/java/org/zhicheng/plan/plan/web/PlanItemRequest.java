package org.zhicheng.plan.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One plan item as an office enters it. Times other than the application deadline are kept as the notice writes them
 * ("11 月", "8 月下旬", "按省高评委评审计划另定").
 */
public record PlanItemRequest(
        @NotBlank @Size(max = 200) String committeeName,
        UUID committeeId,
        @NotNull @Size(max = 50) List<@NotBlank String> evaluatedTitles,
        @Size(max = 50) List<@NotBlank String> recommendedTitles,
        @Size(max = 100) List<@NotBlank String> specialties,
        @Size(max = 500) String acceptanceScope,
        @Size(max = 100) String expectedEvaluationTime,
        @Size(max = 100) String materialDeadline,
        @NotNull LocalDate applicationDeadline,
        @Size(max = 200) String receivingUnit,
        @Size(max = 100) String phone,
        @Size(max = 500) String remarks) {
}
