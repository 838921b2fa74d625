package org.zhicheng.plan.plan.web;

import java.util.List;

import org.zhicheng.plan.plan.domain.PlanCategory;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Draft a plan for a year and region (GB/T 2260 code: 2, 4 or 6 digits). */
public record CreatePlanRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Pattern(regexp = "\\d{2}(\\d{2}){0,2}") String region,
        @NotNull PlanCategory category,
        @NotBlank @Size(max = 200) String title,
        @Valid PlanDatesBody dates,
        @Schema(description = "DELEGATED plans: the unit or region holding the delegated authority") @Size(max = 200)
        String authorityHolder,
        @NotEmpty @Size(max = 2000) List<@Valid @NotNull PlanItemRequest> items) {
}
