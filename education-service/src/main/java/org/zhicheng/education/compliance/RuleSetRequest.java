package org.zhicheng.education.compliance;

import java.util.List;

import org.zhicheng.education.compliance.domain.HoursRule;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new version of a region's rule set from a first year on; the rules replace the previous version's whole list. */
record RuleSetRequest(
        @NotNull @Min(2000) @Max(2100) Integer validFrom,
        @Schema(description = "rules, each with a kind: YEARLY_MINIMUM, PUBLIC_HOURS_WINDOW, HOURS_OVER_WORKING_YEARS")
        @NotEmpty @Size(max = 50) List<@NotNull HoursRule> rules,
        @Schema(description = "why the rules change, e.g. the new notice's reference") @NotBlank @Size(max = 500)
        String reason) {
}
