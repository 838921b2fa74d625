package org.zhicheng.plan.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One plan item as an office enters it. Times are kept as the notice writes them ("11 月", "8 月下旬",
 * "9 月 30 日前", "按省高评委评审计划另定") and read into date ranges against the plan's year; an unreadable time is a
 * 400 naming the field. {@code applicationDeadline} is optional: without it the plan's staged individual deadline,
 * then the last day of the material deadline, applies.
 */
public record PlanItemRequest(
        @NotBlank @Size(max = 200) String committeeName,
        UUID committeeId,
        @NotNull @Size(max = 50) List<@NotBlank String> evaluatedTitles,
        @Size(max = 50) List<@NotBlank String> recommendedTitles,
        @Size(max = 100) List<@NotBlank String> specialties,
        @Schema(example = "初级：市本级 中级：全市 高级：全市") @Size(max = 500) String acceptanceScope,
        @Schema(description = "启动时间 (001), with expectedEvaluationTime as 完成时间") @Size(max = 100)
        String evaluationStartTime,
        @Schema(example = "8 月下旬") @Size(max = 100) String expectedEvaluationTime,
        @Schema(example = "9 月 30 日前") @Size(max = 100) String materialDeadline,
        LocalDate applicationDeadline,
        @Size(max = 200) String receivingUnit,
        @Size(max = 100) String phone,
        @Size(max = 500) String remarks,
        @Schema(description = "who may not apply; read from remarks and scope (…除外) when absent") @Size(max = 20)
        List<@NotBlank @Size(max = 100) String> exclusions,
        @Schema(description = "申报对象 (001)") @Size(max = 500) String applicants,
        @Schema(description = "the association of a socialized evaluation") @Size(max = 200) String association) {
}
