package org.zhicheng.plan.plan.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Replace a draft's or returned plan's title, dates and items; {@code reason} goes into the history. */
public record UpdatePlanRequest(
        @NotBlank @Size(max = 200) String title,
        @Valid PlanDatesBody dates,
        @Size(max = 200) String authorityHolder,
        @NotEmpty @Size(max = 2000) List<@Valid @NotNull PlanItemRequest> items,
        @Size(max = 1000) String reason) {
}
