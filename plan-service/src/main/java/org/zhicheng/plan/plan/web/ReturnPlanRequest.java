package org.zhicheng.plan.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A return for amendment always says what to amend. */
public record ReturnPlanRequest(@NotBlank @Size(max = 1000) String reason) {
}
